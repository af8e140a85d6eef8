"""`search_records`: find records by what they are about, not by error text.

A record's words are those of its id, signature, aliases, tags and summary. A query scores the
share of its words that a record has (each word matched exactly or, when it is long enough,
fuzzily with rapidfuzz), 0-100; ties go to the record whose id the query covers best.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

import errkb

__all__ = ["FIELDS", "RecordSearch", "SearchMatch"]

Field = Literal["id", "signature", "alias", "tag", "summary"]
#: Fields in the order a tie is broken: a word in the id says more than one in the summary.
FIELDS: tuple[Field, ...] = ("id", "signature", "alias", "tag", "summary")
_PRIORITY = {name: rank for rank, name in enumerate(FIELDS)}

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    {"a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of"}
    | {"on", "or", "the", "this", "that", "to", "was", "with"}
)
#: Words this long or longer may match a record's word fuzzily (typos, plural forms).
_FUZZY_WORD_MIN = 5
_FUZZY_WORD_CUTOFF = 85.0


def words(text: str) -> list[str]:
    """The lower-case words of `text`, without stop words."""
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP]


@dataclass(frozen=True)
class SearchMatch:
    """One record found by a query."""

    record_id: str
    score: float
    field: Field


class RecordSearch:
    """An inverted index of the records' words, by field."""

    def __init__(self, records: Mapping[str, errkb.Record]) -> None:
        # word -> record id -> best (lowest) field rank in which the record has the word
        self._postings: dict[str, dict[str, int]] = {}
        self._id_words: dict[str, int] = {}
        for record_id, record in records.items():
            texts: list[tuple[Field, Iterable[str]]] = [
                ("id", [record_id]),
                ("signature", [record.signature]),
                ("alias", record.aliases),
                ("tag", record.tags),
                ("summary", [record.short_cause]),
            ]
            for name, values in texts:
                for value in values:
                    for word in words(value):
                        held = self._postings.setdefault(word, {})
                        rank = _PRIORITY[name]
                        if held.get(record_id, rank + 1) > rank:
                            held[record_id] = rank
            self._id_words[record_id] = max(1, len(set(words(record_id))))
        self._vocabulary = list(self._postings)

    def _similar(self, word: str) -> list[tuple[str, float]]:
        found = [(word, 1.0)] if word in self._postings else []
        if len(word) < _FUZZY_WORD_MIN:
            return found
        from rapidfuzz import fuzz, process

        for other, similarity, _index in process.extract(
            word,
            self._vocabulary,
            scorer=fuzz.ratio,
            score_cutoff=_FUZZY_WORD_CUTOFF,
            limit=None,
        ):
            if other != word:
                found.append((other, similarity / 100.0))
        return found

    def search(self, query: str) -> list[SearchMatch]:
        """Every record that has at least one word of `query`, best first."""
        wanted = list(dict.fromkeys(words(query)))
        if not wanted:
            return []
        exact = query.strip().lower()
        # record id -> per query word: (weight, field rank)
        hits: dict[str, dict[str, tuple[float, int]]] = {}
        for word in wanted:
            for other, weight in self._similar(word):
                for record_id, rank in self._postings[other].items():
                    per_word = hits.setdefault(record_id, {})
                    current = per_word.get(word)
                    if current is None or (weight, -rank) > (current[0], -current[1]):
                        per_word[word] = (weight, rank)
        results: list[tuple[float, float, int, str]] = []
        for record_id, per_word in hits.items():
            score = 100.0 * sum(weight for weight, _rank in per_word.values()) / len(wanted)
            if record_id == exact:
                score = 100.0
            ranks = [rank for _weight, rank in per_word.values()]
            best_rank = min(ranks)
            in_id = sum(1 for rank in ranks if rank == 0) / self._id_words[record_id]
            results.append((round(score, 1), in_id, best_rank, record_id))
        results.sort(key=lambda r: (-r[0], r[3] != exact, -r[1], r[2], r[3]))
        return [
            SearchMatch(record_id, score, FIELDS[rank])
            for score, _in_id, rank, record_id in results
        ]
