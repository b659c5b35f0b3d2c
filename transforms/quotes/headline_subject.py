"""A headline in title case runs its subject into its verb: "Carney Hits Back at Trump: ‘...’",
"Lee Publicly Rebukes Park, Urges ‘...’", "Mayor Hits Back At Critics", "Ann Lee Sends Message To
Fans". The speaker is the person the subject names, the words before the verb; a kin word alone, a
named person's people and a crowd name no one (s61). And the rule ``headline`` itself: a label, a
cue, or a headline that ends on its quote."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.bare_names import bare_person
from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.cues import CueIndex
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import GROUP_WORDS, NOMINAL_HEADS, NOUNISH
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.names import NameIndex, is_org, is_person_like
from newsbeam.transforms.quotes.phrases import np_before
from newsbeam.transforms.quotes.shapes import finding
from newsbeam.transforms.quotes.titles import split_title

_HEADLINE_LABEL: Final = re.compile(r"^([A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,3})(?: on [^:]{1,40})?:\s")


def _verb_like(word: str) -> bool:
    """A capitalized word that a title-case headline's verb or adverb looks like: "Hits",
    "Rebukes", "Publicly" (not a name's "Ross" or "Burns": those the caller checks)."""
    low = word.lower()
    return word[:1].isupper() and low.isalpha() and len(low) > 3 and (
        low.endswith("ly") or low.endswith("s") and not low.endswith(("ss", "us", "is")))


# Title-case verbs of a phrasal verb of speech, in -s and bare ("Hits Back", "Opens Up", "Residents Hit
# Back"), their particles, and bare verbs that end a plural subject ("Fans React").
_PHRASAL: Final = frozenset("hits fires opens speaks lashes weighs pushes shoots strikes steps sounds snaps "
                            "chimes calls breaks doubles hit fire open speak lash weigh push shoot strike step "
                            "sound snap chime call break double".split())
_PARTICLES: Final = frozenset("back up out off down forward in".split())
_BARE_VERBS: Final = frozenset("react respond hit fire speak open lash push weigh sound".split())
# Plurals without an -s that take a bare verb ("Police Hit Back"), and the words for a named person's
# people ("Ann Lee Fans Send Message": her fans, not she).
_BARE_PLURALS: Final = frozenset("police people staff crew public media".split())
_PEOPLE_OF: Final = frozenset("""fans family parents kids children accusers victims doctors critics lawyers
supporters friends relatives neighbours neighbors team camp aides allies rivals lawyer attorney spokesman
spokeswoman spokesperson aide doctor agent manager rep husband wife mum mom dad mother father son daughter
brother sister""".split())
# Verbs in -s a headline gives a person ("Ann Lee Sends Message", "Mum Slams Council"); plural nouns
# in -s after a name are no verb ("Kate Middleton Photos Pulled", "Ann Lee Lyrics Spark Debate").
_HEADLINE_VERBS: Final = _PHRASAL | frozenset("""sends sets pays shares reveals admits says slams blasts takes makes
gets gives issues keeps looks wins bows thanks stuns tells urges warns vows insists claims denies defends praises
backs returns quits joins leaves signs responds reacts addresses answers explains posts announces confirms pleads
begs demands rips mocks jokes teases gushes fumes rages dismisses rejects accuses apologises apologizes
recalls remembers describes details discusses reflects""".split())
_NOT_IN_NAMES: Final = _PARTICLES | frozenset("of on for to at after with from by over".split())
_HEADLINE_ADVERBS: Final = frozenset("""finally angrily publicly quietly secretly tearfully openly bravely
furiously emotionally reportedly allegedly officially privately defiantly proudly candidly suddenly""".split())
_KIN: Final = frozenset("mum mom dad mother father wife husband son daughter widow widower sister brother "
                        "gran nan grandma grandpa grandmother grandfather".split())


def headline_subject(mention: str, ctx: ArticleContext) -> str:
    """``mention`` cut before its verb: a phrasal verb of speech and its particle whoever the
    words before are ("Mayor Hits Back" -> "Mayor", "Ann Burns Opens Up" -> "Ann Burns"; bare
    after a plural: "Residents Hit Back"), a bare verb that ends it after a plural ("Fans React"
    -> "Fans"); or the first verb-like word when the words before it are a person the article
    names ("Carney Hits Back" -> "Carney") or open on a first name ("Ann Lee Sends Message",
    past a surname in -s: "Ann Lee Hobbs Pays Tribute"); "" (no one) for a kin word or the people
    of a named person ("Mum Hits Out", "Ann Lee Fans Send Message"); else ``mention`` as it is."""
    words = mention.split()
    english = current_language().code == "en"
    if english and len(words) > 1 and words[0].lower() in _KIN and words[1].lower() in _HEADLINE_VERBS:
        return ""  # "Mum Hits Out At School: ‘…’": an unnamed mother (the kin rule had read "Hits Out At" as her name)
    if english:
        for k in range(1, min(len(words), 7)):
            low = words[k].lower()
            nxt = words[k + 1] if k + 1 < len(words) else ""
            plural = words[k - 1].endswith("s") or words[k - 1].lower() in _BARE_PLURALS
            if low in _PHRASAL and nxt.lower() in _PARTICLES and nxt[:1].isupper() and (low.endswith("s") or plural):
                j = k - 1 if k > 1 and words[k - 1].lower() in _HEADLINE_ADVERBS else k
                # "Mayor Hits Back At Critics: ‘…’", "Ann Lee Finally Opens Up" (s61)
                return "" if _people_of(words[:j], ctx) else " ".join(words[:j])
            if not nxt and low in _BARE_VERBS and plural and words[k][:1].isupper():
                return " ".join(words[:k])  # "Fans React To Finale: ‘…’": the fans (a group: no one)
    surname = False
    for k in range(1, min(len(words), 5)):  # the verb has words after it ("Hits Back"), or a first name opens
        if english and k >= 2 and _people_of(words[:k + 1], ctx) and not (k + 1 < len(words) and is_first_name(words[k + 1])):
            return ""  # "Ann Lee Fans Send Message: ‘…’", "Ann Lee Family Pays Tribute": her people, unnamed
        if _verb_like(words[k]):
            subject = " ".join(words[:k])
            bare = (split_title(subject) or subject).split()
            named = len(bare) >= 2 and is_first_name(bare[0]) and english and words[k].lower() in _HEADLINE_VERBS and \
                not any(w.endswith(("'s", "’s")) or w.lower() in _NOT_IN_NAMES for w in bare)  # ("Ann Lee’s Hopes Up")
            if english and is_first_name(words[0]) and k + 1 < len(words) and not surname and \
                    words[k + 1].lower() in _HEADLINE_VERBS and words[k].lower() not in _PHRASAL:
                surname = True
                continue  # "Ann Lee Hobbs Pays Tribute", "Catherine Zeta Jones Pays": a surname in -s first
            if (surname or not _verb_like(words[k - 1])) and not ctx.names.is_person(" ".join(words[:k + 1])) and (
                    ctx.names.is_person(subject) and k + 1 < len(words) or named):  # "Mark Kelly" is a name
                return subject  # "Carney Sends Message To", "Ann Lee Sets Record Straight" (a first name: s61)
            if len(bare) == 1 and is_first_name(bare[0]) and not surname:
                surname = True
                continue  # "Ann Burns Sends Message", "Sir Tom Jones Back": a surname in -s, the verb after it
            return mention
    return mention


def _people_of(words: list[str], ctx: ArticleContext) -> bool:
    """The words end on a named person's people ("Ann Lee Fans", "Prince Harry Lawyers"): no one named."""
    if len(words) < 2 or words[-1].lower().strip(",") not in _PEOPLE_OF:
        return False
    owner = (split_title(" ".join(words[:-1])) or " ".join(words[:-1])).split()
    return bool(owner) and (any(is_first_name(w) for w in owner) or ctx.names.is_person(" ".join(owner)))


def headline(text: str, cues: CueIndex, span: Span, names: NameIndex) -> Finding | None:
    label = _HEADLINE_LABEL.match(text)
    lo = 0
    if label and label.end() <= span.open_at and _kicker(label.group(1), names):
        lo = label.end()  # "The Latest: Lee defends ‘...’", "Live: ...": a series' kicker, the headline after it
    elif label and label.end() <= span.open_at and is_person_like(label.group(1)) and \
            (span.close_at < 0 or cues.first(span.close_at, len(text)) is None):  # (not "X: ‘…,’ says migrant")
        return Finding(label.group(1), ":", "explicit")
    opening = _named_after_colon(text, span, names)
    if opening:
        return Finding(opening, ":", "explicit")  # "‘I Never Fail the People’: Prime Minister Ana Ruiz Rules Out …"
    outside = [c for c in cues.between(lo, len(text)) if not (span.open_at <= c.s < span.end)]
    # In Title Case "Comments" or "Claims" may be nouns; a plain verb ("Says") is surer.
    for cue in sorted(outside, key=lambda c: (c.word.lower() in NOUNISH, abs(c.s - span.open_at))):
        np = np_before(text, cue.s, lo)
        if np and is_person_like(text[np[0]:np[1]]):
            return finding(text, np, cue)
    # A headline that ends on its quote gives the words to its subject: "Nurses March
    # Downtown To ‘Fund The Wards’". A quote inside the headline ("Take Down
    # ‘Narcoterrorist’ Regime") is the writer's label.
    if span.close_at >= 0 and not text[span.close_at + 1:].strip(" .!?\"'”’"):
        subject = _headline_subject(text, span.open_at, names, lo)
        if subject:
            return Finding(subject, None, "explicit")
    return None


def _kicker(label: str, names: NameIndex) -> bool:
    """A label of a series, not a speaker: "The" and one word that names no one in the article
    and no body ("The Latest: ...", "The Briefing: ...")."""
    words = label.split()
    if len(words) == 1 and words[0].lower() in _KICKERS:
        return True  # "Live: One Nation expecting a ‘…’-like race", "Olympics: Ukrainian athlete banned over ‘…’"
    return len(words) == 2 and words[0] == "The" and not names.is_person(words[1]) and not is_org(label)


# Words that label a headline's section or form, never a speaker.
_KICKERS: Final = frozenset("""live watch video videos opinion analysis explainer exclusive update updates breaking
review interview podcast olympics sport sports business politics world culture science tech health factbox
timeline photos poll quiz""".split())


def _headline_subject(text: str, hi: int, names: NameIndex, lo: int = 0) -> str | None:
    """The noun phrase a headline opens with (at ``lo``), when it can speak: a person the article
    names ("Ochoa", "Ana Ruiz") or a group ("Angry Nurses", "Local Farmers")."""
    words = text[lo:hi].split()[:5]
    best = None
    for k in range(1, min(4, len(words) - 1) + 1):
        run = words[:k]
        if not all(w[:1].isupper() for w in run) or k > 1 and _plural(run[-2]) and not _plural(run[-1]):
            break  # (a plural ends the phrase: "Iranians Mourn Slain Protesters With ‘…’", s61)
        phrase = " ".join(run).rstrip(",")
        head = run[-1].lower().strip(".,:;")
        if head in GROUP_WORDS or head in NOMINAL_HEADS or names.is_person(phrase) or \
                run[-1].endswith(",") and bare_person(phrase):
            best = phrase
        if run[-1].endswith(","):
            break  # "Javier Bardem, Tilda Swinton among ...": the first of those listed, never across the comma
    return best


def _plural(word: str) -> bool:
    low = word.lower().strip(",")
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s"))


_RUN_MAX: Final = 7  # capitalized words read after the colon
_FIRST_PERSON: Final = frozenset("i i’m i'm i’ve i've i’ll i'll my me myself".split())


def _named_after_colon(text: str, span: Span, names: NameIndex) -> str | None:
    """A headline that opens on its quote in the first person singular, then a colon, then a
    person the article names, with their titles ("‘I Never Fail the People’: Thai Prime Minister Ana Ruiz Doesn’t Plan to Quit"):
    the title and the name, whatever the verb after it (s50; a cue had been needed). None when
    the words after the colon name no person of the body ("‘Heartbreaking’: Fans React")."""
    if span.close_at < 0 or text[:span.open_at].strip() or not text[span.close_at + 1:].lstrip().startswith(":"):
        return None
    if not _FIRST_PERSON.intersection(w.strip(",.!?’'").lower() for w in text[span.start:span.end].split()):
        return None  # "‘Liar’: President Ann Lee Sues …", "‘A Monster’: Senator Hale Hits Back": the one named may be its target (read50)
    words = text[text.index(":", span.close_at) + 1:].split()[:_RUN_MAX]
    run = 0
    while run < len(words) and words[run][:1].isupper():
        run += 1
    for k in range(run, 1, -1):
        phrase = " ".join(words[:k]).strip(",.;:")
        name = split_title(phrase) if is_person_like(phrase) else ""
        if len(name.split()) >= 2 and names.is_person(name) and any(name in t for t in names.texts() if t != text):
            return phrase  # (written so in the body: not "Trump Uses Davos", a place read as a surname)
    return None


def listed_first(title: str, mention: str) -> str:
    """A headline's list of names with no "and" ("Ann Lee, Tom Hale urge council to ‘act now’"):
    the first of them, when ``mention`` (the subject read before the verb) comes right after a
    full name and a comma that open the title (the guide: several named, the first named; s52);
    else ``mention``."""
    at = title.find(mention)
    head = title[:at] if at > 0 else ""
    if not head.endswith(", ") or head.count(",") != 1:
        return mention
    first = head[:-2].strip()
    return first if bare_person(first) and is_first_name(first.split()[0]) else mention  # (not "Inside Iran,")


def kicker_word(mention: str) -> bool:
    """A headline's section label read as a speaker ("Sport: Ann Lee: ‘…’")."""
    return mention.strip(" :").lower() in _KICKERS
