"""Train the draft checker's learned layer from the development set, and measure what it is worth
on wording it was not trained on.

    .venv/bin/python benchmarks/train_checker.py            # write ownup/.../learned_weights.json
    .venv/bin/python benchmarks/train_checker.py --cv       # leave-one-blind-round-out
    .venv/bin/python benchmarks/train_checker.py --history  # each round against the rules and
                                                            # the layer as they stood before it
    .venv/bin/python benchmarks/train_checker.py --exclude-splits blind32,blind33
                                        # the same without those rounds (a validation set)

One L2 logistic regression per language and span label over clauses (features in
``ownup/playbook/checker/learned.py``); a clause is positive for a label when an expected span of
that label overlaps it. Training is deterministic (sorted features, fixed full-batch steps), so
the shipped weights can be regenerated exactly from the devset.

``--cv``: for each blind round k, train on every other item of that language, score round k with
the current rules alone and with the rules plus that layer. The current rules were tuned on every
round, so this measures mainly what the layer costs in precision, not what it adds on new wording.

``--history`` is the honest one: for each blind round k ≥ 2, the rules as they were frozen before
round k was written (extracted from git into a temporary folder) are combined with a layer
trained only on the rounds written before k; round k is scored with both. It needs the git
history and takes a few minutes.
"""

from __future__ import annotations

import argparse
import copy
import functools
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_checker import BLIND_SPLITS, DEVSET, load, score  # noqa: E402

from ownup.playbook.checker import (  # noqa: E402
    MISSING_LABELS,
    SPAN_LABELS,
    CheckResult,
    english,
    finish,
    french,
    learned,
)
from ownup.playbook.checker.common import Analysis, RawFinding  # noqa: E402

