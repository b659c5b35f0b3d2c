"""Where the shared third-party corpus is, and a marker to skip when it is absent."""
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"


def corpus_dir(name: str) -> Path:
    path = CORPUS / name
    if not path.is_dir():
        pytest.skip(f"{path} is absent (the shared corpus sits beside the checkout)")
    return path
