"""Benchmarks: run from the checkout as `python -m bench.<name>` (they print numbers, never assert)."""
