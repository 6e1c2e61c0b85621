"""Open a PDF or a raster export, refuse what cannot be compared, and read one page at a time.

Every refusal is a CompareInputError naming the file and the problem, raised before any costly
work: the type is told by the first bytes, page counts and sizes by the document's structure,
and raster dimensions by the header, before a single pixel is decoded.
"""

from __future__ import annotations

import ctypes
import hashlib
import math
import os
import unicodedata
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import cv2
import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, JpegImagePlugin

from ownup.compare.focus import Skim
from ownup.compare.model import Box, CompareInputError, DocumentInfo

MAX_PAGES = 2000
MAX_PAGE_SIDE_PT = 5000 / 25.4 * 72  # 5 metres
# A raster larger than this is refused before decoding: 150 million pixels is an A0 poster at
# 400 dpi, far beyond any proof export, and bounds the memory a hostile file can claim.
MAX_RASTER_PIXELS = 150_000_000
# When a raster says nothing of its resolution and nothing else tells its size.
FALLBACK_RASTER_DPI = 72.0

# A page is never rendered larger than this (a 40-million-pixel render takes 120 MB): a poster
# or banner is compared at a lower resolution rather than exhausting memory.
MAX_RENDER_PIXELS = 40_000_000

Image.MAX_IMAGE_PIXELS = MAX_RASTER_PIXELS


def render_dpi(size: tuple[float, float], dpi: float) -> float:
    """`dpi`, lowered if needed so that a page of `size` points stays within MAX_RENDER_PIXELS."""
    area_in2 = (size[0] / 72) * (size[1] / 72)
    return min(dpi, (MAX_RENDER_PIXELS / max(area_in2, 1e-6)) ** 0.5)


def sniff_kind(head: bytes) -> str | None:
    """The file type from its first bytes, or None when it is none we read."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    # PDF readers accept the header anywhere in the first kilobyte.
    if b"%PDF-" in head[:1024]:
        return "pdf"
    return None


def describe(path: str | os.PathLike) -> tuple[str, str, str]:
    """Name, kind and SHA-256 of a file, or CompareInputError when it cannot be one we read."""
    name = os.fspath(path)
    try:
        size = os.path.getsize(name)
        if size == 0:
            raise CompareInputError(name, "the file is empty")
        with open(name, "rb") as handle:
            head = handle.read(1024)
            digest = hashlib.sha256(head)
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except FileNotFoundError:
        raise CompareInputError(name, "no such file") from None
    except IsADirectoryError:
        raise CompareInputError(name, "is a directory, not a file") from None
    except PermissionError:
        raise CompareInputError(name, "permission denied") from None
    except OSError as error:
        raise CompareInputError(name, f"cannot be read ({error.strerror})") from None
    kind = sniff_kind(head)
    if kind is None:
        raise CompareInputError(name, "is neither a PDF nor a PNG, JPEG or TIFF image")
    return name, kind, digest.hexdigest()


class Char(NamedTuple):
    """One character of a text layer. A named tuple rather than a dataclass: a page holds
    thousands and _read_chars builds them with tuple.__new__, several times faster than an
    __init__ call."""

    text: str
    box: Box
    style: tuple[str, float, int, bool, tuple[int, int, int]]
    """Font name, size in points, weight, italic, fill colour RGB."""
    line_break_before: bool
    hyphen: bool


@dataclass
class GraphicObject:
    kind: str  # "path", "image" or "shading"
    box: Box
    fill: tuple[int, int, int] | None
    stroke: tuple[int, int, int] | None
    opaque: bool = False
    """Whether it hides what lies under it (an image, or a shape filled without transparency)."""
    segments: int = 0
    """For a path, how many segments draw it: tells a reshaped logo from its twin."""
    stroke_width: float = 0.0
    """For a stroked path, the line's width in page points (as drawn, after its matrix)."""


@dataclass
class PageContent:
    """What the comparison needs to know of one page besides its pixels."""

    size: tuple[float, float]
    chars: list[Char] = field(default_factory=list)
    objects: list[GraphicObject] = field(default_factory=list)
    has_text_layer: bool = False
    trim: Box | None = None
    """The trim box (the finished page after cutting), when the PDF sets one inside its page."""


@dataclass
class JpegEncoding:
    """What a JPEG encoder was told: its quantisation tables, its chroma subsampling (PIL's
    code: 0 4:4:4, 1 4:2:2, 2 4:2:0) and the pixel size it encoded."""

    tables: list
    subsampling: int
    size: tuple[int, int]  # width, height in pixels


