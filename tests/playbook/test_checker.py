"""The draft checker: each label on clear cases in both languages with the right span, the
near-misses left alone, what a message is missing, the JSON contract, offsets, language
detection and the terminal report."""

from __future__ import annotations

import json

import pytest

from ownup.playbook.checker import (
    MISSING_LABELS,
    SPAN_LABELS,
    CheckResult,
    check,
    detect_language,
    format_report,
    warm_up,
)


@pytest.fixture(scope="session", autouse=True)
def pipelines() -> None:
    """Load spaCy once for the whole session."""
    warm_up()


def spans(result: CheckResult, label: str) -> list[str]:
    return [f.text for f in result.findings if f.label == label]


# (lang, draft, label, a phrase the flagged span must contain)
CLEAR_CASES = [
    # a negative statement of responsibility is a denial
    (
        "en",
        "It wasn't my fault, the courier was late. I'll resend it tomorrow.",
        "excuse",
        "wasn't my fault",
    ),
    (
        "fr",
        "Ce n'était pas de ma faute, le coursier était en retard. Je renvoie demain.",
        "excuse",
        "pas de ma faute",
    ),
    # a denied ownership in the next sentence does not excuse the blame
    (
        "fr",
        "C'est la faute du stagiaire. Ce n'était pas de ma faute.",
        "blame_shifting",
        "faute du stagiaire",
    ),
    ("en", "It's the intern's fault. It wasn't my fault.", "blame_shifting", "intern's fault"),
    (
        "en",
        "I'm so sorry. I'm honestly useless at this job. I sent the wrong file; I'll "
        "reprint it by Friday.",
        "self_flagellation",
        "useless",
    ),
    (
        "fr",
        "Je suis désolée, je suis vraiment nulle. J'ai envoyé le mauvais fichier ; je le "
        "fais réimprimer pour vendredi.",
        "self_flagellation",
        "nulle",
    ),
    (
        "en",
        "Sorry for the delay. It's the intern's fault, he sent the wrong file to the "
        "printer. We reprint tomorrow.",
        "blame_shifting",
        "intern's fault",
    ),
    (
        "fr",
        "Désolé pour le retard. C'est la faute du stagiaire, il a envoyé le mauvais "
        "fichier. Nous réimprimons demain.",
        "blame_shifting",
        "faute du stagiaire",
    ),
    (
        "en",
        "I'm sorry for the delay, but I was completely swamped with year-end. I forgot "
        "your file. I'll send it on Friday.",
        "excuse",
        "swamped",
    ),
    (
        "fr",
        "Je suis désolé pour le retard, mais j'étais complètement débordé avec la fin "
        "d'année. J'ai oublié votre dossier. Je vous l'envoie vendredi.",
        "excuse",
        "débordé",
    ),
    (
        "en",
        "Sorry, it's just a small typo, no big deal. I'll fix it tonight.",
        "minimisation",
        "small typo",
    ),
    (
        "fr",
        "Désolée, c'est juste une petite faute, rien de grave. Je la corrige ce soir.",
        "minimisation",
        "petite faute",
    ),
    (
        "en",
        "I'm sorry if you were offended by the delay. The cards ship tomorrow.",
        "conditional_apology",
        "sorry if you were offended",
    ),
    (
        "fr",
        "Je suis désolé si vous avez été gêné par ce retard. Les cartes partent demain.",
        "conditional_apology",
        "désolé si vous avez été gêné",
    ),
    (
        "en",
        "We apologise for any inconvenience this may have caused.",
        "conditional_apology",
        "any inconvenience",
    ),
    (
        "fr",
        "Veuillez nous excuser pour la gêne éventuellement occasionnée.",
        "conditional_apology",
        "gêne éventuellement occasionnée",
    ),
    (
        "en",
        "Mistakes were made on page 4. We will reprint by Friday.",
        "passive_voice_evasion",
        "Mistakes were made",
    ),
    (
        "en",
        "Sorry, the file got lost during the transfer. I'll resend it tomorrow.",
        "passive_voice_evasion",
        "the file got lost",
    ),
    (
        "fr",
        "Une erreur s'est glissée dans le texte. Nous réimprimons d'ici vendredi.",
        "passive_voice_evasion",
        "Une erreur s'est glissée",
    ),
    (
        "fr",
        "Le fichier a été perdu lors du transfert. Je vous renvoie les épreuves demain.",
        "passive_voice_evasion",
        "a été perdu",
    ),
    (
        "fr",
        "Il y a eu un problème avec votre commande. Je la renvoie demain.",
        "passive_voice_evasion",
        "Il y a eu un problème",
    ),
]


@pytest.mark.parametrize(("lang", "draft", "label", "phrase"), CLEAR_CASES)
def test_each_label_is_caught_with_its_span(lang: str, draft: str, label: str, phrase: str):
    result = check(draft, lang)
    flagged = spans(result, label)
    assert any(phrase in text for text in flagged), (label, flagged, result.findings)
    for finding in result.findings:
        assert draft[finding.start : finding.end] == finding.text


