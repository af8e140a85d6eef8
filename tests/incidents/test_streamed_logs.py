"""A big log read in parts gives the same incidents and matches as the whole text."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import errkb
from errkb.cli import main
from errkb.kb import stream

DEMO = (Path(__file__).resolve().parents[2] / "examples" / "ci-build.log").read_text()


def _log() -> str:
    # The demo log many times over, each copy naming another module, with filler between.
    parts = []
    for number in range(40):
        parts.append(DEMO.replace("cv2", f"mod{number}"))
        parts.append("filler line without anything in it\n" * (number * 7))
    return "".join(parts)


def _summary(incidents: list[errkb.Incident]) -> list[tuple[object, ...]]:
    return [
        (i.id, i.line, i.end_line, i.title, i.repeat_lines, [m.line for m in i.consequences])
        for i in incidents
    ]


@pytest.mark.parametrize("part_bytes", [997, 4096, 65536])
def test_parts_give_the_same_incidents_as_the_whole_text(
    bundled_kb: errkb.KnowledgeBase, monkeypatch: pytest.MonkeyPatch, part_bytes: int
) -> None:
    monkeypatch.setattr(stream, "PART_BYTES", part_bytes)
    text = _log()
    env = errkb.Environment(shell="bash", os="linux")
    whole = bundled_kb.diagnose(text, env=env)
    parts = stream.diagnose_stream(bundled_kb.scan, io.BytesIO(text.encode()), env)
    assert _summary(parts) == _summary(whole)
    assert len(whole) == 4 + 40  # pip, uvicorn, git, docker repeated; a module per copy


def test_parts_give_the_same_matches_as_the_whole_text(
    bundled_kb: errkb.KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stream, "PART_BYTES", 2048)
    text = _log()
    whole = [(m.id, m.start, m.line, m.column) for m in bundled_kb.scan(text)]
    parts = [
        (m.id, m.start, m.line, m.column)
        for m in stream.scan_stream(bundled_kb.scan, io.BytesIO(text.encode()))
    ]
    assert parts == whole


def test_the_cli_reads_a_big_file_in_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from errkb.cli import scan as scan_command

    monkeypatch.setattr(scan_command, "STREAM_BYTES", 1024)
    monkeypatch.setattr(stream, "PART_BYTES", 4096)
    log = tmp_path / "big.log"
    log.write_text(_log(), encoding="utf-8")
    assert main(["scan", str(log)]) == 0
    streamed = capsys.readouterr().out
    monkeypatch.setattr(scan_command, "STREAM_BYTES", 1 << 40)
    assert main(["scan", str(log)]) == 0
    assert capsys.readouterr().out == streamed
    assert "44 incident(s)" in streamed
