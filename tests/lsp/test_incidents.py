"""The language server reports incidents: one diagnostic per root cause over its span, its
consequences and repeats as related information, hovers and quick fixes for the log's machine."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from tests.lsp.conftest import base_options, diagnostics_for, lsp_session, open_document

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "examples" / "ci-build.log"
#: The demo's five root causes, in order (tests/incidents/test_incident_demo.py for the SDK).
DEMO_INCIDENTS = [
    "pip/no-matching-distribution",
    "python/module-not-found",
    "uvicorn/websocket-library-missing",
    "git/push-non-fast-forward",
    "docker/daemon-not-running",
]


def _at(uri: str, line: int, character: int) -> types.HoverParams:
    return types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        position=types.Position(line=line, character=character),
    )


def _bundled() -> dict[str, object]:
    # The sessions run with ERRKB_NO_BUNDLED; the bundled records come in as a path instead.
    options = base_options(knowledgeBasePaths=[str(REPO / "data")])
    del options["environment"]
    return options


async def test_one_diagnostic_per_incident_on_a_ci_log(workspace: Path) -> None:
    async with lsp_session("visual-studio-code", workspace, options=_bundled()) as client:
        uri = open_document(client, workspace / "ci-build.log", DEMO.read_text())
        diagnostics = await diagnostics_for(client, uri, version=1, timeout=30)
        assert [d.code for d in diagnostics] == DEMO_INCIDENTS
        pip, module, uvicorn, push, docker = diagnostics
        # The title carries the log's values; the span covers both lines of pip's message.
        assert pip.message.startswith("No matching distribution found for torch==1.13.1")
        assert (pip.range.start.line, pip.range.end.line) == (4, 5)
        assert "No module named 'cv2'" in module.message
        assert (uvicorn.range.start.line, uvicorn.range.end.line) == (21, 22)
        # "Process completed with exit code 1" is no diagnostic of its own: it is pip's
        # consequence, pointed at from pip's diagnostic.
        assert pip.related_information is not None
        (consequence,) = [r for r in pip.related_information if "consequence" in r.message]
        assert consequence.location.range.start.line == 6
        assert docker.related_information is not None
        assert any(r.location.range.start.line == 34 for r in docker.related_information)
        assert push.data["id"] == "git/push-non-fast-forward"


async def test_hover_and_quick_fix_use_the_logs_environment(workspace: Path) -> None:
    async with lsp_session("visual-studio-code", workspace, options=_bundled()) as client:
        uri = open_document(client, workspace / "ci-build.log", DEMO.read_text())
        await diagnostics_for(client, uri, version=1, timeout=30)
        hover = await client.text_document_hover_async(_at(uri, 33, 40))
        assert hover is not None
        assert isinstance(hover.contents, types.MarkupContent)
        text = hover.contents.value
        assert text.startswith("**Cannot connect to the Docker daemon")
        assert "the GitHub Actions Linux runner this log came from" in text
        assert "Start Docker Desktop" not in text  # a fix a Linux runner cannot use
        # On the repeated consequence line too: it belongs to the docker incident.
        on_consequence = await client.text_document_hover_async(_at(uri, 34, 40))
        assert on_consequence is not None
        assert isinstance(on_consequence.contents, types.MarkupContent)
        assert "Docker daemon" in on_consequence.contents.value

        actions = await client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                range=types.Range(
                    start=types.Position(line=33, character=40),
                    end=types.Position(line=33, character=40),
                ),
                context=types.CodeActionContext(diagnostics=[]),
            )
        )
        assert actions
        explain = next(
            a for a in actions if isinstance(a, types.CodeAction) and a.title.startswith("Show")
        )
        assert explain.command is not None
        assert list(explain.command.arguments or ()) == [
            "docker/daemon-not-running",
            {"shell": "bash", "os": "linux"},
        ]
        assert explain.diagnostics is not None
        assert explain.diagnostics[0].code == "docker/daemon-not-running"
