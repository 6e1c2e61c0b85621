"""compare(old, new) -> Report: pair the pages, then compare each pair by its text and its pixels.

Two passes keep memory flat and identical pages cheap:
1. Every page of both files is rendered once and reduced to a signature (a hash of its pixels,
   a thumbnail, its words); the render is dropped at once.
2. Pages are paired by content (pairing.py). Only pairs whose signatures differ are rendered
   again and compared in detail; identical pages cost one render and one hash.
Both passes fan out over a process pool (PDFium is single-threaded), one page at a time per
process, so peak memory is a few renders per process whatever the page count.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace

import cv2
import numpy as np

from ownup.compare import pairing
from ownup.compare.color import delta_e_rgb, hex_color
from ownup.compare.i18n import decimal, millimetres, offset_phrase, tr
from ownup.compare.inputs import GraphicObject, PageContent, Source, describe, render_dpi
from ownup.compare.model import Box, Change, CompareOptions, IgnoreRegion, PageResult, Report
from ownup.compare.textdiff import PT_PER_MM, TextChange, compare_words, words_of
from ownup.compare.visual import (
    ANALYSIS_DPI,
    TEXT_MARGIN_MM,
    box_mask,
    common_canvas,
    find_regions,
    shrink,
)

# Below this many pages in all, a process pool costs more than it saves.
POOL_MIN_PAGES = 6
# Two objects are "the same object" when their boxes agree within this (points).
OBJECT_TOLERANCE_PT = 1.0
# A pixel region belongs to a change box when this share of it lies inside (the box grown 1 mm).
ABSORB_SHARE = 0.5
# Pages at the same position this similar (pairing.similarity) are compared in the first
# pass, on the guess that they will be paired; if pairing decides otherwise, the work is
# simply not used.
SPECULATION_SIMILARITY = 0.8
# Half-width of the band along the trim line left out of the pixel comparison (guillotine
# tolerance).
TRIM_TOLERANCE_MM = 0.5
# Against a raster export, a word has changed when, at its best alignment, at least this
# area of its glyphs still differs by GLYPH_CHANGE_LEVEL grey levels (of 255): a swapped digit
# covers several times that; anti-aliasing, hinting and JPEG noise stay well under it.
GLYPH_CHANGE_MM2 = 0.8
GLYPH_CHANGE_LEVEL = 90
# Page sizes within this (points) are the same size.
PAGE_SIZE_TOLERANCE_PT = 1.0


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
    old_info, new_info = old_source.info(old_sha), new_source.info(new_sha)
    old_source.close()
    new_source.close()

    total = len(old_info.page_sizes) + len(new_info.page_sizes)
    total += min(len(old_info.page_sizes), len(new_info.page_sizes))
    progress = _Progress(options.on_progress, total)
    worker_options = replace(options, on_progress=None)
    workers = options.workers or os.cpu_count() or 1
    if total - min(len(old_info.page_sizes), len(new_info.page_sizes)) < POOL_MIN_PAGES:
        workers = 1

    with _Runner(workers, old_spec, new_spec, worker_options) as runner:
        # Pages at the same position are read together: most often they are the pair, and a
        # pair that differs is compared at once, from the renders in hand (see _first_pass).
        common = min(old_info.pages, new_info.pages)
        tasks: list[tuple[int | None, int | None]] = [(i, i) for i in range(common)]
        tasks += [(i, None) for i in range(common, old_info.pages)]
        tasks += [(None, j) for j in range(common, new_info.pages)]
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
        old_signatures = [signatures[("old", i)] for i in range(old_info.pages)]
        new_signatures = [signatures[("new", j)] for j in range(new_info.pages)]
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
        progress.total -= min(old_info.pages, new_info.pages) - len(pairs)
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
    """Open both files; a raster without a usable resolution takes the other side's page size."""
    if old_kind == "pdf" or new_kind != "pdf":
        old_source = Source(old_name, old_kind)
        new_fit = old_source.page_sizes[0] if new_kind != "pdf" else None
        new_source = Source(new_name, new_kind, new_fit)
        old_fit = None
    else:
        new_source = Source(new_name, new_kind)
        old_fit = new_source.page_sizes[0]
        old_source = Source(old_name, old_kind, old_fit)
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


