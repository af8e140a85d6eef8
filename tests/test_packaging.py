"""A built wheel carries the knowledge base: a non-editable install finds its records."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("errkb-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contains_packages_records_and_entry_points(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "errkb/py.typed" in names
    assert "errkb_lsp/py.typed" in names
    assert "errkb_mcp/py.typed" in names
    assert "errkb/_bundled/records/uvicorn/websocket-library-missing.yaml" in names
    assert "errkb/_bundled/tables/pypi-import-names.yaml" in names
    records = [n for n in names if n.startswith("errkb/_bundled/records/") and n.endswith(".yaml")]
    assert len(records) >= 300
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "errkb = errkb.cli:main" in text
    assert "errkb-lsp = errkb_lsp.__main__:main" in text
    assert "errkb-mcp = errkb_mcp.__main__:main" in text


@pytest.mark.slow
def test_installed_wheel_finds_its_bundled_records(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    code = (
        "import json, errkb; from errkb.records.load import bundled_data_dir; "
        "m = errkb.KnowledgeBase(cache=False).lookup(\"ModuleNotFoundError: No module named 'yaml'\"); "
        "print(json.dumps([errkb.__file__, str(bundled_data_dir()), m.record.id, "
        "m.fixes(errkb.Environment(shell='bash'))[0].commands]))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    module, data_dir, record_id, commands = json.loads(out.stdout)
    assert module.startswith(str(target))
    assert data_dir == str(target / "errkb" / "_bundled")
    assert record_id == "python/module-not-found"
    assert commands == ["python -m pip install PyYAML"]
