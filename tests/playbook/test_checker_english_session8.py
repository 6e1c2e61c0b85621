"""English rules added after the seventh to ninth fresh writers (session 8): owning "our booking
error" and "most of the delay is on me"; a remedy told as money taken off the bill; the client's
own act faulted in the same breath; a belief ("we assumed") and a step taken since ("we've
already switched") are not ownership; "we should have everything back" is a future, not a
regret; a thing told as carrying its flaw with nobody putting it there; the fault placed "down to"
a third party whatever the subject; a third party's slowness; the client told the harm hardly
counts; circumstances after "because" and "one of those days". Each with a near miss, in
sentences written for the tests (none is a devset item)."""

from __future__ import annotations

import pytest

from ownup.playbook.checker import check, english, warm_up


@pytest.fixture(scope="session", autouse=True)
def pipelines() -> None:
    warm_up()


def rule_spans(draft: str, label: str) -> list[str]:
    """What the English rules alone flag with the label (the learned layer left out)."""
    return [draft[f.start : f.end] for f in english.analyse(draft).findings if f.label == label]


@pytest.mark.parametrize(
    "draft",
    [
        "Hello Mr Reyes, that was our invoicing error, not yours. Sorry. A new invoice follows "
        "today.",
        "Hi Jo, the printer jammed once, but I approved the proof late, so most of the delay is "
        "on me. Sorry. The banners ship tomorrow.",
    ],
)
def test_a_modified_error_and_a_delay_on_me_own_it(draft: str):
    assert "missing_responsibility" not in check(draft, "en").missing


def test_lunch_on_us_is_a_gift_not_ownership():
    draft = "Hi Kim, the cake was delivered to the wrong hall. Lunch next week is on us."
    assert "missing_responsibility" in check(draft, "en").missing


def test_the_clients_act_faulted_in_the_same_breath_is_blame():
    draft = (
        "Hi Tess, about the wrong size: you approved the mock-up without checking the "
        "dimensions, so we went ahead."
    )
    assert rule_spans(draft, "blame_shifting")
    assert "missing_responsibility" in check(draft, "en").missing


def test_the_clients_act_beside_a_plain_act_is_not_blame():
    draft = "You approved the mock-up on Monday. I printed the wrong size; sorry, reprint Friday."
    assert not rule_spans(draft, "blame_shifting")


def test_a_wrong_belief_told_with_its_fault_still_owns():
    draft = "I wrongly assumed your old address was current. Sorry; I'll resend it today."
    assert "missing_responsibility" not in check(draft, "en").missing


def test_a_step_already_taken_is_not_ownership():
    draft = (
        "Dear Ms Kerr, the bread was stale, frankly that's the bakery's fault. We've already "
        "switched bakeries."
    )
    assert "missing_responsibility" in check(draft, "en").missing


@pytest.mark.parametrize(
    ("draft", "owned"),
    [
        ("The logo is blurred. We should have it fixed by Friday.", False),
        ("The logo is blurred. We should have checked the file.", True),
    ],
)
def test_should_have_with_an_object_is_a_future(draft: str, owned: bool):
    assert ("missing_responsibility" not in check(draft, "en").missing) is owned


@pytest.mark.parametrize(
    "draft",
    [
        "Hi Lou, your quote had the wrong postcode. It's fixed now.",
        "Dear Mr Obi, the totals on your statement were slightly off.",
        "Dear Ms Lamb, your refund was short by £12.",
    ],
)
def test_a_thing_carrying_its_flaw_with_no_one_is_evasion(draft: str):
    assert rule_spans(draft, "passive_voice_evasion")


@pytest.mark.parametrize(
    "draft",
    [
        "Hi Lou, your quote had the wrong postcode because I typed it from memory. Sorry.",
        "Dear Mr Obi, the totals on your statement were slightly off, and that's my mistake.",
    ],
)
def test_a_flaw_told_with_the_writer_in_the_sentence_is_not_evasion(draft: str):
    assert not rule_spans(draft, "passive_voice_evasion")


@pytest.mark.parametrize(
    "draft",
    [
        "The hold-up on your brochure is down to the paper merchant, who shipped a week late.",
        "Our checks were fine, so the discrepancy is probably on your side.",
        "Sorry about the wait: the surveyor took ages to send the report.",
    ],
)
def test_fault_placed_down_to_a_third_party_or_their_slowness_is_blame(draft: str):
    assert rule_spans(draft, "blame_shifting")


def test_down_to_me_is_ownership_not_blame():
    draft = "The hold-up on your brochure is down to me. Sorry; it ships Thursday."
    assert not rule_spans(draft, "blame_shifting")
    assert "missing_responsibility" not in check(draft, "en").missing


