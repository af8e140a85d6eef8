"""The record linter: stable ``ERRKB0NN`` codes, one line per problem.

The loader reports what stops a file from loading (codes 001, 002, 003, 007, 008, 010) as
``LoadError`` objects; :func:`lint` passes those through and adds the checks that need a loaded
knowledge base: examples and counter-examples (004, 005), ranking ambiguity (006), over-broad
patterns measured on a corpus of real logs (009), the bundled-record quality bar (011) and the
transition graph (012: every linked id exists; two records that can be mistaken for each other
name each other in ``frequently_confused_with``).

Codes never change meaning and are never reused. A code missing from :data:`CODES` is a bug:
:class:`LintIssue` refuses it, the way tldr-lint does.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import yaml

from errkb._index import newline_reach
from errkb._load import _pattern_field, bundled_data_dir
from errkb._normalize import normalize
from errkb._record import Record
from errkb._regex import backtracking_risk, compile_pattern

__all__ = [
    "ALLOW_LIST_NAME",
    "CODES",
    "AllowList",
    "LintIssue",
    "lint",
    "load_allow_list",
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
}

#: The quality bar of bundled records (ERRKB011), as stated in docs/record-format.md.
MIN_EXAMPLES = 3
MIN_WORKAROUNDS = 2

#: File name of the reviewed over-broad hits, next to the bundled records.
ALLOW_LIST_NAME = "lint-allow.yaml"

# Longest corpus line quoted in an ERRKB009 message; the message stays one terminal line.
_QUOTE_LIMIT = 120


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


class _MatchLike(Protocol):
    @property
    def record(self) -> Record: ...
    @property
    def score(self) -> float: ...
    @property
    def kind(self) -> str: ...
    @property
    def line(self) -> int: ...


class _LoadErrorLike(Protocol):
    @property
    def path(self) -> Any: ...
    @property
    def message(self) -> str: ...
    @property
    def code(self) -> str: ...


class _KnowledgeBaseLike(Protocol):
    @property
    def records(self) -> Mapping[str, Record]: ...
    @property
    def errors(self) -> Sequence[_LoadErrorLike]: ...
    def lookup(self, text: str) -> _MatchLike | None: ...
    def search(self, text: str, *, limit: int = ...) -> Sequence[_MatchLike]: ...
    def scan(self, text: str, *, fuzzy: bool | None = ...) -> Sequence[_MatchLike]: ...


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


# --- the linter -------------------------------------------------------------------------------


def lint(
    kb: _KnowledgeBaseLike,
    *,
    corpus: Path | None = None,
    quality: bool = False,
    ids: Collection[str] | None = None,
    allow_list: AllowList | None = None,
) -> list[LintIssue]:
    """Check a loaded knowledge base and return every problem found, sorted by file.

    Parameters:
        kb: the knowledge base; its load errors are reported as they are.
        corpus: a folder of ``*.log`` files of real logs. When given, every pattern is run
            over them and a hit that is not in the allow-list is an over-broad pattern
            (ERRKB009).
        quality: also hold records to the bundled-record quality bar (ERRKB011).
        ids: lint only these record ids (problems of files that did not load are kept: they
            have no record to select).
        allow_list: reviewed corpus hits; defaults to the bundled ``lint-allow.yaml``.

    Example::

        issues = lint(errkb.KnowledgeBase(paths=["my-records"], include_bundled=False))
        print("\\n".join(map(str, issues)))
    """
    wanted = set(ids) if ids is not None else None
    # A file that did not load has no record to select by id: its problems are always reported.
    issues = [
        issue
        for issue in (_from_load_error(error) for error in kb.errors)
        if wanted is None or issue.record_id in wanted or issue.record_id not in kb.records
    ]
    records = [
        record
        for record_id, record in sorted(kb.records.items())
        if wanted is None or record_id in wanted
    ]
    for record in records:
        path = _record_path(kb, record)
        compiled = _compiled_patterns(record)
        issues.extend(_check_examples(kb, record, path, compiled))
        issues.extend(_check_counter_examples(record, path, compiled))
        if quality:
            issues.extend(_check_quality(record, path))
        issues.extend(_check_links(kb.records, record, path))
    if corpus is not None:
        allowed = allow_list if allow_list is not None else load_allow_list()
        issues.extend(_check_corpus(kb, records, corpus, allowed))
    return sorted(issues, key=lambda i: (i.path, i.code, i.record_id or "", i.field or ""))


def _check_links(records: Mapping[str, Record], record: Record, path: str) -> list[LintIssue]:
    issues: list[LintIssue] = []
    graph = record.transition_graph
    for name in ("leads_to", "preceded_by", "frequently_confused_with"):
        for position, other in enumerate(getattr(graph, name)):
            if not isinstance(other, str):
                continue  # imported graphs may hold structured entries; only ids are checked
            field_name = f"transition_graph.{name}[{position}]"
            target = records.get(other)
            if target is None:
                message = f"links to {other}, which is not in the knowledge base"
                issues.append(LintIssue("ERRKB012", path, record.id, message, field_name))
            elif (
                name == "frequently_confused_with"
                and record.id not in target.transition_graph.frequently_confused_with
            ):
                message = f"{other} does not name {record.id} back in frequently_confused_with"
                issues.append(LintIssue("ERRKB012", path, record.id, message, field_name))
    return issues


def _from_load_error(error: _LoadErrorLike) -> LintIssue:
    path = str(error.path)
    record_id = getattr(error, "record_id", None) or _id_from_path(path)
    # An unknown code from the loader is a bug: LintIssue raises rather than hide it.
    return LintIssue(error.code, path, record_id, error.message, getattr(error, "field", None))


def _id_from_path(path: str) -> str | None:
    parts = Path(path).parts
    if len(parts) < 2:
        return None
    return f"{parts[-2]}/{Path(parts[-1]).stem}"


def _record_path(kb: _KnowledgeBaseLike, record: Record) -> str:
    """The file a record came from (``kb.sources``); its id for a record built in memory."""
    sources = getattr(kb, "sources", None)
    if isinstance(sources, Mapping) and sources.get(record.id):
        return str(sources[record.id])
    return record.id


def _compiled_patterns(record: Record) -> list[tuple[int, re.Pattern[str]]]:
    """The record's usable patterns, compiled as the engine compiles them.

    Patterns that do not compile or risk catastrophic backtracking are already reported by the
    loader (ERRKB002, ERRKB003) and disabled by the engine; running the latter over examples
    could hang the linter.
    """
    compiled: list[tuple[int, re.Pattern[str]]] = []
    for index, spec in enumerate(record.all_patterns):
        if backtracking_risk(spec.regex):
            continue
        try:
            compiled.append((index, compile_pattern(spec.regex, ignore_case=spec.ignore_case)))
        except re.error:
            continue
    return compiled


def _hits(compiled: Iterable[tuple[int, re.Pattern[str]]], text: str) -> list[int]:
    """Indexes of the patterns that match ``text`` as the engine sees it (normalised)."""
    body = normalize(text).text
    return [index for index, pattern in compiled if pattern.search(body)]


def _check_examples(
    kb: _KnowledgeBaseLike,
    record: Record,
    path: str,
    compiled: list[tuple[int, re.Pattern[str]]],
) -> list[LintIssue]:
    issues: list[LintIssue] = []
    for index, example in enumerate(record.examples):
        where = f"examples[{index}]"
        if not _hits(compiled, example.text):
            issues.append(
                LintIssue(
                    "ERRKB004",
                    path,
                    record.id,
                    f"no pattern of {record.id} matches example {index + 1}: "
                    f"{_quote(example.text)}",
                    where,
                )
            )
            continue
        top = kb.lookup(example.text)
        if top is not None and top.record.id == record.id:
            continue
        if top is None:
            detail = "errkb.lookup returns nothing although a pattern matches"
        else:
            own = next(
                (m.score for m in kb.search(example.text, limit=10) if m.record.id == record.id),
                None,
            )
            own_text = f"{own:.2f}" if own is not None else "not in the top 10"
            detail = f"errkb.lookup ranks {top.record.id} first ({top.score:.2f} vs {own_text})"
        issues.append(
            LintIssue(
                "ERRKB006",
                path,
                record.id,
                f"example {index + 1} is ambiguous: {detail}; make the pattern more specific, "
                f"add context_hints or lower the other record's weight",
                where,
            )
        )
    return issues


def _check_counter_examples(
    record: Record, path: str, compiled: list[tuple[int, re.Pattern[str]]]
) -> list[LintIssue]:
    issues: list[LintIssue] = []
    specs = record.all_patterns
    for index, counter in enumerate(record.counter_examples):
        hits = _hits(compiled, counter.text)
        if hits:
            issues.append(
                LintIssue(
                    "ERRKB005",
                    path,
                    record.id,
                    f"pattern {specs[hits[0]].regex!r} matches counter-example {index + 1}: "
                    f"{_quote(counter.text)}",
                    f"counter_examples[{index}]",
                )
            )
    return issues


def _check_quality(record: Record, path: str) -> list[LintIssue]:
    issues: list[LintIssue] = []
    if len(record.examples) < MIN_EXAMPLES:
        issues.append(
            LintIssue(
                "ERRKB011",
                path,
                record.id,
                f"{len(record.examples)} example(s); bundled records need at least "
                f"{MIN_EXAMPLES} real outputs",
                "examples",
            )
        )
    if len(record.workarounds) < MIN_WORKAROUNDS:
        issues.append(
            LintIssue(
                "ERRKB011",
                path,
                record.id,
                f"{len(record.workarounds)} workaround(s); bundled records need at least "
                f"{MIN_WORKAROUNDS}",
                "workarounds",
            )
        )
    for index, spec in enumerate(record.all_patterns):
        if newline_reach(spec.regex, ignore_case=spec.ignore_case) is None:
            issues.append(
                LintIssue(
                    "ERRKB013",
                    path,
                    record.id,
                    f"pattern {spec.regex!r} can span any number of lines; keep negated classes "
                    'and DOTALL wildcards on their line (`[^"\\n]+`) or bound the repeat',
                    _pattern_field(record, index),
                )
            )
    if not record.root_cause.strip():
        issues.append(
            LintIssue(
                "ERRKB011",
                path,
                record.id,
                "no root cause; say in two or three sentences what happened and why",
                "root_cause",
            )
        )
    return issues


def _check_corpus(
    kb: _KnowledgeBaseLike, records: Sequence[Record], corpus: Path, allowed: AllowList
) -> list[LintIssue]:
    """ERRKB009: one issue per record whose patterns hit corpus lines nobody reviewed."""
    wanted = {record.id for record in records}
    hits: dict[str, list[tuple[str, int, str]]] = {}
    for log in sorted(corpus.glob("*.log")):
        text = log.read_text(encoding="utf-8", errors="replace")
        lines = text.splitlines()
        seen: set[tuple[str, int]] = set()
        for match in kb.scan(text, fuzzy=False):
            record_id = match.record.id
            if match.kind != "regex" or record_id not in wanted:
                continue
            if (record_id, match.line) in seen:
                continue
            seen.add((record_id, match.line))
            line = lines[match.line] if 0 <= match.line < len(lines) else ""
            if not allowed.allows(record_id, line):
                hits.setdefault(record_id, []).append((log.name, match.line, line))
    by_id = {record.id: record for record in records}
    issues: list[LintIssue] = []
    for record_id, found in sorted(hits.items()):
        name, line_number, line = found[0]
        issues.append(
            LintIssue(
                "ERRKB009",
                _record_path(kb, by_id[record_id]),
                record_id,
                f"patterns match {len(found)} line(s) of {corpus.name}/ that are not this "
                f"error, first {name}:{line_number + 1}: {_quote(line)} (narrow the pattern, "
                f"or add reviewed lines to data/lint-allow.yaml)",
                "patterns",
            )
        )
    return issues


def _quote(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) > _QUOTE_LIMIT:
        flat = flat[: _QUOTE_LIMIT - 3] + "..."
    return repr(flat)
