from django.urls import path

from carecomms.records import views

app_name = "records"

urlpatterns = [
    path("deliveries/", views.deliveries, name="deliveries"),
    path("deliveries/<int:document_pk>/retry/", views.retry, name="retry"),
    path("people/", views.find_person, name="find_person"),
    path("people/<int:person_id>/", views.person, name="person"),
    path("people/<int:person_id>/legal-hold/place/", views.place_legal_hold, name="place_legal_hold"),
    path("people/<int:person_id>/legal-hold/lift/", views.lift_legal_hold, name="lift_legal_hold"),
    path("people/<int:person_id>/subject-access/", views.request_export, name="request_export"),
    path("people/<int:person_id>/subject-access/<int:export_id>/download/", views.download_export,
         name="download_export"),
]
