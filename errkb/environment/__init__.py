"""Where fixes apply: the local machine, or the environment a log shows it came from."""

from errkb.environment.from_text import LogEnvironment, read_environment
from errkb.environment.local import Environment, detect_os, detect_shell

__all__ = ["Environment", "LogEnvironment", "detect_os", "detect_shell", "read_environment"]
