"""Where fixes apply: the local machine, or the environment a log shows it came from."""
