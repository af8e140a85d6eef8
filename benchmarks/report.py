"""Markdown tables of the benchmark results (``python -m benchmarks --report results.json``)."""

from __future__ import annotations

from typing import Any

from . import hostile


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.3g} ms" if seconds < 1 else f"{seconds:.3g} s"


def _row(*cells: object) -> str:
    return "| " + " | ".join(str(cell) for cell in cells) + " |"


def _table(*headers: str) -> list[str]:
    return [_row(*headers), _row(*["---"] * len(headers))]


def report(results: dict[str, Any]) -> str:
    out = ["## Machine", ""]
    out += [f"- {k}: {v}" for k, v in results["machine"].items()]
    out += ["", f"Command: `{results['command']}`", ""]
    if results.get("lookups"):
        out += ["## 1. Lookup of a 2 KB snippet (median)", ""]
        out += _table(
            "knowledge base",
            "engine",
            "hit",
            "hit found",
            "miss (fuzzy runs)",
            "naive re.search loop",
            "naive / hit",
        )
        for r in results["lookups"]:
            out.append(
                _row(
                    r["kb"],
                    r["engine"],
                    _ms(r["hit_s"]),
                    f"{r['hit_kind']} ({r['naive_hits']} naive)",
                    _ms(r["miss_s"]),
                    _ms(r["naive_s"]),
                    f"{r['naive_s'] / r['hit_s']:.0f}x",
                )
            )
        out.append("")
    if results.get("scans"):
        out += ["## 2. Scan throughput (end to end, file read included)", ""]
        out += _table(
            "knowledge base",
            "engine",
            "log",
            "MB/s (median)",
            "MB/s (range)",
            "matches (records)",
            "examples inserted",
            "naive loop MB/s (slice)",
            "errkb / naive",
            "agree on slice",
            "peak RSS",
        )
        for r in results["scans"]:
            speed = r["mb"] / r["seconds"]
            naive = r["naive_mb"] / r["naive_seconds"] if r.get("naive_seconds") else None
            out.append(
                _row(
                    r["kb"],
                    r["engine"],
                    f"{r['mb']:.0f} MB",
                    f"{speed:.1f}",
                    "-"
                    if len(r.get("runs", ())) < 2
                    else f"{r['mb'] / max(r['runs']):.0f}–{r['mb'] / min(r['runs']):.0f}",
                    f"{r['matches']} ({r['records']})",
                    r["inserted"],
                    f"{naive:.2f} on {r['naive_mb']:.1f} MB" if naive else "-",
                    f"{speed / naive:.0f}x" if naive else "-",
                    ("yes" if r.get("agree_on_slice") else "NO") if naive else "-",
                    f"{r['scan_peak_mb']:.0f} MB" if r.get("scan_peak_mb") else "-",
                )
            )
        out.append("")
    if results.get("tools"):
        out += ["### Native tools on the same patterns", ""]
        out += _table(
            "knowledge base",
            "tool",
            "patterns valid for it",
            "log",
            "MB/s",
            "matching lines",
            "errkb (hyperscan, 100 MB) / tool",
        )
        for kb_name, rows in results["tools"].items():
            ours = next(
                (
                    r["mb"] / r["seconds"]
                    for r in results.get("scans", [])
                    if r["kb"] == kb_name and r["engine"] == "hyperscan"
                ),
                None,
            )
            for r in rows:
                ratio = f"{ours / r['mb_s']:.1f}x" if ours and r.get("mb_s") else "-"
                if "error" not in r:
                    speed = f"{r['mb_s']:.1f}"
                elif "mb_s" in r:
                    speed = f"< {r['mb_s']:.1f} ({r['error']})"
                else:
                    speed = r["error"]
                out.append(
                    _row(
                        kb_name,
                        r["tool"],
                        r.get("patterns", "-"),
                        f"{results['tool_mb']:g} MB",
                        speed,
                        r.get("matching_lines", "-"),
                        ratio,
                    )
                )
        out.append("")
    if results.get("cold"):
        c = results["cold"]
        out += ["## 3. Cold start (median, cache warm)", ""]
        out += _table("errkb modules", "python -c pass", 'errkb lookup "..."', "difference")
        for label, key in (
            ("compiled (as installed)", "errkb_s"),
            ("source only", "errkb_source_s"),
        ):
            if key in c:
                seconds = c[key]
                out.append(
                    _row(label, _ms(c["python_s"]), _ms(seconds), _ms(seconds - c["python_s"]))
                )
        out.append("")
    if results.get("builds"):
        out += ["## 4. Index build and memory", ""]
        out += _table(
            "knowledge base",
            "engine",
            "records",
            "patterns (in hyperscan)",
            "from scratch",
            "from cache",
            "scratch / cache",
            "peak RSS scratch",
            "peak RSS cached",
        )
        for r in results["builds"]:
            out.append(
                _row(
                    r["kb"],
                    r["engine"],
                    r["records"],
                    f"{r['patterns']} ({r['hs_patterns']})",
                    _ms(r["build_s"]),
                    _ms(r["cached_s"]),
                    f"{r['build_s'] / r['cached_s']:.0f}x",
                    f"{r['peak_mb']:.0f} MB",
                    f"{r['cached_peak_mb']:.0f} MB",
                )
            )
        out.append("")
    if results.get("lsp"):
        r = results["lsp"]
        out += ["## 5. Language server (stdio)", ""]
        if "error" in r:
            out += [f"Not measured: {r['error']}", ""]
        else:
            out += _table(
                "log", "didOpen -> diagnostics", "one-line edit -> diagnostics", "diagnostics"
            )
            out += [
                _row(
                    f"{r['mb']:.0f} MB",
                    _ms(r["open_s"]),
                    _ms(r["edit_s"]),
                    f"{r['diagnostics']} -> {r['diagnostics_after_edit']}",
                ),
                "",
            ]
    if results.get("hostile"):
        out += hostile.report(results["hostile"])
    return "\n".join(out)
