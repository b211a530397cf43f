"""Administrators' view of deliveries to the case record (what is waiting, what was refused, try again), and
the data-protection officer's person records page: legal hold, retention status, subject access exports.

The officer's pages show counts and hashes, never message bodies; the only way to the words is the
audited download of a subject access export.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from carecomms.audit.actions import do_audit
from carecomms.people.models import Person
from carecomms.records.actions import check_records_administrator, do_retry_delivery
from carecomms.records.legal_hold import check_legal_hold_officer, do_lift_legal_hold, do_place_legal_hold
from carecomms.records.models import RecordDocument
from carecomms.records.retention import retention_status
from carecomms.records.subject_access import (
    ExportUnavailable,
    do_download_subject_access_export,
    do_request_subject_access_export,
    is_expired,
)


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


# --- the data-protection officer: person records ----------------------------------------------------


class FindPersonForm(forms.Form):
    case_record_id = forms.CharField(
        max_length=40, label="Case record id", error_messages={"required": "Enter the person's case record id"}
    )


class ReasonForm(forms.Form):
    """The reason is validated by `records.legal_hold` (one place for the rule and its wording)."""

    reason = forms.CharField(required=False, widget=forms.Textarea, label="Reason")


@login_required
@require_GET
def find_person(request: HttpRequest) -> HttpResponse:
    check_legal_hold_officer(request.user)  # type: ignore[arg-type]
    form = FindPersonForm(request.GET if "case_record_id" in request.GET else None)
    if form.is_bound and form.is_valid():
        person = Person.objects.filter(case_record_id=form.cleaned_data["case_record_id"].strip()).first()
        if person is not None:
            return redirect("records:person", person_id=person.pk)
        form.add_error("case_record_id", "No person has that case record id")
    on_hold = Person.objects.filter(legal_hold=True).order_by("case_record_id")
    return render(request, "records/find_person.html", {"form": form, "on_hold": on_hold})


def _person_page(request: HttpRequest, person: Person, form: ReasonForm | None = None,
                 status: int = 200) -> HttpResponse:
    now = timezone.now()
    exports = list(person.subject_access_exports.select_related("requested_by"))
    for export in exports:
        export.expired = is_expired(export, now)  # type: ignore[attr-defined]
    context: dict[str, Any] = {
        "person": person,
        "form": form or ReasonForm(),
        "events": person.legal_hold_events.select_related("actor"),
        "retention": retention_status(person),
        "retention_days": settings.RECORDS_RETENTION_DAYS,
        "keep_days": settings.RECORDS_SAR_KEEP_DAYS,
        "exports": exports,
        "export_in_progress": any(export.in_progress for export in exports),
    }
    return render(request, "records/person.html", context, status=status)


@login_required
@require_GET
def person(request: HttpRequest, person_id: int) -> HttpResponse:
    check_legal_hold_officer(request.user)  # type: ignore[arg-type]
    found = get_object_or_404(Person.objects.select_related("team"), pk=person_id)
    do_audit("records:person_viewed", actor=request.user, target=found, person_id=found.pk)
    return _person_page(request, found)


def _change_hold(request: HttpRequest, person_id: int, *, place: bool) -> HttpResponse:
    found = get_object_or_404(Person.objects.select_related("team"), pk=person_id)
    form = ReasonForm(request.POST)
    form.is_valid()
    try:
        (do_place_legal_hold if place else do_lift_legal_hold)(
            found, request.user, form.cleaned_data.get("reason", "")  # type: ignore[arg-type]
        )
    except ValidationError as error:
        for message in error.message_dict.get("reason", error.messages):
            form.add_error("reason", message)
        found.refresh_from_db()
        return _person_page(request, found, form)
    flash.success(request, f"Legal hold {'placed on' if place else 'lifted from'} {found.case_record_id}.")
    return redirect("records:person", person_id=found.pk)


@login_required
@require_POST
def place_legal_hold(request: HttpRequest, person_id: int) -> HttpResponse:
    return _change_hold(request, person_id, place=True)


@login_required
@require_POST
def lift_legal_hold(request: HttpRequest, person_id: int) -> HttpResponse:
    return _change_hold(request, person_id, place=False)


@login_required
@require_POST
def request_export(request: HttpRequest, person_id: int) -> HttpResponse:
    found = get_object_or_404(Person, pk=person_id)
    try:
        do_request_subject_access_export(found, request.user)  # type: ignore[arg-type]
    except ValidationError as error:
        flash.error(request, " ".join(error.messages))
    else:
        flash.success(request, "Subject access export requested. It is listed below and will be ready to "
                               "download in a few minutes: refresh this page to see.")
    return redirect("records:person", person_id=found.pk)


@login_required
@require_GET
def download_export(request: HttpRequest, person_id: int, export_id: int) -> HttpResponse:
    found = get_object_or_404(Person, pk=person_id)
    export = get_object_or_404(found.subject_access_exports.select_related("person"), pk=export_id)
    try:
        opened = do_download_subject_access_export(export, request.user)  # type: ignore[arg-type]
    except ExportUnavailable as refused:
        return render(request, "records/export_unavailable.html",
                      {"person": found, "export": export, "reason": str(refused)}, status=refused.status)
    response = HttpResponse(opened.content, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{opened.filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "no-store"
    return response
