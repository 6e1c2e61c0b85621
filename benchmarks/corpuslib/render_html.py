"""Producer 2: Chromium printing HTML/CSS/SVG to PDF (Skia's PDF back end, its own line breaking).

Word and element boxes are measured in the browser after layout, in print media.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from playwright.sync_api import sync_playwright

from .model import FAMILIES, RGB, Doc, Line, Logo, Photo, Rect, Style, TextBlock
from .photos import photo_file
from .render_rl import Layout, logo_points

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

MEASURE_JS = """() => {
  const out = {};
  for (const page of document.querySelectorAll('.page')) {
    const origin = page.getBoundingClientRect();
    const index = Number(page.dataset.page);
    for (const el of page.querySelectorAll('[data-gt]')) {
      const r = el.getBoundingClientRect();
      const k = 0.75;  // CSS px to PDF points
      out[el.dataset.gt] = [index, [(r.left - origin.left) * k, (r.top - origin.top) * k,
                                    (r.right - origin.left) * k, (r.bottom - origin.top) * k]];
    }
  }
  return out;
}"""


def _rgb(c: RGB, alpha: float = 1.0) -> str:
    return f"rgba({c[0]},{c[1]},{c[2]},{alpha})"


def _font(style: Style) -> str:
    return (
        f"font-family:'{FAMILIES[style.family]}';font-size:{style.size}pt;"
        f"font-weight:{700 if style.bold else 400};"
        f"font-style:{'italic' if style.italic else 'normal'};"
        f"color:{_rgb(style.color)};"
    )


def _element(el: object, assets: Path, jpeg_quality: int, soft_hyphens: bool = False) -> str:
    if isinstance(el, Rect):
        css = f"left:{el.x}pt;top:{el.y}pt;width:{el.w}pt;height:{el.h}pt;"
        if el.fill is not None:
            css += f"background:{_rgb(el.fill, el.alpha)};"
        if el.stroke is not None:
            css += f"outline:{el.stroke_width}pt solid {_rgb(el.stroke)};"
            css += f"outline-offset:-{el.stroke_width / 2}pt;"
        if el.radius:
            css += f"border-radius:{el.radius}pt;"
        return f'<div data-gt="{el.id}" style="{css}"></div>'
    if isinstance(el, Line):
        # The SVG box is padded on every side: a zero-height box would clip a horizontal rule.
        pad = el.width * 2 + 1
        x0, y0 = min(el.x0, el.x1) - pad, min(el.y0, el.y1) - pad
        w, h = abs(el.x1 - el.x0) + 2 * pad, abs(el.y1 - el.y0) + 2 * pad
        dash = f' stroke-dasharray="{el.dash[0]} {el.dash[1]}"' if el.dash else ""
        half = el.width / 2
        return (
            f'<svg style="left:{x0}pt;top:{y0}pt;width:{w}pt;height:{h}pt" '
            f'viewBox="0 0 {w} {h}"><line x1="{el.x0 - x0}" y1="{el.y0 - y0}" x2="{el.x1 - x0}" '
            f'y2="{el.y1 - y0}" stroke="{_rgb(el.color)}" stroke-width="{el.width}"{dash}/></svg>'
            f'<div data-gt="{el.id}" style="left:{min(el.x0, el.x1) - half}pt;'
            f"top:{min(el.y0, el.y1) - half}pt;width:{abs(el.x1 - el.x0) + el.width}pt;"
            f'height:{abs(el.y1 - el.y0) + el.width}pt"></div>'
        )
    if isinstance(el, Photo):
        src = photo_file(el, assets, jpeg_quality).resolve().as_uri()
        return (
            f'<img data-gt="{el.id}" src="{src}" style="left:{el.x}pt;top:{el.y}pt;'
            f'width:{el.w}pt;height:{el.h}pt">'
        )
    if isinstance(el, Logo):
        pts = " ".join(f"{x:.2f},{y:.2f}" for x, y in logo_points(el))
        return (
            f'<svg data-gt="{el.id}" style="left:{el.x}pt;top:{el.y}pt;width:{el.size}pt;'
            f'height:{el.size}pt" viewBox="0 0 100 100"><circle cx="50" cy="50" r="45" fill="none" '
            f'stroke="{_rgb(el.ring)}" stroke-width="6"/><polygon points="{pts}" '
            f'fill="{_rgb(el.fill)}"/><text x="50" y="58" text-anchor="middle" '
            f'font-family="Liberation Sans" font-weight="700" font-size="22" '
            f'fill="white">{html.escape(el.initials)}</text></svg>'
        )
    if isinstance(el, TextBlock):
        spans = []
        for index, word in enumerate(el.words):
            css = "white-space:nowrap;" if " " in word.text else ""
            if word.style is not None:
                css += _font(word.style)
            style_attr = f' style="{css}"' if css else ""
            text = html.escape(word.text)
            if (
                soft_hyphens
                and el.align == "justify"
                and len(word.text) >= 10
                and word.text.isalpha()
            ):
                middle = len(word.text) // 2  # a discretionary break, as in copy from a DTP tool
                text = html.escape(word.text[:middle]) + "&shy;" + html.escape(word.text[middle:])
            spans.append(f'<span data-gt="{el.id}#w{index}"{style_attr}>{text}</span>')
        return (
            f'<div data-gt="{el.id}" style="left:{el.x}pt;top:{el.y}pt;width:{el.w}pt;'
            f'{_font(el.style)}line-height:{el.line_height}pt;text-align:{el.align}">'
            + " ".join(spans)
            + "</div>"
        )
    raise TypeError(el)


def to_html(doc: Doc, assets: Path, jpeg_quality: int = 90, soft_hyphens: bool = False) -> str:
    w, h = doc.pages[0].size
    pages = []
    for index, page in enumerate(doc.pages):
        pw, ph = page.size
        body = "".join(_element(el, assets, jpeg_quality, soft_hyphens) for el in page.elements)
        pages.append(
            f'<div class="page" data-page="{index}" style="width:{pw}pt;height:{ph}pt">{body}</div>'
        )
    return (
        f'<!doctype html><html lang="{doc.lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(doc.name)}</title><style>"
        f"@page{{size:{w}pt {h}pt;margin:0}}html,body{{margin:0;padding:0}}"
        ".page{position:relative;overflow:hidden;break-after:page}"
        ".page>*{position:absolute;margin:0}"
        "</style></head><body>" + "".join(pages) + "</body></html>"
    )


class HtmlProducer:
    """One Chromium for many documents."""

    def __enter__(self) -> HtmlProducer:
        self._pw = sync_playwright().start()
        self._browser = self._pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        self._page = self._browser.new_page()
        self._page.emulate_media(media="print")
        return self

    def __exit__(self, *exc: object) -> None:
        self._browser.close()
        self._pw.stop()

    def render(
        self,
        doc: Doc,
        path: Path,
        assets: Path,
        *,
        tagged: bool = False,
        outline: bool = False,
        jpeg_quality: int = 90,
        soft_hyphens: bool = False,
    ) -> Layout:
        source = assets / "html" / (path.stem + ".html")
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_text(to_html(doc, assets, jpeg_quality, soft_hyphens), encoding="utf-8")
        self._page.goto(source.resolve().as_uri(), wait_until="load")
        self._page.evaluate("document.fonts.ready")
        layout = {k: (v[0], tuple(v[1])) for k, v in self._page.evaluate(MEASURE_JS).items()}
        self._page.pdf(
            path=str(path),
            prefer_css_page_size=True,
            print_background=True,
            tagged=tagged,
            outline=outline,
        )
        return layout


def dump_layout(layout: Layout) -> str:
    return json.dumps(layout)
