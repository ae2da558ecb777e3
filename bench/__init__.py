"""Benchmarks of the streaming transcriber (not tests): see bench/README.md."""
