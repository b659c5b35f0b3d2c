"""A view framed by "Para" and a person's profession and name, in Spanish and Portuguese: "Para la
socióloga Ana Ruiz, «…»", "Para o urbanista Nabil Bonduki, professor da USP, «…»". The offices
("el ministro", "la diputada") are read by ``titled.titled_after_for``; these nouns of a
trade or a field of study are no office, so were not, and the quote got no speaker (issue 16).
French reads its own ("Pour l'historien Jean Morel") through ``rules_fr.past_title``. Pure."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import TITLES

# Nouns of a trade or a field of study written before a name; masculine/feminine pairs and nouns
# of either gender, sport's among them ("el técnico", "o zagueiro"). (Spanish, then Portuguese.)
_PEOPLE: Final = {
    "es": """
economista analista periodista especialista urbanista politólogo/politóloga sociólogo/socióloga
historiador/historiadora abogado/abogada médico/médica investigador/investigadora
catedrático/catedrática experto/experta psicólogo/psicóloga consultor/consultora
profesor/profesora científico/científica escritor/escritora filósofo/filósofa
antropólogo/antropóloga académico/académica arquitecto/arquitecta ingeniero/ingeniera
epidemiólogo/epidemióloga jurista constitucionalista activista dirigente empresario/empresaria
sindicalista militante comerciante productor/productora agricultor/agricultora estudiante docente
maestro/maestra enfermero/enfermera vecino/vecina entrenador/entrenadora jugador/jugadora futbolista
cantante actor/actriz artista técnico/técnica portero/portera arquero/arquera delantero/delantera
mediocampista centrocampista atleta tenista ciclista piloto nadador/nadadora árbitro/árbitra
veterinario/veterinaria farmacéutico/farmacéutica panadero/panadera fontanero/fontanera plomero/plomera
electricista carpintero/carpintera dentista odontólogo/odontóloga cirujano/cirujana psiquiatra pediatra
cardiólogo/cardióloga neurólogo/neuróloga virólogo/viróloga biólogo/bióloga químico/química físico/física
geógrafo/geógrafa demógrafo/demógrafa notario/notaria fiscal diplomático/diplomática contador/contadora
fotógrafo/fotógrafa pintor/pintora escultor/escultora bailarín/bailarina músico/música compositor/compositora
guionista dibujante bloguero/bloguera cocinero/cocinera camarero/camarera mesero/mesera chofer conductor/conductora
mecánico/mecánica policía bombero/bombera soldado militar vendedor/vendedora librero/librera
peluquero/peluquera nutricionista sacerdote pastor/pastora rabino teólogo/teóloga lingüista psicoanalista
geólogo/geóloga climatólogo/climatóloga astrónomo/astrónoma matemático/matemática informático/informática
estadístico/estadística voluntario/voluntaria agrónomo/agrónoma campesino/campesina pescador/pescadora
""",
    "pt": """
