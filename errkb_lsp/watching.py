"""Workspace file watching: client file watchers, or polling, for records and settings files."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal

from lsprotocol import types
from pygls.uris import from_fs_path, to_fs_path

from errkb_lsp import knowledge_base
from errkb_lsp.state import ErrkbLanguageServer

__all__ = [
    "CONFIG_FILES",
    "KB_SUFFIXES",
    "Changed",
    "Reaction",
    "changed_kind",
    "fingerprint",
    "poll",
    "update_watchers",
]

KB_SUFFIXES = (".yaml", ".yml", ".json")
CONFIG_FILES = (".errkb.toml", "pyproject.toml")
WATCH_REGISTRATION_ID = "errkb-watched-files"

#: What changed on disk: record files, settings files, or neither.
Changed = Literal["records", "settings"] | None
#: Called with what changed and how long to wait before reloading.
Reaction = Callable[[Changed, float], None]


async def update_watchers(ls: ErrkbLanguageServer, react: Reaction) -> None:
    """Have the client watch record and settings files; poll what it cannot watch."""
    dynamic = bool(ls.capability("workspace.did_change_watched_files.dynamic_registration"))
    relative = bool(ls.capability("workspace.did_change_watched_files.relative_pattern_support"))
    folders = ls.workspace_folders()
    watchers: list[types.FileSystemWatcher] = []
    watched: list[str] = []
    for directory in knowledge_base.kb_dirs(ls):
        inside = any(Path(directory).is_relative_to(f) for f in folders)
        if relative:
            base = from_fs_path(directory) or Path(directory).as_uri()
            watchers.append(
                types.FileSystemWatcher(
                    glob_pattern=types.RelativePattern(
                        base_uri=base, pattern="**/*.{yaml,yml,json}"
                    )
                )
            )
            watched.append(directory)
        elif inside:
            # Without relative patterns, editors only watch inside the workspace.
            watchers.append(
                types.FileSystemWatcher(
                    glob_pattern=f"{Path(directory).as_posix()}/**/*.{{yaml,yml,json}}"
                )
            )
            watched.append(directory)
    for name in CONFIG_FILES:
        watchers.append(types.FileSystemWatcher(glob_pattern=f"**/{name}"))
    if dynamic:
        with contextlib.suppress(Exception):
            if ls.watch_registered:
                await ls.unregister_capability(
                    WATCH_REGISTRATION_ID, types.WORKSPACE_DID_CHANGE_WATCHED_FILES
                )
                ls.watch_registered = False
            await ls.register_capability(
                WATCH_REGISTRATION_ID,
                types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
            )
            ls.watch_registered = True
    ls.watched_by_client = tuple(watched) if ls.watch_registered else ()
    polled = [d for d in knowledge_base.kb_dirs(ls) if d not in ls.watched_by_client]
    needs_poll = bool(polled) or not ls.watch_registered
    if ls.poll_task is not None:
        ls.poll_task.cancel()
        ls.poll_task = None
    if needs_poll and ls.settings.poll_interval > 0:
        ls.poll_fingerprint = await ls.in_thread(fingerprint, ls)
        ls.poll_task = ls.spawn(poll(ls, react))


def fingerprint(ls: ErrkbLanguageServer) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """(path, mtime, size) of the polled record files, and of the settings files."""
    records: list[tuple[str, int, int]] = []
    polled = [d for d in knowledge_base.kb_dirs(ls) if d not in ls.watched_by_client]
    for directory in polled:
        for root, _dirs, files in os.walk(directory):
            for name in files:
                if name.endswith(KB_SUFFIXES):
                    path = os.path.join(root, name)
                    with contextlib.suppress(OSError):
                        stat = os.stat(path)
                        records.append((path, stat.st_mtime_ns, stat.st_size))
    configs: list[tuple[str, int, int]] = []
    if not ls.watch_registered:
        for folder in ls.workspace_folders():
            for name in CONFIG_FILES:
                with contextlib.suppress(OSError):
                    stat = os.stat(folder / name)
                    configs.append((str(folder / name), stat.st_mtime_ns, stat.st_size))
    return tuple(sorted(records)), tuple(sorted(configs))


async def poll(ls: ErrkbLanguageServer, react: Reaction) -> None:
    """Fallback watcher for what the client cannot watch for the server.

    LSP has no other way to learn about file changes, and errkb has no file-watching
    dependency; stat-ing a knowledge base of a few hundred files every couple of seconds
    costs about a millisecond.
    """
    while True:
        await asyncio.sleep(ls.settings.poll_interval)
        current = await ls.in_thread(fingerprint, ls)
        previous, ls.poll_fingerprint = ls.poll_fingerprint, current
        # Spawned, not awaited: reloading re-creates this polling task.
        if previous is None or current[0] != previous[0]:
            ls.log("errkb: knowledge-base records changed on disk; reloading")
            react("records", 0)
        elif current[1] != previous[1]:
            react("settings", 0)


def changed_kind(ls: ErrkbLanguageServer, changes: Sequence[types.FileEvent]) -> Changed:
    """What the client's file events touched: record files, settings files, or neither."""
    dirs = [Path(d) for d in knowledge_base.kb_dirs(ls)]
    settings_changed = False
    for change in changes:
        path = to_fs_path(change.uri)
        if path is None:
            continue
        if path.endswith(KB_SUFFIXES) and any(Path(path).is_relative_to(d) for d in dirs):
            return "records"
        if Path(path).name in CONFIG_FILES:
            settings_changed = True
    return "settings" if settings_changed else None
