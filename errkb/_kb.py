"""`KnowledgeBase`: stacked record directories, their index, and the matching API."""

from __future__ import annotations

import contextlib
import hashlib
import mmap
import os
import pickle
import sys
import tempfile
import time
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from functools import cached_property
from pathlib import Path
from typing import Any

import platformdirs

from ._index import HYPERSCAN_BUDGET, PatternIndex, hyperscan_available, index_patterns
from ._load import (
    LoadError,
    LoadResult,
    Override,
    default_search_path,
    load_directories,
)
from ._match import (
    FuzzyIndex,
    Match,
    find_fuzzy_matches,
    find_matches,
    find_matches_utf8,
    rank,
)
from ._record import Record

__all__ = ["KnowledgeBase", "default_cache_dir"]

_CACHE_FORMAT = "errkb-index-19"
#: A record file changed less than this many seconds ago is fingerprinted by its content, not
#: only its size and modification time (which may not move for a rewrite that quick).
_RACY_SECONDS = 3.0


class LazyRecords(Mapping[str, Record]):
    """Records by id; from the cache each record is unpickled the first time it is used.

    A scan touches only the records it matched, so loading 10k records from the cache need
    not build 10k pydantic models. In the cache the pickled records live in a file beside the
    index, mapped into memory and cut out on demand.
    """

    def __init__(self, records: Mapping[str, Record]) -> None:
        self._loaded: dict[str, Record] = dict(records)
        self._order: list[str] = list(records)
        self._spans: dict[str, tuple[int, int]] = {}
        self._data: bytes | mmap.mmap | None = None
        self._data_path: str | None = None

    @classmethod
    def from_file(cls, spans: dict[str, tuple[int, int]], path: str) -> LazyRecords:
        """Records pickled in the file at `path`, each at its [start, end) span."""
        records = cls({})
        records._order = list(spans)
        records._spans = spans
        records._data_path = path
        return records

    def _blob(self, record_id: str) -> bytes:
        start, end = self._spans[record_id]
        if self._data is None:
            assert self._data_path is not None
            with open(self._data_path, "rb") as handle:
                self._data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        return bytes(self._data[start:end])

    def __getitem__(self, record_id: str) -> Record:
        record = self._loaded.get(record_id)
        if record is None:
            if record_id not in self._spans:
                raise KeyError(record_id)
            record = pickle.loads(self._blob(record_id))
            self._loaded[record_id] = record
        return record

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._loaded or record_id in self._spans

    def __getstate__(self) -> dict[str, Any]:
        if self._data_path is None:
            return {"records": {record_id: self[record_id] for record_id in self._order}}
        return {"spans": self._spans, "path": self._data_path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        if "records" in state:
            self.__init__(state["records"])  # type: ignore[misc]
            return
        self.__init__({})  # type: ignore[misc]
        self._spans = state["spans"]
        self._order = list(self._spans)
        self._data_path = state["path"]

    def __repr__(self) -> str:
        return f"<LazyRecords {len(self)} records>"


#: What the index and the fuzzy index need of a record: its usable patterns as (index, regex,
#: ignore_case, weight), and its signature and aliases.
_RecordInfo = tuple[list[tuple[int, str, bool, float]], tuple[str, ...]]


def _record_info(record: Record) -> _RecordInfo:
    patterns = [
        (i, spec.regex, spec.ignore_case, spec.weight) for i, spec in enumerate(record.all_patterns)
    ]
    return patterns, (record.signature, *record.aliases)


class _RecordSpill(MutableMapping[str, Record]):
    """Receives records as they load and writes each, pickled, to a file at once, keeping only
    what the index needs: building a 10k-record knowledge base then never holds every
    pydantic record at the same time. A record loaded again (a later directory overriding
    its id) is written again; its first copy stays in the file, unused."""

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        # Open across calls, closed by `finish` or `discard`.
        self._handle = tempfile.NamedTemporaryFile("wb", dir=directory, delete=False)  # noqa: SIM115
        self._at = 0
        self.spans: dict[str, tuple[int, int]] = {}
        self.info: dict[str, _RecordInfo] = {}

    def __setitem__(self, record_id: str, record: Record) -> None:
        piece = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
        self._handle.write(piece)
        self.spans[record_id] = (self._at, self._at + len(piece))
        self._at += len(piece)
        self.info[record_id] = _record_info(record)

    def __getitem__(self, record_id: str) -> Record:
        start, end = self.spans[record_id]
        self._handle.flush()
        with open(self._handle.name, "rb") as handle:
            handle.seek(start)
            record: Record = pickle.loads(handle.read(end - start))
        return record

    def __delitem__(self, record_id: str) -> None:
        del self.spans[record_id]
        del self.info[record_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)

    def finish(self, path: Path) -> LazyRecords:
        """Move the file to `path` and give the records it holds."""
        self._handle.close()
        os.replace(self._handle.name, path)
        return LazyRecords.from_file(dict(self.spans), str(path))

    def discard(self) -> None:
        self._handle.close()
        with contextlib.suppress(OSError):
            os.unlink(self._handle.name)


def default_cache_dir() -> Path:
    """Where compiled indexes are cached: ``$ERRKB_CACHE_DIR``, else the user cache directory."""
    explicit = os.environ.get("ERRKB_CACHE_DIR")
    if explicit:
        return Path(explicit)
    return Path(platformdirs.user_cache_dir("errkb", appauthor=False))


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
        from ._load import bundled_data_dir

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
        digest.update(_CACHE_FORMAT.encode())
        digest.update(sys.version.encode())
        wants_hs = hyperscan_available() if self._use_hyperscan is None else self._use_hyperscan
        digest.update(b"hs" if wants_hs else b"re")
        now = time.time()
        for directory in self.directories:
            digest.update(b"\0dir\0" + str(directory.resolve()).encode())
            # Every file one folder deep (where records live), by path, size and modification
            # time: a stat per file, not a read, so a 10k-record cache is found in milliseconds.
            files = _record_file_stats(directory)
            digest.update("\0".join(path for path, _stat in files).encode())
            # Numbers packed, not formatted: formatting 20k of them took a tenth of the load.
            stamps = array("q", [n for _path, st in files for n in (st.st_size, st.st_mtime_ns)])
            digest.update(stamps.tobytes())
            for path, stat in files:
                if now - stat.st_mtime < _RACY_SECONDS:
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
                spill = _RecordSpill(cache_file.parent)
        if spill is None:
            loaded = load_directories(self.directories)
            info = {record_id: _record_info(r) for record_id, r in loaded.records.items()}
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

    def _index(self, loaded: LoadResult, info: Mapping[str, _RecordInfo]) -> PatternIndex:
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
            # The records are already in the side file (`_RecordSpill`).
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


def _record_file_stats(directory: Path) -> list[tuple[str, os.stat_result]]:
    nested = directory / "records"
    root = nested if nested.is_dir() else directory
    found: list[tuple[str, os.stat_result]] = []
    try:
        domains = [entry.path for entry in os.scandir(root) if entry.is_dir()]
    except OSError:
        return found
    for domain in domains:
        try:
            found.extend((e.path, e.stat()) for e in os.scandir(domain) if e.is_file())
        except OSError:
            continue
    found.sort()
    return found


class _AllCandidates(PatternIndex):
    """An 'index' that proposes every pattern: the naive loop the real index must agree with."""

    def __init__(self, index: PatternIndex):  # the real index is not rebuilt, only borrowed
        self.patterns = index.patterns
        self.always = [p.pid for p in index.patterns]

    windowed = False

    def candidates(self, text: str) -> list[int]:
        return self.always
