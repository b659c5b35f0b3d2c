"""Spanish word lists of the quote extractor (data only; lexicon.py merges them)."""
from __future__ import annotations

# Reporting verbs: present and preterite, 3rd person singular and plural, and the participle of
# the perfect ("ha dicho"). Forms that are also nouns or English words ("cuenta", "pregunta",
# "denuncia") are left out.
CUES = frozenset("""
dijo dice dicen dijeron dicho afirmó afirma afirman afirmaron afirmado aseguró asegura aseguran
aseguraron asegurado señaló señala señalan señalaron señalado explicó explica explican
explicaron explicado indicó indica indican indicaron indicado añadió añade añaden añadieron
agregó agrega agregan agregaron declaró declara declaran declararon declarado manifestó
manifiesta manifestaron expresó expresa expresaron sostuvo sostiene sostienen sostuvieron
apuntó apunta apuntaron destacó destaca destacan destacaron subrayó subraya subrayaron
insistió insiste insisten advirtió advierte advierten advirtieron reconoció reconoce
reconocieron admitió admite recordó recuerda recuerdan comentó comenta comentaron precisó
aclaró aclara relató relata contó respondió responde respondieron preguntó criticó anunció
anuncia anunciaron sentenció concluyó enfatizó resaltó resalta puntualizó detalló detalla
informó informa informaron escribió escribe tuiteó reiteró reitera prometió alertó lamentó
lamenta exclamó opinó opina consideró considera estimó aseveró remarcó confesó narró
agradeció calificó califica defendió defiende denunció cuestionó reclamó pidió exigió
sumó citó recalcó acotó expuso refirió valoró remató zanjó ironizó bromeó planteó argumentó
justificó matizó completó decía contaba explicaba aseguraba repetía insistía
reveló confirmó negó mencionó comunicó señalaba indicaba afirmaba añadía agregaba apostilló
""".split())

ACCORDING = frozenset(["según"])
# A sentence that opens on this word and a person's name gives that person's view ("Para Ingrid Betancourt la solución está ...").
FOR_WORD = "para"

TITLES = frozenset("""
presidente presidenta ministro ministra canciller alcalde alcaldesa gobernador gobernadora
senador senadora diputado diputada secretario secretaria directora señor señora doña doctor
doctora licenciado licenciada vicepresidente vicepresidenta portavoz jueza rector rectora
concejal concejala expresidente expresidenta primer primera mandatario mandataria
juez consejero consejera eurodiputado eurodiputada delegado delegada edil regidor regidora viceministro
viceministra subsecretario subsecretaria procurador procuradora asambleísta
""".split())

# Capitalized at a sentence start, never part of a name ("En", "Según", "Para").
FUNCTION_WORDS = frozenset("""
en según para por con sin tras ante desde hasta durante sobre entre hacia pero aunque porque
cuando donde mientras también además asimismo así este esta estos estas ese esa
eso esto aquel un una unos unas lo al ya no sí hoy ayer mañana luego después antes tanto
y o ni que quien quienes nosotros ellos ellas él ella usted
el la los las
""".split())

# What may follow the speaker at the end of a sentence that closes on its attribution: when,
# where, to whom (", dijo Lucía Fernández el lunes en Lima.", ", afirmó ante la prensa.").
ADJUNCTS = frozenset("""
el la en ante durante tras a al este esta ayer hoy desde luego
""".split())

NP_STOP = frozenset("en que quien al para por con sobre tras y durante este esta".split())

# Prepositions: a capitalized word right after one is no subject of the verb that follows
# ("der Aktivist der Gewerkschaft aus Chicago sagt": not Chicago).
# "a" and "al" mark a person as the object ("defiende a Ana Ruiz"), never the subject.
PREPOSITIONS = frozenset("a al de del desde en con por para sin sobre entre hacia hasta contra".split())

PRONOUNS = {"él": "he", "ella": "she"}

# Articles: a mention that opens with one and has no name is a description ("der Journalist").
DETERMINERS = frozenset("el la los las un una unos unas su sus".split())  # and possessives

# Words that tie a role to its body inside a noun phrase ("Sprecher des Ministeriums").
GENITIVES = frozenset("de del".split())

STOPWORDS = frozenset("el la los las y que del por para una con se su al es lo como pero más".split())

# Adverbs between a subject and its verb ("Ana Ruiz también afirmó", "su madre siempre decía").
ADVERBS = frozenset("""
también además siempre ya luego después entonces nunca incluso finalmente posteriormente
nuevamente asimismo igualmente tampoco todavía aún hoy ayer públicamente
""".split())
# ", quien dijo": the relative pronoun stands for the phrase before its comma.
RELATIVES = frozenset(["quien"])
# "De acuerdo con Ana Ruiz, ...": "according to" opening a sentence (never mid-sentence, where
# "estar de acuerdo con" is to agree with someone).
ACCORDING_OPENERS = ("de acuerdo con", "de acuerdo a")

# Verbs of believing and fearing: a partial quote in their clause is the believer's words
# ("La diputada cree que la ley será «letra muerta»"); not cues of their own (language.opinion).
OPINION = frozenset("""
cree creen creía creían creyó piensa piensan pensaba entiende entienden entendía teme temen
temía considera consideran consideraba
""".split())
