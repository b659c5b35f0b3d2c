"""One regex over many windows of one text, for about the price of one scan of the text.

A step that reads back from each quote (``roles_intl.earlier_role``: 20,000 characters before
it) scans the same text again for every quote: quadratic in a long article with many quotes
(stop 40: a third of a second for 50,000 characters of German with 350 quotes). A
``WindowScan`` scans the text once, a piece at a time as far as windows ask, and gives each
window the matches ``pattern.finditer(text, lo, hi)`` gives, the same ones, from that scan and
two short scans at the window's ends.

Why they are the same: an attempt to match at a position reads the text before it (a
lookbehind sees before ``lo``) and at most ``reach`` characters from it, so where the window's
end is ``reach`` characters away or more it gives what it gives in the whole text. A scan tries
every position except those inside a match it found, so once the window's scan and the whole
text's scan try one same position they find the same matches, up to ``reach`` before the
window's end. Near its start the window tries positions inside a match of the whole text on its
own, near its end it scans for itself (``reach`` characters). The pattern must never match the
empty string (a scan goes on differently after an empty match).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from newsbeam.transforms.quotes.context import ArticleContext


class WindowScan:
    """``pattern.finditer(text, lo, hi)`` for many windows of ``text``, from one scan of it;
    ``reach``: more characters than one attempt to match reads from where it starts (the
    longest match and its lookahead)."""

    __slots__ = ("pattern", "text", "_reach", "_found", "_starts", "_ends", "_tried")

    def __init__(self, pattern: re.Pattern[str], text: str, reach: int) -> None:
        self.pattern = pattern
        self.text = text
        self._reach = reach
        self._found: list[re.Match[str]] = []  # the whole text's matches, found so far
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._tried = 0  # a position the whole text's scan tries, every match before it found

    def _scan_to(self, target: int) -> None:
        """Find the whole text's matches that start before ``target``, scanning a piece that
        ends ``reach`` characters after it (only matches that start ``reach`` characters or more
        before the piece's end are the whole text's)."""
        if self._tried >= target:
            return
        text, reach = self.text, self._reach
        end = min(len(text), target + reach)
        last = self._tried
        for m in self.pattern.finditer(text, self._tried, end):
            if end < len(text) and m.start() + reach > end:
                break
            self._found.append(m)
            self._starts.append(m.start())
            self._ends.append(m.end())
            last = m.end()
        # no match of the whole text starts between the last one and ``end - reach``: its scan
        # tries that position
        self._tried = len(text) if end == len(text) else max(last, end - reach)

    def finditer(self, lo: int, hi: int) -> list[re.Match[str]]:
        """The matches of ``pattern.finditer(text, lo, hi)``, in order."""
        pattern, text, reach = self.pattern, self.text, self._reach
        if hi - lo <= 2 * reach:
            return list(pattern.finditer(text, lo, hi))
        self._scan_to(hi)
        starts, ends = self._starts, self._ends
        out: list[re.Match[str]] = []
        at = lo  # a position the window's scan tries
        while True:
            if at + reach > hi:
                out.extend(pattern.finditer(text, at, hi))
                return out
            i = bisect_right(starts, at) - 1
            if i < 0 or ends[i] <= at or starts[i] == at:
                break  # the whole text's scan tries ``at`` too
            # ``at`` is inside a match of the whole text: the window tries the positions up to
            # that match's end on its own
            for q in range(at, ends[i]):
                m = pattern.match(text, q, hi)
                if m is not None:
                    out.append(m)
                    at = m.end()
                    break
            else:
                at = ends[i]
        j = bisect_left(starts, at)
        last = at
        while j < len(starts) and starts[j] + reach <= hi:
            out.append(self._found[j])
            last = ends[j]
            j += 1
        out.extend(pattern.finditer(text, max(last, hi - reach), hi))
        return out


def zone_scan(ctx: ArticleContext, text: str, pattern: re.Pattern[str], reach: int) -> WindowScan:
    """The scan of the zone's ``text`` by ``pattern`` kept on ``ctx`` (``ctx.scans``), made on
    the first ask: every quote of the zone that reads back with the pattern reads this one."""
    kept = ctx.scans
    if kept is None or kept[0] is not text:
        kept = ctx.scans = (text, {})
    scans: dict[re.Pattern[str], WindowScan] = kept[1]
    scan = scans.get(pattern)
    if scan is None:
        scan = scans[pattern] = WindowScan(pattern, text, reach)
    return scan
