"""Score the compare engine against the corpus ground truth.

    python benchmarks/score.py [--corpus benchmarks/corpus] [--out benchmarks/out] [--jobs 2]
                               [--only SUBSTRING] [--reuse]

Matching rules (all boxes in PDF points from the page's top-left corner):
- An injected change with a box is *found at the right place* when a reported change, on the
  same page of the same side (old or new), has a box that touches the injected box grown by
  PLACE_TOLERANCE_PT on every side, and that box is *local*: no larger than LOCAL_GROWTH times
  the injected change's affected area (e.g. the paragraph that re-wrapped), or than
  LOCAL_FLOOR_PT2, whichever is larger. A box covering half the page finds nothing.
- A page-level change (page_added / page_removed / page_moved) is found at the right place by a
  reported page-level change naming the same old page (removed, moved) or new page (added,
  moved).
- *With the right kind*: found at the right place by a reported change whose kind is one the
  truth accepts (a text colour change may be reported as `style` or `color`).
- A reported change is *real* when it is found at the right place of some injected change or
  lies local on an injected change's affected area; a page_moved naming a page inside a moved
  page's shift range is real too. Everything else is *spurious*; precision = real / reported.
- *Wording* of a text change (one with a text layer: not text converted to outlines) is right
  when one matching reported text change has every injected old word in its old_text and every
  injected new word in its new_text (after NFC, spaces, soft hyphens and apostrophes normalised).
  For a deleted (inserted) word the new (old) side only has to exist.
- No-change pairs: every reported change is a false positive.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PLACE_TOLERANCE_PT = 3 * 72 / 25.4  # 3 mm: a box drawn around a change, not on it to the point
LOCAL_GROWTH = 4.0
LOCAL_FLOOR_PT2 = 595.28 * 841.89 / 16  # a sixteenth of an A4 page
PAGE_KINDS = {"page_added", "page_removed", "page_moved"}
SPURIOUS_LINES_PER_PAIR = 6  # failures.md stays readable; score.json has them all

Box = list[float]


def grow(box: Box, by: float) -> Box:
    return [box[0] - by, box[1] - by, box[2] + by, box[3] + by]


def touches(a: Box, b: Box) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def area(box: Box) -> float:
    return max(0.0, box[2] - box[0]) * max(0.0, box[3] - box[1])


def is_local(reported: Box, affected: Box) -> bool:
    limit = max(LOCAL_GROWTH * area(grow(affected, PLACE_TOLERANCE_PT)), LOCAL_FLOOR_PT2)
    return area(reported) <= limit


def at_place(truth: dict, rep: dict, core: str = "bbox") -> bool:
    """Does reported change `rep` sit on injected change `truth`? core: 'bbox' or 'area'."""
    if truth["kind"] in PAGE_KINDS:
        if rep["kind"] not in PAGE_KINDS:
            return False
        if (
            truth["kind"] in ("page_removed", "page_moved")
            and rep.get("old_page") == truth["old_page"]
        ):
            return True
        return (
            truth["kind"] in ("page_added", "page_moved")
            and rep.get("new_page") == truth["new_page"]
        )
    for side in ("old", "new"):
        box = truth.get(f"{side}_{core}") or truth.get(f"{side}_bbox")
        affected = truth.get(f"{side}_area") or box
        got = rep.get(f"{side}_bbox")
        if box is None or got is None or rep.get(f"{side}_page") != truth[f"{side}_page"]:
            continue
        if touches(grow(box, PLACE_TOLERANCE_PT), got) and is_local(got, affected):
            return True
    return False


def normalise(text: str | None) -> str:
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "").replace("\u2019", "'")
    for space in ("\u00a0", "\u202f", "\u2009", "\n", "\t"):
        text = text.replace(space, " ")
    return " ".join(text.split())


def wording_right(truth: dict, rep: dict) -> bool:
    if rep["kind"] != "text":
        return False
    old, new = normalise(rep.get("old_text")), normalise(rep.get("new_text"))
    if not all(normalise(w) in old for w in truth["old_words"]):
        return False
    if not all(normalise(w) in new for w in truth["new_words"]):
        return False
    if not truth["old_words"] and rep.get("old_text") is None:
        return False
    return bool(truth["old_words"] or truth["new_words"] or old or new)


def in_shift_range(truth: dict, rep: dict) -> bool:
    if truth["kind"] != "page_moved" or rep["kind"] != "page_moved":
        return False
    lo, hi = sorted((truth["old_page"], truth["new_page"]))
    return any(rep.get(k) is not None and lo <= rep[k] <= hi for k in ("old_page", "new_page"))


def score_pair(record: dict, report: dict) -> dict:
    """Per-pair outcome: which injected changes were found, and which reports are spurious."""
    if "error" in report:
        return {
            "name": record["name"],
            "error": report["error"],
            "found": [],
            "missed": list(range(len(record["changes"]))),
            "spurious": [],
            "reported": 0,
        }
    reported = report.get("changes", [])
    truths = record["changes"]
    outcome: dict = {"name": record["name"], "reported": len(reported), "changes": []}
    explained = [False] * len(reported)
    for t in truths:
        hits = [i for i, r in enumerate(reported) if at_place(t, r)]
        for i in hits:
            explained[i] = True
        kind_hits = [i for i in hits if reported[i]["kind"] in t["accept_kinds"]]
        entry = {
            "kind": t["kind"],
            "subkind": t["subkind"],
            "place": bool(hits),
            "kind_ok": bool(kind_hits),
            "reported_kinds": sorted({reported[i]["kind"] for i in hits}),
        }
        if t["kind"] == "text" and not t.get("outlined_text"):
            entry["wording"] = any(wording_right(t, reported[i]) for i in kind_hits)
            if kind_hits and not entry["wording"]:
                entry["got_wording"] = [
                    [reported[i].get("old_text"), reported[i].get("new_text")] for i in kind_hits
                ]
        outcome["changes"].append(entry)
    for i, r in enumerate(reported):
        if explained[i]:
            continue
        if any(at_place(t, r, core="area") or in_shift_range(t, r) for t in truths):
            explained[i] = True
    outcome["spurious"] = [reported[i] for i in range(len(reported)) if not explained[i]]
    return outcome


def ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def aggregate(manifest_pairs: list[dict], outcomes: dict[str, dict]) -> dict:
    """Totals overall, per kind, subkind, producer and category."""
    groups: dict[str, dict[str, dict]] = {"kind": {}, "subkind": {}, "producer": {}, "category": {}}
    total = {
        "injected": 0,
        "place": 0,
        "kind_ok": 0,
        "text": 0,
        "wording_right": 0,
        "reported": 0,
        "spurious": 0,
        "nochange_pairs": 0,
        "nochange_pairs_with_reports": 0,
        "nochange_reports": 0,
        "errors": 0,
    }

    def bump(group: str, key: str, field: str, n: int = 1) -> None:
        slot = groups[group].setdefault(key, defaultdict(int))
        slot[field] += n

    for record in manifest_pairs:
        o = outcomes.get(record["name"])
        if o is None:
            continue
        if "error" in o:
            total["errors"] += 1
        if not record["changes"]:
            total["nochange_pairs"] += 1
            total["nochange_reports"] += o["reported"]
            total["nochange_pairs_with_reports"] += int(o["reported"] > 0)
            bump("category", record["category"], "pairs")
            bump("category", record["category"], "pairs_with_reports", int(o["reported"] > 0))
            bump("producer", record["producer"], "nochange_pairs")
            bump("producer", record["producer"], "nochange_reports", o["reported"])
            continue
        total["reported"] += o["reported"]
        total["spurious"] += len(o["spurious"])
        bump("category", record["category"], "reported", o["reported"])
        bump("category", record["category"], "spurious", len(o["spurious"]))
        bump("producer", record["producer"], "reported", o["reported"])
        bump("producer", record["producer"], "spurious", len(o["spurious"]))
        entries = o.get("changes") or [
            {"kind": t["kind"], "subkind": t["subkind"], "place": False, "kind_ok": False}
            for t in record["changes"]
        ]
        for e in entries:
            total["injected"] += 1
            total["place"] += e["place"]
            total["kind_ok"] += e["kind_ok"]
            if "wording" in e:  # text edits that have a text layer
                total["text"] += 1
                total["wording_right"] += bool(e.get("wording"))
                bump("category", record["category"], "text")
                bump("category", record["category"], "wording_right", bool(e["wording"]))
            for group, key in (
                ("kind", e["kind"]),
                ("subkind", f"{e['kind']}/{e['subkind']}"),
                ("producer", record["producer"]),
                ("category", record["category"]),
            ):
                bump(group, key, "injected")
                bump(group, key, "place", e["place"])
                bump(group, key, "kind_ok", e["kind_ok"])
    summary = {
        **total,
        "recall_place": ratio(total["place"], total["injected"]),
        "recall_kind": ratio(total["kind_ok"], total["injected"]),
        "precision": ratio(total["reported"] - total["spurious"], total["reported"]),
        "wording": ratio(total["wording_right"], total["text"]),
    }
    breakdown = {
        group: {
            key: dict(v)
            | {
                "recall_place": ratio(v["place"], v["injected"]),
                "recall_kind": ratio(v["kind_ok"], v["injected"]),
            }
            for key, v in sorted(items.items())
        }
        for group, items in groups.items()
    }
    return {"summary": summary, "breakdown": breakdown}


def run_engine(
    pairs: list[dict], corpus: Path, reports: Path, jobs: int, dpi: int | None, timeout: float
) -> float:
    """Reports for every pair, with `jobs` worker processes of one engine worker each."""
    reports.mkdir(parents=True, exist_ok=True)
    work = [
        {
            "name": p["name"],
            "old": str(corpus / p["old"]),
            "new": str(corpus / p["new"]),
            "lang": "fr" if p.get("lang") == "fr" else "en",
            "out": str(reports / f"{p['name']}.json"),
        }
        for p in pairs
    ]
    for w in work:
        Path(w["out"]).unlink(missing_ok=True)
    slices = [work[i::jobs] for i in range(jobs)]
    started = time.perf_counter()
    procs = []
    for s in slices:
        cmd = [sys.executable, str(HERE / "engine_worker.py"), "--workers", "1"]
        if dpi:
            cmd += ["--dpi", str(dpi)]
        proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, cwd=ROOT, text=True
        )
        proc.stdin.write(json.dumps(s))
        proc.stdin.close()
        procs.append(proc)
    for proc in procs:
        try:
            proc.wait(timeout=max(1.0, timeout - (time.perf_counter() - started)))
        except subprocess.TimeoutExpired:
            proc.kill()
    for w in work:  # a pair the worker never finished (crash, time-out) is an error
        if not Path(w["out"]).exists():
            Path(w["out"]).write_text(
                json.dumps({"error": "no report (worker crashed or timed out)"})
            )
    return time.perf_counter() - started


def _fmt_box(b: list | None) -> str:
    return "-" if b is None else "[" + ", ".join(f"{v:.0f}" for v in b) + "]"


def failures_markdown(manifest_pairs: list[dict], outcomes: dict[str, dict]) -> str:
    lines = [
        "# Compare engine: failures on the benchmark corpus",
        "",
        "Generated by benchmarks/score.py. Boxes: PDF points from the top-left.",
        "",
    ]
    missed, wrong_kind, wording, spurious, errors = [], [], [], [], []
    for record in manifest_pairs:
        o = outcomes.get(record["name"])
        if o is None:
            continue
        if "error" in o:
            errors.append(f"- `{record['name']}`: {o['error']}")
            continue
        for t, e in zip(record["changes"], o["changes"], strict=True):
            where = (
                f"old p.{t['old_page']} {_fmt_box(t['old_bbox'])} / "
                f"new p.{t['new_page']} {_fmt_box(t['new_bbox'])}"
            )
            detail = ""
            if t.get("old_words") or t.get("new_words"):
                detail = f" {t['old_words']} → {t['new_words']}"
            if "delta_e" in t:
                detail += f" ΔE {t['delta_e']}" + (
                    f" on {t['area_mm2']} mm²" if "area_mm2" in t else ""
                )
            if "offset_mm" in t:
                detail += f" offset {t['offset_mm']} mm"
            line = f"- `{record['name']}` {t['kind']}/{t['subkind']} {where}{detail}"
            if not e["place"]:
                missed.append(line)
            elif not e["kind_ok"]:
                wrong_kind.append(f"{line} — reported as {', '.join(e['reported_kinds'])}")
            elif "wording" in e and not e["wording"]:
                wording.append(f"{line} — got {e.get('got_wording')}")
        for n, r in enumerate(o["spurious"]):
            if n == SPURIOUS_LINES_PER_PAIR:
                spurious.append(f"  - … and {len(o['spurious']) - n} more in `{record['name']}`")
                break
            spurious.append(
                f"- `{record['name']}` ({record['category']}) {r['kind']} "
                f"old p.{r.get('old_page')} {_fmt_box(r.get('old_bbox'))} / "
                f"new p.{r.get('new_page')} {_fmt_box(r.get('new_bbox'))}"
                f" — {r.get('summary', '')[:140]}"
            )
    for title, items in (
        ("Errors", errors),
        ("Missed (not found at the right place)", missed),
        ("Found at the right place with the wrong kind", wrong_kind),
        ("Text found with the wrong wording", wording),
        ("Spurious (reported, matches no injected change)", spurious),
    ):
        lines += [f"## {title} ({len(items)})", "", *(items or ["none"]), ""]
    return "\n".join(lines)


def load_manifest(corpus: Path) -> dict:
    path = corpus / "manifest.json"
    if not path.exists():
        sys.exit(f"score: {path} not found; run benchmarks/generate_corpus.py first")
    return json.loads(path.read_text(encoding="utf-8"))


def score(
    corpus: Path,
    out: Path,
    jobs: int = 2,
    only: str | None = None,
    reuse: bool = False,
    dpi: int | None = None,
    timeout: float = 1800,
) -> dict:
    manifest = load_manifest(corpus)
    pairs = [p for p in manifest["pairs"] if not only or only in p["name"]]
    reports = out / "reports"
    seconds = None
    if not reuse:
        seconds = run_engine(pairs, corpus, reports, jobs, dpi, timeout)
    outcomes = {}
    for p in pairs:
        path = reports / f"{p['name']}.json"
        report = json.loads(path.read_text()) if path.exists() else {"error": "no report"}
        outcomes[p["name"]] = score_pair(p, report)
    result = aggregate(pairs, outcomes)
    result["engine_seconds"] = round(seconds, 1) if seconds else None
    result["pairs"] = len(pairs)
    result["outcomes"] = outcomes
    out.mkdir(parents=True, exist_ok=True)
    (out / "score.json").write_text(
        json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8"
    )
    (out / "failures.md").write_text(failures_markdown(pairs, outcomes), encoding="utf-8")
    return result


def print_summary(result: dict) -> None:
    s = result["summary"]
    pct = lambda v: "n/a" if v is None else f"{100 * v:.1f}%"  # noqa: E731
    print(f"pairs {result['pairs']}, injected changes {s['injected']}, engine errors {s['errors']}")
    print(
        f"recall at the right place {pct(s['recall_place'])}, "
        f"with the right kind {pct(s['recall_kind'])}"
    )
    print(f"precision {pct(s['precision'])} ({s['spurious']} spurious of {s['reported']} reported)")
    print(f"text wording right {pct(s['wording'])} ({s['wording_right']}/{s['text']})")
    print(
        f"no-change pairs with reports {s['nochange_pairs_with_reports']}/{s['nochange_pairs']} "
        f"({s['nochange_reports']} changes reported)"
    )
    pdf = result["breakdown"]["category"].get("changed", {})
    if pdf.get("text"):
        print(
            f"text wording right on PDF-to-PDF pairs {pct(pdf['wording_right'] / pdf['text'])} "
            f"({pdf['wording_right']}/{pdf['text']}; a raster side has no text layer)"
        )
    for group in ("kind", "producer", "category"):
        for key, v in result["breakdown"][group].items():
            if v.get("injected"):
                print(
                    f"  {group:9} {key:22} {v['place']:3}/{v['injected']:<3} place, "
                    f"{v['kind_ok']:3} kind, spurious {v.get('spurious', 0)}"
                )
            if v.get("pairs"):
                print(
                    f"  {group:9} {key:22} {v['pairs_with_reports']}/{v['pairs']} "
                    "no-change pairs with reports"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description="Score the compare engine on the corpus.")
    parser.add_argument("--corpus", type=Path, default=HERE / "corpus")
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--only", help="score only pairs whose name contains this")
    parser.add_argument("--reuse", action="store_true", help="score existing reports again")
    parser.add_argument("--dpi", type=int, help="engine dpi (default: the engine's own)")
    args = parser.parse_args()
    result = score(args.corpus, args.out, args.jobs, args.only, args.reuse, args.dpi)
    print_summary(result)
    print(f"failures: {args.out / 'failures.md'}")


if __name__ == "__main__":
    main()
