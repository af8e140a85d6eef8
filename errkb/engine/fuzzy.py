"""The fuzzy fallback: rapidfuzz over signatures and aliases, narrowed by rare tokens, for error-
looking lines no pattern matched; scores stay below every regex match."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import chain

from errkb.engine.match import FUZZY_CEILING, Match, ScanCancelled, dedupe, make_match
from errkb.engine.normalize import Normalized, normalize
from errkb.engine.utf8 import LineCounter
from errkb.records.model import Record

__all__ = [
    "MAX_FUZZY_LINE",
    "MAX_FUZZY_LINES",
    "FuzzyIndex",
    "error_looking_lines",
    "find_fuzzy_matches",
    "fuzzy_matches",
    "looks_like_error",
]


_ERROR_WORDS = (
    r"error|exception|fatal|failed|failure|denied|refused|cannot|can't|could not|"
    r"unable to|not found|no such|invalid|traceback|panic|segmentation fault|timed out"
)
_ERROR_LOOKING = re.compile(rf"(?i)\b(?:{_ERROR_WORDS})\b")
# The same words anywhere in lowered ASCII text: a literal-led search the regex engine runs
# many times faster than the word-bounded, case-insensitive one, which then checks the lines.
_ERROR_WORD_ANYWHERE = re.compile(_ERROR_WORDS)
_TOKEN = re.compile(r"[a-z][a-z0-9_]{2,}")


def looks_like_error(line: str) -> bool:
    """Whether a line says something failed, by its words: the lines the fuzzy fallback
    compares with signatures, and those triage clusters when no record knows them."""
    return _ERROR_LOOKING.search(line) is not None


def error_looking_lines(text: str) -> list[tuple[int, str]]:
    """The lines of `text` (split at newlines) for which `looks_like_error` holds, with their
    numbers, found with one search of the whole text for candidates (ASCII text; other text
    line by line)."""
    lines = text.split("\n")
    if not text.isascii():
        return [(n, line) for n, line in enumerate(lines) if looks_like_error(line)]
    found: list[tuple[int, str]] = []
    number, counted_to, checked = 0, 0, -1
    for hit in _ERROR_WORD_ANYWHERE.finditer(text.lower()):
        number += text.count("\n", counted_to, hit.start())
        counted_to = hit.start()
        if number != checked:
            checked = number
            if looks_like_error(lines[number]):
                found.append((number, lines[number]))
    return found


#: Error-looking lines the fallback compares with signatures, at most, per text.
MAX_FUZZY_LINES = 200
#: Longest line (in characters) compared with signatures.
MAX_FUZZY_LINE = 500


# --- fuzzy -------------------------------------------------------------------------------


class FuzzyIndex:
    """Signatures and aliases, with an inverted index of their tokens to narrow candidates."""

    def __init__(
        self,
        records: Iterable[Record] = (),
        *,
        phrases: Iterable[tuple[str, Sequence[str]]] = (),
    ):
        """From records, or from (record id, [signature, *aliases]) pairs."""
        self.choices: list[str] = []
        self.owners: list[str] = []
        postings: dict[str, list[int]] = {}
        pairs = chain(((r.id, (r.signature, *r.aliases)) for r in records), phrases)
        for record_id, record_phrases in pairs:
            for phrase in record_phrases:
                if not phrase:
                    continue
                number = len(self.choices)
                self.choices.append(phrase)
                self.owners.append(record_id)
                for token in set(_TOKEN.findall(phrase.lower())):
                    postings.setdefault(token, []).append(number)
        self.postings = postings

    def best(
        self, line: str, *, cutoff: float = 86.0, budget: int = 300
    ) -> tuple[str, float] | None:
        """The record whose signature is most like `line`, with a 0-100 similarity."""
        # Imported here: only the fuzzy fallback needs it, and it costs start-up time.
        from rapidfuzz import fuzz, process, utils

        tokens = [t for t in set(_TOKEN.findall(line.lower())) if t in self.postings]
        if not tokens:
            return None
        # Rare tokens first: they narrow the candidates to the phrases worth scoring.
        tokens.sort(key=lambda t: len(self.postings[t]))
        candidates: dict[int, None] = {}
        for token in tokens[:6]:
            for number in self.postings[token]:
                candidates[number] = None
                if len(candidates) >= budget:
                    break
        numbers = list(candidates)
        found = process.extractOne(
            line,
            [self.choices[n] for n in numbers],
            scorer=fuzz.token_set_ratio,
            processor=utils.default_process,
            score_cutoff=cutoff,
        )
        if found is None:
            return None
        _choice, score, position = found
        # token_set_ratio rewards a short signature contained in a long line; require that the
        # line and the phrase also agree as wholes, so one shared word is not enough.
        whole = fuzz.WRatio(line, self.choices[numbers[position]], processor=utils.default_process)
        if whole < cutoff - 10:
            return None
        return self.owners[numbers[position]], float(score)


# --- the engine ----------------------------------------------------------------------------


def find_fuzzy_matches(
    text: str,
    records: Mapping[str, Record],
    fuzzy: FuzzyIndex,
    *,
    cancel: Callable[[], bool] | None = None,
) -> list[Match]:
    """Fuzzy matches only, for a text in which no pattern matched (the lookup fallback)."""
    found = fuzzy_matches(text, normalize(text), records, fuzzy, [], LineCounter(text), cancel)
    found.sort(key=lambda m: (m.start, -m.end))
    return dedupe(found)


def fuzzy_matches(
    text: str,
    norm: Normalized,
    records: Mapping[str, Record],
    fuzzy: FuzzyIndex,
    covered: list[tuple[int, int]],
    counter: LineCounter,
    cancel: Callable[[], bool] | None,
) -> list[Match]:
    body = norm.text
    spans = sorted(covered)
    results: list[Match] = []
    pos = 0
    considered = 0
    # Each error-looking line is looked at once (the search resumes after it), and at most
    # `MAX_FUZZY_LINES` of them: a miss on a 10 MB line of error words costs one regex pass.
    while considered < MAX_FUZZY_LINES and (hit := _ERROR_LOOKING.search(body, pos)):
        if cancel is not None and cancel():
            raise ScanCancelled
        line_start = body.rfind("\n", 0, hit.start()) + 1
        line_end = body.find("\n", hit.end())
        line_end = len(body) if line_end == -1 else line_end
        pos = line_end + 1
        if line_end - line_start > MAX_FUZZY_LINE * 2:
            continue  # far longer than any signature, even after stripping
        if any(s < line_end and e > line_start for s, e in spans):
            continue
        line = body[line_start:line_end].strip()
        if len(line) < 12 or len(line) > MAX_FUZZY_LINE:
            continue
        considered += 1
        best = fuzzy.best(line)
        if best is None:
            continue
        record_id, similarity = best
        record = records[record_id]
        score = FUZZY_CEILING * (similarity / 100.0) * (0.8 + 0.2 * record.confidence)
        leading = len(body[line_start:line_end]) - len(body[line_start:line_end].lstrip())
        start = norm.to_raw(line_start + leading)
        end = norm.to_raw_end(line_start + leading + len(line))
        results.append(make_match(record, score, "fuzzy", text, start, end, counter, None, None))
    return results
