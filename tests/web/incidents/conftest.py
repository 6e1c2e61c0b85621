"""The incidents tests build on the web suite's personas (``tests/web/conftest.py``: an owner
and a member of the studio's workspace, an outsider with a workspace of their own) and add an
incident taken from the PRODUCT.md story."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from ownup.web.incidents import services


@pytest.fixture
def incident(studio):  # type: ignore[no-untyped-def]
    return services.open_incident(
        studio.workspace,
        studio.owner,
        title="Brochures differ from the approved proof",
        what_happened="the 300 printed brochures differ from the proof you approved: the "
        "opening hours on page 4 are wrong",
        client=studio.company,
        contact=studio.contact,
        deliverable=studio.deliverable,
        project=studio.project,
        discovered_at=timezone.now() - timedelta(hours=1),
        causes="After your approval, I adjusted a text block to balance it.\n"
        "I sent that file to the printer without asking you to approve it again.",
    )
