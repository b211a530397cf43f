"""Pages for working patterns (G9) and contact exceptions (G4). Thin: forms in, actions do the work."""

from __future__ import annotations

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from carecomms.access import can_message_person
from carecomms.people import actions
from carecomms.people.models import ContactException, Role, User
from carecomms.web.forms import WEEKDAYS, ExceptionDecisionForm, ExceptionRequestForm, WorkingPatternForm
from carecomms.web.views import _visible_person


def _apply_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)


@login_required
@require_http_methods(["GET", "POST"])
def working_pattern(request: HttpRequest, user_id: int | None = None) -> HttpResponse:
    staff = request.user if user_id is None else get_object_or_404(User, pk=user_id)
    try:
        actions.check_can_set_working_pattern(request.user, staff)
    except PermissionDenied:
        raise Http404("No such member of staff") from None
    from carecomms.guidance.loader import policy_in_force

    _, document = policy_in_force()
    current = staff.working_pattern or document.default_working_pattern.to_dict()
    form = WorkingPatternForm(request.POST or None, initial=WorkingPatternForm.initial_from(current))
    if request.method == "POST" and form.is_valid():
        actions.do_set_working_pattern(request.user, staff, form.pattern)
        flash.success(request, "Working pattern saved. Messages outside these hours will be offered a schedule.")
        return redirect(request.path)
    return render(request, "web/working_pattern.html", {"form": form, "staff": staff, "weekdays": WEEKDAYS,
                                                        "uses_default": not staff.working_pattern})


@login_required
@require_http_methods(["GET", "POST"])
def request_exception(request: HttpRequest, person_id: int) -> HttpResponse:
    person = _visible_person(request, person_id)
    if not can_message_person(request.user, person):
        raise PermissionDenied("Only the allocated practitioner can request an exception.")
    form = ExceptionRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.do_request_exception(
                request.user, person, channel_kind="whatsapp",
                consent_basis=form.cleaned_data["consent_basis"],
                risk_assessment_ref=form.cleaned_data["risk_assessment_ref"],
                reason=form.cleaned_data["reason"], expires_at=form.cleaned_data["expires_at"],
            )
        except ValidationError as error:
            _apply_errors(form, error)
        else:
            flash.success(request, "Request sent to your Team Manager. Direct contact stays off until it is approved.")
            return redirect("web:person", person_id=person.pk)
    return render(request, "web/exception_request.html", {"form": form, "person": person})


@login_required
@require_http_methods(["GET"])
def exceptions(request: HttpRequest) -> HttpResponse:
    if request.user.role == Role.TEAM_MANAGER:
        rows = ContactException.objects.filter(person__team_id=request.user.team_id)
    elif request.user.role in {Role.PRACTITIONER, Role.STUDENT_SOCIAL_WORKER}:
        rows = ContactException.objects.filter(requested_by=request.user)
    else:
        raise PermissionDenied("Contact exceptions are for practitioners and Team Managers.")
    rows = rows.select_related("person", "requested_by", "decided_by").order_by("status", "requested_at")
    return render(request, "web/exceptions.html", {"rows": rows, "now": timezone.now()})


@login_required
@require_http_methods(["GET", "POST"])
def decide_exception(request: HttpRequest, exception_id: int) -> HttpResponse:
    exception = get_object_or_404(ContactException.objects.select_related("person", "requested_by"), pk=exception_id)
    if request.user.role != Role.TEAM_MANAGER or exception.person.team_id != request.user.team_id:
        raise Http404("No such request")
    form = ExceptionDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.do_decide_exception(request.user, exception, approve=form.cleaned_data["decision"] == "approve",
                                        reason=form.cleaned_data["decision_reason"])
        except (ValidationError, PermissionDenied) as error:
            form.add_error(None, getattr(error, "messages", None) or str(error))
        else:
            flash.success(request, "Decision recorded.")
            return redirect("web:exceptions")
    return render(request, "web/exception_decide.html", {"form": form, "exception": exception,
                                                         "own_request": exception.requested_by_id == request.user.pk})
