"""Reading a fix page's text: its sections, the repositories and installs it names, the package it
is about."""

from __future__ import annotations

import re
import shlex
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from errkb.records.importers.common import RecordImportError

__all__ = [
    "CALL_SITE",
    "DATE",
    "VERSION",
    "Install",
    "RepoRef",
    "bullet_items",
    "find_error_message",
    "find_installs",
    "first_sentence",
    "fix_options",
    "infer_package",
    "key_values",
    "name_variants",
    "normalise_name",
    "pattern_for",
    "repo_refs",
    "split_sections",
]


_FIX_PAGE_SECTIONS = {
    "the fix": "fix",
    "why this fix works in production": "why_fix_works",
    "why this breaks in prod": "why_breaks",
    "proof / evidence": "evidence",
    "discussion": "discussion",
    "failure signature (search string)": "signature",
    "failure signature": "signature",
    "error message": "error_message",
    "minimal reproduction": "reproduction",
    "environment": "environment",
    "what broke": "what_broke",
    "why it broke": "why_broke",
    "fix options (details)": "fix_options",
    "fix options": "fix_options",
    "when not to use this fix": "when_not",
    "verify fix": "verify",
    "did this fix work in your case?": "feedback",
    "prevention": "prevention",
    "version compatibility table": "versions",
    "version compatibility": "versions",
    "related issues": "related",
    "sources": "sources",
    "get updates": "subscribe",
}

_REPO_URL = re.compile(
    r"https?://(?:www\.)?(?P<host>github\.com|gitlab\.com)/(?P<owner>[\w.-]+)/(?P<repo>[\w.-]+?)"
    r"(?:\.git)?(?=[/\s)\]>\"'#?,;]|$)(?:/(?:-/)?(?P<kind>[a-z_]+)(?:/(?P<ref>[\w.-]+))?)?"
)
_REPO_REFERENCE = re.compile(
    r"\b(?P<owner>[A-Za-z0-9][\w.-]*)/(?P<repo>[A-Za-z0-9][\w.-]*)\s+"
    r"(?P<kind>issue|pr|pull request|pull|mr|merge request)\s+#(?P<ref>\d+)",
    re.IGNORECASE,
)
# GitHub paths that look like owner/repo but are not repositories.
_NOT_OWNERS = {"orgs", "users", "settings", "sponsors", "marketplace", "features", "topics"}

_INSTALL = re.compile(
    r"(?P<tool>\b(?:python3?\s+-m\s+pip|uv\s+pip|pip3?|pipx|poetry|npm|yarn|pnpm|cargo|gem))"
    r"\s+(?P<verb>install|add|i)\b(?P<args>[^\n`“”\"]*)"
)
_TOOL_ECOSYSTEM = {
    "pip": "pypi",
    "pip3": "pypi",
    "pipx": "pypi",
    "poetry": "pypi",
    "uv pip": "pypi",
    "python -m pip": "pypi",
    "python3 -m pip": "pypi",
    "npm": "npm",
    "yarn": "npm",
    "pnpm": "npm",
    "cargo": "crates.io",
    "gem": "rubygems",
}
_SPEC = re.compile(r"^[A-Za-z0-9@][\w.@/-]*(?:\[[\w,.-]+\])?(?:[<>=!~^@]=?[\w.*+!-]+)*$")
VERSION = r"v?\d+(?:\.\d+)+(?:[-.+]?[A-Za-z0-9]+)*"
DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
CALL_SITE = re.compile(r"\s+\S+\s+@\s+\S+:\d+(?::\d+)?\s*$")


@dataclass(frozen=True)
class RepoRef:
    """A repository named by the page, with what it points at: ``pull``, ``issue``..."""

    host: str
    owner: str
    repo: str
    kind: str
    ref: str

    @property
    def url(self) -> str:
        base = f"https://{self.host}/{self.owner}/{self.repo}"
        if self.kind == "pull":
            return (
                f"{base}/-/merge_requests/{self.ref}"
                if self.host == "gitlab.com"
                else (f"{base}/pull/{self.ref}")
            )
        if self.kind == "issue":
            return (
                f"{base}/-/issues/{self.ref}"
                if self.host == "gitlab.com"
                else (f"{base}/issues/{self.ref}")
            )
        return base


_REF_KINDS = {
    "pull": "pull",
    "pulls": "pull",
    "pr": "pull",
    "pull request": "pull",
    "merge_requests": "pull",
    "merge request": "pull",
    "mr": "pull",
    "issues": "issue",
    "issue": "issue",
    "commit": "commit",
    "commits": "commit",
}


@dataclass(frozen=True)
class Install:
    tool: str
    spec: str
    name: str
    ecosystem: str

    @property
    def argv(self) -> list[str]:
        return [
            *self.tool.split(),
            "add" if self.tool in ("poetry", "yarn") else "install",
            self.spec,
        ]

    @property
    def bare(self) -> bool:
        """Installs only a package name, with no extra and no version."""
        return self.spec == self.name


def normalise_name(name: str) -> str:
    # PEP 503 normalisation; harmless for npm and crates names.
    return re.sub(r"[-_.]+", "-", name).lower()


