"""The record model: one known error, as pydantic v2 models.

The field names and shapes of the flat seed record are kept exactly (a seed JSON file loads
unchanged and dumps back equal with ``exclude_unset=True``); everything errkb adds is an
optional extension with a default, so a record written before an extension existed still loads.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = [
    "DRAFT_PLACEHOLDER",
    "SEED_FIELDS",
    "DeadEnd",
    "Example",
    "FixCommand",
    "FixedRelease",
    "OSName",
    "PatternSpec",
    "Record",
    "Reference",
    "Severity",
    "ShellName",
    "TransitionGraph",
    "Verification",
    "VersionInfo",
    "Workaround",
]

Severity = Literal["error", "warning", "information", "hint"]

#: How `errkb draft` starts the fields a person must still write; the linter reports them.
DRAFT_PLACEHOLDER = "TODO"

#: Shells a fix command can be written for; "posix" means any POSIX shell (sh, bash, zsh...).
ShellName = Literal["sh", "bash", "zsh", "fish", "posix", "powershell", "cmd"]
OSName = Literal["linux", "macos", "windows"]

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*/[a-z0-9][a-z0-9._-]*$")


class _Model(BaseModel):
    # Unknown keys are kept (not dropped) so that a record from a newer errkb, or a third-party
    # superset, round-trips without losing fields.
    # Schemas are built on first validation, not at import: a start from the index cache
    # unpickles records and never validates, and skips ~50 ms of schema building.
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)


class VersionInfo(_Model):
    """A version of a tool or library and how this error behaves in it."""

    version: str
    introduced: str | None = None
    deprecated: str | None = None
    removed: str | None = None
    behavior_change: str | None = None
    status: str = "active"


class DeadEnd(_Model):
    """A fix people commonly try that does not work, and why."""

    action: str
    why_fails: str = ""
    fail_rate: float = Field(default=0.5, ge=0.0, le=1.0)
    condition: str = ""
    sources: list[str] = Field(default_factory=list)


class FixCommand(_Model):
    """A concrete command that applies a workaround, for some shells and operating systems.

    ``argv`` is preferred: errkb quotes each word for the user's shell (zsh and fish need
    ``'uvicorn[standard]'`` quoted, bash does not). ``script`` is verbatim shell text for
    when a command needs pipes, redirections or shell syntax. Both may contain ``{group}``
    placeholders filled from the match's named capture groups; ``{group|pypi}`` maps a Python
    import name to its distribution name (``cv2`` -> ``opencv-python``).
    """

    argv: list[str] | None = None
    script: str | None = None
    shells: list[ShellName] = Field(default_factory=list)
    os: list[OSName] = Field(default_factory=list)
    description: str = ""

    @model_validator(mode="after")
    def _exactly_one_form(self) -> FixCommand:
        if (self.argv is None) == (self.script is None):
            raise ValueError("a fix command needs exactly one of 'argv' or 'script'")
        if self.argv is not None and not self.argv:
            raise ValueError("'argv' must not be empty")
        return self


class Workaround(_Model):
    """A fix that works, with how often it works and how to apply it."""

    action: str
    success_rate: float = Field(default=0.5, ge=0.0, le=1.0)
    how: str = ""
    condition: str = ""
    sources: list[str] = Field(default_factory=list)
    # errkb extension: commands that carry the fix out.
    commands: list[FixCommand] = Field(default_factory=list)
    # errkb extension: where the fix can be applied ("local" machine, "ci" runner); empty means
    # both. A CI runner gets the fixes that apply there first, and none marked local-only.
    where: list[Literal["local", "ci"]] = Field(default_factory=list)
    # errkb extension: the systems the fix itself is for ("Start Docker Desktop" is not a fix
    # on a Linux server); empty means every system. Commands have their own `os` as well.
    os: list[OSName] = Field(default_factory=list)


class TransitionGraph(_Model):
    """How this error relates to others: what it leads to, follows, or is mistaken for."""

    leads_to: list[Any] = Field(default_factory=list)
    preceded_by: list[Any] = Field(default_factory=list)
    frequently_confused_with: list[Any] = Field(default_factory=list)


class PatternSpec(_Model):
    """One regular expression that recognises the error (Python ``re`` syntax).

    Patterns are compiled with ``re.MULTILINE`` so ``^`` and ``$`` anchor at line boundaries.
    ``weight`` below 1 marks a pattern that is weak evidence on its own (a message shared with
    other records) and needs context hints to rank first.
    """

    regex: str
    weight: float = Field(default=1.0, gt=0.0, le=1.0)
    ignore_case: bool = False
    note: str = ""


class Example(_Model):
    """A real output the record must match (or, as a counter-example, must not)."""

    text: str
    source: str = ""


class FixedRelease(_Model):
    """A release of a package in which the problem was fixed or a better message added."""

    package: str
    ecosystem: str = "pypi"
    version: str
    change: str = ""
    note: str = ""


class Reference(_Model):
    """A link worth reading: documentation, an upstream issue, the fixing change."""

    url: str
    title: str = ""
    kind: Literal["docs", "issue", "pull", "article", "spec", "other"] = "docs"


class Verification(_Model):
    """How the record's examples were obtained, so they can be obtained again."""

    method: Literal["captured", "documented", "reported", "imported", "ai_generated"] = "documented"
    script: str | None = None
    environment: dict[str, str] = Field(default_factory=dict)
    date: str | None = None
    notes: str = ""


def _coerce_examples(value: Any) -> Any:
    if isinstance(value, list):
        return [{"text": item} if isinstance(item, str) else item for item in value]
    return value


