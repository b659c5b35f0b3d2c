"""Speakers, stop 58 (issue 16): written texts and bodies, each case in our own words.

- "the ruling" / "the judgment" with no author written beside it is the one court the article
  named before it (issuers.earlier_issuer): a court's decision speaks for the court (the guide: a
  ruling speaks for its named author). Two courts named, or none (a judge by name, a place): None.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _last(body: str, lang: str = "en") -> str | None:
    return [q.speaker for q in extract_quotes("", [], body, lang)][-1]


# --- A ruling is the court's ---------------------------------------------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("The ban was overturned by the Marlow High Court on Tuesday.\n"
     "“The order cannot stand,” the ruling said.", "Marlow High Court"),
    ("In a decision on Thursday, the Vessia Supreme Court sided with the growers.\n"
     "“The statute was misread by the lower bench,” the judgment stated.", "Vessia Supreme Court"),
    ("The Dorvan Court of Appeal rejected the council's bid to evict the tenants.\n"
     "Evictions without notice are “plainly unlawful,” the ruling said.", "Dorvan Court of Appeal"),
    ("Lawyers for Tessa Brandt won before the Norland Constitutional Court, which ruled last spring.\n"
     "“The right to assemble was breached,” the ruling read.", "Norland Constitutional Court"),
])
def test_ruling_is_the_court_named_before(body: str, speaker: str) -> None:
    assert _last(body) == speaker


@pytest.mark.parametrize("body", [
    # two courts named before: which one ruled is a guess
    "The Marlow High Court heard the case and the Vessia Supreme Court heard the appeal.\n"
    "“The order cannot stand,” the ruling said.",
    # no court named: a place is never the speaker
    "The hearing took place in Marlow on Tuesday.\n“The order cannot stand,” the ruling said.",
    # a judge named by name is no court; the ruling stays no one's rather than a guess
    "Judge Omar Qadri threw out the claim on Tuesday.\n“The order cannot stand,” the ruling said.",
    # the ruling party is no ruling
    "The vote was close.\n“We will win the next one,” the ruling party said.",
    # (adversarial read, adv58) a court no sentence has decide: appealed to, gone to before
    "A district judge ruled against the tenants. They said they would appeal to the Vessia Supreme Court.\n"
    "“The order cannot stand,” the ruling said.",
    "The tenants first went to the Marlow High Court in 2019. On Tuesday an arbitration panel sided with the "
    "landlord.\n“The order cannot stand,” the judgment said.",
    # another bench named after the court that decided
    "Last year the Vessia Supreme Court struck down a similar law. This week a tribunal in Dorvan took up the "
    "new one.\n“The order cannot stand,” the ruling said.",
    "The Marlow High Court ruled for the tenants in May. On Tuesday the appeals court reversed it.\n"
    "“The order cannot stand,” the ruling said.",
    # (final read) a decision appealed to a court is no decision of that court
    "The tenants will appeal the decision to the Marlow High Court.\n“The order cannot stand,” the ruling said.",
    # another bench after a sentence that ends on "!"
    "The Vessia Supreme Court struck down the ban! A jury in Dorvan then convicted him.\n"
    "“The order cannot stand,” the ruling said.",
])
def test_ruling_without_one_court_stays_none(body: str) -> None:
    assert _last(body) is None
