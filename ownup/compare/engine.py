"""compare(old, new) -> Report: pair the pages, then compare each pair by its text and its pixels.

Two passes keep memory flat and identical pages cheap:
1. Every page of both files is rendered once and reduced to a signature (a hash of its pixels,
   a thumbnail, its words); pages at the same position are read together and, when they differ
   but look alike, compared at once from the renders in hand. Renders are then dropped.
2. Pages are paired by content (pairing.py). Pairs that differ and were not compared in the
   first pass are rendered again and compared (pagepair.py); identical pages cost one render
   and one hash each.
Both passes fan out over a process pool (PDFium is single-threaded), one page pair at a time
per process, so peak memory is a few renders per process whatever the page count.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace

import cv2
import numpy as np
import xxhash

from ownup.compare import pairing
from ownup.compare.geometry import (
    share_inside,
)
from ownup.compare.i18n import tr
from ownup.compare.inputs import Source, describe, render_dpi
from ownup.compare.model import Change, CompareOptions, IgnoreRegion, PageResult, Report
from ownup.compare.pagepair import compare_pages

# Below this many pages in all, a process pool costs more than it saves.
POOL_MIN_PAGES = 6


# Pages at the same position this similar (pairing.similarity) are compared in the first
# pass, on the guess that they will be paired; if pairing decides otherwise, the work is
# simply not used.
SPECULATION_SIMILARITY = 0.8


@dataclass(frozen=True)
class _SourceSpec:
    path: str
    kind: str
    fit_size: tuple[float, float] | None


@dataclass
class _PairResult:
    changes: list[Change]


def compare(
    old: str | os.PathLike, new: str | os.PathLike, options: CompareOptions | None = None
) -> Report:
    """Compare two files (PDF, PNG, JPEG or TIFF); raises CompareInputError on bad input."""
    options = options or CompareOptions()
    old_name, old_kind, old_sha = describe(old)
    new_name, new_kind, new_sha = describe(new)
    old_spec, new_spec, old_source, new_source = _open_pair(old_name, old_kind, new_name, new_kind)
    if old_sha == new_sha:
        old_info, new_info = old_source.info(old_sha), new_source.info(new_sha)
        old_source.close()
        new_source.close()
        # The same bytes twice: every page is itself, and nothing needs rendering.
        _Progress(options.on_progress, old_info.pages).step(old_info.pages)
        same = [PageResult(n, n, "same") for n in range(1, old_info.pages + 1)]
        return Report(old_info, new_info, same, [], options.dpi, options.color_threshold)

    # (A PDF's pages are measured as they are read, in the first pass: see _open_pair.)
    old_count, new_count = len(old_source), len(new_source)
    total = old_count + new_count + min(old_count, new_count)
    progress = _Progress(options.on_progress, total)
    worker_options = replace(options, on_progress=None)
    workers = options.workers or os.cpu_count() or 1
    if total - min(old_count, new_count) < POOL_MIN_PAGES:
        workers = 1

    opened = (old_source, new_source)
    with _Runner(workers, old_spec, new_spec, worker_options, opened) as runner:
        # Pages at the same position are read together: most often they are the pair, and a
        # pair that differs is compared at once, from the renders in hand (see _first_pass).
        common = min(old_count, new_count)
        tasks: list[tuple[int | None, int | None]] = [(i, i) for i in range(common)]
        tasks += [(i, None) for i in range(common, old_count)]
        tasks += [(None, j) for j in range(common, new_count)]
        signatures: dict[tuple[str, int], pairing.PageSignature] = {}
        early: dict[tuple[int, int], list[Change]] = {}
        for (i, j), result in zip(tasks, runner.map(_first_pass, tasks), strict=True):
            old_signature, new_signature, changes_found = result
            if i is not None:
                signatures[("old", i)] = old_signature  # type: ignore[assignment]
            if j is not None:
                signatures[("new", j)] = new_signature  # type: ignore[assignment]
            if changes_found is not None:
                early[(i, j)] = changes_found  # type: ignore[index]
            # Two pages read, and one pair compared when that was done at once.
            progress.step((2 if i is not None and j is not None else 1) + ((i, j) in early))
        old_signatures = [signatures[("old", i)] for i in range(old_count)]
        new_signatures = [signatures[("new", j)] for j in range(new_count)]
        old_info = old_source.info(old_sha, [signature.size for signature in old_signatures])
        new_info = new_source.info(new_sha, [signature.size for signature in new_signatures])
        page_plan = pairing.pair_pages(old_signatures, new_signatures)

        pairs = [(entry.old_index, entry.new_index) for entry in page_plan if entry.paired]
        to_compare = [
            pair
            for pair in pairs
            if old_signatures[pair[0]].pixel_hash != new_signatures[pair[1]].pixel_hash
            or old_signatures[pair[0]].words != new_signatures[pair[1]].words
        ]
        pair_changes: dict[tuple[int, int], list[Change]] = {
            pair: early[pair] for pair in to_compare if pair in early
        }
        identical = len(pairs) - len(to_compare)
        to_compare = [pair for pair in to_compare if pair not in early]
        # Pairs compared at once but not paired after all were work too; pages left unpaired
        # need no comparison.
        progress.total += len(set(early) - set(pair_changes))
        progress.total -= min(old_count, new_count) - len(pairs)
        progress.step(identical)
        for pair, result in zip(to_compare, runner.map(_pair_task, to_compare), strict=True):
            pair_changes[pair] = result.changes
            progress.step()

    changes: list[Change] = []
    pages: list[PageResult] = []
    lang = options.lang
    for entry in page_plan:
        old_page = None if entry.old_index is None else entry.old_index + 1
        new_page = None if entry.new_index is None else entry.new_index + 1
        if not entry.paired:
            if old_page is None:
                pages.append(PageResult(None, new_page, "added"))
                size = new_info.page_sizes[entry.new_index]  # type: ignore[index]
                changes.append(
                    Change(
                        "page_added",
                        None,
                        new_page,
                        None,
                        (0, 0, *size),
                        None,
                        None,
                        tr(lang, "summary.page_added", page=new_page),
                    )
                )
            else:
                pages.append(PageResult(old_page, None, "removed"))
                size = old_info.page_sizes[entry.old_index]  # type: ignore[index]
                changes.append(
                    Change(
                        "page_removed",
                        old_page,
                        None,
                        (0, 0, *size),
                        None,
                        None,
                        None,
                        tr(lang, "summary.page_removed", page=old_page),
                    )
                )
            continue
        found = pair_changes.get((entry.old_index, entry.new_index), [])  # type: ignore[arg-type]
        found = _drop_ignored(found, options.ignore)
        if entry.moved:
            old_size = old_info.page_sizes[entry.old_index]  # type: ignore[index]
            new_size = new_info.page_sizes[entry.new_index]  # type: ignore[index]
            changes.append(
                Change(
                    "page_moved",
                    old_page,
                    new_page,
                    (0, 0, *old_size),
                    (0, 0, *new_size),
                    None,
                    None,
                    tr(lang, "summary.page_moved", old=old_page, new=new_page),
                )
            )
            status = "moved"
        else:
            status = "changed" if found else "same"
        pages.append(PageResult(old_page, new_page, status))  # type: ignore[arg-type]
        changes.extend(found)
    return Report(old_info, new_info, pages, changes, options.dpi, options.color_threshold)


def _open_pair(
    old_name: str, old_kind: str, new_name: str, new_kind: str
) -> tuple[_SourceSpec, _SourceSpec, Source, Source]:
    """Open both files; a raster without a usable resolution takes the other side's page size.
    A PDF is checked without loading every page, each page measured when first loaded (see
    Source): the first pass loads every page anyway, and gives its size with its signature."""
    if old_kind == "pdf" or new_kind != "pdf":
        old_source = Source(old_name, old_kind, lazy_sizes=True)
        new_fit = old_source.page_size(0) if new_kind != "pdf" else None
        new_source = Source(new_name, new_kind, new_fit, lazy_sizes=True)
        old_fit = None
    else:
        new_source = Source(new_name, new_kind, lazy_sizes=True)
        old_fit = new_source.page_size(0)
        old_source = Source(old_name, old_kind, old_fit, lazy_sizes=True)
        new_fit = None
    return (
        _SourceSpec(old_name, old_kind, old_fit),
        _SourceSpec(new_name, new_kind, new_fit),
        old_source,
        new_source,
    )


class _Progress:
    def __init__(self, callback: Callable[[int, int], None] | None, total: int) -> None:
        self.callback = callback
        self.total = total
        self.done = 0

    def step(self, count: int = 1) -> None:
        if count <= 0:
            return
        self.done = min(self.total, self.done + count)
        if self.callback is not None:
            self.callback(self.done, self.total)


# -- the worker side -----------------------------------------------------------------------
_WORKER: dict[str, object] = {}


def _init_worker(
    old_spec: _SourceSpec,
    new_spec: _SourceSpec,
    options: CompareOptions,
    opened: tuple[Source, Source] | None = None,
) -> None:
    """Open both files for this process's tasks, or take them as `opened` already."""
    _WORKER.clear()
    if opened is None:
        # A pool worker: a process of ours that ends with the comparison.
        _keep_freed_memory()
        opened = (
            # (The caller has checked both files: a PDF is opened without checking again.)
            Source(old_spec.path, old_spec.kind, old_spec.fit_size, checked=True),
            Source(new_spec.path, new_spec.kind, new_spec.fit_size, checked=True),
        )
    _WORKER["old"], _WORKER["new"] = opened
    _WORKER["options"] = options
    cv2.setNumThreads(1)


