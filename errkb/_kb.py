"""`KnowledgeBase`: stacked record directories, their index, and the matching API."""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from functools import cached_property
from pathlib import Path
from typing import Any

from ._index import HYPERSCAN_BUDGET, PatternIndex, hyperscan_available, index_patterns
from ._load import (
    LoadError,
    LoadResult,
    Override,
    default_search_path,
    load_directories,
    record_files,
)
from ._match import FuzzyIndex, Match, find_matches, rank
from ._record import Record

__all__ = ["KnowledgeBase", "default_cache_dir"]

_CACHE_FORMAT = "errkb-index-4"


def default_cache_dir() -> Path:
    """Where compiled indexes are cached: ``$ERRKB_CACHE_DIR``, else the user cache directory."""
    explicit = os.environ.get("ERRKB_CACHE_DIR")
    if explicit:
        return Path(explicit)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "errkb"


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
        loaded, index = self._build(cache)
        self.records: dict[str, Record] = loaded.records
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
        for directory in self.directories:
            digest.update(b"\0dir\0" + str(directory.resolve()).encode())
            for record_id, path in record_files(directory):
                digest.update(b"\0" + record_id.encode() + b"\0" + str(path).encode() + b"\0")
                digest.update(path.read_bytes())
        return digest.hexdigest()

    def _build(self, cache: bool) -> tuple[LoadResult, PatternIndex]:
        cache_file: Path | None = None
        if cache:
            try:
                cache_file = self._cache_dir / f"{self._fingerprint()}.pickle"
                with cache_file.open("rb") as handle:
                    loaded, index = pickle.load(handle)
                if isinstance(loaded, LoadResult) and isinstance(index, PatternIndex):
                    return loaded, index
            except (
                OSError,
                pickle.UnpicklingError,
                EOFError,
                AttributeError,
                ValueError,
                TypeError,
            ):
                pass  # no cache yet, or one from another version: rebuild
        loaded = load_directories(self.directories)
        index = self._index(loaded)
        if cache_file is not None:
            self._store(cache_file, (loaded, index))
        return loaded, index

    def _index(self, loaded: LoadResult) -> PatternIndex:
        specs = []
        for record_id, record in loaded.records.items():
            disabled = loaded.disabled_patterns.get(record_id, set())
            specs.append(
                (
                    record_id,
                    [
                        (i, p.regex, p.ignore_case, p.weight)
                        for i, p in enumerate(record.all_patterns)
                        if i not in disabled
                    ],
                )
            )
        return PatternIndex(
            index_patterns(specs),
            use_hyperscan=self._use_hyperscan,
            hyperscan_budget=self._hyperscan_budget,
        )

    @staticmethod
    def _store(cache_file: Path, payload: object) -> None:
        try:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("wb", dir=cache_file.parent, delete=False) as handle:
                pickle.dump(payload, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(handle.name, cache_file)
        except OSError:
            pass  # a read-only cache directory only costs start-up time

    @cached_property
    def _fuzzy_index(self) -> FuzzyIndex:
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
        body = _as_text(text)
        fuzzy_index = self._fuzzy_index if fuzzy else None
        return find_matches(body, self.records, self.index, fuzzy=fuzzy_index, cancel=cancel)

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
            matches = self.scan(body, fuzzy=True)
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
