"""Style changes against raster exports: text whose ink changed colour, text set at another
size. Each principle with a real rendered case and a near miss that must stay silent."""

from __future__ import annotations

from ownup.compare import compare
from ownup.compare.pagepair import _same_ink
from ownup.compare.rastertext import INK_MIN_DELTA, _stretch, ink_bar

from .conftest import contains_point


def styles(report):
    return [c for c in report.changes if c.kind == "style"]


# -- the ink's colour, against the page's own noise ------------------------------------------
def test_text_colour_change_found_in_a_png_export(make_pdf, export_png, tesseract):
    # The footer turned from near-black to dark red: in grey its glyphs barely change, so the
    # glyph comparison says nothing; the colour of its ink does.
    approved = make_pdf("approved.pdf")
    final = export_png(make_pdf("final.pdf", footer_color=(0.55, 0.08, 0.08)), dpi=150)
    report = compare(approved, final)
    [change] = styles(report)
    assert "colour" in change.summary
    # The footer: 20 mm from the left, its baseline 20 mm above the bottom of the A4 page.
    assert contains_point(change.new_bbox, 30, 297 - 21.5)
    assert [c.kind for c in report.changes] == ["style"]


def test_unchanged_text_in_a_jpeg_export_keeps_its_colour(make_pdf, export_png, tesseract):
    # Near miss: JPEG re-encodes the ink of small coloured type (chroma noise, another
    # anti-aliasing); under the page's own noise that is no change.
    approved = make_pdf("approved.pdf", footer_color=(0.2, 0.3, 0.6), footer_size=8)
    same = export_png(make_pdf("same.pdf", footer_color=(0.2, 0.3, 0.6), footer_size=8), 150)
    assert compare(approved, same).identical
    jpeg = export_png(
        make_pdf("jpeg.pdf", footer_color=(0.2, 0.3, 0.6), footer_size=8), 200, fmt="JPEG"
    )
    assert compare(approved, jpeg).identical


def test_the_ink_bar_rises_with_the_page_noise():
    assert ink_bar([]) == INK_MIN_DELTA
    assert ink_bar([0.0] * 20 + [30.0]) == INK_MIN_DELTA  # one recoloured word on a clean page
    assert ink_bar([5.0] * 20) == 15.0  # a noisy JPEG page asks three times its usual noise


# -- type size: a line of unchanged words spanning another width ------------------------------
def test_type_size_change_found_in_a_jpeg_export(make_pdf, export_png, tesseract):
    # The pale grey footer set at 10.4 pt instead of 10: the glyphs of pale type stay under
    # the glyph comparison's bar, the readings agree word for word; the line is 4 % wider.
    pale = (0.62, 0.62, 0.62)
    approved = make_pdf("approved.pdf", footer_color=pale)
    final = export_png(
        make_pdf("final.pdf", footer_color=pale, footer_size=10.4), dpi=200, fmt="JPEG"
    )
    report = compare(approved, final)
    [change] = styles(report)
    assert contains_point(change.new_bbox, 40, 297 - 21.5)
    assert [c.kind for c in report.changes] == ["style"]


def test_a_line_exported_at_another_resolution_keeps_its_size(make_pdf, export_png, tesseract):
    # Near miss: the same pale line rasterised at 150 and 300 dpi, PNG and JPEG: the readings'
    # boxes differ by a pixel or two, not by the share a size change makes.
    pale = (0.62, 0.62, 0.62)
    approved = export_png(make_pdf("approved.pdf", footer_color=pale), dpi=300)
    final = export_png(make_pdf("final.pdf", footer_color=pale), dpi=150, fmt="JPEG")
    assert compare(approved, final).identical


def test_the_stretch_of_a_line_ignores_one_box_drawn_too_wide():
    old = [0.0, 30.0, 35.0, 60.0, 65.0, 100.0]
    wider = [x * 1.04 for x in old]
    assert abs(_stretch(old, wider, 100.0) - 1.04) < 1e-6
    glitch = [*old[:-1], 112.0]  # the last word's box read 12 pt too wide
    assert abs(_stretch(old, glitch, 100.0) - 1.0) < 0.02


# -- the same ink, another resampling --------------------------------------------------------


def test_glyphs_over_more_or_less_paper_are_the_same_ink():
    # Two rasters resampled otherwise: small type's glyphs come out lighter on one side (dark
    # grey against mid grey); an accent added puts ink where paper was, a recoloured word
    # another ink. (The accent, between two rasters, is still found:
    # test_edits_between_two_raster_exports_carry_both_wordings.)
    assert _same_ink((43, 43, 43), (90, 90, 90))
    assert not _same_ink((255, 255, 255), (60, 60, 60))
    assert not _same_ink((43, 43, 43), (150, 30, 30))
