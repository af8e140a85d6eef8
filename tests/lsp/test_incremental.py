"""Incremental rescans give exactly what a scan of the whole edited text gives."""

from __future__ import annotations

import random
import threading

import pytest
from lsprotocol import types

import errkb
from errkb_lsp.documents import LogDocument, cp_to_units
from errkb_lsp.scanning import Occurrence, limit_line, scan_lines
from errkb_lsp.session import DocState
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
        doc.text,
        doc.line_starts,
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
    doc = LogDocument("file:///t.log", "log", 1, text)
    assert limit_line(text, doc.line_starts, 10_000) is None
    assert limit_line(text, doc.line_starts, 31) == 10  # 30 ASCII bytes fit, the next line not
    assert limit_line(text, doc.line_starts, 38) == 11  # one 5-byte line more, not two
    assert limit_line(text, doc.line_starts, 40) == 12  # exactly two
