from datetime import datetime, timedelta

import pytest

from ownup.playbook.consequences import Consequences, Severity
from ownup.playbook.disclosure import (
    Advice,
    DisclosurePolicy,
    advise,
    countdown,
    is_overdue,
)
from ownup.playbook.incident import Discoverer, IncidentFacts

NOW = datetime(2026, 9, 6, 9, 0)


def facts(**kw):
    base = {"what_happened": "Wrong opening hours on page 4", "discovered_at": NOW}
    base.update(kw)
    return IncidentFacts(**base)


def test_found_by_me_nothing_urgent_gives_tell_by_at_the_limit_with_solution():
    advice = advise(facts(), Consequences(), Severity.MODERATE, NOW)
    assert advice.advice is Advice.TELL_BY
    assert advice.deadline == NOW + timedelta(hours=24)
    assert advice.headline("en") == (
        "Tell the client by Monday 7 September at 09:00, with your solution."
    )
    assert advice.headline("fr") == (
        "Prévenez le client d'ici lundi 7 septembre à 9 h 00, avec votre solution."
    )
    assert advice.explain("en")[1] == "Never later than 1 day after the discovery."
    assert [r.code for r in advice.reasons] == ["time_for_solution", "limit"]


def test_the_limit_is_configurable():
    policy = DisclosurePolicy(max_delay=timedelta(hours=8))
    advice = advise(facts(), Consequences(), Severity.MINOR, NOW, policy)
    assert advice.deadline == NOW + timedelta(hours=8)


def test_client_found_it_means_tell_now():
    advice = advise(facts(discovered_by=Discoverer.CLIENT), Consequences(), Severity.MINOR, NOW)
    assert advice.advice is Advice.TELL_NOW
    assert advice.reasons[0].code == "client_knows"
    assert advice.deadline == NOW + timedelta(hours=1)
    assert advice.headline("fr") == "Prévenez le client maintenant."


@pytest.mark.parametrize(
    ("kw", "cons", "severity", "code"),
    [
        (
            {"discovered_by": Discoverer.THIRD_PARTY},
            Consequences(),
            Severity.MINOR,
            "found_outside",
        ),
        ({"reached_client": True}, Consequences(), Severity.MINOR, "reached_client"),
        ({}, Consequences(harm_grows_hourly=True), Severity.MINOR, "harm_grows"),
        ({}, Consequences(date_at_stake=NOW + timedelta(hours=50)), Severity.MINOR, "date_close"),
        ({}, Consequences(), Severity.CRITICAL, "critical"),
    ],
)
def test_each_urgent_reason_triggers_tell_now(kw, cons, severity, code):
    advice = advise(facts(**kw), cons, severity, NOW)
    assert advice.advice is Advice.TELL_NOW
    assert code in [r.code for r in advice.reasons]


def test_tell_by_leaves_a_margin_before_the_date_at_stake():
    date = NOW + timedelta(hours=60)
    policy = DisclosurePolicy(close_date_window=timedelta(hours=24))
    advice = advise(facts(), Consequences(date_at_stake=date), Severity.MINOR, NOW, policy)
    assert advice.advice is Advice.TELL_BY
    assert advice.deadline == date - timedelta(hours=48)
    assert advice.reasons[-1].code == "before_date"


def test_opened_after_the_limit_is_tell_now():
    old = facts(discovered_at=NOW - timedelta(hours=30))
    advice = advise(old, Consequences(), Severity.MINOR, NOW)
    assert advice.advice is Advice.TELL_NOW
    assert advice.deadline > NOW


def test_hiding_is_never_offered():
    advice = advise(facts(), Consequences(), Severity.MINOR, NOW)
    assert set(Advice) == {Advice.TELL_NOW, Advice.TELL_BY}
    assert "not an option" in advice.never_hide("en")
    assert "pas une option" in advice.never_hide("fr")


def test_countdown_and_overdue():
    deadline = NOW + timedelta(hours=3)
    c = countdown(deadline, NOW)
    assert not c.overdue and c.text("en") == "3 h left to tell the client"
    late = countdown(deadline, NOW + timedelta(hours=5))
    assert late.overdue and late.text("fr") == "En retard de 2 h"
    assert is_overdue(deadline, NOW + timedelta(hours=5))
    assert not is_overdue(deadline, NOW + timedelta(hours=5), informed_at=NOW)
    assert countdown(deadline, NOW, informed_at=NOW).text("en") == "Client informed."


def test_policy_rejects_nonsense():
    with pytest.raises(ValueError):
        DisclosurePolicy(max_delay=timedelta(0))


def test_tell_now_window_respects_the_limit_but_never_vanishes():
    near = facts(
        discovered_by=Discoverer.CLIENT, discovered_at=NOW - timedelta(hours=23, minutes=30)
    )
    advice = advise(near, Consequences(), Severity.MINOR, NOW)
    assert advice.deadline == NOW + timedelta(minutes=30)  # the 24 h limit comes first
    late = facts(discovered_by=Discoverer.CLIENT, discovered_at=NOW - timedelta(hours=30))
    assert advise(late, Consequences(), Severity.MINOR, NOW).deadline == NOW + timedelta(hours=1)
