"""errkb benchmark suite (run with `python -m benchmarks`; not part of the test run)."""
