"""What the tools and resources do, without MCP: checks, errkb calls, bounded answers.

`Service` holds the knowledge base and the limits. Bad input raises `BadInput` with a message
for the caller; the server turns it into a tool error (or a resource error).
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
from itertools import islice
from pathlib import Path
from typing import Any, Literal

import errkb

from . import _errkb
from .models import (
    Answer,
    Candidate,
    Consequence,
    DeadEnd,
    DiagnoseResult,
    EnvironmentInput,
    EnvironmentUsed,
    ExplainResult,
    Fix,
    FixedRelease,
    Incident,
    InputStats,
    LookupResult,
    RecordCount,
    Reference,
    Related,
    SearchHit,
    SearchResult,
    ValidationResult,
)
from .search import RecordSearch

__all__ = [
    "FUZZY_ANSWER_MIN",
    "RECORD_URI_PREFIX",
    "BadInput",
    "Limits",
    "Service",
    "record_uri",
]

#: A fuzzy match (similar wording, no pattern) is an answer only from this score (of at most
#: 0.45); below it, the tools say "not recognised" rather than guess.
FUZZY_ANSWER_MIN = 0.40
#: A search hit must have at least this share (0-100) of the query's words.
SEARCH_MIN = 50.0
RECORD_URI_PREFIX = "errkb://records/"

_MB = 1024 * 1024


class BadInput(ValueError):
    """Input the tool cannot take; the message says why and what to send instead."""


def record_uri(record_id: str) -> str:
    """The resource URI of a record."""
    return RECORD_URI_PREFIX + record_id


@dataclass(frozen=True)
class Limits:
    """Input sizes accepted and output sizes given. Output that hits a cap says so."""

    max_text_chars: int = 64 * _MB
    max_lookup_chars: int = 1 * _MB
    max_query_chars: int = 500
    max_yaml_chars: int = 256 * 1024
    max_id_chars: int = 200
    default_incidents: int = 20
    max_incidents: int = 100
    fixes: int = 5
    commands: int = 5
    notes: int = 5
    dead_ends: int = 3
    lines: int = 20
    consequences: int = 10
    record_counts: int = 50
    alternatives: int = 4
    default_hits: int = 10
    max_hits: int = 50
    examples: int = 3
    listing: int = 5000
    excerpt_chars: int = 300
    capture_chars: int = 200
    title_chars: int = 300
    text_chars: int = 2000
    validation_seconds: float = 60.0


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- input checks ----------------------------------------------------------------------------

# C0 controls that do not occur in text output (tab, newlines, form feed, escape and backspace
# do: terminals and progress bars write them).
_BINARY_CONTROLS = frozenset(
    chr(c) for c in (*range(0x00, 0x08), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F)
)
_SAMPLE = 64 * 1024


def _sample(text: str) -> str:
    if len(text) <= 3 * _SAMPLE:
        return text
    middle = len(text) // 2
    return text[:_SAMPLE] + text[middle : middle + _SAMPLE] + text[-_SAMPLE:]


def check_text(text: str, limit: int, *, what: str = "text", hint: str = "") -> None:
    """Refuse text that is empty, too long, not valid Unicode or binary, saying why."""
    if not text.strip():
        raise BadInput(f"{what} is empty: send the error output or log to look at")
    if len(text) > limit:
        raise BadInput(
            f"{what} is {len(text):,} characters; the limit is {limit:,}. "
            + (hint or "Send the part of the log around the failure (its last lines).")
        )
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise BadInput(
                f"{what} is not valid Unicode: it holds a lone surrogate code point at character "
                f"{exc.start:,} (what undecodable bytes become with errors='surrogateescape'); "
                "decode the log as UTF-8 with errors='replace' and send it again"
            ) from None
    sample = _sample(text)
    controls = sum(1 for c in sample if c in _BINARY_CONTROLS)
    replaced = sample.count("\ufffd")
    if controls > len(sample) * 0.10 or text.count("\x00") > len(text) * 0.01:
        raise BadInput(
            f"{what} looks like binary data, not text output: "
            f"{100 * controls / len(sample):.0f}% of it are control characters. "
            "Send the text of a log or of the error output."
        )
    if replaced > len(sample) * 0.10:
        raise BadInput(
            f"{what} looks like binary data decoded as text: "
            f"{100 * replaced / len(sample):.0f}% of it are U+FFFD replacement characters "
            "(bytes that were not UTF-8). Send the text of a log or of the error output."
        )


def _count_lines(text: str) -> int:
    return text.count("\n") + (0 if text.endswith("\n") else 1)


def _check_count(value: int, low: int, high: int, what: str) -> int:
    if not low <= value <= high:
        raise BadInput(f"{what} must be between {low} and {high}, not {value}")
    return value


# --- the service -----------------------------------------------------------------------------


@dataclass
class Service:
    """The knowledge base (built on first use) and what the tools do with it."""

    extra_paths: Sequence[str | Path] = ()
    include_bundled: bool = True
    limits: Limits = field(default_factory=Limits)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _kb: errkb.KnowledgeBase | None = field(default=None, repr=False)

    @property
    def kb(self) -> errkb.KnowledgeBase:
        """The knowledge base: bundled records, the user's and the project's, `extra_paths`."""
        with self._lock:
            if self._kb is None:
                self._kb = errkb.KnowledgeBase.from_environment(
                    self.extra_paths, include_bundled=self.include_bundled
                )
            return self._kb

    @cached_property
    def _search_index(self) -> RecordSearch:
        return RecordSearch(self.kb.records)

    @cached_property
    def local_environment(self) -> errkb.Environment:
        """The server's machine: its shell and OS. Its installed packages are the server's own,
        not the user's project's, so they are not consulted."""
        return dataclasses.replace(errkb.Environment.detect(), detect_packages=False)

    # --- shared pieces -------------------------------------------------------------------------

    def _environment(
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

    def _fixes(
        self, record: errkb.Record, rendered: Iterable[errkb.RenderedFix], cut: set[str]
    ) -> list[Fix]:
        limits = self.limits
        fixes = list(rendered)
        if len(fixes) > limits.fixes:
            cut.add(f"fixes: the {limits.fixes} most likely of each record")
        return [
            Fix(
                action=_cut(fix.action, limits.text_chars),
                success_rate=fix.success_rate,
                how=_cut(fix.how, limits.text_chars),
                commands=[_cut(c, limits.text_chars) for c in fix.commands[: limits.commands]],
                notes=[_cut(n, limits.text_chars) for n in fix.notes[: limits.notes]],
            )
            for fix in fixes[: limits.fixes]
        ]

    def _dead_ends(self, record: errkb.Record) -> list[DeadEnd]:
        ordered = sorted(record.dead_ends, key=lambda d: -d.fail_rate)[: self.limits.dead_ends]
        return [
            DeadEnd(
                action=_cut(d.action, self.limits.text_chars),
                why_fails=_cut(d.why_fails, self.limits.text_chars),
                fail_rate=d.fail_rate,
            )
            for d in ordered
        ]

    def _captures(self, groups: Any) -> dict[str, str | None]:
        return {
            str(name): None if value is None else _cut(str(value), self.limits.capture_chars)
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

    # --- diagnose ------------------------------------------------------------------------------

    def diagnose(
        self,
        text: str,
        environment: EnvironmentInput | None = None,
        max_incidents: int | None = None,
    ) -> DiagnoseResult:
        """The incidents of known errors in a log, bounded."""
        limits = self.limits
        shown = _check_count(
            limits.default_incidents if max_incidents is None else max_incidents,
            1,
            limits.max_incidents,
            "max_incidents",
        )
        check_text(
            text,
            limits.max_text_chars,
            hint="Send the part of the log around the failure, or split the log.",
        )
        found = [
            incident
            for incident in _errkb.diagnose(self.kb, text)
            if incident.kind == "regex" or incident.score >= FUZZY_ANSWER_MIN
        ]
        from_log = next((i.log_environment for i in found if i.log_environment), None)
        env, used = self._environment(environment, from_log)
        stats = InputStats(characters=len(text), lines=_count_lines(text))
        cut: set[str] = set()

        counts: dict[str, list[int]] = {}
        for incident in found:
            seen = counts.setdefault(incident.record.id, [0, 0])
            seen[0] += 1
            seen[1] += incident.repeats
        # The first incident of each record before any further one of a record already shown.
        firsts: dict[str, int] = {}
        for position, incident in enumerate(found):
            firsts.setdefault(incident.record.id, position)
        chosen = sorted(firsts.values())[:shown]
        if len(chosen) < shown:
            taken = set(chosen)
            others = (p for p in range(len(found)) if p not in taken)
            chosen = sorted([*chosen, *islice(others, shown - len(chosen))])
        if len(found) > shown:
            cut.add(
                f"incidents: {shown} of {len(found)} shown (the first of each error first, "
                "then in log order); raise max_incidents for more"
            )
        incidents = [self._incident(found[p], env, cut) for p in chosen]

        by_record = sorted(counts.items(), key=lambda item: (-item[1][1], item[0]))
        if len(by_record) > limits.record_counts:
            cut.add(f"records: the {limits.record_counts} most frequent of {len(by_record)}")
        records = [
            RecordCount(
                record_id=record_id,
                signature=_cut(self.kb.records[record_id].signature, limits.title_chars),
                incidents=n_incidents,
                occurrences=n_occurrences,
            )
            for record_id, (n_incidents, n_occurrences) in by_record[: limits.record_counts]
        ]
        if found:
            top = ", ".join(f"{r.record_id} ({r.occurrences}x)" for r in records[:3])
            more = f" and {len(by_record) - 3} more" if len(by_record) > 3 else ""
            summary = (
                f"{len(found)} incident(s) of {len(by_record)} known error(s) in "
                f"{stats.lines:,} lines: {top}{more}"
            )
        else:
            summary = (
                f"not recognised: no known error in {stats.lines:,} lines. errkb has no record "
                "for this output, so it says nothing about its cause; search_records may find a "
                "related record, and validate_record checks a new one."
            )
        return DiagnoseResult(
            recognised=bool(found),
            summary=summary,
            input=stats,
            environment=used,
            incidents=incidents,
            incidents_total=len(found),
            records=records,
            truncated=sorted(cut),
        )

    def _incident(
        self, incident: _errkb.IncidentView, env: errkb.Environment, cut: set[str]
    ) -> Incident:
        limits = self.limits
        record = incident.record
        lines = list(incident.lines)
        if len(lines) > limits.lines:
            cut.add(f"lines: the first {limits.lines} line numbers of each incident")
        consequences = list(incident.consequences)
        if len(consequences) > limits.consequences:
            cut.add(f"consequences: the first {limits.consequences} of each incident")
        excerpt = incident.excerpt.strip("\n")
        if len(excerpt) > limits.excerpt_chars:
            cut.add(f"excerpt: the first {limits.excerpt_chars} characters of each match")
        return Incident(
            record_id=record.id,
            signature=_cut(record.signature, limits.title_chars),
            title=_cut(incident.title, limits.title_chars),
            summary=_cut(record.short_cause, limits.text_chars),
            severity=record.severity,
            score=round(incident.score, 4),
            match_kind=incident.kind,
            certainty=self.certainty(incident.kind, incident.score, record),
            line=incident.line,
            column=incident.column,
            end_line=incident.end_line,
            end_column=incident.end_column,
            lines=lines[: limits.lines],
            repeats=incident.repeats,
            last_line=incident.last_line,
            excerpt=_cut(excerpt, limits.excerpt_chars),
            captures=self._captures(incident.captures),
            fixes=self._fixes(record, incident.fixes(env), cut),
            dead_ends=self._dead_ends(record),
            consequences=[
                Consequence(
                    record_id=c.record.id,
                    signature=_cut(c.record.signature, limits.title_chars),
                    line=c.line,
                )
                for c in consequences[: limits.consequences]
            ],
            documentation=record.documentation_url,
            resource=record_uri(record.id),
        )

    # --- lookup --------------------------------------------------------------------------------

    def lookup(self, text: str, environment: EnvironmentInput | None = None) -> LookupResult:
        """The best match for an error message, or 'not recognised'."""
        limits = self.limits
        check_text(
            text,
            limits.max_lookup_chars,
            hint="lookup takes an error message; use diagnose for a whole log.",
        )
        matches = self.kb.search(text, limit=1 + limits.alternatives)
        answers = [m for m in matches if m.kind == "regex" or m.score >= FUZZY_ANSWER_MIN]
        rejected = len(matches) - len(answers)
        env, used = self._environment(environment)
        cut: set[str] = set()
        if not answers:
            weak = f" ({rejected} weak similar-wording candidate(s) rejected)" if rejected else ""
            return LookupResult(
                recognised=False,
                summary=(
                    f"not recognised: no known error matches this text{weak}. errkb has no "
                    "record for it, so it says nothing about its cause."
                ),
                weak_matches_rejected=rejected,
                environment=used,
            )
        best = answers[0]
        record = best.record
        excerpt = best.text.strip("\n")
        if len(excerpt) > limits.excerpt_chars:
            cut.add(f"excerpt: the first {limits.excerpt_chars} characters of the match")
        if len(record.root_cause) > limits.text_chars:
            cut.add(f"root_cause: the first {limits.text_chars} characters (explain has it all)")
        answer = Answer(
            record_id=record.id,
            signature=_cut(record.signature, limits.title_chars),
            summary=_cut(record.short_cause, limits.text_chars),
            root_cause=_cut(" ".join(record.root_cause.split()), limits.text_chars),
            severity=record.severity,
            score=round(best.score, 4),
            match_kind=best.kind,
            certainty=self.certainty(best.kind, best.score, record),
            line=best.line,
            column=best.column,
            excerpt=_cut(excerpt, limits.excerpt_chars),
            captures=self._captures(best.groups),
            fixes=self._fixes(record, best.fixes(env), cut),
            dead_ends=self._dead_ends(record),
            documentation=record.documentation_url,
            resource=record_uri(record.id),
        )
        alternatives = [
            Candidate(
                record_id=m.record.id,
                signature=_cut(m.record.signature, limits.title_chars),
                score=round(m.score, 4),
                match_kind=m.kind,
            )
            for m in answers[1:]
        ]
        kind = "pattern match" if best.kind == "regex" else "similar wording only"
        return LookupResult(
            recognised=True,
            summary=f"{record.id}: {record.signature} ({kind}, score {best.score:.2f})",
            best=answer,
            alternatives=alternatives,
            weak_matches_rejected=rejected,
            environment=used,
            truncated=sorted(cut),
        )

    # --- explain -------------------------------------------------------------------------------

    def explain(self, record_id: str, environment: EnvironmentInput | None = None) -> ExplainResult:
        """A record in full, its fixes rendered for the environment."""
        limits = self.limits
        record = self.record(record_id)
        env, used = self._environment(environment)
        cut: set[str] = set()
        # match_to_dict renders the fixes in ranked order; `how` comes from the same ranking.
        rendered = [
            errkb.RenderedFix(
                action=data["action"],
                success_rate=data["success_rate"],
                how=workaround.how if workaround.how != workaround.action else "",
                commands=data["commands"],
                notes=data["notes"],
            )
            for data, workaround in zip(
                errkb.match_to_dict(record, env=env)["fixes"],
                record.ranked_workarounds,
                strict=False,
            )
        ]
        if len(record.root_cause) > limits.text_chars:
            cut.add(
                f"root_cause: the first {limits.text_chars} characters (the resource has it all)"
            )
        if len(record.examples) > limits.examples:
            cut.add(f"examples: {limits.examples} of {len(record.examples)}")
        graph = record.transition_graph

        def ids(items: list[Any]) -> list[str]:
            return [str(item) for item in items if isinstance(item, str)][:20]

        return ExplainResult(
            record_id=record.id,
            signature=_cut(record.signature, limits.title_chars),
            summary=_cut(record.short_cause, limits.text_chars),
            root_cause=_cut(" ".join(record.root_cause.split()), limits.text_chars),
            severity=record.severity,
            domain=record.domain,
            tags=list(record.tags[:30]),
            confidence=record.confidence,
            verification=(
                record.verification.method
                if record.verification is not None
                else record.verification_tier or "unverified"
            ),
            fixes=self._fixes(record, rendered, cut),
            dead_ends=self._dead_ends(record),
            fixed_releases=[
                FixedRelease(
                    package=r.package, ecosystem=r.ecosystem, version=r.version, change=r.change
                )
                for r in record.fixed_releases[:10]
            ],
            references=[
                Reference(url=r.url, title=_cut(r.title, limits.title_chars), kind=r.kind)
                for r in record.references[:10]
            ],
            documentation=record.documentation_url,
            examples=[_cut(e.text.strip("\n"), limits.excerpt_chars) for e in record.examples][
                : limits.examples
            ],
            related=Related(
                leads_to=ids(graph.leads_to),
                preceded_by=ids(graph.preceded_by),
                frequently_confused_with=ids(graph.frequently_confused_with),
            ),
            environment=used,
            resource=record_uri(record.id),
            truncated=sorted(cut),
        )

    # --- search_records ------------------------------------------------------------------------

    def search_records(self, query: str, limit: int | None = None) -> SearchResult:
        """Records whose id, signature, aliases, tags or summary resemble `query`."""
        limits = self.limits
        wanted = _check_count(
            limits.default_hits if limit is None else limit, 1, limits.max_hits, "limit"
        )
        if not query.strip():
            raise BadInput("query is empty: name the error, the tool or the symptom")
        if len(query) > limits.max_query_chars:
            raise BadInput(
                f"query is {len(query):,} characters; the limit is {limits.max_query_chars}. "
                "Search with a few words; to recognise error output, use lookup or diagnose."
            )
        found = [m for m in self._search_index.search(query) if m.score >= SEARCH_MIN]
        cut = []
        if len(found) > wanted:
            cut.append(f"hits: {wanted} of {len(found)}; raise limit for more")
        hits = []
        for match in found[:wanted]:
            record = self.kb.records[match.record_id]
            hits.append(
                SearchHit(
                    record_id=record.id,
                    signature=_cut(record.signature, limits.title_chars),
                    summary=_cut(record.short_cause, limits.text_chars),
                    tags=list(record.tags[:20]),
                    score=match.score,
                    matched_field=match.field,
                )
            )
        summary = (
            f"{len(found)} record(s) resemble the query; best: {hits[0].record_id}"
            if hits
            else "no record resembles the query"
        )
        return SearchResult(
            found=bool(hits),
            summary=summary,
            query=query,
            hits=hits,
            hits_total=len(found),
            truncated=cut,
        )

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
