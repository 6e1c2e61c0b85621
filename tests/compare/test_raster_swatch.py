"""A small light swatch on paper, against another program's lossless export of the page (PNG at
another resolution): its rim is so soft that its flat area runs into the paper's, and only the
1 mm windows see its shift. Found at ΔE 2.8 on 2.5 mm²; a ΔE 1.9 swatch stays unreported."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image

from ownup.compare import compare, pagepair
from ownup.compare.model import CompareOptions

from .conftest import contains_point

SUPERSAMPLE = 4  # drawn this much finer, then reduced: edges anti-aliased like an export
SWATCH_MM = (100.0, 160.0, 1.58)  # left, top, side: 2.5 mm²


def page(dpi: int, tint: tuple[int, int, int] | None = None) -> np.ndarray:
    """An A5 page (RGB): a rule, a red block and, with `tint`, the swatch."""
    px_per_mm = dpi * SUPERSAMPLE / 25.4
    width, height = round(148 * px_per_mm), round(210 * px_per_mm)
    image = np.full((height, width, 3), 255, np.uint8)

    def fill(x: float, y: float, w: float, h: float, rgb: tuple[int, int, int]) -> None:
        top, left = round(y * px_per_mm), round(x * px_per_mm)
        image[top : round((y + h) * px_per_mm), left : round((x + w) * px_per_mm)] = rgb

    fill(15, 15, 118, 4, (40, 40, 40))
    fill(15, 60, 50, 70, (200, 30, 40))
    if tint is not None:
        left, top, side = SWATCH_MM
        fill(left, top, side, side, tint)
    size = (width // SUPERSAMPLE, height // SUPERSAMPLE)
    return cv2.resize(image, size, interpolation=cv2.INTER_AREA)


@pytest.fixture
def exports(tmp_path):
    def make(tint: tuple[int, int, int]) -> tuple[str, str]:
        approved, final = tmp_path / "approved.png", tmp_path / "final.png"
        Image.fromarray(page(150)).save(approved, dpi=(150, 150))
        Image.fromarray(page(200, tint)).save(final)  # no resolution: fitted to the other side
        return str(approved), str(final)

    return make


def test_light_swatch_in_a_lossless_export_is_a_colour_change(exports, monkeypatch):
    approved, final = exports((248, 254, 255))  # ΔE 2.78 against white
    options = CompareOptions(workers=1, text=False)
    [change] = compare(approved, final, options).changes
    assert change.kind == "color"
    assert 2.5 <= change.delta_e <= 3.1
    left, top, side = SWATCH_MM
    assert contains_point(change.new_bbox, left + side / 2, top + side / 2)
    # Without the windows on lossless pairs, nothing else sees it.
    monkeypatch.setattr(pagepair, "window_tints", lambda *args: [])
    assert compare(approved, final, options).identical


def test_swatch_under_the_threshold_is_not_reported(exports):
    approved, final = exports((250, 254, 255))  # ΔE 1.90
    assert compare(approved, final, CompareOptions(workers=1, text=False)).identical
