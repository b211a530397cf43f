"""`make bench`: run every benchmark in turn and print their figures. Tests never check timings."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--screening-python",
        help="interpreter for bench_screening.py: one with the `bench` extra (Presidio), so both screeners "
        "are measured side by side in the same run (`make bench` passes .venv-bench's)",
    )
    args = parser.parse_args(argv)
    failures = 0
    for script in sorted(HERE.glob("bench_*.py")):
        python = sys.executable
        if script.stem == "bench_screening" and args.screening_python:
            python = args.screening_python
        print(f"\n=== {script.stem} ===", flush=True)
        result = subprocess.run([python, str(script)], cwd=HERE.parent)
        failures += result.returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
