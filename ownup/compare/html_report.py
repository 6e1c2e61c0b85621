"""One self-contained HTML file a person can send: the changed pages side by side and overlaid
(a slider fades from the approved page to the new one), every change boxed and numbered, and
the list of changes linked to their place. Pages are embedded as JPEG images; no external
file, font or script is needed to read it."""

from __future__ import annotations

import base64
import html
import os

import cv2

from ownup.compare.i18n import tr
from ownup.compare.inputs import open_source, render_dpi
from ownup.compare.model import Box, Change, Report

# Pages are embedded at this resolution: sharp enough to read 8 pt type on a screen, small
# enough that a 20-page report stays a few megabytes.
REPORT_DPI = 110
JPEG_QUALITY = 82

KIND_COLORS = {
    "text": "#e63946",
    "style": "#f3722c",
    "color": "#b5179e",
    "image": "#2a9d8f",
    "graphic": "#3a86ff",
    "moved": "#2b9348",
    "page_added": "#e63946",
    "page_removed": "#e63946",
    "page_moved": "#6c757d",
}

STYLE = """
:root { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; }
body { margin: 0; background: #f4f4f6; }
header { background: #1d3557; color: #fff; padding: 18px 28px; }
header h1 { margin: 0 0 4px; font-size: 20px; }
header p { margin: 2px 0; opacity: .9; font-size: 14px; }
main { padding: 18px 28px; max-width: 1500px; }
.modes { margin: 6px 0 16px; }
.modes button { font: inherit; padding: 6px 14px; border: 1px solid #1d3557; background: #fff;
  color: #1d3557; cursor: pointer; }
.modes button[aria-pressed=true] { background: #1d3557; color: #fff; }
table.changes { border-collapse: collapse; width: 100%; background: #fff; font-size: 14px; }
table.changes th, table.changes td { text-align: left; padding: 6px 10px;
  border-bottom: 1px solid #e3e3e8; vertical-align: top; }
table.changes a { color: inherit; }
.num { display: inline-block; min-width: 20px; padding: 1px 5px; border-radius: 10px;
  color: #fff; font-weight: 600; font-size: 12px; text-align: center; }
section.page { background: #fff; margin: 22px 0; padding: 14px; border-radius: 6px;
  box-shadow: 0 1px 3px rgba(0,0,0,.12); }
section.page h2 { margin: 0 0 10px; font-size: 17px; }
.pair { display: flex; gap: 16px; align-items: flex-start; }
.side { flex: 1; min-width: 0; }
.side h3 { margin: 0 0 6px; font-size: 14px; color: #555; }
.sheet { position: relative; border: 1px solid #ccc; line-height: 0; }
.sheet img { width: 100%; height: auto; display: block; }
.sheet .top { position: absolute; inset: 0; }
.box { position: absolute; border: 2px solid; box-sizing: border-box; line-height: normal; }
.box .num { position: absolute; top: -11px; left: -11px; }
.box:target, .box.flash { outline: 4px solid #ffd400; }
.overlay { display: none; max-width: 760px; }
body.mode-overlay .pair { display: none; }
body.mode-overlay .overlay { display: block; }
.slider { width: 100%; margin: 8px 0; }
.blank { display: flex; align-items: center; justify-content: center; background: #fafafa;
  color: #999; min-height: 120px; line-height: normal; }
footer { color: #666; font-size: 12px; padding: 10px 28px 30px; }
"""

SCRIPT = """
document.querySelectorAll('.modes button').forEach(function (button) {
  button.addEventListener('click', function () {
    document.body.className = 'mode-' + button.dataset.mode;
    document.querySelectorAll('.modes button').forEach(function (b) {
      b.setAttribute('aria-pressed', b === button ? 'true' : 'false');
    });
  });
});
document.querySelectorAll('input.slider').forEach(function (slider) {
  var top = document.getElementById(slider.dataset.target);
  slider.addEventListener('input', function () { top.style.opacity = slider.value / 100; });
});
document.querySelectorAll('a.goto').forEach(function (link) {
  link.addEventListener('click', function () {
    document.body.className = 'mode-side';
    var box = document.getElementById(link.getAttribute('href').slice(1));
    if (box) { box.classList.add('flash'); setTimeout(function () {
      box.classList.remove('flash'); }, 1500); }
  });
});
"""