economista analista jornalista especialista urbanista cientista sociólogo/socióloga
historiador/historiadora advogado/advogada médico/médica pesquisador/pesquisadora
professor/professora consultor/consultora escritor/escritora filósofo/filósofa
antropólogo/antropóloga arquiteto/arquiteta engenheiro/engenheira epidemiologista jurista
constitucionalista ativista dirigente empresário/empresária psicólogo/psicóloga
sindicalista militante comerciante produtor/produtora agricultor/agricultora estudante docente
enfermeiro/enfermeira morador/moradora treinador/treinadora jogador/jogadora futebolista
cantor/cantora ator/atriz artista técnico/técnica goleiro/goleira zagueiro/zagueira atacante meia volante
atleta tenista ciclista piloto nadador/nadadora árbitro/árbitra
veterinário/veterinária farmacêutico/farmacêutica padeiro/padeira encanador/encanadora eletricista
carpinteiro/carpinteira dentista cirurgião/cirurgiã psiquiatra pediatra cardiologista neurologista
virologista biólogo/bióloga químico/química físico/física geógrafo/geógrafa demógrafo/demógrafa
tabelião/tabeliã promotor/promotora diplomata contador/contadora fotógrafo/fotógrafa pintor/pintora
escultor/escultora bailarino/bailarina músico/musicista compositor/compositora roteirista desenhista
blogueiro/blogueira cozinheiro/cozinheira garçom/garçonete motorista mecânico/mecânica policial
bombeiro/bombeira soldado militar vendedor/vendedora livreiro/livreira cabeleireiro/cabeleireira
nutricionista padre pastor/pastora rabino teólogo/teóloga linguista psicanalista geólogo/geóloga
climatologista astrônomo/astrônoma matemático/matemática estatístico/estatística voluntário/voluntária
agrônomo/agrônoma camponês/camponesa pescador/pescadora
""",
}
PEOPLE_INTL: Final = {code: frozenset(w for pair in words.split() for w in pair.split("/"))
                      for code, words in _PEOPLE.items()}
_ARTICLES: Final = {"es": "el|la", "pt": "o|a"}
_NAME_WORD: Final = r"[A-ZÀ-ÖØ-Þ][\w'’\-]{1,30}"
_PATTERNS: Final = {
    code: re.compile(r"(?:" + art + r")[^\S\n]++([^\W\d_]{3,30})[^\S\n]++"
                     r"(" + _NAME_WORD + r"(?:[^\S\n]++(?:(?:de|del|da|do|dos)[^\S\n]++)?" + _NAME_WORD + r"){1,3}),")
    for code, art in _ARTICLES.items()}
# A rank written capitalized where the name would be ("Para el economista Jefe del Banco
# Central,"): the run is a post and its body, no name (probe, read20).
_RANKS: Final = frozenset("""
jefe jefa chefe director directora diretor diretora presidente presidenta secretario secretaria
secretário secretária portavoz coordinador coordinadora coordenador coordenadora asesor asesora
assessor assessora decano decana rector rectora reitor reitora gerente responsable responsável
""".split())
# Words of saying or of a saying between the name and the quote ("el juez se equivocó al decir
# que «…»", "la frase del rey, «…»"): the quote is someone else's words the view is about.
_SAYING: Final = re.compile(
    r"\b(?:dec[ií]r|dijo|dice|dicho|dizer|disse|diz|dito|afirm\w*|asegur\w*|declar\w*|frase|palabras?|"
    r"palavras?|lema|eslogan|slogan|cita|citação|pidi\w*|pid\w*|ped\w*|exig\w*|reclam\w*|grit\w*)\b",
    re.IGNORECASE)
_WORD: Final = re.compile(r"[^\W\d_]+")


def view_opens_quote(text: str, name_end: int, quote_at: int) -> bool:
    """Whether the quote at ``quote_at`` is the view's own words after "Para la socióloga Ana Ruiz,"
    (ending at ``name_end``): no word of saying between them, and the clause that holds the quote
    (after an appositive's comma) has at most three words before it ("la medida «…»", "«…»").
    "su familia sigue pidiendo «…»", "el juez se equivocó al decir que «…»": someone else's. A
    quote opening the sentence after the view's ("…, la situación es grave. «…»") is only checked
    for words of saying."""
    gap = text[name_end:quote_at]
    if _SAYING.search(gap):
        return False
    return gap.rstrip()[-1:] in (".", "!", "?", ":") or len(_WORD.findall(gap.rsplit(",", 1)[-1])) <= 3


def profession_after_for(text: str, at: int, hi: int, genders: dict[str, str]) -> tuple[int, int] | None:
    """After a sentence's opening "Para" at ``at``: an article, a noun of a trade and a name of two
    to four words closed by a comma ("la socióloga Ana Ruiz,"): the name's span; None otherwise
    (other languages, a noun of no person, "Para el Gobierno de Juan Pérez"). The gender its
    article gives the name is recorded in ``genders`` ("o urbanista": no "ela" is him)."""
    code = current_language().code
    pattern = _PATTERNS.get(code)
    if pattern is None:
        return None
    m = pattern.match(text, at, min(hi, at + 120))
    if m is None or m.group(1).lower() not in PEOPLE_INTL[code]:
        return None
    first = m.group(2).split(None, 1)[0].lower()
    if first in _RANKS or first in TITLES:
        return None
    genders.setdefault(m.group(2), "m" if text[at:at + 1].lower() in "eo" else "f")
    return m.start(2), m.end(2)
