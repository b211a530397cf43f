"""What a file really is, by its first bytes, against what the sender's phone declared."""

from __future__ import annotations

import io
import zipfile

import pytest

from carecomms.channels.simulator.samples import sample_pdf, sample_photo
from carecomms.messaging.filetypes import check_declared_type, safe_content_type, sniff


def zipped(names: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in names.items():
            archive.writestr(name, data)
    return buffer.getvalue()


DOCX = zipped({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
DOCM = zipped({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>", "word/vbaProject.bin": b"x"})


@pytest.mark.parametrize(
    ("declared", "data"),
    [
        ("image/png", sample_photo()),
        ("image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 40),
        ("image/jpg", b"\xff\xd8\xff\xe1" + b"\x00" * 40),
        ("application/pdf", sample_pdf()),
        ("audio/ogg; codecs=opus", b"OggS\x00\x02" + b"\x00" * 40),
        ("video/mp4", b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 40),
        ("text/plain", "Dear Alice, thank you — see you Thursday".encode()),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", DOCX),
    ],
)
def test_files_that_are_what_they_say_pass(declared: str, data: bytes) -> None:
    verdict = check_declared_type(declared, data)
    assert not verdict.quarantine, verdict.reason


@pytest.mark.parametrize(
    ("declared", "data", "words"),
    [
        ("image/jpeg", b"MZ\x90\x00" + b"\x00" * 60, "a Windows program"),
        ("application/pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 40, "a Linux program"),
        ("image/png", b"<!DOCTYPE html><script>alert(1)</script>", "a web page"),
        ("text/plain", b"#!/bin/sh\nrm -rf ~\n", "a script"),
        ("image/png", b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', "SVG"),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", DOCM, "macros"),
        ("image/jpeg", sample_photo(), "its contents are a PNG image"),
        ("application/pdf", b"\x00\x01\x02\x03 random binary \xff\xfe", "not a type CareComms recognises"),
        ("application/zip", zipped({"a.txt": b"hi"}), "cannot check"),
        ("application/x-unknown", b"hello", "cannot check"),
    ],
)
def test_mismatches_and_programs_are_quarantined_with_a_readable_reason(declared: str, data: bytes,
                                                                        words: str) -> None:
    verdict = check_declared_type(declared, data)
    assert verdict.quarantine and words in verdict.reason
    assert verdict.reason.startswith("Quarantined:") and "line manager" in verdict.reason


def test_sniffing_never_raises_on_odd_input() -> None:
    for data in (b"", b"PK\x03\x04broken zip", b"\xff", b"RIFF\x00\x00\x00\x00WEBPVP8 ", bytes(range(256))):
        sniff(data)
    assert sniff(b"") == "text/plain"  # empty is (trivially) text; the worker refuses empty files itself


def test_only_allowlisted_types_are_served_under_their_own_name() -> None:
    assert safe_content_type("image/JPEG") == "image/jpeg"
    assert safe_content_type("application/pdf") == "application/pdf"
    for risky in ("text/html", "image/svg+xml", "application/javascript", "text/plain", "", None):
        assert safe_content_type(risky) == "application/octet-stream"
