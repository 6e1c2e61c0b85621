"""Colour maths: sRGB to CIELAB and the CIEDE2000 colour difference, vectorised with NumPy."""

from __future__ import annotations

import cv2
import numpy as np

# Linear sRGB (D65) to XYZ, each row divided by the white point's component so that white is
# (1, 1, 1); its columns in B, G, R order, as OpenCV keeps pixels.
_BGR_TO_XYZ_WHITE = (
    np.array(
        [
            [0.412453, 0.357580, 0.180423],
            [0.212671, 0.715160, 0.072169],
            [0.019334, 0.119193, 0.950227],
        ]
    )
    / np.array([[0.950456], [1.0], [1.088754]])
)[:, ::-1].astype(np.float32)
# CIE's junction between the cube root and the straight segment near black: (6/29)³ and its slope.
_LAB_EPSILON = np.float32(216 / 24389)
_LAB_KAPPA = np.float32(24389 / 27)


# Every 8-bit level's linear light (sRGB's transfer curve undone), so that converting a uint8
# image is one table look-up.
_LEVELS = np.arange(256) / 255.0
_LINEAR_OF_LEVEL = np.where(
    _LEVELS <= 0.04045, _LEVELS / 12.92, ((_LEVELS + 0.055) / 1.055) ** 2.4
).astype(np.float32)


def bgr_to_lab(image: np.ndarray) -> np.ndarray:
    """CIELAB (L 0–100, a and b signed) of a BGR uint8 image or array of BGR triples.

    Computed here rather than by OpenCV: OpenCV's conversion builds its tables on first use,
    about 0.1 s in every process that compares a changed page, while the pixels converted are
    a few thousand per page; and its result is rounded to 1/32 in a and b."""
    pixels = np.asarray(image)
    if pixels.size == 0:
        return np.zeros(pixels.shape, dtype=np.float32)
    linear = _LINEAR_OF_LEVEL[pixels]
    xyz = cv2.transform(linear.reshape(-1, 1, 3), _BGR_TO_XYZ_WHITE)
    f = np.where(xyz > _LAB_EPSILON, cv2.pow(xyz, 1 / 3), (_LAB_KAPPA * xyz + 16) / 116)
    lab = np.empty(xyz.shape, dtype=np.float32)
    lab[..., 0] = 116 * f[..., 1] - 16
    lab[..., 1] = 500 * (f[..., 0] - f[..., 1])
    lab[..., 2] = 200 * (f[..., 1] - f[..., 2])
    return lab.reshape(pixels.shape)


def rgb_to_lab(rgb: tuple[int, int, int]) -> np.ndarray:
    return bgr_to_lab(np.array([[rgb[::-1]]], dtype=np.uint8))[0, 0]


def ciede2000(lab1: np.ndarray, lab2: np.ndarray) -> np.ndarray:
    """CIEDE2000 ΔE between two arrays of Lab triples (last axis), kL = kC = kH = 1."""
    lab1 = np.asarray(lab1, dtype=np.float32)
    lab2 = np.asarray(lab2, dtype=np.float32)
    l1, a1, b1 = lab1[..., 0], lab1[..., 1], lab1[..., 2]
    l2, a2, b2 = lab2[..., 0], lab2[..., 1], lab2[..., 2]
    c1 = np.hypot(a1, b1)
    c2 = np.hypot(a2, b2)
    c_mean7 = ((c1 + c2) / 2) ** 7
    g = 0.5 * (1 - np.sqrt(c_mean7 / (c_mean7 + np.float32(25.0**7))))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = np.hypot(a1p, b1), np.hypot(a2p, b2)
    h1p = np.degrees(np.arctan2(b1, a1p)) % 360
    h2p = np.degrees(np.arctan2(b2, a2p)) % 360

    delta_l = l2 - l1
    delta_c = c2p - c1p
    dh = h2p - h1p
    dh = np.where(dh > 180, dh - 360, np.where(dh < -180, dh + 360, dh))
    dh = np.where(c1p * c2p == 0, 0, dh)
    delta_h = 2 * np.sqrt(c1p * c2p) * np.sin(np.radians(dh / 2))

    l_mean = (l1 + l2) / 2
    c_mean = (c1p + c2p) / 2
    h_sum = h1p + h2p
    h_mean = np.where(
        np.abs(h1p - h2p) <= 180,
        h_sum / 2,
        np.where(h_sum < 360, (h_sum + 360) / 2, (h_sum - 360) / 2),
    )
    h_mean = np.where(c1p * c2p == 0, h_sum, h_mean)
    t = (
        1
        - 0.17 * np.cos(np.radians(h_mean - 30))
        + 0.24 * np.cos(np.radians(2 * h_mean))
        + 0.32 * np.cos(np.radians(3 * h_mean + 6))
        - 0.20 * np.cos(np.radians(4 * h_mean - 63))
    )
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / np.sqrt(20 + (l_mean - 50) ** 2)
    s_c = 1 + 0.045 * c_mean
    s_h = 1 + 0.015 * c_mean * t
    c_mean_7 = c_mean**7
    r_c = 2 * np.sqrt(c_mean_7 / (c_mean_7 + np.float32(25.0**7)))
    r_t = -np.sin(np.radians(60 * np.exp(-(((h_mean - 275) / 25) ** 2)))) * r_c
    dl, dc, dhh = delta_l / s_l, delta_c / s_c, delta_h / s_h
    return np.sqrt(dl**2 + dc**2 + dhh**2 + r_t * dc * dhh)


def delta_e_rgb(rgb1: tuple[int, int, int], rgb2: tuple[int, int, int]) -> float:
    return float(ciede2000(rgb_to_lab(rgb1), rgb_to_lab(rgb2)))


def hex_color(rgb: tuple[int, int, int] | np.ndarray) -> str:
    return "#{:02x}{:02x}{:02x}".format(*(round(float(v)) for v in rgb))
