"""Exporters: the seed's Markdown page and JSON file, YAML record files, and ``errkb export``."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest
import yaml
from rich.console import Console

from errkb.cli.export import add_parser as _add_export_parser
from errkb.cli.export import export_record
from errkb.records.dump import export_seed_json, export_yaml
from errkb.records.importers import import_seed, write_records
from errkb.records.model import Record
from errkb.render.record_page import export_markdown

OWN_SEED = Path(__file__).resolve().parent / "importers" / "seed" / "disk-full.record.json"
SEEDS = Path(__file__).parents[1].parent / "shared" / "seeds"


def _seed_file(name: str) -> Path:
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared exists only in developer checkouts and CI)")
    return path


def _errkb_record() -> Record:
    return Record.model_validate(
        {
            "id": "demo/port-in-use",
            "signature": "Error: listen EADDRINUSE: address already in use :::3000",
            "domain": "demo",
            "category": "network",
            "error_code": "EADDRINUSE",
            "root_cause": "Another process listens on the port.\nOften an earlier dev server.",
            "verification": {"method": "captured", "script": "captures/demo/port.sh"},
            "versions": [
                {"version": "Node.js 20 | 22", "behavior_change": "adds the port to the message"}
            ],
            "patterns": [r"listen EADDRINUSE: address already in use (?P<addr>\S+)"],
            "workarounds": [
                {
                    "action": "Stop the process that holds the port",
                    "success_rate": 0.9,
                    "how": "Find it first, then stop it.",
                    "condition": "the other process is yours",
                    "commands": [
                        {"argv": ["lsof", "-i", ":3000"]},
                        {"script": "kill $(lsof -t -i :3000)"},
                    ],
                },
                {"action": "Use another port", "success_rate": 0.8, "how": "PORT=3001 npm start"},
                {"action": "Show code", "success_rate": 0.5, "how": "run ```npm start``` again"},
            ],
            "dead_ends": [
                {"action": "Reboot", "fail_rate": 0.4, "condition": "a container holds the port"}
            ],
            "fixed_releases": [
                {
                    "package": "nodemon",
                    "ecosystem": "npm",
                    "version": "3.0.0",
                    "change": "https://github.com/remy/nodemon/pull/1",
                    "note": "kills the old child",
                }
            ],
            "references": [{"url": "https://nodejs.org/api/errors.html", "kind": "docs"}],
        }
    )


# --- Markdown -----------------------------------------------------------------------------


def test_markdown_of_the_seed_record_is_the_seed_page_exactly() -> None:
    record = import_seed(_seed_file("websocket-handshake-400.record.json"))
    expected = _seed_file("websocket-handshake-400.record.md").read_text(encoding="utf-8")
    assert export_markdown(record) == expected


def test_markdown_of_an_errkb_record_shows_its_extensions() -> None:
    page = export_markdown(_errkb_record()).splitlines()
    assert page[0] == "# Error: listen EADDRINUSE: address already in use :::3000"
    assert "- **Error Code:** `EADDRINUSE`" in page
    assert "- **Verification:** captured" in page  # no seed tier: the verification method
    assert not any(line.startswith("- **Fix Rate:**") for line in page)
    assert "| Version | Status | Introduced | Deprecated | Change |" in page
    assert "| Node.js 20 \\| 22 | active | — | — | adds the port to the message |" in page
    start = page.index("1. **Stop the process that holds the port** (90% success)")
    assert page[start + 1 : start + 7] == [
        "   *When:* the other process is yours",
        "   Find it first, then stop it.",
        "   ```sh",
        "   lsof -i :3000",
        "   kill $(lsof -t -i :3000)",
        "   ```",
    ]
    # The record has commands, so `how` is prose everywhere in it.
    assert "   PORT=3001 npm start" in page
    assert "   run ```npm start``` again" in page
    assert "- **Reboot** (40% fail; when a container holds the port)" in page
    assert (
        "- **nodemon** 3.0.0 (npm) — https://github.com/remy/nodemon/pull/1 (kills the old child)"
        in page
    )
    assert "- [https://nodejs.org/api/errors.html](https://nodejs.org/api/errors.html) (docs)" in (
        page
    )


def test_markdown_fences_seed_steps_longer_than_their_backticks() -> None:
    record = Record.model_validate(
        {
            "id": "a/b",
            "signature": "Boom",
            "workarounds": [{"action": "Retry", "success_rate": 0.5, "how": "run ```x``` twice"}],
        }
    )
    page = export_markdown(record).splitlines()
    assert page[-3:] == ["   ````", "   run ```x``` twice", "   ````"]


def test_markdown_leaves_out_what_a_record_does_not_have() -> None:
    assert export_markdown(Record(id="a/b", signature="Boom")) == "# Boom\n\n- **ID:** `a/b`\n"


# --- seed JSON ----------------------------------------------------------------------------


def test_seed_json_of_the_seed_record_is_the_seed_file_byte_for_byte() -> None:
    path = _seed_file("websocket-handshake-400.record.json")
    assert export_seed_json(import_seed(path)) == path.read_text(encoding="utf-8")


def test_seed_json_round_trips() -> None:
    original = json.loads(OWN_SEED.read_text(encoding="utf-8"))
    record = import_seed(OWN_SEED)
    text = export_seed_json(record)
    assert json.loads(text) == original
    assert import_seed(text) == record


def test_seed_json_of_an_errkb_record_has_only_seed_fields() -> None:
    data = json.loads(export_seed_json(_errkb_record()))
    assert "patterns" not in data
    assert "commands" not in data["workarounds"][0]
    assert data["id"] == "demo/port-in-use"


# --- YAML ---------------------------------------------------------------------------------


def test_yaml_round_trips_and_keeps_regexes_readable() -> None:
    record = _errkb_record().model_copy(update={"signature_zh": "端口已被占用"})
    text = export_yaml(record)
    assert r"- regex: 'listen EADDRINUSE: address already in use (?P<addr>\S+)'" in text
    assert "端口已被占用" in text
    assert "root_cause: |-\n  Another process listens on the port.\n" in text
    assert Record.model_validate(yaml.safe_load(text)) == record


def test_yaml_writes_only_what_the_record_sets() -> None:
    text = export_yaml(Record(id="a/b", signature="Boom"))
    assert yaml.safe_load(text) == {"id": "a/b", "signature": "Boom"}


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        export_record(_errkb_record(), "html")


# --- command line -------------------------------------------------------------------------


@pytest.fixture
def kb_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # Only this directory: the test must not depend on (or wait for) the bundled records.
    monkeypatch.setenv("ERRKB_NO_BUNDLED", "1")
    directory = tmp_path / "kb"
    write_records([_errkb_record(), import_seed(OWN_SEED)], directory)
    return directory


def _run(argv: list[str]) -> tuple[int, str]:
    parser = argparse.ArgumentParser(prog="errkb")
    _add_export_parser(parser.add_subparsers(dest="command_name", required=True))
    args = parser.parse_args(argv)
    out = io.StringIO()
    code = args.handler(args, Console(file=out, width=200))
    return code, out.getvalue()


def test_cli_prints_markdown_by_default(kb_dir: Path) -> None:
    code, out = _run(["export", "demo/port-in-use", "--kb-path", str(kb_dir)])
    assert code == 0
    assert out == export_markdown(_errkb_record())


def test_cli_prints_one_json_object_or_an_array(kb_dir: Path) -> None:
    code, out = _run(["export", "system/disk-full-enospc", "--format", "json", "--kb", str(kb_dir)])
    assert code == 0
    assert json.loads(out) == json.loads(OWN_SEED.read_text(encoding="utf-8"))
    both = ["system/disk-full-enospc", "demo/port-in-use"]
    code, out = _run(["export", *both, "--format", "json", "--kb-path", str(kb_dir)])
    assert [item["id"] for item in json.loads(out)] == [
        "system/disk-full-enospc",
        "demo/port-in-use",
    ]


def test_cli_writes_files_with_output_dir(kb_dir: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    code, _out = _run(
        ["export", "demo/port-in-use", "--format", "yaml", "-o", str(out_dir), "--kb", str(kb_dir)]
    )
    assert code == 0
    written = out_dir / "demo" / "port-in-use.yaml"
    assert Record.model_validate(yaml.safe_load(written.read_text(encoding="utf-8"))) == (
        _errkb_record()
    )


def test_cli_unknown_id_fails_but_exports_the_rest(
    kb_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _run(["export", "demo/nope", "demo/port-in-use", "--kb-path", str(kb_dir)])
    assert code == 1
    assert "no record with id demo/nope" in capsys.readouterr().err
    assert out == export_markdown(_errkb_record())


def test_errkb_main_dispatches_export(kb_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from errkb.cli import main

    assert main(["export", "demo/port-in-use", "--format", "json", "--kb", str(kb_dir)]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "demo/port-in-use"
