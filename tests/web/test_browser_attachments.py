"""Attachments on the conversation page in a real browser: the photo's thumbnail loads through the
authorised view, the letter downloads from the keyboard, a quarantined file shows why, axe-clean at 320 px."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import time_machine
from django.urls import reverse

from carecomms.channels.simulator.samples import SAMPLES
from carecomms.messaging.models import Attachment
from tests.browser import assert_accessible, sign_in_as
from tests.conftest import WORKING_NOW, run_worker, wait_for

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
SHOTS.mkdir(parents=True, exist_ok=True)


def jenny_sends(simulator, number: str, **media: str) -> None:
    before = Attachment.objects.count()
    httpx.post(f"{simulator.url}/_control/inbound", timeout=10,
               json={"from": number, "media": media}).raise_for_status()
    wait_for(lambda: Attachment.objects.count() > before)


@time_machine.travel(WORKING_NOW, tick=True)
def test_conversation_with_a_photo_a_letter_and_a_held_file(page, client, live_server, simulator, alice,
                                                             consented_conversation, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "attachments"
    jenny_sends(simulator, consented_conversation.number, sample="photo", caption="The letter")
    jenny_sends(simulator, consented_conversation.number, sample="letter")
    jenny_sends(simulator, consented_conversation.number, sample="disguised_program")
    run_worker()
    sign_in_as(page, client, alice, live_server)
    page.goto(reverse("web:conversation", args=[consented_conversation.pk]))

    thumbnail = page.get_by_role("img", name="Photo sent by Jenny Adams: The letter")
    thumbnail.wait_for()
    page.wait_for_function("img => img.complete && img.naturalWidth === 96", arg=thumbnail.element_handle())
    held = page.get_by_text("This file is held for your manager to review")
    assert held.is_visible() and "really a Windows program" in held.inner_text()

    # The letter's download link is reachable and works from the keyboard alone.
    page.keyboard.press("Tab")
    for _ in range(60):
        if "housing-letter.pdf" in page.evaluate("document.activeElement.textContent || ''"):
            break
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent").strip() == "Download housing-letter.pdf"
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename == "housing-letter.pdf"
    assert Path(download.value.path()).read_bytes() == SAMPLES["letter"].data

    page.screenshot(path=str(SHOTS / "conversation-attachments.png"), full_page=True)
    assert_accessible(page, "conversation with attachments")
    page.set_viewport_size({"width": 320, "height": 800})
    page.screenshot(path=str(SHOTS / "conversation-attachments-320.png"), full_page=True)


def test_the_simulated_phone_sends_a_sample_from_the_keyboard(page, simulator, consented_conversation):
    digits = consented_conversation.number.lstrip("+")
    page.goto(f"{simulator.url}/phone/{digits}")
    page.get_by_label("A letter (PDF document)").focus()
    page.keyboard.press("Space")
    assert page.get_by_label("A letter (PDF document)").is_checked()
    assert_accessible(page, "simulated phone")
    page.get_by_role("button", name="Send sample").focus()
    page.keyboard.press("Enter")
    page.get_by_text("Attachment: housing-letter.pdf").wait_for()
    received = wait_for(lambda: Attachment.objects.first())  # the webhook reached CareComms
    assert received.filename == "housing-letter.pdf" and received.mime_type == "application/pdf"
