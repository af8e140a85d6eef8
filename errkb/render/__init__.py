"""Rendering: matches and records as plain text, Markdown and JSON for people and tools."""
