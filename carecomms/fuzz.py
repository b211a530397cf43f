"""Throw generated webhooks and form posts at the gateway: zero 5xx, no partial writes (issue 9).

    python -m carecomms.fuzz --count 10000 [--seed N] [--base-url URL]

Without --base-url it starts the app itself, in this process: a throwaway SQLite database under
/tmp is migrated and seeded, and every request goes through the full middleware stack with
Django's test client (exceptions become 500 responses, as under a real server). Afterwards it
checks the database is consistent: every accepted webhook body is stored once, every stored one is
processed or its failure logged, nothing refused was stored, every queued outbound message has its
outbox item, and the audit chain verifies. With --base-url it sends the webhooks over HTTP to a
running app (signed with WHATSAPP_APP_SECRET) and can only check the status codes.

Payloads come from a seeded generator: well-signed Meta-shaped JSON whose fields take random
types, sizes and unicode; garbage bodies; and bad, missing or malformed signatures.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

KNOWN_NUMBERS = ["447700900101", "447700900105", "447700900103"]
MESSAGE_TYPES = [
    "text",
    "button",
    "interactive",
    "image",
    "audio",
    "document",
    "sticker",
    "location",
    "contacts",
    "reaction",
    "unsupported",
    "system",
    "edit",
    "revoke",
    "video",
    "order",
    "",
]
STATUSES = ["sent", "delivered", "read", "failed", "played", "deleted", "warning", ""]
FIELDS = [
    "messages",
    "account_update",
    "message_template_status_update",
    "calls",
    "user_preferences",
    "smb_message_echoes",
    "group_lifecycle_update",
    "security",
    "",
]
UNICODE = [
    "é",
    "ß",
    "👋",
    "🏳️‍🌈",
    "\u202e",
    "\u0000",
    "\ud7ff",
    "中文",
    "עברית",
    "\u200b",
    "\\",
    '"',
    "</script>",
    "%s",
    "{{ x }}",
    "' OR 1=1 --",
    "\r\n",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
]


class Generator:
    """Seeded, so a failing run is reproduced by its seed."""

    def __init__(self, seed: int, phone_number_id: str) -> None:
        self.rng = random.Random(seed)
        self.phone_number_id = phone_number_id

    def text(self, longest: int = 80) -> str:
        rng = self.rng
        size = rng.choice([0, 1, 3, 12, longest, rng.randint(0, longest), 4096 if rng.random() < 0.02 else 5])
        alphabet = "abcdefghijklmnopqrstuvwxyz YES no STOP 0123456789"
        pieces = [rng.choice(UNICODE) if rng.random() < 0.15 else rng.choice(alphabet) for _ in range(size)]
        return "".join(pieces)

    def anything(self, depth: int = 0) -> Any:
        rng = self.rng
        makers: list[Callable[[], Any]] = [
            lambda: None,
            lambda: True,
            lambda: rng.randint(-(2**63), 2**63),
            lambda: rng.random() * 1e308,
            self.text,
            lambda: str(rng.randint(0, 10**12)),
            lambda: -0.0,
            lambda: [self.anything(depth + 1) for _ in range(rng.randint(0, 3))],
            lambda: {self.text(8): self.anything(depth + 1) for _ in range(rng.randint(0, 3))},
        ]
        return rng.choice(makers if depth < 3 else makers[:7])()

    def maybe(self, value: Any, chance: float = 0.12) -> Any:
        """Usually the value; sometimes something of another type; sometimes missing (None)."""
        roll = self.rng.random()
        if roll < chance / 2:
            return self.anything()
        if roll < chance:
            return None
        return value

    def number(self) -> str:
        rng = self.rng
        return rng.choice([rng.choice(KNOWN_NUMBERS), f"4477009{rng.randint(0, 99999):05d}", self.text(15)])

    def message(self) -> dict[str, Any]:
        rng = self.rng
        kind = rng.choice(MESSAGE_TYPES)
        message: dict[str, Any] = {
            "from": self.maybe(self.number()),
            "id": self.maybe(f"wamid.fuzz{rng.getrandbits(64):x}"),
            "timestamp": self.maybe(str(rng.choice([1795600000, rng.randint(-10, 2**40)]))),
            "type": kind,
        }
        if kind == "text":
            message["text"] = self.maybe({"body": self.maybe(self.text(400))})
        elif kind == "button":
            message["button"] = self.maybe(
                {"payload": self.maybe(self.text()), "text": self.maybe(self.text())}
            )
        elif kind == "interactive":
            message["interactive"] = self.maybe(
                {
                    "type": "button_reply",
                    "button_reply": self.maybe(
                        {"id": self.maybe(self.text()), "title": self.maybe(self.text())}
                    ),
                }
            )
        elif kind in {"image", "audio", "document", "sticker", "video"}:
            message[kind] = self.maybe(
                {
                    "id": self.maybe(str(rng.getrandbits(40))),
                    "mime_type": self.maybe(
                        rng.choice(["image/jpeg", "application/pdf", "audio/ogg", self.text(20)])
                    ),
                    "sha256": self.maybe(self.text(44)),
                    "caption": self.maybe(self.text()),
                    "voice": self.maybe(True),
                }
            )
        elif kind == "reaction":
            message["reaction"] = self.maybe(
                {"message_id": self.maybe("wamid.x"), "emoji": self.maybe(rng.choice(["👍", "", None]))}
            )
        elif kind == "unsupported":
            message["errors"] = self.maybe([{"code": 131051, "title": self.text()}])
        if rng.random() < 0.2:
            message["context"] = self.maybe({"from": self.number(), "id": "wamid.ctx"})
        if rng.random() < 0.1:
            message[self.text(10)] = self.anything()
        return message

    def status(self) -> dict[str, Any]:
        rng = self.rng
        return {
            "id": self.maybe(f"wamid.fuzz{rng.getrandbits(64):x}"),
            "status": self.maybe(rng.choice(STATUSES)),
            "timestamp": self.maybe(str(rng.randint(0, 2**33))),
            "recipient_id": self.maybe(self.number()),
            "errors": self.maybe(
                [{"code": self.maybe(rng.randint(0, 200000)), "title": self.maybe(self.text())}], 0.5
            ),
        }

    def meta_payload(self) -> Any:
        rng = self.rng
        value: dict[str, Any] = {
            "messaging_product": self.maybe("whatsapp"),
            "metadata": self.maybe(
                {
                    "display_phone_number": self.maybe("442084960100"),
                    "phone_number_id": self.maybe(rng.choice([self.phone_number_id] * 4 + [self.text(15)])),
                }
            ),
        }
        if rng.random() < 0.8:
            value["contacts"] = self.maybe(
                [
                    {
                        "profile": self.maybe({"name": self.maybe(self.text())}),
                        "wa_id": self.maybe(self.number()),
                    }
                ]
            )
            value["messages"] = self.maybe([self.message() for _ in range(rng.choice([0, 1, 1, 1, 2, 5]))])
        if rng.random() < 0.4:
            value["statuses"] = self.maybe([self.status() for _ in range(rng.randint(0, 3))])
        if rng.random() < 0.05:
            value["errors"] = [{"code": 131000, "title": self.text()}]
        change = {"field": self.maybe(rng.choice(FIELDS[:1] * 6 + FIELDS)), "value": self.maybe(value, 0.05)}
        entry = {"id": self.maybe(str(rng.getrandbits(40))), "changes": self.maybe([change], 0.06)}
        payload: Any = {
            "object": self.maybe("whatsapp_business_account", 0.05),
            "entry": self.maybe([entry], 0.06),
        }
        if rng.random() < 0.03:
            payload = rng.choice([[payload], "string", 42, None, {"entry": {"not": "a list"}}])
        return payload

    def webhook(self, app_secret: str) -> tuple[bytes, dict[str, str], str]:
        """(raw body, headers, kind) where kind says what the gateway should do with it."""
        from carecomms.channels.whatsapp.signature import sign

        rng = self.rng
        roll = rng.random()
        if roll < 0.75:
            ensure_ascii = rng.random() < 0.7  # Meta escapes non-ASCII; the raw bytes must still verify
            raw = json.dumps(self.meta_payload(), ensure_ascii=ensure_ascii).encode("utf-8", "surrogatepass")
            if rng.random() < 0.1:
                raw = raw.replace(b"/", b"\\/")
            return raw, {"X-Hub-Signature-256": sign(raw, app_secret)}, "signed-json"
        if roll < 0.85:
            raw = rng.choice(
                [
                    bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 300))),
                    b"{",
                    b"",
                    b"\xff\xfe{}",
                    b"[]" * 1000,
                    b"{" * 500 + b"}" * 500,
                    b'{"entry": [' * 200,
                ]
            )
            return raw, {"X-Hub-Signature-256": sign(raw, app_secret)}, "signed-garbage"
        raw = json.dumps(self.meta_payload()).encode()
        header = rng.choice(
            [
                None,
                "",
                "sha256=",
                "sha256=" + "0" * 64,
                sign(raw, app_secret + "x"),
                _flip_last(sign(raw, app_secret)),
                "md5=abc",
                sign(raw + b" ", app_secret),
                self.text(70),
            ]
        )
        return raw, ({} if header is None else {"X-Hub-Signature-256": header}), "bad-signature"

    def form_value(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                self.text(200),
                "",
                "0",
                "-1",
                "99999999999",
                "2026-13-45",
                "yes",
                "approve",
                "send",
                "check",
                self.text(5000) if rng.random() < 0.05 else "x",
            ]
        )


def _flip_last(signature: str) -> str:
    return signature[:-1] + ("1" if signature[-1] == "0" else "0")


@dataclass
class Report:
    requests: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    server_errors: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.server_errors and not self.problems

    def summary(self) -> str:
        codes = ", ".join(f"{code}: {count}" for code, count in sorted(self.statuses.items()))
        return (
            f"{self.requests} requests in {self.seconds:.1f}s ({codes}); "
            f"{len(self.server_errors)} server errors; "
            f"{len(self.problems)} consistency problems"
        )


class _FailureLog(logging.Handler):
    """Collects which stored webhooks the gateway logged as failed (to be retried)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.webhook_ids: set[int] = set()

    def emit(self, record: logging.LogRecord) -> None:
        webhook = getattr(record, "webhook", None)
        if isinstance(webhook, int):
            self.webhook_ids.add(webhook)


