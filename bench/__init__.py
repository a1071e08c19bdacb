"""Benchmarks of the portal at scale (issue #9): the synthetic corpus, and scripts that each print one
Markdown table and keep their figures under bench/results/."""
