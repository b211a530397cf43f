import io
import json
import subprocess
import sys
from pathlib import Path

from carecomms.screening.cli import main

REPO = Path(__file__).resolve().parents[2]


def run(argv: list[str], lines: list[str]) -> tuple[int, list[dict], str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = main(argv, io.StringIO("".join(line + "\n" for line in lines)), stdout, stderr)
    return code, [json.loads(line) for line in stdout.getvalue().splitlines()], stderr.getvalue()


def test_outbound_round_trip_keeps_order() -> None:
    code, out, _ = run(
        ["outbound"],
        [
            json.dumps(
                {"id": "b", "text": "Kelly ur NHS number is 401 023 2137", "recipient_first_name": "Kelly"}
            ),
            "",
            json.dumps(
                {"id": "a", "text": "Hi Jess, can we push Friday to 10.30?", "recipient_first_name": "Jess"}
            ),
            json.dumps({"id": 3, "text": "how's the depression?"}),
        ],
    )
    assert code == 0
    assert out == [
        {"id": "b", "verdict": "block", "categories": ["personal_data"]},
        {"id": "a", "verdict": "allow", "categories": []},
        {"id": 3, "verdict": "block", "categories": ["assessment", "special_category"]},
    ]


def test_inbound_and_consent() -> None:
    assert run(["inbound"], [json.dumps({"id": "1", "text": "i dont want to be here anymore"})])[1] == [
        {"id": "1", "flags": ["safeguarding"]}
    ]
    assert run(
        ["consent"], [json.dumps({"id": "1", "text": "STOP"}), json.dumps({"id": "2", "text": "YES"})]
    )[1] == [{"id": "1", "reading": "consent_withdraw"}, {"id": "2", "reading": "consent_yes"}]


def test_bad_line_fails_without_partial_output() -> None:
    code, out, err = run(["inbound"], [json.dumps({"id": "1", "text": "hi"}), "{not json"])
    assert code == 1 and out == []
    assert "line 2" in err
    code, out, err = run(["outbound"], [json.dumps({"text": "hi"})])
    assert code == 1 and out == [] and "missing 'id'" in err
    code, out, err = run(["consent"], [json.dumps({"id": "x", "text": 5})])
    assert code == 1 and "'text' must be a string" in err


def test_unknown_command_is_a_usage_error() -> None:
    code, out, err = run(["sideways"], [])
    assert code == 2 and "usage" in err


def test_python_dash_m_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "carecomms.screening", "consent"],
        input='{"id":"1","text":"no"}\n',
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == {"id": "1", "reading": "consent_withdraw"}