def form_targets(world: dict[str, Any]) -> list[tuple[str, str, str, Callable[[Generator], dict[str, str]]]]:
    """(who, method, url, fields) for pages that take input, as the people who use them."""
    from django.urls import reverse

    person, conversation = world["person"], world["conversation"]
    return [
        (
            "practitioner",
            "post",
            reverse("web:conversation", args=[conversation.pk]),
            lambda g: {
                "text": g.form_value(),
                "action": g.rng.choice(["check", "send", g.form_value()]),
                **({"schedule": "1"} if g.rng.random() < 0.2 else {}),
            },
        ),
        (
            "practitioner",
            "post",
            reverse("web:request_exception", args=[person.pk]),
            lambda g: {
                "consent_basis": g.rng.choice(["parental_s20", "corporate_parent", g.form_value()]),
                "risk_assessment_ref": g.form_value(),
                "reason": g.form_value(),
                "expires_day": g.form_value(),
                "expires_month": g.form_value(),
                "expires_year": g.form_value(),
            },
        ),
        (
            "practitioner",
            "post",
            reverse("web:working_pattern"),
            lambda g: {
                f"{day}_{part}": g.rng.choice(["09:00", "17:30", g.form_value()])
                for day in ("monday", "tuesday", "wednesday")
                for part in ("start", "end")
            },
        ),
        (
            "practitioner",
            "post",
            reverse("web:send_template", args=[conversation.pk]),
            lambda g: {"template": g.form_value(), **{f"param_{i}": g.form_value() for i in range(3)}},
        ),
        (
            "practitioner",
            "post",
            reverse("web:open_conversation", args=[person.pk]),
            lambda g: {"guardian": g.form_value()},
        ),
        (
            "manager",
            "post",
            reverse("audit:break_glass_open", args=[world["outside_person"].pk]),
            lambda g: {"reason": g.form_value()},
        ),
        (
            "dpo",
            "get",
            reverse("audit:search"),
            lambda g: {
                "person": g.form_value(),
                "user": g.form_value(),
                "date_from": g.form_value(),
                "date_to": g.form_value(),
                "page": g.form_value(),
            },
        ),
        (
            "anonymous",
            "post",
            reverse("login"),
            lambda g: {"login": g.form_value(), "password": g.form_value()},
        ),
    ]


