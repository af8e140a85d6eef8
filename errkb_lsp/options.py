"""Settings of the language server: the model, where they come from, and which source wins."""

# Sources, lowest precedence first:
#
# 1. built-in defaults;
# 2. ``initializationOptions`` sent with ``initialize`` (Neovim ``init_options``, Helix, Zed);
# 3. the ``errkb`` section of ``workspace/configuration`` (the editor's live settings, pulled
#    again whenever ``workspace/didChangeConfiguration`` arrives);
# 4. the workspace file: ``[tool.errkb]`` in ``pyproject.toml``, then ``.errkb.toml`` over it.
#
# A later source overrides an earlier one key by key, except that the lists ``ignore`` and
# ``knowledgeBasePaths`` accumulate over all sources and ``severity`` maps merge entry by entry,
# so an id ignored from the editor's quick fix (written to ``.errkb.toml``) and one ignored in
# the user's editor settings are both ignored. An invalid value is reported and replaced by the
# value of the lower sources; it never stops the server.

from __future__ import annotations

import dataclasses
import json
import os
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, cast

__all__ = [
    "DEFAULT_GLOBS",
    "DEFAULT_MAX_DIAGNOSTICS",
    "DEFAULT_MAX_FILE_SIZE",
    "SEVERITIES",
    "EnvironmentOverride",
    "Layer",
    "Settings",
    "WorkspaceFileError",
    "add_ignored_id",
    "merge_layers",
    "parse_layer",
    "read_workspace_layers",
]

Severity = Literal["error", "warning", "information", "hint"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "information", "hint")

DEFAULT_GLOBS: tuple[str, ...] = ("*.log", "*.out", "*.err", "*.txt")
#: 64 MiB: a 50 MB CI log is scanned whole; beyond this only a prefix is scanned.
DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024
DEFAULT_DEBOUNCE_MS = 250
#: Diagnostics published per document. Editors slow down with tens of thousands of markers,
#: and every republication after an edit converts and sends all of them.
DEFAULT_MAX_DIAGNOSTICS = 1000
DEFAULT_POLL_INTERVAL = 2.0

_SEVERITY_ALIASES: dict[str, Severity] = {
    "error": "error",
    "warning": "warning",
    "warn": "warning",
    "information": "information",
    "info": "information",
    "hint": "hint",
}


@dataclasses.dataclass(frozen=True)
class EnvironmentOverride:
    """The user's environment as stated in settings, when the logs come from elsewhere."""

    shell: str | None = None
    os: str | None = None
    installed: Mapping[str, str] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class Settings:
    """Effective settings of one workspace (all sources merged)."""

    ignore: frozenset[str] = frozenset()
    severity: Mapping[str, Severity] = dataclasses.field(default_factory=dict)
    globs: tuple[str, ...] = DEFAULT_GLOBS
    knowledge_base_paths: tuple[str, ...] = ()
    include_bundled: bool = True
    fuzzy: bool = False
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    #: 0 publishes every diagnostic.
    max_diagnostics: int = DEFAULT_MAX_DIAGNOSTICS
    debounce_ms: int = DEFAULT_DEBOUNCE_MS
    poll_interval: float = DEFAULT_POLL_INTERVAL
    environment: EnvironmentOverride | None = None
    # Read by the VS Code extension; accepted here so that sending them is not an error.
    terminal_capture: bool = True
    interpreter: str | None = None

    def is_ignored(self, record_id: str) -> bool:
        """Whether diagnostics for this record id are switched off (by id or by domain)."""
        domain = record_id.split("/", 1)[0]
        return record_id in self.ignore or domain in self.ignore

    def severity_for(self, record_id: str, default: str) -> str:
        """The record's severity after overrides (id first, then domain)."""
        if record_id in self.severity:
            return self.severity[record_id]
        domain = record_id.split("/", 1)[0]
        return self.severity.get(domain, default)

    @property
    def kb_key(self) -> tuple[tuple[str, ...], bool]:
        """What the knowledge base depends on: rebuilding is needed when this changes."""
        return (self.knowledge_base_paths, self.include_bundled)


#: One source's validated values, keyed by ``Settings`` field name.
Layer = dict[str, Any]


class WorkspaceFileError(Exception):
    """The workspace settings file cannot be read or updated."""


def _normal_key(key: str) -> str:
    return key.replace("-", "").replace("_", "").lower()


def _field_for_key() -> dict[str, str]:
    return {_normal_key(f.name): f.name for f in dataclasses.fields(Settings)} | {
        "knowledgebasepaths": "knowledge_base_paths",
        "maxfilesize": "max_file_size",
        "debouncems": "debounce_ms",
        "debounce": "debounce_ms",
    }