def repo_refs(text: str) -> list[RepoRef]:
    refs: list[RepoRef] = []
    for match in _REPO_URL.finditer(text):
        owner, repo = match["owner"], match["repo"].rstrip(".")
        if owner.lower() in _NOT_OWNERS or not repo:
            continue
        kind = _REF_KINDS.get((match["kind"] or "").lower(), "other")
        refs.append(RepoRef(match["host"], owner, repo, kind, match["ref"] or ""))
    for match in _REPO_REFERENCE.finditer(text):
        kind = _REF_KINDS.get(" ".join(match["kind"].lower().split()), "other")
        refs.append(RepoRef("github.com", match["owner"], match["repo"], kind, match["ref"]))
    return refs


def find_installs(text: str) -> list[Install]:
    found: list[Install] = []
    for match in _INSTALL.finditer(text):
        tool = " ".join(match["tool"].split())
        args = match["args"]
        try:
            words = shlex.split(args)
        except ValueError:
            words = args.replace("\\", "").split()
        spec = next((w for w in words if not w.startswith("-")), "")
        spec = spec.rstrip(".,;:)…")
        if not spec or not _SPEC.match(spec):
            continue
        name = re.split(r"[\[<>=!~^]|(?<=.)@", spec, maxsplit=1)[0]
        found.append(Install(tool, spec, name, _TOOL_ECOSYSTEM.get(tool, "pypi")))
    return found


def name_variants(repo: str) -> set[str]:
    name = normalise_name(repo)
    variants = {name}
    for prefix in ("python-", "py-", "node-"):
        if name.startswith(prefix):
            variants.add(name[len(prefix) :])
    for suffix in ("-python", "-py", "-js", "-rs", "-node"):
        if name.endswith(suffix):
            variants.add(name[: -len(suffix)])
    return variants


def infer_package(text: str) -> tuple[str, str]:
    """The package a fix page is about, and its ecosystem (``pypi``, ``npm``...).

    The repository of the fix's pull request (else the most cited repository of the page) names
    the package; an install command of the page that installs a variant of that name
    (``python-foo`` -> ``foo``) gives the exact distribution name and the ecosystem. Without a
    repository, the most installed package wins. Raises :class:`RecordImportError` when the
    page names neither.
    """
    refs = repo_refs(text)
    installs = find_installs(text)
    repo = _main_repo(refs)
    if repo is not None:
        variants = name_variants(repo)
        for install in installs:
            if normalise_name(install.name) in variants:
                return normalise_name(install.name), install.ecosystem
        return normalise_name(repo), _ecosystem_hint(text, installs)
    if installs:
        most = Counter(normalise_name(i.name) for i in installs).most_common(1)[0][0]
        chosen = next(i for i in installs if normalise_name(i.name) == most)
        return most, chosen.ecosystem
    raise RecordImportError(
        "cannot infer the package: the page has no GitHub/GitLab link, no owner/repo issue "
        "reference and no install command"
    )


def _main_repo(refs: Sequence[RepoRef]) -> str | None:
    """The fix's repository: that of a pull request, else the most cited one (first on ties)."""
    pulls = [ref.repo for ref in refs if ref.kind == "pull"]
    if pulls:
        return pulls[0]
    counts = Counter(normalise_name(ref.repo) for ref in refs)
    best = max(counts.values(), default=0)
    return next((ref.repo for ref in refs if counts[normalise_name(ref.repo)] == best), None)


def _ecosystem_hint(text: str, installs: Sequence[Install]) -> str:
    if installs:
        return Counter(i.ecosystem for i in installs).most_common(1)[0][0]
    lowered = text.lower()
    if re.search(r"\b(node(\.js)?|npm|yarn)\b", lowered):
        return "npm"
    if re.search(r"\b(python|pip|pypi)\b", lowered):
        return "pypi"
    return "github"


def split_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {"preamble": []}
    current = "preamble"
    for raw in text.splitlines():
        line = raw.strip()
        title = line.lstrip("#").strip().rstrip(":").strip().casefold()
        if title in _FIX_PAGE_SECTIONS:
            current = _FIX_PAGE_SECTIONS[title]
            sections.setdefault(current, [])
            continue
        if line:
            sections[current].append(line)
    return sections


def bullet_items(lines: Iterable[str]) -> list[str]:
    return [line.lstrip("•*- \t").strip() for line in lines if line[:1] in "•*-"]


def key_values(lines: Iterable[str]) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for line in lines:
        text = line.lstrip("•*- \t")
        key, sep, value = text.partition(":")
        if sep and key.strip() and len(key) <= 40 and value.strip():
            pairs.setdefault(key.strip().casefold(), value.strip())
    return pairs


def first_sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?" else text + "."


def find_error_message(lines: Sequence[str]) -> str:
    kept = [
        line
        for line in lines
        if line.casefold() not in ("stack trace", "traceback")
        and not re.fullmatch(r"[\w.-]+\.(?:txt|log|out|err)", line)
    ]
    text = " ".join(kept)
    return re.sub(r"^Error Message\s*-+\s*", "", text).strip()


def pattern_for(signature: str) -> str:
    # re.escape also escapes spaces, which makes YAML patterns hard to read; spaces are literal.
    return re.escape(signature).replace("\\ ", " ")


def fix_options(lines: Sequence[str]) -> list[tuple[str, list[str]]]:
    options: list[tuple[str, list[str]]] = []
    for line in lines:
        match = re.match(r"^Option\s+\w+\s*[—–:-]+\s*(?P<title>.+)$", line)
        if match:
            title = re.sub(
                r"\s+(?:safe default\b.*|\(recommended\)|recommended)$",
                "",
                match["title"],
                flags=re.IGNORECASE,
            )
            options.append((title.strip(), []))
        elif options:
            options[-1][1].append(line)
    return options
