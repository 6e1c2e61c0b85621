from datetime import datetime, timedelta

import pytest

from ownup.playbook.contacts import (
    Channel,
    ContactEntry,
    Direction,
    answered_by,
    escalation_level,
    escalations_due,
    parse_steps,
    short_name,
    waiting_banner,
    waiting_list,
    waiting_state,
)

AT = datetime(2026, 9, 7, 9, 0)


def call(at=AT, client="acme", answered_at=None, direction=Direction.INCOMING):
    return ContactEntry(client, "Claire Martin", Channel.CALL, direction, at, "", answered_at)


def test_banner_text_in_both_languages():
    assert waiting_banner("Claire Martin", Channel.CALL, timedelta(hours=3), "en") == (
        "C. Martin called 3 h ago — not answered yet"
    )
    assert waiting_banner("Claire Martin", Channel.CALL, timedelta(hours=3), "fr") == (
        "C. Martin a appelé il y a 3 h — pas encore de réponse"
    )
    assert "emailed 45 min ago" in waiting_banner("Bo", Channel.EMAIL, timedelta(minutes=45))
    assert "called 1 h ago" in waiting_banner("Bo", Channel.CALL, timedelta(minutes=119))


def test_short_names():
    assert short_name("Claire Martin") == "C. Martin"
    assert short_name("Jean-Paul de la Tour") == "J.-P. de la Tour"
    assert short_name("Madonna") == "Madonna"


def test_escalation_steps_default_and_configurable():
    assert [escalation_level(timedelta(hours=h)) for h in (0.5, 1, 2.9, 3, 6, 23, 24, 90)] == [
        0, 1, 1, 2, 3, 3, 4, 4,
    ]  # fmt: skip
    steps = parse_steps("0.5, 2")
    assert escalation_level(timedelta(hours=1), steps) == 1
    with pytest.raises(ValueError, match="increasing"):
        parse_steps("3,1")
    with pytest.raises(ValueError, match="hours separated by commas"):
        parse_steps("soon")


def test_waiting_state_and_next_step():
    state = waiting_state(call(), AT + timedelta(hours=2))
    assert state.level == 1
    assert state.next_step_at == AT + timedelta(hours=3)
    assert state.banner("en") == "C. Martin called 2 h ago — not answered yet"
    last = waiting_state(call(), AT + timedelta(hours=30))
    assert last.level == 4 and last.next_step_at is None


def test_answered_or_outgoing_contacts_do_not_wait():
    assert (
        waiting_state(call(answered_at=AT + timedelta(minutes=5)), AT + timedelta(hours=5)) is None
    )
    assert waiting_state(call(direction=Direction.OUTGOING), AT + timedelta(hours=5)) is None


def test_an_outgoing_contact_answers_earlier_waiting_ones_of_the_same_client():
    first = call()
    other_client = call(client="globex")
    later = call(at=AT + timedelta(hours=4))
    answer = call(at=AT + timedelta(hours=2), direction=Direction.OUTGOING)
    assert answered_by([first, other_client, later], answer) == [first]
    assert answered_by([first], call(at=AT + timedelta(hours=2))) == []


def test_escalation_notifies_once_per_new_level():
    entry = call()
    assert escalations_due(entry, AT + timedelta(minutes=30), 0) is None
    assert escalations_due(entry, AT + timedelta(hours=1, minutes=1), 0) == 1
    assert escalations_due(entry, AT + timedelta(hours=2), 1) is None
    assert escalations_due(entry, AT + timedelta(hours=7), 1) == 3


def test_waiting_list_longest_first():
    a, b = call(at=AT), call(at=AT + timedelta(hours=2))
    states = waiting_list([b, a, call(answered_at=AT)], AT + timedelta(hours=3))
    assert [s.entry for s in states] == [a, b]
