from django.urls import path

from ownup.web.ledger import client_views, views

app_name = "ledger"

urlpatterns = [
    path("deliverables/<int:deliverable_id>/", views.deliverable_detail, name="deliverable"),
    path("deliverables/<int:deliverable_id>/upload/", views.version_upload, name="upload"),
    path("deliverables/<int:deliverable_id>/compare/", views.compare_start, name="compare"),
    path("deliverables/<int:deliverable_id>/gate/", views.release_gate, name="gate"),
    path(
        "deliverables/<int:deliverable_id>/timeline/", views.deliverable_timeline, name="timeline"
    ),
    path("versions/<int:version_id>/", views.version_detail, name="version"),
    path("versions/<int:version_id>/status/", views.version_status, name="version_status"),
    path("versions/<int:version_id>/file/", views.version_file, name="version_file"),
    path("versions/<int:version_id>/pages/<int:page>.png", views.version_page, name="version_page"),
    path("approvals/<int:request_id>/revoke/", views.revoke_request, name="revoke"),
    path("comparisons/<int:comparison_id>/", views.comparison_detail, name="comparison"),
    path(
        "comparisons/<int:comparison_id>/status/", views.comparison_status, name="comparison_status"
    ),
    path(
        "comparisons/<int:comparison_id>/report.html",
        views.comparison_report,
        name="comparison_report",
    ),
    path(
        "comparisons/<int:comparison_id>/annotated.pdf",
        views.comparison_annotated,
        name="comparison_annotated",
    ),
    path("releases/<int:check_id>/", views.release_check_detail, name="release_check"),
    path("releases/<int:check_id>/file/", views.release_check_file, name="release_check_file"),
    path("releases/<int:check_id>/pages/<int:page>.png", views.check_page, name="check_page"),
    path(
        "releases/<int:check_id>/request-approval/",
        views.release_check_request_approval,
        name="release_check_request_approval",
    ),
    path("releases/<int:check_id>/certificate/", views.certificate_html, name="certificate"),
    path("releases/<int:check_id>/certificate.pdf", views.certificate_pdf, name="certificate_pdf"),
    # The client's side, reached by the emailed link.
    path("review/<str:token>/", client_views.client_review, name="client_review"),
    path("review/<str:token>/comment/", client_views.client_comment, name="client_comment"),
    path("review/<str:token>/decide/", client_views.client_decide, name="client_decide"),
    path("review/<str:token>/pages/<int:page>.png", client_views.client_page, name="client_page"),
]
