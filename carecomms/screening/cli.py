"""`screen outbound|inbound|consent`: JSON Lines in, one JSON line out per line in, same order.

The whole input is read and checked before anything is written, so a bad line produces an error and no
partial output that a caller might mistake for a complete run.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TextIO

from .consent import read_consent
from .inbound import screen_inbound
from .outbound import screen_outbound
from .types import OutboundContext

# The council's own details from its policy document: its e-mail domain and the public buildings staff
# meet people in. Phone numbers are judged by who the words around them say owns the number.
COUNCIL_CONTEXT = OutboundContext(
    organisation_email_domains=("walthamforest.gov.uk",),
    organisation_places=(
        "Waltham Forest Town Hall",
        "Town Hall",
        "Forest Road",
        "Civic Centre",
        "Family Hub",
    ),
)

USAGE = "usage: screen outbound|inbound|consent  (JSON Lines on standard input)"


class InputError(ValueError):
    pass


def _outbound(record: dict[str, Any]) -> dict[str, Any]:
    name = record.get("recipient_first_name")
    if name is not None and not isinstance(name, str):
        raise InputError("'recipient_first_name' must be a string")
    result = screen_outbound(record["text"], recipient_first_name=name, context=COUNCIL_CONTEXT)
    return {
        "id": record["id"],
        "verdict": "block" if result.blocked else "allow",
        "categories": list(result.categories),
    }


def _inbound(record: dict[str, Any]) -> dict[str, Any]:
    return {"id": record["id"], "flags": list(screen_inbound(record["text"]).flags)}


def _consent(record: dict[str, Any]) -> dict[str, Any]:
    return {"id": record["id"], "reading": read_consent(record["text"]).value}


_COMMANDS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "outbound": _outbound,
    "inbound": _inbound,
    "consent": _consent,
}


def _parse(line_number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"line {line_number}: not valid JSON ({error.msg})") from error
    if not isinstance(record, dict):
        raise InputError(f"line {line_number}: expected a JSON object")
    if "id" not in record:
        raise InputError(f"line {line_number}: missing 'id'")
    if not isinstance(record.get("text"), str):
        raise InputError(f"line {line_number}: 'text' must be a string")
    return record


def main(argv: list[str], stdin: TextIO, stdout: TextIO, stderr: TextIO | None = None) -> int:
    import sys

    errors = stderr if stderr is not None else sys.stderr
    if len(argv) != 1 or argv[0] not in _COMMANDS:
        print(USAGE, file=errors)
        return 2
    command = _COMMANDS[argv[0]]
    outputs: list[str] = []
    for line_number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            record = _parse(line_number, line)
            outputs.append(json.dumps(command(record), ensure_ascii=False))
        except InputError as error:
            message = str(error) if str(error).startswith("line ") else f"line {line_number}: {error}"
            print(f"screen {argv[0]}: {message}", file=errors)
            return 1
    for output in outputs:
        stdout.write(output + "\n")
    return 0
