"""The policy document (R1): the guidance's changeable parts as versioned data, not code.

Administrators publish new versions; old ones are kept, and every decision names the version it
applied. `to_dict`/`from_dict` give the JSON stored in the database; `from_dict` rejects anything
it does not understand with a message an administrator can act on, because a typo in a policy
document must never silently become a different policy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from carecomms.policy.hours import WorkingPattern

_TEMPLATE_NAME = re.compile(r"^[a-z0-9_]{1,512}$")
_TEMPLATE_LANGUAGE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")
_PLACEHOLDER = re.compile(r"\{\{(\d+)\}\}")


class FrozenMapping(Mapping[str, int]):
    """A read-only, hashable, picklable mapping, so a frozen document stays frozen all the way down."""

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, int] | Iterable[tuple[str, int]] = ()) -> None:
        self._items: dict[str, int] = dict(items)

    def __getitem__(self, key: str) -> int:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(frozenset(self._items.items()))

    def __repr__(self) -> str:
        return f"FrozenMapping({self._items!r})"

    def __getstate__(self) -> dict[str, int]:
        return self._items

    def __setstate__(self, state: dict[str, int]) -> None:
        self._items = dict(state)


@dataclass(frozen=True)
class KeepInTouchTemplate:
    """An approved WhatsApp template for keep-in-touch messages (G11), e.g. an appointment reminder.

    `body` uses WhatsApp's numbered placeholders {{1}}, {{2}}…; `parameters` describes each in order
    (for the compose form), so there must be exactly one description per placeholder.
    """

    name: str
    language: str
    title: str
    body: str
    parameters: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "parameters", tuple(self.parameters))
        if not _TEMPLATE_NAME.match(self.name):
            raise ValueError(
                f"template name {self.name!r} must be lowercase letters, digits and underscores "
                "(WhatsApp's rule)"
            )
        if not _TEMPLATE_LANGUAGE.match(self.language):
            raise ValueError(f"template {self.name}: language {self.language!r} must look like en_GB")
        if not self.title.strip() or not self.body.strip():
            raise ValueError(f"template {self.name}: title and body must not be empty")
        if not all(isinstance(parameter, str) and parameter.strip() for parameter in self.parameters):
            raise ValueError(f"template {self.name}: each parameter needs a description")
        numbers = {int(number) for number in _PLACEHOLDER.findall(self.body)}
        expected = set(range(1, len(self.parameters) + 1))
        if numbers != expected:
            raise ValueError(
                f"template {self.name}: the body's placeholders {sorted(numbers)} must be exactly "
                f"{{{{1}}}}..{{{{{len(self.parameters)}}}}}, one per parameter ({len(self.parameters)} given)"
            )

    def render(self, values: Iterable[str]) -> str:
        """The body with each {{n}} replaced, as the person will read it."""
        filled = tuple(values)
        if len(filled) != len(self.parameters):
            raise ValueError(f"template {self.name} needs {len(self.parameters)} values, got {len(filled)}")
        return _PLACEHOLDER.sub(lambda match: filled[int(match.group(1)) - 1], self.body)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "language": self.language,
            "title": self.title,
            "body": self.body,
            "parameters": list(self.parameters),
        }


@dataclass(frozen=True)
class OutOfHoursContact:
    """A number given in the automatic out-of-hours reply, e.g. ("Emergency", "999")."""

    label: str
    number: str

    def __post_init__(self) -> None:
        if not self.label.strip() or not self.number.strip():
            raise ValueError("an out-of-hours contact needs both a label and a number")


@dataclass(frozen=True)
class PolicyDocument:
    version: str
    effective_from: date
    review_due: date
    consent_text: str
    consent_template_name: str
    consent_template_language: str
    minimum_ages: Mapping[str, int]
    direct_contact_min_age: int
    default_working_pattern: WorkingPattern
    out_of_hours_reply: str
    out_of_hours_contacts: tuple[OutOfHoursContact, ...]
    keep_in_touch_templates: tuple[KeepInTouchTemplate, ...]
    organisation_phone_numbers: tuple[str, ...]
    organisation_email_domains: tuple[str, ...]
    organisation_places: tuple[str, ...]
    consent_repeat_min_interval: timedelta = field(default=timedelta(days=1))
    # Consent wording for channels other than WhatsApp (`consent_text` names WhatsApp and Meta, so it
    # cannot ask for consent to SMS): channel kind -> wording. A channel without wording cannot be used.
    consent_texts: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in (
            "out_of_hours_contacts",
            "keep_in_touch_templates",
            "organisation_phone_numbers",
            "organisation_email_domains",
            "organisation_places",
        ):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        object.__setattr__(self, "minimum_ages", FrozenMapping(self.minimum_ages))
        object.__setattr__(self, "consent_texts", FrozenMapping(self.consent_texts))  # type: ignore[arg-type]
        self._validate()

    def _validate(self) -> None:
        if (
            not isinstance(self.version, str)
            or not self.version.strip()
            or self.version != self.version.strip()
        ):
            raise ValueError("policy document: 'version' must be a non-empty name such as 2026.1")
        if len(self.version) > 40:
            raise ValueError("policy document: 'version' must be at most 40 characters")
        if not self.effective_from < self.review_due:
            raise ValueError(
                f"policy document: the review date ({self.review_due}) must come after the effective date "
                f"({self.effective_from})"
            )
        if "YES" not in self.consent_text:
            raise ValueError('policy document: the consent text must ask the person to reply "YES" (W2)')
        for kind, text in self.consent_texts.items():
            if not isinstance(kind, str) or not kind or not isinstance(text, str):
                raise ValueError("policy document: 'consent_texts' maps channel kinds such as sms to wording")
            if "YES" not in text:
                raise ValueError(
                    f'policy document: the {kind} consent text must ask the person to reply "YES" (W2)'
                )
        if not _TEMPLATE_NAME.match(self.consent_template_name):
            raise ValueError(
                "policy document: 'consent_template_name' must be lowercase letters, digits, underscores"
            )
        if not _TEMPLATE_LANGUAGE.match(self.consent_template_language):
            raise ValueError("policy document: 'consent_template_language' must look like en_GB")
        if not self.minimum_ages:
            raise ValueError(
                "policy document: 'minimum_ages' needs an age for each channel kind, e.g. whatsapp: 13"
            )
        for kind, age in self.minimum_ages.items():
            if not isinstance(kind, str) or not kind:
                raise ValueError(
                    "policy document: 'minimum_ages' keys must be channel kinds such as whatsapp"
                )
            if isinstance(age, bool) or not isinstance(age, int) or not 0 <= age <= 25:
                raise ValueError(
                    f"policy document: minimum age for {kind} must be a whole number 0-25, got {age!r}"
                )
        age = self.direct_contact_min_age
        if isinstance(age, bool) or not isinstance(age, int) or not 0 <= age <= 25:
            raise ValueError(
                f"policy document: 'direct_contact_min_age' must be a whole number 0-25, got {age!r}"
            )
        if not isinstance(self.default_working_pattern, WorkingPattern):
            raise ValueError("policy document: 'default_working_pattern' must be a working pattern")
        if not self.out_of_hours_reply.strip():
            raise ValueError("policy document: 'out_of_hours_reply' must not be empty")
        if not self.out_of_hours_contacts:
            raise ValueError("policy document: give at least one out-of-hours contact (e.g. Emergency 999)")
        names = [template.name for template in self.keep_in_touch_templates]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise ValueError(f"policy document: keep-in-touch template names repeat: {', '.join(duplicates)}")
        for name in ("organisation_phone_numbers", "organisation_email_domains", "organisation_places"):
            if not all(isinstance(value, str) and value.strip() for value in getattr(self, name)):
                raise ValueError(f"policy document: '{name}' must be a list of non-empty texts")
        if self.consent_repeat_min_interval < timedelta(0):
            raise ValueError("policy document: 'consent_repeat_min_interval_hours' must not be negative")

    def review_overdue(self, today: date) -> bool:
        """R1: the guidance is reviewed every year; once the review date has come, it is overdue."""
        return today >= self.review_due

    def consent_text_for(self, channel_kind: str) -> str | None:
        """The consent wording for a channel: WhatsApp's is `consent_text`; others need their own."""
        if channel_kind in self.consent_texts:
            return self.consent_texts[channel_kind]
        return self.consent_text if channel_kind == "whatsapp" else None

    def minimum_age_for(self, channel_kind: str) -> int | None:
        return self.minimum_ages.get(channel_kind)

    def template(self, name: str) -> KeepInTouchTemplate | None:
        return next((template for template in self.keep_in_touch_templates if template.name == name), None)

    def out_of_hours_message(self) -> str:
        """The automatic reply as sent: the wording, then one line per contact."""
        lines = [self.out_of_hours_reply.strip()]
        lines.extend(f"{contact.label}: {contact.number}" for contact in self.out_of_hours_contacts)
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "effective_from": self.effective_from.isoformat(),
            "review_due": self.review_due.isoformat(),
            "consent_text": self.consent_text,
            "consent_template_name": self.consent_template_name,
            "consent_template_language": self.consent_template_language,
            "minimum_ages": dict(self.minimum_ages),
            "direct_contact_min_age": self.direct_contact_min_age,
            "default_working_pattern": self.default_working_pattern.to_dict(),
            "out_of_hours_reply": self.out_of_hours_reply,
            "out_of_hours_contacts": [
                {"label": contact.label, "number": contact.number} for contact in self.out_of_hours_contacts
            ],
            "keep_in_touch_templates": [template.to_dict() for template in self.keep_in_touch_templates],
            "organisation_phone_numbers": list(self.organisation_phone_numbers),
            "organisation_email_domains": list(self.organisation_email_domains),
            "organisation_places": list(self.organisation_places),
            "consent_repeat_min_interval_hours": self.consent_repeat_min_interval / timedelta(hours=1),
            **({"consent_texts": dict(self.consent_texts)} if self.consent_texts else {}),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PolicyDocument:
        if not isinstance(data, Mapping):
            raise ValueError(f"a policy document must be an object, got {type(data).__name__}")
        reader = _Reader(data, "policy document")
        try:
            ages = reader.mapping("minimum_ages")
            interval_hours = reader.number("consent_repeat_min_interval_hours")
            consent_texts = reader.mapping("consent_texts") if "consent_texts" in data else {}
            document = cls(
                version=reader.text("version"),
                effective_from=reader.date("effective_from"),
                review_due=reader.date("review_due"),
                consent_text=reader.text("consent_text"),
                consent_template_name=reader.text("consent_template_name"),
                consent_template_language=reader.text("consent_template_language"),
                minimum_ages={str(kind): age for kind, age in ages.items()},
                direct_contact_min_age=reader.integer("direct_contact_min_age"),
                default_working_pattern=WorkingPattern.from_dict(reader.mapping("default_working_pattern")),
                out_of_hours_reply=reader.text("out_of_hours_reply"),
                out_of_hours_contacts=tuple(
                    OutOfHoursContact(label=item.text("label"), number=item.text("number"))
                    for item in reader.objects("out_of_hours_contacts", ("label", "number"))
                ),
                keep_in_touch_templates=tuple(
                    KeepInTouchTemplate(
                        name=item.text("name"),
                        language=item.text("language"),
                        title=item.text("title"),
                        body=item.text("body"),
                        parameters=item.texts("parameters"),
                    )
                    for item in reader.objects(
                        "keep_in_touch_templates", ("name", "language", "title", "body", "parameters")
                    )
                ),
                organisation_phone_numbers=reader.texts("organisation_phone_numbers"),
                organisation_email_domains=reader.texts("organisation_email_domains"),
                organisation_places=reader.texts("organisation_places"),
                consent_repeat_min_interval=timedelta(hours=interval_hours),
                consent_texts={str(kind): text for kind, text in consent_texts.items()},
            )
        except ValueError as error:
            message = str(error)
            raise ValueError(
                message if message.startswith("policy document") else f"policy document: {message}"
            ) from None
        reader.reject_unknown()
        return document


