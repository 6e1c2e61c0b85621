"""The generator's ground truth matches the files it writes."""

import re
import unicodedata
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from corpuslib import render_ps, render_rl
from corpuslib.content import brochure, menu
from corpuslib.inject import inject, truth
from corpuslib.model import delta_e_2000, srgb_to_lab
from corpuslib.render_html import CHROMIUM, HtmlProducer


def text_in_box(pdf: Path, page: int, box: list[float]) -> str:
    doc = pdfium.PdfDocument(str(pdf))
    p = doc[page - 1]
    left, _, _, top = p.get_cropbox()  # truth boxes are measured from the visible page's corner
    text = p.get_textpage().get_text_bounded(
        left=left + box[0] - 1,
        bottom=top - box[3] - 1,
        right=left + box[2] + 1,
        top=top - box[1] + 1,
    )
    doc.close()
    return unicodedata.normalize("NFC", " ".join(text.split()))


def check_text_truth(old_pdf: Path, new_pdf: Path, records: list[dict]) -> int:
    checked = 0
    for r in records:
        if r["kind"] != "text":
            continue
        for side, pdf in (("old", old_pdf), ("new", new_pdf)):
            inside = text_in_box(pdf, r[f"{side}_page"], r[f"{side}_bbox"])
            joined = re.sub(r"(\w)[-\u00ad\u2010]\s*(\w)", r"\1\2", inside)  # line-end hyphens
            for word in r[f"{side}_words"]:
                assert word in inside or word in joined, (r["subkind"], side, word, inside)
                checked += 1
    return checked


def changed_pair(tmp_path, producer_render, build, families, seed):
    rng = np.random.default_rng(seed)
    doc = build(rng, "fr", "t")
    new_doc, injections = inject(doc, rng, families)
    old_layout = producer_render(doc, tmp_path / "old.pdf")
    new_layout = producer_render(new_doc, tmp_path / "new.pdf")
    return doc, new_doc, [truth(i, doc, new_doc, old_layout, new_layout) for i in injections]


def test_reportlab_text_truth_boxes_hold_the_changed_words(tmp_path):
    render = lambda d, p: render_rl.render(d, p, tmp_path / "assets")  # noqa: E731
    _, _, records = changed_pair(tmp_path, render, menu, ["text"] * 5, 11)
    assert len(records) >= 4  # a menu may lack a target for one of five edits
    assert check_text_truth(tmp_path / "old.pdf", tmp_path / "new.pdf", records) >= 5


@pytest.mark.browser
def test_chromium_measured_boxes_hold_the_changed_words(tmp_path):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is needed to test the Chromium producer")
    with HtmlProducer() as producer:
        render = lambda d, p: producer.render(d, p, tmp_path / "assets")  # noqa: E731
        _, _, records = changed_pair(tmp_path, render, menu, ["text"] * 5, 12)
    assert check_text_truth(tmp_path / "old.pdf", tmp_path / "new.pdf", records) >= 5


def test_colour_shifts_are_within_the_stated_delta_e(tmp_path):
    rng = np.random.default_rng(5)
    doc = menu(rng, "en", "t")
    _, injections = inject(doc, rng, ["color", "color", "color"])
    colour = [i for i in injections if i.subkind == "fill_tint"]
    assert colour
    for i in colour:
        de = delta_e_2000(srgb_to_lab(i.extra["old_rgb"]), srgb_to_lab(i.extra["new_rgb"]))
        assert 2.0 <= de <= 6.0
        assert i.extra["area_mm2"] >= 2.0


def test_page_removal_truth_names_a_page_the_new_file_lacks(tmp_path):
    render = lambda d, p: render_rl.render(d, p, tmp_path / "assets")  # noqa: E731
    rng = np.random.default_rng(3)
    doc = brochure(rng, "en", "t")
    new_doc, injections = inject(doc, rng, ["page"])
    records = [
        truth(i, doc, new_doc, render(doc, tmp_path / "o.pdf"), render(new_doc, tmp_path / "n.pdf"))
        for i in injections
    ]
    old_count = len(pdfium.PdfDocument(str(tmp_path / "o.pdf")))
    new_count = len(pdfium.PdfDocument(str(tmp_path / "n.pdf")))
    (r,) = records
    if r["kind"] == "page_removed":
        assert new_count == old_count - 1 and 1 <= r["old_page"] <= old_count
    elif r["kind"] == "page_added":
        assert new_count == old_count + 1 and 1 <= r["new_page"] <= new_count
    else:
        assert new_count == old_count and r["old_page"] != r["new_page"]


