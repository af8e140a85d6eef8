"""Records written out for tools: the flat seed JSON every seed consumer reads, and canonical YAML,
the authoring format the importers write."""

from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING, Any

from errkb.records.model import Record

if TYPE_CHECKING:
    import yaml

__all__ = ["export_seed_json", "export_yaml"]


def export_seed_json(record: Record) -> str:
    """The record in the flat seed JSON shape (seed fields only, all present, seed order).

    The text has no trailing newline, like the seed file; a seed file exported from the record
    it was imported from is byte-for-byte the original.
    """
    return json.dumps(record.seed_dict(), indent=2, ensure_ascii=False)


def _represent_str(dumper: Any, value: str) -> yaml.ScalarNode:
    style: str | None = None
    if "\n" in value:
        style = "|"
    elif "\\" in value:
        # Single quotes keep a backslash literal: what record authors are told to write.
        style = "'"
    node: yaml.ScalarNode = dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)
    return node


@cache
def _record_dumper() -> Any:
    """YAML that reads well: block style for multi-line text, single quotes for regexes.

    Made on first use: Markdown pages (the language server's hovers, ``errkb explain
    --markdown``) need no PyYAML.
    """
    import yaml

    # libyaml's emitter when PyYAML has it (8x faster on big imports), else the pure-Python one.
    base: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    dumper: Any = type("_RecordDumper", (base,), {})
    dumper.add_representer(str, _represent_str)
    return dumper


def export_yaml(record: Record) -> str:
    """The record as a YAML record file: the fields it sets, in the model's order.

    Loading the text back gives an equal record: nothing is dropped (unknown keys included) and
    no default is spelled out that the source did not set.
    """
    import yaml

    data: dict[str, Any] = record.model_dump(mode="json", exclude_unset=True)
    text: str = yaml.dump(
        data,
        Dumper=_record_dumper(),
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    return text
