"""The MCP server: errkb's tools and records for coding agents, on the official MCP SDK.

Tools (all read-only): ``diagnose`` (a log -> incidents with ranked fixes), ``lookup`` (an
error message -> its record), ``explain`` (a record id -> the record), ``search_records``
(words -> record ids) and ``validate_record`` (a drafted record -> its problems).

Resources: ``errkb://records`` (every id, as JSON) and ``errkb://records/{+id}`` (a record as
YAML, then as Markdown; ``{+id}`` because ids hold a slash).
"""

# No `from __future__ import annotations`: the SDK reads the tools' annotations, and those
# hold the limits of the service the server is built on (local values, not module globals).

import sys
from collections.abc import Callable, Iterable
from typing import Annotated, Any, TypeVar
from urllib.parse import unquote

import anyio
from mcp.server.lowlevel.helper_types import ReadResourceContents
from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ResourceNotFoundError, ToolError
from mcp.server.stdio import stdio_server
from mcp.types import InputRequiredResult, ToolAnnotations
from pydantic import AnyUrl, Field

from . import __version__
from .limits import RECORD_URI_PREFIX, BadInput
from .models import (
    DiagnoseResult,
    EnvironmentInput,
    ExplainResult,
    LookupResult,
    SearchResult,
    ValidationResult,
)
from .service import Service
from .wire import ReplacingLines

__all__ = ["INSTRUCTIONS", "ErrkbServer", "create_server"]

INSTRUCTIONS = """\
errkb recognises error output (terminal, build, CI and server logs) from a curated knowledge \
base and says what it means and what to do: the root cause, fixes ranked by how often they \
work (commands for the user's shell and OS), and the fixes that do not work.

When a command fails, call `diagnose` with its output (or a log) before guessing a cause; \
`lookup` takes a single error message. Every answer gives a score and a match kind: a `regex` \
match is proven by a pattern of the record, a `fuzzy` one only has similar wording. When the \
answer says "not recognised", errkb knows nothing about that error: do not read a cause into it.

`explain` gives a record in full, `search_records` finds record ids by words, and \
`validate_record` checks a record you draft for an error errkb does not know (YAML, in the \
format of docs/record-format.md) before you propose it.
"""

_T = TypeVar("_T")
_READ_ONLY = ToolAnnotations(read_only_hint=True, destructive_hint=False, idempotent_hint=True)


def _answer(call: Callable[..., _T], *args: Any) -> _T:
    try:
        return call(*args)
    except BadInput as exc:
        raise ToolError(str(exc)) from None


class ErrkbServer(MCPServer[Any]):
    """`MCPServer` whose record resources carry the record twice: as YAML and as Markdown."""

    def __init__(self, service: Service, **options: Any) -> None:
        super().__init__(**options)
        self.service = service

    async def run_stdio_async(self) -> None:
        """Serve over stdin and stdout, with lone surrogate escapes repaired (see `wire`)."""
        lowlevel = getattr(self, "_lowlevel_server", None)
        if lowlevel is None:  # another SDK layout: serve as the SDK does
            await super().run_stdio_async()
            return
        lines = ReplacingLines(sys.stdin.buffer)
        async with stdio_server(stdin=anyio.wrap_file(lines)) as (read, write):  # type: ignore[arg-type]
            await lowlevel.run(read, write, lowlevel.create_initialization_options())

    async def read_resource(
        self, uri: AnyUrl | str, context: Context[Any, Any] | None = None
    ) -> Iterable[ReadResourceContents] | InputRequiredResult:
        contents = await super().read_resource(uri, context)
        text = str(uri)
        if isinstance(contents, InputRequiredResult) or not text.startswith(RECORD_URI_PREFIX):
            return contents
        record_id = unquote(text[len(RECORD_URI_PREFIX) :])
        try:
            markdown = self.service.record_markdown(record_id)
        except BadInput as exc:  # the YAML was found, so this is not expected; say so anyway
            raise ResourceNotFoundError(str(exc)) from None
        return [*contents, ReadResourceContents(content=markdown, mime_type="text/markdown")]


