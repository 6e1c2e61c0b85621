"""Against a JPEG, the lossless side is encoded alike before the colour comparison: the JPEG's
noise then lies on both sides, and a small tint stands out. A real case and its near miss."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from ownup.compare import compare, pagepair
from ownup.compare.model import CompareOptions

from .conftest import contains_point

CELL_ROW, CELL_COLUMN = 10, 13  # the cell that is tinted, in a pattern of 8 × 10-pixel cells


def cells_page(tint: tuple[int, int, int] | None = None) -> np.ndarray:
    """A 150-dpi page (RGB) with a slate block of white cells, like a QR code's modules; the
    tinted cell has a white cell on its left, so its flat area is wider than itself."""
    rng = np.random.default_rng(7)
    image = np.full((800, 600, 3), 255, np.uint8)
    image[200:440, 150:450] = (83, 90, 98)
    cells = rng.random((24, 28)) < 0.5
    cells[CELL_ROW, CELL_COLUMN - 1 : CELL_COLUMN + 1] = True
    for row, column in zip(*np.nonzero(cells), strict=True):
        image[212 + row * 8 : 220 + row * 8, 160 + column * 10 : 170 + column * 10] = 255
    if tint is not None:
        row, column = CELL_ROW, CELL_COLUMN
        image[212 + row * 8 : 220 + row * 8, 160 + column * 10 : 170 + column * 10] = tint
    return image


@pytest.fixture
def cells(tmp_path):
    def save(name: str, image: np.ndarray) -> str:
        path = tmp_path / name
        extra = {"quality": 90} if name.endswith(".jpg") else {}
        Image.fromarray(image).save(path, dpi=(150, 150), **extra)
        return str(path)

    return save


def test_small_tint_in_a_jpeg_found_against_its_png(cells, monkeypatch):
    # One white cell (10 × 8 px, 1.4 mm²) tinted by ΔE 2.8 in the JPEG of the approved PNG:
    # against the PNG itself, the JPEG's blotches around the cells are as strong, and the cell
    # is a small share of its flat white area; against the PNG encoded alike, it stands out.
    approved = cells("approved.png", cells_page())
    final = cells("final.jpg", cells_page(tint=(248, 244, 244)))
    options = CompareOptions(workers=1, text=False)
    [change] = compare(approved, final, options).changes
    assert change.kind == "color"
    # The cell's centre (pixels 290-300 across, 292-300 down, at 150 dpi).
    assert contains_point(change.new_bbox, 295 / 150 * 25.4, 296 / 150 * 25.4)
    # Without the encoding alike, it is missed.
    monkeypatch.setattr(pagepair, "_encoded_alike", lambda *args: None)
    assert compare(approved, final, options).identical


def test_jpeg_of_an_unchanged_png_stays_silent(cells):
    # Near miss: the same page's JPEG, no tint; its blocking is the PNG's encoded alike.
    approved = cells("approved.png", cells_page())
    same = cells("same.jpg", cells_page())
    assert compare(approved, same, CompareOptions(workers=1, text=False)).identical


def test_a_jpeg_pair_is_encoded_alike_once(cells, monkeypatch):
    # The region search and the tint search both compare the pair at the JPEG's own size: the
    # lossless side is encoded like the JPEG once, and both use it.
    approved = cells("approved.png", cells_page())
    final = cells("final.jpg", cells_page(tint=(248, 244, 244)))
    encoded: list[tuple] = []
    real = pagepair.encode_like

    def counting(image, *args):
        encoded.append(image.shape)
        return real(image, *args)

    monkeypatch.setattr(pagepair, "encode_like", counting)
    [change] = compare(approved, final, CompareOptions(workers=1, text=False)).changes
    assert change.kind == "color"
    assert encoded == [(800, 600, 3)]
