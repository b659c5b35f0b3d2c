"""Stop 35, kind21, on made-up sentences: a quote inside a participial phrase of saying that
goes on past the quote (``participle_subject``, transforms/quotes/participle_opener.py) is the
main clause's subject's words, partial; a quoted web or e-mail address is a name, a scare quote
with no speaker (``web_address``, transforms/quotes/web_address.py)."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes.web_address import is_web_address, quoted_address
from tests.quote_probes import first_quote_starting


@pytest.mark.parametrize("body,words,speaker", [
    ("Calling for “immediate talks” with the union, Mayor Ann Lee said the strike must end.",
     "immediate talks", "Ann Lee"),
    ("Ann Lee chairs the board. Arguing that the closure is a “public safety” matter, Lee has claimed "
     "that the city cannot wait.", "public safety", "Ann Lee"),
    # a woman after a man: the clause's subject, not the man named before
    ("Tom Hale spoke first. Praising the “night crews” at the harbor, Ann Lee thanked the staff.",
     "night crews", "Ann Lee"),
    ("Ann Lee took the floor. Describing Dorvan as a “forgotten town” in the north, Governor Ann Lee "
     "pledged new roads.", "forgotten town", "Ann Lee"),
])
def test_participle_phrase_going_on_after_the_quote(body, words, speaker):
    q = first_quote_starting(body, words)
    assert (q.speaker, q.rule, q.kind) == (speaker, "participle_subject", "partial")


@pytest.mark.parametrize("body,words", [
    # a description, an organisation: no one named
    ("Calling for “immediate talks” with the union, the minister said the strike must end.", "immediate talks"),
    ("Calling for “immediate talks” with the union, Harbor Bakers Union said the strike must end.",
     "immediate talks"),
    # the rest of the phrase too long to be read as one
    ("Calling for “immediate talks” with the union and the port owners and every shipping firm in the "
     "region, Ann Lee said the strike must end.", "immediate talks"),
    # a participle that says nothing: the writer's phrase for what the subject faces
    ("Facing a “perfect storm” of costs this winter, Ann Lee said the bakery would close.", "perfect storm"),
    # a pronoun after the rest of the phrase: left to no one ("he" went to Ann Lee, named first)
    ("Ann Lee and Tom Hale met the press. Citing a “lack of funds” at the agency, he said the branch "
     "would close.", "lack of funds"),
    # an organisation
    ("Citing a “lack of funds” at the agency, the city council voted to close the branch.", "lack of funds"),
    # a gerund subject: no clause after a comma
    ("Calling the levy “a quiet tax” on bakers and millers alike was a mistake.", "a quiet tax"),
    # (read21) a possessive, two names joined, someone else's words cited, a body
    ("Calling for “immediate talks” with the union, Ann Lee's lawyer said the strike must end.", "immediate talks"),
    ("Calling for “immediate talks” with the union, Ann Lee and Tom Hale said the strike must end.",
     "immediate talks"),
    ("Quoting Tom Hale's “we will not yield” to the crowd, Ann Lee said the strike must end.",
     "we will not yield"),
    ("Calling for “immediate talks” with the union, Harbor Trust said the strike must end.", "immediate talks"),
])
def test_participle_phrase_left_alone(body, words):
    q = first_quote_starting(body, words)
    assert q.rule != "participle_subject" and q.speaker is None


@pytest.mark.parametrize("body,words", [
    ("The bakery posts its prices on “venner-bakery.com” every morning, Ann Lee said.", "venner-bakery.com"),
    ("Orders go to “orders@venner-bakery.com”, Ann Lee said.", "orders@venner"),
    ("Lee said the form on “https://venner-bakery.com/orders” was down.", "https://venner"),
    ("Inhalt und Aufbau der Seite „www.baeckerei-venner.de“ seien neu, sagte Anna Keller.", "www.baeckerei"),
    ("La boulangerie publie ses prix sur « boulangerie-venner.fr », a dit Anne Roy.", "boulangerie-venner"),
])
def test_web_address_is_a_name(body, words):
    q = first_quote_starting(body, words)
    assert (q.kind, q.speaker) == ("scare", None)


@pytest.mark.parametrize("quoted,address", [
    ("www.venner.de", True), ("https://example.com/a?b=1", True), ("info@venner.de", True),
    ("Node.js", True), ("U.S.", False), ("e.g.", False), ("a.m.", False), ("3.14", False),
    ("the site venner.de", False), ("U.S. first,", False),
])
def test_what_is_an_address(quoted, address):
    assert is_web_address(quoted) is address


def test_a_sentence_with_an_abbreviation_stays_speech():
    q = first_quote_starting("“U.S. first,” Tom Hale said at the rally.", "U.S. first")
    assert (q.kind, q.speaker) == ("direct", "Tom Hale")



@pytest.mark.parametrize("text,address", [
    # "read", "wrote": the words a banner or a post carried, written text, not an address named
    ("One banner read “votevenner.com,” and another read “Not Hale.”", False),
    ("Ann Lee wrote “annlee.com” on every poster.", False),
    ("The bakery posts its prices on “venner-bakery.com” every morning.", True),
])
def test_an_address_after_a_verb_of_saying_is_not_set_aside(text, address):
    at = text.index("“")
    quoted = text[at + 1:text.index("”")]
    assert quoted_address(text, at, quoted) is address