def create_server(service: Service | None = None) -> ErrkbServer:
    """The errkb MCP server over `service` (the default knowledge base when None)."""
    service = service if service is not None else Service()
    limits = service.limits
    server = ErrkbServer(
        service,
        name="errkb",
        title="errkb: known errors and their fixes",
        version=__version__,
        instructions=INSTRUCTIONS,
        log_level="WARNING",
    )

    @server.tool(annotations=_READ_ONLY)
    def diagnose(
        text: Annotated[
            str,
            Field(
                description=(
                    "The output or log to look at, whole (up to "
                    f"{limits.max_text_chars:,} characters); it is never echoed back."
                )
            ),
        ],
        environment: Annotated[
            EnvironmentInput | None,
            Field(
                description=(
                    "Where the fixes will run. Default: what the log shows, else the "
                    "server's machine."
                )
            ),
        ] = None,
        max_incidents: Annotated[
            int,
            Field(ge=1, le=limits.max_incidents, description="Most incidents to list."),
        ] = limits.default_incidents,
    ) -> DiagnoseResult:
        """Find every known error in a log or in a command's output: incidents (each with its
        repeats, captured values and ranked fixes for the environment), most relevant first.
        Says "not recognised" when nothing is known; never guesses."""
        return _answer(service.diagnose, text, environment, max_incidents)

    @server.tool(annotations=_READ_ONLY)
    def lookup(
        text: Annotated[
            str,
            Field(
                description=(
                    f"An error message (up to {limits.max_lookup_chars:,} characters; "
                    "use diagnose for a log)."
                )
            ),
        ],
        environment: Annotated[
            EnvironmentInput | None,
            Field(description="Where the fixes will run. Default: the server's machine."),
        ] = None,
    ) -> LookupResult:
        """Name the error in a message: the best-matching record with its cause and ranked
        fixes, how sure the match is, and other candidates. Says "not recognised" rather than
        offer a weak similar-wording match."""
        return _answer(service.lookup, text, environment)

    @server.tool(annotations=_READ_ONLY)
    def explain(
        record_id: Annotated[
            str, Field(description="A record id, 'domain/slug', e.g. python/module-not-found.")
        ],
        environment: Annotated[
            EnvironmentInput | None,
            Field(description="Where the fixes will run. Default: the server's machine."),
        ] = None,
    ) -> ExplainResult:
        """A record in full: the cause, fixes ranked by success rate with commands, fixes that
        do not work, releases with the upstream fix, references, example outputs."""
        return _answer(service.explain, record_id, environment)

    @server.tool(annotations=_READ_ONLY)
    def search_records(
        query: Annotated[
            str,
            Field(
                description=(
                    "A few words: the tool, the symptom or the error, e.g. 'port already in "
                    f"use' (up to {limits.max_query_chars} characters)."
                )
            ),
        ],
        limit: Annotated[
            int, Field(ge=1, le=limits.max_hits, description="Most records to list.")
        ] = limits.default_hits,
    ) -> SearchResult:
        """Find records by words in their ids, signatures, aliases, tags and summaries (not by
        error text: use lookup for that). Scores are the share of the query's words found."""
        return _answer(service.search_records, query, limit)

    @server.tool(annotations=_READ_ONLY)
    def validate_record(
        yaml: Annotated[
            str,
            Field(
                description=(
                    "A record in YAML, with its 'id' ('domain/slug'), signature, patterns, "
                    f"examples, workarounds... (up to {limits.max_yaml_chars:,} characters)."
                )
            ),
        ],
    ) -> ValidationResult:
        """Check a drafted record: YAML parse, field validation, every linter check (stable
        ERRKB0NN codes), whether its examples match its patterns and are recognised as it
        rather than as another record, and whether its counter-examples stay unmatched."""
        return _answer(service.validate_record, yaml)

    @server.resource(
        "errkb://records",
        name="records",
        title="All errkb records",
        description="Every record id with its signature and resource URI (JSON).",
        mime_type="application/json",
    )
    def records() -> str:
        return service.listing()

    @server.resource(
        "errkb://records/{+id}",
        name="record",
        title="An errkb record",
        description=(
            "One record: its YAML file (application/yaml), then its page in Markdown "
            "(text/markdown). The id holds a slash: errkb://records/python/module-not-found."
        ),
        mime_type="application/yaml",
    )
    def record(id: str) -> str:
        try:
            return service.record_yaml(id)
        except BadInput as exc:
            raise ResourceNotFoundError(str(exc)) from None

    return server
