"""Text changes when one side (or both) is a raster export: both images are read by OCR
(ocr.py) the same way, and the two readings are compared word for word.

OCR misreads; what matters is that it misreads the same pixels the same way. So a difference
between the readings is only a candidate, and it must survive checks that OCR noise fails:
- confusions OCR makes on identical pixels are folded away before comparing (accent direction
  è/é, accents on capitals, ligatures, quote and dash shapes, where words are split);
- words read with low confidence, and runs with no letter or digit, say nothing;
- where a side has a text layer, its exact wording is the reference: a reading that agrees with
  it is not a change, and one that differs from it only by lookalike glyphs (y read as v)
  where the image shows the layer's glyph takes the layer's spelling;
- what is left is read again, cropped and at another scale: a real edit reads the same way
  twice, a misreading rarely does.

Differences between the readings a word apart make one change, as between text layers: two
swapped words are one change carrying both orders.

What the readings agree on can still have changed style: a line of the same words whose span
changed width was set at another size (_resized_lines), and a word whose ink moved off the
mix of its old ink and the paper, beyond the page's own noise, changed colour (ink_shifts).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import cv2
import numpy as np

from ownup.compare import ocr
from ownup.compare.color import bgr_to_lab, ciede2000
from ownup.compare.geometry import grow, overlaps, shared_area, to_px
from ownup.compare.model import Box
from ownup.compare.textdiff import PT_PER_MM, Word, add_edit, union

# A word read with less confidence than this does not count as evidence of a change (it still
# takes its place in the reading, so that its neighbours line up).
TRUSTED_CONFIDENCE = 75.0

# The second reading of a candidate: its area grown by this margin, at this resolution
# (another scale than ocr.OCR_DPI, so that a misreading of particular pixels is not repeated).
RECHECK_MARGIN_MM = 0.5
RECHECK_DPI = 400

# A candidate must also show in the pixels: at its best alignment, glyphs differing by
# EVIDENCE_LEVEL grey levels over EVIDENCE_MM2 within one character's width. Far below the
# glyph comparison's own bar (pagepair.GLYPH_CHANGE_MM2), since the readings already point at
# the place; measured on the corpus, a swapped letter or a dropped accent in 7 pt type gives
# 2.3–7 mm², misreadings of unchanged words in JPEG exports 0–1.9 mm².
EVIDENCE_LEVEL = 40
EVIDENCE_MM2 = 2.0
# Where the two sides' wordings differ only by punctuation marks (a semicolon added after a
# word, a full stop dropped), the pixels asked for are a mark's, not a letter's: a mark in
# the type's own size inks about a fifth of a letter (a semicolon added in 7 pt type changes
# 0.8 mm² by the measure above). The second reading must still agree.
MARK_EVIDENCE_SHARE = 0.3

# Candidate words closer than this many line heights belong to one change: along the line
# (two swapped words are one change), and between lines (a re-wrapped paragraph is one too).
GROUP_ALONG_LINES = 5.0
GROUP_ACROSS_LINES = 1.0
# Two exports of one page line up within this many millimetres: images are compared at every
# offset up to it (and at least 2 pixels) before their difference counts.
ALIGN_MM = 0.4

# Glyphs OCR takes for one another that differ by a whole stroke (a tail): where a reading
# differs from the other side's text layer by such glyphs only, and the image shows the
# layer's glyph there, the reading is the layer's word (_layer_spelling), so the reported
# wording carries no misreading. Other lookalikes OCR confuses (1 l I, 0 O, 5 S, rn m, cl d,
# a letter's case) differ by under a pixel's stroke in small type, or look like two glyphs
# of the layer's word, so that an edit and a misreading look the same to the pixels: they
# are left as read.
_LOOKALIKES = (("y", "v"), ("g", "q"))
_LOOKALIKE_PAIRS = {(a, b) for group in _LOOKALIKES for a in group for b in group if a != b}
# Whether the image shows the layer's glyph: both rendered GLYPH_UPSAMPLE times finer (cubic)
# and cut at half the layer glyph's contrast, at the best offset within the reading's drift
# from the layer word; ink one side has where the other has not even a trace (a quarter of
# the contrast: another rasteriser draws thin strokes paler) within a third of a pixel, kept
# where it is a pixel wide or more (a stroke, not an edge drawn elsewhere), as a share of the
# glyph's ink. The glyph box is grown by GLYPH_BODY_EM of the type size above and below (a
# y's tail, which a v lacks). Type whose em spans fewer than GLYPH_MIN_EM_PX pixels is left
# as read. Measured on exports by Ghostscript against PDFium's rendering (6-14 pt, upright
# and italic, 150-300 dpi, PNG and JPEG), with ems of 16 px or more: unchanged glyphs up to
# 0.064, y turned v, v turned y, g turned q, q turned g from 0.075 (in 6-7 pt type at
# 150 dpi, edits from 0.042).
GLYPH_UPSAMPLE = 3
GLYPH_BODY_EM = 0.3
GLYPH_MIN_EM_PX = 16
GLYPH_INK_SHARE = 0.07

# OCR confuses the direction of an accent and often drops or invents one on a capital; a
# change of that kind is left to the glyph comparison.
_ACCENT_CLASS = str.maketrans(
    {
        "è": "é", "ê": "é", "ë": "é",
        "â": "à", "ä": "à",
        "û": "ù", "ü": "ù",
        "ï": "î",
        "ö": "ô",
        "É": "E", "È": "E", "Ê": "E", "Ë": "E",
        "À": "A", "Â": "A",
        "Î": "I", "Ô": "O", "Û": "U", "Ç": "C",
        "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE",
        "’": "'", "‘": "'", "`": "'", "´": "'",
        "“": '"', "”": '"', "«": '"', "»": '"',
        "—": "-", "–": "-", "‐": "-", "‑": "-",
        "ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl",
    }
)  # fmt: skip
_ALNUM = re.compile(r"\w", re.UNICODE)


# Type size: the same words, read alike on one line of both images, whose line spans another
# width. Each reading's boxes land within a pixel or two of the glyphs; over a line of
# SIZE_MIN_WORDS or more words, the span of unchanged text differs between two exports by at
# most 1.2 % and 4 pixels of the raster's resolution (measured at 150-300 dpi, PNG, TIFF and
# JPEG), a type size changed by half a point in 14 pt by 3.5 %. A line's span changes by more
# than SIZE_MIN_SHARE of its width and SIZE_MIN_PX pixels: its type was set at another size
# (or spaced otherwise, which a reader sees too). Lines next to a change the readings found
# are left to it (a justified line re-spaces around an edited word).
SIZE_MIN_WORDS = 2
SIZE_MIN_SHARE = 0.025
SIZE_MIN_PX = 4


@dataclass
class RasterTextChange:
    old_box: Box
    new_box: Box
    old_text: str | None
    new_text: str | None
    kind: str = "text"


def fold(text: str) -> str:
    """A reading with OCR's usual confusions folded away (see _ACCENT_CLASS)."""
    return unicodedata.normalize("NFC", text).translate(_ACCENT_CLASS)


