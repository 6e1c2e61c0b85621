"""English blame and ownership on fresh writers (session 6): the subject of a third party's faulty
act found after "that" or an emoji, compound agent nouns ("the timber merchant"), people as the
subject of a negated act, the fault handed over in so many words; and what is not ownership
("what we can do on our end", "we've complained"). Each with a near miss."""

from __future__ import annotations

import pytest

from ownup.playbook.checker import check, learned, warm_up


@pytest.fixture(scope="session", autouse=True)
def pipelines() -> None:
    warm_up()


def labelled(draft: str, label: str) -> list[str]:
    return [f.text for f in check(draft, "en").findings if f.label == label]


@pytest.mark.parametrize(
    ("draft", "phrase"),
    [
        # after "that": the clause's subject is still who acted
        (
            "Sorry for the delay. I must tell you that the stone merchant supplied the wrong "
            "slabs.",
            "supplied the wrong slabs",
        ),
        # after an emoji
        ("Sorry about the mugs 😩 the glaze supplier has been sending us dodgy batches.", "dodgy"),
        # rough handling by a third party
        ("Sorry your parcel arrived dented. The courier clearly chucked it about.", "chucked"),
        # people as the subject of a negated act
        ("Sorry about the delay. The lads didn't load the van on Friday.", "didn't load"),
        # the fault handed over in so many words
        ("Sorry about the emails. The mail platform glitched, totally their fault.", "their fault"),
        ("Sorry about the frames. I cannot be held responsible for their carelessness.", "held"),
        ("Sorry the alerts came twice. That's Slack being Slack.", "Slack being Slack"),
        ("Sorry about the outage. Their hosting service has been a joke lately.", "a joke"),
    ],
)
def test_blame_is_flagged(draft: str, phrase: str):
    found = labelled(draft, "blame_shifting")
    assert any(phrase in span for span in found), (found, check(draft, "en").findings)


@pytest.mark.parametrize(
    "draft",
    [
        # near misses: the same shapes with no fault put on anyone
        "Sorry for the delay. I can confirm that the stone merchant supplied the new slabs this "
        "morning, so we start on Monday.",
        "Sorry about the mugs 😩 the glaze supplier is sending us fresh batches on Monday.",
        "Sorry, most guests didn't even notice the flicker. We'll check the wiring by Friday.",
        "Sorry. The order of service booklets were stapled with a page upside down. Reprinting "
        "today.",
        "Sorry the alerts came twice, my fault entirely. Fixed now.",
        "Sorry about the frames, I can be held responsible for that. New ones by Friday.",
    ],
)
def test_near_misses_are_not_blame(draft: str):
    assert labelled(draft, "blame_shifting") == [], check(draft, "en").findings


@pytest.mark.parametrize(
    ("draft", "owned"),
    [
        # where things are done or fine is not where the fault lies
        ("Sorry about the invoices. Not sure what we can do on our end honestly.", False),
        ("Sorry about the outage. Everything on our side was fine.", False),
        # complaining to someone else is not an act of one's own that went wrong
        ("Sorry, the courier broke two bottles. We've complained loads of times.", False),
        ("Sorry, the supplier sent cracked glass. I've had words with them.", False),
        # near misses: the fault placed on one's own side, an own act that went wrong
        ("Sorry, the mistake was on our end. Fixed by Friday.", True),
        ("Sorry, I complained to the wrong supplier and the order was lost.", True),
    ],
)
def test_what_is_and_is_not_ownership(draft: str, owned: bool):
    assert ("missing_responsibility" not in check(draft, "en").missing) is owned


def test_each_language_ships_its_own_thresholds():
    english, french = learned.shipped("en"), learned.shipped("fr")
    blame = learned.SPAN_LABELS.index("blame_shifting")
    evasion = learned.SPAN_LABELS.index("passive_voice_evasion")
    assert english.thresholds[blame] < french.thresholds[blame]
    assert french.thresholds[evasion] > english.thresholds[evasion]


@pytest.mark.parametrize(
    ("draft", "remedy"),
    [
        # a note that someone is booked for a day and time, with no verb of the writer's
        ("Sorry about the boiler, my mistake. Engineer booked Fri 10am.", True),
        ("Sorry about the boiler, my mistake. Plumber booked in for Tuesday.", True),
        # the corrected thing named by its version, now with the client; "let me know if …"
        # is a courtesy, not a condition on the remedy
        ("Sorry, my bad. v3 is in ur inbox now, lmk if anything's off.", True),
        # near misses: the booking that failed, a remedy only tried or hoped for
        ("Sorry, my mistake. The engineer booked for 10:30 never came.", False),
        ("Sorry, my mistake. I'll try and fit you in next week.", False),
        ("Sorry, my mistake. Hopefully I can get round to it when I can.", False),
        ("Sorry, my mistake. I'll come by next week at some point.", False),
    ],
)
def test_remedies_told_as_notes_and_hedged_ones(draft: str, remedy: bool):
    assert ("missing_solution" not in check(draft, "en").missing) is remedy


def test_the_ownership_model_only_removes_missing_responsibility_from_a_draft_with_no_blame():
    from ownup.playbook.checker import english, finish

    # every sentence scores as owning
    owning = learned.Model({}, [2.0] * 6, ownership={"bias": 9.0}, ownership_threshold=0.7)
    quiet = "Sorry, the frames arrive on Friday at 10."
    assert (
        "missing_responsibility" not in finish(english.analyse(quiet), quiet, "en", owning).missing
    )
    # near miss: a draft that blames someone stays unowned, and keeps its blame
    blaming = "Sorry. The courier lost the parcel. A new one goes out on Friday at 10."
    result = finish(english.analyse(blaming), blaming, "en", owning)
    assert "missing_responsibility" in result.missing
    assert [f.label for f in result.findings] == ["blame_shifting"]
