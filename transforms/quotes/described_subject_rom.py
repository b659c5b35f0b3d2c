"""Someone described, not named, as the subject of a verb of saying, in Spanish and Portuguese
(issue 16, shape 1; stop 47).

English reads an unnamed subject of any noun (``singular_subject``, ``plural_subject``: "the
pensioner said", "Park rangers called it"); Spanish and Portuguese read one only when its noun is
a title or a trade ("la ministra afirmó", "o economista disse") or, after the verb, an
indefinite description ("«…», dijo un vecino": ``inverted_description``). A subject such as
"La madre de la víctima dijo: «…»", "La empresa señaló en un comunicado que «…»", "«…», dijo la
familia." or "A mãe da vítima disse:" was read by no rule: the quote then went on with the
speaker before it (``previous_quote``, ``dropped_subject``: the mayor quoted in the sentence
before was given the mother's words), and a short quote was typed the writer's own term (scare).

The shape: an article or a possessive and a noun of a person's family, of a person met in the
news who holds no office (a witness, a victim, a resident), of a group, of a body or of a
document, with its complement ("de la víctima", "da escola"), opening its clause (the sentence's
start, or after a comma, a colon, a semicolon or a dash) right before a verb that introduces
words (a colon, "que" or a quote mark after it and its adjuncts: "La prefeitura lançou o programa
“bairro limpo”" is no one speaking); or, before the verb, an indefinite article and any
lowercase noun (someone new: "Un vecino dijo:"). That
subject speaks: the speaker is no one the mention names (null, the phrase kept as the mention),
unless the rules that resolve mentions find whom it stands for. A definite title or trade ("el
técnico dijo", "o médico afirmou") is left to those rules, which may find the person the article
gave it. A time ("La semana pasada dijo:", "El lunes dijo:") is no subject: the verb's own is
dropped, someone before. Pure.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.bodies_fr import sentence_case_body
from newsbeam.transforms.quotes.kind_named_bodies import KIND_NOUNS
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.tokens import ends_sentence
from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.told_outlets import outlet_words

_LANGUAGES: Final = frozenset(("es", "pt"))
# Written things that speak through their words ("sostiene el informe", "diz o relatório").
DOCUMENTS: Final = frozenset("""
informe resolución documento comunicado texto escrito fallo sentencia auto decreto estudio carta
nota boletín acta dictamen demanda denuncia ley artículo reglamento
relatório resolução estudo pesquisa decisão parecer ofício despacho lei artigo
""".split())
# Words after the verb that make a phrase of time, not a subject: "dijo el lunes", "disse na
# semana passada" ("el pasado martes", "una vez más"); own_attribution reads them too.
TIME_WORDS: Final = frozenset("""
lunes martes miércoles jueves viernes sábado domingo día días semana semanas mes meses año años
mañana tarde noche fin pasado pasada momento vez veces próximo próxima
segunda terça quarta quinta sexta dia dias mês ano anos manhã noite passado passada vezes
""".split())
# A person's family: "la madre de la víctima", "a família", "sus familiares".
KIN: Final = frozenset("""
madre padre hijo hija hijos hijas hermano hermana hermanos hermanas esposa esposo marido mujer
viuda viudo abuela abuelo abuelos tío tía primo prima nieto nieta novia novio pareja familia
familias familiares padres allegados
mãe pai filho filha filhos filhas irmão irmã irmãos irmãs esposa marido mulher viúva viúvo avó
avô avós tio tia primo prima neto neta namorada namorado família famílias familiares pais
""".split())
# People met in the news who hold no office: "el testigo", "a vítima", "los manifestantes".
PEOPLE: Final = frozenset("""
víctima víctimas testigo testigos residente residentes habitante habitantes joven jóvenes hombre
hombres niño niña niños menor paciente pacientes cliente clientes usuario usuaria usuarios turista
turistas pasajero pasajera pasajeros dueño dueña dueños propietario propietaria fuente fuentes
afectado afectada afectados damnificado damnificados manifestante manifestantes sobreviviente
sobrevivientes superviviente vecino vecina vecinos trabajadores estudiantes
vítima vítimas testemunha testemunhas residentes habitantes jovem jovens homem homens criança
crianças menor pacientes clientes usuário usuária usuários turistas passageiro passageira
passageiros dono dona donos proprietário proprietária fonte fontes afetado afetada afetados
manifestantes sobrevivente sobreviventes morador moradora moradores trabalhadores estudantes
vizinho vizinha vizinhos
""".split())
# Groups and bodies: "el sindicato", "la empresa", "o governo" (a body's name comes with it when
# the article gives one: "la empresa Pemex" is read by ``kind_named_bodies``).
BODIES: Final = KIND_NOUNS | frozenset("""
club equipo gobierno ministerio alcaldía ayuntamiento municipio municipalidad gobernación policía
fiscalía tribunal juzgado sindicato gremio partido institución universidad hospital banco
defensa acusación organizadores autoridades
clube equipe governo ministério prefeitura polícia tribunal sindicato partido instituição
universidade hospital banco defesa acusação organizadores autoridades
""".split())
_HEADS: Final = KIN | PEOPLE | BODIES | DOCUMENTS
# Articles of someone new ("Un vecino dijo:"), and those that may refer back or own.
_INDEFINITE: Final = frozenset("un una unos unas um uma uns umas".split())
_DEFINITE: Final = frozenset("el la los las su sus o a os as seu sua seus suas".split())
# Where the subject's clause opens, before its article.
_OPENERS: Final = frozenset(",;:(—–-")
# Words that may stand between a clause's start and its subject: "Y la madre dijo:".
_OPENER_WORDS: Final = frozenset("""
y e pero mas entonces luego después además también finalmente ahora ayer hoy ya
então depois além também finalmente agora ontem hoje já porém
""".split())
# The verb after the subject introduces words (a colon, "que", a quote mark) right after it or
# after an adjunct of place, listener or time ("señaló en un comunicado que", "disse à imprensa:",
# "afirmó este lunes que"): "A prefeitura lançou o programa “bairro limpo”" and "La alcaldía
# considera construir un «parque lineal»" are no one speaking.
_SPEECH_AFTER: Final = re.compile(r"[^\S\n]*+[^\W\d_]{2,20}+(?:[^\S\n]++(?:en|em|a|al|ao|à|ante|este|esta|hoy|ayer|"
                                  r"hoje|ontem|no|na|por|pelo|pela|durante|tras|após)(?:[^\S\n]++[\w'’]{1,20}+){0,4}?)?"
                                  r"[^\S\n]*+(?::|,?[^\S\n]que\b|[«“\"„‘])")
# Object pronouns between the subject and its verb: no part of the subject ("Una niña le preguntó").
_CLITICS: Final = frozenset("le les se me te nos os lhe lhes".split())
# Relative words: the phrase holds a clause of its own ("el equipo que defiende a X").
_RELATIVES: Final = frozenset("que quien quienes cuyo cuya cuyos cuyas quem cujo cuja".split())
# Spokespeople: "un portavoz del Ministerio" speaks for the body (the name's own reading).
_SPOKESPEOPLE: Final = frozenset("portavoz portavoces vocero vocera voceros porta-voz porta-vozes representante".split())
_REACH: Final = 10  # tokens of the phrase: "la madre de la joven de 23 años" is about its longest
# Heads that are no one after an indefinite article: times, amounts, parts.
_NOT_SOMEONE: Final = TIME_WORDS | frozenset("""
parte vez momento poco total serie grupo conjunto número par mitad tercio cuarto minuto minutos
hora horas instante rato tiempo
pouco série número metade tempo
""".split())


def unnamed_head(word: str) -> bool:
    """``word`` (lower case) is a noun of a family member, a person without office, a group, a
    body or a document: described so, the subject is no one the article names."""
    return word in _HEADS


def description_before(text: str, toks: list[tuple[int, int, str]], i: int, lo: int) -> tuple[int, int] | None:
    """The described subject (start, end) whose phrase ends with ``toks[i]``, right before a verb
    of saying, in Spanish and Portuguese (see the module); None for any other phrase. ``toks``
    were read from the sentence that starts at ``lo`` (or from later in it). In French: a body
    named in sentence case ("Le Syndicat libre des cheminots dit", bodies_fr)."""
    if current_language().code == "fr":
        return sentence_case_body(toks, i)
    if current_language().code not in _LANGUAGES or i < 1 or _SPEECH_AFTER.match(text, toks[i][1], toks[i][1] + 90) is None:
        return None
    for j in range(i - 1, max(-1, i - _REACH), -1):
        word = toks[j][2]
        low = word.lower()
        head = toks[j + 1][2]
        if head.islower() and (low in _DEFINITE and unnamed_head(head) or
                               low in _INDEFINITE and head.isalpha() and head not in _NOT_SOMEONE) \
                and not (low in _INDEFINITE and head in _SPOKESPEOPLE) and _opens_clause(text, toks, j, lo):
            end = _complement(toks, j + 2, i)
            if end is None:
                return None
            end = end - 1 if end >= j + 2 and toks[end][2] in _CLITICS else end  # "Una niña le preguntó:"
            return toks[j][0], toks[end][1]
        if not (word.isalpha() or word.isdigit()) or word in _OPENERS or ends_sentence(word):
            return None  # a mark: the phrase has no article of its own before it
    return None


def _complement(toks: list[tuple[int, int, str]], k: int, i: int) -> int | None:
    """Where the subject's phrase ends (a token index) when ``toks[k..i]`` (the words after its
    head) are its complement: none at all, or lowercase words from the first on ("de la víctima",
    "estatal"), with no relative clause in them ("el equipo que defiende a X": X is its object);
    capitalized words after a genitive say whose the head is ("la familia de Fernando Báez", "la
    madre del ministro Pedro Gil"): the phrase ends before that genitive, and so names no one.
    None: no such phrase (a capitalized word with no genitive before it: "la empresa Pemex", its
    name)."""
    if k > i:
        return i
    if not toks[k][2][:1].islower():
        return None
    genitives = current_language().genitives  # ("de", "del"; "de", "do", "da", "dos", "das")
    for n in range(k, i + 1):
        word = toks[n][2]
        if word.lower() in _RELATIVES:
            return None
        if word[:1].isupper():
            genitive = next((g for g in range(n - 1, k - 1, -1) if toks[g][2].lower() in genitives), -1)
            return genitive - 1 if genitive >= 0 else None  # "La madre del ministro Pedro Gil" -> "La madre"
    return i


def _opens_clause(text: str, toks: list[tuple[int, int, str]], j: int, lo: int) -> bool:
    """The article at ``toks[j]`` opens its clause: the sentence's first word (at ``lo``) or
    after a comma, a colon, a semicolon or a dash."""
    while j > 0 and toks[j - 1][2].lower() in _OPENER_WORDS:
        j -= 1  # "Y la madre dijo:", "Entonces la familia afirmó:"
    if j == 0:
        return not text[lo:toks[0][0]].strip()
    return toks[j - 1][2] in _OPENERS


def article_unnamed(words: list[str]) -> bool:
    """Portuguese "a", an article or a preposition after a verb ("disse a jornalistas"): an article
    before one singular noun of ``unnamed_head`` ("disse a família", "afirmou a empresa")."""
    return len(words) >= 2 and unnamed_head(words[1]) and not words[1].endswith("s")


def definite_unnamed(words: list[str]) -> bool:
    """``words`` (an article and the lowercase words after a verb, "la madre de la víctima",
    "la familia") are a definite description whose head names a family member, a person without
    office, a group, a body or a document: no one named before, whom a title would be."""
    return len(words) >= 2 and words[0] in _DEFINITE and unnamed_head(words[1])


def article_before_body(words: list[str], text: str = "") -> bool:
    """Portuguese "a" before a capitalized name after a verb is the article of a body's name, the
    subject ("afirmou a Petrobras", "disse a Prefeitura do Rio": feminine, as bodies' names are),
    not the preposition before a listener, which takes no article before a person's first name
    ("disse a Maria") and a crase before an outlet ("disse à Folha"; "a Folha", "a EFE" stay
    unread: either may be meant)."""
    return (current_language().code == "pt" and len(words) >= 2 and words[0] == "a"
            and words[1][:1].isupper() and words[1].isalpha() and not words[1].isupper()
            and not is_first_name(words[1]) and not outlet_words(words[1:4])
            and not _surname_of(words[1], text))  # ("disse a Haddad" after "Fernando Haddad": to him)


def _surname_of(word: str, text: str) -> bool:
    """Whether ``word`` is the last word of a person's name the text writes ("Fernando Haddad"): a
    capitalized word of two letters or more, no article nor preposition, right before it (s55)."""
    return re.search(r"(?<![\w’'])(?!(?:A|O|As|Os|Da|Do|Na|No|De|Em)\b)[A-ZÁÉÍÓÚÂÊÔÃÕ][a-záéíóúâêôãõç]+[^\S\n](?:(?:de|da|do|dos|das)[^\S\n])?" +
                     re.escape(word) + r"\b", text[:_SURNAME_READ]) is not None


_SURNAME_READ: Final = 50_000
