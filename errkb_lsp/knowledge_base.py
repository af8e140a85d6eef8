"""The knowledge base: building it for the settings, and where its records live."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from lsprotocol import types

import errkb
from errkb_lsp import progress
from errkb_lsp.state import ErrkbLanguageServer

__all__ = ["kb_dirs", "load_errors_message", "rebuild_kb"]


async def rebuild_kb(ls: ErrkbLanguageServer) -> None:
    """Build the knowledge base for the current settings (in a thread)."""
    settings = ls.settings
    paths = [p for p in settings.knowledge_base_paths if os.path.isdir(p)]
    missing = [p for p in settings.knowledge_base_paths if not os.path.isdir(p)]
    if missing:
        ls.tell(
            "errkb: knowledge-base directories not found: " + ", ".join(missing),
            types.MessageType.Warning,
        )

    workspace = ls.folder_for(None)

    def build() -> Any:
        # The command line's directories (bundled unless ERRKB_NO_BUNDLED=1,
        # ~/.config/errkb, $ERRKB_PATH, the nearest .errkb/ above the workspace folder, or
        # the working directory without one), then the configured ones.
        return errkb.KnowledgeBase.from_environment(
            paths, include_bundled=settings.include_bundled, cwd=workspace
        )

    # Building an index without a cached copy can take a while: show it.
    token = await progress.create_progress(
        ls, "errkb: loading the knowledge base", cancellable=False
    )
    try:
        kb = await ls.in_thread(build)
    except Exception as error:
        ls.tell(f"errkb: cannot load the knowledge base: {error}", types.MessageType.Error)
        if ls.kb is None:
            kb = await ls.in_thread(
                lambda: errkb.KnowledgeBase(paths=[], include_bundled=settings.include_bundled)
            )
        else:
            kb = ls.kb
    finally:
        if token is not None:
            progress.end_progress(ls, token, cancelled=False)
    errors = list(getattr(kb, "errors", []) or [])
    told = tuple(map(str, errors))
    if errors and told != ls.told_load_errors:
        ls.tell(load_errors_message(errors), types.MessageType.Warning)
    ls.told_load_errors = told
    ls.kb = kb
    ls.kb_key = settings.kb_key
    ls.kb_ready.set()
    directories = ", ".join(str(d) for d in getattr(kb, "directories", paths))
    ls.log(f"errkb knowledge base: {len(kb.records)} records from {directories}")


def kb_dirs(ls: ErrkbLanguageServer) -> list[str]:
    """Every record directory of the knowledge base (record authors edit bundled ones too)."""
    directories = getattr(ls.kb, "directories", None)
    if directories is None:
        return [p for p in ls.settings.knowledge_base_paths if os.path.isdir(p)]
    return [str(d) for d in directories if os.path.isdir(d)]


def load_errors_message(errors: Sequence[Any], *, files_shown: int = 5) -> str:
    """One message for every record that failed to load: how many, which files, which fields."""
    by_file: dict[str, list[str]] = {}
    for error in errors:
        field = getattr(error, "field", None)
        problem = str(getattr(error, "message", error))
        by_file.setdefault(str(getattr(error, "path", "?")), []).append(
            f"field {field}: {problem}" if field else problem
        )
    details = "; ".join(
        f"{path} ({'; '.join(problems)})" for path, problems in list(by_file.items())[:files_shown]
    )
    more = f" (and {len(by_file) - files_shown} more files)" if len(by_file) > files_shown else ""
    count = len(by_file)
    return (
        f"errkb: {count} knowledge-base record{'s' if count != 1 else ''} failed to load and "
        f"{'were' if count != 1 else 'was'} skipped: {details}{more}"
    )
