"""What every importer shares: the import report, validation of the records it builds, slugs, and
writing records one per file."""

from __future__ import annotations

import re
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from errkb.records.dump import export_yaml
from errkb.records.load import bundled_data_dir, record_files
from errkb.records.model import Record
from errkb.records.patterns import backtracking_risk, compile_pattern

__all__ = [
    "ID_PART",
    "ImportReport",
    "RecordImportError",
    "bundled_ids",
    "regex_problem",
    "slugify",
    "validate_record",
    "write_records",
]


ID_PART = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


class RecordImportError(ValueError):
    """A source that cannot become a record; the message says why."""


@dataclass
class ImportReport:
    """What an import produced: records, and the files rejected with a reason each."""

    records: list[Record] = field(default_factory=list)
    rejected: list[tuple[Path, str]] = field(default_factory=list)
    #: record id -> the file it was imported from
    sources: dict[str, Path] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Number of source files looked at."""
        return len(self.records) + len(self.rejected)

    def reason_counts(self) -> dict[str, int]:
        """Rejections by kind of reason (the text before the first colon), most common first."""
        counts = Counter(reason.split(":", 1)[0] for _path, reason in self.rejected)
        return dict(counts.most_common())

    def summary(self) -> str:
        """One line: how many files, imported, rejected, and the rejections by reason."""
        text = f"{self.total} files: {len(self.records)} imported, {len(self.rejected)} rejected"
        if self.rejected:
            kinds = ", ".join(f"{n} {kind}" for kind, n in self.reason_counts().items())
            text += f" ({kinds})"
        return text


# --- validation shared by the importers -----------------------------------------------------


def validate_record(data: Mapping[str, Any]) -> Record:
    try:
        return Record.model_validate(data)
    except ValidationError as exc:
        problems = [
            f"{'.'.join(str(p) for p in item['loc']) or 'record'}: {item['msg']}"
            for item in exc.errors()[:3]
        ]
        more = f" (+{exc.error_count() - 3} more)" if exc.error_count() > 3 else ""
        raise RecordImportError(f"invalid record: {'; '.join(problems)}{more}") from exc


def regex_problem(regex: str, *, ignore_case: bool) -> str | None:
    """Why a pattern cannot be used by errkb, or None when it can."""
    try:
        with warnings.catch_warnings():
            # "Possible nested set" FutureWarnings concern future Python versions, not this one.
            warnings.simplefilter("ignore", FutureWarning)
            pattern = compile_pattern(regex, ignore_case=ignore_case)
    except re.error as exc:
        return f"bad regex: does not compile with Python re: {exc}"
    if re.search(r"(?<!\\)(?:\\\\)*\\[AZ]", regex):
        return (
            "bad regex: uses \\A or \\Z, which errkb patterns must not (they break line scanning)"
        )
    risk = backtracking_risk(regex)
    if risk:
        return f"bad regex: risks catastrophic backtracking: {risk}"
    if pattern.search(""):
        return "bad regex: matches the empty string, so it would flag every line"
    return None


def slugify(text: str, *, max_length: int = 60, drop_prefix: str = "") -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    prefix = re.findall(r"[a-z0-9]+", drop_prefix.lower())
    if prefix and words[: len(prefix)] == prefix and len(words) > len(prefix):
        words = words[len(prefix) :]  # "pkg/errors-x", not "pkg/pkg-errors-x"
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length and slug:
            break
        slug = candidate
    return slug[:max_length]


def write_records(records: Iterable[Record], out_dir: Path) -> list[Path]:
    """Write each record to ``<out_dir>/<domain>/<slug>.yaml``; return the paths written."""
    written: list[Path] = []
    for record in records:
        domain, slug = record.id.split("/", 1)
        target = out_dir / domain / f"{slug}.yaml"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(export_yaml(record), encoding="utf-8")
        written.append(target)
    return written


def bundled_ids() -> set[str]:
    """Ids of the records shipped with errkb (read from file paths; nothing is parsed)."""
    return {record_id for record_id, _path in record_files(bundled_data_dir())}