class _Reader:
    """Typed access to one JSON object, naming the field in every error."""

    def __init__(self, data: Mapping[str, Any], where: str) -> None:
        self.data = data
        self.where = where
        self.used: set[str] = set()

    def _get(self, key: str) -> Any:
        self.used.add(key)
        if key not in self.data:
            raise ValueError(f"{self.where}: '{key}' is missing")
        return self.data[key]

    def text(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str):
            raise ValueError(f"{self.where}: '{key}' must be text, got {type(value).__name__}")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self._get(key)
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ValueError(f"{self.where}: '{key}' must be a list of texts")
        return tuple(value)

    def integer(self, key: str) -> int:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{self.where}: '{key}' must be a whole number, got {value!r}")
        return value

    def number(self, key: str) -> float:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{self.where}: '{key}' must be a number, got {value!r}")
        return float(value)

    def date(self, key: str) -> date:
        value = self.text(key)
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{self.where}: '{key}' must be a date like 2026-01-01, got {value!r}") from None

    def mapping(self, key: str) -> Mapping[str, Any]:
        value = self._get(key)
        if not isinstance(value, Mapping):
            raise ValueError(f"{self.where}: '{key}' must be an object")
        return value

    def objects(self, key: str, fields: tuple[str, ...]) -> Iterator[_Reader]:
        value = self._get(key)
        if not isinstance(value, list):
            raise ValueError(f"{self.where}: '{key}' must be a list")
        for index, item in enumerate(value):
            if not isinstance(item, Mapping):
                raise ValueError(f"{self.where}: '{key}' item {index + 1} must be an object")
            reader = _Reader(item, f"{self.where}: '{key}' item {index + 1}")
            yield reader
            reader.used.update(fields)
            reader.reject_unknown()

    def reject_unknown(self) -> None:
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            raise ValueError(f"{self.where}: unknown field(s) {', '.join(map(repr, unknown))}")


