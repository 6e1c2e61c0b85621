"""The post-mortem written when an incident closes, and the follow-up tasks it leaves.

Root cause is asked as successive "why"s (the last answer is the root cause); contributing
factors are recorded as explanations, not excuses; prevention actions say what changes. The
whole thing exports as Markdown and as a PDF; follow-up tasks export as an .ics calendar."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from .text import format_date, format_duration, format_money, normalise_lang, pick
from .timeline import Timeline


class TaskKind(StrEnum):
    CORRECTIVE = "corrective"
    PREVENTIVE = "preventive"

    def label(self, lang: str = "en") -> str:
        if self is TaskKind.CORRECTIVE:
            return pick(lang, "corrective", "corrective")
        return pick(lang, "preventive", "préventive")


@dataclass(frozen=True)
class FollowUpTask:
    title: str
    owner: str
    due: date
    kind: TaskKind = TaskKind.CORRECTIVE
    done: bool = False
    notes: str = ""
    #: Stable identifier, used as the calendar UID so re-imports update instead of duplicating.
    uid: str = ""

    def is_overdue(self, today: date) -> bool:
        return not self.done and self.due < today


@dataclass(frozen=True)
class PostMortem:
    title: str
    summary: str
    whys: tuple[str, ...]
    contributing_factors: tuple[str, ...] = ()
    prevention_actions: tuple[str, ...] = ()
    cost_money: Decimal = Decimal(0)
    cost_hours: Decimal = Decimal(0)
    currency: str = "EUR"
    timeline: Timeline = field(default_factory=Timeline)
    tasks: tuple[FollowUpTask, ...] = ()

    def __post_init__(self) -> None:
        whys = tuple(w.strip() for w in self.whys if w and w.strip())
        if not whys:
            raise ValueError("a post-mortem needs at least one answered 'why'")
        object.__setattr__(self, "whys", whys)
        if self.cost_money < 0 or self.cost_hours < 0:
            raise ValueError("costs cannot be negative")

    @property
    def root_cause(self) -> str:
        return self.whys[-1]


def _h(lang: str, en: str, fr: str) -> str:
    return pick(lang, en, fr)


def _durations(pm: PostMortem, lang: str) -> list[str]:
    lines = []
    if pm.timeline.time_to_inform is not None:
        lines.append(
            _h(lang, "Time to inform the client", "Délai pour informer le client")
            + f": {format_duration(pm.timeline.time_to_inform, lang)}"
        )
    if pm.timeline.time_to_resolve is not None:
        lines.append(
            _h(lang, "Time to resolve", "Délai de résolution")
            + f": {format_duration(pm.timeline.time_to_resolve, lang)}"
        )
    return lines


def _hours(value: Decimal, lang: str) -> str:
    text = f"{value.normalize():f}"
    if normalise_lang(lang) == "fr":
        text = text.replace(".", ",")
    return f"{text} h"


def to_markdown(pm: PostMortem, lang: str = "en") -> str:
    lang = normalise_lang(lang)
    out = [f"# {_h(lang, 'Post-mortem', 'Post-mortem')}: {pm.title}", "", pm.summary.strip(), ""]
    stamped = [(s, at) for s, at in pm.timeline.steps() if at is not None]
    if stamped:
        out += [f"## {_h(lang, 'Timeline', 'Chronologie')}", ""]
        out += [f"- {s.label(lang)}: {at:%Y-%m-%d %H:%M}" for s, at in stamped]
        out += [f"- {line}" for line in _durations(pm, lang)]
        out.append("")
    out += [f"## {_h(lang, 'Root cause', 'Cause racine')}", ""]
    for index, why in enumerate(pm.whys, start=1):
        out.append(f"{index}. {_h(lang, 'Why?', 'Pourquoi ?')} {why}")
    out += ["", f"**{_h(lang, 'Root cause', 'Cause racine')}:** {pm.root_cause}", ""]
    if pm.contributing_factors:
        out += [f"## {_h(lang, 'Contributing factors', 'Facteurs contributifs')}", ""]
        out += [f"- {f}" for f in pm.contributing_factors] + [""]
    if pm.prevention_actions:
        out += [f"## {_h(lang, 'Prevention actions', 'Actions de prévention')}", ""]
        out += [f"- {a}" for a in pm.prevention_actions] + [""]
    out += [
        f"## {_h(lang, 'Cost of the error', 'Coût de l’erreur')}",
        "",
        f"- {_h(lang, 'Money', 'Argent')}: {format_money(pm.cost_money, pm.currency, lang)}",
        f"- {_h(lang, 'Time', 'Temps')}: {_hours(pm.cost_hours, lang)}",
        "",
    ]
    if pm.tasks:
        out += [f"## {_h(lang, 'Follow-up tasks', 'Tâches de suivi')}", ""]
        for t in pm.tasks:
            box = "x" if t.done else " "
            out.append(
                f"- [{box}] {t.title} — {t.owner}, {format_date(t.due, lang)} {t.due.year} "
                f"({t.kind.label(lang)})"
            )
        out.append("")
    return "\n".join(out)


# Fonts with wide Unicode coverage (arrows, typographic quotes, accents), first found wins;
# ReportLab's own Vera is always there as the last resort.
_FONT_CANDIDATES = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
     "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
)  # fmt: skip


def _pdf_fonts() -> tuple[str, str]:
    """Register and return (regular, bold) font names for the PDF."""
    import os

    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "OwnupSans" in pdfmetrics.getRegisteredFontNames():
        return "OwnupSans", "OwnupSans-Bold"
    vera = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    pairs = [*_FONT_CANDIDATES, (os.path.join(vera, "Vera.ttf"), os.path.join(vera, "VeraBd.ttf"))]
    for regular, bold in pairs:
        if os.path.exists(regular) and os.path.exists(bold):
            pdfmetrics.registerFont(TTFont("OwnupSans", regular))
            pdfmetrics.registerFont(TTFont("OwnupSans-Bold", bold))
            return "OwnupSans", "OwnupSans-Bold"
    return "Helvetica", "Helvetica-Bold"


def to_pdf(pm: PostMortem, lang: str = "en") -> bytes:
    """The same content as the Markdown, laid out as an A4 PDF."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import ListFlowable, Paragraph, SimpleDocTemplate, Spacer

    lang = normalise_lang(lang)
    styles = getSampleStyleSheet()
    regular, bold = _pdf_fonts()
    for name in ("BodyText", "Title", "Heading2"):
        styles[name].fontName = bold if name != "BodyText" else regular
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"Post-mortem: {pm.title}",
        author="ownup",
    )

    def para(text: str, style: str = "BodyText") -> Paragraph:
        return Paragraph(escape(text), styles[style])

    def bullets(items: list[str], numbered: bool = False) -> ListFlowable:
        return ListFlowable(
            [para(i) for i in items],
            bulletType="1" if numbered else "bullet",
            leftIndent=12,
            bulletFontName=regular,
        )

    story: list = [para(f"Post-mortem: {pm.title}", "Title"), para(pm.summary.strip())]
    stamped = [(s, at) for s, at in pm.timeline.steps() if at is not None]
    if stamped:
        story += [para(_h(lang, "Timeline", "Chronologie"), "Heading2")]
        items = [f"{s.label(lang)}: {at:%Y-%m-%d %H:%M}" for s, at in stamped]
        story.append(bullets(items + _durations(pm, lang)))
    story += [para(_h(lang, "Root cause", "Cause racine"), "Heading2")]
    story.append(bullets([f"{_h(lang, 'Why?', 'Pourquoi ?')} {w}" for w in pm.whys], True))
    story += [
        Spacer(1, 4 * mm),
        para(f"{_h(lang, 'Root cause', 'Cause racine')}: {pm.root_cause}"),
    ]
    if pm.contributing_factors:
        story += [para(_h(lang, "Contributing factors", "Facteurs contributifs"), "Heading2")]
        story.append(bullets(list(pm.contributing_factors)))
    if pm.prevention_actions:
        story += [para(_h(lang, "Prevention actions", "Actions de prévention"), "Heading2")]
        story.append(bullets(list(pm.prevention_actions)))
    story += [para(_h(lang, "Cost of the error", "Coût de l’erreur"), "Heading2")]
    story.append(
        bullets(
            [
                f"{_h(lang, 'Money', 'Argent')}: {format_money(pm.cost_money, pm.currency, lang)}",
                f"{_h(lang, 'Time', 'Temps')}: {_hours(pm.cost_hours, lang)}",
            ]
        )
    )
    if pm.tasks:
        story += [para(_h(lang, "Follow-up tasks", "Tâches de suivi"), "Heading2")]
        story.append(
            bullets(
                [
                    f"{t.title} — {t.owner}, {t.due:%Y-%m-%d} ({t.kind.label(lang)})"
                    + (_h(lang, " — done", " — faite") if t.done else "")
                    for t in pm.tasks
                ]
            )
        )
    doc.build(story)
    return buffer.getvalue()


