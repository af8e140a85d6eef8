"""The byte strings that stand for a folded literal in unfolded text: hyperscan literal expressions
and the Aho-Corasick spellings of non-ASCII letters."""

from __future__ import annotations

from functools import cache

from errkb.engine.fold import ASCII_FOLDS, SAME_LETTERS
from errkb.engine.literals import MIN_LITERAL, literal_size

__all__ = [
    "DFA_MAX_LITERALS",
    "DFA_MIN_TEXT",
    "FOLDED_BYTES",
    "MAX_SPELLINGS",
    "cased_non_ascii",
    "literal_expression",
    "literal_spellings",
    "prefilter_literal",
]


def literal_expression(literal: str) -> bytes:
    """A caseless hyperscan expression for a folded literal, on UTF-8 bytes of unfolded text.

    Matches wherever `fold(text)` contains `literal`: ASCII letters are matched caselessly,
    the non-ASCII characters that fold to ``i``, ``k`` or ``s`` are spelled out, and a
    non-ASCII character (whose other case forms differ in UTF-8) becomes any non-ASCII
    character.
    """
    parts: list[str] = []
    for char in literal:
        code = ord(char)
        if code < 0x80:
            variants = [f"\\x{code:02x}"] + [
                "".join(f"\\x{b:02x}" for b in other.encode())
                for other in ASCII_FOLDS.get(char, "")
            ]
            parts.append(variants[0] if len(variants) == 1 else "(?:" + "|".join(variants) + ")")
        else:
            parts.append("[\\xc0-\\xff][\\x80-\\xbf]{1,3}")
    return "".join(parts).encode("ascii")


FOLDED_BYTES = [char.encode() for chars in ASCII_FOLDS.values() for char in chars]


def cased_non_ascii(literal: str) -> bool:
    """Whether a folded literal has a non-ASCII character that text may hold in another case."""
    return any(
        ord(char) > 0x7F and (char.upper() != char or char.casefold() != char) for char in literal
    )


#: Texts from this size on are searched with the DFA (when there are few enough literals).
DFA_MIN_TEXT = 1 << 20
DFA_MAX_LITERALS = 4000
#: Beyond this many spellings a literal is not listed in the automaton's raw-text needles.
MAX_SPELLINGS = 64
#: Past the last code point with a case (Adlam).
_LAST_CASED = 0x1E950


@cache
def _folded_from() -> dict[str, tuple[str, ...]]:
    """For each folded non-ASCII letter, the other characters that lowercase to it, or to a
    letter IGNORECASE equates with it (see `fold`)."""
    sources: dict[str, list[str]] = {}
    for code in range(0x80, _LAST_CASED):
        char = chr(code)
        lowered = char.lower()
        if len(lowered) != 1:
            continue  # İ, which folds to ASCII
        folded = SAME_LETTERS.get(lowered, lowered)
        if folded != char and folded > "\x7f":
            sources.setdefault(folded, []).append(char)
    return {folded: tuple(chars) for folded, chars in sources.items()}


def literal_spellings(literal: str) -> list[str] | None:
    """The strings that `fold` turns into the folded `literal`, or into the longest piece of
    it that has no more than MAX_SPELLINGS of them, and that differ from it in non-ASCII
    letters only (ASCII case is taken care of by lowering the text's bytes). A piece stands
    for the literal: wherever the literal is, the piece is, on the same line. None when no
    piece of MIN_LITERAL bytes has few enough."""
    sources = _folded_from()
    forms = [(char, *sources.get(char, ())) if ord(char) > 0x7F else (char,) for char in literal]
    best_start = best_end = start = 0
    count = 1
    for end in range(1, len(literal) + 1):
        count *= len(forms[end - 1])
        while count > MAX_SPELLINGS:
            count //= len(forms[start])
            start += 1
        if literal_size(literal[start:end]) > literal_size(literal[best_start:best_end]):
            best_start, best_end = start, end
    if literal_size(literal[best_start:best_end]) < MIN_LITERAL:
        return None
    spellings = [""]
    for choices in forms[best_start:best_end]:
        spellings = [spelling + form for spelling in spellings for form in choices]
    return spellings


def prefilter_literal(literal: str) -> str | None:
    """The longest newline-free piece of a literal, if long enough to prefilter on.

    Every piece of a literal lies within one line of the normalised text, hence within the
    same line of the raw text (normalising a line deletes at most a prefix of it): so the
    piece can be looked for in raw text, and it places the match within the pattern's
    newline reach of its line.
    """
    if "\n" not in literal:
        return literal
    piece = max(literal.split("\n"), key=len)
    return piece if literal_size(piece) >= MIN_LITERAL else None
