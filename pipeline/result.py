"""What one ``ingest`` run did (``IngestResult``), its exit status (``outcome``: SPEC's exit status
3 when nothing was ingested or too much was rejected) and the summary the command prints."""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from newsbeam.pipeline.errors import EXIT_NOTHING, EXIT_OK, hint_for

# Feed outcomes that mean the feed is healthy even when it brought nothing new.
_QUIET_FEED_OUTCOMES = ("not-modified", "not-due", "skipped", "disabled")


@dataclasses.dataclass(frozen=True)
class IngestResult:
    """What one ``ingest`` run did. ``exit_code`` is the command line's exit status for it."""

    run_id: str
    status: str  # finished | failed | interrupted
    output: str
    inputs: int  # input files read (feeds are counted in ``feeds``)
    articles: int  # articles written: new or changed
    articles_new: int
    articles_changed: int
    articles_unchanged: int
    bullets: int
    quotes: int
    rejects: int
    rejects_by_reason: Mapping[str, int]
    feeds: Mapping[str, int]  # feed outcomes: {"fetched": 3, "failed": 1, ...}
    seconds: float
    exit_code: int
    problem: str | None  # why exit_code is not 0, in one line
    manifest: Mapping[str, Any] = dataclasses.field(repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return self.exit_code == EXIT_OK

    @property
    def reject_ratio(self) -> float:
        return _reject_ratio(self.manifest["summary"])


def _reject_ratio(summary: Mapping[str, Any]) -> float:
    """Failed inputs or items over everything read: merged duplicates are not failures."""
    failures = summary["rejects"] - summary["rejects_by_reason"].get("duplicate", 0)
    seen = summary["articles"] + summary["articles_unchanged"] + summary.get("duplicates_merged", 0)
    return failures / (failures + seen) if failures + seen else 0.0


def outcome(summary: Mapping[str, Any], *, max_reject_ratio: float | None) -> tuple[int, str | None]:
    """The exit status of a finished run and, when it is not 0, why (SPEC: exit status 3)."""
    feeds = summary.get("feeds", {})
    seen = summary["articles"] + summary["articles_unchanged"] + summary.get("duplicates_merged", 0)
    quiet_feeds = sum(v for k, v in feeds.items() if k in _QUIET_FEED_OUTCOMES)
    failed_feeds = feeds.get("failed", 0) + feeds.get("suspended", 0)
    if seen == 0 and quiet_feeds == 0 and (summary["rejects"] or failed_feeds):
        if feeds and failed_feeds == sum(feeds.values()) and not summary["inputs"]:
            return EXIT_NOTHING, f"nothing was ingested: every feed failed ({failed_feeds} feeds)"
        return EXIT_NOTHING, (f"nothing was ingested: every input was rejected "
                              f"({summary['rejects']} rejects)")
    if feeds and failed_feeds == sum(feeds.values()):
        return EXIT_NOTHING, f"every feed failed ({failed_feeds} feeds)"
    ratio = _reject_ratio(summary)
    if max_reject_ratio is not None and ratio > max_reject_ratio:
        return EXIT_NOTHING, (f"{ratio:.0%} of what was read was rejected, above "
                              f"--max-reject-ratio {max_reject_ratio:g}")
    return EXIT_OK, None


def top_reasons(summary: Mapping[str, Any], n: int = 5) -> list[tuple[str, int, str | None]]:
    """The run's most frequent reject reasons, each with what to do about it."""
    ranked = sorted(summary["rejects_by_reason"].items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    return [(reason, count, hint_for(reason)) for reason, count in ranked]


def result_of(manifest: Mapping[str, Any], code: int, problem: str | None) -> IngestResult:
    s = manifest["summary"]
    return IngestResult(
        run_id=manifest["run_id"], status=manifest["status"], output=manifest["output"],
        inputs=s["inputs"], articles=s["articles"], articles_new=s["articles_new"],
        articles_changed=s["articles_changed"], articles_unchanged=s["articles_unchanged"],
        bullets=s["bullets"], quotes=s["quotes"], rejects=s["rejects"],
        rejects_by_reason=dict(s["rejects_by_reason"]), feeds=dict(s["feeds"]),
        seconds=float(manifest.get("seconds") or 0.0), exit_code=code, problem=problem, manifest=manifest)


def format_summary(result: IngestResult) -> str:
    """The run summary the command prints: counts, then the top reject reasons with a hint."""
    from newsbeam.pipeline.run import format_summary as counts

    lines = [counts(dict(result.manifest))]
    reasons = top_reasons(result.manifest["summary"])
    if reasons:
        lines.append("  top reject reasons:")
        for reason, count, hint in reasons:
            lines.append(f"    {reason:<20} {count:>6}" + (f"  {hint}" if hint else ""))
    if result.problem:
        lines.append(f"  exit status {result.exit_code}: {result.problem}")
    return "\n".join(lines)
