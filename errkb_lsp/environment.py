"""The environment fixes are rendered for: shell, OS and the project's installed packages."""

from __future__ import annotations

import dataclasses
import json
import subprocess
from typing import Any

import errkb
from errkb_lsp.state import ErrkbLanguageServer

__all__ = ["fix_environment", "installed_distributions"]

# Runs inside the user's interpreter: only the standard library, any Python >= 3.8.
_LIST_DISTRIBUTIONS = (
    "import importlib.metadata as m, json, sys\n"
    "json.dump({(d.metadata['Name'] or '').lower().replace('_', '-'): d.version "
    "for d in m.distributions() if d.metadata['Name']}, sys.stdout)"
)


def installed_distributions(interpreter: str, *, timeout: float = 15.0) -> dict[str, str]:
    """Name -> version of every distribution installed for ``interpreter`` ({} if it fails).

    The server runs in its own environment; the project's packages (the ``interpreter``
    setting, e.g. the one VS Code's Python extension selected) are what "installed here"
    means to the user.
    """
    try:
        completed = subprocess.run(
            [interpreter, "-c", _LIST_DISTRIBUTIONS],
            capture_output=True,
            timeout=timeout,
            check=True,
        )
        data = json.loads(completed.stdout)
    except (OSError, subprocess.SubprocessError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items() if k}


async def fix_environment(ls: ErrkbLanguageServer) -> Any:
    """The environment fixes are rendered for.

    Detected (shell, OS, packages of the server's interpreter), then the packages of the
    ``interpreter`` setting, then the ``environment`` setting over both.
    """
    if ls.detected_env is None:
        try:
            ls.detected_env = await ls.in_thread(errkb.Environment.detect)
        except Exception:
            ls.detected_env = errkb.Environment()
    env = ls.detected_env
    interpreter = ls.settings.interpreter
    if interpreter:
        if interpreter not in ls.interpreter_packages:
            ls.interpreter_packages[interpreter] = await ls.in_thread(
                installed_distributions, interpreter
            )
        env = dataclasses.replace(
            env, installed=ls.interpreter_packages[interpreter], detect_packages=False
        )
    override = ls.settings.environment
    if override is None:
        return env
    return dataclasses.replace(
        env,
        shell=override.shell or env.shell,
        os=override.os or env.os,
        installed={**env.installed, **override.installed},
    )
