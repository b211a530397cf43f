"""Who sees which alerts and reports: built on `carecomms.access`, never around it.

A practitioner sees those about the people allocated to them today; a team manager sees their
team's, plus any alert escalated to them by name (a manager's line manager may sit above the team).
Nobody else sees any (administrators and data-protection officers read no message content, G13).
"""

from __future__ import annotations

from datetime import date

from django.db.models import Q, QuerySet

from carecomms.access import visible_people
from carecomms.people.models import User
from carecomms.safeguarding.models import Alert, Report


def visible_alerts(user: User, on: date | None = None) -> QuerySet[Alert]:
    if not user.is_authenticated or not user.is_active:
        return Alert.objects.none()
    people = visible_people(user, on).values("pk")
    if user.works_with_caseload:
        return Alert.objects.filter(person__in=people)
    if user.is_team_manager:
        escalated_to_me = Alert.objects.filter(recipients__user=user).values("pk")
        return Alert.objects.filter(Q(person__in=people) | Q(pk__in=escalated_to_me))
    return Alert.objects.none()


def visible_reports(user: User, on: date | None = None) -> QuerySet[Report]:
    if not user.is_authenticated or not user.is_active:
        return Report.objects.none()
    people = visible_people(user, on).values("pk")
    if user.works_with_caseload:
        return Report.objects.filter(person__in=people)
    if user.is_team_manager:
        return Report.objects.filter(Q(person__in=people) | Q(reported_by__line_manager=user))
    return Report.objects.none()
