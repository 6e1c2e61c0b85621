"""The plain data the engine takes and gives back: options, changes, pages, the report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

Box = tuple[float, float, float, float]
"""x0, y0, x1, y1 in PDF points from the top-left corner of the page."""

ChangeKind = Literal[
    "text",
    "style",
    "color",
    "image",
    "graphic",
    "moved",
    "page_added",
    "page_removed",
    "page_moved",
]
PageStatus = Literal["same", "changed", "added", "removed", "moved"]

DEFAULT_DPI = 150
# ΔE (CIEDE2000) at which a colour difference counts. The promise is to catch a shift of ΔE 2
# on any area of 2 mm² or more; the pixels at the rim of such an area are softened by the
# anti-aliasing blur, so the bar sits a little below 2 for the core of the area to clear it.
DEFAULT_COLOR_THRESHOLD = 1.6


class CompareInputError(Exception):
    """A file that cannot be compared: names the file and the problem in one line."""

    def __init__(self, file: str, problem: str) -> None:
        super().__init__(f"{file}: {problem}")
        self.file = file
        self.problem = problem


@dataclass(frozen=True)
class IgnoreRegion:
    """An area where differences are not reported; page None means every page (new side)."""

    box: Box
    page: int | None = None

    @classmethod
    def parse(cls, spec: str) -> IgnoreRegion:
        """Parse `x0,y0,x1,y1` or `x0,y0,x1,y1@page` (points from the top-left, page from 1)."""
        coords, _, page = spec.partition("@")
        try:
            x0, y0, x1, y1 = (float(part) for part in coords.split(","))
            page_number = int(page) if page else None
        except ValueError:
            raise ValueError(f"bad ignore region {spec!r}: expected x0,y0,x1,y1[@page]") from None
        if page_number is not None and page_number < 1:
            raise ValueError(f"bad ignore region {spec!r}: pages are numbered from 1")
        return cls((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)), page_number)


@dataclass
class CompareOptions:
    dpi: int = DEFAULT_DPI
    color_threshold: float = DEFAULT_COLOR_THRESHOLD
    ignore: list[IgnoreRegion] = field(default_factory=list)
    text: bool = True
    visual: bool = True
    lang: str = "en"
    workers: int | None = None
    """Processes for the page work; None uses every core, 1 stays in this process."""
    on_progress: Callable[[int, int], None] | None = None
    """Called as on_progress(done, total) while the pages are read and compared."""


@dataclass
class Change:
    kind: ChangeKind
    old_page: int | None
    new_page: int | None
    old_bbox: Box | None
    new_bbox: Box | None
    old_text: str | None
    new_text: str | None
    summary: str
    delta_e: float | None = None
    offset_mm: tuple[float, float] | None = None

    def to_json_dict(self) -> dict:
        data: dict = {
            "kind": self.kind,
            "old_page": self.old_page,
            "new_page": self.new_page,
            "old_bbox": _rounded_box(self.old_bbox),
            "new_bbox": _rounded_box(self.new_bbox),
            "old_text": self.old_text,
            "new_text": self.new_text,
            "summary": self.summary,
        }
        if self.delta_e is not None:
            data["delta_e"] = round(self.delta_e, 2)
        if self.offset_mm is not None:
            data["offset_mm"] = [round(v, 1) for v in self.offset_mm]
        return data


@dataclass
class PageResult:
    old_page: int | None
    new_page: int | None
    status: PageStatus

    def to_json_dict(self) -> dict:
        return {"old_page": self.old_page, "new_page": self.new_page, "status": self.status}


@dataclass
class DocumentInfo:
    file: str
    pages: int
    sha256: str
    kind: Literal["pdf", "png", "jpeg", "tiff"]
    page_sizes: list[tuple[float, float]]
    """Width and height in points of every page."""

    def to_json_dict(self) -> dict:
        return {"file": self.file, "pages": self.pages, "sha256": self.sha256}


@dataclass
class Report:
    old: DocumentInfo
    new: DocumentInfo
    pages: list[PageResult]
    changes: list[Change]
    dpi: int
    color_threshold: float

    @property
    def identical(self) -> bool:
        return not self.changes

    def to_json_dict(self) -> dict:
        return {
            "identical": self.identical,
            "old": self.old.to_json_dict(),
            "new": self.new.to_json_dict(),
            "pages": [page.to_json_dict() for page in self.pages],
            "changes": [change.to_json_dict() for change in self.changes],
        }


def _rounded_box(box: Box | None) -> list[float] | None:
    return None if box is None else [round(v, 2) for v in box]
