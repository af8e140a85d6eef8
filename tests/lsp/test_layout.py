"""errkb_lsp's layout: modules under 400 lines, one-line docstrings, no import cycles."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "errkb_lsp"
MODULES = sorted(PACKAGE.glob("*.py"))


def _imports(path: Path) -> set[str]:
    """errkb_lsp modules a module imports (at any level of the file)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "errkb_lsp":
                found |= {a.name for a in node.names if (PACKAGE / f"{a.name}.py").exists()}
                if any(a.name == "__version__" for a in node.names):
                    found.add("__init__")
            elif node.module.startswith("errkb_lsp."):
                found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("errkb_lsp.")}
    return found - {path.stem}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_module_is_small_with_a_one_line_docstring(path: Path) -> None:
    """Each module stays under 400 lines and says in one line what it owns."""
    source = path.read_text(encoding="utf-8")
    assert source.count("\n") < 400
    docstring = ast.get_docstring(ast.parse(source))
    assert docstring
    assert "\n" not in docstring


def test_no_import_cycles() -> None:
    """No errkb_lsp module imports, directly or not, a module that imports it."""
    graph = {path.stem: _imports(path) for path in MODULES}

    def reaches(start: str, target: str, seen: set[str]) -> bool:
        for module in graph.get(start, ()):
            if module == target:
                return True
            if module not in seen:
                seen.add(module)
                if reaches(module, target, seen):
                    return True
        return False

    cycles = [name for name in graph if reaches(name, name, set())]
    assert cycles == []
