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


@dataclass(frozen=True)
class _Signal:
    """A signal's pattern and the literals one of which every match of it contains.

    The literals say where to look: `str.find` runs at memory speed, a regex search whose
    branches start with ``\b`` or ``^`` does not (the regex engine tries every branch at every
    position), so the pattern runs only on the lines holding a literal. Every pattern is
    line-local, and it runs on the whole text with pos/endpos, so anchors and look-behinds see
    what they would in a search of the whole text. `lowered` signals are case-insensitive: their
    literals are lower case and are looked for in the lowered text.
    """

    name: str
    pattern: re.Pattern[str]
    literals: tuple[str, ...]
    lowered: bool = False

    def present(self, text: str, lowered_text: str) -> bool:
        haystack = lowered_text if self.lowered else text
        return any(literal in haystack for literal in self.literals)

    def lines(self, text: str, lowered_text: str) -> list[tuple[int, int]]:
        """The [start, end) spans of the lines of `text` holding one of the literals."""
        haystack = lowered_text if self.lowered else text
        if len(haystack) != len(text):  # lowering changed lengths: offsets would not agree
            return [(0, len(text))] if self.present(text, lowered_text) else []
        starts: set[int] = set()
        for literal in self.literals:
            at = haystack.find(literal)
            while at != -1:
                starts.add(haystack.rfind("\n", 0, at) + 1)
                newline = haystack.find("\n", at)
                at = -1 if newline == -1 else haystack.find(literal, newline + 1)
        spans = []
        for start in sorted(starts):
            end = text.find("\n", start)
            spans.append((start, len(text) if end == -1 else end))
        return spans

    def search(self, text: str, lowered_text: str) -> re.Match[str] | None:
        """The first match in `text`, as `pattern.search(text)` finds it."""
        for start, end in self.lines(text, lowered_text):
            found = self.pattern.search(text, start, end)
            if found:
                return found
        return None

    def count(self, text: str, lowered_text: str) -> int:
        """How many matches `pattern.findall(text)` finds."""
        return sum(
            len(self.pattern.findall(text, start, end))
            for start, end in self.lines(text, lowered_text)
        )


_CI_SIGNALS: list[_Signal] = [
    _Signal(
        "azure-pipelines",
        re.compile(
            r"^.{0,40}##\[section\]Starting: |/home/vsts/work/|^.{0,40}Agent name: '|"
            r"\bAzure Pipelines\b",
            re.M,
        ),
        ("##[section]Starting: ", "/home/vsts/work/", "Agent name: '", "Azure Pipelines"),
    ),
    _Signal(
        "github-actions",
        re.compile(
            r"^.{0,40}##\[(?:group|endgroup|error|warning)\]|/home/runner/work/|"
            r"/Users/runner/work/|[A-Z]:\\a\\[^\\\s]+\\|^.{0,40}Current runner version: |"
            r"\bGITHUB_WORKSPACE\b|^::(?:error|warning|group)",
            re.M,
        ),
        (
            "##[",
            "/runner/work/",
            ":\\a\\",
            "Current runner version: ",
            "GITHUB_WORKSPACE",
            "::error",
            "::warning",
            "::group",
        ),
    ),
    _Signal(
        "gitlab-ci",
        re.compile(
            r"section_start:\d+:|^Running with gitlab-runner |\bCI_PROJECT_DIR\b|"
            r"^Executing \"step_script\" stage|^ERROR: Job failed: ",
            re.M,
        ),
        (
            "section_start:",
            "Running with gitlab-runner ",
            "CI_PROJECT_DIR",
            'Executing "step_script" stage',
            "ERROR: Job failed: ",
        ),
    ),
    _Signal(
        "jenkins",
        re.compile(
            r"^\[Pipeline\] |^Started by (?:user|timer|an SCM change)|/var/jenkins_home/|"
            r"^Finished: (?:SUCCESS|FAILURE|UNSTABLE|ABORTED)$|^Running on .+ in /",
            re.M,
        ),
        ("[Pipeline] ", "Started by ", "/var/jenkins_home/", "Finished: ", "Running on "),
    ),
    _Signal(
        "circleci",
        re.compile(r"/home/circleci/|\bCIRCLE_[A-Z_]+\b|^Build-agent version ", re.M),
        ("/home/circleci/", "CIRCLE_", "Build-agent version "),
    ),
]

_OS_SIGNALS: list[_Signal] = [
    _Signal(
        "windows",
        re.compile(
            r"(?<![\w/])[A-Za-z]:\\(?:Users|Windows|Program Files|hostedtoolcache|a\\|"
            r"actions-runner|agent|tools|src|projects|dev)|^PS [A-Za-z]:\\|"
            r"\bRunner Image: windows|\bImage: windows-|\bMicrosoft Windows \[Version",
            re.M | re.I,
        ),
        (":\\", "image: windows", "microsoft windows [version"),
        lowered=True,
    ),
    _Signal(
        "macos",
        re.compile(
            r"/Users/[\w.-]+/|/opt/homebrew/|/Library/(?:Developer|Frameworks|Caches)/|"
            r"\bRunner Image: macos|\bImage: macos-|\bDarwin Kernel Version|\.dylib\b",
            re.M,
        ),
        (
            "/Users/",
            "/opt/homebrew/",
            "/Library/",
            "Image: macos",
            "Darwin Kernel Version",
            ".dylib",
        ),
    ),
    _Signal(
        "linux",
        re.compile(
            r"/home/[\w.-]+/|/opt/hostedtoolcache/|/usr/lib/x86_64-linux-gnu/|"
            r"/usr/(?:local/)?lib/python3|\bRunner Image: ubuntu|\bImage: ubuntu-|"
            r"\bUbuntu \d\d\.\d\d|\bDebian GNU/Linux|\bLinux [\w.-]+ \d+\.\d+\.\d+|"
            r"\.so(?:\.\d+)*\b|/var/run/docker\.sock|/builds/[\w.-]+/|/var/jenkins_home/",
            re.M,
        ),
        (
            "/home/",
            "/opt/hostedtoolcache/",
            "/usr/lib/",
            "/usr/local/lib/python3",
            "Image: ubuntu",
            "Ubuntu ",
            "Debian GNU/Linux",
            "Linux ",
            ".so",
            "/var/run/docker.sock",
            "/builds/",
            "/var/jenkins_home/",
        ),
    ),
]

