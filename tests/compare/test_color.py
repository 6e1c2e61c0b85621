"""CIELAB and CIEDE2000, against values worked out here from the CIE's definitions in double
precision (sRGB, D65), so that a reported ΔE is the one a colorimeter's software would give."""

from __future__ import annotations

import numpy as np

from ownup.compare.color import bgr_to_lab, ciede2000, delta_e_rgb


def reference_lab(rgb: tuple[int, int, int]) -> np.ndarray:
    encoded = np.array(rgb, dtype=np.float64) / 255
    linear = np.where(encoded <= 0.04045, encoded / 12.92, ((encoded + 0.055) / 1.055) ** 2.4)
    to_xyz = np.array(
        [
            [0.412453, 0.357580, 0.180423],
            [0.212671, 0.715160, 0.072169],
            [0.019334, 0.119193, 0.950227],
        ]
    )
    xyz = to_xyz @ linear / np.array([0.950456, 1.0, 1.088754])
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz * (29 / 6) ** 2 / 3 + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


COLOURS = [
    (255, 255, 255),
    (0, 0, 0),
    (255, 0, 0),
    (0, 128, 0),
    (33, 107, 143),
    (246, 253, 255),  # a near-white tint: where 8-bit tables round most
    (3, 2, 1),  # near black: the straight segment of the curve
    (200, 100, 50),
]


def test_lab_is_the_cie_value_for_every_kind_of_colour():
    pixels = np.array([[rgb[::-1] for rgb in COLOURS]], dtype=np.uint8)  # BGR, one row
    lab = bgr_to_lab(pixels)
    assert lab.shape == (1, len(COLOURS), 3)
    for k, rgb in enumerate(COLOURS):
        assert np.allclose(lab[0, k], reference_lab(rgb), atol=0.01), rgb


def test_lab_keeps_the_shape_of_a_list_of_pixels_and_of_nothing():
    triples = np.array([[0, 0, 255], [255, 255, 255]], dtype=np.uint8)
    assert bgr_to_lab(triples).shape == (2, 3)
    assert bgr_to_lab(np.zeros((0, 3), np.uint8)).shape == (0, 3)


def test_delta_e_of_a_light_tint_is_exact_to_the_hundredth():
    # White to a pale blue: CIEDE2000 of the exact Lab values is 3.22. OpenCV 5's conversion,
    # rounded to 1/32 in a and b and interpolated, is off by up to 0.2 for such tints, which
    # moves them across a ΔE 2 threshold at small sizes.
    expected = float(ciede2000(reference_lab((255, 255, 255)), reference_lab((246, 253, 255))))
    assert abs(expected - 3.22) < 0.005
    assert abs(delta_e_rgb((255, 255, 255), (246, 253, 255)) - expected) < 0.01
    # The near miss: a tint under the default threshold stays under it.
    assert delta_e_rgb((255, 255, 255), (250, 254, 255)) < 2
