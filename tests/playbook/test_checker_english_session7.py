"""English rules added after a sixth fresh writer (session 7): the writer as the agent of a
passive owns the error; self-condemnation is not ownership; doubting one's place in the trade;
telling the client not to worry; "we can't control"; relentless weeks; third parties who "took it
there instead", "weren't picking up" or "sat on the file". Each with a near miss, in sentences
written for the tests (none is a devset item)."""

from __future__ import annotations

import pytest

from ownup.playbook.checker import check, warm_up


@pytest.fixture(scope="session", autouse=True)
def pipelines() -> None:
    warm_up()


def labelled(draft: str, label: str) -> list[str]:
    return [f.text for f in check(draft, "en").findings if f.label == label]


def test_passive_with_the_writer_as_agent_owns_the_error():
    draft = (
        "Dear Ms Ortega, the ceiling height on your plans was entered by me wrongly, as 2.4 m "
        "instead of 2.6 m. I'm sorry. Corrected plans will reach you by Wednesday."
    )
    result = check(draft, "en")
    assert "missing_responsibility" not in result.missing
    assert not labelled(draft, "blame_shifting")


def test_passive_by_us_for_the_remedy_is_not_ownership():
    # "were cut by us" tells the remedy; the error itself is still told with no agent
    draft = "Your new keys were cut by us this morning. The wrong keys were handed over."
    assert "missing_responsibility" in check(draft, "en").missing


def test_self_condemnation_does_not_own_the_error():
    draft = (
        "Hi Rob, the recordings from your band's gig were deleted. I'm hopeless, I should never "
        "have taken the job."
    )
    result = check(draft, "en")
    assert "missing_responsibility" in result.missing
    assert any("should never have taken the job" in s for s in labelled(draft, "self_flagellation"))


@pytest.mark.parametrize(
    ("draft", "phrase"),
    [
        ("Sorry, I lost your booking again. I can't be trusted with anything.", "trusted"),
        ("I sent the wrong quote. Honestly I wonder why I still do this job.", "wonder why"),
    ],
)
def test_doubting_ones_place_in_the_trade_is_self_flagellation(draft: str, phrase: str):
    assert any(phrase in span for span in labelled(draft, "self_flagellation"))


def test_proportionate_regret_about_taking_on_work_is_not_self_flagellation():
    draft = (
        "I'm sorry: I should have said no to a third shoot that week, and I didn't. Your "
        "edited photos will be with you by Friday."
    )
    assert not labelled(draft, "self_flagellation")


@pytest.mark.parametrize(
    ("draft", "phrase"),
    [
        ("Hi Sue, the hem is 1 cm short, so I wouldn't worry about it.", "wouldn't worry"),
        ("The invoice was out by £40, hardly worth fretting over.", "worth fretting over"),
        ("The panel is 2 mm off, which is well within tolerance.", "within tolerance"),
        ("I can redo the sign next week if you really insist on it.", "if you really insist"),
    ],
)
def test_telling_the_client_not_to_worry_is_minimisation(draft: str, phrase: str):
    assert any(phrase in span for span in labelled(draft, "minimisation"))


def test_a_tolerance_the_client_asked_for_is_not_minimisation():
    draft = (
        "I'm sorry: I cut the panel 2 mm under the size you ordered. I'll cut a new one to your "
        "tolerance by Tuesday at noon."
    )
    assert not labelled(draft, "minimisation")


@pytest.mark.parametrize(
    ("draft", "phrase"),
    [
        ("The prints came out dark. We can't control how every screen shows colour.", "control"),
        ("Your order was late. There's only so much anyone can do in December.", "only so much"),
        ("I missed your call, sorry. The last month has been relentless.", "relentless"),
        ("The menu had a typo. Fridays are always hectic here.", "always hectic"),
    ],
)
def test_circumstances_that_shrink_the_fault_are_excuses(draft: str, phrase: str):
    assert any(phrase in span for span in labelled(draft, "excuse"))


def test_a_controlled_remedy_is_not_an_excuse():
    draft = (
        "I'm sorry, I printed your flyers from the old file. I can control the colour on the "
        "reprint, which will be ready on Monday at 9."
    )
    assert not labelled(draft, "excuse")


