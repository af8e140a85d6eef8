"""The document store: incremental edits keep the text and the line index exact."""

from __future__ import annotations

import bisect
import random
import re
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lsprotocol import types

from errkb_lsp import snapshot as snapshots
from errkb_lsp.documents import LogDocument, is_scannable
from errkb_lsp.positions import cp_to_units, units_to_cp
from errkb_lsp.snapshot import Snapshot

ENCODINGS = [
    types.PositionEncodingKind.Utf16,
    types.PositionEncodingKind.Utf8,
    types.PositionEncodingKind.Utf32,
]


def _full_index(text: str) -> list[int]:
    fresh = LogDocument("file:///x.log", "log", 1, text)
    return fresh.line_starts


def _position(doc: LogDocument, offset: int, encoding: str) -> types.Position:
    line = doc.line_of_offset(offset)
    column = offset - doc.line_starts[line]
    return types.Position(line=line, character=cp_to_units(doc.line_text(line), column, encoding))


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_random_edits_match_a_fresh_index(encoding: str) -> None:
    """Splicing random text (with \\r, \\n, \\r\\n and astral characters) keeps the index exact."""
    rng = random.Random(4)
    alphabet = ["a", "b", " ", "\n", "\r", "\r\n", "é", "😀", "ж"]
    text = "".join(rng.choice(alphabet) for _ in range(400))
    doc = LogDocument("file:///x.log", "log", 1, text)
    for _ in range(300):
        start = rng.randrange(len(doc.text) + 1)
        end = min(len(doc.text), start + rng.randrange(12))
        # Positions are expressed in client units, so only offsets at character (and, for
        # \r\n, line-break) boundaries are meaningful: move off the middle of a \r\n.
        if 0 < start < len(doc.text) and doc.text[start - 1 : start + 1] == "\r\n":
            start -= 1
        if 0 < end < len(doc.text) and doc.text[end - 1 : end + 1] == "\r\n":
            end += 1
        insert = "".join(rng.choice(alphabet) for _ in range(rng.randrange(6)))
        expected = doc.text[:start] + insert + doc.text[end:]
        change = types.TextDocumentContentChangePartial(
            range=types.Range(
                start=_position(doc, start, encoding), end=_position(doc, end, encoding)
            ),
            text=insert,
        )
        changed = doc.apply_change(change, encoding)
        assert doc.text == expected
        assert doc.line_starts == _full_index(expected)
        assert changed is not None
        assert changed.first <= changed.last_new + 1


def test_change_reports_the_touched_lines() -> None:
    """Replacing line 2 with three lines: lines 1..4 of the new text cover it."""
    doc = LogDocument("file:///x.log", "log", 1, "zero\none\ntwo\nthree\n")
    changed = doc.apply_change(
        types.TextDocumentContentChangePartial(
            range=types.Range(
                start=types.Position(line=2, character=0), end=types.Position(line=2, character=3)
            ),
            text="a\nb\nc",
        ),
        types.PositionEncodingKind.Utf16,
    )
    assert doc.text == "zero\none\na\nb\nc\nthree\n"
    assert changed is not None
    assert (changed.first, changed.last_old, changed.last_new, changed.delta) == (1, 2, 4, 2)


def test_whole_document_change() -> None:
    """A change without a range replaces everything."""
    doc = LogDocument("file:///x.log", "log", 1, "a\nb\n")
    assert (
        doc.apply_change(types.TextDocumentContentChangeWholeDocument(text="c"), "utf-16") is None
    )
    assert doc.text == "c"
    assert doc.line_count == 1


@pytest.mark.parametrize(
    ("line", "column", "utf16", "utf8"),
    [
        ("abc", 2, 2, 2),
        ("жé😀x", 3, 4, 8),  # ж, é: one UTF-16 unit, two bytes; 😀: two units, four bytes
        ("😀😀", 2, 4, 8),
    ],
)
def test_column_conversions_round_trip(line: str, column: int, utf16: int, utf8: int) -> None:
    """Code points <-> UTF-16 / UTF-8 units, both ways."""
    assert cp_to_units(line, column, "utf-16") == utf16
    assert cp_to_units(line, column, "utf-8") == utf8
    assert cp_to_units(line, column, "utf-32") == column
    assert units_to_cp(line, utf16, "utf-16") == column
    assert units_to_cp(line, utf8, "utf-8") == column
    assert units_to_cp(line, 999, "utf-16") == len(line)


