"""Every URL route × every role × own / other team's / unallocated person, against the permission table.

The expected outcome of each cell comes only from `carecomms.access` (PERMISSIONS, ROUTE_CAPABILITIES,
ADMIN_SCREENS); the observed one from a real request by a signed-in (both factors) member of staff.
An unexpected grant fails the test; an unexpected refusal is listed (a page stricter than the table
is safe, but worth knowing about). Routes added by any app are walked the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from carecomms.access import (
    Capability,
    Scope,
    admin_permission,
    authorise,
    route_capability,
    route_kind,
    scope_for,
)
from tests.conftest import make_user, sign_in

pytestmark = pytest.mark.django_db

ROLES = ["practitioner", "student_social_worker", "team_manager", "administrator", "data_protection_officer"]
AXES = ["own", "other_team", "unallocated"]
PERSON_KWARGS = {"person_id", "conversation_id", "message_id", "exception_id", "alert_id", "report_id",
                 "attachment_id", "export_id"}
MISSING = 999999  # ids of objects the fixtures do not create: every role must be refused or shown nothing


@dataclass(frozen=True)
class Route:
    view_name: str
    namespace: str
    callback: Any
    kwarg_names: tuple[str, ...]


def _kwarg_names(pattern: Any) -> tuple[str, ...]:
    return tuple(getattr(pattern, "converters", {}) or pattern.regex.groupindex)


def walk(patterns: list[Any], namespace: str = "", outer: tuple[str, ...] = ()) -> Iterator[Route | str]:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = ":".join(part for part in (namespace, entry.namespace or "") if part)
            yield from walk(entry.url_patterns, inner, outer + _kwarg_names(entry.pattern))
        elif isinstance(entry, URLPattern):
            if not entry.name:
                yield str(entry.pattern)  # unnamed (allauth's legacy redirects): not reversible
                continue
            view_name = f"{namespace}:{entry.name}" if namespace else entry.name
            yield Route(view_name, namespace, entry.callback, outer + _kwarg_names(entry.pattern))


@pytest.fixture
def world(team, other_team, channel, policy_version, settings, tmp_path) -> dict[str, Any]:
    import hashlib

    from carecomms.audit.models import BreakGlassGrant
    from carecomms.channels.simulator.samples import sample_pdf
    from carecomms.crypto import write_encrypted_file
    from carecomms.messaging.models import Attachment, Conversation, Message, UnknownSender
    from carecomms.people.models import Allocation, ContactException, Person
    from carecomms.records.models import SubjectAccessExport

    manager = make_user("mona", "team_manager", team)
    users = {
        "practitioner": make_user("pat", "practitioner", team, line_manager=manager),
        "student_social_worker": make_user("sam", "student_social_worker", team, line_manager=manager),
        "team_manager": manager,
        "administrator": make_user("ada", "administrator", None),
        "data_protection_officer": make_user("dora", "data_protection_officer", None),
    }
    other_manager = make_user("olu", "team_manager", other_team)
    other_practitioner = make_user("quinn", "practitioner", other_team, line_manager=other_manager)
    report_to_manager = make_user("rita", "practitioner", team, line_manager=manager)
    start = date(2026, 1, 1)
    people = {
        "own": Person.objects.create(first_name="Owen", last_name="Own", service="adults", team=team,
                                     case_record_id="MX-1", mobile="+447700900201"),
        "other_team": Person.objects.create(first_name="Otto", last_name="Other", service="adults",
                                            team=other_team, case_record_id="MX-2", mobile="+447700900202"),
        "unallocated": Person.objects.create(first_name="Una", last_name="Unallocated", service="adults",
                                             team=team, case_record_id="MX-3", mobile="+447700900203"),
    }
    Allocation.objects.create(practitioner=users["practitioner"], person=people["own"], starts_on=start)
    Allocation.objects.create(practitioner=users["student_social_worker"], person=people["own"],
                              starts_on=start)
    Allocation.objects.create(practitioner=other_practitioner, person=people["other_team"], starts_on=start)
    Allocation.objects.create(practitioner=users["practitioner"], person=people["unallocated"],
                              starts_on=start, ends_on=start + timedelta(days=30))  # ended: no longer theirs
    objects: dict[str, dict[str, Any]] = {}
    now = timezone.now()
    for axis, person in people.items():
        conversation = Conversation.objects.create(person=person, channel=channel, number=person.mobile,
                                                   consent_state="given", last_inbound_at=now)
        message = Message.objects.create(conversation=conversation, direction="in", body="hello",
                                         status=Message.Status.RECEIVED)
        settings.MEDIA_ROOT = tmp_path
        letter = sample_pdf()
        write_encrypted_file(tmp_path / f"{axis}.bin", letter)
        # Its own message: the walk reports `message` to a manager, which holds that message's files.
        with_file = Message.objects.create(conversation=conversation, direction="in", kind="media",
                                           status=Message.Status.RECEIVED)
        attachment = Attachment.objects.create(
            message=with_file, mime_type="application/pdf", filename="letter.pdf", stored_path=f"{axis}.bin",
            sha256=hashlib.sha256(letter).hexdigest(), size=len(letter), detected_type="application/pdf",
            fetch_state=Attachment.Fetch.STORED)
        # A made subject access export (a sealed zip), so its download is walked against a real file.
        settings.RECORDS_SAR_DIR = tmp_path / "subject-access"
        settings.RECORDS_SAR_DIR.mkdir(exist_ok=True)
        stored_name = hashlib.md5(axis.encode(), usedforsecurity=False).hexdigest() + ".sealed"
        empty_zip = b"PK\x05\x06" + b"\x00" * 18
        write_encrypted_file(settings.RECORDS_SAR_DIR / stored_name, empty_zip)
        export = SubjectAccessExport.objects.create(
            person=person, requested_by=users["data_protection_officer"], state=SubjectAccessExport.State.READY,
            stored_name=stored_name, sha256=hashlib.sha256(empty_zip).hexdigest(), size=len(empty_zip),
            expires_at=now + timedelta(days=30))
        requester = other_practitioner if axis == "other_team" else users["practitioner"]
        exception = ContactException.objects.create(
            person=person, consent_basis="parental_s20", risk_assessment_ref="RA-1", reason="test",
            requested_by=requester, expires_at=now + timedelta(days=30))
        grant = BreakGlassGrant.objects.create(manager=other_manager, person=person, reason="matrix",
                                               expires_at=now - timedelta(minutes=1))
        unknown = UnknownSender.objects.create(channel=channel, number="+447700900299", body="hi",
                                               kind="text",
                                               channel_message_id=f"wamid.matrix.{axis}")
        objects[axis] = {
            "person_id": person.pk, "conversation_id": conversation.pk, "message_id": message.pk,
            "attachment_id": attachment.pk, "export_id": export.pk,
            "exception_id": exception.pk, "grant_id": grant.pk, "unknown_id": unknown.pk,
            "user_id": (other_practitioner if axis == "other_team" else report_to_manager).pk,
            "app_label": "people",
        }
    return {"users": users, "people": people, "objects": objects}


def fill(route: Route, axis: str, world: dict[str, Any]) -> dict[str, Any]:
    known = world["objects"][axis]
    kwargs: dict[str, Any] = {}
    for name in route.kwarg_names:
        if name in known:
            kwargs[name] = known[name]
        elif name == "object_id":
            kwargs[name] = admin_object_id(route, axis, world)
        elif name.endswith(("_id", "_pk")) or name == "pk":
            kwargs[name] = MISSING
        else:
            kwargs[name] = "x"
    return kwargs


def admin_model(route: Route) -> tuple[str, str] | None:
    """(model label, verb) for an admin route named `<app>_<model>_<view>`."""
    short = route.view_name.split(":", 1)[1]
    for model in admin.site._registry:
        prefix = f"{model._meta.app_label}_{model._meta.model_name}_"
        if short.startswith(prefix):
            view = short[len(prefix):]
            verb = {"changelist": "view", "add": "add", "change": "view", "history": "view",
                    "delete": "delete"}.get(view, "change")
            return model._meta.label_lower, verb
    return None


def admin_object_id(route: Route, axis: str, world: dict[str, Any]) -> str:
    found = admin_model(route)
    if found is None:
        return "1"
    label, _ = found
    if label == "people.person":
        return str(world["people"][axis].pk)
    model = next(m for m in admin.site._registry if m._meta.label_lower == label)
    first = model._default_manager.order_by("pk").first()
    return str(first.pk) if first is not None else "1"


def expected(route: Route, kind: str, user: Any, axis: str, world: dict[str, Any]) -> bool | None:
    """True: the table grants this cell; False: it refuses it; None: not the table's to say."""
    if kind in {"public", "sign-in"}:
        return None
    if kind in {"token", "undeclared"} or user is None:
        return False
    if kind == "admin":
        if not authorise(user, Capability.USE_ADMIN):
            return False
        found = admin_model(route)
        return admin_permission(user, *found) if found else True
    capability = route_capability(route.view_name, route.callback)
    assert capability is not None
    scope = scope_for(user, capability)
    if scope is None:
        return False
    if scope == Scope.ANY:
        return True
    if "user_id" in route.kwarg_names:  # staff, not a person: the same team, for a line manager
        from carecomms.people.models import User

        return User.objects.get(pk=world["objects"][axis]["user_id"]).team_id == user.team_id
    if PERSON_KWARGS & set(route.kwarg_names):
        if {"alert_id", "report_id"} & set(route.kwarg_names):
            return False  # the fixtures create no alerts or reports: nothing to grant
        return authorise(user, capability, world["people"][axis]).allowed
    return True


