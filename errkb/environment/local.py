"""The user's environment, which decides how a fix is written: shell, OS, installed versions."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import PurePath

__all__ = ["Environment", "detect_os", "detect_shell", "installed_version"]

_KNOWN_SHELLS = ("bash", "zsh", "fish", "sh", "dash", "ksh", "powershell", "pwsh", "cmd")


def detect_shell(environ: Mapping[str, str] | None = None) -> str:
    """The user's shell: from ``$SHELL`` on POSIX, PowerShell or cmd on Windows."""
    env = os.environ if environ is None else environ
    shell = env.get("SHELL", "")
    if shell:
        name = PurePath(shell).name.lower().removesuffix(".exe")
        if name in ("pwsh", "powershell"):
            return "powershell"
        if name in ("dash", "ksh", "ash"):
            return "sh"
        return name if name in _KNOWN_SHELLS else "sh"
    if sys.platform == "win32":
        return "powershell" if env.get("PSModulePath") else "cmd"
    return "sh"


def detect_os() -> str:
    """``linux``, ``macos`` or ``windows``."""
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def installed_version(package: str) -> str | None:
    """The installed version of a Python distribution, or None."""
    # Imported here: importlib.metadata costs ~50 ms, and most lookups never need it.
    from importlib import metadata

    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None
    except Exception:  # a broken distribution's metadata must not break rendering
        return None


@dataclass(frozen=True)
class Environment:
    """Where a fix will be run. Pass one explicitly, or let errkb detect it.

    ``installed`` maps a package name to its installed version; packages not in it are looked
    up with ``lookup`` (``importlib.metadata`` for Python packages by default) when
    ``detect_packages`` is true.
    """

    shell: str = "sh"
    os: str = "linux"
    installed: Mapping[str, str] = field(default_factory=dict)
    detect_packages: bool = False
    lookup: Callable[[str], str | None] = field(
        default=installed_version, repr=False, compare=False
    )

    @classmethod
    def detect(cls, environ: Mapping[str, str] | None = None) -> Environment:
        """The environment errkb itself runs in."""
        return cls(shell=detect_shell(environ), os=detect_os(), detect_packages=True)

    def version_of(self, package: str, ecosystem: str = "pypi") -> str | None:
        """Installed version of `package`, if known."""
        for name in (package, package.lower(), package.replace("_", "-").lower()):
            if name in self.installed:
                return self.installed[name]
        if self.detect_packages and ecosystem == "pypi":
            return self.lookup(package)
        return None
