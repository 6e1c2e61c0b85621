"""The JSON contract of issue 2, key for key."""

from __future__ import annotations

import json

from ownup.compare import compare

TOP_KEYS = {"identical", "old", "new", "pages", "changes"}
FILE_KEYS = {"file", "pages", "sha256"}
PAGE_KEYS = {"old_page", "new_page", "status"}
CHANGE_KEYS = {
    "kind",
    "old_page",
    "new_page",
    "old_bbox",
    "new_bbox",
    "old_text",
    "new_text",
    "summary",
}
KINDS = {
    "text",
    "style",
    "color",
    "image",
    "graphic",
    "moved",
    "page_added",
    "page_removed",
    "page_moved",
}


def test_contract_keys_and_types(make_pdf):
    import hashlib

    old = make_pdf("old.pdf")
    new = make_pdf("new.pdf", phone="02 41 88 74 35", tint=(0.6, 0.35, 0.25))
    data = json.loads(json.dumps(compare(old, new).to_json_dict()))
    assert set(data) >= TOP_KEYS and data["identical"] is False
    for side, path in (("old", old), ("new", new)):
        assert set(data[side]) >= FILE_KEYS
        assert data[side]["pages"] == 1
        assert data[side]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert data[side]["file"] == str(path)
    assert data["pages"] == [{"old_page": 1, "new_page": 1, "status": "changed"}]
    assert len(data["changes"]) == 2
    for change in data["changes"]:
        assert set(change) >= CHANGE_KEYS
        assert change["kind"] in KINDS
        assert change["old_page"] == 1 and change["new_page"] == 1
        for key in ("old_bbox", "new_bbox"):
            x0, y0, x1, y1 = change[key]
            assert 0 <= x0 < x1 <= 595.3 and 0 <= y0 < y1 <= 842
        assert isinstance(change["summary"], str) and change["summary"]
    text = next(c for c in data["changes"] if c["kind"] == "text")
    assert (text["old_text"], text["new_text"]) == ("02 41 88 47 35", "02 41 88 74 35")
    colour = next(c for c in data["changes"] if c["kind"] == "color")
    assert colour["old_text"] is None and colour["delta_e"] > 2


def test_identical_json(make_pdf):
    path = make_pdf("same.pdf")
    data = compare(path, path).to_json_dict()
    assert data["identical"] is True and data["changes"] == []
    assert data["pages"] == [{"old_page": 1, "new_page": 1, "status": "same"}]


def test_boxes_are_from_the_top_left_in_points(make_pdf):
    # The swatch is drawn 60 mm from the bottom of an A4 page: 297 - 60 - 1.5 mm from the top.
    old = make_pdf("old.pdf")
    new = make_pdf("new.pdf", swatch=(0.9, 0.1, 0.1))
    change = compare(old, new).to_json_dict()["changes"][0]
    mm = 72 / 25.4
    x0, y0, x1, y1 = change["new_bbox"]
    assert abs(x0 - 150 * mm) < 3 and abs(y0 - (297 - 61.5) * mm) < 3
    assert abs(x1 - 151.5 * mm) < 3 and abs(y1 - (297 - 60) * mm) < 3