def run(count: int, seed: int, world: dict[str, Any], *, forms_share: float = 0.1) -> Report:
    """Fuzz the app in this process (Django must be set up, the database migrated and `world` seeded)."""
    from django.conf import settings
    from django.test import Client

    from carecomms.accounts.testing import login_with_mfa

    generator = Generator(seed, settings.WHATSAPP_PHONE_NUMBER_ID)
    webhook_client = Client(raise_request_exception=False)
    clients = {"anonymous": Client(raise_request_exception=False)}
    for who in ("practitioner", "manager", "dpo"):
        clients[who] = Client(raise_request_exception=False)
        login_with_mfa(clients[who], world[who])
    targets = form_targets(world)
    failures = _FailureLog()
    logging.getLogger("carecomms.messaging.webhooks").addHandler(failures)
    report = Report()
    accepted: set[str] = set()
    refused: set[str] = set()
    started = time.monotonic()
    try:
        for _ in range(count):
            if generator.rng.random() < forms_share:
                who, method, url, make = generator.rng.choice(targets)
                response = getattr(clients[who], method)(url, make(generator))
                label = f"{method.upper()} {url} as {who}"
            else:
                raw, headers, kind = generator.webhook(settings.WHATSAPP_APP_SECRET)
                response = webhook_client.post(
                    "/webhooks/whatsapp", raw, content_type="application/json", headers=headers
                )
                label = f"webhook ({kind}, {len(raw)} bytes)"
                digest = _sha256(raw)
                (accepted if response.status_code == 200 else refused).add(digest)
                if kind == "bad-signature" and response.status_code != 403:
                    report.problems.append(f"{label}: a bad signature was answered {response.status_code}")
            report.requests += 1
            report.statuses[response.status_code] += 1
            if response.status_code >= 500:
                error = getattr(response, "exc_info", None)
                cause = f": {error[0].__name__}: {str(error[1])[:120]}" if error else ""
                report.server_errors.append(f"{label} -> {response.status_code}{cause}")
    finally:
        logging.getLogger("carecomms.messaging.webhooks").removeHandler(failures)
    report.seconds = time.monotonic() - started
    report.problems.extend(check_consistency(accepted, refused - accepted, failures.webhook_ids))
    return report


