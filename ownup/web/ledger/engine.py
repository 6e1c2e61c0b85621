"""The one place the web application talks to the compare engine (``ownup.compare``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings


@dataclass
class EngineOutput:
    result: dict
    report_html: Path
    annotated_pdf: Path | None


def run_engine(
    old_path: Path,
    new_path: Path,
    out_dir: Path,
    language: str,
    on_progress: Callable[[int, int], None] | None = None,
) -> EngineOutput:
    """Compare two files and write the HTML report and, for a PDF, the annotated copy."""
    from ownup.compare import CompareOptions, compare
    from ownup.compare.annotate import write_annotated_pdf
    from ownup.compare.html_report import write_html_report

    lang = language if language in {"en", "fr"} else "en"
    options = CompareOptions(
        lang=lang,
        workers=getattr(settings, "OWNUP_COMPARE_PROCESSES", 1),
        on_progress=on_progress,
    )
    report = compare(str(old_path), str(new_path), options)
    report_path = out_dir / "report.html"
    write_html_report(report, old_path, new_path, report_path, lang)
    annotated: Path | None = None
    if report.new.kind == "pdf":
        annotated = out_dir / "annotated.pdf"
        write_annotated_pdf(report, new_path, annotated, lang)
    # The summaries are written in `lang`; readers in the other language need to know it.
    result = report.to_json_dict() | {"lang": lang}
    return EngineOutput(result=result, report_html=report_path, annotated_pdf=annotated)
