"""The clauses of the council's guidance, so every reason can say which one it applies.

Ids follow DESIGN.md §1: G1..G15 are the general bullets, W1 and W2 the WhatsApp-specific ones,
R1 the yearly review. The titles are short enough for a badge beside a refusal.
"""

from __future__ import annotations

from enum import StrEnum


class Clause(StrEnum):
    G1 = "G1"
    G2 = "G2"
    G3 = "G3"
    G4 = "G4"
    G5 = "G5"
    G6 = "G6"
    G7 = "G7"
    G8 = "G8"
    G9 = "G9"
    G10 = "G10"
    G11 = "G11"
    G12 = "G12"
    G13 = "G13"
    G14 = "G14"
    G15 = "G15"
    W1 = "W1"
    W2 = "W2"
    R1 = "R1"

    @property
    def label(self) -> str:
        """The clause's short title (not `title`, which would hide `str.title`)."""
        return CLAUSE_TITLES[self]


CLAUSE_TITLES: dict[Clause, str] = {
    Clause.G1: "Same standards online as anywhere",
    Clause.G2: "No personal accounts for work",
    Clause.G3: "Platform minimum age",
    Clause.G4: "Below the minimum age only with consent and a risk assessment",
    Clause.G5: "Under-16s through parents or guardians",
    Clause.G6: "No personal information in messages",
    Clause.G7: "Contact is consent-based",
    Clause.G8: "Chats are written records",
    Clause.G9: "Working hours only",
    Clause.G10: "No status sharing",
    Clause.G11: "Keep in touch only, no assessments",
    Clause.G12: "Personal and work communication kept apart",
    Clause.G13: "Privacy, confidentiality, need to know",
    Clause.G14: "No case-sensitive data or interviews",
    Clause.G15: "Report inappropriate messages",
    Clause.W1: "WhatsApp: every message captured to the case record",
    Clause.W2: "WhatsApp: consent in the first message",
    Clause.R1: "Guidance reviewed every year",
}