def test_postscript_producer_text_truth_boxes_hold_the_changed_words(tmp_path):
    render = lambda d, p: render_ps.render(d, p, tmp_path / "assets")  # noqa: E731
    _, _, records = changed_pair(tmp_path, render, menu, ["text"] * 5, 13)
    assert check_text_truth(tmp_path / "old.pdf", tmp_path / "new.pdf", records) >= 4


def changed_pixels(old_pdf: Path, new_pdf: Path, record: dict) -> int:
    scale = 150 / 72
    pages = []
    for pdf, side in ((old_pdf, "old"), (new_pdf, "new")):
        doc = pdfium.PdfDocument(str(pdf))
        pages.append(doc[record[f"{side}_page"] - 1].render(scale=scale).to_numpy().astype(int))
        doc.close()
    boxes = [record["old_bbox"], record["new_bbox"]]
    x0, y0 = (int((min(b[i] for b in boxes) - 2) * scale) for i in (0, 1))
    x1, y1 = (int((max(b[i] for b in boxes) + 2) * scale) + 1 for i in (2, 3))
    x0, y0 = max(x0, 0), max(y0, 0)
    return int(np.abs(pages[0][y0:y1, x0:x1] - pages[1][y0:y1, x0:x1]).max())


@pytest.mark.browser
def test_every_visual_edit_changes_the_pixels_inside_its_truth_box(tmp_path):
    """An edit a producer silently drops (e.g. a clipped hairline) would be false ground truth."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is needed to test the Chromium producer")
    families = ["graphic", "graphic", "color", "image", "style"]
    checked = 0
    with HtmlProducer() as producer:
        renders = {
            "reportlab": lambda d, p: render_rl.render(d, p, tmp_path / "assets"),
            "chromium": lambda d, p: producer.render(d, p, tmp_path / "assets"),
            "postscript": lambda d, p: render_ps.render(d, p, tmp_path / "assets"),
        }
        for name, render in renders.items():
            # Seeds chosen so the edits include a shortened and a thickened rule.
            for seed, build in ((22, menu), (24, menu), (22, brochure)):
                folder = tmp_path / f"{name}-{seed}-{build.__name__}"
                folder.mkdir()
                _, _, records = changed_pair(folder, render, build, families, seed)
                for r in records:
                    assert changed_pixels(folder / "old.pdf", folder / "new.pdf", r) > 0, (name, r)
                    checked += 1
    assert checked >= 20


def test_print_ready_pages_keep_truth_boxes_on_the_changed_words(tmp_path):
    """Bleed and crop marks move the page origin; the truth boxes move with it."""
    from generate_corpus import MARGIN, Renderer

    renderer = Renderer(tmp_path / "assets")
    rng = np.random.default_rng(31)
    doc = menu(rng, "fr", "t")
    new_doc, injections = inject(doc, rng, ["text"] * 4)
    old_layout = renderer.render("reportlab", doc, tmp_path / "old.pdf", True)
    new_layout = renderer.render("reportlab", new_doc, tmp_path / "new.pdf", True)
    records = [truth(i, doc, new_doc, old_layout, new_layout, MARGIN) for i in injections]
    page = pdfium.PdfDocument(str(tmp_path / "old.pdf"))[0]
    assert page.get_cropbox()[0] == pytest.approx(-MARGIN, abs=0.01)
    assert check_text_truth(tmp_path / "old.pdf", tmp_path / "new.pdf", records) >= 3


def test_rotated_storage_displays_the_same_page(tmp_path):
    """Pages stored portrait with /Rotate 90 show exactly the upright original."""
    from corpuslib.content import card
    from generate_corpus import Renderer

    renderer = Renderer(tmp_path / "assets")
    doc = card(np.random.default_rng(8), "en", "t")
    renderer.render("reportlab", doc, tmp_path / "upright.pdf")
    renderer.render("reportlab", doc, tmp_path / "rotated.pdf", rotated=True)
    upright = pdfium.PdfDocument(str(tmp_path / "upright.pdf"))[0]
    rotated = pdfium.PdfDocument(str(tmp_path / "rotated.pdf"))[0]
    assert rotated.get_rotation() == 90
    assert rotated.get_mediabox()[2] == pytest.approx(upright.get_mediabox()[3])
    a = upright.render(scale=2).to_numpy().astype(int)
    b = rotated.render(scale=2).to_numpy().astype(int)
    assert a.shape == b.shape
    assert np.abs(a - b).max() <= 2