@pytest.mark.parametrize(
    ("draft", "phrase"),
    [
        ("Your deposit was £20 short, which is a fairly small sum.", "fairly small"),
        ("The colour shift is nothing you'd really notice.", "notice"),
        ("The difference is negligible; you'd have to measure it to tell.", "negligible"),
        ("It was an isolated blip and not something to worry about.", "isolated blip"),
        ("It reached you a day late, so all's well.", "all's well"),
    ],
)
def test_telling_the_client_the_harm_hardly_counts_is_minimisation(draft: str, phrase: str):
    assert any(phrase in span for span in rule_spans(draft, "minimisation"))


def test_a_factual_small_scope_is_not_minimisation():
    draft = "Two of the 400 leaflets had the smudge; I'm sorry, I'll reprint all 400 by Monday."
    assert not rule_spans(draft, "minimisation")


@pytest.mark.parametrize(
    ("draft", "phrase"),
    [
        ("I missed the fitting because the nursery rang and then my car wouldn't start.", "car"),
        ("I sent the wrong invoice, it was one of those weeks.", "one of those weeks"),
        ("I wrote the copy after a fourteen-hour day, so you can imagine.", "fourteen-hour"),
    ],
)
def test_circumstances_offered_to_let_it_pass_are_excuses(draft: str, phrase: str):
    assert any(phrase in span for span in rule_spans(draft, "excuse"))


def test_the_hour_of_a_scheduled_send_is_not_an_excuse():
    draft = "I set the wrong time zone, so your mail went out at 3 am. Sorry; resend Thursday."
    assert not rule_spans(draft, "excuse")


@pytest.mark.parametrize(
    ("sentence", "someone"),
    [
        ("Paper shortages across the industry have made deadlines impossible.", False),
        ("Your appointment was double-booked, which happens in busy periods.", False),
        ("The binder sent them back a week late.", True),
        ("Our booking system double-books when it's busy.", True),
        ("You approved the proof on Monday.", True),
        ("Then Marek changed the file.", True),
    ],
)
def test_a_learned_blame_needs_someone_to_blame(sentence: str, someone: bool):
    assert english.names_someone(sentence) is someone


def test_what_we_found_wrong_is_not_what_we_did_wrong():
    draft = (
        "Dear Mrs Hale, we have discovered that two boxes in your delivery were wrongly "
        "addressed. We regret any inconvenience."
    )
    assert "missing_responsibility" in check(draft, "en").missing


def test_finding_our_own_wrong_act_still_owns_it():
    draft = "Dear Mrs Hale, I found that I had addressed two boxes wrongly. Sorry; resent today."
    assert "missing_responsibility" not in check(draft, "en").missing


def test_an_act_describing_a_noun_after_a_culprit_is_not_ownership():
    draft = (
        "Dear Mr Roy, your alarm went off at 3 am. That came from a patch from the manufacturer, "
        "which wiped the settings we had configured."
    )
    assert "missing_responsibility" in check(draft, "en").missing


@pytest.mark.parametrize(
    "draft",
    [
        "I'm sorry. We were short-staffed last week, but I'm not using that as an excuse: I "
        "promised the frame for Monday and missed it.",
        "I know it's a busy season for your shop, which makes it worse that I sent the wrong "
        "labels. Sorry; the right ones go out at 4 today.",
        "Your fitting is booked for Tuesday at 9. If that clashes with the school run, I can do "
        "11 instead.",
    ],
)
def test_a_disowned_or_the_clients_circumstance_is_not_an_excuse(draft: str):
    assert not [f for f in check(draft, "en").findings if f.label == "excuse"]


def test_a_circumstance_offered_as_the_reason_is_still_an_excuse():
    draft = "I'm sorry. We were short-staffed last week, so the frame wasn't ready on Monday."
    assert rule_spans(draft, "excuse")


def test_mortified_alone_is_a_proportionate_regret_but_not_beside_self_condemnation():
    assert not rule_spans("I'm mortified, and rightly so. I'll redo it today.", "self_flagellation")
    assert rule_spans("I'm mortified; I'm a disgrace to this trade.", "self_flagellation")


@pytest.mark.parametrize(
    "draft",
    [
        "I booked you with the wrong hygienist, sorry, my error. I've booked you with Dr Sato on "
        "4 June at 10:30.",
        "I forgot to order your blinds, sorry, my fault. They're being fitted on Friday at 8.",
        "I lost your pre-order, my mistake, sorry. We've reinstated it; it ships on launch day, "
        "the 21st.",
        "Sorry, I didn't ring you back as promised, my fault. I'll call you at 10 tomorrow with "
        "the revised quote.",
        "Dear Mr Lau, I forgot to book your taxi, sorry. I've taken £25 off your bill today.",
    ],
)
def test_more_remedies_with_their_time(draft: str):
    assert "missing_solution" not in check(draft, "en").missing


