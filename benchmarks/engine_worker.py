"""Run the compare engine on a list of pairs and write one JSON report per pair.

Reads a JSON list of {"name", "old", "new", "out"} on stdin. One process loads the engine once;
an exception on one pair is recorded in that pair's output and the next pair goes on.

    python benchmarks/engine_worker.py [--dpi N] [--workers N] < jobs.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dpi", type=int, default=None, help="default: the engine's")
    parser.add_argument("--workers", type=int, default=None, help="the engine's page processes")
    args = parser.parse_args()
    from ownup.compare import CompareOptions, compare

    jobs = json.load(sys.stdin)
    for job in jobs:
        options = CompareOptions(workers=args.workers)
        if args.dpi:
            options.dpi = args.dpi
        if job.get("lang"):
            options.lang = job["lang"]
        started = time.perf_counter()
        try:
            result = compare(job["old"], job["new"], options).to_json_dict()
        except Exception as exc:  # the benchmark records the failure and goes on
            result = {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc()}
        result["seconds"] = round(time.perf_counter() - started, 3)
        Path(job["out"]).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
        print(job["name"], result["seconds"], flush=True)


if __name__ == "__main__":
    main()
