"""The one place where errkb values become LSP values (and LSP positions become offsets)."""

from __future__ import annotations

import bisect
import dataclasses
import enum
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from lsprotocol import types
from pygls.uris import from_fs_path

import errkb
from errkb_lsp.options import Settings
from errkb_lsp.positions import cp_to_units, line_starts_of
from errkb_lsp.project_edits import FileEdit
from errkb_lsp.scanning import Occurrence

__all__ = [
    "COMMAND_EXPLAIN",
    "COMMAND_IGNORE",
    "COMMAND_LOOKUP",
    "COMMAND_OPEN_DOCUMENTATION",
    "COMMAND_RELOAD",
    "SOURCE",
    "DiagnosticFeatures",
    "DiagnosticWriter",
    "explanation_path",
    "kind_allowed",
    "lsp_code_actions",
    "lsp_diagnostic",
    "lsp_hover",
    "lsp_notice",
    "lsp_range",
    "lsp_severity",
    "lsp_workspace_edit",
    "match_dict",
    "sanitize",
]

SOURCE = "errkb"
COMMAND_LOOKUP = "errkb.lookup"
COMMAND_RELOAD = "errkb.reload"
COMMAND_IGNORE = "errkb.ignore"
COMMAND_EXPLAIN = "errkb.explain"
COMMAND_OPEN_DOCUMENTATION = "errkb.openDocumentation"

_SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "information": types.DiagnosticSeverity.Information,
    "hint": types.DiagnosticSeverity.Hint,
}
_SURROGATE = re.compile("[\ud800-\udfff]")

T = TypeVar("T")


def sanitize(value: T) -> T:
    """Replace lone surrogates (from binary or invalid UTF-8 documents) in nested values.

    They can reach a document through JSON escapes. pygls would send them back as ``\\udcff``
    escapes, which strict JSON decoders (serde_json, as in Helix and Zed) reject, failing the
    whole response.
    """
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)  # type: ignore[return-value]
    if isinstance(value, dict):
        return {sanitize(k): sanitize(v) for k, v in value.items()}  # type: ignore[return-value]
    if isinstance(value, list | tuple):
        return type(value)(sanitize(item) for item in value)
    return value


@dataclasses.dataclass(frozen=True)
class DiagnosticFeatures:
    """What the client accepts in a diagnostic (sending more is against the spec)."""

    related_information: bool = False
    code_description: bool = False

    @classmethod
    def from_capabilities(cls, capabilities: types.ClientCapabilities) -> DiagnosticFeatures:
        """Read the client's publishDiagnostics / diagnostic capabilities."""
        document = capabilities.text_document
        publish = document.publish_diagnostics if document else None
        pull = document.diagnostic if document else None
        return cls(
            related_information=bool(
                (publish and publish.related_information)
                or (pull and pull.related_document_support)
            ),
            code_description=bool(publish and publish.code_description_support),
        )


def lsp_range(occurrence: Occurrence) -> types.Range:
    """The matched span, in the client's position encoding."""
    return types.Range(
        start=types.Position(line=occurrence.start_line, character=occurrence.start_char),
        end=types.Position(line=occurrence.end_line, character=occurrence.end_char),
    )


def lsp_severity(
    record_id: str, record_severity: str, settings: Settings
) -> types.DiagnosticSeverity:
    """Severity after the user's overrides."""
    level = settings.severity_for(record_id, record_severity)
    return _SEVERITY.get(level, types.DiagnosticSeverity.Error)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def lsp_diagnostic(
    occurrence: Occurrence, *, uri: str, settings: Settings, features: DiagnosticFeatures
) -> types.Diagnostic:
    """One diagnostic for one occurrence: signature and cause, record id, groups."""
    match = occurrence.raw_match
    record = match.record
    cause = _one_line(record.short_cause)
    message = _one_line(record.signature) + (f" — {cause}" if cause else "")
    href = record.documentation_url
    related = None
    if features.related_information and occurrence.continuation:
        related = [
            types.DiagnosticRelatedInformation(
                location=types.Location(
                    uri=uri,
                    range=types.Range(
                        start=types.Position(line=occurrence.start_line + index + 1, character=0),
                        end=types.Position(line=occurrence.start_line + index + 1, character=end),
                    ),
                ),
                message=f"continues {record.id}",
            )
            for index, end in enumerate(occurrence.continuation)
        ]
    return types.Diagnostic(
        range=lsp_range(occurrence),
        message=message,
        severity=lsp_severity(record.id, record.severity, settings),
        source=SOURCE,
        code=record.id,
        code_description=(
            types.CodeDescription(href=href) if href and features.code_description else None
        ),
        data={"id": record.id, "groups": sanitize(dict(match.groups or {}))},
        related_information=related,
    )


