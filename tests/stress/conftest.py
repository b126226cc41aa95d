"""The fuzz figures (runs per kind and container, exits, tracebacks, hangs, partial writes, the slowest
run) printed at the end of the session, where pytest shows them even with -q and output captured."""

from __future__ import annotations

from tests.stress import fuzz_run


def pytest_terminal_summary(terminalreporter) -> None:
    if fuzz_run.FIGURES:
        terminalreporter.section("fuzz figures")
        for line in fuzz_run.summary():
            terminalreporter.write_line(line)
