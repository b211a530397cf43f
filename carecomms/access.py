"""Who may see and do what: decided here, in one place, for every page, API call and export.

Practitioners and student social workers see the people currently allocated to them; team
managers see their team's people; administrators and data-protection officers see no message
bodies (G13). Break-glass access for managers outside their team is recorded separately.
"""

from __future__ import annotations

from datetime import date

from django.db.models import QuerySet
from django.utils import timezone

from carecomms.people.models import Allocation, Person, Role, User


def visible_people(user: User, on: date | None = None) -> QuerySet[Person]:
    day = on or timezone.localdate()
    if not user.is_authenticated or not user.is_active:
        return Person.objects.none()
    if user.role in {Role.PRACTITIONER, Role.STUDENT_SOCIAL_WORKER}:
        allocated = Allocation.objects.current(day).filter(practitioner=user).values("person_id")
        return Person.objects.filter(pk__in=allocated)
    if user.role == Role.TEAM_MANAGER and user.team_id:
        return Person.objects.filter(team_id=user.team_id)
    return Person.objects.none()


def can_view_person(user: User, person: Person, on: date | None = None) -> bool:
    return visible_people(user, on).filter(pk=person.pk).exists()


def can_message_person(user: User, person: Person, on: date | None = None) -> bool:
    """Only the allocated practitioner sends; a manager reads their team's conversations."""
    if user.role not in {Role.PRACTITIONER, Role.STUDENT_SOCIAL_WORKER}:
        return False
    return can_view_person(user, person, on)