# Near-misses the issue names: each must NOT get the label.
NEAR_MISSES = [
    (
        "en",
        "I regret this error, it is mine: I changed the text after your approval. I'm "
        "reprinting at my cost, delivered Thursday.",
        "self_flagellation",
    ),
    (
        "fr",
        "Je regrette sincèrement cette erreur, qui est la mienne : j'ai modifié le texte "
        "après votre BAT. Je fais réimprimer à mes frais pour jeudi.",
        "self_flagellation",
    ),
    (
        "en",
        "The printer used the old file, but I was the one who sent it without checking, so "
        "the error is mine. I'm sorry; the reprint is due Monday.",
        "blame_shifting",
    ),
    (
        "fr",
        "L'imprimeur a utilisé l'ancien fichier, mais c'est moi qui le lui avais envoyé sans "
        "vérifier. Je suis désolé ; la réimpression arrive lundi.",
        "blame_shifting",
    ),
    (
        "en",
        "I'm sorry, I applied last year's rate. If you like, I can refund the difference today.",
        "conditional_apology",
    ),
    (
        "fr",
        "Je suis désolé, j'ai appliqué l'ancien tarif. Si vous le souhaitez, je peux vous "
        "rembourser la différence dès aujourd'hui.",
        "conditional_apology",
    ),
    (
        "en",
        "I apologise for the wrong amount I put on your invoice. Your refund was processed "
        "this morning.",
        "passive_voice_evasion",
    ),
    (
        "fr",
        "Je m'excuse pour l'erreur de montant que j'ai faite. Votre remboursement a été "
        "effectué ce matin.",
        "passive_voice_evasion",
    ),
    (
        "en",
        "I'm sorry, I misspelled his name on the cards. The error only affects the 50 cards "
        "with his name. You'll have new ones on Wednesday.",
        "minimisation",
    ),
    (
        "fr",
        "Je suis désolée, j'ai mal écrit son nom sur les cartes. L'erreur concerne "
        "uniquement les 50 cartes à son nom. Vous aurez les nouvelles mercredi.",
        "minimisation",
    ),
    (
        "en",
        "I'm sorry for the delay. With the strike announced, I should have shipped earlier, "
        "and I didn't. I'll bring them tomorrow.",
        "excuse",
    ),
    (
        "fr",
        "Je suis désolée. Avec la grève annoncée, j'aurais dû expédier plus tôt, et je ne "
        "l'ai pas fait. Je vous les apporte demain.",
        "excuse",
    ),
]


@pytest.mark.parametrize(("lang", "draft", "label"), NEAR_MISSES)
def test_near_misses_are_not_flagged(lang: str, draft: str, label: str):
    result = check(draft, lang)
    assert spans(result, label) == [], result.findings


