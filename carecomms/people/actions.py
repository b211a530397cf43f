"""Changes to people, staff and their arrangements: working patterns and contact exceptions (G4, G9)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from carecomms import policy
from carecomms.audit.actions import do_audit
from carecomms.people.models import Allocation, ContactException, Person, Role, User

# --- working patterns (G9) -----------------------------------------------------------------------


def check_can_set_working_pattern(actor: User, staff: User) -> None:
    """Practitioners set their own hours; their line manager may set them too."""
    if actor.pk == staff.pk or (actor.role == Role.TEAM_MANAGER and staff.line_manager_id == actor.pk):
        return
    raise PermissionDenied("You can only change your own working pattern, or that of people you manage.")


@transaction.atomic
def do_set_working_pattern(actor: User, staff: User, pattern: policy.WorkingPattern) -> None:
    check_can_set_working_pattern(actor, staff)
    previous = staff.working_pattern
    staff.working_pattern = pattern.to_dict()
    staff.save(update_fields=["working_pattern"])
    do_audit("working_pattern:changed", actor=actor, target=staff,
             detail={"previous": previous, "new": staff.working_pattern})


# --- contact exceptions (G4) ---------------------------------------------------------------------


def check_exception_request(
    requester: User, person: Person, *, consent_basis: str, risk_assessment_ref: str, reason: str,
    expires_at: datetime, now: datetime,
) -> None:
    from carecomms.access import can_message_person

    if not can_message_person(requester, person, now.date()):
        raise PermissionDenied("Only the practitioner allocated to this child can request an exception.")
    errors: dict[str, str] = {}
    if consent_basis not in ContactException.Basis.values:
        errors["consent_basis"] = "Choose parental consent (section 20) or the Team Manager as corporate parent"
    if not risk_assessment_ref.strip():
        errors["risk_assessment_ref"] = "Enter the reference of the risk assessment that supports direct contact"
    if not reason.strip():
        errors["reason"] = "Explain why direct contact is needed"
    if expires_at <= now:
        errors["expires_at"] = "The exception must end in the future"
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def do_request_exception(
    requester: User, person: Person, *, channel_kind: str, consent_basis: str, risk_assessment_ref: str,
    reason: str, expires_at: datetime, now: datetime | None = None,
) -> ContactException:
    now = now or timezone.now()
    check_exception_request(requester, person, consent_basis=consent_basis,
                            risk_assessment_ref=risk_assessment_ref, reason=reason, expires_at=expires_at, now=now)
    exception = ContactException.objects.create(
        person=person, channel_kind=channel_kind, consent_basis=consent_basis,
        risk_assessment_ref=risk_assessment_ref.strip(), reason=reason.strip(), requested_by=requester,
        requested_at=now, expires_at=expires_at,
    )
    do_audit("exception:requested", actor=requester, target=exception, person_id=person.pk,
             detail={"basis": consent_basis, "expires_at": expires_at.isoformat()})
    return exception


def check_exception_decision(manager: User, exception: ContactException) -> None:
    if manager.role != Role.TEAM_MANAGER or manager.team_id != exception.person.team_id:
        raise PermissionDenied("Only a Team Manager for this child's team can decide an exception.")
    if manager.pk == exception.requested_by_id:
        raise PermissionDenied("A Team Manager cannot approve their own request: another manager must decide.")
    if exception.status != ContactException.Status.REQUESTED:
        raise ValidationError("This request has already been decided.")


@transaction.atomic
def do_decide_exception(
    manager: User, exception: ContactException, *, approve: bool, reason: str, now: datetime | None = None
) -> ContactException:
    now = now or timezone.now()
    exception = ContactException.objects.select_for_update(of=("self",)).select_related("person").get(pk=exception.pk)
    check_exception_decision(manager, exception)
    if not reason.strip():
        raise ValidationError({"decision_reason": "Give the reason for your decision"})
    exception.status = ContactException.Status.APPROVED if approve else ContactException.Status.DECLINED
    exception.decided_by = manager
    exception.decided_at = now
    exception.decision_reason = reason.strip()
    exception.save(update_fields=["status", "decided_by", "decided_at", "decision_reason"])
    do_audit("exception:approved" if approve else "exception:declined", actor=manager, target=exception,
             person_id=exception.person_id, reason=reason.strip())
    if approve:
        _exception_case_note(exception, "exception_approved", manager, now)
    return exception


@transaction.atomic
def do_end_exception(actor: User, exception: ContactException, *, reason: str, now: datetime | None = None) -> None:
    now = now or timezone.now()
    exception = ContactException.objects.select_for_update(of=("self",)).get(pk=exception.pk)
    if exception.status != ContactException.Status.APPROVED:
        raise ValidationError("Only an approved exception can be ended.")
    if actor.role != Role.TEAM_MANAGER and actor.pk != exception.requested_by_id:
        raise PermissionDenied("Only the requester or a Team Manager can end an exception.")
    exception.status = ContactException.Status.ENDED
    exception.save(update_fields=["status"])
    do_audit("exception:ended", actor=actor, target=exception, person_id=exception.person_id, reason=reason)
    _exception_case_note(exception, "exception_ended", actor, now)


def _exception_case_note(exception: ContactException, kind: str, actor: Any, now: datetime) -> None:
    from carecomms.records.models import CaseNote

    basis = ContactException.Basis(exception.consent_basis).label
    CaseNote.objects.create(
        person=exception.person,
        kind=kind,
        title=f"{CaseNote.Kind(kind).label} — {exception.channel_kind}",
        body="\n".join([
            f"Channel: {exception.channel_kind}",
            f"Consent basis: {basis}",
            f"Risk assessment: {exception.risk_assessment_ref}",
            f"Requested by: {exception.requested_by.display_name}",
            f"Decided by: {exception.decided_by.display_name if exception.decided_by else ''}",
            f"Expires: {timezone.localtime(exception.expires_at):%d %B %Y %H:%M}",
            f"Reason: {exception.decision_reason or exception.reason}",
        ]),
        facts={"exception": exception.pk, "basis": exception.consent_basis},
        author=actor,
        created_at=now,
    )


# --- allocations (G8) ----------------------------------------------------------------------------


def check_can_end_allocation(actor: User, allocation: Allocation, ends_on: date) -> None:
    """The person's Team Manager or an administrator ends an allocation, never before it started."""
    manages = actor.role == Role.TEAM_MANAGER and actor.team_id == allocation.person.team_id
    if not (manages or actor.role == Role.ADMINISTRATOR):
        raise PermissionDenied("Only the person's Team Manager or an administrator can end an allocation.")
    if ends_on < allocation.starts_on:
        raise ValidationError({"ends_on": "The allocation cannot end before it started"})
    if allocation.ends_on is not None and allocation.ends_on < ends_on:
        raise ValidationError({"ends_on": "This allocation has already ended"})


@transaction.atomic
def do_end_allocation(allocation: Allocation, ends_on: date, actor: User) -> Allocation:
    """End the work and, after commit, export the whole conversation history to the case record (G8).

    The export renders PDFs, so it runs on a worker (`full_export_task`), never inside this transaction.
    """
    allocation = Allocation.objects.select_for_update(of=("self",)).select_related("person").get(pk=allocation.pk)
    check_can_end_allocation(actor, allocation, ends_on)
    previous = allocation.ends_on
    allocation.ends_on = ends_on
    allocation.save(update_fields=["ends_on"])
    do_audit("allocation:ended", actor=actor, target=allocation, person_id=allocation.person_id,
             detail={"ends_on": ends_on.isoformat(), "previous": previous.isoformat() if previous else None})
    from carecomms.records.tasks import full_export_task

    person_id = allocation.person_id
    reason = f"allocation {allocation.pk} ended on {ends_on.isoformat()}"
    transaction.on_commit(lambda: full_export_task.enqueue(person_id, reason))
    return allocation
