"""Binary search over a sorted list of offsets (cue starts, sentence ends): ``bisect``'s two
searches, written as loops so that the compiled extractor runs them in C without a call.

Compiled (mypyc), a call of the C module's ``bisect.bisect_left`` from the extractor looks the
function up on the module, boxes its arguments and parses them: ~1,000 instructions, where the
loop below over a zone's few dozen offsets is ~200; it is asked ~330 times a seed-like article
(issue 15). In pure Python the loop would be the slower one, so there these names are the C
module's own functions (same arguments, same answers; tests/test_quotes_fast_paths.py).
"""
from __future__ import annotations

import bisect
import types


def bisect_left(a: list[int], x: int, lo: int = 0) -> int:
    """The first index from ``lo`` whose offset is ``>= x`` (``bisect.bisect_left``)."""
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a: list[int], x: int) -> int:
    """The first index whose offset is ``> x`` (``bisect.bisect_right``)."""
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


if isinstance(bisect_left, types.FunctionType):  # pure Python: the C module's are faster
    globals().update(bisect_left=bisect.bisect_left, bisect_right=bisect.bisect_right)
