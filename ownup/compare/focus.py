"""Which lines of two text layers an edited page pair needs read in full.

Reading a character in full (its box, text object, font, size and colour) costs several PDFium
calls; an edited page differs in a few lines. The renders tell where: a line of text whose
pixels are the same on both pages, and whose characters are the same, can hold no text, style
or move change. So both text layers are first skimmed (the code and the vertical extent of
every character, one call each), and only the lines near a pixel difference are read in full.

Lines are taken from both pages at once: the vertical extents of all characters of both pages
merge into bands, so a line is kept or left out on both pages alike. Neighbouring bands are
kept too (CONTEXT_BANDS), so that a text change keeps the words around it as context.
Laziness is given up, and both pages read in full, when the text outside the kept bands
differs (a text layer changed under the same pixels), on rotated pages, and when most of the
page would be read anyway.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Character extents closer than this (points) belong to one band: a line's accents and
#: descenders overlap their neighbours' extents, separate lines leave a gap (their leading).
BAND_JOIN_PT = 0.3
#: Bands within this distance (points) of a differing pixel row are read: the text layer's
#: claim on the pixels reaches TEXT_MARGIN_MM around each character, and a glyph's ink
#: bleeds a pixel or two past its box.
PIXEL_REACH_PT = 3.0
#: Bands kept on each side of a band that is read, for the words of context a change carries.
CONTEXT_BANDS = 2
#: Above this share of characters to read, the pages are read in full (nothing to save).
MAX_FOCUSED_SHARE = 0.6


@dataclass(frozen=True)
class Skim:
    """One page's text layer skimmed: every character's code, and the top and bottom (points
    from the page's top edge) of those with a box (NaN for spaces and line breaks)."""

    codes: list[int]
    tops: np.ndarray
    bottoms: np.ndarray


def differing_rows(old: np.ndarray, new: np.ndarray) -> np.ndarray:
    """Indices of the pixel rows where two renders of one size differ at all (and, rarely, a
    row next to one: the bytes are compared eight at a time, and eight bytes may straddle two
    rows)."""
    row_bytes = old.size // old.shape[0]
    flat_old, flat_new = old.reshape(-1), new.reshape(-1)
    whole = flat_old.size // 8 * 8
    words = np.flatnonzero(flat_old[:whole].view(np.uint64) != flat_new[:whole].view(np.uint64))
    tail = np.flatnonzero(flat_old[whole:] != flat_new[whole:]) + whole
    rows = [words * 8 // row_bytes, (words * 8 + 7) // row_bytes, tail // row_bytes]
    return np.unique(np.concatenate(rows))


def lines_to_read(
    old: Skim, new: Skim, rows: np.ndarray, scale: float
) -> tuple[list[bool], list[bool]] | None:
    """Per character of each page, whether to read it in full; None to read both pages in
    full. `rows` are the differing pixel rows of renders at `scale` pixels per point."""
    old_has = ~np.isnan(old.tops)
    new_has = ~np.isnan(new.tops)
    tops = np.concatenate([old.tops[old_has], new.tops[new_has]])
    bottoms = np.concatenate([old.bottoms[old_has], new.bottoms[new_has]])
    if tops.size == 0:
        return None
    bands = _bands(tops, bottoms)
    hot = np.zeros(len(bands), dtype=bool)
    if rows.size:
        row_tops = rows / scale - PIXEL_REACH_PT
        row_bottoms = (rows + 1) / scale + PIXEL_REACH_PT
        starts = np.array([band[0] for band in bands])
        ends = np.array([band[1] for band in bands])
        # A band is hot when some differing row reaches it: the first row ending after the
        # band's top starts before the band's bottom (rows are sorted).
        first = np.searchsorted(row_bottoms, starts, side="left")
        within = first < rows.size
        hot[within] = row_tops[first[within]] <= ends[within]
    keep_band = hot.copy()
    for shift in range(1, CONTEXT_BANDS + 1):
        keep_band[:-shift] |= hot[shift:]
        keep_band[shift:] |= hot[:-shift]
    old_keep = _per_char(old, old_has, bands, keep_band)
    new_keep = _per_char(new, new_has, bands, keep_band)
    kept = sum(old_keep) + sum(new_keep)
    if kept > MAX_FOCUSED_SHARE * (len(old_keep) + len(new_keep)):
        return None
    # Under the same pixels the characters must be the same, or the text layer changed where
    # nothing shows (a re-encoded font, hidden text): then everything is read.
    if _left_out(old, old_keep) != _left_out(new, new_keep):
        return None
    return old_keep, new_keep


def _bands(tops: np.ndarray, bottoms: np.ndarray) -> list[tuple[float, float]]:
    """The union of the vertical extents, as sorted disjoint bands."""
    order = np.argsort(tops, kind="stable")
    bands: list[tuple[float, float]] = []
    start, end = float(tops[order[0]]), float(bottoms[order[0]])
    for top, bottom in zip(tops[order].tolist(), bottoms[order].tolist(), strict=True):
        if top > end + BAND_JOIN_PT:
            bands.append((start, end))
            start, end = top, bottom
        elif bottom > end:
            end = bottom
    bands.append((start, end))
    return bands


def _per_char(
    skim: Skim, has_box: np.ndarray, bands: list[tuple[float, float]], keep_band: np.ndarray
) -> list[bool]:
    """Whether each character is read: one with a box as its band says; a space or a line
    break as the character before it (so a kept line keeps its word breaks)."""
    starts = np.array([band[0] for band in bands])
    band_of = np.searchsorted(starts, skim.tops[has_box], side="right") - 1
    boxed = np.flatnonzero(has_box)
    # The last character with a box at or before each position (-1 before the first).
    last_boxed = np.full(has_box.size, -1)
    last_boxed[boxed] = boxed
    last_boxed = np.maximum.accumulate(last_boxed)
    keep_boxed = np.zeros(has_box.size, dtype=bool)
    keep_boxed[boxed] = keep_band[band_of]
    keep = np.where(last_boxed >= 0, keep_boxed[np.maximum(last_boxed, 0)], False)
    return keep.tolist()


def _left_out(skim: Skim, keep: list[bool]) -> list[int]:
    """The codes of the characters with a box that are not read, in order."""
    left_out = ~np.isnan(skim.tops) & ~np.array(keep, dtype=bool)
    return np.array(skim.codes, dtype=np.int64)[left_out].tolist()
