"""Dependency-file edits behind the quick fixes (pure text in, checked edit out)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from errkb_lsp.project_edits import (
    FileEdit,
    add_requirement,
    add_requirement_extra,
    project_fixes,
)


def _apply(edit: FileEdit) -> str:
    return edit.text[: edit.start] + edit.new_text + edit.text[edit.end :]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("uvicorn", "uvicorn[standard]"),
        ("uvicorn==0.13.4", "uvicorn[standard]==0.13.4"),
        (
            "Uvicorn >= 0.13 ; python_version >= '3.8'",
            "Uvicorn[standard] >= 0.13 ; python_version >= '3.8'",
        ),
        ("uvicorn[foo]>=0.13", "uvicorn[foo,standard]>=0.13"),
        ("uvicorn  # server", "uvicorn[standard]  # server"),
    ],
)
def test_requirements_line_gets_the_extra(line: str, expected: str) -> None:
    """Name, extras, versions, markers and comments are all handled."""
    text = f"fastapi\n{line}\nuvicorn-worker==1.0\n"
    edit = add_requirement_extra(Path("requirements.txt"), text, "uvicorn", "standard")
    assert edit is not None
    assert _apply(edit) == f"fastapi\n{expected}\nuvicorn-worker==1.0\n"


@pytest.mark.parametrize(
    "text", ["uvicorn[standard]==0.30\n", "fastapi\nuvicorn-worker\n", "# uvicorn\n"]
)
def test_no_edit_when_already_there_or_absent(text: str) -> None:
    """Already has the extra, or only similar names: no quick fix."""
    assert add_requirement_extra(Path("requirements.txt"), text, "uvicorn", "standard") is None


def test_pyproject_dependency_gets_the_extra_and_nothing_else_changes() -> None:
    """Only dependency strings are edited, never e.g. the project's own name."""
    text = (
        '[project]\nname = "uvicorn"\ndependencies = [\n  "uvicorn>=0.13",\n]\n'
        '[project.optional-dependencies]\ndev = ["pytest"]\n'
    )
    edit = add_requirement_extra(Path("pyproject.toml"), text, "uvicorn", "standard")
    assert edit is not None
    data = tomllib.loads(_apply(edit))
    assert data["project"]["name"] == "uvicorn"
    assert data["project"]["dependencies"] == ["uvicorn[standard]>=0.13"]


def test_requirement_is_appended_once() -> None:
    """A missing distribution is appended (with a newline if the file lacks one), once."""
    edit = add_requirement(Path("requirements.txt"), "fastapi", "PyYAML")
    assert edit is not None
    assert _apply(edit) == "fastapi\nPyYAML\n"
    assert add_requirement(Path("requirements.txt"), "pyyaml>=6\n", "PyYAML") is None


@pytest.mark.parametrize(
    "dependencies",
    ['dependencies = [\n    "fastapi",\n]', 'dependencies = ["fastapi"]', "dependencies = []", ""],
)
def test_pyproject_gets_the_distribution(dependencies: str) -> None:
    """Multi-line, inline, empty or missing dependency arrays all take the new entry."""
    text = f'[project]\nname = "app"\n{dependencies}\n\n[tool.other]\nx = 1\n'
    edit = add_requirement(Path("pyproject.toml"), text, "PyYAML")
    assert edit is not None
    data = tomllib.loads(_apply(edit))
    assert "PyYAML" in data["project"]["dependencies"]
    assert data["tool"] == {"other": {"x": 1}}


def test_project_fixes_prefer_requirements_txt(tmp_path: Path) -> None:
    """The module goes to requirements.txt when there is one, else to pyproject.toml."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "a"\ndependencies = []\n')
    files = {p.name: p.read_text() for p in tmp_path.iterdir()}

    def read(path: Path) -> str | None:
        return files.get(path.name)

    def fixes() -> list[FileEdit]:
        return project_fixes(
            "python/module-not-found",
            "python",
            {"module": "yaml.composer"},
            tmp_path,
            read,
            lambda name: {"yaml": "PyYAML"}.get(name, name),
        )

    (only,) = fixes()
    assert only.path.name == "pyproject.toml"
    assert only.title == "Add PyYAML to pyproject.toml"
    files["requirements.txt"] = "fastapi\n"
    (only,) = fixes()
    assert only.path.name == "requirements.txt"
