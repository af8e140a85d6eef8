"""Sections: the fast candidate search finds exactly what the full marker expression finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from errkb.incidents import sections

PIECES = [
    "##[group]Run x", "##[section]Starting: Build", "2026-11-20T14:02:11.48Z ", "section_start:17:build",
    "[Pipeline] { (Test)", "$ make", "+ make", "PS C:\\app> npm test", "dev@box:~/app$ npm test",
    "root@box:/# ls", "\n", "\n\n", " \n", "\t", "ok", "error: boom", "$", "#", "+", "PS ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_fast_marker_search_equals_the_full_expression(pieces: list[str]) -> None:
    text = "".join(pieces)
    fast = [(m.start(), m.group(0)) for m in sections._markers(text)]
    full = [(m.start(), m.group(0)) for m in sections._MARKERS.finditer(text)]
    assert fast == full
