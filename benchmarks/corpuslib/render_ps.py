"""Producer 3: PostScript written here, distilled to PDF by Ghostscript's pdfwrite.

Other fonts (URW Type 1 / CFF: Nimbus Sans, Nimbus Roman, URW Gothic, Nimbus Sans Narrow), other
text positioning and image encoding than the two other producers. Line breaking is ours, with
the fonts' own advance widths, so word boxes are known exactly.
"""

from __future__ import annotations

import subprocess
from functools import cache
from pathlib import Path

from PIL import Image, ImageFont

from .model import Doc, Line, Logo, Photo, Rect, Style, TextBlock
from .photos import photo_file
from .render_rl import Layout, layout_block, logo_points

URW = Path("/usr/share/fonts/opentype/urw-base35")
FACES = {
    "sans": ("NimbusSans-Regular", "NimbusSans-Bold", "NimbusSans-Italic", "NimbusSans-BoldItalic"),
    "serif": (
        "NimbusRoman-Regular",
        "NimbusRoman-Bold",
        "NimbusRoman-Italic",
        "NimbusRoman-BoldItalic",
    ),
    "dejavu": (
        "URWGothic-Book",
        "URWGothic-Demi",
        "URWGothic-BookOblique",
        "URWGothic-DemiOblique",
    ),
    "narrow": (
        "NimbusSansNarrow-Regular",
        "NimbusSansNarrow-Bold",
        "NimbusSansNarrow-Oblique",
        "NimbusSansNarrow-BoldOblique",
    ),
}
# Codes outside Latin-1 placed in the re-encoded fonts' spare slots.
EXTRA_CODES = {
    "€": (0x80, "Euro"),
    "Œ": (0x81, "OE"),
    "œ": (0x82, "oe"),
    "’": (0x83, "quoteright"),
    "–": (0x84, "endash"),
    "—": (0x85, "emdash"),
    "ﬁ": (0x86, "fi"),
    "ﬂ": (0x87, "fl"),
}

PROLOGUE = """%!PS-Adobe-3.0
/Enc ISOLatin1Encoding 256 array copy
  dup 39 /quotesingle put dup 45 /hyphen put dup 96 /grave put
{extra} def
/reenc {{ findfont dup length dict begin
  {{ 1 index /FID ne {{ def }} {{ pop pop }} ifelse }} forall /Encoding Enc def
  currentdict end definefont pop }} def
{fonts}
"""


def face(style: Style) -> str:
    return FACES[style.family][int(style.bold) + 2 * int(style.italic)]


@cache
def _font(name: str) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(URW / f"{name}.otf"), 1000, layout_engine=ImageFont.Layout.BASIC)


@cache
def _advance(name: str, char: str) -> float:
    return _font(name).getlength(char) / 1000


def ligate(text: str) -> str:
    """Set fi and fl as ligature glyphs, as DTP tools do; the text layer then holds U+FB01/2."""
    return text.replace("fi", "ﬁ").replace("fl", "ﬂ")


def measure(text: str, style: Style) -> float:
    name = face(style)
    return sum(_advance(name, ch) for ch in ligate(text)) * style.size


def ps_string(text: str) -> str:
    out = []
    for ch in text:
        code = EXTRA_CODES[ch][0] if ch in EXTRA_CODES else ord(ch)
        if code > 255:
            raise ValueError(f"no code for {ch!r} in the PostScript producer")
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= code < 127:
            out.append(ch)
        else:
            out.append(f"\\{code:03o}")
    return "(" + "".join(out) + ")"


def _rgb(c: tuple[int, int, int]) -> str:
    return f"{c[0] / 255:.4f} {c[1] / 255:.4f} {c[2] / 255:.4f} setrgbcolor"


def _path_rect(x: float, y: float, w: float, h: float, r: float) -> str:
    if not r:
        return (
            f"newpath {x:.2f} {y:.2f} moveto {w:.2f} 0 rlineto 0 {h:.2f} rlineto "
            f"{-w:.2f} 0 rlineto closepath"
        )
    corners = [
        (x + w, y, x + w, y + h),
        (x + w, y + h, x, y + h),
        (x, y + h, x, y),
        (x, y, x + w, y),
    ]
    arcs = " ".join(
        f"{a:.2f} {b:.2f} {c:.2f} {d:.2f} {r:.2f} arcto 4 {{pop}} repeat" for a, b, c, d in corners
    )
    return f"newpath {x + r:.2f} {y:.2f} moveto {arcs} closepath"


