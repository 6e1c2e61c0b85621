"""Real PDFs for the compare tests, drawn with reportlab, re-distilled with Ghostscript and
exported to rasters with pypdfium2, so each test compares files like the ones designers send."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

WIDTH, HEIGHT = A4
PT_PER_MM = 72 / 25.4

PARAGRAPH = (
    "Our studio designed this leaflet for the spring season. The garden opens every morning "
    "at nine, guided tours leave from the glasshouse on the hour, and the café serves lunch "
    "until three. Groups of more than ten people are asked to book their visit in advance."
)

BASE: dict = {
    "title": "Jardin des Plantes",
    "phone": "02 41 88 47 35",
    "price": "Adult ticket 12.50 €",
    "date": "Opening day: Saturday 5 April 2025",
    "paragraph": PARAGRAPH,
    "paragraph_width": 150 * mm,
    "footer": "Printed in Angers: 18:30.",
    "footer_font": "Helvetica",
    "footer_size": 10,
    "footer_color": (0.1, 0.1, 0.1),
    "tint": (0.85, 0.35, 0.25),
    "tint_box": (20 * mm, 40 * mm, 30 * mm, 20 * mm),  # x, y (from bottom), w, h
    "swatch": (0.40, 0.55, 0.35),
    "logo_x": 170 * mm,
    "logo_y": HEIGHT - 30 * mm,
    "photo_seed": 3,
    "photo_patch": False,
    "extra_line": False,
}


def photo_reader(seed: int, patch: bool) -> ImageReader:
    rng = np.random.default_rng(seed)
    height, width = 240, 360
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    image = np.stack([80 + 140 * y / height, 110 + 90 * x / width, 190 - 70 * y / height], -1)
    image[((x - 120) ** 2 + (y - 150) ** 2) < 55**2] = (220, 170, 60)
    image += rng.normal(0, 5, image.shape)
    if patch:  # a retouch: a dark blot on the right of the picture
        image[60:130, 230:320] = (40, 40, 50)
    buffer = io.BytesIO()
    Image.fromarray(np.clip(image, 0, 255).astype(np.uint8)).save(buffer, "JPEG", quality=90)
    buffer.seek(0)
    return ImageReader(buffer)


def draw_page(canvas: Canvas, spec: dict) -> None:
    canvas.setFillColor(Color(0.1, 0.1, 0.1))
    canvas.setFont("Helvetica-Bold", 22)
    canvas.drawString(20 * mm, HEIGHT - 30 * mm, spec["title"])
    canvas.setFont("Helvetica", 12)
    canvas.drawString(20 * mm, HEIGHT - 42 * mm, spec["date"])
    canvas.drawString(20 * mm, HEIGHT - 52 * mm, f"Phone: {spec['phone']}")
    canvas.drawString(20 * mm, HEIGHT - 62 * mm, spec["price"])
    style = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=15)
    body = Paragraph(spec["paragraph"], style)
    _, height = body.wrap(spec["paragraph_width"], 300)
    body.drawOn(canvas, 20 * mm, HEIGHT - 75 * mm - height)
    if spec["photo_seed"] is not None:
        canvas.drawImage(
            photo_reader(spec["photo_seed"], spec["photo_patch"]),
            20 * mm,
            90 * mm,
            90 * mm,
            60 * mm,
        )
    canvas.setFillColor(Color(*spec["tint"]))
    canvas.rect(*spec["tint_box"], stroke=0, fill=1)
    # A small swatch of 1.5 × 1.5 mm (2.25 mm²): the smallest area whose colour must be watched.
    canvas.setFillColor(Color(*spec["swatch"]))
    canvas.rect(150 * mm, 60 * mm, 1.5 * mm, 1.5 * mm, stroke=0, fill=1)
    # Logo: a star of triangles, vector only.
    canvas.setFillColor(Color(0.2, 0.4, 0.8))
    path = canvas.beginPath()
    cx, cy = spec["logo_x"], spec["logo_y"]
    for k in range(10):
        radius = 9 * mm if k % 2 == 0 else 4 * mm
        angle = np.pi / 2 + k * np.pi / 5
        point = (cx + radius * np.cos(angle), cy + radius * np.sin(angle))
        path.moveTo(*point) if k == 0 else path.lineTo(*point)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    if spec["extra_line"]:
        canvas.setStrokeColor(Color(0.1, 0.1, 0.1))
        canvas.setLineWidth(1.2)
        canvas.line(120 * mm, 120 * mm, 190 * mm, 120 * mm)
    canvas.setFillColor(Color(*spec["footer_color"]))
    canvas.setFont(spec["footer_font"], spec["footer_size"])
    canvas.drawString(20 * mm, 20 * mm, spec["footer"])


def plain_page(canvas: Canvas, label: str) -> None:
    canvas.setFillColor(Color(0.1, 0.1, 0.1))
    canvas.setFont("Helvetica-Bold", 24)
    canvas.drawString(20 * mm, HEIGHT - 40 * mm, f"Chapter {label}")
    canvas.setFont("Helvetica", 11)
    for row in range(8):
        canvas.drawString(
            20 * mm, HEIGHT - (60 + 8 * row) * mm, f"Section {label}.{row}: notes about {label}"
        )


def write_pdf(path: Path, pages: list[Callable[[Canvas], None]], compress: bool = True) -> Path:
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1 if compress else 0)
    for draw in pages:
        draw(canvas)
        canvas.showPage()
    canvas.save()
    return path


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    """make_pdf(name, **changes) -> a one-page leaflet with BASE changed by `changes`."""

    def build(name: str, compress: bool = True, **changes: object) -> Path:
        spec = {**BASE, **changes}
        return write_pdf(tmp_path / name, [lambda canvas: draw_page(canvas, spec)], compress)

    return build


@pytest.fixture
def make_book(tmp_path: Path) -> Callable[[str, list[str]], Path]:
    """make_book(name, ["A", "B", ...]) -> a PDF with one distinct chapter page per label."""

    def build(name: str, labels: list[str]) -> Path:
        pages = [lambda canvas, label=label: plain_page(canvas, label) for label in labels]
        return write_pdf(tmp_path / name, pages)

    return build


@pytest.fixture
def tesseract() -> None:
    """Raster exports are read by Tesseract with English and French."""
    from ownup.compare import ocr

    if ocr.languages() != "eng+fra":
        pytest.fail("Tesseract is needed: apt-get install tesseract-ocr tesseract-ocr-fra")


@pytest.fixture
def redistill(tmp_path: Path) -> Callable[[Path], Path]:
    """The same PDF through a print house's workflow: Ghostscript pdfwrite, /prepress."""
    if shutil.which("gs") is None:
        pytest.fail("Ghostscript (gs) is needed: apt-get install ghostscript")

    def run(source: Path) -> Path:
        target = tmp_path / f"{source.stem}-distilled.pdf"
        subprocess.run(
            [
                "gs",
                "-q",
                "-dBATCH",
                "-dNOPAUSE",
                "-dSAFER",
                "-sDEVICE=pdfwrite",
                "-dPDFSETTINGS=/prepress",
                f"-sOutputFile={target}",
                str(source),
            ],
            check=True,
            timeout=60,
        )
        return target

    return run


