"""Fixes rendered for an environment: shell quoting, OS, captured values, installed versions."""

from __future__ import annotations

import json

import pytest

import errkb
from errkb.environment.local import detect_shell
from errkb.records.fixes import quote_word


@pytest.mark.parametrize(
    ("shell", "expected"),
    [
        ("zsh", "pip install 'uvicorn[standard]'"),
        ("fish", "pip install 'uvicorn[standard]'"),
        ("bash", "pip install uvicorn[standard]"),
        ("sh", "pip install uvicorn[standard]"),
        ("powershell", "pip install uvicorn[standard]"),
        ("cmd", "pip install uvicorn[standard]"),
    ],
)
def test_extras_are_quoted_where_the_shell_globs_brackets(
    bundled_kb: errkb.KnowledgeBase, shell: str, expected: str
) -> None:
    match = bundled_kb.lookup("WARNING:  Unsupported upgrade request.")
    assert match is not None
    assert match.record.id == "uvicorn/websocket-library-missing"
    assert match.fixes(errkb.Environment(shell=shell))[0].commands == [expected]


@pytest.mark.parametrize(
    ("word", "shell", "quoted"),
    [
        ("plain", "bash", "plain"),
        ("it's", "bash", "'it'\"'\"'s'"),
        ("a b", "zsh", "'a b'"),
        ("*.log", "zsh", "'*.log'"),
        ("$HOME", "bash", "'$HOME'"),
        ("a b", "cmd", '"a b"'),
        ("it's x", "powershell", "'it''s x'"),
        ("", "bash", "''"),
    ],
)
def test_quote_word(word: str, shell: str, quoted: str) -> None:
    assert quote_word(word, shell) == quoted


def test_installed_version_older_than_fix_is_named(bundled_kb: errkb.KnowledgeBase) -> None:
    match = bundled_kb.lookup("WARNING:  Unsupported upgrade request.")
    assert match is not None
    old = match.fixes(errkb.Environment(shell="zsh", installed={"uvicorn": "0.13.4"}))
    assert old[0].notes == [
        "uvicorn 0.13.4 is installed here; fixed in 0.14.0 (https://github.com/kludex/uvicorn/pull/926)"
    ]
    new = match.fixes(errkb.Environment(shell="zsh", installed={"uvicorn": "0.30.6"}))
    assert "already has the 0.14.0 change" in new[0].notes[0]
    unknown = match.fixes(errkb.Environment(shell="zsh"))
    assert unknown[0].notes == []


def test_captured_group_fills_command_with_distribution_name(demo_kb: errkb.KnowledgeBase) -> None:
    match = demo_kb.lookup("ModuleNotFoundError: No module named 'cv2'")
    assert match is not None
    fixes = match.fixes(errkb.Environment(shell="zsh"))
    assert fixes[0].commands == ["python -m pip install opencv-python"]
    assert fixes[1].commands == ["pip install 'cv2[all]'"]  # `{module}` without the filter: raw


@pytest.mark.parametrize(
    ("name", "dist"),
    [
        ("yaml", "PyYAML"),
        ("PIL", "Pillow"),
        ("sklearn.svm", "scikit-learn"),
        ("requests", "requests"),
    ],
)
def test_distribution_for(name: str, dist: str) -> None:
    assert errkb.distribution_for(name) == dist


def test_commands_are_filtered_by_os_and_shell(demo_kb: errkb.KnowledgeBase) -> None:
    match = demo_kb.lookup("write() failed: No space left on device")
    assert match is not None
    linux = match.fixes(errkb.Environment(shell="bash", os="linux"))
    mac = match.fixes(errkb.Environment(shell="zsh", os="macos"))
    windows = match.fixes(errkb.Environment(shell="powershell", os="windows"))
    assert linux[0].commands == ["du -xh --max-depth=1 /"]
    assert mac[0].commands == ["du -xh -d 1 /"]
    assert windows[0].commands == []
    assert linux[1].commands == ["sudo apt-get clean && sudo journalctl --vacuum-size=200M"]
    assert windows[1].commands == []


@pytest.mark.parametrize(
    ("environ", "shell"),
    [
        ({"SHELL": "/bin/zsh"}, "zsh"),
        ({"SHELL": "/usr/local/bin/fish"}, "fish"),
        ({"SHELL": "/bin/bash"}, "bash"),
        ({"SHELL": "/bin/dash"}, "sh"),
    ],
)
def test_detect_shell(environ: dict[str, str], shell: str) -> None:
    assert detect_shell(environ) == shell


def test_markdown_has_the_seed_sections(bundled_kb: errkb.KnowledgeBase) -> None:
    record = bundled_kb.records["uvicorn/websocket-library-missing"]
    text = errkb.render_markdown(record, env=errkb.Environment(shell="zsh"))
    for heading in (
        "# uvicorn",
        "- **ID:** `uvicorn/websocket-library-missing`",
        "## Root Cause",
        "## Version Compatibility",
        "## Workarounds",
        "## Dead Ends",
    ):
        assert heading in text
    assert "pip install 'uvicorn[standard]'" in text


def test_brief_markdown_is_hover_sized(bundled_kb: errkb.KnowledgeBase) -> None:
    match = bundled_kb.lookup("WARNING:  Unsupported upgrade request.")
    assert match is not None
    text = errkb.render_markdown(
        match, env=errkb.Environment(shell="zsh", installed={"uvicorn": "0.13.4"}), brief=True
    )
    assert "pip install 'uvicorn[standard]'" in text
    assert "uvicorn 0.13.4 is installed here; fixed in 0.14.0" in text
    assert "**Skip:**" in text
    assert "confidence" in text
    assert len(text.splitlines()) < 40


def test_json_shape(demo_kb: errkb.KnowledgeBase) -> None:
    match = demo_kb.lookup("No module named 'yaml'")
    assert match is not None
    data = json.loads(errkb.render_json(match, env=errkb.Environment(shell="bash")))
    assert data["id"] == "demo/module-missing"
    assert data["groups"] == {"module": "yaml"}
    assert data["fixes"][0]["commands"] == ["python -m pip install PyYAML"]
    assert set(data) >= {
        "id",
        "signature",
        "summary",
        "severity",
        "score",
        "kind",
        "line",
        "column",
        "end_line",
        "end_column",
        "text",
        "fixes",
        "documentation",
    }


def test_text_rendering_mentions_cause_fix_and_position(demo_kb: errkb.KnowledgeBase) -> None:
    match = demo_kb.lookup("x\nNo module named 'yaml'")
    assert match is not None
    text = errkb.render_text(match, env=errkb.Environment(shell="bash"))
    assert "line 2, column 1" in text
    assert "Why:" in text
    assert "$ python -m pip install PyYAML" in text


def test_detected_environment_reads_installed_versions_from_metadata() -> None:
    from importlib.metadata import version

    record = errkb.Record.model_validate(
        {
            "id": "demo/needs-new-pydantic",
            "signature": "s",
            "workarounds": [{"action": "Upgrade.", "success_rate": 0.9}],
            "fixed_releases": [
                {"package": "pydantic", "version": "99.0", "change": "https://example.invalid/pr/1"}
            ],
        }
    )
    env = errkb.Environment.detect({"SHELL": "/bin/zsh"})
    assert env.shell == "zsh"
    notes = errkb.render_text(record, env=env)
    assert f"pydantic {version('pydantic')} is installed here; fixed in 99.0" in notes
    missing = errkb.Environment.detect({"SHELL": "/bin/bash"}).version_of(
        "surely-not-installed-dist"
    )
    assert missing is None
