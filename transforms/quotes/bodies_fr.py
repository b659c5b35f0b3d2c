"""French bodies named in sentence case: "Le Syndicat libre des cheminots", "La Fédération des
exploitants céréaliers (FEC)", "L'Union française des assureurs".

French writes an organisation's name with one capital, on its head noun; the words after it are
lower case ("le Parti pour le renouveau démocratique"). The English reading of a subject (a run
of capitalized words) stops at the head, and a bare head ("Le Parti", "Le Conseil") names no one.
Here a capitalized body head after its article, then one to nine lower-case words and the
particles that join them, up to the verb (or an acronym in parentheses), is the body's name.
Pure; bounded.
"""
from __future__ import annotations

import re
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
_PARTICLES: Final = frozenset("de des du d' d’ la le les l' l’ pour en à au aux sur".split())
# Definite particles that open a complement, which a body's name needs besides its head and
# adjectives ("Syndicat des cheminots", with "de la", "de l'"): "le Centre hospitalier", "le
# Tribunal administratif", "le Tribunal de commerce" are descriptions (s57 mends).
_DEFINITE: Final = frozenset("des du".split())
# Nouns of a body's own kind: "le Comité exécutif du club" is a part of a body, not a name.
_BODY_KINDS: Final = frozenset("""club entreprise groupe société ville commune parti syndicat association
administration surveillance direction""".split())  # (and its boards: "le Conseil d'administration")
# Lower-case words that end a subject rather than go on with a name.
_NOT_NAME: Final = frozenset("""
a ont avait avaient aurait est sont était se s' s’ ne n' n’ qui que dont lui elle aussi également
encore déjà toujours ensuite alors enfin même pourtant notamment ainsi y et ou auprès via sans contre chez
sa son ses leur leurs
""".split())
_MOST_WORDS: Final = 9  # lower-case words and particles after the head


def _content(tok: str) -> bool:
    """Whether ``tok`` is a lower-case word of a name, or one glued to its elided particle ("d'assurance")."""
    if tok[:2] in ("d'", "d’", "l'", "l’"):
        tok = tok[2:]
    return tok.isalpha() and tok[:1].islower() and tok not in _NOT_NAME


def has_complement(words: list[str]) -> bool:
    """Whether the words after a body's head hold a complement that opens on a definite article
    ("des cheminots", "du livre", "de la justice sociale", "de l'industrie"), and not only of a
    body's own kind ("du club"). A complement without one is a kind of body, not one body's name
    ("Tribunal de commerce", "Chambre d'agriculture", "Comité de soutien"; stop 57, final read)."""
    for k, w in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if w == "de" and nxt[:2] in ("l'", "l’") and len(nxt) > 2:
            rest = [nxt[2:], *words[k + 2:]]
        elif w in _DEFINITE or w == "de" and nxt == "la":
            rest = [x for x in words[k + 1:] if x not in _PARTICLES]
        else:
            continue
        if rest and _content(rest[0]):
            return not (len(rest) == 1 and rest[0].split("'")[-1].split("’")[-1] in _BODY_KINDS)
    return False


def _acronym_at(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether an acronym in parentheses opens at ``toks[k]`` ("(FEC)")."""
    return len(toks) > k + 1 and toks[k][2] == "(" and toks[k + 1][2].isupper() and len(toks[k + 1][2]) >= 2


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
    if last in _PARTICLES or not _content(last):
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
            if not has_complement([t[2] for t in toks[j + 1:i + 1]]) and not _acronym_at(toks, i + 1):
                return None  # "Le Centre hospitalier a démenti": a description
            start = toks[j][0] + (2 if elided else 0)
            return start, toks[i][1]
        if not (tok in _PARTICLES or _content(tok)):
            return None
        j -= 1
    return None


# Adjectives of a council or a court that make it a description, not a name ("le Conseil municipal").
_LOCAL: Final = frozenset("""municipal municipale départemental départementale régional régionale communal
communale local locale""".split())


def sentence_case_name(mention: str, acronym: bool = False) -> str | None:
    """The body ``mention`` names in French sentence case ("Syndicat libre des cheminots", "la
    Fédération des exploitants céréaliers"), without its article; "" for a body's head alone,
    with a local adjective ("Le Parti", "le Conseil
    municipal": no one named); None for
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
    if not all(w in _PARTICLES or _content(w) for w in words[1:]) or \
            words[-1] in _PARTICLES:
        return None
    if has_complement(words[1:]) or acronym:  # "Confédération paysanne (CP)"
        return " ".join(words)
    return None  # "la Cour d'appel": the reading before s57


# Words after a body's name that end it: where, when, to whom, how ("dans un communiqué", "lundi").
_AFTER_NAME_STOPS: Final = frozenset("""
dans pour avec lors depuis qui que dont et ce cette à au aux en sur devant lundi mardi mercredi jeudi
vendredi samedi dimanche hier aujourd'hui mais puis selon par auprès via sans contre chez vers après avant
ou sa son ses leur leurs
""".split())
_PARTICIPLE_ENDS: Final = ("é", "ée", "és", "ées")
_JOINS_AFTER: Final = frozenset("de des du d' d’ la le les l' l’".split())


_ACRONYM_AFTER: Final = re.compile(r"[^\S\n]{0,3}+\([A-ZÉ]{2,8}\)")
_ACRONYM_WINDOW: Final = 400


def acronym_follows(text: str, mention: str, at: int) -> bool:
    """Whether ``mention``, found in the characters around ``at`` (a cue's place), is followed
    by its acronym in parentheses ("la Confédération paysanne (CP) dénonce"). Bounded."""
    lo = max(0, at - _ACRONYM_WINDOW)
    k = text.find(mention, lo, at + _ACRONYM_WINDOW) if mention else -1
    return k >= 0 and _ACRONYM_AFTER.match(text, k + len(mention)) is not None


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
    words: list[str] = []
    rest = toks[k + 1:k + 1 + _MOST_WORDS]
    for n, (s, e, tok) in enumerate(rest):
        w = tok.rstrip(".,;:!?…")
        if w in _JOINS_AFTER and w == tok:
            words.append(w)
            continue
        nxt = rest[n + 1][2] if n + 1 < len(rest) else ""
        if w in _AFTER_NAME_STOPS or w in _NOT_NAME or w.endswith(_PARTICIPLE_ENDS) and nxt == "par":
            break  # "… auprès de l'AFP", "… de son côté", "… contacté par Ouest-France"
        if not _content(w):
            if w[:1].isupper() or w[2:3].isupper():
                return None  # "le Syndicat des avocats de France", "l'Union syndicale Solidaires": read no further
            break
        words.append(w)
        end = s + len(w)
        if w != tok:
            break  # "… des producteurs laitiers.": the sentence ends with the name
    if end is None:
        return None
    if not has_complement(words) and not _acronym_at(toks, k + 1 + len(words)):
        return None  # "a indiqué le Centre hospitalier": a description
    return start, end


def body_after(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """In French, the body named in sentence case right after a verb at ``pos`` (``text[pos:hi]``;
    ``sentence_case_body_after``); None in any other language or for any other phrase."""
    if current_language().code != "fr":
        return None
    return sentence_case_body_after(tokens(text, pos, min(hi, pos + 110)))
