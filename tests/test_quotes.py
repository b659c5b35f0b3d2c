"""Quote extraction, pattern by pattern: hand-written sentences, one table per concern."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.marks import find_spans


def body_quotes(body: str):
    return [q for q in extract_quotes("", [], body) if q.zone == "body"]


def texts(body: str) -> list[str]:
    return [q.text for q in body_quotes(body)]


# --------------------------------------------------------------------------- quote marks

@pytest.mark.parametrize("body, expected", [
    ('"We will win," she said.', ["We will win,"]),
    ("“We will win,” she said.", ["We will win,"]),
    ("‘We will win,’ she said.", ["We will win,"]),
    ("'We will win,' she said.", ["We will win,"]),
    ("„Wir schaffen das“, sagte sie.", ["Wir schaffen das"]),
    ("«Nous gagnerons», a-t-elle dit.", ["Nous gagnerons"]),
    ("''We will win,'' she said.", ["We will win,"]),
    ("``We will win,'' she said.", ["We will win,"]),
    # Nested quotes belong to the outer quote, in both conventions.
    ('"He told me \'never again\' twice," she said.', ["He told me 'never again' twice,"]),
    ("‘He told me “never again” twice,’ she said.", ["He told me “never again” twice,"]),
    # Two quotes in one paragraph.
    ("“Yes,” he said. “No.”", ["Yes,", "No."]),
    # A wrong-way closing mark used to open a paragraph still opens.
    ("”It is over.” ― Ann Lee", ["It is over."]),
], ids=["straight-double", "curly-double", "curly-single", "straight-single", "german",
        "guillemets", "nyt-double-apostrophe", "latex", "nested-us", "nested-uk", "two-in-a-row",
        "wrong-way-opening"])
def test_quote_marks(body, expected):
    assert texts(body) == expected


# --------------------------------------------------------------------------- apostrophes

@pytest.mark.parametrize("body, expected", [
    ("‘I don’t know,’ she said.", ["I don’t know,"]),
    ("‘They’ve gone,’ she said.", ["They’ve gone,"]),
    ("‘The country’s debt is high,’ she said.", ["The country’s debt is high,"]),
    ("‘We defend the migrants’ rights,’ she said.", ["We defend the migrants’ rights,"]),
    ("The workers’ union said ‘no deal’ on Monday.", ["no deal"]),
    ("‘It was like the ’90s again,’ she said.", ["It was like the ’90s again,"]),
    ("'Rock 'n' roll is back,' she said.", ["Rock 'n' roll is back,"]),
    ("Her parents’ house is old. ‘It leaks,’ she said.", ["It leaks,"]),
    ("Rivera’s ‘plan’ is dead, the unions’ leaders said.", ["plan"]),
    ("It’s the Joneses’ turn, ‘and it’s overdue,’ she said.", ["and it’s overdue,"]),
    # No quote at all: every mark is an apostrophe.
    ("The migrants’ camp and Maduro’s regime don’t change.", []),
    ("Goin’ nowhere, the drivers’ strike lasted into the ’80s.", []),
    ("Back in the ‘90s it rained.", []),
    # A quoted number is not a decade.
    ("He cited ‘hundreds of complaints’ and ‘4,120 unpaid invoices’ in the city.",
     ["hundreds of complaints", "4,120 unpaid invoices"]),
], ids=["dont", "theyve", "countrys", "plural-possessive-inside", "plural-possessive-before",
        "nineties", "rock-n-roll", "possessive-then-quote", "possessive-after-quote",
        "possessive-before-closing", "only-apostrophes", "elisions", "nineties-wrong-mark",
        "quoted-number"])
def test_apostrophes_never_break_a_quote(body, expected):
    assert texts(body) == expected


@pytest.mark.parametrize("body, expected", [
    # An odd number of marks: one unclosed quote runs to the end of its paragraph, and the
    # paragraphs after it are unaffected.
    ("“We will win, she said.\n\n“Yes,” he said.", ["We will win, she said.", "Yes,"]),
    # A stray single mark in the middle of a sentence is not an opening.
    ("He paid 5 ‘ or more.\n\n‘Fine,’ she said.", ["Fine,"]),
    # A closing mark with nothing open is ignored.
    ("It rained.” Then ‘sun,’ she said.", ["sun,"]),
    # Marks and nothing else.
    ("“ ” ‘ ’ \" '", []),
], ids=["unclosed-double", "stray-single", "stray-closing", "only-marks"])
def test_odd_numbers_of_marks(body, expected):
    assert texts(body) == expected


def test_multi_paragraph_quote_is_one_quote_per_paragraph():
    body = ("“The first part of the speech,” she said, “went on.\n\n"
            "“The second paragraph has no closing mark.\n\n"
            "“The third one closes.”\n\nThe room was quiet.")
    quotes = body_quotes(body)
    assert [q.text for q in quotes] == [
        "The first part of the speech,", "went on.", "The second paragraph has no closing mark.",
        "The third one closes."]
    assert all(q.speaker_mention == "she" for q in quotes)
    assert [q.attribution for q in quotes] == ["pronoun", "inherited", "inherited", "inherited"]


def test_continued_spans_are_flagged():
    spans = find_spans("“One.\n“Two.\n“Three.”")
    assert [s.continued for s in spans] == [False, True, True]
    assert [s.runs_on for s in spans] == [True, True, False]


# --------------------------------------------------------------------------- attribution

PEOPLE = "Senator Jane Alvarez met Mark Ochoa on Monday. "


@pytest.mark.parametrize("body, speaker, mention, cue, attribution", [
    (PEOPLE + "“We will win,” Alvarez said.", "Jane Alvarez", "Alvarez", "said", "explicit"),
    (PEOPLE + "“We will win,” said Alvarez.", "Jane Alvarez", "Alvarez", "said", "explicit"),
    (PEOPLE + "Alvarez said: “We will win.”", "Jane Alvarez", "Alvarez", "said", "explicit"),
    (PEOPLE + "“We will win,” Alvarez, the senator from Ohio, said.", "Jane Alvarez", "Alvarez",
     "said", "explicit"),
    ("“We will win,” said state party chairman Tom Reyes, referring to the vote.", "Tom Reyes",
     "state party chairman Tom Reyes", "said", "explicit"),
    (PEOPLE + "The vote will be close, according to Ochoa.", None, None, None, None),
    (PEOPLE + "“It will be close,” according to Ochoa.", "Mark Ochoa", "Ochoa", "according to",
     "explicit"),
    (PEOPLE + "“It will be close,” Ochoa told reporters.", "Mark Ochoa", "Ochoa", "told",
     "explicit"),
    (PEOPLE + "“And we will fight,” Ochoa added.", "Mark Ochoa", "Ochoa", "added", "explicit"),
    (PEOPLE + "“The vote is rigged,” Ochoa wrote on his blog.", "Mark Ochoa", "Ochoa", "wrote",
     "explicit"),
    (PEOPLE + "“Sad!” Ochoa tweeted.", "Mark Ochoa", "Ochoa", "tweeted", "explicit"),
    (PEOPLE + "Ochoa rejected the deal, saying “it is a trap for all of us.”", "Mark Ochoa",
     "Ochoa", "saying", "explicit"),
    (PEOPLE + "“It will be close,” Mr. Ochoa said.", "Mark Ochoa", "Mr. Ochoa", "said",
     "explicit"),
    ("Talks ended late. “We will win,” a campaign spokesman said.", None, "a campaign spokesman",
     "said", "explicit"),
    ("“Nobody asked us,” the Harbor Workers Union said in a statement.", "Harbor Workers Union",
     "the Harbor Workers Union", "said", "explicit"),
    ("“Nothing will change,” she said.", None, "she", "said", "pronoun"),
    ("Talks ended late. “Read the transcript,” — Ann Lee", "Ann Lee", "Ann Lee", None, "explicit"),
    # A sentence that closes on its attribution credits a quote far before it.
    ("The deal is worth “three times more” than the one signed in 2022, said the Financial Times.",
     "Financial Times", "the Financial Times", "said", "explicit"),
    ("The deal is worth “three times more” than the one signed in 2022, the Financial Times said.",
     "Financial Times", "the Financial Times", "said", "explicit"),
    ("“Don’t get nervous,” instructed Milton Velez, the district supervisor.", "Milton Velez",
     "Milton Velez", "instructed", "explicit"),
    ("Of the nearly 6,000 respondents surveyed, 6,000 respondents said they trust “cyber relatives.”",
     None, "6,000 respondents", "said", "explicit"),
    # A described speaker named in an appositive: the name speaks.
    ("Its secretary general, Agnès Callamard, said the ministers used a “truncated video” of her.",
     "Agnès Callamard", "Its secretary general, Agnès Callamard", "said", "explicit"),
    ("“We see this as one option,” Match Group’s head of trust and safety, Yoel Roth, told Axios.",
     "Yoel Roth", "Yoel Roth", "told", "explicit"),
    # After "told" comes the listener, not the speaker.
    ("The deal is worth “three times more” than the one signed in 2022, told the minister.",
     None, None, None, "none"),
], ids=["x-said", "said-x", "x-said-colon", "x-the-title-said", "said-title-x-referring",
        "no-quote", "according-to", "told", "added", "wrote", "tweeted", "saying", "honorific",
        "nominal", "organisation", "pronoun-no-antecedent", "dash", "closing-said-x", "closing-x-said",
        "instructed", "number-with-comma", "appositive-name", "appositive-name-after-long-role",
        "told-x-is-the-listener"])
def test_attribution_patterns(body, speaker, mention, cue, attribution):
    quotes = body_quotes(body)
    if attribution is None:
        assert quotes == []
        return
    q = quotes[-1]
    assert (q.speaker, q.speaker_mention, q.cue, q.attribution) == (speaker, mention, cue, attribution)


def test_a_closing_attribution_credits_every_quote_of_its_sentence():
    body = ("Doctors are being told “how to limit engagement” because of the “controversial” ties "
            "with Palantir, said the British Medical Journal.")
    assert [(q.text, q.speaker) for q in body_quotes(body)] == [
        ("how to limit engagement", "British Medical Journal"), ("controversial", "British Medical Journal")]


@pytest.mark.parametrize("body, quote, speaker", [
    # The person the sentences before are about, not the nearest name ...
    ("Shirin Ebadi, Iran’s 2003 Nobel Peace Prize laureate, hopes Pahlavi can help manage any "
     "transition. “Let the regime fall,” she said.", "Let the regime fall,", "Shirin Ebadi"),
    ("“Peace must be kept,” Rahman said.\n\nPrime Minister Shehbaz Sharif extended warm "
     "felicitations to Rahman.\n\n“I look forward to working with him,” he said.",
     "I look forward to working with him,", "Shehbaz Sharif"),
    # ... going back past sentences about the same "he" ...
    ("Scott Shambaugh declined the change.\n\nLater, Benj Edwards, one of the authors, explained "
     "that he was responsible. He said he was sick that day.\n\n“The text was written by us,” he said.",
     "The text was written by us,", "Benj Edwards"),
    # ... and the person whose quote that sentence holds, after a stop that looks like an initial.
    ("Officials smeared Francesca Albanese.\n\n“A lie was exposed,” Albanese wrote on X.\n\nShe noted "
     "that three governments had accused her with a “virulence” they never applied.", "virulence",
     "Francesca Albanese"),
    # A clause about someone named in the pronoun's own sentence ...
    ("Mark Carney spoke.\n\nTrump lashed out at Carney’s own speech, during which he boldly stated "
     "that the old order is “not coming back.”", "not coming back.", "Mark Carney"),
    # ... but not the subject of a sentence the pronoun only comments on.
    ("U.S. District Judge Cynthia Rufe ordered the exhibit restored. The site was the home of George "
     "Washington.\n\n“It does not,” Rufe wrote. Washington kept nine enslaved people there, she noted, "
     "and “each visitor receives a false account of history.”", "each visitor receives a false account of history.",
     "Cynthia Rufe"),
    # Plural groups are never "he".
    ("Ajmi Lourimi, a member of Ennahda, spoke. Tunisian Islamists and secular forces have worked "
     "together.\n\n“We have nothing to fear,” he said.", "We have nothing to fear,", "Ajmi Lourimi"),
    # The subject of the pronoun's own sentence, when the pronoun is in a clause of it.
    ("France’s ambassador spoke first.\n\nSecretary General Ban Ki-moon condemned what he called a "
     "“brazen breach” of the resolutions.", "brazen breach", "Ban Ki-moon"),
    # Someone the article does not name stays unnamed: not the possessor.
    ("Sahba Rashtian was killed in the protests.\n\nRashtian’s father wore white. “Congratulations,” he "
     "told mourners.", "Congratulations,", None),
    # "Shipping minister ..." is a subject, not a participle phrase.
    ("The operator, Halverston Terminals, said the clause was ‘a modest step’.\n\nShipping minister "
     "Tomas Brekke told reporters that he had called both sides. ‘Nobody wins a long strike,’ he said.",
     "Nobody wins a long strike,", "Tomas Brekke"),
], ids=["subject-before", "subject-not-object", "same-pronoun-before", "credited-before",
        "own-clause", "parenthesis", "no-plural", "own-subject", "unnamed-relative", "gerund-compound-subject"])
def test_he_and_she(body, quote, speaker):
    assert {q.text: q.speaker for q in body_quotes(body)}[quote] == speaker


@pytest.mark.parametrize("body, quote, speaker, kind", [
    # A headline in Title Case lends no names ("Turn Venezuela").
    ("Venezuelan oil reserves are vast.\n\n“I don’t need to urge anyone,” she said.",
     "I don’t need to urge anyone,", None, "direct"),
    # Titles that run through "of": the name is what ends the phrase.
    ("“Western civilization is at stake,” said U.S. Secretary of State Marco Rubio.",
     "Western civilization is at stake,", "Marco Rubio", "direct"),
    # A closing ", X told the BMJ." credits the quotes of its sentence.
    ("Given its “track record”, there must be a “complete break” with the NHS, British Medical "
     "Association chair of council Tom Dolphin told the BMJ.", "complete break", "Tom Dolphin", "partial"),
    # The second half of a split direct quote is direct.
    ("“The new front line,” said Blaise Metreweli, head of MI6, “is everywhere.”", "is everywhere.",
     "Blaise Metreweli", "direct"),
    # Quantifiers are no one's name.
    ("None of the families could pay. “How are we meant to afford this?” asked none of them.",
     "How are we meant to afford this?", None, "direct"),
    ("Autism rates have been on the rise “for decades”, said The Independent.", "for decades",
     "Independent", "partial"),
    # A role is the person the article gave that title; a description alone names no one.
    ("Prime Minister Shehbaz Sharif met the chancellor. The premier stressed the “long-standing "
     "friendly relations” of both countries.", "long-standing friendly relations", "Shehbaz Sharif", "partial"),
    ("President Donald Trump spoke to reporters.\n\n“Help is on its way,” the President wrote.",
     "Help is on its way,", "Donald Trump", "direct"),
    ("Sen. Bernie Sanders left early.\n\n“We will be back,” the senator said.", "We will be back,",
     "Bernie Sanders", "direct"),
    ("Larry King hosted the show. “We need money,” Mr. King said.", "We need money,", "Larry King", "direct"),
    ("Friedrich Merz and Emmanuel Macron met.\n\n“We stick to climate agreements,” the German leader said.",
     "We stick to climate agreements,", None, "direct"),
    # Two people with one surname: the one named last before the quote.
    ("Planning Minister Ahsan Iqbal visited Dhaka.\n\nIqbal stressed that youth exchange “is crucial "
     "for partnerships”.\n\nIqbal also suggested celebrating the anniversary of Allama Muhammad Iqbal.",
     "is crucial for partnerships", "Ahsan Iqbal", "partial"),
    ("Prime Minister Shehbaz Sharif met the chancellor.\n\nPM Shehbaz highlighted that Pakistan held "
     "“huge potential” in farming.", "huge potential", "Shehbaz Sharif", "partial"),
    # A sentence that reports someone's words and closes on its source: the words are theirs.
    ("Outside the court, Akram’s lawyer Ben Archbold said his client was held in “very onerous "
     "conditions”, national broadcaster ABC said.", "very onerous conditions", "Ben Archbold", "partial"),
    # Organisations with capitalized heads are names; a description with a lowercase head is not.
    ("“It is one front in a broader dispute,” The Associated Press said.", "It is one front in a broader dispute,",
     "Associated Press", "direct"),
    ("The advantage of toxins is “their deniability and terror”, said The Times.", "their deniability and terror",
     "Times", "partial"),
    ("“I have lost my home,” says the young woman of Egyptian descent.", "I have lost my home,", None, "direct"),
    # A surname that is also a title is still the surname.
    ("Cloudflare CEO Matthew Prince spoke. “Original content matters,” Prince said.", "Original content matters,",
     "Matthew Prince", "direct"),
    # A role word that opens a sentence is still a role word, and a title after an
    # abbreviation is still a title.
    ("Police documents said the two had “firearms training” before the attack.", "firearms training",
     None, "partial"),
    ("U.S. President Donald Trump spoke at Davos.\n\nThe U.S. President has long criticized NATO. According to the "
     "President, NATO “should be leading the way.”", "should be leading the way.", "Donald Trump", "partial"),
    # A closing attribution after a quote that ends on a comma inside its marks covers the
    # sentence's earlier quotes.
    ("The White House’s “attempt to strong-arm” Kelly “into silence” made her look “downright "
     "presidential,” said The Boston Globe.", "into silence", "Boston Globe", "partial"),
    # Quoted words that open the writer's sentence, or follow a possessive, are partial.
    ("Slotkin spoke. “Going on offense” seems the only way forward, Slotkin said.", "Going on offense",
     "Slotkin", "partial"),
    ("Politico said Democrats’ “largest online fundraising spikes” came after the vote.",
     "largest online fundraising spikes", "Politico", "partial"),
    # An opening "Regarding X," is not the subject.
    ("Hasnat Abdullah spoke.\n\nRegarding Rahman, Abdullah is upbeat. “He is doing really well,” he says.",
     "He is doing really well,", "Hasnat Abdullah", "direct"),
], ids=["title-case-headline", "secretary-of-state", "closing-told", "split-direct", "quantifier",
        "rates-is-a-noun", "premier", "the-president", "abbreviated-title", "surname-that-is-a-title",
        "description", "same-surname", "highlighted", "reported-speech-with-source", "org-with-capital-head",
        "one-word-newspaper",
        "description-with-lowercase-head", "surname-prince", "police-opens-sentence", "us-president",
        "closing-after-comma-inside-marks", "fragment-opens-sentence", "after-possessive", "regarding-opener"])
def test_reviewed_cases(body, quote, speaker, kind):
    title = "Machado Insists Trump Will Do What’s Needed to Turn Venezuela Into a Democracy"
    got = {q.text: (q.speaker, q.kind) for q in extract_quotes(title, [], body)}
    assert got[quote] == (speaker, kind)


@pytest.mark.parametrize("body, speakers, attributions", [
    # The quote right after an attributed one inherits its speaker.
    ("“We will win,” Ochoa said. “The count is on our side.”", ["Ochoa", "Ochoa"],
     ["explicit", "inherited"]),
    # So does a quote that opens the next paragraph.
    ("Mark Ochoa spoke last. “We will win,” Ochoa said.\n\n“The count is on our side.”",
     ["Mark Ochoa", "Mark Ochoa"], ["explicit", "inherited"]),
    # A pronoun goes to the last named speaker.
    ("“We will win,” said Jane Alvarez. The crowd cheered.\n\n“It is our year,” she added.",
     ["Jane Alvarez", "Jane Alvarez"], ["explicit", "pronoun"]),
    # A new speaker in between ends the inheritance.
    ("“We will win,” Ochoa said.\n\nRivals disagreed. Kim Li said the count was wrong. “It is a "
     "fraud.”", ["Ochoa", "Kim Li"], ["explicit", "explicit"]),
    # A quote that closes its sentence is not credited to the next sentence's subject ...
    ("A “proactive response is needed,” said minister Baiba Braze. “And it is doing that signals.” "
     "Some defense experts have suggested cyberattacks.", ["Baiba Braze", "Baiba Braze"], ["explicit", "inherited"]),
    # ... unless that sentence is nothing but the attribution.
    ("Talks ended. “We will win.” Ochoa said.", ["Ochoa"], ["explicit"]),
    # A participle's sentence whose subject is a person of its own does not continue the
    # quote before.
    ("Mark Carney spoke at Davos.\n\nTrump said Canada “lives because of the United States.” In a "
     "filmed address, Carney responded, firmly stating: “Canada does not live because of the "
     "United States.”", ["Trump", "Mark Carney"], ["explicit", "explicit"]),
    # "it" is never the person last quoted: the body its clause is of (it_subject), or no one.
    ("“Let it go,” said Anna Berg.\n\nThe Soviet Union used what it called “active measures” then.",
     ["Anna Berg", "Soviet Union"], ["explicit", "explicit"]),
], ids=["inherited-same-paragraph", "inherited-next-paragraph", "pronoun", "new-speaker",
        "next-sentence-is-not-attribution", "next-sentence-is-attribution", "participle-with-own-subject",
        "it-is-not-a-person"])
def test_speaker_carries_over(body, speakers, attributions):
    quotes = body_quotes(body)
    assert [q.speaker for q in quotes] == speakers
    assert [q.attribution for q in quotes] == attributions


@pytest.mark.parametrize("body, speaker", [
    ("President Ana Ruiz spoke. “We will win,” Ruiz said.", "Ana Ruiz"),
    ("Ana Maria Ruiz arrived. “We will win,” Ms. Ruiz said.", "Ana Maria Ruiz"),
    ("“We will win,” said Treasury Secretary Ana Ruiz.", "Ana Ruiz"),
    ("“We will win,” said Rep. Ana Ruiz (D-Calif.).", "Ana Ruiz"),
    ("“We will win,” said Ana Ruiz of the Workers Party.", "Ana Ruiz"),
    # A name never runs over a paragraph break, either way.
    ("Read More: Leaders Cheer a Withering Davos Address\n\nCarney spoke.\n\n“We will win,” Carney said.",
     "Carney"),
    ("Officials fear the government.\n\nAjmi Lourimi, a member of Ennahda, spoke.\n\n“We will win,” Lourimi said.",
     "Ajmi Lourimi"),
    ("“People trust the AI more,” Cloudflare CEO Matthew Prince said.", "Matthew Prince"),
    ("Historian William Dalrymple spoke. “We will win,” Dalrymple said.", "William Dalrymple"),
    # A given name (or a family name written first) widens to the one person the article
    # names with it, when a title shows that is a person ...
    ("Prime Minister Shehbaz Sharif met Chancellor Christian Stocker.\n\nPM Shehbaz thanked Stocker "
     "for the “meaningful and productive meetings” during the visit.", "Shehbaz Sharif"),
    # ... and not otherwise.
    ("Trump Tower was sold. Later, Trump called the sale a “great deal” on Monday.", "Trump"),
], ids=["fullest-form", "middle-name", "title-split", "party-suffix", "of-employer", "not-the-paragraph-before",
        "paragraph-start", "ceo", "role-word-opens-sentence", "given-name", "not-a-building"])
def test_speaker_is_the_fullest_name_without_titles(body, speaker):
    assert body_quotes(body)[-1].speaker == speaker


@pytest.mark.parametrize("body, speaker", [
    # A sentence's first word is capitalized whatever it is: it speaks only if it is a name.
    ("Due to the broader spectrum, people with the highest needs are “overlooked”, so it helps.", None),
    ("Guano is the “white gold” of the coast.", None),
    ("Founded in 2003, Palantir has called the report “misleading” twice.", "Palantir"),
    ("Obama spoke first. Obama called the plan a “disgrace” on Monday.", "Obama"),
], ids=["due-to", "common-noun", "participle-opener", "a-name-still-speaks"])
def test_the_subject_of_a_partial_quote_speaks_only_if_it_can(body, speaker):
    assert body_quotes(body)[-1].speaker == speaker


# --------------------------------------------------------------------------- kinds

@pytest.mark.parametrize("body, kind, attribution", [
    ("“We will win this year,” Ochoa said.", "direct", "explicit"),
    ("Ochoa called the plan “a disaster” on Monday.", "partial", "explicit"),
    ("The group fights ‘narcoterrorist’ networks across the region.", "scare", "none"),
    ("He watched “Morning Forum” every week.", "scare", "none"),
    ("The so-called “experts” were wrong.", "scare", "none"),
], ids=["direct", "partial", "scare-modifier", "title-of-work", "scare-term"])
def test_kinds(body, kind, attribution):
    q = body_quotes(body)[-1]
    assert (q.kind, q.attribution) == (kind, attribution)
    if kind == "scare":
        assert q.speaker is None and q.speaker_mention is None


# --------------------------------------------------------------------------- zones

def test_zones_positions_and_offsets():
    title = "Ochoa Says Count Is ‘Rigged’"
    bullets = ["Polls closed early", "Ochoa vowed to fight on, saying ‘we will win’"]
    body = "“We will win,” Mark Ochoa said."
    quotes = extract_quotes(title, bullets, body)
    assert [(q.position, q.zone, q.zone_index) for q in quotes] == [
        (0, "title", 0), (1, "bullet", 1), (2, "body", 0)]
    zone_text = {"title": title, "body": body}
    for q in quotes:
        text = bullets[q.zone_index] if q.zone == "bullet" else zone_text[q.zone]
        assert text[q.start_char:q.end_char] == q.text
    assert quotes[0].speaker == "Mark Ochoa" and quotes[0].cue == "Says"
    assert quotes[1].speaker == "Mark Ochoa" and quotes[1].cue == "saying"


@pytest.mark.parametrize("title, speaker", [
    ("Ochoa: Count Is ‘Rigged’", "Mark Ochoa"),
    ("Count Is ‘Rigged,’ Ochoa Says", "Mark Ochoa"),
], ids=["label", "trailing-says"])
def test_headline_attribution(title, speaker):
    q = extract_quotes(title, [], "Mark Ochoa spoke on Monday.")[0]
    assert q.speaker == speaker


def test_transcript_labels_name_the_speaker():
    body = "Partial transcript:\n\n“HOST: Will you run?\n\n“ALVAREZ: I will.”"
    quotes = body_quotes(body)
    assert [q.speaker_mention for q in quotes] == ["HOST", "ALVAREZ"]


@pytest.mark.parametrize("args", [
    ("", [], ""),
    (None, None, None),
    ("‘", ["’"], "“"),
    ("x", ["", ""], "\n\n\n"),
])
def test_degenerate_input_gives_no_quotes_and_no_error(args):
    assert extract_quotes(*args) == []


# --------------------------------------------------------------------------- harder speakers

@pytest.mark.parametrize("body, speaker, mention", [
    # Gender from the article's own honorifics decides between two candidates.
    ("Ms. Ruiz met Mr. Ochoa. Ana Ruiz spoke first; Tom Ochoa waited.\n\n"
     "“We will appeal,” she said.", "Ana Ruiz", "she"),
    ("Ms. Ruiz met Mr. Ochoa. Ana Ruiz spoke first; Tom Ochoa waited.\n\n"
     "“We will appeal,” he said.", "Tom Ochoa", "he"),
    # The nearest person who is reported speaking, even when named once.
    ("Mayor Lee Park warned of storms.\n\nBut, he added: “The worst is over.”", "Lee Park",
     "he"),
    # A description followed by the name it describes.
    ("“It is a mess,” the company's chief executive, Tim Raines, said.", "Tim Raines",
     "the company's chief executive, Tim Raines"),
    # "who" stands for the phrase before it.
    ("The deal was praised by Ana Ruiz, who called it “a fair result.”", "Ana Ruiz",
     "Ana Ruiz, who"),
    # Whose claim it was.
    ("Ochoa renewed his claim that the count was “rigged from the start.”", None, "his"),
], ids=["she-by-honorific", "he-by-honorific", "nearest-speaking-person", "described-then-named",
        "relative-who", "possessed-claim"])
def test_harder_speakers(body, speaker, mention):
    q = body_quotes(body)[-1]
    assert q.speaker_mention == mention
    if speaker is not None:
        assert q.speaker == speaker


# A group with no name ("Nurses") is no one's named voice: null, its word kept as the mention.
@pytest.mark.parametrize("title, mention, kind", [
    ("Nurses March Downtown To ‘Fund The Wards’", "Nurses", "partial"),
    ("President Moves To Defeat ‘Narcoterrorist’ Gangs", None, "scare"),
], ids=["headline-final-quote", "headline-inner-label"])
def test_headline_quotes(title, mention, kind):
    q = extract_quotes(title, [], "")[0]
    assert (q.speaker, q.speaker_mention, q.kind) == (None, mention, kind)


@pytest.mark.parametrize("body", [
    "Partial transcript:\n\n“(APPLAUSE.)”",
    "She watched “Morning Forum” and “The Weekly Desk” every week.",
], ids=["stage-direction", "show-names"])
def test_quoted_names_and_directions_are_not_speech(body):
    assert all(q.kind == "scare" and q.speaker is None for q in body_quotes(body))
