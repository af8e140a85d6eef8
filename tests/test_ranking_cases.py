"""Ranking cases from tests/ranking/*.yaml: the specific record beats the generic one it shares wording with."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

import errkb

CASES_DIR = Path(__file__).parent / "ranking"


@dataclass(frozen=True)
class RankingCase:
    text: str
    first: str
    over: tuple[str, ...]
    why: str


def _load_cases() -> list[pytest.ParameterSet]:
    params = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        for index, entry in enumerate(entries):
            case = RankingCase(
                text=entry["text"],
                first=entry["first"],
                over=tuple(entry.get("over") or ()),
                why=entry.get("why", ""),
            )
            params.append(pytest.param(case, id=f"{path.stem}:{index}:{case.first}"))
    return params


CASES = _load_cases()


@pytest.fixture(scope="module")
def kb() -> errkb.KnowledgeBase:
    return errkb.KnowledgeBase(fuzzy=False)


def test_every_case_names_records_that_exist(kb: errkb.KnowledgeBase) -> None:
    unknown = {
        record_id
        for param in CASES
        for case in param.values
        if isinstance(case, RankingCase)
        for record_id in (case.first, *case.over)
        if record_id not in kb.records
    }
    assert unknown == set()


@pytest.mark.parametrize("case", CASES)
def test_specific_record_ranks_first(kb: errkb.KnowledgeBase, case: RankingCase) -> None:
    ranked = [match.record.id for match in kb.search(case.text, limit=50)]
    assert ranked, f"nothing matched: {case.text!r}"
    assert ranked[0] == case.first, f"{case.why}; ranked {ranked[:5]}"
    for other in case.over:
        # a rival that never matches proves nothing about the ranking
        assert other in ranked, f"{other} does not match, so the case shows no ranking"
        assert ranked.index(other) > 0
