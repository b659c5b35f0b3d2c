"""Where a fetch may go: URL checks, the ``allow_hosts`` entries, and the SSRF guard's verdict on
an IP address. Pure functions."""
from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit




def parse_allow_host(entry: str) -> tuple[str, int | None]:
    """``"host"``, ``"host:port"``, ``"1.2.3.4:80"``, ``"::1"``, ``"[::1]:80"`` -> (host, port)."""
    raw = entry.strip().lower()
    host, port = raw, None
    if raw.startswith("["):
        close = raw.find("]")
        if close < 0 or (raw[close + 1 :] and not raw[close + 1 :].startswith(":")):
            raise ValueError(f"allow-host {entry!r}: expected [IPv6] or [IPv6]:PORT")
        host, rest = raw[1:close], raw[close + 2 :]
        port_text = rest or None
    elif raw.count(":") == 1:
        host, port_text = raw.split(":")
    else:  # a bare name, IPv4, or an unbracketed IPv6 address (no port possible)
        port_text = None
    if port_text is not None:
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ValueError(f"allow-host {entry!r}: port must be 1-65535")
        port = int(port_text)
    host = host.rstrip(".")
    if not host or any(c.isspace() or c in "/?#@" for c in host):
        raise ValueError(f"allow-host {entry!r}: expected HOST or HOST:PORT")
    if not host.isascii():  # compare as the connection layer sees names: IDNA-encoded
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError as exc:
            raise ValueError(f"allow-host {entry!r}: not a valid host name ({exc})") from None
    return host, port


def address_block_reason(address: str) -> str | None:
    """Why the SSRF guard refuses to connect to ``address`` (an IP literal), or None if public.

    Besides the obvious classes, IPv6 forms that embed an IPv4 address (IPv4-mapped, 6to4,
    NAT64, Teredo) are judged by the IPv4 address they reach.
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return f"{address!r} is not an IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        # IPv4-mapped and NAT64 addresses reach exactly the IPv4 address inside them.
        if ip.ipv4_mapped is not None:
            inner = address_block_reason(str(ip.ipv4_mapped))
            return f"{ip} maps to {inner}" if inner else None
        if ip in _NAT64:
            inner = address_block_reason(str(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)))
            return f"{ip} translates to {inner}" if inner else None
        # 6to4 and Teredo tunnel towards an IPv4 address: refuse if that one is refused.
        tunnelled = ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if tunnelled is not None:
            inner = address_block_reason(str(tunnelled))
            if inner:
                return f"{ip} tunnels to {inner}"
    for kind in ("loopback", "link_local", "unspecified", "multicast", "reserved", "private"):
        if getattr(ip, f"is_{kind}"):
            return f"{ip} is {kind.replace('_', '-')}"
    if isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local:
        return f"{ip} is site-local"
    if not ip.is_global:  # shared address space 100.64/10, documentation ranges, ...
        return f"{ip} is not globally routable"
    return None


_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def check_url(url: str) -> str | None:
    """Why ``url`` cannot be fetched (a ``bad-url`` detail), or None."""
    if not isinstance(url, str):
        return f"expected a URL as text, found {type(url).__name__}"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return f"not a valid URL: {exc}"
    if parts.scheme.lower() not in ("http", "https"):
        found = f"scheme {parts.scheme!r}" if parts.scheme else "no scheme"
        return f"only http and https URLs are fetched, got {found}"
    if not parts.hostname:
        return "URL has no host"
    if port == 0:
        return "URL has port 0"
    if any(c.isspace() or ord(c) < 32 for c in url):
        return "URL contains whitespace or control characters"
    return None
