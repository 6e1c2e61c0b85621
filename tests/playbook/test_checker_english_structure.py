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


# Rounds 30-31: other parties named by role or position, the usual cause, the client's side as
# the agent of a passive, an apology frame that leaves the failure agentless.
@pytest.mark.parametrize(
    ("draft", "label", "phrase"),
    [
        (
            "Sorry. A junior member of the team uploaded an unapproved draft to the newswire.",
            "blame_shifting",
            "uploaded an unapproved draft",
        ),
        (
            "Sorry. For the record, this is entirely down to the hosting company: their servers "
            "fell over.",
            "blame_shifting",
            "down to the hosting company",
        ),
        (
            "Sorry. Honestly fading like that usually comes down to aftercare.",
            "blame_shifting",
            "comes down to aftercare",
        ),
        (
            "We would point out that the goods were packed by your own warehouse staff.",
            "blame_shifting",
            "by your own warehouse staff",
        ),
        (
            "Sorry the figures were late. I did ask you three times for the bank statements and "
            "only got them on Friday.",
            "blame_shifting",
            "I did ask you three times",
        ),
        (
            "We apologise. The school office gave us an incomplete list on the day.",
            "blame_shifting",
            "school office gave us an incomplete list",
        ),
        (
            "We are sorry that your room was not cleaned on Tuesday.",
            "passive_voice_evasion",
            "your room was not cleaned",
        ),
        (
            "We are sorry to inform you that your return was submitted with an incorrect UTR and "
            "has been rejected by HMRC.",
            "passive_voice_evasion",
            "submitted with an incorrect UTR",
        ),
        (
            "Regrettably, the medication was not included, and her follow-up appointment was not "
            "booked.",
            "passive_voice_evasion",
            "was not booked",
        ),
        (
            "Sorry, the certificate went out a couple of weeks late.",
            "passive_voice_evasion",
            "went out a couple of weeks late",
        ),
        (
            "We apologise. As you may be aware, the city was hosting a major conference that week "
            "and demand was exceptional.",
            "excuse",
            "the city was hosting a major conference",
        ),
        ("Sorry. I doubt your customers will even clock it.", "minimisation", "will even clock"),
        ("Sorry. It's a word half the country gets wrong.", "minimisation", "half the country"),
    ],
)
def test_rounds_30_31_structures_are_flagged(draft: str, label: str, phrase: str):
    found = labelled(draft, label)
    assert any(phrase in span for span in found), (found, check(draft, "en").findings)


@pytest.mark.parametrize(
    ("draft", "label"),
    [
        # the writer's own office is not a third party
        ("Sorry. Our office submitted your claim under the wrong code.", "blame_shifting"),
        # "the sort of thing that …" is no cleft naming a culprit
        ("Sorry. It's the sort of thing that happens at every event.", "blame_shifting"),
        # what the client may have noticed is the fault itself, not a circumstance
        (
            "As you may have noticed, the colours don't match the proof: I used the wrong paper. "
            "Sorry.",
            "excuse",
        ),
        # a remedy step told in the passive, not negated, not flawed
        ("Sorry. Your refund was processed this morning.", "passive_voice_evasion"),
        # asking the client, then owning one's own error, is not blame
        (
            "I asked you about the date and still booked the wrong one, my mistake.",
            "blame_shifting",
        ),
    ],
)
def test_rounds_30_31_near_misses(draft: str, label: str):
    assert labelled(draft, label) == []


@pytest.mark.parametrize(
    ("draft", "owned"),
    [
        ("I sent your résumé before you'd approved it, that was careless of me.", True),
        ("I cancelled your booking when I meant to cancel another guest's. Sorry.", True),
        ("I had you down for 3pm but told you 2pm, my stuff-up.", True),
        ("I put walnuts in the cake even though you'd ticked 'no nuts'. Sorry.", True),
        ("I know I didn't send the seating plan on time, sorry.", True),
        ("Sorry for the trouble. I've attached our formatting guide for next time.", False),
        ("Sorry the figures were late. I did ask you three times for the statements.", False),
    ],
)
def test_rounds_30_31_ownership(draft: str, owned: bool):
    assert ("missing_responsibility" not in check(draft, "en").missing) is owned


