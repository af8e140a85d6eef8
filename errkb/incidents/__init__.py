"""Incidents: the matches of a log grouped into one report per root cause, with consequences
attached, repeats counted and fixes for the environment the log came from."""

from errkb.incidents.grouping import build_incidents
from errkb.incidents.model import Incident

__all__ = ["Incident", "build_incidents"]
