"""The readable terminal report: each finding's sentence with the span underlined (carets on a
plain terminal or in a file, ANSI underline on a TTY), its explanation and suggested rewrite, then
what the message is missing."""

from __future__ import annotations

from .model import CheckResult

_TITLES = {
    "en": {
        "self_flagellation": "Self-flagellation",
        "blame_shifting": "Blame-shifting",
        "excuse": "Excuse",
        "minimisation": "Minimisation",
        "conditional_apology": "Conditional apology",
        "passive_voice_evasion": "Agentless wording",
        "missing_apology": "Missing: apology",
        "missing_responsibility": "Missing: responsibility",
        "missing_solution": "Missing: solution",
        "ok": "No problem found: apology, ownership and a dated remedy are all there.",
        "suggest": "Try:",
        "header": "{n} finding(s), {m} missing part(s)",
    },
    "fr": {
        "self_flagellation": "Autodénigrement",
        "blame_shifting": "Faute rejetée sur autrui",
        "excuse": "Excuse",
        "minimisation": "Minimisation",
        "conditional_apology": "Excuse conditionnelle",
        "passive_voice_evasion": "Tournure sans agent",
        "missing_apology": "Manque : les excuses",
        "missing_responsibility": "Manque : la responsabilité",
        "missing_solution": "Manque : la solution",
        "ok": "Rien à signaler : excuses, responsabilité et solution datée sont là.",
        "suggest": "Essayez :",
        "header": "{n} point(s) relevé(s), {m} élément(s) manquant(s)",
    },
}
_UNDERLINE_ON = "\x1b[4m"
_UNDERLINE_OFF = "\x1b[24m"


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end == -1 else line_end


def _excerpt(text: str, start: int, end: int, width: int = 100) -> tuple[str, int, int]:
    """The line holding the span, cut to about ``width`` characters around it."""
    line_start, line_end = _line_bounds(text, start, end)
    left = max(line_start, start - max(10, (width - (end - start)) // 2))
    right = min(line_end, max(end, left + width))
    # span that crosses a line break: show the first line only
    span_end = min(end, right)
    prefix = "…" if left > line_start else ""
    suffix = "…" if right < line_end else ""
    excerpt = prefix + text[left:right] + suffix
    return excerpt, len(prefix) + start - left, len(prefix) + span_end - left


def format_report(result: CheckResult, text: str, *, color: bool = False) -> str:
    """Render ``result`` (from ``check(text)``) for a terminal.

    With ``color=False`` the span is marked by a line of carets under it; with ``color=True`` it
    is underlined with ANSI codes (for a TTY). Labels and headings are in the draft's language.
    """
    titles = _TITLES.get(result.lang, _TITLES["en"])
    lines = [titles["header"].format(n=len(result.findings), m=len(result.missing))]
    if result.clean:
        lines.append(titles["ok"])
        return "\n".join(lines) + "\n"
    for number, finding in enumerate(result.findings, 1):
        excerpt, a, b = _excerpt(text, finding.start, finding.end)
        lines.append("")
        lines.append(f"{number}. {titles[finding.label]} [{finding.start}:{finding.end}]")
        if color:
            lines.append(
                "   " + excerpt[:a] + _UNDERLINE_ON + excerpt[a:b] + _UNDERLINE_OFF + excerpt[b:]
            )
        else:
            lines.append("   " + excerpt)
            lines.append("   " + " " * a + "^" * max(1, b - a))
        lines.append(f"   {finding.explanation}")
        lines.append(f"   {titles['suggest']} {finding.suggestion}")
    for label in result.missing:
        lines.append("")
        lines.append(f"- {titles[label]}")
        explanation = result.missing_explanations.get(label)
        if explanation:
            lines.append(f"  {explanation}")
    return "\n".join(lines) + "\n"
