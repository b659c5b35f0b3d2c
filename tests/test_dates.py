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
