"""KnowledgeBase: stacked record directories, their index (built or read from the cache), and the
matching API every front end calls."""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
import time
from array import array
from collections.abc import Callable, Iterable, Mapping
from functools import cached_property
from pathlib import Path
from typing import Any

from errkb.engine.fuzzy import FuzzyIndex, find_fuzzy_matches
from errkb.engine.hyperscan import hyperscan_available
from errkb.engine.index import HYPERSCAN_BUDGET, PatternIndex, index_patterns
from errkb.engine.match import Match
from errkb.engine.scan import find_matches, find_matches_utf8, rank
from errkb.kb.cache import (
    CACHE_FORMAT,
    RACY_SECONDS,
    LazyRecords,
    RecordInfo,
    RecordSpill,
    default_cache_dir,
    record_file_stats,
    record_info,
)
from errkb.records.load import (
    LoadError,
    LoadResult,
    Override,
    bundled_data_dir,
    default_search_path,
    load_directories,
)
from errkb.records.model import Record

__all__ = ["KnowledgeBase"]


def _as_text(text: str | bytes) -> str:
    if isinstance(text, bytes):
        return text.decode("utf-8", "replace")
    return text


class KnowledgeBase:
    """Records from stacked directories, indexed for matching.

    ``KnowledgeBase()`` holds the bundled records; ``paths`` adds directories after them, a
    later one overriding an id. ``KnowledgeBase.from_environment()`` adds the user's and the
    project's directories as the command line does.

    >>> kb = KnowledgeBase()
    >>> kb.lookup("ModuleNotFoundError: No module named 'cv2'").record.id
    'python/module-not-found'
    """

    def __init__(
        self,
        paths: Iterable[str | os.PathLike[str]] = (),
        *,
        include_bundled: bool = True,
        fuzzy: bool = True,
        use_hyperscan: bool | None = None,
        cache: bool | None = None,
        cache_dir: str | os.PathLike[str] | None = None,
        hyperscan_budget: float | None = None,
    ) -> None:

        directories = [bundled_data_dir()] if include_bundled else []
        directories.extend(Path(p) for p in paths)
        self.directories: list[Path] = directories
        self.fuzzy = fuzzy
        self._use_hyperscan = use_hyperscan
        self._hyperscan_budget = HYPERSCAN_BUDGET if hyperscan_budget is None else hyperscan_budget
        if cache is None:
            cache = os.environ.get("ERRKB_NO_CACHE", "") not in ("1", "true", "yes")
        self._cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        loaded, index, fuzzy_blob = self._build(cache)
        self._fuzzy_blob = fuzzy_blob
        self.records: Mapping[str, Record] = loaded.records
        self.sources: dict[str, str] = loaded.sources
        self.errors: list[LoadError] = loaded.errors
        self.overrides: list[Override] = loaded.overrides
        self.disabled_patterns: dict[str, set[int]] = loaded.disabled_patterns
        self.index: PatternIndex = index

    @classmethod
    def from_environment(
        cls,
        extra_paths: Iterable[str | os.PathLike[str]] = (),
        *,
        include_bundled: bool = True,
        cwd: str | os.PathLike[str] | None = None,
        **options: Any,
    ) -> KnowledgeBase:
        """The bundled records, ``~/.config/errkb``, ``$ERRKB_PATH``, the project's ``.errkb/``
        (the nearest one above `cwd`, default the working directory), then `extra_paths`
        (``ERRKB_NO_BUNDLED=1`` leaves the bundled records out)."""
        start = Path(cwd) if cwd is not None else None
        directories = default_search_path(include_bundled=include_bundled, cwd=start)
        directories.extend(Path(p) for p in extra_paths)
        return cls(directories, include_bundled=False, **options)

    # --- building ---------------------------------------------------------------------------

    def _fingerprint(self) -> str:
        digest = hashlib.blake2b(digest_size=20)
        digest.update(CACHE_FORMAT.encode())
        digest.update(sys.version.encode())
        wants_hs = hyperscan_available() if self._use_hyperscan is None else self._use_hyperscan
        digest.update(b"hs" if wants_hs else b"re")
        now = time.time()
        for directory in self.directories:
            digest.update(b"\0dir\0" + str(directory.resolve()).encode())
            # Every file one folder deep (where records live), by path, size and modification
            # time: a stat per file, not a read, so a 10k-record cache is found in milliseconds.
            files = record_file_stats(directory)
            digest.update("\0".join(path for path, _stat in files).encode())
            # Numbers packed, not formatted: formatting 20k of them took a tenth of the load.
            stamps = array("q", [n for _path, st in files for n in (st.st_size, st.st_mtime_ns)])
            digest.update(stamps.tobytes())
            for path, stat in files:
                if now - stat.st_mtime < RACY_SECONDS:
                    with open(path, "rb") as handle:
                        digest.update(handle.read())
        return digest.hexdigest()

    def _build(self, cache: bool) -> tuple[LoadResult, PatternIndex, bytes | None]:
        cache_file: Path | None = None
        if cache:
            try:
                cache_file = self._cache_dir / f"{self._fingerprint()}.pickle"
                with cache_file.open("rb") as handle:
                    loaded, index, fuzzy_blob = pickle.load(handle)
                if (
                    isinstance(loaded, LoadResult)
                    and isinstance(index, PatternIndex)
                    and cache_file.with_suffix(".records").is_file()
                ):
                    return loaded, index, fuzzy_blob
            except Exception:
                # A cache is only a shortcut: missing, truncated, from another errkb version or
                # written by a crashed process, whatever it raises, the answer is to rebuild.
                pass
        spill = None
        if cache_file is not None:
            # A cache directory that cannot be written: build in memory, store nothing.
            with contextlib.suppress(OSError):
                spill = RecordSpill(cache_file.parent)
        if spill is None:
            loaded = load_directories(self.directories)
            info = {record_id: record_info(r) for record_id, r in loaded.records.items()}
            loaded.records = LazyRecords(loaded.records)
            return loaded, self._index(loaded, info), None
        assert cache_file is not None
        try:
            loaded = load_directories(self.directories, records=spill)
            loaded.records = spill.finish(cache_file.with_suffix(".records"))
        except BaseException:
            spill.discard()
            raise
        index = self._index(loaded, spill.info)
        fuzzy = FuzzyIndex(phrases=((rid, spill.info[rid][1]) for rid in loaded.records))
        self.__dict__["_fuzzy_index"] = fuzzy
        fuzzy_blob = pickle.dumps(fuzzy, protocol=pickle.HIGHEST_PROTOCOL)
        self._store(cache_file, (loaded, index, fuzzy_blob))
        return loaded, index, fuzzy_blob

    def _index(self, loaded: LoadResult, info: Mapping[str, RecordInfo]) -> PatternIndex:
        specs = []
        for record_id in loaded.records:
            disabled = loaded.disabled_patterns.get(record_id, set())
            patterns = info[record_id][0]
            specs.append((record_id, [p for p in patterns if p[0] not in disabled]))
        return PatternIndex(
            index_patterns(specs),
            use_hyperscan=self._use_hyperscan,
            hyperscan_budget=self._hyperscan_budget,
        )

    @staticmethod
    def _store(cache_file: Path, payload: tuple[LoadResult, PatternIndex, bytes]) -> None:
        try:
            # The records are already in the side file (`RecordSpill`).
            with tempfile.NamedTemporaryFile("wb", dir=cache_file.parent, delete=False) as handle:
                pickle.dump(payload, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(handle.name, cache_file)
        except OSError:
            pass  # a read-only cache directory only costs start-up time

    @cached_property
    def _fuzzy_index(self) -> FuzzyIndex:
        if self._fuzzy_blob is not None:
            cached = pickle.loads(self._fuzzy_blob)
            if isinstance(cached, FuzzyIndex):
                return cached
        return FuzzyIndex(self.records.values())

    # --- querying -----------------------------------------------------------------------------

    def get(self, record_id: str) -> Record | None:
        """The record with this id, or None."""
        return self.records.get(record_id)

    def scan(
        self,
        text: str | bytes,
        *,
        fuzzy: bool | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> list[Match]:
        """Every recognised occurrence in `text`, in order, with line and column.

        Fuzzy matching is off unless asked for: a scan reports what patterns prove.
        `cancel` is polled between patterns; when it returns true the scan raises
        `errkb.ScanCancelled`.
        """
        if isinstance(text, bytes):
            if not fuzzy:
                try:
                    # A big input is checked for UTF-8 and scanned as it is, never decoded
                    # whole; offsets are in the decoded text all the same.
                    return find_matches_utf8(text, self.records, self.index, cancel=cancel)
                except UnicodeDecodeError:
                    pass
            try:
                body, data = text.decode("utf-8"), text
            except UnicodeDecodeError:
                body, data = text.decode("utf-8", "replace"), None
        else:
            body, data = text, None
        fuzzy_index = self._fuzzy_index if fuzzy else None
        return find_matches(
            body, self.records, self.index, fuzzy=fuzzy_index, cancel=cancel, data=data
        )

    def search(
        self, text: str | bytes, *, limit: int = 5, fuzzy: bool | None = None
    ) -> list[Match]:
        """The best match of each record found in `text`, best first, at most `limit`.

        When no pattern matches, error-looking lines are compared with the records' signatures
        (fuzzy matches score below every regex match); ``fuzzy=False`` turns that off.
        """
        body = _as_text(text)
        matches = self.scan(body, fuzzy=False)
        use_fuzzy = self.fuzzy if fuzzy is None else fuzzy
        if not matches and use_fuzzy:
            # No pattern matched, so nothing is covered: only the fuzzy pass is left to run.
            matches = find_fuzzy_matches(body, self.records, self._fuzzy_index)
        return rank(matches, limit=limit)

    def lookup(self, text: str | bytes, *, fuzzy: bool | None = None) -> Match | None:
        """The best match in `text`, or None."""
        found = self.search(text, limit=1, fuzzy=fuzzy)
        return found[0] if found else None

    def naive_scan(self, text: str | bytes) -> list[Match]:
        """Reference implementation: every enabled pattern over the whole text, no prefilter.

        Tests compare the indexed engine with this; benchmarks use it as the baseline.
        """
        return find_matches(_as_text(text), self.records, _AllCandidates(self.index))

    def __len__(self) -> int:
        return len(self.records)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self.records

    def __repr__(self) -> str:
        return (
            f"<KnowledgeBase {len(self.records)} records from {len(self.directories)} directories>"
        )


class _AllCandidates(PatternIndex):
    """An 'index' that proposes every pattern: the naive loop the real index must agree with."""

    def __init__(self, index: PatternIndex):  # the real index is not rebuilt, only borrowed
        self.patterns = index.patterns
        self.always = [p.pid for p in index.patterns]

    windowed = False

    def candidates(self, text: str) -> list[int]:
        return self.always
