"""A title (or an outlet's name) set after a person's name by a comma describes that person:
"said Marta Okafor, Regional Director" is Marta Okafor's, never "Regional Director"'s."""
from __future__ import annotations

import pytest

from tests.quote_probes import speakers_of


@pytest.mark.parametrize("body, speaker", [
    ('"We are glad to open the new plant in the valley," said Marta Okafor, Regional Director, '
     'Northern Europe, Delmar Foods Group.', "Marta Okafor"),
    ('Marta Okafor, Regional Director, said: "We are glad to open the new plant in the valley."',
     "Marta Okafor"),
    ('"The harvest came in two weeks early this year," said Tomas Brandt, Group President.',
     "Tomas Brandt"),
    ('Keli Amundsen, The Northern Ledger, wrote: "The ferry is slow but it always arrives."',
     "Keli Amundsen"),
    # The name after the comma is still the speaker's.
    ('The leader of the Harbor Party, Lina Haddad, said: "We will not give up the port."',
     "Lina Haddad"),
])
def test_title_after_the_comma_describes_the_name_before(body: str, speaker: str) -> None:
    assert speakers_of(body)[0] == speaker
