"""Sign out everywhere, and the token-protected metrics endpoint."""

from __future__ import annotations

import hmac

from django.apps import apps
from django.conf import settings
from django.contrib import messages as flash
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from carecomms.accounts.sessions import do_sign_out_everywhere


@login_required
@require_http_methods(["GET", "POST"])
def sign_out_everywhere(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "accounts/sign_out_everywhere.html")
    do_sign_out_everywhere(request.user)
    logout(request)
    flash.success(request, "You have been signed out on every device.")
    return redirect(settings.LOGIN_URL)


def _bearer_token(request: HttpRequest) -> str:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


@require_GET
def metrics(request: HttpRequest) -> HttpResponse:
    """Prometheus text format. Counts only: no names, numbers or bodies. No token configured: no page."""
    if not settings.METRICS_TOKEN:
        raise Http404()
    if not hmac.compare_digest(_bearer_token(request).encode(), settings.METRICS_TOKEN.encode()):
        response = HttpResponse("unauthorised\n", status=401, content_type="text/plain")
        response["WWW-Authenticate"] = 'Bearer realm="metrics"'
        return response
    return HttpResponse(prometheus_text(), content_type="text/plain; version=0.0.4; charset=utf-8")


def prometheus_text() -> str:
    from carecomms.messaging.models import InboundWebhook, OutboxItem

    lines = ["# HELP carecomms_outbox_items Outbox items by state.", "# TYPE carecomms_outbox_items gauge"]
    counts = dict(OutboxItem.objects.values_list("state").annotate(n=Count("pk")))
    for state in OutboxItem.State.values:
        lines.append(f'carecomms_outbox_items{{state="{state}"}} {counts.get(state, 0)}')
    lines += ["# HELP carecomms_webhook_backlog Stored webhook bodies not yet processed.",
              "# TYPE carecomms_webhook_backlog gauge",
              f"carecomms_webhook_backlog {InboundWebhook.objects.filter(processed_at__isnull=True).count()}"]
    if apps.is_installed("carecomms.safeguarding"):
        alert = apps.get_model("safeguarding", "Alert")
        lines += ["# HELP carecomms_safeguarding_alerts_open Safeguarding alerts not yet closed.",
                  "# TYPE carecomms_safeguarding_alerts_open gauge",
                  f"carecomms_safeguarding_alerts_open {alert.objects.filter(status='open').count()}"]
    return "\n".join(lines) + "\n"
