from django.contrib import admin

from ownup.web.ledger.models import (
    ApprovalRequest,
    AuditEvent,
    Comparison,
    Decision,
    Deliverable,
    ReleaseCheck,
    Version,
)


@admin.register(Deliverable)
class DeliverableAdmin(admin.ModelAdmin):
    list_display = ["title", "project", "workspace", "created_at"]


@admin.register(Version)
class VersionAdmin(admin.ModelAdmin):
    list_display = ["deliverable", "number", "original_name", "sha256", "uploaded_at"]
    readonly_fields = [f.name for f in Version._meta.fields]


@admin.register(ApprovalRequest)
class ApprovalRequestAdmin(admin.ModelAdmin):
    list_display = ["version", "contact", "created_at", "expires_at", "revoked_at"]
    exclude = ["token_hash", "reminder_token_hash"]


@admin.register(Decision)
class DecisionAdmin(admin.ModelAdmin):
    list_display = ["version", "outcome", "signer_name", "decided_at", "ip"]

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(Comparison)
class ComparisonAdmin(admin.ModelAdmin):
    list_display = ["deliverable", "old_version", "new_version", "status", "change_count"]


@admin.register(ReleaseCheck)
class ReleaseCheckAdmin(admin.ModelAdmin):
    list_display = ["deliverable", "original_name", "outcome", "created_at", "released_at"]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ["deliverable", "kind", "actor", "at", "detail"]

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False
