"""`validate_record`: check a drafted record as the linter checks record files.

Runs in a worker process (``python -m errkb_mcp.validation``, a JSON request on stdin, the
`ValidationResult` as JSON on stdout), so that a pattern that backtracks for ever costs the
server a killed child, not a hung process.

Stages: the YAML is parsed (aliases refused: a few lines of them expand to gigabytes), the
record model is validated, then the draft is loaded as a record file and linted in the company
of the server's knowledge base: an example that another record matches better is a real
ambiguity (ERRKB006).
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import ChainMap
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import errkb

from . import _errkb
from .models import CounterExampleCheck, ExampleCheck, Problem, ValidationResult

__all__ = ["main", "validate_draft"]


def _problem(code: str, message: str, field: str | None = None) -> Problem:
    return Problem(
        code=code,
        description=_errkb.lint_codes().get(code, ""),
        field=field,
        message=" ".join(message.split()),
    )


def _parse(text: str) -> Any:
    """YAML to Python, refusing aliases; raises ValueError with the position."""
    import yaml

    class NoAliasLoader(yaml.SafeLoader):
        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()  # type: ignore[no-untyped-call]
                raise yaml.composer.ComposerError(
                    None, None, "aliases (*name) are not accepted in a record", event.start_mark
                )
            return super().compose_node(parent, index)

    try:
        return yaml.load(text, Loader=NoAliasLoader)
    except yaml.YAMLError as exc:
        raise ValueError(" ".join(str(exc).split())) from None
    except RecursionError:
        raise ValueError("the YAML is nested too deeply") from None


class _Combined:
    """The draft's knowledge base in front of the server's, as the linter sees one.

    Records of both (the draft's id wins), the draft's load errors only, and lookups ranked
    over both as errkb ranks them (score, then the later occurrence).
    """

    def __init__(self, draft: errkb.KnowledgeBase, base: errkb.KnowledgeBase) -> None:
        self.draft = draft
        self.base = base
        self.records: Mapping[str, errkb.Record] = ChainMap(
            dict(draft.records.items()), dict(base.records.items())
        )
        self.errors = draft.errors
        self.sources = draft.sources

    def search(self, text: str, *, limit: int = 5) -> list[errkb.Match]:
        own = self.draft.search(text, limit=limit, fuzzy=False)
        others = [
            m for m in self.base.search(text, limit=limit + 1) if m.record.id not in self.draft
        ]
        ranked = sorted([*own, *others], key=lambda m: (-m.score, -m.start, m.record.id))
        return ranked[:limit]

    def lookup(self, text: str) -> errkb.Match | None:
        found = self.search(text, limit=1)
        return found[0] if found else None

    def scan(self, text: str, *, fuzzy: bool | None = None) -> list[errkb.Match]:
        own = self.draft.scan(text, fuzzy=fuzzy)
        others = [m for m in self.base.scan(text, fuzzy=fuzzy) if m.record.id not in self.draft]
        return sorted([*own, *others], key=lambda m: (m.start, -m.end))


def validate_draft(text: str, directories: Sequence[str]) -> ValidationResult:
    """Every check of `validate_record` on the YAML `text`, against these directories."""
    try:
        data = _parse(text)
    except ValueError as exc:
        return ValidationResult(
            valid=False,
            summary="not valid: the YAML does not parse",
            stage="parse",
            problems=[_problem("ERRKB010", f"cannot parse: {exc}")],
        )
    if not isinstance(data, dict):
        kind = type(data).__name__
        return ValidationResult(
            valid=False,
            summary="not valid: a record is a mapping of fields",
            stage="parse",
            problems=[_problem("ERRKB010", f"expected a mapping, found {kind}")],
        )
    record_id = data.get("id")
    if not isinstance(record_id, str) or record_id.count("/") != 1:
        return ValidationResult(
            valid=False,
            summary="not valid: the record needs its id, 'domain/slug'",
            stage="model",
            problems=[
                _problem(
                    "ERRKB007",
                    "required: 'id', the record's 'domain/slug' (its file is <domain>/<slug>.yaml)",
                    "id",
                )
            ],
        )
    from pydantic import ValidationError

    try:
        record = errkb.Record.model_validate({"domain": record_id.split("/", 1)[0], **data})
    except ValidationError as exc:
        problems = [
            _problem(
                "ERRKB007",
                str(error["msg"]),
                ".".join(str(part) for part in error.get("loc", ())) or None,
            )
            for error in exc.errors()
        ]
        return ValidationResult(
            valid=False,
            summary=f"not valid: {len(problems)} field problem(s)",
            stage="model",
            record_id=record_id,
            problems=problems,
        )

    base = errkb.KnowledgeBase([Path(d) for d in directories], include_bundled=False)
    with tempfile.TemporaryDirectory(prefix="errkb-mcp-draft-") as folder:
        domain, slug = record.id.split("/", 1)
        (Path(folder) / domain).mkdir()
        (Path(folder) / domain / f"{slug}.yaml").write_text(text, encoding="utf-8")
        draft = errkb.KnowledgeBase([folder], include_bundled=False, cache=False, fuzzy=False)
        combined = _Combined(draft, base)
        issues = _errkb.run_lint(combined, {record.id})
        examples = _example_checks(combined, draft, record)
        counters = _counter_checks(draft, record)
    problems = [
        _problem(issue.code, issue.message, issue.field)
        for issue in issues
        # The draft's temporary path means nothing to the caller.
    ]
    overrides = base.sources.get(record.id)
    valid = not problems
    if valid:
        summary = f"valid: {record.id} parses, loads and passes every lint check"
        if examples:
            summary += f"; its {len(examples)} example(s) are recognised as it"
    else:
        codes = sorted({p.code for p in problems})
        summary = f"not valid: {len(problems)} problem(s) ({', '.join(codes)})"
    if overrides:
        summary += f"; it would replace the existing record from {overrides}"
    return ValidationResult(
        valid=valid,
        summary=summary,
        stage="lint",
        record_id=record.id,
        overrides=overrides,
        problems=problems,
        examples=examples,
        counter_examples=counters,
    )


def _example_checks(
    combined: _Combined, draft: errkb.KnowledgeBase, record: errkb.Record
) -> list[ExampleCheck]:
    checks: list[ExampleCheck] = []
    for index, example in enumerate(record.examples):
        matched = any(
            m.record.id == record.id and m.kind == "regex" for m in draft.scan(example.text)
        )
        top = combined.lookup(example.text) if matched else None
        first = top is not None and top.record.id == record.id
        checks.append(
            ExampleCheck(
                index=index,
                matched=matched,
                ranked_first=first,
                top_record=None if first or top is None else top.record.id,
                top_score=None if first or top is None else round(top.score, 4),
            )
        )
    return checks


def _counter_checks(draft: errkb.KnowledgeBase, record: errkb.Record) -> list[CounterExampleCheck]:
    checks: list[CounterExampleCheck] = []
    for index, counter in enumerate(record.counter_examples):
        hit = next(
            (m for m in draft.scan(counter.text) if m.record.id == record.id and m.kind == "regex"),
            None,
        )
        checks.append(
            CounterExampleCheck(
                index=index,
                matched=hit is not None,
                pattern=None if hit is None else hit.pattern,
            )
        )
    return checks


def main() -> int:
    """The worker: a request {"yaml": ..., "directories": [...]} on stdin, a result on stdout."""
    request = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    result = validate_draft(str(request["yaml"]), [str(d) for d in request["directories"]])
    sys.stdout.write(result.model_dump_json())
    return 0


if __name__ == "__main__":
    sys.exit(main())
