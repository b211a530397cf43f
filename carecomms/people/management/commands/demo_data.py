"""Demo data for the embedded run: one team, its manager, two practitioners with different caseloads,
adults and children (some under 16 with guardians), the council's WhatsApp and SMS (GOV.UK Notify)
channels and the policy.

Idempotent: running it again changes nothing. Refuses to run under production settings. All phone
numbers are from Ofcom's drama ranges, so no real person can ever be messaged from a demo.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from carecomms import policy
from carecomms.guidance.actions import do_publish_policy
from carecomms.guidance.models import PolicyVersion
from carecomms.messaging.models import Channel
from carecomms.people.models import Allocation, ParentalResponsibility, Person, Role, Team, User

DEMO_PASSWORD = "demo-carecomms-2026"

STAFF = [
    # username, first, last, role, line manager, working pattern (None = the policy's default hours)
    ("maria", "Maria", "Okafor", Role.TEAM_MANAGER, None, None),
    ("priya", "Priya", "Shah", Role.PRACTITIONER, "maria", "long"),
    ("tom", "Tom", "Walker", Role.PRACTITIONER, "maria", None),
    ("sam", "Sam", "Reid", Role.STUDENT_SOCIAL_WORKER, "maria", "long"),
    ("ada", "Ada", "Price", Role.ADMINISTRATOR, None, None),
    ("dan", "Dan", "Hughes", Role.DATA_PROTECTION_OFFICER, None, None),
]

PEOPLE = [
    # first, last, born, service, case id, mobile, practitioner, guardians
    ("Jenny", "Adams", date(1988, 5, 17), "adults", "MOS-100234", "+447700900101", "priya", []),
    ("Mo", "Rahman", date(1956, 2, 3), "adults", "MOS-100377", "+447700900106", "priya", []),
    ("Abdi", "Hassan", date(2007, 9, 30), "children", "MOS-100412", "+447700900107", "priya", []),
    ("Ava", "Brown", date(2014, 3, 2), "children", "MOS-100518", "+447700900102", "priya",
     [("Sara Brown", "mother", "+447700900103"), ("Dev Brown", "father", "+447700900104")]),
    ("Leo", "Green", date(2011, 11, 12), "children", "MOS-100655", "", "tom",
     [("Jo Green", "special guardian", "+447700900108")]),
    ("Kofi", "Mensah", date(1985, 9, 9), "adults", "MOS-100791", "+447700900105", "tom", []),
]


class Command(BaseCommand):
    help = "Load demo data for the embedded run (idempotent; never under production settings)."

    @transaction.atomic
    def handle(self, *args: Any, **options: Any) -> None:
        if settings.PRODUCTION:
            raise CommandError("Demo data cannot be loaded under production settings.")
        if not PolicyVersion.objects.exists():
            do_publish_policy(policy.default_policy_document(), change_note="Initial version (demo)")
        Channel.objects.get_or_create(
            provider_id=settings.WHATSAPP_PHONE_NUMBER_ID,
            defaults={"kind": Channel.Kind.WHATSAPP, "name": "Council WhatsApp",
                      "display_number": settings.WHATSAPP_DISPLAY_PHONE_NUMBER},
        )
        if settings.NOTIFY_SERVICE_ID:  # the SMS channel is the Notify service the key belongs to
            Channel.objects.get_or_create(
                provider_id=settings.NOTIFY_SERVICE_ID,
                defaults={"kind": Channel.Kind.SMS, "name": "Council SMS (GOV.UK Notify)",
                          "display_number": settings.NOTIFY_SMS_DISPLAY_NUMBER},
            )
        team, _ = Team.objects.get_or_create(name="Children and Families North", defaults={"service": "children"})
        users: dict[str, User] = {}
        for username, first, last, role, manager, hours in STAFF:
            user = User.objects.filter(username=username).first()
            if user is None:
                user = User.objects.create_user(
                    username=username, password=DEMO_PASSWORD, first_name=first, last_name=last,
                    email=f"{username}@carecomms.example", role=role,
                    team=team if role in {Role.TEAM_MANAGER, Role.PRACTITIONER, Role.STUDENT_SOCIAL_WORKER} else None,
                    line_manager=users.get(manager) if manager else None,
                    is_staff=role == Role.ADMINISTRATOR,
                    working_pattern=policy.WorkingPattern.every_day("07:00", "22:00").to_dict() if hours else {},
                )
            users[username] = user
            self._ensure_second_factor(user)
        for first, last, born, service, case_id, mobile, practitioner, guardians in PEOPLE:
            person, created = Person.objects.get_or_create(
                case_record_id=case_id,
                defaults={"first_name": first, "last_name": last, "date_of_birth": born, "service": service,
                          "mobile": mobile, "team": team},
            )
            if created:
                Allocation.objects.create(practitioner=users[practitioner], person=person, starts_on=date(2026, 1, 5))
                for name, relationship, number in guardians:
                    ParentalResponsibility.objects.create(child=person, name=name, relationship=relationship,
                                                          mobile=number)
        self.stdout.write(
            f"Demo data ready. Sign in as priya, tom, sam, maria, ada or dan with password {DEMO_PASSWORD}"
        )

    def _ensure_second_factor(self, user: User) -> None:
        try:
            from carecomms.accounts.demo import ensure_demo_authenticator
        except ImportError:  # the accounts app is what adds second factors
            return
        ensure_demo_authenticator(user)
