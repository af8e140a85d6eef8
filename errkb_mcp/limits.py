"""What the tools accept and how much they answer: limits, input checks, `BadInput`."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "FUZZY_ANSWER_MIN",
    "RECORD_URI_PREFIX",
    "SEARCH_MIN",
    "BadInput",
    "Limits",
    "check_count",
    "check_text",
    "count_lines",
    "record_uri",
    "shorten",
]

#: A fuzzy match (similar wording, no pattern) is an answer only from this score (of at most
#: 0.45); below it, the tools say "not recognised" rather than guess.
FUZZY_ANSWER_MIN = 0.40
#: A search hit must have at least this share (0-100) of the query's words.
SEARCH_MIN = 50.0
RECORD_URI_PREFIX = "errkb://records/"

_MB = 1024 * 1024


class BadInput(ValueError):
    """Input the tool cannot take; the message says why and what to send instead."""


def record_uri(record_id: str) -> str:
    """The resource URI of a record."""
    return RECORD_URI_PREFIX + record_id


@dataclass(frozen=True)
class Limits:
    """Input sizes accepted and output sizes given. Output that hits a cap says so."""

    max_text_chars: int = 64 * _MB
    max_lookup_chars: int = 1 * _MB
    max_query_chars: int = 500
    max_yaml_chars: int = 256 * 1024
    max_id_chars: int = 200
    default_incidents: int = 20
    max_incidents: int = 100
    fixes: int = 5
    commands: int = 5
    notes: int = 5
    dead_ends: int = 3
    lines: int = 20
    consequences: int = 10
    record_counts: int = 50
    alternatives: int = 4
    default_hits: int = 10
    max_hits: int = 50
    examples: int = 3
    listing: int = 5000
    excerpt_chars: int = 300
    capture_chars: int = 200
    title_chars: int = 300
    text_chars: int = 2000
    validation_seconds: float = 60.0


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- input checks ----------------------------------------------------------------------------

# C0 controls that do not occur in text output (tab, newlines, form feed, escape and backspace
# do: terminals and progress bars write them).
_BINARY_CONTROLS = frozenset(
    chr(c) for c in (*range(0x00, 0x08), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F)
)
_SAMPLE = 64 * 1024


def _sample(text: str) -> str:
    if len(text) <= 3 * _SAMPLE:
        return text
    middle = len(text) // 2
    return text[:_SAMPLE] + text[middle : middle + _SAMPLE] + text[-_SAMPLE:]


def check_text(text: str, limit: int, *, what: str = "text", hint: str = "") -> None:
    """Refuse text that is empty, too long, not valid Unicode or binary, saying why."""
    if not text.strip():
        raise BadInput(f"{what} is empty: send the error output or log to look at")
    if len(text) > limit:
        raise BadInput(
            f"{what} is {len(text):,} characters; the limit is {limit:,}. "
            + (hint or "Send the part of the log around the failure (its last lines).")
        )
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise BadInput(
                f"{what} is not valid Unicode: it holds a lone surrogate code point at character "
                f"{exc.start:,} (what undecodable bytes become with errors='surrogateescape'); "
                "decode the log as UTF-8 with errors='replace' and send it again"
            ) from None
    sample = _sample(text)
    controls = sum(1 for c in sample if c in _BINARY_CONTROLS)
    replaced = sample.count("\ufffd")
    if controls > len(sample) * 0.10 or text.count("\x00") > len(text) * 0.01:
        raise BadInput(
            f"{what} looks like binary data, not text output: "
            f"{100 * controls / len(sample):.0f}% of it are control characters. "
            "Send the text of a log or of the error output."
        )
    if replaced > len(sample) * 0.10:
        raise BadInput(
            f"{what} looks like binary data decoded as text: "
            f"{100 * replaced / len(sample):.0f}% of it are U+FFFD replacement characters "
            "(bytes that were not UTF-8). Send the text of a log or of the error output."
        )


def count_lines(text: str) -> int:
    return text.count("\n") + (0 if text.endswith("\n") else 1)


def check_count(value: int, low: int, high: int, what: str) -> int:
    if not low <= value <= high:
        raise BadInput(f"{what} must be between {low} and {high}, not {value}")
    return value
