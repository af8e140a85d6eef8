"""errkb draft CLUSTER_ID...: a record skeleton for an unknown failure found by `errkb triage`,
its examples the cluster's real lines and its pattern made from the cluster's template; then
`errkb validate DIR` says what is left to write."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from errkb.cli.output import EXIT_OK, EXIT_USAGE, Output, UsageError, error_line
from errkb.triage.draft import DraftError, DraftSource, draft_yaml

__all__ = ["add_parser", "cmd_draft", "write_drafts"]


def _source(cluster: Mapping[str, Any]) -> DraftSource:
    return DraftSource(
        cluster_id=str(cluster["id"]),
        template=str(cluster["template"]),
        examples=tuple(
            (str(e["path"]), int(e["line"]), str(e["text"])) for e in cluster.get("examples", ())
        ),
        logs=int(cluster.get("logs", 0)),
        count=int(cluster.get("count", 0)),
    )


def write_drafts(
    clusters: Iterable[Mapping[str, Any]], out_dir: Path, *, domain: str
) -> list[Path]:
    """Write one skeleton per cluster to ``out_dir/<domain>/<slug>.yaml``; a cluster no pattern
    can be drafted for is said on stderr and skipped. An existing file is never overwritten."""
    written: list[Path] = []
    for cluster in clusters:
        try:
            record_id, text = draft_yaml(_source(cluster), domain=domain)
        except (DraftError, KeyError, TypeError, ValueError) as exc:
            error_line(f"errkb: cluster {cluster.get('id', '?')}: no draft: {exc}")
            continue
        target = out_dir / f"{record_id}.yaml"
        if target.exists():
            error_line(f"errkb: {target} exists; left as it is")
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


def _report(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise UsageError(f"no triage report at {path}: run `errkb triage` first") from exc
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read the triage report {path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("unknown"), list):
        raise UsageError(f"{path} is not an errkb triage report (no 'unknown' list)")
    return data


def cmd_draft(args: argparse.Namespace, out: Output) -> int:
    from errkb.cli.triage import last_report_path

    report_path = Path(args.report) if args.report else last_report_path()
    clusters = {str(c.get("id")): c for c in _report(report_path)["unknown"] if isinstance(c, dict)}
    chosen = []
    for cluster_id in args.cluster_ids:
        if cluster_id not in clusters:
            known = ", ".join(list(clusters)[:5]) or "none"
            error_line(f"errkb: no cluster {cluster_id} in {report_path} (clusters: {known})")
            return EXIT_USAGE
        chosen.append(clusters[cluster_id])
    written = write_drafts(chosen, Path(args.output), domain=args.domain)
    for path in written:
        out.print(f"wrote {path}")
    if written:
        out.print(
            f"next: fill in the TODOs, then `errkb validate --quality {args.output}`", style="dim"
        )
    return EXIT_OK if len(written) == len(chosen) else EXIT_USAGE


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this command to the `errkb` parser."""
    p = sub.add_parser("draft", help="a record skeleton for an unknown cluster found by triage")
    p.add_argument(
        "cluster_ids", nargs="+", metavar="CLUSTER_ID", help="as `errkb triage` lists them"
    )
    p.add_argument(
        "--report", metavar="FILE",
        help="a triage report (`errkb triage --json > FILE`; default: the last triage's)",
    )  # fmt: skip
    p.add_argument(
        "-o", "--output", default="drafts", metavar="DIR", help="where to write (default: drafts)"
    )
    p.add_argument("--domain", default="local", help="the domain of the drafted records")
    p.set_defaults(handler=cmd_draft)
