"""The proof ledger: uploads checked by content, immutable versions, approvals bound to one
file, the release gate, the certificate and the append-only audit trail."""

from __future__ import annotations

import hashlib
import io
import re

import pypdf
import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from reportlab.pdfgen import canvas

from ownup.web.ledger.demo.brochure import brochure_pdf
from ownup.web.ledger.models import (
    ApprovalRequest,
    AuditEvent,
    Decision,
    EventKind,
    GateOutcome,
    JobStatus,
    Outcome,
    PagePreview,
    PreviewStatus,
    Version,
)

from .helpers import run_tasks, upload

pytestmark = pytest.mark.django_db(transaction=True)


def post_file(client, url: str, name: str, data: bytes, **fields):  # type: ignore[no-untyped-def]
    prefix = "gate" if url.endswith("/gate/") else "upload"
    payload = {f"{prefix}-{key}": value for key, value in fields.items()}
    return client.post(url, {f"{prefix}-file": SimpleUploadedFile(name, data), **payload})


def stored_files() -> set[str]:
    found: set[str] = set()

    def walk(folder: str) -> None:
        dirs, files = default_storage.listdir(folder)
        found.update(f"{folder}/{f}".lstrip("/") for f in files)
        for d in dirs:
            walk(f"{folder}/{d}".lstrip("/"))

    walk("")
    return found


def test_upload_stores_an_immutable_version_with_hash_pages_and_previews(studio) -> None:  # type: ignore[no-untyped-def]
    client = studio.client_for("member")
    data = brochure_pdf("v1")
    response = post_file(
        client,
        reverse("ledger:upload", args=[studio.deliverable.pk]),
        "proof.pdf",
        data,
        note="first proof",
    )
    assert response.status_code == 302
    version = Version.objects.get(deliverable=studio.deliverable)
    assert version.number == 1
    assert version.sha256 == hashlib.sha256(data).hexdigest()
    assert version.page_count == 2
    assert version.file.read() == data
    run_tasks()
    version.refresh_from_db()
    assert version.previews_status == PreviewStatus.READY
    previews = list(PagePreview.objects.filter(version=version))
    assert [p.page_number for p in previews] == [1, 2]
    image = Image.open(previews[0].image.open("rb"))
    assert image.width > 800  # large enough to read small type on the client's page
    # The file and its fingerprint can never change afterwards.
    version.sha256 = "0" * 64
    with pytest.raises(ValueError, match="immutable"):
        version.save()
    # A second upload is version 2, never a replacement of version 1.
    post_file(
        client,
        reverse("ledger:upload", args=[studio.deliverable.pk]),
        "proof.pdf",
        brochure_pdf("v2"),
    )
    assert list(studio.deliverable.versions.values_list("number", flat=True)) == [1, 2]
    assert Version.objects.get(number=1).file.read() == data


def _encrypted_pdf() -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(brochure_pdf("v1"))))
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _many_pages(count: int) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for n in range(count):
        pdf.drawString(72, 720, f"page {n + 1}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def _banner_6m() -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(6000 * 72 / 25.4, 900 * 72 / 25.4))
    pdf.drawString(72, 72, "a six-metre banner")
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("L", (width, height), 255).save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("notes.pdf", lambda: b"just some text, not a PDF at all", "not a PDF, PNG, JPEG or TIFF"),
        ("empty.pdf", lambda: b"", "empty"),
        ("cut.pdf", lambda: brochure_pdf("v1")[:900], "damaged or incomplete"),
        ("locked.pdf", _encrypted_pdf, "protected by a password"),
        ("long.pdf", lambda: _many_pages(12), "12 pages; the limit is 10"),
        ("huge.png", lambda: _png(12000, 10000), "megapixel limit"),
        ("banner.pdf", _banner_6m, "6000 × 900 mm, larger than the 5000 mm limit"),
        ("photo.jpg", lambda: _png(200, 100)[:60], "damaged or incomplete"),
    ],
)
def test_bad_uploads_get_a_clear_message_and_change_nothing(  # type: ignore[no-untyped-def]
    studio, settings, name, make, message
) -> None:
    settings.OWNUP_MAX_PAGES = 10
    settings.OWNUP_MAX_IMAGE_MEGAPIXELS = 100
    upload(studio, "v3", "v1.pdf")
    before = stored_files()
    events = AuditEvent.objects.count()
    client = studio.client_for("owner")
    for url in (
        reverse("ledger:upload", args=[studio.deliverable.pk]),
        reverse("ledger:gate", args=[studio.deliverable.pk]),
    ):
        response = post_file(client, url, name, make())
        assert response.status_code == 400
        assert message in response.content.decode()
    assert Version.objects.count() == 1
    assert studio.deliverable.release_checks.count() == 0
    assert AuditEvent.objects.count() == events
    assert stored_files() == before