class Source:
    """One document opened for reading, page by page. Not shareable across processes."""

    def __init__(
        self,
        path: str,
        kind: str,
        fit_size: tuple[float, float] | None = None,
        lazy_sizes: bool = False,
        checked: bool = False,
    ) -> None:
        """With `lazy_sizes` (PDF), each page is measured when it is first loaded (to be
        compared, it is loaded anyway), and the file is checked from the sizes PDFium reads
        from its page tree, without loading every page: a page is loaded to be checked only
        when that size is too close to a limit to judge (see _open_pdf). `checked`: the caller
        has already opened and checked the same file (a pool worker); it implies lazy sizes."""
        self.path = path
        self.kind = kind
        self._sizes: list[tuple[float, float] | None] = []
        """Each page's size in points as seen; None for a page not measured yet."""
        self._pdf: pdfium.PdfDocument | None = None
        self._raster_dpi: list[tuple[float, float]] = []
        self._jpeg_encodings: dict[int, JpegEncoding | None] = {}
        # The last page loaded and its text page: a page is usually rendered, then read, then
        # its objects listed, and PDFium parses it again each time it is loaded.
        self._loaded: tuple[int, pdfium.PdfPage, pdfium.PdfTextPage | None] | None = None
        # The loaded page's code points, read once for both the skim and the reading.
        self._loaded_codes: list[int] | None = None
        if kind == "pdf" and checked:
            self._pdf = pdfium.PdfDocument(self.path)
            self._sizes = [None] * len(self._pdf)
        elif kind == "pdf":
            self._open_pdf(lazy_sizes)
        else:
            self._open_raster(fit_size)

    # -- opening and validation ------------------------------------------------------------
    def _open_pdf(self, lazy_sizes: bool = False) -> None:
        # PDFium quietly rebuilds a file cut short, and would compare what is left of it; a
        # complete PDF ends with an end-of-file marker (trailing junk of a few bytes aside).
        with open(self.path, "rb") as handle:
            handle.seek(max(0, os.path.getsize(self.path) - 2048))
            if b"%%EOF" not in handle.read():
                raise CompareInputError(self.path, "the PDF is truncated (it has no end marker)")
        try:
            pdf = pdfium.PdfDocument(self.path)
        except pdfium.PdfiumError as error:
            raise CompareInputError(self.path, _pdfium_problem(error)) from None
        self._pdf = pdf
        count = len(pdf)
        if count == 0:
            raise CompareInputError(self.path, "the PDF has no pages")
        if count > MAX_PAGES:
            raise CompareInputError(
                self.path, f"has {count} pages, more than the {MAX_PAGES} this tool compares"
            )
        tree_size = pdfium_c.FS_SIZEF()
        for index in range(count):
            if lazy_sizes:
                # Loading a page parses all its content. PDFium also gives a page's size from
                # the page tree alone (refusing a page it cannot find, as loading it would),
                # computed in single precision: a page well within the limits passes either
                # way, and is measured exactly when it is loaded to be compared.
                if not pdfium_c.FPDF_GetPageSizeByIndexF(pdf.raw, index, tree_size):
                    raise CompareInputError(self.path, f"page {index + 1} is damaged")
                width, height = abs(tree_size.width), abs(tree_size.height)
                margin = _SIZE_CHECK_MARGIN_PT
                if min(width, height) >= 1 + margin and max(width, height) <= (
                    MAX_PAGE_SIDE_PT - margin
                ):
                    self._sizes.append(None)
                    continue
            try:
                page = pdf[index]
            except pdfium.PdfiumError:
                raise CompareInputError(self.path, f"page {index + 1} is damaged") from None
            width, height = _page_size(page)
            page.close()
            if max(width, height) > MAX_PAGE_SIDE_PT:
                raise CompareInputError(
                    self.path,
                    f"page {index + 1} measures {width / 72 * 0.0254:.1f} × "
                    f"{height / 72 * 0.0254:.1f} m, larger than the 5 m this tool compares",
                )
            if width < 1 or height < 1:
                raise CompareInputError(self.path, f"page {index + 1} has no area")
            self._sizes.append((width, height))

    def _open_raster(self, fit_size: tuple[float, float] | None) -> None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                image = Image.open(self.path)
            frames = getattr(image, "n_frames", 1)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise CompareInputError(
                self.path, "the image is too large to decode safely (decompression bomb?)"
            ) from None
        except (OSError, ValueError, SyntaxError) as error:
            raise CompareInputError(self.path, f"the image cannot be read ({error})") from None
        if frames > MAX_PAGES:
            raise CompareInputError(self.path, f"has {frames} pages, more than {MAX_PAGES}")
        for frame in range(frames):
            image.seek(frame)
            width_px, height_px = image.size
            if width_px * height_px > MAX_RASTER_PIXELS or width_px <= 0 or height_px <= 0:
                raise CompareInputError(
                    self.path,
                    f"the image is {width_px} × {height_px} pixels, too large to decode safely "
                    "(decompression bomb?)",
                )
            dpi = _raster_dpi(image, fit_size)
            width, height = width_px / dpi[0] * 72, height_px / dpi[1] * 72
            if fit_size is not None and _close_to(image.size, dpi, fit_size):
                # An export of the other side's page: same geometry, whatever the rounding of
                # its pixel count.
                width, height = fit_size
                dpi = (width_px / width * 72, height_px / height * 72)
            if max(width, height) > MAX_PAGE_SIDE_PT:
                raise CompareInputError(
                    self.path, "the image measures more than 5 m at its stated resolution"
                )
            self._raster_dpi.append(dpi)
            self._sizes.append((width, height))
        image.close()
        # Decode once now so that a truncated or corrupt file is refused up front.
        for frame in range(frames):
            self._decode_raster(frame)

    def _decode_raster(self, index: int) -> np.ndarray:
        try:
            with Image.open(self.path) as image:
                image.seek(index)
                image.load()
                if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
                    rgba = image.convert("RGBA")
                    white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
                    rgb = Image.alpha_composite(white, rgba).convert("RGB")
                else:
                    rgb = image.convert("RGB")
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
            raise CompareInputError(
                self.path, f"the image is truncated or corrupt ({error})"
            ) from None
        return cv2.cvtColor(np.asarray(rgb), cv2.COLOR_RGB2BGR)

    # -- reading ---------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._sizes)

    def page_size(self, index: int) -> tuple[float, float]:
        """A page's size in points as seen (after its /Rotate); measured, if it was not yet,
        from the page loaded (the page a caller is about to work on)."""
        size = self._sizes[index]
        if size is None:
            size = self._sizes[index] = _page_size(self._page(index))
        return size

    @property
    def page_sizes(self) -> list[tuple[float, float]]:
        """Every page's size (any page not measured yet is loaded to be measured)."""
        return [self.page_size(index) for index in range(len(self._sizes))]

    def info(
        self, sha256: str, page_sizes: list[tuple[float, float]] | None = None
    ) -> DocumentInfo:
        """`page_sizes`: every page's size when the caller has them (measured elsewhere)."""
        return DocumentInfo(
            file=self.path,
            pages=len(self),
            sha256=sha256,
            kind=self.kind,  # type: ignore[arg-type]
            page_sizes=list(self.page_sizes if page_sizes is None else page_sizes),
        )

    def native_dpi(self, index: int) -> float | None:
        """A raster page's own resolution; None for a PDF page (any resolution is native)."""
        if self._pdf is not None:
            return None
        return min(self._raster_dpi[index])

    def jpeg_encoding(self, index: int) -> JpegEncoding | None:
        """How a JPEG page was encoded (for encoding the other side alike); None for any
        other page, or a JPEG whose settings cannot be reproduced. Read from the file once."""
        if self.kind != "jpeg":
            return None
        if index not in self._jpeg_encodings:
            self._jpeg_encodings[index] = self._read_jpeg_encoding(index)
        return self._jpeg_encodings[index]

    def _read_jpeg_encoding(self, index: int) -> JpegEncoding | None:
        with Image.open(self.path) as image:
            image.seek(index)
            tables = getattr(image, "quantization", None)
            sampling = JpegImagePlugin.get_sampling(image)
            if not tables or sampling < 0 or image.mode != "RGB":
                return None
            return JpegEncoding([tables[k] for k in sorted(tables)], sampling, image.size)

    def render(self, index: int, dpi: float) -> np.ndarray:
        """The page as a BGR uint8 array at `dpi`, white where the page is blank."""
        return self.render_with_text(index, dpi, with_text=False)[0]

    def render_with_text(
        self, index: int, dpi: float, with_text: bool = True
    ) -> tuple[np.ndarray, str]:
        """The page's render and its text layer as one string, the page loaded once."""
        if self._pdf is None:
            width, height = self.page_size(index)
            image = self._decode_raster(index)
            size = (max(1, round(width * dpi / 72)), max(1, round(height * dpi / 72)))
            if (image.shape[1], image.shape[0]) == size:
                return image, ""
            shrink = size[0] < image.shape[1]
            interpolation = cv2.INTER_AREA if shrink else cv2.INTER_LINEAR
            return cv2.resize(image, size, interpolation=interpolation), ""
        page = self._page(index)
        array = _render_page(page, dpi / 72)
        text = self._textpage(index).get_text_range() if with_text else ""
        return array, text

    def page_text(self, index: int) -> str:
        """The page's text layer as one string (cheap; for pairing pages)."""
        if self._pdf is None:
            return ""
        return self._textpage(index).get_text_range()

    def content(self, index: int, read: list[bool] | None = None) -> PageContent:
        """Characters with boxes and styles, and the graphic objects, of one page; with
        `read`, only the characters it marks (see focus.py), the others left out."""
        size = self.page_size(index)
        if self._pdf is None:
            return PageContent(size=size)
        page = self._page(index)
        to_view = PageView(page.get_bbox(), page.get_rotation())
        codes = self._page_codes(index)
        chars, has_text = _read_chars(self._textpage(index), to_view, codes, read)
        objects = _read_objects(page, to_view)
        trim = _trim_box(page, to_view)
        return PageContent(
            size=size, chars=chars, objects=objects, has_text_layer=has_text, trim=trim
        )

    def skim(self, index: int) -> Skim | None:
        """The page's text layer skimmed (see focus.py); None for a raster or a rotated page."""
        if self._pdf is None:
            return None
        page = self._page(index)
        to_view = PageView(page.get_bbox(), page.get_rotation())
        if to_view.rotation != 0:
            return None
        return _skim_chars(self._textpage(index), to_view, self._page_codes(index))

    def _page_codes(self, index: int) -> list[int]:
        textpage = self._textpage(index)  # (loading another page drops the codes held)
        if self._loaded_codes is None:
            self._loaded_codes = _codes(textpage)
        return self._loaded_codes

    def _page(self, index: int) -> pdfium.PdfPage:
        if self._loaded is None or self._loaded[0] != index:
            self._unload()
            self._loaded = (index, self._pdf[index], None)  # type: ignore[index]
        return self._loaded[1]

    def _textpage(self, index: int) -> pdfium.PdfTextPage:
        page = self._page(index)
        loaded = self._loaded
        assert loaded is not None
        if loaded[2] is None:
            self._loaded = (index, page, page.get_textpage())
        return self._loaded[2]  # type: ignore[index,return-value]

    def _unload(self) -> None:
        if self._loaded is not None:
            _, page, textpage = self._loaded
            self._loaded = None
            self._loaded_codes = None
            if textpage is not None:
                textpage.close()
            page.close()

    def close(self) -> None:
        self._unload()
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None


