"""Ranking on the bundled records: specific beats generic, context decides between siblings."""

from __future__ import annotations

import pytest

import errkb

BROWSER = (
    "WebSocket connection to 'ws://localhost:8000/ws' failed: "
    "Error during WebSocket handshake: Unexpected response code: 400"
)
UVICORN_AROUND = """\
INFO:     Started server process [8970]
INFO:     Waiting for application startup.
INFO:     Application startup complete.
INFO:     Uvicorn running on http://127.0.0.1:8000 (Press CTRL+C to quit)
INFO:     127.0.0.1:43636 - "GET / HTTP/1.1" 200 OK
"""


@pytest.fixture(scope="module")
def kb() -> errkb.KnowledgeBase:
    return errkb.KnowledgeBase()


def test_browser_message_alone_is_the_generic_handshake_error(kb: errkb.KnowledgeBase) -> None:
    ranked = [m.record.id for m in kb.search(BROWSER)]
    assert ranked[:2] == [
        "communication/websocket-handshake-400-bad-request",
        "uvicorn/websocket-library-missing",
    ]


def test_browser_message_with_uvicorn_around_it_is_the_missing_library(
    kb: errkb.KnowledgeBase,
) -> None:
    ranked = [m.record.id for m in kb.search(UVICORN_AROUND + BROWSER)]
    assert ranked[:2] == [
        "uvicorn/websocket-library-missing",
        "communication/websocket-handshake-400-bad-request",
    ]


@pytest.mark.parametrize(
    ("text", "specific", "generic"),
    [
        (
            "fatal error: Python.h: No such file or directory",
            "build/python-dev-headers-missing",
            "c/header-not-found",
        ),
        (
            "Error: connect ECONNREFUSED ::1:27017",
            "node/econnrefused-ipv6-localhost",
            "node/econnrefused",
        ),
        (
            'psql: error: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused',
            "postgres/connection-refused",
            "network/connection-refused",
        ),
    ],
)
def test_specific_record_outranks_its_generic_sibling(
    kb: errkb.KnowledgeBase, text: str, specific: str, generic: str
) -> None:
    ranked = [m.record.id for m in kb.search(text)]
    assert ranked[0] == specific
    if generic in ranked:
        assert ranked.index(generic) > 0