@pytest.mark.parametrize(
    ("draft", "has_solution"),
    [
        ("Sorry, my mistake. They'll be in your inbox tonight by 9.", True),
        ("Sorry, my mistake. The locksmith will be at the flat at 8 am tomorrow.", True),
        ("Sorry, my mistake. Your parcel's back on the van for Thursday.", True),
        ("Sorry, my mistake. I've got Saturday at 10 or Monday at 1 free.", True),
        ("Sorry, my mistake. I'll have the next available slot booked by 8pm tonight.", True),
        ("Sorry, my mistake. I'll get it to them by Thursday.", True),
        ("Sorry, my mistake. I've got you in for Wed at 4.", True),
        ("Sorry, my mistake. Retakes will take place on 21 November.", True),
        ("We apologise for the damage and can arrange a visit on Monday at 10.", True),
        # an event that is no remedy, a time left vague, a promise of contact
        ("Sorry, my mistake. The dismantling will take place on Saturday.", False),
        ("Sorry, my mistake. Let's reschedule at some point next week?", False),
        ("Sorry, my mistake. The team will be in contact.", False),
    ],
)
def test_rounds_30_31_remedies(draft: str, has_solution: bool):
    assert ("missing_solution" not in check(draft, "en").missing) is has_solution


# The whole devset's remaining misses, by structure: an act told with its flaw ("too deep",
# "last minute", "late", "with the warnings untranslated"), an apology for a faulty thing the
# writer did; remedies named by the corrected thing in place, by an act on a fresh one, by
# someone else's modal, by a restored state dated "since".
@pytest.mark.parametrize(
    ("draft", "owned"),
    [
        ("Sorry, I went too deep on that line.", True),
        ("Sorry, I went a little heavy on the linework.", True),
        ("Sorry, I went to the shop.", False),
        ("I know I cancelled your lesson last minute again, sorry.", True),
        ("I'm sorry I sent your quarterly estimates late.", True),
        ("Sorry, the estimates arrived late.", False),
        ("We delivered the manual with the safety warnings untranslated. Sorry.", True),
        ("I apologise for the wrong amount I put on your invoice.", True),
        ("I apologise for the delay the courier caused.", False),
        ("Sorry, I left a couple of slates loose by the chimney.", True),
    ],
)
def test_an_act_told_with_its_flaw_is_owned(draft: str, owned: bool):
    assert ("missing_responsibility" not in check(draft, "en").missing) is owned


@pytest.mark.parametrize(
    ("draft", "has_solution"),
    [
        ("Sorry, my mistake. A fresh copy was couriered to you this morning.", True),
        ("Sorry, my mistake. The correct tablets are ready for collection now.", True),
        ("Sorry, my mistake. The final version is attached and I checked it twice.", True),
        ("Sorry, my mistake. The duplicate charge was reversed this afternoon.", True),
        ("Sorry, my mistake. I served a fresh notice this morning.", True),
        ("Sorry, my mistake. I suggest a new shoot on Saturday.", True),
        ("Sorry, my mistake. Our senior vet would like to see him at 4 pm today.", True),
        ("Sorry, my mistake. Jess can see you Thursday at 6:30 am.", True),
        ("Sorry, my mistake. He'll have his session on Thursday at 5.", True),
        ("Sorry, my mistake. I can get someone out Monday at 8.", True),
        ("Sorry, my mistake. It's been back up since 7 this morning.", True),
        ("Sorry, my mistake. We will file your return by May 2.", True),
        ("Sorry, my mistake. We've re-coded them this morning.", True),
        # a new thing that is not the remedy, a suggestion only to talk, a state with no time
        ("Sorry, my mistake. The new system was installed last year.", False),
        ("Sorry, my mistake. I suggest we meet on Monday at 10.", False),
        ("Sorry, my mistake. The replacement part was ordered.", False),
    ],
)
def test_remedies_named_by_the_corrected_thing(draft: str, has_solution: bool):
    assert ("missing_solution" not in check(draft, "en").missing) is has_solution


