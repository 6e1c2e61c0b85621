"""Pair the pages of two documents by content, so an inserted, removed or reordered page is
reported as such and does not make every later page differ.

1. Pages with the same content key (their words, or their pixels when they have few words) are
   aligned in order, like lines in `diff`.
2. Pages left over are paired greedily by similarity (shared words, then thumbnails), best
   first, when similar enough to be "the same page, edited".
3. Among the pairs, the longest run that keeps the old order is in place; a pair outside it is a
   page that moved.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np

THUMBNAIL_SIZE = (24, 34)  # width, height: enough to tell layouts apart
# Pages with fewer characters than this are told apart by their pixels.
MIN_CHARS_FOR_TEXT_KEY = 12
# Mean grey difference (0–255) of two thumbnails beyond which they share nothing.
THUMBNAIL_SPREAD = 40.0
# Below this similarity two leftover pages are not "the same page, edited".
MIN_PAIR_SIMILARITY = 0.5
# Leftover pages are compared only within this many positions of each other when both
# documents are long, to bound the work to O(n · window).
WINDOW_FOR_LONG_DOCUMENTS = 40


@dataclass
class PageSignature:
    pixel_hash: bytes
    thumbnail: np.ndarray
    words: tuple[str, ...]
    size: tuple[float, float]
    profile: np.ndarray | None = None
    """Filled in by _profile when first needed."""

    @property
    def text(self) -> str:
        """The words run together: word breaks are guessed from spacing by the text layer
        and change when a file is re-distilled, the characters do not."""
        return "".join(self.words)

    @property
    def key(self) -> tuple:
        if len(self.text) >= MIN_CHARS_FOR_TEXT_KEY:
            return ("text", hash(self.text))
        return ("pixels", self.pixel_hash)


@dataclass
class PlanEntry:
    old_index: int | None
    new_index: int | None
    moved: bool = False

    @property
    def paired(self) -> bool:
        return self.old_index is not None and self.new_index is not None


TRIGRAM_BITS = 12
TRIGRAM_BINS = 1 << TRIGRAM_BITS


def _profile(signature: PageSignature) -> np.ndarray:
    """The page's character trigrams, hashed into a fixed number of bins and normalised."""
    if signature.profile is not None:
        return signature.profile
    text = signature.text
    if len(text) < MIN_CHARS_FOR_TEXT_KEY:
        signature.profile = np.zeros(TRIGRAM_BINS, dtype=np.float32)
        return signature.profile
    # Each trigram's three code points folded into one 64-bit number, then spread over the
    # bins by Fibonacci hashing (the top bits of a product with 2^64 / φ): all in NumPy, since
    # a page holds a thousand trigrams or more.
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    folded = (codes[:-2] << np.uint64(42)) ^ (codes[1:-1] << np.uint64(21)) ^ codes[2:]
    hashes = (folded * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(64 - TRIGRAM_BITS)
    counts = np.bincount(hashes.astype(np.intp), minlength=TRIGRAM_BINS).astype(np.float32)
    signature.profile = counts / counts.sum()
    return signature.profile


def similarities(
    old: list[PageSignature], new: list[PageSignature], old_rows: list[int], new_cols: list[int]
) -> np.ndarray:
    """Similarity (0–1) of each old page in old_rows with each new page in new_cols: shared
    trigrams of their text mostly, their thumbnails a little; thumbnails alone without text."""
    old_profiles = np.array([_profile(old[i]) for i in old_rows])
    new_profiles = np.array([_profile(new[j]) for j in new_cols])
    old_thumbs = np.array([old[i].thumbnail.ravel() for i in old_rows])
    new_thumbs = np.array([new[j].thumbnail.ravel() for j in new_cols])
    scores = np.zeros((len(old_rows), len(new_cols)), dtype=np.float32)
    for row in range(len(old_rows)):
        distance = np.abs(new_thumbs - old_thumbs[row]).mean(axis=1)
        pixels = np.clip(1.0 - distance / THUMBNAIL_SPREAD, 0.0, 1.0)
        text = np.minimum(new_profiles, old_profiles[row]).sum(axis=1)
        has_text = (old_profiles[row].sum() > 0) & (new_profiles.sum(axis=1) > 0)
        scores[row] = np.where(has_text, 0.8 * text + 0.2 * pixels, pixels)
    return scores


def similarity(old: PageSignature, new: PageSignature) -> float:
    return float(similarities([old], [new], [0], [0])[0, 0])


def pair_pages(old: list[PageSignature], new: list[PageSignature]) -> list[PlanEntry]:
    pairs: dict[int, int] = {}
    matcher = SequenceMatcher(None, [s.key for s in old], [s.key for s in new], autojunk=False)
    for tag, i0, i1, j0, j1 in matcher.get_opcodes():
        if tag == "equal":
            pairs.update(zip(range(i0, i1), range(j0, j1), strict=True))
        elif tag == "replace" and i1 - i0 == j1 - j0:
            # Pages edited in place, the common case: pair them in order when they still
            # look alike.
            scores = similarities(old, new, list(range(i0, i1)), list(range(j0, j1)))
            for k in range(i1 - i0):
                if scores[k, k] >= MIN_PAIR_SIMILARITY:
                    pairs[i0 + k] = j0 + k

    free_old = [i for i in range(len(old)) if i not in pairs]
    taken_new = set(pairs.values())
    free_new = [j for j in range(len(new)) if j not in taken_new]
    # What is left: identical keys out of order first (a reordered page), then the best
    # similarities, each page used once.
    candidates: list[tuple[float, int, int, int]] = []
    if free_old and free_new:
        scores = similarities(old, new, free_old, free_new)
        long_documents = len(free_old) * len(free_new) > 40_000
        for row, i in enumerate(free_old):
            for col, j in enumerate(free_new):
                if long_documents and abs(i - j) > WINDOW_FOR_LONG_DOCUMENTS:
                    continue
                score = 2.0 if old[i].key == new[j].key else float(scores[row, col])
                if score >= MIN_PAIR_SIMILARITY:
                    candidates.append((-score, abs(i - j), i, j))
    candidates.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    for _, _, i, j in candidates:
        if i in used_old or j in used_new:
            continue
        pairs[i] = j
        used_old.add(i)
        used_new.add(j)

    in_order = _longest_increasing(sorted(pairs.items()))
    new_to_old = {j: i for i, j in pairs.items()}
    plan: list[PlanEntry] = []
    removed_after: dict[int, list[int]] = {}
    # A removed page is listed after the new page that follows its old neighbour.
    last_new_for_old = -1
    for i in range(len(old)):
        if i in pairs:
            if i in in_order:
                last_new_for_old = pairs[i]
        else:
            removed_after.setdefault(last_new_for_old, []).append(i)
    plan.extend(PlanEntry(i, None) for i in removed_after.get(-1, []))
    for j in range(len(new)):
        i = new_to_old.get(j)
        if i is None:
            plan.append(PlanEntry(None, j))
        else:
            plan.append(PlanEntry(i, j, moved=i not in in_order))
        plan.extend(PlanEntry(k, None) for k in removed_after.get(j, []))
    return plan


def _longest_increasing(pairs: list[tuple[int, int]]) -> set[int]:
    """Old indices of the longest chain of pairs whose new indices rise with the old ones."""
    tails: list[int] = []
    tail_index: list[int] = []
    previous: list[int] = [-1] * len(pairs)
    for position, (_, j) in enumerate(pairs):
        slot = bisect.bisect_left(tails, j)
        if slot == len(tails):
            tails.append(j)
            tail_index.append(position)
        else:
            tails[slot] = j
            tail_index[slot] = position
        previous[position] = tail_index[slot - 1] if slot else -1
    chain: set[int] = set()
    position = tail_index[-1] if tail_index else -1
    while position >= 0:
        chain.add(pairs[position][0])
        position = previous[position]
    return chain
