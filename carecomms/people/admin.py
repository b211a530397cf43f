from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from carecomms.people.models import Allocation, ParentalResponsibility, Person, Team, User


@admin.register(User)
class StaffAdmin(UserAdmin):
    list_display = ["username", "first_name", "last_name", "role", "team", "line_manager", "is_active"]
    list_filter = ["role", "team", "is_active"]
    fieldsets = (*UserAdmin.fieldsets, ("CareComms", {"fields": ["role", "team", "line_manager", "working_pattern",
                                                                 "entra_tenant_id", "entra_object_id"]}))


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    list_display = ["name", "service"]


class GuardianInline(admin.TabularInline):
    model = ParentalResponsibility
    extra = 0


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["case_record_id", "last_name", "first_name", "service", "team", "legal_hold"]
    search_fields = ["case_record_id", "last_name"]
    inlines = [GuardianInline]
    # Placed and lifted only by the data-protection officer (records.legal_hold), with a reason and history.
    readonly_fields = ["legal_hold"]


@admin.register(Allocation)
class AllocationAdmin(admin.ModelAdmin):
    list_display = ["practitioner", "person", "starts_on", "ends_on"]
