"""Legal-hold history and subject access exports in the admin: evidence, so only ever viewed.

Holds are placed and lifted, and exports made, only through `records.legal_hold` and
`records.subject_access` (the data-protection officer's pages), which audit each change.
"""

from __future__ import annotations

from django.contrib import admin

from carecomms.audit.admin import ViewOnlyAdmin
from carecomms.records.models import LegalHoldEvent, SubjectAccessExport


@admin.register(LegalHoldEvent)
class LegalHoldEventAdmin(ViewOnlyAdmin):
    list_display = ["id", "person", "action", "actor", "occurred_at"]
    list_filter = ["action"]
    search_fields = ["person__case_record_id"]
    date_hierarchy = "occurred_at"


@admin.register(SubjectAccessExport)
class SubjectAccessExportAdmin(ViewOnlyAdmin):
    list_display = ["id", "person", "state", "requested_by", "requested_at", "size", "expires_at", "download_count"]
    list_filter = ["state"]
    search_fields = ["person__case_record_id"]
    exclude = ["stored_name"]  # where the sealed file lies is nobody's business in a browser
