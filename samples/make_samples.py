"""Make the sample pair that ships with ownup: an approved event brochure and the final file.

The final file differs from the approved proof the way the story in PRODUCT.md goes wrong:
one swapped digit in the phone number, a changed price, a header tint shifted by about ΔE 3
and a logo nudged out of place. Run: python samples/make_samples.py
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

HERE = Path(__file__).resolve().parent
WIDTH, HEIGHT = A4

HEADER_TINT = (0.13, 0.42, 0.56)
# The same blue, 3 % lighter: about ΔE00 3, the kind of drift a print client sees and a screen
# diff at default settings does not.
HEADER_TINT_FINAL = (0.16, 0.45, 0.59)

INTRO = (
    "For its twelfth edition, the Festival des Lumières returns to the banks of the Maine with "
    "three evenings of concerts, street theatre and light installations. Local artists and "
    "guests from across Europe share the stage at the old port, and every evening ends with a "
    "projection on the cathedral front. Children under twelve are welcome free of charge when "
    "accompanied by an adult."
)
PRACTICAL = (
    "Gates open at 18:30 each evening. The festival site is accessible to wheelchairs, and a "
    "quiet area is reserved near the information tent. Food trucks and a local producers' "
    "market run until midnight. Bicycles can be parked for free at the Quai Ligny entrance."
)


def photo(seed: int) -> ImageReader:
    """A photo-like picture: soft gradients, a few shapes and grain, saved as JPEG."""
    rng = np.random.default_rng(seed)
    height, width = 360, 540
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    sky = np.stack([90 + 120 * y / height, 120 + 80 * y / height, 200 - 60 * y / height], -1)
    image = sky.copy()
    for cx, cy, radius, colour in [(140, 250, 70, (230, 180, 60)), (380, 230, 110, (40, 90, 60))]:
        inside = (x - cx) ** 2 + (y - cy) ** 2 < radius**2
        image[inside] = colour
    image += rng.normal(0, 6, image.shape)
    buffer = io.BytesIO()
    Image.fromarray(np.clip(image, 0, 255).astype(np.uint8)).save(buffer, "JPEG", quality=88)
    buffer.seek(0)
    return ImageReader(buffer)


def logo(canvas: Canvas, x: float, y: float) -> None:
    """A small vector logo: a sun of rays around a disc, with the initials."""
    canvas.saveState()
    canvas.setFillColor(Color(0.93, 0.55, 0.12))
    canvas.circle(x, y, 9 * mm, stroke=0, fill=1)
    canvas.setStrokeColor(Color(0.93, 0.55, 0.12))
    canvas.setLineWidth(1.6)
    for step in range(12):
        angle = step * np.pi / 6
        canvas.line(
            x + 11 * mm * np.cos(angle),
            y + 11 * mm * np.sin(angle),
            x + 14 * mm * np.cos(angle),
            y + 14 * mm * np.sin(angle),
        )
    canvas.setFillColor(Color(1, 1, 1))
    canvas.setFont("Helvetica-Bold", 13)
    canvas.drawCentredString(x, y - 4.5, "FL")
    canvas.restoreState()


def paragraph(canvas: Canvas, text: str, x: float, top: float, width: float) -> None:
    style = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14)
    flowable = Paragraph(text, style)
    _, height = flowable.wrap(width, 400)
    flowable.drawOn(canvas, x, top - height)


def brochure(path: Path, final: bool) -> None:
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setTitle("Festival des Lumières 2025 — brochure")
    canvas.setCreator("ownup samples")

    # Page 1: cover
    canvas.setFillColor(Color(*(HEADER_TINT_FINAL if final else HEADER_TINT)))
    canvas.rect(0, HEIGHT - 70 * mm, WIDTH, 70 * mm, stroke=0, fill=1)
    logo(canvas, (34 if final else 30) * mm, HEIGHT - (38 if final else 35) * mm)
    canvas.setFillColor(Color(1, 1, 1))
    canvas.setFont("Helvetica-Bold", 30)
    canvas.drawString(55 * mm, HEIGHT - 32 * mm, "Festival des Lumières")
    canvas.setFont("Helvetica", 15)
    canvas.drawString(55 * mm, HEIGHT - 45 * mm, "Angers · 12, 13 and 14 June 2025")
    canvas.drawImage(photo(7), 20 * mm, HEIGHT - 190 * mm, 170 * mm, 110 * mm)
    paragraph(canvas, INTRO, 20 * mm, HEIGHT - 200 * mm, 170 * mm)
    canvas.setFillColor(Color(0.1, 0.1, 0.1))
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(20 * mm, 30 * mm, "Tickets and information")
    canvas.setFont("Helvetica", 12)
    phone = "02 41 88 74 35" if final else "02 41 88 47 35"
    canvas.drawString(20 * mm, 23 * mm, f"Phone: {phone} · festival-lumieres.example")
    canvas.showPage()

    # Page 2: programme and prices
    canvas.setFillColor(Color(0.1, 0.1, 0.1))
    canvas.setFont("Helvetica-Bold", 20)
    canvas.drawString(20 * mm, HEIGHT - 30 * mm, "Programme")
    canvas.setFont("Helvetica", 11)
    programme = [
        ("Thursday 12 June", "Opening parade, brass bands, fire dancers"),
        ("Friday 13 June", "Concerts at the old port, light installations"),
        ("Saturday 14 June", "Street theatre, closing projection at 23:00"),
    ]
    for row, (day, what) in enumerate(programme):
        y = HEIGHT - (45 + row * 9) * mm
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawString(20 * mm, y, day)
        canvas.setFont("Helvetica", 11)
        canvas.drawString(62 * mm, y, what)
    canvas.setFont("Helvetica-Bold", 20)
    canvas.drawString(20 * mm, HEIGHT - 90 * mm, "Prices")
    prices = [
        ("One-evening pass", "18.00 €"),
        ("Three-evening pass", "42.00 €" if final else "45.00 €"),
        ("Family pass (2 adults, 2 children)", "95.00 €"),
        ("Students and jobseekers", "12.00 €"),
    ]
    for row, (label, price) in enumerate(prices):
        y = HEIGHT - (104 + row * 10) * mm
        canvas.setFillColor(Color(0.94, 0.95, 0.97) if row % 2 == 0 else Color(1, 1, 1))
        canvas.rect(18 * mm, y - 3 * mm, 120 * mm, 10 * mm, stroke=0, fill=1)
        canvas.setFillColor(Color(0.1, 0.1, 0.1))
        canvas.setFont("Helvetica", 11)
        canvas.drawString(20 * mm, y, label)
        canvas.drawRightString(135 * mm, y, price)
    canvas.drawImage(photo(11), 20 * mm, 40 * mm, 80 * mm, 55 * mm)
    canvas.showPage()

    # Page 3: practical information
    canvas.setFillColor(Color(0.1, 0.1, 0.1))
    canvas.setFont("Helvetica-Bold", 20)
    canvas.drawString(20 * mm, HEIGHT - 30 * mm, "Practical information")
    paragraph(canvas, PRACTICAL, 20 * mm, HEIGHT - 38 * mm, 170 * mm)
    canvas.setStrokeColor(Color(0.13, 0.42, 0.56))
    canvas.setLineWidth(2)
    canvas.rect(20 * mm, HEIGHT - 150 * mm, 100 * mm, 70 * mm, stroke=1, fill=0)
    canvas.setFillColor(Color(0.85, 0.2, 0.2))
    canvas.circle(70 * mm, HEIGHT - 115 * mm, 4 * mm, stroke=0, fill=1)
    canvas.setFillColor(Color(0.1, 0.1, 0.1))
    canvas.setFont("Helvetica", 10)
    canvas.drawString(76 * mm, HEIGHT - 116 * mm, "Festival site, Quai Ligny")
    canvas.setFont("Helvetica-Oblique", 9)
    canvas.drawString(20 * mm, 20 * mm, "Printed on recycled paper. Programme subject to change.")
    canvas.showPage()
    canvas.save()


def main() -> None:
    brochure(HERE / "brochure-approved.pdf", final=False)
    brochure(HERE / "brochure-final.pdf", final=True)
    print("wrote samples/brochure-approved.pdf and samples/brochure-final.pdf")


if __name__ == "__main__":
    main()
