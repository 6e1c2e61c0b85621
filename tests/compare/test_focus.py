"""An edited page pair reads in full only the lines near a pixel difference (focus.py), and
reports exactly what a full reading reports."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ownup.compare import CompareOptions, compare, focus

from .conftest import write_pdf

HEIGHT = A4[1]


def skim_of(lines: list[tuple[str, float]]) -> focus.Skim:
    """A skimmed page: each line's characters at (top) with a 10 pt height, a line break
    between lines."""
    codes: list[int] = []
    tops: list[float] = []
    bottoms: list[float] = []
    for text, top in lines:
        for char in text:
            codes.append(ord(char))
            boxed = char != " "
            tops.append(top if boxed else np.nan)
            bottoms.append(top + 10 if boxed else np.nan)
        codes.append(10)
        tops.append(np.nan)
        bottoms.append(np.nan)
    return focus.Skim(codes, np.array(tops), np.array(bottoms))


LINES = [(f"line number {k}", 50.0 + 20 * k) for k in range(12)]


def test_only_the_lines_near_a_pixel_difference_and_their_neighbours_are_read():
    old, new = skim_of(LINES), skim_of(LINES)
    scale = 2.0  # pixels per point
    rows = np.arange(int(250 * scale), int(255 * scale))  # inside line 10 (top 250)
    read = focus.lines_to_read(old, new, rows, scale)
    assert read is not None
    old_read, _ = read
    read_lines = set()
    position = 0
    for number, (text, _) in enumerate(LINES):
        marks = old_read[position : position + len(text)]
        assert len(set(marks)) == 1, "a line is read whole, its spaces with it"
        if marks[0]:
            read_lines.add(number)
        position += len(text) + 1
    assert read_lines == {8, 9, 10, 11}  # the line, and CONTEXT_BANDS lines each side


def test_a_text_layer_that_differs_under_the_same_pixels_is_read_in_full():
    changed = list(LINES)
    changed[2] = ("line number X", changed[2][1])  # far from the differing rows
    rows = np.arange(500, 510)
    assert focus.lines_to_read(skim_of(LINES), skim_of(changed), rows, 2.0) is None
    # Near miss: the same text everywhere outside the differing lines is read lazily.
    assert focus.lines_to_read(skim_of(LINES), skim_of(LINES), rows, 2.0) is not None


def test_a_page_that_differs_almost_everywhere_is_read_in_full():
    rows = np.arange(0, 2000)
    assert focus.lines_to_read(skim_of(LINES), skim_of(LINES), rows, 2.0) is None


def long_page(canvas: Canvas, edited: bool, hidden: str) -> None:
    canvas.setFillColor(Color(0.1, 0.1, 0.1))
    canvas.setFont("Helvetica", 10)
    for row in range(40):
        word = "Thursday" if edited and row == 30 else "Tuesday"
        canvas.drawString(
            20 * mm, HEIGHT - (20 + 6 * row) * mm, f"Row {row}: delivery on {word}, dock {row}"
        )
    text = canvas.beginText(20 * mm, 10 * mm)
    text.setTextRenderMode(3)  # invisible: a text layer under nothing that shows
    text.setFont("Helvetica", 10)
    text.textLine(hidden)
    canvas.drawText(text)


def pair(tmp_path: Path, hidden_new: str) -> tuple[Path, Path]:
    old = write_pdf(tmp_path / "old.pdf", [lambda c: long_page(c, False, "Invoice 123")])
    new = write_pdf(tmp_path / "new.pdf", [lambda c: long_page(c, True, hidden_new)])
    return old, new


def summary(path_old: Path, path_new: Path) -> list[tuple]:
    report = compare(path_old, path_new, CompareOptions(workers=1))
    return [(c.kind, c.old_bbox, c.new_bbox, c.old_text, c.new_text) for c in report.changes]


def test_a_focused_reading_reports_what_a_full_reading_reports(tmp_path, monkeypatch):
    old, new = pair(tmp_path, "Invoice 123")
    shares: list[float] = []
    real = focus.lines_to_read

    def spy(*args):
        found = real(*args)
        if found is not None:
            shares.append(sum(found[0]) / len(found[0]))
        return found

    monkeypatch.setattr(focus, "lines_to_read", spy)
    focused = summary(old, new)
    assert shares and shares[0] < 0.3, "only the lines around row 30 are read"
    monkeypatch.setattr(focus, "lines_to_read", lambda *args: None)
    assert focused == summary(old, new)
    assert [(kind, old_text, new_text) for kind, _, _, old_text, new_text in focused] == [
        ("text", "delivery on Tuesday, dock 30", "delivery on Thursday, dock 30")
    ]


def test_a_hidden_text_change_far_from_the_pixel_change_is_still_found(tmp_path):
    old, new = pair(tmp_path, "Invoice 124")
    texts = [(old_text, new_text) for kind, _, _, old_text, new_text in summary(old, new)]
    assert ("Invoice 123", "Invoice 124") in texts
    assert ("delivery on Tuesday, dock 30", "delivery on Thursday, dock 30") in texts
