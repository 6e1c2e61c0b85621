"""Bad input is refused with one line naming the file and the problem."""

from __future__ import annotations

import pytest

from ownup.compare import CompareInputError, compare
from ownup.compare.inputs import sniff_kind

from . import bad_files


@pytest.mark.parametrize("builder", bad_files.SIMPLE, ids=lambda b: b.__name__)
def test_bad_file_is_refused(builder, tmp_path, make_pdf):
    good = make_pdf("good.pdf")
    bad, word = builder(tmp_path)
    for old, new in ((bad, good), (good, bad)):
        with pytest.raises(CompareInputError) as caught:
            compare(old, new)
        assert caught.value.file == str(bad)
        assert word in str(caught.value)
        assert "\n" not in str(caught.value)


@pytest.mark.parametrize("builder", bad_files.FROM_GOOD, ids=lambda b: b.__name__)
def test_damaged_copy_is_refused(builder, tmp_path, make_pdf):
    good = make_pdf("good.pdf")
    bad, word = builder(tmp_path, good)
    with pytest.raises(CompareInputError) as caught:
        compare(good, bad)
    assert caught.value.file == str(bad) and word in caught.value.problem


def test_type_is_told_by_content_not_name(tmp_path, make_pdf, export_png):
    png = export_png(make_pdf("good.pdf"), dpi=72)
    disguised = tmp_path / "scan.pdf"
    disguised.write_bytes(png.read_bytes())
    assert sniff_kind(disguised.read_bytes()[:1024]) == "png"
    assert compare(disguised, png).identical


def test_pdf_with_only_an_owner_password_opens(tmp_path, make_pdf):
    from pypdf import PdfWriter

    good = make_pdf("good.pdf")
    locked = tmp_path / "locked.pdf"
    writer = PdfWriter(clone_from=str(good))
    writer.encrypt(user_password="", owner_password="owner-only", algorithm="RC4-128")
    with open(locked, "wb") as handle:
        writer.write(handle)
    assert compare(good, locked).identical


def test_page_size_inherited_from_the_page_tree(tmp_path, make_pdf):
    # Some producers (fpdf2 among them) set /MediaBox once on the page tree, not on each page:
    # the page is still A4, not the US Letter a reader assumes when a page has no box.
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    def inherited(source, name):
        writer = PdfWriter(clone_from=PdfReader(source))
        box = writer.pages[0][NameObject("/MediaBox")]
        writer._root_object["/Pages"][NameObject("/MediaBox")] = box
        for page in writer.pages:
            del page[NameObject("/MediaBox")]
        target = tmp_path / name
        with open(target, "wb") as handle:
            writer.write(handle)
        return target

    approved = make_pdf("approved.pdf")
    assert compare(approved, inherited(approved, "same.pdf")).identical
    final = inherited(make_pdf("final.pdf", phone="02 41 88 74 35"), "final-inherited.pdf")
    report = compare(approved, final)
    assert report.new.page_sizes[0] == pytest.approx((595.3, 841.9), abs=0.5)
    [change] = report.changes
    assert change.kind == "text" and change.old_bbox == pytest.approx(change.new_bbox, abs=0.5)
