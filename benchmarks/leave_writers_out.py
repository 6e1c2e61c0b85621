"""Leave-writers-out evaluation of one language's checker: for each held-out block of rounds
(by default the fifty fresh writers of rounds 32-131, one block each), the learned
layer is trained on every other item of the language, and the block is scored with the current
rules plus that layer. Figures per block, pooled over blocks, and the fit on the whole
devset (layer trained on everything). No item's text is printed unless ``--errors`` names a
block (which then stops being held out).

    .venv/bin/python benchmarks/leave_writers_out.py --lang fr
    .venv/bin/python benchmarks/leave_writers_out.py --blocks blind28+blind29,blind30+blind31
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_checker
from bench_checker import SHOWN_SPLITS, load, score
from train_checker import _analysis, train_model

from ownup.playbook.checker import finish
from ownup.playbook.checker.model import SPAN_LABELS

WRITERS = (
    "blind32+blind33,blind34+blind35,blind36+blind37,blind38+blind39,blind40+blind41,"
    "blind42+blind43,blind44+blind45,blind46+blind47,blind48+blind49,"
    "blind50+blind51,blind52+blind53,blind54+blind55,blind56+blind57,blind58+blind59,"
    "blind60+blind61,blind62+blind63,blind64+blind65,blind66+blind67,blind68+blind69,"
    "blind70+blind71,blind72+blind73,blind82+blind83,blind84+blind85,blind86+blind87,"
    "blind88+blind89,blind90+blind91,blind92+blind93,blind94+blind95,blind74+blind75,"
    "blind76+blind77,blind78+blind79,blind80+blind81,blind96+blind97,blind98+blind99,"
    "blind116+blind117,blind118+blind119,blind120+blind121,blind122+blind123,blind124+blind125,"
    "blind126+blind127,blind128+blind129,blind130+blind131,blind100+blind101,blind102+blind103,"
    "blind104+blind105,blind106+blind107,blind108+blind109,blind110+blind111,blind112+blind113,"
    "blind114+blind115"
)
WEAK = ("blame_shifting", "excuse", "minimisation", "passive_voice_evasion", "missing_solution")


def line(name: str, result: dict) -> str:
    cells = " ".join(f"{label[:8]} {result['table'][label]['f1']:.2f}" for label in WEAK)
    return (
        f"{name:28} n {result['items']:4} macro {result['macro_f1']:.3f} | {cells} | good "
        f"flagged {result['good_flagged']}/{result['good']}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--blocks", default=WRITERS, help="comma-separated, rounds joined by +")
    parser.add_argument(
        "--errors", default="", help="blocks whose mistakes to print, comma-separated"
    )
    parser.add_argument("--rules-only", action="store_true", help="also score the rules alone")
    parser.add_argument("--no-fit", action="store_true", help="skip the whole-devset fit")
    parser.add_argument("--labels", action="store_true", help="every label's pooled F1")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a train_checker constant (THRESHOLD, L2, FRENCH_L2…), to compare",
    )
    parser.add_argument(
        "--sweep",
        default="",
        metavar="VALUES",
        help="pooled scores with each span label's threshold set to each of these values "
        "(comma-separated), the others unchanged: the layers are trained once",
    )
    args = parser.parse_args()
    for assignment in args.set:
        name, value = assignment.split("=")
        setattr(train_checker, name, float(value))
    started = time.perf_counter()
    items = [i for i in load() if i["lang"] == args.lang]
    analyses: dict[str, object] = {}
    if args.errors:
        SHOWN_SPLITS.update(args.errors.replace(",", "+").split("+"))

    def scorer(model_for, with_layer=True):
        """A predictor that scores each item with ``model_for(item)`` (None: rules only)."""

        def predict(item):
            if item["id"] not in analyses:
                analyses[item["id"]] = _analysis(item)
            analysis = copy.deepcopy(analyses[item["id"]])
            model = model_for(item) if model_for else None
            return finish(analysis, item["text"], item["lang"], model, with_layer=with_layer)

        return predict

    results = []
    held_out: list[dict] = []
    model_of: dict[str, object] = {}  # item id -> the layer trained without its block
    held_out_predict = scorer(lambda item: model_of[item["id"]])
    for block in args.blocks.split(","):
        splits = set(block.split("+"))
        test = [i for i in items if i["split"] in splits]
        model = train_model([i for i in items if i["split"] not in splits])
        model_of.update((item["id"], model) for item in test)
        held_out.extend(test)
        result = score(test, block in args.errors.split(","), held_out_predict)
        results.append(result)
        print(line(block, result))
        if args.rules_only:
            print(line("  rules alone", score(test, False, scorer(None, with_layer=False))))
    # Pooled: every held-out item scored together, each with the layer trained without it.
    total = score(held_out, False, held_out_predict)
    print(line("POOLED", total))
    print(f"mean of block macro-F1: {sum(r['macro_f1'] for r in results) / len(results):.3f}")
    if args.rules_only:
        print(line("POOLED rules alone", score(held_out, False, scorer(None, False))))
    for value in [float(v) for v in args.sweep.split(",") if v]:
        for index, label in enumerate(SPAN_LABELS):
            swept: dict[int, object] = {}
            for model in model_of.values():
                if id(model) not in swept:
                    changed = list(model.thresholds)
                    changed[index] = value
                    swept[id(model)] = dataclasses.replace(model, thresholds=changed)
            predict = scorer(lambda item, swept=swept: swept[id(model_of[item["id"]])])
            print(line(f"  {label[:14]} at {value:.2f}", score(held_out, False, predict)))
    if args.labels:
        for label, row in total["table"].items():
            print(
                f"  {label:24} F1 {row['f1']:.2f} n {row['support']} fp {row['fp']} fn {row['fn']}"
            )
    if not args.no_fit:
        model = train_model(items)
        fit = score(items, False, scorer(lambda item: model))
        print(line("FIT (whole devset)", fit))
    print(f"{time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
