from django.urls import path

from carecomms.web import arrangements, views

app_name = "web"

urlpatterns = [
    path("", views.home, name="home"),
    path("caseload/", views.caseload, name="caseload"),
    path("people/<int:person_id>/", views.person_detail, name="person"),
    path("people/<int:person_id>/conversations/", views.open_conversation, name="open_conversation"),
    path("conversations/<int:conversation_id>/", views.conversation_detail, name="conversation"),
    path("conversations/<int:conversation_id>/thread/", views.conversation_thread, name="conversation_thread"),
    path("conversations/<int:conversation_id>/consent/", views.request_consent, name="request_consent"),
    path("conversations/<int:conversation_id>/template/", views.send_template, name="send_template"),
    path("conversations/<int:conversation_id>/attachments/<int:attachment_id>/", views.attachment,
         name="attachment"),
    path("people/<int:person_id>/exception/", arrangements.request_exception, name="request_exception"),
    path("exceptions/", arrangements.exceptions, name="exceptions"),
    path("exceptions/<int:exception_id>/", arrangements.decide_exception, name="decide_exception"),
    path("working-pattern/", arrangements.working_pattern, name="working_pattern"),
    path("staff/<int:user_id>/working-pattern/", arrangements.working_pattern, name="staff_working_pattern"),
]
