"""The checker's result types: a finding is one flagged span; a result is all of them plus what
the whole message lacks. ``to_json_dict`` is the documented wire shape (CLI ``--json``, web)."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Labels given to a span of the draft, in the order a report lists them.
SPAN_LABELS: tuple[str, ...] = (
    "self_flagellation",
    "blame_shifting",
    "excuse",
    "minimisation",
    "conditional_apology",
    "passive_voice_evasion",
)
#: Labels given to the whole message when one part of a good apology is absent.
MISSING_LABELS: tuple[str, ...] = ("missing_apology", "missing_responsibility", "missing_solution")


@dataclass(frozen=True)
class Finding:
    """One flagged span: ``text == draft[start:end]`` (offsets in characters)."""

    label: str
    start: int
    end: int
    text: str
    explanation: str
    suggestion: str

    def to_json_dict(self) -> dict[str, object]:
        return {
            "label": self.label,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "explanation": self.explanation,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True)
class CheckResult:
    """Everything the checker says about one draft."""

    lang: str
    findings: list[Finding] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    #: One-line explanation per missing label, in the draft's language (not part of the JSON).
    missing_explanations: dict[str, str] = field(default_factory=dict)

    @property
    def clean(self) -> bool:
        return not self.findings and not self.missing

    def to_json_dict(self) -> dict[str, object]:
        return {
            "lang": self.lang,
            "findings": [finding.to_json_dict() for finding in self.findings],
            "missing": list(self.missing),
        }
