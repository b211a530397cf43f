"""Attachments: fetching what people send, keeping it encrypted, and handing it out to those allowed.

The webhook only records an attachment's metadata (`actions.do_receive_message`). Once that
transaction commits, `fetch_attachment_task` asks the channel for the bytes, outside any
transaction, and `_record_fetch_success` checks them (Meta's SHA-256, the real type by its magic
bytes against the declared one), seals them with the current key under a random name in MEDIA_ROOT
and records where they are. A file that is not what it claims, or is a program, is quarantined: its
bytes are kept (encrypted) for the manager's review but never served. Transient failures are tried
again with back-off; the worker claims a row the way the outbox does, so a retry or a second worker
never stores a file twice.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageOps

from carecomms.access import Capability, authorise
from carecomms.access import Decision as AccessDecision
from carecomms.audit.actions import do_audit
from carecomms.crypto import EncryptionError, read_encrypted_file, write_encrypted_file
from carecomms.messaging.filetypes import check_declared_type, safe_content_type
from carecomms.messaging.models import Attachment, Conversation
from carecomms.messaging.retry import WorkQueue, plan_retry, requeue_lost
from carecomms.people.models import User

logger = logging.getLogger(__name__)

FETCH_QUEUE = WorkQueue(
    pending=Attachment.Fetch.PENDING, claimed=Attachment.Fetch.FETCHING,
    state_field="fetch_state", due_field="next_fetch_at",
)

_EXTENSIONS = {
    "image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp", "image/heic": "heic",
    "application/pdf": "pdf", "audio/ogg": "ogg", "audio/mpeg": "mp3", "audio/mp4": "m4a", "audio/aac": "aac",
    "audio/amr": "amr", "video/mp4": "mp4", "video/3gpp": "3gp", "text/plain": "txt", "text/vcard": "vcf",
}
_UNSAFE_IN_NAME = re.compile(r'[\x00-\x1f\x7f"\\/:*?<>|;]+')


# --- fetching (the worker) -----------------------------------------------------------------------


def queue_fetch(attachment: Attachment) -> None:
    """Tell the worker once the current transaction commits (call inside the one that saved the row)."""
    from carecomms.messaging.tasks import fetch_attachment_task

    run_after = attachment.next_fetch_at
    transaction.on_commit(lambda: fetch_attachment_task.using(run_after=run_after).enqueue(attachment.pk))


def claim_attachment(attachment_id: int, now: datetime) -> Attachment | None:
    """Take one due attachment for fetching, or None if another worker has it, it is done or not due."""
    with transaction.atomic():
        attachment = (
            Attachment.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(pk=attachment_id)
            .filter(FETCH_QUEUE.claimable(now, stale_seconds=settings.ATTACHMENT_FETCH_STALE_SECONDS))
            .select_related("message__conversation__channel")
            .first()
        )
        if attachment is None:
            return None
        attachment.fetch_state = Attachment.Fetch.FETCHING
        attachment.claimed_at = now
        attachment.fetch_attempts += 1
        attachment.save(update_fields=["fetch_state", "claimed_at", "fetch_attempts"])
        return attachment


def fetch_attachment(attachment_id: int, now: datetime | None = None) -> str:
    """Worker entry point: claim, fetch over the network outside any transaction, record the outcome."""
    from carecomms.channels.whatsapp.client import MediaError
    from carecomms.messaging.transport import whatsapp_client

    attachment = claim_attachment(attachment_id, now or timezone.now())
    if attachment is None:
        return "skipped"
    channel = attachment.message.conversation.channel
    try:
        if channel.kind != channel.Kind.WHATSAPP or not attachment.provider_media_id:
            raise MediaError("WhatsApp did not say where to fetch this attachment from.", permanent=True)
        media = whatsapp_client(channel).fetch_media(
            attachment.provider_media_id, max_bytes=settings.ATTACHMENT_MAX_BYTES
        )
        _check_fingerprint(attachment, media.sha256, len(media.content))
    except MediaError as error:
        return _record_fetch_failure(attachment, error, timezone.now())
    return _record_fetch_success(attachment, media.content, media.sha256, timezone.now())


def _check_fingerprint(attachment: Attachment, sha256: str, size: int) -> None:
    """The bytes must also match the hash the webhook carried when the message arrived."""
    from carecomms.channels.whatsapp.client import MediaError, normalise_sha256

    if size == 0:
        raise MediaError("The attachment was empty.", permanent=True)
    announced = normalise_sha256(attachment.sha256)
    if announced is not None and announced != sha256:
        raise MediaError("The attachment did not match the fingerprint (SHA-256) in the message that "
                         "announced it, so it was not kept. CareComms will try again.", permanent=False)


def new_stored_path() -> str:
    """A random name (never the sender's), spread over 256 folders: `ab/ab12…`."""
    token = secrets.token_hex(16)
    return f"{token[:2]}/{token}"


def stored_file(stored_path: str) -> Path | None:
    """The file for a stored path, only if it resolves inside MEDIA_ROOT."""
    root = Path(settings.MEDIA_ROOT).resolve()
    path = (root / stored_path).resolve()
    return path if stored_path and root in path.parents else None


def _record_fetch_success(attachment: Attachment, content: bytes, sha256: str, now: datetime) -> str:
    """Seal the bytes to a fresh file, then record it. A claim that was overtaken leaves nothing behind."""
    check = check_declared_type(attachment.mime_type, content)
    relative = new_stored_path()
    path = stored_file(relative)
    assert path is not None
    write_encrypted_file(path, content)
    try:
        with transaction.atomic():
            current = Attachment.objects.select_for_update(of=("self",)).select_related(
                "message__conversation").get(pk=attachment.pk)
            if not _still_claimed(current, attachment):
                path.unlink(missing_ok=True)  # another worker took it over and finished first
                return "skipped"
            newly_quarantined = check.quarantine and not current.quarantined
            if check.quarantine:
                earlier = current.quarantine_reason if current.quarantined else ""
                current.quarantine_reason = f"{earlier} {check.reason}".strip()
                current.quarantined = True
            current.stored_path = relative
            current.sha256 = sha256
            current.size = len(content)
            current.detected_type = check.detected or ""
            current.fetch_state = Attachment.Fetch.STORED
            current.fetched_at = now
            current.fetch_error = ""
            current.save(update_fields=["stored_path", "sha256", "size", "detected_type", "fetch_state",
                                        "fetched_at", "fetch_error", "quarantined", "quarantine_reason"])
            person_id = current.message.conversation.person_id
            do_audit("attachment:stored", target=current, person_id=person_id,
                     detail={"sha256": sha256, "size": len(content), "declared": check.declared,
                             "detected": check.detected, "attempts": current.fetch_attempts,
                             "quarantined": current.quarantined})
            if check.quarantine:
                do_audit("attachment:quarantined", target=current, person_id=person_id,
                         reason=check.reason, detail={"declared": check.declared, "detected": check.detected})
            if newly_quarantined:
                from carecomms.messaging.hooks import after_attachment_quarantined

                after_attachment_quarantined(current, now)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return "quarantined" if check.quarantine else "stored"


def _still_claimed(current: Attachment, claimed: Attachment) -> bool:
    """False when another worker took the claim over (it went stale) after `claimed` was read."""
    return current.fetch_state == Attachment.Fetch.FETCHING and current.claimed_at == claimed.claimed_at


@transaction.atomic
def _record_fetch_failure(attachment: Attachment, error: object, now: datetime) -> str:
    current = Attachment.objects.select_for_update(of=("self",)).select_related("message__conversation").get(
        pk=attachment.pk)
    if not _still_claimed(current, attachment):
        return "skipped"
    plan = plan_retry(error, current.fetch_attempts, now, max_attempts=settings.ATTACHMENT_FETCH_MAX_ATTEMPTS,
                      base_seconds=settings.ATTACHMENT_FETCH_BACKOFF_BASE_SECONDS,
                      max_seconds=settings.ATTACHMENT_FETCH_BACKOFF_MAX_SECONDS)
    permanent = plan.permanent
    current.fetch_error = str(error)[:500]
    if plan.retry_at is None:
        current.fetch_state = Attachment.Fetch.FAILED
        current.save(update_fields=["fetch_state", "fetch_error"])
        logger.warning("attachment fetch failed", extra={"attachment": current.pk, "permanent": permanent,
                                                         "attempts": current.fetch_attempts})
        do_audit("attachment:fetch_failed", target=current, person_id=current.message.conversation.person_id,
                 detail={"attempts": current.fetch_attempts, "permanent": permanent,
                         "http_status": getattr(error, "http_status", None),
                         "code": getattr(error, "code", None)})
        return "failed"
    current.fetch_state = Attachment.Fetch.PENDING
    current.next_fetch_at = plan.retry_at
    current.save(update_fields=["fetch_state", "fetch_error", "next_fetch_at"])
    queue_fetch(current)
    return "retry"


def sweep_attachments(now: datetime | None = None) -> int:
    """Re-announce fetches whose task was lost (a crash between commit and enqueue): nothing is lost."""
    from carecomms.messaging.tasks import fetch_attachment_task

    return requeue_lost(
        Attachment.objects.all(), fetch_attachment_task, now or timezone.now(),
        queue=FETCH_QUEUE, stale_seconds=settings.ATTACHMENT_FETCH_STALE_SECONDS,
    )


# --- handing it out (the download view) ----------------------------------------------------------


class AttachmentUnavailable(Exception):
    """The attachment exists and the user may see the conversation, but it cannot be given out.

    `status` is the HTTP status to answer with; `str(error)` is the reason, written for the practitioner.
    `concealed`: the user may not know the attachment exists at all (answer a plain 404).
    """

    def __init__(self, message: str, *, status: int, concealed: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.concealed = concealed


@dataclass(frozen=True)
class AttachmentFile:
    attachment: Attachment
    content: bytes
    filename: str
    content_type: str

    @property
    def content_disposition(self) -> str:
        """`attachment` with an ASCII name and, for other characters, the RFC 6266 `filename*` form."""
        ascii_name = unicodedata.normalize("NFKD", self.filename).encode("ascii", "ignore").decode()
        ascii_name = re.sub(r"[^A-Za-z0-9._ ()-]+", "_", ascii_name).strip(" ._") or "attachment"
        value = f'attachment; filename="{ascii_name}"'
        if ascii_name != self.filename:
            value += f"; filename*=UTF-8''{quote(self.filename, safe='')}"
        return value


def download_filename(attachment: Attachment) -> str:
    """The sender's file name made safe (no paths, quotes or control characters, at most 100
    characters), or one made up from the type and the time it arrived."""
    name = unicodedata.normalize("NFC", attachment.filename or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE_IN_NAME.sub("_", name).strip(" ._")
    if not name:
        when = timezone.localtime(attachment.message.created_at) if attachment.message_id else timezone.now()
        kind = "photo" if (attachment.detected_type or attachment.mime_type).startswith("image/") else "file"
        extension = _EXTENSIONS.get(attachment.detected_type or attachment.mime_type, "bin")
        return f"{kind}-{when:%Y-%m-%d-%H%M}.{extension}"
    if len(name) > 100:
        stem, dot, extension = name.rpartition(".")
        name = f"{stem[: 99 - len(extension)]}.{extension}" if dot and len(extension) <= 10 else name[:100]
    return name


def check_can_open_attachment(user: User, conversation: Conversation, attachment: Attachment,
                              now: datetime) -> AccessDecision:
    """The permission table's grant, or why this attachment cannot be given out now (AttachmentUnavailable
    says why)."""
    decision = authorise(user, Capability.DOWNLOAD_ATTACHMENT, conversation.person, now=now)
    if not decision or attachment.message.conversation_id != conversation.pk:
        raise AttachmentUnavailable("No such attachment.", status=404, concealed=True)
    if attachment.quarantined:
        raise AttachmentUnavailable(
            "This attachment is held for your manager to review and cannot be opened. "
            + (attachment.quarantine_reason or ""), status=403)
    if attachment.removed:
        raise AttachmentUnavailable("This attachment was removed under the retention policy after the case "
                                    "record received it. Ask for it from the case record.", status=410)
    if attachment.fetch_state == Attachment.Fetch.FAILED:
        raise AttachmentUnavailable("CareComms could not fetch this attachment from WhatsApp: "
                                    + (attachment.fetch_error or "no reason was given."), status=404)
    if not attachment.held:
        raise AttachmentUnavailable("This attachment is still being fetched from WhatsApp. Try again in a "
                                    "minute.", status=409)
    return decision


def do_open_attachment(user: User, conversation: Conversation, attachment: Attachment, *, purpose: str,
                       now: datetime | None = None) -> AttachmentFile:
    """Decrypt one attachment for `user` and record the read (who, what, when, from where, why).

    `purpose` is "download" or "thumbnail". Refusals raise AttachmentUnavailable and are audited too.
    """
    now = now or timezone.now()
    try:
        decision = check_can_open_attachment(user, conversation, attachment, now)
        content = _read_verified(attachment)
        if purpose == "thumbnail":
            content = thumbnail_png(content)
    except AttachmentUnavailable as refused:
        do_audit("attachment:refused", actor=user, target=attachment, person_id=conversation.person_id,
                 reason=str(refused)[:500], detail={"purpose": purpose, "status": refused.status})
        raise
    do_audit(
        "attachment:viewed" if purpose == "thumbnail" else "attachment:downloaded",
        actor=user, target=attachment, person_id=conversation.person_id,
        reason=decision.reason,
        detail={"purpose": purpose, "sha256": attachment.sha256, "size": attachment.size,
                "conversation": conversation.pk, "break_glass_grant": decision.break_glass_grant_id},
    )
    if purpose == "thumbnail":
        return AttachmentFile(attachment=attachment, content=content,
                              filename=f"{Path(download_filename(attachment)).stem}-thumbnail.png",
                              content_type="image/png")
    return AttachmentFile(attachment=attachment, content=content, filename=download_filename(attachment),
                          content_type=safe_content_type(attachment.detected_type or attachment.mime_type))


THUMBNAIL_BOX = (480, 480)
THUMBNAIL_MAX_PIXELS = 50_000_000  # a decompression bomb is refused before its pixels are decoded


def thumbnail_png(content: bytes) -> bytes:
    """The picture for the thread, decoded and drawn again as a small PNG: a large photo costs the
    page little, and nothing of the file but its pixels (not a phone's GPS position or camera details
    in EXIF, not any bytes appended after the image) reaches the browser.

    Raises AttachmentUnavailable when the bytes are not a picture Pillow can safely decode.
    """
    try:
        with Image.open(io.BytesIO(content)) as image:
            if image.width * image.height > THUMBNAIL_MAX_PIXELS:
                raise AttachmentUnavailable("This picture is too large to preview. Download it instead.",
                                            status=422)
            image.draft("RGB", THUMBNAIL_BOX)  # JPEG: decode at a reduced scale straight away
            picture = ImageOps.exif_transpose(image)  # upright as the phone showed it, before EXIF is dropped
            picture.thumbnail(THUMBNAIL_BOX)
            if picture.mode not in ("RGB", "RGBA", "L", "LA"):
                picture = picture.convert("RGBA")
            buffer = io.BytesIO()
            picture.save(buffer, format="PNG", optimize=False)
    except (OSError, ValueError, Image.DecompressionBombError) as failed:
        logger.warning("attachment thumbnail could not be drawn", extra={"error": type(failed).__name__})
        raise AttachmentUnavailable("This picture cannot be previewed. Download it instead.", status=422) from None
    return buffer.getvalue()


def verified_content(attachment: Attachment) -> bytes | None:
    """The decrypted bytes, only if they are still the ones recorded when they were fetched (else None, logged)."""
    path = stored_file(attachment.stored_path)
    try:
        content = read_encrypted_file(path) if path is not None else None
    except (OSError, EncryptionError):
        content = None
    if content is None or hashlib.sha256(content).hexdigest() != attachment.sha256:
        logger.error("attachment file missing or altered", extra={"attachment": attachment.pk})
        return None
    return content


def _read_verified(attachment: Attachment) -> bytes:
    content = verified_content(attachment)
    if content is None:
        raise AttachmentUnavailable("This attachment's file is missing or has been altered, so it is not "
                                    "shown. Tell your system administrator.", status=404)
    return content
