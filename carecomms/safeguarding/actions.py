"""Safeguarding: make sure a human who can act sees each concern, fast, and that nothing is lost.

One function per event, each in one transaction, each audited (Zulip's convention: `check_*`
validates and changes nothing, `do_*` changes). `triage_inbound_message` runs inside the receive
transaction (it is called by `messaging.hooks`), so an alert exists exactly when its message does.
E-mail never goes out inside a transaction: each recipient gets a `Notification` row, and a task
started on commit sends it; the periodic `retry_unsent_notifications` picks up any that failed.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from carecomms import policy
from carecomms.access import visible_people
from carecomms.audit.actions import do_audit
from carecomms.guidance.loader import NoPolicyInForce, policy_in_force
from carecomms.guidance.models import PolicyVersion
from carecomms.messaging.models import Attachment, ConsentState, Conversation, Message, UnknownSender
from carecomms.messaging.retry import backoff
from carecomms.people.models import Allocation, Person, Role, User
from carecomms.records.models import CaseNote
from carecomms.safeguarding.access import visible_alerts, visible_reports
from carecomms.safeguarding.models import Alert, AlertRecipient, Notification, OutOfHoursReply, Report

logger = logging.getLogger(__name__)

# G5 names 16 itself; used only when no policy document is in force, so a child is never missed.
GUIDANCE_DIRECT_CONTACT_MIN_AGE = 16
NOTIFICATION_STALE_CLAIM = timedelta(minutes=5)
QUARANTINE_ON_REPORT = "Held for the line manager's review of a reported message (G15)."

# What a practitioner or manager did about an alert; the case note records the label.
ALERT_ACTIONS: dict[str, str] = {
    "called_person": "Called the person",
    "referred_to_mash": "Referred to MASH",
    "contacted_police": "Contacted the police",
    "visited": "Visited the person",
    "discussed_with_manager": "Discussed with my manager",
    "no_further_action": "No further action",
    "other": "Something else",
}
ACTIONS_NEEDING_A_NOTE = {"no_further_action", "other"}


# --- who is involved -----------------------------------------------------------------------------


def allocated_practitioners(person: Person, now: datetime) -> list[User]:
    """The practitioners allocated to the person today (London date), in a stable order."""
    allocations = (
        Allocation.objects.current(timezone.localdate(now))
        .filter(person=person, practitioner__is_active=True)
        .select_related("practitioner__line_manager")
        .order_by("practitioner_id")
    )
    seen: dict[int, User] = {}
    for allocation in allocations:
        seen.setdefault(allocation.practitioner_id, allocation.practitioner)
    return list(seen.values())


def working_pattern_for(user: User, document: policy.PolicyDocument | None) -> policy.WorkingPattern | None:
    if user.working_pattern:
        return policy.WorkingPattern.from_dict(user.working_pattern)
    return document.default_working_pattern if document else None


def _patterns(
    practitioners: list[User], document: policy.PolicyDocument | None
) -> list[policy.WorkingPattern]:
    """Whose hours count: the allocated practitioners', or the policy's default when nobody is allocated."""
    if not practitioners:
        return [document.default_working_pattern] if document else []
    return [pattern for user in practitioners if (pattern := working_pattern_for(user, document)) is not None]


def someone_is_working(patterns: list[policy.WorkingPattern], now: datetime) -> bool:
    """With no pattern to go on (no policy in force) nobody is working: fail towards the duty team."""
    return any(pattern.is_working_time(now) for pattern in patterns)


def _team_managers(person: Person) -> list[User]:
    return list(
        User.objects.filter(role=Role.TEAM_MANAGER, team_id=person.team_id, is_active=True).order_by("pk")
    )


# --- triage: the seam called by messaging.hooks --------------------------------------------------


def alert_reasons(message: Message, direct_contact_min_age: int, now: datetime) -> list[str]:
    """Why an inbound message needs an alert: a safeguarding flag, or a child under 16 writing in (G5)."""
    reasons: list[str] = []
    if any(flag.get("flag") == "safeguarding" for flag in message.flags):
        reasons.append(Alert.Reason.SAFEGUARDING_FLAG)
    conversation = message.conversation
    age = conversation.person.age_on(timezone.localdate(now))
    if conversation.guardian_id is None and age is not None and age < direct_contact_min_age:
        reasons.append(Alert.Reason.UNDER_16)
    return reasons


def report_reasons(message: Message) -> list[str]:
    """Why screening reports an inbound message to the line manager on arrival (G15)."""
    reasons: list[str] = []
    if any(flag.get("flag") == "inappropriate" for flag in message.flags):
        reasons.append(Report.Reason.INAPPROPRIATE)
    if message.attachments.filter(quarantined=True).exists():
        reasons.append(Report.Reason.QUARANTINED_ATTACHMENT)
    return reasons


def triage_inbound_message(message: Message, now: datetime) -> None:
    """Alert, report and auto-reply for one stored inbound message.

    Call inside the receive transaction, once per message (the receive action de-duplicates by the
    channel's message id; the rows created here are unique per message as a second guard).
    """
    conversation = message.conversation
    try:
        version, document = policy_in_force(timezone.localdate(now))
    except NoPolicyInForce:
        version, document = None, None
    min_age = document.direct_contact_min_age if document else GUIDANCE_DIRECT_CONTACT_MIN_AGE
    practitioners = allocated_practitioners(conversation.person, now)
    patterns = _patterns(practitioners, document)
    working = someone_is_working(patterns, now)
    reasons = alert_reasons(message, min_age, now)
    if reasons:
        raise_alert(
            message,
            reasons,
            practitioners=practitioners,
            out_of_hours=not working,
            policy_version=version.version if version else "",
            now=now,
        )
    to_report = report_reasons(message)
    if to_report:
        file_report(message, to_report, reported_by=None, note="", now=now)
    if document is not None and version is not None and not working:
        send_out_of_hours_reply(message, patterns, document, version, now=now)


# --- alerts --------------------------------------------------------------------------------------


def raise_alert(
    message: Message,
    reasons: list[str],
    *,
    practitioners: list[User],
    out_of_hours: bool,
    policy_version: str,
    now: datetime,
) -> Alert:
    """Create the alert and tell its first recipients at once. Call inside a transaction."""
    person = message.conversation.person
    alert, created = Alert.objects.get_or_create(
        message=message,
        defaults={
            "person": person,
            "team_id": person.team_id,
            "reasons": [str(reason) for reason in reasons],
            "signals": [flag for flag in message.flags if flag.get("flag") == "safeguarding"],
            "raised_at": now,
            "raised_out_of_hours": out_of_hours,
            "next_escalation_at": now + escalate_after(),
            "policy_version": policy_version,
        },
    )
    if not created:
        return alert
    for practitioner in practitioners:
        _add_alert_recipient(alert, practitioner, AlertRecipient.Role.PRACTITIONER, now)
    if practitioners:
        managers = {
            p.line_manager.pk: p.line_manager
            for p in practitioners
            if p.line_manager and p.line_manager.is_active
        }
        for manager in managers.values():
            _add_alert_recipient(alert, manager, AlertRecipient.Role.LINE_MANAGER, now)
    if not practitioners or not alert.recipients.filter(role=AlertRecipient.Role.LINE_MANAGER).exists():
        for manager in _team_managers(person):
            _add_alert_recipient(alert, manager, AlertRecipient.Role.TEAM_MANAGER, now)
    if out_of_hours:
        _add_duty_team(alert, now)
    CaseNote.objects.create(
        person=person,
        kind=CaseNote.Kind.SAFEGUARDING,
        title="Safeguarding alert raised",
        body="\n".join(
            [
                f"Raised: {timezone.localtime(now):%d %B %Y %H:%M} (Europe/London)",
                "Why: " + "; ".join(alert.reason_labels),
                f"Message id: {message.channel_message_id or message.public_id}",
                f"Text: {message.body}",
                "Sent to: " + ", ".join(r.label for r in alert.recipients.select_related("user")),
                "Outside working hours: the Emergency Duty Team was told." if out_of_hours else "",
            ]
        ).strip(),
        facts={
            "alert": alert.pk,
            "reasons": alert.reasons,
            "message": str(message.public_id),
            "out_of_hours": out_of_hours,
        },
        policy_version=policy_version,
        created_at=now,
    )
    do_audit(
        "safeguarding:alert_raised",
        target=alert,
        person_id=person.pk,
        detail={
            "reasons": alert.reasons,
            "out_of_hours": out_of_hours,
            "recipients": [r.role for r in alert.recipients.all()],
        },
    )
    return alert


def escalate_after() -> timedelta:
    return timedelta(minutes=settings.SAFEGUARDING_ESCALATE_AFTER_MINUTES)


def _add_alert_recipient(alert: Alert, user: User, role: str, now: datetime) -> AlertRecipient | None:
    if alert.recipients.filter(user=user).exists():
        return None
    recipient = AlertRecipient.objects.create(
        alert=alert, user=user, role=role, level=alert.escalation_level, added_at=now
    )
    _notify(
        alert=alert,
        report=None,
        recipient=user,
        to_email=user.email,
        subject=_alert_subject(alert),
        body=_alert_email_body(alert, recipient),
        now=now,
    )
    return recipient


def _add_duty_team(alert: Alert, now: datetime) -> AlertRecipient | None:
    if alert.recipients.filter(role=AlertRecipient.Role.DUTY_TEAM).exists():
        return None
    recipient = AlertRecipient.objects.create(
        alert=alert, user=None, role=AlertRecipient.Role.DUTY_TEAM, level=alert.escalation_level, added_at=now
    )
    _notify(
        alert=alert,
        report=None,
        recipient=None,
        to_email=settings.EMERGENCY_DUTY_TEAM_EMAIL,
        subject=_alert_subject(alert),
        body=_alert_email_body(alert, recipient),
        now=now,
    )
    return recipient


def _alert_subject(alert: Alert) -> str:
    prefix = "Escalated: " if alert.escalation_level else ""
    return f"{prefix}CareComms safeguarding alert {alert.pk}: action needed"


def _link(path: str) -> str:
    return f"{settings.PUBLIC_BASE_URL}{path}"


def _alert_email_body(alert: Alert, recipient: AlertRecipient) -> str:
    """Enough to act on, nothing more: the message text and the person's name stay inside CareComms."""
    lines = [
        "A safeguarding alert was raised in CareComms at "
        f"{timezone.localtime(alert.raised_at):%H:%M on %A %d %B %Y}"
        " (Europe/London).",
        "Why: " + "; ".join(alert.reason_labels) + ".",
        f"Case record (Mosaic) id: {alert.person.case_record_id}",
        f"You are receiving this as: {recipient.get_role_display()}.",
    ]
    if alert.escalation_level:
        lines.append(
            f"Nobody has acknowledged it for {settings.SAFEGUARDING_ESCALATE_AFTER_MINUTES} minutes or more,"
            " so it has been escalated to you."
        )
    if recipient.role == AlertRecipient.Role.DUTY_TEAM:
        practitioners = ", ".join(
            r.label for r in alert.recipients.filter(role=AlertRecipient.Role.PRACTITIONER)
        )
        lines.append(
            f"Allocated practitioner: {practitioners or 'none'}. They may be outside their working hours."
        )
    lines += [
        f"Open the alert: {_link(reverse('safeguarding:alert', args=[alert.pk]))}",
        "Acknowledge it there and record what you did; it stays open and escalates until someone does.",
    ]
    return "\n".join(lines)


def check_can_act_on_alert(user: User, alert: Alert, now: datetime) -> None:
    if not visible_alerts(user, timezone.localdate(now)).filter(pk=alert.pk).exists():
        raise PermissionDenied("You cannot act on this alert.")


@transaction.atomic
def do_close_alert(
    user: User, alert: Alert, *, action_taken: str, note: str = "", now: datetime | None = None
) -> Alert:
    """Acknowledge an alert and record what was done: it closes, and the case record gets a note."""
    now = now or timezone.now()
    check_can_act_on_alert(user, alert, now)
    if action_taken not in ALERT_ACTIONS:
        raise ValidationError({"action_taken": "Choose what you did."})
    note = note.strip()
    if action_taken in ACTIONS_NEEDING_A_NOTE and not note:
        raise ValidationError({"note": "Say what you did, or why no further action is needed."})
    alert = Alert.objects.select_for_update(of=("self",)).select_related("person", "message").get(pk=alert.pk)
    if alert.status == Alert.Status.CLOSED:
        raise ValidationError(
            f"{alert.closed_by.display_name if alert.closed_by else 'Someone'} already closed this alert."
        )
    alert.status = Alert.Status.CLOSED
    alert.closed_at = now
    alert.closed_by = user
    alert.action_taken = action_taken
    alert.action_note = note
    alert.next_escalation_at = None
    alert.save(
        update_fields=[
            "status",
            "closed_at",
            "closed_by",
            "action_taken",
            "action_note",
            "next_escalation_at",
        ]
    )
    minutes = int((now - alert.raised_at).total_seconds() // 60)
    CaseNote.objects.create(
        person=alert.person,
        kind=CaseNote.Kind.SAFEGUARDING,
        title=f"Safeguarding alert closed — {ALERT_ACTIONS[action_taken]}",
        body="\n".join(
            line
            for line in [
                f"Alert raised: {timezone.localtime(alert.raised_at):%d %B %Y %H:%M} (Europe/London)",
                "Why: " + "; ".join(alert.reason_labels),
                f"Closed by: {user.display_name} ({user.get_role_display()}) after {minutes} minutes",
                f"Action taken: {ALERT_ACTIONS[action_taken]}",
                f"Details: {note}" if note else "",
                f"Escalated {alert.escalation_level} time(s) before it was acknowledged."
                if alert.escalation_level
                else "",
            ]
            if line
        ),
        facts={
            "alert": alert.pk,
            "action_taken": action_taken,
            "escalation_level": alert.escalation_level,
            "message": str(alert.message.public_id),
        },
        author=user,
        policy_version=alert.policy_version,
        created_at=now,
    )
    do_audit(
        "safeguarding:alert_closed",
        actor=user,
        target=alert,
        person_id=alert.person_id,
        detail={
            "action_taken": action_taken,
            "minutes_open": minutes,
            "escalation_level": alert.escalation_level,
        },
    )
    return alert


def escalate_overdue_alerts(now: datetime | None = None) -> int:
    """Periodic job: every open alert nobody acknowledged in time goes one step up the chain."""
    now = now or timezone.now()
    due = list(
        Alert.objects.filter(status=Alert.Status.OPEN, next_escalation_at__lte=now).values_list(
            "pk", flat=True
        )
    )
    return sum(1 for pk in due if _escalate_alert(pk, now))


@transaction.atomic
def _escalate_alert(alert_id: int, now: datetime) -> bool:
    """One step: the line managers of everyone told so far; when there are none left, the duty team."""
    alert = (
        Alert.objects.select_for_update(of=("self",))
        .filter(pk=alert_id, status=Alert.Status.OPEN, next_escalation_at__lte=now)
        .select_related("person")
        .first()
    )
    if alert is None:
        return False
    told = {r.user_id for r in alert.recipients.all() if r.user_id}
    above = {
        user.line_manager.pk: user.line_manager
        for user in User.objects.filter(pk__in=told).select_related("line_manager")
        if user.line_manager and user.line_manager.is_active and user.line_manager.pk not in told
    }
    alert.escalation_level += 1
    added: list[str] = []
    for manager in sorted(above.values(), key=lambda u: u.pk):
        if _add_alert_recipient(alert, manager, AlertRecipient.Role.SENIOR_MANAGER, now):
            added.append(AlertRecipient.Role.SENIOR_MANAGER)
    if not added and _add_duty_team(alert, now):
        added.append(AlertRecipient.Role.DUTY_TEAM)
    if not added:
        # Nobody left to tell: the alert stays open at the top of every list it is on.
        alert.escalation_level -= 1
        alert.next_escalation_at = None
        alert.save(update_fields=["next_escalation_at"])
        do_audit("safeguarding:alert_escalation_exhausted", target=alert, person_id=alert.person_id)
        return False
    alert.next_escalation_at = now + escalate_after()
    alert.save(update_fields=["escalation_level", "next_escalation_at"])
    do_audit(
        "safeguarding:alert_escalated",
        target=alert,
        person_id=alert.person_id,
        detail={"level": alert.escalation_level, "added": added},
    )
    return True


# --- reports to the line manager (G15) -----------------------------------------------------------


def _report_managers(message: Message, reported_by: User | None, now: datetime) -> list[User]:
    """The line managers of the practitioners involved, or the team's managers if there are none."""
    people = allocated_practitioners(message.conversation.person, now)
    if reported_by is not None:
        people.append(reported_by)
    managers = {
        p.line_manager.pk: p.line_manager for p in people if p.line_manager and p.line_manager.is_active
    }
    return list(managers.values()) or _team_managers(message.conversation.person)


def file_report(
    message: Message, reasons: list[str], *, reported_by: User | None, note: str, now: datetime
) -> Report:
    """Report a message to the line manager and hold its attachments. Call inside a transaction.

    A message is reported once; a second report adds its reason to the first rather than starting over.
    """
    person = message.conversation.person
    existing = Report.objects.select_for_update(of=("self",)).filter(message=message).first()
    if existing is not None:
        new = [str(reason) for reason in reasons if reason not in existing.reasons]
        if new:
            existing.reasons = existing.reasons + new
            existing.save(update_fields=["reasons"])
        do_audit(
            "safeguarding:report_repeated",
            actor=reported_by,
            target=existing,
            person_id=person.pk,
            detail={"reasons": [str(r) for r in reasons]},
        )
        return existing
    report = Report.objects.create(
        message=message,
        person=person,
        team_id=person.team_id,
        reasons=[str(reason) for reason in reasons],
        reported_by=reported_by,
        note=note,
        raised_at=now,
    )
    held = Attachment.objects.filter(message=message, quarantined=False).update(
        quarantined=True, quarantine_reason=QUARANTINE_ON_REPORT
    )
    managers = _report_managers(message, reported_by, now)
    for manager in managers:
        _notify(
            alert=None,
            report=report,
            recipient=manager,
            to_email=manager.email,
            subject=f"CareComms: a message has been reported to you (report {report.pk})",
            body=_report_email_body(report),
            now=now,
        )
    CaseNote.objects.create(
        person=person,
        kind=CaseNote.Kind.REPORT,
        title="Message reported to the line manager",
        body="\n".join(
            line
            for line in [
                f"Reported: {timezone.localtime(now):%d %B %Y %H:%M} (Europe/London)",
                f"Reported by: {reported_by.display_name if reported_by else 'CareComms screening'}",
                "Why: " + "; ".join(report.reason_labels),
                f"Note: {note}" if note else "",
                f"Message id: {message.channel_message_id or message.public_id}",
                f"Attachments held for review: {message.attachments.filter(quarantined=True).count()}",
                "Reported to: "
                + (", ".join(m.display_name for m in managers) or "nobody (no manager recorded)"),
            ]
            if line
        ),
        facts={"report": report.pk, "reasons": report.reasons, "message": str(message.public_id)},
        author=reported_by,
        created_at=now,
    )
    do_audit(
        "safeguarding:report_filed",
        actor=reported_by,
        target=report,
        person_id=person.pk,
        detail={
            "reasons": report.reasons,
            "attachments_quarantined": held,
            "managers": [m.pk for m in managers],
        },
    )
    return report


def _report_email_body(report: Report) -> str:
    return "\n".join(
        [
            "A message was reported to you in CareComms at "
            f"{timezone.localtime(report.raised_at):%H:%M on %A %d %B %Y}"
            " (Europe/London).",
            "Why: " + "; ".join(report.reason_labels) + ".",
            f"Case record (Mosaic) id: {report.person.case_record_id}",
            "Any attachments are held and not shown to the practitioner until you release them.",
            f"Review it and record the outcome: {_link(reverse('safeguarding:report', args=[report.pk]))}",
        ]
    )


def check_can_report(user: User, message: Message, now: datetime) -> None:
    if message.direction != Message.Direction.INBOUND:
        raise ValidationError("Only messages you received can be reported.")
    if (
        not user.works_with_caseload
        or not visible_people(user, timezone.localdate(now))
        .filter(pk=message.conversation.person_id)
        .exists()
    ):
        raise PermissionDenied("You can only report messages from people allocated to you.")


@transaction.atomic
def do_report_message(user: User, message: Message, *, note: str = "", now: datetime | None = None) -> Report:
    """The practitioner's one-click report of any inbound message to their line manager (G15)."""
    now = now or timezone.now()
    check_can_report(user, message, now)
    return file_report(message, [Report.Reason.PRACTITIONER], reported_by=user, note=note.strip(), now=now)


def check_can_record_outcome(user: User, report: Report, now: datetime) -> None:
    if (
        not user.is_team_manager
        or not visible_reports(user, timezone.localdate(now)).filter(pk=report.pk).exists()
    ):
        raise PermissionDenied("Only the team manager can record the outcome of a report.")


@transaction.atomic
def do_record_report_outcome(
    user: User, report: Report, *, outcome: str, release_attachments: bool, now: datetime | None = None
) -> Report:
    """The manager's decision closes the report; released attachments become visible to the practitioner."""
    now = now or timezone.now()
    check_can_record_outcome(user, report, now)
    outcome = outcome.strip()
    if not outcome:
        raise ValidationError({"outcome": "Say what you decided and why."})
    report = Report.objects.select_for_update(of=("self",)).select_related("message").get(pk=report.pk)
    if report.status == Report.Status.CLOSED:
        raise ValidationError("The outcome of this report has already been recorded.")
    released = 0
    held_for_type = Attachment.objects.filter(message=report.message, quarantined=True).exclude(
        quarantine_reason=QUARANTINE_ON_REPORT
    )
    if release_attachments:
        # Only the report's own hold is lifted: a file quarantined for its type (a program dressed
        # as a photo, say) stays held whatever the manager decides about the message.
        released = Attachment.objects.filter(
            message=report.message, quarantined=True, quarantine_reason=QUARANTINE_ON_REPORT
        ).update(quarantined=False, quarantine_reason="")
    still_held_for_type = held_for_type.count()
    report.status = Report.Status.CLOSED
    report.outcome = outcome
    report.attachments_released = release_attachments
    report.outcome_by = user
    report.outcome_at = now
    report.save(update_fields=["status", "outcome", "attachments_released", "outcome_by", "outcome_at"])
    CaseNote.objects.create(
        person_id=report.person_id,
        kind=CaseNote.Kind.REPORT,
        title="Reported message reviewed by the manager",
        body="\n".join(
            [
                f"Reviewed: {timezone.localtime(now):%d %B %Y %H:%M} (Europe/London) by {user.display_name}",
                "Why it was reported: " + "; ".join(report.reason_labels),
                f"Outcome: {outcome}",
                f"Attachments released to the practitioner: {released}"
                if release_attachments
                else "Attachments stay held.",
                *([f"Attachments kept in quarantine because of their file type: {still_held_for_type}"]
                  if still_held_for_type else []),
            ]
        ),
        facts={"report": report.pk, "released": released, "held_for_type": still_held_for_type,
               "message": str(report.message.public_id)},
        author=user,
        created_at=now,
    )
    do_audit(
        "safeguarding:report_outcome",
        actor=user,
        target=report,
        person_id=report.person_id,
        detail={"attachments_released": released, "held_for_type": still_held_for_type},
    )
    return report


# --- out of hours (G9) ---------------------------------------------------------------------------


def send_out_of_hours_reply(
    inbound: Message,
    patterns: list[policy.WorkingPattern],
    document: policy.PolicyDocument,
    version: PolicyVersion,
    *,
    now: datetime,
) -> Message | None:
    """Queue the one automatic reply for this out-of-hours period, or nothing. Call inside a transaction.

    Nothing is sent without consent, and nothing goes directly to a child under the direct-contact
    age (G5), even automatically; the alert covers them.
    """
    conversation = (
        Conversation.objects.select_for_update(of=("self",)).select_related("person").get(pk=inbound.conversation_id)
    )
    if conversation.consent_state != ConsentState.GIVEN:
        return None
    age = conversation.person.age_on(timezone.localdate(now))
    if conversation.guardian_id is None and age is not None and age < document.direct_contact_min_age:
        return None
    starts = [policy.out_of_hours_period_start(pattern, now) for pattern in patterns]
    if not starts or any(start is None for start in starts):
        return None
    # Out of hours for everyone since the last of them stopped working.
    period_start = max(start for start in starts if start is not None)
    if OutOfHoursReply.objects.filter(conversation=conversation, period_start=period_start).exists():
        return None
    from carecomms.messaging.actions import queue_for_delivery

    reason = policy.Reason(
        code="out_of_hours_auto_reply",
        clause=policy.Clause.G9,
        message="Automatic reply outside the practitioner's working hours.",
    )
    try:
        with transaction.atomic():
            reply = Message.objects.create(
                conversation=conversation,
                direction=Message.Direction.OUTBOUND,
                kind=Message.Kind.AUTO_REPLY,
                body=document.out_of_hours_message(),
                author=None,
                status=Message.Status.QUEUED,
                decision=policy.Decision(
                    outcome=policy.Outcome.ALLOW, reasons=(reason,), policy_version=version.version
                ).to_dict(),
                policy_version=version.version,
                created_at=now,
            )
            OutOfHoursReply.objects.create(
                conversation=conversation,
                period_start=period_start,
                inbound=inbound,
                reply=reply,
                created_at=now,
            )
    except IntegrityError:  # a concurrent duplicate got there first: one reply per period
        return None
    queue_for_delivery(reply, now)
    do_audit(
        "message:auto_reply_queued",
        target=reply,
        person_id=conversation.person_id,
        detail={"period_start": period_start.isoformat(), "policy_version": version.version},
    )
    return reply


# --- unknown numbers: the triage queue -----------------------------------------------------------


def check_can_triage(user: User) -> None:
    """Unknown senders are not linked to a team yet, so every team manager sees the whole queue."""
    if not user.is_active or not user.is_team_manager:
        raise PermissionDenied("Only team managers can see messages from unknown numbers.")


@transaction.atomic
def do_resolve_unknown_sender(
    user: User, unknown: UnknownSender, *, note: str, now: datetime | None = None
) -> UnknownSender:
    now = now or timezone.now()
    check_can_triage(user)
    note = note.strip()
    if not note:
        raise ValidationError({"note": "Say what you did about this message."})
    unknown = UnknownSender.objects.select_for_update(of=("self",)).get(pk=unknown.pk)
    if unknown.resolved_at is not None:
        raise ValidationError("This message has already been dealt with.")
    unknown.resolved_at = now
    unknown.resolved_by = user
    unknown.resolution = note
    unknown.save(update_fields=["resolved_at", "resolved_by", "resolution"])
    do_audit("triage:unknown_sender_resolved", actor=user, target=unknown, detail={"kind": unknown.kind})
    return unknown


# --- e-mail: a ledger row per recipient, sent after commit, retried with back-off ---------------


def _notify(
    *,
    alert: Alert | None,
    report: Report | None,
    recipient: User | None,
    to_email: str,
    subject: str,
    body: str,
    now: datetime,
) -> Notification | None:
    if not to_email:
        do_audit(
            "safeguarding:no_email_address",
            target=alert or report,
            person_id=(alert or report).person_id if (alert or report) else None,
            detail={"recipient": recipient.pk if recipient else None},
        )
        return None
    notification = Notification.objects.create(
        alert=alert,
        report=report,
        recipient=recipient,
        to_email=to_email,
        subject=subject,
        body=body,
        created_at=now,
        next_attempt_at=now,
    )
    _enqueue_send(notification.pk)
    return notification


def _enqueue_send(notification_id: int) -> None:
    from carecomms.safeguarding.tasks import send_notification_task

    transaction.on_commit(lambda: send_notification_task.enqueue(notification_id))


def _claim_notification(notification_id: int, now: datetime) -> Notification | None:
    """Take an unsent notification for one attempt; the attempt is counted before the transport is called."""
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(pk=notification_id, sent_at__isnull=True)
            .filter(Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - NOTIFICATION_STALE_CLAIM))
            .first()
        )
        if notification is None:
            return None
        notification.claimed_at = now
        notification.attempts += 1
        notification.save(update_fields=["claimed_at", "attempts"])
        return notification


