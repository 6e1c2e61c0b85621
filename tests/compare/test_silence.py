"""What is not a change stays silent: re-exports, re-distilled files, raster exports."""

from __future__ import annotations

from ownup.compare import compare

from .conftest import BASE, draw_page, write_pdf


def describe(report) -> list[str]:
    return [f"p.{c.new_page} {c.kind} {c.summary}" for c in report.changes]


def test_same_file_is_identical(make_pdf):
    path = make_pdf("leaflet.pdf")
    report = compare(path, path)
    assert report.identical and [p.status for p in report.pages] == ["same"]


def test_same_bytes_under_two_names_are_not_rendered(make_pdf, tmp_path, monkeypatch):
    path = make_pdf("leaflet.pdf")
    copy = tmp_path / "leaflet-copy.pdf"
    copy.write_bytes(path.read_bytes())
    from ownup.compare import inputs

    def no_render(*args, **kwargs):
        raise AssertionError("identical files need no rendering")

    monkeypatch.setattr(inputs.Source, "render_with_text", no_render)
    report = compare(path, copy)
    assert report.identical and not report.changes
    assert [(p.old_page, p.new_page, p.status) for p in report.pages] == [(1, 1, "same")]
    assert report.old.sha256 == report.new.sha256


def test_two_exports_of_the_same_content_are_identical(make_pdf, tmp_path):
    compressed = make_pdf("a.pdf")
    # Another export: uncompressed streams, another timestamp and document id.
    other = write_pdf(tmp_path / "b.pdf", [lambda c: draw_page(c, BASE)], compress=False)
    assert compressed.read_bytes() != other.read_bytes()
    report = compare(compressed, other)
    assert report.identical, describe(report)


def test_redistilled_pdf_is_identical(make_pdf, redistill):
    original = make_pdf("proof.pdf")
    distilled = redistill(original)
    report = compare(original, distilled)
    assert report.identical, describe(report)


def test_redistilled_sample_brochure_is_identical(redistill):
    from pathlib import Path

    sample = Path(__file__).resolve().parents[2] / "samples" / "brochure-approved.pdf"
    report = compare(sample, redistill(sample))
    assert report.identical, describe(report)


def test_redistilled_file_still_shows_real_changes(make_pdf, redistill):
    original = make_pdf("proof.pdf")
    changed = redistill(make_pdf("final.pdf", phone="02 41 88 74 35"))
    report = compare(original, changed)
    assert [c.kind for c in report.changes] == ["text"], describe(report)
    assert report.changes[0].new_text == "02 41 88 74 35"


def test_png_export_matches_its_pdf(make_pdf, export_png):
    original = make_pdf("proof.pdf")
    report = compare(original, export_png(original, dpi=200))
    assert report.identical, describe(report)


def test_raster_without_resolution_is_fitted_to_the_page(make_pdf, export_png):
    original = make_pdf("proof.pdf")
    png = export_png(original, dpi=96, with_dpi=False)
    report = compare(png, original)
    assert report.old.page_sizes[0][0] == report.new.page_sizes[0][0]
    assert report.identical, describe(report)


def test_jpeg_export_matches_and_still_shows_a_change(make_pdf, export_png):
    original = make_pdf("proof.pdf")
    assert compare(original, export_png(original, dpi=150, fmt="JPEG")).identical
    changed = make_pdf("final.pdf", tint=(0.85, 0.45, 0.25))
    report = compare(export_png(original, dpi=150, fmt="TIFF"), export_png(changed, dpi=150))
    assert [c.kind for c in report.changes] == ["color"], describe(report)


def test_redistilled_embedded_font_with_accents_is_identical(make_pdf, redistill):
    # Ghostscript re-encodes embedded TrueType fonts and drops their Unicode map for accented
    # letters and symbols: the text layer then cannot name them, the page is unchanged.
    from pathlib import Path

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    assert font.exists(), "the DejaVu fonts are needed: apt-get install fonts-dejavu-core"
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(font)))
    original = make_pdf(
        "proof.pdf",
        footer="Entrée libre · Crème brûlée 12,50 € · Fermé le lundi",
        footer_font="DejaVuSans",
    )
    report = compare(original, redistill(original))
    assert report.identical, describe(report)


def test_photo_recompressed_at_another_quality_is_identical(tmp_path):
    from .conftest import write_pdf

    def page(quality: int):
        def draw(canvas):
            import io

            from reportlab.lib.utils import ImageReader

            from .conftest import BASE, draw_page, photo_reader

            reader = photo_reader(3, False)
            buffer = io.BytesIO()
            reader._image.save(buffer, "JPEG", quality=quality)
            buffer.seek(0)
            draw_page(canvas, BASE)
            canvas.drawImage(ImageReader(buffer), 20 * 72 / 25.4, 90 * 72 / 25.4, 255, 170)

        return draw

    high = write_pdf(tmp_path / "q95.pdf", [page(95)])
    low = write_pdf(tmp_path / "q70.pdf", [page(70)])
    report = compare(high, low)
    assert report.identical, describe(report)


def test_crop_marks_in_two_raster_exports_at_other_resolutions_are_silent(tmp_path, export_png):
    # Two exports of one print-ready page, at 150 and 200 dpi with no resolution in the files:
    # the 0.25 pt crop marks come out in other shades of grey after resampling; nothing changed.
    from reportlab.lib.colors import Color
    from reportlab.lib.units import mm

    def with_marks(canvas):
        draw_page(canvas, BASE)
        canvas.setStrokeColor(Color(0, 0, 0))
        canvas.setLineWidth(0.25)
        for x in (10 * mm, 200 * mm):
            canvas.line(x, 1 * mm, x, 5 * mm)
            canvas.line(x, 292 * mm, x, 296 * mm)

    source = write_pdf(tmp_path / "print-ready.pdf", [with_marks])
    low = export_png(source, dpi=150, with_dpi=False)
    high = export_png(source, dpi=200, with_dpi=False)
    report = compare(low, high)
    assert report.identical, describe(report)
    # A thin rule that appears is still a change.
    ruled = write_pdf(
        tmp_path / "ruled.pdf", [lambda c: draw_page(c, {**BASE, "extra_line": True})]
    )
    report = compare(low, export_png(ruled, dpi=200, with_dpi=False))
    assert report.changes and all(c.kind in ("graphic", "color") for c in report.changes)