#: One threshold for every label, and the L2 penalty: chosen by training on the devset plus one
#: bulk set of 240 paraphrase-heavy drafts and scoring the other (both written blind, the rules
#: never tuned on them): 0.35 with L2 3 gave fr 0.848 / en 0.840 macro-F1 and 7/160 good drafts
#: flagged, against 0.835 / 0.835 and 10/160 for 0.4 with L2 1; 0.3-0.5 and L2 0.3-10 all
#: scored within 0.03.
THRESHOLD = 0.35
#: Per-language exceptions to ``THRESHOLD``. English blame: fresh writers' blame is the weakest
#: label (recall about 0.4-0.5) while the layer's blame false alarms are rare; chosen by leaving
#: each of rounds 17-31 out, scored with the rules frozen before it (layer trained on every other
#: round): blame F1 0.672 / 0.683 / 0.692 / 0.692 / 0.671 at 0.35 / 0.3 / 0.25 / 0.2 / 0.15,
#: good drafts flagged 10/198 throughout. French evasion (session 7): with rounds 44-47 in the
#: training data the layer read « le carrousel est parti ce matin avec les slides » (no fault
#: told) as evasion at 0.39; at 0.4, leaving each of the eight writers of rounds 32-47 out, pooled
#: French macro-F1 stays 0.924 (evasion F1 0.86 -> 0.87, false alarms 16 -> 14). English
#: self-flagellation and excuse (session 10): fresh writers' good drafts were flagged more often
#: than the targets allow (7 %), so the layer is asked to be surer where that costs little; leaving
#: each of the thirty-four writers of rounds 32-99 out (`leave_writers_out.py --sweep`), good
#: drafts flagged 15/984 -> 13 (self-flagellation at 0.45) and 12 (excuse at 0.45), pooled
#: macro-F1 0.935 -> 0.935 and 0.934. French evasion again (session 10): trained with rounds
#: 100-131 the layer read « vos lunettes ont été livrées avec leur étui ce matin » (nothing wrong
#: told) at 0.46; at 0.5 the whole-devset fit changes on one item.
LANG_THRESHOLDS = {
    "en": {"blame_shifting": 0.25, "self_flagellation": 0.45, "excuse": 0.45},
    "fr": {"passive_voice_evasion": 0.5},
}
L2 = 3.0
#: The French span layer's L2 penalty. Leaving each writer of rounds 32-39 out in turn (layer
#: trained on everything else, rules as they stand): pooled macro-F1 0.869 at L2 3, 0.874 at 2,
#: 0.877 at 1, 0.864 at 10; on rounds 24-31 (four blocks, rules fit there) 0.971 at 3, 2 and
#: 1. At 1 the layer reads « les fleurs viennent de la fleuriste » as blame (a near miss).
FRENCH_L2 = 2.0
#: The remedy model (English): a draft the rules find no remedy in gets one when a sentence
#: scores at least this. Chosen by leaving each of rounds 17-31 out in turn, scored with the
#: rules frozen before that round (realistic misses): missing_solution F1 0.811 -> 0.930 at
#: 0.5 (0.921-0.928 from 0.4 to 0.7). Chosen again the same way in session 6, with the rules
#: and the remedy gates of then, over 0.3-0.6 (and NO_CUE_THRESHOLD 0.7-0.9, flat there): F1
#: 0.930 / 0.924 / 0.925 / 0.921 at 0.3 / 0.4 / 0.5 / 0.6. French (session 6): leaving each
#: writer of rounds 32-39 out in turn, missing_solution F1 0.87 -> 0.91 (false alarms 19 -> 11,
#: misses 5 -> 5) at 0.5; 0.35-0.65 scored the same. French 0.6 since session 8: over thirteen
#: writers (rounds 32-53, 58-61) pooled macro-F1 0.933 at 0.5 and at 0.55 (missing_solution
#: misses 18 -> 17), and « Je reviens mardi pour finir les massifs » (0.54-0.56 from one
#: retraining to the next) is no longer a remedy; the final leave-writers-out run is at 0.6.
REMEDY_THRESHOLDS = {"en": 0.3, "fr": 0.6}
#: Languages with a remedy model (its labels come from each language's rules' remedy test).
REMEDY_LANGS = ("en", "fr")
#: The ownership model (English): a draft with no blame, evasion or conditional apology that the
#: rules find no ownership in is owned when a sentence scores at least this. Chosen by leaving
#: each of rounds 17-31 out, scored with the rules frozen before it: macro-F1 0.8900 without it,
#: 0.8917 / 0.8922 / 0.8917 / 0.8907 at 0.5 / 0.7 / 0.8 / 0.9 (missing_responsibility F1 0.931
#: -> 0.951 at 0.7), good drafts flagged 10/198 throughout. 0.75 since session 8: the same
#: leave-writers-out figure over thirteen writers (0.915 at 0.7 and at 0.75, every label equal),
#: and "Sorry, I went to the shop." (0.716) is no longer read as owning an error.
OWNERSHIP_THRESHOLD = 0.75
OWNERSHIP_LANGS = ("en",)
STEPS = 300
LEARNING_RATE = 0.1


def clause_data(items: list[dict]) -> tuple[list[list[str]], np.ndarray]:
    """Features of every clause of ``items`` and a 0/1 matrix clause × span label."""
    rows: list[list[str]] = []
    labels: list[list[int]] = []
    for item in items:
        text = item["text"]
        expected = []
        for exp in item["expected"]:
            start = text.index(exp["span"])
            expected.append((exp["label"], start, start + len(exp["span"])))
        for sentence, clause, first in learned.units(text):
            rows.append(learned.features(clause.text, sentence.text, first, item["lang"]))
            labels.append(
                [
                    int(
                        any(
                            lab == label and s < clause.end and clause.start < e
                            for lab, s, e in expected
                        )
                    )
                    for label in SPAN_LABELS
                ]
            )
    return rows, np.array(labels, dtype=float).reshape(-1, len(SPAN_LABELS))


def train(items: list[dict]) -> dict[str, list[float]]:
    """feature -> one weight per span label."""
    french_only = bool(items) and all(item["lang"] == "fr" for item in items)
    return _fit(*clause_data(items), l2=FRENCH_L2 if french_only else L2)


