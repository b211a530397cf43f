"""Legal hold: the data-protection officer stops retention for one person, with a reason, on the record.

`Person.legal_hold` is the flag retention reads (under a row lock at the moment of removal); each
placing or lifting also writes a `LegalHoldEvent` (who, when, why) and an audit entry, all in one
transaction, so the flag never changes without its history.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from carecomms.access import Capability, authorise
from carecomms.audit.actions import do_audit
from carecomms.people.models import Person, User
from carecomms.records.models import LegalHoldEvent

REASON_MAX_LENGTH = 2000


def check_legal_hold_officer(actor: User) -> None:
    """Only roles the permission table grants `legal_hold` (the data-protection officer)."""
    if not authorise(actor, Capability.LEGAL_HOLD):
        raise PermissionDenied("Only the data-protection officer can place or lift a legal hold.")


def _clean_reason(reason: str, *, placing: bool) -> str:
    cleaned = (reason or "").strip()
    if not cleaned:
        verb = "placing" if placing else "lifting"
        raise ValidationError({"reason": f"Enter the reason for {verb} the legal hold"})
    if len(cleaned) > REASON_MAX_LENGTH:
        raise ValidationError({"reason": f"The reason must be {REASON_MAX_LENGTH} characters or fewer"})
    return cleaned


def check_place_legal_hold(person: Person, actor: User, reason: str) -> str:
    """Authorise and validate; returns the cleaned reason. Call again on the locked row before changing it."""
    check_legal_hold_officer(actor)
    cleaned = _clean_reason(reason, placing=True)
    if person.legal_hold:
        raise ValidationError({"reason": f"{person.case_record_id} is already on legal hold"})
    return cleaned


def check_lift_legal_hold(person: Person, actor: User, reason: str) -> str:
    check_legal_hold_officer(actor)
    cleaned = _clean_reason(reason, placing=False)
    if not person.legal_hold:
        raise ValidationError({"reason": f"{person.case_record_id} is not on legal hold"})
    return cleaned


def _change(person: Person, actor: User, reason: str, *, place: bool) -> LegalHoldEvent:
    check = check_place_legal_hold if place else check_lift_legal_hold
    check(person, actor, reason)  # fail fast, before taking a lock
    with transaction.atomic():
        locked = Person.objects.select_for_update(of=("self",)).get(pk=person.pk)
        cleaned = check(locked, actor, reason)  # a second officer may have just done the same
        locked.legal_hold = place
        locked.save(update_fields=["legal_hold"])
        event = LegalHoldEvent.objects.create(
            person=locked,
            action=LegalHoldEvent.Action.PLACED if place else LegalHoldEvent.Action.LIFTED,
            reason=cleaned,
            actor=actor,
        )
        do_audit(
            "legal_hold:placed" if place else "legal_hold:lifted",
            actor=actor,
            target=event,
            person_id=locked.pk,
            reason=cleaned,
            detail={"case_record_id": locked.case_record_id},
        )
    person.legal_hold = place
    return event


def do_place_legal_hold(person: Person, actor: User, reason: str) -> LegalHoldEvent:
    """Stop retention for `person` until the hold is lifted. Raises ValidationError({"reason": ...})."""
    return _change(person, actor, reason, place=True)


def do_lift_legal_hold(person: Person, actor: User, reason: str) -> LegalHoldEvent:
    """Let retention apply to `person` again (what is already past its date goes at the next run)."""
    return _change(person, actor, reason, place=False)
