"""The bundled-record quality bar (ERRKB011, ERRKB013) and the over-broad pattern check against a
corpus of real logs (ERRKB009)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from errkb.engine.reach import newline_reach
from errkb.lint.issues import (
    MIN_EXAMPLES,
    MIN_WORKAROUNDS,
    AllowList,
    KnowledgeBaseLike,
    LintIssue,
    record_path,
)
from errkb.records.load import pattern_field
from errkb.records.model import DRAFT_PLACEHOLDER, Record

__all__ = ["check_corpus", "check_quality", "quote_line"]


# Longest corpus line quoted in an ERRKB009 message; the message stays one terminal line.
_QUOTE_LIMIT = 120


def check_quality(record: Record, path: str) -> list[LintIssue]:
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
                    pattern_field(record, index),
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
    for name in ("root_cause", "summary"):
        if str(getattr(record, name) or "").lstrip().startswith(DRAFT_PLACEHOLDER):
            # `errkb draft` leaves these for a person to write; a draft is not a record yet.
            issues.append(
                LintIssue(
                    "ERRKB011",
                    path,
                    record.id,
                    f"{name} is still the draft's placeholder; write what happened and why",
                    name,
                )
            )
    return issues


def check_corpus(
    kb: KnowledgeBaseLike, records: Sequence[Record], corpus: Path, allowed: AllowList
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
                record_path(kb, by_id[record_id]),
                record_id,
                f"patterns match {len(found)} line(s) of {corpus.name}/ that are not this "
                f"error, first {name}:{line_number + 1}: {quote_line(line)} (narrow the pattern, "
                f"or add reviewed lines to data/lint-allow.yaml)",
                "patterns",
            )
        )
    return issues


def quote_line(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) > _QUOTE_LIMIT:
        flat = flat[: _QUOTE_LIMIT - 3] + "..."
    return repr(flat)