def _fit(rows: list[list[str]], y: np.ndarray, l2: float = L2) -> dict[str, list[float]]:
    """feature -> one weight per column of ``y``. Full-batch Adam on the mean log-loss plus an
    L2 penalty; a fixed number of steps from zero, so the same data gives the same weights."""
    columns = y.shape[1]
    vocab: dict[str, int] = {}
    for feats in rows:
        for feat in feats:
            vocab.setdefault(feat, len(vocab))
    n, d = len(rows), len(vocab)
    row_index = np.repeat(np.arange(n), [len(f) for f in rows])
    col_index = np.array([vocab[f] for feats in rows for f in feats], dtype=np.int64)
    weights = np.zeros((d, columns))
    first_moment = np.zeros_like(weights)
    second_moment = np.zeros_like(weights)
    for step in range(1, STEPS + 1):
        grad = np.empty_like(weights)
        for j in range(columns):
            z = np.bincount(row_index, weights=weights[col_index, j], minlength=n)
            p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
            residual = p - y[:, j]
            grad[:, j] = np.bincount(col_index, weights=residual[row_index], minlength=d) / n
        grad += l2 * weights / n
        first_moment = 0.9 * first_moment + 0.1 * grad
        second_moment = 0.999 * second_moment + 0.001 * grad * grad
        corrected_first = first_moment / (1 - 0.9**step)
        corrected_second = second_moment / (1 - 0.999**step)
        weights -= LEARNING_RATE * corrected_first / (np.sqrt(corrected_second) + 1e-8)
    out = {}
    for feat, index in vocab.items():
        row = [round(float(v), 4) for v in weights[index]]
        if any(abs(v) >= 0.0005 for v in row):  # near-zero rows change no decision
            out[feat] = row
    return dict(sorted(out.items()))


def sentence_data(items: list[dict], missing: str, rule: str) -> tuple[list[list[str]], np.ndarray]:
    """Sentences of ``items`` and whether each does what ``rule`` (the checkers' ``_solution``
    or ``_owns``) tests: every sentence of a draft labelled ``missing`` is negative; in the other
    drafts, the sentences the rules accept are positive and the rest negative (a draft in which
    the rules accept none is left out, its telling sentence being unknown)."""
    rows: list[list[str]] = []
    labels: list[int] = []
    for item in items:
        told = _rules_read(item["text"], item["lang"], rule)
        if missing in item["missing"]:
            told = tuple((text, False) for text, _accepted in told)
        elif not any(accepted for _text, accepted in told):
            continue
        for text, accepted in told:
            rows.append(learned.sentence_features(text, item["lang"]))
            labels.append(int(accepted))
    return rows, np.array(labels, dtype=float).reshape(-1, 1)


@functools.cache
def _rules_read(draft: str, lang: str, rule: str) -> tuple[tuple[str, bool], ...]:
    """Each sentence of ``draft`` and whether the rules' ``rule`` accepts it (kept: the French
    parse is the slow part of training, and cross-validation asks again for the same drafts)."""
    checker = (french.FrenchChecker if lang == "fr" else english.EnglishChecker)(draft)
    test = getattr(checker, rule)
    return tuple((sentence.text, test(sentence)) for sentence in checker.sentences)


def train_remedy(items: list[dict]) -> dict[str, float]:
    """feature -> weight of the remedy model."""
    return _fit_sentences(sentence_data(items, "missing_solution", "_solution"))


def train_ownership(items: list[dict]) -> dict[str, float]:
    """feature -> weight of the ownership model."""
    return _fit_sentences(sentence_data(items, "missing_responsibility", "_owns"))


def _fit_sentences(data: tuple[list[list[str]], np.ndarray]) -> dict[str, float]:
    return {feat: row[0] for feat, row in _fit(*data).items()}


def thresholds(lang: str) -> dict[str, float]:
    """Span label -> threshold of the layer for ``lang``."""
    return {label: LANG_THRESHOLDS.get(lang, {}).get(label, THRESHOLD) for label in SPAN_LABELS}


def train_model(items: list[dict]) -> learned.Model:
    """The layer for one language, trained on ``items``."""
    lang = items[0]["lang"] if items else ""
    return learned.Model(
        spans=train(items),
        thresholds=list(thresholds(lang).values()),
        remedy=train_remedy(items) if lang in REMEDY_LANGS else {},
        remedy_threshold=REMEDY_THRESHOLDS.get(lang, 2.0),
        ownership=train_ownership(items) if lang in OWNERSHIP_LANGS else {},
        ownership_threshold=OWNERSHIP_THRESHOLD,
    )


