"""A small page-description model that two unrelated PDF producers can both render.

Every coordinate is in PDF points measured from the top-left corner of the page, the same frame
as the compare engine's JSON boxes, so ground truth needs no conversion.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from functools import cache

import numpy as np

MM = 72 / 25.4
A4 = (595.28, 841.89)
A5 = (419.53, 595.28)

RGB = tuple[int, int, int]

# Family key -> fontconfig name. Narrow is there for condensed tables and small print.
FAMILIES = {
    "sans": "Liberation Sans",
    "serif": "Liberation Serif",
    "dejavu": "DejaVu Sans",
    "narrow": "Liberation Sans Narrow",
}


@cache
def font_file(family: str, bold: bool, italic: bool) -> str:
    """Path of the TrueType file for a family/weight/slant, found through fontconfig."""
    pattern = FAMILIES[family]
    if bold:
        pattern += ":bold"
    if italic:
        pattern += ":oblique" if family == "dejavu" else ":italic"
    out = subprocess.run(
        ["fc-match", "-f", "%{file}", pattern], capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


@dataclass(frozen=True)
class Style:
    family: str = "sans"
    size: float = 10.0
    bold: bool = False
    italic: bool = False
    color: RGB = (30, 30, 30)

    def but(self, **changes: object) -> Style:
        return Style(**{**self.__dict__, **changes})


@dataclass
class Word:
    """An unbreakable unit of text. Phone numbers, prices and dates keep their inner spaces."""

    text: str
    tag: str = ""  # phone / price / date / plain, used to pick realistic edits
    style: Style | None = None  # overrides the block's style for this word only


@dataclass
class TextBlock:
    id: str
    x: float
    y: float
    w: float
    style: Style
    words: list[Word]
    leading: float = 0.0  # 0 means 1.25 x size
    align: str = "left"  # left / right / center / justify

    @property
    def line_height(self) -> float:
        return self.leading or self.style.size * 1.25


@dataclass
class Rect:
    id: str
    x: float
    y: float
    w: float
    h: float
    fill: RGB | None
    alpha: float = 1.0
    stroke: RGB | None = None
    stroke_width: float = 0.0
    radius: float = 0.0


@dataclass
class Line:
    id: str
    x0: float
    y0: float
    x1: float
    y1: float
    width: float
    color: RGB
    dash: tuple[float, float] | None = None


@dataclass
class Photo:
    """A synthesised photograph placed in a frame; `window` is the visible part of the source."""

    id: str
    x: float
    y: float
    w: float
    h: float
    seed: int
    window: tuple[float, float, float, float] = (0.0, 0.0, 1.0, 1.0)
    # A local edit painted into the pixels: (fx0, fy0, fx1, fy1, seed) in frame fractions.
    alteration: tuple[float, float, float, float, int] | None = None
    dpi: int = 200
    cutout: bool = False  # an object cut out of its background: soft-edged alpha mask


@dataclass
class Logo:
    """A vector mark: a polygon (or star) inside a ring, and initials."""

    id: str
    x: float
    y: float
    size: float
    ring: RGB
    fill: RGB
    sides: int = 6
    star: bool = False
    rotation: float = 0.0
    initials: str = "AB"


Element = TextBlock | Rect | Line | Photo | Logo


@dataclass
class Page:
    uid: str
    size: tuple[float, float]
    elements: list[Element] = field(default_factory=list)

    def find(self, element_id: str) -> Element:
        for element in self.elements:
            if element.id == element_id:
                return element
        raise KeyError(element_id)


@dataclass
class Doc:
    name: str
    lang: str
    pages: list[Page]

    def locate(self, element_id: str) -> tuple[int, Element]:
        for index, page in enumerate(self.pages):
            for element in page.elements:
                if element.id == element_id:
                    return index, element
        raise KeyError(element_id)


# --- colour science, used to inject colour shifts of a known CIEDE2000 size -----------------


def srgb_to_lab(rgb: RGB) -> np.ndarray:
    c = np.asarray(rgb, dtype=float) / 255
    c = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    m = np.array(
        [
            [0.4124564, 0.3575761, 0.1804375],
            [0.2126729, 0.7151522, 0.0721750],
            [0.0193339, 0.1191920, 0.9503041],
        ]
    )
    xyz = m @ c / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def lab_to_srgb(lab: np.ndarray) -> RGB | None:
    fy = (lab[0] + 16) / 116
    f = np.array([fy + lab[1] / 500, fy, fy - lab[2] / 200])
    xyz = np.where(f > 6 / 29, f**3, 3 * (6 / 29) ** 2 * (f - 4 / 29))
    xyz = xyz * np.array([0.95047, 1.0, 1.08883])
    m_inv = np.array(
        [
            [3.2404542, -1.5371385, -0.4985314],
            [-0.9692660, 1.8760108, 0.0415560],
            [0.0556434, -0.2040259, 1.0572252],
        ]
    )
    c = m_inv @ xyz
    if np.any(c < -0.001) or np.any(c > 1.001):
        return None
    c = np.clip(c, 0, 1)
    c = np.where(c <= 0.0031308, 12.92 * c, 1.055 * c ** (1 / 2.4) - 0.055)
    r, g, b = (round(float(v) * 255) for v in c)
    return (r, g, b)


def delta_e_2000(lab1: np.ndarray, lab2: np.ndarray) -> float:
    """CIEDE2000 colour difference (Sharma, Wu & Dalal's formulation)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_bar = (np.hypot(a1, b1) + np.hypot(a2, b2)) / 2
    g = 0.5 * (1 - np.sqrt(c_bar**7 / (c_bar**7 + 25**7)))
    a1p, a2p = a1 * (1 + g), a2 * (1 + g)
    c1p, c2p = np.hypot(a1p, b1), np.hypot(a2p, b2)
    h1p = np.degrees(np.arctan2(b1, a1p)) % 360
    h2p = np.degrees(np.arctan2(b2, a2p)) % 360
    dlp, dcp = l2 - l1, c2p - c1p
    dh = h2p - h1p
    if c1p * c2p == 0:
        dh = 0.0
    elif dh > 180:
        dh -= 360
    elif dh < -180:
        dh += 360
    dhp = 2 * np.sqrt(c1p * c2p) * np.sin(np.radians(dh / 2))
    lbp, cbp = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        hbp = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hbp = (h1p + h2p) / 2
    else:
        hbp = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * np.cos(np.radians(hbp - 30))
        + 0.24 * np.cos(np.radians(2 * hbp))
        + 0.32 * np.cos(np.radians(3 * hbp + 6))
        - 0.20 * np.cos(np.radians(4 * hbp - 63))
    )
    sl = 1 + 0.015 * (lbp - 50) ** 2 / np.sqrt(20 + (lbp - 50) ** 2)
    sc = 1 + 0.045 * cbp
    sh = 1 + 0.015 * cbp * t
    rt = (
        -2
        * np.sqrt(cbp**7 / (cbp**7 + 25**7))
        * np.sin(np.radians(60 * np.exp(-(((hbp - 275) / 25) ** 2))))
    )
    return float(
        np.sqrt((dlp / sl) ** 2 + (dcp / sc) ** 2 + (dhp / sh) ** 2 + rt * (dcp / sc) * (dhp / sh))
    )


def shifted_colour(rgb: RGB, rng: np.random.Generator, lo: float, hi: float) -> tuple[RGB, float]:
    """A colour whose CIEDE2000 distance from `rgb` lies in [lo, hi] after 8-bit rounding."""
    base = srgb_to_lab(rgb)
    target = rng.uniform(lo, hi)
    for _ in range(400):
        direction = rng.normal(size=3)
        direction /= np.linalg.norm(direction)
        scale = target
        for _ in range(12):  # ΔE00 is not Euclidean in Lab: adjust the step until it lands
            candidate = lab_to_srgb(base + direction * scale)
            if candidate is None:
                break
            de = delta_e_2000(base, srgb_to_lab(candidate))
            if lo <= de <= hi and candidate != rgb:
                return candidate, de
            scale *= target / de if de > 0 else 2
    raise ValueError(f"no colour at ΔE {lo}-{hi} from {rgb}")
