"""French bodies named in sentence case: "Le Syndicat libre des cheminots", "La Fédération des
exploitants céréaliers (FEC)", "L'Union française des assureurs".

French writes an organisation's name with one capital, on its head noun; the words after it are
lower case ("le Parti pour le renouveau démocratique"). The English reading of a subject (a run
of capitalized words) stops at the head, and a bare head ("Le Parti", "Le Conseil") names no one.
Here a capitalized body head after its article, then one to eight lower-case words and the
particles that join them, up to the verb (or an acronym in parentheses), is the body's name.
Pure; bounded.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.tokens import tokens

# Head nouns of a French body's name (capitalized in the name).
BODY_HEADS: Final = frozenset("""
Syndicat Fédération Union Association Parti Comité Conseil Société Institut Confédération Collectif
Observatoire Office Agence Fondation Chambre Ligue Mouvement Coordination Groupement Alliance Front
Rassemblement Conférence Centre Commission Caisse Mutuelle Autorité Haut Haute Cour Tribunal Ordre
Académie Compagnie Régie
""".split())
_ARTICLES: Final = frozenset("le la les l'".split())
_ELIDED: Final = ("L'", "L’", "l'", "l’")
# Particles inside a body's name ("des", "pour le", "d'").
_PARTICLES: Final = frozenset("de des du d' d’ la le les l' l’ pour et en à au aux sur".split())
# Lower-case words that end a subject rather than go on with a name.
_NOT_NAME: Final = frozenset("""
a ont avait avaient aurait est sont était se s' s’ ne n' n’ qui que dont lui elle aussi également
encore déjà toujours ensuite alors enfin même pourtant notamment ainsi y
""".split())
_MOST_WORDS: Final = 9  # lower-case words and particles after the head


def _head(tok: str) -> tuple[str, bool]:
    """The head word of a token and whether an elided article opens it ("L'Union": "Union")."""
    if tok.startswith(_ELIDED):
        return tok[2:], True
    return tok, False


def sentence_case_body(toks: list[tuple[int, int, str]], i: int) -> tuple[int, int] | None:
    """The span of a body's name in sentence case that ends at ``toks[i]`` (the last word before
    the verb, or before the acronym's parenthesis): a head of ``BODY_HEADS`` after its article at
    the clause's start, then lower-case words and particles ("La Fédération des producteurs
    laitiers"); the span starts at the head, without the article. None for a bare head ("Le
    Parti a dit"), a head that is not at the start of its clause, or any capital word after it."""
    if i < 0:
        return None
    last = toks[i][2]
    if not last[:1].islower() or not last.isalpha() or last in _PARTICLES or last in _NOT_NAME:
        return None
    j = i
    while j >= 0 and i - j <= _MOST_WORDS:
        tok = toks[j][2]
        head, elided = _head(tok)
        if head in BODY_HEADS and j < i:
            before = toks[j - 1][2] if j > 0 else ""
            opens = (elided or before.lower() in _ARTICLES) and (
                j - (0 if elided else 1) <= 0 or toks[j - (1 if elided else 2)][2] in (",", ";", ":")
                or toks[j - (1 if elided else 2)][2].endswith((".", "!", "?")))
            if not opens:
                return None
            start = toks[j][0] + (2 if elided else 0)
            return start, toks[i][1]
        if not (tok in _PARTICLES or tok.isalpha() and tok[:1].islower() and tok not in _NOT_NAME):
            return None
        j -= 1
    return None


# Adjectives of a council or a court that make it a description, not a name ("le Conseil municipal").
_LOCAL: Final = frozenset("""municipal municipale départemental départementale régional régionale communal
communale local locale""".split())


def sentence_case_name(mention: str) -> str | None:
    """The body ``mention`` names in French sentence case ("Syndicat libre des cheminots", "la
    Fédération des exploitants céréaliers"), without its article; "" for a body's head alone or
    with a local adjective ("Le Parti", "le Conseil municipal": no one named); None for
    anything else."""
    words = mention.strip(" .,;:").split()
    if words and words[0].lower() in _ARTICLES:
        words = words[1:]
    if words and words[0].startswith(_ELIDED):
        words[0] = words[0][2:]
    if not words or words[0] not in BODY_HEADS:
        return None
    if len(words) == 1 or len(words) == 2 and words[1] in _LOCAL:
        return ""
    if not all(w in _PARTICLES or w.isalpha() and w[:1].islower() and w not in _NOT_NAME for w in words[1:]) or \
            words[-1] in _PARTICLES:
        return None
    return " ".join(words)


# Words after a body's name that end it: where, when, to whom, how ("dans un communiqué", "lundi").
_AFTER_NAME_STOPS: Final = frozenset("""
dans pour avec lors depuis qui que dont et ce cette à au aux en sur devant lundi mardi mercredi jeudi
vendredi samedi dimanche hier aujourd'hui mais puis selon par
""".split())
_JOINS_AFTER: Final = frozenset("de des du d' d’ la le les l' l’".split())


def sentence_case_body_after(toks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The span of a body's name in sentence case that opens ``toks`` after a verb ("a indiqué
    la Fédération des producteurs laitiers dans un communiqué": "Fédération des producteurs
    laitiers"): its article, a head of ``BODY_HEADS``, then lower-case words and the particles
    that join them, up to a word of place, time or manner; None when no lower-case word follows
    the head ("a dit le Parti", left to the reading of names)."""
    if not toks:
        return None
    k = 0
    head, elided = _head(toks[0][2])
    if not elided:
        if toks[0][2] not in _ARTICLES or len(toks) < 2:
            return None
        k = 1
        head = toks[1][2]
    if head not in BODY_HEADS:
        return None
    start = toks[k][0] + (2 if elided else 0)
    end = None
    for s, e, tok in toks[k + 1:k + 1 + _MOST_WORDS]:
        w = tok.rstrip(".,;:!?…")
        if w in _JOINS_AFTER and w == tok:
            continue
        if not (w.isalpha() and w[:1].islower()) or w in _AFTER_NAME_STOPS or w in _NOT_NAME:
            break
        end = s + len(w)
        if w != tok:
            break  # "… des producteurs laitiers.": the sentence ends with the name
    return (start, end) if end is not None else None


def body_after(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """In French, the body named in sentence case right after a verb at ``pos`` (``text[pos:hi]``;
    ``sentence_case_body_after``); None in any other language or for any other phrase."""
    if current_language().code != "fr":
        return None
    return sentence_case_body_after(tokens(text, pos, min(hi, pos + 110)))
