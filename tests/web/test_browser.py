"""Practitioners and managers in a real browser: keyboard only, 320 px, axe-core on every page."""

from __future__ import annotations

from pathlib import Path

import pytest
import time_machine
from django.urls import reverse

from carecomms.messaging.models import ConsentState, Conversation
from tests.browser import assert_accessible, sign_in_as
from tests.conftest import WORKING_NOW, person_writes, run_worker

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Screenshots to look at after a run (var/ is not committed).
SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
SHOTS.mkdir(parents=True, exist_ok=True)


def test_sign_in_page_is_accessible(page):
    page.goto("/accounts/login/")
    assert page.get_by_role("heading", level=1).is_visible()
    assert_accessible(page, "sign in")


@time_machine.travel(WORKING_NOW, tick=True)
def test_practitioner_pages_are_accessible(page, client, live_server, alice, jenny, ava, channel, policy_version):
    sign_in_as(page, client, alice, live_server)
    for label, url in [
        ("caseload", reverse("web:caseload")),
        ("adult", reverse("web:person", args=[jenny.pk])),
        ("child under 16", reverse("web:person", args=[ava.pk])),
    ]:
        page.goto(url)
        assert_accessible(page, label)
    page.goto(reverse("web:person", args=[jenny.pk]))
    page.get_by_role("button", name="Start conversation with Jenny Adams (their own number)").click()
    assert_accessible(page, "conversation before consent")


@time_machine.travel(WORKING_NOW, tick=True)
def test_keyboard_only_send_and_reply_appears_without_reload(page, client, live_server, simulator, alice, jenny,
                                                             channel, policy_version):
    conversation = Conversation.objects.create(person=jenny, channel=channel, number=jenny.mobile,
                                               consent_state=ConsentState.GIVEN, last_inbound_at=WORKING_NOW)
    person_writes(simulator, jenny.mobile, text="Hi it's Jenny")  # opens WhatsApp's 24-hour window
    sign_in_as(page, client, alice, live_server)
    page.goto(reverse("web:conversation", args=[conversation.pk]))
    # Reach the message box and the send button with the keyboard alone.
    page.keyboard.press("Tab")
    for _ in range(40):
        if page.evaluate("document.activeElement.id") == "id_text":
            break
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_text"
    page.keyboard.type("Hi Jenny, are you still ok for Wednesday at 11?")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent").strip() == "Send message"
    page.keyboard.press("Enter")
    page.get_by_text("Message sent.").wait_for()
    run_worker()
    page.get_by_text("Delivered").or_(page.get_by_text("Read")).first.wait_for(timeout=10000)
    # The person replies on their phone; the page shows it without a reload.
    marker = page.evaluate("window.__marker = Math.random()")
    person_writes(simulator, jenny.mobile, text="Yes see you then")
    page.get_by_text("Yes see you then").wait_for(timeout=10000)
    assert page.evaluate("window.__marker") == marker
    assert_accessible(page, "conversation with messages")


@time_machine.travel(WORKING_NOW, tick=True)
def test_refusal_highlights_the_words_and_is_accessible(page, client, live_server, alice, jenny, channel,
                                                        policy_version):
    conversation = Conversation.objects.create(person=jenny, channel=channel, number=jenny.mobile,
                                               consent_state=ConsentState.GIVEN, last_inbound_at=WORKING_NOW)
    sign_in_as(page, client, alice, live_server)
    page.goto(reverse("web:conversation", args=[conversation.pk]))
    page.get_by_label("Write a message").fill("Hi Jenny, how is your depression since the new medication?")
    page.get_by_role("button", name="Check message").click()
    assert page.locator("mark.cc-finding").count() >= 1
    assert page.get_by_text("This message cannot be sent").is_visible()
    assert_accessible(page, "refused message")


@time_machine.travel(WORKING_NOW, tick=True)
def test_manager_pages_are_accessible(page, client, live_server, bob, jenny, kofi, channel, policy_version):
    sign_in_as(page, client, bob, live_server)
    page.goto(reverse("web:caseload"))
    assert page.get_by_text("Kofi Mensah").is_visible() and page.get_by_text("Jenny Adams").is_visible()
    assert_accessible(page, "team caseload")
    page.goto(reverse("web:person", args=[kofi.pk]))
    assert_accessible(page, "manager person view")


def test_simulator_phone_pages_are_accessible(page, simulator):
    person_writes(simulator, "+447700900101", text="Hello")
    page.goto(simulator.url + "/")
    assert_accessible(page, "simulator index")
    page.goto(simulator.url + "/phone/447700900101")
    page.get_by_text("Hello").wait_for()
    assert_accessible(page, "simulator phone")


@time_machine.travel(WORKING_NOW, tick=True)
def test_working_pattern_and_exception_pages_are_accessible(page, client, live_server, alice, bob, ava, channel,
                                                            policy_version):
    sign_in_as(page, client, alice, live_server)
    page.goto(reverse("web:working_pattern"))
    page.screenshot(path=str(SHOTS / "working-pattern.png"), full_page=True)
    assert_accessible(page, "working pattern")
    page.goto(reverse("web:request_exception", args=[ava.pk]))
    page.get_by_role("button", name="Send request to Team Manager").click()  # empty: the error summary
    page.screenshot(path=str(SHOTS / "exception-request-errors.png"), full_page=True)
    assert_accessible(page, "exception request with errors")
    page.get_by_label("Parental consent (section 20)").check()
    page.get_by_label("Risk assessment reference").fill("RA-2026-114")
    page.get_by_label("Why is direct contact needed?").fill("Ava wants to confirm her own appointments")
    page.get_by_label("Day").fill("31")
    page.get_by_label("Month").fill("3")
    page.get_by_label("Year").fill("2027")
    page.get_by_role("button", name="Send request to Team Manager").click()
    page.get_by_text("Request sent to your Team Manager").wait_for()
    sign_in_as(page, client, bob, live_server)
    page.goto(reverse("web:exceptions"))
    page.screenshot(path=str(SHOTS / "exceptions.png"), full_page=True)
    assert_accessible(page, "exceptions list")
    page.get_by_role("link", name="Decide request for Ava Brown").click()
    page.screenshot(path=str(SHOTS / "exception-decide.png"), full_page=True)
    assert_accessible(page, "exception decision")
