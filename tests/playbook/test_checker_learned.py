"""The draft checker's learned layer: it adds what the rules miss on new wording, stays out of
what they already flag, needs an apology for a conditional apology, explains itself in the
draft's language, and its shipped weights are exactly what the training script makes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from ownup.playbook.checker import check, english, french, learned, result_of, warm_up
from ownup.playbook.checker.messages import message

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def pipelines() -> None:
    warm_up()


def rules_only(text: str, lang: str) -> list[tuple[str, str]]:
    analysis = (french if lang == "fr" else english).analyse(text)
    return [(f.label, f.text) for f in result_of(analysis, text, lang).findings]


# Circumstances no rule names (weather, roads) given for a delay: the rules see nothing.
WEATHER = {
    "en": "Sorry for the delay. The weather was awful all week and the roads were a mess. "
    "The files will be with you on Monday.",
    "fr": "Désolé pour le retard. Il a fait un temps épouvantable toute la semaine et les routes "
    "étaient impraticables. Les fichiers vous parviendront lundi.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_layer_finds_an_excuse_the_rules_miss(lang: str) -> None:
    text = WEATHER[lang]
    assert not any(label == "excuse" for label, _ in rules_only(text, lang))
    found = [f for f in check(text, lang).findings if f.label == "excuse"]
    assert found
    assert ("temps" if lang == "fr" else "weather") in found[0].text
    # Its advice is the label's own, in the draft's language.
    assert (found[0].explanation, found[0].suggestion) == message("excuse", "", lang)


def test_the_layer_finds_a_minimisation_without_a_listed_phrase() -> None:
    text = (
        "Apologies, it was a couple of commas, hardly worth mentioning. Fixed version by "
        "noon tomorrow."
    )
    assert rules_only(text, "en") == []
    assert any(f.label == "minimisation" for f in check(text, "en").findings)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "I'm sorry: I printed the menus with last year's prices. That was my mistake. "
            "Corrected menus will be delivered by Thursday noon, and you pay nothing for them.",
        ),
        (
            "fr",
            "Pardon, j'ai mal traduit le tableau de la notice. Je l'ai corrigé et une relectrice "
            "le vérifiera d'ici lundi ; vous ne payez rien.",
        ),
    ],
)
def test_a_good_draft_stays_clean(lang: str, text: str) -> None:
    assert check(text, lang).findings == []


def test_a_condition_without_an_apology_is_no_conditional_apology() -> None:
    weights = {"w:if": [0.0, 0.0, 0.0, 0.0, 5.0, 0.0]}  # a model that flags any "if"
    for text, expected in [
        ("If you have any questions, call me.", []),
        ("Sorry if the colours looked off.", ["conditional_apology"]),
    ]:
        analysis = english.analyse(text)
        analysis.findings.clear()  # the layer alone
        learned.apply(analysis, text, "en", learned.Model(weights, [0.6] * 6))
        assert [f.label for f in analysis.findings] == expected


# A model that puts blame on every clause.
BLAME_EVERYWHERE = learned.Model({"bias": [0.0, 9.0, 0.0, 0.0, 0.0, 0.0]}, [0.6] * 6)


def test_the_layer_does_not_repeat_a_rule_finding() -> None:
    text = "It's the intern's fault. She will resend it tomorrow."
    analysis = english.analyse(text)
    before = [f for f in analysis.findings if f.label == "blame_shifting"]
    assert before
    learned.apply(analysis, text, "en", BLAME_EVERYWHERE)
    added = [f for f in analysis.findings if f.kind == learned.KIND]
    assert {f.label for f in added} == {"blame_shifting"}
    # Every clause gets the label except the one the rule flagged.
    assert added and not any(f.start < before[0].end and before[0].start < f.end for f in added)


def test_no_learned_blame_in_a_sentence_with_nobody_to_blame() -> None:
    text = "Paper shortages made the schedule impossible. The binder sent it to you late."
    analysis = english.analyse(text)
    analysis.findings.clear()  # the layer alone
    learned.apply(analysis, text, "en", BLAME_EVERYWHERE)
    flagged = {text[f.start : f.end] for f in analysis.findings}
    assert flagged == {"The binder sent it to you late."}


def test_no_learned_blame_once_the_draft_owns_the_error() -> None:
    owned = "The courier was late. That's on me: I booked him too late. New delivery Friday."
    analysis = english.analyse(owned)
    assert analysis.has_responsibility
    learned.apply(analysis, owned, "en", BLAME_EVERYWHERE)
    assert not [f for f in analysis.findings if f.kind == learned.KIND]
    unowned = "The courier was late. New delivery Friday."
    analysis = english.analyse(unowned)
    assert not analysis.has_responsibility
    learned.apply(analysis, unowned, "en", BLAME_EVERYWHERE)
    added = {f.label for f in analysis.findings if f.kind == learned.KIND}
    assert added == {"blame_shifting"}


def test_no_weights_means_rules_alone() -> None:
    text = WEATHER["en"]
    analysis = english.analyse(text)
    count = len(analysis.findings)
    learned.apply(analysis, text, "en", learned.NO_MODEL)
    assert len(analysis.findings) == count


def test_shipped_weights_are_what_the_training_script_makes() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import train_checker
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    shipped = json.loads(learned.WEIGHTS.read_text(encoding="utf-8"))
    items = [i for i in train_checker.load() if i["lang"] == "en"]
    assert train_checker.train(items) == shipped["weights"]["en"]
    assert shipped["thresholds"] == {label: train_checker.THRESHOLD for label in shipped["labels"]}
    assert train_checker.train_remedy(items) == shipped["remedy"]["en"]
    assert shipped["remedy_thresholds"] == train_checker.REMEDY_THRESHOLDS
    assert set(shipped["remedy"]) == {"en", "fr"}


# Every clause scores high for excuse and minimisation (SPAN_LABELS order).
EXCUSE_AND_MINIMISATION_EVERYWHERE = learned.Model(
    {"bias": [0.0, 0.0, 9.0, 9.0, 0.0, 0.0]}, [0.6] * 6
)


@pytest.mark.parametrize(
    ("lang", "consequence", "regret"),
    [
        ("en", "so the app was pointing at test data", "It shouldn't have happened"),
        ("fr", "du coup l'appli affichait les données de test", "Ça n'aurait jamais dû arriver"),
    ],
)
def test_a_consequence_is_no_excuse_and_a_regret_no_minimisation(
    lang: str, consequence: str, regret: str
) -> None:
    opening = (
        "I pushed the build with the staging key, "
        if lang == "en"
        else ("J'ai publié la version avec la clé de test, ")
    )
    text = f"{opening}{consequence}. {regret}."
    analysis = (english if lang == "en" else french).analyse(text)
    learned.apply(analysis, text, lang, EXCUSE_AND_MINIMISATION_EVERYWHERE)
    added = [(f.label, text[f.start : f.end]) for f in analysis.findings if f.kind == learned.KIND]
    assert not [span for label, span in added if label == "excuse" and consequence in span]
    assert not [span for label, span in added if label == "minimisation" and regret in span]
    # The same scores still flag a circumstance given as a cause.
    cause = "I was swamped all week" if lang == "en" else "J'étais débordé toute la semaine"
    text = f"{cause}. {regret}."
    analysis = (english if lang == "en" else french).analyse(text)
    learned.apply(analysis, text, lang, EXCUSE_AND_MINIMISATION_EVERYWHERE)
    assert any(f.label == "excuse" and f.kind == learned.KIND for f in analysis.findings)


def test_a_draft_that_owns_the_error_has_no_rule_evasion_or_blame() -> None:
    # "L'erreur se limite à ce tableau": the scope of an error the writer owns, not evasion.
    owned = (
        "Madame Benali, j'ai mal reporté un taux dans le tableau de la page 7. L'erreur se "
        "limite à ce tableau. Le rapport corrigé vous parvient demain matin."
    )
    assert "passive_voice_evasion" in {label for label, _ in rules_only(owned, "fr")}
    assert "passive_voice_evasion" not in {f.label for f in check(owned, "fr").findings}
    unowned = "Une erreur s'est glissée dans le tableau. Le rapport corrigé vous parvient demain."
    assert "passive_voice_evasion" in {f.label for f in check(unowned, "fr").findings}


def rules_missing(text: str) -> list[str]:
    return result_of(english.analyse(text), text, "en").missing


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, I booked the wrong room, my mistake. The new room is all set up for you for "
        "Thursday at 2.",
    ],
)
def test_the_remedy_model_reads_a_remedy_told_as_a_state(text: str) -> None:
    assert "missing_solution" in rules_missing(text)
    assert "missing_solution" not in check(text, "en").missing


@pytest.mark.parametrize(
    "text",
    [
        # the fault told with a time, and a vague promise: no remedy
        "Sorry, I printed the menus with last week's prices on Tuesday morning. I'll look into it.",
        "Apologies, the van was at the hall at 7 with the wrong chairs.",
        # a time and a state, but nothing done about the error
        "Sorry, my mistake. Tuesday's meeting is at 10.",
        "Sorry, my mistake. It happened on Monday at 9.",
    ],
)
def test_the_remedy_model_takes_no_fault_for_a_remedy(text: str) -> None:
    assert "missing_solution" in check(text, "en").missing


def test_a_constraint_introducing_the_remedy_is_no_learned_excuse() -> None:
    # a model that reads an excuse in every clause
    excuse_everywhere = learned.Model({"bias": [0.0, 0.0, 9.0, 0.0, 0.0, 0.0]}, [0.6] * 6)
    text = "Between 8 and 12 I had no fitter free: I'm sending one at 2 pm. The van broke down."
    analysis = english.analyse(text)
    analysis.findings.clear()
    learned.apply(analysis, text, "en", excuse_everywhere)
    flagged = [text[f.start : f.end] for f in analysis.findings]
    assert "Between 8 and 12 I had no fitter free" not in flagged
    assert "The van broke down." in flagged
