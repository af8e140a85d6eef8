"""Every bundled record, one test id per record: valid, lint clean, examples rank it first."""

from __future__ import annotations

import re

import pytest

import errkb
from errkb.lint import lint
from errkb.records.load import bundled_data_dir, record_files

BUNDLED_IDS = [record_id for record_id, _path in record_files(bundled_data_dir())]


@pytest.fixture(scope="module")
def kb() -> errkb.KnowledgeBase:
    return errkb.KnowledgeBase(fuzzy=False)


def test_bundled_knowledge_base_loads_without_errors(kb: errkb.KnowledgeBase) -> None:
    assert [str(e) for e in kb.errors] == []
    assert len(kb.records) == len(BUNDLED_IDS)


@pytest.mark.parametrize("record_id", BUNDLED_IDS)
def test_record_is_lint_clean(kb: errkb.KnowledgeBase, record_id: str) -> None:
    issues = lint(kb, quality=True, ids={record_id})
    assert [str(i) for i in issues] == []


@pytest.mark.parametrize("record_id", BUNDLED_IDS)
def test_every_example_ranks_its_record_first(kb: errkb.KnowledgeBase, record_id: str) -> None:
    record = kb.records[record_id]
    assert len(record.examples) >= 3
    for example in record.examples:
        match = kb.lookup(example.text)
        assert match is not None, example.text
        assert match.record.id == record_id, example.text
        assert match.kind == "regex"


@pytest.mark.parametrize("record_id", BUNDLED_IDS)
def test_no_counter_example_matches(kb: errkb.KnowledgeBase, record_id: str) -> None:
    record = kb.records[record_id]
    for example in record.counter_examples:
        hits = [m for m in kb.scan(example.text) if m.record.id == record_id]
        assert hits == [], example.text


@pytest.mark.parametrize("record_id", BUNDLED_IDS)
def test_record_carries_what_users_need(kb: errkb.KnowledgeBase, record_id: str) -> None:
    record = kb.records[record_id]
    assert len(record.workarounds) >= 2
    assert record.root_cause.strip()
    assert record.all_patterns
    for related in (
        *record.transition_graph.leads_to,
        *record.transition_graph.preceded_by,
        *record.transition_graph.frequently_confused_with,
    ):
        if isinstance(related, str) and re.fullmatch(r"[a-z0-9._-]+/[a-z0-9._-]+", related):
            assert related in kb.records, f"transition_graph names unknown record {related}"


@pytest.mark.parametrize("record_id", BUNDLED_IDS)
def test_captured_records_keep_their_capture_script(
    kb: errkb.KnowledgeBase, record_id: str
) -> None:
    verification = kb.records[record_id].verification
    if verification is None or verification.method != "captured":
        return
    assert verification.script, "a captured record names the script that reproduces it"
    script = bundled_data_dir().parent / verification.script
    if bundled_data_dir().name == "_bundled":
        pytest.skip("capture scripts live in the source tree, not in the installed wheel")
    assert script.is_file(), f"{verification.script} is missing"