_FIELDS = _field_for_key()


def _string_list(value: object, name: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, Sequence) and all(isinstance(item, str) for item in value):
        return list(cast(Sequence[str], value))
    raise ValueError(f"'{name}' must be a list of strings, not {json.dumps(value, default=str)}")


def _boolean(value: object, name: str) -> bool:
    if isinstance(value, bool):
        return value
    raise ValueError(f"'{name}' must be true or false, not {json.dumps(value, default=str)}")


def _number(value: object, name: str, *, minimum: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < minimum:
        raise ValueError(
            f"'{name}' must be a number >= {minimum:g}, not {json.dumps(value, default=str)}"
        )
    return float(value)


def _resolve_path(raw: str, base_dir: Path | None, workspace_dir: Path | None) -> str:
    text = raw
    if workspace_dir is not None:
        text = text.replace("${workspaceFolder}", str(workspace_dir))
    path = Path(os.path.expandvars(os.path.expanduser(text)))
    if not path.is_absolute() and base_dir is not None:
        path = base_dir / path
    return os.path.normpath(path)


def _parse_value(
    field: str, value: object, name: str, base_dir: Path | None, workspace_dir: Path | None
) -> Any:
    if field == "ignore":
        return frozenset(item.strip() for item in _string_list(value, name) if item.strip())
    if field == "severity":
        if not isinstance(value, Mapping):
            raise ValueError(f"'{name}' must map record ids or domains to a severity")
        parsed: dict[str, Severity] = {}
        for key, level in value.items():
            if not isinstance(key, str) or not isinstance(level, str):
                raise ValueError(f"'{name}' must map record ids or domains to a severity")
            if level.lower() not in _SEVERITY_ALIASES:
                raise ValueError(
                    f"'{name}.{key}' must be one of {', '.join(SEVERITIES)}, not {level!r}"
                )
            parsed[key] = _SEVERITY_ALIASES[level.lower()]
        return parsed
    if field == "globs":
        globs = tuple(_string_list(value, name))
        if not globs:
            raise ValueError(f"'{name}' must not be empty (use ignore to silence records)")
        return globs
    if field == "knowledge_base_paths":
        return tuple(
            _resolve_path(item, base_dir, workspace_dir) for item in _string_list(value, name)
        )
    if field in {"include_bundled", "fuzzy", "terminal_capture"}:
        return _boolean(value, name)
    if field == "max_file_size":
        return int(_number(value, name, minimum=1024))
    if field == "max_diagnostics":
        return int(_number(value, name, minimum=0))
    if field == "debounce_ms":
        return int(_number(value, name, minimum=0))
    if field == "poll_interval":
        return _number(value, name, minimum=0)
    if field == "interpreter":
        if value is None or isinstance(value, str):
            return value or None
        raise ValueError(f"'{name}' must be a path")
    if field == "environment":
        return _parse_environment(value, name)
    raise AssertionError(field)  # pragma: no cover - _FIELDS and this function agree


def _parse_environment(value: object, name: str) -> EnvironmentOverride | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise ValueError(f"'{name}' must be a table with shell, os and installed")
    shell, os_name, installed = value.get("shell"), value.get("os"), value.get("installed", {})
    if shell is not None and not isinstance(shell, str):
        raise ValueError(f"'{name}.shell' must be a string")
    if os_name is not None and not isinstance(os_name, str):
        raise ValueError(f"'{name}.os' must be a string")
    if not isinstance(installed, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in installed.items()
    ):
        raise ValueError(f"'{name}.installed' must map package names to versions")
    return EnvironmentOverride(shell=shell, os=os_name, installed=dict(installed))


def parse_layer(
    raw: object,
    *,
    source: str,
    base_dir: Path | None = None,
    workspace_dir: Path | None = None,
) -> tuple[Layer, list[str]]:
    """Validate one source's settings; return the valid values and one problem per bad key.

    ``raw`` may be the ``errkb`` section itself or an object holding it under ``errkb``
    (clients differ). Relative knowledge-base paths are resolved against ``base_dir``.
    """
    if raw is None:
        return {}, []
    if isinstance(raw, Mapping) and isinstance(raw.get("errkb"), Mapping):
        raw = raw["errkb"]
    if not isinstance(raw, Mapping):
        return {}, [f"{source}: settings must be an object, not {type(raw).__name__}"]
    layer: Layer = {}
    problems: list[str] = []
    for key, value in raw.items():
        field = _FIELDS.get(_normal_key(str(key)))
        if field is None:
            problems.append(f"{source}: unknown setting '{key}' ignored")
            continue
        if value is None and field not in {"interpreter", "environment"}:
            continue  # an unset value in the editor's settings means "not set here"
        try:
            layer[field] = _parse_value(field, value, str(key), base_dir, workspace_dir)
        except ValueError as error:
            problems.append(f"{source}: {error}; using the default")
    return layer, problems


def merge_layers(layers: Iterable[Layer]) -> Settings:
    """Merge validated layers, lowest precedence first, into effective settings."""
    values: dict[str, Any] = {}
    ignore: set[str] = set()
    severity: dict[str, Severity] = {}
    paths: list[str] = []
    for layer in layers:
        for field, value in layer.items():
            if field == "ignore":
                ignore |= value
            elif field == "severity":
                severity.update(value)
            elif field == "knowledge_base_paths":
                paths.extend(path for path in value if path not in paths)
            else:
                values[field] = value
    return Settings(
        ignore=frozenset(ignore), severity=severity, knowledge_base_paths=tuple(paths), **values
    )


WORKSPACE_FILE = ".errkb.toml"


def read_workspace_layers(folder: Path) -> tuple[list[Layer], list[str]]:
    """Read ``[tool.errkb]`` from pyproject.toml, then ``.errkb.toml``, from a folder."""
    layers: list[Layer] = []
    problems: list[str] = []
    for name, section in (("pyproject.toml", ("tool", "errkb")), (WORKSPACE_FILE, ())):
        path = folder / name
        try:
            data: Any = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            continue
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            problems.append(f"{path}: cannot read ({error}); ignoring this file")
            continue
        for key in section:
            data = data.get(key) if isinstance(data, Mapping) else None
        if data is None:
            continue
        layer, layer_problems = parse_layer(
            data, source=str(path), base_dir=folder, workspace_dir=folder
        )
        layers.append(layer)
        problems.extend(layer_problems)
    return layers, problems


_TABLE_HEADER = re.compile(r"^\s*\[")
_IGNORE_KEY = re.compile(r"^\s*ignore\s*=")


def _render_ignore(ids: Sequence[str]) -> str:
    # json.dumps yields valid TOML basic strings for any id (ids are plain ASCII anyway).
    items = "".join(f"  {json.dumps(record_id)},\n" for record_id in ids)
    return f"ignore = [\n{items}]\n"


def add_ignored_id(folder: Path, record_id: str) -> Path:
    """Add ``record_id`` to the top-level ``ignore`` list of ``folder/.errkb.toml``.

    The rest of the file (comments, other keys, tables) is kept byte for byte; the file is
    created when missing. Raises WorkspaceFileError when the file is not valid TOML or
    ``ignore`` is not a list, rather than overwrite what the user wrote.
    """
    path = folder / WORKSPACE_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    except (OSError, UnicodeDecodeError) as error:
        raise WorkspaceFileError(f"cannot read {path}: {error}") from error
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise WorkspaceFileError(f"{path} is not valid TOML: {error}") from error
    current = data.get("ignore", [])
    if isinstance(current, str):
        current = [current]
    if not isinstance(current, list) or not all(isinstance(i, str) for i in current):
        raise WorkspaceFileError(f"'ignore' in {path} is not a list of strings")
    if record_id in current:
        return path
    wanted = [*current, record_id]
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    start = end = None
    for index, line in enumerate(lines):
        if _TABLE_HEADER.match(line):
            break
        if _IGNORE_KEY.match(line):
            start = index
            # The value may span lines: extend until the assignment parses on its own.
            for stop in range(index + 1, len(lines) + 1):
                try:
                    tomllib.loads("".join(lines[index:stop]))
                except tomllib.TOMLDecodeError:
                    continue
                end = stop
                break
            break
    if start is not None and end is not None:
        lines[start:end] = [_render_ignore(wanted)]
    else:
        insert_at = next(
            (i for i, line in enumerate(lines) if _TABLE_HEADER.match(line)), len(lines)
        )
        header = [] if lines else ["# errkb settings for this workspace\n"]
        lines[insert_at:insert_at] = [*header, _render_ignore(wanted)]
    new_text = "".join(lines)
    try:
        if tomllib.loads(new_text).get("ignore") != wanted:
            raise WorkspaceFileError(f"could not update 'ignore' in {path} safely")
    except tomllib.TOMLDecodeError as error:
        raise WorkspaceFileError(f"could not update 'ignore' in {path} safely") from error
    try:
        path.write_text(new_text, encoding="utf-8")
    except OSError as error:
        raise WorkspaceFileError(f"cannot write {path}: {error}") from error
    return path
