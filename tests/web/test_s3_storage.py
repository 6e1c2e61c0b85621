"""Files on S3-compatible storage: the same ledger, with versions, previews and downloads going
through a real S3 server (moto's, on 127.0.0.1) instead of the local disk."""

from __future__ import annotations

import hashlib

import boto3
import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from moto.server import ThreadedMotoServer

from ownup.web.ledger.demo.brochure import brochure_pdf
from ownup.web.ledger.models import PreviewStatus, Version

from .helpers import free_port, run_tasks

pytestmark = pytest.mark.django_db(transaction=True)

BUCKET = "ownup-files"
KEYS = {"aws_access_key_id": "ownup-test", "aws_secret_access_key": "ownup-test-secret"}


@pytest.fixture
def s3_server():  # type: ignore[no-untyped-def]
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    bucket = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", **KEYS)
    bucket.create_bucket(Bucket=BUCKET)
    yield endpoint, bucket
    server.stop()


@pytest.fixture
def s3_settings(s3_server, settings):  # type: ignore[no-untyped-def]
    endpoint, bucket = s3_server
    # The same options settings.py builds from OWNUP_STORAGE=s3 and the OWNUP_S3_* variables.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": endpoint,
                "region_name": "us-east-1",
                "access_key": KEYS["aws_access_key_id"],
                "secret_key": KEYS["aws_secret_access_key"],
                "default_acl": "private",
                "querystring_auth": True,
                "file_overwrite": False,
            },
        },
    }
    return bucket


def test_versions_and_previews_live_in_the_bucket_and_download_through_the_app(  # type: ignore[no-untyped-def]
    studio, s3_settings
) -> None:
    assert default_storage.__class__.__name__ == "S3Storage"
    client = studio.client_for("member")
    data = brochure_pdf("v1")
    response = client.post(
        reverse("ledger:upload", args=[studio.deliverable.pk]),
        {"upload-file": SimpleUploadedFile("proof.pdf", data)},
    )
    assert response.status_code == 302
    version = Version.objects.get(deliverable=studio.deliverable)
    run_tasks()
    version.refresh_from_db()
    assert version.previews_status == PreviewStatus.READY

    keys = {item["Key"] for item in s3_settings.list_objects_v2(Bucket=BUCKET).get("Contents", [])}
    assert version.file.name in keys
    stored = s3_settings.get_object(Bucket=BUCKET, Key=version.file.name)["Body"].read()
    assert hashlib.sha256(stored).hexdigest() == version.sha256
    assert sum(1 for key in keys if key.endswith(".png")) == version.page_count  # previews

    # A second upload of another file never overwrites the first object.
    client.post(
        reverse("ledger:upload", args=[studio.deliverable.pk]),
        {"upload-file": SimpleUploadedFile("proof.pdf", brochure_pdf("v2"))},
    )
    second = Version.objects.get(deliverable=studio.deliverable, number=2)
    assert second.file.name != version.file.name
    assert s3_settings.get_object(Bucket=BUCKET, Key=version.file.name)["Body"].read() == data

    # Downloads go through the scoped view (the bucket is private); outsiders get a 404.
    download = reverse("ledger:version_file", args=[version.pk])
    response = client.get(download)
    assert response.status_code == 200
    assert (
        b"".join(response.streaming_content if response.streaming else [response.content]) == data
    )
    assert studio.client_for("outsider").get(download).status_code == 404
