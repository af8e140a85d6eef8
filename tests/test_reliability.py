"""Regressions from the hostile-input audit: patterns that backtrack, an unbounded fuzzy pass,
records missing what the format requires, silent load problems, and unclear type errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import errkb
from errkb.engine import fuzzy as fuzzy_module
from errkb.records.patterns import backtracking_risk, provably_linear

#: A run that takes longer than this has hung: the audit saw these patterns take over 15 s.
HANG = 12.0


def _team_kb(tmp_path: Path, **patterns: str) -> Path:
    root = tmp_path / "team-kb"
    for slug, regex in patterns.items():
        (root / "team").mkdir(parents=True, exist_ok=True)
        (root / "team" / f"{slug}.yaml").write_text(
            f"signature: {slug}\nroot_cause: a team record\npatterns:\n  - '{regex}'\n",
            encoding="utf-8",
        )
    return root


@pytest.mark.parametrize("regex", ["(a|aa)+$", "(a|a)*$", "(?:a|b|ab)*c", "(?:a|aa){2,60}$"])
def test_overlapping_alternatives_under_a_repeat_are_rejected(regex: str) -> None:
    assert backtracking_risk(regex) is not None


@pytest.mark.parametrize("regex", [r"(ab|cd)+", r"(ab|a)+c", r"(\d+\.)+", r"(?:foo|bar)+x"])
def test_alternations_that_cannot_overlap_pass(regex: str) -> None:
    assert backtracking_risk(regex) is None


def test_such_a_team_record_is_named_by_validate_and_never_runs(tmp_path: Path) -> None:
    root = _team_kb(tmp_path, alt="(a|aa)+$", same="(a|a)*$")
    kb = errkb.KnowledgeBase([root], include_bundled=False)
    assert sorted((e.code, e.field) for e in kb.errors) == [
        ("ERRKB003", "patterns.0.regex"),
        ("ERRKB003", "patterns.0.regex"),
    ]
    assert kb.scan("a" * 40 + "!") == []


#: A pattern whose backtracking the static check misses, and a line it backtracks on: the line
#: ends in a match, so hyperscan's databases (which know the match must end in xxy) still hand
#: the pattern to Python's re, whose search from the first run of x is what backtracks.
SNEAKY = "sneaky (?:x+x+){1,8}y"
SNEAKY_TEXT = "sneaky " + "x" * 60 + " sneaky xxy"


@pytest.mark.parametrize("use_hyperscan", [False, True])
def test_a_pattern_the_analysis_misses_runs_under_a_time_budget(
    tmp_path: Path, use_hyperscan: bool
) -> None:
    if use_hyperscan and not errkb.hyperscan_available():
        pytest.skip("skipped: hyperscan not installed")
    regex = SNEAKY
    assert backtracking_risk(regex) is None  # the static check cannot see it...
    assert not provably_linear(regex)  # ...so it gets a budget
    root = _team_kb(tmp_path, sneaky=regex)
    kb = errkb.KnowledgeBase([root], include_bundled=False, use_hyperscan=use_hyperscan)
    assert kb.scan(SNEAKY_TEXT) == []
    [warning] = kb.warnings
    assert (warning.code, warning.record_id, warning.field) == (
        "ERRKB014",
        "team/sneaky",
        "patterns.0.regex",
    )
    assert warning.path.endswith("sneaky.yaml")
    assert kb.scan("sneaky " + "x" * 60 + "y") == []  # disabled from then on: it never runs again


def test_the_cli_names_a_pattern_that_ran_out_of_time(tmp_path: Path) -> None:
    root = _team_kb(tmp_path, sneaky=SNEAKY)
    done = subprocess.run(
        [sys.executable, "-m", "errkb", "scan", "--no-bundled", "--kb", str(root), "-"],
        input=SNEAKY_TEXT + "\n",
        capture_output=True,
        text=True,
        timeout=HANG,
    )
    assert done.returncode == 1
    assert "ERRKB014" in done.stderr
    assert "sneaky.yaml" in done.stderr


def test_python_folds_an_alternation_of_classes_into_one_class(tmp_path: Path) -> None:
    # (\w|\d)+$ is compiled by `re` as one character class: linear, so it may load and run.
    root = _team_kb(tmp_path, classes=r"classes: (\w|\d)+$")
    kb = errkb.KnowledgeBase([root], include_bundled=False)
    assert kb.errors == []
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "errkb",
            "lookup",
            "--no-bundled",
            "--kb",
            str(root),
            "classes: " + "a" * 40 + "!",
        ],
        capture_output=True,
        text=True,
        timeout=HANG,
    )
    assert done.returncode in (0, 1)


def test_a_fuzzy_miss_looks_at_a_bounded_number_of_lines(
    bundled_kb: errkb.KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    original = fuzzy_module.FuzzyIndex.best

    def counting(self: fuzzy_module.FuzzyIndex, line: str, **kw: float) -> object:
        calls.append(len(line))
        return original(self, line, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(fuzzy_module.FuzzyIndex, "best", counting)
    words = "error failed cannot invalid widget frobnicate denied "
    one_line = words * 200_000  # 10 MB without a newline
    assert bundled_kb.search(one_line) == []
    assert calls == []  # far longer than any signature: never compared
    many_lines = ("frobnicator error: widget count out of range\n") * 5_000
    bundled_kb.search(many_lines)
    assert len(calls) <= fuzzy_module.MAX_FUZZY_LINES


def test_a_record_with_only_a_signature_is_rejected_naming_each_missing_field(
    tmp_path: Path,
) -> None:
    root = tmp_path / "kb" / "team"
    root.mkdir(parents=True)
    (root / "thin.yaml").write_text("signature: boom\n", encoding="utf-8")
    (root / "good.yaml").write_text(
        "signature: fine\nroot_cause: ok\npatterns: ['fine thing']\n", encoding="utf-8"
    )
    kb = errkb.KnowledgeBase([tmp_path / "kb"], include_bundled=False)
    assert list(kb.records) == ["team/good"]
    assert sorted((e.code, e.field) for e in kb.errors) == [
        ("ERRKB007", "patterns"),
        ("ERRKB007", "root_cause"),
    ]


@pytest.mark.parametrize("command", [["scan", "-"], ["lookup"], ["list"]])
def test_load_problems_are_said_once_on_stderr(tmp_path: Path, command: list[str]) -> None:
    root = tmp_path / "kb" / "team"
    root.mkdir(parents=True)
    (root / "thin.yaml").write_text("signature: boom\n", encoding="utf-8")
    (root / "broken.yaml").write_text("signature: [unclosed\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "errkb", command[0], "--kb", str(tmp_path / "kb"), *command[1:]],
        input="nothing to see\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stderr.count("problem(s) in 2 record file(s)") == 1
    assert "thin.yaml: ERRKB007 [root_cause]" in done.stderr
    assert "broken.yaml: ERRKB010" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("call", [errkb.scan, errkb.lookup, errkb.search, errkb.diagnose])
def test_a_non_text_argument_is_a_clear_type_error(call: object) -> None:
    with pytest.raises(TypeError, match="text must be str or bytes, not NoneType"):
        call(None)  # type: ignore[operator]
