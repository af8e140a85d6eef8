"""errkb-lsp: the errkb language server for logs and captured terminal output."""

__all__ = ["__version__"]

__version__ = "0.1.0"
