"""Background work of the ledger: page previews and comparisons. Both are safe to run again."""

from __future__ import annotations

import logging
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import cv2
from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import transaction
from django.tasks import task
from django.utils import timezone

from ownup.web.ledger.models import (
    Comparison,
    EventKind,
    JobStatus,
    PagePreview,
    PreviewStatus,
    ReleaseCheck,
    Version,
)
from ownup.web.ledger.storage import local_path

logger = logging.getLogger(__name__)

# Previews are drawn at this resolution: sharp on a laptop's high-density screen at full width
# (an A4 page becomes 1240 px wide) without making a phone download megabytes per page.
PREVIEW_DPI = 150
# Progress and heartbeat are written at most this often, to keep database writes cheap.
HEARTBEAT_SECONDS = 1.0


@task()
def render_previews(version_id: int) -> int:
    return _render_all(Version, version_id, "v")


@task()
def render_check_previews(check_id: int) -> int:
    return _render_all(ReleaseCheck, check_id, "gate")


def _render_all(model: type[Version] | type[ReleaseCheck], pk: int, prefix: str) -> int:
    """Draw every page; a re-run (after a killed worker) redraws them all, replacing pictures."""
    from ownup.compare.inputs import open_source

    owner = model.objects.filter(pk=pk).first()
    if owner is None or owner.previews_status == PreviewStatus.READY:
        return 0
    rows = model.objects.filter(pk=pk)
    rows.update(
        previews_status=PreviewStatus.RUNNING, previews_heartbeat=timezone.now(), previews_done=0
    )
    try:
        with local_path(owner.file) as path:
            source, _sha = open_source(path)
            try:
                for index in range(len(source)):
                    _render_page(owner, prefix, source, index)
                    rows.update(previews_done=index + 1, previews_heartbeat=timezone.now())
            finally:
                source.close()
    except Exception:
        logger.exception("previews of %s %s failed", model.__name__, pk)
        rows.update(previews_status=PreviewStatus.FAILED)
        raise
    rows.update(previews_status=PreviewStatus.READY)
    return owner.page_count


def _render_page(owner: Version | ReleaseCheck, prefix: str, source: object, index: int) -> None:
    width_pt, height_pt = source.page_sizes[index]  # type: ignore[attr-defined]
    pixels = source.render(index, PREVIEW_DPI)  # type: ignore[attr-defined]
    ok, png = cv2.imencode(".png", pixels, [cv2.IMWRITE_PNG_COMPRESSION, 6])
    if not ok:
        raise RuntimeError(f"page {index + 1} could not be encoded")
    name = f"ws{owner.workspace_id}/previews/{prefix}{owner.pk}/page-{index + 1}.png"
    # A re-run replaces the previous attempt's picture instead of piling up copies.
    default_storage.delete(name)
    with tempfile.TemporaryFile() as handle:
        handle.write(png.tobytes())
        handle.seek(0)
        saved = default_storage.save(name, File(handle))
    key = "version" if isinstance(owner, Version) else "release_check"
    PagePreview.objects.update_or_create(
        **{key: owner},
        page_number=index + 1,
        defaults={
            "image": saved,
            "width_px": int(pixels.shape[1]),
            "height_px": int(pixels.shape[0]),
            "width_pt": float(width_pt),
            "height_pt": float(height_pt),
        },
    )


@task()
def run_comparison(comparison_id: int) -> str:
    """Run the engine and write everything it produced in one transaction at the end."""
    from ownup.web.ledger.engine import run_engine

    comparison = (
        Comparison.objects.select_related(
            "old_version", "new_version", "release_check", "deliverable"
        )
        .filter(pk=comparison_id)
        .first()
    )
    if comparison is None or comparison.status == JobStatus.DONE:
        return "skipped"
    fresh = timezone.now() - timedelta(seconds=settings.OWNUP_STALE_JOB_SECONDS)
    if (
        comparison.status == JobStatus.RUNNING
        and comparison.heartbeat_at
        and (comparison.heartbeat_at > fresh)
    ):
        return "skipped: another worker is on it"
    Comparison.objects.filter(pk=comparison_id).update(
        status=JobStatus.RUNNING,
        heartbeat_at=timezone.now(),
        attempts=comparison.attempts + 1,
        progress=0.0,
        error="",
    )
    last_beat = [0.0]

    def on_progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last_beat[0] < HEARTBEAT_SECONDS and done < total:
            return
        last_beat[0] = now
        Comparison.objects.filter(pk=comparison_id).update(
            progress=min(1.0, done / total) if total else 0.0, heartbeat_at=timezone.now()
        )

    new_file = (
        comparison.new_version.file
        if comparison.new_version is not None
        else comparison.release_check.file  # type: ignore[union-attr]
    )
    language = "en"
    if comparison.created_by is not None:
        language = comparison.created_by.language or "en"
    try:
        with (
            local_path(comparison.old_version.file) as old_path,
            local_path(new_file) as new_path,
            tempfile.TemporaryDirectory(prefix="ownup-compare-") as out,
        ):
            output = run_engine(old_path, new_path, Path(out), language, on_progress)
            _save_result(comparison_id, output)
    except Exception as error:
        from ownup.compare.model import CompareInputError

        logger.exception("comparison %s failed", comparison_id)
        message = error.problem if isinstance(error, CompareInputError) else str(error)
        Comparison.objects.filter(pk=comparison_id).update(
            status=JobStatus.FAILED, error=message[:2000], finished_at=timezone.now()
        )
        return "failed"
    return "done"


def _save_result(comparison_id: int, output: object) -> None:
    stored: list[str] = []
    try:
        with transaction.atomic():
            comparison = Comparison.objects.select_for_update().get(pk=comparison_id)
            if comparison.status == JobStatus.DONE:
                return  # another worker got there first; keep its result
            with open(output.report_html, "rb") as handle:  # type: ignore[attr-defined]
                comparison.report_html.save("report.html", File(handle), save=False)
                stored.append(comparison.report_html.name)
            if output.annotated_pdf is not None:  # type: ignore[attr-defined]
                with open(output.annotated_pdf, "rb") as handle:  # type: ignore[attr-defined]
                    comparison.annotated_pdf.save("annotated.pdf", File(handle), save=False)
                    stored.append(comparison.annotated_pdf.name)
            result = output.result  # type: ignore[attr-defined]
            comparison.result = result
            comparison.identical = bool(result.get("identical"))
            comparison.change_count = len(result.get("changes", []))
            comparison.status = JobStatus.DONE
            comparison.progress = 1.0
            comparison.finished_at = timezone.now()
            comparison.save()
            # In the same transaction: a comparison is never done without its audit event.
            _record_compared(comparison)
    except BaseException:
        for name in stored:
            default_storage.delete(name)
        raise


def _record_compared(comparison: Comparison) -> None:
    from ownup.web.ledger.services import record_event

    record_event(
        comparison.deliverable,
        EventKind.COMPARED,
        comparison.created_by.name if comparison.created_by else "ownup",
        version=comparison.old_version,
        detail=f"{comparison.old_label} ↔ {comparison.new_label}: "
        f"{comparison.change_count} change(s)",
        comparison_id=comparison.pk,
        changes=comparison.change_count,
        old_label=comparison.old_version.number,
        new_label=comparison.new_label,
    )


@task()
def sweep_task() -> dict:
    from ownup.web.core.jobs import sweep

    return sweep()


__all__ = ["render_previews", "run_comparison", "settings", "sweep_task"]
