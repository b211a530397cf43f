from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from carecomms.messaging.webhooks import whatsapp_webhook
from carecomms.web.views import health

urlpatterns = [
    path("health", health, name="health"),
    path("webhooks/whatsapp", whatsapp_webhook, name="whatsapp_webhook"),
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("records/", include("carecomms.records.urls")),
    path("safeguarding/", include("carecomms.safeguarding.urls")),
    path("", include("carecomms.web.urls")),
]
