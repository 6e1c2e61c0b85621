"""What a re-distiller does to shapes, and must not be reported: colours rounded by a level,
hard (unsmoothed) fill edges moved by one pixel of the render."""

from __future__ import annotations

import numpy as np

from ownup.compare.inputs import GraphicObject
from ownup.compare.objects import twinless
from ownup.compare.visual import find_regions


def band(fill: tuple[int, int, int], right_px: int) -> np.ndarray:
    """A 150-dpi page with a hard-edged band of `fill` (BGR) ending at column `right_px`."""
    page = np.full((400, 600, 3), 255, dtype=np.uint8)
    page[100:160, 80:right_px] = fill
    return page


def test_colours_rounded_by_a_level_are_the_same_shape():
    old = [GraphicObject("path", (39.7, 111.2, 379.8, 141.5), (42, 111, 151), None, True, 5)]
    new = [GraphicObject("path", (39.7, 111.2, 379.8, 141.5), (42, 111, 150), None, True, 5)]
    assert twinless(old, new) == [] and twinless(new, old) == []
    # A real change of colour is still a shape without a twin.
    changed = [GraphicObject("path", (39.7, 111.2, 379.8, 141.5), (42, 104, 151), None, True, 5)]
    assert twinless(old, changed) == old


def test_a_line_drawn_thicker_has_no_twin():
    old = [GraphicObject("path", (40, 160, 214, 179), None, (0, 0, 0), False, 5, 0.85)]
    new = [GraphicObject("path", (40.4, 159.6, 214.4, 179.4), None, (0, 0, 0), False, 5, 1.7)]
    assert twinless(old, new) == old


def test_a_hard_edge_moved_by_one_pixel_is_silent_and_a_wider_band_is_not():
    # Whichever pixel of the 75-dpi analysis grid the edge falls in.
    for right in (499, 500, 501, 502):
        old = band((232, 217, 168), right)
        assert find_regions(old, band((232, 217, 168), right - 1), 150, 1.6) == [], right
        assert find_regions(old, band((232, 217, 168), right - 4), 150, 1.6) != [], right
