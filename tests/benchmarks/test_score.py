"""The scorer counts a miss as a miss, a spurious report as spurious, and a right one as right."""

from score import aggregate, at_place, score_pair, wording_right

PHONE = {
    "kind": "text",
    "subkind": "phone_digit_swap",
    "accept_kinds": ["text"],
    "old_page": 1,
    "new_page": 1,
    "old_bbox": [100.0, 700.0, 170.0, 710.0],
    "new_bbox": [100.0, 700.0, 170.0, 710.0],
    "old_area": [50.0, 700.0, 500.0, 710.0],
    "new_area": [50.0, 700.0, 500.0, 710.0],
    "old_words": ["47"],
    "new_words": ["74"],
}
TINT = {
    "kind": "color",
    "subkind": "fill_tint",
    "accept_kinds": ["color"],
    "old_page": 2,
    "new_page": 2,
    "old_bbox": [0.0, 770.0, 595.0, 842.0],
    "new_bbox": [0.0, 770.0, 595.0, 842.0],
    "old_area": [0.0, 770.0, 595.0, 842.0],
    "new_area": [0.0, 770.0, 595.0, 842.0],
    "old_words": [],
    "new_words": [],
}
REMOVED = {
    "kind": "page_removed",
    "subkind": "page_removed",
    "accept_kinds": ["page_removed"],
    "old_page": 3,
    "new_page": None,
    "old_bbox": None,
    "new_bbox": None,
}


def reported(kind, page, box, old_text=None, new_text=None, new_page=None):
    return {
        "kind": kind,
        "old_page": page,
        "new_page": new_page or page,
        "old_bbox": box,
        "new_bbox": box,
        "old_text": old_text,
        "new_text": new_text,
        "summary": "",
    }


def record(changes, name="pair", category="changed"):
    return {"name": name, "category": category, "producer": "reportlab", "changes": changes}


def test_a_change_reported_on_the_box_with_the_right_words_is_found():
    rep = reported("text", 1, [98, 699, 175, 711], "02 41 88 47 35", "02 41 88 74 35")
    outcome = score_pair(record([PHONE]), {"changes": [rep]})
    assert outcome["changes"][0] == {
        "kind": "text",
        "subkind": "phone_digit_swap",
        "place": True,
        "kind_ok": True,
        "reported_kinds": ["text"],
        "wording": True,
    }
    assert outcome["spurious"] == []


def test_nothing_reported_is_a_miss():
    outcome = score_pair(record([PHONE, TINT]), {"changes": []})
    assert [c["place"] for c in outcome["changes"]] == [False, False]
    summary = aggregate([record([PHONE, TINT])], {"pair": outcome})["summary"]
    assert summary["injected"] == 2 and summary["recall_place"] == 0.0


def test_a_report_elsewhere_is_a_miss_and_spurious():
    far = reported("text", 1, [300, 100, 340, 110], "a", "b")
    outcome = score_pair(record([PHONE]), {"changes": [far]})
    assert not outcome["changes"][0]["place"]
    assert outcome["spurious"] == [far]
    summary = aggregate([record([PHONE])], {"pair": outcome})["summary"]
    assert summary["precision"] == 0.0


def test_the_right_box_on_the_wrong_page_is_a_miss():
    wrong_page = reported("text", 2, [98, 699, 175, 711], "47", "74")
    assert not at_place(PHONE, wrong_page)


def test_a_box_over_most_of_the_page_finds_nothing():
    everything = reported("text", 1, [0, 0, 595, 842], "47", "74")
    assert not at_place(PHONE, everything)
    assert score_pair(record([PHONE]), {"changes": [everything]})["spurious"] == [everything]


def test_right_place_wrong_kind_counts_for_place_only():
    rep = reported("graphic", 2, [0, 770, 595, 842])
    e = score_pair(record([TINT]), {"changes": [rep]})["changes"][0]
    assert e["place"] and not e["kind_ok"]


def test_wrong_wording_is_reported_as_such():
    rep = reported("text", 1, [98, 699, 175, 711], "02 41 88 47 35", "02 41 88 47 53")
    assert not wording_right(PHONE, rep)
    assert score_pair(record([PHONE]), {"changes": [rep]})["changes"][0]["wording"] is False


def test_a_reflowed_paragraph_reported_whole_is_not_spurious():
    paragraph = reported("text", 1, [50, 690, 500, 760], "x", "y")  # the whole affected area
    outcome = score_pair(record([PHONE]), {"changes": [paragraph]})
    assert outcome["changes"][0]["place"]
    assert outcome["spurious"] == []


def test_page_removed_needs_a_page_level_report_naming_that_page():
    good = {
        "kind": "page_removed",
        "old_page": 3,
        "new_page": None,
        "old_bbox": None,
        "new_bbox": None,
    }
    other = {**good, "old_page": 4}
    assert at_place(REMOVED, good)
    assert not at_place(REMOVED, other)
    assert not at_place(REMOVED, reported("text", 3, [0, 0, 10, 10]))


def test_reports_on_a_no_change_pair_are_false_positives():
    nochange = record([], name="same", category="nochange")
    outcome = score_pair(nochange, {"changes": [reported("graphic", 1, [0, 0, 5, 5])]})
    summary = aggregate([nochange], {"same": outcome})["summary"]
    assert summary["nochange_pairs"] == 1
    assert summary["nochange_pairs_with_reports"] == 1
    assert summary["nochange_reports"] == 1


def test_an_engine_error_misses_every_change():
    outcome = score_pair(record([PHONE, TINT]), {"error": "boom"})
    summary = aggregate([record([PHONE, TINT])], {"pair": outcome})["summary"]
    assert summary["errors"] == 1 and summary["place"] == 0
