"""Chat transcripts for the case record (W1, G8): the conversation as the phone showed it.

Rendering is split in two so the slow, pure part can be tested and benchmarked without a database:
`transcript_from_models` reads the ORM once into plain dataclasses; everything after that
(`transcript_html`, `render_pdf`, `render_png_pages`) takes data only. The output is deterministic:
the PDF's dates come from the last message, its file identifier from the document id, and nothing is
ever fetched (an offline URL fetcher admits only inline `data:` images), so the same messages give
the same bytes and the recorded SHA-256 can be checked by anyone later.
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import hashlib
import io
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from carecomms.messaging.filetypes import normalise as normalise_mime_type

LONDON = ZoneInfo("Europe/London")
PDF_VARIANT = "pdf/a-3b"
INLINE_IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp"})
# The transcript's only fonts: local files, never fetched. Text they cannot draw is spelled out.
FONT_FILES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
)
# Bubbles are as wide as their text, like the phone's, but computed here in steps of 4% of the page:
# shrink-to-fit layout of a thousand boxes made WeasyPrint twice as slow.
BUBBLE_WIDTHS = tuple(range(28, 73, 4))
CHARACTERS_PER_PERCENT = 1.0  # DejaVu Sans 9.5pt on the A4 chat column (measured: ~75 characters in 72%)
INVISIBLE = frozenset({0x200D, 0xFE0E, 0xFE0F})  # zero-width joiner and emoji variation selectors
# In place of WeasyPrint's HTML5 user-agent stylesheet: the same rules for the few elements used, and
# only those (see the file); parsed once per process.
BASE_STYLESHEET = Path(__file__).with_name("transcript_base.css")


@dataclass(frozen=True)
class TranscriptAttachment:
    filename: str
    mime_type: str
    sha256: str
    size: int | None
    caption: str = ""
    content: bytes | None = None  # present only when the bytes are held and match the recorded hash
    quarantined: bool = False

    @property
    def inline_image(self) -> bool:
        return self.content is not None and self.mime_type in INLINE_IMAGE_TYPES and not self.quarantined

    @property
    def data_uri(self) -> str:
        assert self.content is not None
        return f"data:{self.mime_type};base64,{base64.b64encode(self.content).decode('ascii')}"


@dataclass(frozen=True)
class TranscriptEntry:
    """One bubble (a message) or, when `notice` is set, a centred line such as a consent change."""

    at: datetime
    outbound: bool = False
    sender: str = ""
    body: str = ""
    kind_label: str = ""
    status_label: str = ""
    status_at: datetime | None = None
    attachments: tuple[TranscriptAttachment, ...] = ()
    flags: tuple[str, ...] = ()
    body_removed: bool = False
    notice: str = ""


@dataclass(frozen=True)
class TranscriptHeader:
    document_id: str
    person_name: str
    case_record_id: str
    practitioner: str
    team: str
    channel_name: str
    channel_number: str
    contact: str
    consent_state: str
    policy_versions: tuple[str, ...]
    scope: str  # "Full conversation" or "Messages since …"
    channel_kind: str = "WhatsApp"

    @property
    def title(self) -> str:
        return f"{self.channel_kind} transcript: {self.person_name} ({self.case_record_id})"


@dataclass(frozen=True)
class Transcript:
    header: TranscriptHeader
    entries: tuple[TranscriptEntry, ...] = field(default=())

    @property
    def message_count(self) -> int:
        return sum(1 for entry in self.entries if not entry.notice)

    @property
    def last_at(self) -> datetime | None:
        return max((entry.at for entry in self.entries), default=None)


# --- pure rendering ------------------------------------------------------------------------------


def london(moment: datetime) -> datetime:
    return moment.astimezone(LONDON)


@functools.cache
def _drawable() -> frozenset[int] | None:
    """Code points the local fonts can draw; `None` when the fonts are not where Debian puts them."""
    from fontTools.ttLib import TTFont

    points: set[int] = set()
    for path in FONT_FILES:
        if not path.exists():
            return None
        points.update(TTFont(path, lazy=True).getBestCmap())
    return frozenset(points)


def drawable_text(text: str) -> str:
    """Emoji and other characters the fonts lack become their Unicode names, e.g. "[thumbs up sign]",
    so the record says what was sent instead of showing an empty box."""
    drawable = _drawable()
    if drawable is None or all(ord(c) in drawable or c.isspace() for c in text):
        return text
    out = []
    for character in text:
        point = ord(character)
        if point in drawable or character.isspace():
            out.append(character)
        elif point not in INVISIBLE:
            out.append(f"[{unicodedata.name(character, f'U+{point:04X}').lower()}]")
    return "".join(out)


def _drawable_entry(entry: TranscriptEntry) -> TranscriptEntry:
    return dataclasses.replace(
        entry,
        body=drawable_text(entry.body),
        sender=drawable_text(entry.sender),
        attachments=tuple(
            dataclasses.replace(a, caption=drawable_text(a.caption), filename=drawable_text(a.filename))
            for a in entry.attachments
        ),
    )


def bubble_width(entry: TranscriptEntry, time_and_status: str) -> int:
    """The narrowest width step (percent) that fits the longest line of the bubble."""
    if any(a.inline_image or a.sha256 for a in entry.attachments):
        return BUBBLE_WIDTHS[-1]
    lines = [*entry.body.splitlines(), entry.sender, time_and_status]
    wanted = max(len(line) for line in lines) / CHARACTERS_PER_PERCENT + 4
    return next((width for width in BUBBLE_WIDTHS if width >= wanted), BUBBLE_WIDTHS[-1])


def transcript_html(transcript: Transcript) -> str:
    """The transcript as one self-contained HTML document (fonts local, images inline)."""
    days: list[dict[str, object]] = []
    last_sender: dict[bool, str] = {}  # per side, as the phone groups a run of messages
    for entry in map(_drawable_entry, transcript.entries):
        local = london(entry.at)
        label = f"{local:%A} {local.day} {local:%B %Y}"
        if not days or days[-1]["label"] != label:
            days.append({"label": label, "entries": []})
            last_sender.clear()  # each day names its senders again
        entries = days[-1]["entries"]
        assert isinstance(entries, list)
        status_time = f"{london(entry.status_at):%d %b %H:%M}" if entry.status_at else ""
        show_sender = not entry.notice and last_sender.get(entry.outbound) != entry.sender
        if not entry.notice:
            last_sender[entry.outbound] = entry.sender
        meta = f"{entry.kind_label} · {local:%H:%M} · ✓✓ {entry.status_label} {status_time}"
        entries.append(
            {
                "entry": entry,
                "time": f"{local:%H:%M}",
                "status_time": status_time,
                "show_sender": show_sender,
                "width": bubble_width(entry, meta),
            }
        )
    last = transcript.last_at
    return render_to_string(
        "records/transcript.html",
        {
            "header": transcript.header,
            "title": transcript.header.title,
            # Page margins repeat these on every page as literal text: WeasyPrint lays out literal
            # margin boxes faster than `string-set` ones.
            "title_css": mark_safe(css_string(transcript.header.title)),  # noqa: S308 - escaped above
            "document_id_css": mark_safe(css_string(transcript.header.document_id)),  # noqa: S308
            "days": days,
            "widths": BUBBLE_WIDTHS,
            "message_count": transcript.message_count,
            "dated": _w3c(last) if last else "",
            "last_local": f"{london(last):%d %B %Y %H:%M}" if last else "",
        },
    )


def css_string(text: str) -> str:
    """`text` safe inside a double-quoted CSS string in a <style> element: everything but letters,
    digits and spaces becomes a CSS hex escape, so no quote, backslash or `</style>` can get out."""
    return "".join(c if c.isascii() and (c.isalnum() or c == " ") else f"\\{ord(c):x} " for c in text)


def _w3c(moment: datetime) -> str:
    return moment.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ")


def _offline_fetcher() -> object:
    """A URL fetcher that refuses everything but inline `data:` URIs: a transcript never reaches out."""
    from weasyprint.urls import FatalURLFetchingError, URLFetcher

    class OfflineURLFetcher(URLFetcher):
        def fetch(self, url: str, headers: object = None) -> object:
            if not url.startswith("data:"):
                raise FatalURLFetchingError(
                    f"Transcripts are rendered offline; refused to fetch {url[:80]!r}"
                )
            return super().fetch(url, headers)

    return OfflineURLFetcher()


@functools.cache
def _base_stylesheet() -> object:
    """Parsed once and shared by every render, as WeasyPrint shares its own user-agent stylesheet."""
    from weasyprint import CSS

    return CSS(string=BASE_STYLESHEET.read_text(encoding="utf-8"))


@functools.cache
def _transcript_html_class() -> type:
    """WeasyPrint's `HTML` with the transcript's small base stylesheet as its user-agent stylesheet.

    WeasyPrint has no public option for this, so its `_ua_stylesheets` hook is overridden (a test checks
    the hook still exists and that the PDF is the same as with WeasyPrint's own stylesheet)."""
    from weasyprint import HTML

    class TranscriptHTML(HTML):
        def _ua_stylesheets(self, forms: bool = False) -> list[object]:
            return [_base_stylesheet()]

    return TranscriptHTML


def render_pdf(html: str, *, document_id: str) -> bytes:
    """HTML → PDF/A-3b. `document_id` fixes the PDF file identifier; dates come from `<meta>` in the HTML."""
    identifier = hashlib.md5(document_id.encode("utf-8"), usedforsecurity=False).hexdigest().encode("ascii")
    document = _transcript_html_class()(string=html, url_fetcher=_offline_fetcher(), base_url=None)
    pdf = document.write_pdf(pdf_variant=PDF_VARIANT, pdf_identifier=identifier, custom_metadata=False)
    assert isinstance(pdf, bytes)
    return pdf


def render_png_pages(pdf: bytes, *, scale: float = 1.5) -> list[bytes]:
    """One PNG per page, for case systems that take images rather than PDFs.

    Pillow's default compression: `optimize=True` made encoding four times slower (54 pages: 5.5 s
    instead of 1.4 s) for files only 2 % smaller."""
    import pypdfium2

    pages: list[bytes] = []
    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            image = page.render(scale=scale).to_pil()
            buffer = io.BytesIO()
            image.save(buffer, format="PNG")
            pages.append(buffer.getvalue())
            page.close()
    finally:
        document.close()
    return pages


def sha256_hex(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


# --- reading the models once ---------------------------------------------------------------------


def _attachment_bytes(stored_path: str, expected_sha256: str) -> bytes | None:
    """The held bytes (decrypted), only if they are still there and match the hash recorded when
    they were fetched; a file that cannot be opened with the configured keys counts as not held."""
    from carecomms.crypto import EncryptionError, read_encrypted_file

    if not stored_path:
        return None
    root = Path(settings.MEDIA_ROOT).resolve()
    path = (root / stored_path).resolve()
    if root not in path.parents or not path.is_file():
        return None
    try:
        content = read_encrypted_file(path)
    except (EncryptionError, OSError):
        return None
    if expected_sha256 and sha256_hex(content) != expected_sha256:
        return None
    return content


def _consent_notice(label: str, policy_version: str) -> str:
    text = label if "consent" in label.lower() else f"Consent: {label}"
    return f"{text} (policy {policy_version})"


def transcript_from_models(
    conversation: object,
    messages: Iterable[object],
    *,
    document_id: str,
    scope: str,
    practitioner: str,
    consent_state: str,
    consent_events: Iterable[object] = (),
) -> Transcript:
    """Plain data for one conversation's messages (already filtered and ordered by the caller).

    `consent_state` is the state as of the last message, not now, so a later change cannot alter a
    document that has already been made.
    """
    from carecomms.messaging.models import ConsentState, Message

    conv = conversation
    entries: list[TranscriptEntry] = []
    versions: set[str] = set()
    message_list: Sequence[Message] = list(messages)  # type: ignore[arg-type]
    for message in message_list:
        outbound = message.direction == Message.Direction.OUTBOUND
        if message.policy_version:
            versions.add(message.policy_version)
        if outbound:
            sender = message.author.display_name if message.author else "CareComms (automatic)"
        else:
            sender = conv.recipient_name  # type: ignore[attr-defined]
        status_at = {
            Message.Status.READ: message.read_at,
            Message.Status.DELIVERED: message.delivered_at,
            Message.Status.SENT: message.sent_at,
        }.get(Message.Status(message.status))
        body = message.body
        if not body and message.kind in {Message.Kind.TEMPLATE, Message.Kind.CONSENT_REQUEST}:
            params = ", ".join(str(p) for p in message.template_parameters)
            body = f"[Template {message.template_name}{': ' + params if params else ''}]"
        entries.append(
            TranscriptEntry(
                at=message.provider_timestamp
                if not outbound and message.provider_timestamp
                else message.created_at,
                outbound=outbound,
                sender=sender,
                body=body,
                kind_label=message.get_kind_display()
                if message.kind not in {Message.Kind.TEXT, Message.Kind.MEDIA}
                else "",
                status_label=message.get_status_display() if outbound else "",
                status_at=status_at,
                attachments=tuple(
                    TranscriptAttachment(
                        filename=a.filename or "(no name)",
                        # What the bytes are, when checked; else the declared type, normalised
                        # ("image/jpg" is drawn as the JPEG it is).
                        mime_type=a.detected_type or normalise_mime_type(a.mime_type),
                        sha256=a.sha256,
                        size=a.size,
                        caption=a.caption,
                        content=_attachment_bytes(a.stored_path, a.sha256),
                        quarantined=a.quarantined,
                    )
                    for a in message.attachments.all()
                ),
                flags=tuple(
                    str(flag.get("flag", flag)) if isinstance(flag, dict) else str(flag)
                    for flag in message.flags
                ),
                body_removed=getattr(message, "body_removed_at", None) is not None,
            )
        )
    for event in consent_events:
        entries.append(
            TranscriptEntry(
                at=event.occurred_at,  # type: ignore[attr-defined]
                notice=_consent_notice(ConsentState(event.state).label, event.policy_version),  # type: ignore[attr-defined]
            )
        )
    entries.sort(key=lambda entry: (entry.at, 0 if entry.notice else 1))
    channel = conv.channel  # type: ignore[attr-defined]
    contact = conv.recipient_name  # type: ignore[attr-defined]
    if conv.guardian:  # type: ignore[attr-defined]
        contact += f" ({conv.guardian.relationship})"  # type: ignore[attr-defined]
    header = TranscriptHeader(
        document_id=document_id,
        person_name=conv.person.full_name,  # type: ignore[attr-defined]
        case_record_id=conv.person.case_record_id,  # type: ignore[attr-defined]
        practitioner=practitioner,
        team=conv.person.team.name,  # type: ignore[attr-defined]
        channel_name=channel.name,
        channel_kind=channel.get_kind_display(),
        channel_number=channel.display_number,
        contact=f"{contact}, {conv.masked_number}",  # type: ignore[attr-defined]
        consent_state=consent_state,
        policy_versions=tuple(sorted(versions)),
        scope=scope,
    )
    return Transcript(header=header, entries=tuple(entries))
