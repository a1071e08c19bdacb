"""Benchmarks of issue #9: each script prints one Markdown table and keeps its figures under bench/results/."""
