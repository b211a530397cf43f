"""Who may see and do what: one permission table, as data, and one function that reads it.

Every page, API endpoint, download, export and admin screen asks `authorise(user, capability,
person)`. The answer comes only from `PERMISSIONS` (which role holds which capability, and over
which people) plus the one exception the guidance allows: a team manager's time-limited,
audited break-glass grant for a person outside their team. Nothing else grants access, so the
permission-matrix test can check every route against this table alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import wraps
from types import MappingProxyType
from typing import Any

from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone

from carecomms.people.models import Allocation, Person, Role, User


class Capability(StrEnum):
    # Working with people and their conversations.
    VIEW_CASELOAD = "view_caseload"
    VIEW_PERSON = "view_person"
    READ_CONVERSATION = "read_conversation"  # message bodies, the thread, consent history
    DOWNLOAD_ATTACHMENT = "download_attachment"
    EXPORT_TRANSCRIPT = "export_transcript"
    SEND_MESSAGE = "send_message"
    REQUEST_EXCEPTION = "request_exception"
    LIST_EXCEPTIONS = "list_exceptions"
    DECIDE_EXCEPTION = "decide_exception"
    SAFEGUARDING = "safeguarding"  # alerts and reports about people, reporting a message
    TRIAGE_UNKNOWN_SENDERS = "triage_unknown_senders"  # not yet linked to anyone, so any team's manager
    BREAK_GLASS = "break_glass"
    # Every member of staff, about themselves.
    OWN_ACCOUNT = "own_account"  # home page, own working pattern, own sign-in settings
    MANAGE_REPORTS = "manage_reports"  # a line manager's changes to their reports' working patterns
    # Administration: never message bodies (G13).
    USE_ADMIN = "use_admin"
    MANAGE_USERS = "manage_users"
    MANAGE_PEOPLE = "manage_people"  # people, teams, allocations, parental responsibility
    MANAGE_CHANNELS = "manage_channels"
    MANAGE_POLICY = "manage_policy"
    VIEW_OPERATIONS = "view_operations"  # outbox, delivery attempts, conversation metadata: no bodies
    OPERATE_DELIVERIES = "operate_deliveries"  # deliveries to the case record: list and retry
    # Data protection.
    SEARCH_AUDIT = "search_audit"
    REVIEW_BREAK_GLASS = "review_break_glass"
    SUBJECT_ACCESS = "subject_access"
    MANAGE_RETENTION = "manage_retention"
    LEGAL_HOLD = "legal_hold"


class Scope(StrEnum):
    """Over which people a granted capability reaches."""

    CASELOAD = "caseload"  # people allocated to the user on the day, by allocation dates
    TEAM = "team"  # people of the user's team (plus live break-glass grants)
    ANY = "any"  # not limited to people: the capability is about the service, or about oneself


_CASEWORKERS = {Role.PRACTITIONER: Scope.CASELOAD, Role.STUDENT_SOCIAL_WORKER: Scope.CASELOAD}
_CASEWORKERS_AND_MANAGERS = {**_CASEWORKERS, Role.TEAM_MANAGER: Scope.TEAM}
_EVERYONE = {role: Scope.ANY for role in Role}
_ADMINISTRATOR = {Role.ADMINISTRATOR: Scope.ANY}
_DPO = {Role.DATA_PROTECTION_OFFICER: Scope.ANY}

PERMISSIONS: Mapping[Capability, Mapping[Role, Scope]] = MappingProxyType({
    Capability.VIEW_CASELOAD: _CASEWORKERS_AND_MANAGERS,
    Capability.VIEW_PERSON: _CASEWORKERS_AND_MANAGERS,
    Capability.READ_CONVERSATION: _CASEWORKERS_AND_MANAGERS,
    Capability.DOWNLOAD_ATTACHMENT: _CASEWORKERS_AND_MANAGERS,
    Capability.EXPORT_TRANSCRIPT: _CASEWORKERS_AND_MANAGERS,
    Capability.SEND_MESSAGE: _CASEWORKERS,
    Capability.REQUEST_EXCEPTION: _CASEWORKERS,
    Capability.LIST_EXCEPTIONS: _CASEWORKERS_AND_MANAGERS,
    Capability.DECIDE_EXCEPTION: {Role.TEAM_MANAGER: Scope.TEAM},
    Capability.SAFEGUARDING: _CASEWORKERS_AND_MANAGERS,
    Capability.TRIAGE_UNKNOWN_SENDERS: {Role.TEAM_MANAGER: Scope.ANY},
    Capability.BREAK_GLASS: {Role.TEAM_MANAGER: Scope.ANY},
    Capability.OWN_ACCOUNT: _EVERYONE,
    Capability.MANAGE_REPORTS: {Role.TEAM_MANAGER: Scope.TEAM},
    Capability.USE_ADMIN: {Role.ADMINISTRATOR: Scope.ANY, Role.DATA_PROTECTION_OFFICER: Scope.ANY},
    Capability.MANAGE_USERS: _ADMINISTRATOR,
    Capability.MANAGE_PEOPLE: _ADMINISTRATOR,
    Capability.MANAGE_CHANNELS: _ADMINISTRATOR,
    Capability.MANAGE_POLICY: _ADMINISTRATOR,
    Capability.VIEW_OPERATIONS: _ADMINISTRATOR,
    Capability.OPERATE_DELIVERIES: _ADMINISTRATOR,
    Capability.SEARCH_AUDIT: _DPO,
    Capability.REVIEW_BREAK_GLASS: _DPO,
    Capability.SUBJECT_ACCESS: _DPO,
    Capability.MANAGE_RETENTION: _DPO,
    Capability.LEGAL_HOLD: _DPO,
})

# A live break-glass grant widens a manager's TEAM scope to one more person, for reading only.
BREAK_GLASS_CAPABILITIES: frozenset[Capability] = frozenset({
    Capability.VIEW_PERSON, Capability.READ_CONVERSATION, Capability.DOWNLOAD_ATTACHMENT,
})

# Which capability each Django admin screen needs. A model missing here has no admin access for
# anyone; READ_ONLY_ADMIN models are evidence and only ever viewed, whatever their ModelAdmin says.
ADMIN_SCREENS: Mapping[str, Capability] = MappingProxyType({
    "people.user": Capability.MANAGE_USERS,
    "people.team": Capability.MANAGE_PEOPLE,
    "people.person": Capability.MANAGE_PEOPLE,
    "people.allocation": Capability.MANAGE_PEOPLE,
    "people.parentalresponsibility": Capability.MANAGE_PEOPLE,
    "messaging.channel": Capability.MANAGE_CHANNELS,
    "guidance.policyversion": Capability.MANAGE_POLICY,
    "messaging.conversation": Capability.VIEW_OPERATIONS,
    "messaging.outboxitem": Capability.VIEW_OPERATIONS,
    "messaging.deliveryattempt": Capability.VIEW_OPERATIONS,
    "messaging.consentevent": Capability.VIEW_OPERATIONS,
    "audit.auditentry": Capability.SEARCH_AUDIT,
    "audit.breakglassgrant": Capability.REVIEW_BREAK_GLASS,
    "records.legalholdevent": Capability.LEGAL_HOLD,
    "records.subjectaccessexport": Capability.SUBJECT_ACCESS,
})
READ_ONLY_ADMIN: frozenset[str] = frozenset({
    "messaging.conversation", "messaging.outboxitem", "messaging.deliveryattempt", "messaging.consentevent",
    "audit.auditentry", "audit.breakglassgrant", "records.legalholdevent", "records.subjectaccessexport",
})

# Pages reached by URL name, and the capability each needs. Views written with `@requires` carry
# their capability themselves; these are the views that predate it. PUBLIC_ROUTES need no sign-in.
ROUTE_CAPABILITIES: Mapping[str, Capability] = MappingProxyType({
    "web:home": Capability.OWN_ACCOUNT,
    "web:caseload": Capability.VIEW_CASELOAD,
    "web:person": Capability.VIEW_PERSON,
    "web:open_conversation": Capability.SEND_MESSAGE,
    "web:conversation": Capability.READ_CONVERSATION,
    "web:conversation_thread": Capability.READ_CONVERSATION,
    "web:attachment": Capability.DOWNLOAD_ATTACHMENT,
    "web:request_consent": Capability.SEND_MESSAGE,
    "web:send_template": Capability.SEND_MESSAGE,
    "web:request_exception": Capability.REQUEST_EXCEPTION,
    "web:exceptions": Capability.LIST_EXCEPTIONS,
    "web:decide_exception": Capability.DECIDE_EXCEPTION,
    "web:working_pattern": Capability.OWN_ACCOUNT,
    "web:staff_working_pattern": Capability.MANAGE_REPORTS,
    "sign_out_everywhere": Capability.OWN_ACCOUNT,
    "records:deliveries": Capability.OPERATE_DELIVERIES,
    "records:retry": Capability.OPERATE_DELIVERIES,
    # The data-protection officer's person records page: legal hold, retention status, subject access.
    "records:find_person": Capability.LEGAL_HOLD,
    "records:person": Capability.LEGAL_HOLD,
    "records:place_legal_hold": Capability.LEGAL_HOLD,
    "records:lift_legal_hold": Capability.LEGAL_HOLD,
    "records:request_export": Capability.SUBJECT_ACCESS,
    "records:download_export": Capability.SUBJECT_ACCESS,
    "safeguarding:overview": Capability.SAFEGUARDING,
    "safeguarding:alert": Capability.SAFEGUARDING,
    "safeguarding:report": Capability.SAFEGUARDING,
    "safeguarding:report_message": Capability.SAFEGUARDING,
    "safeguarding:triage": Capability.TRIAGE_UNKNOWN_SENDERS,
    "safeguarding:resolve_unknown": Capability.TRIAGE_UNKNOWN_SENDERS,
})
# Refused with 404 rather than 403: for these, that the page exists at all is information.
CONCEALED_ROUTES: frozenset[str] = frozenset({"safeguarding:triage", "safeguarding:resolve_unknown"})
# No sign-in needed: the channels' webhooks (signed by Meta, or carrying Notify's bearer token), the
# data-free health check, signing in and out.
PUBLIC_ROUTES: frozenset[str] = frozenset({
    "health", "whatsapp_webhook", "notify_delivery_receipt", "notify_received_text", "login", "logout",
})
# Reached with a bearer token, never with a staff session.
TOKEN_ROUTES: frozenset[str] = frozenset({"metrics"})
# Sign-in, second-factor and identity-provider pages (django-allauth) guard themselves.
SIGN_IN_VIEW_MODULES: tuple[str, ...] = ("allauth.",)


@dataclass(frozen=True)
class Decision:
    """The answer, with why: truthy when allowed, so `if authorise(...)` reads naturally."""

    allowed: bool
    capability: Capability
    reason: str
    scope: Scope | None = None
    break_glass_grant_id: int | None = None

    def __bool__(self) -> bool:
        return self.allowed


def _role(user: Any) -> Role | None:
    if not getattr(user, "is_authenticated", False) or not getattr(user, "is_active", False):
        return None
    try:
        return Role(user.role)
    except ValueError:
        return None


def scope_for(user: Any, capability: Capability) -> Scope | None:
    role = _role(user)
    return None if role is None else PERMISSIONS[capability].get(role)


def _live_break_glass(user: User, now: datetime) -> QuerySet[Any]:
    from carecomms.audit.models import BreakGlassGrant

    return BreakGlassGrant.objects.filter(manager=user, opened_at__lte=now, expires_at__gt=now)


def authorise(
    user: Any, capability: Capability, person: Person | None = None, *, on: date | None = None,
    now: datetime | None = None,
) -> Decision:
    """May `user` use `capability` (on `person`, when given)? The only place that decides."""
    capability = Capability(capability)
    role = _role(user)
    if role is None:
        return Decision(False, capability, "not signed in, inactive or without a known role")
    scope = PERMISSIONS[capability].get(role)
    if scope is None:
        return Decision(False, capability, f"the {role.label} role does not have {capability.value}")
    if person is None or scope == Scope.ANY:
        return Decision(True, capability, f"{role.label}: {capability.value}", scope)
    now = now or timezone.now()
    day = on or timezone.localdate(now)
    if scope == Scope.CASELOAD:
        allocated = Allocation.objects.current(day).filter(practitioner=user, person_id=person.pk).exists()
        if allocated:
            return Decision(True, capability, "allocated to you", scope)
        return Decision(False, capability, "not allocated to you on this day", scope)
    if user.team_id is not None and person.team_id == user.team_id:
        return Decision(True, capability, "in your team", scope)
    if capability in BREAK_GLASS_CAPABILITIES:
        grant = _live_break_glass(user, now).filter(person_id=person.pk).order_by("-expires_at").first()
        if grant is not None:
            return Decision(True, capability, "break-glass access (audited)", scope, grant.pk)
    return Decision(False, capability, "not in your team", scope)


def people_in_scope(
    user: Any, capability: Capability, on: date | None = None, now: datetime | None = None
) -> QuerySet[Person]:
    """The people `capability` reaches for `user`: what lists and look-ups must be filtered by."""
    scope = scope_for(user, capability)
    if scope is None:
        return Person.objects.none()
    if scope == Scope.ANY:
        return Person.objects.all()
    now = now or timezone.now()
    day = on or timezone.localdate(now)
    if scope == Scope.CASELOAD:
        allocated = Allocation.objects.current(day).filter(practitioner=user).values("person_id")
        return Person.objects.filter(pk__in=allocated)
    reach = Q(team_id=user.team_id) if user.team_id is not None else Q(pk__in=[])
    if capability in BREAK_GLASS_CAPABILITIES:
        reach |= Q(pk__in=_live_break_glass(user, now).values("person_id"))
    return Person.objects.filter(reach)


def visible_people(user: Any, on: date | None = None) -> QuerySet[Person]:
    """People whose page and conversations `user` may open today (caseload, team or break-glass)."""
    return people_in_scope(user, Capability.VIEW_PERSON, on)


def can_view_person(user: Any, person: Person, on: date | None = None) -> bool:
    return authorise(user, Capability.VIEW_PERSON, person, on=on).allowed


def can_message_person(user: Any, person: Person, on: date | None = None) -> bool:
    """Only the allocated practitioner sends; a manager reads their team's conversations."""
    return authorise(user, Capability.SEND_MESSAGE, person, on=on).allowed


