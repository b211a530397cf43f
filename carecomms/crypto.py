"""Encryption at rest: message bodies, case notes, transcripts and attachment files (AES-256-GCM).

A value is stored as the ASCII token `v1:<key id>:<nonce>:<ciphertext>` (nonce and ciphertext in
base64), so every value names the key that sealed it. Keys come from the environment,
`CARECOMMS_ENCRYPTION_KEYS="id:base64key,id:base64key"`; the first is current and seals new
values, the others stay readable until `carecomms rotate_keys` has re-sealed everything under
the current one. Outside production, with no keys set, one key is derived from the embedded
(public, development-only) SECRET_KEY so the embedded run works; production refuses to start
without keys (settings.py). This is the control for the TeleMessage failure: an unencrypted archive.
"""

from __future__ import annotations

import base64
import binascii
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.db import models

TOKEN_VERSION = "v1"
DEVELOPMENT_KEY_ID = "dev"
NONCE_BYTES = 12


class EncryptionError(Exception):
    """A value could not be sealed or opened: a missing key, a malformed token or tampering."""


@dataclass(frozen=True)
class Keyring:
    keys: Mapping[str, bytes]
    current_id: str

    def cipher(self, key_id: str) -> AESGCM:
        try:
            return AESGCM(self.keys[key_id])
        except KeyError:
            raise EncryptionError(f"no encryption key with id {key_id!r} is configured") from None


def parse_keys(spec: str) -> Keyring:
    """`id:base64key,...` → Keyring; each key must be 32 bytes (AES-256), ids unique and colon-free."""
    keys: dict[str, bytes] = {}
    for item in (part.strip() for part in spec.split(",")):
        if not item:
            continue
        key_id, sep, encoded = item.partition(":")
        if not sep or not key_id:
            raise EncryptionError("each encryption key must be written as id:base64key")
        try:
            key = base64.b64decode(encoded, validate=True)
        except binascii.Error:
            raise EncryptionError(f"encryption key {key_id!r} is not valid base64") from None
        if len(key) != 32:
            raise EncryptionError(f"encryption key {key_id!r} must be 32 bytes, not {len(key)}")
        if key_id in keys:
            raise EncryptionError(f"encryption key id {key_id!r} appears twice")
        keys[key_id] = key
    if not keys:
        raise EncryptionError("no encryption keys given")
    return Keyring(keys=keys, current_id=next(iter(keys)))


def development_key(secret_key: str) -> bytes:
    """A stable key for the embedded run, derived from its published development SECRET_KEY."""
    derivation = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"carecomms-at-rest",
                      info=b"development key v1")
    return derivation.derive(secret_key.encode())


@lru_cache(maxsize=8)
def _keyring_for(spec: str, production: bool, secret_key: str) -> Keyring:
    if spec.strip():
        return parse_keys(spec)
    if production:
        raise EncryptionError("CARECOMMS_ENCRYPTION_KEYS must be set in production")
    return Keyring(keys={DEVELOPMENT_KEY_ID: development_key(secret_key)}, current_id=DEVELOPMENT_KEY_ID)


def keyring() -> Keyring:
    """The configured keys, read from settings (so tests may override them)."""
    from django.conf import settings

    return _keyring_for(settings.ENCRYPTION_KEYS, settings.PRODUCTION, settings.SECRET_KEY)


def generate_key_spec(key_id: str) -> str:
    """A fresh `id:base64key` entry for CARECOMMS_ENCRYPTION_KEYS."""
    return f"{key_id}:{base64.b64encode(AESGCM.generate_key(bit_length=256)).decode('ascii')}"


def encrypt_bytes(plaintext: bytes) -> bytes:
    """Seal bytes under the current key. Returns the ASCII token as bytes (store or write it as is)."""
    ring = keyring()
    nonce = os.urandom(NONCE_BYTES)
    sealed = ring.cipher(ring.current_id).encrypt(nonce, bytes(plaintext), None)
    return b":".join([
        TOKEN_VERSION.encode(), ring.current_id.encode(), base64.b64encode(nonce), base64.b64encode(sealed),
    ])


def is_token(value: bytes | str) -> bool:
    prefix = f"{TOKEN_VERSION}:"
    return value.startswith(prefix.encode()) if isinstance(value, bytes) else value.startswith(prefix)


def token_key_id(token: bytes | str) -> str:
    text = token.decode("ascii") if isinstance(token, bytes) else token
    parts = text.split(":")
    if len(parts) != 4 or parts[0] != TOKEN_VERSION:
        raise EncryptionError("not an encrypted value")
    return parts[1]


