"""Attachment screening: the file types quarantined (MIME types, extensions); a caption is screened like a message."""

from __future__ import annotations

from .inbound import screen_inbound
from .types import AttachmentVerdict, InboundFlag

_EXPECTED_MIME_PREFIXES = ("image/", "audio/")
_EXPECTED_MIME_TYPES = frozenset(
    {
        "application/pdf",
        "video/mp4",
        "video/3gpp",
        "text/plain",
        "text/vcard",
        "text/x-vcard",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.text",
    }
)
_SCRIPT_IMAGE_TYPES = frozenset({"image/svg+xml"})
_DANGEROUS_EXTENSIONS = frozenset(
    """exe com bat cmd msi msp scr pif cpl dll sys jar js jse vbs vbe wsf wsh ps1 psm1 sh bash zsh py pl rb php
    apk ipa app dmg pkg deb rpm bin run hta lnk reg iso img vhd zip rar 7z tar gz tgz bz2 xz cab ace docm xlsm
    pptm dotm xltm html htm svg xhtml mht chm""".split()
)


def screen_attachment(
    mime_type: str, filename: str | None = None, caption: str | None = None
) -> AttachmentVerdict:
    """Quarantine anything that could run code or hide content (G15); screen the caption like a message."""
    mime = (mime_type or "").split(";", 1)[0].strip().casefold()
    caption_flags = screen_inbound(caption).flags if caption else ()
    extensions = [part.casefold() for part in (filename or "").split(".")[1:]]
    dangerous = [ext for ext in extensions if ext in _DANGEROUS_EXTENSIONS]
    if dangerous:
        return AttachmentVerdict(
            True,
            caption_flags,
            f"Quarantined: the file name has a .{dangerous[-1]} extension, a type that can run "
            "code or hide other files. A line manager must review it before anyone opens it.",
        )
    expected = (
        mime.startswith(_EXPECTED_MIME_PREFIXES) and mime not in _SCRIPT_IMAGE_TYPES
    ) or mime in _EXPECTED_MIME_TYPES
    if not expected:
        return AttachmentVerdict(
            True,
            caption_flags,
            f"Quarantined: '{mime or 'unknown'}' is not a type people normally send (photos, "
            "PDFs, voice notes). A line manager must review it before anyone opens it.",
        )
    if InboundFlag.INAPPROPRIATE.value in caption_flags:
        return AttachmentVerdict(
            True,
            caption_flags,
            "Quarantined: the caption suggests inappropriate content; report to the line manager (G15).",
        )
    if caption_flags:
        return AttachmentVerdict(
            False,
            caption_flags,
            "Normal file type; the caption needs attention: " + ", ".join(caption_flags) + ".",
        )
    return AttachmentVerdict(False, (), "Normal file type for this channel.")