def tasks_to_ics(
    tasks: list[FollowUpTask] | tuple[FollowUpTask, ...],
    lang: str = "en",
    calendar_name: str = "ownup",
    reminder_before: timedelta = timedelta(days=1),
    stamp: datetime | None = None,
) -> bytes:
    """An iCalendar file with one all-day event per open task on its due date, each with a
    reminder. Events rather than to-dos: common calendars ignore VTODO."""
    from icalendar import Alarm, Calendar, Event

    lang = normalise_lang(lang)
    cal = Calendar()
    cal.add("prodid", "-//ownup//follow-up tasks//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", calendar_name)
    stamp = stamp or datetime.now().astimezone()
    for index, task in enumerate(tasks):
        if task.done:
            continue
        event = Event()
        event.add("uid", task.uid or f"task-{index}-{task.due.isoformat()}@ownup")
        event.add("dtstamp", stamp)
        event.add("summary", task.title)
        event.add("dtstart", task.due)
        event.add("dtend", task.due + timedelta(days=1))
        description = [
            _h(lang, "Owner", "Responsable") + f": {task.owner}",
            _h(lang, "Kind", "Type") + f": {task.kind.label(lang)}",
        ]
        if task.notes:
            description.append(task.notes)
        event.add("description", "\n".join(description))
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", task.title)
        alarm.add("trigger", -reminder_before)
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()
