"""The record linter: stable ERRKB codes over a loaded knowledge base, its examples and a corpus
of real logs."""

from errkb.lint.checks import lint
from errkb.lint.issues import ALLOW_LIST_NAME, CODES, AllowList, LintIssue, load_allow_list

__all__ = ["ALLOW_LIST_NAME", "CODES", "AllowList", "LintIssue", "lint", "load_allow_list"]