class DiagnosticWriter:
    """Diagnostics as JSON-ready dicts, for publishing many of them quickly.

    Building lsprotocol objects and having cattrs unstructure them costs about 15
    microseconds per diagnostic; a log with a thousand matches is republished after every
    edit. This builds the same JSON (``lsp_diagnostic`` unstructured; a test holds them
    equal) directly, and computes the parts that depend only on the record once per record.
    One writer serves one combination of settings and client features.
    """

    def __init__(self, settings: Settings, features: DiagnosticFeatures) -> None:
        self.settings = settings
        self.features = features
        self._record_parts: dict[str, dict[str, Any]] = {}

    def _record_part(self, record: Any) -> dict[str, Any]:
        part = self._record_parts.get(record.id)
        if part is None:
            cause = _one_line(record.short_cause)
            part = {
                "message": _one_line(record.signature) + (f" — {cause}" if cause else ""),
                "severity": int(lsp_severity(record.id, record.severity, self.settings)),
                "code": record.id,
                "source": SOURCE,
            }
            href = record.documentation_url
            if href and self.features.code_description:
                part["codeDescription"] = {"href": href}
            self._record_parts[record.id] = part
        return part

    def diagnostic(self, occurrence: Occurrence, uri: str) -> dict[str, Any]:
        """The JSON of ``lsp_diagnostic(occurrence, ...)``."""
        match = occurrence.raw_match
        record = match.record
        result = {
            "range": {
                "start": {"line": occurrence.start_line, "character": occurrence.start_char},
                "end": {"line": occurrence.end_line, "character": occurrence.end_char},
            },
            **self._record_part(record),
            "data": {"id": record.id, "groups": sanitize(dict(match.groups or {}))},
        }
        if self.features.related_information and occurrence.continuation:
            result["relatedInformation"] = [
                {
                    "location": {
                        "uri": uri,
                        "range": {
                            "start": {"line": occurrence.start_line + index + 1, "character": 0},
                            "end": {"line": occurrence.start_line + index + 1, "character": end},
                        },
                    },
                    "message": f"continues {record.id}",
                }
                for index, end in enumerate(occurrence.continuation)
            ]
        return result


def lsp_notice(line: int, message: str) -> types.Diagnostic:
    """A server notice shown in the document (size limit reached, scan cancelled)."""
    return types.Diagnostic(
        range=types.Range(
            start=types.Position(line=line, character=0), end=types.Position(line=line, character=0)
        ),
        message=message,
        severity=types.DiagnosticSeverity.Information,
        source=SOURCE,
        data={"notice": True},
    )


_SHELLS = frozenset({"sh", "bash", "zsh", "fish", "powershell", "cmd"})
_SYSTEMS = frozenset({"linux", "macos", "windows"})


def environment_for_request(env: errkb.Environment, extra: Sequence[Any]) -> errkb.Environment:
    """The server's environment with a request's own ``{shell, os}`` (a terminal's) applied.

    Unknown values are ignored rather than refused: a client on a newer protocol must not lose
    its lookups over one field.
    """
    options = extra[0] if extra and isinstance(extra[0], dict) else {}
    shell = options.get("shell")
    system = options.get("os")
    if isinstance(shell, str) and shell.lower() in _SHELLS:
        env = dataclasses.replace(env, shell=shell.lower())
    if isinstance(system, str) and system.lower() in _SYSTEMS:
        env = dataclasses.replace(env, os=system.lower())
    return env


def match_dict(match: Any, env: Any) -> dict[str, Any]:
    """The CLI's JSON shape of a match (errkb.match_to_dict), safe to send."""
    return sanitize(errkb.match_to_dict(match, env=env))


