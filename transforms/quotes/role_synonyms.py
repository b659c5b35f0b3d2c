"""Role words that stand for another role the article wrote before a name (issue 16): "el
mandatario" is the "presidente Julián Ortega" of the paragraph before, "o parlamentar" the
"senador Paulo Lima", "der Regierungschef" the "Kanzler Otto Brandner". The one list of generic
role words, data for ``earlier_role`` (the one resolver of role words): the description's word ->
the role words it may stand for (its own word always counts). A description names someone only
when the article gave those words to one person, or when of several such people one is named in
the text just before it (``earlier_role``'s recency window)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

# Offices a generic word for an official stands for (Spanish "el funcionario", Portuguese "o gestor").
_ES_OFFICES_M: Final = ("ministro", "secretario", "subsecretario", "director", "alcalde", "gobernador",
                        "intendente", "presidente", "vocero", "portavoz", "delegado", "coordinador", "gerente",
                        "titular", "consejero", "concejal", "fiscal", "jefe")
_ES_OFFICES_F: Final = ("ministra", "secretaria", "subsecretaria", "directora", "alcaldesa", "gobernadora",
                        "intendenta", "presidenta", "vocera", "portavoz", "delegada", "coordinadora", "gerente",
                        "titular", "consejera", "concejala", "fiscal", "jefa")
# (s57) The heads of a party's group in a chamber: one of its members ("el legislador").
_ES_CAUCUS_M: Final = ("coordinador de los diputados", "coordinador de los senadores", "jefe de la bancada",
                       "líder de la bancada", "coordinador de la bancada")
_ES_CAUCUS_F: Final = ("coordinadora de los diputados", "coordinadora de los senadores", "jefa de la bancada",
                       "líder de la bancada", "coordinadora de la bancada")
_PT_OFFICES_M: Final = ("prefeito", "secretário", "diretor", "governador", "presidente", "superintendente",
                        "coordenador", "gerente", "ministro")
_PT_OFFICES_F: Final = ("prefeita", "secretária", "diretora", "governadora", "presidente", "presidenta",
                        "superintendente", "coordenadora", "gerente", "ministra")

SYNONYMS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "es": {
        # ("el mandatario local" is the head of a city: PHRASES; a bare "mandatario" is the
        # president's, not the mayor named in passing, s57)
        "mandatario": ("presidente",), "mandataria": ("presidenta",),
        # (s57) "el coordinador de los diputados …, X" ... "señaló el legislador"
        "legislador": ("senador", "diputado", "congresista", "asambleísta", "concejal") + _ES_CAUCUS_M,
        "legisladora": ("senadora", "diputada", "congresista", "asambleísta", "concejala") + _ES_CAUCUS_F,
        "parlamentario": ("senador", "diputado"), "parlamentaria": ("senadora", "diputada"),
        "congresista": ("senador", "senadora", "diputado", "diputada", "legislador", "legisladora", "asambleísta"),
        "edil": ("alcalde", "alcaldesa", "concejal"), "galeno": ("médico",),
        # (stop 43) "expresó la funcionaria" after "la secretaria de Gobernación, Olga Ruiz": an
        # official of any office, the one the article gave an office to.
        "funcionario": _ES_OFFICES_M, "funcionaria": _ES_OFFICES_F,
        # (s57) a spokesperson by either word ("el portavoz de la Fiscalía, X" ... "El vocero
        # agregó"), in the description's gender: "portavoz" is both, its article tells ("La
        # vocera X" is no "el portavoz"); a coach by either word
        "vocero": ("el portavoz",), "vocera": ("la portavoz",), "el portavoz": ("vocero",),
        "la portavoz": ("vocera",),
        "técnico": ("entrenador",), "técnica": ("entrenadora",), "entrenador": ("técnico",),
        "entrenadora": ("técnica",),
    },
    "pt": {
        "mandatário": ("presidente",), "mandatária": ("presidenta", "presidente"),
        "parlamentar": ("senador", "senadora", "deputado", "deputada", "vereador", "vereadora", "congressista"),
        "congressista": ("senador", "senadora", "deputado", "deputada", "vereador", "vereadora"),
        "legislador": ("senador", "deputado", "vereador", "congressista"),
        "legisladora": ("senadora", "deputada", "vereadora", "congressista"),
        "edil": ("vereador", "vereadora", "prefeito", "prefeita"),
        # (stop 43) "afirmou a gestora", "o gestor também aproveitou": the head of a city or a
        # department, the one the article gave such an office to.
        "gestor": _PT_OFFICES_M, "gestora": _PT_OFFICES_F,
        # (s55) a football coach by the other word for it
        # (s57) a mayor in Portugal ("o presidente da Câmara Municipal de X, Y" ... "o autarca"),
        # not of "a Câmara dos Deputados", a parliament's; a chief executive ("o
        # presidente-executivo da empresa, Y" ... "disse o executivo")
        "autarca": ("presidente da Câmara Municipal", "presidente da câmara municipal", "presidente do Município",
                    "presidente do município", "presidente da Junta", "presidente da junta"),
        "executivo": ("presidente-executivo", "presidente executivo", "diretor-executivo", "diretor executivo",
                      "diretor-presidente", "CEO"),
        "executiva": ("presidente-executiva", "presidente executiva", "diretora-executiva", "diretora executiva",
                      "diretora-presidente", "CEO"),
        "treinador": ("técnico",), "treinadora": ("técnica",), "técnico": ("treinador",), "técnica": ("treinadora",),
    },
    "fr": {
        "parlementaire": ("député", "députée", "sénateur", "sénatrice"),
        "élu": ("député", "sénateur", "maire"), "élue": ("députée", "sénatrice", "maire"),
        "édile": ("maire",),
        # (s55) a coach by its other words
        "technicien": ("entraîneur",), "technicienne": ("entraîneuse",), "coach": ("entraîneur", "entraîneuse"),
    },
    "de": {
        "Regierungschef": ("Kanzler", "Bundeskanzler", "Ministerpräsident", "Premierminister"),
        "Regierungschefin": ("Kanzlerin", "Bundeskanzlerin", "Ministerpräsidentin", "Premierministerin"),
        "Parlamentarier": ("Abgeordnete", "Abgeordneter"),
        "Parlamentarierin": ("Abgeordnete",),
        # A minister by the department they run: "Wirtschaftsminister X" ... "der Ressortchef".
        "Ressortchef": ("Minister", "Bundesminister", "Landesminister", "Staatsminister", "Senator"),
        "Ressortchefin": ("Ministerin", "Bundesministerin", "Landesministerin", "Staatsministerin", "Senatorin"),
        # (s55) a goalkeeper by its other words
        "Keeper": ("Torhüter", "Torwart", "Schlussmann"), "Schlussmann": ("Torhüter", "Torwart", "Keeper"),
        "Torwart": ("Torhüter", "Keeper", "Schlussmann"), "Torhüter": ("Torwart", "Keeper", "Schlussmann"),
    },
}


def role_words(code: str, head: str, article: str = "") -> tuple[str, ...]:
    """The role words a description's ``head`` may stand for in language ``code``, itself first;
    a word of both genders by its ``article`` ("el portavoz": "vocero", s57), else by itself."""
    table = SYNONYMS.get(code, {})
    key = head if code == "de" else head.lower()
    return (head,) + table.get(f"{article.lower()} {key}" if article else key, table.get(key, ()))


# Descriptions of several words that stand for a role the article wrote before a name (stop 39):
# "afirmó el jefe de Estado" is the "presidente Luis Arce" named before, "el jefe comunal" the
# "alcalde" or "intendente", "el titular de la cartera" the "ministro". The words after the
# article, lower-cased -> the role words. ("secretario de Estado" is an office of its own in Spain:
# left out.)
PHRASES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "es": {
        "jefe de estado": ("presidente",), "jefe del estado": ("presidente",),
        "jefa de estado": ("presidenta",), "jefa del estado": ("presidenta",),
        "jefe comunal": ("alcalde", "intendente"), "jefa comunal": ("alcaldesa", "intendenta"),
        "titular de la cartera": ("ministro", "ministra"),
        # (s57) the head of a city or a state by the level it governs: "el mandatario local"
        "mandatario local": ("alcalde", "intendente"), "mandatario municipal": ("alcalde", "intendente"),
        "mandataria local": ("alcaldesa", "intendenta"), "mandataria municipal": ("alcaldesa", "intendenta"),
        "mandatario estatal": ("gobernador",), "mandatario regional": ("gobernador",),
        "mandatario departamental": ("gobernador",), "mandatario provincial": ("gobernador",),
        "mandataria estatal": ("gobernadora",), "mandataria regional": ("gobernadora",),
        "mandataria departamental": ("gobernadora",), "mandataria provincial": ("gobernadora",),
    },
    # (s52) "a affirmé le chef de l'État" is the "président Emmanuel Macron" named before.
    "fr": {
        "chef de l'état": ("président",), "chef de l’état": ("président",),
        "cheffe de l'état": ("présidente",), "cheffe de l’état": ("présidente",),
        "chef du gouvernement": ("ministre",), "cheffe du gouvernement": ("ministre",),
    },
    "pt": {
        "chefe de estado": ("presidente",), "chefe do executivo": ("presidente", "governador", "prefeito"),
    },
}


def phrase_role_words(code: str, words: list[str]) -> tuple[str, ...]:
    """The role words a description of several words (``words``, its article first: "el jefe de
    Estado") stands for in language ``code``; () for any other description."""
    if len(words) < 3:
        return ()
    return PHRASES.get(code, {}).get(" ".join(w.strip(" .,;:") for w in words[1:]).lower(), ())



# Indefinite articles: "un vocero de la empresa", "um executivo do banco", "ein Sprecher der Polizei".
_INDEFINITE: Final = r"(?<![\w\-])(?:un|una|um|uma|une|ein|eine|einer)[^\S\n]{1,3}"


@lru_cache(maxsize=256)
def _unnamed_pattern(heads: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted({h.split()[-1] if len(h.split()) == 2 else h for h in heads}, key=len, reverse=True)
    return re.compile(_INDEFINITE + "(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w\-])", re.IGNORECASE)


def unnamed_holder(text: str, lo: int, hi: int, heads: tuple[str, ...]) -> bool:
    """Whether ``text[lo:hi]`` brings in someone else of the role ``heads`` with no name ("un
    vocero de la empresa contratista dijo"): the description after it ("El vocero añadió") is
    that one, not the holder named before ``lo`` (s57). ``heads`` with an article ("el
    portavoz") count by their noun."""
    return _unnamed_pattern(heads).search(text, lo, hi) is not None
