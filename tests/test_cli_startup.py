"""What the command line imports: a lookup's start-up leaves out what only other work needs.

The cost of a short command is mostly imports; these tests keep the expensive ones (rich,
PyYAML, the import/export/lint commands, packaging, subprocess) off its path. They check
structure, not time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


#: Top-level modules, and errkb modules, a start-up must not import.
AVOIDED = [
    "rich",
    "yaml",
    "packaging",
    "subprocess",
    "errkb.records.importers",
    "errkb.records.dump",
    "errkb.cli.import_records",
    "errkb.cli.export",
    "errkb.lint",
]
#: Except rich's table of emoji codes (a dict), read when output holds `:name:` to know whether
#: rich would replace it; the console, markup and text machinery stay unloaded.
ALLOWED = {"rich", "rich._extension", "rich._emoji_codes"}

REPORT = (
    "import json, sys\n"
    "avoided = {avoided!r}\n"
    "loaded = sorted(m for m in sys.modules if any(m == a or m.startswith(a + '.') for a in avoided))\n"
    "sys.stderr.write('\\nLOADED ' + json.dumps(loaded) + '\\n')\n"
)


def _loaded_after(code: str) -> list[str]:
    # stdout is a pipe, as when output is redirected: the case that needs no rich.
    # Forced colour (set in some CI environments) would rightly bring rich in.
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE")}
    done = subprocess.run(
        [sys.executable, "-c", code + "\n" + REPORT.format(avoided=AVOIDED)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    line = done.stderr.rsplit("LOADED ", 1)[1]
    return [name for name in json.loads(line) if name not in ALLOWED]


def test_importing_the_cli_imports_nothing_avoided() -> None:
    assert _loaded_after("import errkb.cli") == []


def test_building_the_full_parser_is_what_imports_the_import_and_export_commands() -> None:
    loaded = _loaded_after("import errkb.cli; errkb.cli.build_parser()")
    assert "errkb.cli.import_records" in loaded
    assert "errkb.cli.export" in loaded


def test_lookup_scan_and_explain_to_a_pipe_import_nothing_avoided() -> None:
    kb = ["--no-bundled", "--kb", str(DATA / "kb")]
    text = "psql: could not connect to server: Connection refused"
    commands = [
        ["lookup", *kb, text],
        ["lookup", "--json", *kb, text],
        ["scan", *kb, str(DATA / "kb" / "demo" / "conn-generic.yaml")],
        ["explain", *kb, "demo/conn-generic"],
    ]
    for argv in commands:
        code = f"from errkb.cli import main\nmain({argv!r})"
        _loaded_after(code)  # the first run may build the index cache, which parses YAML
        assert _loaded_after(code) == [], argv


def test_markdown_pages_need_neither_rich_nor_yaml() -> None:
    argv = ["explain", "--markdown", "--no-bundled", "--kb", str(DATA / "kb"), "demo/conn-generic"]
    code = f"from errkb.cli import main\nmain({argv!r})"
    _loaded_after(code)
    # The page is written by the render stage; the export command and the YAML writer stay out.
    assert _loaded_after(code) == []
