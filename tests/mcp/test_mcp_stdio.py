"""errkb-mcp over stdio, driven by the MCP SDK's own client: every tool and resource."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("mcp", reason="skipped: mcp not installed")

from mcp.shared.exceptions import MCPError

from tests.mcp._support import connect, error_text, ids, lines_of, structured

pytestmark = pytest.mark.e2e

TOOLS = {"diagnose", "lookup", "explain", "search_records", "validate_record"}

BUILD_LOG = lines_of(
    "$ python app.py",
    "Traceback (most recent call last):",
    '  File "app.py", line 1, in <module>',
    "    import cv2",
    "ModuleNotFoundError: No module named 'cv2'",
    "$ python -m http.server 8791",
    "Traceback (most recent call last):",
    '  File "/usr/lib/python3.11/socketserver.py", line 472, in server_bind',
    "    self.socket.bind(self.server_address)",
    "OSError: [Errno 98] Address already in use",
    "$ python app.py",
    "ModuleNotFoundError: No module named 'cv2'",
)

DRAFT = """\
id: frob/flux-capacitor-overloaded
signature: "FluxError: capacitor overloaded at N gigawatts"
summary: The flux capacitor was fed more power than it is rated for.
root_cause: The frobnicator feeds the capacitor with no limit on the power.
patterns:
  - 'FluxError: capacitor overloaded at (?P<gw>[\\d.]+) gigawatts'
workarounds:
  - action: Lower the power below the rating.
    success_rate: 0.8
  - action: Fit a bigger capacitor.
    success_rate: 0.5
examples:
  - "FluxError: capacitor overloaded at 1.21 gigawatts"
counter_examples:
  - "FluxError: capacitor nominal at 1.21 gigawatts"