def test_a_png_export_is_accepted_as_a_one_page_version(studio) -> None:  # type: ignore[no-untyped-def]
    response = post_file(
        studio.client_for("owner"),
        reverse("ledger:upload", args=[studio.deliverable.pk]),
        "export.pdf",  # the name lies; the content decides
        _png(600, 800),
    )
    assert response.status_code == 302
    version = Version.objects.get()
    assert (version.kind, version.page_count) == ("png", 1)


def test_an_oversized_request_is_refused_before_reading_it(studio, settings) -> None:  # type: ignore[no-untyped-def]
    settings.OWNUP_MAX_REQUEST_BYTES = 50_000
    response = post_file(
        studio.client_for("owner"),
        reverse("ledger:upload", args=[studio.deliverable.pk]),
        "big.pdf",
        b"%PDF-1.7\n" + b"0" * 100_000,
    )
    assert response.status_code == 413
    assert "Nothing was stored" in response.content.decode()
    assert not Version.objects.exists()


def _token_from(message_text: str) -> str:
    return re.search(r"/review/([A-Za-z0-9_\-]+)/", message_text).group(1)


def test_approval_link_stores_only_a_hash_and_records_the_decision(studio) -> None:  # type: ignore[no-untyped-def]
    version = upload(studio, "v3", "v1.pdf")
    run_tasks()
    owner = studio.client_for("owner")
    response = owner.post(
        reverse("ledger:version", args=[version.pk]),
        {"contacts": [studio.contact.pk], "message": "Voici le BAT"},
    )
    assert response.status_code == 302
    request = ApprovalRequest.objects.get()
    from ownup.web.mail.models import OutboxMessage

    mail = OutboxMessage.objects.get(kind="approval_request")
    assert mail.language == "fr" and "à approuver" in mail.subject
    token = _token_from(mail.text_body)
    assert token not in request.token_hash
    assert request.token_hash == hashlib.sha256(token.encode()).hexdigest()

    from django.test import Client

    client = Client(HTTP_USER_AGENT="ClientBrowser/1.0", REMOTE_ADDR="198.51.100.9")
    page = client.get(f"/review/{token}/")
    assert page.status_code == 200
    body = page.content.decode()
    assert "Brochure A5" in body and "Votre décision" in body
    assert client.get(f"/review/{token}/pages/1.png").status_code == 200
    assert Client().get(f"/review/{token[:-2]}xx/").status_code == 404
    comment = client.post(
        f"/review/{token}/comment/",
        {
            "comment-page": 1,
            "comment-x": 0.25,
            "comment-y": 0.4,
            "comment-text": "Logo plus grand",
            "comment-author": "Claire Martin",
        },
    )
    assert comment.status_code == 302
    decided = client.post(
        f"/review/{token}/decide/", {"outcome": Outcome.APPROVED, "signer_name": "Claire Martin"}
    )
    assert decided.status_code == 302
    decision = Decision.objects.get()
    assert decision.version_sha256 == version.sha256
    assert (decision.ip, decision.user_agent) == ("198.51.100.9", "ClientBrowser/1.0")
    assert decision.signer_name == "Claire Martin"
    assert version.is_approved
    # One decision per link: a second one is refused and nothing changes.
    again = client.post(
        f"/review/{token}/decide/",
        {"outcome": Outcome.CHANGES_REQUIRED, "signer_name": "X", "note": "no"},
    )
    assert again.status_code == 410
    assert Decision.objects.count() == 1
    kinds = list(AuditEvent.objects.order_by("at", "id").values_list("kind", flat=True))
    assert kinds == [
        EventKind.UPLOADED,
        EventKind.LINK_SENT,
        EventKind.LINK_OPENED,
        EventKind.COMMENTED,
        EventKind.DECIDED,
    ]
    # A new version never inherits the approval.
    v2 = upload(studio, "v3", "same-content-again.pdf")
    assert not v2.is_approved


