"""Incremental rescans give exactly what a scan of the whole edited text gives."""

from __future__ import annotations

import random
import threading
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lsprotocol import types
from pygls.protocol import default_converter

import errkb
from errkb_lsp import lsp_incidents, lsp_utils
from errkb_lsp import snapshot as snapshots
from errkb_lsp.documents import DocState, LogDocument
from errkb_lsp.incidents import group_occurrences
from errkb_lsp.options import Settings
from errkb_lsp.positions import cp_to_units
from errkb_lsp.scanning import Occurrence, scan_lines
from tests.lsp.conftest import KB_DIR

LINES = [
    "INFO  request handled in 12 ms\n",
    "DEBUG cache hit ключ=😀\n",
    "WARNING:  Unsupported upgrade request.\n",
    "OSError: [Errno 28] No space left on device\n",
    "npm ERR! code ERESOLVE\n",
    "npm ERR! ERESOLVE unable to resolve dependency tree\n",
    "ModuleNotFoundError: No module named 'yaml'\n",
    "Traceback (most recent call last):\n",
    '  File "app.py", line 7, in walk\n',
    "RecursionError: maximum recursion depth exceeded\n",
    "\n",
]


@pytest.fixture(scope="module")
def kb() -> errkb.KnowledgeBase:
    """The fixture records the end-to-end tests use."""
    return errkb.KnowledgeBase([KB_DIR], include_bundled=False)


def _scan(kb: errkb.KnowledgeBase, doc: LogDocument, first: int, last: int) -> list[Occurrence]:
    outcome = scan_lines(
        kb,
        doc.snapshot,
        first,
        last,
        encoding="utf-16",
        fuzzy=False,
        cancel=threading.Event(),
        chunk_chars=2000,  # many chunks, so chunk boundaries are exercised too
    )
    return outcome.occurrences


def _key(found: list[Occurrence]) -> list[tuple[str, int, int, int, int, tuple[int, ...]]]:
    return [
        (o.record_id, o.start_line, o.start_char, o.end_line, o.end_char, o.continuation)
        for o in found
    ]


def _position(doc: LogDocument, line: int, column: int) -> types.Position:
    return types.Position(line=line, character=cp_to_units(doc.line_text(line), column, "utf-16"))


@pytest.mark.parametrize("seed", range(4))
def test_random_edits_rescan_like_a_full_scan(kb: errkb.KnowledgeBase, seed: int) -> None:
    """Insert, delete and rewrite lines at random; compare with a full scan after each burst."""
    rng = random.Random(seed)
    text = "".join(rng.choice(LINES) for _ in range(400))
    doc = LogDocument("file:///t.log", "log", 1, text)
    state = DocState(doc, scannable=True)
    state.merge(0, doc.line_count - 1, None, _scan(kb, doc, 0, doc.line_count - 1), full=True)
    for _burst in range(25):
        for _edit in range(rng.randrange(1, 4)):  # a debounced burst of edits
            line = rng.randrange(doc.line_count)
            end_line = min(doc.line_count - 1, line + rng.randrange(3))
            start_col = rng.randrange(len(doc.line_text(line)) + 1)
            end_col = rng.randrange(len(doc.line_text(end_line)) + 1)
            if end_line == line:
                start_col, end_col = sorted((start_col, end_col))
            insert = "".join(rng.choice(LINES) for _ in range(rng.randrange(3)))
            change = types.TextDocumentContentChangePartial(
                range=types.Range(
                    start=_position(doc, line, start_col), end=_position(doc, end_line, end_col)
                ),
                text=insert,
            )
            state.note_change(doc.apply_change(change, "utf-16"))
        first, last = state.rescan_bounds(doc.line_count)
        state.merge(first, last, None, _scan(kb, doc, first, last), full=False)
        expected = _scan(kb, doc, 0, doc.line_count - 1)
        assert _key(state.occurrences) == _key(expected)


def test_limit_line_cuts_at_a_whole_line() -> None:
    """The size limit keeps only lines that fit entirely, counting UTF-8 bytes."""
    text = "ab\n" * 10 + "жж\n" * 10
    snapshot = LogDocument("file:///t.log", "log", 1, text).snapshot
    assert snapshot.limit_line(10_000) is None
    assert snapshot.limit_line(31) == 10  # 30 ASCII bytes fit, the next line not
    assert snapshot.limit_line(38) == 11  # one 5-byte line more, not two
    assert snapshot.limit_line(40) == 12  # exactly two


