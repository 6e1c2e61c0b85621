import re

import pytest

from ownup.playbook.composer import (
    SECTION_ORDER,
    Section,
    compose_call_script,
    compose_email,
    email_sections,
)

from .story import story_context

# Wording the draft checker flags; the templates must never produce it.
FORBIDDEN = {
    "en": [r"\bsorry if\b", r"\bany inconvenience\b", r"mistakes were made", r"\bslipped\b",
           r"\bjust\b", r"\bterrible\b", r"\bstupid\b", r"\bprinter'?s? fault\b", r"\bbut\b"],
    "fr": [r"s'est glissée", r"il y a eu", r"éventuellement", r"\bnulle?\b", r"\bmais\b",
           r"\bpetite erreur\b", r"\bdésolée? si\b"],
}  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_email_follows_the_order_of_the_method(lang):
    ctx = story_context(lang)
    body = compose_email(ctx).body
    positions = [body.index(text.split("\n")[0][:40]) for _, text in email_sections(ctx)]
    assert positions == sorted(positions)
    assert [s for s, _ in email_sections(ctx)] == list(SECTION_ORDER)


def test_english_email_content():
    email = compose_email(story_context("en"))
    assert email.subject.startswith("The brochure for your trade fair:")
    body = email.body
    assert body.startswith("Hello Claire Martin,\n\n")
    assert "the opening hours on page 4 are wrong." in body
    assert "these brochures cannot be handed out as they are" in body
    assert body.count("sorry") == 1  # apologise once
    assert "It is my error, and I take full responsibility" in body
    assert "After your approval, I adjusted a text block to balance it." in body
    assert "by Thursday 10 September at 17:00" in body
    assert "I bear the full cost" in body
    assert "I will call you on Tuesday 8 September at 10:00" in body
    assert body.rstrip().endswith("Léa Moreau")


def test_french_email_content():
    email = compose_email(story_context("fr"))
    body = email.body
    assert email.subject.startswith("La brochure de votre salon :")
    assert body.startswith("Bonjour Claire Martin,")
    assert body.count("excuses") == 1
    assert "C'est mon erreur" in body
    assert "d'ici le jeudi 10 septembre à 17 h 00" in body
    assert "à ma charge" in body
    assert "je vous appelle le mardi 8 septembre à 10 h 00" in body


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_templates_avoid_what_the_checker_flags(lang):
    email = compose_email(story_context(lang))
    script = " ".join(text for _, text in compose_call_script(story_context(lang)))
    for pattern in FORBIDDEN[lang]:
        assert not re.search(pattern, email.body, re.IGNORECASE), pattern
        assert not re.search(pattern, script, re.IGNORECASE), pattern


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_call_script_is_short_points_in_order(lang):
    points = compose_call_script(story_context(lang))
    sections = [s for s, _ in points if s is not None]
    assert sections == sorted(sections, key=SECTION_ORDER.index)
    assert set(sections) == set(Section)
    assert points[-1][0] is None  # the closing cue: listen
    assert all(len(text) < 260 for _, text in points)


def test_multiline_problem_from_a_comparison_gets_its_own_paragraph():
    from dataclasses import replace

    ctx = replace(story_context("en"), problem="2 changes:\n- page 4: text\n- page 6: image")
    body = compose_email(ctx).body
    assert "Here is the problem:\n\n2 changes:\n- page 4: text" in body


def test_missing_causes_still_explain_in_first_person():
    from dataclasses import replace

    body = compose_email(replace(story_context("en"), causes=())).body
    assert "I am establishing exactly how I let it through" in body


def test_passes_the_draft_checker_when_present():
    checker = pytest.importorskip("ownup.playbook.checker")
    for lang in ("en", "fr"):
        body = compose_email(story_context(lang)).body
        result = checker.check(body, lang=lang).to_json_dict()
        assert result["findings"] == [], result
        assert result["missing"] == [], result


def test_remedy_phrases_are_first_person_actions():
    from ownup.playbook.composer import remedy_phrase

    assert remedy_phrase("reprint", "Reprint", "en").startswith("I am having")
    assert remedy_phrase("sticker", "x", "fr").startswith("je fais fabriquer")
    assert remedy_phrase("other", "I drive the copies to you", "en") == "I drive the copies to you"


def test_call_script_keeps_the_headline_of_a_long_problem():
    from dataclasses import replace

    ctx = replace(story_context("en"), problem="2 changes:\n- page 4: text\n- page 6: image")
    first = compose_call_script(ctx)[0][1]
    assert first.endswith("The problem: 2 changes.") and "page 6" not in first


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(
    "kind", ["reprint", "sticker", "erratum", "digital_correction", "redelivery"]
)
@pytest.mark.parametrize("variant", ["full", "no_causes", "no_date", "no_impacts"])
def test_every_generated_email_passes_the_checker(lang, kind, variant):
    from dataclasses import replace

    from ownup.playbook.composer import remedy_phrase

    checker = pytest.importorskip("ownup.playbook.checker")
    ctx = replace(story_context(lang), remedy=remedy_phrase(kind, "", lang))
    if variant == "no_causes":
        ctx = replace(ctx, causes=())
    elif variant == "no_date":
        ctx = replace(ctx, date_at_stake=None, date_at_stake_label="")
    elif variant == "no_impacts":
        ctx = replace(ctx, impacts=())
    result = checker.check(compose_email(ctx).body, lang=lang).to_json_dict()
    assert result["findings"] == [] and result["missing"] == [], result
    auto = checker.check(compose_email(ctx).body, lang="auto").to_json_dict()
    assert auto["lang"] == lang
