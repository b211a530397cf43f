from django.urls import path

from carecomms.records import views

app_name = "records"

urlpatterns = [
    path("deliveries/", views.deliveries, name="deliveries"),
    path("deliveries/<int:document_pk>/retry/", views.retry, name="retry"),
]