def test_a_call_that_only_talks_is_not_a_remedy():
    draft = "Sorry, I didn't order your blinds, my fault. I'll call you at 10 tomorrow."
    assert "missing_solution" in check(draft, "en").missing


def test_my_call_owns_the_part_beside_a_third_partys():
    draft = (
        "Sorry, Leo: the carrier did damage the crate, but I packed it without corner guards, "
        "and that was my call. A new lamp ships tomorrow."
    )
    result = check(draft, "en")
    assert "missing_responsibility" not in result.missing
    assert not [f for f in result.findings if f.label == "blame_shifting"]


@pytest.mark.parametrize(
    ("draft", "owned"),
    [
        ("Hi Ann, apologies — your crown wasn't ready for fitting on Monday.", False),
        ("Hi Ann, apologies to you and your husband for missing the fitting.", True),
        ("The crates were packed in a hurry because we moved depots in May.", False),
        ("The crates were packed badly because I rushed the job.", True),
        ("I've passed your complaint on to the warehouse.", False),
    ],
)
def test_purposes_circumstances_and_forwarding_are_not_ownership(draft: str, owned: bool):
    assert english.analyse(draft).has_responsibility is owned


@pytest.mark.parametrize(
    ("draft", "solved"),
    [
        ("The full report is attached.", True),
        ("Updated floor plan attached, with the door moved.", True),
        ("The wrong report is attached.", False),
    ],
)
def test_a_complete_or_updated_thing_attached_is_a_remedy(draft: str, solved: bool):
    assert english.analyse(draft).has_solution is solved


@pytest.mark.parametrize(
    ("draft", "label", "phrase"),
    [
        ("Most likely you've been charging it with another cable.", "blame_shifting", "charging"),
        ("Your printer probably isn't calibrated for this paper.", "blame_shifting", "calibrated"),
        ("Heavy rain is not something we can fully control.", "excuse", "control"),
        ("It looked off because the shop was slammed that day.", "excuse", "slammed"),
    ],
)
def test_guessed_client_causes_uncontrollable_things_and_rushes(draft, label, phrase):
    assert any(phrase in span for span in rule_spans(draft, label))


def test_owning_a_guess_about_oneself_is_not_blame():
    assert not rule_spans("I probably mislabelled it, sorry; new one Friday.", "blame_shifting")


def test_spans_of_a_label_joined_by_a_comma_or_and_are_one_finding():
    from ownup.playbook.checker import result_of
    from ownup.playbook.checker.common import Analysis

    text = "I was ill, and the printer broke. Later the van was late."
    analysis = Analysis()
    analysis.add("excuse", 0, 9)  # "I was ill"
    analysis.add("excuse", 15, 32)  # "the printer broke"
    analysis.add("excuse", 40, 57)  # "the van was late", another sentence
    spans = [f.text for f in result_of(analysis, text, "en").findings]
    assert spans == ["I was ill, and the printer broke", "the van was late"]


def test_packing_up_oneself_is_not_a_machine_giving_up():
    assert not rule_spans("I left your tray behind when I packed up on Sunday.", "excuse")
    assert rule_spans("Sorry, the oven packed up on Sunday.", "excuse")


def test_the_clients_busy_team_is_not_the_writers_excuse():
    draft = (
        "With the launch keeping your team flat out, I'll be brief: I sent the wrong price "
        "list this morning. My mistake; the right one is attached."
    )
    assert not [f for f in check(draft, "en").findings if f.label == "excuse"]


def test_which_was_my_call_owns_it():
    draft = "Your sofa was scratched. I sent one mover, which was my call. Sorry; repair Monday."
    assert "missing_responsibility" not in check(draft, "en").missing


@pytest.mark.parametrize(
    "draft",
    [
        "Sorry, I misread the spacing on my own plan. It's a small fix: I'll move them Tuesday.",
        "I'm sorry your heater has been running overnight; I set the timer wrong. Fixed by 5 "
        "today.",
        "I booked your clean for the Friday before the bank holiday, knowing the office would be "
        "busy. That was my planning. We'll finish on Saturday at 8.",
    ],
)
def test_owned_drafts_with_innocent_circumstance_words_stay_clean(draft: str):
    assert check(draft, "en").findings == []


def test_a_circumstance_given_as_the_cause_is_still_an_excuse():
    draft = "Sorry, with the bank holiday the parts were late."
    assert [f for f in check(draft, "en").findings if f.label == "excuse"]
