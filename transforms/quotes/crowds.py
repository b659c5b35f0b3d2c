"""Plurals of people: the last word of a crowd ("Iranian Protesters", "Users"), and the first word
of a body named after its members ("Americans for Prosperity", "Citizens for Fair Taxes",
"Physicians for Human Rights", "Friends of the Earth"). Moved from ``no_names`` at stop 50, where
``names.is_person_like`` reads it too: before, such a body lost what follows its "for"/"of" as a
person loses where they work ("Ann Lee of Yale"), and "Americans" was the speaker. Pure."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.lexicon import GROUP_WORDS, ONE_PERSON, ORG_HEADS, ROLE_WORDS, SPEAKING_BODIES

# Party members are a group the guide may name ("House Democrats"), and a police force, a staff or
# a majority are bodies with names ("Thames Valley Police"): left to the rules.
NAMED_GROUPS: Final = frozenset("democrats republicans police staff majority minority most others percent".split())
# Things that carry words with no author named ("Slogans proclaim: …", "Signs read …"): plurals
# of these, like a crowd's, name no one.
SIGNS: Final = frozenset("slogan sign poster banner placard headline caption leaflet flyer sticker".split())
# Plurals of one person or a body: "protesters" is listed; "users", "governments" are the plurals
# of "user", "government".
_SINGULARS: Final = ONE_PERSON | SPEAKING_BODIES | ROLE_WORDS | SIGNS
# People the lexicons keep no singular of, who name bodies ("Citizens for …", "Moms for
# Liberty", "Friends of …", "Women for …") and crowds.
_MORE_PLURALS: Final = frozenset("""
citizens friends moms dads women men taxpayers neighbors neighbours christians muslims jews
backers proponents detractors skeptics sceptics naysayers boosters
""".split())


def plural_of_people(word: str) -> bool:
    """Whether the lower-case ``word`` is a plural of people or bodies: listed in GROUP_WORDS or
    here, a listed singular with "-s"/"-es" ("users", "governments", "ministries"), or a plural of
    a people ("Americans", "Canadians": no surname ends so; "Evans", "Jones" are not read so)."""
    if word in NAMED_GROUPS:
        return False
    if word in GROUP_WORDS or word in _MORE_PLURALS or word.endswith(("icans", "ians")) and len(word) > 6:
        return True
    if word.endswith("ies") and word[:-3] + "y" in _SINGULARS:
        return True
    return word.endswith("s") and (word[:-1] in _SINGULARS or word.endswith("es") and word[:-2] in _SINGULARS)


# "for Tax Justice", "of the Earth" after a plural of people: the rest of a body's name (s50).
_MEMBERS_TAIL: Final = re.compile(r"[^\S\n]+(?:for|of|against|without)[^\S\n]+(?:the[^\S\n]+)?"
                                  r"[A-Z][\w’'\-]{0,30}(?:[^\S\n]+(?:and[^\S\n]+)?[A-Z][\w’'\-]{0,30}){0,4}")


def members_body(text: str, end: int, speaker: str) -> str | None:
    """The body a one-word plural of people opens when ``text`` goes on after it (at ``end``)
    with "for"/"of" and capitalized words ("Citizens" -> "Citizens for Tax Justice"); None
    otherwise (a crowd names no one)."""
    if end < 0 or " " in speaker.strip():
        return None
    m = _MEMBERS_TAIL.match(text, end, end + 120)
    return speaker + m.group() if m is not None and text[end - len(speaker):end] == speaker else None


# " and Drug Administration", " and Upper Atmosphere Research Commission": capitalized words
# after "and" that end on a body's head noun; with the words before "and" they are one body's
# name, which the subject's reading cut at "and" (s51: "The Food and Drug Administration said"
# had credited "Food").
_AND_TAIL: Final = re.compile(r"[^\S\n]+(?:and|&)[^\S\n]+((?:[A-Z][\w’'\-]{0,30}[^\S\n]+){0,4}[A-Z][\w’'\-]{0,30})")


# Words that may join the capitalized words of one body's name ("Committee on Intelligence").
_NAME_LINKS: Final = frozenset("of on for".split())
_GOVERNORS: Final = frozenset("from of in at for by with".split())
# Heads of bodies whose names hold "and" ("Department of Health and Human Services", "Joint
# Committee on Intelligence and Security"); a bank, a university or a newspaper named before "and"
# is one of two bodies ("The Bank of England and Treasury").
_AND_BODIES: Final = frozenset("""committee commission council association federation society institute
foundation department ministry agency authority board office service services""".split())


# The fields a department's or agency's name may end on after "and" ("Health and Human Services",
# "Coastal and Marine Safety", "Energy and Water Regulation"): data, read only after a body's head.
_AND_TAILS: Final = frozenset("""services security safety development affairs resources care welfare research
technology trade industry energy environment justice culture sport sports media innovation science education
health transport housing regulation planning fisheries forestry agriculture tourism communications
infrastructure commerce labour labor employment finance defence defense statistics enforcement explosives
immigration customs standards""".split())
# Heads of a body of its own after "and" ("… and Harvard University"): a second body, not the end
# of the first one's name (read53).
_OWN_BODIES: Final = frozenset("""university college institute institution corporation company bank hospital
school foundation association party union group international""".split())


def joined_body(text: str, end: int, speaker: str) -> str | None:
    """The body's name that ``speaker`` opens when ``text`` goes on after it (at ``end``) with
    "and" and capitalized words ending on a body's head noun ("Food" -> "Food and Drug
    Administration"), or a body's name of its kind ("Department of Health" -> "Department of Health
    and Human Services"); None otherwise: "Chile and Peru", "Apple and the Commission" (an article
    opens another phrase), or a speaker that is a body's name already ("the Commission and the
    Court")."""
    if end < 0 or text[end - len(speaker):end] != speaker:
        return None
    words = speaker.split()
    headed = len(words) >= 3 and words[0].lower() in _AND_BODIES and words[1] in _NAME_LINKS
    if not headed and (len(words) > 1 or speaker.lower() in ORG_HEADS or is_first_name(speaker)):
        return None  # (read51: "said Ann Lee and Health Ministry officials" is Ann Lee's, two phrases)
    m = _AND_TAIL.match(text, end, end + 160)
    if m is None:
        return None
    tail = m.group(1).split()
    if tail[0] == "The" or (not 2 <= len(tail) <= 3 or tail[-1].lower() not in _AND_TAILS or is_first_name(tail[0])
                            if headed else tail[-1].lower() not in ORG_HEADS):
        # ("Department of Health and Human Services" (s53): two or three words after "and" that end
        # on a department's field, not "and FBI", "and Ann Lee", "and Police Scotland",
        # "and Human Services Secretary Ann Roe", "and Resolution Foundation")
        return None
    nxt = _NEXT_WORD.match(text, m.end())
    if nxt is not None and (plural_of_people(nxt.group(1)) or nxt.group(1) in ROLE_WORDS):
        return None  # "Google and Federal Trade Commission lawyers said": the lawyers, no body's name
    return speaker + " " + " ".join(m.group().split())


