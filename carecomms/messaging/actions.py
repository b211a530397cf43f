"""Everything that happens to a conversation, one function per event, each in one transaction.

Zulip's convention: `check_*` validates and authorises and changes nothing; `do_*` makes an
already-valid change atomically and writes the audit trail. Work that leaves the process (the
network send, e-mail) is queued with `transaction.on_commit`, so nothing goes out for a change
that was rolled back, and nothing is sent that was not first committed to the outbox.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from carecomms import policy, screening
from carecomms.access import can_message_person
from carecomms.audit.actions import do_audit
from carecomms.channels.base import Channel as ChannelClient
from carecomms.channels.base import SendResult
from carecomms.guidance.loader import policy_in_force
from carecomms.messaging.facts import (
    channel_facts,
    decide_for_conversation,
    proposed_send,
    recipient_facts,
    sender_facts,
)
from carecomms.messaging.models import (
    Channel,
    ConsentEvent,
    ConsentState,
    Conversation,
    Message,
    OutboxItem,
)
from carecomms.messaging.retry import WorkQueue, plan_retry, requeue_lost
from carecomms.people.models import ParentalResponsibility, Person, User

logger = logging.getLogger(__name__)

CONSENT_YES_PAYLOAD = "CONSENT_YES"
CONSENT_NO_PAYLOAD = "CONSENT_NO"
MAX_MESSAGE_LENGTH = 4096  # WhatsApp's limit for a text body
#: The longest text each channel kind can carry (GOV.UK Notify refuses SMS over 918 characters).
MAX_LENGTH_FOR_KIND = {Channel.Kind.WHATSAPP: MAX_MESSAGE_LENGTH, Channel.Kind.SMS: 918}
OUTBOX_QUEUE = WorkQueue(pending=OutboxItem.State.PENDING, claimed=OutboxItem.State.SENDING)


class SendRefused(Exception):
    """The policy refused a send; `decision` holds the reasons, each naming its clause."""

    def __init__(self, decision: policy.Decision, screened: screening.OutboundResult | None = None) -> None:
        super().__init__("; ".join(reason.message for reason in decision.reasons))
        self.decision = decision
        self.screened = screened


@dataclass(frozen=True)
class SendPreview:
    """What would happen if the practitioner pressed send now: shown in the compose box."""

    decision: policy.Decision
    screened: screening.OutboundResult | None
    conversation: Conversation
    guardian_conversations: tuple[Conversation, ...] = ()


# --- conversations -------------------------------------------------------------------------------


def active_channels() -> list[Channel]:
    """The organisation's channels a conversation can be started on, WhatsApp first."""
    channels = Channel.objects.filter(active=True, organisation_owned=True).order_by("pk")
    return sorted(channels, key=lambda channel: channel.kind != Channel.Kind.WHATSAPP)


def default_channel() -> Channel:
    channel = Channel.objects.filter(active=True, kind=Channel.Kind.WHATSAPP).order_by("pk").first()
    if channel is None:
        raise ValidationError("No WhatsApp channel is set up: an administrator must add the organisation's number.")
    return channel


@transaction.atomic
def do_open_conversation(
    person: Person, channel: Channel, guardian: ParentalResponsibility | None = None
) -> Conversation:
    """The conversation with the person's own number, or with one guardian's, creating it once."""
    if guardian is not None and guardian.child_id != person.pk:
        raise ValidationError("That person does not have parental responsibility for this child.")
    number = guardian.mobile if guardian else person.mobile
    if not number:
        raise ValidationError("There is no mobile number recorded for this contact.")
    conversation, _ = Conversation.objects.get_or_create(
        person=person, channel=channel, number=number, defaults={"guardian": guardian}
    )
    return conversation


def check_can_message(user: User, conversation: Conversation, now: datetime | None = None) -> None:
    if not can_message_person(user, conversation.person, (now or timezone.now()).date()):
        raise PermissionDenied("You can only message people allocated to you.")


# --- outbound ------------------------------------------------------------------------------------


