"""Pages for practitioners and managers. Thin: look up, check access, call an action, render."""

from __future__ import annotations

import hashlib
from typing import Any

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Max
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from carecomms import policy
from carecomms.access import can_message_person, visible_people
from carecomms.audit.actions import do_audit
from carecomms.guidance.loader import policy_in_force
from carecomms.messaging import actions
from carecomms.messaging.attachments import AttachmentUnavailable, do_open_attachment
from carecomms.messaging.models import Attachment, Conversation, Message
from carecomms.people.models import Person, Role
from carecomms.web.forms import ComposeForm, TemplateForm
from carecomms.web.highlight import highlight_findings


@require_GET
def health(request: HttpRequest) -> JsonResponse:
    """Liveness for load balancers. Reveals nothing: no versions, no counts, no data."""
    return JsonResponse({"status": "ok"})


_HOME_FOR_ROLE = {
    Role.ADMINISTRATOR: "records:deliveries",
    Role.DATA_PROTECTION_OFFICER: "audit:search",
}


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Each role lands where its work is: caseload, deliveries to the case record, or the audit."""
    return redirect(_HOME_FOR_ROLE.get(request.user.role, "web:caseload"))


@login_required
@require_GET
def caseload(request: HttpRequest) -> HttpResponse:
    people = (
        visible_people(request.user)
        .annotate(last_activity=Max("conversations__last_activity_at"))
        .order_by("last_name", "first_name")
    )
    today = timezone.localdate()
    rows = [{"person": person, "age": person.age_on(today)} for person in people]
    return render(request, "web/caseload.html", {"rows": rows})


def _visible_person(request: HttpRequest, person_id: int) -> Person:
    person = visible_people(request.user).filter(pk=person_id).first()
    if person is None:
        raise Http404("No such person on your caseload")
    return person


def _visible_conversation(request: HttpRequest, conversation_id: int) -> Conversation:
    conversation = (
        Conversation.objects.select_related("person", "guardian", "channel").filter(pk=conversation_id).first()
    )
    if conversation is None or not visible_people(request.user).filter(pk=conversation.person_id).exists():
        raise Http404("No such conversation on your caseload")
    return conversation


@login_required
@require_GET
def person_detail(request: HttpRequest, person_id: int) -> HttpResponse:
    person = _visible_person(request, person_id)
    now = timezone.now()
    channels = actions.active_channels()
    can_message = can_message_person(request.user, person)
    direct = actions.recipient_summary(person, channels[0], request.user, now) if channels and can_message else None
    contacts = []
    if person.mobile:
        contacts.append({"label": f"{person.full_name} (their own number)", "guardian": None,
                         "number": person.masked_mobile,
                         "conversations": person.conversations.filter(number=person.mobile, guardian=None)})
    for guardian in person.guardians.filter(active=True):
        contacts.append({"label": f"{guardian.name} ({guardian.relationship}, parental responsibility)",
                         "guardian": guardian, "number": guardian.masked_mobile,
                         "conversations": person.conversations.filter(guardian=guardian)})
    for contact in contacts:
        # One conversation per channel: each contact can still be started on the channels not yet used.
        contact["conversations"] = list(
            contact["conversations"].select_related("channel").order_by("channel__pk")
        )
        used = {conversation.channel_id for conversation in contact["conversations"]}
        contact["startable"] = [channel for channel in channels if channel.pk not in used]
    do_audit("person:viewed", actor=request.user, target=person, person_id=person.pk)
    return render(request, "web/person.html", {
        "person": person,
        "age": person.age_on(timezone.localdate()),
        "contacts": contacts,
        "direct": direct,
        "reroute": direct is not None and direct.outcome == policy.Outcome.REROUTE_TO_GUARDIANS,
        "can_message": can_message_person(request.user, person),
        "several_channels": len(channels) > 1,
    })


@login_required
@require_POST
def open_conversation(request: HttpRequest, person_id: int) -> HttpResponse:
    person = _visible_person(request, person_id)
    if not can_message_person(request.user, person):
        raise PermissionDenied("Only the allocated practitioner can start a conversation.")
    guardian = None
    if request.POST.get("guardian"):
        guardian_id = request.POST["guardian"]
        guardian = (
            person.guardians.filter(pk=int(guardian_id), active=True).first() if guardian_id.isdigit() else None
        )
        if guardian is None:
            raise Http404("No such guardian")
    channel_id = request.POST.get("channel", "")
    if channel_id:
        channel = next((c for c in actions.active_channels() if str(c.pk) == channel_id), None)
        if channel is None:
            raise Http404("No such channel")
    try:
        if not channel_id:
            channel = actions.default_channel()
        conversation = actions.do_open_conversation(person, channel, guardian)
    except ValidationError as error:
        flash.error(request, " ".join(error.messages))
        return redirect("web:person", person_id=person.pk)
    return redirect("web:conversation", conversation_id=conversation.pk)


def _message_version(message: Message) -> str:
    """What the thread shows of one message that can change: its status, its attachments' state."""
    files = "".join(f":{a.pk}.{a.fetch_state}.{a.quarantined}.{a.held}" for a in message.attachments.all())
    return f"{message.pk}:{message.status}{files}"


def _thread_context(conversation: Conversation) -> dict[str, Any]:
    thread = list(
        conversation.messages.select_related("author").prefetch_related("attachments").order_by("created_at", "pk")
    )
    state = "|".join(map(_message_version, thread)) + f"|{conversation.consent_state}"
    version = hashlib.sha256(state.encode()).hexdigest()[:16]
    return {"thread": thread, "thread_version": version, "conversation": conversation}


