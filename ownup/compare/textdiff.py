"""Text-layer comparison of a page pair: words, not pixels, and not lines.

Characters become words (ligatures expanded, soft hyphens dropped, a word hyphenated at a line
end joined again), the two word sequences are aligned, and each run of differing words becomes
one change however the paragraph re-wrapped. Words that align but changed font, size, weight,
slant or colour are style changes; whole lines found unchanged elsewhere on the page are moves.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

from ownup.compare.color import delta_e_rgb, hex_color
from ownup.compare.i18n import decimal, tr
from ownup.compare.inputs import UNKNOWN_CHAR, Char
from ownup.compare.model import Box

# Words of unchanged text shown on each side of a change, so a reader finds it on the page.
CONTEXT_WORDS = 2
# A run of words counts as moved when all of them shifted together by at least this much.
MOVE_MIN_MM = 0.5
# Words of one moved run share one offset within this tolerance (points).
MOVE_TOLERANCE_PT = 0.6
# Type size differences below this (points) are rounding, not a restyle.
SIZE_TOLERANCE_PT = 0.2
PT_PER_MM = 72 / 25.4
# Edits separated by no more than this many unchanged words are reported as one change.
MERGE_GAP_WORDS = 1

_NUMERIC = re.compile(r"^[\d.,:/+()\-–]+$")


@dataclass
class Word:
    text: str
    box: Box
    styles: list[tuple]
    line: int
    joined: bool = False
    """Rebuilt from a word hyphenated across a line end."""
    char_boxes: list[Box] | None = None
    """A text layer's word: the box of each character, as `styles` (OCR reads whole words)."""


@dataclass
class TextChange:
    kind: str  # "text", "style" or "moved"
    old_box: Box | None
    new_box: Box | None
    old_text: str | None
    new_text: str | None
    detail: str = ""
    delta_e: float | None = None
    offset_mm: tuple[float, float] | None = None


def words_of(chars: list[Char]) -> list[Word]:
    """Split characters into words, repairing what typesetting did to them."""
    words: list[Word] = []
    letters: list[str] = []
    boxes: list[Box] = []
    styles: list[tuple] = []
    line = 0
    pending_join = False
    joined = False

    def flush() -> None:
        nonlocal letters, boxes, styles, joined
        text = unicodedata.normalize("NFC", "".join(letters))
        words.append(Word(text, union(boxes), styles, line, joined, boxes))
        letters, boxes, styles, joined = [], [], [], False

    # The loop runs once per character of every compared page: each character's text is read
    # once, and a word is flushed only when letters are waiting.
    for index, char in enumerate(chars):
        text = char.text
        if char.line_break_before:
            if pending_join and text.isalpha() and text.islower():
                joined = True  # continue the hyphenated word on the new line
            elif letters:
                flush()
            else:
                joined = False
            pending_join = False
            line += 1
        if not text or text.isspace():
            if letters:
                flush()
            else:
                joined = False
            continue
        if text == "\xad":
            pending_join = _at_line_end(chars, index)
            continue
        if text == "-" and (char.hyphen or letters) and _at_line_end(chars, index):
            # A hyphen closing a line: a break inside a word if the next line goes on in
            # lower case; the hyphen is kept aside until we know.
            next_char = _next_visible(chars, index)
            if next_char is not None and next_char.text.isalpha() and next_char.text.islower():
                pending_join = True
                continue
        letters.append(text)
        boxes.append(char.box)
        styles.append(char.style)
    if letters:
        flush()
    return words


def _at_line_end(chars: list[Char], index: int) -> bool:
    following = _next_visible(chars, index)
    return following is not None and following.line_break_before


def _next_visible(chars: list[Char], index: int) -> Char | None:
    for char in chars[index + 1 :]:
        if char.line_break_before or not char.text.isspace():
            return char
    return None


def union(boxes: list[Box]) -> Box:
    # Transposed once, then one C-level min or max per side: a box per word of every page.
    lefts, tops, rights, bottoms = zip(*boxes, strict=True)
    return (min(lefts), min(tops), max(rights), max(bottoms))


