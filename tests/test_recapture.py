"""Captured records stay true to today's tools: re-run the git captures and recognise them.

Each capture script declares the tools it runs (`requires TOOL...`, captures/_lib/requires.sh);
without one of them the script prints "skipped: TOOL not installed" and exits 77, and its test
here is skipped with that reason instead of failing as if the tool's wording had changed.
captures/tools.txt lists every declared tool with its Debian package; .ci/run installs them all.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

import errkb

REPO = Path(__file__).resolve().parent.parent
CAPTURES = REPO / "captures"
TOOLS_TXT = CAPTURES / "tools.txt"
SCRIPTS = sorted(
    p for p in CAPTURES.rglob("*.sh") if "_lib" not in p.parts and not p.name.startswith("_")
)
GIT_SCRIPTS = sorted((CAPTURES / "git").glob("*.sh"))
REQUIRES = re.compile(r"^requires\s+(.*)$", re.MULTILINE)


@cache
def recapture() -> ModuleType:
    spec = importlib.util.spec_from_file_location("recapture", REPO / "scripts" / "recapture.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def bundled_records() -> errkb.KnowledgeBase:
    module = recapture()
    return errkb.KnowledgeBase([module.bundled_data_dir()], include_bundled=False)


def listed_tools() -> dict[str, str]:
    """captures/tools.txt: tool -> Debian package ("-" when Debian has none)."""
    tools = {}
    for line in TOOLS_TXT.read_text().splitlines():
        fields = line.split("#", 1)[0].split()
        if fields:
            assert len(fields) == 2, f"tools.txt: want 'TOOL PACKAGE', got {line!r}"
            tools[fields[0]] = fields[1]
    return tools


def declared(script: Path) -> list[str]:
    """The tools a script's `requires` lines name."""
    return [tool for line in REQUIRES.findall(script.read_text()) for tool in line.split()]


# Where a command starts in a shell line: line start, after | ; & ( $( , or after a prefix such
# as `exec`, `timeout 20`, `VAR=value`, `then`, `do`.
_COMMAND_START = (
    r"(?:^|[|;&(]\s*|\$\(\s*|\bexec\s+|\btimeout\s+(?:-\S+\s+)*\d+\s+|\bthen\s+|\bdo\s+"
    r"|\belse\s+|!\s+|\b[A-Za-z_]+=\S*\s+|\bstart_server\s+(?:timeout\s+\d+\s+)?)"
)


def invoked(script: Path, tools: set[str]) -> set[str]:
    """Tools of `tools` the script runs unconditionally (a rough reading of its shell lines).

    Heredoc bodies and comments are ignored, and so are tools the script tests for itself with
    `command -v` (those it only uses when present).
    """
    text = script.read_text()
    optional = set(re.findall(r"command -v ([\w+.-]+)", text))
    names = "|".join(re.escape(tool) for tool in sorted(tools, key=len, reverse=True))
    command = re.compile(_COMMAND_START + r"(?:/usr/s?bin/)?(" + names + r")(?=\s|$|\))")
    found = set()
    heredoc = None
    for raw in text.splitlines():
        line = raw.strip()
        if heredoc is not None:
            if line == heredoc:
                heredoc = None
            continue
        if not line or line.startswith("#"):
            continue
        line = re.sub(r"\s+#\s.*$", "", line)
        found.update(match.group(1) for match in command.finditer(line))
        if re.search(r"\bgit lfs\b", line):
            found.add("git-lfs")
        if re.search(r"\bsshd_on\b|/usr/sbin/sshd\b", line):
            found.add("sshd")
        marker = re.search(r"<<-?\s*['\"]?(\w+)['\"]?", line)
        if marker:
            heredoc = marker.group(1)
    return found - optional


def test_every_declared_tool_is_in_tools_txt() -> None:
    tools = listed_tools()
    unlisted = {
        f"{script.relative_to(REPO)}: {tool}"
        for script in SCRIPTS
        for tool in declared(script)
        if tool not in tools
    }
    assert not unlisted, "add these tools (with their Debian package) to captures/tools.txt"


