"""errkb: recognise error output and say what it means and what to do.

>>> import errkb
>>> match = errkb.lookup("ModuleNotFoundError: No module named 'yaml'")
>>> match.record.id
'python/module-not-found'
>>> match.fixes(errkb.Environment(shell="bash"))[0].commands
['python -m pip install PyYAML']

Module-level functions use a default `KnowledgeBase` built on first use from the bundled
records plus the user's and the project's directories; build a `KnowledgeBase` yourself for
anything configurable.
"""

from __future__ import annotations

from functools import lru_cache

from errkb._version import __version__
from errkb.engine.hyperscan import hyperscan_available
from errkb.engine.match import Match, ScanCancelled
from errkb.engine.normalize import Normalized, normalize
from errkb.environment.local import Environment
from errkb.kb.knowledge_base import KnowledgeBase
from errkb.records.fixes import RenderedFix, distribution_for
from errkb.records.load import LoadError, Override
from errkb.records.model import Record
from errkb.render.match import match_to_dict, render_json, render_markdown, render_text

__all__ = [
    "Environment",
    "KnowledgeBase",
    "LoadError",
    "Match",
    "Normalized",
    "Override",
    "Record",
    "RenderedFix",
    "ScanCancelled",
    "__version__",
    "default_knowledge_base",
    "distribution_for",
    "hyperscan_available",
    "lookup",
    "match_to_dict",
    "normalize",
    "render_json",
    "render_markdown",
    "render_text",
    "scan",
    "search",
]


@lru_cache(maxsize=1)
def default_knowledge_base() -> KnowledgeBase:
    """The knowledge base behind `lookup`, `search` and `scan`, built once per process."""
    return KnowledgeBase.from_environment()


def lookup(text: str | bytes, *, fuzzy: bool | None = None) -> Match | None:
    """The best match in `text`, or None. See `KnowledgeBase.lookup`."""
    return default_knowledge_base().lookup(text, fuzzy=fuzzy)


def search(text: str | bytes, *, limit: int = 5, fuzzy: bool | None = None) -> list[Match]:
    """Ranked candidates, best first, one per record. See `KnowledgeBase.search`."""
    return default_knowledge_base().search(text, limit=limit, fuzzy=fuzzy)


def scan(text: str | bytes, *, fuzzy: bool | None = None) -> list[Match]:
    """Every occurrence in `text`, in order, with line and column. See `KnowledgeBase.scan`."""
    return default_knowledge_base().scan(text, fuzzy=fuzzy)
