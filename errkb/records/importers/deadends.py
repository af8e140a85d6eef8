"""deadends.dev canon trees: every canon file becomes a record or is rejected with a reason of its
own."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from errkb.records.importers.common import (
    ID_PART,
    ImportReport,
    RecordImportError,
    regex_problem,
    validate_record,
)

__all__ = ["import_deadends"]


_DEADENDS_ERROR_KEYS = {"signature", "regex", "domain", "category", "first_seen", "last_confirmed"}
_DEADENDS_VERDICT_KEYS = {"resolvable", "fix_success_rate", "confidence", "last_updated", "summary"}
_DEADENDS_TOP_KEYS = {
    "schema_version",
    "id",
    "url",
    "error",
    "environment",
    "verdict",
    "dead_ends",
    "workarounds",
    "transition_graph",
    "metadata",
}


def _canon_id(data: Mapping[str, Any], path: Path, root: Path) -> tuple[str, str, str]:
    """``(domain, slug, env)`` from the canon's ``id``, else from its path under ``root``."""
    embedded = data.get("id")
    if isinstance(embedded, str) and embedded.count("/") == 2:
        domain, slug, env = embedded.split("/")
    else:
        relative = path.relative_to(root) if root.is_dir() else Path(path.name)
        parts = relative.with_suffix("").parts
        error = data.get("error")
        error_domain = error.get("domain") if isinstance(error, dict) else None
        if len(parts) >= 3:
            domain, slug, env = parts[-3:]
        elif "_" in parts[-1] and (len(parts) == 2 or isinstance(error_domain, str)):
            domain = parts[-2] if len(parts) == 2 else str(error_domain)
            slug, env = parts[-1].rsplit("_", 1)
        else:
            raise RecordImportError(
                "no canon id: neither an 'id' of the form domain/slug/env nor a "
                "<domain>/<slug>/<env>.json or <domain>/<slug>_<env>.json path"
            )
    for name, part in (("domain", domain), ("slug", slug), ("environment", env)):
        if not ID_PART.match(part):
            raise RecordImportError(
                f"no errkb id: canon {name} {part!r} is not lowercase letters, digits, "
                "'.', '_' and '-'"
            )
    return domain, slug, env


def _canon_problem(data: Mapping[str, Any]) -> str | None:
    error = data.get("error")
    if not isinstance(error, dict):
        return "missing field: no 'error' object"
    for key in ("signature", "regex"):
        value = error.get(key)
        if not isinstance(value, str) or not value.strip():
            return f"missing field: error.{key} is missing or empty"
    for key in ("dead_ends", "workarounds"):
        if key in data and not isinstance(data[key], list):
            return f"invalid field: {key} is not a list"
    for key in ("verdict", "environment", "metadata", "transition_graph"):
        if key in data and data[key] is not None and not isinstance(data[key], dict):
            return f"invalid field: {key} is not an object"
    return regex_problem(str(error["regex"]), ignore_case=True)


def _string_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(item) for item in value if item is not None]
    return [str(value)]


def _items(value: Any, mapping: Mapping[str, str]) -> list[dict[str, Any]]:
    """Dead ends or workarounds: known keys renamed/cleaned, unknown keys kept as they are."""
    out: list[dict[str, Any]] = []
    for item in value or []:
        if not isinstance(item, dict):
            raise RecordImportError(f"invalid field: list item {item!r} is not an object")
        entry: dict[str, Any] = {}
        for key, raw in item.items():
            if raw is None:
                continue  # null means "not given": leave the model's default
            entry[mapping.get(key, key)] = _string_list(raw) if key == "sources" else raw
        out.append(entry)
    return out


