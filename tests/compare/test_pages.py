"""Pages are paired by content: an inserted, removed or reordered page is reported as such and
does not make the pages after it differ."""

from __future__ import annotations

import itertools

from ownup.compare import compare


def statuses(report) -> list[tuple]:
    return [(p.old_page, p.new_page, p.status) for p in report.pages]


def test_inserted_page(make_book):
    report = compare(make_book("old.pdf", list("ABCD")), make_book("new.pdf", list("ABXCD")))
    assert [c.kind for c in report.changes] == ["page_added"]
    assert report.changes[0].new_page == 3 and report.changes[0].old_page is None
    assert statuses(report) == [
        (1, 1, "same"),
        (2, 2, "same"),
        (None, 3, "added"),
        (3, 4, "same"),
        (4, 5, "same"),
    ]


def test_removed_page(make_book):
    report = compare(make_book("old.pdf", list("ABCDE")), make_book("new.pdf", list("ABDE")))
    assert [(c.kind, c.old_page, c.new_page) for c in report.changes] == [("page_removed", 3, None)]
    assert statuses(report) == [
        (1, 1, "same"),
        (2, 2, "same"),
        (3, None, "removed"),
        (4, 3, "same"),
        (5, 4, "same"),
    ]


def test_reordered_page(make_book):
    report = compare(make_book("old.pdf", list("ABCDEF")), make_book("new.pdf", list("ABEDCF")))
    moved = [(c.old_page, c.new_page) for c in report.changes if c.kind == "page_moved"]
    assert moved and all(report.pages[new - 1].status == "moved" for _, new in moved)
    assert {c.kind for c in report.changes} == {"page_moved"}
    # Every page found its partner: A, B and F in place, C, D, E moved or in place.
    pairs = {(p.old_page, p.new_page) for p in report.pages}
    assert pairs == {(1, 1), (2, 2), (3, 5), (4, 4), (5, 3), (6, 6)}


def test_edited_page_among_insertions_is_still_paired(make_book, tmp_path):
    old = make_book("old.pdf", list("ABC"))
    new = make_book("new.pdf", ["A", "N", "B", "C"])
    report = compare(old, new)
    assert statuses(report)[1] == (None, 2, "added")
    assert sum(1 for p in report.pages if p.status == "same") == 3


def test_changes_on_pages_after_an_insertion_keep_their_page_numbers(tmp_path, make_book):
    from .conftest import plain_page, write_pdf

    old = make_book("old.pdf", list("ABC"))

    def edited_c(canvas):
        plain_page(canvas, "C")
        canvas.drawString(100, 100, "Late addition")

    new = write_pdf(
        tmp_path / "new.pdf",
        [
            lambda c: plain_page(c, "A"),
            lambda c: plain_page(c, "X"),
            lambda c: plain_page(c, "B"),
            edited_c,
        ],
    )
    report = compare(old, new)
    kinds = [(c.kind, c.old_page, c.new_page) for c in report.changes]
    assert ("page_added", None, 2) in kinds
    assert ("text", 3, 4) in kinds
    assert len(kinds) == 2, kinds


def test_long_documents_use_the_process_pool_and_stay_correct(make_book):
    labels = [f"P{k}" for k in range(30)]
    edited = [*labels[:10], "NEW", *labels[10:]]
    done: list[tuple[int, int]] = []
    from ownup.compare import CompareOptions

    report = compare(
        make_book("old.pdf", labels),
        make_book("new.pdf", edited),
        CompareOptions(workers=2, on_progress=lambda d, t: done.append((d, t))),
    )
    assert [(c.kind, c.new_page) for c in report.changes] == [("page_added", 11)]
    assert done and done[-1][0] == done[-1][1]
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(done))
