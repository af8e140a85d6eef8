"""Fix pages (plain text derived from a closed upstream issue): the failure signature, fixed
release, fix options and environment become a record."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from errkb.records.importers.common import RecordImportError, slugify, validate_record
from errkb.records.importers.fix_page_text import (
    CALL_SITE,
    DATE,
    VERSION,
    Install,
    RepoRef,
    bullet_items,
    find_error_message,
    find_installs,
    first_sentence,
    fix_options,
    infer_package,
    key_values,
    name_variants,
    normalise_name,
    pattern_for,
    repo_refs,
    split_sections,
)
from errkb.records.model import Record

__all__ = ["import_fix_page"]


def import_fix_page(
    text: str, *, source: str | None = None, record_id: str | None = None
) -> Record:
    """Turn a fix page into a record.

    The failure signature becomes the signature and an escaped pattern, the error message the
    example, the fixed release a ``fixed_releases`` entry (package inferred by
    :func:`infer_package`), the fix options and install commands from the discussion
    workarounds, the issue and fix links references, the environment the verification
    environment. ``source`` (the page's URL or file) is recorded; ``record_id`` overrides the
    id, which is otherwise ``<package>/<signature words>``.
    """
    sections = split_sections(text)
    evidence = key_values(sections.get("evidence", []))
    mechanism = key_values(sections.get("why_fix_works", []))
    breaks = key_values(sections.get("why_breaks", []))

    error_message = find_error_message(sections.get("error_message", []))
    signature_lines = bullet_items(sections.get("signature", [])) or sections.get("signature", [])
    raw_signature = next(
        (s for s in (*signature_lines, error_message, mechanism.get("trigger", "")) if s), ""
    )
    signature = CALL_SITE.sub("", raw_signature).strip()
    if not signature:
        raise RecordImportError("no failure signature: the page has no signature or error message")

    package, ecosystem = infer_package(text)
    refs = repo_refs(text)
    repo_ref = next((r for r in refs if normalise_name(r.repo) in name_variants(package)), None)
    repo_ref = repo_ref or (refs[0] if refs else None)

    fix_url = evidence.get("fix pr") or evidence.get("fix reference") or ""
    stated = repo_refs(fix_url)
    if stated and stated[0].ref:
        fix_url = stated[0].url  # canonical form: no ".git", no trailing "/files"
    elif not re.match(r"https?://", fix_url):
        fix_url = next((r.url for r in refs if r.kind == "pull" and r.ref), "")
    issue_url = ""
    issue_number = re.search(r"#?(\d+)", evidence.get("github issue", ""))
    if issue_number and repo_ref is not None:
        issue_url = RepoRef(
            repo_ref.host, repo_ref.owner, repo_ref.repo, "issue", issue_number.group(1)
        ).url
    else:
        issue_url = next((r.url for r in refs if r.kind == "issue" and r.ref), "")

    version_match = re.search(VERSION, evidence.get("first fixed release", ""))
    if version_match is None:
        fix_text = " ".join(sections.get("fix", [])[:1] + sections.get("fix_options", []))
        version_match = re.search(rf"(?:version|release)\s+({VERSION})", fix_text, re.I)
    version = version_match.group(version_match.lastindex or 0) if version_match else None
    version = version.lstrip("v") if version else None

    confidence_match = re.search(r"\d*\.?\d+", evidence.get("confidence", ""))
    confidence = float(confidence_match.group()) if confidence_match else None
    if confidence is not None and not 0 <= confidence <= 1:
        confidence = confidence / 100 if confidence <= 100 else None
    worked = evidence.get("did this fix it?", "").lower().startswith("yes")
    fix_rate = confidence if (worked and confidence is not None) else 0.5

    workarounds = _fix_page_workarounds(
        sections, package, ecosystem, version, fix_url, issue_url, fix_rate
    )
    examples: list[dict[str, str]] = []
    for candidate in (error_message, *signature_lines, breaks.get("surfaces as", "")):
        candidate = " ".join(candidate.split())
        if candidate and all(e["text"] != candidate for e in examples):
            examples.append({"text": candidate, "source": source or "fix page"})

    why_broke = " ".join(sections.get("why_broke", [])) or mechanism.get("mechanism", "")
    what_broke = " ".join(sections.get("what_broke", []))
    root_cause = " ".join(first_sentence(part) for part in (why_broke, what_broke) if part)

    domain = slugify(package, max_length=40)
    slug = slugify(signature, max_length=48, drop_prefix=package)
    record: dict[str, Any] = {
        "id": record_id or f"{domain}/{slug}",
        "signature": signature,
        "domain": (record_id or domain).split("/", 1)[0],
        "root_cause": root_cause,
        "patterns": [{"regex": pattern_for(signature)}],
        "examples": examples,
        "workarounds": workarounds,
        "tags": [normalise_name(package)],
    }
    if mechanism.get("mechanism"):
        record["summary"] = first_sentence(mechanism["mechanism"])
    if confidence is not None:
        record["confidence"] = confidence
    if worked and confidence is not None:
        record["fix_success_rate"] = confidence
    last_verified = evidence.get("last verified")
    if last_verified:
        record["last_confirmed"] = last_verified
    dates = sorted(DATE.findall(" ".join(sections.get("discussion", []))))
    if dates:
        record["first_seen"] = dates[0]
    if version:
        note = mechanism.get("why the fix works", "")
        note = re.sub(r"\s*\(first fixed release:[^)]*\)\.?", "", note).strip()
        record["fixed_releases"] = [
            {
                "package": package,
                "ecosystem": ecosystem,
                "version": version,
                "change": fix_url,
                "note": note,
            }
        ]
    versions = _fix_page_versions(sections.get("versions", []), package)
    if versions:
        record["versions"] = versions
    references = []
    if issue_url:
        number = issue_url.rstrip("/").rsplit("/", 1)[-1]
        references.append({"url": issue_url, "title": f"{package} #{number}", "kind": "issue"})
    if fix_url:
        number = fix_url.rstrip("/").rsplit("/", 1)[-1]
        references.append({"url": fix_url, "title": f"{package} fix #{number}", "kind": "pull"})
    if source and re.match(r"https?://", source):
        references.append({"url": source, "title": "fix page", "kind": "article"})
    if references:
        record["references"] = references
    environment = {key: value for key, value in key_values(sections.get("environment", [])).items()}
    reproduced = evidence.get("reproduced locally", "not stated")
    record["verification"] = {
        "method": "reported",
        "environment": environment,
        "notes": f"Imported from a fix page; reproduced locally: {reproduced}",
    }
    if last_verified:
        record["verification"]["date"] = last_verified
    prevention = bullet_items(sections.get("prevention", []))
    if prevention:
        record["prevention"] = prevention
    imported_from: dict[str, Any] = {"format": "fix page"}
    if source:
        imported_from["source"] = source
    reproduction = [
        line
        for line in sections.get("reproduction", [])
        if not re.fullmatch(r"[\w.-]+\.(?:py|sh|txt|js|ts|log)", line)  # a file name caption
    ]
    if reproduction:
        imported_from["reproduction"] = "\n".join(reproduction)
    record["imported_from"] = imported_from
    return validate_record(record)


def _fix_page_workarounds(
    sections: Mapping[str, list[str]],
    package: str,
    ecosystem: str,
    version: str | None,
    fix_url: str,
    issue_url: str,
    fix_rate: float,
) -> list[dict[str, Any]]:
    options = fix_options(sections.get("fix_options", []))
    if not options and sections.get("fix"):
        options = [(sections["fix"][0], [sections["fix"][0]])]
    when_not = " ".join(bullet_items(sections.get("when_not", [])))
    workarounds: list[dict[str, Any]] = []
    for title, body in options:
        facts = key_values(body)
        how = " ".join(
            line
            for line in body
            if not re.match(
                r"^(when not to use|fix reference|first fixed release|last verified)\b", line, re.I
            )
        )
        upgrade = bool(re.match(r"upgrade\b", title, re.I)) and version is not None
        entry: dict[str, Any] = {
            "action": f"Upgrade {package} to {version} or later"
            if upgrade
            else first_sentence(title),
            "success_rate": fix_rate,
            "how": how,
        }
        condition = facts.get("when not to use") or when_not
        if condition:
            entry["condition"] = first_sentence(condition)
        sources = [url for url in (facts.get("fix reference") or fix_url, issue_url) if url]
        if sources:
            entry["sources"] = list(dict.fromkeys(sources))
        if upgrade and ecosystem == "pypi":
            entry["commands"] = [{"argv": ["pip", "install", "--upgrade", f"{package}>={version}"]}]
        elif upgrade and ecosystem == "npm":
            entry["commands"] = [{"argv": ["npm", "install", f"{package}@>={version}"]}]
        workarounds.append(entry)

    seen: set[tuple[str, ...]] = set()
    for install in find_installs(" ".join(sections.get("discussion", []))):
        if install.bare and normalise_name(install.name) == package:
            continue  # installing the package as it already is: the situation, not a fix
        tool = {"pip3": "pip", "python3 -m pip": "python -m pip"}.get(install.tool, install.tool)
        normalised = Install(tool, install.spec, install.name, install.ecosystem)
        key = tuple(normalised.argv)
        if key in seen:
            continue
        seen.add(key)
        how = "Suggested in the issue discussion."
        if "[" in install.spec:
            how += " Quote the argument in zsh and fish, which read brackets as a glob pattern."
        entry = {
            "action": f"Install `{install.spec}`",
            "success_rate": 0.5,
            "how": how,
            "commands": [{"argv": normalised.argv}],
        }
        if issue_url:
            entry["sources"] = [issue_url]
        workarounds.append(entry)
    return workarounds


def _fix_page_versions(lines: Sequence[str], package: str) -> list[dict[str, str]]:
    versions: list[dict[str, str]] = []
    for line in lines:
        match = re.match(rf"^({VERSION})\s+(\w[\w -]*)$", line)
        if match:
            versions.append(
                {"version": f"{package} {match.group(1)}", "status": match.group(2).lower()}
            )
    return versions