def granted(response: Any) -> bool:
    if 200 <= response.status_code < 300:
        return True
    if 300 <= response.status_code < 400:
        location = response.get("Location", "")
        if location.rstrip("/") == reverse("admin:index").rstrip("/"):
            return False  # the admin's answer to an object that does not exist: nothing shown
        return not any(part in location for part in ("login", "/accounts/2fa/"))
    return False


def request(client: Client, url: str, kind: str) -> Any:
    response = client.get(url)
    if response.status_code == 405 and kind not in {"public", "sign-in"}:
        response = client.post(url, {})
    return response


def test_every_route_every_role_every_person_follows_the_permission_table(world, capsys):
    resolver = get_resolver()
    walked = list(walk(resolver.url_patterns))
    routes = [route for route in walked if isinstance(route, Route)]
    unnamed = [route for route in walked if isinstance(route, str)]
    # Signing out (anywhere) ends the session the rest of the walk needs: those routes go last.
    routes.sort(key=lambda route: any(word in route.view_name for word in ("logout", "sign_out")))
    kinds = {route.view_name: "sign-in" if route.view_name in {"admin:login", "admin:logout"}
             else route_kind(route.view_name, route.namespace, route.callback) for route in routes}
    clients: dict[str, tuple[Client, Any]] = {"anonymous": (Client(), None)}
    for role, user in world["users"].items():
        client = Client()
        sign_in(client, user)
        clients[role] = (client, user)

    cells = 0
    unexpected_grants: list[str] = []
    unexpected_refusals: list[str] = []
    server_errors: list[str] = []
    for route in routes:
        kind = kinds[route.view_name]
        for role, (client, user) in clients.items():
            for axis in AXES:
                url = reverse(route.view_name, kwargs=fill(route, axis, world))
                response = request(client, url, kind)
                cells += 1
                cell = f"{route.view_name} [{kind}] as {role}, {axis} person: {url} -> {response.status_code}"
                if response.status_code >= 500:
                    server_errors.append(cell)
                want = expected(route, kind, user, axis, world)
                if want is None:
                    continue
                got = granted(response)
                if got and not want:
                    unexpected_grants.append(cell)
                elif want and not got:
                    unexpected_refusals.append(cell)
    with capsys.disabled():
        print(f"\npermission matrix: {cells} cells checked ({len(routes)} routes x {len(clients)} roles "
              f"x {len(AXES)} people); {len(unexpected_grants)} unexpected grants, "
              f"{len(unexpected_refusals)} pages stricter than the table, "
              f"{len(unnamed)} unnamed routes skipped")
        for cell in unexpected_refusals:
            print(f"  stricter than the table: {cell}")
    assert cells >= 300
    assert not server_errors, "\n".join(server_errors)
    assert not unexpected_grants, "\n".join(unexpected_grants)
    undeclared = sorted(name for name, kind in kinds.items() if kind == "undeclared")
    assert not undeclared, f"routes missing from carecomms.access.ROUTE_CAPABILITIES: {undeclared}"