#: Pieces of lines as well as whole ones, so that edits split and join lines and matches.
FRAGMENTS = [*LINES, "No space left", " on device\n", "npm ERR! ", "\n", "Traceback (most"]

_edit = st.tuples(
    st.floats(0, 1),  # where, as a fraction of the lines
    st.integers(0, 3),  # how many more lines the replaced range spans
    st.floats(0, 1),  # start column, as a fraction of the line
    st.floats(0, 1),  # end column, as a fraction of the line
    st.lists(st.sampled_from(FRAGMENTS), max_size=4),  # the inserted text
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    # Longer than two rescan windows (40 lines of context each side), so that results
    # outside the window are kept and moved, not rescanned.
    initial=st.lists(st.sampled_from(LINES), min_size=150, max_size=300),
    bursts=st.lists(st.lists(_edit, min_size=1, max_size=4), min_size=1, max_size=6),
)
def test_chunked_store_rescans_like_a_full_scan(
    kb: errkb.KnowledgeBase, initial: list[str], bursts: list[list[Any]]
) -> None:
    """Random edit bursts on a store of tiny blocks: incremental results equal a full rescan.

    The matches themselves (their document offsets and lines, which hovers print) must be
    those of a full scan too, not only the diagnostics' ranges.
    """
    with mock.patch.object(snapshots, "BLOCK_CHARS", 64):
        text = "".join(initial)
        doc = LogDocument("file:///t.log", "log", 1, text)
        state = DocState(doc, scannable=True)
        state.merge(0, doc.line_count - 1, None, _scan(kb, doc, 0, doc.line_count - 1), full=True)
        for burst in bursts:
            for where, span, start_fraction, end_fraction, pieces in burst:
                line = min(doc.line_count - 1, int(where * doc.line_count))
                end_line = min(doc.line_count - 1, line + span)
                start_col = int(start_fraction * len(doc.line_text(line)))
                end_col = int(end_fraction * len(doc.line_text(end_line)))
                if end_line == line:
                    start_col, end_col = sorted((start_col, end_col))
                before = doc.snapshot
                before_text = before.text
                change = types.TextDocumentContentChangePartial(
                    range=types.Range(
                        start=_position(doc, line, start_col),
                        end=_position(doc, end_line, end_col),
                    ),
                    text="".join(pieces),
                )
                state.note_change(doc.apply_change(change, "utf-16"))
                assert before.text == before_text, "an older snapshot changed"
            first, last = state.rescan_bounds(doc.line_count)
            state.merge(first, last, None, _scan(kb, doc, first, last), full=False)
            expected = _scan(kb, doc, 0, doc.line_count - 1)
            assert _key(state.occurrences) == _key(expected)
            assert [(o.match.start, o.match.line) for o in state.occurrences] == [
                (o.match.start, o.match.line) for o in expected
            ]
            assert all(o.match.line == o.start_line for o in expected)


@pytest.mark.parametrize("related", [True, False])
@pytest.mark.parametrize("links", [True, False])
def test_published_json_equals_the_lsprotocol_diagnostics(
    kb: errkb.KnowledgeBase, related: bool, links: bool
) -> None:
    """Push sends hand-built JSON; pull answers lsprotocol objects: the two must not differ."""
    text = (
        "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\n"
        "WARNING:  Unsupported upgrade request. ключ 😀\n"
        "ModuleNotFoundError: No module named 'yaml'\n"
    )
    doc = LogDocument("file:///t.log", "log", 1, "INFO x\n" * 3 + text)
    found = _scan(kb, doc, 0, doc.line_count - 1)
    assert {o.record_id for o in found} >= {
        "npm/eresolve",
        "uvicorn/websocket-library-missing",
        "python/module-not-found",
    }
    features = lsp_utils.DiagnosticFeatures(related_information=related, code_description=links)
    settings = Settings(severity={"python": "hint"})
    writer = lsp_incidents.DiagnosticWriter(settings, features)
    converter = default_converter()
    grouping = group_occurrences(doc.text, found, errkb.Environment())
    assert len(grouping.incidents) == 3
    for incident in grouping.incidents:
        expected = converter.unstructure(
            lsp_incidents.lsp_diagnostic(
                incident, uri=doc.uri, settings=settings, features=features
            )
        )
        assert writer.diagnostic(incident, doc.uri) == expected
