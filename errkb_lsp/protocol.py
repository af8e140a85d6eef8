"""The JSON-RPC protocol: pygls' with its document store bypassed and bad requests answered."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams
from pygls.protocol import LanguageServerProtocol, lsp_method

__all__ = ["ErrkbProtocol"]


class ErrkbProtocol(LanguageServerProtocol):
    """pygls' protocol with the document store replaced and bad requests answered.

    The built-in didOpen/didChange/didClose keep pygls' ``TextDocument`` up to date, which
    re-splits the whole text on every incremental change (hundreds of milliseconds on a big
    log, on the event loop); errkb keeps its own store (documents.py) and these only forward
    to the server's handlers.
    """

    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(
        self, params: types.DidOpenTextDocumentParams
    ) -> Generator[Any, Any, None]:
        """Forward didOpen to the server (no pygls TextDocument)."""
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_OPEN)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(
        self, params: types.DidChangeTextDocumentParams
    ) -> Generator[Any, Any, None]:
        """Forward didChange to the server (no pygls TextDocument)."""
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(
        self, params: types.DidCloseTextDocumentParams
    ) -> Generator[Any, Any, None]:
        """Forward didClose to the server (no pygls TextDocument)."""
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CLOSE)) is not None:
            yield handler, (params,), None

    def notify_json(self, method: str, params: dict[str, Any]) -> None:
        """Send a notification whose params are JSON-ready already (no cattrs pass).

        Publishing a thousand diagnostics through lsprotocol objects and cattrs costs about
        30 ms; after every edit of a log with that many errors, that was most of the delay.
        """
        self._send_data({"jsonrpc": "2.0", "method": method, "params": params})

    def structure_message(self, data: dict[str, Any]) -> Any:
        """Deserialize a message; answer a request whose params do not fit with an error.

        pygls logs such a request and drops it, so the client would wait forever for the
        response; the JSON-RPC spec asks for an InvalidParams error instead.
        """
        try:
            return super().structure_message(data)
        except JsonRpcException as error:
            if "id" in data and "method" in data and "jsonrpc" in data:
                cause = error.__cause__
                reason = str(cause).splitlines()[0] if cause else "invalid params"
                self._send_response(
                    data["id"],
                    error=JsonRpcInvalidParams(
                        f"invalid params for {data['method']}: {reason}"
                    ).to_response_error(),
                )
            raise
