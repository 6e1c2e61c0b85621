from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from ownup.playbook.remedies import Effort, RemedyKind, RemedyOption, rank_remedies

NOW = datetime(2026, 9, 6, 9, 0)
EVENT = NOW + timedelta(days=6)


def option(title, days, cost, effort, harm, kind=RemedyKind.OTHER):
    return RemedyOption(title, timedelta(days=days), Decimal(cost), effort, harm, kind)


def test_effortless_for_the_client_comes_before_cheap():
    reprint = option("Reprint", 3, 450, Effort.NONE, 100, RemedyKind.REPRINT)
    sticker = option("Sticker", 1, 40, Effort.HIGH, 80, RemedyKind.STICKER)
    ranked = rank_remedies([sticker, reprint], NOW, EVENT)
    assert [r.option.title for r in ranked] == ["Reprint", "Sticker"]
    assert ranked[0].rank == 1 and ranked[0].in_time is True
    assert ranked[0].reasons[1].code == "ahead_effort"
    assert "asks less of the client" in ranked[0].explain("en")[1]
    assert "moins d'effort" in ranked[0].explain("fr")[1]


def test_arriving_after_the_date_at_stake_goes_last():
    late = option("Reprint abroad", 10, 200, Effort.NONE, 100)
    sticker = option("Sticker", 1, 40, Effort.HIGH, 80)
    ranked = rank_remedies([late, sticker], NOW, EVENT)
    assert [r.option.title for r in ranked] == ["Sticker", "Reprint abroad"]
    assert ranked[0].reasons[1].code == "ahead_in_time"
    assert ranked[1].in_time is False
    assert "after the date at stake" in ranked[1].explain("en")[0]


def test_then_speed_then_harm_then_cost():
    fast = option("A", 1, 100, Effort.LOW, 50)
    slow = option("B", 2, 10, Effort.LOW, 100)
    assert rank_remedies([slow, fast], NOW)[0].reasons[1].code == "ahead_speed"
    more = option("C", 1, 100, Effort.LOW, 90)
    assert rank_remedies([fast, more], NOW)[0].option.title == "C"
    cheap = option("D", 1, 10, Effort.LOW, 90)
    ranked = rank_remedies([more, cheap], NOW)
    assert ranked[0].option.title == "D" and ranked[0].reasons[1].code == "ahead_cost"
    assert rank_remedies([cheap, cheap], NOW)[0].reasons[1].code == "tie"


def test_summary_in_both_languages():
    ranked = rank_remedies([option("Reprint", 3, 450, Effort.NONE, 100)], NOW, EVENT)
    assert ranked[0].explain("en") == [
        "Ready in 3 days, before the date at stake; asks nothing of the client; undoes 100% "
        "of the harm; costs you €450."
    ]
    assert ranked[0].explain("fr") == [
        "Prête en 3 jours, avant la date en jeu ; ne demande rien au client ; répare 100 % "
        "du préjudice ; vous coûte 450 €."
    ]
    assert len(ranked[0].reasons) == 1


def test_invalid_options_are_refused():
    with pytest.raises(ValueError):
        option("X", 1, 10, Effort.LOW, 120)
    with pytest.raises(ValueError):
        option("X", 1, -5, Effort.LOW, 10)
    assert Effort.parse("high") is Effort.HIGH
