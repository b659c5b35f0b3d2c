"""Stable reject reason codes. Users filter on these strings: never rename one."""

NOT_A_FEED = "not-a-feed"  # bytes that no reader recognizes
EMPTY = "empty"  # zero bytes, or only whitespace
NO_ENTRIES = "no-entries"  # parsed cleanly, yielded no article
TOO_LARGE = "too-large"  # over a size cap (file, body, decompressed body)
TOO_MANY_ENTRIES = "too-many-entries"  # more entries (items, records) than --max-entries: the whole input
# Per-record caps (formats.common.Limits): the record is kept with the first N, and this
# reject says how many were cut, so nothing is dropped silently.
TOO_MANY_TAGS = "too-many-tags"  # more tags (categories, keywords) than Limits.max_tags
TOO_MANY_AUTHORS = "too-many-authors"  # more authors than Limits.max_authors
TOO_MANY_PARAGRAPHS = "too-many-paragraphs"  # more body paragraphs or highlights than Limits.max_paragraphs
ENTITY_EXPANSION = "entity-expansion"  # DTD entity bombs
EXTERNAL_ENTITY = "external-entity"  # XXE: a DTD that points outside the document
ENCODING = "encoding"  # bytes that decode in no plausible encoding
CORRUPT_COMPRESSION = "corrupt-compression"  # truncated or bad gzip/bz2
MALFORMED = "malformed"  # a JSON/JSONL record or feed that is broken beyond recovery
MISSING_CONTENT = "missing-content"  # an entry with neither title nor body
READ_ERROR = "read-error"  # the file could not be read (permissions, vanished)
TRUNCATED = "truncated"  # a WARC record cut short, or whose block does not match its digest
BAD_PATH = "bad-path"  # an input file whose name is not UTF-8, so it cannot be stored or read
DUPLICATE = "duplicate"  # an entry merged into another version of the same article in this run
# Fetching (issue 4): http-<status> for HTTP errors, e.g. http-404, http-429.
TIMEOUT = "timeout"
BLOCKED_HOST = "blocked-host"
REDIRECT_LOOP = "redirect-loop"
TOO_MANY_REDIRECTS = "too-many-redirects"
BAD_URL = "bad-url"
CONNECTION = "connection-error"
SUSPENDED = "suspended"
INTERNAL = "internal-error"  # a bug in newsbeam; the input is kept so nothing is lost


def http_status(code: int) -> str:
    return f"http-{code}"
