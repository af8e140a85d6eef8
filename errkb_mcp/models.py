"""The tools' inputs and outputs as pydantic models: the JSON schemas clients see.

Every answer says how sure it is (``score``, ``match_kind``, ``certainty``) and says so
plainly when nothing was recognised. Every list and long text is capped; ``truncated`` says
what was cut.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Answer",
    "Candidate",
    "Consequence",
    "CounterExampleCheck",
    "DeadEnd",
    "DiagnoseResult",
    "EnvironmentInput",
    "EnvironmentUsed",
    "ExampleCheck",
    "ExplainResult",
    "Fix",
    "FixedRelease",
    "Incident",
    "InputStats",
    "LookupResult",
    "Problem",
    "RecordCount",
    "Reference",
    "Related",
    "SearchHit",
    "SearchResult",
    "ValidationResult",
]

MatchKind = Literal["regex", "fuzzy"]
Shell = Literal["sh", "bash", "zsh", "fish", "powershell", "cmd"]
OSName = Literal["linux", "macos", "windows"]


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- inputs ----------------------------------------------------------------------------------


class EnvironmentInput(BaseModel):
    """Where the fixes will be run. Every field is optional; what is left out is detected."""

    model_config = ConfigDict(extra="forbid")

    shell: Shell | None = Field(
        default=None, description="Shell the commands are written for (quoting differs)."
    )
    os: OSName | None = Field(default=None, description="Operating system of the machine.")
    installed: dict[str, str] = Field(
        default_factory=dict,
        max_length=5000,
        description=(
            'Installed versions, package name -> version (e.g. {"uvicorn": "0.23.2"}); '
            "compared with the releases that fixed an error."
        ),
    )


# --- shared pieces ---------------------------------------------------------------------------


class EnvironmentUsed(_Out):
    """The environment the fixes were rendered for, and where it came from."""

    shell: str
    os: str
    installed: int = Field(description="How many installed versions were known.")
    source: Literal["argument", "log", "local"] = Field(
        description=(
            "argument: given by the caller; log: shown by the log itself; local: the machine "
            "the server runs on."
        )
    )


class Fix(_Out):
    """One fix, most likely first: what to do, how often it works, what to run."""

    action: str
    success_rate: float = Field(description="How often this fix works, 0-1.")
    how: str = ""
    commands: list[str] = Field(
        default_factory=list, description="Commands for the environment, quoted for its shell."
    )
    notes: list[str] = Field(
        default_factory=list, description="What the installed versions mean for this error."
    )


class DeadEnd(_Out):
    """A fix people try that does not work."""

    action: str
    why_fails: str = ""
    fail_rate: float = Field(description="How often it fails, 0-1.")


class Consequence(_Out):
    """A later error caused by this incident (reported under it, not separately)."""

    record_id: str
    signature: str
    line: int = Field(description="0-based line number.")


class InputStats(_Out):
    """How much text was read (never echoed back)."""

    characters: int
    lines: int


# --- diagnose ----------------------------------------------------------------------------------


class Incident(_Out):
    """One recognised error in the log, with its repeats folded in."""

    record_id: str = Field(description="The record's id; `explain` it for the full page.")
    signature: str = Field(description="The error as the record names it.")
    title: str = Field(description="The signature with the values this log captured.")
    summary: str = Field(description="One line on why it happens.")
    severity: str
    score: float = Field(description="How sure the match is, 0-1; pattern matches score >= 0.5.")
    match_kind: MatchKind = Field(
        description="regex: a pattern of the record matched; fuzzy: only similar wording."
    )
    certainty: str = Field(description="The score and kind in words.")
    line: int = Field(description="0-based line of the first occurrence.")
    column: int = Field(description="0-based column (code points).")
    end_line: int
    end_column: int
    lines: list[int] = Field(description="0-based lines of the incident (capped).")
    repeats: int = Field(description="How many times it occurred (1 = once).")
    last_line: int = Field(description="0-based line of the last occurrence.")
    excerpt: str = Field(description="The matched text, shortened.")
    captures: dict[str, str | None] = Field(
        default_factory=dict, description="Values the record's patterns captured."
    )
    fixes: list[Fix] = Field(default_factory=list, description="Ranked, most likely first.")
    dead_ends: list[DeadEnd] = Field(default_factory=list)
    consequences: list[Consequence] = Field(default_factory=list)
    documentation: str | None = None
    resource: str = Field(description="URI of the record's resource (YAML and Markdown).")


class RecordCount(_Out):
    """How often one record was seen in the log."""

    record_id: str
    signature: str
    incidents: int
    occurrences: int


class DiagnoseResult(_Out):
    """The incidents of known errors in a log, most relevant first."""

    recognised: bool = Field(description="False means no known error was found: do not guess.")
    summary: str = Field(description="One sentence: what was found, or 'not recognised'.")
    input: InputStats
    environment: EnvironmentUsed
    incidents: list[Incident] = Field(default_factory=list)
    incidents_total: int
    records: list[RecordCount] = Field(
        default_factory=list, description="Every recognised record with its counts (capped)."
    )
    truncated: list[str] = Field(
        default_factory=list, description="What was left out of this answer, if anything."
    )


# --- lookup ----------------------------------------------------------------------------------


class Answer(_Out):
    """The best match for an error message."""

    record_id: str
    signature: str
    summary: str
    root_cause: str
    severity: str
    score: float = Field(description="How sure the match is, 0-1; pattern matches score >= 0.5.")
    match_kind: MatchKind
    certainty: str
    line: int = Field(description="0-based line of the match in the text.")
    column: int
    excerpt: str
    captures: dict[str, str | None] = Field(default_factory=dict)
    fixes: list[Fix] = Field(default_factory=list)
    dead_ends: list[DeadEnd] = Field(default_factory=list)
    documentation: str | None = None
    resource: str


class Candidate(_Out):
    """Another record that also matched, less well."""

    record_id: str
    signature: str
    score: float
    match_kind: MatchKind


class LookupResult(_Out):
    """What an error message is, or 'not recognised'."""

    recognised: bool = Field(description="False means no known error matched: do not guess.")
    summary: str
    best: Answer | None = None
    alternatives: list[Candidate] = Field(default_factory=list)
    weak_matches_rejected: int = Field(
        default=0,
        description="Fuzzy candidates too weak to be answers (not shown: they are not answers).",
    )
    environment: EnvironmentUsed
    truncated: list[str] = Field(default_factory=list)


# --- explain ---------------------------------------------------------------------------------


class FixedRelease(_Out):
    package: str
    ecosystem: str
    version: str
    change: str = ""


class Reference(_Out):
    url: str
    title: str = ""
    kind: str = "docs"


class Related(_Out):
    """Record ids this error leads to, follows, or is mistaken for."""

    leads_to: list[str] = Field(default_factory=list)
    preceded_by: list[str] = Field(default_factory=list)
    frequently_confused_with: list[str] = Field(default_factory=list)


class ExplainResult(_Out):
    """A record in full: what the error is, why, and what to do."""

    record_id: str
    signature: str
    summary: str
    root_cause: str
    severity: str
    domain: str
    tags: list[str] = Field(default_factory=list)
    confidence: float = Field(description="How reliable the record itself is, 0-1.")
    verification: str = Field(description="How its examples were obtained.")
    fixes: list[Fix] = Field(
        default_factory=list,
        description="Ranked; commands that need values from a real match are left out.",
    )
    dead_ends: list[DeadEnd] = Field(default_factory=list)
    fixed_releases: list[FixedRelease] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    documentation: str | None = None
    examples: list[str] = Field(
        default_factory=list, description="Real outputs (a few, shortened)."
    )
    related: Related
    environment: EnvironmentUsed
    resource: str
    truncated: list[str] = Field(default_factory=list)


# --- search_records --------------------------------------------------------------------------


class SearchHit(_Out):
    record_id: str
    signature: str
    summary: str
    tags: list[str] = Field(default_factory=list)
    score: float = Field(description="Similarity of the query to the record, 0-100.")
    matched_field: Literal["id", "signature", "alias", "tag", "summary"]


class SearchResult(_Out):
    """Records whose id, signature, aliases, tags or summary resemble the query."""

    found: bool = Field(description="False means no record resembles the query.")
    summary: str
    query: str
    hits: list[SearchHit] = Field(default_factory=list)
    hits_total: int
    truncated: list[str] = Field(default_factory=list)


# --- validate_record ---------------------------------------------------------------------------


class Problem(_Out):
    """One problem with the draft, as the linter reports it."""

    code: str = Field(description="Stable linter code, ERRKB0NN.")
    description: str = Field(description="What the code means.")
    field: str | None = None
    message: str


class ExampleCheck(_Out):
    """Whether an example is recognised, and as this record."""

    index: int
    matched: bool = Field(description="A pattern of the draft matches the example.")
    ranked_first: bool = Field(description="errkb's lookup names the draft for this example.")
    top_record: str | None = Field(default=None, description="What lookup names instead.")
    top_score: float | None = None


class CounterExampleCheck(_Out):
    """Whether a counter-example is (wrongly) matched by the draft."""

    index: int
    matched: bool = Field(description="True is a problem: counter-examples must not match.")
    pattern: str | None = Field(default=None, description="The pattern that matched it.")


class ValidationResult(_Out):
    """Whether a drafted record is ready: parsed, valid, lint-clean, examples matching."""

    valid: bool
    summary: str
    stage: Literal["parse", "model", "lint"] = Field(
        description="The last stage reached: parse (YAML), model (fields) or lint (all checks)."
    )
    record_id: str | None = None
    overrides: str | None = Field(
        default=None, description="Path of an existing record with the same id it would replace."
    )
    problems: list[Problem] = Field(default_factory=list)
    examples: list[ExampleCheck] = Field(default_factory=list)
    counter_examples: list[CounterExampleCheck] = Field(default_factory=list)
    truncated: list[str] = Field(default_factory=list)
