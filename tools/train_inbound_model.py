#!/usr/bin/env python3
"""Train the inbound word models (safeguarding, inappropriate) and write carecomms/screening/inbound_weights.py.

usage: .venv/bin/python tools/train_inbound_model.py [--check] [--leave-out SET ...] [--sweep]

Trains on our labelled inbound sets (tests/screening/data/inbound_*.jsonl, INBOUND_SETS) plus the ordinary
messages of eleven outbound sets (those labelled allow) as extra negatives. The shared development set
(../shared/eval), inbound_unseen6, inbound_unseen8, inbound_unseen10, inbound_unseen12, inbound_unseen14,
inbound_unseen16, inbound_unseen18 and inbound_unseen20 are never trained on, so they stay independent checks.
Deterministic: the same data gives the same file. --check exits 1 if the file on disk is not what the data gives
(a test runs this). --leave-out trains without the named sets and prints how rules + models do on them (the
honest figure). --sweep prints leave-one-set-out recall and precision of each model alone at several thresholds.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from carecomms.screening.model import FUNCTION_WORDS, STOP_WORDS, addresses_someone, features  # noqa: E402

DATA = ROOT / "tests" / "screening" / "data"
OUT = ROOT / "carecomms" / "screening" / "inbound_weights.py"
# Pinned, so that adding a set elsewhere does not silently change the models (retrain after editing these).
INBOUND_SETS = (
    "inbound_dev", "inbound_heldout", "inbound_fresh", "inbound_unseen", "inbound_unseen2", "inbound_unseen3",
    "inbound_unseen4", "inbound_unseen5", "inbound_unseen7", "inbound_unseen9", "inbound_unseen11", "inbound_unseen13",
    "inbound_unseen15", "inbound_unseen17", "inbound_unseen19",
)  # inbound_unseen6, inbound_unseen8, inbound_unseen10, inbound_unseen12 and inbound_unseen14 are never trained on:
# they are the honest estimates (docs/safeguarding.md); so are inbound_unseen16, inbound_unseen18 and inbound_unseen20
# (rounds 9, 10 and 11's blind sets); inbound_unseen21 and inbound_unseen22 (first blind, then rounds 12 and 13's
# development sets, whose rounds did not retrain) are not in this list either; nor are inbound_unseen23 and
# inbound_unseen25 (round 14's development sets). Round 14 measured retraining with unseen21 and unseen22: on left-out
# unseen23 / unseen25 (rules of the round's start) SG 0.938 / 0.938 and 0.825 / 0.887 (one message of recall lost), IN
# recall 0.930 / 0.848 (from 0.907 / 0.804); after the round's rules, on unseen6/8/10/12/14/16/18 it lowered SG
# precision on unseen6 (0.977 -> 0.956) and unseen14 (0.950 -> 0.927) for no recall, and adding unseen23 and unseen25 as
# well flagged six ordinary practitioner messages. No clear gain on left-out data, so not retrained. Round 22: both
# safeguarding backstops learn from the same, far larger pool: every development set since round 12 (unseen21-30 and
# ordinary1, which only the classifier learnt from; unseen32-43, which neither did), the eight sets written to be
# trained on (inbound_train1-8: 4,000 messages by eight independent writers, one region and caseload each, a third of
# them disclosures and the ordinary ones chosen to share risk's words) and round 21's eight sets at a real caseload's
# mix (unseen45-52, until now floors). The blind sets above stay out, and so do round 22's (unseen53-56). How the two
# models' readings are now weighed together, and what that was measured to do, is in inbound.py (_backstop_reading). The
# inappropriate models do not learn from these sets: the writers' briefs gave two examples of abuse of the worker ("i
# know where u park", "what perfume do u wear") that many of them echoed, and trained on them the models flagged
# everyday messages with those words ("can you park on elm road on tuesday"). They taught safeguarding only. Round 23:
# they teach both flags, but a message labelled inappropriate that echoes those two examples (_ECHOES_THE_BRIEF: 31 of
# 1,080) teaches safeguarding only; and inbound_everyday1, 300 everyday messages to the worker written to share threats'
# and advances' words, teaches both (its twin, inbound_everyday2, stays out as the check).
ROUND_22_SETS = (
    "inbound_unseen21", "inbound_unseen22", "inbound_unseen23", "inbound_unseen25", "inbound_unseen28",
    "inbound_unseen30", "inbound_ordinary1", "inbound_unseen32", "inbound_unseen35", "inbound_unseen36",
    "inbound_unseen38", "inbound_unseen39", "inbound_unseen41", "inbound_unseen42", "inbound_unseen43",
    *(f"inbound_train{n}" for n in range(1, 9)),
    *(f"inbound_unseen{n}" for n in range(45, 53)),
)
ROUND_23_SETS = ("inbound_everyday1",)
LATER_SETS = tuple(name for name in ROUND_22_SETS + ROUND_23_SETS if name not in INBOUND_SETS)
_ECHOES_THE_BRIEF = re.compile(r"\bpark|perfume", re.IGNORECASE)
# outbound_probe4, outbound_probe5, outbound_probe7, outbound_probe9, outbound_probe11, outbound_probe15 (the outbound
# blind sets) and the shared sets are left out, so "no ordinary message is flagged" is also checked on text the models
# never saw (tests/screening/test_screening_datasets.py); so are the outbound sets added after round 10
# (outbound_probe15 to outbound_probe23), which another round of work owns.
ORDINARY_SETS = (
    "outbound_dev", "outbound_heldout", "outbound_fresh", "outbound_unseen", "outbound_probe", "outbound_probe2",
    "outbound_probe3", "outbound_probe6", "outbound_probe6b", "outbound_probe8", "outbound_probe10", "outbound_probe12",
    "outbound_probe13", "outbound_probe14",
)
# Per flag: stop words, and the threshold in log-odds, chosen on leave-one-set-out runs of the model alone over the
# inbound sets (--sweep). Safeguarding was 3.5 (recall 0.68 at precision 0.955; 3.0: 0.71 / 0.935, too many ordinary
# messages flagged). With inbound_unseen9 in training the sweep gives 3.5: 0.756 / 0.940, 4.0: 0.731 / 0.946, so 4.0
# keeps the model near the precision it was chosen for (round 6: at 3.5 it also broke the untouched unseen8's
# precision floor by one message, which is why this was looked at — docs/safeguarding.md says so).
# Round 7 (inbound_unseen11, outbound_probe8 and probe10 in training): the sweep gives safeguarding 3.0: 0.798 / 0.912,
# 3.5: 0.770 / 0.941, 4.0: 0.749 / 0.946, so 3.5 buys recall for almost no precision; on the earlier blind sets
# (unseen6, unseen8, unseen10 pooled, rules + models) 4.0: recall 0.867 at precision 0.924, 3.5: 0.898 / 0.917,
# 3.0: 0.908 / 0.908, 2.5: 0.939 / 0.893 — but below 3.5 ordinary practitioner messages start to be flagged ("I'm just
# outside, the door buzzer isn't working"), so 3.5. Inappropriate stays 5.0: at 4.0 (sweep 0.552 / 0.859) the blind
# sets gained a little recall but the word model flagged swearing about others ("the dwp are a fucking joke", "that
# jobcentre woman was a right bitch") in the development sets, the very class the issue says not to flag.
# Said plainly: unseen6/8/10 were looked at to choose these, so only inbound_unseen12 is still blind.
# Round 9: the inappropriate model is only asked about a message in the second person (model.addresses_someone).
# With that gate, rules + models on unseen6/8/10/12 pooled (never trained on): inappropriate 5.0: recall 0.731 at
# precision 0.926, 4.0: 0.765 / 0.929, 3.5: 0.790 / 0.931, 3.0: 0.807 / 0.906, 2.5: 0.824 / 0.907; leave-one-set-out
# over the training sets 3.5: precision 0.974 (0.956 without the gate). At 3.0 ordinary practitioner messages start to
# be flagged ("I'll come to you at 10 as usual"), at 3.5 none is: so 3.5. The model alone, leave one set out (--sweep,
# gated): 5.0: 0.544 / 0.966, 4.0: 0.595 / 0.954, 3.5: 0.631 / 0.949, 3.0: 0.652 / 0.938.
# Round 10 (inbound_unseen17 in training): the Scots, northern and learner-English wording moved the safeguarding model
# nearer the line on calm messages ("i've bought you a ring, you cant keep saying no forever"). On unseen6/8/10/12/14/16
# pooled (never trained on, rules + models) safeguarding 3.5: recall 0.948 precision 0.917, 4.0: 0.943 / 0.930, 4.5:
# 0.933 / 0.933; inappropriate 3.5: 0.825 / 0.951, 4.0: 0.820 / 0.951; no ordinary practitioner message flagged at any
# of them. So safeguarding 4.0 (one message of recall for 1.3 points of precision), inappropriate stays 3.5.
# Said plainly: those pooled sets were looked at to choose this, so only inbound_unseen18 is blind.
# Rounds 22 and 23: neither threshold is used any more; the screener weighs each model's log-odds with the classifier's
# (inbound._backstop_reading, inbound._abuse_reading), so the models are written without one.
MODELS = {"safeguarding": STOP_WORDS, "inappropriate": FUNCTION_WORDS}
SMOOTHING = 1.0
MIN_COUNT = 2  # a feature counts if it appears in at least two messages of the flag ...
MIN_TOTAL = 3  # ... or in at least three messages of either kind, so ordinary words ("this morning") weigh against


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# A training row: the text, its flags, and the flags whose models learn from it (see taught_flags).
Row = tuple[str, frozenset[str], frozenset[str]]
ALL_FLAGS = frozenset(MODELS)
SAFEGUARDING_ONLY = frozenset({"safeguarding"})


def taught_flags(name: str, row: dict) -> frozenset[str]:
    """The flags a labelled row teaches: all, except a later set's message of abuse that echoes the writers' brief."""
    if name in LATER_SETS and "inappropriate" in row["flags"] and _ECHOES_THE_BRIEF.search(row["text"]):
        return SAFEGUARDING_ONLY
    return ALL_FLAGS


def training_rows(leave_out: set[str] = frozenset()) -> list[Row]:
    rows = []
    for name in INBOUND_SETS + LATER_SETS:
        if name not in leave_out:
            rows += [(r["text"], frozenset(r["flags"]), taught_flags(name, r)) for r in load(DATA / f"{name}.jsonl")]
    for name in ORDINARY_SETS:
        rows += [(r["text"], frozenset(), ALL_FLAGS) for r in load(DATA / f"{name}.jsonl") if r["expect"] == "allow"]
    return rows


def train(rows: list[Row], flag: str) -> tuple[float, dict[str, float]]:
    stop_words = MODELS[flag]
    positive, negative = Counter(), Counter()
    n_pos = n_neg = 0
    for text, flags, taught in rows:
        if flag not in taught:
            continue
        found = features(text, stop_words)
        if flag in flags:
            positive.update(found)
            n_pos += 1
        else:
            negative.update(found)
            n_neg += 1
    weights = {
        feature: round(
            math.log((positive[feature] + SMOOTHING) / (n_pos + 2 * SMOOTHING))
            - math.log((negative[feature] + SMOOTHING) / (n_neg + 2 * SMOOTHING)),
            3,
        )
        for feature in positive | negative
        if positive[feature] >= MIN_COUNT or positive[feature] + negative[feature] >= MIN_TOTAL
    }
    return round(math.log(n_pos / n_neg), 3), dict(sorted(weights.items()))


def render(rows: list[Row]) -> str:
    lines = ['"""Generated by tools/train_inbound_model.py from our labelled inbound sets; do not edit by hand."""', ""]
    for flag in MODELS:
        prior, weights = train(rows, flag)
        name = flag.upper()
        lines += [f"{name}_PRIOR = {prior!r}", f"{name}: dict[str, float] = {{"]
        lines += [f"    {feature!r}: {weight!r}," for feature, weight in weights.items()]
        lines += ["}", ""]
    return "\n".join(lines)


def recall_and_precision(flag: str, results: list[tuple[str, ...]], rows: list[dict]) -> tuple[float, float]:
    """One flag's recall and precision over labelled rows, given the flags the screener gave each."""
    got = [(flag in flags, flag in row["flags"]) for flags, row in zip(results, rows, strict=True)]
    hits = sum(g and e for g, e in got)
    return hits / max(1, sum(e for _, e in got)), hits / max(1, sum(g for g, _ in got))


