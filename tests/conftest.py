"""Shared fixtures: knowledge bases built from test data, and a private index cache."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

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
