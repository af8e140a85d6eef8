"""The public surface: a curated, sorted __all__; no language-server import on `import errkb`."""

from __future__ import annotations

import json
import subprocess
import sys
from types import ModuleType

import errkb


def test_all_is_sorted_and_complete() -> None:
    assert errkb.__all__ == sorted(errkb.__all__)
    # The pipeline's stages (errkb.engine, errkb.render...) are subpackages, not API names.
    public = {
        name
        for name, value in vars(errkb).items()
        if not name.startswith("_")
        and name not in {"annotations", "lru_cache"}
        and not (isinstance(value, ModuleType) and value.__name__.startswith("errkb."))
    }
    assert public <= set(errkb.__all__) | {"__version__"}
    for name in errkb.__all__:
        assert hasattr(errkb, name), name


def test_importing_errkb_does_not_import_the_language_server_stack() -> None:
    code = (
        "import json, sys, errkb; errkb.lookup('x'); "
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {'pygls', 'lsprotocol', 'errkb_lsp'})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == []


def test_module_level_functions_use_one_lazily_built_knowledge_base() -> None:
    assert errkb.default_knowledge_base() is errkb.default_knowledge_base()
    match = errkb.lookup("fatal: not a git repository (or any of the parent directories): .git")
    assert match is not None
    assert match.record.id == "git/not-a-git-repository"
    assert [
        m.record.id
        for m in errkb.scan("fatal: not a git repository (or any of the parent directories): .git")
    ] == ["git/not-a-git-repository"]
    assert errkb.search(
        "fatal: not a git repository (or any of the parent directories): .git", limit=1
    )[0].record.id == ("git/not-a-git-repository")
