"""Pixel comparison of two renders of a page pair: where do they differ in a way a person sees?

The method, in four steps, each with its threshold named below:
1. Soften both renders with a small Gaussian blur (BLUR_MM), so anti-aliasing and the
   rasterisation noise of a re-distilled file spread out below the colour threshold.
2. Measure the colour difference of every pixel as CIEDE2000 ΔE in CIELAB (perceptual, and the
   unit print people speak), and keep the pixels at or above the colour threshold.
3. Leave out the areas owned by the text layer (TEXT_MARGIN_MM around every character): text is
   judged by its characters and styles, not by its glyph pixels, which another embedded copy of
   the same font draws a little differently.
4. Group the kept pixels that lie within GROUP_MM of each other and report the groups that cover
   at least MIN_AREA_MM2; smaller specks are noise no reader would call a change.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from ownup.compare.color import bgr_to_lab, ciede2000

MM_PER_INCH = 25.4
# Blur radius (Gaussian sigma): about one pixel at 150 dpi; wide enough to absorb anti-aliasing
# and a sub-pixel shift of an edge, narrow enough to keep a 1.4 mm square's core intact.
BLUR_MM = 0.2
# A coloured area must cover this much (after the blur has eaten its rim) to be reported: the
# core left of a 2 mm² patch is about 1.3 mm², so 1 mm² keeps the promise with some margin.
MIN_AREA_MM2 = 1.0
# Differing pixels closer than this belong to one change (a retouched logo is one change).
GROUP_MM = 1.5
# Around each character of the text layer, the pixel comparison stands aside.
TEXT_MARGIN_MM = 0.4
# Inside placed photographs, and everywhere on a raster export, pixels are re-encoded and
# resampled: edges move by a fraction of a pixel and detail softens. There each pixel is matched
# to the closest of its neighbours, and the bar is raised by this share of the local contrast
# (the smaller of the two sides'): flat areas keep the full sensitivity, so a tint shifted on a
# background photo still shows, while edges that merely moved or softened do not.
CONTRAST_ALLOWANCE = 0.3
# Local contrast (ΔE across one pixel, on both sides) from which a pixel sits on an edge that
# both sides share; such a pixel may differ by this share of that contrast — unless the objects
# drawn there differ. A re-distiller recomputes coordinates: a smoothed edge moves by a fraction
# of a pixel, and a hard (unsmoothed) fill edge by a whole pixel of the 150-dpi render, which
# changes the analysis pixel by about a third of the contrast (0.32 measured on Ghostscript
# re-distils of WeasyPrint and Typst files); a rule made thicker by 0.25 pt changes it more.
SHARED_EDGE_CONTRAST = 10.0
EDGE_SHIFT_ALLOWANCE = 0.35
# ...unless its core changed too: at least FLAT_CORE_PX pixels of local contrast below
# CORE_CONTRAST (the middle of a 1.5 mm patch, softened by the blur, stays near 0; a pixel on
# or beside a nudged edge, at 10 or more, does not).
FLAT_CORE_PX = 3
# ...and shifted by at least this share of the region's largest difference.
CORE_SHIFT_SHARE = 0.5
CORE_CONTRAST = 8.0
# A change inside a photo must cover this much and shift its typical colour by the colour
# threshold: JPEG re-encoding moves single blocks and grain by a few ΔE without either.
IMAGE_MIN_AREA_MM2 = 8.0
# (Re-encoding can shift a blotch's typical colour by up to about ΔE 2, so the shift asked of
# a photo region is this multiple of the colour threshold.)
PHOTO_SHIFT_FACTOR = 1.5
# ...unless it differs plainly (ΔE of its typical pixel, blurred), like a shape drawn over
# the photo that changed: re-encoding never moves a pixel that far.
PHOTO_STRONG_DELTA = 10.0
# Over text, against a raster export (one side has no text layer), glyphs are drawn by two
# rasterisers; a changed character covers more than this.
RASTER_TEXT_MIN_AREA_MM2 = 2.0
# Band along the page edge left out when one side is a raster export.
RASTER_BORDER_MM = 0.7
# Pixels are compared at no less than this resolution (renders finer than twice it are
# averaged down by whole factors): 75 dpi is 3 pixels a millimetre, finer than the blur.
ANALYSIS_DPI = 75


@dataclass
class Region:
    """One group of differing pixels, in pixel coordinates of the common canvas."""

    box: tuple[int, int, int, int]  # x0, y0, x1, y1 (exclusive)
    area_px: int
    delta_e: float
    """ΔE between the typical old and new colours of the region."""
    old_bgr: tuple[int, int, int]
    new_bgr: tuple[int, int, int]
    uniform: bool
    """Whether each side is close to one flat colour over the region (a tint, not a picture)
    and every pixel moved the same way (one colour became another, not shapes swapping)."""


def px_per_mm(dpi: float) -> float:
    return dpi / MM_PER_INCH


def common_canvas(old: np.ndarray, new: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pad the smaller render with white so both have the same size."""
    height = max(old.shape[0], new.shape[0])
    width = max(old.shape[1], new.shape[1])

    def pad(image: np.ndarray) -> np.ndarray:
        if image.shape[:2] == (height, width):
            return image
        out = np.full((height, width, 3), 255, dtype=np.uint8)
        out[: image.shape[0], : image.shape[1]] = image
        return out

    return pad(old), pad(new)


