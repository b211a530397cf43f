from allauth.account import views as account_views
from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

from carecomms.messaging.webhooks import notify_delivery_receipt, notify_received_text, whatsapp_webhook
from carecomms.web.views import health

# The admin signs in through allauth too, so it cannot skip the second factor.
admin.site.login = secure_admin_login(admin.site.login)  # type: ignore[method-assign]

urlpatterns = [
    path("health", health, name="health"),
    path("webhooks/whatsapp", whatsapp_webhook, name="whatsapp_webhook"),
    path("webhooks/notify/delivery-receipts", notify_delivery_receipt, name="notify_delivery_receipt"),
    path("webhooks/notify/received-texts", notify_received_text, name="notify_received_text"),
    # allauth's views under the names the rest of the app already uses, then the rest of allauth.
    path("accounts/login/", account_views.login, name="login"),
    path("accounts/logout/", account_views.logout, name="logout"),
    path("", include("carecomms.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    path("records/", include("carecomms.records.urls")),
    path("safeguarding/", include("carecomms.safeguarding.urls")),
    path("audit/", include("carecomms.audit.urls")),
    path("", include("carecomms.web.urls")),
]
