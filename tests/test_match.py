"""The engine: positions, groups, ranking, fuzzy fallback, the oracle, hostile input."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import errkb

DATA = Path(__file__).resolve().parent / "data"


def test_scan_reports_every_occurrence_with_line_and_column(demo_kb: errkb.KnowledgeBase) -> None:
    text = "ok\n  write() failed: No space left on device\nok\nOSError: [Errno 28] No space left on device\n"
    matches = demo_kb.scan(text)
    assert [(m.record.id, m.line, m.column) for m in matches] == [
        ("demo/disk-full", 1, 2),
        ("demo/disk-full", 3, 10),
    ]
    first = matches[0]
    assert text[first.start : first.end] == first.text == "write() failed: No space left on device"
    assert first.groups == {"syscall": "write"}
    assert first.positional == ("write",)
    assert first.kind == "regex"
    assert 0 < first.score <= 1


def test_positions_are_in_the_raw_text_through_prefixes_and_colours(
    demo_kb: errkb.KnowledgeBase,
) -> None:
    text = "api-1  | \x1b[31mModuleNotFoundError\x1b[0m: No module named 'cv2'\n"
    match = demo_kb.lookup(text)
    assert match is not None
    assert text[match.start : match.end] == "No module named 'cv2'"
    assert (match.line, match.column) == (0, text.index("No module"))


def test_specific_record_beats_generic_one(demo_kb: errkb.KnowledgeBase) -> None:
    text = (
        'psql: error: connection to server at "db" (10.0.0.5), port 5432 failed: Connection refused'
    )
    ranked = demo_kb.search(text)
    assert [m.record.id for m in ranked] == ["demo/conn-postgres", "demo/conn-generic"]
    assert ranked[0].score > ranked[1].score


def test_search_gives_one_match_per_record_and_honours_limit(demo_kb: errkb.KnowledgeBase) -> None:
    text = "Connection refused\n" * 5 + "No module named 'a'\nNo module named 'b'\n"
    ranked = demo_kb.search(text)
    assert sorted(m.record.id for m in ranked) == ["demo/conn-generic", "demo/module-missing"]
    assert len(demo_kb.search(text, limit=1)) == 1


def test_the_last_occurrence_wins_among_equals(demo_kb: errkb.KnowledgeBase) -> None:
    text = "No module named 'first'\nlots of output\nNo module named 'last'\n"
    match = demo_kb.lookup(text)
    assert match is not None
    assert match.groups["module"] == "last"


def test_context_hints_raise_the_score(demo_kb: errkb.KnowledgeBase) -> None:
    bare = demo_kb.lookup("No module named 'x'")
    hinted = demo_kb.lookup("Traceback (most recent call last):\n  ...\nNo module named 'x'")
    assert bare is not None
    assert hinted is not None
    assert hinted.score > bare.score


def test_fuzzy_fallback_is_marked_and_scores_below_regex(demo_kb: errkb.KnowledgeBase) -> None:
    match = demo_kb.lookup("fatal: connection was refused by the remote host")
    regex = demo_kb.lookup("Connection refused")
    assert match is not None
    assert regex is not None
    assert match.kind == "fuzzy"
    assert match.record.id == "demo/conn-generic"
    assert match.score < 0.5 <= regex.score
    assert demo_kb.lookup("fatal: connection was refused by the remote host", fuzzy=False) is None


def test_fuzzy_does_not_fire_on_unrelated_error_lines(demo_kb: errkb.KnowledgeBase) -> None:
    assert demo_kb.lookup("error: the widget frobnicator exploded") is None
    assert demo_kb.lookup("all tests passed") is None


def test_scan_has_no_fuzzy_matches_unless_asked(demo_kb: errkb.KnowledgeBase) -> None:
    text = "fatal: connection was refused by the remote host\n"
    assert demo_kb.scan(text) == []
    assert [m.kind for m in demo_kb.scan(text, fuzzy=True)] == ["fuzzy"]


def test_cancel_stops_a_scan(demo_kb: errkb.KnowledgeBase) -> None:
    with pytest.raises(errkb.ScanCancelled):
        demo_kb.scan("No module named 'x' Connection refused", cancel=lambda: True)


def test_shifted_match_lands_in_the_larger_text(demo_kb: errkb.KnowledgeBase) -> None:
    prefix = "line one\nline two\nxx"
    tail = "No module named 'q'\n"
    match = demo_kb.lookup(tail)
    assert match is not None
    moved = match.shifted(offset=len(prefix), lines=2, first_line_columns=2)
    whole = prefix + tail
    assert whole[moved.start : moved.end] == match.text
    assert (moved.line, moved.column) == (2, 2)


# --- oracle: the index must find exactly what the naive loop finds ---------------------------


def _key(matches: list[errkb.Match]) -> list[tuple[str, int, int, str | None]]:
    return [(m.record.id, m.start, m.end, m.pattern) for m in matches]


@pytest.fixture(scope="module", params=[False, True], ids=["literal-prefilter", "hyperscan"])
def both_engines(request: pytest.FixtureRequest) -> errkb.KnowledgeBase:
    if request.param and not errkb.hyperscan_available():
        pytest.skip("hyperscan (the `fast` extra) is not installed")
    return errkb.KnowledgeBase(use_hyperscan=request.param)


def test_index_agrees_with_naive_loop_on_every_example(both_engines: errkb.KnowledgeBase) -> None:
    kb = both_engines
    assert kb.index.uses_hyperscan == (kb._use_hyperscan is True)
    texts = [ex.text for r in kb.records.values() for ex in (*r.examples, *r.counter_examples)]
    assert texts
    for text in texts:
        assert _key(kb.scan(text)) == _key(kb.naive_scan(text)), text


def _fragments() -> list[str]:
    kb = errkb.KnowledgeBase()
    lines = [
        line for r in kb.records.values() for ex in r.examples for line in ex.text.splitlines()
    ]
    return lines[:400] or ["nothing"]


FRAGMENTS = _fragments()
noisy_log = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.sampled_from(["\n", "\x1b[31m", "api-1  | ", "2024-01-15T10:23:45Z ", "> ", "\r", " "]),
        st.text(max_size=20),
    ),
    max_size=25,
).map("".join)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(noisy_log)
def test_index_agrees_with_naive_loop_on_generated_text(
    both_engines: errkb.KnowledgeBase, text: str
) -> None:
    assert _key(both_engines.scan(text)) == _key(both_engines.naive_scan(text))


# --- hostile input ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_kb() -> errkb.KnowledgeBase:
    """The bundled records and the test records together: many patterns, some with groups."""
    return errkb.KnowledgeBase([DATA / "kb"])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("x" * 10_000_000, id="10MB-single-line"),
        pytest.param("No module named 'a' " * 200_000, id="4MB-line-of-hits"),
        pytest.param(b"\xff\xfe\x80 No module named 'b' \xc3\x28", id="invalid-utf8"),
        pytest.param(bytes(random.Random(7).randrange(256) for _ in range(200_000)), id="binary"),
        pytest.param("\x00No module named 'c'\x00\x00", id="nul-bytes"),
        pytest.param("\ud800 lone surrogate No module named 'd'", id="lone-surrogate"),
    ],
)
def test_hostile_input_never_crashes(hostile_kb: errkb.KnowledgeBase, text: str | bytes) -> None:
    kb = hostile_kb
    for matches in (kb.scan(text), kb.search(text)):
        assert isinstance(matches, list)
    body = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    for match in kb.scan(text):
        assert body[match.start : match.end] == match.text