@pytest.fixture
def export_png(tmp_path: Path) -> Callable[..., Path]:
    """A PDF page exported as a PNG at `dpi`, with or without its resolution in the metadata."""

    def run(source: Path, dpi: int = 200, with_dpi: bool = True, fmt: str = "PNG") -> Path:
        pdf = pdfium.PdfDocument(str(source))
        image = pdf[0].render(scale=dpi / 72).to_pil().convert("RGB")
        pdf.close()
        suffix = {"PNG": ".png", "JPEG": ".jpg", "TIFF": ".tif"}[fmt]
        target = tmp_path / f"{source.stem}-{dpi}{suffix}"
        extra = {"dpi": (dpi, dpi)} if with_dpi else {}
        if fmt == "JPEG":
            extra["quality"] = 95
        image.save(target, fmt, **extra)
        return target

    return run


def mm_box(box: list[float] | tuple[float, ...]) -> tuple[float, ...]:
    return tuple(v / PT_PER_MM for v in box)


def contains_point(box: list[float] | None, x_mm: float, y_mm_from_top: float) -> bool:
    """Whether a change box (points from top-left) contains a point given in mm from top-left."""
    if box is None:
        return False
    x, y = x_mm * PT_PER_MM, y_mm_from_top * PT_PER_MM
    return box[0] - 2 <= x <= box[2] + 2 and box[1] - 2 <= y <= box[3] + 2
