"""English structural generalisations from fresh rounds 28-31: who acts (a thing that failed with
no one named, a third party placed "on my side", the client's input as the basis), what an act
told with its shortfall or consequence owns, and remedies announced for someone else; each with
a near-miss that must not be flagged."""

from __future__ import annotations

import pytest

from ownup.playbook.checker import check, warm_up


@pytest.fixture(scope="session", autouse=True)
def pipelines() -> None:
    warm_up()


def labelled(draft: str, label: str) -> list[str]:
    return [f.text for f in check(draft, "en").findings if f.label == label]


@pytest.mark.parametrize(
    ("draft", "label", "phrase"),
    [
        # a thing that did not happen, no one acting, no first person in the clause
        (
            "We apologise. Unfortunately the notice letters did not reach all flats in time.",
            "passive_voice_evasion",
            "did not reach",
        ),
        (
            "It seems your wake-up call didn't go through this morning. We're sorry.",
            "passive_voice_evasion",
            "didn't go through",
        ),
        # a third party on the writer's side is still a third party
        (
            "Sorry. The junior dev on my side merged his branch without asking me.",
            "blame_shifting",
            "merged his branch",
        ),
        # the client's input given as the only basis of what was done
        (
            "Sorry you feel that way. I followed the stencil you approved on the day.",
            "blame_shifting",
            "I followed the stencil you approved",
        ),
        (
            "Sorry. The measurements you gave us over the phone were an inch off, so we cut to "
            "what we had.",
            "blame_shifting",
            "were an inch off",
        ),
    ],
)
def test_structures_are_flagged(draft: str, label: str, phrase: str):
    found = labelled(draft, label)
    assert any(phrase in span for span in found), (found, check(draft, "en").findings)


@pytest.mark.parametrize(
    "draft",
    [
        # the same failure owned in the first person
        "Sorry, I didn't post the notice letters in time. My fault, they go out today by 5 pm.",
        # the same client input, with the writer's own error owned
        "I followed the stencil you approved, but I placed it too low on the arm. My mistake.",
        "The measurements you gave us were fine; I cut the hem wrong, sorry. Fixed by Friday.",
    ],
)
def test_near_misses_get_no_evasion_or_blame(draft: str):
    found = labelled(draft, "passive_voice_evasion") + labelled(draft, "blame_shifting")
    assert found == []


def test_a_person_who_did_not_turn_up_is_not_agentless():
    draft = "Sorry, the courier didn't turn up this morning."
    assert labelled(draft, "passive_voice_evasion") == []
    assert labelled(draft, "blame_shifting")


@pytest.mark.parametrize(
    ("draft", "owned"),
    [
        ("The error is on my side, sorry.", True),
        ("Sorry. Someone on our side deleted the folder.", False),
        ("I'm sorry you feel it isn't what we discussed.", False),
        ("I didn't do what we discussed, I'm sorry.", True),
        # an act told with its shortfall or its bad consequence
        ("Sorry, I filed your VAT return two days late.", True),
        ("Sorry, your VAT return was filed two days late.", False),
        ("I'm sorry I didn't have the cake ready at 10 as agreed.", True),
        ("I put it in the diary for the 15th, which is why nobody was expecting you. Sorry.", True),
        ("I put it in the diary for the 15th, which is why I'm calling to confirm.", False),
    ],
)
def test_ownership_follows_the_structure(draft: str, owned: bool):
    assert ("missing_responsibility" not in check(draft, "en").missing) is owned


@pytest.mark.parametrize(
    ("draft", "has_solution"),
    [
        ("Sorry, my mistake. I've held a slot for you on Tuesday at 8:30.", True),
        ("Sorry, my mistake. Payment of £1,850 will be made to your account on 24 May.", True),
        ("Sorry, my mistake. They will go on the 18 June sailing.", True),
        ("Sorry, my mistake. The driver's bringing them to the venue for 7:30.", True),
        ("Sorry, my mistake. We'll need him back in for a re-draw on Monday at 8:30.", True),
        ("Sorry, my mistake. Come in Saturday at 11 and I'll let them down.", True),
        # what happens by itself, or how long it lasts, is not a remedy
        ("Sorry, my mistake. They'll settle in a day or two.", False),
        ("Sorry, my mistake. It will take until Friday.", False),
        ("Sorry, my mistake. Tuesday's meeting is at 10.", False),
    ],
)
def test_remedies_announced_for_someone_else(draft: str, has_solution: bool):
    assert ("missing_solution" not in check(draft, "en").missing) is has_solution


def test_a_circumstance_inside_a_consequence_is_not_an_excuse():
    draft = (
        "sorry, I didn't tighten the fitting properly yesterday, that's why it dripped overnight. "
        "my fault."
    )
    assert labelled(draft, "excuse") == []
    # the same circumstance answering the apology is one
    assert labelled("Sorry it's late, the trains were a nightmare this week.", "excuse")
