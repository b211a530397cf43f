"""The data-protection officer in a real browser, keyboard only: finds Jenny by case record id, places a
legal hold with a reason, requests a subject access export and sees it listed; axe-core at 320 px."""

from __future__ import annotations

import pytest
from django.urls import reverse

from carecomms.records.models import LegalHoldEvent, SubjectAccessExport
from tests.browser import assert_accessible, sign_in_as
from tests.conftest import make_user, run_worker

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_dpo_places_a_hold_and_requests_an_export(page, client, live_server, chat, jenny):
    dee = make_user("dee", "data_protection_officer", None)
    sign_in_as(page, client, dee, live_server)
    page.goto(reverse("audit:search"))
    page.get_by_role("link", name="person records", exact=True).press("Enter")  # the link in the page
    page.wait_for_url("**/records/people/")
    assert_accessible(page, "find a person")
    page.get_by_label("Case record id").fill("MOS-0000")
    page.get_by_role("button", name="Find person").press("Enter")
    page.wait_for_load_state()
    assert "No person has that case record id" in page.locator(".govuk-error-summary").inner_text()
    assert_accessible(page, "find a person, not found")
    page.get_by_label("Case record id").fill("MOS-1001")
    page.get_by_role("button", name="Find person").press("Enter")
    page.wait_for_url(f"**/records/people/{jenny.pk}/")
    assert_accessible(page, "person records, no hold")

    page.get_by_role("button", name="Place legal hold").press("Enter")
    page.wait_for_load_state()
    assert "Enter the reason for placing the legal hold" in page.locator(".govuk-error-summary").inner_text()
    assert_accessible(page, "person records, reason missing")
    page.get_by_label("Why are you placing a legal hold?").fill("Claim CL-2027-14 from the family's solicitor")
    page.get_by_role("button", name="Place legal hold").press("Enter")
    page.wait_for_load_state()
    main = page.locator("main").inner_text()
    assert "Legal hold placed on MOS-1001" in main and "On legal hold" in main
    assert "Claim CL-2027-14 from the family's solicitor" in page.locator("table").inner_text()
    assert LegalHoldEvent.objects.filter(person=jenny, actor=dee).count() == 1
    assert_accessible(page, "person records, on hold")

    page.get_by_role("button", name="Request subject access export").press("Enter")
    page.wait_for_load_state()
    assert "Waiting to be made" in page.locator(".govuk-summary-card").inner_text()
    assert_accessible(page, "person records, export requested")
    run_worker()
    export = SubjectAccessExport.objects.get(person=jenny)
    assert export.state == SubjectAccessExport.State.READY, export.error
    page.reload()
    card = page.locator(".govuk-summary-card").inner_text()
    assert "Ready to download" in card and export.sha256 in card and "Dee Example" in card
    assert page.get_by_role("link", name=f"Download zip (export {export.pk})").is_visible()
    assert_accessible(page, "person records, export ready")
