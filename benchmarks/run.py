"""`make bench`: generate the corpus if missing, score the compare engine, measure its speed.

    python benchmarks/run.py [--regenerate] [--repeat 3] [--skip-speed]

Prints a summary and writes benchmarks/out/results.json (score, speed, machine, commit).
If benchmarks/bench_checker.py exists (the draft checker's benchmark), it runs too.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bench_speed  # noqa: E402
import generate_corpus  # noqa: E402
import score  # noqa: E402


def git(*args: str) -> str:
    done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
    return done.stdout.strip()


def use_engine_at(commit: str) -> Path:
    """Export ownup/ as of `commit` and make every child process import it from there."""
    tree = Path(tempfile.mkdtemp(prefix=f"ownup-{commit[:10]}-"))
    archive = subprocess.run(
        ["git", "archive", commit, "ownup"], cwd=ROOT, capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    atexit.register(shutil.rmtree, tree, True)
    paths = [str(tree), os.environ.get("PYTHONPATH", "")]
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    return tree


def engine_location() -> str:
    done = subprocess.run(
        [sys.executable, "-c", "import ownup; print(ownup.__file__)"],
        cwd=HERE,
        capture_output=True,
        text=True,
    )
    return done.stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description="Run the benchmarks.")
    parser.add_argument("--corpus", type=Path, default=HERE / "corpus")
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--regenerate", action="store_true", help="generate the corpus anew")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per speed pair")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument(
        "--engine-commit",
        help="measure the engine as committed at this revision "
        "(default: the working tree as it is)",
    )
    args = parser.parse_args()

    started = datetime.now(UTC)
    results: dict = {
        "date": started.isoformat(timespec="seconds"),
        "commit": git("rev-parse", "HEAD"),
    }
    if args.engine_commit:
        results["engine_commit"] = git("rev-parse", args.engine_commit)
        use_engine_at(results["engine_commit"])
    else:
        results["engine_commit"] = results["commit"]
        results["engine_uncommitted_changes"] = bool(git("status", "--porcelain", "ownup/compare"))
    results["engine_imported_from"] = engine_location()
    print(
        f"engine: {results['engine_imported_from']} ({results['engine_commit'][:10]})", flush=True
    )
    manifest_path = args.corpus / "manifest.json"
    if args.regenerate or not manifest_path.exists():
        print("== generating the corpus", flush=True)
        manifest = generate_corpus.generate(args.corpus, args.seed)
        print(generate_corpus.summary(manifest), flush=True)
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    results["corpus"] = generate_corpus.summary(manifest)

    print("== scoring the compare engine", flush=True)
    scored = score.score(args.corpus, args.out)
    score.print_summary(scored)
    results["score"] = {k: scored[k] for k in ("summary", "breakdown", "engine_seconds", "pairs")}

    if not args.skip_speed:
        print(f"== speed and memory at {bench_speed.DPI} dpi", flush=True)
        measured = bench_speed.bench(args.corpus, args.out, args.repeat)
        bench_speed.print_detection(measured["detection"])
        results["speed"] = measured

    checker = HERE / "bench_checker.py"
    if checker.exists():
        print("== draft checker benchmark", flush=True)
        done = subprocess.run([sys.executable, str(checker)], cwd=ROOT)
        results["bench_checker_exit"] = done.returncode

    results["seconds"] = round(time.time() - started.timestamp(), 1)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False))
    print(f"results: {args.out / 'results.json'}; failures: {args.out / 'failures.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
