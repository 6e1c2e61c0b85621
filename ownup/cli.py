"""The ownup command line: `ownup compare OLD NEW` and `ownup check [FILE|-]`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence

EXIT_SAME, EXIT_DIFFERENT, EXIT_ERROR = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "handler"):
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        return args.handler(args)
    except BrokenPipeError:
        # The reader went away (`ownup compare … | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_ERROR


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ownup", description="Find every difference before your client does."
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    add_compare_command(commands)
    add_check_command(commands)
    return parser


# -- ownup compare -------------------------------------------------------------------------
def add_compare_command(commands: argparse._SubParsersAction) -> None:
    from ownup.compare.model import DEFAULT_COLOR_THRESHOLD, DEFAULT_DPI

    command = commands.add_parser(
        "compare",
        help="every difference between an approved proof and a new file",
        description="Compare two files (PDF, PNG, JPEG or TIFF) and list every difference. "
        "Exit code: 0 identical, 1 different, 2 error.",
    )
    command.add_argument("old", help="the approved file")
    command.add_argument("new", help="the file about to go out")
    command.add_argument("--json", action="store_true", help="print the report as JSON")
    command.add_argument("--report", metavar="FILE.html", help="write a self-contained HTML report")
    command.add_argument(
        "--annotate", metavar="FILE.pdf", help="write the new PDF with every change highlighted"
    )
    command.add_argument(
        "--dpi",
        type=_dpi,
        default=DEFAULT_DPI,
        help=f"render resolution (default {DEFAULT_DPI})",
    )
    command.add_argument(
        "--color-threshold",
        type=_positive_float,
        default=DEFAULT_COLOR_THRESHOLD,
        metavar="ΔE",
        help=f"smallest CIEDE2000 colour difference reported (default {DEFAULT_COLOR_THRESHOLD})",
    )
    command.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="x0,y0,x1,y1@page",
        help="leave out an area (points from the top-left; @page optional); repeatable",
    )
    only = command.add_mutually_exclusive_group()
    only.add_argument("--text-only", action="store_true", help="compare the text layer only")
    only.add_argument("--visual-only", action="store_true", help="compare the pixels only")
    command.add_argument(
        "--lang", choices=("en", "fr"), default="en", help="language of the output"
    )
    command.add_argument("--workers", type=_positive_int, default=None, help=argparse.SUPPRESS)
    command.set_defaults(handler=run_compare)


def run_compare(args: argparse.Namespace) -> int:
    from ownup.compare import CompareInputError, CompareOptions, IgnoreRegion, compare
    from ownup.compare.annotate import write_annotated_pdf
    from ownup.compare.html_report import write_html_report
    from ownup.compare.i18n import tr
    from ownup.compare.inputs import describe

    try:
        ignore = [IgnoreRegion.parse(spec) for spec in args.ignore]
    except ValueError as error:
        return _fail(str(error))
    progress = _ProgressBar(tr(args.lang, "cli.progress")) if sys.stderr.isatty() else None
    options = CompareOptions(
        dpi=args.dpi,
        color_threshold=args.color_threshold,
        ignore=ignore,
        text=not args.visual_only,
        visual=not args.text_only,
        lang=args.lang,
        workers=args.workers,
        on_progress=progress.update if progress else None,
    )
    if args.annotate:
        # Refused before the work, not after: only a PDF can carry annotations.
        try:
            _, new_kind, _ = describe(args.new)
        except CompareInputError as error:
            return _fail(str(error))
        if new_kind != "pdf":
            return _fail(f"{args.new}: only a PDF can be annotated (this file is an image)")
    try:
        report = compare(args.old, args.new, options)
    except CompareInputError as error:
        return _fail(str(error), progress)
    except KeyboardInterrupt:
        return _fail("interrupted", progress)
    except MemoryError:
        return _fail("out of memory while comparing", progress)
    finally:
        if progress:
            progress.close()
    try:
        if args.report:
            write_html_report(report, args.old, args.new, args.report, lang=args.lang)
        if args.annotate:
            write_annotated_pdf(report, args.new, args.annotate, lang=args.lang)
    except CompareInputError as error:
        return _fail(str(error))
    except OSError as error:
        return _fail(f"{error.filename}: cannot write ({error.strerror})")

    if args.json:
        json.dump(report.to_json_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_summary(report, args.lang)
    return EXIT_SAME if report.identical else EXIT_DIFFERENT


def print_summary(report, lang: str, write: Callable[[str], object] = print) -> None:
    from ownup.compare.i18n import tr

    old_name, new_name = report.old.file, report.new.file
    if report.identical:
        write(tr(lang, "cli.identical", old=old_name, new=new_name))
        return
    write(tr(lang, "cli.count", count=len(report.changes), old=old_name, new=new_name))
    for change in report.changes:
        write(summary_line(change, lang))


def summary_line(change, lang: str = "en") -> str:
    """One line a person reads: where, what kind, what changed."""
    from ownup.compare.i18n import tr

    page = change.new_page if change.new_page is not None else change.old_page
    where = f"p.{page}"
    if change.kind == "page_moved":
        where = f"p.{change.old_page}→{change.new_page}"
    kind = tr(lang, f"kind.{change.kind}")
    if change.kind == "text" and change.old_text is not None and change.new_text is not None:
        if change.old_bbox is not None and change.new_bbox is not None:
            what = f"{_quote(change.old_text)} → {_quote(change.new_text)}"
        else:
            what = change.summary
    else:
        what = change.summary
    return f"{where:<6} {kind:<7} {what}"


def _quote(text: str, limit: int = 70) -> str:
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return f'"{text}"'


class _ProgressBar:
    """A one-line bar on stderr, drawn only for comparisons long enough to wait for."""

    MIN_TOTAL = 12

    def __init__(self, label: str) -> None:
        self.label = label
        self.drawn = False

    def update(self, done: int, total: int) -> None:
        if total < self.MIN_TOTAL:
            return
        width = 30
        filled = int(width * done / max(total, 1))
        bar = "█" * filled + "·" * (width - filled)
        sys.stderr.write(f"\r{self.label} {bar} {done}/{total}")
        sys.stderr.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            sys.stderr.write("\r" + " " * 60 + "\r")
            sys.stderr.flush()
            self.drawn = False


# -- ownup check ---------------------------------------------------------------------------
def add_check_command(commands: argparse._SubParsersAction) -> None:
    command = commands.add_parser(
        "check",
        help="check an apology or disclosure draft (French or English)",
        description="Flag self-flagellation, blame-shifting, excuses, minimisation, conditional "
        "apologies and agentless wording, and say what is missing (apology, responsibility, "
        "solution). Exit code: 0 nothing to flag, 1 something flagged or missing, 2 error.",
    )
    command.add_argument(
        "file", nargs="?", default="-", help="the draft (UTF-8 text); - or nothing: standard input"
    )
    command.add_argument("--lang", choices=("fr", "en", "auto"), default="auto")
    command.add_argument("--json", action="store_true", help="print the findings as JSON")
    command.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    from ownup.playbook.checker import check, format_report

    try:
        if args.file == "-":
            text = sys.stdin.buffer.read().decode("utf-8")
        else:
            with open(args.file, "rb") as handle:
                text = handle.read().decode("utf-8")
    except OSError as error:
        return _fail(f"{args.file}: cannot read ({error.strerror})")
    except UnicodeDecodeError:
        return _fail(f"{args.file}: not UTF-8 text")
    result = check(text, lang=args.lang)
    if args.json:
        json.dump(result.to_json_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_report(result, text, color=sys.stdout.isatty()))
        sys.stdout.write("\n")
    return EXIT_DIFFERENT if result.findings or result.missing else EXIT_SAME


def _fail(message: str, progress: _ProgressBar | None = None) -> int:
    if progress:
        progress.close()
    sys.stderr.write(f"ownup: {message}\n")
    return EXIT_ERROR


def _positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive number")
    return value


def _dpi(text: str) -> int:
    value = int(text)
    if not 36 <= value <= 600:
        raise argparse.ArgumentTypeError("must be between 36 and 600")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive number")
    return value


if __name__ == "__main__":
    sys.exit(main())
