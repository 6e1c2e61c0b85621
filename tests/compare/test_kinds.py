"""Each kind of change is found, on the right page and place, with the right wording."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ownup.compare import CompareOptions, compare
from ownup.compare.color import delta_e_rgb

from .conftest import PARAGRAPH, PT_PER_MM, contains_point


def kinds(report) -> list[str]:
    return [change.kind for change in report.changes]


def only(report, kind: str):
    found = [change for change in report.changes if change.kind == kind]
    assert len(found) == 1, [c.to_json_dict() for c in report.changes]
    return found[0]


def test_swapped_digit_in_phone_number(make_pdf):
    old = make_pdf("old.pdf")
    new = make_pdf("new.pdf", phone="02 41 88 74 35")
    report = compare(old, new)
    assert kinds(report) == ["text"]
    change = report.changes[0]
    assert change.old_text == "02 41 88 47 35"
    assert change.new_text == "02 41 88 74 35"
    assert (change.old_page, change.new_page) == (1, 1)
    # The phone line's baseline is 52 mm from the top; the changed digits sit on it.
    assert 46 * PT_PER_MM < change.new_bbox[1] < change.new_bbox[3] < 54 * PT_PER_MM
    assert change.new_bbox[0] > 20 * PT_PER_MM


def test_changed_price_and_date_and_dropped_accent(make_pdf):
    old = make_pdf("old.pdf", title="Café des Lumières")
    new = make_pdf(
        "new.pdf",
        title="Café des Lumieres",
        price="Adult ticket 13.50 €",
        date="Opening day: Saturday 6 April 2025",
    )
    report = compare(old, new)
    texts = [(c.old_text, c.new_text) for c in report.changes]
    assert kinds(report) == ["text", "text", "text"], texts
    assert any("Lumières" in o and "Lumieres" in n for o, n in texts)
    assert any("12.50" in o and "13.50" in n for o, n in texts)
    assert any(" 5 " in f" {o} " and " 6 " in f" {n} " for o, n in texts)


def test_punctuation_counts(make_pdf):
    report = compare(make_pdf("old.pdf"), make_pdf("new.pdf", footer="Printed in Angers: 18:30,"))
    change = only(report, "text")
    assert change.old_text.endswith("18:30.") and change.new_text.endswith("18:30,")


def test_one_word_edit_that_rewraps_a_paragraph_is_one_change(make_pdf):
    edited = PARAGRAPH.replace("spring season", "whole spring and summer season")
    report = compare(make_pdf("old.pdf"), make_pdf("new.pdf", paragraph=edited))
    change = only(report, "text")
    assert "spring season" in change.old_text
    assert "whole spring and summer season" in change.new_text
    assert len(report.changes) == 1, [c.summary for c in report.changes]


def test_rewrapping_alone_is_not_a_change(make_pdf):
    # The same words set in a narrower column: every line breaks elsewhere, some words are
    # hyphenated by the typesetter; the text itself did not change.
    old = make_pdf("old.pdf", paragraph=PARAGRAPH.replace("glasshouse", "glass\u00adhouse"))
    new = make_pdf("new.pdf", paragraph=PARAGRAPH, paragraph_width=120 * mm)
    assert [c.kind for c in compare(old, new).changes if c.kind == "text"] == []


def test_ligature_is_not_a_change(make_pdf):
    # A font that has the ﬁ ligature glyph, so one side really carries U+FB01.
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    assert font.exists(), "the DejaVu fonts are needed: apt-get install fonts-dejavu-core"
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(font)))
    old = make_pdf("old.pdf", footer="Office ﬁles and ﬂowers.", footer_font="DejaVuSans")
    new = make_pdf("new.pdf", footer="Office files and flowers.", footer_font="DejaVuSans")
    assert [c.kind for c in compare(old, new).changes if c.kind == "text"] == []


def test_bold_word_is_a_style_change(make_pdf):
    report = compare(make_pdf("old.pdf"), make_pdf("new.pdf", footer_font="Helvetica-Bold"))
    change = only(report, "style")
    assert "Helvetica-Bold" in change.summary
    assert change.old_text == change.new_text == "Printed in Angers: 18:30."
    assert contains_point(change.new_bbox, 25, HEIGHT_MM - 19.5)


HEIGHT_MM = 297


def test_type_size_and_text_colour_are_style_changes(make_pdf):
    size = compare(make_pdf("a.pdf"), make_pdf("b.pdf", footer_size=11))
    assert "size 10 → 11" in only(size, "style").summary
    colour = compare(make_pdf("c.pdf"), make_pdf("d.pdf", footer_color=(0.7, 0.1, 0.1)))
    change = only(colour, "style")
    assert "colour" in change.summary and change.delta_e > 10


def test_tint_shift_of_delta_e_2_on_a_2mm2_swatch_is_caught(make_pdf):
    old_rgb, new_rgb = (0.40, 0.55, 0.35), (0.40, 0.55 + 0.024, 0.35 + 0.024)
    delta = delta_e_rgb(
        tuple(round(v * 255) for v in old_rgb), tuple(round(v * 255) for v in new_rgb)
    )
    assert 1.9 < delta < 2.6
    report = compare(make_pdf("old.pdf", swatch=old_rgb), make_pdf("new.pdf", swatch=new_rgb))
    change = only(report, "color")
    assert abs(change.delta_e - delta) < 0.6
    assert contains_point(change.new_bbox, 150.7, HEIGHT_MM - 60.7)
    assert "ΔE" in change.summary


def test_invisible_tint_shift_is_silent(make_pdf):
    # About ΔE 0.7: below what a print client can see.
    report = compare(make_pdf("old.pdf"), make_pdf("new.pdf", tint=(0.85, 0.355, 0.255)))
    assert report.identical, [c.summary for c in report.changes]


def test_colour_threshold_option(make_pdf):
    old, new = make_pdf("old.pdf"), make_pdf("new.pdf", tint=(0.85, 0.40, 0.28))
    assert only(compare(old, new), "color").delta_e > 2
    assert compare(old, new, CompareOptions(color_threshold=8)).identical


def test_retouched_photo_is_an_image_change(make_pdf):
    report = compare(make_pdf("old.pdf"), make_pdf("new.pdf", photo_patch=True))
    change = only(report, "image")
    # The photo stands 20–110 mm across and 147–207 mm from the top.
    assert contains_point(change.new_bbox, 60, HEIGHT_MM - 120)
    assert len(report.changes) == 1


def test_replaced_photo_is_an_image_change(make_pdf):
    report = compare(make_pdf("old.pdf"), make_pdf("new.pdf", photo_seed=99))
    # A new grain is the same picture to the eye; seed changes are a re-export, not a change.
    assert [c.kind for c in report.changes] in ([], ["image"])
    report = compare(make_pdf("a.pdf"), make_pdf("b.pdf", photo_patch=True, photo_seed=5))
    assert kinds(report) == ["image"]


def test_added_rule_is_a_graphic_change(make_pdf):
    report = compare(make_pdf("old.pdf"), make_pdf("new.pdf", extra_line=True))
    change = only(report, "graphic")
    assert contains_point(change.new_bbox, 150, HEIGHT_MM - 120)


def test_moved_logo_reports_the_offset(make_pdf):
    old = make_pdf("old.pdf")
    new = make_pdf("new.pdf", logo_x=174 * mm, logo_y=(297 - 33) * mm)
    report = compare(old, new)
    change = only(report, "moved")
    dx, dy = change.offset_mm
    assert abs(dx - 4) < 0.5 and abs(dy - 3) < 0.5
    assert len(report.changes) == 1, [c.summary for c in report.changes]


def test_moved_text_line(make_pdf):
    # The whole footer line set 6 mm higher.
    old = make_pdf("old.pdf")
    new = make_pdf("new.pdf", footer="Printed in Angers: 18:30.")
    assert compare(old, new).identical
    from .conftest import BASE, draw_page, write_pdf

    def higher(canvas):
        canvas.translate(0, 0)
        draw_page(canvas, {**BASE, "footer": ""})
        canvas.setFont("Helvetica", 10)
        canvas.setFillColorRGB(0.1, 0.1, 0.1)
        canvas.drawString(20 * mm, 26 * mm, "Printed in Angers: 18:30.")

    moved = write_pdf(old.parent / "moved.pdf", [higher])
    change = only(compare(old, moved), "moved")
    assert abs(change.offset_mm[1] + 6) < 0.3 and abs(change.offset_mm[0]) < 0.3
    assert change.old_text == "Printed in Angers: 18:30."


def test_text_only_and_visual_only(make_pdf):
    old = make_pdf("old.pdf")
    new = make_pdf("new.pdf", phone="02 41 88 74 35", photo_patch=True)
    assert sorted(kinds(compare(old, new))) == ["image", "text"]
    assert kinds(compare(old, new, CompareOptions(text=False))) != []
    assert "text" not in kinds(compare(old, new, CompareOptions(text=False)))
    assert kinds(compare(old, new, CompareOptions(visual=False))) == ["text"]


def test_ignore_region(make_pdf):
    from ownup.compare import IgnoreRegion

    old = make_pdf("old.pdf")
    new = make_pdf("new.pdf", phone="02 41 88 74 35", photo_patch=True)
    photo = IgnoreRegion.parse(f"{20 * mm},{147 * mm},{110 * mm},{207 * mm}@1")
    assert kinds(compare(old, new, CompareOptions(ignore=[photo]))) == ["text"]
    elsewhere = IgnoreRegion.parse(f"{20 * mm},{147 * mm},{110 * mm},{207 * mm}@2")
    assert sorted(kinds(compare(old, new, CompareOptions(ignore=[elsewhere])))) == ["image", "text"]


def test_tint_swatch_drawn_over_a_background_photo_is_caught(tmp_path):
    # A vector swatch on top of a photo is judged as a vector (full sensitivity), not with
    # the tolerance kept for the photo's own pixels.
    from .conftest import BASE, draw_page, photo_reader, write_pdf

    def page(green: float):
        def draw(canvas):
            canvas.drawImage(photo_reader(3, False), 0, 0, 595, 842)
            draw_page(canvas, BASE)
            canvas.setFillColorRGB(0.95, green, 0.95)
            canvas.rect(160 * mm, 200 * mm, 1.6 * mm, 1.6 * mm, stroke=0, fill=1)

        return draw

    old = write_pdf(tmp_path / "old.pdf", [page(0.95)])
    new = write_pdf(tmp_path / "new.pdf", [page(0.92)])
    report = compare(old, new)
    change = only(report, "color")
    assert change.delta_e > 2 and contains_point(change.new_bbox, 160.8, HEIGHT_MM - 200.8)
    assert len(report.changes) == 1


def test_moved_photo_is_a_move(make_pdf, tmp_path):
    from .conftest import BASE, draw_page, write_pdf

    old = make_pdf("old.pdf")

    def moved_photo(canvas):
        from .conftest import photo_reader

        draw_page(canvas, {**BASE, "photo_seed": None})
        canvas.drawImage(photo_reader(3, False), 22 * mm, 91.5 * mm, 90 * mm, 60 * mm)

    new = write_pdf(tmp_path / "new.pdf", [moved_photo])
    report = compare(old, new)
    change = only(report, "moved")
    assert abs(change.offset_mm[0] - 2) < 0.3 and abs(change.offset_mm[1] + 1.5) < 0.3


def test_thicker_table_rules_beside_a_recoloured_header_are_a_graphic_change(tmp_path):
    # One region of pixels holds both changes: the header's tint (a colour change) must not
    # swallow the rules drawn twice as thick around it (the same boxes within a point).
    from .conftest import BASE, draw_page, write_pdf

    def page(header: tuple[float, float, float], rule: float):
        def draw(canvas):
            draw_page(canvas, {**BASE, "logo_x": -100, "logo_y": -100})
            canvas.setLineWidth(rule)
            for row in range(3):
                for col in range(3):
                    x, y = (20 + 50 * col) * mm, (120 - 8 * row) * mm
                    canvas.setFillColorRGB(*(header if row == 0 else (1, 1, 1)))
                    canvas.rect(x, y, 50 * mm, 8 * mm, stroke=1, fill=1)

        return draw

    old = write_pdf(tmp_path / "old.pdf", [page((0.85, 0.90, 0.78), 0.85)])
    new = write_pdf(tmp_path / "new.pdf", [page((0.82, 0.87, 0.74), 1.7)])
    report = compare(old, new)
    assert "color" in kinds(report)
    rules = only(report, "graphic")
    # The grid: 20-170 mm across, 104-128 mm from the bottom.
    assert contains_point(rules.new_bbox, 95, HEIGHT_MM - 110)
    # Thin rules redrawn at the same width stay silent.
    same = write_pdf(tmp_path / "same.pdf", [page((0.85, 0.90, 0.78), 0.85)])
    assert compare(old, same).identical


def test_reshaped_logo_is_a_graphic_change(tmp_path):
    # Same box, same colour, another drawing: a five-pointed star becomes a seven-pointed one.
    import numpy as np

    from .conftest import BASE, draw_page, write_pdf

    def page(points: int):
        def draw(canvas):
            draw_page(canvas, {**BASE, "logo_x": -100, "logo_y": -100})
            canvas.setFillColorRGB(0.2, 0.4, 0.8)
            path = canvas.beginPath()
            cx, cy = 100 * mm, 250 * mm
            for k in range(2 * points):
                radius = 12 * mm if k % 2 == 0 else 6 * mm
                angle = np.pi / 2 + k * np.pi / points
                x, y = cx + radius * np.cos(angle), cy + radius * np.sin(angle)
                path.moveTo(x, y) if k == 0 else path.lineTo(x, y)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)

        return draw

    old = write_pdf(tmp_path / "old.pdf", [page(5)])
    new = write_pdf(tmp_path / "new.pdf", [page(7)])
    change = only(compare(old, new), "graphic")
    assert contains_point(change.new_bbox, 100, HEIGHT_MM - 250)


def test_printer_marks_outside_the_trim_box_are_not_compared(tmp_path):
    # A page with 3 mm bleed and crop marks: the marks (and the bleed beyond the cut) are not
    # what the client receives; the trimmed page is.
    from reportlab.pdfgen.canvas import Canvas

    def sheet(path, mark_length: float, price: str):
        slug, width, height = 15 * mm, 148 * mm, 210 * mm
        canvas = Canvas(str(path), pagesize=(width + 2 * slug, height + 2 * slug))
        canvas.setTrimBox((slug, slug, slug + width, slug + height))
        canvas.setBleedBox(
            (slug - 3 * mm, slug - 3 * mm, slug + width + 3 * mm, slug + height + 3 * mm)
        )
        canvas.setFillColorRGB(0.9, 0.85, 0.6)
        canvas.rect(slug - 3 * mm, slug - 3 * mm, width + 6 * mm, 40 * mm, stroke=0, fill=1)
        canvas.setStrokeColorRGB(0, 0, 0)
        canvas.setLineWidth(0.25)
        for x in (slug, slug + width):
            canvas.line(x, slug - 4 * mm, x, slug - 4 * mm - mark_length)
        canvas.setFillColorRGB(0.1, 0.1, 0.1)
        canvas.setFont("Helvetica", 14)
        canvas.drawString(slug + 20 * mm, slug + 150 * mm, price)
        canvas.showPage()
        canvas.save()
        return path

    old = sheet(tmp_path / "old.pdf", 8 * mm, "Menu 24.00 €")
    marks = sheet(tmp_path / "marks.pdf", 5 * mm, "Menu 24.00 €")
    assert compare(old, marks).identical
    price = sheet(tmp_path / "price.pdf", 5 * mm, "Menu 26.00 €")
    change = only(compare(old, price), "text")
    assert "24.00" in change.old_text and "26.00" in change.new_text


def test_swapped_digit_found_in_a_raster_export(make_pdf, export_png, tesseract):
    # The proof was approved as a PDF; what came back is a JPEG export of the final file.
    approved = make_pdf("approved.pdf")
    final = export_png(make_pdf("final.pdf", phone="02 41 88 74 35"), dpi=200, fmt="JPEG")
    report = compare(approved, final)
    change = only(report, "text")
    # The old wording from the PDF's text layer, the new one read from the image by OCR.
    assert (change.old_text, change.new_text) == ("47", "74")
    assert 46 * PT_PER_MM < change.old_bbox[1] < change.old_bbox[3] < 54 * PT_PER_MM
    assert kinds(report) == ["text"]


def test_without_ocr_a_raster_text_change_is_still_found(make_pdf, export_png, monkeypatch):
    # No Tesseract on the machine: the glyph comparison still finds the edit, without the new
    # wording.
    from ownup.compare import ocr

    monkeypatch.setattr(ocr, "languages", lambda: None)
    approved = make_pdf("approved.pdf")
    final = export_png(make_pdf("final.pdf", phone="02 41 88 74 35"), dpi=200, fmt="JPEG")
    change = only(compare(approved, final), "text")
    assert (change.old_text, change.new_text) == ("47", None)


def test_a_failing_ocr_leaves_the_glyph_comparison(make_pdf, export_png, monkeypatch):
    # Tesseract crashes or times out on the page: it is compared as if there were no OCR.
    import pytesseract

    def broken(*args, **kwargs):
        raise RuntimeError("Tesseract process timeout")

    monkeypatch.setattr(pytesseract, "image_to_data", broken)
    approved = make_pdf("approved.pdf")
    final = export_png(make_pdf("final.pdf", phone="02 41 88 74 35"), dpi=200, fmt="JPEG")
    change = only(compare(approved, final), "text")
    assert (change.old_text, change.new_text) == ("47", None)


def test_edits_between_two_raster_exports_carry_both_wordings(make_pdf, export_png, tesseract):
    # Neither side has a text layer: both are read, and only what differs is reported.
    approved = export_png(make_pdf("approved.pdf"), dpi=200)
    final = export_png(
        make_pdf("final.pdf", price="Adult ticket 14.50 €", title="Jardin des Plantés"),
        dpi=150,
        fmt="JPEG",
    )
    report = compare(approved, final)
    # The price is read on both sides. OCR does not see the accent added to the title; the
    # pixels do, and the reading names the word (read alike on both sides: drawn otherwise).
    price = only(report, "text")
    assert (price.old_text, price.new_text) == ("12.50", "14.50")
    title = only(report, "style")
    assert title.old_text == "Plantes" and title.new_bbox[1] < 30 * PT_PER_MM


def test_rotated_page_boxes_are_where_the_page_is_seen(make_pdf, tmp_path):
    # /Rotate 90: the page shows in landscape; boxes are given on the page as it is seen.
    from pypdf import PdfReader, PdfWriter

    def rotated(source, name):
        writer = PdfWriter(clone_from=PdfReader(source))
        writer.pages[0].rotate(90)
        target = tmp_path / name
        with open(target, "wb") as handle:
            writer.write(handle)
        return target

    old = rotated(make_pdf("old.pdf"), "old-rotated.pdf")
    new = rotated(make_pdf("new.pdf", phone="02 41 88 74 35"), "new-rotated.pdf")
    report = compare(old, new)
    assert report.new.page_sizes[0][0] > report.new.page_sizes[0][1]  # landscape as seen
    change = only(report, "text")
    # Turned clockwise, the portrait's bottom edge becomes the left edge: the phone line, 52 mm
    # from the portrait's top, is 297 - 52 = 245 mm from the left.
    x0, y0, x1, _y1 = (v / PT_PER_MM for v in change.new_bbox)
    assert 240 < x0 < x1 < 252 and y0 > 20


def test_small_tint_shift_found_in_a_jpeg_export(make_pdf, export_png):
    # The 2.25 mm² swatch shifted by ΔE00 2.9: per pixel, JPEG noise hides it; its mean does not.
    approved = make_pdf("approved.pdf")
    final = export_png(make_pdf("final.pdf", swatch=(0.40, 0.58, 0.38)), dpi=300, fmt="JPEG")
    report = compare(approved, final)
    change = only(report, "color")
    assert 2.0 <= change.delta_e <= 4.0
    # The swatch: 150 mm from the left, its top 61.5 mm above the bottom of the A4 page.
    assert contains_point(change.new_bbox, 150.75, 297 - 60.75)
    assert kinds(report) == ["color"]
    # The same page exported unchanged stays silent.
    same = export_png(make_pdf("same.pdf"), dpi=300, fmt="JPEG")
    assert compare(approved, same).identical
