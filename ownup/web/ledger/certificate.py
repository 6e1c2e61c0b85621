"""The release certificate: which file went out, its hash, and the approval it rests on."""

from __future__ import annotations

import io

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ownup.web.ledger.models import ReleaseCheck


def _when(value: object) -> str:
    if value is None:
        return "—"
    return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")  # type: ignore[arg-type]


def certificate_context(check: ReleaseCheck) -> dict:
    version = check.matched_version
    decision = check.matched_decision
    deliverable = check.deliverable
    rows = [
        (_("Certificate"), check.certificate_number),
        (_("Client"), deliverable.project.client.company),
        (_("Project"), deliverable.project.name),
        (_("Deliverable"), deliverable.title),
        (_("Released file"), check.original_name),
        (_("SHA-256 of the released file"), check.sha256),
        (_("Pages"), str(check.page_count)),
        (_("Released on"), _when(check.released_at)),
        (_("Released by"), check.checked_by.name if check.checked_by else "—"),
        (_("Sent to"), check.destination or "—"),
        (_("Identical to"), _("version %(n)s") % {"n": version.number} if version else "—"),
    ]
    if decision is not None:
        rows += [
            (_("Decision"), str(decision.get_outcome_display())),
            (_("Approved by"), decision.signer_name),
            (_("Approved on"), _when(decision.decided_at)),
            (_("Approved from"), f"{decision.ip or '—'} · {decision.user_agent[:80]}"),
            (_("SHA-256 of the approved version"), decision.version_sha256),
        ]
    return {
        "check": check,
        "rows": rows,
        "hashes_match": decision is not None and decision.version_sha256 == check.sha256,
    }


def render_certificate_pdf(check: ReleaseCheck) -> bytes:
    context = certificate_context(check)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=_("Release certificate"),
        author="ownup",
    )
    styles = getSampleStyleSheet()
    small = ParagraphStyle("small", parent=styles["BodyText"], fontSize=9, leading=12)
    # Small enough for the 64 hex digits of a SHA-256 to stay on one line.
    mono = ParagraphStyle("mono", parent=small, fontName="Courier", fontSize=7.6)
    story = [
        Paragraph(_("Release certificate"), styles["Title"]),
        Paragraph(
            _(
                "The file below passed ownup's release gate: its SHA-256 is identical to a version "
                "the client approved."
            ),
            styles["BodyText"],
        ),
        Spacer(1, 8 * mm),
    ]
    data = []
    for label, value in context["rows"]:
        style = mono if "SHA-256" in label else small
        data.append([Paragraph(f"<b>{label}</b>", small), Paragraph(str(value), style)])
    table = Table(data, colWidths=[55 * mm, 119 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c9ccd1")),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story.append(table)
    story.append(Spacer(1, 8 * mm))
    verdict = (
        _(
            "The two SHA-256 fingerprints are identical: the released file is, byte for byte, the "
            "approved one."
        )
        if context["hashes_match"]
        else _("Warning: the fingerprints differ.")
    )
    story.append(Paragraph(verdict, styles["BodyText"]))
    document.build(story)
    return buffer.getvalue()
