"""The record model: the seed record round-trips, extensions validate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

import errkb
from errkb.records.model import SEED_FIELDS


def test_seed_record_loads_unchanged_and_dumps_back_equal(shared_dir: Path) -> None:
    text = (shared_dir / "seeds" / "websocket-handshake-400.record.json").read_text(
        encoding="utf-8"
    )
    record = errkb.Record.model_validate_json(text)
    assert json.loads(record.model_dump_json(exclude_unset=True)) == json.loads(text)
    assert record.seed_dict() == json.loads(text)
    assert list(record.seed_dict()) == list(json.loads(text))


def test_seed_dict_has_every_seed_field_and_no_extension() -> None:
    record = errkb.Record(id="a/b", signature="x", patterns=["x+y"], examples=["xy"])
    data = record.seed_dict()
    assert tuple(data) == SEED_FIELDS
    assert "patterns" not in data
    assert "examples" not in data


def test_patterns_and_examples_accept_plain_strings() -> None:
    record = errkb.Record(
        id="a/b", signature="s", patterns=["one", {"regex": "two", "weight": 0.5}], examples=["e"]
    )
    assert [p.regex for p in record.all_patterns] == ["one", "two"]
    assert record.patterns[1].weight == 0.5
    assert record.examples[0].text == "e"


def test_seed_regex_comes_first_in_all_patterns() -> None:
    record = errkb.Record(id="a/b", signature="s", regex="seed", patterns=["extra"])
    assert [p.regex for p in record.all_patterns] == ["seed", "extra"]


@pytest.mark.parametrize("bad_id", ["nodomain", "Upper/case", "a/b/c", "a/", "/b", "a b/c"])
def test_id_must_be_domain_slash_slug(bad_id: str) -> None:
    with pytest.raises(ValidationError, match="id"):
        errkb.Record(id=bad_id, signature="s")


def test_fix_command_needs_exactly_one_form() -> None:
    with pytest.raises(ValidationError, match="exactly one"):
        errkb.Record.model_validate(
            {
                "id": "a/b",
                "signature": "s",
                "workarounds": [{"action": "x", "commands": [{"argv": ["a"], "script": "b"}]}],
            }
        )


def test_rates_are_bounded() -> None:
    with pytest.raises(ValidationError, match="success_rate"):
        errkb.Record.model_validate(
            {"id": "a/b", "signature": "s", "workarounds": [{"action": "x", "success_rate": 1.5}]}
        )


def test_unknown_fields_survive_a_round_trip() -> None:
    record = errkb.Record.model_validate({"id": "a/b", "signature": "s", "x_team_owner": "infra"})
    assert record.model_dump()["x_team_owner"] == "infra"


def test_short_cause_prefers_summary_then_first_sentence() -> None:
    assert errkb.Record(id="a/b", signature="s", summary="Short.").short_cause == "Short."
    record = errkb.Record(id="a/b", signature="s", root_cause="First one. Second one.")
    assert record.short_cause == "First one."


def test_ranked_workarounds_are_most_successful_first() -> None:
    record = errkb.Record.model_validate(
        {
            "id": "a/b",
            "signature": "s",
            "workarounds": [
                {"action": "low", "success_rate": 0.2},
                {"action": "high", "success_rate": 0.9},
            ],
        }
    )
    assert [w.action for w in record.ranked_workarounds] == ["high", "low"]
