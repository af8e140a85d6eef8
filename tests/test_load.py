"""Loading: every kind of malformed file is reported with file, field and code; the rest load."""

from __future__ import annotations

from pathlib import Path

import pytest

import errkb
from errkb.records.load import default_search_path

DATA = Path(__file__).resolve().parent / "data"

BROKEN = DATA / "broken"


@pytest.fixture(scope="module")
def broken_kb() -> errkb.KnowledgeBase:
    return errkb.KnowledgeBase([BROKEN], include_bundled=False, cache=False)


def _errors(kb: errkb.KnowledgeBase, name: str) -> list[errkb.LoadError]:
    return [e for e in kb.errors if Path(e.path).name == name]


def test_good_records_load_beside_broken_ones(broken_kb: errkb.KnowledgeBase) -> None:
    assert "bad/good" in broken_kb.records
    assert broken_kb.lookup("a fine record here").record.id == "bad/good"


@pytest.mark.parametrize(
    ("name", "code", "field"),
    [
        ("unparsable.yaml", "ERRKB010", None),
        ("binary.yaml", "ERRKB010", None),
        ("not-mapping.yaml", "ERRKB010", None),
        ("schema.yaml", "ERRKB007", "confidence"),
        ("schema.yaml", "ERRKB007", "workarounds.0.action"),
        ("id-mismatch.yaml", "ERRKB001", "id"),
        ("bad-regex.yaml", "ERRKB002", "patterns.0.regex"),
        ("redos.yaml", "ERRKB003", "patterns.0.regex"),
    ],
)
def test_each_malformed_file_names_file_field_and_code(
    broken_kb: errkb.KnowledgeBase, name: str, code: str, field: str | None
) -> None:
    errors = _errors(broken_kb, name)
    assert any(e.code == code and e.field == field for e in errors), errors
    assert all(name in str(e) for e in errors)


def test_duplicate_id_in_one_directory_is_reported(broken_kb: errkb.KnowledgeBase) -> None:
    duplicates = [e for e in broken_kb.errors if e.code == "ERRKB008"]
    assert len(duplicates) == 1
    assert duplicates[0].record_id == "bad/dup"
    assert "bad/dup" in broken_kb.records  # the first file still loads


def test_a_bad_pattern_is_disabled_and_its_siblings_still_match(
    broken_kb: errkb.KnowledgeBase,
) -> None:
    assert broken_kb.lookup("fine literal text").record.id == "bad/bad-regex"
    assert broken_kb.lookup("aaa safe").record.id == "bad/redos"


def test_pathological_pattern_cannot_hang_a_scan(broken_kb: errkb.KnowledgeBase) -> None:
    # `(a+)+$` against this text backtracks for longer than the age of the universe; it is
    # rejected at load, so the scan returns (a hang here is the failure).
    assert broken_kb.scan("a" * 5000 + "!") == []


def test_later_directory_overrides_an_id_and_says_so() -> None:
    kb = errkb.KnowledgeBase([DATA / "kb", DATA / "override"], include_bundled=False)
    assert kb.records["demo/disk-full"].signature == "Disk full (team override)"
    assert [(o.record_id, Path(o.path).parent.parent.name) for o in kb.overrides] == [
        ("demo/disk-full", "override")
    ]


def test_search_path_order_and_env(tmp_path: Path) -> None:
    project = tmp_path / "proj"
    (project / ".errkb").mkdir(parents=True)
    (project / "sub").mkdir()
    extra = tmp_path / "extra"
    dirs = default_search_path(
        cwd=project / "sub", environ={"ERRKB_PATH": str(extra), "HOME": str(tmp_path)}
    )
    assert dirs[0].name == "data" or dirs[0].name == "_bundled"
    assert dirs[-2:] == [extra, project / ".errkb"]
    assert default_search_path(cwd=tmp_path, environ={"ERRKB_NO_BUNDLED": "1"})[:1] != dirs[:1]


def test_json_seed_file_loads_from_a_kb_directory(tmp_path: Path, shared_dir: Path) -> None:
    folder = tmp_path / "communication"
    folder.mkdir()
    seed = shared_dir / "seeds" / "websocket-handshake-400.record.json"
    (folder / "websocket-handshake-400-bad-request.json").write_bytes(seed.read_bytes())
    kb = errkb.KnowledgeBase([tmp_path], include_bundled=False)
    assert kb.errors == []
    assert kb.lookup("WebSocket handshake error: 400 Bad Request").record.id == (
        "communication/websocket-handshake-400-bad-request"
    )


def test_cache_is_used_by_a_second_build_and_invalidated_by_an_edit(tmp_path: Path) -> None:
    kb_dir = tmp_path / "kb" / "demo"
    kb_dir.mkdir(parents=True)
    record = kb_dir / "one.yaml"
    record.write_text("signature: first\npatterns: ['first thing']\n", encoding="utf-8")
    cache = tmp_path / "cache"
    first = errkb.KnowledgeBase(
        [tmp_path / "kb"], include_bundled=False, cache=True, cache_dir=cache
    )
    assert len(list(cache.glob("*.pickle"))) == 1
    second = errkb.KnowledgeBase(
        [tmp_path / "kb"], include_bundled=False, cache=True, cache_dir=cache
    )
    assert second.records == first.records
    assert len(list(cache.glob("*.pickle"))) == 1  # same content, same key: no rebuild
    record.write_text("signature: second\npatterns: ['second thing']\n", encoding="utf-8")
    third = errkb.KnowledgeBase(
        [tmp_path / "kb"], include_bundled=False, cache=True, cache_dir=cache
    )
    assert third.records["demo/one"].signature == "second"
    assert third.lookup("the second thing").record.id == "demo/one"
    assert len(list(cache.glob("*.pickle"))) == 2


def test_unwritable_cache_directory_is_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    kb = errkb.KnowledgeBase(
        [DATA / "kb"], include_bundled=False, cache=True, cache_dir=blocker / "sub"
    )
    assert "demo/disk-full" in kb.records


@pytest.mark.parametrize("damage", ["truncate", "garbage", "wrong-shape"])
def test_a_damaged_cache_is_rebuilt_not_raised(tmp_path: Path, damage: str) -> None:
    import pickle

    cache = tmp_path / "cache"
    errkb.KnowledgeBase([DATA / "kb"], include_bundled=False, cache=True, cache_dir=cache)
    (cache_file,) = cache.glob("*.pickle")
    if damage == "truncate":
        cache_file.write_bytes(cache_file.read_bytes()[:100])
    elif damage == "garbage":
        cache_file.write_bytes(b"\x80\x05not a pickle at all")
    else:
        cache_file.write_bytes(pickle.dumps({"ids": None}))
    kb = errkb.KnowledgeBase([DATA / "kb"], include_bundled=False, cache=True, cache_dir=cache)
    match = kb.lookup("write() failed: No space left on device")
    assert match is not None
    assert match.record.id == "demo/disk-full"
