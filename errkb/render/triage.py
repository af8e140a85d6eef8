"""A fleet triage as JSON-ready data and as table rows (the CLI draws them with rich on a
terminal, as aligned text otherwise; the HTML report uses the same rows)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from errkb.triage.clusters import Cluster
from errkb.triage.summary import KnownFailure, TriageReport

__all__ = [
    "KNOWN_COLUMNS",
    "UNKNOWN_COLUMNS",
    "headline",
    "known_rows",
    "stamp",
    "triage_to_dict",
    "unknown_rows",
]

KNOWN_COLUMNS = ("record", "logs", "share", "occurrences", "first seen", "last seen", "example")
UNKNOWN_COLUMNS = ("cluster", "logs", "share", "lines", "representative line")


def stamp(moment: datetime | None) -> str:
    """A time to the minute, UTC: enough to say since when a failure happens."""
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "-"


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def headline(report: TriageReport) -> str:
    read = len(report.read)
    text = (
        f"{len(report.logs)} log(s), {report.total_bytes / 1e6:.1f} MB in {report.elapsed:.1f} s"
        f" ({report.backend}, {report.workers} worker(s)): "
        f"{report.logs_with_known} with known failures, "
        f"{report.logs_with_unknown_only} with only unknown ones, "
        f"{read - report.logs_with_known - report.logs_with_unknown_only} with neither"
    )
    if report.unreadable:
        text += f", {len(report.unreadable)} unreadable"
    return text


def _share(report: TriageReport, count: int) -> str:
    return f"{report.share(count):.0%}"


def known_rows(report: TriageReport) -> list[tuple[str, ...]]:
    return [
        (
            failure.record_id + (" (consequence only)" if failure.consequence else ""),
            str(len(failure.logs)),
            _share(report, len(failure.logs)),
            str(failure.occurrences),
            stamp(failure.first_seen),
            stamp(failure.last_seen),
            failure.examples[0] if failure.examples else "-",
        )
        for failure in report.known
    ]


def unknown_rows(report: TriageReport) -> list[tuple[str, ...]]:
    return [
        (
            cluster.id,
            str(len(cluster.logs)),
            _share(report, len(cluster.logs)),
            str(cluster.count),
            cluster.representative,
        )
        for cluster in report.clusters
    ]


def _known_dict(report: TriageReport, failure: KnownFailure) -> dict[str, Any]:
    return {
        "id": failure.record_id,
        "title": failure.title,
        "consequence_only": failure.consequence,
        "logs": len(failure.logs),
        "share": round(report.share(len(failure.logs)), 4),
        "occurrences": failure.occurrences,
        "first_seen": _iso(failure.first_seen),
        "last_seen": _iso(failure.last_seen),
        "examples": failure.examples,
    }


def _cluster_dict(report: TriageReport, cluster: Cluster) -> dict[str, Any]:
    return {
        "id": cluster.id,
        "template": cluster.template,
        "representative": cluster.representative,
        "logs": len(cluster.logs),
        "share": round(report.share(len(cluster.logs)), 4),
        "count": cluster.count,
        "first_seen": _iso(cluster.first_seen),
        "last_seen": _iso(cluster.last_seen),
        "examples": [
            {"path": path, "line": line, "text": text} for path, line, text in cluster.examples
        ],
    }


def triage_to_dict(report: TriageReport) -> dict[str, Any]:
    """The whole report; lines 0-based, times ISO 8601. `errkb draft` reads it back."""
    return {
        "logs": len(report.logs),
        "bytes": report.total_bytes,
        "elapsed_s": round(report.elapsed, 3),
        "backend": report.backend,
        "workers": report.workers,
        "logs_with_known": report.logs_with_known,
        "logs_with_unknown_only": report.logs_with_unknown_only,
        "known": [_known_dict(report, failure) for failure in report.known],
        "unknown": [_cluster_dict(report, cluster) for cluster in report.clusters],
        "clustering_note": report.clustering_note,
        "unreadable": [{"path": r.path, "error": r.error} for r in report.unreadable],
        "files": [
            {
                "path": result.path,
                "size": result.size,
                "seen": _iso(result.seen),
                "seen_from": result.seen_from,
                "incidents": [
                    {
                        "id": incident.record_id,
                        "title": incident.title,
                        "line": incident.line,
                        "repeats": incident.repeats,
                        "consequence": incident.consequence,
                    }
                    for incident in result.incidents
                ],
                "unknown_lines": sum(u.count for u in result.unknown) + result.unknown_dropped,
            }
            for result in report.read
        ],
    }