class Record(_Model):
    """One known error: how to recognise it, why it happens, and what to do."""

    # --- fields of the flat seed record (names and shapes kept exactly) ---
    id: str
    signature: str
    signature_zh: str | None = None
    regex: str | None = None
    domain: str = ""
    category: str | None = None
    subcategory: str | None = None
    root_cause: str = ""
    root_cause_type: str | None = None
    root_cause_zh: str | None = None
    versions: list[VersionInfo] = Field(default_factory=list)
    os_specific: dict[str, Any] = Field(default_factory=dict)
    dead_ends: list[DeadEnd] = Field(default_factory=list)
    workarounds: list[Workaround] = Field(default_factory=list)
    workarounds_zh: list[str] = Field(default_factory=list)
    transition_graph: TransitionGraph = Field(default_factory=TransitionGraph)
    official_doc_url: str | None = None
    official_doc_section: str | None = None
    error_code: str | None = None
    verification_tier: str | None = None
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    fix_success_rate: float | None = Field(default=None, ge=0.0, le=1.0)
    resolvable: str | bool | None = None
    first_seen: str | None = None
    last_confirmed: str | None = None
    last_updated: str | None = None
    evidence_count: int | None = None
    tags: list[str] = Field(default_factory=list)
    locale: str = "en"
    aliases: list[str] = Field(default_factory=list)

    # --- errkb extensions ---
    summary: str | None = None
    patterns: list[PatternSpec] = Field(default_factory=list)
    examples: list[Example] = Field(default_factory=list)
    counter_examples: list[Example] = Field(default_factory=list)
    fixed_releases: list[FixedRelease] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    severity: Severity = "error"
    context_hints: list[str] = Field(default_factory=list)
    verification: Verification | None = None
    #: A consequence only says that something failed because of an error above it ("Process
    #: completed with exit code 1"): it is attached to that error's incident, not reported alone.
    role: Literal["cause", "consequence"] = "cause"
    #: A one-line title with ``{group}`` placeholders, filled with what the log captured;
    #: without one, an incident is titled with the line the log printed.
    title: str | None = None

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not _ID_RE.match(value):
            raise ValueError(
                f"id {value!r} must be 'domain/slug' in lowercase letters, digits, '.', '_', '-'"
            )
        return value

    @field_validator("patterns", mode="before")
    @classmethod
    def _coerce_patterns(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"regex": item} if isinstance(item, str) else item for item in value]
        return value

    @field_validator("examples", "counter_examples", mode="before")
    @classmethod
    def _coerce_example_list(cls, value: Any) -> Any:
        return _coerce_examples(value)

    @model_validator(mode="after")
    def _has_a_pattern(self) -> Record:
        if not self.regex and not self.patterns and not self.signature:
            raise ValueError("a record needs 'regex', 'patterns' or at least a 'signature'")
        return self

    def missing_required(self) -> list[str]:
        """The fields docs/record-format.md says a record file MUST have and this one lacks
        (the model itself accepts partial records built in code)."""
        return [
            name
            for name, present in (
                ("signature", self.signature.strip()),
                ("root_cause", self.root_cause.strip()),
                ("patterns", self.regex or self.patterns),
            )
            if not present
        ]

    @property
    def all_patterns(self) -> list[PatternSpec]:
        """The seed ``regex`` (if any) followed by the extension ``patterns``."""
        specs = [PatternSpec(regex=self.regex)] if self.regex else []
        return specs + list(self.patterns)

    @property
    def short_cause(self) -> str:
        """One line on why this happens: ``summary``, else the first sentence of the cause."""
        if self.summary:
            return self.summary
        text = " ".join(self.root_cause.split())
        match = re.match(r"(.+?[.!?])(\s|$)", text)
        return match.group(1) if match else text

    @property
    def is_generic(self) -> bool:
        """A generic record describes a symptom with many causes; specific ones outrank it."""
        return (self.root_cause_type or "").lower() == "generic"

    @property
    def ranked_workarounds(self) -> list[Workaround]:
        """Workarounds, most successful first (stable for equal rates)."""
        return sorted(self.workarounds, key=lambda w: -w.success_rate)

    @property
    def documentation_url(self) -> str | None:
        """The official documentation link, else the first docs reference."""
        if self.official_doc_url:
            return self.official_doc_url
        for ref in self.references:
            if ref.kind == "docs":
                return ref.url
        return None

    def seed_dict(self) -> dict[str, Any]:
        """The record in the flat seed shape: only the seed's fields, every one present."""
        data = self.model_dump(mode="json")
        data["workarounds"] = [
            {key: item[key] for key in ("action", "success_rate", "how", "condition", "sources")}
            for item in data["workarounds"]
        ]
        return {name: data[name] for name in SEED_FIELDS}


#: Field names of the flat seed record, in the seed's order.
SEED_FIELDS: tuple[str, ...] = (
    "id",
    "signature",
    "signature_zh",
    "regex",
    "domain",
    "category",
    "subcategory",
    "root_cause",
    "root_cause_type",
    "root_cause_zh",
    "versions",
    "os_specific",
    "dead_ends",
    "workarounds",
    "workarounds_zh",
    "transition_graph",
    "official_doc_url",
    "official_doc_section",
    "error_code",
    "verification_tier",
    "confidence",
    "fix_success_rate",
    "resolvable",
    "first_seen",
    "last_confirmed",
    "last_updated",
    "evidence_count",
    "tags",
    "locale",
    "aliases",
)
