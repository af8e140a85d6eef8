"""Edits to the project's dependency files that fix a recognised error."""

# Pure text functions: they read a file's text and return the edit in code points; lsp_utils
# turns it into a WorkspaceEdit. Every candidate edit is checked by parsing the edited file
# (TOML) or re-reading the edited requirement line, so a surprising file layout yields no
# quick fix rather than a broken file.

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

__all__ = [
    "EXTRA_FIXES",
    "FileEdit",
    "add_requirement",
    "add_requirement_extra",
    "normalize_name",
    "project_fixes",
]

#: Records fixed by installing a package with an extra: record id -> (package, extra).
EXTRA_FIXES: dict[str, tuple[str, str]] = {
    "uvicorn/websocket-library-missing": ("uvicorn", "standard"),
}


@dataclasses.dataclass(frozen=True)
class FileEdit:
    """Replace ``start..end`` (code-point offsets) of ``path``'s text with ``new_text``."""

    path: Path
    title: str
    text: str
    start: int
    end: int
    new_text: str


def normalize_name(name: str) -> str:
    """PEP 503 normalised distribution name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_line(name: str) -> re.Pattern[str]:
    # The distribution name, optional extras, then a version/marker/URL/comment or the end.
    letters = "[-_.]".join(re.escape(part) for part in re.split(r"[-_.]+", name))
    return re.compile(
        rf"^(?P<indent>[ \t]*)(?P<name>{letters})(?P<extras>[ \t]*\[[^\]\n]*\])?"
        rf"(?=[ \t]*(?:[<>=!~;@#,]|$))",
        re.IGNORECASE | re.MULTILINE,
    )


def _with_extra(extras: str | None, extra: str) -> str | None:
    if not extras:
        return f"[{extra}]"
    names = [item.strip() for item in extras.strip()[1:-1].split(",") if item.strip()]
    if extra in names:
        return None
    return "[" + ",".join([*names, extra]) + "]"


def _dependency_strings(data: Mapping[str, Any]) -> list[str]:
    project = data.get("project", {})
    found = list(project.get("dependencies", []) or [])
    for group in (project.get("optional-dependencies", {}) or {}).values():
        found.extend(group)
    for group in (data.get("dependency-groups", {}) or {}).values():
        found.extend(item for item in group if isinstance(item, str))
    return found


def _without_dependencies(data: Mapping[str, Any]) -> dict[str, Any]:
    copy = dict(data)
    project = dict(copy.get("project", {}))
    project.pop("dependencies", None)
    project.pop("optional-dependencies", None)
    copy["project"] = project
    copy.pop("dependency-groups", None)
    return copy


def add_requirement_extra(path: Path, text: str, package: str, extra: str) -> FileEdit | None:
    """Edit that turns ``package`` into ``package[extra]`` in requirements.txt or pyproject."""
    title = f"Use {package}[{extra}] in {path.name}"
    if path.name == "pyproject.toml":
        return _pyproject_extra(path, text, package, extra, title)
    for match in _requirement_line(package).finditer(text):
        new_extras = _with_extra(match.group("extras"), extra)
        if new_extras is None:
            return None
        start = match.start("name")
        end = match.end("extras") if match.group("extras") else match.end("name")
        return FileEdit(path, title, text, start, end, match.group("name") + new_extras)
    return None


def _pyproject_extra(
    path: Path, text: str, package: str, extra: str, title: str
) -> FileEdit | None:
    try:
        before = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return None
    letters = "[-_.]".join(re.escape(part) for part in re.split(r"[-_.]+", package))
    pattern = re.compile(
        rf"(?P<quote>[\"'])(?P<name>{letters})(?P<extras>\s*\[[^\]\n]*\])?"
        rf"(?=\s*(?:[<>=!~;@]|(?P=quote)))",
        re.IGNORECASE,
    )
    for match in pattern.finditer(text):
        new_extras = _with_extra(match.group("extras"), extra)
        if new_extras is None:
            return None
        start = match.start("name")
        end = match.end("extras") if match.group("extras") else match.end("name")
        replacement = match.group("name") + new_extras
        edited = text[:start] + replacement + text[end:]
        try:
            after = tomllib.loads(edited)
        except tomllib.TOMLDecodeError:
            continue
        # Only accept an edit that changed a dependency declaration and nothing else.
        if _without_dependencies(after) != _without_dependencies(before):
            continue
        if _dependency_strings(after) == _dependency_strings(before):
            continue
        return FileEdit(path, title, text, start, end, replacement)
    return None


def add_requirement(path: Path, text: str, distribution: str) -> FileEdit | None:
    """Edit that adds ``distribution`` to requirements.txt or ``[project].dependencies``."""
    title = f"Add {distribution} to {path.name}"
    wanted = normalize_name(distribution)
    if path.name == "pyproject.toml":
        return _pyproject_add(path, text, distribution, title)
    for line in text.splitlines():
        name = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", line)
        if name and normalize_name(name.group(1)) == wanted:
            return None
    prefix = "" if not text or text.endswith("\n") else "\n"
    return FileEdit(path, title, text, len(text), len(text), f"{prefix}{distribution}\n")


def _pyproject_add(path: Path, text: str, distribution: str, title: str) -> FileEdit | None:
    try:
        before = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return None
    project = before.get("project")
    if not isinstance(project, dict) or not isinstance(project.get("dependencies", []), list):
        return None
    current = project.get("dependencies", [])
    names = {
        normalize_name(m.group(0))
        for item in current
        if (m := re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", item.strip()))
    }
    if normalize_name(distribution) in names:
        return None
    header = re.search(r"^\[project\][ \t]*(#.*)?$", text, re.MULTILINE)
    if header is None:
        return None
    next_header = re.search(r"^\s*\[", text[header.end() :], re.MULTILINE)
    section_end = header.end() + next_header.start() if next_header else len(text)
    key = re.compile(r"^(?P<indent>[ \t]*)dependencies[ \t]*=[ \t]*\[", re.MULTILINE)
    found = key.search(text, header.end(), section_end)
    if found is None:
        candidates = [(header.end(), f'\ndependencies = ["{distribution}"]')]
    else:
        after_bracket = found.end()
        rest = text[after_bracket:]
        if rest.startswith("\n") or rest.startswith("\r\n"):
            line_end = text.index("\n", after_bracket) + 1
            indent = re.match(r"[ \t]*", text[line_end:])
            item_indent = indent.group(0) if indent and indent.group(0) else "    "
            candidates = [(line_end, f'{item_indent}"{distribution}",\n')]
        elif rest.lstrip().startswith("]"):
            candidates = [(after_bracket, f'"{distribution}"')]
        else:
            candidates = [(after_bracket, f'"{distribution}", ')]
    for offset, insertion in candidates:
        edited = text[:offset] + insertion + text[offset:]
        try:
            after = tomllib.loads(edited)
        except tomllib.TOMLDecodeError:
            continue
        if after.get("project", {}).get("dependencies") == [distribution, *current] or (
            after.get("project", {}).get("dependencies") == [*current, distribution]
        ):
            return FileEdit(path, title, text, offset, offset, insertion)
    return None


def project_fixes(
    record_id: str,
    domain: str,
    groups: Mapping[str, Any],
    folder: Path,
    read: Callable[[Path], str | None],
    distribution_for: Callable[[str], str],
) -> list[FileEdit]:
    """Dependency-file edits for one match, best first; ``read`` returns None if absent."""
    requirements, pyproject = folder / "requirements.txt", folder / "pyproject.toml"
    edits: list[FileEdit] = []
    if record_id in EXTRA_FIXES:
        package, extra = EXTRA_FIXES[record_id]
        for path in (requirements, pyproject):
            text = read(path)
            if text is not None and (edit := add_requirement_extra(path, text, package, extra)):
                edits.append(edit)
    module = groups.get("module")
    if domain == "python" and isinstance(module, str) and module.strip():
        distribution = distribution_for(module.strip().split(".")[0])
        # The project's requirements file: requirements.txt when there is one, since
        # deployments install from it; otherwise the pyproject's dependencies.
        for path in (requirements, pyproject):
            text = read(path)
            if text is None:
                continue
            edit = add_requirement(path, text, distribution)
            if edit is not None:
                edits.append(edit)
            break
    return edits