def decrypt_bytes(token: bytes) -> bytes:
    """Open a token made by `encrypt_bytes`, under whichever configured key sealed it."""
    try:
        version, key_id, nonce, sealed = bytes(token).decode("ascii").split(":")
    except (UnicodeDecodeError, ValueError):
        raise EncryptionError("not an encrypted value") from None
    if version != TOKEN_VERSION:
        raise EncryptionError(f"unknown encryption format {version!r}")
    try:
        return keyring().cipher(key_id).decrypt(base64.b64decode(nonce), base64.b64decode(sealed), None)
    except (InvalidTag, binascii.Error):
        raise EncryptionError("encrypted value failed authentication (wrong key or tampered)") from None


def encrypt_text(plaintext: str) -> str:
    return encrypt_bytes(plaintext.encode("utf-8")).decode("ascii")


def decrypt_text(token: str) -> str:
    return decrypt_bytes(token.encode("ascii")).decode("utf-8")


def needs_rotation(token: bytes | str) -> bool:
    return token_key_id(token) != keyring().current_id


def write_encrypted_file(path: Path, plaintext: bytes) -> None:
    """Seal `plaintext` and write it atomically (a reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(encrypt_bytes(plaintext))
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_encrypted_file(path: Path) -> bytes:
    return decrypt_bytes(path.read_bytes())


def reseal_file(path: Path) -> bool:
    """Re-seal a file under the current key (sealing it if it is still plaintext); False if it already was."""
    raw = path.read_bytes()
    if is_token(raw) and not needs_rotation(raw):
        return False
    write_encrypted_file(path, read_encrypted_file(path) if is_token(raw) else raw)
    return True


class EncryptedTextField(models.TextField):
    """A TextField whose value is sealed in the database. Cannot be searched or filtered by content.

    The empty string stays empty (a removed or blank body reveals nothing worth sealing).
    """

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt_text(str(value))

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> Any:
        if value is None or value == "" or not is_token(value):
            return value  # rows written before encryption are sealed by this app's migration
        return decrypt_text(value)


class EncryptedBinaryField(models.BinaryField):
    """A BinaryField whose bytes are sealed in the database."""

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        if value is None:
            return value
        return encrypt_bytes(bytes(value))

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> Any:
        if value is None:
            return value
        raw = bytes(value)
        return decrypt_bytes(raw) if is_token(raw) else raw


def reseal_column(
    model: type[models.Model], field_name: str, *, using: str | None = None, batch_size: int = 500
) -> int:
    """Seal every value of one column that is plaintext or sealed under an old key; returns how many.

    Reads the raw column (the field would hide which key sealed a value) and writes back through
    the ORM, which seals under the current key. Used by the migrations that introduced encryption
    and by `carecomms rotate_keys`.
    """
    from django.db import connections, router, transaction

    field = model._meta.get_field(field_name)
    alias = using or router.db_for_write(model)
    connection = connections[alias]
    quote = connection.ops.quote_name
    table, column, pk_column = model._meta.db_table, field.column, model._meta.pk.column
    resealed = 0
    last_pk: Any = None
    while True:
        where = f"WHERE {quote(pk_column)} > %s " if last_pk is not None else ""
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {quote(pk_column)}, {quote(column)} FROM {quote(table)} {where}"
                f"ORDER BY {quote(pk_column)} LIMIT {int(batch_size)}",
                [last_pk] if last_pk is not None else [],
            )
            rows = cursor.fetchall()
        if not rows:
            return resealed
        with transaction.atomic(using=alias):
            for pk, raw in rows:
                last_pk = pk
                if raw is None or raw == "":
                    continue
                stored = bytes(raw) if isinstance(raw, bytes | memoryview) else raw
                if is_token(stored) and not needs_rotation(stored):
                    continue
                if is_token(stored):
                    plain: Any = decrypt_bytes(stored) if isinstance(stored, bytes) else decrypt_text(stored)
                else:
                    plain = stored
                model._base_manager.using(alias).filter(pk=pk).update(**{field_name: plain})
                resealed += 1


def encrypted_columns() -> list[tuple[type[models.Model], str]]:
    """Every (model, field name) in the project stored with an encrypted field."""
    from django.apps import apps

    return [
        (model, field.name)
        for model in apps.get_models()
        for field in model._meta.concrete_fields
        if isinstance(field, EncryptedTextField | EncryptedBinaryField)
    ]
