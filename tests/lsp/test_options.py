"""Settings: validation, precedence, the workspace file, and writing ignored ids into it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from errkb_lsp.options import (
    DEFAULT_GLOBS,
    Settings,
    WorkspaceFileError,
    add_ignored_id,
    merge_layers,
    parse_layer,
    read_workspace_layers,
)


def test_defaults() -> None:
    """No source at all gives the documented defaults."""
    settings = merge_layers([])
    assert settings == Settings()
    assert settings.globs == DEFAULT_GLOBS
    assert settings.fuzzy is False
    assert settings.max_file_size == 64 * 1024 * 1024
    assert settings.max_diagnostics == 1000


def test_section_may_be_nested_under_errkb_and_keys_in_any_case_style(tmp_path: Path) -> None:
    """{"errkb": {...}} or the section itself; camelCase, snake_case and kebab-case keys."""
    layer, problems = parse_layer(
        {
            "errkb": {
                "knowledge-base-paths": ["kb"],
                "max_file_size": 4096,
                "includeBundled": False,
                "max-diagnostics": 0,
            }
        },
        source="test",
        base_dir=tmp_path,
    )
    assert problems == []
    assert layer == {
        "knowledge_base_paths": (str(tmp_path / "kb"),),
        "max_file_size": 4096,
        "include_bundled": False,
        "max_diagnostics": 0,
    }


def test_invalid_values_are_reported_one_by_one() -> None:
    """Each bad key is named; the good ones are kept."""
    layer, problems = parse_layer(
        {
            "fuzzy": "yes",
            "globs": [],
            "severity": {"x": "loud"},
            "nope": 1,
            "ignore": ["a/b"],
            "maxDiagnostics": -1,
        },
        source="init",
    )
    assert layer == {"ignore": frozenset({"a/b"})}
    assert len(problems) == 5
    assert all(p.startswith("init: ") for p in problems)
    assert parse_layer(["not", "a", "mapping"], source="init")[1] != []


def test_precedence_and_accumulating_lists(tmp_path: Path) -> None:
    """Later layers override scalars; ignore and knowledgeBasePaths accumulate; severity merges."""
    init, _ = parse_layer(
        {"fuzzy": False, "ignore": ["a/one"], "severity": {"a": "hint", "b": "hint"}},
        source="init",
    )
    client, _ = parse_layer(
        {"fuzzy": True, "ignore": ["b"], "severity": {"a": "warning"}}, source="client"
    )
    file, _ = parse_layer({"severity": {"b/two": "error"}}, source="file")
    settings = merge_layers([init, client, file])
    assert settings.fuzzy is True
    assert settings.ignore == frozenset({"a/one", "b"})
    assert settings.is_ignored("b/anything")
    assert not settings.is_ignored("a/two")
    assert settings.severity_for("a/x", "error") == "warning"
    assert settings.severity_for("b/two", "information") == "error"  # id beats domain
    assert settings.severity_for("b/one", "information") == "hint"
    assert settings.severity_for("c/one", "information") == "information"


def test_workspace_file_over_pyproject(tmp_path: Path) -> None:
    """[tool.errkb] first, .errkb.toml over it; paths are relative to the folder."""
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.errkb]\nfuzzy = false\nmaxFileSize = 2048\n'
    )
    (tmp_path / ".errkb.toml").write_text('fuzzy = true\nknowledge-base-paths = ["kb"]\n')
    layers, problems = read_workspace_layers(tmp_path)
    assert problems == []
    settings = merge_layers(layers)
    assert settings.fuzzy is True
    assert settings.max_file_size == 2048
    assert settings.knowledge_base_paths == (str(tmp_path / "kb"),)


def test_unreadable_workspace_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    """Broken TOML is reported and skipped."""
    (tmp_path / ".errkb.toml").write_text("fuzzy = = true\n")
    layers, problems = read_workspace_layers(tmp_path)
    assert layers == []
    assert len(problems) == 1
    assert ".errkb.toml" in problems[0]


def test_add_ignored_id_creates_the_file(tmp_path: Path) -> None:
    """A missing file is created with the id."""
    path = add_ignored_id(tmp_path, "uvicorn/websocket-library-missing")
    assert tomllib.loads(path.read_text()) == {"ignore": ["uvicorn/websocket-library-missing"]}


@pytest.mark.parametrize(
    "original",
    [
        '# ours\nfuzzy = false\n\n[severity]\npip = "hint"\n',
        'ignore = ["a/b"]  # keep\nfuzzy = false\n',
        'fuzzy = false\nignore = [\n  "a/b",\n  # inside\n  "c/d",\n]\n[severity]\nx = "hint"',
        "",
    ],
)
def test_add_ignored_id_keeps_the_rest_of_the_file(tmp_path: Path, original: str) -> None:
    """Only the ignore list changes; comments, keys and tables stay."""
    config = tmp_path / ".errkb.toml"
    config.write_text(original)
    before = tomllib.loads(original)
    add_ignored_id(tmp_path, "new/id")
    text = config.read_text()
    after = tomllib.loads(text)
    assert after["ignore"] == [*before.get("ignore", []), "new/id"]
    assert {k: v for k, v in after.items() if k != "ignore"} == {
        k: v for k, v in before.items() if k != "ignore"
    }
    for line in original.splitlines():
        if line.startswith("#"):
            assert line in text
    add_ignored_id(tmp_path, "new/id")
    assert config.read_text() == text


def test_add_ignored_id_refuses_to_overwrite_broken_files(tmp_path: Path) -> None:
    """Invalid TOML or a non-list ignore: an error, and the file is untouched."""
    config = tmp_path / ".errkb.toml"
    for content in ("ignore = [oops\n", "ignore = 3\n"):
        config.write_text(content)
        with pytest.raises(WorkspaceFileError):
            add_ignored_id(tmp_path, "a/b")
        assert config.read_text() == content
