"""Benchmarks: ``python -m tests.benchmarks [--quick]`` (not collected by pytest)."""
