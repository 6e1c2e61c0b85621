from datetime import date, datetime, timedelta

import pytest

from ownup.playbook.incident import Discoverer, IncidentFacts, Origin, facts_from_changes
from ownup.playbook.text import (
    format_date,
    format_datetime,
    format_duration,
    format_money,
    normalise_lang,
)


def test_languages_and_dates():
    assert normalise_lang("fr-FR") == "fr" and normalise_lang(None) == "en"
    assert format_date(date(2026, 9, 1), "fr") == "mardi 1er septembre"
    assert format_datetime(datetime(2026, 9, 12, 8, 5), "en") == "Saturday 12 September at 08:05"
    assert format_datetime(datetime(2026, 9, 12, 8, 5), "fr") == "samedi 12 septembre à 8 h 05"


def test_durations():
    assert format_duration(timedelta(minutes=45)) == "45 min"
    assert format_duration(timedelta(hours=1, minutes=20)) == "1 h 20 min"
    assert format_duration(timedelta(hours=7, minutes=20)) == "7 h"
    assert format_duration(timedelta(days=2, hours=3), "fr") == "2 jours"
    assert format_duration(timedelta(seconds=-5)) == "0 min"


def test_money():
    assert format_money(1450, "EUR", "en") == "€1,450"
    assert format_money(1450.5, "EUR", "fr") == "1\u202f450,50 €"


def test_client_discovery_implies_knowing_and_reaching():
    facts = IncidentFacts("x", datetime(2026, 9, 7), Discoverer.CLIENT)
    assert facts.client_knows and facts.reached_client
    assert Discoverer.THIRD_PARTY.is_outside and not Discoverer.MY_TEAM.is_outside
    assert Discoverer.MY_TEAM.label("fr") == "mon équipe"
    assert Origin.RELEASE_GATE.label("en") == "opened from a refused release"
    with pytest.raises(ValueError):
        IncidentFacts("  ", datetime(2026, 9, 7))


def test_facts_from_a_comparison():
    text = facts_from_changes(["page 4: text changed", "page 6: image moved"], "fr")
    assert text.splitlines() == [
        "Le fichier diffère de la version approuvée en 2 endroits :",
        "- page 4: text changed",
        "- page 6: image moved",
    ]
    with pytest.raises(ValueError):
        facts_from_changes([])
