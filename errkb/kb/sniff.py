"""Telling a log from a binary, and reading the UTF-16 logs Windows writes, before a scan."""

from __future__ import annotations

__all__ = ["BINARY_SNIFF", "is_binary", "utf16_text"]

#: Bytes read from the start of a file to tell a binary from text.
BINARY_SNIFF = 8192
#: How executables, archives and images start: never a log.
_MAGIC = (
    b"\x7fELF", b"MZ", b"PK\x03\x04", b"\x89PNG", b"\x1f\x8b", b"(\xb5/\xfd", b"BZh",
    b"\xfe\xed\xfa", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe", b"GIF8", b"\xff\xd8\xff",
    b"SQLite format 3\0",
)  # fmt: skip
_CONTROL = bytes(set(range(32)) - {9, 10, 12, 13, 27})


def is_binary(head: bytes) -> bool:
    """Whether bytes from a file's start are a binary's: a known magic number, or, once NULs
    are set aside, mostly control bytes or bytes that are not UTF-8. A log with stray NULs (a
    line cut by a crash, a zero-filled block after a restart) or some bad UTF-8 is still a log.
    """
    if head.startswith(_MAGIC):
        return True
    if b"\0" not in head:
        return False
    rest = head.replace(b"\0", b"")
    if len(rest) < 16:
        return True  # all zeros: nothing to read
    control = len(rest) - len(rest.translate(None, _CONTROL))
    if control > len(rest) * 0.1:
        return True
    decoded = rest.decode("utf-8", "replace")
    return decoded.count("\ufffd") > len(decoded) * 0.3


def utf16_text(data: bytes) -> bytes | None:
    """A UTF-16 log with a byte-order mark (Windows PowerShell 5 writes `>` redirections so)
    as UTF-8, or None when `data` is not one."""
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError:
        return None
    sample = text[:BINARY_SNIFF]
    if sum(ch < "\x80" for ch in sample) < len(sample) * 0.8:
        return None  # not text that happens to start with a BOM
    return text.encode("utf-8", "surrogatepass")
