"""When a log ran, read from its own timestamps: CI artefacts are copied and their files'
modification times say when they were downloaded, not when the job failed."""

from __future__ import annotations

import re
from datetime import UTC, datetime

__all__ = ["first_timestamp"]

# ISO 8601 as CI systems and structured loggers print it, and the slash-dated form of many
# Java and Go loggers; both carry the year, which syslog's "Mar 10 12:00:00" does not.
_STAMP = re.compile(
    r"(?m)^\W{0,3}(?P<date>\d{4}[-/]\d\d[-/]\d\d)[T ](?P<time>\d\d:\d\d:\d\d)"
    r"(?:[.,](?P<fraction>\d{1,9}))?(?P<zone>Z|[+-]\d\d:?\d\d)?"
)


def first_timestamp(text: str) -> datetime | None:
    """The first line-leading timestamp of `text`, as an aware datetime (UTC when the log
    names no zone), or None."""
    for found in _STAMP.finditer(text):
        date = found["date"].replace("/", "-")
        zone = found["zone"] or ""
        if zone and zone != "Z" and ":" not in zone:
            zone = zone[:3] + ":" + zone[3:]
        try:
            stamp = datetime.fromisoformat(f"{date}T{found['time']}{zone.replace('Z', '+00:00')}")
        except ValueError:
            continue  # 2023-13-45: digits in a timestamp's shape, not a time
        return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)
    return None
