"""Data-protection officers' pages (audit search, break-glass review) and the manager's break-glass form.

Every search of the audit is itself audited, with its criteria: who looked at whose trail is evidence too.
"""

from __future__ import annotations

from datetime import datetime, time

from django import forms
from django.conf import settings
from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from carecomms.access import Capability, requires
from carecomms.audit.actions import do_audit, do_open_break_glass, do_review_break_glass
from carecomms.audit.models import AuditEntry, BreakGlassGrant
from carecomms.people.models import Person, User

PAGE_SIZE = 50


class AuditSearchForm(forms.Form):
    person = forms.CharField(required=False, max_length=40, label="Person (case record id)")
    user = forms.CharField(required=False, max_length=150, label="Member of staff (username)")
    date_from = forms.DateField(required=False, label="From", input_formats=["%Y-%m-%d", "%d/%m/%Y"])
    date_to = forms.DateField(required=False, label="To", input_formats=["%Y-%m-%d", "%d/%m/%Y"])

    def clean(self) -> dict:
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", "The end date must be the same as or after the start date")
        return data


class BreakGlassForm(forms.Form):
    reason = forms.CharField(widget=forms.Textarea, max_length=2000,
                             label="Why do you need to open this record?")


def _search(form: AuditSearchForm) -> tuple[list[str], object]:
    """The matching entries and a note of each criterion that matched nothing known."""
    entries = AuditEntry.objects.order_by("-id")
    notes: list[str] = []
    data = form.cleaned_data
    if data.get("person"):
        person = Person.objects.filter(case_record_id=data["person"].strip()).first()
        if person is None:
            notes.append("No person has that case record id.")
        entries = entries.filter(person_id=person.pk if person else -1)
    if data.get("user"):
        staff = User.objects.filter(username=data["user"].strip()).first()
        if staff is None:
            notes.append("No member of staff has that username.")
        entries = entries.filter(actor_id=staff.pk if staff else -1)
    zone = timezone.get_current_timezone()
    if data.get("date_from"):
        entries = entries.filter(occurred_at__gte=datetime.combine(data["date_from"], time.min, zone))
    if data.get("date_to"):
        entries = entries.filter(occurred_at__lte=datetime.combine(data["date_to"], time.max, zone))
    return notes, entries


@login_required
@requires(Capability.SEARCH_AUDIT)
@require_http_methods(["GET"])
def audit_search(request: HttpRequest) -> HttpResponse:
    searched = any(request.GET.get(name) for name in ("person", "user", "date_from", "date_to"))
    form = AuditSearchForm(request.GET if searched else None)
    context: dict = {"form": form, "searched": searched}
    if searched and form.is_valid():
        notes, entries = _search(form)
        page = Paginator(entries.select_related("actor"), PAGE_SIZE).get_page(request.GET.get("page"))
        criteria = {key: str(value) for key, value in form.cleaned_data.items() if value}
        do_audit("audit:searched", actor=request.user, detail={"criteria": criteria, "page": page.number,
                                                              "results": page.paginator.count})
        query = request.GET.copy()
        query.pop("page", None)
        context.update({"page": page, "notes": notes, "query": query.urlencode()})
    return render(request, "audit/search.html", context)


@login_required
@requires(Capability.REVIEW_BREAK_GLASS)
@require_http_methods(["GET"])
def break_glass_list(request: HttpRequest) -> HttpResponse:
    grants = BreakGlassGrant.objects.select_related("manager", "person", "reviewed_by")
    page = Paginator(grants, PAGE_SIZE).get_page(request.GET.get("page"))
    do_audit("breakglass:list_viewed", actor=request.user, detail={"page": page.number})
    return render(request, "audit/break_glass_list.html", {"page": page, "now": timezone.now()})


@login_required
@requires(Capability.REVIEW_BREAK_GLASS)
@require_POST
def break_glass_review(request: HttpRequest, grant_id: int) -> HttpResponse:
    grant = get_object_or_404(BreakGlassGrant, pk=grant_id)
    do_review_break_glass(request.user, grant)
    flash.success(request, "Marked as reviewed.")
    return redirect("audit:break_glass")


@login_required
@requires(Capability.BREAK_GLASS)
@require_http_methods(["GET", "POST"])
def break_glass_open(request: HttpRequest, person_id: int) -> HttpResponse:
    person = Person.objects.filter(pk=person_id).first()
    if person is None:
        raise Http404("No such person")
    if person.team_id == request.user.team_id:
        return redirect("web:person", person_id=person.pk)
    form = BreakGlassForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            do_open_break_glass(request.user, person, form.cleaned_data["reason"])
        except ValidationError as error:
            for message in error.message_dict.get("reason", error.messages):
                form.add_error("reason", message)
        else:
            flash.success(request, "Break-glass access opened. The data-protection officer has been told.")
            return redirect("web:person", person_id=person.pk)
    return render(request, "audit/break_glass_open.html",
                  {"form": form, "minutes": settings.BREAK_GLASS_MINUTES})
