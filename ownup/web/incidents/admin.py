from django.contrib import admin

from ownup.web.incidents.models import (
    ContactLogEntry,
    FollowUpTask,
    Incident,
    IncidentEvent,
    IncidentPreferences,
    PostMortem,
    RemedyOption,
)


class RemedyInline(admin.TabularInline):
    model = RemedyOption
    extra = 0


class TaskInline(admin.TabularInline):
    model = FollowUpTask
    extra = 0


@admin.register(Incident)
class IncidentAdmin(admin.ModelAdmin):
    list_display = ("title", "workspace", "client", "status", "severity", "discovered_at")
    list_filter = ("status", "severity", "origin")
    search_fields = ("title", "what_happened")
    inlines = [RemedyInline, TaskInline]


@admin.register(ContactLogEntry)
class ContactLogEntryAdmin(admin.ModelAdmin):
    list_display = ("who", "client", "channel", "direction", "at", "answered_at")
    list_filter = ("channel", "direction")


admin.site.register(IncidentEvent)
admin.site.register(PostMortem)
admin.site.register(IncidentPreferences)
