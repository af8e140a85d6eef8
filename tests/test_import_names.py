"""The import-name table: the reviewed YAML and the JSON twin errkb reads stay equal.

After editing ``data/tables/pypi-import-names.yaml``, rewrite the twin with
``.venv/bin/python tests/test_import_names.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

TABLES = Path(__file__).resolve().parent.parent / "data" / "tables"
SOURCE = TABLES / "pypi-import-names.yaml"
TWIN = TABLES / "pypi-import-names.json"


def twin_text() -> str:
    """The JSON twin as it must be on disk: the YAML's mapping, in the YAML's order."""
    table = yaml.safe_load(SOURCE.read_text(encoding="utf-8"))
    assert isinstance(table, dict)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in table.items()), (
        "every key and value of the import-name table must be a string (quote YAML booleans)"
    )
    return json.dumps(table, ensure_ascii=False, indent=2) + "\n"


def test_json_twin_matches_the_yaml_table() -> None:
    assert TWIN.read_text(encoding="utf-8") == twin_text(), (
        f"{TWIN.name} is out of date: run `.venv/bin/python tests/test_import_names.py`"
    )


def test_distribution_for_reads_the_table() -> None:
    from errkb import distribution_for

    assert distribution_for("cv2") == "opencv-python"
    assert distribution_for("google.protobuf") == "protobuf"
    assert distribution_for("yaml.constructor") == "PyYAML"
    assert distribution_for("requests") == "requests"


if __name__ == "__main__":
    TWIN.write_text(twin_text(), encoding="utf-8")