def write_weights(items: list[dict]) -> None:
    data = {
        "about": "Written by benchmarks/train_checker.py from the checker devset; do not edit.",
        "labels": list(SPAN_LABELS),
        "thresholds": {label: THRESHOLD for label in SPAN_LABELS},
        "lang_thresholds": {lang: thresholds(lang) for lang in LANG_THRESHOLDS},
        "trained_on": {lang: sum(i["lang"] == lang for i in items) for lang in ("fr", "en")},
        "weights": {lang: train([i for i in items if i["lang"] == lang]) for lang in ("fr", "en")},
        "remedy_thresholds": REMEDY_THRESHOLDS,
        "remedy": {
            lang: train_remedy([i for i in items if i["lang"] == lang]) for lang in REMEDY_LANGS
        },
        "ownership_threshold": OWNERSHIP_THRESHOLD,
        "ownership": {
            lang: train_ownership([i for i in items if i["lang"] == lang])
            for lang in OWNERSHIP_LANGS
        },
    }
    learned.WEIGHTS.write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n",
        encoding="utf-8",
    )
    sizes = {lang: len(data["weights"][lang]) for lang in ("fr", "en")}
    print(f"wrote {learned.WEIGHTS.relative_to(ROOT)}: {sizes} features")


def _analysis(item: dict) -> Analysis:
    return (french.analyse if item["lang"] == "fr" else english.analyse)(item["text"])


def _report(title: str, rows: list[tuple[str, int, dict, dict]]) -> None:
    print(f"### {title}\n")
    print("| round | items | rules F1 | + layer F1 | rules good flagged | + layer good flagged |")
    print("|---|---|---|---|---|---|")
    for split, size, alone, both in rows:
        print(
            f"| {split} | {size} | {alone['macro_f1']:.3f} | {both['macro_f1']:.3f} | "
            f"{alone['good_flagged']}/{alone['good']} | {both['good_flagged']}/{both['good']} |"
        )
    total = sum(r[1] for r in rows)
    mean_alone = sum(r[1] * r[2]["macro_f1"] for r in rows) / total
    mean_both = sum(r[1] * r[3]["macro_f1"] for r in rows) / total
    good = sum(r[2]["good"] for r in rows)
    flagged_alone = sum(r[2]["good_flagged"] for r in rows)
    flagged_both = sum(r[3]["good_flagged"] for r in rows)
    print(
        f"| **item-weighted** | {total} | **{mean_alone:.3f}** | **{mean_both:.3f}** | "
        f"{flagged_alone}/{good} ({flagged_alone / good:.1%}) | "
        f"{flagged_both}/{good} ({flagged_both / good:.1%}) |\n"
    )
    for label in (*SPAN_LABELS, *MISSING_LABELS):
        before, after = (_pooled(rows, k, label) for k in (2, 3))
        print(
            f"- {label}: F1 {before[0]:.2f} -> {after[0]:.2f} (tp/fp/fn {before[1]} -> {after[1]})"
        )
    print()


def _pooled(rows: list[tuple[str, int, dict, dict]], k: int, label: str) -> tuple[float, str]:
    """F1 of ``label`` over all rounds pooled, and its tp/fp/fn, for column ``k`` of ``rows``."""
    tp = fn = fp = 0
    for row in rows:
        cell = row[k]["table"][label]
        found = round(cell["recall"] * cell["support"])
        tp, fn, fp = tp + found, fn + cell["support"] - found, fp + cell["fp"]
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return f1, f"{tp}/{fp}/{fn}"


def cross_validate(items: list[dict]) -> None:
    analyses = {item["id"]: _analysis(item) for item in items if item["split"] in BLIND_SPLITS}
    for lang in ("fr", "en"):
        rows = []
        for split in BLIND_SPLITS:
            test = [i for i in items if i["lang"] == lang and i["split"] == split]
            if not test:
                continue
            train_items = [i for i in items if i["lang"] == lang and i["split"] != split]
            model = train_model(train_items)

            def alone(item: dict) -> CheckResult:
                analysis = copy.deepcopy(analyses[item["id"]])
                return finish(analysis, item["text"], item["lang"], with_layer=False)

            def both(item: dict, model: learned.Model = model) -> CheckResult:
                analysis = copy.deepcopy(analyses[item["id"]])
                return finish(analysis, item["text"], item["lang"], model)

            rows.append((split, len(test), score(test, False, alone), score(test, False, both)))
        _report(f"{lang}: leave one blind round out (current rules)", rows)


