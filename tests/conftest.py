"""Shared fixtures (knowledge bases built from test data, a private index cache), the marking
of slow tests, and the end-of-run summary of what was skipped and why."""

from __future__ import annotations

import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

import errkb

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
DATA = TESTS / "data"
SHARED = REPO.parent / "shared"


def pytest_configure(config: pytest.Config) -> None:
    # Tests never write into the user's cache, and never see the user's own records.
    os.environ.setdefault("ERRKB_CACHE_DIR", tempfile.mkdtemp(prefix="errkb-test-cache-"))
    os.environ.pop("ERRKB_PATH", None)
    os.environ.pop("ERRKB_NO_BUNDLED", None)


# Tests that take more than a few seconds (measured with `pytest --durations=60` on 2 shared
# cores), marked here so their files need not change: `make test-fast` (-m "not slow") leaves
# them out, `make test` and CI run them. Node ids, or prefixes ending in "[" for every case of a
# parametrized test. Tests can also carry @pytest.mark.slow themselves.
SLOW = (
    "tests/test_match.py::test_hostile_input_never_crashes[4MB-line-of-hits]",  # ~235 s
    "tests/test_import.py::test_whole_deadends_corpus_imports_or_is_rejected",  # ~19 s
    "tests/test_match.py::test_index_agrees_with_naive_loop_on_every_example[",  # ~13-18 s
    "tests/test_fast_paths.py::test_hyperscan_databases_are_chunked_and_budgeted",  # ~14 s
    "tests/test_cli_startup.py::test_lookup_scan_and_explain_to_a_pipe_import_nothing_avoided",
    "tests/test_cli_output.py::test_commands_print_the_same_text_with_and_without_rich[",
    "tests/lsp/test_incremental.py::test_chunked_store_rescans_like_a_full_scan",  # ~7 s
    "tests/test_match.py::test_index_agrees_with_naive_loop_on_generated_text[",  # ~1-4 s
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        node = item.nodeid
        if any(node == slow or (slow.endswith("[") and node.startswith(slow)) for slow in SLOW):
            item.add_marker(pytest.mark.slow)


def _skip_reason(report: pytest.TestReport) -> str:
    longrepr = report.longrepr
    reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
    return re.sub(r"^Skipped: ", "", reason)


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_terminal_summary(
    terminalreporter: Any, exitstatus: int, config: pytest.Config
) -> Generator[None, None, None]:
    """Say at the very end (after -ra's list) what was not run, grouped by reason."""
    yield
    skipped = [r for r in terminalreporter.stats.get("skipped", ()) if r.when in ("setup", "call")]
    deselected = len(terminalreporter.stats.get("deselected", ()))
    if not skipped and not deselected:
        return
    reasons: dict[str, list[str]] = defaultdict(list)
    for report in skipped:
        reasons[_skip_reason(report)].append(report.nodeid)
    terminalreporter.section("what did not run, and why")
    for reason, nodes in sorted(reasons.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        terminalreporter.write_line(f"{len(nodes):4} skipped: {reason}")
        shown = ", ".join(node.split("::", 1)[-1] for node in nodes[:3])
        terminalreporter.write_line(f"       e.g. {shown}{', ...' if len(nodes) > 3 else ''}")
    if deselected:
        marker = config.getoption("markexpr", "")
        keyword = config.getoption("keyword", "")
        chosen = f"-m {marker!r}" if marker else f"-k {keyword!r}" if keyword else "--deselect"
        terminalreporter.write_line(
            f"{deselected:4} deselected by {chosen}: `make test` runs everything (CI does)"
        )
    if skipped:
        terminalreporter.write_line(
            "     Skipped tests need a tool or a checkout this machine lacks; .ci/run installs "
            "them all."
        )


@pytest.fixture(scope="session")
def demo_kb() -> errkb.KnowledgeBase:
    """A small knowledge base of test records only."""
    return errkb.KnowledgeBase([DATA / "kb"], include_bundled=False)


@pytest.fixture(scope="session")
def bundled_kb() -> errkb.KnowledgeBase:
    """The bundled knowledge base, as users get it."""
    return errkb.KnowledgeBase()


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the repository (spec material and corpora); skip when absent."""
    if not SHARED.is_dir():
        pytest.skip(
            "../shared is not present beside the repository (only in developer checkouts and CI)"
        )
    return SHARED