def test_an_agentless_outcome_whose_cause_names_the_agent_is_blame_only():
    draft = (
        "The boxes came out the wrong shade of green because our ink supplier sent the wrong "
        "batch. Sorry for the hassle."
    )
    assert labelled(draft, "blame_shifting")
    assert labelled(draft, "passive_voice_evasion") == []
    # with no one named as the cause, the same outcome is still agentless
    assert labelled("The boxes came out the wrong shade of green. Sorry.", "passive_voice_evasion")


@pytest.mark.parametrize(
    ("draft", "phrase"),
    [
        # the fault placed on a third party by a copula or "blame"
        ("Sorry for the wait. That one is on the courier.", "on the courier"),
        ("Sorry, the delay came down to the freight company.", "freight company"),
        # people belonging to a third party ("the caterer's staff") are that third party
        ("Sorry. The caterer's staff forgot the vegan dishes.", "staff forgot"),
        ("Sorry, the engraver got the date wrong.", "got the date wrong"),
        # a named person placed by where they work, or a two-word name
        ("Sorry. Priya in the front office forgot to send the reminder.", "forgot"),
        ("Unfortunately, Royal Mail lost the package. Sorry.", "lost the package"),
        # an irregular past with a flawed object
        ("Sorry about the parcel. The courier left it at the wrong door.", "wrong door"),
        # lateness told by "only" and a date; the client's delay as the cause
        ("Sorry the return is late. Your accountant only sent the figures on Friday.", "only sent"),
        ("Sorry. We were waiting on your approval for two weeks.", "waiting on your approval"),
    ],
)
def test_someone_else_named_as_the_cause_is_blame(draft: str, phrase: str):
    found = labelled(draft, "blame_shifting")
    assert any(phrase in span for span in found), (found, check(draft, "en").findings)


@pytest.mark.parametrize(
    "draft",
    [
        "Sorry for the wait. That one is on the house.",
        "Sorry, the caterer's kitchen closed early.",
        "Sorry, I forgot to send Priya in the front office the reminder. It goes out today at 3.",
        "Your accountant sent the figures on Friday and I filed them late, sorry. Done by noon.",
        "Sorry for the wait. We're waiting for your approval to send the reprint tomorrow.",
        "Sorry for the wait. The courier left it at your door at 9.",
        "Sorry, Royal Mail delivered it this morning.",
    ],
)
def test_near_misses_of_someone_else_named_are_not_blame(draft: str):
    assert labelled(draft, "blame_shifting") == []


def test_a_passive_that_names_its_agent_as_at_fault_is_blame_not_evasion():
    draft = "Sorry about the breakage. The boxes were packed by your own staff."
    assert labelled(draft, "blame_shifting")
    assert labelled(draft, "passive_voice_evasion") == []
    # near miss: the same passive with no agent hides who did it
    agentless = "Sorry about the breakage. The boxes were packed badly."
    assert labelled(agentless, "passive_voice_evasion")


@pytest.mark.parametrize(
    ("draft", "phrase"),
    [
        # a passive whose agent is a third party, with a faulty act
        ("Sorry the booking failed. Your card was declined by your bank.", "declined by your bank"),
        ("Sorry. Your sign was damaged in transit by our haulage partner.", "haulage partner"),
        # a public body as the third party; a movement verb with a flawed destination
        ("Sorry. The council changed the permit at the last minute.", "The council changed"),
        ("Sorry about the delay. The courier went to the wrong depot.", "wrong depot"),
    ],
)
def test_other_parties_acting_or_as_agents_are_blamed(draft: str, phrase: str):
    found = labelled(draft, "blame_shifting")
    assert any(phrase in span for span in found), (found, check(draft, "en").findings)