def preview_send(
    user: User, conversation: Conversation, text: str, now: datetime, kind: policy.SendKind = policy.SendKind.FREE_TEXT
) -> SendPreview:
    """Decide without changing anything, for the compose box."""
    check_can_message(user, conversation, now)
    _, document = policy_in_force(timezone.localdate(now))
    decision, screened = decide_for_conversation(
        user=user, conversation=conversation, kind=kind, document=document, text=text, now=now
    )
    guardians: tuple[Conversation, ...] = ()
    if decision.outcome == policy.Outcome.REROUTE_TO_GUARDIANS:
        guardians = tuple(
            do_open_conversation(conversation.person, conversation.channel, guardian)
            for guardian in conversation.person.guardians.filter(active=True).exclude(mobile="").order_by("pk")
        )
    return SendPreview(
        decision=decision, screened=screened, conversation=conversation, guardian_conversations=guardians
    )


def _validate_text(text: str, channel_kind: str = Channel.Kind.WHATSAPP) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError("Enter a message.")
    limit = MAX_LENGTH_FOR_KIND.get(channel_kind, MAX_MESSAGE_LENGTH)
    if len(cleaned) > limit:
        what = "Text messages (SMS)" if channel_kind == Channel.Kind.SMS else "Messages"
        raise ValidationError(f"{what} must be {limit} characters or fewer.")
    return cleaned


def queue_for_delivery(message: Message, not_before: datetime) -> OutboxItem:
    """Commit the message to the outbox; the worker is told only once the transaction commits.

    Call inside the transaction that created `message` (sends, consent requests, auto-replies).
    """
    item = OutboxItem.objects.create(message=message, next_attempt_at=not_before)
    _announce(item)
    return item


@transaction.atomic
def do_send_text(
    user: User, conversation: Conversation, text: str, *, now: datetime | None = None, schedule: bool = False
) -> Message:
    """Screen, decide and queue one free-text message. Refusals raise SendRefused with the reasons.

    When the only problem is the hour and `schedule` is set, the message is queued for the next
    working time and decided again when that time comes.
    """
    now = now or timezone.now()
    check_can_message(user, conversation, now)
    text = _validate_text(text, conversation.channel.kind)
    conversation = Conversation.objects.select_for_update(of=("self",)).get(pk=conversation.pk)
    version, document = policy_in_force(timezone.localdate(now))
    decision, screened = decide_for_conversation(
        user=user, conversation=conversation, kind=policy.SendKind.FREE_TEXT, document=document, text=text, now=now
    )
    if decision.outcome == policy.Outcome.SCHEDULE and schedule and decision.earliest_allowed_at:
        send_at = decision.earliest_allowed_at
        status = Message.Status.SCHEDULED
    elif decision.allowed:
        send_at = now
        status = Message.Status.QUEUED
    else:
        do_audit(
            "message:refused",
            actor=user,
            target=conversation,
            person_id=conversation.person_id,
            detail={"decision": decision.to_dict(), "categories": list(screened.categories) if screened else []},
        )
        raise SendRefused(decision, screened)
    message = Message.objects.create(
        conversation=conversation,
        direction=Message.Direction.OUTBOUND,
        kind=Message.Kind.TEXT,
        body=text,
        author=user,
        status=status,
        decision=decision.to_dict(),
        policy_version=version.version,
        created_at=now,
        scheduled_for=send_at if status == Message.Status.SCHEDULED else None,
    )
    queue_for_delivery(message, send_at)
    conversation.last_activity_at = now
    conversation.save(update_fields=["last_activity_at"])
    do_audit(
        "message:scheduled" if status == Message.Status.SCHEDULED else "message:queued",
        actor=user,
        target=message,
        person_id=conversation.person_id,
        detail={"policy_version": version.version, "send_at": send_at.isoformat()},
    )
    return message


@transaction.atomic
def do_send_about_person(
    user: User, conversation: Conversation, text: str, *, now: datetime | None = None, schedule: bool = False
) -> list[Message]:
    """Send on a child's conversation: when the policy re-routes (G5), each guardian gets their own copy.

    Guardians whose own conversation does not allow it yet (no consent) are reported, not skipped
    silently: if none can receive it the whole send is refused with every guardian's reasons.
    """
    now = now or timezone.now()
    preview = preview_send(user, conversation, text, now)
    if preview.decision.outcome != policy.Outcome.REROUTE_TO_GUARDIANS:
        return [do_send_text(user, conversation, text, now=now, schedule=schedule)]
    sent: list[Message] = []
    refusals: list[policy.Reason] = []
    for guardian_conversation in preview.guardian_conversations:
        try:
            sent.append(do_send_text(user, guardian_conversation, text, now=now, schedule=schedule))
        except SendRefused as refused:
            refusals.extend(
                policy.Reason(
                    code=reason.code,
                    clause=reason.clause,
                    message=f"{guardian_conversation.recipient_name}: {reason.message}",
                )
                for reason in refused.decision.reasons
            )
    if not sent:
        refused_decision = policy.Decision(
            outcome=policy.Outcome.REFUSE,
            reasons=preview.decision.reasons + tuple(refusals),
            policy_version=preview.decision.policy_version,
        )
        raise SendRefused(refused_decision, preview.screened)
    return sent