GOOD = {
    "en": "I'm sorry: I changed a block of text after you approved the proof and didn't send "
    "it back to you. This is entirely my fault. I'm having all 300 copies reprinted at my "
    "cost, delivered Thursday before noon.",
    "fr": "Je suis désolée : j'ai modifié un bloc de texte après votre BAT sans vous le "
    "renvoyer. C'est entièrement ma faute. Je fais réimprimer les 300 exemplaires à mes "
    "frais, livrés jeudi avant midi.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_good_message_gets_nothing(lang: str):
    result = check(GOOD[lang], lang)
    assert result.findings == []
    assert result.missing == []
    assert result.clean


@pytest.mark.parametrize(
    ("lang", "draft", "missing"),
    [
        (
            "en",
            "I changed the text after your approval, that's my fault. I'll reprint the "
            "copies by Thursday.",
            ["missing_apology"],
        ),
        (
            "fr",
            "J'ai modifié le texte après votre validation, c'est ma faute. Je réimprime les "
            "exemplaires pour jeudi.",
            ["missing_apology"],
        ),
        (
            "en",
            "I'm sorry about the translation error in your brochure. I'll send a corrected "
            "version tomorrow.",
            ["missing_responsibility"],
        ),
        (
            "fr",
            "Je suis désolée pour l'erreur de traduction dans votre brochure. Je vous envoie "
            "une version corrigée demain.",
            ["missing_responsibility"],
        ),
        (
            "en",
            "I'm really sorry, I forgot your corrections on page 12. I'll fix it as soon as "
            "possible.",
            ["missing_solution"],
        ),
        (
            "fr",
            "Je suis vraiment désolé, j'ai oublié vos corrections en page 12. Je corrige dès "
            "que possible.",
            ["missing_solution"],
        ),
        # a conditional apology is not an apology
        (
            "en",
            "Sorry if you were upset. I forgot to attach the files; I'll send them tonight.",
            ["missing_apology"],
        ),
        (
            "fr",
            "Désolé si vous avez été contrarié. J'ai oublié de joindre les fichiers ; je "
            "vous les envoie ce soir.",
            ["missing_apology"],
        ),
    ],
)
def test_missing_parts(lang: str, draft: str, missing: list[str]):
    assert check(draft, lang).missing == missing


def test_json_shape_and_offsets_are_exact():
    # typographic apostrophes, accents and an emoji before the spans: offsets are characters
    draft = (
        "Bonjour 🙂 Hélène, je suis nulle. C’est la faute du stagiaire, il a envoyé le mauvais "
        "fichier. Une erreur s’est glissée, mais c’est juste une petite faute."
    )
    result = check(draft)
    payload = json.loads(json.dumps(result.to_json_dict(), ensure_ascii=False))
    assert set(payload) == {"lang", "findings", "missing"}
    assert payload["lang"] == "fr"
    assert {f["label"] for f in payload["findings"]} >= {
        "self_flagellation",
        "blame_shifting",
        "passive_voice_evasion",
        "minimisation",
    }
    for finding in payload["findings"]:
        assert set(finding) == {"label", "start", "end", "text", "explanation", "suggestion"}
        assert draft[finding["start"] : finding["end"]] == finding["text"]
        assert finding["label"] in SPAN_LABELS
        assert finding["explanation"] and finding["suggestion"]
    assert [f["start"] for f in payload["findings"]] == sorted(
        f["start"] for f in payload["findings"]
    )
    assert set(payload["missing"]) <= set(MISSING_LABELS)
    assert "missing_apology" in payload["missing"]


def test_explanations_are_in_the_language_of_the_draft():
    french = check("Une erreur s'est glissée dans le fichier.", "fr").findings[0]
    english = check("Mistakes were made in the file.", "en").findings[0]
    assert "erreur" in french.explanation and "agent" in french.explanation
    assert "agentless" in english.explanation
    assert french.suggestion.startswith("Dites") and english.suggestion.startswith("Say")


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("Je suis désolée, j'ai envoyé le mauvais fichier à l'imprimeur.", "fr"),
        ("Une erreur s'est glissée.", "fr"),
        ("I'm sorry, I sent the wrong file to the printer.", "en"),
        ("Mistakes were made.", "en"),
    ],
)
def test_auto_language_detection(draft: str, lang: str):
    assert detect_language(draft) == lang
    assert check(draft).lang == lang
    assert check(draft, "auto").lang == lang


def test_unknown_language_and_blank_draft():
    with pytest.raises(ValueError, match="unknown language"):
        check("Hello", "de")
    blank = check("   \n", "en")
    assert blank.findings == [] and blank.missing == []


def test_report_underlines_each_span_with_carets():
    draft = "Sorry if you were offended. Mistakes were made."
    result = check(draft, "en")
    report = format_report(result, draft)
    lines = report.splitlines()
    for finding in result.findings:
        header = next(
            i for i, line in enumerate(lines) if f"[{finding.start}:{finding.end}]" in line
        )
        excerpt, carets = lines[header + 1], lines[header + 2]
        column = excerpt.index(finding.text)
        assert carets[column : column + len(finding.text)] == "^" * len(finding.text)
        assert carets[:column].strip() == ""
    assert "Missing: apology" in report
    assert "Conditional apology" in report


def test_report_on_a_tty_uses_ansi_underline_and_french_titles():
    draft = "Une erreur s'est glissée dans le texte."
    report = format_report(check(draft, "fr"), draft, color=True)
    assert "\x1b[4mUne erreur s'est glissée" in report
    assert "Tournure sans agent" in report
    assert "^^^" not in report


def test_report_for_a_clean_draft_says_so():
    report = format_report(check(GOOD["en"], "en"), GOOD["en"])
    assert "No problem found" in report


# The examples the issue itself gives for each label, as bare sentences.
ISSUE_EXAMPLES = [
    ("fr", "Je suis nul.", "self_flagellation"),
    ("en", "I'm terrible at my job.", "self_flagellation"),
    ("en", "It wasn't me, my colleague sent the wrong file.", "blame_shifting"),
    ("fr", "Le fournisseur a livré le mauvais papier.", "blame_shifting"),
    ("en", "It was out of my hands.", "excuse"),
    ("fr", "À cause de la grève, les brochures sont en retard.", "excuse"),
    ("en", "With my workload, I couldn't proofread it.", "excuse"),
    ("en", "It was just a small mistake, no big deal.", "minimisation"),
    ("fr", "Ça arrive à tout le monde.", "minimisation"),
    ("en", "Sorry you feel that way.", "conditional_apology"),
    ("en", "We regret any inconvenience.", "conditional_apology"),
    ("fr", "Nous nous excusons pour la gêne éventuellement occasionnée.", "conditional_apology"),
    ("en", "The file got lost.", "passive_voice_evasion"),
    ("fr", "Il y a eu un problème.", "passive_voice_evasion"),
]


@pytest.mark.parametrize(("lang", "draft", "label"), ISSUE_EXAMPLES)
def test_the_issue_examples(lang: str, draft: str, label: str):
    assert label in {f.label for f in check(draft, lang).findings}
