"""Producer 1: ReportLab, with our own line breaking (so word boxes are known exactly)."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .model import Doc, Line, Logo, Photo, Rect, Style, TextBlock, font_file
from .photos import photo_file

Box = tuple[float, float, float, float]

rl_config.useA85 = 0  # binary streams: ASCII85 in pure Python would dominate generation time
Layout = dict[str, tuple[int, Box]]


def font_name(style: Style) -> str:
    name = f"{style.family}-{'b' if style.bold else ''}{'i' if style.italic else ''}"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, font_file(style.family, style.bold, style.italic)))
    return name


def width(text: str, style: Style) -> float:
    return pdfmetrics.stringWidth(text, font_name(style), style.size)


HYPHENATE_MIN_LETTERS = 9  # justified text breaks longer words at line ends, as DTP tools do


def layout_block(
    block: TextBlock, measure: Callable[[str, Style], float] | None = None
) -> list[tuple[int, Box, float, str]]:
    """Greedy line breaking: (word index, box, baseline, text drawn) for each word or fragment.

    In justified text a long word that does not fit is hyphenated: its first part, with a
    hyphen, ends the line and the rest starts the next one (two fragments, same word index).
    """
    width = measure or globals()["width"]
    space = width(" ", block.style)
    lines: list[list[tuple[int, float, str]]] = [[]]
    used = 0.0
    for index, word in enumerate(block.words):
        style = word.style or block.style
        text = word.text
        w = width(text, style)
        needed = w if not lines[-1] else used + space + w
        if lines[-1] and needed > block.w:
            room = block.w - used - space
            if block.align == "justify" and len(text) >= HYPHENATE_MIN_LETTERS and text.isalpha():
                for cut in range(len(text) - 3, 3, -1):
                    head = text[:cut] + "-"
                    if width(head, style) <= room:
                        lines[-1].append((index, width(head, style), head))
                        text = text[cut:]
                        w = width(text, style)
                        break
            lines.append([])
            needed = w
        lines[-1].append((index, w, text))
        used = needed
    placed = []
    lh = block.line_height
    for line_no, line in enumerate(lines):
        natural = sum(w for _, w, _ in line) + space * (len(line) - 1)
        gap = space
        x = block.x
        if block.align == "right":
            x += block.w - natural
        elif block.align == "center":
            x += (block.w - natural) / 2
        elif block.align == "justify" and line_no < len(lines) - 1 and len(line) > 1:
            gap = space + (block.w - natural) / (len(line) - 1)
        top = block.y + line_no * lh
        baseline = top + (lh - block.style.size) / 2 + block.style.size * 0.8
        for index, w, text in line:
            size = (block.words[index].style or block.style).size
            box = (x, baseline - size * 0.8, x + w, baseline + size * 0.22)
            placed.append((index, box, baseline, text))
            x += w + gap
    return placed


def _union(boxes: list[Box]) -> Box:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def logo_points(logo: Logo) -> list[tuple[float, float]]:
    """Polygon or star vertices in the logo's 0-100 design space."""
    points = []
    count = logo.sides * (2 if logo.star else 1)
    for i in range(count):
        radius = 30 if not logo.star or i % 2 == 0 else 14
        angle = math.radians(logo.rotation + i * 360 / count - 90)
        points.append((50 + radius * math.cos(angle), 50 + radius * math.sin(angle)))
    return points


def render(
    doc: Doc,
    path: Path,
    assets: Path,
    *,
    invariant: bool = True,
    compress: bool = True,
    creator: str = "ownup corpus",
    jpeg_quality: int = 90,
) -> Layout:
    layout: Layout = {}
    c = canvas.Canvas(str(path), invariant=int(invariant), pageCompression=int(compress))
    c.setCreator(creator)
    c.setTitle(doc.name)
    for page_index, page in enumerate(doc.pages):
        pw, ph = page.size
        c.setPageSize((pw, ph))
        for el in page.elements:
            if isinstance(el, Rect):
                c.saveState()
                if el.fill is not None:
                    c.setFillColorRGB(*(v / 255 for v in el.fill))
                    c.setFillAlpha(el.alpha)
                if el.stroke is not None:
                    c.setStrokeColorRGB(*(v / 255 for v in el.stroke))
                    c.setLineWidth(el.stroke_width)
                args = (el.x, ph - el.y - el.h, el.w, el.h)
                fill, stroke = int(el.fill is not None), int(el.stroke is not None)
                if el.radius:
                    c.roundRect(*args, el.radius, stroke=stroke, fill=fill)
                else:
                    c.rect(*args, stroke=stroke, fill=fill)
                c.restoreState()
                layout[el.id] = (page_index, (el.x, el.y, el.x + el.w, el.y + el.h))
            elif isinstance(el, Line):
                c.saveState()
                c.setStrokeColorRGB(*(v / 255 for v in el.color))
                c.setLineWidth(el.width)
                if el.dash:
                    c.setDash(*el.dash)
                c.line(el.x0, ph - el.y0, el.x1, ph - el.y1)
                c.restoreState()
                half = el.width / 2
                layout[el.id] = (
                    page_index,
                    (
                        min(el.x0, el.x1) - half,
                        min(el.y0, el.y1) - half,
                        max(el.x0, el.x1) + half,
                        max(el.y0, el.y1) + half,
                    ),
                )
            elif isinstance(el, Photo):
                image = ImageReader(str(photo_file(el, assets, jpeg_quality)))
                c.drawImage(image, el.x, ph - el.y - el.h, el.w, el.h, mask="auto")
                layout[el.id] = (page_index, (el.x, el.y, el.x + el.w, el.y + el.h))
            elif isinstance(el, Logo):
                s = el.size / 100
                c.saveState()
                c.setStrokeColorRGB(*(v / 255 for v in el.ring))
                c.setLineWidth(6 * s)
                c.circle(el.x + 50 * s, ph - el.y - 50 * s, 45 * s, stroke=1, fill=0)
                c.setFillColorRGB(*(v / 255 for v in el.fill))
                p = c.beginPath()
                pts = logo_points(el)
                p.moveTo(el.x + pts[0][0] * s, ph - el.y - pts[0][1] * s)
                for px, py in pts[1:]:
                    p.lineTo(el.x + px * s, ph - el.y - py * s)
                p.close()
                c.drawPath(p, stroke=0, fill=1)
                c.setFillColorRGB(1, 1, 1)
                c.setFont(font_name(Style(bold=True)), 22 * s)
                c.drawCentredString(el.x + 50 * s, ph - el.y - 58 * s, el.initials)
                c.restoreState()
                layout[el.id] = (page_index, (el.x, el.y, el.x + el.size, el.y + el.size))
            elif isinstance(el, TextBlock):
                boxes = []
                for index, box, baseline, text in layout_block(el):
                    style = el.words[index].style or el.style
                    c.setFont(font_name(style), style.size)
                    c.setFillColorRGB(*(v / 255 for v in style.color))
                    c.drawString(box[0], ph - baseline, text)
                    key = f"{el.id}#w{index}"
                    layout[key] = (
                        page_index,
                        _union([layout[key][1], box]) if key in layout else box,
                    )
                    boxes.append(box)
                if boxes:
                    layout[el.id] = (page_index, _union(boxes))
        c.showPage()
    c.save()
    return layout