# Run in a subprocess with an old checker first on the path: its findings and missing labels.
_DUMP = """
import json, sys
sys.path.insert(0, sys.argv[1])
from ownup.playbook.checker import check
items = json.loads(sys.stdin.read())
out = {}
for item in items:
    r = check(item["text"], item["lang"])
    out[item["id"]] = {"findings": [[f.label, f.start, f.end] for f in r.findings],
                       "missing": r.missing}
print(json.dumps(out))
"""


def _frozen_rules(split: str) -> str:
    """The commit whose rules were frozen when ``split`` was written: the parent of the commit
    that added the round's files."""
    path = DEVSET / f"{split}_fr.jsonl"
    added = subprocess.run(
        ["git", "log", "--diff-filter=A", "--format=%H", "--", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()[-1]
    return added + "^"


def _old_results(commit: str, test: list[dict]) -> dict[str, dict]:
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(
            ["git", "archive", commit, "ownup/playbook/checker", "ownup/playbook/__init__.py"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
        (Path(folder) / "ownup" / "__init__.py").write_text("")
        out = subprocess.run(
            [sys.executable, "-c", _DUMP, folder],
            input=json.dumps(test),
            capture_output=True,
            text=True,
            check=True,
            cwd=folder,
        ).stdout
    return json.loads(out)


def _as_result(item: dict, old: dict, model: learned.Model | None) -> CheckResult:
    """An old checker's result, with the layer added. The old run gives no apology spans: the
    current apology pattern stands in for them, so that a learned conditional apology can
    discount one as the checker would."""
    text, lang = item["text"], item["lang"]
    analysis = Analysis(
        findings=[RawFinding(label, start, end) for label, start, end in old["findings"]],
        has_responsibility="missing_responsibility" not in old["missing"],
        has_solution="missing_solution" not in old["missing"],
    )
    if "missing_apology" not in old["missing"]:
        pattern = (french if lang == "fr" else english).APOLOGY
        analysis.apologies = [m.span() for m in pattern.finditer(text)] or [(0, 0)]
    return finish(analysis, text, lang, model, with_layer=model is not None)


def history(items: list[dict]) -> None:
    rounds = [s for s in BLIND_SPLITS if any(i["split"] == s for i in items)]
    old = {}
    for split in rounds[1:]:
        test = [i for i in items if i["split"] == split]
        commit = _frozen_rules(split)
        old.update(_old_results(commit, test))
        print(f"{split}: scored with the rules of {commit}", file=sys.stderr)
    for lang in ("fr", "en"):
        rows = []
        for k, split in enumerate(rounds[1:], start=1):
            before = set(rounds[:k])
            train_items = [
                i
                for i in items
                if i["lang"] == lang and (i["split"] not in BLIND_SPLITS or i["split"] in before)
            ]
            model = train_model(train_items)
            test = [i for i in items if i["lang"] == lang and i["split"] == split]
            alone = score(test, False, lambda item: _as_result(item, old[item["id"]], None))
            both = score(
                test,
                False,
                lambda item, model=model: _as_result(item, old[item["id"]], model),
            )
            rows.append((split, len(test), alone, both))
        _report(f"{lang}: each round against the rules and layer from before it", rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv", action="store_true", help="leave one blind round out")
    parser.add_argument("--history", action="store_true", help="rounds against earlier rules")
    parser.add_argument(
        "--exclude-splits",
        default="",
        metavar="SPLITS",
        help="comma-separated splits (e.g. blind32,blind33) left out of everything: the layer "
        "is trained (and --cv run) without them, so that they stay a validation set",
    )
    args = parser.parse_args()
    excluded = {s.strip() for s in args.exclude_splits.split(",") if s.strip()}
    items = [i for i in load() if i["split"] not in excluded]
    if args.cv:
        cross_validate(items)
    if args.history:
        history(items)
    if not (args.cv or args.history):
        write_weights(items)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
