"""CIELAB and CIEDE2000 against the benchmark corpus generator's own colour science (written
apart, in double precision, from the CIE's definitions), so that a reported ΔE is the one the
ground truth and a colorimeter's software would give."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from ownup.compare.color import bgr_to_lab, delta_e_rgb

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from corpuslib.model import delta_e_2000, srgb_to_lab

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
        assert np.allclose(lab[0, k], srgb_to_lab(rgb), atol=0.01), rgb


def test_lab_keeps_the_shape_of_a_list_of_pixels_and_of_nothing():
    triples = np.array([[0, 0, 255], [255, 255, 255]], dtype=np.uint8)
    assert bgr_to_lab(triples).shape == (2, 3)
    assert bgr_to_lab(np.zeros((0, 3), np.uint8)).shape == (0, 3)


def test_delta_e_of_a_light_tint_is_exact_to_the_hundredth():
    # White to a pale blue: CIEDE2000 of the exact Lab values is 3.22. OpenCV 5's conversion,
    # rounded to 1/32 in a and b and interpolated, is off by up to 0.2 for such tints, which
    # moves them across a ΔE 2 threshold at small sizes.
    expected = delta_e_2000(srgb_to_lab((255, 255, 255)), srgb_to_lab((246, 253, 255)))
    assert abs(expected - 3.22) < 0.005
    assert abs(delta_e_rgb((255, 255, 255), (246, 253, 255)) - expected) < 0.01
    # The near miss: a tint under the default threshold stays under it.
    assert delta_e_rgb((255, 255, 255), (250, 254, 255)) < 2
