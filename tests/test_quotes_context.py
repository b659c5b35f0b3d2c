"""The extractor's own constructors (transforms/quotes/context.py) against the classes' plain ones."""
from __future__ import annotations

import dataclasses
import pickle

import pytest

from newsbeam.schemas.records import Quote
from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site, new_quote
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.names import NameIndex

VALUES = [
    (0, "body", 0, 12, 40, "We will build it", "Ann Lee", "Lee", "said", "explicit", "direct", "after_quote"),
    (3, "bullet", 2, 0, 5, "no", None, None, None, "none", "scare", None),
]


@pytest.mark.parametrize("values", VALUES)
def test_new_quote_is_the_quote_its_init_builds(values):
    quote = new_quote(values)
    plain = Quote(*values)
    assert type(quote) is Quote
    assert quote == plain and hash(quote) == hash(plain) and repr(quote) == repr(plain)
    assert dataclasses.astuple(quote) == values
    assert pickle.loads(pickle.dumps(quote)) == plain
    with pytest.raises(dataclasses.FrozenInstanceError):
        quote.speaker = "someone"  # type: ignore[misc]


def test_new_quote_wants_every_field():
    with pytest.raises(TypeError):
        new_quote(VALUES[0][:-1])


def test_records_keep_their_fields_and_defaults():
    assert Finding("Lee", "said", "explicit") == Finding("Lee", "said", "explicit", -1, None)
    assert [f.name for f in dataclasses.fields(Finding)] == ["mention", "cue", "how", "cue_at", "rule"]
    ctx = ArticleContext(NameIndex(["Ann Lee said so."]))
    assert (ctx.cues, ctx.sentences, ctx.last_person, ctx.last_speaker, ctx.team_lead, ctx.team_lead_at) == \
        (None, None, None, None, None, -1)
    assert ctx.people == [] and ctx.genders == {} and ctx.resolved == {} and ctx.unnamed_at == {} and ctx.credits == []
    assert ArticleContext(NameIndex([])).people is not ctx.people  # a list of its own
    span = Span(1, 5, 0, 6, "curly", 0)
    site = Site("“Yes,” he said.", "body", span, [(0, 15)], 0, 0, 15, 0, None, None, False, True)
    assert (site.zone, site.span, site.tail_hi, site.starts_paragraph) == ("body", span, 15, True)