# The council's consent wording (W2), verbatim from the guidance, including its own typo ("use using"):
# changing approved wording is a policy decision for a new document version, not a code change.
COUNCIL_CONSENT_TEXT = (
    "Please note that we will be communicating with you using WhatsApp.  The platform is owned by Meta, "
    "who are a global company and therefore your data may be transferred to another country (including "
    "the USA).  We require your consent to continue to communicate with you using WhatsApp.  You can "
    "withdraw this consent at any time, without any impact on the services we provide to you.  We will "
    "never send you any chat, which contains your sensitive or special category data.  If you agree to "
    'use using WhatsApp please respond to this chat with "YES".'
)


# The same consent for text messages. The guidance's wording is about WhatsApp and Meta, so it cannot
# be sent by SMS as it stands; this keeps its promises and drops what is only true of WhatsApp. It is
# a proposal in the demo document: the council must approve SMS wording before SMS is used for real.
COUNCIL_SMS_CONSENT_TEXT = (
    "Please note that we would like to communicate with you by text message (SMS). We require your "
    "consent to communicate with you by text message. You can withdraw this consent at any time, "
    "without any impact on the services we provide to you, by replying STOP. We will never send you any "
    'message which contains your sensitive or special category data. If you agree, please reply "YES".'
)


def default_policy_document() -> PolicyDocument:
    """A complete, sensible first version. Numbers are Ofcom drama-range numbers, safe for demos."""
    return PolicyDocument(
        version="2026.1",
        effective_from=date(2026, 1, 1),
        review_due=date(2027, 1, 1),
        consent_text=COUNCIL_CONSENT_TEXT,
        consent_template_name="consent_request",
        consent_template_language="en_GB",
        consent_texts={"sms": COUNCIL_SMS_CONSENT_TEXT},
        # WhatsApp's minimum age in the UK has been 13 since April 2024.
        minimum_ages={"whatsapp": 13, "sms": 13},
        direct_contact_min_age=16,
        default_working_pattern=WorkingPattern.weekdays("09:00", "17:00"),
        out_of_hours_reply=(
            "Thank you for your message. Your social worker is not working at the moment and will reply "
            "during their working hours. If you need help now, please use the numbers below."
        ),
        out_of_hours_contacts=(
            OutOfHoursContact("Emergency", "999"),
            OutOfHoursContact("Emergency Duty Team (out of hours)", "020 8496 0999"),
        ),
        keep_in_touch_templates=(
            KeepInTouchTemplate(
                name="appointment_reminder",
                language="en_GB",
                title="Appointment reminder",
                body=(
                    "Hello {{1}}, this is a reminder of your appointment with {{2}} on {{3}} at {{4}}. "
                    "Please reply to let us know you can come."
                ),
                parameters=("First name", "Practitioner's name", "Date", "Time"),
            ),
            KeepInTouchTemplate(
                name="please_call_me",
                language="en_GB",
                title="Please call me",
                body=(
                    "Hello {{1}}, this is {{2}} from social care. "
                    "Please could you call me on {{3}} when you can."
                ),
                parameters=("First name", "Practitioner's name", "Office phone number"),
            ),
            KeepInTouchTemplate(
                name="introduction",
                language="en_GB",
                title="Introduction",
                body=(
                    "Hello {{1}}, my name is {{2}} and I am your new worker from social care. "
                    "I will be in touch soon to arrange a time to meet."
                ),
                parameters=("First name", "Practitioner's name"),
            ),
        ),
        organisation_phone_numbers=("020 8496 0000", "020 8496 0999"),
        organisation_email_domains=("carecomms.example",),
        organisation_places=("Town Hall", "Civic Centre", "Family Hub"),
        consent_repeat_min_interval=timedelta(days=1),
    )
