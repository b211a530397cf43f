from django.urls import path

from carecomms.safeguarding import views

app_name = "safeguarding"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("alerts/<int:alert_id>/", views.alert_detail, name="alert"),
    path("reports/<int:report_id>/", views.report_detail, name="report"),
    path("messages/<int:message_id>/report/", views.report_message, name="report_message"),
    path("unknown-numbers/", views.triage_queue, name="triage"),
    path("unknown-numbers/<int:unknown_id>/", views.resolve_unknown_sender, name="resolve_unknown"),
]
