"""From an unknown failure to a known record: a record skeleton for a cluster, with its real
lines as examples and a pattern made from its template, for `errkb validate` to check and a
person to finish (the cause and the fixes are theirs to write)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from errkb.records.dump import export_yaml
from errkb.records.importers.common import regex_problem, slugify, validate_record
from errkb.records.model import DRAFT_PLACEHOLDER, Record

__all__ = ["DraftError", "DraftSource", "draft_pattern", "draft_record", "draft_yaml"]

#: What each drain3 mask stands for in a pattern (see clusters.MASKS).
_MASK_REGEX = {
    "*": r"\S+",
    "NUM": r"[-+]?\d+(?:\.\d+)?",
    "IP": r"\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?",
    "HEX": r"0x[0-9a-fA-F]+",
    "UUID": r"[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}",
}
_MASK = re.compile(r"<(\*|NUM|IP|HEX|UUID)>")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z_]*)\W*$")


class DraftError(ValueError):
    """A cluster no usable pattern can be drafted for (its template is all variables)."""


@dataclass(frozen=True)
class DraftSource:
    """What a draft is made from: a cluster of a triage report."""

    cluster_id: str
    template: str
    #: (path, 0-based line, text)
    examples: tuple[tuple[str, int, str], ...]
    logs: int
    count: int


def _group_name(before: str, taken: set[str]) -> str:
    found = _WORD_BEFORE.search(before)
    base = found.group(1).lower() if found else "value"
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}{n}"
    taken.add(name)
    return name


def draft_pattern(template: str) -> tuple[str, str]:
    """(regex, title template) for a drain3 template: literal text escaped, each variable a
    named group, words joined by runs of blanks; variables at either end are left out, since
    they constrain nothing and would make the pattern slow to search for."""
    tokens = template.split()
    while tokens and _MASK.fullmatch(tokens[0]):
        tokens.pop(0)
    while tokens and _MASK.fullmatch(tokens[-1]):
        tokens.pop()
    if not any(_MASK.sub("", token).strip() for token in tokens):
        raise DraftError(f"the template {template!r} has no fixed words to match on")
    taken: set[str] = set()
    regex_parts: list[str] = []
    title_parts: list[str] = []
    for token in tokens:
        regex, title, last = "", "", 0
        for mask in _MASK.finditer(token):
            literal = token[last : mask.start()]
            name = _group_name(" ".join(title_parts) + " " + title + literal, taken)
            regex += re.escape(literal) + f"(?P<{name}>{_MASK_REGEX[mask.group(1)]})"
            title += literal + "{" + name + "}"
            last = mask.end()
        regex += re.escape(token[last:])
        title += token[last:]
        regex_parts.append(regex)
        title_parts.append(title)
    return " +".join(regex_parts), " ".join(title_parts)


def draft_record(source: DraftSource, *, domain: str = "local") -> Record:
    """A record skeleton for the cluster: loads, and its examples match its pattern; its
    cause and fixes are placeholders the quality check reports until someone writes them."""
    regex, title = draft_pattern(source.template)
    problem = regex_problem(regex, ignore_case=False)
    if problem:
        raise DraftError(f"the drafted pattern {regex!r} is unusable: {problem}")
    words = _MASK.sub(" ", source.template)
    slug = slugify(words) or source.cluster_id
    data: dict[str, Any] = {
        "id": f"{domain}/{slug}",
        "signature": _MASK.sub("X", source.template),
        "summary": f"{DRAFT_PLACEHOLDER}: one line on the cause.",
        "domain": domain,
        "root_cause": (
            f"{DRAFT_PLACEHOLDER}: say in two or three sentences what happened and why. "
            f"errkb triage found this failure {source.count} time(s) in {source.logs} log(s) "
            f"(cluster {source.cluster_id})."
        ),
        "severity": "error",
        "confidence": 0.5,
        "title": title,
        "patterns": [{"regex": regex, "note": f"drafted from the template {source.template!r}"}],
        "examples": [
            {"text": text + "\n", "source": f"{path}:{line + 1}"}
            for path, line, text in source.examples
        ],
        "verification": {
            "method": "reported",
            "notes": f"drafted by errkb triage from cluster {source.cluster_id}",
        },
        "tags": ["draft"],
    }
    return validate_record(data)


def draft_yaml(source: DraftSource, *, domain: str = "local") -> tuple[str, str]:
    """(record id, YAML text) of the draft."""
    record = draft_record(source, domain=domain)
    return record.id, export_yaml(record)
