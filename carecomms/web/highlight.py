"""Marking the words screening objected to, so the practitioner sees exactly what to change."""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from carecomms.screening import Finding


def highlight_findings(text: str, findings: Sequence[Finding]) -> SafeString:
    """Wrap each finding's span in <mark>, escaping everything else; overlapping spans are merged."""
    spans: list[list[int]] = []
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        if spans and finding.start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], finding.end)
        else:
            spans.append([finding.start, finding.end])
    parts: list[str] = []
    cursor = 0
    for start, end in spans:
        parts.append(escape(text[cursor:start]))
        parts.append(f'<mark class="cc-finding">{escape(text[start:end])}</mark>')
        cursor = end
    parts.append(escape(text[cursor:]))
    return mark_safe("".join(parts))
