"""A short run of `make fuzz`: generated webhooks and form posts, no 5xx, no partial writes."""

from __future__ import annotations

import pytest

from carecomms import fuzz


def test_generator_is_reproducible_and_covers_every_kind():
    first = fuzz.Generator(7, "100000000000001")
    second = fuzz.Generator(7, "100000000000001")
    bodies = [first.webhook("secret") for _ in range(300)]
    assert bodies == [second.webhook("secret") for _ in range(300)]
    assert {kind for _, _, kind in bodies} == {"signed-json", "signed-garbage", "bad-signature"}
    assert any(b"\\u" in raw for raw, _, _ in bodies) and any(not raw.isascii() for raw, _, _ in bodies)


@pytest.mark.django_db(transaction=True)
def test_three_hundred_generated_requests_cause_no_server_error_and_no_partial_write():
    report = fuzz.run(300, seed=20261125, world=fuzz.seed_world(), forms_share=0.15)
    print(report.summary())
    assert report.requests == 300
    assert report.statuses[200] > 100  # most signed payloads are accepted and processed, not refused
    assert not report.server_errors, "\n".join(report.server_errors[:20])
    assert not report.problems, "\n".join(report.problems)