_NEXT_WORD: Final = re.compile(r"[^\S\n]+([a-z]+)")


def and_before(text: str, start: int, speaker: str) -> str | None:
    """A one-word speaker right after "X and" (its mention starting at ``start``) is the last
    part of what the sentence names (s52): the whole name for "&" ("Procter & Gamble") and for a
    body whose kind takes "and" in its name, with the owner written before it ("Parliament’s
    Joint Committee on Intelligence and Security", "Department of Health and Human Services");
    the first named of two ("Chile and Peru said" -> Chile; "The Department of Justice and FBI"
    -> Department of Justice; as "Ann Lee and Tom Hale" gives Ann Lee); "" (no one) for a group
    ("officials of Chile and Peru", "Representatives of Google and Apple"), a given name before
    "and" ("Simon and Schuster") and any other run of several words ("U.S. Ski and Snowboard",
    "The University of Texas and Rice": one body or two, no telling). None when no "and" comes
    right before, or the speaker is a person's name."""
    parts = speaker.split()
    words = text[max(0, start - 120):start].split()
    if len(parts) > (5 if parts and parts[-1].lower() in _AND_BODIES else 3) or \
            not all(p[:1].isupper() for p in parts) or text[start:start + len(speaker)] != speaker:
        return None  # ("Human Services" of "Department of Health and Human Services" is read too)
    if len(words) < 2 or words[-1] not in ("and", "&"):
        return None
    k = len(words) - 1
    run: list[str] = []
    while k > 0 and len(run) < 8:
        word = words[k - 1]
        if word[:1].isupper() and not word.endswith(("’s", "'s")) and word[-1:].isalnum() or \
                word[-1:] == "." and word[:1].isupper() and len(word) <= 5 or run and word in _NAME_LINKS:
            run.insert(0, word)
            k -= 1
            continue
        break
    amp = words[-1] == "&" and len(parts) == 1  # (s63) "Marks & Spencer": one name, though "Spencer" is a given name
    if is_first_name(parts[0]) and not amp and not (len(run) > 1 and any(w.lower() in _AND_BODIES for w in run)):
        if len(parts) == 1 and len(run) == 1 and not linked_before(words, k):
            return "" if is_first_name(run[0]) else run[0]  # "Hollis and Wade said": never the second (s55)
        return None  # "Ann Lee and Tom Hale": a person after "and" (not "Agency for Coastal and Marine Safety")
    linked = bool(run) and run[0] in _NAME_LINKS  # "officials of Chile and": governed
    while run and run[0] in _NAME_LINKS:
        run.pop(0)
    if run and run[0] in ("The", "A", "An"):
        run.pop(0)
    if not run:
        return None
    owner = words[k - 1] if k > 0 and words[k - 1][:1].isupper() and words[k - 1].endswith(("’s", "'s")) else ""
    if words[-1] == "&" and not linked:  # "Procter & Gamble", "a spokesperson for Procter & Gamble"
        return " ".join(([owner] if owner else []) + run + [words[-1], speaker])
    if linked or k > 0 and words[k - 1].lower() in _GOVERNORS or plural_of_people(run[0].lower()) or \
            run[0].lower() in GROUP_WORDS:
        return ""
    if len(run) > 1 and any(w.lower() in _AND_BODIES for w in run) and not speaker.isupper():
        if len(parts) > 1 and parts[-1].lower() in _OWN_BODIES:
            return " ".join(([owner] if owner else []) + run)  # "The Department of Energy and Harvard University": two
        return " ".join(([owner] if owner else []) + run + [words[-1], speaker])
    if len(parts) > 1 and parts[-1].lower() in _AND_BODIES and k > 0 and words[k - 1].lower() == "the" and \
            not any(w.isupper() for w in run):
        return " ".join(run + [words[-1], speaker])  # "the Space and Marine Research Commission": one body (s53)
    if speaker.isupper() and len(speaker) >= 2 and not any(w in _NAME_LINKS for w in run[-1:]):
        return " ".join(run)  # "The Department of Justice and FBI": the first named
    if len(run) == 1 and len(parts) == 1:
        return "" if is_first_name(run[0]) else run[0]
    return "" if len(parts) == 1 else None


def linked_before(words: list[str], k: int) -> bool:
    """Whether the word before ``words[k]`` governs the run from ``k`` ("officials of Chile and",
    "between Hollis and"): a link, a governor or a group, so the run is no subject."""
    return k > 0 and (words[k - 1] in _NAME_LINKS or words[k - 1].lower() in _GOVERNORS or
                      words[k - 1].lower() in ("between", "among") or
                      plural_of_people(words[k - 1].lower()) or words[k - 1].lower() in GROUP_WORDS)