def _render_page(page: pdfium.PdfPage, scale: float) -> np.ndarray:
    """The page drawn on white, with its annotations, as a BGR array: what pypdfium2's
    page.render(scale, fill_color=white, draw_annots=True) gives, the same size and pixels,
    drawn straight into a NumPy array already white rather than into a zeroed buffer that
    PDFium then paints white pixel by pixel (a few milliseconds a page) and NumPy copies."""
    width = math.ceil(page.get_width() * scale)
    height = math.ceil(page.get_height() * scale)
    if width < 1 or height < 1:
        raise ValueError("Crop exceeds page dimensions")
    array = np.full((height, width, 3), 255, dtype=np.uint8)
    bitmap = pdfium_c.FPDFBitmap_CreateEx(
        width, height, pdfium_c.FPDFBitmap_BGR, array.ctypes.data, width * 3
    )
    if not bitmap:
        raise pdfium.PdfiumError("Failed to create bitmap.")
    try:
        flags = pdfium_c.FPDF_ANNOT
        pdfium_c.FPDF_RenderPageBitmap(bitmap, page.raw, 0, 0, width, height, 0, flags)
    finally:
        pdfium_c.FPDFBitmap_Destroy(bitmap)
    return array


# A page whose size, as PDFium gives it from the page tree, lies this close to a limit is
# loaded to be measured exactly before it is judged (that size is rounded to single precision).
_SIZE_CHECK_MARGIN_PT = 0.1


