"""A fleet triage as one self-contained HTML page: a bar chart of the top causes (inline SVG,
no script, no network), then the known and unknown failures as tables. It opens from a CI
artefact store or an e-mail attachment as it is."""

from __future__ import annotations

from html import escape

from errkb.render.triage import (
    KNOWN_COLUMNS,
    UNKNOWN_COLUMNS,
    headline,
    known_rows,
    unknown_rows,
)
from errkb.triage.summary import TriageReport

__all__ = ["CHART_BARS", "triage_html"]

#: Causes drawn in the chart; the tables list them all.
CHART_BARS = 12
_BAR_HEIGHT = 22
_LABEL_WIDTH = 360
_CHART_WIDTH = 900

_STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; color: #1b1f24;
       padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
p.headline { color: #57606a; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 2rem; }
th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid #d0d7de;
         vertical-align: top; }
th { background: #f6f8fa; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td code { font-size: 12px; word-break: break-all; }
svg text { font: 12px system-ui, sans-serif; fill: #1b1f24; }
rect.known { fill: #cf222e; } rect.unknown { fill: #8250df; }
.legend span { display: inline-block; width: .8rem; height: .8rem; margin: 0 .3rem 0 1rem; }
"""


def _chart(report: TriageReport) -> str:
    bars: list[tuple[str, str, int]] = [
        ("known", failure.record_id, len(failure.logs)) for failure in report.known
    ]
    bars += [("unknown", f"{c.id}: {c.representative}", len(c.logs)) for c in report.clusters]
    bars.sort(key=lambda bar: -bar[2])
    bars = bars[:CHART_BARS]
    if not bars:
        return "<p>No failures found.</p>"
    most = max(count for _, _, count in bars)
    room = _CHART_WIDTH - _LABEL_WIDTH - 60
    height = _BAR_HEIGHT * len(bars) + 10
    rows = []
    for index, (kind, label, count) in enumerate(bars):
        y = index * _BAR_HEIGHT + 5
        width = max(2, round(room * count / most))
        short = label if len(label) <= 52 else label[:51] + "…"
        rows.append(
            f'<g class="bar" data-kind="{kind}" data-label="{escape(label)}" '
            f'data-logs="{count}"><title>{escape(label)}: {count} log(s)</title>'
            f'<text x="{_LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end">{escape(short)}</text>'
            f'<rect class="{kind}" x="{_LABEL_WIDTH}" y="{y}" width="{width}" '
            f'height="{_BAR_HEIGHT - 6}" rx="2"></rect>'
            f'<text x="{_LABEL_WIDTH + width + 6}" y="{y + 15}">{count}</text></g>'
        )
    return (
        f'<svg id="top-causes" role="img" aria-label="top causes by number of logs" '
        f'viewBox="0 0 {_CHART_WIDTH} {height}" width="100%">{"".join(rows)}</svg>'
        '<p class="legend"><span style="background:#cf222e"></span>known (a record explains '
        'it)<span style="background:#8250df"></span>unknown (clustered)</p>'
    )


def _table(table_id: str, columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    if not rows:
        return "<p>None.</p>"
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = []
    for row in rows:
        cells = []
        for column, value in zip(columns, row, strict=True):
            if column in ("logs", "share", "occurrences", "lines"):
                cells.append(f'<td class="num">{escape(value)}</td>')
            elif column in ("example", "representative line", "record", "cluster"):
                cells.append(f"<td><code>{escape(value)}</code></td>")
            else:
                cells.append(f"<td>{escape(value)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    rows_html = "".join(body)
    return (
        f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{rows_html}</tbody></table>'
    )


def triage_html(report: TriageReport, *, title: str = "errkb triage") -> str:
    """The report page."""
    note = f"<p>{escape(report.clustering_note)}</p>" if report.clustering_note else ""
    unreadable = ""
    if report.unreadable:
        items = "".join(
            f"<li><code>{escape(r.path)}</code>: {escape(r.error or '')}</li>"
            for r in report.unreadable
        )
        unreadable = f"<h2>Unreadable logs</h2><ul id='unreadable'>{items}</ul>"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{_STYLE}</style></head><body>"
        f'<h1>{escape(title)}</h1><p class="headline">{escape(headline(report))}</p>'
        f"<h2>Top causes</h2>{_chart(report)}"
        f"<h2>Known failures</h2>{_table('known', KNOWN_COLUMNS, known_rows(report))}"
        f"<h2>Unknown failures</h2>{note}"
        f"{_table('unknown', UNKNOWN_COLUMNS, unknown_rows(report))}"
        f"{unreadable}</body></html>\n"
    )
