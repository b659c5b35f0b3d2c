from datetime import datetime, timedelta, timezone

import pytest

from newsbeam.transforms.dates import parse_date, plausible

UTC = timezone.utc


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Sat, 21 Nov 2026 08:30:00 +0000", datetime(2026, 11, 21, 8, 30, tzinfo=UTC)),
        ("Sun, 22 Nov 2026 17:05:00 +0100", datetime(2026, 11, 22, 16, 5, tzinfo=UTC)),
        ("Thu, 19 Nov 2026 15:30:00 GMT", datetime(2026, 11, 19, 15, 30, tzinfo=UTC)),
        ("2026-11-24T09:15:00-05:00", datetime(2026, 11, 24, 14, 15, tzinfo=UTC)),
        ("2026-11-24T09:15:00Z", datetime(2026, 11, 24, 9, 15, tzinfo=UTC)),
        ("2026-11-24 09:15", datetime(2026, 11, 24, 9, 15, tzinfo=UTC)),
        ("2026-11-24", datetime(2026, 11, 24, tzinfo=UTC)),
        ("Seg, 24 Set 2018 10:00:00 -0300", datetime(2018, 9, 24, 13, 0, tzinfo=UTC)),
        ("Tue, 17 Feb 2026 10:00:00 +0500\r\n   ", datetime(2026, 2, 17, 5, 0, tzinfo=UTC)),
        ("Mi, 03 Mär 2021 12:00:00 +0100", datetime(2021, 3, 3, 11, 0, tzinfo=UTC)),
        (datetime(2026, 1, 1, 12, 0), datetime(2026, 1, 1, 12, 0, tzinfo=UTC)),
        (datetime(2026, 1, 1, 12, 0, tzinfo=timezone(timedelta(hours=2))), datetime(2026, 1, 1, 10, 0, tzinfo=UTC)),
        ("yesterday-ish", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(raw, expected):
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    "value, ok",
    [
        (datetime(1970, 1, 1, tzinfo=UTC), False),
        (datetime(2026, 11, 25, tzinfo=UTC), True),
        (datetime(2026, 11, 26, 23, tzinfo=UTC), True),
        (datetime(2099, 1, 1, tzinfo=UTC), False),
        (None, False),
    ],
)
def test_plausible(value, ok):
    fetched = datetime(2026, 11, 25, 12, tzinfo=UTC)
    assert (plausible(value, fetched) is not None) is ok


def test_an_rfc3339_date_reads_as_feedparser_reads_it_without_importing_feedparser():
    """dates._rfc3339 answers RFC 3339 date-times itself (a run of JSON lines then never
    imports feedparser); every answer equals feedparser's, out-of-range ones included."""
    import random
    import subprocess
    import sys

    from feedparser.datetimes import _parse_date

    from newsbeam.transforms import dates

    rng = random.Random(34)
    samples = ["2026-10-01T06:00:00Z", "2026-02-29T10:00:00Z", "2024-02-29T23:59:59-00:30",
               "2026-12-31T23:30:00-05:00", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00",
               "2026-10-01T24:00:00Z", "2026-10-01T12:00:60Z", "2026-13-01T00:00:00Z", "2026-10-01T06:00:05.123456+02:00",
               "2026-10-01T06:00:05.1234567891Z", "2026-10-01T06:00:00+24:00", "2026-10-01 06:00:00Z",
               "2026-10-01t06:00:00z", "2026-10-01T06:00Z", "2026-10-01", "Thu, 01 Oct 2026 06:00:00 GMT"]
    for _ in range(2000):
        samples.append(f"{rng.randint(1960, 2100):04d}-{rng.randint(0, 13):02d}-{rng.randint(0, 32):02d}"
                       f"T{rng.randint(0, 24):02d}:{rng.randint(0, 60):02d}:{rng.randint(0, 60):02d}"
                       + rng.choice(["", ".5", ".123"])
                       + rng.choice(["Z", f"+{rng.randint(0, 14):02d}:{rng.choice(['00', '30', '45'])}",
                                     f"-{rng.randint(0, 12):02d}:{rng.choice(['00', '30'])}"]))
    answered = 0
    for raw in samples:
        parsed = _parse_date(raw)
        want = dates.from_struct_time(parsed) if parsed is not None else None
        quick = dates._rfc3339(raw)
        if quick is not None:  # None: not RFC 3339 or out of range, and feedparser decides
            answered += 1
            assert quick == want and dates.parse_date(raw) == want, raw
    assert answered > 500  # the valid dates of the sample (months 1-12, days that exist, hours 0-23, ...)
    assert dates._rfc3339("2026-10-01T06:00:00Z") is not None
    assert dates._rfc3339("2026-10-01 06:00:00Z") is None and dates._rfc3339("٢٠٢٦-10-01T06:00:00Z") is None
    code = ("import sys; from newsbeam.transforms import dates; "
            "d = dates.parse_date('2026-10-01T06:00:00+02:00'); "
            "print(d.isoformat(), 'feedparser' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["2026-10-01T04:00:00+00:00", "False"], done.stderr[-2000:]
