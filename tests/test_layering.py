"""The tree is the pipeline: each stage imports only the stages below it, and nothing imports in
a circle.

record -> load -> index -> match -> incidents -> render -> (CLI | LSP | MCP). A stage that
reached up (the engine calling the renderer, say) would make the lower stage unusable without
the higher one and would bring back the import circles the layout exists to prevent.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: Each stage and its rank: a module may import modules of its own stage or of lower ranks.
#: Stages of equal rank are siblings and must not import each other.
STAGES: dict[str, int] = {
    "errkb._version": 0,
    "errkb.environment": 0,
    "errkb.records": 1,
    "errkb.engine": 2,
    "errkb.incidents": 3,
    "errkb.kb": 4,
    "errkb.triage": 5,
    "errkb.render": 6,
    "errkb.lint": 6,
    "errkb.cli": 7,
    "errkb.__init__": 8,
    "errkb.__main__": 8,
    "errkb_lsp": 9,
    "errkb_mcp": 9,
}

#: Imports that go up a stage on purpose, each with its reason. Keep this list short.
ALLOWED_UPWARD = {
    # `Match.render()` is a convenience of the public Match; it imports the renderer lazily, in
    # the method, so the engine never loads it unless a caller asks.
    ("errkb.engine.match", "errkb.render.match"),
}

#: Top-level packages and modules that are the project's own.
OWN = ("errkb", "errkb_lsp", "errkb_mcp")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts == ["errkb", "__init__"]:
        return "errkb.__init__"  # the public facade, a stage of its own above the rest
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for top in OWN:
        directory = ROOT / top
        if directory.is_dir():
            for path in sorted(directory.rglob("*.py")):
                found[_module_name(path)] = path
    return found


def _stage(module: str) -> str:
    best = ""
    for stage in STAGES:
        if (module == stage or module.startswith(stage + ".")) and len(stage) > len(best):
            best = stage
    if not best:
        raise AssertionError(f"{module} belongs to no stage: add it to STAGES")
    return best


def _imports(module: str, path: Path) -> Iterator[tuple[str, bool]]:
    """(imported module, whether the import runs when `module` is imported)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    top_level = {id(node) for node in tree.body}
    type_checking = set()
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            type_checking.update(id(child) for child in ast.walk(node))
    for node in ast.walk(tree):
        eager = id(node) in top_level and id(node) not in type_checking
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, eager
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            yield target, eager
            for alias in node.names:  # `from errkb.engine import index` imports a module
                yield f"{target}.{alias.name}", eager


def _own_edges(*, eager_only: bool) -> dict[str, set[str]]:
    modules = _modules()
    edges: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for target, eager in _imports(name, path):
            if eager_only and not eager:
                continue
            if target == "errkb":
                target = "errkb.__init__"
            if target in modules and target != name:
                edges[name].add(target)
    return edges


MODULES = sorted(_modules())


def test_every_module_belongs_to_a_stage() -> None:
    for module in MODULES:
        _stage(module)


@pytest.mark.parametrize("module", MODULES)
def test_module_imports_only_its_own_or_lower_stages(module: str) -> None:
    edges = _own_edges(eager_only=False)
    mine = _stage(module)
    for target in sorted(edges[module]):
        theirs = _stage(target)
        if theirs == mine or (module, target) in ALLOWED_UPWARD:
            continue
        assert STAGES[theirs] < STAGES[mine], f"{module} ({mine}) imports {target} ({theirs})"


def test_no_import_circle() -> None:
    """Tarjan's strongly connected components over module-level imports: each must be one
    module."""
    edges = _own_edges(eager_only=True)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in edges[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    assert circles == []


SOURCES = sorted(
    str(path.relative_to(ROOT))
    for top in (*OWN, "benchmarks")
    if (ROOT / top).is_dir()
    for path in (ROOT / top).rglob("*.py")
)


@pytest.mark.parametrize("source", SOURCES)
def test_no_module_is_over_400_lines(source: str) -> None:
    lines = len((ROOT / source).read_text(encoding="utf-8").splitlines())
    assert lines <= 400, f"{source}: {lines} lines; split it by concept"


def test_each_stage_says_what_it_owns() -> None:
    for stage in STAGES:
        if stage.endswith(("__init__", "__main__")) or stage == "errkb._version":
            continue
        init = ROOT / Path(*stage.split(".")) / "__init__.py"
        if not init.parent.is_dir():
            continue  # a stage still to come
        docstring = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert docstring, f"{init} has no docstring saying what the stage owns"
