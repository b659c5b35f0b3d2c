"""The command line's failures and exit statuses, apart from the Beam-heavy modules that raise them.

Exit statuses are a contract (SPEC, README, ``newsbeam --help``): schedulers retry or alert on
them.
"""

EXIT_OK = 0  # the run finished; some inputs may be in rejects
EXIT_FAILED = 1  # the run itself failed
EXIT_USAGE = 2  # the command was wrong; nothing was created
EXIT_NOTHING = 3  # the run finished but ingested nothing, or too large a share was rejected
EXIT_INTERRUPTED = 130  # Ctrl-C / SIGINT (128 + 2, the shell's convention)

EXIT_STATUSES = {
    EXIT_OK: "the run finished (some inputs may be in the rejects table)",
    EXIT_FAILED: "the run failed (the manifest in DIR/_runs says why)",
    EXIT_USAGE: "usage error: a wrong option or input; nothing was created",
    EXIT_NOTHING: "the run finished but ingested nothing from inputs that were there\n"
                  "       (every input rejected, every feed failed), or its share of rejects\n"
                  "       is above --max-reject-ratio",
    EXIT_INTERRUPTED: "interrupted (Ctrl-C); the manifest says status interrupted",
}


class UsageError(ValueError):
    """The command was asked for something it cannot do as given (exit status 2)."""


class RunFailed(Exception):
    """The run itself failed (exit status 1)."""


# The exceptions a command reports in one line rather than a traceback, and how (``exit_for``).
REPORTED = (UsageError, RunFailed, KeyboardInterrupt, OSError)


def exit_for(exc: BaseException) -> tuple[int, str]:
    """The one map from a command's failure to its exit status and the line it prints on
    stderr; every entry point (``newsbeam``, ``newsbeam stream``) goes through it. ``exc`` is
    one of ``REPORTED``; anything else is a bug and stays a traceback."""
    if isinstance(exc, UsageError):
        return EXIT_USAGE, f"newsbeam: error: {exc}"
    if isinstance(exc, RunFailed):
        return EXIT_FAILED, f"newsbeam: run failed: {exc}"
    if isinstance(exc, KeyboardInterrupt):
        return EXIT_INTERRUPTED, "\nnewsbeam: interrupted (the run's manifest says status interrupted)"
    if isinstance(exc, OSError):  # the file system said no
        return EXIT_FAILED, f"newsbeam: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")
    raise TypeError(f"not a reported failure: {type(exc).__name__}") from exc


# What to do about the known reject reasons: one line each, printed under the run summary.
REJECT_HINTS = {
    "blocked-host": "the feed's address is private, loopback or link-local; allow it with "
                    "--allow-host HOST[:PORT] if you trust it",
    "timeout": "the server was too slow; raise --fetch-deadline, or try again later",
    "connection-error": "the host could not be reached (DNS, refused, TLS); check the URL",
    "http-404": "the feed's URL no longer exists; update it in the feed list",
    "http-403": "the server refuses the fetcher; the site may block automated clients",
    "http-429": "the server asks to slow down; newsbeam honours Retry-After on the next run",
    "too-large": "the input is above --max-input-bytes; raise it if the input is genuine",
    "too-many-entries": "the feed holds more than --max-entries items; raise it if genuine",
    "not-a-feed": "the file is in no format newsbeam reads (feeds, JSON lines, text, HTML)",
    "no-entries": "the input parsed but holds no article (an empty feed, a note with no body)",
    "empty": "the input is empty",
    "encoding": "the bytes decode in no plausible text encoding",
    "malformed": "a broken JSON record or feed; `newsbeam extract FILE` shows the detail",
    "missing-content": "an item with neither a title nor any text",
    "corrupt-compression": "a truncated or corrupt .gz/.bz2/.xz file",
    "read-error": "the file could not be read (permissions, or it vanished)",
    "suspended": "the feed failed too often in a row and is paused; `newsbeam inspect DIR` shows until when",
    "duplicate": "another version of the same article in this run won; nothing is lost",
    "internal-error": "a bug in newsbeam: please report it with the rejects row",
    "entity-expansion": "a feed with a DTD entity bomb was refused",
    "external-entity": "a feed whose DTD points outside the document was refused",
}


def hint_for(reason: str) -> str | None:
    if reason in REJECT_HINTS:
        return REJECT_HINTS[reason]
    if reason.startswith("http-5"):
        return "the server failed; the next run retries"
    if reason.startswith("http-"):
        return "the server answered with an error; check the URL"
    return None
