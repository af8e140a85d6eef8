"""The service behind the tools, in process (no MCP needed): checks, caps, certainty, search."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
import yaml

import errkb
from errkb_mcp.limits import BadInput, Limits, check_text
from errkb_mcp.models import EnvironmentInput
from errkb_mcp.service import Service
from errkb_mcp.validation import validate_draft
from errkb_mcp.wire import repair_lone_surrogates

ERROR = "ModuleNotFoundError: No module named 'yaml'"

FROB = """\
id: frob/{slug}
signature: "Frobnicator failed to start the flux engine"
summary: The frobnicator could not start.
root_cause: The flux engine is cold.
confidence: {confidence}
workarounds:
  - action: Warm the flux engine.
    success_rate: 0.9
patterns: ['{pattern}']
examples:
  - "Frobnicator failed to start the flux engine"
"""
#: Matches the record's own wording only: a near miss reaches it by fuzzy matching alone.
FROB_PATTERN = "^Frobnicator failed to start the flux engine$"


@pytest.fixture(scope="module")
def service() -> Service:
    return Service()


@pytest.fixture
def frob_kb(tmp_path: Path) -> Path:
    (tmp_path / "frob").mkdir()
    (tmp_path / "frob" / "sure.yaml").write_text(
        FROB.format(slug="sure", confidence=1.0, pattern=FROB_PATTERN)
    )
    return tmp_path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is empty"),
        ("   \n\t", "is empty"),
        ("x" * 101, "101 characters; the limit is 100"),
        ("ok \ud800 then", "lone surrogate code point at character 3"),
        ("\x00\x01\x02\x03" * 10, "binary data"),
        ("\x00" * 2 + "a" * 98, "binary data"),
        ("\ufffd" * 20 + "a" * 60, "replacement characters"),
    ],
)
def test_bad_text_is_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        check_text(text, 100)


@pytest.mark.parametrize(
    "text",
    [
        ERROR,
        "\x1b[31merror\x1b[0m: build failed\r\n\tat line 3\x08\x0c",  # terminal output
        "crash log\n" + "\x00" * 3 + "a" * 1000,  # a few NULs (a file cut by a crash)
        "ünïcödé and 😀 and \ufffd once",
    ],
)
def test_text_output_is_accepted(text: str) -> None:
    check_text(text, 10_000)


def test_repeats_are_counted_and_lists_capped(service: Service) -> None:
    # Thirty different missing modules: thirty incidents (the same one thirty times would be
    # one incident with a repeat count, see the next test).
    log = "".join(f"step {n}\nModuleNotFoundError: No module named 'mod{n}'\n" for n in range(30))
    limits = dataclasses.replace(Limits(), excerpt_chars=20, record_counts=1)
    small = Service(limits=limits, knowledge_base=service.kb)
    result = small.diagnose(log, max_incidents=3)
    assert result.incidents_total == 30
    assert len(result.incidents) == 3
    assert [i.line for i in result.incidents] == [1, 3, 5]
    assert all(len(i.excerpt) <= 20 for i in result.incidents)
    assert result.records[0].occurrences == 30
    assert any("excerpt" in note for note in result.truncated)
    assert any("3 of 30" in note for note in result.truncated)
    with pytest.raises(BadInput, match="max_incidents must be between 1 and 100"):
        service.diagnose(log, max_incidents=101)


def test_the_same_error_again_is_a_repeat_not_an_incident(service: Service) -> None:
    log = "".join(f"step {n}\n{ERROR}\n" for n in range(30))
    result = service.diagnose(log)
    assert result.incidents_total == 1
    (incident,) = result.incidents
    assert (incident.line, incident.repeats, incident.last_line) == (1, 30, 59)
    assert result.records[0].occurrences == 30


def test_environment_given_or_local(service: Service) -> None:
    given = service.lookup(ERROR, EnvironmentInput(shell="powershell", os="windows"))
    assert given.environment.source == "argument"
    assert (given.environment.shell, given.environment.os) == ("powershell", "windows")
    local = service.lookup(ERROR)
    assert local.environment.source == "local"
    # The server's own packages are not the user's project's: not consulted.
    assert service.local_environment.detect_packages is False


def test_weak_fuzzy_matches_are_not_answers(frob_kb: Path) -> None:
    near_miss = "error: frobnicator failed to start the flux engines"
    sure = Service(extra_paths=[frob_kb], include_bundled=False)
    found = sure.lookup(near_miss)
    assert found.recognised
    assert found.best is not None
    assert found.best.match_kind == "fuzzy"
    assert "similar wording only" in found.best.certainty

    (frob_kb / "frob" / "sure.yaml").write_text(
        FROB.format(slug="sure", confidence=0.0, pattern=FROB_PATTERN)
    )
    unsure = Service(extra_paths=[frob_kb], include_bundled=False)
    rejected = unsure.lookup(near_miss)
    assert not rejected.recognised
    assert rejected.best is None
    assert rejected.weak_matches_rejected == 1
    assert rejected.summary.startswith("not recognised")
    # diagnose reports only what patterns prove.
    assert not sure.diagnose(near_miss).recognised


def test_search_ranks_exact_ids_and_words(service: Service) -> None:
    exact = service.search_records("python/address-already-in-use")
    assert exact.hits[0].record_id == "python/address-already-in-use"
    words = service.search_records("docker socket permission denied", limit=2)
    assert words.hits[0].record_id == "docker/socket-permission-denied"
    assert len(words.hits) == 2
    assert words.truncated
    typo = service.search_records("recursoin depth")
    assert "python/recursion-error" in [h.record_id for h in typo.hits[:3]]
    assert not service.search_records("qwzx plugh").found


def test_resources_listing_yaml_and_markdown(service: Service, tmp_path: Path) -> None:
    listing = json.loads(Service(limits=Limits(listing=5), knowledge_base=service.kb).listing())
    assert len(listing["records"]) == 5
    assert listing["count"] > 5
    assert "search_records" in listing["truncated"]
    page = yaml.safe_load(service.record_yaml("python/module-not-found"))
    assert page["id"] == "python/module-not-found"
    assert "# " in service.record_markdown("python/module-not-found")
    # A record written as JSON is given as YAML too.
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "jsonic.json").write_text(
        json.dumps(
            {
                "signature": "JsonicError: it broke",
                "root_cause": "The jsonic step broke.",
                "patterns": ["JsonicError"],
            }
        )
    )
    jsonic = Service(extra_paths=[tmp_path], include_bundled=False)
    dumped = yaml.safe_load(jsonic.record_yaml("demo/jsonic"))
    assert dumped["id"] == "demo/jsonic"
    assert dumped["signature"] == "JsonicError: it broke"
    with pytest.raises(BadInput, match="no record with id"):
        jsonic.record_yaml("demo/missing")


def test_validate_draft_in_process(frob_kb: Path) -> None:
    directories = [str(errkb.KnowledgeBase().directories[0])]
    # A record whose pattern does not match its own example: the example is reported unmatched.
    unmatched = validate_draft(
        FROB.format(slug="flux", confidence=0.5, pattern="^Frobnicator exploded"), directories
    )
    assert [p.code for p in unmatched.problems] == ["ERRKB004"]
    assert not unmatched.examples[0].matched
    good = validate_draft(
        FROB.format(slug="flux", confidence=0.5, pattern="^Frobnicator failed to start"),
        directories,
    )
    assert good.valid, good.problems
    assert good.examples[0].ranked_first
    missing_fields = validate_draft("id: frob/flux\n", directories)
    assert missing_fields.stage == "model"
    assert {p.code for p in missing_fields.problems} == {"ERRKB007"}
    not_a_mapping = validate_draft("just a string", directories)
    assert not_a_mapping.stage == "parse"
    assert "expected a mapping" in not_a_mapping.problems[0].message


@pytest.mark.parametrize(
    ("raw", "decoded"),
    [
        (r'"a\ud800b"', "a\ufffdb"),
        (r'"\udc00"', "\ufffd"),
        (r'"\ud83d\ude00"', "😀"),
        (r'"\\ud800"', "\\ud800"),
        (r'"\\\ud800"', "\\\ufffd"),
        (r'"\ud800\ud83d\ude00"', "\ufffd😀"),
        (r'"plain"', "plain"),
    ],
)
def test_lone_surrogate_escapes_are_repaired(raw: str, decoded: str) -> None:
    value = json.loads(repair_lone_surrogates(raw))
    assert value == decoded
    value.encode("utf-8")
