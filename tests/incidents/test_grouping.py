"""Grouping rules, one behaviour per test: occurrences, repeats, consequences, sections, order."""

from __future__ import annotations

import errkb

PIP = (
    "ERROR: Could not find a version that satisfies the requirement torch==1.13.1 "
    "(from versions: 2.2.0, 2.3.0)\n"
    "ERROR: No matching distribution found for torch==1.13.1\n"
)
EXIT = "##[error]Process completed with exit code 1.\n"


def ids(incidents: list[errkb.Incident]) -> list[str]:
    return [i.id for i in incidents]


def test_two_lines_of_one_message_are_one_incident(bundled_kb: errkb.KnowledgeBase) -> None:
    [incident] = bundled_kb.diagnose(PIP)
    assert incident.id == "pip/no-matching-distribution"
    assert (incident.line, incident.end_line) == (0, 1)
    assert incident.lines == (0, 1)
    assert len(incident.matches) == 2


def test_the_same_error_again_is_counted_not_listed(bundled_kb: errkb.KnowledgeBase) -> None:
    line = "ModuleNotFoundError: No module named 'cv2'\n"
    text = line + "ok\n" * 50 + line + "ok\n" * 50 + line
    [incident] = bundled_kb.diagnose(text)
    assert incident.repeats == 3
    assert incident.repeat_lines == (51, 102)
    assert incident.last_line == 102


def test_other_captured_values_are_another_incident(bundled_kb: errkb.KnowledgeBase) -> None:
    text = (
        "ModuleNotFoundError: No module named 'cv2'\nModuleNotFoundError: No module named 'yaml'\n"
    )
    incidents = bundled_kb.diagnose(text)
    assert [i.captures["module"] for i in incidents] == ["cv2", "yaml"]
    assert all(i.repeats == 1 for i in incidents)


def test_same_pattern_on_the_next_line_is_a_repeat_not_one_longer_message(
    bundled_kb: errkb.KnowledgeBase,
) -> None:
    line = "ModuleNotFoundError: No module named 'cv2'\n"
    [incident] = bundled_kb.diagnose(line * 3)
    assert (incident.line, incident.end_line, incident.repeats) == (0, 0, 3)


def test_100k_repeats_are_one_incident(bundled_kb: errkb.KnowledgeBase) -> None:
    text = "ModuleNotFoundError: No module named 'cv2'\n" * 100_000
    [incident] = bundled_kb.diagnose(text)
    assert incident.repeats == 100_000
    assert incident.last_line == 99_999


def test_a_consequence_joins_the_cause_above_it(bundled_kb: errkb.KnowledgeBase) -> None:
    [incident] = bundled_kb.diagnose(PIP + EXIT)
    assert [m.record.id for m in incident.consequences] == ["ci/process-completed-exit-code"]


def test_a_consequence_never_joins_a_cause_from_an_earlier_ci_step(
    bundled_kb: errkb.KnowledgeBase,
) -> None:
    text = "##[group]Run pip install\n" + PIP + "##[group]Run pytest\nrunning\n" + EXIT
    incidents = bundled_kb.diagnose(text)
    assert ids(incidents) == ["pip/no-matching-distribution", "ci/process-completed-exit-code"]
    assert incidents[0].consequences == ()
    alone = incidents[1]
    assert alone.is_consequence
    assert alone.note == "no known cause above"
    assert alone.section == "Run pytest"


def test_a_lone_consequence_names_the_first_error_looking_line(
    bundled_kb: errkb.KnowledgeBase,
) -> None:
    text = "##[group]Run build\ncompiling\nfrobnicator: fatal: widget count out of range\n" + EXIT
    [incident] = bundled_kb.diagnose(text)
    assert incident.id == "ci/process-completed-exit-code"
    assert incident.note == "no known cause above; first error-looking line: 3"


def test_gitlab_sections_and_shell_prompts_separate_steps(
    bundled_kb: errkb.KnowledgeBase,
) -> None:
    gitlab = (
        "section_start:1714060800:install\r\x1b[0K"
        + PIP
        + "$ make\n"
        + "make: *** [Makefile:2: all] Error 1\n"
    )
    incidents = bundled_kb.diagnose(gitlab)
    assert ids(incidents) == ["pip/no-matching-distribution", "make/recipe-failed"]
    assert incidents[1].note == "no known cause above"


def test_root_causes_come_before_lone_consequences(bundled_kb: errkb.KnowledgeBase) -> None:
    text = "##[group]a\n" + EXIT + "##[group]b\n" + PIP
    assert ids(bundled_kb.diagnose(text)) == [
        "pip/no-matching-distribution",
        "ci/process-completed-exit-code",
    ]


def test_a_traceback_and_its_final_line_are_one_incident(
    bundled_kb: errkb.KnowledgeBase,
) -> None:
    text = (
        "Traceback (most recent call last):\n"
        '  File "/app/main.py", line 3, in <module>\n'
        "    import cv2\n"
        "ModuleNotFoundError: No module named 'cv2'\n"
    )
    incidents = bundled_kb.diagnose(text)
    assert ids(incidents) == ["python/module-not-found"]


def test_scan_still_returns_every_match(bundled_kb: errkb.KnowledgeBase) -> None:
    assert len(bundled_kb.scan(PIP + EXIT)) == 3
    assert len(bundled_kb.diagnose(PIP + EXIT)) == 1


def test_an_explicit_environment_wins_over_the_log(bundled_kb: errkb.KnowledgeBase) -> None:
    env = errkb.Environment(shell="powershell", os="windows")
    [incident] = bundled_kb.diagnose("/home/runner/work/x\n" + PIP, env=env)
    assert incident.environment is env


def test_nothing_recognised_is_no_incident(bundled_kb: errkb.KnowledgeBase) -> None:
    assert bundled_kb.diagnose("all good\n") == []
    assert bundled_kb.diagnose("") == []
