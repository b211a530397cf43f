"""Where documents for the case record go: a drop folder or an HTTP endpoint (Warehouse-style interface).

A sink either acknowledges a document (returns a `Receipt`) or raises `SinkError`, saying whether
trying again could help. Sinks are idempotent on `document_id`: handing over the same document twice
gives the same receipt and never a second copy. They know nothing about the database.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

import httpx
from django.conf import settings


@dataclass(frozen=True)
class OutgoingDocument:
    document_id: str
    case_record_id: str
    document_type: str
    title: str
    filename: str
    content_type: str
    content: bytes
    sha256: str
    created_at: datetime
    period_start: datetime | None = None
    period_end: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def manifest(self) -> dict[str, Any]:
        """What a case system's document import needs to file the document against the person."""
        return {
            "document_id": self.document_id,
            "person_id": self.case_record_id,
            "document_type": self.document_type,
            "title": self.title,
            "filename": self.filename,
            "content_type": self.content_type,
            "sha256": self.sha256,
            "size": len(self.content),
            "created_at": self.created_at.isoformat(),
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat() if self.period_end else None,
            **({"detail": self.extra} if self.extra else {}),
        }


@dataclass(frozen=True)
class Receipt:
    reference: str


class SinkError(Exception):
    def __init__(self, message: str, *, permanent: bool, http_status: int | None = None) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.http_status = http_status


class Sink(Protocol):
    name: str

    def deliver(self, document: OutgoingDocument) -> Receipt: ...


class FolderSink:
    """Writes `<document_id>.<ext>` then `<document_id>.json` into a folder a case system imports from.

    Each file is written to a temporary name in the same folder and renamed into place, so the importer
    never sees half a file; the manifest goes last, so its presence means the document is complete.
    """

    name = "folder"

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def deliver(self, document: OutgoingDocument) -> Receipt:
        suffix = Path(document.filename).suffix or ".bin"
        target = self.directory / f"{document.document_id}{suffix}"
        manifest_path = self.directory / f"{document.document_id}.json"
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            if manifest_path.exists():
                existing = json.loads(manifest_path.read_text("utf-8"))
                if existing.get("sha256") != document.sha256:
                    raise SinkError(
                        f"{manifest_path.name} already holds a different document", permanent=True
                    )
                return Receipt(reference=str(manifest_path))
            manifest = {**document.manifest(), "file": target.name}
            _atomic_write(target, document.content)
            _atomic_write(manifest_path, json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8"))
        except OSError as error:
            raise SinkError(
                f"Could not write to the drop folder: {error.strerror or error}", permanent=False
            ) from error
        return Receipt(reference=str(manifest_path))


def _atomic_write(path: Path, content: bytes) -> None:
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".partial-", suffix=path.suffix)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


RETRYABLE_STATUSES = frozenset({408, 425, 429})


class HttpSink:
    """POSTs the document (multipart: `manifest` JSON and `document` file) with the document id as
    `Idempotency-Key`. 2xx acknowledges; 408/425/429/5xx and network failures are retried later by
    the delivery task; any other answer is a refusal an administrator must look at."""

    name = "http"

    def __init__(self, url: str, token: str = "", *, timeout: float = 30.0) -> None:
        if not url:
            raise SinkError("RECORDS_HTTP_URL is not set", permanent=True)
        self.url = url
        self.token = token
        self.timeout = timeout

    def deliver(self, document: OutgoingDocument) -> Receipt:
        headers = {"Idempotency-Key": document.document_id}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        files = {
            "manifest": (
                "manifest.json",
                json.dumps(document.manifest(), sort_keys=True),
                "application/json",
            ),
            "document": (document.filename, document.content, document.content_type),
        }
        try:
            # Connection failures are retried at once twice; everything else by the task's back-off.
            with httpx.Client(transport=httpx.HTTPTransport(retries=2), timeout=self.timeout) as client:
                response = client.post(self.url, headers=headers, files=files)
        except httpx.HTTPError as error:
            raise SinkError(
                f"The case record system could not be reached: {type(error).__name__}", permanent=False
            ) from error
        if response.is_success:
            return Receipt(reference=response.headers.get("Location", "") or f"HTTP {response.status_code}")
        retryable = response.status_code >= 500 or response.status_code in RETRYABLE_STATUSES
        raise SinkError(
            f"The case record system answered HTTP {response.status_code}",
            permanent=not retryable,
            http_status=response.status_code,
        )


def configured_sink() -> Sink:
    """The sink chosen by `RECORDS_SINK`."""
    if settings.RECORDS_SINK == "http":
        return HttpSink(
            settings.RECORDS_HTTP_URL,
            settings.RECORDS_HTTP_TOKEN,
            timeout=settings.RECORDS_HTTP_TIMEOUT_SECONDS,
        )
    return FolderSink(Path(settings.RECORDS_DROP_DIR))
