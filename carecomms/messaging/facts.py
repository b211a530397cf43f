"""Turning database rows into the plain facts the pure policy and screening packages decide on.

This is the one adapter between the ORM and the guidance-as-code: nothing in `policy` or
`screening` knows about Django, and nothing here decides anything.
"""

from __future__ import annotations

from datetime import datetime

from carecomms import policy, screening
from carecomms.messaging.models import Channel, ConsentState, Conversation
from carecomms.people.models import ContactException, Person, User


def sender_facts(user: User, document: policy.PolicyDocument) -> policy.Sender:
    pattern = (
        policy.WorkingPattern.from_dict(user.working_pattern)
        if user.working_pattern
        else document.default_working_pattern
    )
    return policy.Sender(user_id=user.pk, role=policy.Role(user.role), working_pattern=pattern)


def channel_facts(channel: Channel) -> policy.ChannelFacts:
    return policy.ChannelFacts(
        kind=channel.kind, organisation_owned=channel.organisation_owned, minimum_age=channel.minimum_age
    )


def _exception_facts(person: Person) -> tuple[policy.ContactException, ...]:
    rows = ContactException.objects.filter(person=person).select_related("decided_by")
    return tuple(
        policy.ContactException(
            exception_id=row.pk,
            channel_kind=row.channel_kind,
            consent_basis=policy.ConsentBasis(row.consent_basis),
            risk_assessment_ref=row.risk_assessment_ref,
            requested_by=row.requested_by_id,
            approved_by=row.decided_by_id if row.status in {row.Status.APPROVED, row.Status.ENDED} else None,
            approver_role=policy.Role(row.decided_by.role) if row.decided_by else None,
            expires_at=row.expires_at,
            withdrawn=row.status == row.Status.ENDED,
        )
        for row in rows
        if row.status != row.Status.DECLINED
    )


def conversation_consent(person: Person, channel: Channel, number: str) -> ConsentState:
    conversation = Conversation.objects.filter(person=person, channel=channel, number=number).first()
    return ConsentState(conversation.consent_state) if conversation else ConsentState.NOT_REQUESTED


def recipient_facts(person: Person, channel: Channel) -> policy.Recipient:
    """The person, their guardians (each with the consent for their own number) and any exceptions."""
    guardians = tuple(
        policy.Guardian(
            guardian_id=guardian.pk,
            name=guardian.name,
            has_number=bool(guardian.mobile),
            consent=policy.ConsentState(conversation_consent(person, channel, guardian.mobile).value)
            if guardian.mobile
            else policy.ConsentState.NOT_REQUESTED,
        )
        for guardian in person.guardians.filter(active=True).order_by("pk")
    )
    own_consent = (
        conversation_consent(person, channel, person.mobile) if person.mobile else ConsentState.NOT_REQUESTED
    )
    return policy.Recipient(
        person_id=person.pk,
        date_of_birth=person.date_of_birth,
        guardians=guardians,
        consent=policy.ConsentState(own_consent.value),
        exceptions=_exception_facts(person),
    )


def guardian_as_recipient(conversation: Conversation) -> policy.Recipient:
    """A conversation with a guardian is decided as a send to an adult with their own consent."""
    return policy.Recipient(
        person_id=conversation.person_id,
        date_of_birth=None,
        guardians=(),
        consent=policy.ConsentState(conversation.consent_state),
        exceptions=(),
    )


def outbound_context(document: policy.PolicyDocument, user: User) -> screening.OutboundContext:
    names = tuple(name for name in (user.first_name, user.last_name, user.get_full_name()) if name)
    return screening.OutboundContext(
        practitioner_names=names,
        organisation_phone_numbers=tuple(document.organisation_phone_numbers),
        organisation_email_domains=tuple(document.organisation_email_domains),
        organisation_places=tuple(document.organisation_places),
    )


def proposed_send(
    *,
    user: User,
    conversation: Conversation,
    kind: policy.SendKind,
    document: policy.PolicyDocument,
    content: tuple[screening.Finding, ...] = (),
    last_consent_request_at: datetime | None = None,
) -> policy.ProposedSend:
    addressed_to_guardian = conversation.guardian_id is not None
    recipient = (
        guardian_as_recipient(conversation)
        if addressed_to_guardian
        else recipient_facts(conversation.person, conversation.channel)
    )
    return policy.ProposedSend(
        sender=sender_facts(user, document),
        recipient=recipient,
        channel=channel_facts(conversation.channel),
        kind=kind,
        content=content,
        addressed_to_guardian=addressed_to_guardian,
        last_consent_request_at=last_consent_request_at,
    )


def decide_for_conversation(
    *,
    user: User,
    conversation: Conversation,
    kind: policy.SendKind,
    document: policy.PolicyDocument,
    text: str,
    now: datetime,
) -> tuple[policy.Decision, screening.OutboundResult | None]:
    screened = None
    findings: tuple[screening.Finding, ...] = ()
    if kind == policy.SendKind.FREE_TEXT:
        screened = screening.screen_outbound(
            text,
            recipient_first_name=conversation.recipient_first_name,
            context=outbound_context(document, user),
        )
        findings = screened.findings
    send = proposed_send(user=user, conversation=conversation, kind=kind, document=document, content=findings)
    return policy.decide(send, document, now), screened