@transaction.atomic
def do_request_consent(user: User, conversation: Conversation, *, now: datetime | None = None) -> Message:
    """The first message on a conversation: the council's consent wording for the channel (W2).

    On WhatsApp it is the approved template with YES / NO buttons; on SMS the same request as text.
    """
    now = now or timezone.now()
    check_can_message(user, conversation, now)
    conversation = Conversation.objects.select_for_update(of=("self",)).get(pk=conversation.pk)
    version, document = policy_in_force(timezone.localdate(now))
    last_request = (
        conversation.consent_events.filter(state=ConsentState.REQUESTED).order_by("-occurred_at").first()
    )
    send = proposed_send(user=user, conversation=conversation, kind=policy.SendKind.CONSENT_REQUEST, document=document,
                         last_consent_request_at=last_request.occurred_at if last_request else None)
    decision = policy.decide(send, document, now)
    if not decision.allowed:
        do_audit("consent:request_refused", actor=user, target=conversation, person_id=conversation.person_id,
                 detail={"decision": decision.to_dict()})
        raise SendRefused(decision)
    message = Message.objects.create(
        conversation=conversation,
        direction=Message.Direction.OUTBOUND,
        kind=Message.Kind.CONSENT_REQUEST,
        body=document.consent_text_for(conversation.channel.kind) or "",
        template_name=document.consent_template_name,
        template_language=document.consent_template_language,
        author=user,
        status=Message.Status.QUEUED,
        decision=decision.to_dict(),
        policy_version=version.version,
        created_at=now,
    )
    queue_for_delivery(message, now)
    _set_consent(conversation, ConsentState.REQUESTED, now=now, message=message, practitioner=user,
                 policy_version=version.version)
    return message


@transaction.atomic
def do_send_template(
    user: User, conversation: Conversation, template_name: str, parameters: list[str], *, now: datetime | None = None
) -> Message:
    """A keep-in-touch template from the policy document: allowed outside WhatsApp's 24-hour window."""
    now = now or timezone.now()
    check_can_message(user, conversation, now)
    version, document = policy_in_force(timezone.localdate(now))
    template = document.template(template_name)
    if template is None:
        raise ValidationError("Choose one of the council's keep-in-touch templates.")
    if len(parameters) != len(template.parameters) or any(not p.strip() for p in parameters):
        raise ValidationError(f"Fill in every part of the template: {', '.join(template.parameters)}.")
    body = template.render(p.strip() for p in parameters)
    screened = screening.screen_outbound(body, recipient_first_name=conversation.recipient_first_name)
    send = proposed_send(user=user, conversation=conversation, kind=policy.SendKind.TEMPLATE, document=document,
                         content=screened.findings)
    decision = policy.decide(send, document, now)
    if not decision.allowed:
        do_audit("message:refused", actor=user, target=conversation, person_id=conversation.person_id,
                 detail={"decision": decision.to_dict(), "template": template_name})
        raise SendRefused(decision, screened)
    message = Message.objects.create(
        conversation=conversation,
        direction=Message.Direction.OUTBOUND,
        kind=Message.Kind.TEMPLATE,
        body=body,
        template_name=template.name,
        template_language=template.language,
        template_parameters=[p.strip() for p in parameters],
        author=user,
        status=Message.Status.QUEUED,
        decision=decision.to_dict(),
        policy_version=version.version,
        created_at=now,
    )
    queue_for_delivery(message, now)
    do_audit("message:queued", actor=user, target=message, person_id=conversation.person_id,
             detail={"template": template.name, "policy_version": version.version})
    return message


def consent_request_as_sent(conversation: Conversation, document: policy.PolicyDocument) -> str | None:
    """What the person will read: the channel's wording, and on SMS the reply instruction for the buttons."""
    from carecomms.channels.notify.client import reply_instruction

    wording = document.consent_text_for(conversation.channel.kind)
    if wording is None or conversation.channel.kind == Channel.Kind.WHATSAPP:
        return wording
    return f"{wording}\n\n{reply_instruction([CONSENT_YES_PAYLOAD, CONSENT_NO_PAYLOAD])}"


