"""Service rules that are easy to get wrong: promised times fall in working hours, and a
comparison's changes read as facts."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from ownup.web.incidents.services import changes_as_facts, working_time

PARIS = ZoneInfo("Europe/Paris")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 9, day, hour, minute, tzinfo=PARIS)  # 7 Sept 2026 is a Monday


def test_promises_land_in_working_hours():
    assert working_time(at(8, 10, 0)) == at(8, 10, 0)
    assert working_time(at(8, 10, 20)) == at(8, 11)
    assert working_time(at(8, 5, 37)) == at(8, 9)
    assert working_time(at(8, 18, 30)) == at(9, 9)
    assert working_time(at(11, 19)) == at(14, 9)  # Friday evening -> Monday morning
    assert working_time(at(12, 12)) == at(14, 9)  # Saturday -> Monday


def test_changes_become_facts_with_their_page():
    changes = [
        {"kind": "text", "new_page": 1, "summary": "texte modifié : « 30 » → « 00 »"},
        {"kind": "image", "old_page": 2, "new_page": None, "summary": ""},
    ]
    text = changes_as_facts(changes, "fr")
    assert text.splitlines() == [
        "Le fichier diffère de la version approuvée en 2 endroits :",
        "- page 1 : texte modifié : « 30 » → « 00 »",
        "- page 2 : image",
    ]
    assert changes_as_facts([], "en") == ""
