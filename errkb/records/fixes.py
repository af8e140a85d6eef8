"""Turn a record's workarounds into fixes for one environment: commands quoted for the shell,
placeholders filled from the match, installed versions compared with fixed releases."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from errkb.environment.local import Environment
from errkb.records.load import bundled_data_dir
from errkb.records.model import FixCommand, Record

__all__ = [
    "RenderedFix",
    "distribution_for",
    "quote_word",
    "render_argv",
    "render_command",
    "render_fixes",
    "version_notes",
]

_PLACEHOLDER = re.compile(r"\{(?P<name>[A-Za-z_]\w*)(?:\|(?P<filter>\w+))?\}")


@dataclass(frozen=True)
class RenderedFix:
    """One workaround, ready for the user: what to do, how likely it works, what to run."""

    action: str
    success_rate: float
    how: str = ""
    commands: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@lru_cache(maxsize=4)
def _import_names(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def distribution_for(import_name: str) -> str:
    """The PyPI distribution that provides a top-level import (``cv2`` -> ``opencv-python``).

    Uses the reviewed table ``data/tables/pypi-import-names.yaml``, trying the full dotted name
    first and then its top-level package; a name not in the table is its own distribution.
    """
    # The YAML file is the reviewed source; its JSON twin is what is read, so that a lookup
    # from the index cache never imports PyYAML (~10 ms of start-up). tests/test_import_names.py
    # keeps the two equal and rewrites the twin.
    table = _import_names(bundled_data_dir() / "tables" / "pypi-import-names.json")
    if import_name in table:
        return table[import_name]
    top = import_name.split(".", 1)[0]
    return table.get(top, top)


# Characters each shell treats specially in an unquoted word. Bash leaves an unmatched glob
# as it is, so `pip install uvicorn[standard]` works there; zsh and fish fail with "no matches".
_POSIX_SPECIAL = set(" \t\n'\"\\$`&|;<>()!#~*?")
_GLOB = set("[]*?{}")
_CMD_SPECIAL = set(' \t&|<>()^%"')
_POWERSHELL_SPECIAL = set(" \t'\"`$&|;<>(){}@#,")


def quote_word(word: str, shell: str) -> str:
    """Quote one argument so that `shell` passes it through unchanged."""
    if word == "":
        return "''" if shell not in ("cmd",) else '""'
    if shell == "cmd":
        return f'"{word}"' if set(word) & _CMD_SPECIAL else word
    if shell == "powershell":
        return "'" + word.replace("'", "''") + "'" if set(word) & _POWERSHELL_SPECIAL else word
    special = _POSIX_SPECIAL | (_GLOB if shell in ("zsh", "fish") else set())
    if not set(word) & special:
        return word
    if shell == "fish":
        return "'" + word.replace("\\", "\\\\").replace("'", "\\'") + "'"
    return "'" + word.replace("'", "'\"'\"'") + "'"


def _fill(template: str, groups: Mapping[str, str | None]) -> str | None:
    missing = False

    def replace(match: re.Match[str]) -> str:
        nonlocal missing
        value = groups.get(match.group("name"))
        if value is None:
            missing = True
            return match.group(0)
        if match.group("filter") == "pypi":
            return distribution_for(value)
        return value

    filled = _PLACEHOLDER.sub(replace, template)
    return None if missing else filled


def render_argv(
    argv: list[str], shell: str, groups: Mapping[str, str | None] | None = None
) -> str | None:
    """The command line for `shell`, or None when a placeholder has no value."""
    words: list[str] = []
    for word in argv:
        filled = _fill(word, groups or {})
        if filled is None:
            return None
        words.append(quote_word(filled, shell))
    return " ".join(words)


def _applies(command: FixCommand, env: Environment) -> bool:
    if command.os and env.os not in command.os:
        return False
    if not command.shells:
        return True
    posix = env.shell in ("sh", "bash", "zsh")
    return env.shell in command.shells or (posix and "posix" in command.shells)


def render_command(
    command: FixCommand, env: Environment, groups: Mapping[str, str | None]
) -> str | None:
    """One command for `env`, or None when it does not apply or lacks a captured value."""
    if not _applies(command, env):
        return None
    if command.argv is not None:
        return render_argv(command.argv, env.shell, groups)
    return _fill(command.script or "", groups)


def _older(installed: str, fixed: str) -> bool | None:
    # Imported here: only records with fixed releases, for installed packages, compare versions.
    from packaging.version import InvalidVersion, Version

    try:
        return Version(installed) < Version(fixed)
    except InvalidVersion:
        return None


def version_notes(record: Record, env: Environment) -> list[str]:
    """What the installed versions mean for this record (older than the fix, or already fixed)."""
    notes: list[str] = []
    for release in record.fixed_releases:
        installed = env.version_of(release.package, release.ecosystem)
        if installed is None:
            continue
        older = _older(installed, release.version)
        if older is True:
            notes.append(
                f"{release.package} {installed} is installed here; fixed in {release.version}"
                + (f" ({release.change})" if release.change else "")
            )
        elif older is False:
            notes.append(
                f"{release.package} {installed} is installed here, which already has the "
                f"{release.version} change" + (f": {release.note}" if release.note else "")
            )
    return notes


def render_fixes(
    record: Record, env: Environment, groups: Mapping[str, str | None] | None = None
) -> list[RenderedFix]:
    """The record's workarounds, most successful first, rendered for `env`."""
    values = dict(groups or {})
    fixes: list[RenderedFix] = []
    notes = version_notes(record, env)
    for position, workaround in enumerate(record.ranked_workarounds):
        commands = [
            rendered
            for command in workaround.commands
            if (rendered := render_command(command, env, values)) is not None
        ]
        fixes.append(
            RenderedFix(
                action=workaround.action,
                success_rate=workaround.success_rate,
                how=workaround.how if workaround.how != workaround.action else "",
                commands=commands,
                notes=notes if position == 0 else [],
            )
        )
    return fixes
