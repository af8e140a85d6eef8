"""Normalisation deletes noise and maps every kept character back to its raw offset."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import errkb.engine.normalize as _normalize
from errkb import normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\x1b[31mError\x1b[0m: boom", "Error: boom"),
        ("\x1b]0;title\x07after", "after"),
        ("\x1b]633;C\x1b\\cmd output", "cmd output"),
        ("10%\r50%\r100% done\nnext", "100% done\nnext"),
        ("crlf line\r\nsecond\r\n", "crlf line\nsecond\n"),
        ("2024-01-15T10:23:45.1234567Z Error: x\n", "Error: x\n"),
        ("2024-01-15 10:23:45,123 ERROR x\n", "ERROR x\n"),
        ("[2024-01-15T10:23:45Z] fatal: y", "fatal: y"),
        ("api-1  | WARNING: z\nweb_1    | more", "WARNING: z\nmore"),
        ("Mar 10 12:00:00 host app[123]: FATAL: db", "FATAL: db"),
        ("[pod/web-7d9/app] Traceback", "Traceback"),
        ("##[error]Process completed with exit code 1.", "Process completed with exit code 1."),
        ("> > quoted\n> also", "quoted\nalso"),
        ("api-1  | 2024-01-15T10:23:45Z Error", "Error"),
        ("plain text | with a pipe", "plain text | with a pipe"),
        ("", ""),
    ],
)
def test_noise_is_removed(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


def test_offsets_map_back_to_the_same_characters() -> None:
    raw = "2024-01-02T10:11:12Z \x1b[1;31mModuleNotFoundError\x1b[0m: No module named 'x'\r\n"
    norm = normalize(raw)
    start = norm.text.index("No module")
    end = len(norm.text.rstrip("\n"))
    assert raw[norm.to_raw(start) : norm.to_raw_end(end)] == "No module named 'x'"
    first = norm.text.index("ModuleNotFoundError")
    assert raw[norm.to_raw(first) : norm.to_raw_end(first + 19)] == "ModuleNotFoundError"


noisy_text = st.lists(
    st.sampled_from(
        [
            "\x1b[31m",
            "\x1b[0m",
            "\r",
            "\r\n",
            "\n",
            "api-1  | ",
            "> ",
            "2024-01-15T10:23:45Z ",
            "Error: ",
            "x",
            "é",
            "中",
            " ",
        ]
    ),
    max_size=40,
).map("".join)


@given(noisy_text)
def test_every_kept_character_maps_to_an_equal_raw_character(raw: str) -> None:
    norm = normalize(raw)
    for index, char in enumerate(norm.text):
        assert raw[norm.to_raw(index)] == char
    assert all(norm.to_raw(i) < norm.to_raw(i + 1) for i in range(len(norm.text) - 1))


_PIECES = ["a", "b", "\r", "\n", "\r\n", "\x1b[1m", "\x1b]0;t\x07"]


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_carriage_return_rewrites_equal_the_reference_regex(pieces: list[str]) -> None:
    # The rewrite spans are found from each lone \r back to its line start; the reference is
    # the plain regex, which is quadratic on long lines.
    text = "".join(pieces)
    reference = re.compile(r"[^\n]*\r(?!\n)")
    spans = sorted(
        [m.span() for m in _normalize._ANSI.finditer(text)]
        + [m.span() for m in reference.finditer(text)]
        + [m.span() for m in re.finditer(r"\r+(?=\n)", text)]
    )
    assert _normalize._ansi_and_cr_spans(text) == _normalize._merge(spans)


def test_carriage_returns_on_a_long_line_are_linear() -> None:
    # 200k characters with a carriage return at the end: the reference regex would try each
    # position (2e10 steps); the engine finds one span.
    text = "x" * 200_000 + "\r" + "y" * 10
    assert normalize(text).text == "y" * 10