# Each page render is a fresh 6-9 MB buffer. glibc returns such blocks to the system when they
# are freed and faults them in again for the next page, which cost more than the comparison
# itself on changed pages; a pool worker keeps them instead (it ends with the comparison).
_GLIBC_M_TRIM_THRESHOLD = -1
_GLIBC_M_MMAP_THRESHOLD = -3
_KEPT_BYTES = 128 * 1024 * 1024


def _keep_freed_memory() -> None:
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(_GLIBC_M_MMAP_THRESHOLD, 32 * 1024 * 1024)
        libc.mallopt(_GLIBC_M_TRIM_THRESHOLD, _KEPT_BYTES)
    except (OSError, AttributeError):
        pass  # not glibc: the allocator's defaults stay


class _Runner:
    """Runs page tasks in this process or in a pool of processes that each open both files.
    Takes over `opened`, both files as the caller opened them: working alone, it reads them
    rather than open and check every page again; otherwise it closes them."""

    def __init__(
        self,
        workers: int,
        old_spec: _SourceSpec,
        new_spec: _SourceSpec,
        options: CompareOptions,
        opened: tuple[Source, Source],
    ) -> None:
        self.workers = workers
        self.args = (old_spec, new_spec, options)
        self.opened = opened
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> _Runner:
        # A daemonic process (some task runners use them) may not start children: it works alone.
        can_fork = "fork" in multiprocessing.get_all_start_methods()
        if self.workers > 1 and can_fork and not multiprocessing.current_process().daemon:
            # (Each process opens the files itself: PDFium documents are not to be shared.)
            for source in self.opened:
                source.close()
            self.pool = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_init_worker,
                initargs=self.args,
            )
        else:
            self._saved = dict(_WORKER)
            _init_worker(*self.args, opened=self.opened)
        return self

    def map(self, function: Callable, items: list) -> Iterator:
        if not items:
            return iter(())
        if self.pool is None:
            return map(function, items)
        chunk = max(1, min(16, len(items) // (self.workers * 8)))
        return self.pool.map(function, items, chunksize=chunk)

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
        else:
            for side in ("old", "new"):
                source = _WORKER.get(side)
                if isinstance(source, Source):
                    source.close()
            _WORKER.clear()
            _WORKER.update(self._saved)


def _first_pass(
    task: tuple[int | None, int | None],
) -> tuple[pairing.PageSignature | None, pairing.PageSignature | None, list[Change] | None]:
    """Signatures of old page i and new page j; and when they look like one page, edited,
    their comparison, made from these renders rather than rendering them again later."""
    i, j = task
    old_source: Source = _WORKER["old"]  # type: ignore[assignment]
    new_source: Source = _WORKER["new"]  # type: ignore[assignment]
    options: CompareOptions = _WORKER["options"]  # type: ignore[assignment]
    old_read = _read_page(old_source, i, options) if i is not None else None
    new_read = _read_page(new_source, j, options) if j is not None else None
    # Two pages at the same position whose words differ will be compared whatever their
    # pixels: hashing them (a tenth of an edited page's cost) would tell nothing. Pairing may
    # still pair either page elsewhere; an unhashed page is then simply compared.
    hash_pixels = (
        old_read is None
        or new_read is None
        or old_read[1] == new_read[1]
        or not (_keyed_by_text(old_read[1]) and _keyed_by_text(new_read[1]))
    )
    old_signature = new_signature = None
    old_image = new_image = None
    if old_read is not None:
        old_image = old_read[0]
        old_signature = _signature(old_read, ("old", i), hash_pixels)
    if new_read is not None:
        new_image = new_read[0]
        new_signature = _signature(new_read, ("new", j), hash_pixels)
    changes = None
    if (
        old_signature is not None
        and new_signature is not None
        and old_source.kind == new_source.kind == "pdf"
        and old_signature.size == new_signature.size
        and (
            old_signature.pixel_hash != new_signature.pixel_hash
            or old_signature.words != new_signature.words
        )
        and pairing.similarity(old_signature, new_signature) >= SPECULATION_SIMILARITY
    ):
        changes = compare_pages(
            old_source,
            new_source,
            i,
            j,
            options,
            renders=(old_image, new_image),  # type: ignore[arg-type]
        )
    return old_signature, new_signature, changes


_PageRead = tuple[np.ndarray, tuple[str, ...], tuple[float, float]]


def _read_page(source: Source, index: int, options: CompareOptions) -> _PageRead:
    """The page's render, the words of its text layer, and its size."""
    size = source.page_size(index)
    image, text = source.render_with_text(index, render_dpi(size, options.dpi))
    return image, tuple(text.split()), size


def _keyed_by_text(words: tuple[str, ...]) -> bool:
    """Whether pairing tells this page by its words rather than by its pixels' hash."""
    return sum(map(len, words)) >= pairing.MIN_CHARS_FOR_TEXT_KEY


def _signature(read: _PageRead, page: tuple[str, int], hash_pixels: bool) -> pairing.PageSignature:
    image, words, size = read
    if hash_pixels:
        # XXH3 for speed, not secrecy: it only tells identical renders apart, every pixel of
        # them, at memory speed.
        digest = xxhash.xxh3_128_digest(np.ascontiguousarray(image).data)
        pixel_hash = digest + bytes(str(image.shape), "ascii")
    else:
        # Unlike every other page's: the page is compared with whichever page it is paired to.
        pixel_hash = b"unhashed:%s:%d" % (page[0].encode("ascii"), page[1])
    # Every fourth pixel is plenty for a 24 × 34 thumbnail, and a sixteenth of the work. Rows
    # are picked before the grey conversion and columns after it: OpenCV reads every fourth
    # row in place, and NumPy copies one-byte grey columns far faster than three-byte pixels
    # (the grey of a pixel is the same whichever way it is picked).
    gray = cv2.cvtColor(image[::4], cv2.COLOR_BGR2GRAY)[:, ::4]
    thumbnail = cv2.resize(gray, pairing.THUMBNAIL_SIZE, interpolation=cv2.INTER_AREA)
    return pairing.PageSignature(
        pixel_hash=pixel_hash,
        thumbnail=thumbnail.astype(np.float32),
        words=words,
        size=size,
    )


def _pair_task(pair: tuple[int, int]) -> _PairResult:
    old_source: Source = _WORKER["old"]  # type: ignore[assignment]
    new_source: Source = _WORKER["new"]  # type: ignore[assignment]
    options: CompareOptions = _WORKER["options"]  # type: ignore[assignment]
    return _PairResult(compare_pages(old_source, new_source, pair[0], pair[1], options))


def _drop_ignored(changes: list[Change], ignore: list[IgnoreRegion]) -> list[Change]:
    if not ignore:
        return changes
    kept = []
    for change in changes:
        page = change.new_page if change.new_page is not None else change.old_page
        box = change.new_bbox if change.new_bbox is not None else change.old_bbox
        if box is not None and any(
            (region.page is None or region.page == page) and share_inside(box, region.box) >= 0.5
            for region in ignore
        ):
            continue
        kept.append(change)
    return kept
