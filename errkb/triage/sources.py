"""Which logs a triage reads (files, directories, globs, a list on stdin) and how they open:
gzip and zstd logs are decompressed as they are read, never to disk."""

from __future__ import annotations

import glob
import gzip
import io
from collections.abc import Iterable
from pathlib import Path
from typing import IO, BinaryIO, cast

from errkb.kb.files import walk_files

__all__ = ["COMPRESSED_MAGIC", "LogSources", "MissingDecompressor", "expand_sources", "open_log"]

_GZIP_MAGIC = b"\x1f\x8b"
_ZSTD_MAGIC = b"(\xb5/\xfd"
COMPRESSED_MAGIC = (_GZIP_MAGIC, _ZSTD_MAGIC)
_GLOB_CHARS = frozenset("*?[")


class LogSources:
    """The expanded list of logs and the arguments that named nothing."""

    def __init__(self, files: list[str], missing: list[str]) -> None:
        self.files = files
        self.missing = missing


def expand_sources(arguments: Iterable[str], *, stdin: IO[str] | None = None) -> LogSources:
    """Files as given, directories walked, globs expanded (``**`` included); ``-`` reads one
    path per line from `stdin`. A file named twice is read once."""
    files: list[str] = []
    missing: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        if path not in seen:
            seen.add(path)
            files.append(path)

    def expand(argument: str) -> None:
        path = Path(argument)
        if path.is_dir():
            for found in walk_files(path):
                add(found)
        elif path.exists() or path.is_symlink():  # a looping link fails when read, saying so
            add(argument)
        elif _GLOB_CHARS & set(argument):
            matched = sorted(glob.glob(argument, recursive=True))
            if not matched:
                missing.append(argument)
            for found in matched:
                if Path(found).is_dir():
                    for inner in walk_files(Path(found)):
                        add(inner)
                else:
                    add(found)
        else:
            missing.append(argument)

    for argument in arguments:
        if argument == "-":
            if stdin is None:
                continue
            for line in stdin:
                if line.strip():
                    expand(line.strip())
        else:
            expand(argument)
    return LogSources(files, missing)


class MissingDecompressor(OSError):
    """A compressed log whose decompressor is not installed."""


def open_log(path: str) -> BinaryIO:
    """The log's bytes, decompressed when the file is gzip or zstd (told by its first bytes,
    not its name: CI artefact stores rename files)."""
    with Path(path).open("rb") as probe:
        head = probe.read(4)
    if head.startswith(_GZIP_MAGIC):
        return cast(BinaryIO, gzip.open(path, "rb"))
    if head.startswith(_ZSTD_MAGIC):
        try:
            import zstandard
        except ImportError as exc:
            raise MissingDecompressor(
                "a zstd log needs the zstandard package: pip install 'errkb[triage]'"
            ) from exc
        reader = zstandard.ZstdDecompressor().stream_reader(
            Path(path).open("rb"),  # noqa: SIM115 - the reader owns and closes it
            closefd=True,
        )
        # Buffered, so the log can be read line by line like any other file.
        return cast(BinaryIO, io.BufferedReader(cast(io.RawIOBase, reader)))
    return Path(path).open("rb")  # the caller closes it, as with the readers above
