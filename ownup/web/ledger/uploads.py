"""Check an uploaded proof by its content before anything is stored.

A file is accepted only if its first bytes say PDF, PNG, JPEG or TIFF (the extension is
ignored), it fits the size, page and pixel limits, and the compare engine can open it. Every
refusal is an :class:`UploadRejected` with a one-line message for the page; nothing is stored
until the file has passed."""

from __future__ import annotations

import hashlib
import os
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from PIL import Image

from ownup.compare.inputs import sniff_kind
from ownup.compare.model import CompareInputError

POINTS_PER_MM = 72 / 25.4


class UploadRejected(Exception):
    """The file cannot become a version; the message is meant for the person who sent it."""


@dataclass
class CheckedFile:
    path: Path
    original_name: str
    kind: str
    sha256: str
    size_bytes: int
    page_count: int
    page_sizes: list[tuple[float, float]] = field(default_factory=list)

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


def check_upload(upload: UploadedFile | None) -> CheckedFile:
    """Copy the upload to a private temporary file, hashing it, and check it by content."""
    if upload is None:
        raise UploadRejected(_("Choose a file to upload."))
    limit = settings.OWNUP_MAX_UPLOAD_MB * 1024 * 1024
    if upload.size is not None and upload.size > limit:
        raise UploadRejected(
            _("The file is larger than %(limit)s MB.") % {"limit": settings.OWNUP_MAX_UPLOAD_MB}
        )
    handle, name = tempfile.mkstemp(prefix="ownup-upload-")
    path = Path(name)
    digest = hashlib.sha256()
    size = 0
    try:
        with os.fdopen(handle, "wb") as out:
            for chunk in upload.chunks():
                size += len(chunk)
                if size > limit:
                    raise UploadRejected(
                        _("The file is larger than %(limit)s MB.")
                        % {"limit": settings.OWNUP_MAX_UPLOAD_MB}
                    )
                digest.update(chunk)
                out.write(chunk)
        checked = check_path(path, os.path.basename(upload.name or "file"))
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    checked.sha256 = digest.hexdigest()
    return checked


def check_path(path: Path, original_name: str) -> CheckedFile:
    """Check a file already on disk (also used by the demo loader)."""
    size = path.stat().st_size
    if size == 0:
        raise UploadRejected(_("The file is empty."))
    with open(path, "rb") as handle:
        head = handle.read(1024)
        digest = hashlib.sha256(head)
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    kind = sniff_kind(head)
    if kind is None:
        raise UploadRejected(
            _("This file is not a PDF, PNG, JPEG or TIFF (checked by its content, not its name).")
        )
    sizes = _pdf_pages(path) if kind == "pdf" else _image_pages(path)
    if len(sizes) > settings.OWNUP_MAX_PAGES:
        raise UploadRejected(
            _("The file has %(count)s pages; the limit is %(limit)s.")
            % {"count": len(sizes), "limit": settings.OWNUP_MAX_PAGES}
        )
    limit_pt = settings.OWNUP_MAX_PAGE_MM * POINTS_PER_MM
    for number, (width, height) in enumerate(sizes, start=1):
        if max(width, height) > limit_pt:
            raise UploadRejected(
                _("Page %(page)s measures %(w)s × %(h)s mm, larger than the %(limit)s mm limit.")
                % {
                    "page": number,
                    "w": round(width / POINTS_PER_MM),
                    "h": round(height / POINTS_PER_MM),
                    "limit": settings.OWNUP_MAX_PAGE_MM,
                }
            )
    # Last word to the engine itself: what it cannot open must not enter the ledger.
    from ownup.compare.inputs import open_source

    try:
        source, _sha = open_source(path)
        source.close()
    except CompareInputError as error:
        raise UploadRejected(
            _("The file cannot be read: %(problem)s") % {"problem": error.problem}
        ) from None
    return CheckedFile(
        path=path,
        original_name=original_name[:255],
        kind=kind,
        sha256=digest.hexdigest(),
        size_bytes=size,
        page_count=len(sizes),
        page_sizes=sizes,
    )


def _pdf_pages(path: Path) -> list[tuple[float, float]]:
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        text = str(error).lower()
        if "password" in text:
            raise UploadRejected(
                _("The PDF is protected by a password; export it without protection.")
            ) from None
        raise UploadRejected(_("The PDF is damaged or incomplete and cannot be opened.")) from None
    try:
        count = len(pdf)
        if count == 0:
            raise UploadRejected(_("The PDF has no pages."))
        if count > settings.OWNUP_MAX_PAGES:
            raise UploadRejected(
                _("The file has %(count)s pages; the limit is %(limit)s.")
                % {"count": count, "limit": settings.OWNUP_MAX_PAGES}
            )
        sizes = []
        for index in range(count):
            width, height = pdf.get_page_size(index)
            sizes.append((float(width), float(height)))
        return sizes
    finally:
        pdf.close()


def _image_pages(path: Path) -> list[tuple[float, float]]:
    max_pixels = settings.OWNUP_MAX_IMAGE_MEGAPIXELS * 1_000_000
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                frames = getattr(image, "n_frames", 1)
                sizes = []
                for frame in range(frames):
                    image.seek(frame)
                    width, height = image.size
                    if width * height > max_pixels:
                        raise UploadRejected(
                            _(
                                "The image is %(w)s × %(h)s pixels, more than the %(limit)s "
                                "megapixel limit."
                            )
                            % {
                                "w": width,
                                "h": height,
                                "limit": settings.OWNUP_MAX_IMAGE_MEGAPIXELS,
                            }
                        )
                    dpi = image.info.get("dpi") or (72, 72)
                    try:
                        dx, dy = float(dpi[0]) or 72.0, float(dpi[1]) or 72.0
                    except (TypeError, ValueError, IndexError):
                        dx = dy = 72.0
                    sizes.append((width / dx * 72, height / dy * 72))
                image.seek(0)
                image.load()
    except UploadRejected:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise UploadRejected(_("The image is too large to open safely.")) from None
    except (OSError, ValueError, SyntaxError, EOFError):
        raise UploadRejected(
            _("The image is damaged or incomplete and cannot be opened.")
        ) from None
    return sizes
