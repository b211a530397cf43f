"""Safeguarding pages. Thin: look up through the visibility rules (404 otherwise), call an action, render."""

from __future__ import annotations

from typing import Any

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from carecomms import screening
from carecomms.access import visible_people
from carecomms.audit.actions import do_audit
from carecomms.messaging.models import Message, UnknownSender
from carecomms.safeguarding import actions
from carecomms.safeguarding.access import visible_alerts, visible_reports
from carecomms.safeguarding.forms import CloseAlertForm, ReportOutcomeForm, ResolveUnknownSenderForm
from carecomms.safeguarding.models import Alert, Report

CONTEXT_MESSAGES = 3  # how many messages either side a manager sees around a reported one


def _apply_errors(form: Form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)


@login_required
@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    """Open alerts and reports, oldest first: the one that has waited longest is the most urgent."""
    alerts = (
        visible_alerts(request.user)
        .filter(status=Alert.Status.OPEN)
        .select_related("person")
        .prefetch_related("recipients__user")
        .order_by("raised_at", "pk")
    )
    reports = (
        visible_reports(request.user)
        .filter(status=Report.Status.OPEN)
        .select_related("person", "reported_by")
        .order_by("raised_at", "pk")
    )
    alerts, reports = list(alerts), list(reports)
    do_audit(
        "safeguarding:overview_viewed",
        actor=request.user,
        detail={"alerts": [a.pk for a in alerts], "reports": [r.pk for r in reports]},
    )
    return render(
        request,
        "safeguarding/overview.html",
        {
            "alerts": alerts,
            "reports": reports,
            "now": timezone.now(),
            "can_triage": request.user.is_team_manager,
            "unknown_count": UnknownSender.objects.filter(resolved_at__isnull=True).count()
            if request.user.is_team_manager
            else 0,
        },
    )


def _visible_alert(request: HttpRequest, alert_id: int) -> Alert:
    alert = (
        visible_alerts(request.user)
        .filter(pk=alert_id)
        .select_related("person", "message__conversation", "closed_by")
        .first()
    )
    if alert is None:
        raise Http404("No such alert")
    return alert


@login_required
@require_http_methods(["GET", "POST"])
def alert_detail(request: HttpRequest, alert_id: int) -> HttpResponse:
    alert = _visible_alert(request, alert_id)
    form = CloseAlertForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.do_close_alert(
                request.user,
                alert,
                action_taken=form.cleaned_data["action_taken"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            _apply_errors(form, error)
        else:
            flash.success(request, "Alert closed. What you did has been added to the case record.")
            return redirect("safeguarding:overview")
    do_audit("safeguarding:alert_viewed", actor=request.user, target=alert, person_id=alert.person_id)
    return render(
        request,
        "safeguarding/alert.html",
        {
            "alert": alert,
            "form": form,
            "now": timezone.now(),
            "recipients": alert.recipients.select_related("user"),
            "notifications": alert.notifications.select_related("recipient").order_by("created_at", "pk"),
            "action_label": actions.ALERT_ACTIONS.get(alert.action_taken, ""),
            "can_open_conversation": visible_people(request.user).filter(pk=alert.person_id).exists(),
        },
    )


def _context_around(message: Message) -> list[Message]:
    thread = message.conversation.messages.select_related("author").prefetch_related("attachments")
    before = list(
        thread.filter(created_at__lte=message.created_at)
        .exclude(pk=message.pk)
        .order_by("-created_at", "-pk")[:CONTEXT_MESSAGES]
    )
    after = list(
        thread.filter(created_at__gte=message.created_at)
        .exclude(pk=message.pk)
        .exclude(pk__in=[m.pk for m in before])
        .order_by("created_at", "pk")[:CONTEXT_MESSAGES]
    )
    return [*reversed(before), message, *after]


@login_required
@require_http_methods(["GET", "POST"])
def report_detail(request: HttpRequest, report_id: int) -> HttpResponse:
    report = (
        visible_reports(request.user)
        .filter(pk=report_id)
        .select_related("person", "message__conversation", "reported_by", "outcome_by")
        .first()
    )
    if report is None:
        raise Http404("No such report")
    can_decide = report.status == Report.Status.OPEN and request.user.is_team_manager
    form = ReportOutcomeForm(request.POST or None)
    if request.method == "POST":
        if not can_decide:
            raise PermissionDenied("Only the team manager can record the outcome of an open report.")
        if form.is_valid():
            try:
                actions.do_record_report_outcome(
                    request.user,
                    report,
                    outcome=form.cleaned_data["outcome"],
                    release_attachments=form.cleaned_data["release_attachments"],
                )
            except ValidationError as error:
                _apply_errors(form, error)
            else:
                flash.success(request, "Outcome recorded and added to the case record.")
                return redirect("safeguarding:overview")
    do_audit("safeguarding:report_viewed", actor=request.user, target=report, person_id=report.person_id)
    context: dict[str, Any] = {
        "report": report,
        "form": form,
        "can_decide": can_decide,
        "now": timezone.now(),
        "context_messages": _context_around(report.message),
        "attachments": report.message.attachments.all(),
    }
    return render(request, "safeguarding/report.html", context)


@login_required
@require_POST
def report_message(request: HttpRequest, message_id: int) -> HttpResponse:
    """The one-click report from the conversation page."""
    message = (
        Message.objects.select_related("conversation")
        .filter(pk=message_id, conversation__person__in=visible_people(request.user).values("pk"))
        .first()
    )
    if message is None:
        raise Http404("No such message on your caseload")
    try:
        report = actions.do_report_message(request.user, message)
    except ValidationError as error:
        flash.error(request, " ".join(error.messages))
    else:
        flash.success(
            request,
            f"Reported to your line manager (report {report.pk}). "
            "Any attachments are held until they have looked at it.",
        )
    return redirect("web:conversation", conversation_id=message.conversation_id)


def _check_triage(request: HttpRequest) -> None:
    try:
        actions.check_can_triage(request.user)
    except PermissionDenied:
        raise Http404("No such page") from None


@login_required
@require_GET
def triage_queue(request: HttpRequest) -> HttpResponse:
    _check_triage(request)
    waiting = list(
        UnknownSender.objects.filter(resolved_at__isnull=True)
        .select_related("channel")
        .order_by("received_at", "pk")
    )
    rows = [
        {
            "unknown": unknown,
            "flags": screening.screen_inbound(unknown.body).flags if unknown.body else (),
            "form": ResolveUnknownSenderForm(prefix=f"u{unknown.pk}"),
        }
        for unknown in waiting
    ]
    do_audit("triage:queue_viewed", actor=request.user, detail={"unknown_senders": [u.pk for u in waiting]})
    return render(request, "safeguarding/triage.html", {"rows": rows, "now": timezone.now()})


@login_required
@require_POST
def resolve_unknown_sender(request: HttpRequest, unknown_id: int) -> HttpResponse:
    _check_triage(request)
    unknown = UnknownSender.objects.filter(pk=unknown_id).first()
    if unknown is None:
        raise Http404("No such message")
    form = ResolveUnknownSenderForm(request.POST, prefix=f"u{unknown.pk}")
    if not form.is_valid():
        flash.error(request, "Say what you did about this message before marking it dealt with.")
        return redirect("safeguarding:triage")
    try:
        actions.do_resolve_unknown_sender(request.user, unknown, note=form.cleaned_data["note"])
    except ValidationError as error:
        flash.error(request, " ".join(error.messages))
    else:
        flash.success(request, "Marked as dealt with.")
    return redirect("safeguarding:triage")
