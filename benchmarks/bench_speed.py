"""Speed and memory of the compare engine, against comparepdf and a plain pixel diff.

    python benchmarks/bench_speed.py [--corpus benchmarks/corpus] [--out benchmarks/out]
                                     [--repeat 3] [--skip-detection]

- ownup: `compare(old, new, CompareOptions(dpi=150))` timed inside a child process (imports
  excluded), best and median of the repeats; its peak RSS, summed over the child and the page
  workers it starts (psutil, polled every 20 ms), in one more run of its own, since the polling
  takes CPU from the workers on a 2-core machine; plus one run of the CLI, start-up included.
- pixel diff: both files rendered by PDFium at 150 dpi and compared pixel for pixel with NumPy,
  pages paired by index (what a plain visual diff does).
- comparepdf: `comparepdf -ca` (appearance) and `-ct` (text), Debian's comparepdf 1.0.1.
- detection: on the accuracy corpus (PDF pairs), how many injected changes each tool flags at
  page level (comparepdf only says whether two files differ: document level), and how many
  no-change pairs each one flags.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import psutil
import pypdfium2 as pdfium

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DPI = 150
PIXEL_TOLERANCE = 26  # ~10% of full scale on one channel, a typical screen-diff threshold
COMPAREPDF = shutil.which("comparepdf") or "/usr/bin/comparepdf"

CHILD = """
import json, sys, time
from ownup.compare import CompareOptions, compare
old, new, dpi = sys.argv[1], sys.argv[2], int(sys.argv[3])
print("ready", flush=True)
sys.stdin.readline()
started = time.perf_counter()
report = compare(old, new, CompareOptions(dpi=dpi))
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "changes": len(report.changes),
                  "pages": max(report.old.pages, report.new.pages)}), flush=True)