@pytest.mark.parametrize(
    "draft",
    [
        "Sorry for the wait. The new parts were fitted by our engineer this morning.",
        "Sorry for the wait. The council approved the permit this morning.",
        "Sorry for the wait. The courier went to your door at 9 as booked.",
    ],
)
def test_other_parties_doing_their_job_are_not_blamed(draft: str):
    assert labelled(draft, "blame_shifting") == []


@pytest.mark.parametrize(
    ("owned", "unowned"),
    [
        (
            "Sorry. It's been a crazy week with the move, but I should have told you sooner.",
            "Sorry. It's been a crazy week with the move.",
        ),
        (
            "Sorry. I was swamped with three launches, but that's on me. Done by Friday.",
            "Sorry. I was swamped with three launches. Done by Friday.",
        ),
    ],
)
def test_a_circumstance_owned_in_the_same_sentence_is_no_excuse(owned: str, unowned: str):
    assert labelled(owned, "excuse") == []
    # near miss: the same circumstance, nothing owned in its sentence
    assert labelled(unowned, "excuse")


@pytest.mark.parametrize(
    ("draft", "remedy"),
    [
        # a remedy told as a present state of delivery, no verb of the writer's
        ("Sorry, I double-charged you. A credit note for the difference is attached.", True),
        ("Sorry, I sent the wrong size. The right one is in the post.", True),
        ("Sorry for the late invoice, my mistake. It's attached now.", True),
        # near misses: the same things in the past, with a fault, or in a condition
        ("Sorry, my mistake. The refund was sent to the wrong account.", False),
        ("Sorry, my mistake. Let me know if the replacement is in the post.", False),
        ("Sorry, my mistake. It was attached to the wrong email.", False),
    ],
)
def test_a_remedy_in_place_is_a_solution(draft: str, remedy: bool):
    assert ("missing_solution" not in check(draft, "en").missing) is remedy


@pytest.mark.parametrize(
    "draft",
    [
        "Sorry. The logo file from your marketing department was the old one.",
        "Sorry. The address on your order was incomplete.",
    ],
)
def test_a_flaw_in_what_came_from_the_client_is_blame_not_evasion(draft: str):
    assert labelled(draft, "blame_shifting")
    assert labelled(draft, "passive_voice_evasion") == []


@pytest.mark.parametrize(
    "draft",
    [
        "Sorry. The address on your order was correct, but I misread it. Fixed today.",
        "Sorry for the wait. The files from your office arrived this morning.",
        "We're sorry you feel the cancellation of your lesson was handled poorly.",
    ],
)
def test_what_came_from_the_client_without_a_flaw_is_not_blame(draft: str):
    assert labelled(draft, "blame_shifting") == []


def test_a_person_acting_is_not_an_agentless_event():
    assert (
        labelled("Sorry. Your receptionist turned our technician away.", "passive_voice_evasion")
        == []
    )
    # near miss: a thing with the same kind of verb is still agentless
    assert labelled("Sorry. The invoices went missing.", "passive_voice_evasion")


@pytest.mark.parametrize(
    ("draft", "owned"),
    [
        ("Sorry, I should've double-checked the proof. Fixed by Friday.", True),
        ("Sorry, the fault lies with us. Fixed by Friday.", True),
        ("Sorry, I own this one. Fixed by Friday.", True),
        ("Sorry, I wasn't careful enough with the measurements. Fixed by Friday.", True),
        ("Sorry, I got the dates muddled. Fixed by Friday.", True),
        ("Sorry, I gave you bad advice on the tiles. Fixed by Friday.", True),
        # near misses: the same words with nothing owned
        ("Sorry, the fault lies with the courier. Fixed by Friday.", False),
        ("Sorry, I wasn't told about the change. Fixed by Friday.", False),
        ("Sorry, we got the files this morning. Fixed by Friday.", False),
    ],
)
def test_more_ways_of_owning_the_error(draft: str, owned: bool):
    assert ("missing_responsibility" not in check(draft, "en").missing) is owned
