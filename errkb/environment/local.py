"""The user's environment, which decides how a fix is written: shell, OS, installed versions."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Literal

from errkb.environment.from_text import CI_NAMES, read_environment

__all__ = ["Environment", "EnvironmentSource", "detect_os", "detect_shell", "installed_version"]

#: Where an `Environment` came from: this machine, a log's text, or the caller.
EnvironmentSource = Literal["local", "log", "given"]

_OS_NAMES = {"linux": "Linux", "macos": "macOS", "windows": "Windows"}

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
    ``detect_packages`` is true. ``ci`` names the CI system (``github-actions``,
    ``gitlab-ci``, ``jenkins``, ``circleci``, ``azure-pipelines``) when the fixes are for a CI
    runner, and ``source`` says where the description came from.
    """

    shell: str = "sh"
    os: str = "linux"
    installed: Mapping[str, str] = field(default_factory=dict)
    detect_packages: bool = False
    lookup: Callable[[str], str | None] = field(
        default=installed_version, repr=False, compare=False
    )
    ci: str | None = None
    source: EnvironmentSource = "given"

    @classmethod
    def detect(cls, environ: Mapping[str, str] | None = None) -> Environment:
        """The environment errkb itself runs in."""
        return cls(
            shell=detect_shell(environ), os=detect_os(), detect_packages=True, source="local"
        )

    @classmethod
    def from_text(cls, text: str, *, default: Environment | None = None) -> Environment:
        """The environment a log shows it came from (CI system, runner OS, shell, the tool
        versions it prints), or `default` (this machine when None) when it shows none.

        What the log does not show is taken from `default`, except installed versions: this
        machine's packages say nothing about the log's machine.
        """
        base = default or cls.detect()
        seen = read_environment(text)
        if not (seen.ci or seen.os or seen.shell):
            return base
        return cls(
            shell=seen.shell or base.shell,
            os=seen.os or base.os,
            installed=dict(seen.tools),
            detect_packages=False,
            ci=seen.ci,
            source="log",
        )

    @property
    def where(self) -> Literal["ci", "local"]:
        """Whether fixes run on a CI runner or on a developer's machine."""
        return "ci" if self.ci else "local"

    def describe(self) -> str:
        """Who the fixes are written for, in words: "the GitHub Actions Linux runner this log
        came from", "this machine (Linux, zsh)"."""
        os_name = _OS_NAMES.get(self.os, self.os)
        if self.source == "log":
            if self.ci:
                return f"the {CI_NAMES.get(self.ci, self.ci)} {os_name} runner this log came from"
            return f"the {os_name} machine this log came from ({self.shell})"
        if self.source == "local":
            return f"this machine ({os_name}, {self.shell})"
        return f"{os_name}, {self.shell}" + (
            f", {CI_NAMES.get(self.ci, self.ci)}" if self.ci else ""
        )

    def version_of(self, package: str, ecosystem: str = "pypi") -> str | None:
        """Installed version of `package`, if known."""
        for name in (package, package.lower(), package.replace("_", "-").lower()):
            if name in self.installed:
                return self.installed[name]
        if self.detect_packages and ecosystem == "pypi":
            return self.lookup(package)
        return None