def _joined(texts: list[str]) -> str:
    # Where words are split is the least reliable part of a reading ("www.site." "fr").
    return fold("".join(texts))


def ocr_words(image: np.ndarray, dpi: float) -> list[Word]:
    """The OCR reading of a page as engine words (no styles), in reading order."""
    return [
        Word(w.text, w.box, [("ocr", w.confidence)], line=0) for w in ocr.read_words(image, dpi)
    ]


def _confidence(word: Word) -> float:
    return float(word.styles[0][1]) if word.styles and word.styles[0][0] == "ocr" else 100.0


def _trusted(word: Word) -> bool:
    return _confidence(word) >= TRUSTED_CONFIDENCE and bool(_ALNUM.search(word.text))


def _reading_order(words: list[Word]) -> list[Word]:
    """Top to bottom by line, then left to right (a line: words whose middles share a band)."""
    ordered = sorted(words, key=lambda w: (w.box[1] + w.box[3]) / 2)
    lines: list[list[Word]] = []
    for word in ordered:
        middle = (word.box[1] + word.box[3]) / 2
        if lines and abs(middle - _middle(lines[-1])) <= (word.box[3] - word.box[1]) / 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [w for line in lines for w in sorted(line, key=lambda w: w.box[0])]


def _middle(line: list[Word]) -> float:
    return sum((w.box[1] + w.box[3]) / 2 for w in line) / len(line)