def _sha256(raw: bytes) -> str:
    import hashlib

    return hashlib.sha256(raw).hexdigest()


def check_consistency(accepted: set[str], refused: set[str], failed_ids: set[int]) -> list[str]:
    """No partial writes: what the gateway answered and what the database holds agree."""
    from carecomms.audit.verify import verify_chain
    from carecomms.messaging.models import InboundWebhook, Message, OutboxItem

    problems: list[str] = []
    stored = Counter(InboundWebhook.objects.values_list("sha256", flat=True))
    missing = accepted - set(stored)
    if missing:
        problems.append(f"{len(missing)} webhook bodies answered 200 but not stored")
    wrongly_kept = refused & set(stored)
    if wrongly_kept:
        problems.append(f"{len(wrongly_kept)} refused webhook bodies were stored")
    unprocessed = set(InboundWebhook.objects.filter(processed_at__isnull=True).values_list("pk", flat=True))
    silent = unprocessed - failed_ids
    if silent:
        problems.append(
            f"{len(silent)} stored webhooks neither processed nor logged as failed: {sorted(silent)[:10]}"
        )
    queued_without_outbox = Message.objects.filter(
        direction=Message.Direction.OUTBOUND, status=Message.Status.QUEUED, outbox__isnull=True
    ).count()
    if queued_without_outbox:
        problems.append(f"{queued_without_outbox} queued outbound messages have no outbox item")
    if OutboxItem.objects.filter(message__isnull=True).exists():
        problems.append("outbox items without their message")
    chain = verify_chain()
    if chain.first_break is not None:
        problems.append(f"audit chain broken: {chain.first_break.describe()}")
    return problems


