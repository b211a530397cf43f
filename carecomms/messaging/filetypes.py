"""What a file really is, from its first bytes, and whether that matches what the sender's phone said.

Pure (standard library only): the media worker calls `check_declared_type` on the downloaded bytes.
The declared MIME type comes from the sender's phone and is not evidence: a program renamed
`photo.jpg` arrives as `image/jpeg`. Anything that is, or could be, a program, a web page or a
script, and anything whose bytes do not match the declared type, is quarantined; so is a declared
type CareComms cannot check (it cannot say the file is safe, so it does not say so).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

# Types CareComms may hand to a browser under their own name; everything else is served as
# application/octet-stream. Never text/html, SVG or anything a browser would run or render as a page.
SAFE_CONTENT_TYPES = frozenset({
    "image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf", "audio/ogg", "audio/mpeg",
    "audio/mp4", "audio/aac", "audio/amr", "video/mp4", "video/3gpp",
})
# Images a page may show as a thumbnail (through the authorised download view only).
THUMBNAIL_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp"})

_ALIASES = {"image/jpg": "image/jpeg", "image/pjpeg": "image/jpeg", "audio/mp3": "audio/mpeg",
            "audio/x-m4a": "audio/mp4", "audio/m4a": "audio/mp4", "video/3gp": "video/3gpp",
            "text/x-vcard": "text/vcard", "image/heif": "image/heic", "audio/opus": "audio/ogg"}
# Detected types that are programs, scripts or pages: quarantined whatever the phone said.
_DANGEROUS = {
    "application/x-msdownload": "a Windows program",
    "application/x-executable": "a Linux program",
    "application/x-mach-binary": "a Mac program",
    "application/java-archive": "a Java program",
    "text/x-shellscript": "a script",
    "text/html": "a web page",
    "image/svg+xml": "an SVG drawing, which can contain script",
    "application/vnd.ms-cab-compressed": "a Windows cabinet archive",
    "application/x-ole-storage": "an old-style Office file, which can contain macros",
}
_LABELS = {
    "image/jpeg": "JPEG photo", "image/png": "PNG image", "image/gif": "GIF image",
    "image/webp": "WebP image", "image/heic": "HEIC photo", "application/pdf": "PDF document",
    "audio/ogg": "voice note (Ogg)", "audio/mpeg": "MP3 audio", "audio/mp4": "MP4 audio",
    "audio/aac": "AAC audio", "audio/amr": "AMR voice note", "video/mp4": "MP4 video",
    "video/3gpp": "3GP video", "text/plain": "text file", "text/vcard": "contact card",
    "application/zip": "zip archive",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel spreadsheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint presentation",
    "application/vnd.oasis.opendocument.text": "OpenDocument text",
}
# Declared type -> the detected types that satisfy it (ISO media files share one "ftyp" container).
_COMPATIBLE = {
    "audio/mp4": {"audio/mp4", "video/mp4"},
    "video/mp4": {"video/mp4", "audio/mp4"},
    "video/3gpp": {"video/3gpp", "video/mp4"},
    "audio/aac": {"audio/aac", "audio/mp4"},
}
_FTYP_BRANDS = {
    b"heic": "image/heic", b"heix": "image/heic", b"mif1": "image/heic", b"msf1": "image/heic",
    b"M4A ": "audio/mp4", b"M4B ": "audio/mp4", b"3gp4": "video/3gpp", b"3gp5": "video/3gpp",
    b"3gp6": "video/3gpp", b"3g2a": "video/3gpp",
}
_OOXML = {
    "word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt/": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
_MACRO_PARTS = ("vbaProject.bin", "vbaData.xml")
# Declared types whose contents can be checked. A zip archive is not one of them: it can hold anything.
_CHECKABLE = frozenset(_LABELS) - {"application/zip"}


@dataclass(frozen=True)
class TypeCheck:
    """The verdict on one file: `detected` is what the bytes are (None: not recognised)."""

    declared: str
    detected: str | None
    quarantine: bool
    reason: str


def normalise(mime_type: str | None) -> str:
    """`Image/JPG; charset=x` -> `image/jpeg`."""
    bare = (mime_type or "").split(";", 1)[0].strip().lower()
    return _ALIASES.get(bare, bare)


def label(mime_type: str | None) -> str:
    mime = normalise(mime_type)
    return _LABELS.get(mime) or _DANGEROUS.get(mime) or (mime or "unknown type")


def safe_content_type(mime_type: str | None) -> str:
    """The Content-Type to serve a stored file under: its own only if it is on the allowlist."""
    mime = normalise(mime_type)
    return mime if mime in SAFE_CONTENT_TYPES else "application/octet-stream"


def _zip_type(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if any(name.endswith(_MACRO_PARTS) for name in names):
                return "application/x-ole-storage"  # a macro-enabled Office file: can run code
            if "META-INF/MANIFEST.MF" in names and any(name.endswith(".class") for name in names):
                return "application/java-archive"
            if "[Content_Types].xml" in names:
                for prefix, mime in _OOXML.items():
                    if any(name.startswith(prefix) for name in names):
                        return mime
            if "mimetype" in names:
                declared = archive.read("mimetype")[:100].decode("ascii", "replace").strip()
                if declared == "application/vnd.oasis.opendocument.text":
                    return declared
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, NotImplementedError, EOFError):
        pass
    return "application/zip"


def _looks_like_text(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(sample) - 3:  # a multi-byte character cut at the sample's end is fine
            return False
    return True


def sniff(data: bytes) -> str | None:
    """The type the bytes themselves show, or None when they match nothing CareComms knows."""
    head = data[:64]
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith(b"#!AMR"):
        return "audio/amr"
    if head.startswith(b"ID3") or head[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return "audio/mpeg"
    if head[:2] in (b"\xff\xf1", b"\xff\xf9"):
        return "audio/aac"
    if head[4:8] == b"ftyp":
        return _FTYP_BRANDS.get(head[8:12], "video/mp4")
    if head.startswith(b"MZ"):
        return "application/x-msdownload"
    if head.startswith(b"\x7fELF"):
        return "application/x-executable"
    if head[:4] in (b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe",
                    b"\xca\xfe\xba\xbe"):
        return "application/x-mach-binary"
    if head.startswith(b"MSCF"):
        return "application/vnd.ms-cab-compressed"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "application/x-ole-storage"
    if head.startswith(b"PK\x03\x04"):
        return _zip_type(data)
    if _looks_like_text(data):
        text = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if text.startswith(b"#!"):
            return "text/x-shellscript"
        if text.startswith((b"<!doctype html", b"<html", b"<script", b"<head", b"<body", b"<iframe")):
            return "text/html"
        if b"<svg" in text[:512] and text.startswith((b"<svg", b"<?xml", b"<!doctype svg")):
            return "image/svg+xml"
        if text.startswith(b"begin:vcard"):
            return "text/vcard"
        return "text/plain"
    return None


def check_declared_type(declared_mime: str | None, data: bytes) -> TypeCheck:
    """Does `data` really hold what the phone declared, and is it something a person may open?"""
    declared = normalise(declared_mime) or "application/octet-stream"
    detected = sniff(data)
    if detected in _DANGEROUS:
        return TypeCheck(declared, detected, True,
                         f"Quarantined: the file says it is a {label(declared)} but it is really "
                         f"{_DANGEROUS[detected]}. A line manager must review it before anyone opens it.")
    if declared not in _CHECKABLE:
        return TypeCheck(declared, detected, True,
                         f"Quarantined: CareComms cannot check files of type '{declared}', so it cannot say "
                         "this one is safe. A line manager must review it before anyone opens it.")
    if detected is None or detected not in _COMPATIBLE.get(declared, {declared}):
        found = f"a {label(detected)}" if detected else "not a type CareComms recognises"
        return TypeCheck(declared, detected, True,
                         f"Quarantined: the file says it is a {label(declared)} but its contents are "
                         f"{found}. A line manager must review it before anyone opens it.")
    return TypeCheck(declared, detected, False, f"The contents match the declared type ({label(declared)}).")
