"""Failures no record knows, clustered by message template with drain3, so "connection to
db-7 failed after 3 retries" in 40 logs is one new failure, not 40.

Lines are mined in path order, so the same fleet gives the same clusters whatever order the
workers finished in, and a cluster's id is a digest of its template: `errkb draft ID` finds it
again in a later run of the same fleet.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from errkb.triage.model import LogResult, widen

__all__ = ["MASKS", "Cluster", "ClusteringUnavailable", "cluster_unknown"]

#: (regex, the token drain3 puts in its place): variable parts a template should not split on.
MASKS: tuple[tuple[str, str], ...] = (
    (r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b", "UUID"),
    (r"\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b", "IP"),
    (r"\b0x[0-9a-fA-F]+\b", "HEX"),
    (r"(?<![\w.])[-+]?\d+(?:\.\d+)?(?![\w.])", "NUM"),
)
#: Example lines kept per cluster.
EXAMPLES = 5


class ClusteringUnavailable(RuntimeError):
    """drain3 is not installed (the `triage` extra)."""


@dataclass
class Cluster:
    """Unrecognised failure lines of one template across the fleet."""

    id: str
    template: str
    count: int = 0
    logs: set[str] = field(default_factory=set)
    #: (path, 0-based line, text), the first lines seen in path order.
    examples: list[tuple[str, int, str]] = field(default_factory=list)
    first_seen: datetime | None = None
    last_seen: datetime | None = None

    @property
    def representative(self) -> str:
        return self.examples[0][2] if self.examples else self.template


def _miner() -> object:
    try:
        from drain3 import TemplateMiner  # type: ignore[import-untyped]
        from drain3.masking import MaskingInstruction  # type: ignore[import-untyped]
        from drain3.template_miner_config import (  # type: ignore[import-untyped]
            TemplateMinerConfig,
        )
    except ImportError as exc:
        raise ClusteringUnavailable(
            "clustering unknown failures needs drain3: pip install 'errkb[triage]'"
        ) from exc
    config = TemplateMinerConfig()
    config.profiling_enabled = False
    config.masking_instructions = [MaskingInstruction(regex, name) for regex, name in MASKS]
    config.drain_sim_th = 0.5
    return TemplateMiner(config=config)


def cluster_id(template: str) -> str:
    return "u" + hashlib.blake2b(template.encode("utf-8"), digest_size=4).hexdigest()


def cluster_unknown(results: Iterable[LogResult]) -> list[Cluster]:
    """The unrecognised failure lines of `results`, clustered, biggest cluster first."""
    miner = _miner()
    mined: list[tuple[int, LogResult, int, str, int]] = []
    for result in sorted(results, key=lambda r: r.path):
        for unknown in result.unknown:
            outcome = miner.add_log_message(unknown.text)  # type: ignore[attr-defined]
            mined.append((outcome["cluster_id"], result, unknown.line, unknown.text, unknown.count))
    by_drain_id: dict[int, Cluster] = {}
    drain = miner.drain  # type: ignore[attr-defined]
    for drain_id, result, line, text, count in mined:
        cluster = by_drain_id.get(drain_id)
        if cluster is None:
            template = drain.id_to_cluster[drain_id].get_template()
            cluster = by_drain_id[drain_id] = Cluster(cluster_id(template), template)
        cluster.count += count
        cluster.logs.add(result.path)
        if len(cluster.examples) < EXAMPLES and all(text != e[2] for e in cluster.examples):
            cluster.examples.append((result.path, line, text))
        cluster.first_seen, cluster.last_seen = widen(
            (cluster.first_seen, cluster.last_seen), result.seen
        )
    return sorted(by_drain_id.values(), key=lambda c: (-len(c.logs), -c.count, c.template))
