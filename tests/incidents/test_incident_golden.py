"""Real multi-line outputs (the records' own examples) inside CI logs: a golden file for one
composed log, and a property: noise between the outputs never splits or merges incidents.

Re-bless the golden file after reviewing a change with
``ERRKB_BLESS=1 pytest tests/incidents/test_incident_golden.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import errkb

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "incidents-ci.expected.json"

#: Records whose first multi-line example goes into the composed log, one CI step each.
RECORDS = [
    "pip/no-matching-distribution",
    "pip/resolution-impossible",
    "git/push-non-fast-forward",
    "node/eresolve",
    "docker/daemon-not-running",
    "python/module-not-found",
    "rust/e0382-use-of-moved-value",
    "node/econnrefused",
    "postgres/connection-refused",
    "typescript/ts2307-cannot-find-module",
]

#: Lines a busy log is full of, which name no error.
NOISE = [
    "Collecting requests>=2.31",
    "  Downloading requests-2.32.3-py3-none-any.whl (64 kB)",
    "Installing collected packages: urllib3, idna, certifi",
    "INFO:     Waiting for application startup.",
    "Compiling serde v1.0.203",
    "added 312 packages, and audited 313 packages in 9s",
    "Step 3/7 : COPY . /app",
    "Receiving objects: 100% (412/412), 1.20 MiB | 8.00 MiB/s, done.",
    "[INFO] Scanning for projects...",
    "> Task :app:compileKotlin",
    "test_models.py::test_roundtrip PASSED",
    "Fetched 8,912 kB in 2s (4,456 kB/s)",
    "Already up to date.",
    "warning: unused variable: `x`",
    "Finished dev [unoptimized + debuginfo] target(s) in 4.11s",
]


def _example(kb: errkb.KnowledgeBase, record_id: str) -> str:
    record = kb.records[record_id]
    multi = [e.text for e in record.examples if e.text.strip().count("\n") >= 1]
    return (multi or [record.examples[0].text])[0].strip("\n")


def _stamped(lines: list[str], start: int) -> list[str]:
    return [
        f"2026-11-20T14:{start // 60 % 60:02d}:{start % 60:02d}.0000000Z {line}" for line in lines
    ]


def _composed(kb: errkb.KnowledgeBase) -> str:
    out: list[str] = []
    for number, record_id in enumerate(RECORDS):
        block = [f"##[group]Run step {number}", *_example(kb, record_id).split("\n")]
        block.append("##[error]Process completed with exit code 1.")
        out.extend(_stamped(block, len(out)))
    return "\n".join(out) + "\n"


def _summary(incidents: list[errkb.Incident]) -> list[dict[str, object]]:
    return [
        {
            "id": i.id,
            "title": i.title,
            "lines": [i.line + 1, i.end_line + 1],
            "section": i.section,
            "consequences": [m.record.id for m in i.consequences],
            "repeats": i.repeats,
            "note": i.note,
        }
        for i in incidents
    ]


def test_records_examples_in_ci_steps_match_the_golden_incidents(
    bundled_kb: errkb.KnowledgeBase,
) -> None:
    found = _summary(bundled_kb.diagnose(_composed(bundled_kb)))
    if os.environ.get("ERRKB_BLESS"):
        GOLDEN.write_text(json.dumps(found, indent=2) + "\n", encoding="utf-8")
    assert found == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_every_step_gives_its_records_incidents_and_the_exit_line_joins_the_last(
    bundled_kb: errkb.KnowledgeBase,
) -> None:
    incidents = bundled_kb.diagnose(_composed(bundled_kb))
    by_step: dict[str, list[errkb.Incident]] = {}
    for incident in incidents:
        by_step.setdefault(incident.section or "", []).append(incident)
    assert list(by_step) == [f"Run step {n}" for n in range(len(RECORDS))]
    for number, record_id in enumerate(RECORDS):
        step = by_step[f"Run step {number}"]
        assert {i.id for i in step} == {record_id}
        assert "ci/process-completed-exit-code" in [m.record.id for m in step[-1].consequences]


@pytest.fixture(scope="module")
def blocks(bundled_kb: errkb.KnowledgeBase) -> list[tuple[str, list[str]]]:
    """Each record's example, with the incident ids it gives on its own."""
    return [
        (text, [i.id for i in bundled_kb.diagnose(text)])
        for text in (_example(bundled_kb, record_id) for record_id in RECORDS)
    ]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    order=st.permutations(range(len(RECORDS))),
    gaps=st.lists(st.lists(st.sampled_from(NOISE), max_size=12), min_size=11, max_size=11),
)
def test_noise_between_outputs_never_splits_or_merges_incidents(
    bundled_kb: errkb.KnowledgeBase,
    blocks: list[tuple[str, list[str]]],
    order: list[int],
    gaps: list[list[str]],
) -> None:
    lines: list[str] = list(gaps[0])
    expected: list[str] = []
    for position, index in enumerate(order):
        text, ids = blocks[index]
        lines.extend(text.split("\n"))
        lines.extend(gaps[position + 1])
        expected.extend(ids)
    found = [i.id for i in bundled_kb.diagnose("\n".join(lines) + "\n")]
    assert found == expected
