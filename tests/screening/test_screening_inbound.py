import pytest

from carecomms.screening import screen_attachment, screen_inbound


@pytest.mark.parametrize(
    "text",
    [
        "i dont want to be here anymore",
        "kms tbh",
        "i want to kill myself",
        "I've swallowed a load of paracetamol",
        "i od'd last night",
        "he hit me again",
        "my mums boyfriend hurts me",
        "hes got a knife",
        "We've got no gas or food and the baby is hungry",
        "my sister is 15 and she's been gone since yesterday",
        "the carers haven't been for 2 days",
        "she's not breathing properly",
        "i'm 14 and home alone",
        "im scared hes gonna come back and hurt the kids",
        "wanna die tbh",
    ],
)
def test_safeguarding_disclosures_are_flagged(text: str) -> None:
    assert "safeguarding" in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "Lol this weather is killing me, see u soon",
        "This bus driver is doing my head in lol",
        "the bloody bus is late again ffs",
        "I could murder a coffee",
        "I'm starving, will grab lunch first",
        "im 5 mins away",
        "I'm 10 minutes late sorry",
        "Thanks for your help today x",
        "Can you help me fill in the form?",
    ],
)
def test_everyday_messages_are_not_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ()


@pytest.mark.parametrize(
    "text",
    [
        "you stupid bitch you've ruined my life",
        "I know what car you drive. Be careful",
        "send me a selfie gorgeous",
        "shut up you immigrant, go home",
        "[video: pornographic clip]",
        "I'll be waiting outside your office when you finish",
    ],
)
def test_inappropriate_messages_are_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ("inappropriate",)


def test_threat_to_kill_the_worker_is_both() -> None:
    assert screen_inbound("I'll kill you and then myself if you take my kids").flags == (
        "inappropriate",
        "safeguarding",
    )


def test_signal_spans_are_exact() -> None:
    text = "he\u2019s got a knife and i want to die"
    for signal in screen_inbound(text).signals:
        assert text[signal.start : signal.end] == signal.text
        assert signal.explanation


@pytest.mark.parametrize(
    ("mime", "filename"),
    [
        ("application/x-msdownload", "setup.exe"),
        ("image/jpeg", "photo.jpg.exe"),
        ("application/zip", "docs.zip"),
        ("application/octet-stream", None),
        ("image/svg+xml", "a.svg"),
        ("text/html", "page.html"),
        ("", None),
    ],
)
def test_unexpected_or_executable_attachments_are_quarantined(mime: str, filename: str | None) -> None:
    verdict = screen_attachment(mime, filename)
    assert verdict.quarantine
    assert "Quarantined" in verdict.reason


@pytest.mark.parametrize(
    "mime", ["image/jpeg", "image/png", "application/pdf", "audio/ogg", "audio/mpeg; codecs=opus"]
)
def test_normal_attachments_pass_with_caption_screened(mime: str) -> None:
    assert screen_attachment(mime, "file").quarantine is False
    verdict = screen_attachment(mime, None, caption="this is what he did to me, he hit me")
    assert not verdict.quarantine and verdict.flags == ("safeguarding",)
    assert screen_attachment(mime, None, caption="send nudes").quarantine


def test_someone_elses_suicide_risk_is_safeguarding() -> None:
    assert screen_inbound("my friend said she's going to kill herself tonight").flags == ("safeguarding",)


def test_threat_against_the_family_is_not_abuse_of_the_worker() -> None:
    assert screen_inbound("he said he'd burn the house down with us in it").flags == ("safeguarding",)
