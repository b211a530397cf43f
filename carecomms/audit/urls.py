from django.urls import path

from carecomms.audit import views

app_name = "audit"

urlpatterns = [
    path("", views.audit_search, name="search"),
    path("break-glass/", views.break_glass_list, name="break_glass"),
    path("break-glass/<int:grant_id>/reviewed/", views.break_glass_review, name="break_glass_review"),
    path("break-glass/people/<int:person_id>/", views.break_glass_open, name="break_glass_open"),
]
