"""The fleet's answer: known failures by record (how many logs, since when, where to look),
and unknown failures by cluster."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from errkb.triage.clusters import Cluster, ClusteringUnavailable, cluster_unknown
from errkb.triage.model import LogResult, widen

__all__ = ["EXAMPLE_FILES", "KnownFailure", "TriageReport", "summarise"]

#: Example logs named per known failure.
EXAMPLE_FILES = 3


@dataclass
class KnownFailure:
    """One record across the fleet."""

    record_id: str
    title: str
    consequence: bool
    logs: set[str] = field(default_factory=set)
    #: Occurrences, repeats included.
    occurrences: int = 0
    first_seen: datetime | None = None
    last_seen: datetime | None = None

    @property
    def examples(self) -> list[str]:
        return sorted(self.logs)[:EXAMPLE_FILES]


@dataclass
class TriageReport:
    logs: list[LogResult]
    known: list[KnownFailure]
    clusters: list[Cluster]
    #: Why unknown failures were not clustered (drain3 missing), else None.
    clustering_note: str | None = None
    elapsed: float = 0.0
    backend: str = "local"
    workers: int = 1

    @cached_property
    def read(self) -> list[LogResult]:
        # Cached: every share of every table row divides by it.
        return [r for r in self.logs if not r.failed_to_read]

    @property
    def unreadable(self) -> list[LogResult]:
        return [r for r in self.logs if r.failed_to_read]

    @property
    def total_bytes(self) -> int:
        return sum(r.size for r in self.logs)

    def share(self, count: int) -> float:
        """`count` logs as a share of the logs that could be read."""
        return count / len(self.read) if self.read else 0.0

    @property
    def logs_with_known(self) -> int:
        return sum(1 for r in self.read if any(not i.consequence for i in r.incidents))

    @property
    def logs_with_unknown_only(self) -> int:
        return sum(1 for r in self.read if r.unknown and all(i.consequence for i in r.incidents))


def summarise(results: Iterable[LogResult], *, cluster: bool = True) -> TriageReport:
    """Count known failures by record and cluster the unknown ones."""
    logs = sorted(results, key=lambda r: r.path)
    known: dict[str, KnownFailure] = {}
    for result in logs:
        for incident in result.incidents:
            failure = known.get(incident.record_id)
            if failure is None:
                failure = known[incident.record_id] = KnownFailure(
                    incident.record_id, incident.title, incident.consequence
                )
            failure.logs.add(result.path)
            failure.occurrences += incident.repeats
            failure.first_seen, failure.last_seen = widen(
                (failure.first_seen, failure.last_seen), result.seen
            )
    ranked = sorted(
        known.values(), key=lambda f: (f.consequence, -len(f.logs), -f.occurrences, f.record_id)
    )
    clusters: list[Cluster] = []
    note = None
    if cluster:
        try:
            clusters = cluster_unknown(logs)
        except ClusteringUnavailable as exc:
            note = str(exc)
    return TriageReport(logs, ranked, clusters, clustering_note=note)
