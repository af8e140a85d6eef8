"""Command output is the text itself: written directly to a file or a pipe, and through rich
(styled, never read as markup or emoji codes) on a terminal."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from rich.console import Console

from errkb.cli import Output, Segment, main
from errkb.cli import output as _cli

REPO = Path(__file__).resolve().parent.parent

CASES: list[tuple[list[Segment], str | None, str]] = [
    (["plain text"], None, "\n"),
    ([""], None, "\n"),
    (["no newline"], None, ""),
    (["several\nlines  \nwith trailing spaces  \n"], None, ""),
    ([("bold", "a.log:100:5"), ": ", ("red", "x/y"), " sig"], None, "\n"),  # not 💯
    ([("bold", "build.log:12:37"), ": ", ("red", "x/y"), " ", ("dim", "(fuzzy)"), " s"], None, "\n"),
    (["x :smile: y :SMILE: :thumbs_up-emoji: :nope:"], None, "\n"),
    (["std::vector<int>::iterator and a::b"], None, "\n"),
    (["[bold]not markup[/] [/] [link=x]y[/link]"], "bold", "\n"),
    (["pip install 'uvicorn[standard]'"], None, "\n"),
    (["back\\[x] and \\\\[y] and a trailing backslash\\"], None, "\n"),
    ([("bold", "styled\\"), " then ", ("red", "two\\\\"), "\\\\", ("dim", "x")], None, "\n"),
    (["a [b", "c] d", " [e", ("bold", "f]"), "g]"], None, "\n"),
    (["mid\\dle \\\\ back\\slashes", ("cyan", "C:\\Users\\x y")], None, "\n"),
    (["wide 日本語 🎉 e\u0301"], "yellow", "\n"),
]  # fmt: skip


@pytest.fixture(autouse=True)
def _colour_not_forced(monkeypatch: pytest.MonkeyPatch) -> None:
    # Set in some CI environments; either makes rich style output that is not a terminal.
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)


def _text(segments: list[Segment], end: str) -> str:
    return "".join(part if isinstance(part, str) else part[1] for part in segments) + end


def _through_rich(segments: list[Segment], style: str | None, end: str) -> str:
    out = Output()
    buffer = io.StringIO()
    out._plain = False
    out._console = Console(file=buffer, highlight=False, soft_wrap=True, emoji=False)
    out.print(*segments, style=style, end=end)
    return buffer.getvalue()


@pytest.mark.parametrize(("segments", "style", "end"), CASES)
def test_text_is_printed_as_it_is(
    segments: list[Segment], style: str | None, end: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = Output()
    assert out._plain  # pytest's captured stdout is not a terminal
    out.print(*segments, style=style, end=end)
    assert capsys.readouterr().out == _text(segments, end)
    # Through rich (a terminal, without its colour codes here): the same characters.
    assert _through_rich(segments, style, end) == _text(segments, end)


def test_random_segments_are_never_markup() -> None:
    pieces = ["[", "]", "\\", "\\[", "[/]", "[bold]", "[a=b]", "@", "#", "/", ":", "::", "smile",
              "SMILE", "100", "-emoji", "\n", " ", "x", "é", "日本"]  # fmt: skip
    rng = random.Random(6)
    for _ in range(1500):
        segments: list[Segment] = []
        for _ in range(rng.randint(1, 4)):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
            segments.append(text if rng.random() < 0.5 else (rng.choice(["bold", "dim"]), text))
        assert _through_rich(segments, None, "\n") == _text(segments, "\n"), segments


def test_a_scan_position_on_line_100_is_not_an_emoji(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "build.log"
    log.write_text("ok\n" * 99 + "ModuleNotFoundError: No module named 'cv2'\n")
    assert main(["scan", str(log)]) == 0
    assert f"{log}:100:1: python/module-not-found" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["lookup", "ModuleNotFoundError: No module named 'cv2'"],
        ["lookup", "--limit", "3", "error: failed to push some refs to 'github.com:acme/api.git'"],
        ["scan", "--explain", str(REPO / "examples" / "ci-build.log")],
        ["scan", "--fuzzy", str(REPO / "examples" / "ci-build.log")],
        ["explain", "python/module-not-found"],
        ["validate", str(REPO / "tests" / "data" / "broken")],
    ],
)
def test_commands_print_the_same_text_with_and_without_rich(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    status = main(argv)
    plain = capsys.readouterr().out
    monkeypatch.setattr(_cli, "_surely_not_a_terminal", lambda stream: False)
    assert main(argv) == status
    assert capsys.readouterr().out == plain
    assert plain


def test_output_to_a_terminal_goes_through_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdout", Terminal())
    assert not Output()._plain
    monkeypatch.setattr("sys.stdout", io.StringIO())
    assert Output()._plain
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert not Output()._plain
