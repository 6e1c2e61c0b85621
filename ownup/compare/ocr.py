"""The words of a page seen only as pixels, read by Tesseract: against a raster export, the
text-layer side's words are checked against what the image shows, and between two rasters
the text is known at all only this way.

Tesseract is a program outside Python (Debian: tesseract-ocr, tesseract-ocr-fra); without it,
raster text is still compared glyph by glyph (rastertext.glyph_scores), only without the new
wording.
"""

from __future__ import annotations

import functools
import os
import unicodedata
from dataclasses import dataclass

import cv2
import numpy as np

from ownup.compare.geometry import Box

# Tesseract reads body type best with capitals about 30 px high; at 300 dpi a 6 pt capital is
# 17 px and a 9 pt one 26 px, while 150 dpi (the default analysis resolution) loses 6 pt type.
OCR_DPI = 300

# A word read with less confidence than this (Tesseract's 0–100) is not trusted to say what
# the text is: stray specks in photos come back as one-letter "words" around 10–40.
MIN_CONFIDENCE = 45.0

# Both languages the product serves; whichever of them is installed is used.
WANTED_LANGUAGES = ("eng", "fra")

# "Sparse text": find as much text as possible in no particular order, which suits print
# pieces (columns, price lists, badges) better than the page-of-prose default.
TESSERACT_CONFIG = "--psm 11"
# A small crop around a few words: one block of text.
SINGLE_BLOCK_CONFIG = "--psm 6"


# An A2 sheet at OCR_DPI; a bigger page is read at a lower resolution (its type is bigger too)
# so that Tesseract's time and memory stay bounded.
MAX_OCR_PIXELS = 35_000_000

# One reading that takes longer than this is abandoned (the page is then compared without OCR).
OCR_TIMEOUT_S = 120


class OcrFailed(Exception):
    """Tesseract could not read an image (it failed or took too long)."""


@dataclass(frozen=True)
class OcrWord:
    text: str
    box: Box  # PDF points from the page's top-left corner
    confidence: float


@functools.cache
def languages() -> str | None:
    """The Tesseract languages to read with ("eng+fra"), or None when Tesseract is missing."""
    try:
        import pytesseract

        installed = set(pytesseract.get_languages(config=""))
    except Exception:  # no program, a broken install: either way, no OCR
        return None
    wanted = [code for code in WANTED_LANGUAGES if code in installed]
    return "+".join(wanted) if wanted else None


def available() -> bool:
    return languages() is not None


def read_words(
    image: np.ndarray, dpi: float, target_dpi: float = OCR_DPI, single_block: bool = False
) -> list[OcrWord]:
    """The words Tesseract reads in a BGR image at `dpi`, boxes in points, in reading order;
    read at `target_dpi`, as sparse text or (`single_block`) as one block of lines. Raises
    OcrFailed when Tesseract fails or times out."""
    import pytesseract

    lang = languages()
    if lang is None:
        return []
    height, width = image.shape[:2]
    factor = min(target_dpi / dpi, (MAX_OCR_PIXELS / max(1, height * width)) ** 0.5)
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    if abs(factor - 1) > 0.05:
        interpolation = cv2.INTER_CUBIC if factor > 1 else cv2.INTER_AREA
        gray = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=interpolation)
    else:
        factor = 1.0
    # Tesseract would spread one page over every core; the engine already runs a page per core.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        data = pytesseract.image_to_data(
            gray,
            lang=lang,
            config=SINGLE_BLOCK_CONFIG if single_block else TESSERACT_CONFIG,
            output_type=pytesseract.Output.DICT,
            timeout=OCR_TIMEOUT_S,
        )
    except (RuntimeError, OSError, pytesseract.TesseractError) as error:
        raise OcrFailed(str(error)) from error
    to_points = 72 / (dpi * factor)
    words = []
    for i, raw in enumerate(data["text"]):
        text = unicodedata.normalize("NFC", raw.strip())
        confidence = float(data["conf"][i])
        if not text or confidence < MIN_CONFIDENCE:
            continue
        x, y = data["left"][i] * to_points, data["top"][i] * to_points
        w, h = data["width"][i] * to_points, data["height"][i] * to_points
        words.append(OcrWord(text, (x, y, x + w, y + h), confidence))
    return words
