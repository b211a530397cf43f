"""Writing to the audit trail. Call inside the transaction of the change being audited."""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction
from django.utils import timezone

from carecomms.audit.chain import GENESIS_HASH, entry_digest, hashed_fields
from carecomms.audit.models import AuditEntry, AuditHead
from carecomms.web.request_context import current_source_ip

logger = logging.getLogger(__name__)


def do_audit(
    action: str,
    *,
    actor: Any = None,
    target: Any = None,
    person_id: int | None = None,
    reason: str = "",
    detail: dict[str, Any] | None = None,
    actor_label: str | None = None,
) -> AuditEntry:
    """Append one entry. `action` is a tag such as "message:sent"; `target` any model instance."""
    with transaction.atomic():
        head = AuditHead.objects.select_for_update(of=("self",)).filter(pk=1).first()
        if head is None:
            AuditHead.objects.get_or_create(pk=1, defaults={"last_hash": GENESIS_HASH})
            head = AuditHead.objects.select_for_update(of=("self",)).get(pk=1)
        entry = AuditEntry(
            occurred_at=timezone.now(),
            actor=actor if getattr(actor, "pk", None) else None,
            actor_label=actor_label or (str(getattr(actor, "username", "")) or "system"),
            action=action,
            target_type=target._meta.label_lower if target is not None else "",
            target_id=str(target.pk) if target is not None else "",
            person_id=person_id,
            source_ip=current_source_ip(),
            reason=reason,
            detail=detail or {},
            previous_hash=head.last_hash,
        )
        entry.entry_hash = entry_digest(entry.previous_hash, hashed_fields(entry))
        entry.save()
        head.last_hash = entry.entry_hash
        head.save(update_fields=["last_hash"])
        return entry


# --- break-glass (issue 9): a manager reads outside their team only with a reason, on the record ---


def check_break_glass(manager: Any, person: Any, reason: str) -> None:
    from django.core.exceptions import PermissionDenied, ValidationError

    from carecomms.access import Capability, authorise

    if not authorise(manager, Capability.BREAK_GLASS):
        raise PermissionDenied("Only team managers can use break-glass access.")
    if person.team_id == manager.team_id:
        raise ValidationError({"reason": "This person is in your team: open their page directly."})
    if len(reason.strip()) < 20:
        raise ValidationError({"reason": "Explain why you need access, in at least 20 characters"})


def do_open_break_glass(manager: Any, person: Any, reason: str, now: Any = None) -> Any:
    """Grant time-limited reading access, record it, and tell the data-protection officers."""
    from datetime import timedelta

    from django.conf import settings

    from carecomms.audit.models import BreakGlassGrant

    now = now or timezone.now()
    check_break_glass(manager, person, reason)
    with transaction.atomic():
        grant = BreakGlassGrant.objects.create(
            manager=manager, person=person, reason=reason.strip(), opened_at=now,
            expires_at=now + timedelta(minutes=settings.BREAK_GLASS_MINUTES),
        )
        do_audit("breakglass:opened", actor=manager, target=grant, person_id=person.pk, reason=grant.reason,
                 detail={"expires_at": grant.expires_at.isoformat(), "manager_team": manager.team_id})
        transaction.on_commit(lambda: _tell_data_protection_officers(grant.pk))
    return grant


def _tell_data_protection_officers(grant_id: int) -> None:
    """E-mail after commit: no person's name or the reason in the mail, only where to look."""
    from django.conf import settings
    from django.core.mail import send_mail
    from django.urls import reverse

    from carecomms.audit.models import BreakGlassGrant
    from carecomms.people.models import Role, User

    grant = BreakGlassGrant.objects.select_related("manager").get(pk=grant_id)
    recipients = list(User.objects.filter(role=Role.DATA_PROTECTION_OFFICER, is_active=True)
                      .exclude(email="").values_list("email", flat=True))
    if not recipients:
        return
    link = f"{getattr(settings, 'PUBLIC_BASE_URL', '')}{reverse('audit:break_glass')}"
    try:
        send_mail(
            subject="CareComms: break-glass access used",
            message=(f"{grant.manager.display_name} opened break-glass access to a person outside their team "
                     f"at {timezone.localtime(grant.opened_at):%d %B %Y %H:%M}, until "
                     f"{timezone.localtime(grant.expires_at):%H:%M}.\n\nReview it: {link}\n"),
            from_email=None, recipient_list=recipients,
        )
    except Exception:  # the grant is on the officers' page regardless; the mail is a prompt
        logger.exception("break-glass e-mail to the data-protection officers failed",
                         extra={"grant": grant.pk})


def do_review_break_glass(officer: Any, grant: Any, now: Any = None) -> None:
    from django.core.exceptions import PermissionDenied

    from carecomms.access import Capability, authorise

    if not authorise(officer, Capability.REVIEW_BREAK_GLASS):
        raise PermissionDenied("Only data-protection officers review break-glass access.")
    with transaction.atomic():
        type(grant).objects.filter(pk=grant.pk, reviewed_at__isnull=True).update(
            reviewed_by=officer, reviewed_at=now or timezone.now())
        do_audit("breakglass:reviewed", actor=officer, target=grant, person_id=grant.person_id)
