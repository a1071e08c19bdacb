"""Benchmarks of the portal at scale (issue #9): the synthetic corpus and what is measured on it."""
