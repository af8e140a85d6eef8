"""The Python SDK on hostile input, and from 8 threads at once.

The audit's own findings are in test_hostile_audit.py.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import errkb
from tests.hostile.conftest import ERROR_ID, ERROR_LINE

DATA = Path(__file__).resolve().parent.parent / "data"
EXAMPLE_LOG = Path(__file__).resolve().parents[2] / "examples" / "ci-build.log"


def summary(matches: list[errkb.Match]) -> list[tuple[str, int, int, int, int]]:
    return [(m.record.id, m.line, m.column, m.start, m.end) for m in matches]


@pytest.fixture(scope="module")
def kb() -> errkb.KnowledgeBase:
    return errkb.KnowledgeBase()


def test_empty_input(kb: errkb.KnowledgeBase) -> None:
    for empty in ("", b""):
        assert kb.scan(empty) == []
        assert kb.search(empty) == []
        assert kb.lookup(empty) is None


@pytest.mark.parametrize(
    "text",
    [
        "\ud800 " + ERROR_LINE,  # a lone surrogate in a str
        "\x00\x00" + ERROR_LINE,
        (ERROR_LINE + "\n").encode() + b"\xff\xfe\xc0\xaf",
        b"\xed\xa0\x80\n" + ERROR_LINE.encode(),
        "\u2028" + ERROR_LINE,  # a Unicode line separator
        "\r\n".join([ERROR_LINE] * 3),
        "x" * 2_000_000 + " " + ERROR_LINE,  # a long line without newline
    ],
    ids=["surrogate", "nul", "bad-utf8-after", "bad-utf8-before", "u2028", "crlf", "long-line"],
)
def test_hostile_text_is_still_recognised(kb: errkb.KnowledgeBase, text: str | bytes) -> None:
    assert ERROR_ID in [m.record.id for m in kb.scan(text)]
    match = kb.lookup(text)
    assert match is not None
    assert match.record.id == ERROR_ID


def test_binary_bytes_do_not_crash(kb: errkb.KnowledgeBase) -> None:
    blob = bytes(range(256)) * 4000
    assert isinstance(kb.scan(blob), list)
    assert isinstance(kb.search(blob), list)


def test_hundred_thousand_repeats_are_all_reported(kb: errkb.KnowledgeBase) -> None:
    matches = kb.scan((ERROR_LINE + "\n") * 100_000)
    assert len(matches) == 100_000
    assert {m.record.id for m in matches} == {ERROR_ID}
    assert [m.line for m in matches] == list(range(100_000))


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=2000), st.binary(max_size=2000)))
def test_arbitrary_input_never_raises(kb: errkb.KnowledgeBase, text: str | bytes) -> None:
    matches = kb.scan(text)
    lines = (text.count("\n") if isinstance(text, str) else text.count(b"\n")) + 1
    for match in matches:
        assert 0 <= match.line < lines
        assert match.start <= match.end
    kb.search(text)
    kb.lookup(text)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(st.just(ERROR_LINE), st.text(max_size=40).filter(lambda t: "\n" not in t)),
        max_size=30,
    )
)
def test_embedded_errors_are_found_whatever_surrounds_them(
    kb: errkb.KnowledgeBase, lines: list[str]
) -> None:
    text = "\n".join(lines)
    expected = [i for i, line in enumerate(lines) if line == ERROR_LINE]
    found = sorted({m.line for m in kb.scan(text) if m.record.id == ERROR_ID})
    assert set(expected) <= set(found)
    assert summary(kb.scan(text)) == summary(kb.scan(text.encode()))


def _texts() -> list[str]:
    texts = [EXAMPLE_LOG.read_text(errors="replace")] if EXAMPLE_LOG.is_file() else []
    kb = errkb.KnowledgeBase()
    for record_id in sorted(kb.records)[:300]:
        texts.extend(example.text for example in kb.records[record_id].examples[:1])
    texts.append("\n".join(texts))
    return texts


def test_eight_threads_get_the_single_threaded_answers() -> None:
    texts = _texts()
    expected_kb = errkb.KnowledgeBase()
    expected = [
        (summary(expected_kb.scan(t)), [m.record.id for m in expected_kb.search(t)]) for t in texts
    ]
    # A fresh knowledge base, first used by all threads at once (its index is built lazily).
    shared = errkb.KnowledgeBase()
    start = threading.Barrier(8)

    def worker(offset: int) -> list[tuple[int, object]]:
        start.wait()
        answers = []
        for round_ in range(3):
            for i in range(len(texts)):
                j = (i + offset * 7 + round_) % len(texts)
                t = texts[j]
                answers.append(
                    (j, (summary(shared.scan(t)), [m.record.id for m in shared.search(t)]))
                )
        return answers

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(worker, range(8)))
    for answers in results:
        for j, answer in answers:
            assert answer == expected[j], texts[j][:200]


def test_module_functions_from_eight_threads_at_first_use() -> None:
    errkb.default_knowledge_base.cache_clear()
    start = threading.Barrier(8)
    texts = _texts()

    def worker(_: int) -> list[object]:
        start.wait()
        return [(summary(errkb.scan(t)), (m := errkb.lookup(t)) and m.record.id) for t in texts]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(worker, range(8)))
    assert all(result == results[0] for result in results)
    single = [(summary(errkb.scan(t)), (m := errkb.lookup(t)) and m.record.id) for t in texts]
    assert results[0] == single