def _flat_environment(environment: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in environment.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            if key == "runtime" and not prefix and "name" in value:
                flat["runtime"] = " ".join(
                    str(value[k]) for k in ("name", "version_range") if value.get(k)
                )
                rest = {k: v for k, v in value.items() if k not in ("name", "version_range")}
                flat.update(_flat_environment(rest, "runtime."))
            else:
                flat.update(_flat_environment(value, f"{name}."))
        elif value is not None:
            flat[name] = str(value)
    return flat


def _errkb_id(canon_id: str, id_map: Mapping[str, str]) -> str | None:
    if canon_id in id_map:
        return id_map[canon_id]
    parts = canon_id.split("/")
    # A reference to a canon outside the import: its errkb id if it has a single environment.
    if len(parts) >= 2 and ID_PART.match(parts[0]) and ID_PART.match(parts[1]):
        return f"{parts[0]}/{parts[1]}"
    return None


def _transition_graph(graph: Mapping[str, Any], id_map: Mapping[str, str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key in ("leads_to", "preceded_by", "frequently_confused_with"):
        ids: list[str] = []
        for item in graph.get(key) or []:
            canon = item.get("error_id") if isinstance(item, dict) else item
            target = _errkb_id(str(canon), id_map) if canon else None
            if target and target not in ids:
                ids.append(target)
        out[key] = ids
    return out


def _canon_record(
    data: Mapping[str, Any], record_id: str, canon_id: str, id_map: Mapping[str, str]
) -> dict[str, Any]:
    error: dict[str, Any] = data["error"]
    verdict: dict[str, Any] = data.get("verdict") or {}
    environment: dict[str, Any] = data.get("environment") or {}
    metadata: dict[str, Any] = data.get("metadata") or {}
    graph: dict[str, Any] = data.get("transition_graph") or {}
    runtime = environment.get("runtime")
    env_name = canon_id.rsplit("/", 1)[-1]

    record: dict[str, Any] = {
        "id": record_id,
        "signature": " ".join(str(error["signature"]).split()),
        "domain": record_id.split("/", 1)[0],
        "category": error.get("category"),
        "root_cause": verdict.get("summary"),
        "confidence": verdict.get("confidence"),
        "fix_success_rate": verdict.get("fix_success_rate"),
        "resolvable": verdict.get("resolvable"),
        "first_seen": error.get("first_seen"),
        "last_confirmed": error.get("last_confirmed"),
        "last_updated": verdict.get("last_updated"),
        "evidence_count": metadata.get("evidence_count"),
        "verification_tier": metadata.get("review_status"),
        # deadends.dev matches its regexes case-insensitively (re.IGNORECASE in its lookup).
        "patterns": [{"regex": error["regex"], "ignore_case": True}],
        "dead_ends": _items(data.get("dead_ends"), {}),
        "workarounds": _items(data.get("workarounds"), {}),
        "transition_graph": _transition_graph(graph, id_map),
        "tags": [env_name],
        "verification": {
            "method": "imported",
            "environment": _flat_environment(environment),
            "date": metadata.get("last_verification") or metadata.get("generation_date"),
            "notes": (
                f"deadends.dev canon {canon_id}; review status "
                f"{metadata.get('review_status', 'unknown')}; generated by "
                f"{metadata.get('generated_by', 'unknown')}"
            ),
        },
    }
    if isinstance(runtime, dict) and runtime.get("name"):
        version = " ".join(str(runtime[k]) for k in ("name", "version_range") if runtime.get(k))
        record["versions"] = [{"version": version, "status": "active"}]
    if isinstance(data.get("url"), str):
        record["references"] = [
            {"url": data["url"], "title": f"deadends.dev: {canon_id}", "kind": "other"}
        ]
    if record["verification"]["date"] is None:
        del record["verification"]["date"]
    # What errkb has no field for is kept verbatim, so nothing of the canon is lost.
    imported_from: dict[str, Any] = {"format": "deadends.dev canon", "id": canon_id}
    for key in ("url", "schema_version", "environment", "metadata", "transition_graph"):
        if key in data:
            imported_from[key] = data[key]
    extra_error = {k: v for k, v in error.items() if k not in _DEADENDS_ERROR_KEYS}
    extra_verdict = {k: v for k, v in verdict.items() if k not in _DEADENDS_VERDICT_KEYS}
    if extra_error:
        imported_from["error"] = extra_error
    if extra_verdict:
        imported_from["verdict"] = extra_verdict
    for key, value in data.items():
        if key not in _DEADENDS_TOP_KEYS:
            imported_from[key] = value
    record["imported_from"] = imported_from
    return {key: value for key, value in record.items() if value is not None}


def import_deadends(root: Path) -> ImportReport:
    """Import every ``*.json`` canon under ``root`` (or the one file ``root`` names).

    Each file becomes a record or a rejection with its own reason.

    Ids: ``<domain>/<slug>`` when the slug has one environment file, and
    ``<domain>/<slug>_<env>`` for each file when it has several (deadends.dev's own flat file
    name); the canon's id is kept in ``imported_from.id``. Transition-graph references are
    mapped to these ids.
    """
    report = ImportReport()
    loaded: list[tuple[Path, dict[str, Any], tuple[str, str, str]]] = []
    files = [root] if root.is_file() else sorted(p for p in root.rglob("*.json") if p.is_file())
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            report.rejected.append((path, f"unreadable: {' '.join(str(exc).split())}"))
            continue
        if not isinstance(data, dict):
            report.rejected.append((path, "not a canon: expected a JSON object"))
            continue
        problem = _canon_problem(data)
        if problem is None:
            try:
                loaded.append((path, data, _canon_id(data, path, root)))
                continue
            except RecordImportError as exc:
                problem = str(exc)
        report.rejected.append((path, problem))

    envs: dict[tuple[str, str], set[str]] = {}
    for _path, _data, (domain, slug, env) in loaded:
        envs.setdefault((domain, slug), set()).add(env)
    id_map: dict[str, str] = {}
    for _path, _data, (domain, slug, env) in loaded:
        several = len(envs[(domain, slug)]) > 1
        id_map[f"{domain}/{slug}/{env}"] = (
            f"{domain}/{slug}_{env}" if several else f"{domain}/{slug}"
        )

    for path, data, (domain, slug, env) in loaded:
        canon_id = f"{domain}/{slug}/{env}"
        record_id = id_map[canon_id]
        if record_id in report.sources:
            other = report.sources[record_id]
            report.rejected.append((path, f"duplicate: canon {canon_id} is also {other}"))
            continue
        try:
            record = validate_record(_canon_record(data, record_id, canon_id, id_map))
        except RecordImportError as exc:
            report.rejected.append((path, str(exc)))
            continue
        report.records.append(record)
        report.sources[record_id] = path
    report.rejected.sort()
    return report
