"""Triage of one log, and of a batch of logs in a worker: the code every backend (this process,
a process pool, a Dask worker) runs, so all three give the same answer."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import BinaryIO

from errkb.engine.fuzzy import error_looking_lines, looks_like_error
from errkb.engine.match import Match
from errkb.engine.normalize import line_prefix_length, strip_escapes
from errkb.environment.local import Environment
from errkb.incidents.model import Incident
from errkb.kb.knowledge_base import KnowledgeBase
from errkb.kb.sniff import BINARY_SNIFF, is_binary, utf16_text
from errkb.kb.stream import diagnose_stream
from errkb.triage.model import KnownIncident, LogResult, UnknownLine
from errkb.triage.sources import open_log
from errkb.triage.timestamps import first_timestamp

__all__ = [
    "MAX_UNKNOWN_LINE",
    "MAX_UNKNOWN_PER_LOG",
    "STREAM_BYTES",
    "KnowledgeBaseSpec",
    "triage_batch",
    "triage_log",
]

#: Logs bigger than this (decompressed) are read in parts: a worker's memory stays bounded.
STREAM_BYTES = 64 << 20
#: Distinct unrecognised failure lines kept per log; a log that prints one error 10k times
#: still sends back one line with its count.
MAX_UNKNOWN_PER_LOG = 50
#: Characters of an unrecognised line kept: enough for a template, not a whole JSON blob.
MAX_UNKNOWN_LINE = 500
_HEAD_CHARS = 64 << 10


@dataclass(frozen=True)
class KnowledgeBaseSpec:
    """How to build the knowledge base in a worker: the directories, in stack order. A worker
    builds it once, from the on-disk index cache the parent filled."""

    directories: tuple[str, ...]
    fuzzy: bool = False

    @classmethod
    def of(cls, kb: KnowledgeBase) -> KnowledgeBaseSpec:
        return cls(tuple(str(d) for d in kb.directories))

    def build(self) -> KnowledgeBase:
        return KnowledgeBase(self.directories, include_bundled=False, fuzzy=self.fuzzy)


@functools.lru_cache(maxsize=2)
def _worker_knowledge_base(spec: KnowledgeBaseSpec) -> KnowledgeBase:
    # One per worker process and spec: every batch after the first reuses the index.
    return spec.build()


def triage_batch(spec: KnowledgeBaseSpec, paths: list[str]) -> list[LogResult]:
    """Triage `paths` with the knowledge base `spec` names (built once per process)."""
    kb = _worker_knowledge_base(spec)
    return [triage_log(kb, path) for path in paths]


def _summaries(incidents: Iterable[Incident]) -> list[KnownIncident]:
    return [
        KnownIncident(i.record.id, i.title, i.line, i.repeats, i.is_consequence) for i in incidents
    ]


def _covered(incidents: Iterable[Incident]) -> set[int]:
    """Lines an incident already explains: its span, its consequences, its repeats."""
    covered: set[int] = set()
    for incident in incidents:
        covered.update(incident.lines)
        covered.update(range(incident.line, incident.end_line + 1))
        covered.update(incident.repeat_lines)
        for match in incident.consequences:
            covered.update(range(match.line, match.end_line + 1))
    return covered


def _unknown_lines(
    candidates: Iterable[tuple[int, str]], covered: set[int]
) -> tuple[list[UnknownLine], int]:
    """The error-looking lines (numbered, in order) that no incident covers, each distinct
    line once with its count, at most MAX_UNKNOWN_PER_LOG of them; and how many were left."""
    kept: dict[str, UnknownLine] = {}
    dropped = 0
    for number, raw in candidates:
        if number in covered:
            continue
        line = strip_escapes(raw).rstrip("\r\n")
        line = line[line_prefix_length(line) :].strip()[:MAX_UNKNOWN_LINE]
        if not line:
            continue
        seen = kept.get(line)
        if seen is not None:
            kept[line] = UnknownLine(seen.line, line, seen.count + 1)
        elif len(kept) < MAX_UNKNOWN_PER_LOG:
            kept[line] = UnknownLine(number, line)
        else:
            dropped += 1
    return list(kept.values()), dropped


def _lines_of(handle: BinaryIO) -> Iterator[str]:
    for raw in handle:
        yield raw.decode("utf-8", "replace")


def triage_log(kb: KnowledgeBase, path: str) -> LogResult:
    """The incidents and unrecognised failure lines of one log; a log that cannot be read
    comes back with ``error`` set, never as an exception."""
    try:
        stat = os.stat(path)
    except OSError as exc:
        return LogResult(path, 0, None, "", error=exc.strerror or str(exc))
    mtime = datetime.fromtimestamp(stat.st_mtime, UTC)
    result = LogResult(path, stat.st_size, mtime, "mtime")
    try:
        with open_log(path) as handle:
            data = handle.read(STREAM_BYTES + 1)
        decoded = utf16_text(data)
        if decoded is not None:
            data = decoded
        elif is_binary(data[:BINARY_SNIFF]):
            result.error = "binary file"
            return result
        head = data[:_HEAD_CHARS].decode("utf-8", "replace")
        env = Environment.from_text(head)
        stamp = first_timestamp(head)
        if stamp is not None:
            result.seen, result.seen_from = stamp, "log"
        if len(data) <= STREAM_BYTES:
            incidents = kb.diagnose(data, env=env)
            result.incidents = _summaries(incidents)
            result.unknown, result.unknown_dropped = _unknown_lines(
                error_looking_lines(data.decode("utf-8", "replace")), _covered(incidents)
            )
            return result
        del data  # the rest is read in parts, from the start again

        def scan(part: bytes) -> list[Match]:
            return kb.scan(part)

        with open_log(path) as handle:
            incidents = diagnose_stream(scan, handle, env)
        result.incidents = _summaries(incidents)
        with open_log(path) as handle:
            result.unknown, result.unknown_dropped = _unknown_lines(
                ((n, line) for n, line in enumerate(_lines_of(handle)) if looks_like_error(line)),
                _covered(incidents),
            )
    except (OSError, EOFError, ValueError) as exc:  # unreadable, truncated gzip, bad zstd frame
        result.error = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        result.incidents, result.unknown = [], []
    return result
