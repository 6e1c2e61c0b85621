"""The drawn objects of a page pair (paths, images, shadings): which have a twin on the
other side, which moved together, which only changed colour, where photos show."""

from __future__ import annotations

import numpy as np

from ownup.compare.color import delta_e_rgb
from ownup.compare.geometry import (
    grow,
    overlaps,
    to_px,
    union,
)
from ownup.compare.inputs import GraphicObject, PageContent
from ownup.compare.model import Box
from ownup.compare.textdiff import PT_PER_MM
from ownup.compare.visual import (
    box_mask,
)

# Two objects are "the same object" when their boxes agree within this (points)...
OBJECT_TOLERANCE_PT = 1.0
# ...and their lines' widths within this: a rule 0.3 mm thicker grows its box by less than the
# box tolerance, but is another rule; re-distillers keep widths to a hundredth of a point.
STROKE_WIDTH_TOLERANCE_PT = 0.1
# ...and their colours within this many levels (of 255) per channel: about ΔE 0.5, far below
# any reportable colour change.
COLOUR_ROUNDING = 2


def changed_objects(
    old_twinless: list[GraphicObject],
    new_twinless: list[GraphicObject],
    shape: tuple[int, int],
    scale: float,
) -> np.ndarray:
    """Where a drawn object has no identical twin on the other side (given the objects of
    each side that have none, see twinless)."""
    boxes = [to_px(grow(obj.box, 1.0), scale) for obj in [*old_twinless, *new_twinless]]
    return box_mask(shape, boxes)


def twinless(mine: list[GraphicObject], theirs: list[GraphicObject]) -> list[GraphicObject]:
    """The objects of `mine` with no identical object in `theirs`: matched first exactly (by
    kind, colours and drawing, so that pages of thousands of shapes stay quick), then what is
    left on both sides allowing for colours rounded by a re-distiller."""
    left = _unmatched(mine, theirs)
    if not left:
        return left
    candidates = _unmatched(theirs, mine)
    return [obj for obj in left if not any(same_object(obj, other) for other in candidates)]


def _unmatched(mine: list[GraphicObject], theirs: list[GraphicObject]) -> list[GraphicObject]:
    groups: dict[tuple, list[GraphicObject]] = {}
    for other in theirs:
        groups.setdefault((other.kind, other.fill, other.stroke, other.segments), []).append(other)
    return [
        obj
        for obj in mine
        if not any(
            same_box(obj.box, other.box) and same_width(obj, other)
            for other in groups.get((obj.kind, obj.fill, obj.stroke, obj.segments), ())
        )
    ]


def visible_images(content: PageContent, render: np.ndarray, scale: float) -> np.ndarray:
    """Where placed images show on the page: their boxes, less the pixels of opaque filled
    shapes drawn over them (a tint swatch on a background photo is a vector, judged as one)."""
    height, width = render.shape[:2]
    mask = np.zeros((height, width), dtype=bool)
    for obj in content.objects:
        if obj.kind not in ("image", "path") or not obj.opaque:
            continue
        x0, y0, x1, y1 = to_px(obj.box, scale)
        x0, y0, x1, y1 = max(0, x0), max(0, y0), min(width, x1), min(height, y1)
        if x1 <= x0 or y1 <= y0:
            continue
        if obj.kind == "image":
            mask[y0:y1, x0:x1] = True
        elif obj.fill is not None and mask[y0:y1, x0:x1].any():
            # The shape's own pixels: its fill colour (its box may be a circle's corners).
            fill_bgr = np.array(obj.fill[::-1], dtype=np.int16)
            painted = np.abs(render[y0:y1, x0:x1].astype(np.int16) - fill_bgr).max(axis=2) <= 12
            mask[y0:y1, x0:x1] &= ~painted
    return mask


