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
    "explanation_path",
    "kind_allowed",
    "lsp_code_actions",
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
    record: errkb.Record,
    diagnostic: types.Diagnostic | None,
    edits: Sequence[FileEdit],
    *,
    workspace_edit: Callable[[FileEdit], types.WorkspaceEdit],
    uri: str,
    show_document: bool,
    only: Sequence[str] | None,
    explain_env: dict[str, str] | None = None,
) -> list[types.CodeAction]:
    """Quick fixes for one incident: project edits first, then explain/docs/ignore.

    ``explain_env`` ({shell, os}) is the machine the log came from, so the full explanation
    shows its fixes for that machine rather than the editor's.
    """
    quickfix = types.CodeActionKind.QuickFix
    diagnostics = [diagnostic] if diagnostic is not None else None
    actions: list[types.CodeAction] = []
    for index, edit in enumerate(edits):
        actions.append(
            types.CodeAction(
                title=edit.title,
                kind=quickfix,
                diagnostics=diagnostics,
                is_preferred=index == 0,
                edit=workspace_edit(edit),
            )
        )
    actions.append(
        types.CodeAction(
            title=f"Show full explanation of {record.id}",
            kind=quickfix,
            diagnostics=diagnostics,
            command=types.Command(
                title="Show full explanation",
                command=COMMAND_EXPLAIN,
                arguments=[record.id, explain_env] if explain_env else [record.id],
            ),
        )
    )
    href = record.documentation_url
    if href and show_document:
        actions.append(
            types.CodeAction(
                title="Open documentation",
                kind=quickfix,
                diagnostics=diagnostics,
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
            diagnostics=diagnostics,
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