def seed_world() -> dict[str, Any]:
    """A team with a practitioner, manager and DPO, a consented conversation, and someone outside the team."""
    from datetime import date, timedelta

    from django.conf import settings
    from django.utils import timezone

    from carecomms.guidance.actions import do_publish_policy
    from carecomms.messaging.models import Channel, ConsentState, Conversation
    from carecomms.people.models import Allocation, Person, Team, User
    from carecomms.policy import default_policy_document

    do_publish_policy(default_policy_document())
    channel = Channel.objects.create(
        kind="whatsapp",
        name="Fuzz",
        display_number="+442084960100",
        provider_id=settings.WHATSAPP_PHONE_NUMBER_ID,
    )
    team = Team.objects.create(name="Fuzz team", service="adults")
    elsewhere = Team.objects.create(name="Elsewhere", service="adults")

    def staff(username: str, role: str, team: Team | None) -> User:
        return User.objects.create_user(
            username=username,
            password="fuzz-password-not-used-1",
            role=role,
            team=team,
            email=f"{username}@example.org",
        )

    practitioner = staff("fuzz-practitioner", "practitioner", team)
    person = Person.objects.create(
        first_name="Jenny",
        last_name="Fuzz",
        service="adults",
        team=team,
        case_record_id="FUZZ-1",
        mobile="+" + KNOWN_NUMBERS[0],
        date_of_birth=date(1990, 1, 1),
    )
    Person.objects.create(
        first_name="Kofi",
        last_name="Fuzz",
        service="adults",
        team=team,
        case_record_id="FUZZ-2",
        mobile="+" + KNOWN_NUMBERS[1],
        date_of_birth=date(1980, 1, 1),
    )
    outside = Person.objects.create(
        first_name="Otto",
        last_name="Fuzz",
        service="adults",
        team=elsewhere,
        case_record_id="FUZZ-3",
        mobile="+447700900150",
    )
    Allocation.objects.create(practitioner=practitioner, person=person, starts_on=date(2020, 1, 1))
    conversation = Conversation.objects.create(
        person=person,
        channel=channel,
        number=person.mobile,
        consent_state=ConsentState.GIVEN,
        last_inbound_at=timezone.now() - timedelta(hours=1),
    )
    return {
        "practitioner": practitioner,
        "manager": staff("fuzz-manager", "team_manager", team),
        "dpo": staff("fuzz-dpo", "data_protection_officer", None),
        "person": person,
        "conversation": conversation,
        "outside_person": outside,
    }


def run_against_url(base_url: str, count: int, seed: int, app_secret: str, phone_number_id: str) -> Report:
    """Webhooks only, over HTTP, to a running app: status codes are all that can be checked from outside."""
    import httpx

    generator = Generator(seed, phone_number_id)
    report = Report()
    started = time.monotonic()
    with httpx.Client(base_url=base_url, timeout=30) as client:
        for _ in range(count):
            raw, headers, kind = generator.webhook(app_secret)
            response = client.post(
                "/webhooks/whatsapp", content=raw, headers={"Content-Type": "application/json", **headers}
            )
            report.requests += 1
            report.statuses[response.status_code] += 1
            if response.status_code >= 500:
                report.server_errors.append(f"webhook ({kind}) -> {response.status_code}")
    report.seconds = time.monotonic() - started
    return report


def _self_started(count: int, seed: int) -> Report:
    directory = tempfile.mkdtemp(prefix="carecomms-fuzz-")
    os.environ["CARECOMMS_VAR_DIR"] = directory
    os.environ["DATABASE_URL"] = f"sqlite:///{directory}/fuzz.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carecomms.settings")
    os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    setup_test_environment()  # the test client needs it; also swaps e-mail for an in-memory outbox
    call_command("migrate", verbosity=0, interactive=False)
    logging.getLogger("django.request").setLevel(logging.CRITICAL)  # 4xx are expected, by the thousand
    logging.getLogger("carecomms").setLevel(logging.CRITICAL)
    print(f"fuzzing a throwaway database in {directory}", file=sys.stderr)
    return run(count, seed, seed_world())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=int(os.environ.get("FUZZ_SEED", "20261125")))
    parser.add_argument("--base-url", help="fuzz a running app's webhook over HTTP instead of starting one")
    args = parser.parse_args(argv)
    if args.base_url:
        report = run_against_url(
            args.base_url,
            args.count,
            args.seed,
            os.environ.get("WHATSAPP_APP_SECRET", "embedded-simulator-app-secret"),
            os.environ.get("WHATSAPP_PHONE_NUMBER_ID", "100000000000001"),
        )
    else:
        report = _self_started(args.count, args.seed)
    print(report.summary())
    for line in (report.server_errors + report.problems)[:50]:
        print(f"  {line}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
