"""The on-disk index cache: records spilled to a side file as they load and read back lazily, the
cache directory, and the file stats that key it."""

from __future__ import annotations

import contextlib
import mmap
import os
import pickle
import tempfile
from collections.abc import Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import Any

import platformdirs

from errkb.records.model import Record

__all__ = [
    "CACHE_FORMAT",
    "RACY_SECONDS",
    "LazyRecords",
    "RecordInfo",
    "RecordSpill",
    "default_cache_dir",
    "record_file_stats",
    "record_info",
]


CACHE_FORMAT = "errkb-index-23"
#: A record file changed less than this many seconds ago is fingerprinted by its content, not
#: only its size and modification time (which may not move for a rewrite that quick).
RACY_SECONDS = 3.0


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
RecordInfo = tuple[list[tuple[int, str, bool, float]], tuple[str, ...]]


def record_info(record: Record) -> RecordInfo:
    patterns = [
        (i, spec.regex, spec.ignore_case, spec.weight) for i, spec in enumerate(record.all_patterns)
    ]
    return patterns, (record.signature, *record.aliases)


class RecordSpill(MutableMapping[str, Record]):
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
        self.info: dict[str, RecordInfo] = {}

    def __setitem__(self, record_id: str, record: Record) -> None:
        piece = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
        self._handle.write(piece)
        self.spans[record_id] = (self._at, self._at + len(piece))
        self._at += len(piece)
        self.info[record_id] = record_info(record)

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


def record_file_stats(directory: Path) -> list[tuple[str, os.stat_result]]:
    nested = directory / "records"
    root = nested if nested.is_dir() else directory
    found: list[tuple[str, os.stat_result]] = []
    try:
        domains = [entry.path for entry in os.scandir(root) if entry.is_dir()]
    except OSError:
        return found
    for domain in domains:
        try:
            # A broken or looping link is a record file too (the loader reports it): its own
            # stat keeps the cache stamp honest.
            found.extend(
                (e.path, e.stat() if e.is_file() else e.stat(follow_symlinks=False))
                for e in os.scandir(domain)
                if e.is_file() or e.is_symlink()
            )
        except OSError:
            continue
    found.sort()
    return found
