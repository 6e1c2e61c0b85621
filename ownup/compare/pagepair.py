"""One page pair, compared: the text layer first (textdiff.py), then the pixels (visual.py),
and each group of differing pixels explained by what is drawn there (objects.py) or by the
pixels alone."""

from __future__ import annotations

import numpy as np

from ownup.compare import focus, ocr, rastertext
from ownup.compare.color import hex_color
from ownup.compare.geometry import (
    clip,
    grow,
    mm_size,
    overlaps,
    share_inside,
    sort_key,
    to_px,
    union,
)
from ownup.compare.i18n import decimal, millimetres, offset_phrase, tr
from ownup.compare.inputs import PageContent, Source, render_dpi
from ownup.compare.model import Box, Change, CompareOptions
from ownup.compare.objects import (
    changed_objects,
    find_object_moves,
    recoloured_objects,
    same_box,
    shapes_over,
    twinless,
    visible_images,
)
from ownup.compare.textdiff import PT_PER_MM, TextChange, compare_words, words_of
from ownup.compare.visual import (
    ANALYSIS_DPI,
    COMMON_BLOCKS_SHARE,
    EXPORTS_BAR_FACTOR,
    GROUP_MM,
    TEXT_MARGIN_MM,
    TINT_MAX_DPI,
    TintShift,
    box_mask,
    common_blocks_share,
    common_canvas,
    differing_box,
    encode_like,
    find_regions,
    shrink,
    tint_shifts,
    window_tints,
)

# A pixel region belongs to a change box when this share of it lies inside (the box grown 1 mm).
ABSORB_SHARE = 0.5


# Half-width of the band along the trim line left out of the pixel comparison (guillotine
# tolerance).
TRIM_TOLERANCE_MM = 0.5


# Against a raster export, a word has changed when, at its best alignment, the glyphs within
# one character's width still differ by GLYPH_CHANGE_LEVEL grey levels (of 255) over at least
# GLYPH_CHANGE_MM2: measured on exports by another rasteriser, hinting and anti-aliasing reach
# about 2.9 mm² on a word; a swapped digit or another type size goes well beyond, a dropped
# accent does not (raster text is a coarser check than a text layer).
GLYPH_CHANGE_MM2 = 3.0
GLYPH_CHANGE_LEVEL = 90


# Against a raster export, a line at most HAIRLINE_PX wide at the analysis resolution, on both
# sides, whose shades differ only by how much paper shows through (PAPER_MIX_LEVELS of 255 per
# channel), is not judged by its shade.
HAIRLINE_PX = 2
PAPER_MIX_LEVELS = 8.0


# Between two rasters, a pixel change is a change of the text read there when at least this
# share of it lies within the words read.
READ_TEXT_SHARE = 0.5


# Page sizes within this (points) are the same size.
PAGE_SIZE_TOLERANCE_PT = 1.0


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
    old_read = new_read = None
    if renders is not None and options.text and options.visual:
        old_read, new_read = _lines_to_read(
            old_source, new_source, old_index, new_index, renders, options.dpi
        )
    old_content = old_source.content(old_index, old_read)
    new_content = new_source.content(new_index, new_read)
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

    # Both the region search and the tint search may make one JPEG pair alike at one size.
    alike_memo: dict[str, tuple[np.ndarray, np.ndarray] | None] = {}
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
                alike_memo,
            )
        )
    if options.visual and (old_source.kind != "pdf" or new_source.kind != "pdf"):
        changes.extend(
            _raster_tints(
                old_source,
                new_source,
                old_index,
                new_index,
                old_content,
                new_content,
                changes,
                options,
                alike_memo,
            )
        )
    changes = _merge_graphics(_merge_moves(changes))
    changes.sort(key=lambda c: sort_key(c.new_bbox or c.old_bbox))
    return changes