"""


async def test_tools_and_resources_are_listed_with_schemas(server_dir: Path) -> None:
    async with connect(server_dir) as session:
        tools = {tool.name: tool for tool in (await session.list_tools()).tools}
        assert set(tools) == TOOLS
        for tool in tools.values():
            assert tool.description
            assert tool.output_schema is not None
            assert tool.output_schema["type"] == "object"
            assert tool.annotations is not None
            assert tool.annotations.read_only_hint
        diagnose = tools["diagnose"]
        assert diagnose.input_schema["required"] == ["text"]
        assert {"text", "environment", "max_incidents"} <= set(diagnose.input_schema["properties"])
        for name in ("recognised", "summary", "incidents", "incidents_total", "truncated"):
            assert name in diagnose.output_schema["properties"]
        assert tools["validate_record"].input_schema["required"] == ["yaml"]

        resources = (await session.list_resources()).resources
        assert [str(r.uri) for r in resources] == ["errkb://records"]
        templates = (await session.list_resource_templates()).resource_templates
        assert [t.uri_template for t in templates] == ["errkb://records/{+id}"]


async def test_diagnose_a_log(server_dir: Path) -> None:
    async with connect(server_dir) as session:
        result = await session.call_tool(
            "diagnose", {"text": BUILD_LOG, "environment": {"shell": "zsh", "os": "macos"}}
        )
        data = structured(result)
        # The text block is the same answer, as JSON, for clients that only read text.
        assert json.loads(result.content[0].text) == data
        assert data["recognised"] is True
        assert data["input"] == {"characters": len(BUILD_LOG), "lines": 12}
        assert data["environment"] == {
            "shell": "zsh",
            "os": "macos",
            "installed": 0,
            "source": "argument",
        }
        found = ids(data["incidents"])
        assert found[:2] == ["python/module-not-found", "python/address-already-in-use"]
        # The second cv2 error is the first one again: counted on it, not listed.
        assert data["incidents_total"] == len(found) == 2
        assert (data["incidents"][0]["repeats"], data["incidents"][0]["last_line"]) == (2, 11)
        first = data["incidents"][0]
        assert first["match_kind"] == "regex"
        assert first["score"] >= 0.5
        assert "pattern match" in first["certainty"]
        assert (first["line"], first["column"]) == (4, 0)
        assert first["captures"] == {"module": "cv2"}
        assert first["fixes"][0]["commands"] == ["python -m pip install opencv-python"]
        assert first["resource"] == "errkb://records/python/module-not-found"
        assert "cv2" in first["excerpt"]
        assert len(first["excerpt"]) <= 300
        # The log itself is never echoed back.
        assert "import cv2" not in result.content[0].text
        counts = {r["record_id"]: r["occurrences"] for r in data["records"]}
        assert counts == {"python/module-not-found": 2, "python/address-already-in-use": 1}
        assert data["truncated"] == []

        # The cap keeps the first incident of each error before any further one, and says so.
        capped = structured(
            await session.call_tool("diagnose", {"text": BUILD_LOG, "max_incidents": 1})
        )
        assert ids(capped["incidents"]) == found[:1]
        assert capped["incidents_total"] == 2
        assert any("1 of 2" in note for note in capped["truncated"])
        # With no environment given, the one the log shows (a bash prompt, Linux paths).
        assert capped["environment"]["source"] == "log"

        nothing = structured(
            await session.call_tool("diagnose", {"text": lines_of("all good", "build ok") * 50})
        )
        assert nothing["recognised"] is False
        assert nothing["incidents"] == []
        assert nothing["incidents_total"] == 0
        assert nothing["summary"].startswith("not recognised")


async def test_lookup_explain_and_search(server_dir: Path) -> None:
    async with connect(server_dir) as session:
        found = structured(
            await session.call_tool(
                "lookup",
                {
                    "text": "ModuleNotFoundError: No module named 'yaml'",
                    "environment": {"shell": "fish", "installed": {"PyYAML": "6.0"}},
                },
            )
        )
        assert found["recognised"] is True
        best = found["best"]
        assert best["record_id"] == "python/module-not-found"
        assert best["match_kind"] == "regex"
        assert best["score"] >= 0.5
        assert best["captures"] == {"module": "yaml"}
        assert best["fixes"][0]["commands"] == ["python -m pip install PyYAML"]
        assert found["environment"]["source"] == "argument"
        assert found["environment"]["installed"] == 1

        unknown = structured(
            await session.call_tool(
                "lookup", {"text": "the frobnicator hummed a tune and everything was fine"}
            )
        )
        assert unknown["recognised"] is False
        assert unknown["best"] is None
        assert unknown["alternatives"] == []
        assert unknown["summary"].startswith("not recognised")

        explained = structured(
            await session.call_tool("explain", {"record_id": "python/address-already-in-use"})
        )
        assert explained["record_id"] == "python/address-already-in-use"
        assert explained["root_cause"]
        assert explained["fixes"]
        assert explained["dead_ends"]
        assert explained["fixes"][0]["success_rate"] >= explained["fixes"][-1]["success_rate"]
        assert "uvicorn/address-already-in-use" in explained["related"]["frequently_confused_with"]
        assert explained["resource"] == "errkb://records/python/address-already-in-use"

        missing = error_text(
            await session.call_tool("explain", {"record_id": "python/module-not-fond"})
        )
        assert "no record with id 'python/module-not-fond'" in missing
        assert "python/module-not-found" in missing  # did you mean

        hits = structured(
            await session.call_tool("search_records", {"query": "cuda out of memory", "limit": 3})
        )
        assert hits["found"] is True
        assert hits["hits"][0]["record_id"] == "pytorch/cuda-out-of-memory"
        assert len(hits["hits"]) <= 3
        assert hits["hits_total"] >= len(hits["hits"])
        exact = structured(
            await session.call_tool("search_records", {"query": "python/module-not-found"})
        )
        assert exact["hits"][0]["record_id"] == "python/module-not-found"
        assert exact["hits"][0]["matched_field"] == "id"
        none = structured(await session.call_tool("search_records", {"query": "xyzzy plugh"}))
        assert none["found"] is False
        assert none["hits"] == []


async def test_validate_record(server_dir: Path) -> None:
    async with connect(server_dir) as session:
        good = structured(await session.call_tool("validate_record", {"yaml": DRAFT}))
        assert good["valid"] is True, good["problems"]
        assert good["stage"] == "lint"
        assert good["record_id"] == "frob/flux-capacitor-overloaded"
        assert good["examples"] == [
            {
                "index": 0,
                "matched": True,
                "ranked_first": True,
                "top_record": None,
                "top_score": None,
            }
        ]
        assert good["counter_examples"] == [{"index": 0, "matched": False, "pattern": None}]
        assert good["overrides"] is None

        broken = DRAFT.replace(
            '  - "FluxError: capacitor overloaded at 1.21 gigawatts"\n',
            '  - "FluxError: capacitor overloaded at 1.21 gigawatts"\n  - "FluxError: melted"\n',
        ).replace("capacitor nominal at", "capacitor overloaded at")
        bad = structured(await session.call_tool("validate_record", {"yaml": broken}))
        assert bad["valid"] is False
        codes = {p["code"]: p for p in bad["problems"]}
        assert set(codes) == {"ERRKB004", "ERRKB005"}
        assert codes["ERRKB004"]["field"] == "examples[1]"
        assert codes["ERRKB004"]["description"] == "example that the record does not match"
        assert [e["matched"] for e in bad["examples"]] == [True, False]
        assert bad["counter_examples"][0]["matched"] is True

        # An example that a bundled record matches better is an ambiguity (ERRKB006).
        ambiguous = structured(
            await session.call_tool(
                "validate_record",
                {
                    "yaml": DRAFT.replace(
                        '"FluxError: capacitor overloaded at 1.21 gigawatts"\ncounter',
                        "\"ModuleNotFoundError: No module named 'cv2'\"\ncounter",
                    ).replace(
                        "  - 'FluxError: capacitor overloaded at (?P<gw>[\\d.]+) gigawatts'",
                        "  - regex: 'No module named'\n    weight: 0.2",
                    )
                },
            )
        )
        problem = next(p for p in ambiguous["problems"] if p["code"] == "ERRKB006")
        assert "python/module-not-found" in problem["message"]
        assert ambiguous["examples"][0]["top_record"] == "python/module-not-found"

        replacing = structured(
            await session.call_tool(
                "validate_record",
                {"yaml": DRAFT.replace("frob/flux-capacitor-overloaded", "python/key-error")},
            )
        )
        assert replacing["overrides"]
        assert replacing["overrides"].endswith("key-error.yaml")

        unparsable = structured(await session.call_tool("validate_record", {"yaml": "id: [x"}))
        assert unparsable["valid"] is False
        assert unparsable["stage"] == "parse"
        assert unparsable["problems"][0]["code"] == "ERRKB010"
        assert "line 1" in unparsable["problems"][0]["message"]

        invalid = structured(
            await session.call_tool(
                "validate_record",
                {"yaml": "id: frob/x\nsignature: s\nconfidence: 7\nworkarounds: nope\n"},
            )
        )
        assert invalid["stage"] == "model"
        assert {p["field"] for p in invalid["problems"]} == {"confidence", "workarounds"}
        assert {p["code"] for p in invalid["problems"]} == {"ERRKB007"}


async def test_record_resources(server_dir: Path) -> None:
    import yaml

    async with connect(server_dir) as session:
        listing = await session.read_resource("errkb://records")
        data = json.loads(listing.contents[0].text)
        assert listing.contents[0].mime_type == "application/json"
        assert data["count"] >= 300
        assert data["truncated"] is None
        entry = next(r for r in data["records"] if r["id"] == "python/module-not-found")
        assert entry["uri"] == "errkb://records/python/module-not-found"

        for uri in (entry["uri"], "errkb://records/python%2Fmodule-not-found"):
            read = await session.read_resource(uri)
            as_yaml, as_markdown = read.contents
            assert as_yaml.mime_type == "application/yaml"
            assert yaml.safe_load(as_yaml.text)["id"] == "python/module-not-found"
            assert as_markdown.mime_type == "text/markdown"
            assert "ModuleNotFoundError: No module named 'X'" in as_markdown.text

        with pytest.raises(MCPError, match="no record with id 'python/nope'"):
            await session.read_resource("errkb://records/python/nope")
        with pytest.raises(MCPError):
            await session.read_resource("errkb://records/../../etc/passwd")
        with pytest.raises(MCPError):
            await session.read_resource("errkb://elsewhere")
        # The server is still there after failed reads.
        assert (await session.read_resource("errkb://records")).contents


async def test_errkb_mcp_subcommand_is_the_same_server(server_dir: Path) -> None:
    """`errkb mcp` runs the same server as `errkb-mcp`, for clients configured with errkb."""
    command = [sys.executable, "-m", "errkb", "mcp"]
    async with connect(server_dir, command=command) as session:
        tools = {tool.name for tool in (await session.list_tools()).tools}
        assert {"diagnose", "lookup", "explain", "search_records", "validate_record"} <= tools
        found = structured(await session.call_tool("lookup", {"text": BUILD_LOG}))
        assert found["recognised"] is True
