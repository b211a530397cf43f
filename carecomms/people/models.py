"""Teams, staff, the people they support, those with parental responsibility, and who works with whom.

Plain models: the rules about them live in `carecomms.policy`; changes go through `people.actions`.
"""

from __future__ import annotations

from datetime import date

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.utils import timezone

from carecomms.people.phone import mask_number, validate_e164


class Team(models.Model):
    name = models.CharField(max_length=120, unique=True)
    service = models.CharField(
        max_length=20, choices=[("children", "Children's services"), ("adults", "Adults' services")]
    )

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    # Values match carecomms.policy.Role so a user's role passes straight into policy facts.
    PRACTITIONER = "practitioner", "Practitioner"
    STUDENT_SOCIAL_WORKER = "student_social_worker", "Student social worker"
    TEAM_MANAGER = "team_manager", "Team manager"
    ADMINISTRATOR = "administrator", "Administrator"
    DATA_PROTECTION_OFFICER = "data_protection_officer", "Data protection officer"


class User(AbstractUser):
    """A member of staff. Signs in with the organisation's identity; never a personal account (G2)."""

    role = models.CharField(max_length=32, choices=Role.choices, default=Role.PRACTITIONER)
    team = models.ForeignKey(Team, null=True, blank=True, on_delete=models.PROTECT, related_name="members")
    line_manager = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="reports"
    )
    # carecomms.policy.WorkingPattern.to_dict(); empty means the policy document's default hours.
    working_pattern = models.JSONField(default=dict, blank=True)
    # Microsoft Entra ID identity: matched on tenant + object id, never on e-mail alone.
    entra_tenant_id = models.CharField(max_length=64, blank=True, default="")
    entra_object_id = models.CharField(max_length=64, blank=True, default="")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["entra_tenant_id", "entra_object_id"],
                condition=~Q(entra_object_id=""),
                name="unique_entra_identity",
            )
        ]

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.username

    @property
    def works_with_caseload(self) -> bool:
        return self.role in {Role.PRACTITIONER, Role.STUDENT_SOCIAL_WORKER}

    @property
    def is_team_manager(self) -> bool:
        return self.role == Role.TEAM_MANAGER


class Person(models.Model):
    """Someone the council supports (a service user)."""

    class Service(models.TextChoices):
        CHILDREN = "children", "Children's services"
        ADULTS = "adults", "Adults' services"

    first_name = models.CharField(max_length=80)
    last_name = models.CharField(max_length=80)
    date_of_birth = models.DateField(null=True, blank=True)
    service = models.CharField(max_length=20, choices=Service.choices)
    case_record_id = models.CharField("case record (Mosaic) person id", max_length=40, unique=True)
    mobile = models.CharField(max_length=20, blank=True, default="", validators=[validate_e164])
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="people")
    legal_hold = models.BooleanField(default=False, help_text="While set, nothing about this person is removed.")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["last_name", "first_name"]
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def masked_mobile(self) -> str:
        return mask_number(self.mobile) if self.mobile else ""

    def age_on(self, day: date) -> int | None:
        if self.date_of_birth is None:
            return None
        born = self.date_of_birth
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


class ParentalResponsibility(models.Model):
    """A parent or legal guardian through whom a child under 16 is contacted (G5)."""

    child = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="guardians")
    name = models.CharField(max_length=160)
    relationship = models.CharField(max_length=60, help_text="e.g. mother, father, special guardian")
    mobile = models.CharField(max_length=20, blank=True, default="", validators=[validate_e164])
    active = models.BooleanField(default=True)

    class Meta:
        verbose_name_plural = "people with parental responsibility"

    def __str__(self) -> str:
        return f"{self.name} ({self.relationship} of {self.child.first_name})"

    @property
    def masked_mobile(self) -> str:
        return mask_number(self.mobile) if self.mobile else ""


class AllocationQuerySet(models.QuerySet["Allocation"]):
    def current(self, on: date | None = None) -> AllocationQuerySet:
        day = on or timezone.localdate()
        return self.filter(starts_on__lte=day).filter(Q(ends_on__isnull=True) | Q(ends_on__gte=day))


class Allocation(models.Model):
    """A practitioner works with a person from `starts_on` until `ends_on` (inclusive)."""

    practitioner = models.ForeignKey(User, on_delete=models.PROTECT, related_name="allocations")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="allocations")
    starts_on = models.DateField(default=timezone.localdate)
    ends_on = models.DateField(null=True, blank=True)

    objects = AllocationQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["practitioner", "person"])]

    def __str__(self) -> str:
        return f"{self.practitioner} → {self.person}"


class ContactException(models.Model):
    """Direct contact with a child below 16 or the platform's minimum age, approved by a Team Manager (G4)."""

    class Basis(models.TextChoices):
        PARENTAL_S20 = "parental_s20", "Parental consent (section 20)"
        CORPORATE_PARENT = "corporate_parent", "Team Manager as corporate parent"

    class Status(models.TextChoices):
        REQUESTED = "requested", "Waiting for approval"
        APPROVED = "approved", "Approved"
        DECLINED = "declined", "Declined"
        ENDED = "ended", "Ended"

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="contact_exceptions")
    channel_kind = models.CharField(max_length=20, default="whatsapp")
    consent_basis = models.CharField(max_length=32, choices=Basis.choices)
    risk_assessment_ref = models.CharField("risk assessment reference", max_length=80)
    reason = models.TextField()
    requested_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="exceptions_requested")
    requested_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.REQUESTED)
    decided_by = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.PROTECT, related_name="exceptions_decided"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["-requested_at"]