def within_customer_service_window(conversation: Conversation, now: datetime) -> bool:
    """WhatsApp allows free-form messages only within 24 hours of the person's last message."""
    return conversation.last_inbound_at is not None and now - conversation.last_inbound_at < timedelta(hours=24)


def channel_allows_free_text(conversation: Conversation, now: datetime) -> bool:
    """Whether the channel itself would carry free text now: only WhatsApp has a 24-hour window."""
    if conversation.channel.kind != Channel.Kind.WHATSAPP:
        return True
    return within_customer_service_window(conversation, now)


# --- consent -------------------------------------------------------------------------------------


_CASE_NOTE_FOR_STATE = {
    ConsentState.REQUESTED: "consent_requested",
    ConsentState.GIVEN: "consent_given",
    ConsentState.WITHDRAWN: "consent_withdrawn",
    ConsentState.UNCLEAR: "consent_unclear",
}


def _set_consent(
    conversation: Conversation,
    state: ConsentState,
    *,
    now: datetime,
    message: Message | None,
    practitioner: User | None,
    policy_version: str,
    reading: str = "",
) -> ConsentEvent:
    """Record a consent change with its evidence and the case note for the case record (G7)."""
    from carecomms.records.models import CaseNote

    previous = conversation.consent_state
    conversation.consent_state = state
    conversation.save(update_fields=["consent_state"])
    event = ConsentEvent.objects.create(
        conversation=conversation,
        state=state,
        occurred_at=now,
        message=message,
        reading=reading,
        practitioner=practitioner,
        policy_version=policy_version,
    )
    recipient = conversation.recipient_name
    local = timezone.localtime(now)
    lines = [
        f"Channel: {conversation.channel.get_kind_display()} {conversation.channel.display_number}",
        f"Contact: {recipient}" + (f" ({conversation.guardian.relationship})" if conversation.guardian else ""),
        f"Number: {conversation.masked_number}",
        f"When: {local:%d %B %Y %H:%M} (Europe/London)",
        f"Previous state: {ConsentState(previous).label}",
        f"Policy version: {policy_version}",
    ]
    if message is not None:
        lines.append(f"Message id: {message.channel_message_id or message.public_id}")
        lines.append(f"Text: {message.body}")
    if reading:
        lines.append(f"Read as: {reading}")
    kind = _CASE_NOTE_FOR_STATE[state]
    CaseNote.objects.create(
        person=conversation.person,
        kind=kind,
        title=f"{CaseNote.Kind(kind).label} — {recipient}",
        body="\n".join(lines),
        facts={"conversation": conversation.pk, "state": state, "previous": previous, "reading": reading,
               "message": str(message.public_id) if message else None},
        author=practitioner,
        policy_version=policy_version,
        created_at=now,
    )
    do_audit(f"consent:{state}", actor=practitioner, target=conversation, person_id=conversation.person_id,
             detail={"previous": previous, "reading": reading, "policy_version": policy_version})
    return event


def _cancel_pending(conversation: Conversation, reason: str) -> int:
    """Stop everything not yet handed to the channel for this conversation (withdrawal at any time)."""
    items = OutboxItem.objects.select_for_update(of=("self",)).filter(
        message__conversation=conversation, state=OutboxItem.State.PENDING
    )
    cancelled = 0
    for item in items:
        item.state = OutboxItem.State.CANCELLED
        item.last_error = reason
        item.save(update_fields=["state", "last_error"])
        Message.objects.filter(pk=item.message_id).update(status=Message.Status.CANCELLED, failure_reason=reason)
        cancelled += 1
    return cancelled