def _page(
    page_index: int,
    page,
    assets: Path,
    layout: Layout,
    jpeg_quality: int,
    outline_min_size: float | None,
) -> list[str]:
    pw, ph = page.size
    ops = [f"<< /PageSize [{pw} {ph}] >> setpagedevice"]
    for el in page.elements:
        if isinstance(el, Rect):
            path = _path_rect(el.x, ph - el.y - el.h, el.w, el.h, el.radius)
            if el.fill is not None:
                ops.append(
                    f"gsave {el.alpha} .setfillconstantalpha {_rgb(el.fill)} {path} fill grestore"
                )
            if el.stroke is not None:
                ops.append(
                    f"gsave {_rgb(el.stroke)} {el.stroke_width} setlinewidth {path} stroke grestore"
                )
            layout[el.id] = (page_index, (el.x, el.y, el.x + el.w, el.y + el.h))
        elif isinstance(el, Line):
            dash = f"[{el.dash[0]} {el.dash[1]}] 0 setdash" if el.dash else ""
            ops.append(
                f"gsave {_rgb(el.color)} {el.width} setlinewidth {dash} newpath {el.x0:.2f} "
                f"{ph - el.y0:.2f} moveto {el.x1:.2f} {ph - el.y1:.2f} lineto stroke grestore"
            )
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
            path = photo_file(el, assets, jpeg_quality, alpha=False).resolve()
            w, h = Image.open(path).size
            # PostScript has no alpha: a cut-out is the same picture clipped to its ellipse.
            clip = ""
            if el.cutout:
                clip = (
                    f"matrix currentmatrix {el.x + el.w / 2:.2f} {ph - el.y - el.h / 2:.2f} "
                    f"translate {el.w / 2:.2f} {el.h / 2:.2f} scale newpath 0 0 1 0 360 arc "
                    "setmatrix clip newpath "
                )
            ops.append(
                f"gsave {clip}{el.x:.2f} {ph - el.y - el.h:.2f} translate "
                f"{el.w:.2f} {el.h:.2f} scale "
                f"/DeviceRGB setcolorspace << /ImageType 1 /Width {w} /Height {h} "
                "/BitsPerComponent 8 "
                f"/Decode [0 1 0 1 0 1] /ImageMatrix [{w} 0 0 {-h} 0 {h}] /DataSource ({path}) (r) "
                f"file /DCTDecode filter >> image grestore"
            )
            layout[el.id] = (page_index, (el.x, el.y, el.x + el.w, el.y + el.h))
        elif isinstance(el, Logo):
            s = el.size / 100
            cx, cy = el.x + 50 * s, ph - el.y - 50 * s
            pts = [(el.x + px * s, ph - el.y - py * s) for px, py in logo_points(el)]
            poly = " ".join(
                f"{x:.2f} {y:.2f} {'moveto' if i == 0 else 'lineto'}"
                for i, (x, y) in enumerate(pts)
            )
            initials = Style("sans", 22 * s, bold=True)
            tw = measure(el.initials, initials)
            ops += [
                f"gsave {_rgb(el.ring)} {6 * s:.3f} setlinewidth newpath "
                f"{cx:.2f} {cy:.2f} {45 * s:.2f} 0 360 arc stroke",
                f"{_rgb(el.fill)} newpath {poly} closepath fill",
                f"1 1 1 setrgbcolor /{face(initials)}-E findfont {initials.size:.3f} scalefont "
                f"setfont {cx - tw / 2:.2f} {ph - el.y - 58 * s:.2f} moveto "
                f"{ps_string(el.initials)} show grestore",
            ]
            layout[el.id] = (page_index, (el.x, el.y, el.x + el.size, el.y + el.size))
        elif isinstance(el, TextBlock):
            boxes = []
            for index, box, baseline, text in layout_block(el, measure):
                style = el.words[index].style or el.style
                # Display type converted to outlines, as print workflows often do: no text layer.
                paint = "show"
                if outline_min_size is not None and style.size >= outline_min_size:
                    paint = "true charpath fill"
                ops.append(
                    f"/{face(style)}-E findfont {style.size} scalefont setfont {_rgb(style.color)} "
                    f"newpath {box[0]:.3f} {ph - baseline:.3f} moveto "
                    f"{ps_string(ligate(text))} {paint}"
                )
                key = f"{el.id}#w{index}"
                if key in layout:  # the second half of a hyphenated word
                    b0 = layout[key][1]
                    box = (
                        min(b0[0], box[0]),
                        min(b0[1], box[1]),
                        max(b0[2], box[2]),
                        max(b0[3], box[3]),
                    )
                layout[key] = (page_index, box)
                boxes.append(box)
            if boxes:
                layout[el.id] = (
                    page_index,
                    (
                        min(b[0] for b in boxes),
                        min(b[1] for b in boxes),
                        max(b[2] for b in boxes),
                        max(b[3] for b in boxes),
                    ),
                )
    ops.append("showpage")
    return ops


def render(
    doc: Doc,
    path: Path,
    assets: Path,
    *,
    pdfsettings: str = "/default",
    jpeg_quality: int = 90,
    outline_min_size: float | None = None,
) -> Layout:
    layout: Layout = {}
    extra = "\n".join(f"  dup {code} /{name} put" for code, name in EXTRA_CODES.values())
    fonts = "\n".join(f"/{name}-E /{name} reenc" for faces in FACES.values() for name in faces)
    body = [
        PROLOGUE.format(extra=extra, fonts=fonts),
        f"[ /Title {ps_string(doc.name)} /DOCINFO pdfmark",
    ]
    for index, page in enumerate(doc.pages):
        body += _page(index, page, assets, layout, jpeg_quality, outline_min_size)
    source = assets / "ps" / (path.stem + ".ps")
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text("\n".join(body) + "\n", encoding="latin-1")
    subprocess.run(
        [
            "gs",
            "-sDEVICE=pdfwrite",
            "-dALLOWPSTRANSPARENCY",
            f"-dPDFSETTINGS={pdfsettings}",
            f"--permit-file-read={assets.resolve()}/",
            "-dNOPAUSE",
            "-dBATCH",
            "-dQUIET",
            f"-sOutputFile={path}",
            str(source),
        ],
        check=True,
    )
    return layout