def _install(rows: list[Row]) -> None:
    """Swap freshly trained weights into the running screener (for --leave-out)."""
    from carecomms.screening import model

    for flag, stop_words in MODELS.items():
        prior, weights = train(rows, flag)
        setattr(model, f"{flag.upper()}_MODEL", model.WordModel(weights, prior, stop_words,
                                                                 explain_pairs=flag == "inappropriate"))


def sweep() -> None:
    """Each model alone, each inbound set scored by a model trained without it."""
    from carecomms.screening import model

    thresholds = (1.0, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0)
    for flag, stop_words in MODELS.items():
        tally = {t: [0, 0, 0] for t in thresholds}  # true positives, flagged, expected
        for name in INBOUND_SETS:
            prior, weights = train(training_rows({name}), flag)
            word_model = model.WordModel(weights, prior, stop_words, explain_pairs=True)
            for row in load(DATA / f"{name}.jsonl"):
                score, strongest = word_model.score(row["text"])
                for t in thresholds:
                    asked = flag != "inappropriate" or addresses_someone(row["text"])
                    got, expected = score > t and bool(strongest) and asked, flag in row["flags"]
                    tally[t][0] += got and expected
                    tally[t][1] += got
                    tally[t][2] += expected
        for t, (tp, flagged, expected) in tally.items():
            print(f"{flag} threshold {t}: recall {tp / expected:.3f} precision {tp / max(1, flagged):.3f}")


def main(argv: list[str]) -> int:
    if "--sweep" in argv:
        sweep()
        return 0
    if "--leave-out" in argv:
        left = set(argv[argv.index("--leave-out") + 1 :])
        _install(training_rows(left))
        from carecomms.screening import screen_inbound

        for name in sorted(left):
            rows = load(DATA / f"{name}.jsonl")
            results = [screen_inbound(r["text"]).flags for r in rows]
            for flag in MODELS:
                recall, precision = recall_and_precision(flag, results, rows)
                print(f"{name}: rules + models (trained without) {flag} recall {recall:.3f} precision {precision:.3f}")
        return 0
    text = render(training_rows())
    if "--check" in argv:
        return 0 if OUT.read_text(encoding="utf-8") == text else 1
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