def _apply_consent_reply(conversation: Conversation, message: Message, now: datetime) -> None:
    """Read an inbound message for consent. A false yes is the worst error; a missed withdrawal next."""
    state = ConsentState(conversation.consent_state)
    if message.button_payload:
        reading = screening.read_consent_button(message.button_payload)
    elif message.body:
        reading = screening.read_consent(message.body)
    else:
        return
    if state in {ConsentState.REQUESTED, ConsentState.UNCLEAR}:
        target = {
            screening.ConsentReading.CONSENT_YES: ConsentState.GIVEN,
            screening.ConsentReading.CONSENT_WITHDRAW: ConsentState.WITHDRAWN,
            screening.ConsentReading.UNCLEAR: ConsentState.UNCLEAR,
        }[reading]
    elif state == ConsentState.GIVEN and (
        screening.reads_as_withdrawal(message.body) or reading == screening.ConsentReading.CONSENT_WITHDRAW
        and message.button_payload
    ):
        target = ConsentState.WITHDRAWN
    else:
        return
    version = message.conversation.messages.filter(kind=Message.Kind.CONSENT_REQUEST).order_by("-created_at").first()
    _set_consent(
        conversation,
        target,
        now=now,
        message=message,
        practitioner=None,
        policy_version=version.policy_version if version else "",
        reading=str(reading),
    )
    if target == ConsentState.WITHDRAWN:
        cancelled = _cancel_pending(conversation, "Consent was withdrawn before this was sent.")
        do_audit("outbox:cancelled_on_withdrawal", target=conversation, person_id=conversation.person_id,
                 detail={"cancelled": cancelled})


# --- inbound -------------------------------------------------------------------------------------


def find_conversation_for(channel: Channel, number: str) -> Conversation | None:
    """The conversation a reply belongs to: the most recently active one for this number."""
    return Conversation.objects.filter(channel=channel, number=number).order_by("-last_activity_at", "-pk").first()


@transaction.atomic
def do_receive_message(channel: Channel, event: object, *, now: datetime | None = None) -> Message | None:
    """Attach one inbound message (WhatsApp, or a text through Notify) to its conversation, once.

    Channels retry and duplicate, so the channel's message id decides. Returns None for a duplicate
    or for a number CareComms does not know (kept for triage).
    """
    from carecomms.channels.notify.callbacks import ReceivedText
    from carecomms.channels.whatsapp.events import InboundMessage
    from carecomms.messaging.models import Attachment, UnknownSender

    assert isinstance(event, InboundMessage | ReceivedText)
    now = now or timezone.now()
    if Message.objects.filter(channel_message_id=event.channel_message_id).exists():
        return None
    if event.from_number is None:
        # Only a business-scoped user id: keep it for triage rather than guess who it is.
        UnknownSender.objects.get_or_create(
            channel_message_id=event.channel_message_id,
            defaults={"channel": channel, "number": event.from_user_id or "", "body": event.text or "",
                      "kind": event.kind, "received_at": event.timestamp or now},
        )
        return None
    text = event.text or event.button_text or (event.media.caption if event.media else None) or ""
    conversation = find_conversation_for(channel, event.from_number)
    if conversation is None:
        _, created = UnknownSender.objects.get_or_create(
            channel_message_id=event.channel_message_id,
            defaults={"channel": channel, "number": event.from_number, "body": text, "kind": event.kind,
                      "received_at": event.timestamp or now},
        )
        if created:
            do_audit("inbound:unknown_number", detail={"kind": event.kind})
        return None
    kind = {
        "text": Message.Kind.TEXT,
        "button": Message.Kind.BUTTON,
        "interactive": Message.Kind.BUTTON,
    }.get(event.kind, Message.Kind.MEDIA if event.media else Message.Kind.OTHER)
    inbound = screening.screen_inbound(text) if text else screening.InboundResult(signals=())
    message = Message.objects.create(
        conversation=conversation,
        direction=Message.Direction.INBOUND,
        kind=kind,
        body=text if kind != Message.Kind.OTHER else (text or f"[{event.kind} message]"),
        button_payload=event.button_payload or "",
        channel_message_id=event.channel_message_id,
        status=Message.Status.RECEIVED,
        created_at=now,
        provider_timestamp=event.timestamp,
        flags=[
            {"flag": str(s.flag), "code": s.code, "text": s.text, "explanation": s.explanation}
            for s in inbound.signals
        ],
    )
    if event.media is not None:
        from carecomms.messaging.attachments import queue_fetch

        verdict = screening.screen_attachment(event.media.mime_type or "", event.media.filename, event.media.caption)
        attachment = Attachment.objects.create(
            message=message,
            provider_media_id=event.media.id or "",
            mime_type=event.media.mime_type or "application/octet-stream",
            filename=event.media.filename or "",
            sha256=event.media.sha256 or "",
            caption=event.media.caption or "",
            quarantined=verdict.quarantine,
            quarantine_reason=verdict.reason if verdict.quarantine else "",
            next_fetch_at=now,
        )
        queue_fetch(attachment)  # the bytes are fetched by the worker, after this transaction commits
    conversation.last_inbound_at = max(filter(None, [conversation.last_inbound_at, event.timestamp or now]))
    conversation.last_activity_at = now
    conversation.save(update_fields=["last_inbound_at", "last_activity_at"])
    _apply_consent_reply(conversation, message, now)
    do_audit("message:received", target=message, person_id=conversation.person_id,
             detail={"kind": kind, "flags": [f["flag"] for f in message.flags]})
    from carecomms.messaging.hooks import after_inbound_message

    after_inbound_message(message, now)
    return message