def lsp_hover(occurrences: Sequence[Occurrence], env: Any, *, markdown: bool) -> types.Hover | None:
    """Hover for the occurrences under the cursor: cause, ranked fixes, dead ends, links."""
    if not occurrences:
        return None
    if markdown:
        parts = [errkb.render_markdown(o.match, env=env, brief=True) for o in occurrences]
        value, kind = "\n\n---\n\n".join(parts), types.MarkupKind.Markdown
    else:
        parts = [errkb.render_text(o.match, env=env) for o in occurrences]
        value, kind = "\n\n".join(parts), types.MarkupKind.PlainText
    return types.Hover(
        contents=types.MarkupContent(kind=kind, value=sanitize(value)),
        range=lsp_range(occurrences[0]),
    )


def _position(text: str, starts: Sequence[int], offset: int, encoding: str) -> types.Position:
    line = bisect.bisect_right(starts, offset) - 1
    line_end = starts[line + 1] if line + 1 < len(starts) else len(text)
    line_text = text[starts[line] : line_end]
    return types.Position(
        line=line, character=cp_to_units(line_text, offset - starts[line], encoding)
    )


def lsp_workspace_edit(
    edit: FileEdit, *, version: int | None, encoding: str, document_changes: bool
) -> types.WorkspaceEdit:
    """A workspace edit for one file edit (versioned when the file is open in the editor)."""
    starts = [0, *line_starts_of(edit.text)]
    text_edit = types.TextEdit(
        range=types.Range(
            start=_position(edit.text, starts, edit.start, encoding),
            end=_position(edit.text, starts, edit.end, encoding),
        ),
        new_text=edit.new_text,
    )
    uri = from_fs_path(str(edit.path)) or edit.path.as_uri()
    if document_changes:
        return types.WorkspaceEdit(
            document_changes=[
                types.TextDocumentEdit(
                    text_document=types.OptionalVersionedTextDocumentIdentifier(
                        uri=uri, version=version
                    ),
                    edits=[text_edit],
                )
            ]
        )
    return types.WorkspaceEdit(changes={uri: [text_edit]})


def _kind(value: str | enum.Enum) -> str:
    return str(value.value) if isinstance(value, enum.Enum) else str(value)


def kind_allowed(kind: str | enum.Enum, only: Iterable[str | enum.Enum] | None) -> bool:
    """Honour CodeActionContext.only: kinds are hierarchical ("quickfix" allows "quickfix.x")."""
    if only is None:
        return True
    name = _kind(kind)
    wanted = [_kind(o) for o in only]
    return any(not o or name == o or name.startswith(o + ".") for o in wanted)


def lsp_code_actions(
    occurrence: Occurrence,
    diagnostic: types.Diagnostic,
    edits: Sequence[FileEdit],
    *,
    workspace_edit: Callable[[FileEdit], types.WorkspaceEdit],
    uri: str,
    show_document: bool,
    only: Sequence[str] | None,
) -> list[types.CodeAction]:
    """Quick fixes for one occurrence: project edits first, then explain/docs/ignore."""
    record = occurrence.match.record
    quickfix = types.CodeActionKind.QuickFix
    actions: list[types.CodeAction] = []
    for index, edit in enumerate(edits):
        actions.append(
            types.CodeAction(
                title=edit.title,
                kind=quickfix,
                diagnostics=[diagnostic],
                is_preferred=index == 0,
                edit=workspace_edit(edit),
            )
        )
    actions.append(
        types.CodeAction(
            title=f"Show full explanation of {record.id}",
            kind=quickfix,
            diagnostics=[diagnostic],
            command=types.Command(
                title="Show full explanation", command=COMMAND_EXPLAIN, arguments=[record.id]
            ),
        )
    )
    href = record.documentation_url
    if href and show_document:
        actions.append(
            types.CodeAction(
                title="Open documentation",
                kind=quickfix,
                diagnostics=[diagnostic],
                command=types.Command(
                    title="Open documentation",
                    command=COMMAND_OPEN_DOCUMENTATION,
                    arguments=[href],
                ),
            )
        )
    actions.append(
        types.CodeAction(
            title=f"Ignore {record.id} in this workspace",
            kind=quickfix,
            diagnostics=[diagnostic],
            command=types.Command(
                title="Ignore this error in this workspace",
                command=COMMAND_IGNORE,
                # The document tells the server which workspace folder's .errkb.toml to write.
                arguments=[record.id, uri],
            ),
        )
    )
    return [a for a in actions if kind_allowed(a.kind or "", only)]


def explanation_path(directory: Path, record_id: str) -> Path:
    """Where the rendered full explanation of a record is written."""
    return directory / (record_id.replace("/", "--") + ".md")