_SHELL_SIGNALS: list[_Signal] = [
    _Signal(
        "powershell",
        re.compile(r"^PS [A-Za-z]:\\[^>\n]*> |\bpwsh\b|\bpowershell(?:\.exe)?\b", re.M | re.I),
        ("ps ", "pwsh", "powershell"),
        lowered=True,
    ),
    _Signal("cmd", re.compile(r"^[A-Za-z]:\\[^>\n]*>(?!>)\S", re.M), (":\\",)),
    _Signal("zsh", re.compile(r"^zsh: |\bzsh:\d+: ", re.M), ("zsh:",)),
    _Signal("fish", re.compile(r"^fish: ", re.M), ("fish: ",)),
    _Signal(
        "bash",
        re.compile(r"^(?:/usr)?(?:/bin/)?bash: |\bbash: line \d+: |/bin/bash -e\b", re.M),
        ("bash: ", "/bin/bash -e"),
    ),
]

_VERSION = r"(\d+(?:\.\d+){1,3})"
#: Tool -> what prints its version; the first group that took part is the version.
_TOOL_VERSIONS: list[_Signal] = [
    _Signal(
        "python",
        re.compile(
            rf"\bPython {_VERSION}\b|/hostedtoolcache/Python/{_VERSION}/|"
            rf"\bpython-version: {_VERSION}"
        ),
        ("Python ", "/hostedtoolcache/Python/", "python-version: "),
    ),
    _Signal("pip", re.compile(rf"\bpip {_VERSION} from "), ("pip ",)),
    _Signal(
        "node",
        re.compile(rf"\bNode\.js v?{_VERSION}\b|\bnode(?:js)? v{_VERSION}\b|/node/{_VERSION}/"),
        ("Node.js", "node v", "nodejs v", "/node/"),
    ),
    _Signal("npm", re.compile(rf"\bnpm(?:@| v| version:? ){_VERSION}\b"), ("npm",)),
    _Signal("go", re.compile(rf"\bgo version go{_VERSION}\b"), ("go version go",)),
    _Signal("rustc", re.compile(rf"\brustc {_VERSION}\b"), ("rustc ",)),
    _Signal("cargo", re.compile(rf"\bcargo {_VERSION}\b"), ("cargo ",)),
    _Signal("java", re.compile(rf"\b(?:openjdk|java) version \"{_VERSION}"), (' version "',)),
    _Signal("docker", re.compile(rf"\bDocker version {_VERSION}\b"), ("Docker version ",)),
    _Signal("gcc", re.compile(rf"\bgcc \([^)\n]*\) {_VERSION}\b"), ("gcc (",)),
    _Signal("cmake", re.compile(rf"\bcmake version {_VERSION}\b"), ("cmake version ",)),
    _Signal("terraform", re.compile(rf"\bTerraform v{_VERSION}\b"), ("Terraform v",)),
]


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


def _first(signals: list[_Signal], text: str, lowered: str) -> str | None:
    """The signal found earliest in `text` (ties go to the list's order)."""
    best: tuple[int, int, str] | None = None
    for order, signal in enumerate(signals):
        found = signal.search(text, lowered)
        if found and (best is None or (found.start(), order) < best[:2]):
            best = (found.start(), order, signal.name)
    return best[2] if best else None


def _majority(signals: list[_Signal], text: str, lowered: str) -> str | None:
    """The signal seen most often (a Linux log may quote one macOS path)."""
    counts = {signal.name: signal.count(text, lowered) for signal in signals}
    name, count = max(counts.items(), key=lambda item: item[1])
    return name if count else None


def read_environment(text: str) -> LogEnvironment:
    """Read the CI system, OS, shell and tool versions a log shows."""
    sample = _sample(text)
    lowered = sample.lower()
    ci = _first(_CI_SIGNALS, sample, lowered)
    os_name = _majority(_OS_SIGNALS, sample, lowered)
    shell = _first(_SHELL_SIGNALS, sample, lowered)
    if shell is None and ci is not None and os_name is not None:
        # What the CI system runs `run:`/`script:` steps with unless told otherwise.
        shell = "powershell" if os_name == "windows" else "bash"
    tools: dict[str, str] = {}
    for signal in _TOOL_VERSIONS:
        found = signal.search(sample, lowered)
        if found:
            tools[signal.name] = next(group for group in found.groups() if group)
    return LogEnvironment(ci=ci, os=os_name, shell=shell, tools=tools)