def _as_uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


_STATUS_ORDER = {
    Message.Status.QUEUED: 0,
    Message.Status.SENDING: 1,
    Message.Status.SENT: 2,
    Message.Status.DELIVERED: 3,
    Message.Status.READ: 4,
}


@dataclass(frozen=True)
class _Status:
    """A delivery status in CareComms' terms, whichever channel reported it."""

    channel_message_id: str
    idempotency_key: str | None
    status: str
    timestamp: datetime | None
    error_code: int | None
    error_detail: str
    failure_reason: str


def _status_from(event: object) -> _Status | None:
    from carecomms.channels.notify.callbacks import DeliveryReceipt
    from carecomms.channels.whatsapp.client import practitioner_message_for_error
    from carecomms.channels.whatsapp.events import StatusUpdate

    if isinstance(event, StatusUpdate):
        error = event.errors[0] if event.errors else None
        code = error.code if error else None
        return _Status(
            channel_message_id=event.channel_message_id,
            idempotency_key=event.biz_opaque_callback_data,
            status=event.status,
            timestamp=event.timestamp,
            error_code=code,
            error_detail=(error.title or error.message or "") if error else "",
            failure_reason=practitioner_message_for_error(code) if event.status == "failed" else "",
        )
    assert isinstance(event, DeliveryReceipt)
    if event.status is None:
        return None
    return _Status(
        channel_message_id=event.channel_message_id,
        idempotency_key=event.reference,
        status=event.status,
        timestamp=event.timestamp,
        error_code=None,
        error_detail=event.notify_status if event.status == "failed" else "",
        failure_reason=event.failure_reason,
    )


@transaction.atomic
def do_record_status(event: object, *, now: datetime | None = None) -> Message | None:
    """Apply a delivery status from the channel (a WhatsApp status or a Notify delivery receipt).

    Statuses only move forward; failures are explained in the practitioner's words.
    """
    from carecomms.messaging.models import StatusEvent

    now = now or timezone.now()
    report = _status_from(event)
    if report is None:
        logger.info("status CareComms does not know; ignored")
        return None
    message = (
        Message.objects.select_for_update(of=("self",)).filter(channel_message_id=report.channel_message_id).first()
    )
    if message is None and report.idempotency_key:
        # The status can overtake the send's own response: our idempotency key still finds the message.
        message = (
            Message.objects.select_for_update(of=("self",))
            .filter(outbox__idempotency_key=_as_uuid(report.idempotency_key)).first()
        )
        if message is not None and not message.channel_message_id:
            message.channel_message_id = report.channel_message_id
            message.save(update_fields=["channel_message_id"])
    if message is None:
        logger.info("status for an unknown message", extra={"status": report.status})
        return None
    occurred = report.timestamp or now
    if StatusEvent.objects.filter(message=message, status=report.status, occurred_at=occurred).exists():
        return message
    StatusEvent.objects.create(
        message=message,
        status=report.status,
        occurred_at=occurred,
        error_code=report.error_code,
        error_detail=report.error_detail,
    )
    fields: list[str] = []
    if report.status == "failed":
        message.status = Message.Status.FAILED
        message.failure_code = report.error_code
        message.failure_reason = report.failure_reason
        fields += ["status", "failure_code", "failure_reason"]
    elif report.status in {"sent", "delivered", "read"}:
        new = Message.Status(report.status)
        if _STATUS_ORDER.get(new, 0) > _STATUS_ORDER.get(Message.Status(message.status), -1):
            message.status = new
            fields.append("status")
        stamp = {"sent": "sent_at", "delivered": "delivered_at", "read": "read_at"}[report.status]
        if getattr(message, stamp) is None:
            setattr(message, stamp, occurred)
            fields.append(stamp)
    if fields:
        message.save(update_fields=fields)
    return message


# --- the outbox worker ---------------------------------------------------------------------------


