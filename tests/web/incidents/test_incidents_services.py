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
        {"kind": "text", "new_page": 1, "old_text": "18 h 30", "new_text": "18 h 00"},
        {"kind": "image", "old_page": 2, "new_page": None, "summary": ""},
    ]
    text = changes_as_facts(changes, "fr")
    assert text.splitlines() == [
        "Le fichier diffère de la version approuvée en 2 endroits :",
        "- page 1 : texte modifié : « 18 h 30 » → « 18 h 00 »",
        "- page 2 : image",
    ]
    assert changes_as_facts([], "en") == ""


def test_facts_are_in_the_readers_language_whatever_the_comparison_ran_in():
    changes = [
        {
            "kind": "text",
            "new_page": 1,
            "old_text": "47 35",
            "new_text": "74 35",
            "summary": "text changed: “47 35” → “74 35”",
        },
        {"kind": "color", "new_page": 1, "summary": "colour changed #216b8f → #297396 (ΔE 2.9)"},
    ]
    french = changes_as_facts(changes, "fr", source_lang="en").splitlines()
    assert french[1:] == ["- page 1 : texte modifié : « 47 35 » → « 74 35 »", "- page 1 : couleur"]
    english = changes_as_facts(changes, "en", source_lang="en").splitlines()
    assert english[2] == "- page 1: colour changed #216b8f → #297396 (ΔE 2.9)"
