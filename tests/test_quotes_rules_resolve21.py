"""Resolution when someone else comes in between (issue 16, shape 1): an unnamed speaker's
passage goes on (``unnamed_passage``: rule ``unnamed_speaker_pronoun``), and a writer's sentence
on another person stops ``previous_quote`` (``named_between``). Made-up sentences only."""
from __future__ import annotations

from tests.quote_probes import probes

_quotes, _found = probes("Town news\n\n", "en")

_MAYOR = '"We will restore order," said Tom Reyes, the mayor, on Friday. The market reopened after a week of clashes.\n\n'


def test_pronoun_after_the_unnamed_ones_passage_is_that_one():
    body = ('"He is worse than the last one," said a 40-year-old businessman in the old town.\n\n'
            'Security forces left "hundreds dead", according to Tom Reyes, the mayor, on Saturday.\n\n'
            '"When I saw the man ahead of me fall, I did not understand," said the businessman, describing '
            'the scene. "It was only later that we knew he was shot."\n\n'
            'While the police fired the shots, "the council is also to blame," he said.')
    assert _found(body, "the council is also to blame,")[1] is None


def test_an_aged_indefinite_speaker_is_unnamed_too():
    body = _MAYOR + ('"I saw the man in front of me fall," said a 40-year-old shopkeeper. "We carried him home."\n\n'
                     'While the police fired the shots, "the council is also to blame," he said.')
    assert _found(body, "the council is also to blame,")[1] is None


def test_the_description_of_an_unnamed_one_brought_in_before():
    body = _MAYOR + ('"Nobody helped," said a shopkeeper in the old town.\n\n'
                     '"We will rebuild," the shopkeeper said later. "It will take years," he added.')
    assert _found(body, "It will take years,")[1] is None


def test_a_description_never_brought_in_is_an_epithet_for_the_named():
    body = ('Donald Baxter, the businessman who founded the firm, was asked about the deal. '
            '"There should be a lot of systems," the businessman replied. "I would do it," he added.')
    assert _found(body, "I would do it,")[1] == "Donald Baxter"


def test_an_unnamed_subject_after_an_opening_phrase():
    body = _MAYOR + ('In the southern district of Marlow, an elderly man said that he had lost his son. '
                     '"I want justice," he said.')
    assert _found(body, "I want justice,")[1] is None


def test_an_aged_unnamed_subject_after_an_opening_phrase():
    body = _MAYOR + ('In the northern town of Zell, a 39-year-old man said that the shooting went on for hours. '
                     '"Nobody came to help us," he said.')
    assert _found(body, "Nobody came to help us,")[1] is None


def test_an_unnamed_one_who_asks_her_leaves_her_the_pronoun():
    body = ('"Costs are rising," said Mary Hale, the minister, on Monday.\n\n'
            'In the morning, a reporter asked her about the costs. "They will fall," she said.')
    assert _found(body, "They will fall,")[1] == "Mary Hale"


def test_an_unnamed_questioner_quoted_does_not_take_the_answer():
    body = ('"We are ready," said Tom Reyes, the mayor.\n\n'
            'At a forum in Leeds on Monday, one questioner claimed that "the unions" were "ruining the town".\n\n'
            '"You are right," he said.')
    assert _found(body, "You are right,")[1] == "Tom Reyes"


def test_a_named_person_in_between_stops_the_inheritance():
    body = '"This is a great day," said Ann Lee, the mayor. Tom Hale, a councillor, disagreed. "We cannot afford it."'
    assert _found(body, "We cannot afford it.")[1] != "Ann Lee"


def test_a_woman_after_a_man_in_between():
    body = '"The costs will triple," said Tom Hale. Ms. Ann Roe, the treasurer, shook her head. "They will not rise at all."'
    assert _found(body, "They will not rise at all.")[1] != "Tom Hale"


def test_someones_deputy_in_between_is_someone_else():
    body = '"The costs will triple," said Peter Grant. Grant\'s deputy nodded. "He is right about that."'
    assert _found(body, "He is right about that.")[1] is None


def test_the_same_person_in_between_goes_on():
    body = '"We are ready," said Ann Lee. Lee then left the room. "It is done now."'
    assert _found(body, "It is done now.")[1] == "Ann Lee"


def test_a_name_that_qualifies_a_thing_goes_on():
    body = '"We are ready," said Tom Hale. The Lee plan was approved in May. "It is done now."'
    assert _found(body, "It is done now.")[1] == "Tom Hale"


def test_an_organisation_in_between_goes_on():
    body = '"We are ready," said Tom Hale. The council approved the plan in May. "It is done now."'
    assert _found(body, "It is done now.")[1] == "Tom Hale"
