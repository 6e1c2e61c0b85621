"""What a language module returns: raw findings (label, span, advice kind) and the three facts
that decide the ``missing_*`` labels."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .textutil import rx, sentences

# "Only two candidates got it — the other six had the right one", "it's only the label: the
# cheese inside is the one you ordered", « seul le titre est concerné, tout le reste est juste »:
# the scope set against what is right, told as a fact (both languages)
SCOPE_AGAINST_REST = rx(
    r"\b(?:everything else|nothing else|all the others?|the rest (?:of|is|are|was|were)|the "
    r"other (?:[\w-]+ ){0,2}?(?:had|have|has|were|was|are|is|tested|came|went|stayed|look|"
    r"looked|got|received)|tout le reste|rien d'autre|les autres [^,.;]{0,30}?(?:sont|étaient|"
    r"ont|avaient))\b|"
    r"[;:—–]\s*(?:the|all|every|both|your|his|her|le|la|les|ceux|celles|tout|tous|toutes)\b"
    r"[^.;!?]{0,60}?\b(?:have|has|had|carry|carries|show|shows|portent|porte|ont|affichent)\s+"
    r"(?:the|la|le|les)\s+(?:right|correct|bonne?s?|correcte?s?)\b|"
    r"[;:—–]\s*(?:the|all|every|both|your|his|her|le|la|les|ceux|celles|tout|tous|toutes)\b"
    r"[^.;!?]{0,60}?"
    r"\b(?:is|are|was|were|est|sont|était|étaient)\s+(?:all\s+|exactly\s+|bien\s+|tous\s+)?"
    r"(?:right|correct|fine|accurate|unaffected|intact|untouched|justes?|corrects?|correctes?|"
    r"intacts?|intactes?|conformes?|as (?:you )?(?:ordered|agreed|planned|wanted|asked|requested)|"
    r"(?:what|the [\w -]{1,30}?) you (?:ordered|asked for|wanted|chose)|comme (?:prévu|convenu|"
    r"demandé|vous le vouliez))\b"
)
#: Words that shrink a size: a scope told with them ("it only affects a handful of employees by
#: a few pounds each") is played down, not stated
SIZE_WORDS = rx(
    r"\b(?:small|minor|little|tiny|trivial|just(?! (?:that|this|the) one\b)|barely|hardly|"
    r"a few|a handful|to be fair|in most cases|in any case|anyway|petite?s?|minime|légère?|juste|"
    r"à peine|quelques|de toute façon)\b"
)


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

    def drop_within(
        self, draft: str, marked: re.Pattern[str], drops: Callable[[RawFinding], bool]
    ) -> None:
        """Drop the findings ``drops`` picks that start or end inside a match of ``marked`` (a
        post-pass that judges a finding by the clause that frames it)."""
        # a finding's end may take in the clause's closing mark
        spans = [(m.start(), m.end() + 1) for m in marked.finditer(draft)]
        if spans:
            self.findings = [
                f
                for f in self.findings
                if not (drops(f) and any(a <= f.start < b or a < f.end <= b for a, b in spans))
            ]

    def drop_stated_scope(self, draft: str) -> None:
        """Drop a minimisation in a sentence that sets the scope against what is right, unless
        the finding itself shrinks the size (``SCOPE_AGAINST_REST``, ``SIZE_WORDS``). Run after
        the learned layer, in both languages."""
        self.drop_in_sentences(
            draft,
            SCOPE_AGAINST_REST,
            lambda f: f.label == "minimisation" and not SIZE_WORDS.search(draft[f.start : f.end]),
        )

    def drop_in_sentences(
        self, draft: str, marked: re.Pattern[str], drops: Callable[[RawFinding], bool]
    ) -> None:
        """Drop the findings ``drops`` picks that start in a sentence of ``draft`` that
        ``marked`` matches (a post-pass that judges a finding by the rest of its sentence)."""
        spans = [(s.start, s.end) for s in sentences(draft) if marked.search(s.text)]
        if spans:
            self.findings = [
                f
                for f in self.findings
                if not (drops(f) and any(a <= f.start < b for a, b in spans))
            ]


class SentenceRules:
    """The loop both languages share: each sentence goes through the same rules in the same
    order. A language subclass sets ``draft``, ``sentences`` and ``analysis``, the two patterns
    below, and the rule methods."""

    #: Apology expressions ("sorry", « désolé »…).
    APOLOGY: re.Pattern[str]
    #: How a following sentence that owns the error opens ("but", « cela dit »…), so that
    #: naming a third party's part and then owning one's own is not blame.
    OWNERSHIP_FOLLOWS: re.Pattern[str]

    draft: str
    sentences: list[Any]
    analysis: Analysis

    def run(self) -> Analysis:
        for index, sentence in enumerate(self.sentences):
            owned = self._owns(sentence)
            if owned:
                self.analysis.has_responsibility = True
            following = self.sentences[index + 1] if index + 1 < len(self.sentences) else None
            owned_near = owned or (
                following is not None
                and self._owns_explicitly(following)
                and self.OWNERSHIP_FOLLOWS.match(following.text) is not None
            )
            self._self_flagellation(sentence)
            self._blame(sentence, owned_near)
            self._excuse(sentence, self._owns_explicitly(sentence))
            self._denied_ownership(sentence)
            self._minimisation(sentence)
            self._conditional(sentence)
            self._passive(sentence)
            for match in self.APOLOGY.finditer(sentence.text):
                self.analysis.apologies.append(
                    (sentence.start + match.start(), sentence.start + match.end())
                )
            if not self.analysis.has_solution and self._solution(sentence):
                self.analysis.has_solution = True
        return self.analysis
