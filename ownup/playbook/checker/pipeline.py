"""Language pipelines, loaded once per process and cached (the web editor checks as the user
types, so only the first call pays the load), and language detection for ``lang="auto"``."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

# spaCy components the French rules never read: named entities cost time for nothing.
_FRENCH_UNUSED = ("ner",)


@cache
def french() -> Any:
    """The official French pipeline (parser, morphology, lemmas)."""
    import spacy

    return spacy.load("fr_core_news_sm", exclude=list(_FRENCH_UNUSED))


@cache
def english_tokenizer() -> Any:
    """spaCy's rule-based English tokenizer: no statistical model exists on PyPI, so the English
    structure (subjects, passives, conditions) is built on top of these tokens by the rules."""
    import spacy

    return spacy.blank("en").tokenizer


def warm_up() -> None:
    """Load both pipelines and the learned layer's weights now (for servers and benchmarks that
    want no first-call delay)."""
    from . import learned

    french()("Bonjour.")
    english_tokenizer()("Hello.")
    learned.shipped("fr")
    learned.shipped("en")


# Very frequent function words that tell the two languages apart even in a short draft.
_FRENCH_WORDS = frozenset(
    [
        "je",
        "j",
        "tu",
        "il",
        "elle",
        "nous",
        "vous",
        "ils",
        "elles",
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "du",
        "de",
        "et",
        "est",
        "suis",
        "sommes",
        "êtes",
        "sont",
        "pas",
        "ne",
        "n",
        "que",
        "qui",
        "pour",
        "avec",
        "dans",
        "sur",
        "au",
        "aux",
        "ce",
        "cette",
        "ces",
        "mon",
        "ma",
        "mes",
        "votre",
        "vos",
        "notre",
        "nos",
        "désolé",
        "désolée",
        "excuses",
        "bonjour",
        "merci",
        "demain",
        "aujourd",
        "hui",
        "c",
        "d",
        "l",
        "s",
        "qu",
        "m",
        "ai",
        "avons",
        "avez",
        "été",
        "erreur",
        "faute",
        "si",
        "mais",
        "ou",
        "où",
    ]
)
_ENGLISH_WORDS = frozenset(
    [
        "i",
        "you",
        "he",
        "she",
        "we",
        "they",
        "the",
        "a",
        "an",
        "and",
        "is",
        "am",
        "are",
        "was",
        "were",
        "not",
        "to",
        "for",
        "with",
        "in",
        "on",
        "of",
        "at",
        "my",
        "your",
        "our",
        "this",
        "that",
        "it",
        "s",
        "m",
        "re",
        "ll",
        "ve",
        "d",
        "t",
        "sorry",
        "apologise",
        "apologize",
        "hello",
        "thanks",
        "tomorrow",
        "today",
        "have",
        "has",
        "had",
        "be",
        "been",
        "will",
        "would",
        "can",
        "could",
        "if",
        "but",
        "or",
        "error",
        "mistake",
    ]
)
_WORD = re.compile(r"[a-zàâäçéèêëîïôöùûüÿœæ]+")
_ACCENTED = re.compile(r"[àâçéèêëîïôùûœ«»]")


def detect_language(text: str) -> str:
    """``"fr"`` or ``"en"``: compare hits on each language's function words; French accents and
    guillemets count as French evidence. Ties go to English."""
    words = _WORD.findall(text.lower())
    french_score = sum(word in _FRENCH_WORDS for word in words)
    english_score = sum(word in _ENGLISH_WORDS for word in words)
    french_score += 0.5 * len(_ACCENTED.findall(text.lower()))
    return "fr" if french_score > english_score else "en"
