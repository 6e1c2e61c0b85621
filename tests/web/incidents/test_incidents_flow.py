"""The incidents app through Django's test client: the record, the assessment, the remedies,
the messages, the contact log and its alarms, the close and exports."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from ownup.web.incidents import services
from ownup.web.incidents.alarms import run_alarms
from ownup.web.incidents.models import ContactLogEntry, EventKind, Incident
from ownup.web.mail.models import OutboxMessage

pytestmark = pytest.mark.django_db


def test_open_from_scratch_creates_the_record_and_timeline(client, studio):
    client.force_login(studio.owner)
    response = client.post(
        reverse("incidents:new"),
        {
            "title": "Wrong hours on the brochure",
            "client": studio.company.pk,
            "contact": studio.contact.pk,
            "what_happened": "Opening hours on page 4 are wrong.",
            "discovered_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            "discovered_by": "me",
            "causes": "I changed the text after approval.",
        },
    )
    incident = Incident.objects.get(title="Wrong hours on the brochure")
    assert response.status_code == 302
    assert response["Location"] == reverse("incidents:consequences", args=[incident.pk])
    assert incident.workspace == studio.workspace
    assert incident.origin == "scratch"
    assert list(incident.events.values_list("kind", flat=True)) == [EventKind.DETECTED]


def test_consequences_give_severity_advice_and_a_countdown(client, studio, incident):
    client.force_login(studio.member)
    event = timezone.localtime() + timedelta(days=5)
    response = client.post(
        reverse("incidents:consequences", args=[incident.pk]),
        {
            "affects_client": "on",
            "affects_public": "on",
            "deadline_rating": 3,
            "deadline_note": "the brochures cannot be handed out at the fair",
            "image_rating": 2,
            "economic_rating": 0,
            "organisational_rating": 1,
            "financial_rating": 0,
            "date_at_stake": event.strftime("%Y-%m-%dT%H:%M"),
            "date_at_stake_label": "your trade fair",
        },
    )
    assert response.status_code == 302
    incident.refresh_from_db()
    assert incident.severity == 4  # high + public + close date
    assert incident.advice == "tell_by" or incident.advice == "tell_now"
    assert incident.disclosure_deadline is not None
    page = client.get(reverse("incidents:disclosure", args=[incident.pk]))
    html = page.content.decode()
    assert "data-deadline=" in html
    assert "Hiding it is not an option" in html
    assert "critical" in html


def test_client_already_knows_means_tell_now(client, studio, incident):
    incident.client_knows = True
    incident.save()
    client.force_login(studio.owner)
    client.post(
        reverse("incidents:consequences", args=[incident.pk]),
        {"affects_client": "on", **{f"{d}_rating": 0 for d in (
            "economic", "organisational", "financial", "deadline", "image")}},
    )  # fmt: skip
    incident.refresh_from_db()
    assert incident.advice == "tell_now"
    assert incident.disclosure_deadline <= timezone.now() + timedelta(hours=1)
    html = client.get(reverse("incidents:disclosure", args=[incident.pk])).content.decode()
    assert "Tell the client now." in html


def test_deadline_never_moves_later_on_reassessment(studio, incident):
    services.record_assessment(incident, studio.owner, "en")
    first = incident.disclosure_deadline
    incident.discovered_at = timezone.now()
    incident.save()
    services.record_assessment(incident, studio.owner, "en")
    assert incident.disclosure_deadline == first


def test_remedies_are_ranked_and_chosen(client, studio, incident):
    client.force_login(studio.owner)
    url = reverse("incidents:remedies", args=[incident.pk])
    client.post(url, {"kind": "sticker", "title": "Corrective sticker", "hours_to_deliver": 24,
                      "cost": 40, "client_effort": 2, "harm_undone": 70})  # fmt: skip
    client.post(url, {"kind": "reprint", "title": "Reprint at my cost", "hours_to_deliver": 72,
                      "cost": 450, "client_effort": 0, "harm_undone": 100})  # fmt: skip
    html = client.get(url).content.decode()
    assert html.index("Reprint at my cost") < html.index("Corrective sticker")
    assert "it asks less of the client" in html
    reprint = incident.remedies.get(kind="reprint")
    response = client.post(url, {"choose": reprint.pk})
    assert response["Location"] == reverse("incidents:calm", args=[incident.pk])
    incident.refresh_from_db()
    assert incident.chosen_remedy == reprint


def test_calm_screen_shows_the_track_record(client, studio, incident):
    client.force_login(studio.owner)
    html = client.get(reverse("incidents:calm", args=[incident.pk])).content.decode()
    assert "1 incident in 0 deliveries this year" in html
    assert 'id="breathe"' in html and "breathe.js" in html
    client.cookies.load({"django_language": "fr"})
    html = client.get(
        reverse("incidents:calm", args=[incident.pk]), HTTP_ACCEPT_LANGUAGE="fr"
    ).content.decode()
    assert "1 incident sur 0 livraison cette année" in html


def test_messages_are_generated_in_the_clients_language_and_sent(client, studio, incident):
    incident.remedies.create(
        workspace=incident.workspace, kind="reprint", title="Reprint", hours_to_deliver=48,
        cost=450, client_effort=0, harm_undone=100,
    )  # fmt: skip
    services.choose_remedy(incident, incident.remedies.get().pk, studio.owner)
    client.force_login(studio.owner)
    url = reverse("incidents:messages", args=[incident.pk])
    html = client.get(url).content.decode()
    incident.refresh_from_db()
    assert incident.message_language == "fr"  # Claire Martin prefers French
    assert incident.email_body.startswith("Bonjour Claire Martin,")
    assert "je fais réimprimer les exemplaires corrigés" in incident.email_body
    assert "C'est mon erreur" in incident.email_body
    assert "checker.js" in html and 'id="checker-labels"' in html
    edited = incident.email_body.replace("Bien cordialement", "Bien à vous")
    response = client.post(
        url,
        {
            "send": "1",
            "email_subject": incident.email_subject,
            "email_body": edited,
            "call_script": incident.call_script,
        },
    )
    assert response.status_code == 302
    incident.refresh_from_db()
    assert incident.email_sent_at is not None and incident.informed_at is not None
    sent = OutboxMessage.objects.get(kind="incident_message")
    assert sent.to == "claire@tilleuls.test"
    assert "Bien à vous" in sent.text_body and "&#x27;" not in sent.text_body
    entry = ContactLogEntry.objects.get(direction="out", channel="email")
    assert entry.client == studio.company
    kinds = list(incident.events.values_list("kind", flat=True))
    assert EventKind.EMAIL_SENT in kinds and EventKind.CLIENT_INFORMED in kinds


def test_apology_email_answers_go_to_the_person_who_sent_it(studio, incident, smtp, tasks):
    """The email leaves from the application's address; the client's reply must reach the
    professional who wrote it, not a noreply box."""
    services.send_incident_email(
        incident, studio.member, "Brochures : mon erreur", "Bonjour Claire,\n\nC'est mon erreur."
    )
    tasks()
    (received,) = smtp.wait_for(1)
    assert received["To"] == "claire@tilleuls.test"
    assert received["Reply-To"] == "paul@studio.test"
    assert received["From"] != "paul@studio.test"
    stored = OutboxMessage.objects.get(kind="incident_message")
    assert stored.reply_to == "paul@studio.test"
    client = studio.client_for("owner")
    assert "paul@studio.test" in client.get(f"/mail/outbox/{stored.pk}/").content.decode()


def test_call_marked_done_informs_the_client_and_logs_a_contact(client, studio, incident):
    client.force_login(studio.owner)
    client.post(reverse("incidents:call_done", args=[incident.pk]), {"summary": "Told her."})
    incident.refresh_from_db()
    assert incident.call_done_at and incident.informed_at
    assert ContactLogEntry.objects.filter(channel="call", direction="out").count() == 1


def test_waiting_contact_banner_alarm_and_answer(client, studio, settings):
    settings.LANGUAGE_CODE = "en"
    client.force_login(studio.owner)
    three_hours_ago = timezone.localtime() - timedelta(hours=3, minutes=5)
    client.post(
        reverse("incidents:contacts"),
        {"client": studio.company.pk, "contact": studio.contact.pk, "channel": "call",
         "direction": "in", "at": three_hours_ago.strftime("%Y-%m-%dT%H:%M"),
         "summary": "The brochures differ from the proof"},
    )  # fmt: skip
    entry = ContactLogEntry.objects.get()
    assert entry.waits
    page = client.get(reverse("clients:list")).content.decode()  # any page shows the banner
    assert "C. Martin called 3 h ago — not answered yet" in page
    done = run_alarms()
    assert done["contact_escalations"] == 1
    alarm = OutboxMessage.objects.get(kind="incident_contact_waiting")
    assert alarm.to == "lise@studio.test"
    assert "C. Martin called 3 h ago" in alarm.subject
    assert run_alarms()["contact_escalations"] == 0  # once per level
    client.post(
        reverse("incidents:contact_answer", args=[entry.pk]),
        {"channel": "call", "summary": "Called back, reprint agreed"},
    )
    entry.refresh_from_db()
    assert not entry.waits and entry.answered_by is not None
    assert "not answered yet" not in client.get(reverse("clients:list")).content.decode()


def test_overdue_disclosure_sends_one_reminder_and_shows_a_banner(client, studio, incident):
    incident.disclosure_deadline = timezone.now() - timedelta(hours=2)
    incident.save()
    done = run_alarms()
    assert done["overdue_disclosures"] == 1
    assert OutboxMessage.objects.filter(kind="incident_disclosure_overdue").count() == 1
    assert run_alarms()["overdue_disclosures"] == 0
    client.force_login(studio.owner)
    page = client.get(reverse("incidents:dashboard")).content.decode()
    assert "the client should have been told 2 h ago" in page
    assert "Overdue by 2 h" in page


def test_tasks_ics_and_postmortem_exports(client, studio, incident):
    client.force_login(studio.owner)
    due = (timezone.localdate() + timedelta(days=3)).isoformat()
    client.post(reverse("incidents:tasks", args=[incident.pk]),
                {"title": "Every print job goes through the release gate", "kind": "preventive",
                 "owner": studio.member.pk, "due": due})  # fmt: skip
    ics = client.get(reverse("incidents:tasks_ics", args=[incident.pk]))
    assert ics["Content-Type"].startswith("text/calendar")
    events = list(Calendar.from_ical(ics.content).walk("VEVENT"))
    assert str(events[0]["summary"]) == "Every print job goes through the release gate"
    assert "Paul Girard" in str(events[0]["description"])
    response = client.post(
        reverse("incidents:close", args=[incident.pk]),
        {"why_1": "The printed text differs from the approved proof.",
         "why_2": "I changed a text block after approval.",
         "why_3": "Nothing stopped a changed file from going to print.",
         "contributing_factors": "Late change, six days before the fair.",
         "prevention_actions": "Every print job goes through the release gate.",
         "cost_money": "450", "cost_hours": "6.5", "summary": ""},
    )  # fmt: skip
    assert response.status_code == 302
    incident.refresh_from_db()
    assert incident.status == "closed" and incident.closed_at
    md = client.get(reverse("incidents:postmortem_md", args=[incident.pk])).content.decode()
    assert "**Root cause:** Nothing stopped a changed file from going to print." in md
    pdf = client.get(reverse("incidents:postmortem_pdf", args=[incident.pk]))
    assert pdf.content.startswith(b"%PDF-")
    dashboard = client.get(reverse("incidents:dashboard")).content.decode()
    assert "<svg" in dashboard and "Incidents per month" in dashboard


def test_check_endpoint_returns_the_checkers_json(client, studio):
    pytest.importorskip("ownup.playbook.checker")
    client.force_login(studio.owner)
    url = reverse("incidents:check")
    response = client.post(url, json.dumps({"text": "Sorry if you were upset.", "lang": "en"}),
                           content_type="application/json")  # fmt: skip
    data = response.json()
    assert set(data) >= {"lang", "findings", "missing"}
    assert any(f["label"] == "conditional_apology" for f in data["findings"])
    bad = client.post(url, "not json", content_type="application/json")
    assert bad.status_code == 400
    huge = client.post(url, json.dumps({"text": "a" * 30000}), content_type="application/json")
    assert huge.status_code == 413


def test_open_from_a_client_contact_prefills_the_facts(client, studio):
    client.force_login(studio.owner)
    entry = services.log_contact(
        studio.workspace, studio.owner, client=studio.company,
        contact=studio.contact, channel="call", direction="in",
        summary="The brochures differ from the proof",
    )  # fmt: skip
    html = client.get(reverse("incidents:new") + f"?contact={entry.pk}").content.decode()
    assert "The brochures differ from the proof" in html
    data = {
        "title": "Brochures differ", "client": studio.company.pk,
        "contact": studio.contact.pk, "what_happened": "The brochures differ",
        "discovered_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        "discovered_by": "client", "client_knows": "on", "reached_client": "on",
        "contact_entry": entry.pk,
    }  # fmt: skip
    client.post(reverse("incidents:new"), data)
    incident = Incident.objects.get()
    assert incident.origin == "client_contact"
    entry.refresh_from_db()
    assert entry.incident == incident


def test_open_from_a_comparison_its_changes_become_the_facts(client, studio, tasks):
    from ownup.web.ledger import services as ledger

    from ..helpers import upload

    old = upload(studio, "v3", "brochure-v3.pdf")
    new = upload(studio, "final", "brochure-final.pdf")
    comparison = ledger.start_comparison(old, new, user=studio.owner)
    tasks()
    comparison.refresh_from_db()
    assert comparison.change_count
    client.force_login(studio.member)
    start = client.get(reverse("incidents:new")).content.decode()
    assert f"?comparison={comparison.pk}" in start  # offered as a starting point
    page = client.get(reverse("incidents:new") + f"?comparison={comparison.pk}")
    form = page.context["form"]
    facts = form.initial["what_happened"]
    assert facts.splitlines()[0].endswith(f"{comparison.change_count} places:")
    assert facts.splitlines()[1].startswith("- page 1:")
    data = {**form.initial, "comparison": comparison.pk, "discovered_by": "me"}
    data = {k: v for k, v in data.items() if v is not None}
    assert client.post(reverse("incidents:new"), data).status_code == 302
    incident = Incident.objects.get()
    assert incident.origin == "comparison" and incident.comparison == comparison
    assert incident.deliverable == studio.deliverable and incident.contact == studio.contact


def test_preferences_change_the_limit_and_refuse_nonsense(client, studio, incident):
    client.force_login(studio.owner)
    url = reverse("incidents:preferences")
    bad = client.post(url, {"disclosure_limit_hours": 8, "escalation_hours": "3,1"})
    assert bad.status_code == 200 and "strictly increasing" in bad.content.decode()
    client.post(url, {"disclosure_limit_hours": 8, "escalation_hours": "0.5,2"})
    services.record_assessment(incident, studio.owner, "en")
    assert incident.advice == "tell_by"
    assert incident.disclosure_deadline == incident.discovered_at + timedelta(hours=8)


def test_banners_belong_to_their_workspace(client, studio):
    services.log_contact(
        studio.workspace, studio.owner, client=studio.company, contact=studio.contact,
        channel="call", direction="in", at=timezone.now() - timedelta(hours=2),
    )  # fmt: skip
    client.force_login(studio.outsider)
    assert "C. Martin" not in client.get(reverse("incidents:dashboard")).content.decode()
    client.force_login(studio.member)
    assert "C. Martin called 2 h ago" in client.get(reverse("incidents:dashboard")).content.decode()


def test_alarm_passes_are_scheduled_for_each_escalation_step(studio, settings):
    from django.conf import settings as live

    at = timezone.now() - timedelta(hours=1, minutes=10)
    services.log_contact(
        studio.workspace, studio.owner, client=studio.company, contact=studio.contact,
        channel="call", direction="in", at=at,
    )  # fmt: skip
    expected = [at + timedelta(hours=h, seconds=30) for h in (3, 6, 24)]  # 1 h has passed
    if live.OWNUP_TASK_BACKEND == "db":
        from django_tasks_db.models import DBTaskResult

        runs = DBTaskResult.objects.filter(task_path__endswith="send_incident_alarms")
        assert sorted(runs.values_list("run_after", flat=True)) == expected
    else:
        import django_rq

        scheduled = django_rq.get_queue("default").scheduled_job_registry
        assert scheduled.count == len(expected)


def test_due_task_reminds_its_owner_once(studio, incident):
    incident.tasks.create(
        workspace=incident.workspace, title="Call the printer", owner=studio.member,
        due=timezone.localdate(),
    )  # fmt: skip
    incident.tasks.create(
        workspace=incident.workspace, title="Later", owner=studio.member,
        due=timezone.localdate() + timedelta(days=3),
    )  # fmt: skip
    assert run_alarms()["due_tasks"] == 1
    reminder = OutboxMessage.objects.get(kind="incident_task_due")
    assert reminder.to == studio.member.email and "Call the printer" in reminder.subject
    assert run_alarms()["due_tasks"] == 0


def _lose_deferred_alarm_passes() -> None:
    """What a queue losing its deferred tasks looks like (Redis flushed, records pruned)."""
    from django.conf import settings as live

    if live.OWNUP_TASK_BACKEND == "db":
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.filter(task_path__endswith="send_incident_alarms").delete()
    elif live.OWNUP_TASK_BACKEND == "rq":
        import django_rq

        registry = django_rq.get_queue("default").scheduled_job_registry
        for job_id in registry.get_job_ids():
            registry.remove(job_id, delete_job=True)


def test_the_worker_sweep_sends_alarms_whose_deferred_pass_was_lost(studio, incident, smtp, tasks):
    from ownup.web.core.jobs import sweep
    from ownup.web.incidents.tasks import send_incident_alarms

    services.log_contact(
        studio.workspace, studio.owner, client=studio.company, contact=studio.contact,
        channel="call", direction="in", at=timezone.now() - timedelta(hours=3, minutes=5),
    )  # fmt: skip
    Incident.objects.filter(pk=incident.pk).update(
        disclosure_deadline=timezone.now() - timedelta(hours=2)
    )
    incident.tasks.create(
        workspace=incident.workspace, title="Call the printer", owner=studio.member,
        due=timezone.localdate(),
    )  # fmt: skip
    _lose_deferred_alarm_passes()
    tasks()
    smtp.messages.clear()

    assert sweep()["alarms"] == 3
    alarm_kinds = ["incident_contact_waiting", "incident_disclosure_overdue", "incident_task_due"]
    counts = {kind: OutboxMessage.objects.filter(kind=kind).count() for kind in alarm_kinds}
    assert counts == dict.fromkeys(alarm_kinds, 1)
    # Neither the next sweep nor a deferred pass that was not lost after all sends them again.
    assert sweep()["alarms"] == 0
    assert send_incident_alarms.call() == {
        "contact_escalations": 0,
        "overdue_disclosures": 0,
        "due_tasks": 0,
    }
    assert OutboxMessage.objects.filter(kind__in=alarm_kinds).count() == 3
    tasks()
    received = smtp.wait_for(3)
    assert sorted(str(m["To"]) for m in received) == [
        "lise@studio.test",
        "lise@studio.test",
        "paul@studio.test",
    ]