def claim_outbox_item(item_id: int, now: datetime) -> OutboxItem | None:
    """Take one due item for sending, or None if another worker has it, it is not due or it is gone.

    A scheduled message is decided again here, at send time: the policy may have changed, consent
    may have been withdrawn, or the practitioner's hours moved.
    """
    from carecomms.messaging.models import DeliveryAttempt

    with transaction.atomic():
        item = (
            OutboxItem.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(pk=item_id)
            .filter(OUTBOX_QUEUE.claimable(now, stale_seconds=settings.OUTBOX_STALE_SENDING_SECONDS))
            .select_related("message__conversation__channel", "message__author")
            .first()
        )
        if item is None:
            return None
        message = item.message
        if message.kind == Message.Kind.TEXT and message.author is not None and item.attempts == 0:
            version, document = policy_in_force(timezone.localdate(now))
            decision, _ = decide_for_conversation(
                user=message.author, conversation=message.conversation, kind=policy.SendKind.FREE_TEXT,
                document=document, text=message.body, now=now,
            )
            if decision.outcome == policy.Outcome.SCHEDULE and decision.earliest_allowed_at:
                item.next_attempt_at = decision.earliest_allowed_at
                item.save(update_fields=["next_attempt_at"])
                _announce(item)
                return None
            if not decision.allowed:
                reasons = "; ".join(r.message for r in decision.reasons)
                item.state = OutboxItem.State.CANCELLED
                item.last_error = reasons
                item.save(update_fields=["state", "last_error"])
                message.status = Message.Status.CANCELLED
                message.failure_reason = f"Not sent: {reasons}"
                message.save(update_fields=["status", "failure_reason"])
                do_audit("message:cancelled_at_send_time", target=message, person_id=message.conversation.person_id,
                         detail={"decision": decision.to_dict()})
                return None
        item.state = OutboxItem.State.SENDING
        item.claimed_at = now
        item.attempts += 1
        item.save(update_fields=["state", "claimed_at", "attempts"])
        DeliveryAttempt.objects.create(item=item, number=item.attempts, started_at=now)
        Message.objects.filter(pk=message.pk, status__in=[Message.Status.QUEUED, Message.Status.SCHEDULED]).update(
            status=Message.Status.SENDING
        )
        return item


def _announce(item: OutboxItem) -> None:
    """Tell the worker about an item once the transaction commits, to run at its next attempt time."""
    from carecomms.messaging.tasks import deliver_outbox_item_task

    transaction.on_commit(
        lambda: deliver_outbox_item_task.using(run_after=item.next_attempt_at).enqueue(item.pk)
    )


def send_through(client: ChannelClient, message: Message) -> SendResult:
    """Hand one message to a channel adapter; the outbox key makes a retry of the same item idempotent.

    A consent request asks for a YES or NO: buttons on WhatsApp, "Reply YES or NO" on SMS.
    """
    to = message.conversation.number
    key = str(message.outbox.idempotency_key)
    if message.kind == Message.Kind.CONSENT_REQUEST:
        return client.send_template(
            to, message.template_name, message.template_language, [],
            quick_reply_payloads=[CONSENT_YES_PAYLOAD, CONSENT_NO_PAYLOAD], idempotency_key=key,
        )
    if message.kind == Message.Kind.TEMPLATE:
        return client.send_template(
            to, message.template_name, message.template_language, list(message.template_parameters),
            idempotency_key=key,
        )
    return client.send_text(to, message.body, idempotency_key=key)


def _document_of(message: Message) -> policy.PolicyDocument:
    """The policy document the message was decided under: its wording is what goes out."""
    from carecomms.guidance.models import PolicyVersion

    version = PolicyVersion.objects.filter(version=message.policy_version).first()
    if message.policy_version and version is not None:
        return policy.PolicyDocument.from_dict(version.document)
    return policy_in_force(timezone.localdate())[1]


def deliver_outbox_item(item_id: int, now: datetime | None = None) -> str:
    """Worker entry point: claim, send over the network outside any transaction, record the outcome."""
    from carecomms.channels.base import SendError
    from carecomms.messaging.transport import channel_client

    now = now or timezone.now()
    item = claim_outbox_item(item_id, now)
    if item is None:
        return "skipped"
    message = item.message
    channel = message.conversation.channel
    try:
        document = _document_of(message) if channel.kind != Channel.Kind.WHATSAPP else None
        result = send_through(channel_client(channel, document), message)
    except SendError as error:
        return _record_send_failure(item, error, timezone.now())
    _record_send_success(item, result.channel_message_id, timezone.now())
    return "sent"


