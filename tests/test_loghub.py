"""False positives on real logs: what the bundled records flag in 16 loghub logs is pinned.

Every flagged line was reviewed as a true occurrence of its record (see data/lint-allow.yaml,
where the linter's over-broad check is told the same). A change in what is flagged fails this
test; after reviewing the new flags, re-bless with ``ERRKB_BLESS=1 pytest tests/test_loghub.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import errkb

GOLDEN = Path(__file__).resolve().parent / "golden" / "loghub-flags.json"


def _flags(kb: errkb.KnowledgeBase, corpus: Path) -> dict[str, list[list[object]]]:
    flags: dict[str, list[list[object]]] = {}
    for log in sorted(corpus.glob("*.log")):
        text = log.read_text(encoding="utf-8", errors="replace")
        lines = text.splitlines()
        found = [[m.line + 1, m.record.id, lines[m.line]] for m in kb.scan(text)]
        flags[log.name] = found
    return flags


def test_loghub_flags_match_the_reviewed_list(shared_dir: Path) -> None:
    corpus = shared_dir / "corpora" / "loghub"
    logs = sorted(corpus.glob("*.log"))
    assert len(logs) == 16
    assert (
        sum(len(p.read_text(encoding="utf-8", errors="replace").splitlines()) for p in logs)
        == 32_000
    )
    flags = _flags(errkb.KnowledgeBase(fuzzy=False), corpus)
    if os.environ.get("ERRKB_BLESS"):
        GOLDEN.write_text(json.dumps(flags, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert flags == expected


def test_every_pinned_flag_is_in_the_reviewed_allow_list() -> None:
    from errkb.lint import load_allow_list

    allow = load_allow_list()
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for log, found in expected.items():
        for _line, record_id, text in found:
            assert allow.allows(record_id, text), (
                f"{log}: {record_id} flags an unreviewed line: {text}"
            )
