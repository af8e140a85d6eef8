"""User knowledge bases (--kb DIR, ERRKB_PATH) with hostile record files.

Each bad file is named with its field, every good record still loads, the count is said, and
YAML tags never run code. The audit's findings are in test_hostile_audit.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import errkb
from tests.hostile.conftest import GOOD_LINE, Cli

MakeKb = Callable[..., Path]


def load(root: Path) -> errkb.KnowledgeBase:
    return errkb.KnowledgeBase([root], include_bundled=False)


def errors_by_file(kb: errkb.KnowledgeBase) -> dict[str, list[errkb.LoadError]]:
    found: dict[str, list[errkb.LoadError]] = {}
    for error in kb.errors:
        found.setdefault(Path(error.path).name, []).append(error)
    return found


BROKEN = {
    "unclosed.yaml": "id: mine/unclosed\nsignature: [unclosed\n",
    "tabs.yaml": "id: mine/tabs\n\tsignature: x\n",
    "notutf8.yaml": b"signature: caf\xe9\nroot_cause: x\n",
    "list.yaml": "- a\n- b\n",
    "empty.yaml": "",
    "half.json": '{"signature": "x"',
}


def test_malformed_files_are_named_and_good_records_still_load(user_kb: MakeKb) -> None:
    kb = load(user_kb(BROKEN))
    assert "mine/good" in kb.records
    named = errors_by_file(kb)
    assert set(named) == set(BROKEN), kb.errors
    for name, errors in named.items():
        assert all(e.code and e.message for e in errors), (name, errors)
        assert all(str(e).startswith(e.path) for e in errors)


def test_validate_names_each_file_and_says_the_count(cli: Cli, user_kb: MakeKb) -> None:
    root = user_kb(BROKEN)
    result = cli("validate", root)
    assert result.returncode == 1, result
    for name in BROKEN:
        assert f"mine/{name}:" in result.said, (name, result)
    assert f"{len(BROKEN) + 1} records checked, {len(BROKEN)} problem(s)" in result.said, result


def test_good_records_of_a_broken_kb_are_used_by_scan_and_lookup(
    cli: Cli, user_kb: MakeKb, tmp_path: Path
) -> None:
    root = user_kb(BROKEN)
    log = tmp_path / "app.log"
    log.write_text(f"starting\n{GOOD_LINE}\n")
    scan = cli("scan", "--kb", root, "--no-bundled", log)
    assert scan.returncode == 0, scan
    assert "app.log:2:1: mine/good" in scan.stdout, scan
    lookup = cli("lookup", "--no-bundled", GOOD_LINE, env={"ERRKB_PATH": str(root)})
    assert lookup.returncode == 0, lookup
    assert "mine/good" in lookup.stdout, lookup
    listing = cli("list", env={"ERRKB_PATH": str(root)})
    assert listing.returncode == 0, listing
    assert "mine/good" in listing.stdout, listing


PYTHON_TAGS = {
    "apply.yaml": "id: mine/apply\nsignature: !!python/object/apply:os.system ['touch {m}']\n",
    "new.yaml": "id: mine/new\nsignature: !!python/object/new:subprocess.call [['touch', '{m}']]\n",
    "name.yaml": "id: mine/name\nsignature: x\nroot_cause: !!python/name:os.system\n",
    "module.yaml": "id: mine/module\nsignature: x\nroot_cause: !!python/module:os\n",
    "nested.yaml": (
        "id: mine/nested\nsignature: x\nroot_cause: x\npatterns: ['x']\n"
        "examples: [!!python/object/apply:os.system ['touch {m}']]\n"
    ),
}


def test_python_tags_are_never_executed(cli: Cli, user_kb: MakeKb, tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    files = {name: text.format(m=marker) for name, text in PYTHON_TAGS.items()}
    # The tag does create the file when a YAML loader is allowed to run it: the proof is real.
    yaml = pytest.importorskip("yaml")
    yaml.unsafe_load(files["apply.yaml"])
    assert marker.exists()
    marker.unlink()

    root = user_kb(files)
    kb = load(root)
    assert "mine/good" in kb.records
    assert set(errors_by_file(kb)) == set(files), kb.errors
    for args in (
        ("validate", root),
        ("scan", "--kb", root, "-"),
        ("lookup", "--kb", root, GOOD_LINE),
        ("list", "--kb", root),
    ):
        cli(*args, stdin=GOOD_LINE.encode())
    assert not marker.exists(), "a !!python tag in a record file ran code"


def test_duplicate_ids_in_one_directory(user_kb: MakeKb) -> None:
    root = user_kb()
    twin = (root / "mine" / "good.yaml").read_text().replace("Configure", "Reconfigure")
    (root / "mine" / "good.yml").write_text(twin)
    (root / "mine" / "good.json").write_text(
        '{"id": "mine/good", "signature": "x", "root_cause": "y", "patterns": ["zzz"]}'
    )
    kb = load(root)
    assert "mine/good" in kb.records
    duplicates = [e for e in kb.errors if e.field == "id" and "duplicate" in e.message]
    # One of the three is kept; each of the two others is named, with the file it clashes with.
    assert len(duplicates) == 2, kb.errors
    names = {"good.yaml", "good.yml", "good.json"}
    for error in duplicates:
        others = names - {Path(error.path).name}
        assert any(other in error.message for other in others), error


def test_duplicate_ids_across_directories_are_overrides(user_kb: MakeKb, tmp_path: Path) -> None:
    first = user_kb()
    second = tmp_path / "second"
    (second / "mine").mkdir(parents=True)
    (second / "mine" / "good.yaml").write_text((first / "mine" / "good.yaml").read_text())
    kb = errkb.KnowledgeBase([first, second], include_bundled=False)
    assert not kb.errors
    assert "mine/good" in kb.records


MISSING_FIELDS = {
    "nosig.yaml": ("id: mine/nosig\nroot_cause: x\n", "signature"),
    "badpatterns.yaml": ("signature: s\nroot_cause: x\npatterns: 5\n", "patterns"),
    "badregex.yaml": ("signature: s\nroot_cause: x\npatterns: ['(unclosed']\n", "patterns"),
    "wrongid.yaml": ("id: other/thing\nsignature: s\nroot_cause: x\n", "id"),
}


def test_missing_and_wrong_fields_are_named(user_kb: MakeKb, cli: Cli) -> None:
    root = user_kb({name: text for name, (text, _) in MISSING_FIELDS.items()})
    kb = load(root)
    assert "mine/good" in kb.records
    named = errors_by_file(kb)
    for name, (_, field) in MISSING_FIELDS.items():
        assert name in named, (name, kb.errors)
        fields = [e.field or "" for e in named[name]]
        assert any(f.startswith(field) for f in fields), (name, named[name])
    result = cli("validate", root)
    for name in MISSING_FIELDS:
        assert f"mine/{name}:" in result.said, result
    assert f"{len(MISSING_FIELDS) + 1} records checked" in result.said, result


def test_directory_symlink_loops_end(user_kb: MakeKb, cli: Cli) -> None:
    root = user_kb()
    (root / "mine" / "up").symlink_to("..")
    (root / "loop").symlink_to(".")
    kb = load(root)
    assert list(kb.records) == ["mine/good"]
    result = cli("validate", root, timeout=60)
    assert "1 records checked" in result.said, result


def test_catastrophic_regex_is_loaded_without_hanging(user_kb: MakeKb) -> None:
    # Loading and matching short texts stays fast; long texts are in test_hostile_audit.
    root = user_kb({"redos.yaml": "signature: s\nroot_cause: x\npatterns: ['(a|aa)+$']\n"})
    kb = load(root)
    assert "mine/good" in kb.records
    assert kb.lookup(GOOD_LINE) is not None


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    content=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300),
        st.lists(
            st.sampled_from(
                [
                    "id: mine/fuzz",
                    "signature: x",
                    "root_cause: y",
                    "patterns: ['x(']",
                    "patterns: [{regex: 1}]",
                    "workarounds: [{action: 3, success_rate: 9}]",
                    "examples: !!binary AAAA",
                    "root_cause: &a [*a, *a]",
                    "- item",
                    "{",
                    "? complex",
                    "!!python/object:os.system x",
                    "  nested: [",
                ]
            ),
            max_size=8,
        ).map("\n".join),
    )
)
def test_any_record_file_content_loads_or_is_reported(
    user_kb: MakeKb, content: str | bytes
) -> None:
    root = user_kb({"fuzz.yaml": content})
    kb = load(root)
    assert "mine/good" in kb.records
    fuzz_errors = [e for e in kb.errors if Path(e.path).name == "fuzz.yaml"]
    assert "mine/fuzz" in kb.records or fuzz_errors
    for error in kb.errors:
        assert error.code
        assert error.message
