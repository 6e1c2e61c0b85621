"""The wording of text changes read by OCR: a swap reads as one change, and a reading facing
a text layer carries no misreading of lookalike glyphs. Each with a near miss whose real
wording must stay."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
import reportlab
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from ownup.compare import compare
from ownup.compare.inputs import Source
from ownup.compare.rastertext import _gray, _layer_spelling
from ownup.compare.textdiff import Word, words_of

WIDTH, HEIGHT = A4


def texts(report) -> list[tuple[str | None, str | None]]:
    return [(c.old_text, c.new_text) for c in report.changes if c.kind == "text"]


# -- two swapped words: one change, as between text layers ------------------------------------
def test_two_swapped_words_between_raster_exports_are_one_change(make_pdf, export_png, tesseract):
    approved = export_png(make_pdf("approved.pdf", footer="Closed Sunday and Monday."), 200)
    final = export_png(make_pdf("final.pdf", footer="Closed and Sunday Monday."), 150)
    [(old, new)] = texts(compare(approved, final))
    assert "Sunday and" in old and "and Sunday" in new


def test_a_word_edited_beside_unmoved_words_keeps_its_own_wording(make_pdf, export_png, tesseract):
    # Near miss: the word after "Sunday and" changed, the others stayed where they were.
    approved = export_png(make_pdf("approved.pdf", footer="Closed Sunday and Monday."), 200)
    final = export_png(make_pdf("final.pdf", footer="Closed Sunday and Tuesday."), 150)
    [(old, new)] = texts(compare(approved, final))
    assert "Monday" in old and "Tuesday" in new
    assert "Sunday" not in old + new


# -- lookalike glyphs OCR misreads: the text layer's spelling where the ink shows it -----------
def _line_pdf(path: Path, text: str) -> Path:
    fonts = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont("VeraIt", str(fonts / "VeraIt.ttf")))
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont("VeraIt", 9)
    canvas.drawString(60, HEIGHT - 80, text)
    canvas.save()
    return path


def _ghostscript_export(source: Path, dpi: int) -> np.ndarray:
    """A raster export by another rasteriser than the engine's (Ghostscript, as print houses
    and many exporters use): its glyphs are drawn a little otherwise."""
    if shutil.which("gs") is None:
        pytest.fail("Ghostscript (gs) is needed: apt-get install ghostscript")
    target = source.with_suffix(".png")
    subprocess.run(
        ["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=png16m", f"-r{dpi}",
         "-dTextAlphaBits=4", "-dGraphicsAlphaBits=4", f"-sOutputFile={target}", str(source)],
        check=True,
        timeout=60,
    )  # fmt: skip
    rgb = np.asarray(Image.open(target).convert("RGB"))
    return np.ascontiguousarray(rgb[:, :, ::-1])


def _spellings(tmp_path: Path, printed: str, misread: str, dpi: int = 150) -> list[str]:
    """The approved PDF's line "by Neal's of Bermondsey", an export of `printed` read as
    `misread` (one reading per word, at the export's own word boxes): the spelling reported."""
    approved = _line_pdf(tmp_path / "approved.pdf", "by Neal's of Bermondsey")
    layer = words_of(Source(str(approved), "pdf").content(0).chars)
    layer_gray = _gray(Source(str(approved), "pdf").render(0, dpi))
    final = _line_pdf(tmp_path / "final.pdf", printed)
    read_gray = _gray(_ghostscript_export(final, dpi))
    final_words = words_of(Source(str(final), "pdf").content(0).chars)
    readings = [
        Word(text, word.box, [("ocr", 90.0)], line=0)
        for text, word in zip(misread.split(), final_words, strict=True)
    ]
    return [_layer_spelling(w, layer, read_gray, layer_gray, dpi) for w in readings]


def test_a_lookalike_misread_takes_the_text_layers_spelling(tmp_path):
    # OCR read the export's y as v, in an unchanged word and in one whose capital changed:
    # the ink there is the layer's y, so the wording is the layer's, the real edit kept.
    spelled = _spellings(tmp_path, "by Neal's of bermondsey", "bv Neal's of bermondsev")
    assert spelled == ["by", "Neal's", "of", "bermondsey"]


def test_a_real_lookalike_edit_keeps_its_reading(tmp_path):
    # Near miss: the y really turned v in the export (its tail is gone): read right, kept.
    spelled = _spellings(tmp_path, "bv Neal's of bermondsev", "bv Neal's of bermondsev")
    assert spelled == ["bv", "Neal's", "of", "bermondsev"]


def test_type_too_small_for_its_pixels_keeps_its_reading(tmp_path):
    # At 100 dpi 9 pt type spans 12 pixels: a y's tail is a pixel or two, which an edit and a
    # rasteriser's drawing cannot be told apart by. The reading stands.
    spelled = _spellings(tmp_path, "by Neal's of bermondsey", "bv Neal's of bermondsev", 100)
    assert spelled == ["bv", "Neal's", "of", "bermondsev"]