def compare_words(
    old: list[Word],
    new: list[Word],
    color_threshold: float,
    lang: str = "en",
    uncertain: list[tuple[Word, Word]] | None = None,
) -> list[TextChange]:
    """The text, style and move changes between two pages' words. Word pairs taken as equal
    only because one side cannot name some characters are added to `uncertain`: their
    pixels, not their text, must tell."""
    old_keys = [word.text for word in old]
    new_keys = [word.text for word in new]
    matcher = SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    opcodes = matcher.get_opcodes()
    changes: list[TextChange] = []
    matched: list[tuple[int, int]] = []
    edits: list[list[int]] = []
    for tag, i0, i1, j0, j1 in opcodes:
        if tag == "equal":
            matched.extend(zip(range(i0, i1), range(j0, j1), strict=True))
        elif _wild_run(old[i0:i1], new[j0:j1]):
            # Only unreadable characters differ (see UNKNOWN_CHAR): equal words, left for the
            # pixels to judge, and never merged into a neighbouring edit.
            matched.extend(zip(range(i0, i1), range(j0, j1), strict=True))
            if uncertain is not None:
                uncertain.extend(zip(old[i0:i1], new[j0:j1], strict=True))
        else:
            add_edit(edits, i0, i1, j0, j1)
    for edit in edits:  # the merged edits swallow the equal words between their parts
        matched = [(i, j) for i, j in matched if not edit[0] <= i < edit[1]]

    # Text deleted in one place and inserted, word for word, in another: a move.
    for removal in [e for e in edits if e[2] == e[3]]:
        for insertion in [e for e in edits if e[0] == e[1]]:
            words = old_keys[removal[0] : removal[1]]
            if words == new_keys[insertion[2] : insertion[3]] and len("".join(words)) >= 4:
                old_box = union([w.box for w in old[removal[0] : removal[1]]])
                new_box = union([w.box for w in new[insertion[2] : insertion[3]]])
                changes.append(_moved(old_box, new_box, " ".join(words)))
                edits.remove(removal)
                edits.remove(insertion)
                break

    for edit in list(edits):
        i0, i1, j0, j1 = edit
        if _wild_run(old[i0:i1], new[j0:j1]):
            # Words whose unreadable characters (see UNKNOWN_CHAR) are all that differs.
            edits.remove(edit)
            matched.extend(zip(range(i0, i1), range(j0, j1), strict=True))
            if uncertain is not None:
                uncertain.extend(
                    (a, b) for a, b in zip(old[i0:i1], new[j0:j1], strict=True) if a.text != b.text
                )
    matched.sort()
    if uncertain is not None:
        # A font that lost its name on one side: whether it is the same font, the glyphs say.
        # (Words styled alike, the common case, are told by one comparison of their styles.)
        uncertain.extend(
            (old[i], new[j])
            for i, j in matched
            if old[i].styles != new[j].styles
            and any(
                nameless_font(a[0]) != nameless_font(b[0])
                for a, b in zip(old[i].styles, new[j].styles, strict=False)
            )
        )
    index_map = dict(matched)
    for i0, i1, j0, j1 in edits:
        old_words, new_words = old[i0:i1], new[j0:j1]
        if _same_but_hyphenation(old_words, new_words) or _same_but_word_breaks(
            old_words, new_words
        ):
            continue
        # Context comes from the unchanged words around the edit, the same on both sides.
        before, after = _context(old, new, i0, i1, j0, j1, index_map)
        old_text = " ".join([*before, *(w.text for w in old_words), *after])
        new_text = " ".join([*before, *(w.text for w in new_words), *after])
        changes.append(
            TextChange(
                kind="text",
                old_box=union([w.box for w in old_words]) if old_words else None,
                new_box=union([w.box for w in new_words]) if new_words else None,
                old_text=old_text or None,
                new_text=new_text or None,
            )
        )

    changes.extend(_style_changes(old, new, matched, color_threshold, lang))
    changes.extend(_moved_groups(old, new, matched))
    return changes


def add_edit(edits: list[list[int]], i0: int, i1: int, j0: int, j1: int) -> None:
    """Add the edit of old words i0:i1 into new words j0:j1 to `edits`, merged into the last
    one when at most MERGE_GAP_WORDS unchanged words lie between them: edits a word or so apart
    read as one ("the spring season" → "the whole spring and summer season"; two words
    swapped)."""
    if edits and i0 - edits[-1][1] <= MERGE_GAP_WORDS:
        edits[-1][1], edits[-1][3] = i1, j1
    else:
        edits.append([i0, i1, j0, j1])


def _context(
    old: list[Word],
    new: list[Word],
    i0: int,
    i1: int,
    j0: int,
    j1: int,
    index_map: dict[int, int],
) -> tuple[list[str], list[str]]:
    changed = [w.text for w in old[i0:i1]] + [w.text for w in new[j0:j1]]
    numeric = bool(changed) and all(_NUMERIC.match(text) for text in changed)
    before: list[str] = []
    probe = i0 - 1
    while probe >= 0 and probe in index_map:
        text = old[probe].text
        if numeric:
            if not _NUMERIC.match(text):
                break
        elif len(before) >= CONTEXT_WORDS:
            break
        before.insert(0, text)
        probe -= 1
    after: list[str] = []
    probe = i1
    while probe < len(old) and probe in index_map:
        text = old[probe].text
        if numeric:
            if not _NUMERIC.match(text):
                break
        elif len(after) >= CONTEXT_WORDS:
            break
        after.append(text)
        probe += 1
    if numeric and not before and not after:
        # A lone number (a price, a date) reads better with the word on each side.
        if i0 - 1 >= 0 and i0 - 1 in index_map:
            before = [old[i0 - 1].text]
        if i1 < len(old) and i1 in index_map:
            after = [old[i1].text]
    return before, after


