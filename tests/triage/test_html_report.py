"""The HTML report, opened in a real headless Chromium: the chart draws one bar per top cause,
bars as long as their counts, and the page needs nothing from the network."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from errkb.cli.app import main

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="skipped: chromium not installed")
def test_report_renders_its_chart_in_chromium(fleet: Path, tmp_path: Path) -> None:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="skipped: playwright not installed"
    )
    page_file = tmp_path / "report.html"
    assert main(["triage", str(fleet), "-j", "1", "--html", str(page_file)]) == 0
    requests: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page()
        page.on("request", lambda r: requests.append(r.url))
        page.goto(page_file.as_uri())
        bars = page.eval_on_selector_all(
            "#top-causes g.bar",
            """gs => gs.map(g => ({label: g.dataset.label, kind: g.dataset.kind,
                                   logs: Number(g.dataset.logs),
                                   width: g.querySelector('rect').getBoundingClientRect().width}))""",
        )
        known_rows = page.locator("#known tbody tr").count()
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        browser.close()
    assert requests == [page_file.as_uri()]  # self-contained
    assert bars[0]["label"] == "python/module-not-found"
    assert bars[0]["logs"] == 5
    assert any(b["kind"] == "unknown" and "replica sync" in b["label"] for b in bars)
    assert known_rows == 5
    top = bars[0]
    for bar in bars[1:]:
        assert bar["width"] == pytest.approx(top["width"] * bar["logs"] / top["logs"], abs=2)
    assert (tmp_path / "report.png").stat().st_size > 10_000
