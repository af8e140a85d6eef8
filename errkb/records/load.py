"""Find and load record files, stacking knowledge-base directories.

Loading never stops at a bad file: each problem becomes a `LoadError` naming the file, the
field and the reason, and every other record still loads.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from pydantic import ValidationError

from errkb.records.model import Record
from errkb.records.patterns import backtracking_risk, broadness

__all__ = [
    "RECORD_SUFFIXES",
    "LoadError",
    "LoadResult",
    "Override",
    "bundled_data_dir",
    "default_search_path",
    "load_directories",
    "load_record_file",
    "pattern_field",
    "record_files",
]

RECORD_SUFFIXES = (".yaml", ".yml", ".json")


class _YamlError(ValueError):
    """A YAML syntax error, as a ValueError so that callers need not import PyYAML."""


@dataclass(frozen=True)
class LoadError:
    """A problem with one record file: which file, which field, what is wrong."""

    path: str
    code: str
    message: str
    field: str | None = None
    record_id: str | None = None

    def __str__(self) -> str:
        where = f" [{self.field}]" if self.field else ""
        return f"{self.path}: {self.code}{where} {self.message}"


@dataclass(frozen=True)
class Override:
    """A record from a later knowledge-base directory that replaced an earlier one."""

    record_id: str
    path: str
    replaced: str


@dataclass
class LoadResult:
    """Records by id (later directories win), where each came from, and what went wrong."""

    records: Mapping[str, Record]
    sources: dict[str, str]
    errors: list[LoadError]
    overrides: list[Override]
    disabled_patterns: dict[str, set[int]]


def bundled_data_dir() -> Path:
    """The knowledge base shipped with errkb: inside the wheel, or the repository's data/."""
    package = Path(__file__).resolve().parent.parent  # errkb/, two levels above this module
    installed = package / "_bundled"
    if installed.is_dir():
        return installed
    return package.parent / "data"


def _user_config_dir() -> Path:
    # ~/.config/errkb on Linux (honouring XDG_CONFIG_HOME), the platform's own place elsewhere.
    return Path(platformdirs.user_config_dir("errkb", appauthor=False))


