"""A body called by its kind's word right after a sentence about it, in Spanish, Portuguese and
French (German was tried and dropped: its nouns are capitalized, so an object body could not be
told from a noun, s55 third read): "La empresa Aguas del Segura anunció cortes. «…», indicó la compañía.", "A
Petrolusa anunciou lucro recorde. "…", afirmou a companhia.", "O Esporte Clube Vilarejo demitiu o
técnico. "…", disse o clube." The guide: a description that refers to an entity the article names ("the company"
for Salesforce named before) is that entity; English has it in ``subject_company``, and these
came out null (issue 16, stop 55 battery).

Rather null than wrong: the description is a definite article and one word of a body's kind;
the sentence right before the quote's opens on the body (its subject, the article and a kind's
word before the name set aside: "La empresa Aguas del Segura" -> "Aguas del Segura"), capitalized
words with the language's particles between, no person's (no first name, no one the article
knows as a person); one word only after a kind's word ("La empresa Repsol") or, in Portuguese,
its article ("A Petrolusa anunciou"; a place opens a sentence bare: "Madrid amaneció …"). Pure
functions."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.heads_intl import ORG_HEADS_INTL
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.tokens import sentence_before

# Words of a body's kind, per language ("la compañía", "a autarquia", "l'entreprise").
_KINDS: Final = {
    "es": frozenset("""empresa compañía firma entidad club consistorio corporación grupo aerolínea operadora
cadena institución organización sociedad constructora distribuidora""".split()),
    "pt": frozenset("""empresa companhia firma entidade clube autarquia grupo operadora instituição organização
construtora distribuidora montadora""".split()),
    "fr": frozenset("""entreprise société groupe compagnie club enseigne constructeur fabricant""".split()),
}


def _kind_word(word: str, kinds: frozenset[str]) -> bool:
    """A word of a body's kind before its name, in lower case ("la empresa"; "Club" of "El Club
    Deportivo Almenara" is the name's)."""
    return word.islower() and word in kinds


_ARTICLES: Final = frozenset("""el la los las o a os as le les l' l’""".split())
_PARTICLES: Final = frozenset("""de del da do das dos des du la y e et &""".split())
_MAX_WORDS: Final = 6
_READ: Final = 200  # characters of the sentence before read for its opening (bounded)


def kind_subject_intl(ctx: ArticleContext, text: str, mention: str, before: int) -> str | None:
    """The body the sentence right before the one holding ``before`` opens on, when ``mention``
    is a definite article and a word of a body's kind; None otherwise."""
    lang = current_language().code
    kinds = _KINDS.get(lang)
    words = mention.strip(" .,;:").replace("’", "' ").replace("'", "' ").split()
    if kinds is None or ctx.sentences is None or len(words) != 2 or words[0].lower() not in _ARTICLES or \
            words[1].lower() not in kinds:
        return None
    p_lo = text.rfind("\n", 0, before) + 1
    prev = sentence_before(text, ctx.sentences, p_lo, max(p_lo, ctx.sentences.start(p_lo, before)))
    if prev is None:
        return None
    words_before = text[prev[0]:min(prev[1], prev[0] + _READ)].replace("’", "' ").split()
    k = 0
    while k < len(words_before) and k < 2 and (words_before[k].lower() in _ARTICLES or _kind_word(words_before[k], kinds)):
        k += 1  # "La empresa Aguas del Segura", "Der Autobauer BMW": the name after its article and its kind
    name: list[str] = []
    for w in words_before[k:k + _MAX_WORDS + 1]:
        if not (w[:1].isupper() or w.lower() in _PARTICLES):
            break
        name.append(w.rstrip(",.;:"))
        if w[-1:] in ",.;:":
            break
    while name and name[-1].lower() in _PARTICLES:
        name.pop()
    if not name or len(name) > _MAX_WORDS or k == len(words_before) or not name[0][:1].isupper():
        return None
    kinded = any(_kind_word(w, kinds) for w in words_before[:k])
    if len(name) == 1 and not kinded and not (lang == "pt" and k == 1):
        return None  # one word with no kind's word before it: a place as often ("Madrid amaneció …")
    body = " ".join(name)
    if first_name_sex(body) is not None or ctx.names.is_person(body) or ctx.names.titled_gender(body) is not None:
        return None
    rest = words_before[k + len(name):]
    if any(w.lower() in ORG_HEADS_INTL or w.lower() in _NOT_FIRMS or w.lower() in _PEOPLE for w in name) or \
            rest[:1] and rest[0].lower() in _AND or \
            any(w.strip(",.;:").lower() in kinds or w[:1].isupper() for w in rest[1:]) or len(name) == 1 and name[0].isupper():
        # a court, a government, the police ("A Justiça condenou a Vale", "El Gobierno de Aragón multó a
        # la empresa"), another body beside it ("El Real Madrid y el Barcelona") or after its verb (the
        # company acted on): either may answer (s55 final read)
        return None
    return body


_AND: Final = frozenset("y e et und and".split())
# People of a body opening the sentence: "Trabajadores de Renfe", "Funcionários da Petrobras".
_PEOPLE: Final = frozenset("""trabajadores trabajadoras clientes funcionarios funcionarias funcionários funcionárias
empleados empleadas empregados vecinos vecinas moradores usuarios usuarias usuários socios sócios accionistas
acionistas trabalhadores directivos diretores salariés clients employés""".split())
# Heads of bodies that act on a company, never one: courts, branches, regulators by their words.
_NOT_FIRMS: Final = frozenset("""justicia justiça audiencia tribunal juzgado gobierno governo regierung polizei
staatsanwaltschaft gericht landgericht bundesregierung ministerio ministério fiscalía procuradoria
kommission comisión comissão federación federação banco banca agencia agência autoridad autoridade
superintendencia superintendência behörde amt bundesamt procon cade anvisa anatel aneel cnmv cnmc""".split())
