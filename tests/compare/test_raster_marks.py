"""Punctuation against raster exports: a mark added in small type is found, with the text
layer's and the reading's wordings; the same marks exported unchanged stay silent."""

from __future__ import annotations

from ownup.compare import compare


def test_a_semicolon_added_in_small_type_is_found_in_a_tiff_export(make_pdf, export_png, tesseract):
    # 7 pt type, a semicolon added after a word: a mark inks a fifth of a letter, so the
    # pixels asked for are a mark's; the readings and the text layer say the rest.
    approved = make_pdf("approved.pdf", footer="Liste des allergènes sur demande", footer_size=7)
    final = export_png(
        make_pdf("final.pdf", footer="Liste; des allergènes sur demande", footer_size=7),
        dpi=300,
        fmt="TIFF",
    )
    report = compare(approved, final)
    [change] = report.changes
    assert change.kind == "text"
    assert change.old_text == "Liste" and change.new_text == "Liste;"


def test_small_type_with_its_marks_exported_unchanged_stays_silent(make_pdf, export_png, tesseract):
    # Near miss: the same 7 pt line with its marks, exported as TIFF and JPEG.
    line = "Liste; des allergènes, sur demande: 24-28 rue des Halles."
    approved = make_pdf("approved.pdf", footer=line, footer_size=7)
    same = make_pdf("same.pdf", footer=line, footer_size=7)
    assert compare(approved, export_png(same, dpi=300, fmt="TIFF")).identical
    assert compare(approved, export_png(same, dpi=200, fmt="JPEG")).identical
