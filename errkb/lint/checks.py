"""The record linter: load errors passed through, then the checks that need a loaded knowledge base
(examples, counter-examples, ranking, transition graph)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path

from errkb.engine.normalize import normalize
from errkb.lint.issues import (
    AllowList,
    KnowledgeBaseLike,
    LintIssue,
    LoadErrorLike,
    load_allow_list,
    record_path,
)
from errkb.lint.quality import check_corpus, check_quality, quote_line
from errkb.records.model import Record
from errkb.records.patterns import backtracking_risk, compile_pattern

__all__ = ["lint"]


def lint(
    kb: KnowledgeBaseLike,
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
        path = record_path(kb, record)
        compiled = _compiled_patterns(record)
        issues.extend(_check_examples(kb, record, path, compiled))
        issues.extend(_check_counter_examples(record, path, compiled))
        if quality:
            issues.extend(check_quality(record, path))
        issues.extend(_check_links(kb.records, record, path))
    if corpus is not None:
        allowed = allow_list if allow_list is not None else load_allow_list()
        issues.extend(check_corpus(kb, records, corpus, allowed))
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


def _from_load_error(error: LoadErrorLike) -> LintIssue:
    path = str(error.path)
    record_id = getattr(error, "record_id", None) or _id_from_path(path)
    # An unknown code from the loader is a bug: LintIssue raises rather than hide it.
    return LintIssue(error.code, path, record_id, error.message, getattr(error, "field", None))


def _id_from_path(path: str) -> str | None:
    parts = Path(path).parts
    if len(parts) < 2:
        return None
    return f"{parts[-2]}/{Path(parts[-1]).stem}"


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
    kb: KnowledgeBaseLike,
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
                    f"{quote_line(example.text)}",
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
                    f"{quote_line(counter.text)}",
                    f"counter_examples[{index}]",
                )
            )
    return issues