@pytest.mark.parametrize(
    ("draft", "phrase"),
    [
        ("Hello Ana, my van lad took your sofa to the old address instead.", "instead"),
        ("The venue manager wasn't answering, so the room was never set up.", "answering"),
        ("Sorry. Your landlord's solicitor sat on the lease for a month.", "sat on"),
        ("The new girl at the desk booked you in for the wrong day.", "wrong day"),
    ],
)
def test_a_third_partys_fault_is_blame(draft: str, phrase: str):
    assert any(phrase in span for span in labelled(draft, "blame_shifting"))


@pytest.mark.parametrize(
    "draft",
    [
        "I took your sofa to the old address instead, my mistake. It will be with you at 4 pm.",
        "Our driver will come on Monday instead, at 9 am, at no cost to you.",
        "I'm sorry I wasn't answering on Friday. I'll call you at 10 tomorrow.",
    ],
)
def test_the_same_shapes_owned_or_as_remedy_are_not_blame(draft: str):
    assert not labelled(draft, "blame_shifting")


@pytest.mark.parametrize(
    ("draft", "phrase"),
    [
        ("Hi Jo, the varnish on your table came out streaky and uneven.", "came out streaky"),
        ("Dear Mr Cole, the tax return went in nine days late.", "went in nine days late"),
        ("The prints came out much darker than the proof.", "darker than the proof"),
        ("Your deposit got charged twice.", "got charged twice"),
    ],
)
def test_how_a_thing_turned_out_with_no_agent_is_evasion(draft: str, phrase: str):
    assert any(phrase in span for span in labelled(draft, "passive_voice_evasion"))


@pytest.mark.parametrize(
    "draft",
    [
        # owned in the same sentence, or a good outcome of the remedy
        "I'm sorry: I thinned the varnish too much and it came out streaky. I'll redo it "
        "on Saturday at 9.",
        "I'm sorry the first batch was wrong, my mistake. The new prints came out well and "
        "went out this morning.",
    ],
)
def test_an_owned_or_good_outcome_is_not_evasion(draft: str):
    assert not labelled(draft, "passive_voice_evasion")


@pytest.mark.parametrize(
    ("draft", "phrase"),
    [
        (
            "Hi Rosa, I'm sorry you're unhappy with the tiles. I laid them to the pattern you "
            "chose in the showroom.",
            "pattern you chose",
        ),
        (
            "Dear Mr Vance, the curtains were made according to your measurements of 4 May.",
            "according to your measurements",
        ),
    ],
)
def test_the_clients_own_choice_as_the_ground_of_the_fault_is_blame(draft: str, phrase: str):
    assert any(phrase in span for span in labelled(draft, "blame_shifting"))


@pytest.mark.parametrize(
    "draft",
    [
        # the draft owns the error: the client's choice is context
        "I'm sorry: I laid the tiles to the pattern you chose but turned every other row, my "
        "mistake. I'll relay them on Thursday from 8 am.",
        # the remedy follows the client's wish
        "Sorry, I mixed up the dates. As per your request, the new curtains will be hung on "
        "Monday at 10.",
    ],
)
def test_the_clients_choice_as_context_or_remedy_is_not_blame(draft: str):
    assert not labelled(draft, "blame_shifting")


def test_respell_maps_every_span_back_to_the_original_draft():
    from ownup.playbook.checker.english import TEXTING
    from ownup.playbook.checker.textutil import respell

    draft = "im sorry, i didnt check ur file. ill send it tmrw"
    respelled = respell(draft, TEXTING)
    assert respelled.text == "I'm sorry, I didn't check your file. I'll send it tmrw"
    start = respelled.text.index("didn't check your file")
    span = respelled.span(start, start + len("didn't check your file"))
    assert draft[span[0] : span[1]] == "didnt check ur file"
    assert respelled.span(0, 3) == (0, 2)  # "I'm" is "im"


@pytest.mark.parametrize(
    ("draft", "label", "phrase"),
    [
        # texting openers are not people's names: no blame on "Omg" or "Mate"
        ("Omg forgot ur keys at the desk!! so sorry, dropping them round at 6", None, None),
        ("Mate honestly forgot to lock the gate, sorry. Fixed the latch this morning", None, None),
        # texting spellings read as full forms
        ("omg im literally the worst, so sorry!! new cake by 5 today", "self_flagellation", "im"),
        ("tbf the notes u sent were pretty confusing so", "blame_shifting", "u sent"),
    ],
)
def test_text_messages_read_like_full_sentences(draft: str, label: str | None, phrase: str | None):
    result = check(draft, "en")
    if label is None:
        assert not result.findings, result.findings
        assert "missing_responsibility" not in result.missing
    else:
        spans = [f.text for f in result.findings if f.label == label]
        assert any(phrase in span for span in spans), result.findings
        for finding in result.findings:
            assert draft[finding.start : finding.end] == finding.text


