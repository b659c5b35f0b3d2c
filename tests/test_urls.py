import pytest

from newsbeam.transforms.urls import canonicalize_url


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("https://Example.COM/a/b", "https://example.com/a/b"),
        ("HTTP://example.com:80/x", "http://example.com/x"),
        ("https://example.com:443/x", "https://example.com/x"),
        ("https://example.com:8443/x", "https://example.com:8443/x"),
        ("https://example.com/x#section-2", "https://example.com/x"),
        ("https://example.com/x?utm_source=rss&utm_medium=feed", "https://example.com/x"),
        ("https://example.com/x?id=7&fbclid=abc&gclid=def", "https://example.com/x?id=7"),
        ("https://example.com/x?b=2&a=1", "https://example.com/x?b=2&a=1"),
        ("https://example.com", "https://example.com/"),
        ("  https://example.com/a  ", "https://example.com/a"),
        ("https://user:pw@example.com/a", "https://example.com/a"),
        ("https://example.com./a", "https://example.com/a"),
        ("https://bücher.example/a", "https://xn--bcher-kva.example/a"),
        ("https://example.com/%7Euser/a%20b", "https://example.com/~user/a%20b"),
        ("https://[2001:DB8::1]:443/a", "https://[2001:db8::1]/a"),
        ("ftp://example.com/a", None),
        ("javascript:alert(1)", None),
        ("mailto:someone@example.com", None),
        ("https://example.com:99999/a", None),
        ("not a url", None),
        ("", None),
        (None, None),
    ],
)
def test_canonicalize_url(raw, expected):
    assert canonicalize_url(raw) == expected


def test_canonical_form_is_a_fixed_point():
    once = canonicalize_url("HTTPS://Example.com:443/a/../b?utm_campaign=x&q=1#top")
    assert canonicalize_url(once) == once