def _candidates(old: list[Word], new: list[Word]) -> list[tuple[list[Word], list[Word]]]:
    """Groups of words that the two readings do not share, each group one place on the page."""
    matcher = difflib.SequenceMatcher(
        None, [fold(w.text) for w in old], [fold(w.text) for w in new], autojunk=False
    )
    # Edits a word apart are one, as between text layers (two swapped words: a deletion and
    # an insertion around a word that stayed).
    edits: list[list[int]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            add_edit(edits, i1, i2, j1, j2)
    edit_of = {id(w): k for k, (i1, i2, _, _) in enumerate(edits) for w in old[i1:i2]}
    edit_of |= {id(w): k for k, (_, _, j1, j2) in enumerate(edits) for w in new[j1:j2]}
    lone_old = [w for i1, i2, _, _ in edits for w in old[i1:i2]]
    lone_new = [w for _, _, j1, j2 in edits for w in new[j1:j2]]
    # The same word at the same place, read in another order (columns, badges): not a change.
    twins: list[tuple[Word, Word]] = []
    for word in list(lone_old):
        twin = next(
            (w for w in lone_new if fold(w.text) == fold(word.text) and overlaps(w.box, word.box)),
            None,
        )
        if twin is not None:
            lone_old.remove(word)
            lone_new.remove(twin)
            twins.append((word, twin))
    # ... unless both belong to an edit that changed something else and the word moved along
    # its line (by more than a reading's noise; a swapped word moves by a word and a space):
    # it is the word a swapped word went past, part of the change's wording.
    changed = {edit_of[id(w)] for w in lone_old + lone_new}
    shifted: set[int] = set()
    for word, twin in twins:
        same_edit = edit_of[id(word)] == edit_of[id(twin)]
        moved = abs(twin.box[0] - word.box[0]) > (word.box[3] - word.box[1]) / 2
        if same_edit and moved and edit_of[id(word)] in changed:
            lone_old.append(word)
            lone_new.append(twin)
            shifted.update((id(word), id(twin)))
    groups: list[list[tuple[str, Word]]] = []
    for side, word in [("old", w) for w in lone_old] + [("new", w) for w in lone_new]:
        height = word.box[3] - word.box[1]
        along, across = GROUP_ALONG_LINES * height, GROUP_ACROSS_LINES * height
        x0, y0, x1, y1 = word.box
        reach = (x0 - along, y0 - across, x1 + along, y1 + across)
        near = [g for g in groups if any(_touches(reach, w.box) for _, w in g)]
        merged = [(side, word)] + [item for g in near for item in g]
        groups = [g for g in groups if g not in near] + [merged]
    result = []
    for group in groups:
        old_words = [w for side, w in group if side == "old"]
        new_words = [w for side, w in group if side == "new"]
        # A group of shifted words alone is far from their edit's change: nothing changed there.
        if any(_trusted(w) and id(w) not in shifted for w in old_words + new_words):
            result.append((_reading_order(old_words), _reading_order(new_words)))
    return result


def _carry_edit(old_read: str, old_layer: str, new_read: str) -> str:
    """`new_read` with the old reading's misreadings undone: the edits from the old reading to
    the new one applied to the text layer's wording, where they do not touch a misreading
    (then the new reading is all there is)."""
    if old_read == old_layer:
        return new_read
    misread = _edits(old_read, old_layer)
    edited = _edits(old_read, new_read)
    for _, a1, a2, _, _ in misread:
        for _, b1, b2, _, _ in edited:
            if a1 <= b2 and b1 <= a2:  # touching or overlapping: cannot tell them apart
                return new_read
    result, position = [], 0
    for _, i1, i2, replacement in sorted(
        [(i1, i1, i2, old_layer[j1:j2]) for _, i1, i2, j1, j2 in misread]
        + [(i1, i1, i2, new_read[j1:j2]) for _, i1, i2, j1, j2 in edited]
    ):
        result.append(old_read[position:i1] + replacement)
        position = i2
    return "".join(result) + old_read[position:]


def _letters(texts: list[str]) -> str:
    """The letters and digits of a wording, without its punctuation marks and spaces."""
    return "".join(_ALNUM.findall(_joined(texts)))


def _edits(a: str, b: str) -> list[tuple[str, int, int, int, int]]:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [op for op in matcher.get_opcodes() if op[0] != "equal"]


def _spelled(
    words: list[Word],
    layer: list[Word] | None,
    read_gray: np.ndarray,
    layer_gray: np.ndarray,
    dpi: float,
) -> list[str]:
    """The texts of `words`, in the spelling of the other side's text `layer` where it has
    one (see _layer_spelling)."""
    if layer is None:
        return [w.text for w in words]
    return [_layer_spelling(w, layer, read_gray, layer_gray, dpi) for w in words]


def _layer_spelling(
    read: Word, layer: list[Word], read_gray: np.ndarray, layer_gray: np.ndarray, dpi: float
) -> str:
    """A word of a reading, with each run of glyphs that differs from the text layer's word at
    its place only as lookalikes (see _LOOKALIKES) spelled as the layer has it, where the
    image shows the layer's glyphs there (OCR misread them); other runs as read (a real edit,
    or no telling)."""
    if not (read.styles and read.styles[0][0] == "ocr"):
        return read.text  # a text layer's word (a neighbour of an added word)
    twins = [w for w in layer if w.char_boxes is not None and overlaps(w.box, read.box)]
    if not twins:
        return read.text
    word = max(twins, key=lambda w: shared_area(w.box, read.box))
    if word.char_boxes is None or len(word.char_boxes) != len(word.text):
        return read.text  # a ligature or a composed accent: no box per letter
    # The reading's glyphs lie between where its word starts and ends against the layer's
    # (an edit earlier in the word moves the later glyphs).
    drift = sorted((read.box[0] - word.box[0], read.box[2] - word.box[2]))
    spelled, position = [], 0
    for _, i1, i2, j1, j2 in _edits(read.text, word.text):
        spelled.append(read.text[position:i1])
        position = i2
        printed = word.text[j1:j2]
        # Type big enough for its strokes to show, and a reading that strays from the layer
        # word by less than an em (farther, it is not that word's glyphs).
        ems = [_em(word.styles[j], word.box) for j in range(j1, j2)]
        resolved = all(em * dpi / 72 >= GLYPH_MIN_EM_PX and drift[1] - drift[0] <= em for em in ems)
        if (
            (read.text[i1:i2], printed) in _LOOKALIKE_PAIRS
            and resolved
            and all(
                _glyph_mismatch(
                    layer_gray, read_gray, dpi, word.char_boxes[j], word.styles[j], drift
                )
                < GLYPH_INK_SHARE
                for j in range(j1, j2)
            )
        ):
            spelled.append(printed)
        else:
            spelled.append(read.text[i1:i2])
    return "".join(spelled) + read.text[position:]


def _glyph_mismatch(
    layer_gray: np.ndarray,
    read_gray: np.ndarray,
    dpi: float,
    box: Box,
    style: tuple,
    drift: list[float],
) -> float:
    """How far the read image, near `box` (shifted by `drift`, points), is from showing the
    glyph the layer's image has there: the share of its ink one side lacks (see
    GLYPH_INK_SHARE); 1.0 where there is nothing to compare."""
    scale = dpi / 72
    body = GLYPH_BODY_EM * _em(style, box)
    x0, y0, x1, y1 = to_px((box[0], box[1] - body, box[2], box[3] + body), scale)
    pad = _alignment_pad(dpi)
    left, right = int(np.floor(drift[0] * scale)) - pad, int(np.ceil(drift[1] * scale)) + pad
    height, width = layer_gray.shape
    if x0 + left < 0 or y0 - pad < 0 or x1 + right > width or y1 + pad > height or x1 <= x0:
        return 1.0
    glyph_fine = _fine(layer_gray[y0:y1, x0:x1])
    levels = _ink_levels(glyph_fine) if glyph_fine.size else None
    if levels is None:
        return 1.0
    # Both sides cut at the layer glyph's levels: ink on one side is lacking on the other
    # where that has not even a faint trace of it (another rasteriser draws thin strokes paler).
    paper, contrast = levels
    glyph_distance = np.abs(glyph_fine - paper)
    around_distance = np.abs(_fine(read_gray[y0 - pad : y1 + pad, x0 + left : x1 + right]) - paper)
    glyph = (glyph_distance > contrast / 2).astype(np.uint8)
    around = (around_distance > contrast / 2).astype(np.uint8)
    if not glyph.any():
        return 1.0
    kernel = np.ones((3, 3), np.uint8)
    glyph_near = cv2.dilate((glyph_distance > contrast / 4).astype(np.uint8), kernel)
    around_near = cv2.dilate((around_distance > contrast / 4).astype(np.uint8), kernel)
    rows, cols = glyph.shape
    best, fewest = glyph, int(glyph.sum()) + 1
    for dy in range(around.shape[0] - rows + 1):
        for dx in range(around.shape[1] - cols + 1):
            other = around[dy : dy + rows, dx : dx + cols]
            other_near = around_near[dy : dy + rows, dx : dx + cols]
            lacking = (glyph & (1 - other_near)) | (other & (1 - glyph_near))
            count = int(lacking.sum())
            if count < fewest:
                best, fewest = lacking, count
    strokes = cv2.morphologyEx(
        best, cv2.MORPH_OPEN, np.ones((GLYPH_UPSAMPLE, GLYPH_UPSAMPLE), np.uint8)
    )
    return float(strokes.sum()) / float(glyph.sum())


def _em(style: tuple, box: Box) -> float:
    """A layer character's type size in points (its box's height where its style has none)."""
    return float(style[1]) if len(style) > 1 else box[3] - box[1]


def _fine(gray: np.ndarray) -> np.ndarray:
    return cv2.resize(
        gray.astype(np.float32),
        None,
        fx=GLYPH_UPSAMPLE,
        fy=GLYPH_UPSAMPLE,
        interpolation=cv2.INTER_CUBIC,
    )


def _ink_levels(fine: np.ndarray) -> tuple[float, float] | None:
    """A glyph crop's paper (its rim, light or dark: type may be reversed out) and how far
    its ink lies from it; None when it shows no ink to speak of."""
    paper = float(np.median(np.concatenate([fine[0], fine[-1], fine[:, 0], fine[:, -1]])))
    contrast = float(np.percentile(np.abs(fine - paper), 99))
    return (paper, contrast) if contrast >= EVIDENCE_LEVEL else None


def _touches(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _layer_words(layer: list[Word] | None, box: Box) -> list[Word] | None:
    """The text layer's words in `box` (None when that side has no text layer)."""
    if layer is None:
        return None
    return _reading_order([w for w in layer if overlaps(box, w.box)])


def _tokens(words: list[Word]) -> list[str]:
    return sorted(re.findall(r"\w+|[^\w\s]", fold(" ".join(w.text for w in words))))


def _read_less(layer_words: list[Word] | None, read_words: list[Word]) -> bool:
    """Whether a reading holds only part of what the text layer says there, in another order:
    OCR lost words or read a line out of order (an edit adds or changes something)."""
    if layer_words is None or not read_words:
        return False
    have = _tokens(layer_words)
    read = _tokens(read_words)
    if read == have:
        return True
    remaining = list(have)
    for token in read:
        if token not in remaining:
            return False
        remaining.remove(token)
    return True


def _with_neighbours(words: list[Word], source: list[Word], box: Box) -> list[Word]:
    """`words` with the nearest trusted word left and right of `box` on its line."""
    middle = (box[1] + box[3]) / 2
    line = [w for w in source if w.box[1] <= middle <= w.box[3] and _trusted(w) and w not in words]
    left = [w for w in line if w.box[2] <= box[0] + 1]
    right = [w for w in line if w.box[0] >= box[2] - 1]
    before = [max(left, key=lambda w: w.box[2])] if left else []
    after = [min(right, key=lambda w: w.box[0])] if right else []
    return before + words + after


def _crop(image: np.ndarray, dpi: float, box: Box) -> tuple[np.ndarray, float, float]:
    scale = dpi / 72
    x0, y0, x1, y1 = to_px(grow(box, RECHECK_MARGIN_MM * PT_PER_MM), scale)
    height, width = image.shape[:2]
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(width, x1), min(height, y1)
    return image[y0:y1, x0:x1], x0 / scale, y0 / scale


def _read_again(image: np.ndarray, dpi: float, box: Box) -> str:
    crop, _, _ = _crop(image, dpi, box)
    if crop.size == 0:
        return ""
    words = ocr.read_words(crop, dpi, target_dpi=RECHECK_DPI, single_block=True)
    return _joined([w.text for w in words if w.confidence >= TRUSTED_CONFIDENCE])


def text_changes(
    old_image: np.ndarray,
    new_image: np.ndarray,
    dpi: float,
    old_layer: list[Word] | None,
    new_layer: list[Word] | None,
) -> tuple[list[RasterTextChange], list[Word]]:
    """Text changes between two page images at `dpi` (the same canvas), each side's text
    layer given when it has one; and the old side's words (its layer, or else its reading),
    for the glyph comparison of what the readings agree on."""
    # Two Tesseract processes at once: a single raster page is otherwise read on one core.
    with ThreadPoolExecutor(2) as readers:
        old_future = readers.submit(ocr_words, old_image, dpi)
        new_read = ocr_words(new_image, dpi)
        old_read = old_future.result()
    changes: list[RasterTextChange] = []
    old_gray, new_gray = _gray(old_image), _gray(new_image)
    for old_words, new_words in _candidates(old_read, new_read):
        box = union([w.box for w in old_words + new_words])
        old_ref = _layer_words(old_layer, box)
        new_ref = _layer_words(new_layer, box)
        # A text layer's words count whole: the reading may have caught part of one.
        box = union([box] + [w.box for w in (old_ref or []) + (new_ref or [])])
        # A reading counts with its trusted words only (see TRUSTED_CONFIDENCE).
        old_side = old_ref if old_ref is not None else [w for w in old_words if _trusted(w)]
        new_side = new_ref if new_ref is not None else [w for w in new_words if _trusted(w)]
        old_text = [w.text for w in old_side]
        new_text = [w.text for w in new_side]
        if _joined(old_text) == _joined(new_text):
            continue  # one reading misread what the text layer, or the other reading, says
        if _read_less(old_ref, new_side) or _read_less(new_ref, old_side):
            continue
        evidence = _glyph_scores(old_gray, new_gray, dpi, [Word("", box, [], 0)], EVIDENCE_LEVEL)
        marks_only = _letters(old_text) == _letters(new_text)
        if evidence[0] < EVIDENCE_MM2 * (MARK_EVIDENCE_SHARE if marks_only else 1.0):
            continue
        # Each side as its text layer says or, without one, as read again there, cropped and
        # at another scale: a misreading rarely repeats, an edit always does.
        old_check = _joined(old_text) if old_ref is not None else _read_again(old_image, dpi, box)
        new_check = _joined(new_text) if new_ref is not None else _read_again(new_image, dpi, box)
        if old_check == new_check:
            continue
        # A reading facing a text layer takes its spelling where OCR misread lookalikes; when
        # that leaves nothing different, the misreading was all there was.
        old_spelling = new_layer if old_ref is None else None
        new_spelling = old_layer if new_ref is None else None
        old_text = _spelled(old_side, old_spelling, old_gray, new_gray, dpi)
        new_text = _spelled(new_side, new_spelling, new_gray, old_gray, dpi)
        if _joined(old_text) == _joined(new_text):
            continue
        if old_ref is not None and new_ref is None and old_side and new_side:
            # OCR may misread the same letters on both sides (û read as i): the edit between
            # the two readings, carried onto the text layer's words, is the new wording.
            new_text = [
                _carry_edit(
                    " ".join(w.text for w in old_words), " ".join(old_text), " ".join(new_text)
                )
            ]
        if not old_side or not new_side:
            # A word added or removed: its neighbours on the line say where.
            old_side = _with_neighbours(old_side, old_layer or old_read, box)
            new_side = _with_neighbours(new_side, new_layer or new_read, box)
            old_text = _spelled(old_side, old_spelling, old_gray, new_gray, dpi)
            new_text = _spelled(new_side, new_spelling, new_gray, old_gray, dpi)
        changes.append(
            RasterTextChange(
                union([w.box for w in old_side]) if old_side else box,
                union([w.box for w in new_side]) if new_side else box,
                " ".join(old_text) or None,
                " ".join(new_text) or None,
            )
        )
    changes += _resized_lines(old_read, new_read, dpi, changes)
    reference = old_layer if old_layer else [w for w in old_read if _trusted(w)]
    return changes, reference


def _resized_lines(
    old: list[Word], new: list[Word], dpi: float, found: list[RasterTextChange]
) -> list[RasterTextChange]:
    """Lines the two readings agree on word for word whose span changed width (see
    SIZE_MIN_SHARE): the same words set at another size."""
    matcher = difflib.SequenceMatcher(
        None, [fold(w.text) for w in old], [fold(w.text) for w in new], autojunk=False
    )
    # A box that overlaps another word's is one a reading drew wrong: it measures nothing.
    overlapping = _overlapping(old) | _overlapping(new)
    lines: list[list[tuple[Word, Word]]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            continue
        current: list[tuple[Word, Word]] = []
        for a, b in zip(old[i1:i2], new[j1:j2], strict=True):
            if not (_trusted(a) and _trusted(b)) or id(a) in overlapping or id(b) in overlapping:
                lines.append(current)
                current = []
                continue
            if current and not (
                _next_on_line(current[-1][0], a) and _next_on_line(current[-1][1], b)
            ):
                lines.append(current)
                current = []
            current.append((a, b))
        lines.append(current)
    pixel = 72 / dpi
    results = []
    for line in lines:
        if len(line) < SIZE_MIN_WORDS:
            continue
        old_box = union([a.box for a, _ in line])
        new_box = union([b.box for _, b in line])
        reach = grow(old_box, old_box[3] - old_box[1])
        if any(_touches(reach, c.old_box) or _touches(reach, c.new_box) for c in found):
            continue
        width = old_box[2] - old_box[0]
        stretch = _stretch(
            [x for a, _ in line for x in (a.box[0], a.box[2])],
            [x for _, b in line for x in (b.box[0], b.box[2])],
            width,
        )
        if abs(stretch - 1) > SIZE_MIN_SHARE and abs(stretch - 1) * width > SIZE_MIN_PX * pixel:
            text = " ".join(a.text for a, _ in line)
            results.append(RasterTextChange(old_box, new_box, text, text, kind="style"))
    return results


def _overlapping(words: list[Word]) -> set[int]:
    """The ids of the words whose box overlaps another word's box."""
    found: set[int] = set()
    for k, word in enumerate(words):
        for other in words[k + 1 :]:
            if _touches(word.box, other.box):
                found.update((id(word), id(other)))
    return found


def _stretch(old_x: list[float], new_x: list[float], width: float) -> float:
    """How much wider the new line is than the old: the median ratio of the distances between
    word edges at least a quarter of the line apart (a box that a reading drew too wide, which
    happens, moves one edge and so few of the ratios)."""
    ratios = [
        (new_x[j] - new_x[i]) / (old_x[j] - old_x[i])
        for i in range(len(old_x))
        for j in range(i + 1, len(old_x))
        if old_x[j] - old_x[i] >= width / 4
    ]
    return float(np.median(ratios)) if ratios else 1.0


def _next_on_line(previous: Word, word: Word) -> bool:
    """Whether `word` follows `previous` on the same line (middles within half a height)."""
    middle = (word.box[1] + word.box[3]) / 2
    half = min(word.box[3] - word.box[1], previous.box[3] - previous.box[1]) / 2
    return abs(middle - (previous.box[1] + previous.box[3]) / 2) <= half and (
        word.box[0] >= previous.box[2] - half
    )


def glyph_scores(
    old_image: np.ndarray, new_image: np.ndarray, dpi: float, words: list, level: int
) -> list[float]:
    """For each word (boxes in points), how much its glyphs differ between the two images, in
    mm²: at the alignment that fits best (exports are offset and anti-aliased their own way),
    the largest area within one character's width (a square of the word's height) whose grey
    levels still differ by `level` (of 255), so that a long word's small rendering
    differences do not add up to a changed character."""
    return _glyph_scores(_gray(old_image), _gray(new_image), dpi, words, level)


def _alignment_pad(dpi: float) -> int:
    """ALIGN_MM in pixels at `dpi`."""
    return max(2, round(ALIGN_MM * dpi / 25.4))


def _gray(image: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY).astype(np.int16)


def _glyph_scores(
    old_gray: np.ndarray, new_gray: np.ndarray, dpi: float, words: list, level: int
) -> list[float]:
    scale = dpi / 72
    pad = _alignment_pad(dpi)
    height, width = old_gray.shape
    px_per_mm2 = (dpi / 25.4) ** 2
    scores: list[float] = []
    for word in words:
        x0, y0, x1, y1 = to_px(word.box, scale)
        x0, y0, x1, y1 = max(pad, x0), max(pad, y0), min(width - pad, x1), min(height - pad, y1)
        if x1 <= x0 or y1 <= y0:
            scores.append(0.0)
            continue
        reference = old_gray[y0:y1, x0:x1]
        best = None
        for dy in range(-pad, pad + 1):
            for dx in range(-pad, pad + 1):
                other = new_gray[y0 + dy : y1 + dy, x0 + dx : x1 + dx]
                difference = np.abs(reference - other)
                score = int(difference.sum())
                if best is None or score < best[0]:
                    best = (score, difference)
        difference = cv2.GaussianBlur(best[1].astype(np.float32), (3, 3), 0)  # type: ignore[index]
        differing = (difference > level).astype(np.float32)
        side = max(1, y1 - y0)
        window = cv2.boxFilter(differing, -1, (side, side), normalize=False)
        scores.append(float(window.max()) / px_per_mm2)
    return scores


# -- the colour of the ink of words read alike ----------------------------------------------
# The glyph comparison is made in grey, where a price turned from dark grey to dark red barely
# moves (its grey level changes by a few dozen); the colour of its ink does. Each word's ink
# is its core: the INK_CORE_SHARE of its pixels farthest from the paper around it (and at least
# INK_MIN_CONTRAST from it, in RGB levels). Another rasteriser covers small type's strokes
# more or less (the same ink mixed with more or less paper), so each new ink pixel is compared
# with the nearest mix of the old ink and the paper, not with the old ink itself: what remains
# (ΔE00, the median over the core, at the best alignment) is a change of hue or of ink.
INK_CORE_SHARE = 0.15
INK_MIN_CONTRAST = 30.0
# A mark with no letter or digit (a middle dot, a rule), or a core of fewer pixels than this,
# is too small for its ink to be told from its rim.
INK_MIN_PIXELS = 8
# That remainder is noise of the export (JPEG chroma, anti-aliasing of coloured type), which
# differs from page to page: a word's ink has changed colour when its remainder exceeds both
# INK_MIN_DELTA and INK_NOISE_FACTOR times the page's typical remainder (its
# INK_NOISE_PERCENTILE-th percentile over every word read alike). Measured on exports at
# 150-300 dpi (PNG, TIFF, JPEG, three rasterisers): unchanged words reach 7.7, with a
# page's 75th percentile up to 4.5; words recoloured grey to red or blue give 25-55.
INK_MIN_DELTA = 8.0
INK_NOISE_FACTOR = 3.0
INK_NOISE_PERCENTILE = 75


def ink_shifts(
    old_image: np.ndarray, new_image: np.ndarray, dpi: float, words: list
) -> list[float | None]:
    """For each word (boxes in points), how far its ink moved off the paper-mix line (ΔE00,
    see INK_CORE_SHARE); None where the word shows no ink to measure."""
    scale = dpi / 72
    pad = _alignment_pad(dpi)
    height, width = old_image.shape[:2]
    old_gray, new_gray = _gray(old_image), _gray(new_image)
    shifts: list[float | None] = []
    for word in words:
        x0, y0, x1, y1 = to_px(word.box, scale)
        x0, y0 = max(pad, x0 - 1), max(pad, y0 - 1)
        x1, y1 = min(width - pad, x1 + 1), min(height - pad, y1 + 1)
        if x1 - x0 < 3 or y1 - y0 < 3 or not _ALNUM.search(word.text):
            shifts.append(None)
            continue
        reference = old_gray[y0:y1, x0:x1]
        best = None
        for dy in range(-pad, pad + 1):
            for dx in range(-pad, pad + 1):
                score = int(
                    np.abs(reference - new_gray[y0 + dy : y1 + dy, x0 + dx : x1 + dx]).sum()
                )
                if best is None or score < best[0]:
                    best = (score, dy, dx)
        _, dy, dx = best  # type: ignore[misc]
        old_px = old_image[y0:y1, x0:x1].astype(np.float32)
        new_px = new_image[y0 + dy : y1 + dy, x0 + dx : x1 + dx].astype(np.float32)
        rim = np.concatenate([old_px[0], old_px[-1], old_px[:, 0], old_px[:, -1]])
        paper = np.median(rim, axis=0)
        old_px, new_px = old_px.reshape(-1, 3), new_px.reshape(-1, 3)
        distance = np.sqrt(((old_px - paper) ** 2).sum(axis=1))
        core = distance >= max(
            INK_MIN_CONTRAST, np.percentile(distance, 100 * (1 - INK_CORE_SHARE))
        )
        if int(core.sum()) < INK_MIN_PIXELS:
            shifts.append(None)
            continue
        ink, other = old_px[core], new_px[core]
        direction = ink - paper
        share = ((other - paper) * direction).sum(axis=1) / np.maximum(
            (direction * direction).sum(axis=1), 1e-6
        )
        mixed = paper + np.clip(share, 0.0, 1.5)[:, None] * direction
        delta = ciede2000(_lab(mixed), _lab(other))
        shifts.append(float(np.median(delta)))
    return shifts


def ink_bar(shifts: list[float | None]) -> float:
    """The remainder from which a word's ink changed colour on this page (see INK_MIN_DELTA)."""
    measured = [s for s in shifts if s is not None]
    if not measured:
        return INK_MIN_DELTA
    noise = float(np.percentile(measured, INK_NOISE_PERCENTILE))
    return max(INK_MIN_DELTA, INK_NOISE_FACTOR * noise)


def _lab(bgr: np.ndarray) -> np.ndarray:
    pixels = np.clip(np.round(bgr), 0, 255).astype(np.uint8).reshape(-1, 1, 3)
    return bgr_to_lab(pixels).reshape(-1, 3)