@pytest.mark.parametrize(
    "draft",
    [
        "Lol yeah messed up the order, sorry!! new one coming friday at 10",
        "Yikes, sent you the wrong invoice, sorry. Correct one attached, sent at 9 today",
        "Ugh I'm so sorry, totally blanked on your appointment. I can do Thursday at 2pm.",
        "I'm so sorry, I wasn't paying attention and cut the fringe too short. I'll fix it free "
        "on Thursday at 4.",
    ],
)
def test_owning_it_in_texting_style_counts(draft: str):
    assert "missing_responsibility" not in check(draft, "en").missing


@pytest.mark.parametrize(
    ("draft", "phrase"),
    [
        ("Sorry the survey is late. I've been running on four hours' sleep all week.", "sleep"),
        ("Your booking slipped. School runs come first, as I'm sure you understand.", "sure"),
        ("Sorry for the slip, we've been juggling competing priorities this month.", "juggling"),
    ],
)
def test_more_circumstances_that_shrink_the_fault_are_excuses(draft: str, phrase: str):
    assert any(phrase in span for span in labelled(draft, "excuse"))


def test_an_appeal_to_understanding_that_leads_to_the_remedy_is_not_an_excuse():
    draft = (
        "I'm sorry: I sent the draft without checking it. As I'm sure you understand, I'll want "
        "to redo it properly, so the revised draft comes tomorrow at 10."
    )
    assert not labelled(draft, "excuse")


def test_an_irregular_participle_in_a_negated_passive_is_evasion():
    draft = "Dear Mr Lim, the filing deadline was not met. We will file on Monday."
    assert any("was not met" in span for span in labelled(draft, "passive_voice_evasion"))


def test_an_irregular_participle_telling_the_remedy_is_not_evasion():
    draft = (
        "I'm sorry, I booked the wrong room, my mistake. Your new table was laid at 7 and the "
        "banners were hung this morning."
    )
    assert not labelled(draft, "passive_voice_evasion")


@pytest.mark.parametrize(
    ("draft", "phrase"),
    [
        ("Dear Mr Roy, the hold-up originated with our haulage subcontractor.", "subcontractor"),
        ("Dear Ms Ash, the blame for the misprint lies squarely with the printer.", "printer"),
        ("Dear Mr Oak, this was a mistake on the part of our translator.", "translator"),
        ("Dear Ms Lee, your marketing team signed off the proof with that price.", "signed off"),
        ("Dear Mr Kay, the address was supplied by your accounts department.", "department"),
    ],
)
def test_the_fault_placed_with_someone_else_in_business_english_is_blame(draft: str, phrase: str):
    assert any(phrase in span for span in labelled(draft, "blame_shifting"))


@pytest.mark.parametrize(
    "draft",
    [
        "I'm sorry: the problem was with the hinge, which I fitted the wrong way round. I'll "
        "replace it on Friday at 10.",
        "I'm sorry, the mistake was on the part of our team, and I lead it. We'll resend the "
        "files today by 5 pm.",
        "I'm sorry for the wrong price, my error. As your marketing team confirmed, the new "
        "proof will go out today at 3.",
    ],
)
def test_a_thing_or_our_own_side_is_not_blame(draft: str):
    assert not labelled(draft, "blame_shifting")


@pytest.mark.parametrize(
    ("draft", "phrase"),
    [
        ("The wiring was done by a subcontractor who clearly ignored our plans.", "ignored"),
        ("Refunds are processed by our finance desk, not by me.", "finance desk"),
        ("The cake was iced by my assistant, I was at another wedding.", "my assistant"),
        ("The feedback squeal came from the hotel's speakers, not my kit.", "not my kit"),
    ],
)
def test_a_passive_agent_or_a_culprit_set_against_us_is_blame(draft: str, phrase: str):
    assert any(phrase in span for span in labelled(draft, "blame_shifting"))


@pytest.mark.parametrize(
    "draft",
    [
        "I'm sorry, the cake was iced by my assistant and I didn't check the name on it: my "
        "mistake. A new one comes at 3 today.",
        "The squeal came from the hotel's speakers, not my kit, but I should have sound-checked "
        "them: sorry. I'll bring my own on Saturday.",
    ],
)
def test_the_same_with_the_writers_part_owned_is_not_blame(draft: str):
    assert not labelled(draft, "blame_shifting")
