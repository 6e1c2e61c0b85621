"""Shape a finished comparison for the page: page pairs with their pictures and change boxes."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ownup.web.ledger.models import Comparison, JobStatus, PagePreview

KIND_LABELS = {
    "text": _("text"),
    "style": _("style"),
    "color": _("colour"),
    "image": _("image"),
    "graphic": _("graphic"),
    "moved": _("moved"),
    "page_added": _("page added"),
    "page_removed": _("page removed"),
    "page_moved": _("page moved"),
}


PAGE_STATUS_LABELS = {
    "same": _("same"),
    "changed": _("changed"),
    "added": _("added"),
    "removed": _("removed"),
    "moved": _("moved"),
}


def _box_percent(box: list[float] | None, preview: PagePreview | None) -> dict | None:
    """A box in points from the page's top-left corner, as CSS percentages of the picture."""
    if not box or preview is None or not preview.width_pt or not preview.height_pt:
        return None
    x0, y0, x1, y1 = box
    return {
        "left": round(100 * x0 / preview.width_pt, 3),
        "top": round(100 * y0 / preview.height_pt, 3),
        "width": round(max(0.4, 100 * (x1 - x0) / preview.width_pt), 3),
        "height": round(max(0.4, 100 * (y1 - y0) / preview.height_pt), 3),
    }


def comparison_context(comparison: Comparison) -> dict:
    context: dict = {"comparison": comparison, "deliverable": comparison.deliverable}
    if comparison.status != JobStatus.DONE:
        return context
    old_previews = {p.page_number: p for p in comparison.old_version.previews.all()}
    old_pk = comparison.old_version.pk
    if comparison.new_version is not None:
        new_previews = {p.page_number: p for p in comparison.new_version.previews.all()}
        new_name, new_pk = "ledger:version_page", comparison.new_version.pk
    else:
        check = comparison.release_check
        new_previews = {p.page_number: p for p in check.previews.all()}  # type: ignore[union-attr]
        new_name, new_pk = "ledger:check_page", check.pk  # type: ignore[union-attr]

    def old_url(number: int) -> str:
        return reverse("ledger:version_page", args=[old_pk, number])

    def new_url(number: int) -> str:
        return reverse(new_name, args=[new_pk, number])

    changes = []
    for number, change in enumerate(comparison.changes(), start=1):
        changes.append(
            {
                **change,
                "number": number,
                "kind_label": KIND_LABELS.get(change["kind"], change["kind"]),
                "old_box": _box_percent(
                    change.get("old_bbox"), old_previews.get(change.get("old_page"))
                ),
                "new_box": _box_percent(
                    change.get("new_bbox"), new_previews.get(change.get("new_page"))
                ),
            }
        )
    pairs = []
    for index, pair in enumerate(comparison.page_pairs(), start=1):
        old_page, new_page = pair.get("old_page"), pair.get("new_page")
        pair_changes = [
            c
            for c in changes
            if (old_page is not None and c.get("old_page") == old_page)
            or (new_page is not None and c.get("new_page") == new_page)
        ]
        pairs.append(
            {
                "index": index,
                "status": pair.get("status"),
                "status_label": PAGE_STATUS_LABELS.get(pair.get("status", ""), pair.get("status")),
                "old_page": old_page,
                "new_page": new_page,
                "old_url": old_url(old_page) if old_page in old_previews else None,
                "new_url": new_url(new_page) if new_page in new_previews else None,
                "old_ratio": _ratio(old_previews.get(old_page)),
                "new_ratio": _ratio(new_previews.get(new_page)),
                "changes": pair_changes,
            }
        )
        for change in pair_changes:
            change.setdefault("pair", index)
    context.update(
        {
            "changes": changes,
            "pairs": pairs,
            "changed_pairs": [p for p in pairs if p["status"] != "same"],
        }
    )
    return context


def _ratio(preview: PagePreview | None) -> float | None:
    if preview is None or not preview.width_pt:
        return None
    return round(preview.height_pt / preview.width_pt, 5)
