"""The process exit codes of every entry point (the window, the CLI, the self-test).

Beside the composition root rather than inside desktop/cli: the window (desktop.app) returns them too,
and the CLI imports the window, so a home in the CLI would be an import circle.
"""

EXIT_OK = 0  # success
EXIT_REFUSED = 1  # input refused, nothing written
EXIT_USAGE = 2  # usage error
