"""Print the numbers of benchmarks/out/results.json as the Markdown tables of BENCHMARKS.md.

python benchmarks/report_md.py [benchmarks/out/results.json]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.1f}%)" if b else "–"


def accuracy(score: dict) -> list[str]:
    s = score["summary"]
    pdf = score["breakdown"]["category"].get("changed", {})
    raster = score["breakdown"]["category"].get("changed-raster", {})
    nochange = score["breakdown"]["category"].get("nochange", {})
    nochange_raster = score["breakdown"]["category"].get("nochange-raster", {})
    out = [
        "| measure | all pairs | PDF ↔ PDF | with a raster export |",
        "|---|---|---|---|",
        f"| found at the right place | {pct(s['place'], s['injected'])} | "
        f"{pct(pdf.get('place', 0), pdf.get('injected', 0))} | "
        f"{pct(raster.get('place', 0), raster.get('injected', 0))} |",
        f"| … and with the right kind | {pct(s['kind_ok'], s['injected'])} | "
        f"{pct(pdf.get('kind_ok', 0), pdf.get('injected', 0))} | "
        f"{pct(raster.get('kind_ok', 0), raster.get('injected', 0))} |",
        f"| reported changes that are real | {pct(s['reported'] - s['spurious'], s['reported'])} | "
        f"{pct(pdf.get('reported', 0) - pdf.get('spurious', 0), pdf.get('reported', 0))} | "
        f"{pct(raster.get('reported', 0) - raster.get('spurious', 0), raster.get('reported', 0))}"
        " |",
        f"| text changes with the right old/new wording | {pct(s['wording_right'], s['text'])} | "
        f"{pct(pdf.get('wording_right', 0), pdf.get('text', 0))} | "
        f"{pct(raster.get('wording_right', 0), raster.get('text', 0))} |",
        f"| no-change pairs with any change reported | "
        f"{s['nochange_pairs_with_reports']}/{s['nochange_pairs']} "
        f"({s['nochange_reports']} changes) | "
        f"{nochange.get('pairs_with_reports', 0)}/{nochange.get('pairs', 0)} | "
        f"{nochange_raster.get('pairs_with_reports', 0)}/{nochange_raster.get('pairs', 0)} |",
        "",
        "| kind | injected | right place | right kind |",
        "|---|---|---|---|",
    ]
    for kind, v in score["breakdown"]["kind"].items():
        out.append(f"| {kind} | {v['injected']} | {v['place']} | {v['kind_ok']} |")
    out += [
        "",
        "| producer | injected | right place | right kind | spurious | no-change pairs flagged |",
        "|---|---|---|---|---|---|",
    ]
    for producer, v in score["breakdown"]["producer"].items():
        out.append(
            f"| {producer} | {v.get('injected', 0)} | {v.get('place', 0)} | "
            f"{v.get('kind_ok', 0)} | "
            f"{v.get('spurious', 0)} | {v.get('nochange_reports', 0)} changes on "
            f"{v.get('nochange_pairs', 0)} pairs |"
        )
    return out


def speed(measured: dict) -> list[str]:
    out = [
        "| pair | pages | ownup p/s | ownup peak RSS | pixel diff p/s | comparepdf -ca p/s | "
        "comparepdf -ct p/s | PDFium render of both, s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for label, v in measured["speed"].items():
        if not isinstance(v, dict) or "pages" not in v:
            continue
        out.append(
            f"| {label} | {v['pages']} | {v['ownup_pages_per_second']} | "
            f"{v['ownup_peak_rss_mb']} MB | {v['pixel_diff_pages_per_second']} | "
            f"{v['comparepdf_a_pages_per_second']} | {v['comparepdf_t_pages_per_second']} | "
            f"{v['render_only_seconds']} |"
        )
    d = measured.get("detection")
    if d:
        out += [
            "",
            f"| tool ({d['injected']} injected changes, {d['nochange_pairs']} no-change PDF "
            "pairs) | changes detected (page level) | no-change pairs flagged |",
            "|---|---|---|",
        ]
        for tool, n in d["found"].items():
            level = " (document level)" if tool.startswith("comparepdf") else ""
            out.append(
                f"| {tool} | {pct(n, d['injected'])}{level} | "
                f"{d['nochange_pairs_flagged'][tool]}/{d['nochange_pairs']} |"
            )
    return out


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "out" / "results.json"
    results = json.loads(path.read_text(encoding="utf-8"))
    print(f"engine commit {results.get('engine_commit', '?')[:10]}, date {results.get('date')}")
    print(f"corpus: {results.get('corpus')}\n")
    print("\n".join(accuracy(results["score"])))
    if "speed" in results:
        print()
        print("\n".join(speed(results["speed"])))
        before = results["speed"].get("machine_before", {})
        after = results["speed"].get("machine_after", {})
        print(
            f"\nload average before {before.get('load_average')}, after {after.get('load_average')}"
        )


if __name__ == "__main__":
    main()
