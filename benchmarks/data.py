"""Benchmark inputs, generated at run time into a work directory (never committed).

* knowledge bases: the bundled one, the deadends import, and synthetic ones of N records made
  from real records (a sample when N is below the number of real ones; otherwise every real
  record plus variants whose literal words are renamed, so each variant is a distinct
  pattern with a matching example). The real records are the bundled ones, which meet the
  quality bar (precise patterns, real examples); "mixed" sets add the deadends import, whose
  broad patterns also match ordinary log lines;
* logs: loghub lines with real error outputs (record examples) inserted at a known rate.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
LOGHUB = SHARED / "corpora" / "loghub"
DEADENDS = SHARED / "corpora" / "deadends" / "canons"

_WORD = re.compile(r"(?<![\\<{?=!A-Za-z])[A-Za-z]{5,}(?![A-Za-z>])")


@dataclass
class KbSpec:
    """A knowledge base to benchmark: its directories and example texts that hit it."""

    name: str
    paths: list[Path]
    include_bundled: bool
    records: int
    examples: list[str]


def _yaml_files(root: Path) -> list[Path]:
    nested = root / "records"
    base = nested if nested.is_dir() else root
    return sorted(p for p in base.glob("*/*.yaml") if not p.name.startswith(("_", ".")))


def _load(path: Path) -> dict[str, Any] | None:
    data = yaml.load(
        path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )
    return data if isinstance(data, dict) else None


def deadends_dir(work: Path) -> Path:
    """The deadends import, made once per work directory with the project's own importer."""
    target = work / "deadends"
    if not (target / ".complete").exists():
        subprocess.run(
            [sys.executable, "-m", "errkb", "import", "deadends", str(DEADENDS), "-o", str(target)],
            check=False,  # exits non-zero when some ids were skipped; the rest is imported
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if not _yaml_files(target):
            raise RuntimeError(f"the deadends import wrote no records into {target}")
        (target / ".complete").write_text("ok")
    return target


def _examples(data: dict[str, Any]) -> list[str]:
    """The record's example texts; its signature when it has none (deadends records)."""
    found = []
    for example in data.get("examples") or []:
        text = example.get("text") if isinstance(example, dict) else example
        if isinstance(text, str) and text.strip():
            found.append(text)
    if not found and isinstance(data.get("signature"), str):
        found.append(data["signature"])
    return found


def _patterns(data: dict[str, Any]) -> list[str]:
    found = [data["regex"]] if isinstance(data.get("regex"), str) else []
    for pattern in data.get("patterns") or []:
        if isinstance(pattern, dict) and isinstance(pattern.get("regex"), str):
            found.append(pattern["regex"])
    return found


def _rename(data: dict[str, Any], suffix: str) -> dict[str, Any] | None:
    """A variant of a record: the literal words of its patterns and examples renamed.

    The two longest words of every pattern are renamed, so no pattern of the variant is a
    pattern of the original (None when a pattern has no word to rename)."""
    words: set[str] = set()
    for regex in _patterns(data):
        found = sorted(set(_WORD.findall(regex)), key=len)[-2:]
        if not found:
            return None
        words.update(found)
    mapping = {w: w + suffix for w in words}

    def swap(text: str) -> str:
        return re.sub(
            "|".join(map(re.escape, sorted(mapping, key=len, reverse=True))),
            lambda m: mapping[m.group(0)],
            text,
        )

    variant = dict(data)
    if isinstance(data.get("regex"), str):
        variant["regex"] = swap(data["regex"])
    if data.get("patterns"):
        variant["patterns"] = [
            {**p, "regex": swap(p["regex"])} if isinstance(p, dict) and "regex" in p else p
            for p in data["patterns"]
        ]
    variant["examples"] = [
        {**e, "text": swap(e["text"])} if isinstance(e, dict) and "text" in e else e
        for e in data.get("examples") or []
    ]
    variant.pop("counter_examples", None)
    if isinstance(data.get("signature"), str):
        variant["signature"] = swap(data["signature"])
    try:
        for regex in _patterns(variant):
            re.compile(regex)
    except re.error:
        return None
    return variant


def real_records(work: Path, *, mixed: bool = False) -> list[tuple[str, dict[str, Any]]]:
    """(domain, record data) of the bundled records, and of the deadends import if `mixed`."""
    found = []
    for root in (REPO / "data", deadends_dir(work)) if mixed else (REPO / "data",):
        for path in _yaml_files(root):
            data = _load(path)
            if data and _patterns(data) and _examples(data):
                found.append((path.parent.name, data | {"_slug": path.stem}))
    return found


def synthetic_kb(work: Path, size: int, seed: int = 7, *, mixed: bool = False) -> KbSpec:
    """A knowledge base of `size` records from real ones (see the module docstring)."""
    target = work / (f"mixed-{size}" if mixed else f"precise-{size}")
    real = real_records(work, mixed=mixed)
    rng = random.Random(seed)
    if size <= len(real):
        chosen = [(domain, data) for domain, data in rng.sample(real, size)]
    else:
        chosen = list(real)
        number = 0
        while len(chosen) < size:
            number += 1
            if number > size:
                raise RuntimeError("the real records give too few variants")
            for domain, data in real:
                if len(chosen) >= size:
                    break
                variant = _rename(data, _suffix(number))
                if variant is not None:
                    variant["_slug"] = f"{data['_slug']}-v{number}"
                    chosen.append((domain, variant))
    examples = [text for _domain, data in chosen for text in _examples(data)]
    if not (target / ".complete").exists():
        target.mkdir(parents=True, exist_ok=True)
        for domain, data in chosen:
            record = {k: v for k, v in data.items() if k != "_slug"}
            record["id"] = f"{domain}/{data['_slug']}"
            record["domain"] = domain
            folder = target / "records" / domain
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{data['_slug']}.yaml").write_text(
                yaml.dump(
                    record, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), allow_unicode=True
                ),
                encoding="utf-8",
            )
        (target / ".complete").write_text("ok")
    name = f"{size:,} mixed" if mixed else f"{size:,} synthetic"
    return KbSpec(name, [target], False, len(chosen), examples)


def _suffix(number: int) -> str:
    letters = "qxzjkvwy"
    out = ""
    while True:
        out = letters[number % len(letters)] + out
        number //= len(letters)
        if not number:
            return "x" + out


def loghub_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(LOGHUB.glob("*.log")):
        lines.extend(path.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True))
    return lines


def build_log(
    path: Path, megabytes: float, examples: list[str], *, every: int = 2000, seed: int = 11
) -> int:
    """A log of about `megabytes` MB: loghub lines, one record example per `every` lines.

    Returns how many examples were inserted."""
    rng = random.Random(seed)
    lines = loghub_lines()
    target = int(megabytes * 1_000_000)
    size = 0
    inserted = 0
    with path.open("w", encoding="utf-8") as out:
        count = 0
        while size < target:
            count += 1
            if examples and count % every == 0:
                piece = rng.choice(examples).rstrip("\n") + "\n"
                inserted += 1
            else:
                piece = rng.choice(lines)
            out.write(piece)
            size += len(piece.encode("utf-8"))
    return inserted


def snippet(examples: list[str], *, hit: bool, seed: int = 5, size: int = 2048) -> str:
    """About `size` characters of log lines, ending with a record example when `hit`."""
    rng = random.Random(seed)
    lines = loghub_lines()
    tail = (
        rng.choice(examples)
        if hit
        else "fatal: the frobnicator gave up on widget 42 unexpectedly\n"
    )
    body = ""
    while len(body) + len(tail) < size:
        body += rng.choice(lines)
    return body + tail