"""


def tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):  # a worker may exit between listing and reading
            total += p.memory_info().rss
    return total


def run_ownup(old: Path, new: Path, dpi: int = DPI, watch_memory: bool = True) -> dict:
    """One timed compare() in a fresh process; with `watch_memory`, the peak RSS of its whole
    process tree (the time of such a run includes the polling's cost)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(old), str(new), str(dpi)],
        cwd=HERE,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdin is not None
    proc.stdout.readline()  # imports done
    watched = psutil.Process(proc.pid)
    baseline = tree_rss(watched)
    proc.stdin.write("go\n")
    proc.stdin.flush()
    peak = baseline
    while watch_memory and proc.poll() is None:
        peak = max(peak, tree_rss(watched))
        time.sleep(0.02)
    proc.wait()
    out = proc.stdout.read().strip().splitlines()
    if proc.returncode != 0 or not out:
        return {"error": f"exit {proc.returncode}"}
    result = json.loads(out[-1])
    result["peak_rss_mb"] = round(peak / 2**20, 1)
    result["rss_after_import_mb"] = round(baseline / 2**20, 1)
    result["pages_per_second"] = round(result["pages"] / result["seconds"], 1)
    return result


def run_cli(old: Path, new: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [
            str(Path(sys.executable).parent / "ownup"),
            "compare",
            str(old),
            str(new),
            "--json",
            "--dpi",
            str(DPI),
        ],
        cwd=HERE,
        capture_output=True,
    )
    return time.perf_counter() - started


def render_pages(path: Path, dpi: int = DPI):
    doc = pdfium.PdfDocument(str(path))
    try:
        for page in doc:
            yield page.render(scale=dpi / 72).to_numpy()
            page.close()
    finally:
        doc.close()


def render_any(path: Path, dpi: int = DPI):
    if path.suffix.lower() == ".pdf":
        yield from render_pages(path, dpi)
    else:
        from PIL import Image

        yield np.asarray(Image.open(path).convert("RGB"))


def pixel_diff(old: Path, new: Path) -> dict:
    """Pages by index; a page differs (exact) if any pixel differs, (tolerant) past 26/255."""
    started = time.perf_counter()
    exact, tolerant, pages = [], [], 0
    old_pages, new_pages = render_any(old), render_any(new)
    while True:
        a, b = next(old_pages, None), next(new_pages, None)
        if a is None and b is None:
            break
        pages += 1
        if a is None or b is None or a.shape != b.shape:
            exact.append(pages)
            tolerant.append(pages)
            continue
        diff = np.abs(a.astype(np.int16) - b.astype(np.int16)).max(axis=2)
        if diff.any():
            exact.append(pages)
        if (diff > PIXEL_TOLERANCE).any():
            tolerant.append(pages)
    return {
        "seconds": time.perf_counter() - started,
        "pages": pages,
        "exact": exact,
        "tolerant": tolerant,
    }


def render_only(path: Path) -> float:
    started = time.perf_counter()
    for _ in render_pages(path):
        pass
    return time.perf_counter() - started


def comparepdf(old: Path, new: Path, mode: str) -> dict:
    started = time.perf_counter()
    done = subprocess.run(
        [COMPAREPDF, f"-c{mode}", "-v=0", str(old), str(new)], capture_output=True
    )
    return {
        "seconds": time.perf_counter() - started,
        "exit": done.returncode,
        "differ": done.returncode in (10, 13, 15),
    }


def speed(corpus: Path, manifest: dict, repeat: int) -> dict:
    results: dict = {}
    for label, (old_rel, new_rel) in manifest["speed"].items():
        old, new = corpus / old_rel, corpus / new_rel
        runs = [
            run_ownup(old, new, watch_memory=False)
            for _ in range(repeat if "long" not in label else 1)
        ]
        memory = run_ownup(old, new)
        good = [r for r in runs if "error" not in r]
        if not good:
            results[label] = {"error": runs[0]["error"]}
            continue
        best = min(good, key=lambda r: r["seconds"])
        entry = {
            "pages": best["pages"],
            "ownup_seconds": round(best["seconds"], 3),
            "ownup_seconds_median": round(statistics.median(r["seconds"] for r in good), 3),
            "ownup_pages_per_second": best["pages_per_second"],
            "ownup_peak_rss_mb": memory.get("peak_rss_mb"),
            "ownup_rss_after_import_mb": best["rss_after_import_mb"],
            "ownup_changes_reported": best["changes"],
        }
        pix = pixel_diff(old, new)
        entry["pixel_diff_seconds"] = round(pix["seconds"], 3)
        entry["pixel_diff_pages_per_second"] = round(pix["pages"] / pix["seconds"], 1)
        entry["render_only_seconds"] = round(render_only(old) + render_only(new), 3)
        for mode in ("a", "t"):
            cp = comparepdf(old, new, mode)
            entry[f"comparepdf_{mode}_seconds"] = round(cp["seconds"], 3)
            entry[f"comparepdf_{mode}_pages_per_second"] = round(pix["pages"] / cp["seconds"], 1)
        entry["ratio_vs_comparepdf_a"] = round(entry["comparepdf_a_seconds"] / best["seconds"], 2)
        entry["ratio_vs_pixel_diff"] = round(pix["seconds"] / best["seconds"], 2)
        results[label] = entry
        print(
            f"  {label:24} {entry['pages']:4} pages  "
            f"ownup {entry['ownup_pages_per_second']:7.1f} p/s  "
            f"peak {entry['ownup_peak_rss_mb']:7.1f} MB  "
            f"pixel diff {entry['pixel_diff_pages_per_second']:7.1f} p/s  "
            f"comparepdf -ca {entry['comparepdf_a_pages_per_second']:7.1f} p/s",
            flush=True,
        )
    simple = manifest["speed"].get("simple_identical")
    if simple:
        results["cli_simple_identical_seconds"] = round(
            run_cli(corpus / simple[0], corpus / simple[1]), 3
        )
    return results


def detection(corpus: Path, manifest: dict, reports: Path) -> dict:
    """Page-level detection of injected changes, and flags on no-change pairs, per tool."""
    tools = ["ownup", "pixel_exact", "pixel_tolerant", "comparepdf_a", "comparepdf_t"]
    found = dict.fromkeys(tools, 0)
    flagged = dict.fromkeys(tools, 0)
    injected = nochange = 0
    seconds = dict.fromkeys(tools, 0.0)
    for pair in manifest["pairs"]:
        old, new = corpus / pair["old"], corpus / pair["new"]
        if old.suffix != ".pdf" or new.suffix != ".pdf" or pair["name"] == "long-200":
            continue
        report_path = reports / f"{pair['name']}.json"
        report = json.loads(report_path.read_text()) if report_path.exists() else {"changes": []}
        pix = pixel_diff(old, new)
        seconds["pixel_exact"] += pix["seconds"]
        verdicts = {}
        for mode in ("a", "t"):
            cp = comparepdf(old, new, mode)
            seconds[f"comparepdf_{mode}"] += cp["seconds"]
            verdicts[f"comparepdf_{mode}"] = cp["differ"]
        seconds["ownup"] += report.get("seconds", 0.0)
        reported_old = {c.get("old_page") for c in report.get("changes", [])}
        reported_new = {c.get("new_page") for c in report.get("changes", [])}
        if not pair["changes"]:
            nochange += 1
            flagged["ownup"] += bool(report.get("changes"))
            flagged["pixel_exact"] += bool(pix["exact"])
            flagged["pixel_tolerant"] += bool(pix["tolerant"])
            for k, v in verdicts.items():
                flagged[k] += v
            continue
        for change in pair["changes"]:
            injected += 1
            op, np_ = change["old_page"], change["new_page"]
            found["ownup"] += (op is not None and op in reported_old) or (
                np_ is not None and np_ in reported_new
            )
            for key in ("exact", "tolerant"):
                pages = set(pix[key])
                if change["kind"] in ("page_added", "page_removed", "page_moved"):
                    hit = any(p >= min(x for x in (op, np_) if x) for p in pages)
                else:
                    hit = op in pages or np_ in pages
                found[f"pixel_{key}"] += hit
            for k, v in verdicts.items():
                found[k] += v  # document level: a "differ" verdict covers every change in the pair
    return {
        "injected": injected,
        "nochange_pairs": nochange,
        "found": found,
        "nochange_pairs_flagged": flagged,
        "seconds": {k: round(v, 1) for k, v in seconds.items()},
        "note": "comparepdf answers per document, so its 'found' is document-level",
    }


def machine() -> dict:
    model = ""
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines():
            if line.startswith("Model name"):
                model = line.split(":", 1)[1].strip()
    except OSError:
        pass
    return {
        "cpus": os.cpu_count(),
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "cpu_model": model,
        "load_average": [round(v, 2) for v in os.getloadavg()],
    }


def bench(corpus: Path, out: Path, repeat: int = 3, with_detection: bool = True) -> dict:
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    result = {"dpi": DPI, "machine_before": machine()}
    result["speed"] = speed(corpus, manifest, repeat)
    if with_detection:
        result["detection"] = detection(corpus, manifest, out / "reports")
    result["machine_after"] = machine()
    out.mkdir(parents=True, exist_ok=True)
    (out / "speed.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result


def print_detection(d: dict) -> None:
    print(f"  detection of {d['injected']} injected changes (PDF pairs), page level:")
    for tool, n in d["found"].items():
        print(
            f"    {tool:16} found {n:4}/{d['injected']}   no-change pairs flagged "
            f"{d['nochange_pairs_flagged'][tool]}/{d['nochange_pairs']}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description="Speed and memory of the compare engine.")
    parser.add_argument("--corpus", type=Path, default=HERE / "corpus")
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-detection", action="store_true")
    args = parser.parse_args()
    result = bench(args.corpus, args.out, args.repeat, not args.skip_detection)
    if "detection" in result:
        print_detection(result["detection"])


if __name__ == "__main__":
    main()
