"""Repairs to what arrives on the wire, before the SDK parses it.

JSON may escape a lone UTF-16 surrogate (``"\\ud800"``): JavaScript's ``JSON.stringify``
writes one for a string cut in the middle of an emoji, so agents written in JavaScript send
them. The SDK's JSON parser refuses such a message as a whole and, over stdio, answers nothing:
the client waits for ever. Each lone surrogate escape is replaced here by U+FFFD (the
replacement character, as invalid UTF-8 bytes already are), so the request is answered.
"""

from __future__ import annotations

import io
import re
from typing import IO

__all__ = ["ReplacingLines", "repair_lone_surrogates"]

# A run of backslashes and `u` + a surrogate's hex digits; a high surrogate followed by the
# escape of a low one is a pair (one character) and is kept.
_SURROGATE_ESCAPE = re.compile(
    r"(\\+)u([dD][89abAB][0-9a-fA-F]{2})(\\u[dD][c-fC-F][0-9a-fA-F]{2})?"
    r"|(\\+)u([dD][c-fC-F][0-9a-fA-F]{2})"
)
_QUICK = re.compile(r"\\u[dD][89a-fA-F]")


def _replace(match: re.Match[str]) -> str:
    if match.group(1) is not None:
        slashes, low = match.group(1), match.group(3)
        if len(slashes) % 2 == 0:  # `\\ud800` is a backslash and the text "ud800"
            head = slashes + "u" + match.group(2)
            return head + ("\\ufffd" if low else "")
        if low:
            return match.group(0)  # a pair
        return slashes[:-1] + "\\ufffd"
    slashes = match.group(4)
    if len(slashes) % 2 == 0:
        return match.group(0)
    return slashes[:-1] + "\\ufffd"


def repair_lone_surrogates(text: str) -> str:
    """`text` (JSON) with every escaped lone surrogate replaced by an escaped U+FFFD."""
    if _QUICK.search(text) is None:
        return text
    return _SURROGATE_ESCAPE.sub(_replace, text)


class ReplacingLines:
    """Lines of a binary stream as UTF-8 text (bad bytes replaced), surrogates repaired."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._text = io.TextIOWrapper(stream, encoding="utf-8", errors="replace")

    def readline(self) -> str:
        return repair_lone_surrogates(self._text.readline())

    def close(self) -> None:
        self._text.detach()
