"""Files that cannot be compared, made for real: each builder writes one and returns its path
and a word the one-line error must contain."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfWriter
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas


def empty(folder: Path) -> tuple[Path, str]:
    path = folder / "empty.pdf"
    path.write_bytes(b"")
    return path, "empty"


def not_a_document(folder: Path) -> tuple[Path, str]:
    path = folder / "notes.pdf"  # the name lies; the content decides
    path.write_text("Meeting notes: call the printer on Monday.\n")
    return path, "neither a PDF"


def corrupt(folder: Path) -> tuple[Path, str]:
    path = folder / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    return path, "corrupt"


def truncated(folder: Path, good: Path) -> tuple[Path, str]:
    path = folder / "truncated.pdf"
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path, "truncated"


def truncated_near_the_end(folder: Path, good: Path) -> tuple[Path, str]:
    path = folder / "cut-short.pdf"
    data = good.read_bytes()
    path.write_bytes(data[: len(data) * 9 // 10])
    return path, "truncated"


def encrypted(folder: Path, good: Path) -> tuple[Path, str]:
    path = folder / "encrypted.pdf"
    writer = PdfWriter(clone_from=str(good))
    writer.encrypt(user_password="bat-2025", owner_password="owner", algorithm="RC4-128")
    with open(path, "wb") as handle:
        writer.write(handle)
    return path, "password"


def huge_page(folder: Path) -> tuple[Path, str]:
    path = folder / "banner.pdf"
    canvas = Canvas(str(path), pagesize=(6000 * mm, 900 * mm))
    canvas.drawString(100, 100, "A six-metre banner")
    canvas.showPage()
    canvas.save()
    return path, "5 m"


def too_many_pages(folder: Path) -> tuple[Path, str]:
    path = folder / "phonebook.pdf"
    writer = PdfWriter()
    for _ in range(2001):
        writer.add_blank_page(width=595, height=842)
    with open(path, "wb") as handle:
        writer.write(handle)
    return path, "2001 pages"


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def decompression_bomb(folder: Path) -> tuple[Path, str]:
    """A tiny PNG whose header claims 100 000 × 100 000 pixels (30 GB once decoded)."""
    path = folder / "bomb.png"
    width = height = 100_000
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    row = b"\x00" + b"\x00" * (width * 3)
    compressor = zlib.compressobj(9)
    data = compressor.compress(row * 8) + compressor.flush()
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", data)
        + _png_chunk(b"IEND", b"")
    )
    return path, "too large"


def truncated_png(folder: Path) -> tuple[Path, str]:
    from PIL import Image

    path = folder / "cut.png"
    full = folder / "full.png"
    Image.new("RGB", (800, 600), (200, 40, 40)).save(full)
    # Noise so the data cannot be recovered from the first half.
    import numpy as np

    Image.fromarray(np.random.default_rng(1).integers(0, 255, (600, 800, 3), dtype=np.uint8)).save(
        full
    )
    data = full.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path, "truncated"


def missing(folder: Path) -> tuple[Path, str]:
    return folder / "nowhere.pdf", "no such file"


SIMPLE: list[Callable[[Path], tuple[Path, str]]] = [
    empty,
    not_a_document,
    corrupt,
    huge_page,
    too_many_pages,
    decompression_bomb,
    truncated_png,
    missing,
]
FROM_GOOD: list[Callable[[Path, Path], tuple[Path, str]]] = [
    truncated,
    truncated_near_the_end,
    encrypted,
]
