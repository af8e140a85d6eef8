"""Environment.from_text: what real CI and terminal logs say about where they ran."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import errkb
from errkb.environment import from_text, read_environment

LOCAL = errkb.Environment(shell="zsh", os="macos", source="local")


@pytest.mark.parametrize(
    ("text", "ci", "os", "shell"),
    [
        pytest.param(
            "2026-11-20T14:02:11.4816243Z ##[group]Run pytest\n"
            "/home/runner/work/api/api/tests/test_x.py:3: in <module>\n",
            "github-actions", "linux", "bash", id="github-linux",
        ),
        pytest.param(
            "##[group]Run swift build\n/Users/runner/work/app/app/Sources/main.swift:1:1: error\n",
            "github-actions", "macos", "bash", id="github-macos",
        ),
        pytest.param(
            "##[group]Run npm test\nD:\\a\\app\\app\\node_modules\\.bin\\jest.cmd\n",
            "github-actions", "windows", "powershell", id="github-windows",
        ),
        pytest.param(
            "Running with gitlab-runner 16.11.0 (91a27b2a)\n"
            "section_start:1714060800:step_script\r\x1b[0K\n/builds/team/app/src/main.py\n",
            "gitlab-ci", "linux", "bash", id="gitlab",
        ),
        pytest.param(
            "Started by user admin\n[Pipeline] Start of Pipeline\n"
            "Running on agent-1 in /var/jenkins_home/workspace/app\n",
            "jenkins", "linux", "bash", id="jenkins",
        ),
        pytest.param(
            "Build-agent version 1.0.223140-8d8ee397\n/home/circleci/project/main.go:3: x\n",
            "circleci", "linux", "bash", id="circleci",
        ),
        pytest.param(
            "##[section]Starting: Build\n/home/vsts/work/1/s/app.py\n",
            "azure-pipelines", "linux", "bash", id="azure",
        ),
    ],
)  # fmt: skip
def test_ci_systems_and_their_runners(text: str, ci: str, os: str, shell: str) -> None:
    env = errkb.Environment.from_text(text, default=LOCAL)
    assert (env.ci, env.os, env.shell, env.source) == (ci, os, shell, "log")
    assert env.where == "ci"


@pytest.mark.parametrize(
    ("text", "os", "shell"),
    [
        ("PS C:\\Users\\dev\\app> npm install\nnpm error code ENOENT\n", "windows", "powershell"),
        ("zsh: command not found: pyhton\n/Users/dev/app\n", "macos", "zsh"),
        ("bash: line 1: ./run.sh: Permission denied\n/home/dev/app\n", "linux", "bash"),
        ("C:\\src\\app>gradlew build\n", "windows", "cmd"),
    ],
)
def test_terminal_prompts_name_the_shell_and_os(text: str, os: str, shell: str) -> None:
    env = errkb.Environment.from_text(text, default=LOCAL)
    assert (env.os, env.shell, env.ci, env.source) == (os, shell, None, "log")
    assert env.where == "local"


def test_tool_versions_the_log_prints() -> None:
    text = (
        "/opt/hostedtoolcache/Python/3.11.9/x64/bin/python\n"
        "pip 23.2.1 from /usr/lib/python3/dist-packages/pip (python 3.11)\n"
        "Node.js v20.11.1\ngo version go1.22.1 linux/amd64\nDocker version 24.0.7, build afdd53b\n"
    )
    tools = read_environment(text).tools
    assert tools == {
        "python": "3.11.9",
        "pip": "23.2.1",
        "node": "20.11.1",
        "go": "1.22.1",
        "docker": "24.0.7",
    }


def test_a_log_that_shows_nothing_keeps_the_local_machine() -> None:
    env = errkb.Environment.from_text("ModuleNotFoundError: No module named 'cv2'\n", default=LOCAL)
    assert env is LOCAL
    assert env.describe() == "this machine (macOS, zsh)"


def test_a_log_environment_never_reports_this_machines_packages() -> None:
    env = errkb.Environment.from_text("##[group]Run x\n/home/runner/work/a\n", default=LOCAL)
    assert env.detect_packages is False
    assert env.version_of("pip") is None


def test_one_quoted_macos_path_does_not_make_a_linux_log_macos() -> None:
    text = "/home/runner/work/a/b.py\n/home/runner/work/a/c.py\nsee /Users/alice/notes.txt\n"
    assert read_environment(text).os == "linux"


def test_only_the_head_and_tail_of_a_huge_log_are_read() -> None:
    text = "##[group]Run x\n" + "filler line\n" * 2_000_000 + "/home/runner/work/a\n"
    env = read_environment(text)
    assert (env.ci, env.os) == ("github-actions", "linux")


SIGNALS = [
    *from_text._CI_SIGNALS,
    *from_text._OS_SIGNALS,
    *from_text._SHELL_SIGNALS,
    *from_text._TOOL_VERSIONS,
]


@pytest.mark.parametrize("signal", SIGNALS, ids=lambda s: s.name)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_match_of_a_signal_holds_a_literal_and_stays_on_its_line(
    signal: from_text._Signal, data: st.DataObject
) -> None:
    # Signals are searched only on the lines holding one of their literals: every match must
    # hold one and lie on one line, or the search would miss it.
    text = data.draw(st.from_regex(signal.pattern))
    found = signal.pattern.search(text)
    if found:
        assert "\n" not in found.group(0)
        assert signal.present(found.group(0), found.group(0).lower()), text
        assert signal.search(text, text.lower()) is not None


def _whole_text(text: str) -> tuple[object, ...]:
    """What each signal finds searching the whole sample: the reference the line-by-line
    search must agree with."""
    sample = from_text._sample(text)
    return tuple(
        (
            (found.start(), found.group(0)) if (found := s.pattern.search(sample)) else None,
            len(s.pattern.findall(sample)),
        )
        for s in SIGNALS
    )


def _by_lines(text: str) -> tuple[object, ...]:
    sample = from_text._sample(text)
    lowered = sample.lower()
    return tuple(
        (
            (found.start(), found.group(0)) if (found := s.search(sample, lowered)) else None,
            s.count(sample, lowered),
        )
        for s in SIGNALS
    )


def test_searching_lines_finds_what_a_whole_text_search_finds_in_every_example() -> None:
    texts = [e.text for r in errkb.KnowledgeBase().records.values() for e in r.examples]
    assert len(texts) > 1000
    for text in texts:
        assert _by_lines(text) == _whole_text(text), text


@settings(max_examples=200, deadline=None)
@given(
    lines=st.lists(
        st.sampled_from(
            [
                "##[group]Run pytest",
                "Running with gitlab-runner 16.1.0",
                "[Pipeline] sh",
                "/home/runner/work/app/app/x.py",
                "/Users/dev/app/main.swift",
                "C:\\Users\\a",
                "PS C:\\src> npm test",
                "zsh: command not found: x",
                "bash: line 3: y",
                "Python 3.12.1",
                "npm v10.2.0",
                "go version go1.22.1 linux/amd64",
                "libfoo.so.1",
                "İstanbul /home/x/",
                "ok",
                "",
                "\r",
                "Finished: SUCCESS",
                "Node.js v20.1.0",
            ]
        ),
        max_size=25,
    )
)
def test_searching_lines_agrees_on_generated_logs(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert _by_lines(text) == _whole_text(text)