def test_revoked_and_expired_links_accept_no_decision(studio) -> None:  # type: ignore[no-untyped-def]
    from django.test import Client
    from django.utils import timezone

    version = upload(studio, "v3", "v1.pdf")
    tokens = []
    for _ in range(2):
        token, digest = ApprovalRequest.new_token()
        ApprovalRequest.objects.create(
            workspace=studio.workspace,
            version=version,
            contact=studio.contact,
            token_hash=digest,
            created_by=studio.owner,
            expires_at=ApprovalRequest.default_expiry(),
        )
        tokens.append((token, digest))
    revoked = ApprovalRequest.objects.get(token_hash=tokens[0][1])
    owner = studio.client_for("owner")
    assert owner.post(reverse("ledger:revoke", args=[revoked.pk])).status_code == 302
    expired = ApprovalRequest.objects.get(token_hash=tokens[1][1])
    ApprovalRequest.objects.filter(pk=expired.pk).update(expires_at=timezone.now())
    for token, _digest in tokens:
        response = Client().post(
            f"/review/{token}/decide/", {"outcome": Outcome.APPROVED, "signer_name": "Claire"}
        )
        assert response.status_code == 410
    assert not Decision.objects.exists()
    assert not version.is_approved


def test_audit_trail_is_append_only(world) -> None:  # type: ignore[no-untyped-def]
    event = AuditEvent.objects.first()
    event.detail = "rewritten"
    with pytest.raises(ValueError, match="append-only"):
        event.save()
    with pytest.raises(ValueError, match="append-only"):
        event.delete()
    decision = world.extra["decision"]
    decision.outcome = Outcome.CHANGES_REQUIRED
    with pytest.raises(ValueError):
        decision.save()


def test_gate_passes_an_approved_file_and_issues_a_certificate(world) -> None:  # type: ignore[no-untyped-def]
    released = world.extra["released"]
    assert released.outcome == GateOutcome.RELEASED
    assert released.matched_version == world.extra["v1"]
    owner = world.client_for("owner")
    page = owner.get(released.get_absolute_url()).content.decode()
    assert "Identical to version 1, approved by Claire Martin" in page
    response = owner.get(reverse("ledger:certificate_pdf", args=[released.pk]))
    assert response["Content-Type"] == "application/pdf"
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(response.content)).pages)
    compact = text.replace("\n", "")
    assert released.sha256 in compact
    assert "Claire Martin" in text and released.certificate_number in text
    html = owner.get(reverse("ledger:certificate", args=[released.pk])).content.decode()
    assert released.sha256 in html and "192.0.2.7" in html
    assert AuditEvent.objects.filter(kind=EventKind.RELEASED).count() == 1


def test_gate_refuses_a_changed_file_and_lists_every_change(world) -> None:  # type: ignore[no-untyped-def]
    refused = world.extra["refused"]
    assert refused.outcome == GateOutcome.REFUSED
    assert refused.reference_version == world.extra["v1"]
    comparison = world.extra["refused_comparison"]
    comparison.refresh_from_db()
    assert comparison.status == JobStatus.DONE
    texts = [(c["old_text"], c["new_text"]) for c in comparison.changes()]
    assert any("47 35" in (o or "") and "74 35" in (n or "") for o, n in texts), texts
    owner = world.client_for("owner")
    page = owner.get(refused.get_absolute_url()).content.decode()
    assert "Refused: do not send this file" in page
    assert "02 41 88 74 35" in page and "Request approval of this file" in page
    assert owner.get(reverse("ledger:certificate_pdf", args=[refused.pk])).status_code == 404
    # Owning it up starts from here when the file already went out.
    incident_url = f"/incidents/new/?release={refused.pk}"
    assert incident_url in page
    assert owner.get(incident_url).status_code == 200
    # One click: the refused file becomes the next version, to be sent for approval.
    response = owner.post(reverse("ledger:release_check_request_approval", args=[refused.pk]))
    assert response.status_code == 302
    new_version = world.deliverable.versions.order_by("-number").first()
    assert new_version.sha256 == refused.sha256 and not new_version.is_approved
    assert response["Location"].endswith(f"/versions/{new_version.pk}/#send")