def _wild_run(old: list[Word], new: list[Word]) -> bool:
    """Whether two runs of words differ only by unreadable characters."""
    return len(old) == len(new) and all(
        _wild_equal(a.text, b.text) for a, b in zip(old, new, strict=True)
    )


def _wild_equal(a: str, b: str) -> bool:
    """Equal, or equal but for characters one side cannot name (and for hyphens, which a
    re-distilled file may turn from soft hyphens into plain ones)."""
    if a == b:
        return True
    a, b = a.replace("-", ""), b.replace("-", "")
    if a == b:
        return UNKNOWN_CHAR in a or UNKNOWN_CHAR in b
    if len(a) != len(b) or (UNKNOWN_CHAR not in a and UNKNOWN_CHAR not in b):
        return False
    return all(x == y or UNKNOWN_CHAR in (x, y) for x, y in zip(a, b, strict=True))


def _same_but_word_breaks(old_words: list[Word], new_words: list[Word]) -> bool:
    """The same characters in the same place, split into words differently: the text layer
    guesses word breaks from spacing (letter-spaced titles), and guesses differently after a
    re-distill. Moved characters would not be in the same place."""
    if not old_words or not new_words:
        return False
    if "".join(w.text for w in old_words) != "".join(w.text for w in new_words):
        return False
    old_box = union([w.box for w in old_words])
    new_box = union([w.box for w in new_words])
    return all(abs(a - b) <= 1.0 for a, b in zip(old_box, new_box, strict=True))


def _same_but_hyphenation(old_words: list[Word], new_words: list[Word]) -> bool:
    """A compound split differently at a line end ("well-known" vs "well-" / "known")."""
    if not old_words or not new_words:
        return False
    if not any(w.joined for w in [*old_words, *new_words]) and not any(
        "-" in w.text for w in [*old_words, *new_words]
    ):
        return False
    old_joined = "".join(w.text for w in old_words).replace("-", "")
    new_joined = "".join(w.text for w in new_words).replace("-", "")
    return old_joined == new_joined


def _moved(old_box: Box, new_box: Box, text: str) -> TextChange:
    dx = (new_box[0] - old_box[0]) / PT_PER_MM
    dy = (new_box[1] - old_box[1]) / PT_PER_MM
    return TextChange(
        kind="moved",
        old_box=old_box,
        new_box=new_box,
        old_text=text,
        new_text=text,
        offset_mm=(dx, dy),
    )


def _moved_groups(old: list[Word], new: list[Word], matched: list[tuple[int, int]]) -> list:
    """Runs of unchanged words that all shifted by one offset, and not because text next to
    them grew or shrank (reflow): a run is a move only if, in both layouts, no word beside it
    on the same line stayed behind or changed."""
    index_map = dict(matched)
    offsets = {
        i: (new[j].box[0] - old[i].box[0], new[j].box[1] - old[i].box[1]) for i, j in matched
    }
    groups: list[list[int]] = []
    for i, _ in matched:
        dx, dy = offsets[i]
        if max(abs(dx), abs(dy)) < MOVE_MIN_MM * PT_PER_MM:
            continue
        if groups and groups[-1][-1] == i - 1 and _close(offsets[i - 1], (dx, dy)):
            groups[-1].append(i)
        else:
            groups.append([i])
    changes = []
    for group in groups:
        first, last = group[0], group[-1]
        neighbours = [(first - 1, first), (last + 1, last)]
        if any(_reflowed_beside(old, new, index_map, offsets, n, edge) for n, edge in neighbours):
            continue
        old_box = union([old[i].box for i in group])
        new_box = union([new[index_map[i]].box for i in group])
        changes.append(_moved(old_box, new_box, " ".join(old[i].text for i in group)))
    return changes


