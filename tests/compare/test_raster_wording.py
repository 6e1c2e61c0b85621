"""The wording of text changes read by OCR: a swap reads as one change. Each with a near
miss whose real wording must stay."""

from __future__ import annotations

from ownup.compare import compare


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