def test_a_file_approved_with_changes_does_not_pass_as_is(world) -> None:  # type: ignore[no-untyped-def]
    from ownup.web.ledger import services
    from ownup.web.ledger.uploads import check_path

    from .helpers import pdf_file

    v2 = world.extra["v2"]
    services.record_decision(
        world.extra["pending"], Outcome.APPROVED_WITH_CHANGES, "Claire", "Bleu", None, ""
    )
    result = services.check_release(
        world.deliverable, check_path(pdf_file("final"), "f.pdf"), world.owner
    )
    assert result.check.outcome == GateOutcome.REFUSED
    assert result.check.reference_version == v2  # compared with the newest positive decision


def test_gate_refuses_everything_before_any_approval(studio) -> None:  # type: ignore[no-untyped-def]
    upload(studio, "v3", "v1.pdf")
    response = post_file(
        studio.client_for("owner"),
        reverse("ledger:gate", args=[studio.deliverable.pk]),
        "v1.pdf",
        brochure_pdf("v3"),
    )
    check = studio.deliverable.release_checks.get()
    assert response.status_code == 302
    assert check.outcome == GateOutcome.NO_APPROVAL
    assert not hasattr(check, "comparison") or check.comparison is None


def test_compare_two_versions_in_the_browser(world) -> None:  # type: ignore[no-untyped-def]
    owner = world.client_for("owner")
    comparison = world.extra["comparison"]
    comparison.refresh_from_db()
    assert comparison.change_count >= 2
    page = owner.get(comparison.get_absolute_url()).content.decode()
    assert "Side by side" in page and "Overlay" in page
    assert 'class="box"' in page  # every change is boxed on the pages
    assert "74 35" in page
    report = owner.get(reverse("ledger:comparison_report", args=[comparison.pk]))
    assert b"<html" in b"".join(report.streaming_content)[:2000].lower()
    annotated = owner.get(reverse("ledger:comparison_annotated", args=[comparison.pk]))
    pdf = pypdf.PdfReader(io.BytesIO(b"".join(annotated.streaming_content)))
    annotations = [a for p in pdf.pages for a in (p.get("/Annots") or [])]
    assert len(annotations) >= comparison.change_count
    # Box positions stay valid CSS in French too (no decimal comma in a style attribute).
    french = owner.get(comparison.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Côte à côte" in french
    boxes = re.findall(r'class="box" style="([^"]+)"', french)
    assert boxes and all(re.fullmatch(r"(?:\w+:[0-9.]+%;?)+", b) for b in boxes), boxes[:2]
    status = owner.get(reverse("ledger:comparison_status", args=[comparison.pk])).json()
    assert status["status"] == "done" and status["changes"] == comparison.change_count


def test_a_failed_comparison_is_reported_and_changes_nothing(studio) -> None:  # type: ignore[no-untyped-def]
    """A stored file damaged behind the application's back: the comparison fails with its
    reason on the page, and the ledger keeps every version and decision as it was."""
    from ownup.web.ledger import services

    v1 = upload(studio, "v3", "v1.pdf")
    v2 = upload(studio, "final", "v2.pdf")
    run_tasks()
    with open(v2.file.path, "r+b") as handle:
        handle.truncate(300)
    comparison = services.start_comparison(v1, v2, user=studio.owner)
    run_tasks()
    comparison.refresh_from_db()
    assert comparison.status == JobStatus.FAILED
    assert comparison.error and comparison.result is None and not comparison.report_html
    page = studio.client_for("owner").get(comparison.get_absolute_url()).content.decode()
    assert "The comparison failed" in page
    assert list(studio.deliverable.versions.values_list("number", flat=True)) == [1, 2]
    assert not AuditEvent.objects.filter(kind=EventKind.COMPARED).exists()