def _reflowed_beside(
    old: list[Word],
    new: list[Word],
    index_map: dict[int, int],
    offsets: dict[int, tuple[float, float]],
    neighbour: int,
    edge: int,
) -> bool:
    """Whether word `neighbour` sits beside the run's `edge` word on one line (in either
    layout) without having moved with it."""
    if not 0 <= neighbour < len(old):
        return False
    if neighbour in index_map and _close(offsets[neighbour], offsets[edge]):
        return False
    if _beside(old[neighbour].box, old[edge].box):
        return True
    j_neighbour, j_edge = index_map.get(neighbour), index_map[edge]
    if j_neighbour is None:
        # An edited word: the new words around the edge's partner take its place.
        candidates = [j for j in (j_edge - 1, j_edge + 1) if 0 <= j < len(new)]
        return any(_beside(new[j].box, new[j_edge].box) for j in candidates)
    return _beside(new[j_neighbour].box, new[j_edge].box)


def _beside(a: Box, b: Box) -> bool:
    """Two word boxes on one line, close enough to read as one run of text."""
    height = min(a[3] - a[1], b[3] - b[1])
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    gap = max(a[0], b[0]) - min(a[2], b[2])
    return overlap >= 0.5 * height and gap <= 1.5 * max(height, 1.0)


def _close(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return abs(a[0] - b[0]) <= MOVE_TOLERANCE_PT and abs(a[1] - b[1]) <= MOVE_TOLERANCE_PT


# Font names that name nothing: a re-distiller (Ghostscript) writes these for fonts it
# rebuilds (CFF, Type 3). Such a font cannot be told from another by name; the glyphs tell.
_NAMELESS_FONTS = {"", "anonymous", "unnamed", "untitled", "none", "?"}


def nameless_font(name: str) -> bool:
    return name.strip().lower() in _NAMELESS_FONTS


@functools.lru_cache(maxsize=1024)
def _font_key(name: str) -> str:
    key = name.lower().replace(",", "-").replace(" ", "")
    for suffix in ("psmt", "mt", "ps"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
    return key


def style_difference(
    old: tuple, new: tuple, color_threshold: float, lang: str = "en"
) -> tuple[str, float | None]:
    """What changed between two character styles, as a short phrase, and the colour ΔE."""
    # The weight PDFium reports is an estimate that re-distilling changes; a bolder cut shows
    # in the font name, which is compared instead.
    old_font, old_size, _, old_italic, old_color = old
    new_font, new_size, _, new_italic, new_color = new
    parts: list[str] = []
    if (
        _font_key(old_font) != _font_key(new_font)
        and not nameless_font(old_font)
        and not nameless_font(new_font)
    ):
        parts.append(tr(lang, "style.font", old=old_font or "?", new=new_font or "?"))
    if abs(old_size - new_size) > SIZE_TOLERANCE_PT:
        parts.append(
            tr(
                lang,
                "style.size",
                old=decimal(lang, old_size).removesuffix("0").rstrip(".,"),
                new=decimal(lang, new_size).removesuffix("0").rstrip(".,"),
            )
        )
    if old_italic != new_italic:
        parts.append(tr(lang, "style.italic" if new_italic else "style.upright"))
    delta_e = None
    if old_color != new_color:
        delta = delta_e_rgb(old_color, new_color)
        if delta >= color_threshold:
            delta_e = delta
            parts.append(
                tr(
                    lang,
                    "style.colour",
                    old=hex_color(old_color),
                    new=hex_color(new_color),
                    delta_e=decimal(lang, delta),
                )
            )
    return ", ".join(parts), delta_e


def _style_changes(
    old: list[Word],
    new: list[Word],
    matched: list[tuple[int, int]],
    color_threshold: float,
    lang: str = "en",
) -> list[TextChange]:
    changes: list[TextChange] = []
    current: TextChange | None = None
    last_i = -2
    for i, j in matched:
        detail, delta_e = "", None
        old_styles, new_styles = old[i].styles, new[j].styles
        # Equal styles differ in nothing: most words are told by one comparison of their styles.
        if old_styles != new_styles:
            for old_style, new_style in zip(old_styles, new_styles, strict=False):
                if old_style == new_style:
                    continue
                detail, delta_e = style_difference(old_style, new_style, color_threshold, lang)
                if detail:
                    break
        if not detail:
            current = None
            continue
        if current is not None and current.detail == detail and i == last_i + 1:
            current.old_box = union([current.old_box, old[i].box])  # type: ignore[list-item]
            current.new_box = union([current.new_box, new[j].box])  # type: ignore[list-item]
            current.old_text = f"{current.old_text} {old[i].text}"
            current.new_text = current.old_text
        else:
            current = TextChange(
                kind="style",
                old_box=old[i].box,
                new_box=new[j].box,
                old_text=old[i].text,
                new_text=old[i].text,
                detail=detail,
                delta_e=delta_e,
            )
            changes.append(current)
        last_i = i
    return changes