def _init_worker(old_spec: _SourceSpec, new_spec: _SourceSpec, options: CompareOptions) -> None:
    _WORKER.clear()
    _WORKER["old"] = Source(old_spec.path, old_spec.kind, old_spec.fit_size)
    _WORKER["new"] = Source(new_spec.path, new_spec.kind, new_spec.fit_size)
    _WORKER["options"] = options
    cv2.setNumThreads(1)


class _Runner:
    """Runs page tasks in this process or in a pool of processes that each open both files."""

    def __init__(
        self, workers: int, old_spec: _SourceSpec, new_spec: _SourceSpec, options: CompareOptions
    ) -> None:
        self.workers = workers
        self.args = (old_spec, new_spec, options)
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> _Runner:
        # A daemonic process (some task runners use them) may not start children: it works alone.
        can_fork = "fork" in multiprocessing.get_all_start_methods()
        if self.workers > 1 and can_fork and not multiprocessing.current_process().daemon:
            self.pool = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_init_worker,
                initargs=self.args,
            )
        else:
            self._saved = dict(_WORKER)
            _init_worker(*self.args)
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
    old_signature = new_signature = None
    old_image = new_image = None
    if i is not None:
        old_signature, old_image = _signature(old_source, i, options)
    if j is not None:
        new_signature, new_image = _signature(new_source, j, options)
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


def _signature(
    source: Source, index: int, options: CompareOptions
) -> tuple[pairing.PageSignature, np.ndarray]:
    image, text = source.render_with_text(index, render_dpi(source.page_sizes[index], options.dpi))
    # SHA-1 for speed, not secrecy: it only tells identical renders apart. Every second row and
    # column suffices: the smallest reportable change (MIN_AREA_MM2) covers dozens of pixels.
    digest = hashlib.sha1(np.ascontiguousarray(image[::2, ::2]).data).digest()
    # Every fourth pixel is plenty for a 24 × 34 thumbnail, and a sixteenth of the work.
    gray = cv2.cvtColor(image[::4, ::4], cv2.COLOR_BGR2GRAY)
    thumbnail = cv2.resize(gray, pairing.THUMBNAIL_SIZE, interpolation=cv2.INTER_AREA)
    words = tuple(text.split())
    signature = pairing.PageSignature(
        pixel_hash=digest + bytes(str(image.shape), "ascii"),
        thumbnail=thumbnail.astype(np.float32),
        words=words,
        size=source.page_sizes[index],
    )
    return signature, image


def _pair_task(pair: tuple[int, int]) -> _PairResult:
    old_source: Source = _WORKER["old"]  # type: ignore[assignment]
    new_source: Source = _WORKER["new"]  # type: ignore[assignment]
    options: CompareOptions = _WORKER["options"]  # type: ignore[assignment]
    return _PairResult(compare_pages(old_source, new_source, pair[0], pair[1], options))


# -- one page pair -------------------------------------------------------------------------
def compare_pages(
    old_source: Source,
    new_source: Source,
    old_index: int,
    new_index: int,
    options: CompareOptions,
    renders: tuple[np.ndarray, np.ndarray] | None = None,
) -> list[Change]:
    """Every change between old page old_index and new page new_index. `renders`, when given,
    are both pages already rendered at the options' resolution (PDF pages only)."""
    lang = options.lang
    old_page, new_page = old_index + 1, new_index + 1
    old_content = old_source.content(old_index)
    new_content = new_source.content(new_index)
    changes: list[Change] = []

    text_changes: list[TextChange] = []
    use_text = options.text and old_content.has_text_layer and new_content.has_text_layer
    old_words, new_words = words_of(old_content.chars), words_of(new_content.chars)
    uncertain: list = []
    if use_text:
        text_changes = compare_words(old_words, new_words, options.color_threshold, lang, uncertain)
        changes.extend(
            _from_text_change(change, old_page, new_page, lang) for change in text_changes
        )

    if options.visual:
        changes.extend(
            _visual_changes(
                old_source,
                new_source,
                old_index,
                new_index,
                old_content,
                new_content,
                _certain_boxes(old_words, new_words, uncertain),
                uncertain,
                text_changes,
                use_text,
                options,
                renders,
            )
        )
    changes = _merge_graphics(_merge_moves(changes))
    changes.sort(key=lambda c: _sort_key(c.new_bbox or c.old_bbox))
    return changes