def _project_dir(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        candidate = folder / ".errkb"
        if candidate.is_dir():
            return candidate
    return None


def default_search_path(
    *, include_bundled: bool = True, cwd: Path | None = None, environ: dict[str, str] | None = None
) -> list[Path]:
    """Knowledge-base directories in precedence order (a later one overrides an id).

    The bundled records, the user's config directory (``~/.config/errkb``), each entry of
    ``ERRKB_PATH`` (``os.pathsep``-separated), then the nearest project ``.errkb/``.
    ``ERRKB_NO_BUNDLED=1`` leaves the bundled records out.
    """
    env = os.environ if environ is None else environ
    dirs: list[Path] = []
    if include_bundled and env.get("ERRKB_NO_BUNDLED", "") not in ("1", "true", "yes"):
        dirs.append(bundled_data_dir())
    user = _user_config_dir()
    if user.is_dir():
        dirs.append(user)
    dirs.extend(Path(p).expanduser() for p in env.get("ERRKB_PATH", "").split(os.pathsep) if p)
    project = _project_dir((cwd or Path.cwd()).resolve())
    if project is not None:
        dirs.append(project)
    return dirs


def _records_root(directory: Path) -> Path:
    # A knowledge-base directory holds `<domain>/<slug>.yaml` directly or under `records/`.
    nested = directory / "records"
    return nested if nested.is_dir() else directory


def record_files(directory: Path) -> Iterator[tuple[str, Path]]:
    """Every record file under a knowledge-base directory, with the id its path gives."""
    root = _records_root(directory)
    if not root.is_dir():
        return
    for path in sorted(root.rglob("*")):
        if path.suffix not in RECORD_SUFFIXES or not (path.is_file() or path.is_symlink()):
            continue
        relative = path.relative_to(root)
        if any(part.startswith((".", "_")) for part in relative.parts):
            continue
        if len(relative.parts) != 2:
            continue  # records live exactly one folder deep: <domain>/<slug>.<ext>
        yield f"{relative.parts[0]}/{relative.stem}", path


def _parse(path: Path, raw: bytes) -> Any:
    text = raw.decode("utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    # Imported here: a start from the index cache parses no record file and skips PyYAML.
    import yaml

    try:
        # libyaml's loader where PyYAML has it: many times faster than the pure-Python one.
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise _YamlError(str(exc)) from exc


def _field_of(error: dict[str, Any]) -> str:
    return ".".join(str(part) for part in error.get("loc", ())) or "(record)"


def load_record_file(
    path: Path, expected_id: str, raw: bytes | None = None
) -> tuple[Record | None, list[LoadError], set[int]]:
    """Load one file: the record (or None), its problems, and indexes of patterns to disable."""
    shown = str(path)
    try:
        data = _parse(path, path.read_bytes() if raw is None else raw)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        reason = " ".join(str(exc).split())
        return None, [LoadError(shown, "ERRKB010", f"cannot read or parse: {reason}")], set()
    if not isinstance(data, dict):
        kind = type(data).__name__
        return None, [LoadError(shown, "ERRKB010", f"expected a mapping, found {kind}")], set()
    data.setdefault("id", expected_id)
    data.setdefault("domain", expected_id.split("/", 1)[0])
    try:
        record = Record.model_validate(data)
    except ValidationError as exc:
        errors = [
            LoadError(
                shown, "ERRKB007", item["msg"], field=_field_of(dict(item)), record_id=expected_id
            )
            for item in exc.errors()
        ]
        return None, errors, set()
    # Every reason a record is refused at once, so one edit fixes them all.
    refusals = [
        LoadError(shown, "ERRKB007", "required field missing or empty", name, expected_id)
        for name in record.missing_required()
    ]
    if record.id != expected_id:
        message = f"id {record.id!r} does not match its path, which gives {expected_id!r}"
        refusals.append(LoadError(shown, "ERRKB001", message, field="id", record_id=record.id))
    if refusals:
        return None, refusals, set()
    problems: list[LoadError] = []
    disabled: set[int] = set()
    for index, spec in enumerate(record.all_patterns):
        field = pattern_field(record, index)
        try:
            re.compile(spec.regex, re.MULTILINE | (re.IGNORECASE if spec.ignore_case else 0))
        except re.error as exc:
            problems.append(
                LoadError(shown, "ERRKB002", f"pattern does not compile: {exc}", field, record.id)
            )
            disabled.add(index)
            continue
        risk = backtracking_risk(spec.regex)
        if risk:
            problems.append(
                LoadError(shown, "ERRKB003", f"pattern disabled: {risk}", field, record.id)
            )
            disabled.add(index)
            continue
        broad = broadness(spec.regex, ignore_case=spec.ignore_case)
        if broad:
            problems.append(
                LoadError(shown, "ERRKB015", f"pattern disabled: {broad}", field, record.id)
            )
            disabled.add(index)
    return record, problems, disabled


def pattern_field(record: Record, index: int) -> str:
    if record.regex:
        return "regex" if index == 0 else f"patterns.{index - 1}.regex"
    return f"patterns.{index}.regex"


def load_directories(
    directories: Iterable[Path], *, records: MutableMapping[str, Record] | None = None
) -> LoadResult:
    """Load every record of every directory; a later directory overrides an id.

    `records` receives the records as they load (the index builder passes one that writes
    each to disk rather than holding them all).
    """
    loaded: MutableMapping[str, Record] = {} if records is None else records
    result = LoadResult(loaded, {}, [], [], {})
    for directory in directories:
        seen_here: dict[str, str] = {}
        for record_id, path in record_files(directory):
            if record_id in seen_here:
                message = f"duplicate id {record_id!r}: also defined by {seen_here[record_id]}"
                result.errors.append(LoadError(str(path), "ERRKB008", message, "id", record_id))
                continue
            seen_here[record_id] = str(path)
            record, problems, disabled = load_record_file(path, record_id)
            result.errors.extend(problems)
            if record is None:
                continue
            if record_id in result.sources:
                result.overrides.append(Override(record_id, str(path), result.sources[record_id]))
            loaded[record_id] = record
            result.sources[record_id] = str(path)
            if disabled:
                result.disabled_patterns[record_id] = disabled
            else:
                result.disabled_patterns.pop(record_id, None)
    return result
