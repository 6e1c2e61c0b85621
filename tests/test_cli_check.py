"""`ownup check`: the command-line contract of the draft checker."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from ownup.cli import main

DRAFT_FR = "Je suis vraiment nul. Une erreur s'est glissée dans le numéro de téléphone."
GOOD_EN = (
    "I am sorry: I swapped two digits of your phone number on the brochure. It was my error. "
    "I will reprint the 300 brochures at my cost and deliver them by Friday at 10 am."
)


def run(argv: list[str], stdin: str, monkeypatch, capsys) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_json_from_stdin_gives_offsets_into_the_input(monkeypatch, capsys):
    code, out, _ = run(["check", "-", "--json"], DRAFT_FR, monkeypatch, capsys)
    result = json.loads(out)
    assert code == 1
    assert result["lang"] == "fr"
    labels = {finding["label"] for finding in result["findings"]}
    assert {"self_flagellation", "passive_voice_evasion"} <= labels
    for finding in result["findings"]:
        assert DRAFT_FR[finding["start"] : finding["end"]] == finding["text"]
        assert finding["explanation"] and finding["suggestion"]
    assert "missing_solution" in result["missing"]


def test_a_good_message_exits_zero_with_nothing_flagged(tmp_path, capsys):
    draft = tmp_path / "draft.txt"
    draft.write_text(GOOD_EN, encoding="utf-8")
    code = main(["check", str(draft), "--json", "--lang", "en"])
    result = json.loads(capsys.readouterr().out)
    assert code == 0
    assert result == {"lang": "en", "findings": [], "missing": []}


def test_readable_report_underlines_the_span(monkeypatch, capsys):
    code, out, _ = run(["check"], DRAFT_FR, monkeypatch, capsys)
    assert code == 1
    assert "^^^^" in out
    assert "Je suis vraiment nul" in out


@pytest.mark.parametrize(
    ("content", "problem"),
    [(None, "cannot read"), (b"\xff\xfe\x00bad", "not UTF-8 text")],
)
def test_unreadable_input_is_one_line_and_exit_two(tmp_path, content, problem):
    path = tmp_path / "draft.txt"
    if content is not None:
        path.write_bytes(content)
    done = subprocess.run(
        [sys.executable, "-m", "ownup.cli", "check", str(path)], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and problem in done.stderr
    assert "Traceback" not in done.stderr