def _lines_to_read(
    old_source: Source,
    new_source: Source,
    old_index: int,
    new_index: int,
    renders: tuple[np.ndarray, np.ndarray],
    dpi: float,
) -> tuple[list[bool] | None, list[bool] | None]:
    """Which characters of each page to read (focus.py); (None, None) to read them all."""
    old_render, new_render = renders
    if old_render.shape != new_render.shape:
        return None, None
    old_skim, new_skim = old_source.skim(old_index), new_source.skim(new_index)
    if old_skim is None or new_skim is None:
        return None, None
    # Both renders were made at the resolution of the old page's size (see engine._first_pass).
    scale = render_dpi(old_source.page_size(old_index), dpi) / 72
    rows = focus.differing_rows(old_render, new_render)
    found = focus.lines_to_read(old_skim, new_skim, rows, scale)
    return found if found is not None else (None, None)


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
    renders: tuple[np.ndarray, np.ndarray] | None,
    alike_memo: dict,
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
                    old=mm_size(old_content.size),
                    new=mm_size(new_content.size),
                ),
            )
        )
    if renders is not None and dpi == render_dpi(old_content.size, options.dpi):
        old_image, new_image = common_canvas(*renders)
    else:
        old_image, new_image = common_canvas(
            old_source.render(old_index, dpi), new_source.render(new_index, dpi)
        )
    full_old, full_new, full_dpi = old_image, new_image, dpi
    # Against a JPEG, the pixels are compared with the lossless side encoded alike (the text,
    # read and compared glyph by glyph, keeps the renders).
    alike = _encoded_alike(
        old_source, new_source, old_index, new_index, old_image, new_image, alike_memo
    )
    if alike is not None:
        old_image, new_image = alike
    # The pixels are compared at ANALYSIS_DPI or a little above (renders finer than twice it
    # are averaged down by a whole factor): the blur erases finer detail anyway.
    factor = max(1, int(dpi // ANALYSIS_DPI))
    if factor > 1:
        old_image, new_image = shrink(old_image, factor), shrink(new_image, factor)
        dpi = dpi / factor
        scale = dpi / 72
    # An edited page differs in a few places: outside this box the pixels are the same, and
    # the pixel search need not compare them again.
    changed = differing_box(old_image, new_image)
    if changed is None:
        return changes
    shape = old_image.shape[:2]
    margin = TEXT_MARGIN_MM * PT_PER_MM
    text_boxes = [to_px(grow(box, margin), scale) for box in word_boxes]
    # With a text layer on both sides, text is the text layer's business; when one side is a
    # raster, the other side's text areas are compared coarsely, like photos.
    text_mask = box_mask(shape, text_boxes) if use_text and text_boxes else None
    raster_pair = old_source.kind != "pdf" or new_source.kind != "pdf"
    # Photo tolerance applies where both sides show a photo; where either side has a vector
    # on top, the full sensitivity stays (a swatch removed from a photo is a change).
    image_mask = visible_images(old_content, old_image, scale) & visible_images(
        new_content, new_image, scale
    )
    raster_text_mask = None
    raster_words: list = []
    words_kind = "text"
    found_boxes: list[Box] = []
    # Between two rasters, the old image's reading: it names the text under a pixel change.
    reading: list = []
    read = None
    if not use_text and options.text and ocr.available():
        try:
            read = rastertext.text_changes(
                full_old,
                full_new,
                full_dpi,
                words_of(old_content.chars) if old_content.has_text_layer else None,
                words_of(new_content.chars) if new_content.has_text_layer else None,
            )
        except ocr.OcrFailed:
            read = None  # compared as if there were no OCR
    if read is not None:
        # One side or both are rasters: both images are read by OCR and compared word for
        # word (rastertext.py); what the readings agree on is still compared glyph by glyph,
        # where a difference is the same words drawn otherwise. Text is left out of the
        # region search.
        found, reference = read
        changes.extend(_from_raster_text(change, old_page, new_page, lang) for change in found)
        found_boxes = [c.old_box for c in found] + [c.new_box for c in found]
        raster_words = [w for w in reference if not any(overlaps(w.box, b) for b in found_boxes)]
        words_side, words_kind = "old", "style"
        if not old_content.has_text_layer and not new_content.has_text_layer:
            reading = reference
        raster_text_mask = box_mask(
            shape, [to_px(grow(b, margin), scale) for b in [w.box for w in reference] + found_boxes]
        )
    elif not use_text and options.text:
        # One side is a raster and there is no OCR: its text is read glyph by glyph against the
        # other side's words (see _raster_word_changes), and left out of the region search.
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
            [to_px(grow(w.box, margin), scale) for pair in uncertain for w in pair],
        )
        image_mask |= raster_text_mask
    ignore_boxes = [
        to_px(region.box, scale)
        for region in options.ignore
        if region.page is None or region.page == new_page
    ]
    ignore_mask = box_mask(shape, ignore_boxes) if ignore_boxes else None
    if raster_words:
        word_changes = _raster_word_changes(
            full_old,
            full_new,
            full_dpi,
            raster_words,
            words_side,
            words_kind,
            old_page,
            new_page,
            options,
        )
        changes.extend(word_changes)
        if words_kind == "style":
            # Words read alike, drawn alike in grey, whose ink changed colour.
            recoloured = _ink_changes(
                full_old, full_new, full_dpi, raster_words, word_changes, old_page, new_page, lang
            )
            changes.extend(recoloured)
            word_changes += recoloured
        if reading:
            # Two rasters draw text alike (no text layer rendered by another engine): their
            # text stays in the region search, which finds what the glyph comparison's coarse
            # bar lets through (an accent), all but what is reported already.
            reported = found_boxes + [c.old_bbox for c in word_changes if c.old_bbox]
            raster_text_mask = box_mask(shape, [to_px(grow(b, margin), scale) for b in reported])
        ignore_mask = raster_text_mask if ignore_mask is None else ignore_mask | raster_text_mask
        raster_text_mask = None
    trim = old_content.trim or new_content.trim
    if trim is not None:
        # Outside the trim box is what the guillotine cuts away: bleed and printer's marks,
        # which a re-distiller redraws at will and no reader will see. The cut itself wanders
        # by about half a millimetre, so the band along it is left out too.
        outside = ~box_mask(shape, [to_px(grow(trim, -TRIM_TOLERANCE_MM * PT_PER_MM), scale)])
        ignore_mask = outside if ignore_mask is None else ignore_mask | outside
    # Against a raster export, one side has no objects: the drawing cannot be reasoned about,
    # only the pixels.
    old_objects = [] if raster_pair else old_content.objects
    new_objects = [] if raster_pair else new_content.objects
    old_twinless = twinless(old_objects, new_objects)
    new_twinless = twinless(new_objects, old_objects)
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
        else changed_objects(old_twinless, new_twinless, shape, scale),
        differ_within=changed,
    )
    object_moves = find_object_moves(old_twinless, new_twinless)
    used_moves: set[int] = set()
    # A placed photo that moved shows little in the pixels (a photo next to itself); its
    # object says it all.
    for k, move in enumerate(object_moves):
        if any(o.kind == "image" and same_box(o.box, move[0]) for o in old_objects):
            used_moves.add(k)
    if not regions:
        return changes + [
            move_change(object_moves[k][0], object_moves[k][1], old_page, new_page, lang, None)
            for k in sorted(used_moves)
        ]

    claimed_boxes: list[Box] = []
    for change in text_changes:
        for box in (change.old_box, change.new_box):
            if box is not None:
                claimed_boxes.append(grow(box, PT_PER_MM))
    colour_changes: dict[int, Change] = {}
    image_changes: dict[tuple, Change] = {}
    recoloured = recoloured_objects(old_twinless, new_twinless, options.color_threshold)
    reshaped: set[int] = set()

    for region in regions:
        box: Box = tuple(v / scale for v in region.box)  # type: ignore[assignment]
        if any(share_inside(box, claimed) >= ABSORB_SHARE for claimed in claimed_boxes):
            continue
        doubtful = [(a, b) for a, b in uncertain if overlaps(box, a.box) or overlaps(box, b.box)]
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
                    union([a.box for a, _ in doubtful]),
                    union([b.box for _, b in doubtful]),
                    old_text,
                    new_text,
                    tr(lang, "summary.text_changed", old=clip(old_text), new=clip(new_text)),
                )
            )
            continue
        # A region may hold several explained changes (a logo moved across a recoloured band);
        # each explanation that overlaps it is reported, and the region needs no other words.
        explained = False
        for k, (old_box, new_box, _) in enumerate(object_moves):
            if overlaps(box, old_box) or overlaps(box, new_box):
                used_moves.add(k)
                explained = True
        for k, (obj_box, old_rgb, new_rgb, delta) in enumerate(recoloured):
            if overlaps(box, obj_box) and k not in colour_changes:
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
            explained = explained or overlaps(box, obj_box)
        if explained:
            # What else in the region changed: shapes with no twin that no recolouring or move
            # accounts for (a table's rules made thicker around its recoloured header).
            others = [
                shape
                for shape in new_twinless
                if id(shape) not in reshaped
                and shape.kind == "path"
                and overlaps(box, shape.box)
                and not any(same_box(shape.box, r[0]) for r in recoloured)
                and not any(overlaps(shape.box, m[1]) for m in object_moves)
            ]
            if others:
                reshaped.update(id(shape) for shape in others)
                others_box = union([shape.box for shape in others])
                changes.append(
                    Change(
                        "graphic",
                        old_page,
                        new_page,
                        others_box,
                        others_box,
                        None,
                        None,
                        tr(lang, "summary.graphic"),
                    )
                )
            continue
        # Vector shapes that exist on one side only, over this region: a drawing changed,
        # even when it sits on a photo. The change is boxed by those shapes on each side.
        old_shapes = shapes_over(box, old_twinless)
        new_shapes = shapes_over(box, new_twinless)
        if old_shapes or new_shapes:
            changes.append(
                Change(
                    "graphic",
                    old_page,
                    new_page,
                    union([*old_shapes, box]) if old_shapes else box,
                    union([*new_shapes, box]) if new_shapes else box,
                    None,
                    None,
                    tr(lang, "summary.graphic"),
                )
            )
            continue
        old_images = [o.box for o in old_objects if o.kind == "image" and overlaps(box, o.box)]
        new_images = [o.box for o in new_objects if o.kind == "image" and overlaps(box, o.box)]
        reframed = any(not any(same_box(o, n) for n in new_images) for o in old_images) or any(
            not any(same_box(n, o) for o in old_images) for n in new_images
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
        if not use_text and options.text and (reading or not raster_words):
            text_change = _text_in_region(
                box, old_content, new_content, reading, old_page, new_page, lang
            )
            if (
                text_change is not None
                and reading
                and text_change.kind == "style"
                and _same_ink(region.old_bgr[::-1], region.new_bgr[::-1])
            ):
                # Words read alike whose glyphs differ only by how much paper shows through
                # their ink: each image anti-aliased by another resampling, no change.
                continue
            if text_change is not None:
                if region.uniform:
                    # Every pixel shifted the same way: the same words in another colour.
                    text_change.kind = "style"
                    text_change.summary = tr(
                        lang,
                        "summary.text_colour_differs",
                        text=clip(text_change.old_text or text_change.new_text or ""),
                    )
                changes.append(text_change)
                continue
        old_rgb = region.old_bgr[::-1]
        new_rgb = region.new_bgr[::-1]
        inked = min(_ink(old_rgb), _ink(new_rgb)) > 0
        if (
            raster_pair
            and inked
            and min(x1 - x0, y1 - y0) <= HAIRLINE_PX
            and _paper_mix(old_rgb, new_rgb)
        ):
            # A hairline (a crop mark) drawn on both sides, one side's ink the other's mixed
            # with paper: resampling spreads a line thinner than a pixel by its own phase, so
            # how much it covers tells nothing.
            continue
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
        changes.append(move_change(old_box, new_box, old_page, new_page, lang, None))
    changes.extend(colour_changes.values())
    changes.extend(image_changes.values())
    return changes


def _raster_tints(
    old_source: Source,
    new_source: Source,
    old_index: int,
    new_index: int,
    old_content: PageContent,
    new_content: PageContent,
    found: list[Change],
    options: CompareOptions,
    alike_memo: dict,
) -> list[Change]:
    """Against a raster export, flat areas whose mean colour shifted (visual.tint_shifts) and
    that no change found so far explains. Measured at the raster's own resolution (up to
    TINT_MAX_DPI): the more pixels a small swatch keeps, the steadier its mean."""
    native = [d for d in (old_source.native_dpi(old_index), new_source.native_dpi(new_index)) if d]
    dpi = min(
        [
            TINT_MAX_DPI,
            *native,
            render_dpi(old_content.size, TINT_MAX_DPI),
            render_dpi(new_content.size, TINT_MAX_DPI),
        ]
    )
    old_render, new_render = old_source.render(old_index, dpi), new_source.render(new_index, dpi)
    alike = _encoded_alike(
        old_source, new_source, old_index, new_index, old_render, new_render, alike_memo
    )
    if alike is not None:
        old_render, new_render = alike
    old_image, new_image = common_canvas(old_render, new_render)
    if np.array_equal(old_image, new_image):
        return []
    scale = dpi / 72
    explained = [
        grow(box, PT_PER_MM)
        for change in found
        for box in (change.old_bbox, change.new_bbox)
        if box is not None
    ]
    shifts = tint_shifts(old_image, new_image, dpi, options.color_threshold)
    lossless = old_source.jpeg_encoding(old_index) is None and (
        new_source.jpeg_encoding(new_index) is None
    )
    both_exports = old_source.kind != "pdf" and new_source.kind != "pdf"
    # With no JPEG noise on either side (none, or the same on both now), small tints are looked
    # for window by window: a light swatch on paper has so soft a rim that its flat area runs
    # into the paper's, and only a window shows its shift. Not between a PDF render and another
    # program's export: their photos' flat areas differ by a few ΔE everywhere.
    if alike is not None or (lossless and both_exports):
        threshold = options.color_threshold * (1.0 if alike is not None else EXPORTS_BAR_FACTOR)
        mask = box_mask(old_image.shape[:2], [to_px(box, scale) for box in explained])
        shifts += window_tints(old_image, new_image, dpi, threshold, mask)
    trim = old_content.trim or new_content.trim
    groups: list[tuple[Box, TintShift]] = []
    for shift in shifts:
        box: Box = tuple(v / scale for v in shift.box)  # type: ignore[assignment]
        if any(overlaps(box, other) for other in explained):
            continue
        if trim is not None and share_inside(box, trim) < 0.5:
            continue  # cut away by the guillotine
        # Pieces of one recoloured drawing (within GROUP_MM) are one change.
        reach = grow(box, GROUP_MM * PT_PER_MM)
        for k, (group_box, strongest) in enumerate(groups):
            if overlaps(reach, group_box):
                stronger = shift if shift.delta_e > strongest.delta_e else strongest
                groups[k] = (union([group_box, box]), stronger)
                break
        else:
            groups.append((box, shift))
    lang = options.lang
    return [
        Change(
            "color",
            old_index + 1,
            new_index + 1,
            box,
            box,
            None,
            None,
            tr(
                lang,
                "summary.color",
                old=hex_color(shift.old_bgr[::-1]),
                new=hex_color(shift.new_bgr[::-1]),
                delta_e=decimal(lang, shift.delta_e),
            ),
            delta_e=shift.delta_e,
        )
        for box, shift in groups
    ]


def _encoded_alike(
    old_source: Source,
    new_source: Source,
    old_index: int,
    new_index: int,
    old_image: np.ndarray,
    new_image: np.ndarray,
    memo: dict,
) -> tuple[np.ndarray, np.ndarray] | None:
    """When one side is a JPEG shown at its own pixel size and the other a lossless page of the
    same pixel size (so that their 8-pixel blocks line up from the top-left corner), both
    renders with the lossless side encoded like the JPEG (visual.encode_like), if that
    reproduced the JPEG wherever the page holds more than paper (COMMON_BLOCKS_SHARE); else
    None. `memo` keeps that answer for the page pair: the region search and the tint search
    both ask, at the one size where it applies."""
    old_jpeg = old_source.jpeg_encoding(old_index)
    new_jpeg = new_source.jpeg_encoding(new_index)
    if (old_jpeg is None) == (new_jpeg is None):
        return None  # no JPEG, or two: each side has its own noise
    encoding = old_jpeg or new_jpeg
    size = (encoding.size[1], encoding.size[0])  # type: ignore[union-attr]
    if old_image.shape[:2] != size or new_image.shape[:2] != size:
        return None
    if "alike" not in memo:
        tables, subsampling = encoding.tables, encoding.subsampling  # type: ignore[union-attr]
        if old_jpeg is None:
            alike = encode_like(old_image, tables, subsampling), new_image
        else:
            alike = old_image, encode_like(new_image, tables, subsampling)
        # Drawn otherwise (another rasteriser), the sides are not made alike by the encoding.
        memo["alike"] = alike if common_blocks_share(*alike) >= COMMON_BLOCKS_SHARE else None
    return memo["alike"]


def _certain_boxes(old_words: list, new_words: list, uncertain: list) -> list[Box]:
    """Boxes of the words the text layer vouches for: all but the uncertain pairs."""
    doubtful = {id(word) for pair in uncertain for word in pair}
    return [w.box for w in [*old_words, *new_words] if id(w) not in doubtful]


def _raster_word_changes(
    old_image: np.ndarray,
    new_image: np.ndarray,
    dpi: float,
    words: list,
    words_side: str,
    kind: str,
    old_page: int,
    new_page: int,
    options: CompareOptions,
) -> list[Change]:
    """Against a raster export, each word of the side with a text layer is looked up in both
    images: aligned to the pixel that fits best (exports are offset and anti-aliased their
    own way), a word whose glyphs still differ over GLYPH_CHANGE_MM2 has changed. Runs of
    changed words make one change: of `kind` "text" when nothing else reads the raster, or
    "style" when OCR has read the same words there."""
    changed = [
        score >= GLYPH_CHANGE_MM2
        for score in rastertext.glyph_scores(old_image, new_image, dpi, words, GLYPH_CHANGE_LEVEL)
    ]
    results: list[Change] = []
    run: list = []
    for word, is_changed in [*zip(words, changed, strict=True), (None, False)]:
        if is_changed:
            run.append(word)
            continue
        if run:
            text = " ".join(w.text for w in run)
            box = union([w.box for w in run])
            if kind == "style":
                results.append(_drawn_otherwise(box, text, old_page, new_page, options.lang))
            else:
                # The wording is known on the side with a text layer only.
                old_text, new_text = (text, None) if words_side == "old" else (None, text)
                summary = tr(options.lang, "summary.text_differs", text=clip(text))
                results.append(
                    Change("text", old_page, new_page, box, box, old_text, new_text, summary)
                )
            run = []
    return results


def _ink_changes(
    old_image: np.ndarray,
    new_image: np.ndarray,
    dpi: float,
    words: list,
    reported: list[Change],
    old_page: int,
    new_page: int,
    lang: str,
) -> list[Change]:
    """Against a raster export, words read alike whose ink changed colour beyond the page's
    own noise (rastertext.ink_shifts and ink_bar); runs of such words make one change."""
    words = [
        w for w in words if not any(c.old_bbox and overlaps(w.box, c.old_bbox) for c in reported)
    ]
    shifts = rastertext.ink_shifts(old_image, new_image, dpi, words)
    bar = rastertext.ink_bar(shifts)
    results: list[Change] = []
    run: list = []
    for word, shift in [*zip(words, shifts, strict=True), (None, None)]:
        if shift is not None and shift >= bar:
            run.append(word)
            continue
        if run:
            text = " ".join(w.text for w in run)
            box = union([w.box for w in run])
            summary = tr(lang, "summary.text_colour_differs", text=clip(text))
            results.append(Change("style", old_page, new_page, box, box, text, text, summary))
            run = []
    return results


def _drawn_otherwise(box: Box, text: str, old_page: int, new_page: int, lang: str) -> Change:
    """Words a raster shows the same on both sides (as OCR reads them), drawn otherwise."""
    summary = tr(lang, "summary.text_drawn_otherwise", text=clip(text))
    return Change("style", old_page, new_page, box, box, text, text, summary)


def _from_raster_text(
    change: rastertext.RasterTextChange, old_page: int, new_page: int, lang: str
) -> Change:
    old, new = change.old_text, change.new_text
    if change.kind == "style":
        # The same words at another size (rastertext._resized_lines).
        summary = tr(lang, "summary.text_drawn_otherwise", text=clip(old or ""))
        return Change(
            "style", old_page, new_page, change.old_box, change.new_box, old, new, summary
        )
    if old and new:
        summary = tr(lang, "summary.text_changed", old=clip(old), new=clip(new))
    elif new:
        summary = tr(lang, "summary.text_added", new=clip(new))
    else:
        summary = tr(lang, "summary.text_removed", old=clip(old or ""))
    return Change("text", old_page, new_page, change.old_box, change.new_box, old, new, summary)


def _text_in_region(
    box: Box,
    old_content: PageContent,
    new_content: PageContent,
    reading: list,
    old_page: int,
    new_page: int,
    lang: str,
) -> Change | None:
    """A pixel change over the text of the side that has a text layer (the other is a raster):
    a text change whose wording is known on that side only. Between two rasters, over words
    both readings agree on (the old image's `reading`): the same words drawn otherwise."""
    old_words = [w for w in (reading or words_of(old_content.chars)) if overlaps(box, w.box)]
    new_words = [w for w in words_of(new_content.chars) if overlaps(box, w.box)]
    if not old_words and not new_words:
        return None
    if reading:
        if share_inside(box, union([w.box for w in old_words])) < READ_TEXT_SHARE:
            return None  # letters within a drawing (a logo): the drawing changed
        # OCR read the same words here on both sides: they are drawn otherwise.
        return _drawn_otherwise(box, " ".join(w.text for w in old_words), old_page, new_page, lang)
    old_text = " ".join(w.text for w in old_words) or None
    new_text = " ".join(w.text for w in new_words) or None
    summary = tr(lang, "summary.text_differs", text=clip(old_text or new_text or ""))
    return Change("text", old_page, new_page, box, box, old_text, new_text, summary)


def _same_ink(old_rgb: tuple[int, int, int], new_rgb: tuple[int, int, int]) -> bool:
    """Whether two typical colours of glyphs are the same ink over more or less paper: both
    inked, the paler one the darker one mixed with paper (_paper_mix). An accent added shows
    ink where the other side has paper; a recoloured word, another ink."""
    return min(_ink(old_rgb), _ink(new_rgb)) > 0 and _paper_mix(old_rgb, new_rgb)


def _paper_mix(old_rgb: tuple[int, int, int], new_rgb: tuple[int, int, int]) -> bool:
    """Whether the paler colour is the darker one mixed with paper white (within
    PAPER_MIX_LEVELS per channel): the same ink covering less, not another ink."""
    dark, pale = sorted((np.array(old_rgb, float), np.array(new_rgb, float)), key=sum)
    dark_ink, pale_ink = 255 - dark, 255 - pale
    if dark_ink.max() < 1:
        return False
    share = float(pale_ink.sum() / dark_ink.sum())
    return float(np.abs(pale_ink - share * dark_ink).max()) <= PAPER_MIX_LEVELS


def _ink(rgb: tuple[int, int, int]) -> int:
    """How far a colour is from paper white (0 for white)."""
    return 255 * 3 - sum(rgb) if sum(rgb) < 250 * 3 else 0


def _from_text_change(change: TextChange, old_page: int, new_page: int, lang: str) -> Change:
    if change.kind == "moved":
        return move_change(
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
            tr(lang, "summary.style", text=clip(change.new_text or ""), detail=change.detail),
            delta_e=change.delta_e,
        )
    if change.old_box is None:
        summary = tr(lang, "summary.text_added", new=clip(change.new_text or ""))
    elif change.new_box is None:
        summary = tr(lang, "summary.text_removed", old=clip(change.old_text or ""))
    else:
        summary = tr(
            lang,
            "summary.text_changed",
            old=clip(change.old_text or ""),
            new=clip(change.new_text or ""),
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


def move_change(
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
            text=clip(text),
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
                    and overlaps(grow(m.new_bbox, 2 * PT_PER_MM), change.new_bbox)  # type: ignore[arg-type]
                ),
                None,
            )
            if partner is not None:
                partner.old_bbox = union([partner.old_bbox, change.old_bbox])  # type: ignore[list-item]
                partner.new_bbox = union([partner.new_bbox, change.new_bbox])  # type: ignore[list-item]
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
                    and overlaps(m.new_bbox, change.new_bbox)
                ),
                None,
            )
        if partner is None:
            merged.append(change)
            continue
        partner.new_bbox = union([partner.new_bbox, change.new_bbox])  # type: ignore[list-item]
        if partner.old_bbox is not None and change.old_bbox is not None:
            partner.old_bbox = union([partner.old_bbox, change.old_bbox])
    return merged