def _page_size(page: pdfium.PdfPage) -> tuple[float, float]:
    """A loaded page's size in points as seen: its crop box, turned by its /Rotate."""
    left, bottom, right, top = page.get_bbox()
    width, height = abs(right - left), abs(top - bottom)
    if page.get_rotation() in (90, 270):
        width, height = height, width
    return width, height


class PageView:
    """Maps a box in PDF user space (x0, y0, x1, y1, y up) to the page as rendered and seen:
    points from the top-left corner of the crop box, after the page's /Rotate."""

    def __init__(self, crop: tuple[float, float, float, float], rotation: int) -> None:
        self.crop = crop
        self.rotation = rotation % 360

    def __call__(self, x0: float, y0: float, x1: float, y1: float) -> Box:
        left, bottom, right, top = self.crop
        if self.rotation == 90:  # turned clockwise: the left edge is now the top
            xs, ys = (y0 - bottom, y1 - bottom), (x0 - left, x1 - left)
        elif self.rotation == 180:
            xs, ys = (right - x0, right - x1), (y0 - bottom, y1 - bottom)
        elif self.rotation == 270:
            xs, ys = (top - y0, top - y1), (right - x0, right - x1)
        else:
            xs, ys = (x0 - left, x1 - left), (top - y0, top - y1)
        return (min(xs), min(ys), max(xs), max(ys))


