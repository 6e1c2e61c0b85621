"""The new PDF with a highlight on every change, its comment saying what it was, the way
designers receive proof corrections."""

from __future__ import annotations

import os

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Highlight
from pypdf.errors import PdfReadError
from pypdf.generic import ArrayObject, FloatObject, NameObject, TextStringObject

from ownup.compare.i18n import tr
from ownup.compare.inputs import sniff_kind
from ownup.compare.model import Box, Change, CompareInputError, Report

# Highlight colours by kind (hex RGB): text in yellow as a marker pen would, the rest apart.
KIND_COLORS = {
    "text": "ffd400",
    "style": "ff9f1c",
    "color": "e040fb",
    "image": "2ec4b6",
    "graphic": "3a86ff",
    "moved": "8ac926",
    "page_added": "ff595e",
    "page_moved": "ff595e",
}


def comment_for(change: Change, lang: str = "en") -> str:
    """What the highlight's note says: the old wording for text, the summary otherwise."""
    if change.kind == "text":
        if change.old_text is not None and change.old_bbox is not None:
            return tr(lang, "annotation.was", old=change.old_text)
        return f"{tr(lang, 'annotation.added')}: {change.new_text or ''}"
    return change.summary


def write_annotated_pdf(
    report: Report, new_path: str | os.PathLike, out_path: str | os.PathLike, lang: str = "en"
) -> int:
    """Write `new_path` with one highlight per change to `out_path`; returns how many."""
    name = os.fspath(new_path)
    with open(name, "rb") as handle:
        if sniff_kind(handle.read(1024)) != "pdf":
            raise CompareInputError(name, "only a PDF can be annotated (this file is an image)")
    try:
        reader = PdfReader(name)
        writer = PdfWriter(clone_from=reader)
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise CompareInputError(name, f"pypdf cannot rewrite this PDF ({error})") from None
    count = 0
    for change in report.changes:
        box = change.new_bbox
        if box is None and change.old_bbox is not None and change.new_page is not None:
            box = change.old_bbox  # removed text: mark where it stood
        if change.new_page is None or box is None:
            continue
        page = writer.pages[change.new_page - 1]
        rect = _to_pdf_rect(box, page)
        x0, y0, x1, y1 = rect
        quad = ArrayObject([FloatObject(v) for v in (x0, y1, x1, y1, x0, y0, x1, y0)])
        annotation = Highlight(
            rect=rect, quad_points=quad, highlight_color=KIND_COLORS.get(change.kind, "ffd400")
        )
        annotation[NameObject("/Contents")] = TextStringObject(comment_for(change, lang))
        annotation[NameObject("/T")] = TextStringObject("ownup compare")
        annotation[NameObject("/Subj")] = TextStringObject(change.kind)
        writer.add_annotation(change.new_page - 1, annotation)
        count += 1
    with open(out_path, "wb") as out:
        writer.write(out)
    return count


def _to_pdf_rect(box: Box, page) -> tuple[float, float, float, float]:
    """A box on the page as seen (top-left points, after /Rotate) to the PDF's own user space,
    the inverse of inputs.PageView."""
    crop = page.cropbox
    left, bottom, right, top = (
        float(crop.left),
        float(crop.bottom),
        float(crop.right),
        float(crop.top),
    )
    rotation = int(page.get("/Rotate", 0) or 0) % 360
    pad = 1.0
    corners = []
    for x, y in ((box[0] - pad, box[1] - pad), (box[2] + pad, box[3] + pad)):
        if rotation == 90:
            corners.append((left + y, bottom + x))
        elif rotation == 180:
            corners.append((right - x, bottom + y))
        elif rotation == 270:
            corners.append((right - y, top - x))
        else:
            corners.append((left + x, top - y))
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    return (min(xs), min(ys), max(xs), max(ys))
