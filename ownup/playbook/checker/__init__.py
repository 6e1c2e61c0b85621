"""The draft checker: flags what undermines an apology or disclosure, in French or English.

API (pure, no Django)::

    from ownup.playbook.checker import check, format_report

    result = check(text, lang="auto")     # lang: "fr", "en" or "auto" (detected)
    result.to_json_dict()
    # {"lang": "fr",
    #  "findings": [{"label", "start", "end", "text", "explanation", "suggestion"}, ...],
    #  "missing": ["missing_solution", ...]}
    print(format_report(result, text, color=sys.stdout.isatty()))

* ``start``/``end`` are character offsets into ``text``; ``text[start:end] == finding.text``.
  Findings are sorted by ``start``; one span carries one label (spans of different labels may
  overlap).
* Span labels (``SPAN_LABELS``): ``self_flagellation``, ``blame_shifting``, ``excuse``,
  ``minimisation``, ``conditional_apology``, ``passive_voice_evasion``.
* Message labels (``MISSING_LABELS``): ``missing_apology`` (no apology, a conditional one does
  not count), ``missing_responsibility`` (no first-person ownership), ``missing_solution`` (no
  concrete remedy with a time). An empty or blank draft gets no finding and nothing missing.
* Explanations and suggestions are written in the draft's language.
* ``format_report(result, text, color=False)``: readable report; carets under each span, or an
  ANSI underline with ``color=True`` (use it when stdout is a TTY).
* ``detect_language(text)`` is what ``lang="auto"`` uses.

The pipelines load once per process, on first use (``warm_up()`` loads them eagerly): the French
rules read the official ``fr_core_news_sm`` parse (subjects, passive and pronominal verbs,
agents, what a *si* clause attaches to); the English rules build the same structure on spaCy's
rule-based tokenizer (see ``english.py``). A small learned layer (``learned.py``) then flags
clauses the rules missed when it is confident. Raises ``ValueError`` for an unknown ``lang``.
"""

from __future__ import annotations

import re

from . import english, french, learned
from .common import Analysis
from .messages import message
from .model import MISSING_LABELS, SPAN_LABELS, CheckResult, Finding
from .pipeline import detect_language, warm_up
from .report import format_report

__all__ = [
    "MISSING_LABELS",
    "SPAN_LABELS",
    "CheckResult",
    "Finding",
    "check",
    "detect_language",
    "finish",
    "format_report",
    "warm_up",
]

LANGUAGES = ("fr", "en")


#: What may lie between two spans of a label for them to read as one finding: punctuation, or
#: a coordinating word ("I was ill, and then the printer broke" is one excuse, not two).
_JOINS = re.compile(
    r"[\s,;:—–-]*(?:(?:and|but|so|then|and then|plus|et|mais|donc|puis|et puis|alors)\b"
    r"[\s,;:—–-]*)?",
    re.IGNORECASE,
)


def _merged(analysis: Analysis, text: str) -> list[tuple[str, int, int, str]]:
    """One finding per label per overlapping or adjoining area: spans of a label that overlap,
    or that only punctuation or a coordinating word separates, are merged."""
    by_label: dict[str, list[tuple[int, int, str]]] = {}
    for raw in analysis.findings:
        start, end = raw.start, raw.end
        while start < end and text[start] in " ,;:—-":
            start += 1
        while end > start and text[end - 1] in " ,;:—-.!?":
            end -= 1
        if end > start:
            by_label.setdefault(raw.label, []).append((start, end, raw.kind))
    merged: list[tuple[str, int, int, str]] = []
    for label, spans in by_label.items():
        spans.sort()
        current = list(spans[0])
        for start, end, kind in spans[1:]:
            if start < current[1] or _JOINS.fullmatch(text[current[1] : start]):
                current[1] = max(current[1], end)
            else:
                merged.append((label, current[0], current[1], current[2]))
                current = [start, end, kind]
        merged.append((label, current[0], current[1], current[2]))
    merged.sort(key=lambda item: (item[1], SPAN_LABELS.index(item[0])))
    return merged


OWNED_EXCLUDES = frozenset(["blame_shifting", "passive_voice_evasion"])


def check(text: str, lang: str = "auto") -> CheckResult:
    """Check one draft; see the module docstring for the result's shape."""
    if lang not in (*LANGUAGES, "auto"):
        raise ValueError(f"unknown language {lang!r}: use fr, en or auto")
    if lang == "auto":
        lang = detect_language(text)
    if not text.strip():
        return CheckResult(lang=lang)
    analysis = french.analyse(text) if lang == "fr" else english.analyse(text)
    return finish(analysis, text, lang)


def finish(
    analysis: Analysis,
    text: str,
    lang: str,
    model: learned.Model | None = None,
    with_layer: bool = True,
) -> CheckResult:
    """The rules' analysis made a result: the learned layer (`model`, by default the shipped
    weights; none without `with_layer`), then what judges the findings together. The benchmark
    scores through here too, so that it measures what `check` does."""
    if with_layer:
        learned.apply(analysis, text, lang, model)
    if lang == "en":
        english.drop_explained_evasion(analysis, text)
        english.drop_owned_excuse(analysis, text)
    else:
        french.drop_disowned_excuse(analysis, text)
    if analysis.has_responsibility:
        # Blame and evasion are ways of not owning the error: a draft that owns it in the first
        # person names a supplier's part beside its own, or describes the remedy or the
        # consequence in the passive.
        analysis.findings = [f for f in analysis.findings if f.label not in OWNED_EXCLUDES]
    return result_of(analysis, text, lang)


def result_of(analysis: Analysis, text: str, lang: str) -> CheckResult:
    """The result for a finished analysis (rules, then the learned layer)."""
    findings = []
    for label, start, end, kind in _merged(analysis, text):
        explanation, suggestion = message(label, kind, lang)
        findings.append(Finding(label, start, end, text[start:end], explanation, suggestion))
    conditional = [(f.start, f.end) for f in findings if f.label == "conditional_apology"]
    sincere = [
        (a, b)
        for a, b in analysis.apologies
        if not any(start < b and a < end for start, end in conditional)
    ]
    missing = []
    if not sincere:
        missing.append("missing_apology")
    if not analysis.has_responsibility:
        missing.append("missing_responsibility")
    if not analysis.has_solution:
        missing.append("missing_solution")
    return CheckResult(
        lang=lang,
        findings=findings,
        missing=missing,
        missing_explanations={label: message(label, "", lang)[0] for label in missing},
    )
