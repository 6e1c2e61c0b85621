"""`ownup compare` in the terminal: exit codes like diff, readable lines, one-line errors,
and the --json, --report and --annotate outputs carrying the changes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from compare import bad_files  # tests/compare, on the path as pytest puts tests/ there
from compare.conftest import export_png, make_pdf  # noqa: F401  (fixtures)
from pypdf import PdfReader

from ownup.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ownup.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


@pytest.fixture
def pair(make_pdf):  # noqa: F811
    old = make_pdf("approved.pdf")
    new = make_pdf("final.pdf", phone="02 41 88 74 35", price="Adult ticket 13.50 €")
    return old, new


def test_identical_exits_0(make_pdf, capsys):  # noqa: F811
    path = make_pdf("same.pdf")
    assert main(["compare", str(path), str(path)]) == 0
    assert "No differences" in capsys.readouterr().out


def test_different_exits_1_with_one_line_per_change(pair, capsys):
    assert main(["compare", str(pair[0]), str(pair[1])]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("2 difference")
    assert lines[1] == 'p.1    text    "02 41 88 47 35" → "02 41 88 74 35"'
    assert lines[2] == 'p.1    text    "ticket 12.50 €" → "ticket 13.50 €"'


def test_french_output(pair, capsys):
    assert main(["compare", str(pair[0]), str(pair[1]), "--lang", "fr"]) == 1
    out = capsys.readouterr().out
    assert "2 différence(s)" in out and "texte" in out


def test_json_contract_on_stdout(pair):
    done = run_cli("compare", pair[0], pair[1], "--json")
    assert done.returncode == 1, done.stderr
    data = json.loads(done.stdout)
    assert data["identical"] is False
    assert [c["new_text"] for c in data["changes"]] == ["02 41 88 74 35", "ticket 13.50 €"]


def test_text_only_and_visual_only_flags(make_pdf, capsys):  # noqa: F811
    old = make_pdf("old.pdf")
    new = make_pdf("new.pdf", tint=(0.6, 0.2, 0.2))
    assert main(["compare", str(old), str(new), "--text-only"]) == 0
    assert main(["compare", str(old), str(new), "--visual-only"]) == 1
    assert main(["compare", str(old), str(new), "--color-threshold", "60"]) == 0
    box = f"{20 / 25.4 * 72},{(297 - 60) / 25.4 * 72},{50 / 25.4 * 72},{(297 - 40) / 25.4 * 72}@1"
    assert main(["compare", str(old), str(new), "--ignore", box]) == 0
    capsys.readouterr()


def test_bad_ignore_spec_exits_2(pair, capsys):
    assert main(["compare", str(pair[0]), str(pair[1]), "--ignore", "1,2,3"]) == 2
    assert "bad ignore region" in capsys.readouterr().err


def test_html_report_holds_every_change(pair, tmp_path, capsys):
    out = tmp_path / "report.html"
    assert main(["compare", str(pair[0]), str(pair[1]), "--report", str(out)]) == 1
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "02 41 88 74 35" in page and "13.50" in page
    assert page.count('class="box"') >= 4  # each change boxed on both sides
    assert 'id="c1-new"' in page and 'href="#c1-new"' in page and 'id="c2-old"' in page
    assert page.count("data:image/jpeg;base64,") >= 2
    assert 'type="range"' in page  # the overlay slider
    assert "http://" not in page and "https://" not in page  # self-contained
    capsys.readouterr()


def test_html_report_in_french(pair, tmp_path, capsys):
    out = tmp_path / "rapport.html"
    assert main(["compare", str(pair[0]), str(pair[1]), "--report", str(out), "--lang", "fr"]) == 1
    page = out.read_text(encoding="utf-8")
    assert 'lang="fr"' in page and "Superposition" in page and "BAT validé" in page
    capsys.readouterr()


def test_annotated_pdf_carries_a_highlight_per_change(pair, tmp_path, capsys):
    out = tmp_path / "annotated.pdf"
    assert main(["compare", str(pair[0]), str(pair[1]), "--annotate", str(out)]) == 1
    annotations = [a.get_object() for a in PdfReader(out).pages[0]["/Annots"]]
    assert [a["/Subtype"] for a in annotations] == ["/Highlight", "/Highlight"]
    comments = [a["/Contents"] for a in annotations]
    assert comments == ["was: 02 41 88 47 35", "was: ticket 12.50 €"]
    # The highlight sits on the phone number: 52 mm from the top of the page.
    _, y0, _, y1 = (float(v) for v in annotations[0]["/Rect"])
    assert y0 - 2 <= (297 - 52) / 25.4 * 72 <= y1 + 2
    capsys.readouterr()


@pytest.mark.parametrize("builder", bad_files.SIMPLE, ids=lambda b: b.__name__)
def test_bad_input_exits_2_with_one_line(builder, tmp_path, make_pdf):  # noqa: F811
    good = make_pdf("good.pdf")
    bad, word = builder(tmp_path)
    done = run_cli("compare", good, bad)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert str(bad) in lines[0] and word in lines[0]
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("builder", bad_files.FROM_GOOD, ids=lambda b: b.__name__)
def test_damaged_input_exits_2_with_one_line(builder, tmp_path, make_pdf):  # noqa: F811
    good = make_pdf("good.pdf")
    bad, word = builder(tmp_path, good)
    done = run_cli("compare", bad, good)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and word in done.stderr
    assert str(bad) in done.stderr


def test_annotating_an_image_is_refused_before_comparing(make_pdf, export_png, tmp_path):  # noqa: F811
    png = export_png(make_pdf("proof.pdf"))
    done = run_cli("compare", make_pdf("old.pdf"), png, "--annotate", tmp_path / "out.pdf")
    assert done.returncode == 2 and done.stdout == ""
    assert "only a PDF can be annotated" in done.stderr and not (tmp_path / "out.pdf").exists()


def test_usage_error_exits_2():
    done = run_cli("compare", "only-one.pdf")
    assert done.returncode == 2 and "usage" in done.stderr


def test_sample_pair_shows_the_story(capsys):
    approved = ROOT / "samples" / "brochure-approved.pdf"
    final = ROOT / "samples" / "brochure-final.pdf"
    assert main(["compare", str(approved), str(final)]) == 1
    out = capsys.readouterr().out
    assert '"02 41 88 47 35" → "02 41 88 74 35"' in out
    assert "45.00" in out and "42.00" in out
    assert "ΔE" in out and "moved" in out


def test_a_reader_that_stops_early_gets_no_traceback(pair):
    # `ownup compare … | head -1`: the pipe closes before the summary is written.
    old, new = pair
    shell = subprocess.run(
        f'"{sys.executable}" -m ownup.cli compare "{old}" "{new}" | head -c 1',
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in shell.stderr and "BrokenPipe" not in shell.stderr
