"""What re-distillers do to a text layer, and how the engine reads past it."""

from __future__ import annotations

from ownup.compare.inputs import UNKNOWN_CHAR, _unswapped
from ownup.compare.textdiff import Word, compare_words, style_difference

STYLE = ("Helvetica", 10.0, 400, False, (0, 0, 0))


def codes(text: str) -> list[int]:
    return [ord(char) for char in text]


def words(text: str, style: tuple = STYLE) -> list[Word]:
    return [
        Word(word, (40.0 * i, 100.0, 40.0 * i + 30, 110.0), [style], line=0)
        for i, word in enumerate(text.split())
    ]


def test_ligatures_with_swapped_bytes_read_as_their_letters():
    # Ghostscript writes "ff" and "fi" ligatures' Unicode byte-swapped: U+6600, U+6900.
    assert "".join(map(chr, _unswapped(codes("tu\u6600\u6600eau")))) == "tuffeau"
    assert "".join(map(chr, _unswapped(codes("modi\u6600\u6900cations")))) == "modifications"
    # Real CJK text (U+4E00 has the same shape) is left alone.
    assert _unswapped(codes("\u4e00\u4e8c")) == codes("\u4e00\u4e8c")


def test_a_font_that_lost_its_name_is_no_font_change():
    renamed = ("Anonymous", 10.0, 400, False, (0, 0, 0))
    unnamed = ("", 10.0, 400, False, (0, 0, 0))
    assert style_difference(STYLE, renamed, 2.0)[0] == ""
    assert style_difference(STYLE, unnamed, 2.0)[0] == ""
    other = ("Times-Roman", 10.0, 400, False, (0, 0, 0))
    assert "Times-Roman" in style_difference(STYLE, other, 2.0)[0]


def test_words_in_a_nameless_font_are_left_to_their_glyphs():
    uncertain: list = []
    changes = compare_words(
        words("Ventes 2026"),
        words("Ventes 2026", ("", 10.0, 400, False, (0, 0, 0))),
        2.0,
        uncertain=uncertain,
    )
    assert changes == []
    assert [(a.text, b.text) for a, b in uncertain] == [("Ventes", "Ventes"), ("2026", "2026")]


def test_an_unreadable_character_does_not_widen_a_nearby_edit():
    # "€" became unreadable after a re-distill, one word from a real edit: the edit stays
    # "42" → "45", and the unreadable sign is left to the pixels.
    uncertain: list = []
    old = words("(milliers €) 31 42 38")
    new = words(f"(milliers {UNKNOWN_CHAR}) 31 45 38")
    [change] = compare_words(old, new, 2.0, uncertain=uncertain)
    assert "€" not in change.old_text and "42" in change.old_text and "45" in change.new_text
    assert [a.text for a, _ in uncertain] == ["€)"]
