"""Sentence and clause boundaries shared by both languages, and small span helpers.

Offsets are always character offsets into the original draft, so a finding's text is exactly
``draft[start:end]`` whatever the language analysis does internally."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

# A sentence ends at . ! ? … followed by a space and something that can open a sentence, or at a
# line break. Abbreviations such as "M. Durand" are rare in apology drafts; we accept the split.
# Casual drafts (texts, chats) often go on in lower case after "!!" or "?": that is a break too.
_SENTENCE_BREAK = re.compile(
    r"(?<=[.!?…])[\"'»”)]*\s+(?=[«\"'“(\-–—A-ZÀ-ÖØ-Þ0-9])|(?<=[!?…])[\"'»”)]*\s+(?=[a-zà-öø-ÿ])"
    r"|\n\s*"
)
# Clause boundaries inside a sentence: semicolons, colons, dashes, and a comma before a
# coordinating or causal conjunction.
_CLAUSE_BREAK = re.compile(
    r"\s*[;:—–]\s*|,\s*(?=(?:but|and|so|or|because|which|mais|et|donc|alors|car|puisque|or)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Segment:
    """A sentence or clause: ``text`` is ``draft[start:end]``."""

    start: int
    end: int
    text: str

    def sub(self, start: int, end: int) -> tuple[int, int]:
        """Absolute offsets of a match found at ``start:end`` within this segment."""
        return self.start + start, self.start + end


def _trimmed(draft: str, start: int, end: int) -> Segment | None:
    while start < end and draft[start].isspace():
        start += 1
    while end > start and draft[end - 1].isspace():
        end -= 1
    return Segment(start, end, draft[start:end]) if end > start else None


# Texts also go on in lower case after a full stop ("…'acompte'. fixed version in 20 min"):
# a break when the word before the stop is no abbreviation.
_LOWER_AFTER_STOP = re.compile(r"(?<=[\w'’\"»”)]\.)\s+(?=[a-zà-öø-ÿ])")
_ABBREVIATIONS = {
    "etc",
    "approx",
    "incl",
    "excl",
    "env",
    "resp",
    "tel",
    "tél",
    "min",
    "max",
    "réf",
    "ref",
    "nos",
    "vol",
    "fig",
    "art",
    "cf",
    "ibid",
    "dept",
    "est",
    "ext",
    "hrs",
    "mins",
    "sec",
    "jan",
    "feb",
    "fév",
    "mar",
    "apr",
    "avr",
    "jun",
    "jul",
    "juil",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "déc",
    "mme",
    "mlle",
    "mrs",
    "vs",
    "sqq",
    "ltd",
    "inc",
    "corp",
}


def _breaks(draft: str) -> list[tuple[int, int]]:
    found = [(m.start(), m.end()) for m in _SENTENCE_BREAK.finditer(draft)]
    for match in _LOWER_AFTER_STOP.finditer(draft):
        word = re.search(r"(\w+)[\"'’»”)]*\.$", draft[: match.start()])
        if word and len(word.group(1)) > 2 and word.group(1).lower() not in _ABBREVIATIONS:
            found.append((match.start(), match.end()))
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start < merged[-1][1]:
            continue
        merged.append((start, end))
    return merged


def sentences(draft: str) -> list[Segment]:
    out: list[Segment] = []
    position = 0
    for start, end in _breaks(draft):
        seg = _trimmed(draft, position, start)
        if seg:
            out.append(seg)
        position = end
    seg = _trimmed(draft, position, len(draft))
    if seg:
        out.append(seg)
    return out


def clauses(sentence: Segment) -> list[Segment]:
    out: list[Segment] = []
    position = 0
    for match in _CLAUSE_BREAK.finditer(sentence.text):
        if match.start() > position:
            out.append(
                Segment(
                    sentence.start + position,
                    sentence.start + match.start(),
                    sentence.text[position : match.start()],
                )
            )
        position = match.end()
    if position < len(sentence.text):
        out.append(Segment(sentence.start + position, sentence.end, sentence.text[position:]))
    return out


def clause_at(sentence: Segment, offset: int) -> Segment:
    """The clause of ``sentence`` that contains absolute ``offset``."""
    for clause in clauses(sentence):
        if clause.start <= offset < clause.end:
            return clause
    return sentence


def plain_apostrophes(draft: str) -> str:
    """``draft`` with typographic apostrophes made plain (« j’ai » → « j'ai »), as phones and word
    processors type them: the French parser splits « j’ » from its verb only when the apostrophe
    is plain. One character for one, so every offset into the result is an offset into the
    draft."""
    return draft.replace("’", "'")


def rx(pattern: str) -> re.Pattern[str]:
    """Case-insensitive pattern; ``'`` in a pattern also matches the typographic apostrophe
    (inside a character class too: ``[\\w'-]`` becomes ``[\\w'’-]``)."""
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        elif char == "'":
            char = "'’" if in_class else "['’]"
        out.append(char)
    return re.compile("".join(out), re.IGNORECASE)


def finditer(pattern: re.Pattern[str], seg: Segment) -> Iterator[tuple[int, int, re.Match[str]]]:
    for match in pattern.finditer(seg.text):
        start, end = seg.sub(match.start(), match.end())
        yield start, end, match


def strip_span(draft: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and trailing commas so a span reads cleanly."""
    while start < end and (draft[start].isspace() or draft[start] in ",;:"):
        start += 1
    while end > start and (draft[end - 1].isspace() or draft[end - 1] in ",;:"):
        end -= 1
    return start, end


@dataclass(frozen=True)
class Respelled:
    """A draft with some words respelled, and the way back: ``origin[i]`` is the position in the
    original draft of the respelled text's character ``i`` (``origin[len(text)]`` is the end)."""

    text: str
    origin: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A span of the respelled text as a span of the original draft."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


def respell(
    draft: str, spellings: list[tuple[re.Pattern[str], str | Callable[[str], str]]]
) -> Respelled:
    """``draft`` with every match of each pattern replaced by its spelling (a string, or a
    function of the matched word), in one left-to-right pass; a match keeps the case of its first
    letter when the spelling starts lower case."""
    found = sorted(
        (
            (m.start(), m.end(), spelling)
            for pattern, spelling in spellings
            for m in pattern.finditer(draft)
        ),
        key=lambda match: (match[0], match[1]),
    )
    pieces: list[str] = []
    origin: list[int] = []
    position = 0
    for start, end, spelling in found:
        if start < position:
            continue  # overlaps a replacement already made
        if not isinstance(spelling, str):
            spelling = spelling(draft[start:end])
        pieces.append(draft[position:start])
        origin.extend(range(position, start))
        if draft[start].isupper() and spelling[0].islower():
            spelling = spelling[0].upper() + spelling[1:]
        pieces.append(spelling)
        # every character of the replacement comes from the replaced word, the last from its end
        origin.extend(min(start + i, end - 1) for i in range(len(spelling)))
        position = end
    pieces.append(draft[position:])
    origin.extend(range(position, len(draft) + 1))
    return Respelled("".join(pieces), origin)
