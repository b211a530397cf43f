"""Administrators' view of deliveries to the case record: what is waiting, what was refused, try again."""

from __future__ import annotations

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from carecomms.records.actions import check_records_administrator, do_retry_delivery
from carecomms.records.models import RecordDocument


def _require_administrator(request: HttpRequest) -> None:
    try:
        check_records_administrator(request.user)  # type: ignore[arg-type]
    except PermissionDenied:
        raise PermissionDenied("Only administrators can see deliveries to the case record.") from None


@login_required
@require_GET
def deliveries(request: HttpRequest) -> HttpResponse:
    _require_administrator(request)
    outstanding = (
        RecordDocument.objects.exclude(state=RecordDocument.State.ACKNOWLEDGED)
        .select_related("person")
        .order_by("state", "created_at")
        .defer("content")
    )
    failed = [d for d in outstanding if d.state == RecordDocument.State.FAILED]
    waiting = [d for d in outstanding if d.state != RecordDocument.State.FAILED]
    return render(request, "records/deliveries.html", {"failed": failed, "waiting": waiting})


@login_required
@require_POST
@transaction.atomic
def retry(request: HttpRequest, document_pk: int) -> HttpResponse:
    _require_administrator(request)
    document = get_object_or_404(RecordDocument.objects.defer("content"), pk=document_pk)
    do_retry_delivery(document, request.user)  # type: ignore[arg-type]
    flash.success(request, f"{document.title} will be sent to the case record again now.")
    return redirect("records:deliveries")
