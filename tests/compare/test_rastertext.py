"""The OCR comparison's own rules, on readings built by hand (no Tesseract needed)."""

from __future__ import annotations

from ownup.compare.rastertext import _candidates, _carry_edit, _read_less, fold
from ownup.compare.textdiff import Word


def read(text: str, x: float, y: float = 100.0, confidence: float = 95.0) -> Word:
    return Word(text, (x, y, x + 6 * len(text), y + 10), [("ocr", confidence)], line=0)


def layer(text: str, x: float, y: float = 100.0) -> Word:
    return Word(text, (x, y, x + 6 * len(text), y + 10), [], line=0)


def test_fold_forgets_what_ocr_confuses_but_not_a_dropped_accent():
    assert fold("pièces") == fold("piéces")
    assert fold("Épicé") == fold("Epicé")
    assert fold("cœur — l’été") == fold("coeur - l'été")
    assert fold("Velouté") != fold("Veloute")
    assert fold("17,90") != fold("17,96")


def test_words_read_in_another_order_at_the_same_place_are_not_candidates():
    old = [read("Menu", 10), read("24,00", 200), read("€", 240)]
    new = [read("24,00", 200), read("€", 240), read("Menu", 10)]
    assert _candidates(old, new) == []


def test_a_changed_word_is_one_candidate_with_both_readings():
    old = [read("Adult", 10), read("ticket", 50), read("12.50", 100)]
    new = [read("Adult", 10), read("ticket", 50), read("14.50", 100)]
    [(old_words, new_words)] = _candidates(old, new)
    assert [w.text for w in old_words] == ["12.50"]
    assert [w.text for w in new_words] == ["14.50"]


def test_two_words_swapped_on_a_line_are_one_candidate():
    old = [read("Fermé", 10), read("dimanche", 50), read("et", 110), read("lundi", 130)]
    new = [read("Fermé", 10), read("et", 50), read("dimanche", 68), read("lundi", 130)]
    [(old_words, new_words)] = _candidates(old, new)
    # The word the other went past belongs to the change: the swap reads whole on each side.
    assert [w.text for w in old_words] == ["dimanche", "et"]
    assert [w.text for w in new_words] == ["et", "dimanche"]


def test_a_word_read_in_another_order_beside_an_edit_is_not_part_of_it():
    # Tesseract read the price before the label on the new side (same place, another order),
    # and the next word was edited: the price is no part of the edit.
    old = [read("Menu", 10), read("24,00", 40), read("midi", 75)]
    new = [read("24,00", 41), read("Menu", 10), read("soir", 75)]
    [(old_words, new_words)] = _candidates(old, new)
    assert [w.text for w in old_words] == ["midi"]
    assert [w.text for w in new_words] == ["soir"]


def test_specks_read_with_low_confidence_are_no_candidates():
    old = [read("Menu", 10)]
    new = [read("Menu", 10), read("ie", 300, confidence=50.0)]
    assert _candidates(old, new) == []


def test_a_reading_that_lost_part_of_the_text_layer_is_not_a_change():
    words = [layer("www.atelier.fr", 10), layer("bonjour@atelier.fr", 120)]
    assert _read_less(words, [read("bonjour@atelier.", 120), read("fr", 200)])
    assert not _read_less(words, [read("bonjour@ateiler.fr", 120)])
    assert not _read_less(None, [read("anything", 10)])


def test_a_misreading_on_both_sides_is_undone_in_the_new_wording():
    # OCR reads û as i on both images; the layer says "brûlée"; the image lost an accent.
    assert _carry_edit("brilée", "brûlée", "brilee") == "brûlee"
    assert _carry_edit("d'ongine 17,90", "d'origine 17,90", "d'ongine 17,96") == "d'origine 17,96"
    # Read right on the old side: the new reading stands as it is.
    assert _carry_edit("Velouté", "Velouté", "Veloute") == "Veloute"
    # A misreading next to the edit: no telling them apart, the new reading stands.
    assert _carry_edit("brilée", "brûlée", "brfilée") == "brfilée"


def test_a_reading_with_a_mark_the_text_layer_lacks_is_not_a_lost_part():
    # OCR losing a full stop is reading less; a semicolon read after a word is reading more.
    assert not _read_less([layer("Liste", 10)], [read("Liste;", 10)])
    assert _read_less([layer("British.", 10)], [read("British", 10)])