def write_html_report(
    report: Report,
    old_path: str | os.PathLike,
    new_path: str | os.PathLike,
    out_path: str | os.PathLike,
    lang: str = "en",
) -> None:
    """Write the HTML report of `report` (made from old_path and new_path) to out_path."""
    with open(out_path, "w", encoding="utf-8") as out:
        out.write(render_html_report(report, old_path, new_path, lang))


def render_html_report(
    report: Report, old_path: str | os.PathLike, new_path: str | os.PathLike, lang: str = "en"
) -> str:
    old_source, _ = open_source(old_path, _fit(report.old.kind, report.new.page_sizes))
    new_source, _ = open_source(new_path, _fit(report.new.kind, report.old.page_sizes))
    try:
        return _build(report, old_source, new_source, lang)
    finally:
        old_source.close()
        new_source.close()


def _fit(kind: str, other_sizes: list[tuple[float, float]]) -> tuple[float, float] | None:
    return other_sizes[0] if kind != "pdf" and other_sizes else None


def _build(report: Report, old_source, new_source, lang: str) -> str:
    esc = html.escape
    old_name = os.path.basename(report.old.file)
    new_name = os.path.basename(report.new.file)
    numbered = list(enumerate(report.changes, start=1))
    parts: list[str] = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(tr(lang, 'report.title', old=old_name, new=new_name))}</title>",
        f'<style>{STYLE}</style></head><body class="mode-side">',
        "<header>",
        f"<h1>{esc(tr(lang, 'report.title', old=old_name, new=new_name))}</h1>",
        f"<p>{esc(tr(lang, 'report.files', old=old_name, new=new_name))}</p>",
    ]
    changed_pages = [page for page in report.pages if page.status != "same"]
    if report.identical:
        parts.append(f"<p><strong>{esc(tr(lang, 'report.identical'))}</strong></p>")
    else:
        summary = tr(lang, "report.summary", count=len(report.changes), pages=len(changed_pages))
        parts.append(f"<p><strong>{esc(summary)}</strong></p>")
    parts.append("</header><main>")

    if numbered:
        parts.append(f"<h2>{esc(tr(lang, 'report.changes'))}</h2>")
        parts.append(
            '<table class="changes"><thead><tr><th>#</th>'
            f"<th>{esc(tr(lang, 'report.page'))}</th><th>{esc(tr(lang, 'report.kind'))}</th>"
            f"<th>{esc(tr(lang, 'report.what'))}</th></tr></thead><tbody>"
        )
        for number, change in numbered:
            color = KIND_COLORS.get(change.kind, "#333")
            page = change.new_page if change.new_page is not None else change.old_page
            side = "new" if change.new_page is not None else "old"
            parts.append(
                f'<tr><td><a class="goto" href="#c{number}-{side}">'
                f'<span class="num" style="background:{color}">{number}</span></a></td>'
                f"<td>{page}</td><td>{esc(tr(lang, f'kind.{change.kind}'))}</td>"
                f'<td><a class="goto" href="#c{number}-{side}">{esc(change.summary)}</a></td></tr>'
            )
        parts.append("</tbody></table>")
        parts.append(
            '<div class="modes" role="group">'
            f'<button data-mode="side" aria-pressed="true">{esc(tr(lang, "report.side_by_side"))}'
            f'</button><button data-mode="overlay" aria-pressed="false">'
            f"{esc(tr(lang, 'report.overlay'))}</button></div>"
        )

    for index, page in enumerate(changed_pages):
        on_page = [
            (number, change)
            for number, change in numbered
            if (change.old_page, change.new_page) == (page.old_page, page.new_page)
            or (
                page.old_page is None
                and change.new_page == page.new_page
                and change.old_page is None
            )
            or (
                page.new_page is None
                and change.old_page == page.old_page
                and change.new_page is None
            )
        ]
        old_image = _page_image(old_source, page.old_page)
        new_image = _page_image(new_source, page.new_page)
        old_size = report.old.page_sizes[page.old_page - 1] if page.old_page else None
        new_size = report.new.page_sizes[page.new_page - 1] if page.new_page else None
        labels = []
        if page.old_page:
            labels.append(tr(lang, "report.old_page", page=page.old_page))
        if page.new_page:
            labels.append(tr(lang, "report.new_page", page=page.new_page))
        parts.append(f'<section class="page" id="page-{index + 1}">')
        parts.append(f"<h2>{esc(' · '.join(labels))}</h2>")
        parts.append('<div class="pair">')
        parts.append(_sheet(tr(lang, "report.old"), old_image, old_size, on_page, "old", lang))
        parts.append(_sheet(tr(lang, "report.new"), new_image, new_size, on_page, "new", lang))
        parts.append("</div>")
        if old_image and new_image:
            parts.append(
                f'<div class="overlay"><input class="slider" type="range" min="0" max="100" '
                f'value="50" data-target="top-{index + 1}" '
                f'aria-label="{esc(tr(lang, "report.slider_help"))}">'
                f"<p>{esc(tr(lang, 'report.slider_help'))}</p>"
                f'<div class="sheet"><img alt="" src="{old_image}">'
                f'<img id="top-{index + 1}" class="top" style="opacity:.5" alt="" '
                f'src="{new_image}">'
                + "".join(_box(n, c, new_size, "new", overlay=True) for n, c in on_page)
                + "</div></div>"
            )
        parts.append("</section>")
    parts.append("</main>")
    footer = tr(lang, "report.generated", dpi=report.dpi, threshold=report.color_threshold)
    parts.append(f"<footer>{esc(footer)}</footer>")
    parts.append(f"<script>{SCRIPT}</script></body></html>")
    return "\n".join(parts)