def requires(capability: Capability) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """View decorator: 403 unless the table grants `capability` to the user's role at all.

    Person-scoped checks still happen in the view with `authorise(..., person)` once the person is
    looked up (answer 404 there, so ids of other people's records reveal nothing). The capability is
    recorded on the view for the permission-matrix test.
    """

    def decorate(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def guarded(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not authorise(request.user, capability):
                raise PermissionDenied(f"You do not have access to this page ({capability.value}).")
            return view(request, *args, **kwargs)

        guarded.capability = capability  # type: ignore[attr-defined]
        return guarded

    return decorate


def route_capability(url_name: str, view: Callable[..., Any]) -> Capability | None:
    """The capability a route needs: declared on the view by `@requires`, else in ROUTE_CAPABILITIES."""
    declared = getattr(view, "capability", None)
    if declared is not None:
        return Capability(declared)
    return ROUTE_CAPABILITIES.get(url_name)


def route_kind(url_name: str, namespace: str, view: Callable[..., Any]) -> str:
    """"public", "token", "sign-in", "admin", "capability" or "undeclared" (refused for everyone)."""
    if url_name in PUBLIC_ROUTES:
        return "public"
    if url_name in TOKEN_ROUTES:
        return "token"
    if (getattr(view, "__module__", "") or "").startswith(SIGN_IN_VIEW_MODULES):
        return "sign-in"
    if namespace == "admin":
        return "admin"
    return "capability" if route_capability(url_name, view) is not None else "undeclared"


class PermissionTableMiddleware:
    """Every signed-in request to a page passes the table's role check before its view runs.

    Views then narrow to the person (`authorise(..., person)` / `visible_people`). A route the table
    does not know is refused (fail closed): add it to ROUTE_CAPABILITIES or decorate it with `@requires`.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view: Callable[..., Any], args: Any, kwargs: Any) -> None:
        match = request.resolver_match
        user = getattr(request, "user", None)
        if match is None or user is None or not user.is_authenticated:
            return None
        name = match.view_name
        kind = route_kind(name, match.namespace, view)
        if kind == "undeclared":
            raise PermissionDenied(f"The route {name!r} is not in the permission table.")
        if kind == "capability":
            capability = route_capability(name, view)
            assert capability is not None
            if not authorise(user, capability):
                if name in CONCEALED_ROUTES:
                    raise Http404("No such page")
                raise PermissionDenied(f"You do not have access to this page ({capability.value}).")
        return None


def admin_permission(user: Any, model_label: str, verb: str) -> bool:
    """Django admin's view/add/change/delete for one model, read from ADMIN_SCREENS."""
    capability = ADMIN_SCREENS.get(model_label)
    if capability is None or not authorise(user, Capability.USE_ADMIN) or not authorise(user, capability):
        return False
    return verb == "view" or model_label not in READ_ONLY_ADMIN


class PermissionTableBackend(ModelBackend):
    """Django permissions (`user.has_perm`, hence the admin) answered from the table, and only it.

    Placed first in AUTHENTICATION_BACKENDS; raising PermissionDenied stops later backends from
    granting through groups or per-user permissions, so the table stays the single source.
    """

    def authenticate(self, request: HttpRequest | None, **credentials: Any) -> None:
        return None  # sign-in belongs to the other backends

    def has_perm(self, user_obj: Any, perm: str, obj: Any = None) -> bool:
        app_label, _, codename = perm.partition(".")
        verb, _, model_name = codename.partition("_")
        if admin_permission(user_obj, f"{app_label}.{model_name}", verb):
            return True
        raise PermissionDenied

    def has_module_perms(self, user_obj: Any, app_label: str) -> bool:
        return any(
            label.startswith(f"{app_label}.") and admin_permission(user_obj, label, "view")
            for label in ADMIN_SCREENS
        )

    def get_all_permissions(self, user_obj: Any, obj: Any = None) -> set[str]:
        granted = set()
        for label in ADMIN_SCREENS:
            app_label, model_name = label.split(".")
            for verb in ("view", "add", "change", "delete"):
                if admin_permission(user_obj, label, verb):
                    granted.add(f"{app_label}.{verb}_{model_name}")
        return granted


def admin_site_has_permission(request: HttpRequest) -> bool:
    """Replaces the admin's `is_staff` test: the table decides who reaches the admin at all."""
    return bool(authorise(request.user, Capability.USE_ADMIN))