def differing_box(old: np.ndarray, new: np.ndarray) -> tuple[int, int, int, int] | None:
    """The smallest box (x0, y0, x1, y1, exclusive) holding every pixel where two images of
    one size differ; None when they are equal."""
    height = old.shape[0]
    channels = old.shape[2] if old.ndim == 3 else 1
    difference = cv2.absdiff(old, new).reshape(height, -1)
    rows = np.flatnonzero(difference.any(axis=1))
    if rows.size == 0:
        return None
    top, bottom = int(rows[0]), int(rows[-1]) + 1
    columns = np.flatnonzero(difference[top:bottom].any(axis=0))
    return (int(columns[0]) // channels, top, int(columns[-1]) // channels + 1, bottom)


def shrunk_box(
    box: tuple[int, int, int, int], factor: int, shape: tuple[int, ...]
) -> tuple[int, int, int, int]:
    """The pixels of shrink(image, factor), of `shape`, that the pixels in `box` of image
    fall in."""
    x0, y0, x1, y1 = box
    return (
        x0 // factor,
        y0 // factor,
        min(shape[1], -(-x1 // factor)),
        min(shape[0], -(-y1 // factor)),
    )


def delta_e_map(
    old: np.ndarray,
    new: np.ndarray,
    sigma_px: float,
    threshold: float,
    care: np.ndarray | None = None,
    shift: int = 0,
) -> np.ndarray:
    """Per-pixel CIEDE2000 of the blurred images, exact where it could reach `threshold`
    (and, when `care` is given, only where it is true).

    With `shift`, each old pixel is matched against the closest new pixel up to `shift` pixels
    away: an edge that a resampling nudged by a fraction of a millimetre then costs nothing,
    while anything that is not simply displaced still shows.
    """
    old_lab = bgr_to_lab(cv2.GaussianBlur(old, (0, 0), sigma_px))
    new_lab = bgr_to_lab(cv2.GaussianBlur(new, (0, 0), sigma_px))
    offsets = [(dy, dx) for dy in range(-shift, shift + 1) for dx in range(-shift, shift + 1)]
    shifted = [_shifted(new_lab, dy, dx) for dy, dx in offsets]
    euclid = np.min([np.sqrt(((old_lab - other) ** 2).sum(axis=2)) for other in shifted], axis=0)
    # CIEDE2000 is costly; it never exceeds about 1.5 × the Euclidean Lab distance (a* is
    # stretched by at most 1.5), so pixels far below the bar skip it.
    candidates = euclid >= threshold / 1.6
    if care is not None:
        candidates &= care
    result = np.zeros(euclid.shape, dtype=np.float32)
    if candidates.any():
        old_values = old_lab[candidates]
        result[candidates] = np.min(
            [ciede2000(old_values, other[candidates]) for other in shifted], axis=0
        )
    return result


def _shifted(image: np.ndarray, dy: int, dx: int) -> np.ndarray:
    """`image` moved by (dy, dx), edges repeated."""
    if dy == 0 and dx == 0:
        return image
    height, width = image.shape[:2]
    padded = cv2.copyMakeBorder(image, abs(dy), abs(dy), abs(dx), abs(dx), cv2.BORDER_REPLICATE)
    top, left = abs(dy) + dy, abs(dx) + dx
    return padded[top : top + height, left : left + width]


def find_regions(
    old: np.ndarray,
    new: np.ndarray,
    dpi: float,
    threshold: float,
    text_mask: np.ndarray | None = None,
    image_mask: np.ndarray | None = None,
    ignore_mask: np.ndarray | None = None,
    edge_tolerant: bool = False,
    raster_text_mask: np.ndarray | None = None,
    changed_mask: np.ndarray | None = None,
    differ_within: tuple[int, int, int, int] | None = None,
) -> list[Region]:
    """Groups of pixels whose colour differs by at least `threshold` ΔE, largest first.

    `changed_mask` marks where the drawing itself differs (objects without a twin on the
    other side): there shared edges are not forgiven.
    `raster_text_mask` marks the text of the side with a text layer when the other is a
    raster: specks there must be larger to count.
    `image_mask` marks areas judged with tolerance for resampling (photos; text when one side
    has no text layer); `edge_tolerant` extends that tolerance to the whole page (for raster
    exports, whose every edge was anti-aliased and resampled by another program).
    `differ_within`, when given, is a box (x0, y0, x1, y1) outside which old and new are known
    to be equal (see differing_box): only there are pixels compared.
    """
    within = differ_within or (0, 0, old.shape[1], old.shape[0])
    window = (slice(within[1], within[3]), slice(within[0], within[2]))
    # (cv2.absdiff and bitwise ORs: an order of magnitude faster than np.any over the channels)
    absolute = cv2.absdiff(old[window], new[window])
    differing = np.zeros(old.shape[:2], dtype=bool)
    differing[window] = (absolute[:, :, 0] | absolute[:, :, 1] | absolute[:, :, 2]) != 0
    if not differing[window].any():
        return []
    # Work at ANALYSIS_DPI or a little above: the blur erases finer detail anyway, and a
    # quarter of the pixels is a quarter of the time.
    factor = max(1, int(dpi // ANALYSIS_DPI))
    if factor > 1:
        old, new, differing, text_mask, image_mask, ignore_mask, raster_text_mask = (
            shrink(old, factor),
            shrink(new, factor),
            _shrink_mask(differing, factor),
            _shrink_mask(text_mask, factor),
            _shrink_mask(image_mask, factor),
            _shrink_mask(ignore_mask, factor),
            _shrink_mask(raster_text_mask, factor),
        )
        changed_mask = _shrink_mask(changed_mask, factor)
        within = shrunk_box(within, factor, old.shape)
        dpi = dpi / factor
    scale = px_per_mm(dpi)
    sigma = max(0.5, BLUR_MM * scale)
    margin = int(np.ceil(3 * sigma)) + 3
    ys, xs = np.nonzero(differing[within[1] : within[3], within[0] : within[2]])
    ys, xs = ys + within[1], xs + within[0]
    y0, y1 = max(0, ys.min() - margin), min(old.shape[0], ys.max() + margin + 1)
    x0, x1 = max(0, xs.min() - margin), min(old.shape[1], xs.max() + margin + 1)
    old_crop, new_crop = old[y0:y1, x0:x1], new[y0:y1, x0:x1]

    care = np.ones(old_crop.shape[:2], dtype=bool)
    if text_mask is not None:
        care &= ~text_mask[y0:y1, x0:x1]
    if ignore_mask is not None:
        care &= ~ignore_mask[y0:y1, x0:x1]
    tolerant = np.zeros_like(care) if image_mask is None else image_mask[y0:y1, x0:x1].copy()
    if edge_tolerant:
        tolerant[:] = True
        # The outermost pixels of a raster export are the rasteriser's rounding of the page
        # edge; they say nothing of the content.
        border = max(1, round(RASTER_BORDER_MM * scale))
        full_height, full_width = old.shape[:2]
        rows = np.arange(y0, y1)
        cols = np.arange(x0, x1)
        care[(rows < border) | (rows >= full_height - border), :] = False
        care[:, (cols < border) | (cols >= full_width - border)] = False
    mask = np.zeros_like(care)
    strict_care = care & ~tolerant
    # `raw` holds every pixel over the bar; `mask` those left once shared edges are forgiven.
    raw = np.zeros_like(care)
    shared = np.zeros(care.shape, dtype=np.float32)
    core_contrast = np.zeros(care.shape, dtype=np.float32)
    strict_delta = np.zeros(care.shape, dtype=np.float32)
    if strict_care.any():
        strict_delta = delta_e_map(old_crop, new_crop, sigma, threshold, strict_care)
        mask = strict_delta >= threshold
        raw = mask.copy()
        if mask.any():
            # An edge present on both sides may have moved by a fraction of a pixel (a
            # re-distiller recomputes curves and coordinates), which changes its pixels in
            # proportion to its contrast; that much is forgiven there. Where only one side
            # has an edge (a shape added, removed or reshaped), nothing is.
            core_contrast = np.minimum(
                local_contrast(old_crop, sigma), local_contrast(new_crop, sigma)
            )
            shared = np.where(core_contrast >= SHARED_EDGE_CONTRAST, core_contrast, 0.0)
            # The blur spreads an edge's move to the pixel beside it, where the contrast is
            # already low: that pixel is forgiven by the edge next to it.
            shared = cv2.dilate(shared.astype(np.float32), np.ones((3, 3), np.uint8))
            if changed_mask is not None:
                shared[changed_mask[y0:y1, x0:x1]] = 0.0
            mask &= strict_delta >= threshold + EDGE_SHIFT_ALLOWANCE * shared
    tolerant_care = care & tolerant
    delta = np.zeros(care.shape, dtype=np.float32)
    if tolerant_care.any():
        contrast = np.minimum(local_contrast(old_crop, sigma), local_contrast(new_crop, sigma))
        # A raster export is also offset by a fraction of a pixel: there each pixel may match
        # its closest neighbour (which costs small patches a pixel of their rim).
        shift = 1 if edge_tolerant else 0
        delta = delta_e_map(old_crop, new_crop, sigma, threshold, tolerant_care, shift=shift)
        mask |= tolerant_care & (delta >= threshold + CONTRAST_ALLOWANCE * contrast)
    raw |= mask
    if not raw.any():
        return []

    group = max(1, round(GROUP_MM * scale))
    grouped = cv2.dilate(raw.astype(np.uint8), np.ones((group, group), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(grouped, connectivity=8)
    min_area = MIN_AREA_MM2 * scale * scale
    regions: list[Region] = []
    for label in range(1, count):
        left, top, width, height, _ = stats[label]
        window = (slice(top, top + height), slice(left, left + width))
        members = (labels[window] == label) & mask[window]
        area = int(members.sum())
        if area < min_area:
            # Little is left once shared edges are forgiven; the region still counts if all
            # its pixels moved one way by a visible amount (a small patch retinted: its rim
            # is an edge on both sides, its colour shift is consistent). Edges merely nudged
            # lighten on one side and darken on the other, and have no flat core.
            members = (labels[window] == label) & raw[window]
            area = int(members.sum())
            old_pixels, new_pixels = old_crop[window][members], new_crop[window][members]
            # The core of a retinted patch is where it is flattest and shifted the most; beside
            # a nudged edge, the flat pixels only catch the edge's blurred tail.
            deltas = strict_delta[window][members]
            flat_core = int(
                (
                    (core_contrast[window][members] < CORE_CONTRAST)
                    & (deltas >= CORE_SHIFT_SHARE * deltas.max())
                ).sum()
            )
            if (
                area < min_area
                or flat_core < FLAT_CORE_PX
                or not _consistent(old_pixels, new_pixels)
                or _typical_delta(old_pixels, new_pixels) < threshold
            ):
                continue
        if (
            raster_text_mask is not None
            and raster_text_mask[y0:y1, x0:x1][window][members].mean() >= 0.5
            and area < RASTER_TEXT_MIN_AREA_MM2 * scale * scale
        ):
            continue
        if not edge_tolerant and tolerant[window][members].mean() >= 0.5:
            # Inside a photo, re-encoding leaves specks and blotches with no common colour
            # shift; a real retouch, replacement or crop is larger and shifts the colour.
            strong = np.percentile(delta[window][members], 75) >= PHOTO_STRONG_DELTA
            shifted = area >= IMAGE_MIN_AREA_MM2 * scale * scale and (
                _typical_delta(old_crop[window][members], new_crop[window][members])
                >= threshold * PHOTO_SHIFT_FACTOR
            )
            if not (strong or shifted):
                continue
        sub_ys, sub_xs = np.nonzero(members)
        box = (
            int(x0 + left + sub_xs.min()) * factor,
            int(y0 + top + sub_ys.min()) * factor,
            int(x0 + left + sub_xs.max() + 1) * factor,
            int(y0 + top + sub_ys.max() + 1) * factor,
        )
        old_pixels = old_crop[window][members]
        new_pixels = new_crop[window][members]
        old_typical = np.median(old_pixels, axis=0)
        new_typical = np.median(new_pixels, axis=0)
        old_lab = bgr_to_lab(np.array([[old_typical]], dtype=np.uint8))[0, 0]
        new_lab = bgr_to_lab(np.array([[new_typical]], dtype=np.uint8))[0, 0]
        regions.append(
            Region(
                box=box,
                area_px=area,
                delta_e=float(ciede2000(old_lab, new_lab)),
                old_bgr=tuple(int(v) for v in old_typical),  # type: ignore[arg-type]
                new_bgr=tuple(int(v) for v in new_typical),  # type: ignore[arg-type]
                uniform=_is_flat(old_pixels)
                and _is_flat(new_pixels)
                and _consistent(old_pixels, new_pixels),
            )
        )
    regions.sort(key=lambda region: -region.area_px)
    return regions


def local_contrast(image: np.ndarray, sigma: float) -> np.ndarray:
    """How much the colour varies (ΔE, Lab distance) within one pixel of each pixel."""
    lab = bgr_to_lab(cv2.GaussianBlur(image, (0, 0), sigma))
    kernel = np.ones((3, 3), np.uint8)
    spread = cv2.dilate(lab, kernel) - cv2.erode(lab, kernel)
    return np.sqrt((spread**2).sum(axis=2))


def shrink(image: np.ndarray, factor: int) -> np.ndarray:
    """Average `factor` × `factor` blocks (a ragged last row or column is dropped, which keeps
    OpenCV on its fast whole-factor path)."""
    height, width = image.shape[:2]
    height, width = max(factor, height - height % factor), max(factor, width - width % factor)
    size = (width // factor, height // factor)
    return cv2.resize(image[:height, :width], size, interpolation=cv2.INTER_AREA)


def _shrink_mask(mask: np.ndarray | None, factor: int) -> np.ndarray | None:
    """A mask at 1/factor scale, true wherever any covered pixel was true."""
    if mask is None:
        return None
    return shrink(mask.astype(np.uint8) * 255, factor) > 0


def _typical_delta(old_pixels: np.ndarray, new_pixels: np.ndarray) -> float:
    old_lab = bgr_to_lab(np.median(old_pixels, axis=0).astype(np.uint8).reshape(1, 1, 3))
    new_lab = bgr_to_lab(np.median(new_pixels, axis=0).astype(np.uint8).reshape(1, 1, 3))
    return float(ciede2000(old_lab[0, 0], new_lab[0, 0]))


def _consistent(old_pixels: np.ndarray, new_pixels: np.ndarray) -> bool:
    """Whether the pixels changed colour in one common direction (in Lab)."""
    shift = bgr_to_lab(new_pixels.reshape(-1, 1, 3)) - bgr_to_lab(old_pixels.reshape(-1, 1, 3))
    shift = shift.reshape(-1, 3)
    mean_length = float(np.sqrt((shift**2).sum(axis=1)).mean())
    return mean_length > 0 and float(np.linalg.norm(shift.mean(axis=0))) >= 0.8 * mean_length


def _is_flat(pixels: np.ndarray) -> bool:
    """Whether most pixels sit close to their median colour (a tint rather than a picture)."""
    if len(pixels) == 0:
        return False
    spread = np.abs(pixels.astype(np.int16) - np.median(pixels, axis=0)).max(axis=1)
    return float((spread <= 12).mean()) >= 0.8


def box_mask(shape: tuple[int, int], boxes_px: list[tuple[int, int, int, int]]) -> np.ndarray:
    mask = np.zeros(shape, dtype=bool)
    height, width = shape
    for x0, y0, x1, y1 in boxes_px:
        x0, y0 = max(0, x0), max(0, y0)
        x1, y1 = min(width, x1), min(height, y1)
        if x1 > x0 and y1 > y0:
            mask[y0:y1, x0:x1] = True
    return mask


# -- flat areas against a raster export ------------------------------------------------------
# Against a raster export, a small tint shifted by a few ΔE drowns in per-pixel noise (JPEG
# blocks, another rasteriser's anti-aliasing). Its whole flat area, averaged, does not: the
# mean colour of a few dozen pixels is steady to well under ΔE 2 (measured: at most 1.6 on
# exports at 150–300 dpi, PNG, TIFF and JPEG). An area is flat where the Lab colour varies by
# less than FLAT_GRADIENT per pixel on both sides; one pixel more is eroded from its rim (the
# anti-aliased edge), and the page's edge band (FLAT_BORDER_MM) is left out.
FLAT_GRADIENT = 3.0
FLAT_BORDER_MM = 1.0
# Flat areas smaller than this (after erosion: a 2.5 mm² swatch at 300 dpi keeps about 1 mm²)
# are too few pixels to average; larger than FLAT_MAX_AREA_MM2 they are the pixel search's
# business (and the paper itself).
FLAT_MIN_AREA_MM2 = 0.5
FLAT_MAX_AREA_MM2 = 400.0
# Each side must be one colour over the area (Lab standard deviation, per channel)...
FLAT_MAX_SPREAD = 2.5
# ...and the shift is a tint's, not a plain change (which the pixel search reports itself):
# beyond this, a flat area that differs is two things that do not line up.
TINT_MAX_DELTA = 10.0
# The colour threshold sits below the promised ΔE so that a patch's anti-aliased rim does not
# hide it; a mean over the eroded core has no rim, so the bar is the promise itself (ΔE 2 for
# the default threshold of 1.6): JPEG exports shift flat areas near white by up to ΔE 1.64.
TINT_BAR_FACTOR = 1.25
# The averaging wants pixels: flat areas are measured at the raster's own resolution up to
# this (200 dpi keeps enough of a 2.5 mm² swatch, at less than half the memory of 300).
TINT_MAX_DPI = 200.0


@dataclass
class TintShift:
    """A flat area whose mean colour moved, in pixel coordinates of the canvas."""

    box: tuple[int, int, int, int]  # x0, y0, x1, y1 (exclusive)
    delta_e: float
    old_bgr: tuple[int, int, int]
    new_bgr: tuple[int, int, int]


def tint_shifts(old: np.ndarray, new: np.ndarray, dpi: float, threshold: float) -> list[TintShift]:
    """Flat areas, the same on both sides, whose mean colour differs by `threshold` ×
    TINT_BAR_FACTOR (ΔE00) or more and less than TINT_MAX_DELTA."""
    bar = threshold * TINT_BAR_FACTOR
    per_mm = px_per_mm(dpi)
    # The flat mask is found on 8-bit Lab (a quarter of the memory of float Lab on a whole
    # page); each area's colours are then measured exactly.
    flat = (_lab_gradient(old) < FLAT_GRADIENT) & (_lab_gradient(new) < FLAT_GRADIENT)
    flat = cv2.erode(flat.astype(np.uint8), np.ones((3, 3), np.uint8))
    border = max(2, round(FLAT_BORDER_MM * per_mm))
    flat[:border], flat[-border:], flat[:, :border], flat[:, -border:] = 0, 0, 0, 0
    count, labels, stats, _ = cv2.connectedComponentsWithStats(flat, connectivity=4)
    min_px, max_px = FLAT_MIN_AREA_MM2 * per_mm**2, FLAT_MAX_AREA_MM2 * per_mm**2
    shifts: list[TintShift] = []
    for label in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[label])
        if not min_px <= area <= max_px:
            continue
        members = labels[y : y + h, x : x + w] == label
        old_bgr = old[y : y + h, x : x + w][members]
        new_bgr = new[y : y + h, x : x + w][members]
        old_lab, new_lab = bgr_to_lab(old_bgr), bgr_to_lab(new_bgr)
        if max(old_lab.std(axis=0).max(), new_lab.std(axis=0).max()) > FLAT_MAX_SPREAD:
            continue
        delta = float(ciede2000(old_lab.mean(axis=0), new_lab.mean(axis=0)))
        if not bar <= delta < TINT_MAX_DELTA:
            continue
        shifts.append(
            TintShift(
                (x, y, x + w, y + h),
                delta,
                tuple(round(float(v)) for v in old_bgr.mean(axis=0)),  # type: ignore[arg-type]
                tuple(round(float(v)) for v in new_bgr.mean(axis=0)),  # type: ignore[arg-type]
            )
        )
    return shifts


# -- like with like: the lossless side through the JPEG's own encoding ----------------------
# Against a JPEG, the per-pixel noise (blocking, chroma bleed) lies on one side only, and a
# small tint drowns in it: averaged over 1 mm, a 2.5 mm² swatch shifted by ΔE 2.8 measures 3.1
# and the JPEG's own blotches on the same page up to 2.7. Encoded with the same quantisation
# tables and chroma subsampling, on the same pixel grid, the lossless side (a PNG or TIFF
# export, or a PDF render) carries the same blocking wherever the page is unchanged, and the
# two sides differ only where the page does (measured on the PNG/JPEG pair at 150 dpi: the 99th
# percentile of the 1 mm-window ΔE over unchanged areas falls from 1.81 to 0.00). Where both
# sides were rasterised otherwise (a PDF render against another program's export) the encoding
# leaves most of the difference (3.94 -> 3.84), and the finer look below stays off.
def encode_like(image: np.ndarray, tables: list, subsampling: int) -> np.ndarray:
    """`image` (BGR) encoded and decoded as JPEG with these quantisation tables and chroma
    subsampling (PIL's codes)."""
    buffer = io.BytesIO()
    rgb = Image.fromarray(cv2.cvtColor(image, cv2.COLOR_BGR2RGB))
    rgb.save(buffer, "JPEG", qtables=tables, subsampling=subsampling)
    buffer.seek(0)
    with Image.open(buffer) as decoded:
        return cv2.cvtColor(np.asarray(decoded.convert("RGB")), cv2.COLOR_RGB2BGR)


# The encoding alike is used only where it reproduced the JPEG: at least COMMON_BLOCKS_SHARE of
# the coding blocks (COMMON_BLOCK_PX, a 4:2:0 JPEG's largest) that hold anything but paper (a
# level below PAPER_LEVEL) are the same on both sides within COMMON_LEVELS. Measured at 150-200
# dpi: 94.5 % on the PNG/JPEG pair rasterised alike, its four changes included (100 % away from
# them), 1.6-53 % where a PDF render meets another program's JPEG (a page whose changes cover
# more stays as it was). There the sides were drawn otherwise: the encoding only moves the
# noise (near-white flat areas pick up chroma specks of ΔE 2-3.3), and 1 mm of pixels is too
# few to tell a tint from the drawing's own differences.
COMMON_BLOCKS_SHARE = 0.9
COMMON_BLOCK_PX = 16
COMMON_LEVELS = 2
PAPER_LEVEL = 250


# With the noise made common (or between two exports, neither a JPEG), a tint is looked for
# in every 1 mm window of the flat areas (TINT_WINDOW_MM), not only over a whole flat area: a
# swatch that is one cell of a pattern of white cells is a small share of its flat area. A
# window counts when WINDOW_MIN_FLAT of its pixels are flat (their mean is then the tint's, not
# an edge's).
TINT_WINDOW_MM = 1.0
WINDOW_MIN_FLAT = 0.5
# The windows' ΔE over flat areas that no change found so far explains is the page's residual
# noise; a window differs when it exceeds the tint bar (TINT_BAR_FACTOR) and NOISE_FACTOR times
# that noise's NOISE_PERCENTILE-th percentile...
NOISE_PERCENTILE = 99
NOISE_FACTOR = 3.0
# ...and where neither side is a JPEG but both are exports, drawn by programs of their own, the
# bar is this much higher: their flat areas can differ by up to ΔE 2.3 where nothing changed
# (measured: Poppler at 150 dpi against Ghostscript at 200 dpi, page 1 of the corpus's 30 bases),
# and a light swatch that truly shifted stands well above it (ΔE 2.8 and up in the tests).
EXPORTS_BAR_FACTOR = 1.2


def window_tints(
    old: np.ndarray,
    new: np.ndarray,
    dpi: float,
    threshold: float,
    explained: np.ndarray | None = None,
) -> list[TintShift]:
    """Flat 1 mm windows whose mean colour differs by the tint bar and beyond the page's
    residual noise (see NOISE_FACTOR); `explained` marks the pixels of changes already found,
    left out of the noise."""
    per_mm = px_per_mm(dpi)
    side = max(3, round(TINT_WINDOW_MM * per_mm))
    flat = (_lab_gradient(old) < FLAT_GRADIENT) & (_lab_gradient(new) < FLAT_GRADIENT)
    flat = cv2.erode(flat.astype(np.uint8), np.ones((3, 3), np.uint8))
    border = max(2, round(FLAT_BORDER_MM * per_mm))
    flat[:border], flat[-border:], flat[:, :border], flat[:, -border:] = 0, 0, 0, 0
    weight = flat.astype(np.float32)
    count = cv2.boxFilter(weight, -1, (side, side), normalize=False)
    valid = (flat > 0) & (count >= WINDOW_MIN_FLAT * side * side)
    if not valid.any():
        return []
    means = []
    for image in (old, new):
        lab = bgr_to_lab(image) * weight[:, :, None]
        summed = cv2.boxFilter(lab, -1, (side, side), normalize=False)
        means.append(summed[valid] / count[valid][:, None])
    delta = np.zeros(flat.shape, dtype=np.float32)
    delta[valid] = ciede2000(means[0], means[1])
    quiet = valid if explained is None else valid & ~explained
    noise = float(np.percentile(delta[quiet], NOISE_PERCENTILE)) if quiet.any() else 0.0
    bar = max(threshold * TINT_BAR_FACTOR, NOISE_FACTOR * noise)
    hits = (valid & (delta >= bar)).astype(np.uint8)
    count_labels, labels, stats, _ = cv2.connectedComponentsWithStats(hits, connectivity=8)
    shifts: list[TintShift] = []
    for label in range(1, count_labels):
        x, y, w, h, _ = (int(v) for v in stats[label])
        members = labels[y : y + h, x : x + w] == label
        peak = float(delta[y : y + h, x : x + w][members].max())
        if peak >= TINT_MAX_DELTA:
            continue  # a plain change, the pixel search's
        # The windows' centres, grown by half a window: the pixels that made the difference.
        half = side // 2
        x0, y0 = max(0, x - half), max(0, y - half)
        x1, y1 = min(flat.shape[1], x + w + half), min(flat.shape[0], y + h + half)
        area = flat[y0:y1, x0:x1] > 0
        if not area.any():
            continue
        shifts.append(
            TintShift(
                (x0, y0, x1, y1),
                peak,
                tuple(round(float(v)) for v in old[y0:y1, x0:x1][area].mean(axis=0)),  # type: ignore[arg-type]
                tuple(round(float(v)) for v in new[y0:y1, x0:x1][area].mean(axis=0)),  # type: ignore[arg-type]
            )
        )
    return shifts


def common_blocks_share(old: np.ndarray, new: np.ndarray) -> float:
    """The share of the coding blocks holding more than paper that are the same on both sides
    (see COMMON_BLOCKS_SHARE); 1.0 when there are none."""
    size = COMMON_BLOCK_PX
    height, width = (old.shape[0] // size) * size, (old.shape[1] // size) * size

    def blocks(values: np.ndarray, reduce) -> np.ndarray:
        tiles = values[:height, :width].reshape(height // size, size, width // size, size)
        return reduce(tiles, axis=(1, 3))

    differs = blocks(cv2.absdiff(old, new).max(axis=2) > COMMON_LEVELS, np.any)
    inked = blocks(np.minimum(old.min(axis=2), new.min(axis=2)) < PAPER_LEVEL, np.any)
    if not inked.any():
        return 1.0
    return float(1.0 - differs[inked].mean())


def _lab_gradient(image: np.ndarray) -> np.ndarray:
    """Per pixel, the largest Lab channel change across one pixel (Sobel, normalised), from
    OpenCV's 8-bit Lab (L scaled by 255/100, a and b offset by 128)."""
    lab = cv2.cvtColor(image, cv2.COLOR_BGR2Lab)
    gradient = np.zeros(lab.shape[:2], dtype=np.float32)
    for channel, unit in ((0, 255 / 100), (1, 1.0), (2, 1.0)):
        plane = np.ascontiguousarray(lab[:, :, channel])
        dx = np.abs(cv2.Sobel(plane, cv2.CV_16S, 1, 0, ksize=3)).astype(np.float32)
        dy = np.abs(cv2.Sobel(plane, cv2.CV_16S, 0, 1, ksize=3)).astype(np.float32)
        gradient = np.maximum(gradient, (dx + dy) / (8 * unit))
    return gradient
