"""Turn third-party error knowledge into errkb record files.

Three sources are understood:

* the flat seed JSON record (``*.record.json``): loaded as it is, losslessly;
* a deadends.dev canon tree (``<domain>/<slug>/<env>.json`` or ``<domain>/<slug>_<env>.json``):
  every file becomes a record or is rejected with a reason of its own;
* a "fix page" (plain text derived from a closed upstream issue): its failure signature, fixed
  release, fix options and environment become a record.

The records are written one per file as ``<out>/<domain>/<slug>.yaml``, a directory the user
adds to their knowledge-base path. An imported id that a bundled record already uses is skipped
(with the reason) unless ``--allow-override`` is given: imports never replace bundled knowledge
silently.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import sys
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape

from errkb._export import export_yaml
from errkb._load import bundled_data_dir, record_files
from errkb._record import Record
from errkb._regex import backtracking_risk, compile_pattern

__all__ = [
    "IMPORT_FORMATS",
    "ImportReport",
    "RecordImportError",
    "add_import_parser",
    "bundled_ids",
    "import_deadends",
    "import_fix_page",
    "import_seed",
    "infer_package",
    "run_import",
    "write_records",
]

#: The ``errkb import`` sub-commands.
IMPORT_FORMATS = ("seed", "deadends", "fix-page")

_PART = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


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


def _validate(data: Mapping[str, Any]) -> Record:
    try:
        return Record.model_validate(data)
    except ValidationError as exc:
        problems = [
            f"{'.'.join(str(p) for p in item['loc']) or 'record'}: {item['msg']}"
            for item in exc.errors()[:3]
        ]
        more = f" (+{exc.error_count() - 3} more)" if exc.error_count() > 3 else ""
        raise RecordImportError(f"invalid record: {'; '.join(problems)}{more}") from exc


def _regex_problem(regex: str, *, ignore_case: bool) -> str | None:
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


def _slugify(text: str, *, max_length: int = 60, drop_prefix: str = "") -> str:
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


# --- seed records ---------------------------------------------------------------------------


def import_seed(path_or_text: str | Path) -> Record:
    """Load a flat seed record (JSON) unchanged: a path, or the JSON text itself.

    A string starting with ``{`` or ``[`` is JSON text; any other string is a path.

    The record keeps every seed field as it was: ``record.seed_dict()`` equals the input, and
    so does the seed dictionary of the YAML file :func:`write_records` writes for it.
    """
    if isinstance(path_or_text, str) and path_or_text.lstrip().startswith(("{", "[")):
        return _seed_from_text(path_or_text)
    source = Path(path_or_text)
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RecordImportError(f"unreadable: {exc}") from exc
    return _seed_from_text(text)


def _seed_from_text(text: str) -> Record:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordImportError(f"invalid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise RecordImportError("invalid seed: expected a JSON object")
    regex = data.get("regex")
    if isinstance(regex, str) and regex:
        problem = _regex_problem(regex, ignore_case=False)
        if problem:
            raise RecordImportError(problem)
    return _validate(data)


# --- deadends.dev canons --------------------------------------------------------------------

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
        if not _PART.match(part):
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
    return _regex_problem(str(error["regex"]), ignore_case=True)


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
    if len(parts) >= 2 and _PART.match(parts[0]) and _PART.match(parts[1]):
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
            record = _validate(_canon_record(data, record_id, canon_id, id_map))
        except RecordImportError as exc:
            report.rejected.append((path, str(exc)))
            continue
        report.records.append(record)
        report.sources[record_id] = path
    report.rejected.sort()
    return report


# --- fix pages ------------------------------------------------------------------------------

_FIX_PAGE_SECTIONS = {
    "the fix": "fix",
    "why this fix works in production": "why_fix_works",
    "why this breaks in prod": "why_breaks",
    "proof / evidence": "evidence",
    "discussion": "discussion",
    "failure signature (search string)": "signature",
    "failure signature": "signature",
    "error message": "error_message",
    "minimal reproduction": "reproduction",
    "environment": "environment",
    "what broke": "what_broke",
    "why it broke": "why_broke",
    "fix options (details)": "fix_options",
    "fix options": "fix_options",
    "when not to use this fix": "when_not",
    "verify fix": "verify",
    "did this fix work in your case?": "feedback",
    "prevention": "prevention",
    "version compatibility table": "versions",
    "version compatibility": "versions",
    "related issues": "related",
    "sources": "sources",
    "get updates": "subscribe",
}

_REPO_URL = re.compile(
    r"https?://(?:www\.)?(?P<host>github\.com|gitlab\.com)/(?P<owner>[\w.-]+)/(?P<repo>[\w.-]+?)"
    r"(?:\.git)?(?=[/\s)\]>\"'#?,;]|$)(?:/(?:-/)?(?P<kind>[a-z_]+)(?:/(?P<ref>[\w.-]+))?)?"
)
_REPO_REFERENCE = re.compile(
    r"\b(?P<owner>[A-Za-z0-9][\w.-]*)/(?P<repo>[A-Za-z0-9][\w.-]*)\s+"
    r"(?P<kind>issue|pr|pull request|pull|mr|merge request)\s+#(?P<ref>\d+)",
    re.IGNORECASE,
)
# GitHub paths that look like owner/repo but are not repositories.
_NOT_OWNERS = {"orgs", "users", "settings", "sponsors", "marketplace", "features", "topics"}

_INSTALL = re.compile(
    r"(?P<tool>\b(?:python3?\s+-m\s+pip|uv\s+pip|pip3?|pipx|poetry|npm|yarn|pnpm|cargo|gem))"
    r"\s+(?P<verb>install|add|i)\b(?P<args>[^\n`“”\"]*)"
)
_TOOL_ECOSYSTEM = {
    "pip": "pypi",
    "pip3": "pypi",
    "pipx": "pypi",
    "poetry": "pypi",
    "uv pip": "pypi",
    "python -m pip": "pypi",
    "python3 -m pip": "pypi",
    "npm": "npm",
    "yarn": "npm",
    "pnpm": "npm",
    "cargo": "crates.io",
    "gem": "rubygems",
}
_SPEC = re.compile(r"^[A-Za-z0-9@][\w.@/-]*(?:\[[\w,.-]+\])?(?:[<>=!~^@]=?[\w.*+!-]+)*$")
_VERSION = r"v?\d+(?:\.\d+)+(?:[-.+]?[A-Za-z0-9]+)*"
_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_CALL_SITE = re.compile(r"\s+\S+\s+@\s+\S+:\d+(?::\d+)?\s*$")


@dataclass(frozen=True)
class _RepoRef:
    """A repository named by the page, with what it points at: ``pull``, ``issue``..."""

    host: str
    owner: str
    repo: str
    kind: str
    ref: str

    @property
    def url(self) -> str:
        base = f"https://{self.host}/{self.owner}/{self.repo}"
        if self.kind == "pull":
            return (
                f"{base}/-/merge_requests/{self.ref}"
                if self.host == "gitlab.com"
                else (f"{base}/pull/{self.ref}")
            )
        if self.kind == "issue":
            return (
                f"{base}/-/issues/{self.ref}"
                if self.host == "gitlab.com"
                else (f"{base}/issues/{self.ref}")
            )
        return base


_REF_KINDS = {
    "pull": "pull",
    "pulls": "pull",
    "pr": "pull",
    "pull request": "pull",
    "merge_requests": "pull",
    "merge request": "pull",
    "mr": "pull",
    "issues": "issue",
    "issue": "issue",
    "commit": "commit",
    "commits": "commit",
}


@dataclass(frozen=True)
class _Install:
    tool: str
    spec: str
    name: str
    ecosystem: str

    @property
    def argv(self) -> list[str]:
        return [
            *self.tool.split(),
            "add" if self.tool in ("poetry", "yarn") else "install",
            self.spec,
        ]

    @property
    def bare(self) -> bool:
        """Installs only a package name, with no extra and no version."""
        return self.spec == self.name


def _normalise_name(name: str) -> str:
    # PEP 503 normalisation; harmless for npm and crates names.
    return re.sub(r"[-_.]+", "-", name).lower()


def _repo_refs(text: str) -> list[_RepoRef]:
    refs: list[_RepoRef] = []
    for match in _REPO_URL.finditer(text):
        owner, repo = match["owner"], match["repo"].rstrip(".")
        if owner.lower() in _NOT_OWNERS or not repo:
            continue
        kind = _REF_KINDS.get((match["kind"] or "").lower(), "other")
        refs.append(_RepoRef(match["host"], owner, repo, kind, match["ref"] or ""))
    for match in _REPO_REFERENCE.finditer(text):
        kind = _REF_KINDS.get(" ".join(match["kind"].lower().split()), "other")
        refs.append(_RepoRef("github.com", match["owner"], match["repo"], kind, match["ref"]))
    return refs


def _installs(text: str) -> list[_Install]:
    found: list[_Install] = []
    for match in _INSTALL.finditer(text):
        tool = " ".join(match["tool"].split())
        args = match["args"]
        try:
            words = shlex.split(args)
        except ValueError:
            words = args.replace("\\", "").split()
        spec = next((w for w in words if not w.startswith("-")), "")
        spec = spec.rstrip(".,;:)…")
        if not spec or not _SPEC.match(spec):
            continue
        name = re.split(r"[\[<>=!~^]|(?<=.)@", spec, maxsplit=1)[0]
        found.append(_Install(tool, spec, name, _TOOL_ECOSYSTEM.get(tool, "pypi")))
    return found


def _name_variants(repo: str) -> set[str]:
    name = _normalise_name(repo)
    variants = {name}
    for prefix in ("python-", "py-", "node-"):
        if name.startswith(prefix):
            variants.add(name[len(prefix) :])
    for suffix in ("-python", "-py", "-js", "-rs", "-node"):
        if name.endswith(suffix):
            variants.add(name[: -len(suffix)])
    return variants


def infer_package(text: str) -> tuple[str, str]:
    """The package a fix page is about, and its ecosystem (``pypi``, ``npm``...).

    The repository of the fix's pull request (else the most cited repository of the page) names
    the package; an install command of the page that installs a variant of that name
    (``python-foo`` -> ``foo``) gives the exact distribution name and the ecosystem. Without a
    repository, the most installed package wins. Raises :class:`RecordImportError` when the
    page names neither.
    """
    refs = _repo_refs(text)
    installs = _installs(text)
    repo = _main_repo(refs)
    if repo is not None:
        variants = _name_variants(repo)
        for install in installs:
            if _normalise_name(install.name) in variants:
                return _normalise_name(install.name), install.ecosystem
        return _normalise_name(repo), _ecosystem_hint(text, installs)
    if installs:
        most = Counter(_normalise_name(i.name) for i in installs).most_common(1)[0][0]
        chosen = next(i for i in installs if _normalise_name(i.name) == most)
        return most, chosen.ecosystem
    raise RecordImportError(
        "cannot infer the package: the page has no GitHub/GitLab link, no owner/repo issue "
        "reference and no install command"
    )


def _main_repo(refs: Sequence[_RepoRef]) -> str | None:
    """The fix's repository: that of a pull request, else the most cited one (first on ties)."""
    pulls = [ref.repo for ref in refs if ref.kind == "pull"]
    if pulls:
        return pulls[0]
    counts = Counter(_normalise_name(ref.repo) for ref in refs)
    best = max(counts.values(), default=0)
    return next((ref.repo for ref in refs if counts[_normalise_name(ref.repo)] == best), None)


def _ecosystem_hint(text: str, installs: Sequence[_Install]) -> str:
    if installs:
        return Counter(i.ecosystem for i in installs).most_common(1)[0][0]
    lowered = text.lower()
    if re.search(r"\b(node(\.js)?|npm|yarn)\b", lowered):
        return "npm"
    if re.search(r"\b(python|pip|pypi)\b", lowered):
        return "pypi"
    return "github"


def _sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {"preamble": []}
    current = "preamble"
    for raw in text.splitlines():
        line = raw.strip()
        title = line.lstrip("#").strip().rstrip(":").strip().casefold()
        if title in _FIX_PAGE_SECTIONS:
            current = _FIX_PAGE_SECTIONS[title]
            sections.setdefault(current, [])
            continue
        if line:
            sections[current].append(line)
    return sections


def _bullets(lines: Iterable[str]) -> list[str]:
    return [line.lstrip("•*- \t").strip() for line in lines if line[:1] in "•*-"]


def _key_values(lines: Iterable[str]) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for line in lines:
        text = line.lstrip("•*- \t")
        key, sep, value = text.partition(":")
        if sep and key.strip() and len(key) <= 40 and value.strip():
            pairs.setdefault(key.strip().casefold(), value.strip())
    return pairs


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?" else text + "."


def _error_message(lines: Sequence[str]) -> str:
    kept = [
        line
        for line in lines
        if line.casefold() not in ("stack trace", "traceback")
        and not re.fullmatch(r"[\w.-]+\.(?:txt|log|out|err)", line)
    ]
    text = " ".join(kept)
    return re.sub(r"^Error Message\s*-+\s*", "", text).strip()


def _pattern_for(signature: str) -> str:
    # re.escape also escapes spaces, which makes YAML patterns hard to read; spaces are literal.
    return re.escape(signature).replace("\\ ", " ")


def _fix_options(lines: Sequence[str]) -> list[tuple[str, list[str]]]:
    options: list[tuple[str, list[str]]] = []
    for line in lines:
        match = re.match(r"^Option\s+\w+\s*[—–:-]+\s*(?P<title>.+)$", line)
        if match:
            title = re.sub(
                r"\s+(?:safe default\b.*|\(recommended\)|recommended)$",
                "",
                match["title"],
                flags=re.IGNORECASE,
            )
            options.append((title.strip(), []))
        elif options:
            options[-1][1].append(line)
    return options


def import_fix_page(
    text: str, *, source: str | None = None, record_id: str | None = None
) -> Record:
    """Turn a fix page into a record.

    The failure signature becomes the signature and an escaped pattern, the error message the
    example, the fixed release a ``fixed_releases`` entry (package inferred by
    :func:`infer_package`), the fix options and install commands from the discussion
    workarounds, the issue and fix links references, the environment the verification
    environment. ``source`` (the page's URL or file) is recorded; ``record_id`` overrides the
    id, which is otherwise ``<package>/<signature words>``.
    """
    sections = _sections(text)
    evidence = _key_values(sections.get("evidence", []))
    mechanism = _key_values(sections.get("why_fix_works", []))
    breaks = _key_values(sections.get("why_breaks", []))

    error_message = _error_message(sections.get("error_message", []))
    signature_lines = _bullets(sections.get("signature", [])) or sections.get("signature", [])
    raw_signature = next(
        (s for s in (*signature_lines, error_message, mechanism.get("trigger", "")) if s), ""
    )
    signature = _CALL_SITE.sub("", raw_signature).strip()
    if not signature:
        raise RecordImportError("no failure signature: the page has no signature or error message")

    package, ecosystem = infer_package(text)
    refs = _repo_refs(text)
    repo_ref = next((r for r in refs if _normalise_name(r.repo) in _name_variants(package)), None)
    repo_ref = repo_ref or (refs[0] if refs else None)

    fix_url = evidence.get("fix pr") or evidence.get("fix reference") or ""
    stated = _repo_refs(fix_url)
    if stated and stated[0].ref:
        fix_url = stated[0].url  # canonical form: no ".git", no trailing "/files"
    elif not re.match(r"https?://", fix_url):
        fix_url = next((r.url for r in refs if r.kind == "pull" and r.ref), "")
    issue_url = ""
    issue_number = re.search(r"#?(\d+)", evidence.get("github issue", ""))
    if issue_number and repo_ref is not None:
        issue_url = _RepoRef(
            repo_ref.host, repo_ref.owner, repo_ref.repo, "issue", issue_number.group(1)
        ).url
    else:
        issue_url = next((r.url for r in refs if r.kind == "issue" and r.ref), "")

    version_match = re.search(_VERSION, evidence.get("first fixed release", ""))
    if version_match is None:
        fix_text = " ".join(sections.get("fix", [])[:1] + sections.get("fix_options", []))
        version_match = re.search(rf"(?:version|release)\s+({_VERSION})", fix_text, re.I)
    version = version_match.group(version_match.lastindex or 0) if version_match else None
    version = version.lstrip("v") if version else None

    confidence_match = re.search(r"\d*\.?\d+", evidence.get("confidence", ""))
    confidence = float(confidence_match.group()) if confidence_match else None
    if confidence is not None and not 0 <= confidence <= 1:
        confidence = confidence / 100 if confidence <= 100 else None
    worked = evidence.get("did this fix it?", "").lower().startswith("yes")
    fix_rate = confidence if (worked and confidence is not None) else 0.5

    workarounds = _fix_page_workarounds(
        sections, package, ecosystem, version, fix_url, issue_url, fix_rate
    )
    examples: list[dict[str, str]] = []
    for candidate in (error_message, *signature_lines, breaks.get("surfaces as", "")):
        candidate = " ".join(candidate.split())
        if candidate and all(e["text"] != candidate for e in examples):
            examples.append({"text": candidate, "source": source or "fix page"})

    why_broke = " ".join(sections.get("why_broke", [])) or mechanism.get("mechanism", "")
    what_broke = " ".join(sections.get("what_broke", []))
    root_cause = " ".join(_sentence(part) for part in (why_broke, what_broke) if part)

    domain = _slugify(package, max_length=40)
    slug = _slugify(signature, max_length=48, drop_prefix=package)
    record: dict[str, Any] = {
        "id": record_id or f"{domain}/{slug}",
        "signature": signature,
        "domain": (record_id or domain).split("/", 1)[0],
        "root_cause": root_cause,
        "patterns": [{"regex": _pattern_for(signature)}],
        "examples": examples,
        "workarounds": workarounds,
        "tags": [_normalise_name(package)],
    }
    if mechanism.get("mechanism"):
        record["summary"] = _sentence(mechanism["mechanism"])
    if confidence is not None:
        record["confidence"] = confidence
    if worked and confidence is not None:
        record["fix_success_rate"] = confidence
    last_verified = evidence.get("last verified")
    if last_verified:
        record["last_confirmed"] = last_verified
    dates = sorted(_DATE.findall(" ".join(sections.get("discussion", []))))
    if dates:
        record["first_seen"] = dates[0]
    if version:
        note = mechanism.get("why the fix works", "")
        note = re.sub(r"\s*\(first fixed release:[^)]*\)\.?", "", note).strip()
        record["fixed_releases"] = [
            {
                "package": package,
                "ecosystem": ecosystem,
                "version": version,
                "change": fix_url,
                "note": note,
            }
        ]
    versions = _fix_page_versions(sections.get("versions", []), package)
    if versions:
        record["versions"] = versions
    references = []
    if issue_url:
        number = issue_url.rstrip("/").rsplit("/", 1)[-1]
        references.append({"url": issue_url, "title": f"{package} #{number}", "kind": "issue"})
    if fix_url:
        number = fix_url.rstrip("/").rsplit("/", 1)[-1]
        references.append({"url": fix_url, "title": f"{package} fix #{number}", "kind": "pull"})
    if source and re.match(r"https?://", source):
        references.append({"url": source, "title": "fix page", "kind": "article"})
    if references:
        record["references"] = references
    environment = {
        key: value for key, value in _key_values(sections.get("environment", [])).items()
    }
    reproduced = evidence.get("reproduced locally", "not stated")
    record["verification"] = {
        "method": "reported",
        "environment": environment,
        "notes": f"Imported from a fix page; reproduced locally: {reproduced}",
    }
    if last_verified:
        record["verification"]["date"] = last_verified
    prevention = _bullets(sections.get("prevention", []))
    if prevention:
        record["prevention"] = prevention
    imported_from: dict[str, Any] = {"format": "fix page"}
    if source:
        imported_from["source"] = source
    reproduction = [
        line
        for line in sections.get("reproduction", [])
        if not re.fullmatch(r"[\w.-]+\.(?:py|sh|txt|js|ts|log)", line)  # a file name caption
    ]
    if reproduction:
        imported_from["reproduction"] = "\n".join(reproduction)
    record["imported_from"] = imported_from
    return _validate(record)


def _fix_page_workarounds(
    sections: Mapping[str, list[str]],
    package: str,
    ecosystem: str,
    version: str | None,
    fix_url: str,
    issue_url: str,
    fix_rate: float,
) -> list[dict[str, Any]]:
    options = _fix_options(sections.get("fix_options", []))
    if not options and sections.get("fix"):
        options = [(sections["fix"][0], [sections["fix"][0]])]
    when_not = " ".join(_bullets(sections.get("when_not", [])))
    workarounds: list[dict[str, Any]] = []
    for title, body in options:
        facts = _key_values(body)
        how = " ".join(
            line
            for line in body
            if not re.match(
                r"^(when not to use|fix reference|first fixed release|last verified)\b", line, re.I
            )
        )
        upgrade = bool(re.match(r"upgrade\b", title, re.I)) and version is not None
        entry: dict[str, Any] = {
            "action": f"Upgrade {package} to {version} or later" if upgrade else _sentence(title),
            "success_rate": fix_rate,
            "how": how,
        }
        condition = facts.get("when not to use") or when_not
        if condition:
            entry["condition"] = _sentence(condition)
        sources = [url for url in (facts.get("fix reference") or fix_url, issue_url) if url]
        if sources:
            entry["sources"] = list(dict.fromkeys(sources))
        if upgrade and ecosystem == "pypi":
            entry["commands"] = [{"argv": ["pip", "install", "--upgrade", f"{package}>={version}"]}]
        elif upgrade and ecosystem == "npm":
            entry["commands"] = [{"argv": ["npm", "install", f"{package}@>={version}"]}]
        workarounds.append(entry)

    seen: set[tuple[str, ...]] = set()
    for install in _installs(" ".join(sections.get("discussion", []))):
        if install.bare and _normalise_name(install.name) == package:
            continue  # installing the package as it already is: the situation, not a fix
        tool = {"pip3": "pip", "python3 -m pip": "python -m pip"}.get(install.tool, install.tool)
        normalised = _Install(tool, install.spec, install.name, install.ecosystem)
        key = tuple(normalised.argv)
        if key in seen:
            continue
        seen.add(key)
        how = "Suggested in the issue discussion."
        if "[" in install.spec:
            how += " Quote the argument in zsh and fish, which read brackets as a glob pattern."
        entry = {
            "action": f"Install `{install.spec}`",
            "success_rate": 0.5,
            "how": how,
            "commands": [{"argv": normalised.argv}],
        }
        if issue_url:
            entry["sources"] = [issue_url]
        workarounds.append(entry)
    return workarounds


def _fix_page_versions(lines: Sequence[str], package: str) -> list[dict[str, str]]:
    versions: list[dict[str, str]] = []
    for line in lines:
        match = re.match(rf"^({_VERSION})\s+(\w[\w -]*)$", line)
        if match:
            versions.append(
                {"version": f"{package} {match.group(1)}", "status": match.group(2).lower()}
            )
    return versions


# --- writing --------------------------------------------------------------------------------


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


# --- command line ---------------------------------------------------------------------------


def add_import_parser(subparsers: Any) -> None:
    """Add ``errkb import {seed,deadends,fix-page} SRC... -o DIR [--json] [--allow-override]``."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "import",
        help="turn third-party error knowledge into record files",
        description=(
            "Convert seed records, deadends.dev canons or fix pages into errkb record files "
            "(<DIR>/<domain>/<slug>.yaml). Add DIR to your knowledge-base path to use them."
        ),
    )
    formats = parser.add_subparsers(dest="import_format", metavar="FORMAT", required=True)
    helps = {
        "seed": "flat seed JSON records (*.record.json); '-' reads standard input",
        "deadends": "deadends.dev canon folders (<domain>/<slug>/<env>.json) or files",
        "fix-page": "fix pages (plain text from a closed upstream issue); '-' reads stdin",
    }
    for name in IMPORT_FORMATS:
        sub = formats.add_parser(name, help=helps[name], description=helps[name])
        sub.add_argument("sources", nargs="+", metavar="SRC")
        sub.add_argument(
            "-o", "--output", required=True, type=Path, metavar="DIR", help="where to write"
        )
        sub.add_argument("--json", action="store_true", help="print a JSON report")
        sub.add_argument(
            "--allow-override",
            action="store_true",
            help="also write records whose id a bundled record uses (they then replace it)",
        )
        if name == "fix-page":
            sub.add_argument("--source-url", help="the page's address, kept as a reference")
        sub.set_defaults(handler=run_import, import_format=name)


def _read_source(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    return Path(source).read_text(encoding="utf-8")


def _collect(
    args: argparse.Namespace,
) -> tuple[list[Record], list[tuple[str, str]], dict[str, str]]:
    records: list[Record] = []
    rejected: list[tuple[str, str]] = []
    origin: dict[str, str] = {}
    fmt: str = args.import_format
    for source in args.sources:
        try:
            if fmt == "deadends":
                root = Path(source)
                if not root.exists():
                    raise RecordImportError("no such file or directory")
                report = import_deadends(root)
                rejected.extend((str(path), reason) for path, reason in report.rejected)
                for record in report.records:
                    records.append(record)
                    origin[record.id] = str(report.sources[record.id])
                continue
            text = _read_source(source)
            if fmt == "seed":
                record = _seed_from_text(text)
            else:
                page_source = getattr(args, "source_url", None) or (
                    None if source == "-" else source
                )
                record = import_fix_page(text, source=page_source)
        except (RecordImportError, OSError, UnicodeDecodeError) as exc:
            rejected.append((source, str(exc)))
            continue
        records.append(record)
        origin[record.id] = source
    return records, rejected, origin


def run_import(args: argparse.Namespace, console: Console) -> int:
    """Handle ``errkb import``: 0 when every source was written, 1 when any was not."""
    records, rejected, origin = _collect(args)
    unique: list[Record] = []
    seen: set[str] = set()
    for record in records:
        if record.id in seen:
            rejected.append(
                (origin.get(record.id, "?"), f"duplicate: id {record.id} imported twice")
            )
            continue
        seen.add(record.id)
        unique.append(record)
    bundled = bundled_ids()
    collisions = sorted(record.id for record in unique if record.id in bundled)
    skipped: list[tuple[str, str]] = []
    if not args.allow_override:
        skipped = [
            (rid, "a bundled record has this id; pass --allow-override to replace it")
            for rid in collisions
        ]
        unique = [record for record in unique if record.id not in bundled]
    written = write_records(unique, args.output)

    if args.json:
        report = {
            "format": args.import_format,
            "output": str(args.output),
            "imported": len(written),
            "written": [str(path) for path in written],
            "rejected": [{"source": s, "reason": r} for s, r in rejected],
            "collisions": collisions,
            "overridden": collisions if args.allow_override else [],
            "skipped": [{"id": i, "reason": r} for i, r in skipped],
        }
        console.file.write(json.dumps(report, indent=2) + "\n")
    else:
        for source, reason in rejected:
            console.print(f"[yellow]rejected[/yellow] {escape(source)}: {escape(reason)}")
        for record_id, reason in skipped:
            console.print(f"[yellow]skipped[/yellow] {escape(record_id)}: {escape(reason)}")
        if args.allow_override and collisions:
            names = ", ".join(collisions)
            console.print(f"[yellow]overrides bundled[/yellow] {escape(names)}")
        console.print(
            f"imported {len(written)} record(s) into {escape(str(args.output))}; "
            f"{len(rejected)} rejected, {len(skipped)} skipped",
            highlight=False,
        )
    return 1 if rejected or skipped else 0