def _trim_box(page: pdfium.PdfPage, to_view: PageView) -> Box | None:
    """The trim box in top-left page points, if it lies strictly inside the visible page (a
    file with bleed and crop marks); None when the page is the finished size."""
    left, bottom, right, top = to_view.crop
    try:
        t_left, t_bottom, t_right, t_top = page.get_trimbox()
    except pdfium.PdfiumError:
        return None
    inside = t_left > left + 1 or t_bottom > bottom + 1 or t_right < right - 1 or t_top < top - 1
    if not inside or t_right - t_left < 10 or t_top - t_bottom < 10:
        return None
    return to_view(max(t_left, left), max(t_bottom, bottom), min(t_right, right), min(t_top, top))


def _pdfium_problem(error: pdfium.PdfiumError) -> str:
    code = getattr(error, "err_code", None)
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return "the PDF is encrypted and needs a password"
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return "the PDF uses an unsupported security handler"
    if code == pdfium_c.FPDF_ERR_FORMAT:
        return "the PDF is corrupt or truncated"
    if code == pdfium_c.FPDF_ERR_FILE:
        return "the file cannot be opened"
    return "the PDF cannot be read"


def _raster_dpi(image: Image.Image, fit_size: tuple[float, float] | None) -> tuple[float, float]:
    dpi = image.info.get("dpi")
    if dpi:
        try:
            x_dpi, y_dpi = float(dpi[0]), float(dpi[1])
        except (TypeError, ValueError, IndexError):
            x_dpi = y_dpi = 0.0
        # Exporters write 1 or a default when they mean "unknown": a stated resolution is
        # trusted when plausible and, if the other side is a page, when it gives that size.
        plausible = 20 <= x_dpi <= 10000 and 20 <= y_dpi <= 10000
        if plausible and (fit_size is None or _close_to(image.size, (x_dpi, y_dpi), fit_size)):
            return (x_dpi, y_dpi)
    if fit_size is not None:
        scale = image.size[0] / fit_size[0] * 72
        return (scale, scale)
    return (FALLBACK_RASTER_DPI, FALLBACK_RASTER_DPI)


def _close_to(pixels: tuple[int, int], dpi: tuple[float, float], size: tuple[float, float]) -> bool:
    """Whether the raster at its stated resolution has (within 2%) the other side's size."""
    width, height = pixels[0] / dpi[0] * 72, pixels[1] / dpi[1] * 72
    return abs(width - size[0]) <= 0.02 * size[0] and abs(height - size[1]) <= 0.02 * size[1]


