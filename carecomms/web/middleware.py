from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from carecomms.web.request_context import reset_source_ip, set_source_ip


class RequestContextMiddleware:
    """Makes the client address available to the audit trail for the length of one request."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = set_source_ip(request.META.get("REMOTE_ADDR"))
        try:
            return self.get_response(request)
        finally:
            reset_source_ip(token)
