"""Shared pytest fixtures."""
from __future__ import annotations

import pytest

from tests.httpserver import TestServer


@pytest.fixture
def http_server():
    """A programmable HTTP server on 127.0.0.1 (see tests/httpserver.py), stopped afterwards."""
    server = TestServer().start()
    try:
        yield server
    finally:
        server.stop()
