"""The command line: output, --json, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from errkb.cli import main

DATA = Path(__file__).resolve().parent / "data"
REPO = Path(__file__).resolve().parent.parent
KB = ["--no-bundled", "--kb", str(DATA / "kb")]


def test_lookup_text_argument(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["lookup", *KB, "--shell", "bash", "ModuleNotFoundError: No module named 'yaml'"]) == 0
    )
    out = capsys.readouterr().out
    assert "[demo/module-missing]" in out
    assert "$ python -m pip install PyYAML" in out


def test_lookup_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(b"write() failed: No space left on device\n"))
    )
    assert main(["lookup", *KB]) == 0
    assert "demo/disk-full" in capsys.readouterr().out


def test_lookup_nothing_recognised_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lookup", *KB, "--no-fuzzy", "everything is fine"]) == 1
    assert "nothing recognised" in capsys.readouterr().out


def test_lookup_json_lists_ranked_candidates(capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        'psql: error: connection to server at "h" (127.0.0.1), port 5432 failed: Connection refused'
    )
    assert main(["lookup", *KB, "--json", text]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["id"] for d in data] == ["demo/conn-postgres", "demo/conn-generic"]
    assert data[0]["groups"] == {"port": "5432"}


def test_scan_prints_file_line_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "build.log"
    log.write_text("ok\nok\n  ImportError: No module named 'PIL'\n", encoding="utf-8")
    assert main(["scan", *KB, str(log)]) == 0
    out = capsys.readouterr().out
    assert f"{log}:3:16: demo/module-missing" in out


def test_scan_json_and_invalid_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "bin.log"
    log.write_bytes(b"\xff\xfe\x00garbage\nNo module named 'x'\n\x80")
    assert main(["scan", *KB, "--json", str(log)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(d["path"], d["id"], d["line"]) for d in data] == [(str(log), "demo/module-missing", 1)]


def test_scan_nothing_found_exits_1(tmp_path: Path) -> None:
    log = tmp_path / "clean.log"
    log.write_text("all good\n", encoding="utf-8")
    assert main(["scan", *KB, str(log)]) == 1


def test_scan_missing_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", *KB, "/nonexistent/file.log"]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_explain_and_unknown_id(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", *KB, "demo/disk-full"]) == 0
    assert "No space left on device" in capsys.readouterr().out
    assert main(["explain", *KB, "--markdown", "demo/disk-full"]) == 0
    assert capsys.readouterr().out.startswith("# No space left on device")
    assert main(["explain", *KB, "demo/nope"]) == 2


def test_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", *KB, "--json"]) == 0
    ids = [d["id"] for d in json.loads(capsys.readouterr().out)]
    assert ids == sorted(ids)
    assert "demo/disk-full" in ids


def test_validate_reports_every_broken_file_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--no-bundled", str(DATA / "broken")]) == 1
    out = capsys.readouterr().out
    for code in ("ERRKB001", "ERRKB002", "ERRKB003", "ERRKB007", "ERRKB008", "ERRKB010"):
        assert code in out


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2
    assert main(["run", *KB]) == 2


def _errkb(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "errkb", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
        **kwargs,
    )  # type: ignore[call-overload]


def test_run_passes_output_through_and_explains_the_failure() -> None:
    script = "import sys; print('building...'); sys.stderr.write(\"ModuleNotFoundError: No module named 'cv2'\\n\"); sys.exit(3)"
    result = _errkb("run", *KB, "--shell", "bash", "--", sys.executable, "-c", script)
    assert result.returncode == 3
    assert result.stdout == "building...\n"
    assert "ModuleNotFoundError: No module named 'cv2'" in result.stderr
    assert "demo/module-missing" in result.stderr
    assert "python -m pip install opencv-python" in result.stderr


def test_run_success_adds_nothing() -> None:
    result = _errkb("run", *KB, "--", sys.executable, "-c", "print('No module named \\'x\\'')")
    assert result.returncode == 0
    assert result.stdout == "No module named 'x'\n"
    assert result.stderr == ""


def test_entry_point_scans_stdin() -> None:
    result = _errkb("scan", *KB, "-", input="x\nOSError: [Errno 28] No space left on device\n")
    assert result.returncode == 0
    assert "<stdin>:2:" in result.stdout


@pytest.mark.parametrize("which", ["kb-dir", "domain-dir", "file"])
def test_validate_accepts_a_kb_dir_a_domain_folder_or_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], which: str
) -> None:
    domain = tmp_path / "kb" / "team"
    domain.mkdir(parents=True)
    (domain / "broken.yaml").write_text("signature: [unclosed\n", encoding="utf-8")
    (domain / "fine.yaml").write_text(
        "signature: fine\npatterns: ['fine thing']\n", encoding="utf-8"
    )
    target = {"kb-dir": tmp_path / "kb", "domain-dir": domain, "file": domain / "broken.yaml"}[
        which
    ]
    assert main(["validate", "--no-bundled", str(target)]) == 1
    out = capsys.readouterr().out
    assert f"{domain / 'broken.yaml'}: ERRKB010" in out


def test_validate_a_bundled_domain_folder_checks_its_records(
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = REPO / "data" / "records" / "git"
    assert main(["validate", str(folder)]) == 0
    out = capsys.readouterr().out
    count = len(list(folder.glob("*.yaml")))
    assert f"{count} records checked, 0 problem(s)" in out
