"""The record linter: one failing fixture per code, passing fixtures, and the allow-list.

Each ``tests/lint/failing/ERRKB0NN/`` is a small knowledge base whose records break exactly the
rule of that code; a test asserts only that code and how many times it is reported (tldr-lint
style). ``_corpus/`` folders hold the log lines the over-broad check runs over.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import errkb
from errkb.lint import CODES, AllowList, LintIssue, lint, load_allow_list

LINT = Path(__file__).resolve().parent / "lint"
FAILING = LINT / "failing"
PASSING = LINT / "passing"

#: code -> how many issues of that code its failing fixture produces
EXPECTED = {
    "ERRKB001": 1,
    "ERRKB002": 1,
    "ERRKB003": 1,
    "ERRKB004": 1,
    "ERRKB005": 1,
    "ERRKB006": 1,
    "ERRKB007": 1,
    "ERRKB008": 1,
    "ERRKB009": 1,
    "ERRKB010": 1,
    "ERRKB011": 1,
    "ERRKB012": 2,
    "ERRKB013": 1,
    "ERRKB014": 1,
    "ERRKB015": 1,
}


def _kb(directory: Path) -> errkb.KnowledgeBase:
    return errkb.KnowledgeBase(paths=[directory], include_bundled=False, cache=False)


def _lint_fixture(directory: Path) -> list[LintIssue]:
    corpus = directory / "_corpus"
    return lint(
        _kb(directory),
        corpus=corpus if corpus.is_dir() else None,
        quality=True,
        allow_list=AllowList(),  # the bundled allow-list is about bundled records
    )


def test_every_code_has_a_failing_fixture() -> None:
    assert set(EXPECTED) == set(CODES)
    assert sorted(p.name for p in FAILING.iterdir() if p.is_dir()) == sorted(CODES)


@pytest.mark.parametrize(("code", "count"), sorted(EXPECTED.items()))
def test_failing_fixture_reports_its_code(code: str, count: int) -> None:
    issues = _lint_fixture(FAILING / code)
    assert [i.code for i in issues].count(code) == count, "\n".join(map(str, issues))


def test_passing_fixtures_are_clean() -> None:
    issues = _lint_fixture(PASSING)
    assert issues == []


def test_issue_prints_as_one_line_with_path_and_code() -> None:
    (issue,) = [i for i in _lint_fixture(FAILING / "ERRKB004") if i.code == "ERRKB004"]
    line = str(issue)
    assert "\n" not in line
    assert line.startswith(f"{issue.path}: ERRKB004 ")
    assert issue.path.endswith("permission-denied.yaml")
    assert issue.record_id == "demo/permission-denied"
    assert issue.field == "examples[1]"


def test_unknown_code_is_a_bug() -> None:
    with pytest.raises(ValueError, match="unknown lint code"):
        LintIssue("ERRKB999", "x.yaml", None, "no such check")


def test_ambiguity_names_the_record_that_wins() -> None:
    (issue,) = [i for i in _lint_fixture(FAILING / "ERRKB006") if i.code == "ERRKB006"]
    assert issue.record_id == "demo/timed-out"
    assert "demo/connection-timeout" in issue.message


def test_quality_bar_only_when_asked() -> None:
    kb = _kb(FAILING / "ERRKB011")
    assert [i for i in lint(kb) if i.code == "ERRKB011"] == []
    assert [i.field for i in lint(kb, quality=True) if i.code == "ERRKB011"] == ["examples"]


def test_ids_restrict_the_records_checked() -> None:
    kb = _kb(FAILING / "ERRKB006")
    assert [i for i in lint(kb, ids={"demo/connection-timeout"}) if i.code == "ERRKB006"] == []
    assert len(lint(kb, ids={"demo/timed-out"})) == 1


def test_files_that_did_not_load_are_reported_whatever_the_ids() -> None:
    kb = _kb(FAILING / "ERRKB010")
    assert [i.code for i in lint(kb, ids=set())] == ["ERRKB010"]


def test_over_broad_check_counts_lines_and_quotes_the_first() -> None:
    directory = FAILING / "ERRKB009"
    (issue,) = lint(_kb(directory), corpus=directory / "_corpus", allow_list=AllowList())
    assert "2 line(s)" in issue.message
    assert "service.log:1" in issue.message


def test_reviewed_corpus_lines_are_not_over_broad(tmp_path: Path) -> None:
    allow = tmp_path / "allow.yaml"
    allow.write_text(
        "demo/any-error:\n"
        "  - line: '2026-01-04 10:00:01 INFO  scheduler started, 0 error(s) in last run'\n"
        "    why: pretend this line reports the error\n"
        "  - line: '2026-01-04 10:00:02 INFO  retry policy: on error wait 5s'\n"
        "    why: pretend this one does too\n",
        encoding="utf-8",
    )
    directory = FAILING / "ERRKB009"
    issues = lint(_kb(directory), corpus=directory / "_corpus", allow_list=load_allow_list(allow))
    assert issues == []


def test_allow_list_entries_must_say_why(tmp_path: Path) -> None:
    allow = tmp_path / "allow.yaml"
    allow.write_text("demo/any-error:\n  - line: 'some line'\n", encoding="utf-8")
    with pytest.raises(ValueError, match="why"):
        load_allow_list(allow)


def test_bundled_allow_list_is_well_formed() -> None:
    allowed = load_allow_list()
    for record_id, lines in allowed.lines.items():
        assert "/" in record_id
        assert all(line for line in lines)


def test_issue_as_json_carries_the_code_description() -> None:
    issue = LintIssue("ERRKB010", "a/b.yaml", "a/b", "cannot parse")
    assert issue.to_dict()["description"] == CODES["ERRKB010"]


def test_errkb_validate_prints_one_line_per_issue(capsys: pytest.CaptureFixture[str]) -> None:
    from errkb.cli import main

    directory = FAILING / "ERRKB005"
    assert main(["validate", str(directory), "--no-bundled"]) == 1
    out = capsys.readouterr().out
    (line,) = [line for line in out.splitlines() if " ERRKB" in line]
    assert line.startswith(str(directory / "demo" / "port-in-use.yaml") + ": ERRKB005 ")
    assert main(["validate", str(FAILING / "ERRKB010"), "--no-bundled"]) == 1
    assert "unparsable.yaml: ERRKB010 " in capsys.readouterr().out
    assert main(["validate", str(PASSING), "--no-bundled", "--quality"]) == 0
