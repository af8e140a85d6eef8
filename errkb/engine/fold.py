"""Case folding that equates exactly the letters Python's IGNORECASE equates, for literal
prefilters."""

from __future__ import annotations

# The parser is private but stable across 3.11-3.13; it is the only way to read a pattern the
# way `re` itself reads it.

__all__ = ["ASCII_FOLDS", "ASCII_FOLD_TABLE", "SAME_LETTERS", "fold", "fold_utf8"]


ASCII_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_FOLDED_CHARS = "".join(ASCII_FOLDS.values())
ASCII_FOLD_TABLE = str.maketrans(
    {char: letter for letter, chars in ASCII_FOLDS.items() for char in chars}
)


def _same_letters() -> dict[str, str]:
    """Lowercase non-ASCII letters that IGNORECASE equates with others of a different
    lowercase (they share an uppercase form: σ and ς, в and ᲀ), each mapped to the first of
    its group. ``re``'s own table, so the prefilter equates exactly what ``re`` does."""
    from re import _compiler  # type: ignore[attr-defined]

    extra: dict[int, tuple[int, ...]] = getattr(_compiler, "_EXTRA_CASES", {})
    return {
        chr(code): chr(min(code, *others))
        for code, others in extra.items()
        if code > 0x7F and min(code, *others) != code and min(code, *others) > 0x7F
    }


SAME_LETTERS = _same_letters()
_SAME = str.maketrans(SAME_LETTERS)


def fold(text: str) -> str:
    """Case-fold the way the literal prefilter does, for literals and searched text alike:
    two strings IGNORECASE equates fold to the same string.

    Besides lowercasing, maps the non-ASCII characters that Python's IGNORECASE matches with
    an ASCII letter, and the lowercase letters it equates with another (`SAME_LETTERS`), so a
    literal search stays a superset of what ``re`` matches. The translation passes are
    skipped unless one of those characters occurs: on a big non-ASCII text they cost far
    more than the search for them.
    """
    if text.isascii():
        return text.lower()
    if any(char in text for char in _FOLDED_CHARS):
        text = text.translate(ASCII_FOLD_TABLE)
    text = text.lower()
    if any(char in text for char in SAME_LETTERS):
        text = text.translate(_SAME)
    return text


#: Bytes of UTF-8 folded at once by `fold_utf8`: ASCII pieces (most of a log) are lowered as
#: bytes, the others decoded and folded.
_FOLD_PIECE = 1 << 16


def fold_utf8(data: bytes, *, piece_bytes: int = _FOLD_PIECE) -> str:
    """`fold(data.decode())`, faster for mostly-ASCII text.

    Lowercasing a 100 MB string that holds one character above U+FFFF (four bytes a
    character) takes about a second; lowering the ASCII pieces as bytes takes a few
    milliseconds. Pieces end at newlines: lowercasing looks at neighbouring letters (a final
    sigma), never across a line.
    """
    pieces: list[str] = []
    start = 0
    while start < len(data):
        end = data.find(b"\n", start + piece_bytes)
        end = len(data) if end == -1 else end + 1
        piece = data[start:end]
        if piece.isascii():
            pieces.append(piece.lower().decode("ascii"))
        else:
            pieces.append(fold(piece.decode("utf-8", "surrogatepass")))
        start = end
    return "".join(pieces)
