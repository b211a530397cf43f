"""What the simulator's WhatsApp and Notify halves share to answer HTTP: responses and route matching.

A leaf module (no simulator imports), so both halves can use it without an import cycle.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass
class Response:
    status: int
    body: bytes
    content_type: str = "application/json"
    headers: tuple[tuple[str, str], ...] = ()


def json_response(status: int, data: Any, headers: tuple[tuple[str, str], ...] = ()) -> Response:
    return Response(status, json.dumps(data).encode("utf-8"), "application/json", headers)


def html_response(status: int, page: str) -> Response:
    return Response(status, page.encode("utf-8"), "text/html; charset=utf-8")


def redirect(location: str) -> Response:
    return Response(303, b"", "text/plain", (("Location", location),))


Handler = Callable[..., Response]
Route = tuple[str, re.Pattern[str], Handler]


def match_route(routes: Sequence[Route], method: str, path: str) -> tuple[Handler, tuple[str, ...]] | int:
    """The handler for `method` and `path` with the path's groups, or the status to answer instead:
    405 when the path is known only under another method, 404 when it is not known at all."""
    allowed = False
    for route_method, pattern, handler in routes:
        match = pattern.fullmatch(path)
        if match is None:
            continue
        if route_method != method:
            allowed = True
            continue
        return handler, match.groups()
    return 405 if allowed else 404
