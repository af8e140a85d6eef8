"""The Python environment whose installed versions hovers compare with fixed releases."""

from __future__ import annotations

import json
import subprocess

__all__ = ["installed_distributions"]

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
