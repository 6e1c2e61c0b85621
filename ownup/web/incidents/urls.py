from django.urls import path

from ownup.web.incidents import views

app_name = "incidents"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("new/", views.incident_new, name="new"),
    path("check/", views.check_draft, name="check"),
    path("contacts/", views.contact_log, name="contacts"),
    path("contacts/<int:pk>/answer/", views.contact_answer, name="contact_answer"),
    path("settings/", views.preferences, name="preferences"),
    path("<int:pk>/", views.incident_detail, name="detail"),
    path("<int:pk>/facts/", views.incident_facts, name="facts"),
    path("<int:pk>/consequences/", views.incident_consequences, name="consequences"),
    path("<int:pk>/disclosure/", views.incident_disclosure, name="disclosure"),
    path("<int:pk>/remedies/", views.incident_remedies, name="remedies"),
    path("<int:pk>/calm/", views.incident_calm, name="calm"),
    path("<int:pk>/messages/", views.incident_messages, name="messages"),
    path("<int:pk>/call-done/", views.incident_call_done, name="call_done"),
    path("<int:pk>/stage/", views.incident_stage, name="stage"),
    path("<int:pk>/tasks/", views.incident_tasks, name="tasks"),
    path("<int:pk>/tasks.ics", views.incident_tasks_ics, name="tasks_ics"),
    path("<int:pk>/close/", views.incident_close, name="close"),
    path("<int:pk>/postmortem.md", views.postmortem_markdown, name="postmortem_md"),
    path("<int:pk>/postmortem.pdf", views.postmortem_pdf, name="postmortem_pdf"),
]