def _visual_changes(
    old_source: Source,
    new_source: Source,
    old_index: int,
    new_index: int,
    old_content: PageContent,
    new_content: PageContent,
    word_boxes: list[Box],
    uncertain: list,
    text_changes: list[TextChange],
    use_text: bool,
    options: CompareOptions,
    renders: tuple[np.ndarray, np.ndarray] | None = None,
) -> list[Change]:
    lang = options.lang
    # A raster is compared at its own resolution when that is coarser: upsampling it would
    # only invent blur that the other side does not have.
    native = [d for d in (old_source.native_dpi(old_index), new_source.native_dpi(new_index)) if d]
    dpi = min(
        [
            render_dpi(old_content.size, options.dpi),
            render_dpi(new_content.size, options.dpi),
            *native,
        ]
    )
    old_page, new_page = old_index + 1, new_index + 1
    scale = dpi / 72
    changes: list[Change] = []
    if (
        abs(old_content.size[0] - new_content.size[0]) > PAGE_SIZE_TOLERANCE_PT
        or abs(old_content.size[1] - new_content.size[1]) > PAGE_SIZE_TOLERANCE_PT
    ):
        changes.append(
            Change(
                "graphic",
                old_page,
                new_page,
                (0, 0, *old_content.size),
                (0, 0, *new_content.size),
                None,
                None,
                tr(
                    lang,
                    "summary.page_size",
                    old=_mm_size(old_content.size),
                    new=_mm_size(new_content.size),
                ),
            )
        )
    if renders is not None and dpi == render_dpi(old_content.size, options.dpi):
        old_image, new_image = common_canvas(*renders)
    else:
        old_image, new_image = common_canvas(
            old_source.render(old_index, dpi), new_source.render(new_index, dpi)
        )
    # The pixels are compared at ANALYSIS_DPI or a little above (renders finer than twice it
    # are averaged down by a whole factor): the blur erases finer detail anyway.
    full_old, full_new, full_dpi = old_image, new_image, dpi
    factor = max(1, int(dpi // ANALYSIS_DPI))
    if factor > 1:
        old_image, new_image = shrink(old_image, factor), shrink(new_image, factor)
        dpi = dpi / factor
        scale = dpi / 72
    if np.array_equal(old_image, new_image):
        return changes
    shape = old_image.shape[:2]
    margin = TEXT_MARGIN_MM * PT_PER_MM
    text_boxes = [_to_px(_grow(box, margin), scale) for box in word_boxes]
    # With a text layer on both sides, text is the text layer's business; when one side is a
    # raster, the other side's text areas are compared coarsely, like photos.
    text_mask = box_mask(shape, text_boxes) if use_text and text_boxes else None
    raster_pair = old_source.kind != "pdf" or new_source.kind != "pdf"
    # Photo tolerance applies where both sides show a photo; where either side has a vector
    # on top, the full sensitivity stays (a swatch removed from a photo is a change).
    image_mask = _visible_images(old_content, old_image, scale) & _visible_images(
        new_content, new_image, scale
    )
    raster_text_mask = None
    raster_words: list = []
    if not use_text and options.text:
        # One side is a raster: its text is read glyph by glyph against the other side's
        # words (see _raster_word_changes), and left out of the region search.
        raster_words = words_of(old_content.chars)
        words_side = "old"
        if not raster_words:
            raster_words, words_side = words_of(new_content.chars), "new"
        raster_text_mask = box_mask(shape, text_boxes)
    elif uncertain:
        # Words the text layer cannot fully read on one side are judged by their glyphs, with
        # the tolerance used against raster exports (a re-distilled font draws a little
        # differently).
        raster_text_mask = box_mask(
            shape,
            [_to_px(_grow(w.box, margin), scale) for pair in uncertain for w in pair],
        )
        image_mask |= raster_text_mask
    ignore_boxes = [
        _to_px(region.box, scale)
        for region in options.ignore
        if region.page is None or region.page == new_page
    ]
    ignore_mask = box_mask(shape, ignore_boxes) if ignore_boxes else None
    if raster_words:
        ignore_mask = raster_text_mask if ignore_mask is None else ignore_mask | raster_text_mask
        raster_text_mask = None
        changes.extend(
            _raster_word_changes(
                full_old, full_new, full_dpi, raster_words, words_side, old_page, new_page, options
            )
        )
    trim = old_content.trim or new_content.trim
    if trim is not None:
        # Outside the trim box is what the guillotine cuts away: bleed and printer's marks,
        # which a re-distiller redraws at will and no reader will see. The cut itself wanders
        # by about half a millimetre, so the band along it is left out too.
        outside = ~box_mask(shape, [_to_px(_grow(trim, -TRIM_TOLERANCE_MM * PT_PER_MM), scale)])
        ignore_mask = outside if ignore_mask is None else ignore_mask | outside
    regions = find_regions(
        old_image,
        new_image,
        dpi,
        options.color_threshold,
        text_mask,
        image_mask,
        ignore_mask,
        edge_tolerant=raster_pair,
        raster_text_mask=raster_text_mask,
        changed_mask=None
        if raster_pair
        else _changed_objects(old_content, new_content, shape, scale),
    )
    # Against a raster export, one side has no objects: the drawing cannot be reasoned about,
    # only the pixels.
    old_objects = [] if raster_pair else old_content.objects
    new_objects = [] if raster_pair else new_content.objects
    old_twinless = _twinless(old_objects, new_objects)
    new_twinless = _twinless(new_objects, old_objects)
    object_moves = _object_moves(old_objects, new_objects)
    used_moves: set[int] = set()
    # A placed photo that moved shows little in the pixels (a photo next to itself); its
    # object says it all.
    for k, move in enumerate(object_moves):
        if any(o.kind == "image" and _same_box(o.box, move[0]) for o in old_objects):
            used_moves.add(k)
    if not regions:
        return changes + [
            _move_change(object_moves[k][0], object_moves[k][1], old_page, new_page, lang, None)
            for k in sorted(used_moves)
        ]

    claimed_boxes: list[Box] = []
    for change in text_changes:
        for box in (change.old_box, change.new_box):
            if box is not None:
                claimed_boxes.append(_grow(box, PT_PER_MM))
    colour_changes: dict[int, Change] = {}
    image_changes: dict[tuple, Change] = {}
    recoloured = _recoloured_objects(old_objects, new_objects, options.color_threshold)

    for region in regions:
        box: Box = tuple(v / scale for v in region.box)  # type: ignore[assignment]
        if any(_share_inside(box, claimed) >= ABSORB_SHARE for claimed in claimed_boxes):
            continue
        doubtful = [(a, b) for a, b in uncertain if _overlaps(box, a.box) or _overlaps(box, b.box)]
        if doubtful:
            # Words the text layer could not fully read, and whose pixels differ: a text change
            # shown with what each side's text layer says.
            old_text = " ".join(a.text for a, _ in doubtful)
            new_text = " ".join(b.text for _, b in doubtful)
            changes.append(
                Change(
                    "text",
                    old_page,
                    new_page,
                    _union([a.box for a, _ in doubtful]),
                    _union([b.box for _, b in doubtful]),
                    old_text,
                    new_text,
                    tr(lang, "summary.text_changed", old=_clip(old_text), new=_clip(new_text)),
                )
            )
            continue
        # A region may hold several explained changes (a logo moved across a recoloured band);
        # each explanation that overlaps it is reported, and the region needs no other words.
        explained = False
        for k, (old_box, new_box, _) in enumerate(object_moves):
            if _overlaps(box, old_box) or _overlaps(box, new_box):
                used_moves.add(k)
                explained = True
        for k, (obj_box, old_rgb, new_rgb, delta) in enumerate(recoloured):
            if _overlaps(box, obj_box) and k not in colour_changes:
                colour_changes[k] = Change(
                    "color",
                    old_page,
                    new_page,
                    obj_box,
                    obj_box,
                    None,
                    None,
                    tr(
                        lang,
                        "summary.color",
                        old=hex_color(old_rgb),
                        new=hex_color(new_rgb),
                        delta_e=decimal(lang, delta),
                    ),
                    delta_e=delta,
                )
            explained = explained or _overlaps(box, obj_box)
        if explained:
            continue
        # Vector shapes that exist on one side only, over this region: a drawing changed,
        # even when it sits on a photo. The change is boxed by those shapes on each side.
        old_shapes = _shapes_over(box, old_twinless)
        new_shapes = _shapes_over(box, new_twinless)
        if old_shapes or new_shapes:
            changes.append(
                Change(
                    "graphic",
                    old_page,
                    new_page,
                    _union([*old_shapes, box]) if old_shapes else box,
                    _union([*new_shapes, box]) if new_shapes else box,
                    None,
                    None,
                    tr(lang, "summary.graphic"),
                )
            )
            continue
        old_images = [o.box for o in old_objects if o.kind == "image" and _overlaps(box, o.box)]
        new_images = [o.box for o in new_objects if o.kind == "image" and _overlaps(box, o.box)]
        reframed = any(not any(_same_box(o, n) for n in new_images) for o in old_images) or any(
            not any(_same_box(n, o) for o in old_images) for n in new_images
        )
        x0, y0, x1, y1 = region.box
        in_photo = image_mask[y0:y1, x0:x1].mean() >= 0.5 if y1 > y0 and x1 > x0 else False
        if (old_images or new_images) and (in_photo or reframed):
            old_box = old_images[0] if old_images else None
            new_box = new_images[0] if new_images else None
            key = (old_box, new_box)
            if key not in image_changes:
                image_changes[key] = Change(
                    "image",
                    old_page,
                    new_page,
                    old_box or box,
                    new_box or box,
                    None,
                    None,
                    tr(lang, "summary.image_reframed" if reframed else "summary.image"),
                )
            explained = True
        if explained:
            continue
        if not use_text and options.text and not raster_words:
            text_change = _text_in_region(box, old_content, new_content, old_page, new_page, lang)
            if text_change is not None:
                if region.uniform:
                    # Every pixel shifted the same way: the same words in another colour.
                    text_change.kind = "style"
                    text_change.summary = tr(
                        lang,
                        "summary.text_colour_differs",
                        text=_clip(text_change.old_text or text_change.new_text or ""),
                    )
                changes.append(text_change)
                continue
        old_rgb = region.old_bgr[::-1]
        new_rgb = region.new_bgr[::-1]
        inked = min(_ink(old_rgb), _ink(new_rgb)) > 0
        if region.uniform and inked and region.delta_e >= options.color_threshold:
            changes.append(
                Change(
                    "color",
                    old_page,
                    new_page,
                    box,
                    box,
                    None,
                    None,
                    tr(
                        lang,
                        "summary.color",
                        old=hex_color(old_rgb),
                        new=hex_color(new_rgb),
                        delta_e=decimal(lang, region.delta_e),
                    ),
                    delta_e=region.delta_e,
                )
            )
        else:
            changes.append(
                Change(
                    "graphic", old_page, new_page, box, box, None, None, tr(lang, "summary.graphic")
                )
            )
    for k in sorted(used_moves):
        old_box, new_box, _ = object_moves[k]
        changes.append(_move_change(old_box, new_box, old_page, new_page, lang, None))
    changes.extend(colour_changes.values())
    changes.extend(image_changes.values())
    return changes


def _certain_boxes(old_words: list, new_words: list, uncertain: list) -> list[Box]:
    """Boxes of the words the text layer vouches for: all but the uncertain pairs."""
    doubtful = {id(word) for pair in uncertain for word in pair}
    return [w.box for w in [*old_words, *new_words] if id(w) not in doubtful]


def _changed_objects(
    old_content: PageContent, new_content: PageContent, shape: tuple[int, int], scale: float
) -> np.ndarray:
    """Where a drawn object has no identical twin on the other side."""
    boxes = [
        _to_px(_grow(obj.box, 1.0), scale)
        for mine, theirs in (
            (old_content.objects, new_content.objects),
            (new_content.objects, old_content.objects),
        )
        for obj in _twinless(mine, theirs)
    ]
    return box_mask(shape, boxes)


def _twinless(mine: list[GraphicObject], theirs: list[GraphicObject]) -> list[GraphicObject]:
    """The objects of `mine` with no identical object in `theirs` (grouped by kind, colours
    and drawing first, so that pages of thousands of shapes stay quick)."""
    groups: dict[tuple, list[Box]] = {}
    for other in theirs:
        groups.setdefault((other.kind, other.fill, other.stroke, other.segments), []).append(
            other.box
        )
    return [
        obj
        for obj in mine
        if not any(
            _same_box(obj.box, box)
            for box in groups.get((obj.kind, obj.fill, obj.stroke, obj.segments), ())
        )
    ]


def _visible_images(content: PageContent, render: np.ndarray, scale: float) -> np.ndarray:
    """Where placed images show on the page: their boxes, less the pixels of opaque filled
    shapes drawn over them (a tint swatch on a background photo is a vector, judged as one)."""
    height, width = render.shape[:2]
    mask = np.zeros((height, width), dtype=bool)
    for obj in content.objects:
        if obj.kind not in ("image", "path") or not obj.opaque:
            continue
        x0, y0, x1, y1 = _to_px(obj.box, scale)
        x0, y0, x1, y1 = max(0, x0), max(0, y0), min(width, x1), min(height, y1)
        if x1 <= x0 or y1 <= y0:
            continue
        if obj.kind == "image":
            mask[y0:y1, x0:x1] = True
        elif obj.fill is not None and mask[y0:y1, x0:x1].any():
            # The shape's own pixels: its fill colour (its box may be a circle's corners).
            fill_bgr = np.array(obj.fill[::-1], dtype=np.int16)
            painted = np.abs(render[y0:y1, x0:x1].astype(np.int16) - fill_bgr).max(axis=2) <= 12
            mask[y0:y1, x0:x1] &= ~painted
    return mask


def _raster_word_changes(
    old_image: np.ndarray,
    new_image: np.ndarray,
    dpi: float,
    words: list,
    words_side: str,
    old_page: int,
    new_page: int,
    options: CompareOptions,
) -> list[Change]:
    """Against a raster export, each word of the side with a text layer is looked up in both
    images: aligned to the pixel that fits best (exports are offset and anti-aliased their
    own way), a word whose glyphs still differ over GLYPH_CHANGE_MM2 has changed. Runs of
    changed words make one change."""
    scale = dpi / 72
    pad = max(2, round(0.4 * dpi / 25.4))
    old_gray = cv2.cvtColor(old_image, cv2.COLOR_BGR2GRAY).astype(np.int16)
    new_gray = cv2.cvtColor(new_image, cv2.COLOR_BGR2GRAY).astype(np.int16)
    height, width = old_gray.shape
    min_pixels = GLYPH_CHANGE_MM2 * (dpi / 25.4) ** 2
    changed: list[bool] = []
    for word in words:
        x0, y0, x1, y1 = _to_px(word.box, scale)
        x0, y0, x1, y1 = max(pad, x0), max(pad, y0), min(width - pad, x1), min(height - pad, y1)
        if x1 <= x0 or y1 <= y0:
            changed.append(False)
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
        changed.append(int((difference > GLYPH_CHANGE_LEVEL).sum()) >= min_pixels)
    results: list[Change] = []
    run: list = []
    for word, is_changed in [*zip(words, changed, strict=True), (None, False)]:
        if is_changed:
            run.append(word)
            continue
        if run:
            text = " ".join(w.text for w in run)
            box = _union([w.box for w in run])
            # The wording is known on the side with a text layer only.
            old_text, new_text = (text, None) if words_side == "old" else (None, text)
            results.append(
                Change(
                    "text",
                    old_page,
                    new_page,
                    box,
                    box,
                    old_text,
                    new_text,
                    tr(options.lang, "summary.text_differs", text=_clip(text)),
                )
            )
            run = []
    return results


def _text_in_region(
    box: Box,
    old_content: PageContent,
    new_content: PageContent,
    old_page: int,
    new_page: int,
    lang: str,
) -> Change | None:
    """A pixel change over the text of the side that has a text layer (the other is a raster):
    a text change whose wording is known on that side only."""
    old_words = [w for w in words_of(old_content.chars) if _overlaps(box, w.box)]
    new_words = [w for w in words_of(new_content.chars) if _overlaps(box, w.box)]
    if not old_words and not new_words:
        return None
    old_text = " ".join(w.text for w in old_words) or None
    new_text = " ".join(w.text for w in new_words) or None
    summary = tr(lang, "summary.text_differs", text=_clip(old_text or new_text or ""))
    return Change("text", old_page, new_page, box, box, old_text, new_text, summary)


def _ink(rgb: tuple[int, int, int]) -> int:
    """How far a colour is from paper white (0 for white)."""
    return 255 * 3 - sum(rgb) if sum(rgb) < 250 * 3 else 0


def _object_moves(
    old_objects: list[GraphicObject], new_objects: list[GraphicObject]
) -> list[tuple[Box, Box, int]]:
    """Groups of graphic objects that kept size and colour but shifted by one common offset."""

    def twins(a: GraphicObject, b: GraphicObject) -> bool:
        """Same kind, colours, drawing and size (within the object tolerance)."""
        same_size = all(
            abs((a.box[k + 2] - a.box[k]) - (b.box[k + 2] - b.box[k])) <= OBJECT_TOLERANCE_PT
            for k in (0, 1)
        )
        return same_size and (a.kind, a.fill, a.stroke, a.segments) == (
            b.kind,
            b.fill,
            b.stroke,
            b.segments,
        )

    new_unmatched = _twinless(new_objects, old_objects)
    old_unmatched = _twinless(old_objects, new_objects)
    if not old_unmatched or not new_unmatched:
        return []
    offsets: dict[tuple[int, int], list[tuple[GraphicObject, GraphicObject]]] = {}
    for old_obj in old_unmatched:
        for new_obj in new_unmatched:
            if not twins(old_obj, new_obj):
                continue
            dx = new_obj.box[0] - old_obj.box[0]
            dy = new_obj.box[1] - old_obj.box[1]
            if max(abs(dx), abs(dy)) < 0.5 * PT_PER_MM:
                continue
            offsets.setdefault((round(dx / 2), round(dy / 2)), []).append((old_obj, new_obj))
    moves = []
    taken: set[int] = set()
    for _offset, matches in sorted(offsets.items(), key=lambda item: -len(item[1])):
        fresh = [(o, n) for o, n in matches if id(o) not in taken and id(n) not in taken]
        if not fresh:
            continue
        for o, n in fresh:
            taken.update((id(o), id(n)))
        old_box = _union([o.box for o, _ in fresh])
        new_box = _union([n.box for _, n in fresh])
        moves.append((old_box, new_box, len(fresh)))
    return moves


def _recoloured_objects(
    old_objects: list[GraphicObject], new_objects: list[GraphicObject], threshold: float
) -> list[tuple[Box, tuple[int, int, int], tuple[int, int, int], float]]:
    """Objects in the same place on both sides whose fill or stroke colour changed."""
    found = []
    # Only objects whose twin is missing can have changed colour; look among those.
    old_changed = [o for o in _twinless(old_objects, new_objects) if o.kind == "path"]
    new_changed = [o for o in _twinless(new_objects, old_objects) if o.kind == "path"]
    for old_obj in old_changed:
        for new_obj in new_changed:
            if not _same_box(old_obj.box, new_obj.box):
                continue
            for old_rgb, new_rgb in (
                (old_obj.fill, new_obj.fill),
                (old_obj.stroke, new_obj.stroke),
            ):
                if old_rgb and new_rgb and old_rgb != new_rgb:
                    delta = delta_e_rgb(old_rgb, new_rgb)
                    if delta >= threshold:
                        found.append((old_obj.box, old_rgb, new_rgb, delta))
                        break
    return found


def _shapes_over(box: Box, objects: list[GraphicObject]) -> list[Box]:
    """Boxes of the vector shapes among `objects` that overlap `box`."""
    return [o.box for o in objects if o.kind != "image" and _overlaps(box, o.box)]


def _same_object(a: GraphicObject, b: GraphicObject) -> bool:
    return (
        a.kind == b.kind
        and _same_box(a.box, b.box)
        and a.fill == b.fill
        and a.stroke == b.stroke
        and a.segments == b.segments
    )


def _same_box(a: Box, b: Box) -> bool:
    return all(abs(x - y) <= OBJECT_TOLERANCE_PT for x, y in zip(a, b, strict=True))


def _from_text_change(change: TextChange, old_page: int, new_page: int, lang: str) -> Change:
    if change.kind == "moved":
        return _move_change(
            change.old_box, change.new_box, old_page, new_page, lang, change.old_text
        )  # type: ignore[arg-type]
    if change.kind == "style":
        return Change(
            "style",
            old_page,
            new_page,
            change.old_box,
            change.new_box,
            change.old_text,
            change.new_text,
            tr(lang, "summary.style", text=_clip(change.new_text or ""), detail=change.detail),
            delta_e=change.delta_e,
        )
    if change.old_box is None:
        summary = tr(lang, "summary.text_added", new=_clip(change.new_text or ""))
    elif change.new_box is None:
        summary = tr(lang, "summary.text_removed", old=_clip(change.old_text or ""))
    else:
        summary = tr(
            lang,
            "summary.text_changed",
            old=_clip(change.old_text or ""),
            new=_clip(change.new_text or ""),
        )
    return Change(
        "text",
        old_page,
        new_page,
        change.old_box,
        change.new_box,
        change.old_text,
        change.new_text,
        summary,
    )


def _move_change(
    old_box: Box, new_box: Box, old_page: int, new_page: int, lang: str, text: str | None
) -> Change:
    # Centres, not corners: a moved object may also have been resized by a hair.
    dx = ((new_box[0] + new_box[2]) - (old_box[0] + old_box[2])) / 2 / PT_PER_MM
    dy = ((new_box[1] + new_box[3]) - (old_box[1] + old_box[3])) / 2 / PT_PER_MM
    distance = float(np.hypot(dx, dy))
    if text:
        summary = tr(
            lang,
            "summary.moved_text",
            text=_clip(text),
            distance=millimetres(lang, distance),
            offset=offset_phrase(lang, dx, dy),
        )
    else:
        summary = tr(
            lang,
            "summary.moved",
            distance=millimetres(lang, distance),
            offset=offset_phrase(lang, dx, dy),
        )
    return Change(
        "moved", old_page, new_page, old_box, new_box, text, text, summary, offset_mm=(dx, dy)
    )


def _drop_ignored(changes: list[Change], ignore: list[IgnoreRegion]) -> list[Change]:
    if not ignore:
        return changes
    kept = []
    for change in changes:
        page = change.new_page if change.new_page is not None else change.old_page
        box = change.new_bbox if change.new_bbox is not None else change.old_bbox
        if box is not None and any(
            (region.page is None or region.page == page) and _share_inside(box, region.box) >= 0.5
            for region in ignore
        ):
            continue
        kept.append(change)
    return kept


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _mm_size(size: tuple[float, float]) -> str:
    return f"{size[0] / PT_PER_MM:.0f} × {size[1] / PT_PER_MM:.0f}"


def _grow(box: Box, amount: float) -> Box:
    return (box[0] - amount, box[1] - amount, box[2] + amount, box[3] + amount)


def _to_px(box: Box, scale: float) -> tuple[int, int, int, int]:
    return (
        int(np.floor(box[0] * scale)),
        int(np.floor(box[1] * scale)),
        int(np.ceil(box[2] * scale)),
        int(np.ceil(box[3] * scale)),
    )


def _union(boxes: Iterable[Box]) -> Box:
    boxes = list(boxes)
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _share_inside(box: Box, container: Box) -> float:
    """The share of `box`'s area that lies inside `container`."""
    width = max(0.0, min(box[2], container[2]) - max(box[0], container[0]))
    height = max(0.0, min(box[3], container[3]) - max(box[1], container[1]))
    area = max(1e-6, (box[2] - box[0]) * (box[3] - box[1]))
    return width * height / area


def _overlaps(a: Box, b: Box) -> bool:
    """Whether two boxes share at least 30 % of the smaller one's area."""
    width = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    height = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return width * height >= 0.3 * max(smaller, 1e-6)


def _merge_moves(changes: list[Change]) -> list[Change]:
    """One move per thing: text and shapes of one logo that shifted together are one change."""
    merged: list[Change] = []
    for change in changes:
        if change.kind == "moved" and change.offset_mm is not None:
            partner = next(
                (
                    m
                    for m in merged
                    if m.kind == "moved"
                    and m.offset_mm is not None
                    and abs(m.offset_mm[0] - change.offset_mm[0]) <= 0.3
                    and abs(m.offset_mm[1] - change.offset_mm[1]) <= 0.3
                    and _overlaps(_grow(m.new_bbox, 2 * PT_PER_MM), change.new_bbox)  # type: ignore[arg-type]
                ),
                None,
            )
            if partner is not None:
                partner.old_bbox = _union([partner.old_bbox, change.old_bbox])  # type: ignore[list-item]
                partner.new_bbox = _union([partner.new_bbox, change.new_bbox])  # type: ignore[list-item]
                if partner.old_text is None and change.old_text is not None:
                    partner.old_text = partner.new_text = change.old_text
                continue
        merged.append(change)
    return merged


def _merge_graphics(changes: list[Change]) -> list[Change]:
    """Pieces of one reshaped drawing (the four corners of a panel) reported once."""
    merged: list[Change] = []
    for change in changes:
        partner = None
        if change.kind == "graphic" and change.new_bbox is not None:
            partner = next(
                (
                    m
                    for m in merged
                    if m.kind == "graphic"
                    and m.new_bbox is not None
                    and _overlaps(m.new_bbox, change.new_bbox)
                ),
                None,
            )
        if partner is None:
            merged.append(change)
            continue
        partner.new_bbox = _union([partner.new_bbox, change.new_bbox])  # type: ignore[list-item]
        if partner.old_bbox is not None and change.old_bbox is not None:
            partner.old_bbox = _union([partner.old_bbox, change.old_bbox])
    return merged


def _sort_key(box: Box | None) -> tuple[float, float]:
    return (0.0, 0.0) if box is None else (round(box[1] / 10), box[0])
