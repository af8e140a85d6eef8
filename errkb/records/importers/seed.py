"""The flat seed JSON record, loaded as it is, losslessly."""

from __future__ import annotations

import json
from pathlib import Path

from errkb.records.importers.common import RecordImportError, regex_problem, validate_record
from errkb.records.model import Record

__all__ = ["import_seed", "seed_from_text"]


def import_seed(path_or_text: str | Path) -> Record:
    """Load a flat seed record (JSON) unchanged: a path, or the JSON text itself.

    A string starting with ``{`` or ``[`` is JSON text; any other string is a path.

    The record keeps every seed field as it was: ``record.seed_dict()`` equals the input, and
    so does the seed dictionary of the YAML file :func:`write_records` writes for it.
    """
    if isinstance(path_or_text, str) and path_or_text.lstrip().startswith(("{", "[")):
        return seed_from_text(path_or_text)
    source = Path(path_or_text)
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RecordImportError(f"unreadable: {exc}") from exc
    return seed_from_text(text)


def seed_from_text(text: str) -> Record:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordImportError(f"invalid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise RecordImportError("invalid seed: expected a JSON object")
    regex = data.get("regex")
    if isinstance(regex, str) and regex:
        problem = regex_problem(regex, ignore_case=False)
        if problem:
            raise RecordImportError(problem)
    return validate_record(data)