def test_scripts_declare_the_tools_they_run() -> None:
    # Python is what runs the captures; bash and coreutils are everywhere.
    tools = set(listed_tools()) - {"python3"}
    undeclared = {
        f"{script.relative_to(REPO)}: {', '.join(sorted(missing))}"
        for script in SCRIPTS
        if (missing := invoked(script, tools) - set(declared(script)))
    }
    assert not undeclared, "add `requires TOOL` to these scripts"


def test_requires_lines_come_before_the_capture_runs() -> None:
    # The declaration is parsed from the script, so it must be literal names on its own line,
    # and it must come right after the helpers are sourced: a capture that first runs half its
    # commands and then skips would leave servers and files behind.
    for script in SCRIPTS:
        lines = [line for line in script.read_text().splitlines() if line.strip()]
        for number, line in enumerate(lines):
            if line.startswith("requires"):
                assert re.fullmatch(r"requires( [\w+.-]+)+", line), f"{script}: {line!r}"
                before = [x for x in lines[:number] if not x.startswith(("#", "set ", ". "))]
                assert not before, f"{script}: requires comes after {before[0]!r}"


def test_missing_tool_skips_with_a_dedicated_status() -> None:
    done = subprocess.run(
        ["bash", "-c", '. captures/_lib/requires.sh; requires bash no-such-tool-x; echo "ran"'],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout) == (77, "skipped: no-such-tool-x not installed\n")
    assert recapture().skip_reason(77, done.stdout) == "no-such-tool-x not installed"
    # A command that fails with 77 for its own reasons is not a skip.
    assert recapture().skip_reason(77, "fatal: something\n") is None
    assert recapture().skip_reason(1, done.stdout) is None


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.skipif(
    any(Path(d, "git-lfs").exists() for d in ("/usr/sbin", "/sbin")),
    reason="git-lfs is in /usr/sbin, where requires always looks",
)
def test_recapture_reports_skipped_not_changed(tmp_path: Path) -> None:
    # A git capture run where git-lfs and sshd cannot be found: SKIPPED with the reason, and
    # no problem, whatever this machine has installed.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "git", "dirname", "readlink", "mktemp", "rm"):
        if (found := shutil.which(tool)) is not None:
            (bin_dir / tool).symlink_to(found)
    module = recapture()
    kb = bundled_records()
    env_path = str(bin_dir)
    original = module._run

    def run_hidden(script: Path) -> tuple[int, str]:
        done = subprocess.run(
            ["bash", str(script)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env={"PATH": env_path},
        )
        return done.returncode, done.stdout + done.stderr

    module._run = run_hidden
    try:
        verdict, detail, _ = module.check(
            kb, "git/lfs-smudge-error", "captures/git/lfs-smudge-error.sh"
        )
    finally:
        module._run = original
    assert (verdict, detail) == ("SKIPPED", "git-lfs not installed")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize("script", GIT_SCRIPTS, ids=[p.stem for p in GIT_SCRIPTS])
def test_git_capture_still_produces_recognised_output(script: Path) -> None:
    kb = bundled_records()
    scripts = {rel: record_id for record_id, rel in recapture().captured(kb, ["git/"])}
    relative = str(script.relative_to(REPO))
    if relative not in scripts:
        pytest.skip(f"no record names {relative} as its capture")
    verdict, detail, output = recapture().check(kb, scripts[relative], relative)
    if verdict == "SKIPPED":
        pytest.skip(f"capture needs a tool: {detail}")
    assert verdict == "ok", f"{verdict}: {detail}\n{output}"


def test_recapture_script_runs(tmp_path: Path) -> None:
    # The command-line tool itself, on a prefix matching no record: nothing to run, no problem.
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "recapture.py"), "no-such-prefix/"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (
        done.stdout.splitlines()[-1] == "0 capture(s) run, 0 skipped (missing tools), 0 problem(s)"
    )
