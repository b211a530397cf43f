from django.urls import path

from carecomms.accounts import views

urlpatterns = [
    path("accounts/sign-out-everywhere/", views.sign_out_everywhere, name="sign_out_everywhere"),
    path("metrics", views.metrics, name="metrics"),
]
