"""The bundled demo log, as a new user sees it: five problems, five incidents, in order."""

from __future__ import annotations

from pathlib import Path

import pytest

import errkb

DEMO = Path(__file__).resolve().parents[2] / "examples" / "ci-build.log"


@pytest.fixture(scope="module")
def incidents(bundled_kb: errkb.KnowledgeBase) -> list[errkb.Incident]:
    return bundled_kb.diagnose(DEMO.read_text(encoding="utf-8"))


def test_demo_log_has_exactly_its_five_problems_in_order(
    incidents: list[errkb.Incident],
) -> None:
    assert [(i.id, i.line + 1) for i in incidents] == [
        ("pip/no-matching-distribution", 5),
        ("python/module-not-found", 16),
        ("uvicorn/websocket-library-missing", 22),
        ("git/push-non-fast-forward", 27),
        ("docker/daemon-not-running", 34),
    ]


def test_titles_carry_what_the_log_says(incidents: list[errkb.Incident]) -> None:
    titles = [i.title for i in incidents]
    assert titles[0] == "No matching distribution found for torch==1.13.1"
    assert titles[1] == "ModuleNotFoundError: No module named 'cv2'"
    assert titles[3] == "git push to main rejected (fetch first)"
    assert "X" not in titles[0].split()
    assert "'X'" not in titles[1]
    assert incidents[0].captures["requirement"] == "torch==1.13.1"
    assert incidents[0].captures["package"] == "torch"


def test_each_multi_line_message_is_one_incident_spanning_its_lines(
    incidents: list[errkb.Incident],
) -> None:
    spans = {i.id: (i.line + 1, i.end_line + 1) for i in incidents}
    assert spans["pip/no-matching-distribution"] == (5, 6)
    assert spans["uvicorn/websocket-library-missing"] == (22, 23)
    assert spans["git/push-non-fast-forward"] == (27, 29)
    assert all(len(i.matches) >= 1 and i.repeats == 1 for i in incidents)


def test_exit_code_lines_are_consequences_of_the_error_above_them(
    incidents: list[errkb.Incident],
) -> None:
    consequences = {i.id: [(m.record.id, m.line + 1) for m in i.consequences] for i in incidents}
    assert consequences["pip/no-matching-distribution"] == [("ci/process-completed-exit-code", 7)]
    assert consequences["git/push-non-fast-forward"] == [("git/failed-to-push-some-refs", 28)]
    assert consequences["docker/daemon-not-running"] == [("ci/process-completed-exit-code", 35)]
    assert not any(i.record.role == "consequence" for i in incidents)


def test_fixes_are_for_the_linux_github_actions_runner_the_log_came_from(
    incidents: list[errkb.Incident],
) -> None:
    env = incidents[0].environment
    assert (env.ci, env.os, env.source) == ("github-actions", "linux", "log")
    assert env.describe() == "the GitHub Actions Linux runner this log came from"
    docker = incidents[-1].fixes()
    actions = [fix.action for fix in docker]
    assert not any("Docker Desktop" in action for action in actions)
    assert actions[0].startswith("In a container or CI job")
    module = incidents[1].fixes()
    assert module[0].commands == ["echo 'opencv-python' >> requirements.txt"]


def test_module_level_diagnose_uses_the_default_knowledge_base() -> None:
    assert [i.id for i in errkb.diagnose(DEMO.read_bytes())][:2] == [
        "pip/no-matching-distribution",
        "python/module-not-found",
    ]
