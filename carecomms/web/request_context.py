"""Who is asking and from where, for the audit trail, without threading `request` through every action."""

from __future__ import annotations

from contextvars import ContextVar

_source_ip: ContextVar[str | None] = ContextVar("source_ip", default=None)


def current_source_ip() -> str | None:
    return _source_ip.get()


def set_source_ip(ip: str | None) -> object:
    return _source_ip.set(ip)


def reset_source_ip(token: object) -> None:
    _source_ip.reset(token)  # type: ignore[arg-type]
