"""Small inline-SVG bar charts for the dashboard: no JavaScript, readable without colour
(every bar carries its value as text and a title for screen readers)."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

WIDTH, HEIGHT = 560, 240
PAD_LEFT, PAD_BOTTOM, PAD_TOP = 8, 34, 26


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None
    text: str


def bar_chart(bars: list[Bar], title: str, unit: str = "") -> str:
    """An accessible SVG string. Missing values (None) show as an empty slot marked "–"."""
    values = [b.value for b in bars if b.value is not None]
    top = max(values, default=0) or 1
    slot = (WIDTH - PAD_LEFT) / max(1, len(bars))
    bar_width = slot * 0.62
    plot = HEIGHT - PAD_BOTTOM - PAD_TOP
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{escape(title, {chr(34): "&quot;"})}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
        f'<line x1="{PAD_LEFT}" y1="{HEIGHT - PAD_BOTTOM}" x2="{WIDTH}" '
        f'y2="{HEIGHT - PAD_BOTTOM}" class="axis"/>',
    ]
    for index, bar in enumerate(bars):
        x = PAD_LEFT + index * slot + (slot - bar_width) / 2
        cx = x + bar_width / 2
        if bar.value is None:
            value_text = "–"
            height = 0.0
        else:
            value_text = bar.text
            height = plot * (bar.value / top)
        y = HEIGHT - PAD_BOTTOM - height
        tip = escape(f"{bar.label}: {value_text}{unit}")
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_width:.1f}" height="{height:.1f}" '
            f'class="bar"><title>{tip}</title></rect>'
        )
        parts.append(
            f'<text x="{cx:.1f}" y="{y - 4:.1f}" class="value" text-anchor="middle">'
            f"{escape(value_text)}</text>"
        )
        parts.append(
            f'<text x="{cx:.1f}" y="{HEIGHT - 12}" class="label" text-anchor="middle">'
            f"{escape(bar.label)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
