"""The document store: incremental edits keep the text and the line index exact."""

from __future__ import annotations

import random

import pytest
from lsprotocol import types

from errkb_lsp.documents import LogDocument, cp_to_units, is_scannable, units_to_cp

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
