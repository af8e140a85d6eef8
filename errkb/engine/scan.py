"""From a text to its matches: normalise, take candidates from the prefilter, confirm them, build
Match objects, drop overlapping duplicates, rank."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from errkb.engine.confirm import Confirmer
from errkb.engine.fuzzy import FuzzyIndex, fuzzy_matches
from errkb.engine.hints import HintFinder, regex_score
from errkb.engine.index import PatternIndex
from errkb.engine.lazy_confirm import LazyConfirmer
from errkb.engine.match import Match, dedupe, make_match
from errkb.engine.normalize import Normalized, escapes_span_lines, normalize
from errkb.engine.utf8 import LAZY_NORMALIZE_MIN, LineCounter, Utf8Text, has_osc
from errkb.records.model import Record

__all__ = ["find_matches", "find_matches_utf8", "rank"]


def find_matches(
    text: str,
    records: Mapping[str, Record],
    index: PatternIndex,
    *,
    fuzzy: FuzzyIndex | None = None,
    cancel: Callable[[], bool] | None = None,
    normalized: Normalized | None = None,
    lazy_normalize_min: int = LAZY_NORMALIZE_MIN,
    data: bytes | None = None,
) -> list[Match]:
    """Every occurrence of every record in `text`, in order of position.

    `data`, when given, is `text` in UTF-8 (what it was decoded from), saving an encoding.

    Regex matches come first; when `fuzzy` is given, error-looking lines no regex covered are
    compared with the signatures. Overlapping occurrences of the same record keep the best.
    """
    windowed = index.windowed
    # A big text is not normalised as a whole: normalising is line by line (see
    # `escapes_span_lines`), so only the lines that hold a candidate's literals are.
    if (
        normalized is None
        and fuzzy is None
        and windowed
        and len(text) >= lazy_normalize_min
        and not ((data is None or has_osc(data)) and escapes_span_lines(text))
    ):
        data = text.encode("utf-8", "surrogatepass") if data is None else data
        source = Utf8Text(data, text=text, errors="surrogatepass")
        return _big_text_matches(source, records, index, cancel)
    norm = normalized if normalized is not None else normalize(text)
    confirmer = Confirmer(norm)
    candidates = confirmer.literals(index) if windowed else index.candidates(text)
    found = confirmer.confirm_all(index, candidates, windowed=windowed, cancel=cancel)
    # Position in the raw text: the same whether or not the whole text was normalised.
    length = max(1, len(text))
    counter = LineCounter(text)
    hints = HintFinder(norm.text)
    matches: list[Match] = []
    covered: list[tuple[int, int]] = []
    for start, end, raw_start, raw_end, pattern, hit in found:
        record = records[pattern.record_id]
        context = hints.strength(record, start, end)
        score = regex_score(pattern, record, context, raw_start / length)
        matches.append(
            make_match(
                record, score, "regex", text, raw_start, raw_end, counter, hit, pattern.regex
            )
        )
        covered.append((start, end))
    if fuzzy is not None:
        matches.extend(
            fuzzy_matches(text, norm, records, fuzzy, covered, LineCounter(text), cancel)
        )
        matches.sort(key=lambda m: (m.start, -m.end))
    return dedupe(matches)


def find_matches_utf8(
    data: bytes,
    records: Mapping[str, Record],
    index: PatternIndex,
    *,
    cancel: Callable[[], bool] | None = None,
    lazy_normalize_min: int = LAZY_NORMALIZE_MIN,
) -> list[Match]:
    """`find_matches` of `data` decoded from UTF-8, regex matches only, with offsets in the
    decoded text. A big text is never decoded whole. Raises UnicodeDecodeError when `data` is
    not UTF-8."""
    if len(data) < lazy_normalize_min or not index.windowed:
        return find_matches(data.decode("utf-8"), records, index, cancel=cancel, data=data)
    source = Utf8Text(data)  # checks the bytes are UTF-8
    if source.length < lazy_normalize_min or (has_osc(data) and escapes_span_lines(source.text)):
        return find_matches(source.text, records, index, cancel=cancel, data=data)
    return _big_text_matches(source, records, index, cancel)


def _big_text_matches(
    source: Utf8Text,
    records: Mapping[str, Record],
    index: PatternIndex,
    cancel: Callable[[], bool] | None,
) -> list[Match]:
    confirmer = LazyConfirmer(source)
    found = confirmer.confirm_all(index, confirmer.literals(index), windowed=True, cancel=cancel)
    length = max(1, source.length)
    counter = LineCounter(source.data)
    hints = HintFinder("", source=source)
    matches: list[Match] = []
    # Starts ascend, and so (mostly) do the starts of their lines.
    char_at, line_char_at = source.char_walker(), source.char_walker()
    for start, end, _raw_start, _raw_end, pattern, hit in found:
        record = records[pattern.record_id]
        context = hints.strength(record, start, end)
        char_start = char_at(start)
        score = regex_score(pattern, record, context, char_start / length)
        line, column_bytes = counter.locate(start)
        column = char_start - line_char_at(start - column_bytes)
        inner_newlines = source.data.count(b"\n", start, end)
        matched = source.decode(start, end)
        if inner_newlines:
            end_column = len(matched) - (matched.rfind("\n") + 1)
        else:
            end_column = column + len(matched)
        matches.append(
            Match(
                record,
                round(score, 4),
                "regex",
                char_start,
                char_start + len(matched),
                line,
                column,
                line + inner_newlines,
                end_column,
                matched,
                hit.groupdict(),
                hit.groups(),
                pattern.regex,
            )
        )
    return dedupe(matches)


def rank(matches: Iterable[Match], *, limit: int | None = None) -> list[Match]:
    """Best match per record, best first (score, then the later occurrence)."""
    best: dict[str, Match] = {}
    for match in matches:
        current = best.get(match.record.id)
        if current is None or (match.score, match.start) > (current.score, current.start):
            best[match.record.id] = match
    ordered = sorted(best.values(), key=lambda m: (-m.score, -m.start, m.record.id))
    return ordered if limit is None else ordered[:limit]
