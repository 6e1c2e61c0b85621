from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from ownup.playbook.postmortem import (
    FollowUpTask,
    PostMortem,
    TaskKind,
    tasks_to_ics,
    to_markdown,
    to_pdf,
)
from ownup.playbook.timeline import Stage, Timeline

T0 = datetime(2026, 9, 7, 9, 0)


def timeline():
    return Timeline(
        {
            Stage.DETECTED: T0,
            Stage.CLIENT_INFORMED: T0 + timedelta(hours=2),
            Stage.REMEDY_AGREED: T0 + timedelta(hours=3),
            Stage.REMEDY_DELIVERED: T0 + timedelta(days=3),
        }
    )


def test_timeline_durations_and_stages():
    t = timeline()
    assert t.time_to_inform == timedelta(hours=2)
    assert t.time_to_resolve == timedelta(days=3)
    assert t.current is Stage.REMEDY_DELIVERED
    assert t.next_stage is Stage.CLOSED
    closed = t.with_stage(Stage.CLOSED, T0 + timedelta(days=4))
    assert closed.next_stage is None
    assert Stage.CLIENT_INFORMED.label("fr") == "Client informé"


def test_timeline_refuses_impossible_orders():
    with pytest.raises(ValueError, match="cannot come before"):
        Timeline({Stage.DETECTED: T0, Stage.CLIENT_INFORMED: T0 - timedelta(hours=1)})
    with pytest.raises(ValueError, match="starts with the detection"):
        Timeline({Stage.CLOSED: T0})


def postmortem():
    return PostMortem(
        title="Brochure printed with wrong opening hours",
        summary="300 brochures printed from a file changed after approval.",
        whys=(
            "The printed text differs from the approved proof.",
            "I changed a text block after the approval.",
            "Nothing stops a changed file from going to print without a new approval.",
        ),
        contributing_factors=(
            "The change was made late in the evening, six days before the fair.",
        ),
        prevention_actions=("Every print job goes through the release gate.",),
        cost_money=Decimal("450"),
        cost_hours=Decimal("6.5"),
        timeline=timeline(),
        tasks=(
            FollowUpTask("Reprint delivered", "Léa", date(2026, 9, 10), TaskKind.CORRECTIVE),
            FollowUpTask("Turn on the release gate", "Léa", date(2026, 9, 14), TaskKind.PREVENTIVE),
            FollowUpTask("Old task", "Léa", date(2026, 9, 1), done=True),
        ),
    )


def test_root_cause_is_the_last_why_and_needs_one():
    assert postmortem().root_cause.startswith("Nothing stops a changed file")
    with pytest.raises(ValueError):
        PostMortem("t", "s", whys=("  ",))


def test_markdown_in_both_languages():
    en = to_markdown(postmortem(), "en")
    assert en.startswith("# Post-mortem: Brochure printed")
    assert "3. Why? Nothing stops" in en
    assert "**Root cause:** Nothing stops" in en
    assert "- Every print job goes through the release gate." in en
    assert "- Money: €450" in en and "- Time: 6.5 h" in en
    assert "Time to inform the client: 2 h" in en
    assert "- [x] Old task" in en
    fr = to_markdown(postmortem(), "fr")
    assert "## Cause racine" in fr and "Pourquoi ?" in fr
    assert "Argent: 450 €" in fr and "6,5 h" in fr


def test_pdf_is_a_real_pdf_with_the_content(tmp_path):
    data = to_pdf(postmortem(), "fr")
    assert data.startswith(b"%PDF-")
    path = tmp_path / "pm.pdf"
    path.write_bytes(data)
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Cause racine" in text
    assert "release gate" in text
    assert "Old task — Léa" in text and "faite" in text


def test_pdf_keeps_arrows_and_quotes_from_comparison_facts(tmp_path):
    from dataclasses import replace

    pm = replace(postmortem(), summary="page 1 : texte modifié : « 18 h 30 » → « 18 h 00 »")
    path = tmp_path / "pm.pdf"
    path.write_bytes(to_pdf(pm, "fr"))
    text = PdfReader(path).pages[0].extract_text()
    assert "« 18 h 30 » → « 18 h 00 »" in text


def test_ics_has_one_event_per_open_task_with_reminder():
    data = tasks_to_ics(postmortem().tasks, "en", stamp=T0)
    cal = Calendar.from_ical(data)
    events = list(cal.walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == ["Reprint delivered", "Turn on the release gate"]
    assert events[1].decoded("dtstart") == date(2026, 9, 14)
    assert "Owner: Léa" in str(events[0]["description"])
    alarms = list(events[0].walk("VALARM"))
    assert alarms and alarms[0].decoded("trigger") == -timedelta(days=1)


def test_task_overdue():
    task = FollowUpTask("x", "me", date(2026, 9, 1))
    assert task.is_overdue(date(2026, 9, 2))
    assert not task.is_overdue(date(2026, 9, 1))
