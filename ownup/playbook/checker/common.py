"""What a language module returns: raw findings (label, span, advice kind) and the three facts
that decide the ``missing_*`` labels."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RawFinding:
    label: str
    start: int
    end: int
    kind: str = ""


@dataclass
class Analysis:
    findings: list[RawFinding] = field(default_factory=list)
    #: Spans of apology expressions (one inside a conditional apology is discounted later).
    apologies: list[tuple[int, int]] = field(default_factory=list)
    has_responsibility: bool = False
    has_solution: bool = False

    def add(self, label: str, start: int, end: int, kind: str = "") -> None:
        self.findings.append(RawFinding(label, start, end, kind))