def send_notification(notification_id: int, now: datetime | None = None) -> str:
    """Worker entry point: send one e-mail outside any transaction and record the outcome."""
    now = now or timezone.now()
    notification = _claim_notification(notification_id, now)
    if notification is None:
        return "skipped"
    try:
        EmailMessage(
            notification.subject, notification.body, settings.DEFAULT_FROM_EMAIL, [notification.to_email]
        ).send(fail_silently=False)
    except Exception as error:  # any transport failure (SMTP, socket, TLS): keep it and try again later
        Notification.objects.filter(pk=notification.pk).update(
            claimed_at=None,
            last_error=f"{type(error).__name__}: {error}"[:500],
            next_attempt_at=now + backoff(
                notification.attempts, None,
                base_seconds=settings.SAFEGUARDING_EMAIL_BACKOFF_BASE_SECONDS,
                max_seconds=settings.SAFEGUARDING_EMAIL_BACKOFF_MAX_SECONDS,
            ),
        )
        logger.warning(
            "safeguarding e-mail failed; will retry",
            extra={"notification": notification.pk, "attempts": notification.attempts},
        )
        return "retry"
    Notification.objects.filter(pk=notification.pk).update(
        claimed_at=None, sent_at=timezone.now(), last_error=""
    )
    return "sent"


def retry_unsent_notifications(now: datetime | None = None) -> int:
    """Periodic job: queue a send for every unsent e-mail whose back-off has passed."""
    now = now or timezone.now()
    due = Notification.objects.filter(sent_at__isnull=True, next_attempt_at__lte=now).filter(
        Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - NOTIFICATION_STALE_CLAIM)
    )
    from carecomms.safeguarding.tasks import send_notification_task

    count = 0
    for pk in due.values_list("pk", flat=True):
        send_notification_task.enqueue(pk)
        count += 1
    return count
