"""Lint codes (stable ERRKB0NN, never reused), the issue they report, what the linter needs of a
knowledge base, and the reviewed allow-list of corpus hits."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import yaml

from errkb.records.load import bundled_data_dir
from errkb.records.model import Record

__all__ = [
    "ALLOW_LIST_NAME",
    "CODES",
    "MIN_EXAMPLES",
    "MIN_WORKAROUNDS",
    "AllowList",
    "KnowledgeBaseLike",
    "LintIssue",
    "LoadErrorLike",
    "MatchLike",
    "load_allow_list",
    "record_path",
]


#: Every lint code and what it means. Codes are stable: add new ones, never renumber.
CODES: Mapping[str, str] = {
    "ERRKB001": "id does not match file path",
    "ERRKB002": "pattern does not compile",
    "ERRKB003": "pattern at risk of catastrophic backtracking",
    "ERRKB004": "example that the record does not match",
    "ERRKB005": "counter-example that the record matches",
    "ERRKB006": "example that another record matches better",
    "ERRKB007": "required field missing or invalid",
    "ERRKB008": "duplicate id",
    "ERRKB009": "over-broad pattern: matches real log lines that are not this error",
    "ERRKB010": "file cannot be read or parsed",
    "ERRKB011": "bundled-record quality bar not met",
    "ERRKB012": "transition_graph names an unknown record, or a confusion link is one-sided",
    "ERRKB013": "pattern can span any number of lines, so every scan searches whole texts",
    "ERRKB014": "pattern ran out of its time budget while matching and was disabled",
    "ERRKB015": "pattern so short it matches inside ordinary words and numbers; disabled",
}

#: The quality bar of bundled records (ERRKB011), as stated in docs/record-format.md.
MIN_EXAMPLES = 3
MIN_WORKAROUNDS = 2

#: File name of the reviewed over-broad hits, next to the bundled records.
ALLOW_LIST_NAME = "lint-allow.yaml"


@dataclass(frozen=True)
class LintIssue:
    """One problem in one record file, printed as ``path: CODE message``."""

    code: str
    path: str
    record_id: str | None
    message: str
    field: str | None = None

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unknown lint code {self.code!r}: add it to errkb._lint.CODES")

    def __str__(self) -> str:
        where = f" [{self.field}]" if self.field else ""
        message = " ".join(self.message.split())
        return f"{self.path}: {self.code} {message}{where}"

    def to_dict(self) -> dict[str, str | None]:
        """The issue as a JSON-ready mapping (for ``errkb validate --json``)."""
        return {
            "code": self.code,
            "path": self.path,
            "record_id": self.record_id,
            "field": self.field,
            "message": self.message,
            "description": CODES[self.code],
        }


# --- what lint() needs from a knowledge base (errkb.KnowledgeBase provides it) -------------


class MatchLike(Protocol):
    @property
    def record(self) -> Record: ...
    @property
    def score(self) -> float: ...
    @property
    def kind(self) -> str: ...
    @property
    def line(self) -> int: ...


class LoadErrorLike(Protocol):
    @property
    def path(self) -> Any: ...
    @property
    def message(self) -> str: ...
    @property
    def code(self) -> str: ...


class KnowledgeBaseLike(Protocol):
    @property
    def records(self) -> Mapping[str, Record]: ...
    @property
    def errors(self) -> Sequence[LoadErrorLike]: ...
    def lookup(self, text: str) -> MatchLike | None: ...
    def search(self, text: str, *, limit: int = ...) -> Sequence[MatchLike]: ...
    def scan(self, text: str, *, fuzzy: bool | None = ...) -> Sequence[MatchLike]: ...


# --- allow-list of reviewed over-broad hits -------------------------------------------------


@dataclass(frozen=True)
class AllowList:
    """Corpus lines reviewed as true occurrences of a record's error (exempt from ERRKB009)."""

    lines: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def allows(self, record_id: str, line: str) -> bool:
        """Whether ``line`` was reviewed as a real occurrence of ``record_id``."""
        return line.strip() in self.lines.get(record_id, frozenset())


def load_allow_list(path: Path | None = None) -> AllowList:
    """Read the allow-list file (the bundled ``data/lint-allow.yaml`` by default).

    The file maps a record id to a list of ``{line, why}`` entries; ``why`` is required so that
    every exemption says why the line truly is that error. A missing default file is an empty
    allow-list; a named file that is missing or malformed raises ``ValueError``.
    """
    if path is None:
        path = bundled_data_dir() / ALLOW_LIST_NAME
        if not path.is_file():
            return AllowList()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read the lint allow-list: {exc}") from exc
    if data is None:
        return AllowList()
    if not isinstance(data, dict):
        raise ValueError(f"{path}: the lint allow-list must map record ids to lists of lines")
    lines: dict[str, frozenset[str]] = {}
    for record_id, entries in data.items():
        if not isinstance(entries, list):
            raise ValueError(f"{path}: {record_id}: expected a list of {{line, why}} entries")
        allowed: set[str] = set()
        for entry in entries:
            if not (
                isinstance(entry, dict)
                and isinstance(entry.get("line"), str)
                and isinstance(entry.get("why"), str)
                and entry["why"].strip()
            ):
                raise ValueError(
                    f"{path}: {record_id}: every entry needs a 'line' and a non-empty 'why'"
                )
            allowed.add(entry["line"].strip())
        lines[str(record_id)] = frozenset(allowed)
    return AllowList(lines)


def record_path(kb: KnowledgeBaseLike, record: Record) -> str:
    """The file a record came from (``kb.sources``); its id for a record built in memory."""
    sources = getattr(kb, "sources", None)
    if isinstance(sources, Mapping) and sources.get(record.id):
        return str(sources[record.id])
    return record.id
