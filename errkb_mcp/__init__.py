"""errkb-mcp: errkb's knowledge of error output as an MCP server for coding agents."""

__all__ = ["__version__"]

__version__ = "0.1.0"
