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
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np

THUMBNAIL_SIZE = (24, 34)  # width, height: enough to tell layouts apart
# Pages with fewer words than this are told apart by their pixels.
MIN_WORDS_FOR_TEXT_KEY = 3
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

    @property
    def key(self) -> tuple:
        if len(self.words) >= MIN_WORDS_FOR_TEXT_KEY:
            return ("text", hash(self.words))
        return ("pixels", self.pixel_hash)


@dataclass
class PlanEntry:
    old_index: int | None
    new_index: int | None
    moved: bool = False

    @property
    def paired(self) -> bool:
        return self.old_index is not None and self.new_index is not None


def similarity(old: PageSignature, new: PageSignature) -> float:
    thumbnail_distance = float(np.abs(old.thumbnail - new.thumbnail).mean())
    pixels = max(0.0, 1.0 - thumbnail_distance / THUMBNAIL_SPREAD)
    if len(old.words) >= MIN_WORDS_FOR_TEXT_KEY and len(new.words) >= MIN_WORDS_FOR_TEXT_KEY:
        shared = sum((Counter(old.words) & Counter(new.words)).values())
        words = 2 * shared / (len(old.words) + len(new.words))
        return 0.8 * words + 0.2 * pixels
    return pixels


def pair_pages(old: list[PageSignature], new: list[PageSignature]) -> list[PlanEntry]:
    pairs: dict[int, int] = {}
    matcher = SequenceMatcher(None, [s.key for s in old], [s.key for s in new], autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            pairs[block.a + k] = block.b + k

    free_old = [i for i in range(len(old)) if i not in pairs]
    taken_new = set(pairs.values())
    free_new = [j for j in range(len(new)) if j not in taken_new]
    # Identical keys out of order first (a reordered page), then the best similarities.
    candidates: list[tuple[float, int, int, int]] = []
    long_documents = len(free_old) * len(free_new) > 40_000
    for i in free_old:
        for j in free_new:
            if long_documents and abs(i - j) > WINDOW_FOR_LONG_DOCUMENTS:
                continue
            score = 2.0 if old[i].key == new[j].key else similarity(old[i], new[j])
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