# -- text layer ----------------------------------------------------------------------------
_LIGATURES = {chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
UNKNOWN_CHAR = "\ufffd"


def _bare(function, restype):
    """A PDFium function called without converting its arguments: only with ctypes instances
    (the text page as a c_void_p), references to them and ints that fit a C int. Going through
    its declared prototype costs several times the call itself on every character."""
    return ctypes.CFUNCTYPE(restype)(ctypes.cast(function, ctypes.c_void_p).value)


_get_char_box = _bare(pdfium_c.FPDFText_GetCharBox, ctypes.c_int)
_get_text_object = _bare(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)
_is_generated = _bare(pdfium_c.FPDFText_IsGenerated, ctypes.c_int)
_is_hyphen = _bare(pdfium_c.FPDFText_IsHyphen, ctypes.c_int)
_has_map_error = _bare(pdfium_c.FPDFText_HasUnicodeMapError, ctypes.c_int)
_get_font_info = _bare(pdfium_c.FPDFText_GetFontInfo, ctypes.c_ulong)
_get_font_weight = _bare(pdfium_c.FPDFText_GetFontWeight, ctypes.c_int)
_get_char_matrix = _bare(pdfium_c.FPDFText_GetMatrix, ctypes.c_int)
_get_font_size = _bare(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)
_get_fill_color = _bare(pdfium_c.FPDFText_GetFillColor, ctypes.c_int)
_get_object_font = _bare(pdfium_c.FPDFTextObj_GetFont, ctypes.c_void_p)
_count_page_objects = _bare(pdfium_c.FPDFPage_CountObjects, ctypes.c_int)
_get_page_object = _bare(pdfium_c.FPDFPage_GetObject, ctypes.c_void_p)
_count_form_objects = _bare(pdfium_c.FPDFFormObj_CountObjects, ctypes.c_int)
_get_form_object = _bare(pdfium_c.FPDFFormObj_GetObject, ctypes.c_void_p)
_get_object_type = _bare(pdfium_c.FPDFPageObj_GetType, ctypes.c_int)


def _codes(textpage: pdfium.PdfTextPage) -> list[int]:
    """The code point of every character of the text page."""
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    # All code points in one call (one UTF-16 unit per character unless the page holds
    # characters beyond the BMP, in which case they are read one by one).
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(raw, 0, count, buffer) if count else 0
    codes = list(buffer[: max(0, written - 1)])
    if len(codes) != count or any(0xD800 <= code < 0xE000 for code in codes):
        codes = [pdfium_c.FPDFText_GetUnicode(raw, index) for index in range(count)]
    return _unswapped(codes)


def _skim_chars(textpage: pdfium.PdfTextPage, to_view: PageView, codes: list[int]) -> Skim:
    """Every character's code (`codes`, see _codes), and the top and bottom of those that have
    a box (an unrotated page only): one PDFium call a character, the arithmetic left to NumPy."""
    address = ctypes.c_void_p(ctypes.cast(textpage.raw, ctypes.c_void_p).value)
    left_, right_, bottom_, top_ = (ctypes.c_double() for _ in range(4))
    left_ref, right_ref = ctypes.byref(left_), ctypes.byref(right_)
    bottom_ref, top_ref = ctypes.byref(bottom_), ctypes.byref(top_)
    get_box, nan = _get_char_box, math.nan
    edges: list[float] = []
    append = edges.append
    for index, code in enumerate(codes):
        if code == 32 or code == 10 or code == 13:
            append(nan)
            append(nan)
            continue
        get_box(address, index, left_ref, right_ref, bottom_ref, top_ref)
        append(top_.value)
        append(bottom_.value)
    # PDF y grows upwards: a box's top and bottom from the page's top edge, in either order.
    pairs = to_view.crop[3] - np.array(edges).reshape(-1, 2)
    return Skim(codes, pairs.min(axis=1), pairs.max(axis=1))


def _has_text(codes: list[int]) -> bool:
    """Whether any character is more than white space (what the characters read would say)."""
    return any(code >= 0x110000 or not chr(code).isspace() for code in set(codes))


def _read_chars(
    textpage: pdfium.PdfTextPage,
    to_view: PageView,
    codes: list[int],
    read: list[bool] | None = None,
) -> tuple[list[Char], bool]:
    """The page's characters (`codes`: their code points, see _codes; only those `read`
    marks, when given), and whether it has any text at all."""
    raw = textpage.raw
    left_, right_, bottom_, top_ = (ctypes.c_double() for _ in range(4))
    style_reader = _StyleReader()
    styles: dict[int, tuple] = {}
    chars: list[Char] = []
    # The loop runs once per character of every compared page, so it is kept lean: the
    # PDFium calls take the text page as a plain address and no argument conversion (see
    # _bare), their output arguments are passed by prepared references, and an unrotated
    # page's boxes are mapped inline.
    address = ctypes.c_void_p(ctypes.cast(raw, ctypes.c_void_p).value)
    get_box, get_object = _get_char_box, _get_text_object
    is_generated, is_hyphen, has_map_error = _is_generated, _is_hyphen, _has_map_error
    box_refs = tuple(ctypes.byref(value) for value in (left_, right_, bottom_, top_))
    crop_left, _, _, crop_top = to_view.crop
    upright = to_view.rotation == 0
    append = chars.append
    new_tuple, char_type = tuple.__new__, Char
    ligatures = _LIGATURES
    line_break = False
    previous_top = previous_left = previous_height = 0.0
    has_previous = False
    for index, code in enumerate(codes):
        if read is not None and not read[index]:
            # A line left out: the next character read starts a line of its own.
            line_break = True
            continue
        if 32 < code < 0xFFFD and code != 0xAD:
            text = ligatures.get(chr(code)) or chr(code) if code >= 0xFB00 else chr(code)
            hyphen = text == "-" and is_hyphen(address, index) == 1
        else:
            text = chr(code) if 0 < code < 0x110000 else UNKNOWN_CHAR
            if code == 0xFFFD or (code < 32 and has_map_error(address, index)):
                # The font does not say which character this glyph is (common after a
                # re-distill that re-encodes fonts): known to be a character, not which one.
                text = UNKNOWN_CHAR
            if text in ("\r", "\n"):
                line_break = True
                continue
            if text == " " and is_generated(address, index) == 1:
                append(new_tuple(char_type, (" ", (0, 0, 0, 0), _NO_STYLE, line_break, False)))
                continue
            hyphen = False
            if text in ("\x02", "\xad", "\ufffe"):
                # PDFium reports a soft hyphen as U+FFFE (or U+0002): a break, not a character.
                hyphen = text != "\x02" or is_hyphen(address, index) == 1
                text = "-" if text == "\x02" else "\xad"
        get_box(address, index, *box_refs)
        if upright:
            x0, x1 = left_.value - crop_left, right_.value - crop_left
            y0, y1 = crop_top - top_.value, crop_top - bottom_.value
            box = (
                x0 if x0 < x1 else x1,
                y0 if y0 < y1 else y1,
                x1 if x1 > x0 else x0,
                y1 if y1 > y0 else y0,
            )
        else:
            box = to_view(left_.value, bottom_.value, right_.value, top_.value)
        object_key = get_object(address, index) or 0
        style = styles.get(object_key)
        if style is None or object_key == 0:
            style = styles[object_key] = style_reader(address, index, object_key)
        if has_previous and not line_break:
            # A new line that the text layer did not mark: lower down and back to the left.
            line_break = box[1] > previous_top + 0.6 * previous_height and box[0] < previous_left
        append(new_tuple(char_type, (text, box, style, line_break, hyphen)))
        previous_left, previous_top, previous_height = box[0], box[1], box[3] - box[1]
        has_previous = True
        line_break = False
    return chars, _has_text(codes)


_NO_STYLE: tuple = ("", 0, 0, False, (0, 0, 0))


def _swapped(code: int) -> bool:
    return code & 0xFF == 0 and 0x21 <= code >> 8 <= 0x7E


# Every code _swapped is true of (looked up in one set operation for a whole page).
_SWAPPED_CODES = frozenset(code for code in range(0x2100, 0x7F00, 0x100) if _swapped(code))


def _latin(code: int) -> bool:
    return 0x41 <= code <= 0x5A or 0x61 <= code <= 0x7A or 0xC0 <= code <= 0x17F


def _unswapped(codes: list[int]) -> list[int]:
    """Ghostscript writes some ligatures' Unicode with its two bytes swapped ("f" as U+6600,
    "tuffeau" read as "tu昀昀eau"): such a code next to Latin letters is that letter."""
    if _SWAPPED_CODES.isdisjoint(codes):
        return codes
    fixed = list(codes)
    for index, code in enumerate(codes):
        if not _swapped(code):
            continue
        neighbours = codes[max(0, index - 2) : index] + codes[index + 1 : index + 3]
        if any(_latin(other) for other in neighbours):
            fixed[index] = code >> 8
    return fixed


class _StyleReader:
    """Reads font name, visible size, weight, slant and fill colour of one character (the same
    for every character of its text object, so read once per object) into prepared buffers;
    a font's name, weight and slant once per font."""

    def __init__(self) -> None:
        self.name_buffer = ctypes.create_string_buffer(256)
        self.name_length = ctypes.c_ulong(256)
        self.flags = ctypes.c_int()
        self.matrix = pdfium_c.FS_MATRIX()
        self.rgba = tuple(ctypes.c_uint() for _ in range(4))
        self.name_ref = ctypes.byref(self.name_buffer)
        self.flags_ref = ctypes.byref(self.flags)
        self.matrix_ref = ctypes.byref(self.matrix)
        self.rgba_refs = tuple(ctypes.byref(value) for value in self.rgba)
        self.fonts: dict[int, tuple[str, int, bool]] = {}

    def __call__(self, address: ctypes.c_void_p, index: int, text_object: int) -> tuple:
        """`text_object`: the character's text object (0 when it has none)."""
        # PDFium reads a character's font name and weight from its text object's font.
        font = _get_object_font(ctypes.c_void_p(text_object)) if text_object else None
        known = self.fonts.get(font) if font else None
        if known is not None:
            name, weight, italic = known
        else:
            name, weight, italic = self._font(address, index)
            if font:
                self.fonts[font] = (name, weight, italic)
        # The size a reader sees: the nominal size scaled by the text and page matrices
        # (browsers print at 0.75 pt per pixel; Ghostscript folds that scale into the size).
        _get_char_matrix(address, index, self.matrix_ref)
        matrix = self.matrix
        scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5 or 1.0
        size = round(_get_font_size(address, index) * scale, 1)
        color = (0, 0, 0)
        if _get_fill_color(address, index, *self.rgba_refs):
            red, green, blue, _ = self.rgba
            color = (red.value, green.value, blue.value)
        return (name, size, weight, italic, color)

    def _font(self, address: ctypes.c_void_p, index: int) -> tuple[str, int, bool]:
        length = _get_font_info(address, index, self.name_ref, self.name_length, self.flags_ref)
        name = self.name_buffer.raw[: max(0, length - 1)].decode("utf-8", "replace")
        name = name.split("+", 1)[1] if len(name) > 7 and name[6] == "+" else name
        weight = _get_font_weight(address, index)
        # The slant is read from the name: the descriptor flags and weights are rewritten by
        # re-distilling tools and would make an untouched file look restyled.
        italic = "italic" in name.lower() or "oblique" in name.lower()
        return name, weight, italic


# -- graphic objects -----------------------------------------------------------------------
def _read_objects(page: pdfium.PdfPage, to_view: PageView) -> list[GraphicObject]:
    kinds = {
        pdfium_c.FPDF_PAGEOBJ_PATH: "path",
        pdfium_c.FPDF_PAGEOBJ_IMAGE: "image",
        pdfium_c.FPDF_PAGEOBJ_SHADING: "shading",
    }
    form_type = pdfium_c.FPDF_PAGEOBJ_FORM
    # Form XObjects are read this many levels deep (as pypdfium2's get_objects does).
    max_depth = 15

    def walk(parent: ctypes.c_void_p, count_objects, get_object, level: int):
        """Each object's handle (an address) and type, a Form XObject's objects right after
        it. (Through PDFium's handles, called bare (see _bare): a Python helper for each
        object, most of them text, cost more than reading the few drawn ones.)"""
        count = count_objects(parent)
        if count < 0:
            raise pdfium.PdfiumError("Failed to get number of pageobjects.")
        for index in range(count):
            address = get_object(parent, index)
            if not address:
                raise pdfium.PdfiumError("Failed to get pageobject.")
            handle = ctypes.c_void_p(address)
            object_type = _get_object_type(handle)
            if object_type == pdfium_c.FPDF_PAGEOBJ_UNKNOWN:
                raise pdfium.PdfiumError("Failed to determine pageobject type.")
            yield address, object_type
            if object_type == form_type and level < max_depth - 1:
                yield from walk(handle, _count_form_objects, _get_form_object, level + 1)

    objects: list[GraphicObject] = []
    r, g, b, a = (ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint())
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    fill_mode, stroked = ctypes.c_int(), ctypes.c_int()
    width, matrix = ctypes.c_float(), pdfium_c.FS_MATRIX()
    page_handle = ctypes.c_void_p(ctypes.cast(page.raw, ctypes.c_void_p).value)
    every_object = walk(page_handle, _count_page_objects, _get_page_object, 0)
    for address, object_type in every_object:
        kind = kinds.get(object_type)
        if kind is None:
            continue
        raw = ctypes.cast(address, pdfium_c.FPDF_PAGEOBJECT)
        if not pdfium_c.FPDFPageObj_GetBounds(raw, left, bottom, right, top):
            continue
        box = to_view(left.value, bottom.value, right.value, top.value)
        fill = stroke = None
        stroke_width = 0.0
        opaque = kind == "image"
        if kind == "path" and pdfium_c.FPDFPath_GetDrawMode(raw, fill_mode, stroked):
            filled = fill_mode.value != pdfium_c.FPDF_FILLMODE_NONE
            if filled and pdfium_c.FPDFPageObj_GetFillColor(raw, r, g, b, a):
                fill = (r.value, g.value, b.value)
                opaque = a.value == 255
            if stroked.value and pdfium_c.FPDFPageObj_GetStrokeColor(raw, r, g, b, a):
                stroke = (r.value, g.value, b.value)
                stroke_width = _stroke_width(raw, width, matrix)
        segments = pdfium_c.FPDFPath_CountSegments(raw) if kind == "path" else 0
        objects.append(GraphicObject(kind, box, fill, stroke, opaque, segments, stroke_width))
    return objects


def _stroke_width(raw, width, matrix) -> float:
    """A stroked path's line width in page points: its nominal width scaled by its matrix (a
    re-distiller may fold a scale into either)."""
    if not pdfium_c.FPDFPageObj_GetStrokeWidth(raw, width):
        return 0.0
    scale = 1.0
    if pdfium_c.FPDFPageObj_GetMatrix(raw, matrix):
        scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5 or 1.0
    return round(width.value * scale, 2)


def open_source(
    path: str | os.PathLike, fit_size: tuple[float, float] | None = None
) -> tuple[Source, str]:
    """Open a file for comparison; returns the source and its SHA-256."""
    name, kind, sha256 = describe(path)
    return Source(name, kind, fit_size), sha256


def display_name(path: str | os.PathLike) -> str:
    return Path(path).name
