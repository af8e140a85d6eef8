"""What a log says about the machine it came from: the CI system, the runner's OS, the shell,
and the tool versions it prints.

Every signal is a line a real tool prints (a runner banner, a workspace path, a prompt, a
``--version`` line). Only the head and the tail of a big log are read: CI systems announce
themselves at the start, and versions are printed by the first steps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["CI_NAMES", "LogEnvironment", "read_environment"]

#: How much of a text is read for signals, from its start and from its end.
HEAD_CHARS = 256 * 1024
TAIL_CHARS = 64 * 1024

#: CI system -> how people call it.
CI_NAMES = {
    "github-actions": "GitHub Actions",
    "gitlab-ci": "GitLab CI",
    "jenkins": "Jenkins",
    "circleci": "CircleCI",
    "azure-pipelines": "Azure Pipelines",
}

_CI_SIGNALS: list[tuple[str, re.Pattern[str]]] = [
    (
        "azure-pipelines",
        re.compile(
            r"^.{0,40}##\[section\]Starting: |/home/vsts/work/|^.{0,40}Agent name: '|"
            r"\bAzure Pipelines\b",
            re.M,
        ),
    ),
    (
        "github-actions",
        re.compile(
            r"^.{0,40}##\[(?:group|endgroup|error|warning)\]|/home/runner/work/|"
            r"/Users/runner/work/|[A-Z]:\\a\\[^\\\s]+\\|^.{0,40}Current runner version: |"
            r"\bGITHUB_WORKSPACE\b|^::(?:error|warning|group)",
            re.M,
        ),
    ),
    (
        "gitlab-ci",
        re.compile(
            r"section_start:\d+:|^Running with gitlab-runner |\bCI_PROJECT_DIR\b|"
            r"^Executing \"step_script\" stage|^ERROR: Job failed: ",
            re.M,
        ),
    ),
    (
        "jenkins",
        re.compile(
            r"^\[Pipeline\] |^Started by (?:user|timer|an SCM change)|/var/jenkins_home/|"
            r"^Finished: (?:SUCCESS|FAILURE|UNSTABLE|ABORTED)$|^Running on .+ in /",
            re.M,
        ),
    ),
    (
        "circleci",
        re.compile(r"/home/circleci/|\bCIRCLE_[A-Z_]+\b|^Build-agent version ", re.M),
    ),
]

_OS_SIGNALS: list[tuple[str, re.Pattern[str]]] = [
    (
        "windows",
        re.compile(
            r"(?<![\w/])[A-Za-z]:\\(?:Users|Windows|Program Files|hostedtoolcache|a\\|"
            r"actions-runner|agent|tools|src|projects|dev)|^PS [A-Za-z]:\\|"
            r"\bRunner Image: windows|\bImage: windows-|\bMicrosoft Windows \[Version",
            re.M | re.I,
        ),
    ),
    (
        "macos",
        re.compile(
            r"/Users/[\w.-]+/|/opt/homebrew/|/Library/(?:Developer|Frameworks|Caches)/|"
            r"\bRunner Image: macos|\bImage: macos-|\bDarwin Kernel Version|\.dylib\b",
            re.M,
        ),
    ),
    (
        "linux",
        re.compile(
            r"/home/[\w.-]+/|/opt/hostedtoolcache/|/usr/lib/x86_64-linux-gnu/|"
            r"/usr/(?:local/)?lib/python3|\bRunner Image: ubuntu|\bImage: ubuntu-|"
            r"\bUbuntu \d\d\.\d\d|\bDebian GNU/Linux|\bLinux [\w.-]+ \d+\.\d+\.\d+|"
            r"\.so(?:\.\d+)*\b|/var/run/docker\.sock|/builds/[\w.-]+/|/var/jenkins_home/",
            re.M,
        ),
    ),
]

_SHELL_SIGNALS: list[tuple[str, re.Pattern[str]]] = [
    (
        "powershell",
        re.compile(r"^PS [A-Za-z]:\\[^>\n]*> |\bpwsh\b|\bpowershell(?:\.exe)?\b", re.M | re.I),
    ),
    ("cmd", re.compile(r"^[A-Za-z]:\\[^>\n]*>(?!>)\S", re.M)),
    ("zsh", re.compile(r"^zsh: |\bzsh:\d+: ", re.M)),
    ("fish", re.compile(r"^fish: ", re.M)),
    ("bash", re.compile(r"^(?:/usr)?(?:/bin/)?bash: |\bbash: line \d+: |/bin/bash -e\b", re.M)),
]

_VERSION = r"(\d+(?:\.\d+){1,3})"
#: Tool -> what prints its version; the first group is the version.
_TOOL_VERSIONS: dict[str, re.Pattern[str]] = {
    "python": re.compile(
        rf"\bPython {_VERSION}\b|/hostedtoolcache/Python/{_VERSION}/|\bpython-version: {_VERSION}"
    ),
    "pip": re.compile(rf"\bpip {_VERSION} from "),
    "node": re.compile(rf"\bNode\.js v?{_VERSION}\b|\bnode(?:js)? v{_VERSION}\b|/node/{_VERSION}/"),
    "npm": re.compile(rf"\bnpm(?:@| v| version:? ){_VERSION}\b"),
    "go": re.compile(rf"\bgo version go{_VERSION}\b"),
    "rustc": re.compile(rf"\brustc {_VERSION}\b"),
    "cargo": re.compile(rf"\bcargo {_VERSION}\b"),
    "java": re.compile(rf"\b(?:openjdk|java) version \"{_VERSION}"),
    "docker": re.compile(rf"\bDocker version {_VERSION}\b"),
    "gcc": re.compile(rf"\bgcc \([^)\n]*\) {_VERSION}\b"),
    "cmake": re.compile(rf"\bcmake version {_VERSION}\b"),
    "terraform": re.compile(rf"\bTerraform v{_VERSION}\b"),
}


@dataclass(frozen=True)
class LogEnvironment:
    """What a log shows of where it ran; None where it shows nothing."""

    ci: str | None = None
    os: str | None = None
    shell: str | None = None
    tools: dict[str, str] = field(default_factory=dict)

    @property
    def shown(self) -> bool:
        """Whether the log showed anything at all."""
        return bool(self.ci or self.os or self.shell or self.tools)


def _sample(text: str) -> str:
    if len(text) <= HEAD_CHARS + TAIL_CHARS:
        return text
    return text[:HEAD_CHARS] + "\n" + text[-TAIL_CHARS:]


def _first(signals: list[tuple[str, re.Pattern[str]]], text: str) -> str | None:
    """The signal found earliest in `text` (ties go to the list's order)."""
    best: tuple[int, int, str] | None = None
    for order, (name, pattern) in enumerate(signals):
        found = pattern.search(text)
        if found and (best is None or (found.start(), order) < best[:2]):
            best = (found.start(), order, name)
    return best[2] if best else None


def _majority(signals: list[tuple[str, re.Pattern[str]]], text: str) -> str | None:
    """The signal seen most often (a Linux log may quote one macOS path)."""
    counts = {name: len(pattern.findall(text)) for name, pattern in signals}
    name, count = max(counts.items(), key=lambda item: item[1])
    return name if count else None


def read_environment(text: str) -> LogEnvironment:
    """Read the CI system, OS, shell and tool versions a log shows."""
    sample = _sample(text)
    ci = _first(_CI_SIGNALS, sample)
    os_name = _majority(_OS_SIGNALS, sample)
    shell = _first(_SHELL_SIGNALS, sample)
    if shell is None and ci is not None and os_name is not None:
        # What the CI system runs `run:`/`script:` steps with unless told otherwise.
        shell = "powershell" if os_name == "windows" else "bash"
    tools: dict[str, str] = {}
    for tool, pattern in _TOOL_VERSIONS.items():
        found = pattern.search(sample)
        if found:
            tools[tool] = next(group for group in found.groups() if group)
    return LogEnvironment(ci=ci, os=os_name, shell=shell, tools=tools)