@login_required
@require_http_methods(["GET", "POST"])
def conversation_detail(request: HttpRequest, conversation_id: int) -> HttpResponse:
    conversation = _visible_conversation(request, conversation_id)
    now = timezone.now()
    can_send = can_message_person(request.user, conversation.person)
    form = ComposeForm(request.POST or None)
    preview = None
    highlighted = None
    if request.method == "POST":
        if not can_send:
            raise PermissionDenied("Only the allocated practitioner can send messages.")
        if form.is_valid():
            text = form.cleaned_data["text"]
            if request.POST.get("action") == "check":
                preview = actions.preview_send(request.user, conversation, text, now)
            else:
                try:
                    sent = actions.do_send_about_person(
                        request.user, conversation, text, now=now, schedule=bool(request.POST.get("schedule"))
                    )
                except actions.SendRefused as refused:
                    preview = actions.SendPreview(decision=refused.decision, screened=refused.screened,
                                                  conversation=conversation)
                except ValidationError as error:
                    form.add_error("text", " ".join(error.messages))
                else:
                    scheduled = [m for m in sent if m.status == Message.Status.SCHEDULED]
                    if scheduled:
                        when = timezone.localtime(scheduled[0].scheduled_for)
                        flash.success(request, f"Message scheduled for {when:%A %-d %B at %H:%M}.")
                    elif len(sent) > 1 or sent[0].conversation_id != conversation.pk:
                        names = ", ".join(m.conversation.recipient_name for m in sent)
                        flash.success(request, f"Message sent to {names} (parental responsibility).")
                    else:
                        flash.success(request, "Message sent.")
                    return redirect("web:conversation", conversation_id=conversation.pk)
            if preview is not None and preview.screened is not None and preview.screened.findings:
                highlighted = highlight_findings(text, preview.screened.findings)
    _, document = policy_in_force(timezone.localdate(now))
    do_audit("conversation:viewed", actor=request.user, target=conversation, person_id=conversation.person_id)
    context = _thread_context(conversation)
    context.update({
        "form": form,
        "template_form": TemplateForm(templates=document.keep_in_touch_templates),
        "preview": preview,
        "highlighted": highlighted,
        "can_send": can_send,
        "window_open": actions.channel_allows_free_text(conversation, now),
        "is_sms": conversation.channel.kind == "sms",
        "consent_wording": actions.consent_request_as_sent(conversation, document),
        "consent_given": conversation.consent_state == "given",
        "consent_events": conversation.consent_events.order_by("-occurred_at")[:5],
        "document": document,
        "poll_url": reverse("web:conversation_thread", kwargs={"conversation_id": conversation.pk}),
    })
    return render(request, "web/conversation.html", context)


@login_required
@require_GET
def conversation_thread(request: HttpRequest, conversation_id: int) -> HttpResponse:
    """The message list alone, polled by the conversation page so replies and ticks appear by themselves."""
    conversation = _visible_conversation(request, conversation_id)
    context = _thread_context(conversation)
    response = render(request, "web/_thread.html", context)
    response["X-Thread-Version"] = context["thread_version"]
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_GET
def attachment(request: HttpRequest, conversation_id: int, attachment_id: int) -> HttpResponse:
    """One attachment's bytes, to those the table allows, as a download (or, `?view=thumbnail`, the
    picture in the thread): never under a type a browser would run, never for a quarantined file."""
    conversation = _visible_conversation(request, conversation_id)
    found = Attachment.objects.select_related("message").filter(pk=attachment_id,
                                                                message__conversation=conversation).first()
    if found is None:
        raise Http404("No such attachment")
    purpose = "thumbnail" if request.GET.get("view") == "thumbnail" else "download"
    try:
        opened = do_open_attachment(request.user, conversation, found, purpose=purpose)
    except AttachmentUnavailable as refused:
        if refused.concealed:
            raise Http404("No such attachment") from None
        return render(request, "web/attachment_unavailable.html",
                      {"conversation": conversation, "attachment": found, "reason": str(refused)},
                      status=refused.status)
    response = HttpResponse(opened.content, content_type=opened.content_type)
    response["Content-Disposition"] = opened.content_disposition
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def request_consent(request: HttpRequest, conversation_id: int) -> HttpResponse:
    conversation = _visible_conversation(request, conversation_id)
    try:
        actions.do_request_consent(request.user, conversation)
    except actions.SendRefused as refused:
        for reason in refused.decision.reasons:
            flash.error(request, f"{reason.message} ({reason.clause})")
    else:
        flash.success(request, "Consent request sent. Nothing else can be sent until they reply YES.")
    return redirect("web:conversation", conversation_id=conversation.pk)


@login_required
@require_POST
def send_template(request: HttpRequest, conversation_id: int) -> HttpResponse:
    conversation = _visible_conversation(request, conversation_id)
    _, document = policy_in_force()
    form = TemplateForm(request.POST, templates=document.keep_in_touch_templates)
    if not form.is_valid():
        flash.error(request, "Choose a template and fill in every part of it.")
        return redirect("web:conversation", conversation_id=conversation.pk)
    try:
        actions.do_send_template(request.user, conversation, form.cleaned_data["template"],
                                 form.parameters())
    except actions.SendRefused as refused:
        for reason in refused.decision.reasons:
            flash.error(request, f"{reason.message} ({reason.clause})")
    except ValidationError as error:
        flash.error(request, " ".join(error.messages))
    else:
        flash.success(request, "Template message sent.")
    return redirect("web:conversation", conversation_id=conversation.pk)

