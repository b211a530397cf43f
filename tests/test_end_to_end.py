"""The spine, end to end: a practitioner sends from the web page, the (simulated) person's phone gets
it over HTTP, replies, the signed webhook lands, and the reply and delivery ticks show in the page.
Runs on SQLite and PostgreSQL (.ci/run)."""

from __future__ import annotations

import httpx
import pytest
import time_machine
from django.urls import reverse

from carecomms.messaging.models import ConsentState, Conversation, Message, OutboxItem
from tests.conftest import WORKING_NOW, person_writes, run_worker, sign_in, wait_for

pytestmark = pytest.mark.django_db(transaction=True)


def thread_html(client, conversation: Conversation) -> str:
    return client.get(reverse("web:conversation_thread", args=[conversation.pk])).content.decode()


@time_machine.travel(WORKING_NOW, tick=True)
def test_consent_then_message_then_reply(client, simulator, alice, jenny, channel, policy_version):
    sign_in(client, alice)
    # Start the conversation and ask for consent: the first message is the council's consent template.
    client.post(reverse("web:open_conversation", args=[jenny.pk]))
    conversation = Conversation.objects.get(person=jenny)
    client.post(reverse("web:request_consent", args=[conversation.pk]))
    run_worker()
    sent = httpx.get(f"{simulator.url}/_control/outbox").json()["messages"]
    assert [m["type"] for m in sent] == ["template"]
    template_id = sent[0]["id"]

    # Free text is refused until a clear YES.
    page = client.post(reverse("web:conversation", args=[conversation.pk]),
                       {"text": "Hi Jenny, still ok for Wednesday?", "action": "send"})
    assert "cannot be sent" in page.content.decode()
    assert conversation.messages.filter(kind=Message.Kind.TEXT, direction="out").count() == 0

    # Jenny taps YES on her phone: a signed button webhook reaches the gateway.
    person_writes(simulator, jenny.mobile, button_payload="CONSENT_YES", button_text="YES", context_id=template_id)
    wait_for(lambda: Conversation.objects.get(pk=conversation.pk).consent_state == ConsentState.GIVEN)

    # Now the practitioner's message goes out through the outbox.
    response = client.post(reverse("web:conversation", args=[conversation.pk]),
                           {"text": "Hi Jenny, still ok for Wednesday at 11?", "action": "send"})
    assert response.status_code == 302
    run_worker()
    outbound = conversation.messages.get(kind=Message.Kind.TEXT, direction="out")
    assert OutboxItem.objects.get(message=outbound).state == OutboxItem.State.DONE
    texts = [m for m in httpx.get(f"{simulator.url}/_control/outbox").json()["messages"] if m["type"] == "text"]
    assert texts[0]["body"]["text"]["body"] == "Hi Jenny, still ok for Wednesday at 11?"

    # Delivery ticks arrive by status webhook; Jenny replies; both show in the polled thread fragment.
    wait_for(lambda: Message.objects.get(pk=outbound.pk).status in {"delivered", "read"})
    person_writes(simulator, jenny.mobile, text="Yes see you then")
    wait_for(lambda: any(m.body == "Yes see you then" for m in conversation.messages.filter(direction="in")))
    html = thread_html(client, conversation)
    assert "Yes see you then" in html
    assert "Delivered" in html or "Read" in html


@time_machine.travel(WORKING_NOW, tick=True)
def test_stop_cancels_queued_messages_and_blocks_sending(client, simulator, alice, jenny, channel, policy_version,
                                                         settings):
    sign_in(client, alice)
    client.post(reverse("web:open_conversation", args=[jenny.pk]))
    conversation = Conversation.objects.get(person=jenny)
    client.post(reverse("web:request_consent", args=[conversation.pk]))
    run_worker()
    person_writes(simulator, jenny.mobile, text="YES")
    wait_for(lambda: Conversation.objects.get(pk=conversation.pk).consent_state == ConsentState.GIVEN)
    # A message is queued but the worker has not run yet when Jenny says STOP.
    client.post(reverse("web:conversation", args=[conversation.pk]), {"text": "See you at 2", "action": "send"})
    queued = conversation.messages.get(kind=Message.Kind.TEXT, direction="out")
    person_writes(simulator, jenny.mobile, text="STOP")
    wait_for(lambda: Conversation.objects.get(pk=conversation.pk).consent_state == ConsentState.WITHDRAWN)
    run_worker()
    queued.refresh_from_db()
    assert queued.status == Message.Status.CANCELLED
    assert not [m for m in httpx.get(f"{simulator.url}/_control/outbox").json()["messages"] if m["type"] == "text"]
    page = client.post(reverse("web:conversation", args=[conversation.pk]), {"text": "Are you sure?", "action": "send"})
    assert "cannot be sent" in page.content.decode() or "withdrawn" in page.content.decode()
    assert conversation.messages.filter(kind=Message.Kind.TEXT, direction="out").count() == 1


@time_machine.travel(WORKING_NOW, tick=True)
def test_unclear_reply_is_never_consent(client, simulator, alice, jenny, channel, policy_version):
    sign_in(client, alice)
    client.post(reverse("web:open_conversation", args=[jenny.pk]))
    conversation = Conversation.objects.get(person=jenny)
    client.post(reverse("web:request_consent", args=[conversation.pk]))
    run_worker()
    person_writes(simulator, jenny.mobile, text="ok?")
    wait_for(lambda: Conversation.objects.get(pk=conversation.pk).consent_state == ConsentState.UNCLEAR)
    page = client.post(
        reverse("web:conversation", args=[conversation.pk]), {"text": "Great, see you", "action": "send"}
    )
    assert conversation.messages.filter(kind=Message.Kind.TEXT, direction="out").count() == 0
    assert "did not clearly say YES" in page.content.decode()