@transaction.atomic
def _record_send_success(item: OutboxItem, channel_message_id: str, now: datetime) -> None:
    from carecomms.messaging.models import DeliveryAttempt

    item = OutboxItem.objects.select_for_update(of=("self",)).get(pk=item.pk)
    item.state = OutboxItem.State.DONE
    item.last_error = ""
    item.save(update_fields=["state", "last_error"])
    DeliveryAttempt.objects.filter(item=item, number=item.attempts).update(
        finished_at=now, outcome=DeliveryAttempt.Outcome.ACCEPTED, http_status=200
    )
    message = Message.objects.select_for_update(of=("self",)).get(pk=item.message_id)
    message.channel_message_id = channel_message_id
    fields = ["channel_message_id"]
    if message.status in {Message.Status.SENDING, Message.Status.QUEUED, Message.Status.SCHEDULED}:
        message.status = Message.Status.SENT
        message.sent_at = message.sent_at or now
        fields += ["status", "sent_at"]
    message.save(update_fields=fields)
    do_audit("message:sent", actor=message.author, target=message, person_id=message.conversation.person_id,
             detail={"attempts": item.attempts})


@transaction.atomic
def _record_send_failure(item: OutboxItem, error: object, now: datetime) -> str:
    from carecomms.messaging.models import DeliveryAttempt

    item = OutboxItem.objects.select_for_update(of=("self",)).get(pk=item.pk)
    plan = plan_retry(error, item.attempts, now, max_attempts=settings.OUTBOX_MAX_ATTEMPTS,
                      base_seconds=settings.OUTBOX_BACKOFF_BASE_SECONDS,
                      max_seconds=settings.OUTBOX_BACKOFF_MAX_SECONDS)
    DeliveryAttempt.objects.filter(item=item, number=item.attempts).update(
        finished_at=now,
        outcome=DeliveryAttempt.Outcome.FAILED if plan.retry_at is None else DeliveryAttempt.Outcome.RETRY,
        http_status=getattr(error, "http_status", None),
        error_code=getattr(error, "code", None),
        detail=str(error)[:500],
    )
    item.last_error = str(error)[:500]
    if plan.retry_at is None:
        item.state = OutboxItem.State.FAILED
        item.save(update_fields=["state", "last_error"])
        Message.objects.filter(pk=item.message_id).update(
            status=Message.Status.FAILED,
            failure_code=getattr(error, "code", None),
            failure_reason=str(error) if plan.permanent else
            f"The {_SERVICE_NAMES.get(item.message.conversation.channel.kind, 'messaging')} service could not "
            "be reached. Try again later.",
        )
        do_audit("message:failed", target=item.message, person_id=item.message.conversation.person_id,
                 detail={"code": getattr(error, "code", None), "attempts": item.attempts})
        return "failed"
    item.state = OutboxItem.State.PENDING
    item.next_attempt_at = plan.retry_at
    item.save(update_fields=["state", "next_attempt_at", "last_error"])
    Message.objects.filter(pk=item.message_id).update(status=Message.Status.QUEUED)
    _announce(item)
    return "retry"


_SERVICE_NAMES = {Channel.Kind.WHATSAPP: "WhatsApp", Channel.Kind.SMS: "GOV.UK Notify (SMS)"}


def sweep_outbox(now: datetime | None = None) -> int:
    """Re-announce due items whose task was lost (a crash between commit and enqueue): nothing is lost."""
    from carecomms.messaging.tasks import deliver_outbox_item_task

    return requeue_lost(
        OutboxItem.objects.all(), deliver_outbox_item_task, now or timezone.now(),
        queue=OUTBOX_QUEUE, stale_seconds=settings.OUTBOX_STALE_SENDING_SECONDS,
    )


def recipient_summary(person: Person, channel: Channel, user: User, now: datetime) -> policy.Decision:
    """How the policy sees a direct message to this person right now (for the person page)."""
    _, document = policy_in_force(timezone.localdate(now))
    send = policy.ProposedSend(
        sender=sender_facts(user, document),
        recipient=recipient_facts(person, channel),
        channel=channel_facts(channel),
        kind=policy.SendKind.FREE_TEXT,
    )
    return policy.decide(send, document, now)
