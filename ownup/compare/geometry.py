"""Boxes in page points (x0, y0, x1, y1 from the top-left): the small geometry the engine needs."""

from __future__ import annotations

import math
from collections.abc import Iterable

from ownup.compare.model import Box
from ownup.compare.textdiff import PT_PER_MM


def clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def mm_size(size: tuple[float, float]) -> str:
    return f"{size[0] / PT_PER_MM:.0f} × {size[1] / PT_PER_MM:.0f}"


def grow(box: Box, amount: float) -> Box:
    return (box[0] - amount, box[1] - amount, box[2] + amount, box[3] + amount)


def to_px(box: Box, scale: float) -> tuple[int, int, int, int]:
    # (math, not NumPy: called for every word of a page, on plain floats)
    return (
        math.floor(box[0] * scale),
        math.floor(box[1] * scale),
        math.ceil(box[2] * scale),
        math.ceil(box[3] * scale),
    )


def union(boxes: Iterable[Box]) -> Box:
    boxes = list(boxes)
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def shared_area(a: Box, b: Box) -> float:
    """The area two boxes have in common."""
    width = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    height = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    return width * height


def share_inside(box: Box, container: Box) -> float:
    """The share of `box`'s area that lies inside `container`."""
    area = max(1e-6, (box[2] - box[0]) * (box[3] - box[1]))
    return shared_area(box, container) / area


def overlaps(a: Box, b: Box) -> bool:
    """Whether two boxes share at least 30 % of the smaller one's area."""
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return shared_area(a, b) >= 0.3 * max(smaller, 1e-6)


def sort_key(box: Box | None) -> tuple[float, float]:
    return (0.0, 0.0) if box is None else (round(box[1] / 10), box[0])
