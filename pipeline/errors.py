"""The command line's two failures, apart from the Beam-heavy modules that raise them."""


class UsageError(Exception):
    """The command was asked for something it cannot do as given (exit status 2)."""


class RunFailed(Exception):
    """The run itself failed (exit status 1)."""
