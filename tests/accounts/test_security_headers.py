"""Every route, anonymous and signed in, answers with the security headers (checked once, for all)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from carecomms.accounts.testing import login_with_mfa

pytestmark = pytest.mark.django_db

SAMPLE_VALUES = {"int": "1", "str": "x", "slug": "x", "path": "x",
                 "uuid": "00000000-0000-0000-0000-000000000000"}
REQUIRED_CSP = ["default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
                "frame-ancestors 'none'", "form-action 'self'", "base-uri 'none'", "object-src 'none'"]


def _route_to_path(route: str) -> str:
    return re.sub(r"<(?:(\w+):)?\w+>", lambda m: SAMPLE_VALUES.get(m.group(1) or "str", "x"), route)


def _regex_to_path(regex: str) -> str:
    path = regex.lstrip("^").rstrip("$").replace("\\Z", "")
    path = re.sub(r"\(\?P<\w+>[^)]*\)", "1", path)
    return path.replace("\\", "")


def _part(pattern) -> str:
    raw = str(pattern.pattern)
    return _route_to_path(raw) if "RoutePattern" in type(pattern.pattern).__name__ else _regex_to_path(raw)


def every_path(patterns=None, prefix: str = "/") -> Iterator[str]:
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(entry, URLResolver):
            yield from every_path(entry.url_patterns, prefix + _part(entry))
        elif isinstance(entry, URLPattern):
            yield prefix + _part(entry)


def assert_security_headers(response, path: str) -> None:
    csp = response.headers.get("Content-Security-Policy", "")
    for directive in REQUIRED_CSP:
        assert directive in csp, f"{path}: CSP lacks {directive!r}: {csp!r}"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, path
    assert response.headers.get("X-Content-Type-Options") == "nosniff", path
    assert response.headers.get("Referrer-Policy") == "same-origin", path
    assert response.headers.get("X-Frame-Options") == "DENY" or "frame-ancestors 'none'" in csp, path
    assert "camera=()" in response.headers.get("Permissions-Policy", ""), path


def test_every_route_sends_the_security_headers(alice, jenny, channel, policy_version, capsys):
    paths = sorted(set(every_path()))
    anonymous, signed_in = Client(raise_request_exception=False), Client(raise_request_exception=False)
    login_with_mfa(signed_in, alice)
    checked, server_errors = 0, []
    for path in paths:
        for client in (anonymous, signed_in):
            response = client.get(path)
            assert_security_headers(response, path)  # error pages included
            checked += 1
            if response.status_code >= 500:
                server_errors.append(path)
    with capsys.disabled():
        print(f"\nsecurity headers: {len(paths)} routes x 2 (anonymous, signed in) = {checked} responses;"
              f" 5xx on: {server_errors or 'none'}")
    assert len(paths) > 40


def test_debug_is_off_and_no_dump_endpoints_exist(settings):
    assert settings.DEBUG is False
    paths = " ".join(every_path()).lower()
    for word in ("heapdump", "threaddump", "/debug", "__debug__", "/dump", "/env", "/actuator"):
        assert word not in paths
