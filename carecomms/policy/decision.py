"""What the policy says about a proposed send, in a form that can be shown and stored."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from carecomms.policy.clauses import Clause


class Outcome(StrEnum):
    ALLOW = "allow"
    REFUSE = "refuse"
    REROUTE_TO_GUARDIANS = "reroute_to_guardians"
    SCHEDULE = "schedule"


@dataclass(frozen=True)
class Reason:
    """Why: a stable code for software, the clause applied, and a sentence for the practitioner."""

    code: str
    clause: Clause
    message: str

    def to_dict(self) -> dict[str, str]:
        return {
            "code": self.code,
            "clause": str(self.clause),
            "clause_title": self.clause.label,
            "message": self.message,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Reason:
        return cls(code=data["code"], clause=Clause(data["clause"]), message=data["message"])


@dataclass(frozen=True)
class GuardianRoute:
    """A message about a child re-addressed to one guardian, decided as its own conversation."""

    guardian_id: int
    name: str
    decision: Decision

    def to_dict(self) -> dict[str, Any]:
        return {"guardian_id": self.guardian_id, "name": self.name, "decision": self.decision.to_dict()}


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    reasons: tuple[Reason, ...]
    policy_version: str
    routes: tuple[GuardianRoute, ...] = ()
    earliest_allowed_at: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "reasons", tuple(self.reasons))
        object.__setattr__(self, "routes", tuple(self.routes))
        if self.outcome == Outcome.REFUSE and not self.reasons:
            raise ValueError("a refusal must say why")
        if (self.outcome == Outcome.SCHEDULE) != (self.earliest_allowed_at is not None):
            raise ValueError("a scheduled decision, and only one, carries the earliest allowed time")
        if (self.outcome == Outcome.REROUTE_TO_GUARDIANS) != bool(self.routes):
            raise ValueError("a re-routed decision, and only one, names the guardians it goes to")

    @property
    def allowed(self) -> bool:
        return self.outcome == Outcome.ALLOW

    @property
    def clauses(self) -> tuple[Clause, ...]:
        """The clauses behind the reasons, each once, in order."""
        return tuple(dict.fromkeys(reason.clause for reason in self.reasons))

    def to_dict(self) -> dict[str, Any]:
        return {
            "outcome": str(self.outcome),
            "reasons": [reason.to_dict() for reason in self.reasons],
            "policy_version": self.policy_version,
            "routes": [route.to_dict() for route in self.routes],
            "earliest_allowed_at": self.earliest_allowed_at.isoformat() if self.earliest_allowed_at else None,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Decision:
        earliest = data.get("earliest_allowed_at")
        return cls(
            outcome=Outcome(data["outcome"]),
            reasons=tuple(Reason.from_dict(reason) for reason in data["reasons"]),
            policy_version=data["policy_version"],
            routes=tuple(
                GuardianRoute(route["guardian_id"], route["name"], Decision.from_dict(route["decision"]))
                for route in data.get("routes", ())
            ),
            earliest_allowed_at=datetime.fromisoformat(earliest) if earliest else None,
        )