def find_object_moves(
    old_unmatched: list[GraphicObject], new_unmatched: list[GraphicObject]
) -> list[tuple[Box, Box, int]]:
    """Groups of graphic objects that kept size and colour but shifted by one common offset,
    among the objects of each side that have no twin on the other (see twinless)."""

    def twins(a: GraphicObject, b: GraphicObject) -> bool:
        """Same kind, colours, drawing and size (within the object tolerance)."""
        same_size = all(
            abs((a.box[k + 2] - a.box[k]) - (b.box[k + 2] - b.box[k])) <= OBJECT_TOLERANCE_PT
            for k in (0, 1)
        )
        return (
            same_size
            and same_width(a, b)
            and (a.kind, a.fill, a.stroke, a.segments) == (b.kind, b.fill, b.stroke, b.segments)
        )

    if not old_unmatched or not new_unmatched:
        return []
    offsets: dict[tuple[int, int], list[tuple[GraphicObject, GraphicObject]]] = {}
    for old_obj in old_unmatched:
        for new_obj in new_unmatched:
            if not twins(old_obj, new_obj):
                continue
            dx = new_obj.box[0] - old_obj.box[0]
            dy = new_obj.box[1] - old_obj.box[1]
            if max(abs(dx), abs(dy)) < 0.5 * PT_PER_MM:
                continue
            offsets.setdefault((round(dx / 2), round(dy / 2)), []).append((old_obj, new_obj))
    moves = []
    taken: set[int] = set()
    for _offset, matches in sorted(offsets.items(), key=lambda item: -len(item[1])):
        fresh = [(o, n) for o, n in matches if id(o) not in taken and id(n) not in taken]
        if not fresh:
            continue
        for o, n in fresh:
            taken.update((id(o), id(n)))
        old_box = union([o.box for o, _ in fresh])
        new_box = union([n.box for _, n in fresh])
        moves.append((old_box, new_box, len(fresh)))
    return moves


def recoloured_objects(
    old_twinless: list[GraphicObject], new_twinless: list[GraphicObject], threshold: float
) -> list[tuple[Box, tuple[int, int, int], tuple[int, int, int], float]]:
    """Objects in the same place on both sides whose fill or stroke colour changed. Only
    objects whose twin is missing (see twinless) can have: they are the ones given."""
    found = []
    old_changed = [o for o in old_twinless if o.kind == "path"]
    new_changed = [o for o in new_twinless if o.kind == "path"]
    for old_obj in old_changed:
        for new_obj in new_changed:
            if not same_box(old_obj.box, new_obj.box):
                continue
            for old_rgb, new_rgb in (
                (old_obj.fill, new_obj.fill),
                (old_obj.stroke, new_obj.stroke),
            ):
                if old_rgb and new_rgb and old_rgb != new_rgb:
                    delta = delta_e_rgb(old_rgb, new_rgb)
                    if delta >= threshold:
                        found.append((old_obj.box, old_rgb, new_rgb, delta))
                        break
    return found


def shapes_over(box: Box, objects: list[GraphicObject]) -> list[Box]:
    """Boxes of the vector shapes among `objects` that overlap `box`."""
    return [o.box for o in objects if o.kind != "image" and overlaps(box, o.box)]


def same_object(a: GraphicObject, b: GraphicObject) -> bool:
    return (
        a.kind == b.kind
        and same_box(a.box, b.box)
        and same_colour(a.fill, b.fill)
        and same_colour(a.stroke, b.stroke)
        and a.segments == b.segments
        and same_width(a, b)
    )


def same_colour(a: tuple[int, int, int] | None, b: tuple[int, int, int] | None) -> bool:
    """Equal, or within COLOUR_ROUNDING levels per channel (a re-distiller converting colours
    rounds them: 151 becomes 150)."""
    if a is None or b is None:
        return a is b
    return max(abs(x - y) for x, y in zip(a, b, strict=True)) <= COLOUR_ROUNDING


def same_width(a: GraphicObject, b: GraphicObject) -> bool:
    return abs(a.stroke_width - b.stroke_width) <= STROKE_WIDTH_TOLERANCE_PT


def same_box(a: Box, b: Box) -> bool:
    return all(abs(x - y) <= OBJECT_TOLERANCE_PT for x, y in zip(a, b, strict=True))