def test_lone_surrogates_do_not_break_conversion() -> None:
    """Binary junk decoded with surrogate escapes still converts."""
    assert cp_to_units("\udcff\udcfeab", 3, "utf-16") == 3


@pytest.mark.parametrize(
    ("uri", "language_id", "expected"),
    [
        ("file:///p/build.log", "log", True),
        ("file:///p/notes.txt", "text", True),
        ("file:///p/run.OUT", "unknown", True),  # globs ignore case
        ("file:///p/ci.err", "", True),
        ("file:///p/main.py", "python", False),
        ("file:///p/captured", "plaintext", True),
        ("untitled:Untitled-1", "python", True),
        ("output:extension-output-errkb", "log", False),
    ],
)
def test_document_selection(uri: str, language_id: str, expected: bool) -> None:
    """Logs, plain text, glob matches and untitled buffers; never output panels."""
    assert is_scannable(uri, language_id, ("*.log", "*.out", "*.err", "*.txt")) is expected


_PIECES = ["a", "b", " ", "\n", "\r", "\r\n", "é", "😀", "ж", "line\n"]


def _reference_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer(r"\r\n|\r|\n", text))]


@settings(max_examples=150, deadline=None)
@given(
    initial=st.lists(st.sampled_from(_PIECES), max_size=120),
    edits=st.lists(
        st.tuples(
            st.floats(0, 1), st.integers(0, 15), st.lists(st.sampled_from(_PIECES), max_size=8)
        ),
        max_size=25,
    ),
    block_chars=st.sampled_from([1, 4, 16]),
)
def test_chunked_snapshots_match_a_flat_text(
    initial: list[str], edits: list[tuple[float, int, list[str]]], block_chars: int
) -> None:
    """Tiny blocks, edits across block borders and inside \\r\\n: every query agrees with a str.

    Older snapshots stay as they were: a scan thread may still be reading one.
    """
    with mock.patch.object(snapshots, "BLOCK_CHARS", block_chars):
        text = "".join(initial)
        snapshot = Snapshot.from_text(text)
        history: list[tuple[Snapshot, str]] = []
        for where, length, pieces in edits:
            start = int(where * len(text))
            end = min(len(text), start + length)
            insert = "".join(pieces)
            history.append((snapshot, text))
            snapshot, changed = snapshot.replace(start, end, insert)
            text = text[:start] + insert + text[end:]
            starts = _reference_starts(text)
            assert snapshot.text == text
            assert snapshot.line_starts == starts
            assert (snapshot.length, snapshot.line_count) == (len(text), len(starts))
            assert changed.delta_chars == len(insert) - (end - start)
            for line, line_start in enumerate(starts):
                line_end = starts[line + 1] if line + 1 < len(starts) else len(text)
                assert snapshot.line_text(line) == text[line_start:line_end].rstrip("\r\n")
                assert snapshot.line_start(line) == line_start
            for offset in range(len(text) + 1):
                assert snapshot.line_of_offset(offset) == bisect.bisect_right(starts, offset) - 1
            low, high = sorted((start, min(len(text), start + len(insert) + 3)))
            assert snapshot.slice(low, high) == text[low:high]
            for limit in (1, 5, 23):
                fits = len(text.encode("utf-8", "surrogatepass")) <= limit
                cut = snapshot.limit_line(limit)
                if cut is None:
                    assert fits or len(text) <= limit // 4
                else:
                    kept = text[: starts[cut]].encode("utf-8", "surrogatepass")
                    assert len(kept) <= limit
                    assert len(text[: snapshot.line_end(cut)].encode("utf-8")) > limit or (
                        cut == len(starts) - 1
                    )
        for old, old_text in history:
            assert old.text == old_text
