from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from carecomms.people.models import Role


def service(request: HttpRequest) -> dict[str, Any]:
    """Service name and, for administrators, the overdue-review banner (R1)."""
    context: dict[str, Any] = {"service_name": "CareComms"}
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.role == Role.ADMINISTRATOR:
        from carecomms.guidance.loader import review_overdue

        context["policy_review_overdue"] = review_overdue()
    return context
