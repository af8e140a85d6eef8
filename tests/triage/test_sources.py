"""Which logs a triage reads, and how compressed ones open."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from errkb.triage.sources import expand_sources, open_log


def test_directories_are_walked_in_order_and_missing_arguments_named(fleet: Path) -> None:
    found = expand_sources([str(fleet), str(fleet / "nope.log")])
    names = [Path(p).relative_to(fleet).as_posix() for p in found.files]
    assert names == [
        "ci-build.log",
        "clean.log",
        "core.bin",
        "nightly/run-1.log",
        "nightly/run-2.log",
        "nightly/run-3.log",
        "nightly/run-4.log.gz",
    ]
    assert found.missing == [str(fleet / "nope.log")]


def test_globs_expand_recursively_and_a_file_named_twice_is_read_once(fleet: Path) -> None:
    found = expand_sources([f"{fleet}/**/run-*.log", str(fleet / "nightly" / "run-1.log")])
    assert [Path(p).name for p in found.files] == ["run-1.log", "run-2.log", "run-3.log"]
    assert expand_sources([f"{fleet}/*.zzz"]).missing == [f"{fleet}/*.zzz"]


def test_dash_reads_a_list_of_paths_from_stdin(fleet: Path) -> None:
    listing = io.StringIO(f"{fleet / 'clean.log'}\n\n{fleet / 'nightly'}\n")
    found = expand_sources(["-"], stdin=listing)
    assert [Path(p).name for p in found.files] == [
        "clean.log", "run-1.log", "run-2.log", "run-3.log", "run-4.log.gz",
    ]  # fmt: skip


def test_gzip_and_zstd_logs_are_read_decompressed_whatever_their_name(tmp_path: Path) -> None:
    zstandard = pytest.importorskip("zstandard", reason="skipped: zstandard not installed")
    text = b"line one\nERROR two\n"
    (tmp_path / "a.log").write_bytes(gzip.compress(text))  # no .gz suffix on purpose
    (tmp_path / "b.zst").write_bytes(zstandard.ZstdCompressor().compress(text))
    for name in ("a.log", "b.zst"):
        with open_log(str(tmp_path / name)) as handle:
            assert list(handle) == [b"line one\n", b"ERROR two\n"]


def test_triage_and_scan_walk_a_directory_alike_skipping_hidden_ones(fleet: Path) -> None:
    from errkb.cli.scan import scan_sources

    (fleet / ".git" / "logs").mkdir(parents=True)
    (fleet / ".git" / "logs" / "HEAD").write_text("error: not a log\n", encoding="utf-8")
    (fleet / ".swp").write_text("editor state\n", encoding="utf-8")
    walked, missing = scan_sources([str(fleet)])
    assert walked == expand_sources([str(fleet)]).files
    assert missing == []
    assert not [p for p in walked if "/." in p]