def _sheet(
    title: str,
    image: str | None,
    size: tuple[float, float] | None,
    changes: list[tuple[int, Change]],
    side: str,
    lang: str,
) -> str:
    esc = html.escape
    if image is None or size is None:
        return f'<div class="side"><h3>{esc(title)}</h3><div class="sheet blank">—</div></div>'
    boxes = "".join(_box(number, change, size, side) for number, change in changes)
    return (
        f'<div class="side"><h3>{esc(title)}</h3><div class="sheet">'
        f'<img alt="{esc(title)}" src="{image}">{boxes}</div></div>'
    )


def _box(
    number: int, change: Change, size: tuple[float, float] | None, side: str, overlay: bool = False
) -> str:
    box: Box | None = change.new_bbox if side == "new" else change.old_bbox
    if box is None or size is None:
        return ""
    width, height = size
    left = max(0.0, box[0] / width * 100)
    top = max(0.0, box[1] / height * 100)
    box_width = max(0.6, (min(box[2], width) - box[0]) / width * 100)
    box_height = max(0.6, (min(box[3], height) - box[1]) / height * 100)
    color = KIND_COLORS.get(change.kind, "#333")
    ident = "" if overlay else f' id="c{number}-{side}"'
    return (
        f'<div class="box"{ident} title="{html.escape(change.summary)}" style="left:{left:.2f}%;'
        f'top:{top:.2f}%;width:{box_width:.2f}%;height:{box_height:.2f}%;border-color:{color}">'
        f'<span class="num" style="background:{color}">{number}</span></div>'
    )


def _page_image(source, page: int | None) -> str | None:
    if page is None:
        return None
    image = source.render(page - 1, render_dpi(source.page_sizes[page - 1], REPORT_DPI))
    ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY])
    if not ok:
        return None
    return "data:image/jpeg;base64," + base64.b64encode(encoded.tobytes()).decode("ascii")
