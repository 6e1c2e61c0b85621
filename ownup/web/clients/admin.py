from django.contrib import admin

from ownup.web.clients.models import Client, Contact, Project


@admin.register(Client)
class ClientAdmin(admin.ModelAdmin):
    list_display = ["company", "workspace", "created_at"]
    search_fields = ["company"]


@admin.register(Contact)
class ContactAdmin(admin.ModelAdmin):
    list_display = ["name", "email", "client", "language"]
    search_fields = ["name", "email"]


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ["name", "client", "created_at"]
