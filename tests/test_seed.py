"""The article the project was designed from, through the real reading path."""
import json

from newsbeam.pipeline.extract import articles_of
from tests.corpus import SHARED

import pytest


@pytest.fixture(scope="module")
def seed():
    path = SHARED / "examples" / "seed-article.txt"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    [article] = list(articles_of(str(path)))
    return article, json.loads((SHARED / "examples" / "seed-expected.json").read_text())


def test_seed_title_bullets_and_paragraphs(seed):
    article, expected = seed
    assert article.title == expected["title"]
    assert list(article.bullets) == expected["bullets"]
    assert len(article.body.split("\n\n")) == expected["body_paragraphs"] == 7


def test_seed_quote_offsets_are_exact(seed):
    article, _ = seed
    zones = {"title": [article.title], "bullet": list(article.bullets), "body": [article.body]}
    assert len(article.quotes) == 15
    for q in article.quotes:
        assert zones[q.zone][q.zone_index][q.start_char:q.end_char] == q.text
