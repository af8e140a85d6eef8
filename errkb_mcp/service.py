"""What the tools and resources do, without MCP: the knowledge base and bounded answers.

`Service` holds the knowledge base and the limits; `diagnosis` and `answers` build the tools'
answers from it. Bad input raises `BadInput` with a message for the caller; the server turns it
into a tool error (or a resource error).
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import errkb

from . import answers, diagnosis
from .limits import BadInput, Limits, check_text, record_uri, shorten
from .models import (
    DeadEnd,
    DiagnoseResult,
    EnvironmentInput,
    EnvironmentUsed,
    ExplainResult,
    Fix,
    LookupResult,
    SearchResult,
    ValidationResult,
)
from .search import RecordSearch

__all__ = ["BadInput", "Limits", "Service"]


@dataclass
class Service:
    """The knowledge base (built on first use) and what the tools do with it."""

    extra_paths: Sequence[str | Path] = ()
    include_bundled: bool = True
    limits: Limits = field(default_factory=Limits)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    #: A knowledge base already built; None builds one from the paths on first use.
    knowledge_base: errkb.KnowledgeBase | None = field(default=None, repr=False)

    @property
    def kb(self) -> errkb.KnowledgeBase:
        """The knowledge base: bundled records, the user's and the project's, `extra_paths`."""
        with self._lock:
            if self.knowledge_base is None:
                self.knowledge_base = errkb.KnowledgeBase.from_environment(
                    self.extra_paths, include_bundled=self.include_bundled
                )
            return self.knowledge_base

    @cached_property
    def search_index(self) -> RecordSearch:
        return RecordSearch(self.kb.records)

    @cached_property
    def local_environment(self) -> errkb.Environment:
        """The server's machine: its shell and OS. Its installed packages are the server's own,
        not the user's project's, so they are not consulted."""
        return dataclasses.replace(errkb.Environment.detect(), detect_packages=False)

    # --- shared pieces -------------------------------------------------------------------------

    def environment(
        self, given: EnvironmentInput | None, from_log: errkb.Environment | None = None
    ) -> tuple[errkb.Environment, EnvironmentUsed]:
        base = from_log or self.local_environment
        if given is not None:
            env = errkb.Environment(
                shell=given.shell or base.shell,
                os=given.os or base.os,
                installed=dict(given.installed),
                detect_packages=False,
            )
            source: Literal["argument", "log", "local"] = "argument"
        else:
            env, source = base, ("log" if from_log is not None else "local")
        used = EnvironmentUsed(
            shell=env.shell, os=env.os, installed=len(env.installed), source=source
        )
        return env, used

    def fixes(self, rendered: Iterable[errkb.RenderedFix], cut: set[str]) -> list[Fix]:
        limits = self.limits
        fixes = list(rendered)
        if len(fixes) > limits.fixes:
            cut.add(f"fixes: the {limits.fixes} most likely of each record")
        return [
            Fix(
                action=shorten(fix.action, limits.text_chars),
                success_rate=fix.success_rate,
                how=shorten(fix.how, limits.text_chars),
                commands=[shorten(c, limits.text_chars) for c in fix.commands[: limits.commands]],
                notes=[shorten(n, limits.text_chars) for n in fix.notes[: limits.notes]],
            )
            for fix in fixes[: limits.fixes]
        ]

    def dead_ends(self, record: errkb.Record) -> list[DeadEnd]:
        ordered = sorted(record.dead_ends, key=lambda d: -d.fail_rate)[: self.limits.dead_ends]
        return [
            DeadEnd(
                action=shorten(d.action, self.limits.text_chars),
                why_fails=shorten(d.why_fails, self.limits.text_chars),
                fail_rate=d.fail_rate,
            )
            for d in ordered
        ]

    def captures(self, groups: Any) -> dict[str, str | None]:
        return {
            str(name): None if value is None else shorten(str(value), self.limits.capture_chars)
            for name, value in dict(groups).items()
        }

    @staticmethod
    def certainty(kind: str, score: float, record: errkb.Record) -> str:
        """The score and kind of a match in words."""
        if kind == "fuzzy":
            return (
                f"similar wording only (score {score:.2f}, fuzzy matches score at most 0.45): "
                "no pattern proves it; read the record before acting on it"
            )
        generic = (
            " of a generic record (a symptom with several causes)" if record.is_generic else ""
        )
        return f"pattern match{generic}, score {score:.2f}"

    def record(self, record_id: str) -> errkb.Record:
        """The record with this id, or `BadInput` naming the closest ids."""
        if not record_id or len(record_id) > self.limits.max_id_chars:
            raise BadInput(
                f"record id must be 1 to {self.limits.max_id_chars} characters, "
                "like 'python/module-not-found'"
            )
        record = self.kb.get(record_id)
        if record is None:
            from rapidfuzz import process

            close = [
                found
                for found, _score, _index in process.extract(
                    record_id, list(self.kb.records), limit=3, score_cutoff=60
                )
            ]
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise BadInput(f"no record with id {record_id!r}{hint} (search_records finds ids)")
        return record

    # --- the tools (each in the module of its concept) ------------------------------------------

    def diagnose(
        self,
        text: str,
        environment: EnvironmentInput | None = None,
        max_incidents: int | None = None,
    ) -> DiagnoseResult:
        """The incidents of known errors in a log, bounded (see `diagnosis`)."""
        return diagnosis.diagnose(self, text, environment, max_incidents)

    def lookup(self, text: str, environment: EnvironmentInput | None = None) -> LookupResult:
        """The best match for an error message, or 'not recognised' (see `answers`)."""
        return answers.lookup(self, text, environment)

    def explain(self, record_id: str, environment: EnvironmentInput | None = None) -> ExplainResult:
        """A record in full, its fixes rendered for the environment (see `answers`)."""
        return answers.explain(self, record_id, environment)

    def search_records(self, query: str, limit: int | None = None) -> SearchResult:
        """Records whose id, signature, aliases, tags or summary resemble `query`."""
        return answers.search_records(self, query, limit)

    # --- validate_record -----------------------------------------------------------------------

    def validate_record(self, yaml_text: str) -> ValidationResult:
        """Check a drafted record in a worker process (a pattern may backtrack for ever)."""
        limits = self.limits
        if not yaml_text.strip():
            raise BadInput("yaml is empty: send a record in YAML (see the record format docs)")
        if len(yaml_text) > limits.max_yaml_chars:
            raise BadInput(
                f"yaml is {len(yaml_text):,} characters; a record is at most "
                f"{limits.max_yaml_chars:,}"
            )
        check_text(yaml_text, limits.max_yaml_chars, what="yaml")
        request = {
            "yaml": yaml_text,
            "directories": [str(d) for d in self.kb.directories],
        }
        try:
            completed = subprocess.run(
                [sys.executable, "-m", "errkb_mcp.validation"],
                input=json.dumps(request).encode("utf-8"),
                capture_output=True,
                timeout=limits.validation_seconds,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise BadInput(
                f"validation was stopped after {limits.validation_seconds:.0f} s: a pattern "
                "probably backtracks catastrophically on an example (nested or adjacent "
                "repeats like (a+)+ or .*.*); simplify the patterns"
            ) from None
        if completed.returncode != 0:
            last = completed.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
            raise BadInput(
                f"validation failed (worker exit status {completed.returncode})"
                + (f": {last[0][:300]}" if last else "")
            )
        return ValidationResult.model_validate_json(completed.stdout)

    # --- resources -----------------------------------------------------------------------------

    def listing(self) -> str:
        """Every record id with its signature and URI, as JSON."""
        records = sorted(self.kb.records)
        shown = records[: self.limits.listing]
        data = {
            "count": len(records),
            "records": [
                {
                    "id": record_id,
                    "signature": self.kb.records[record_id].signature,
                    "uri": record_uri(record_id),
                }
                for record_id in shown
            ],
            "truncated": (
                f"{len(shown)} of {len(records)} records listed; search_records finds the rest"
                if len(shown) < len(records)
                else None
            ),
        }
        return json.dumps(data, ensure_ascii=False, indent=1)

    def record_yaml(self, record_id: str) -> str:
        """The record as YAML: its file as written, or the record dumped when it is JSON."""
        record = self.record(record_id)
        source = self.kb.sources.get(record.id)
        if source and Path(source).suffix in (".yaml", ".yml"):
            try:
                return Path(source).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                pass
        import yaml

        data = record.model_dump(mode="json", exclude_unset=True)
        data = {"id": record.id, **data}
        dumped: str = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
        return dumped

    def record_markdown(self, record_id: str) -> str:
        """The record's page in Markdown, fixes rendered for the server's machine."""
        return errkb.render_markdown(self.record(record_id), env=self.local_environment)
