"""Fleet triage: many logs at once, known failures counted by record, unknown ones clustered.

The stage above the knowledge base: each log is diagnosed (in this process, a process pool or
a Dask cluster, see runner and dask_backend), reduced to a small `LogResult`, and the results
are summarised into a `TriageReport`.
"""

from errkb.triage.clusters import Cluster, ClusteringUnavailable
from errkb.triage.draft import DraftError, DraftSource, draft_record, draft_yaml
from errkb.triage.model import KnownIncident, LogResult, UnknownLine
from errkb.triage.sources import LogSources, expand_sources
from errkb.triage.summary import KnownFailure, TriageReport, summarise
from errkb.triage.worker import KnowledgeBaseSpec, triage_log

__all__ = [
    "Cluster",
    "ClusteringUnavailable",
    "DraftError",
    "DraftSource",
    "KnowledgeBaseSpec",
    "KnownFailure",
    "KnownIncident",
    "LogResult",
    "LogSources",
    "TriageReport",
    "UnknownLine",
    "draft_record",
    "draft_yaml",
    "expand_sources",
    "summarise",
    "triage_log",
]
