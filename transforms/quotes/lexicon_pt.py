"""Portuguese word lists of the quote extractor (data only; lexicon.py merges them)."""
from __future__ import annotations

# Reporting verbs: present and preterite, 3rd person singular and plural, and the participle.
CUES = frozenset("""
disse diz dizem disseram dito afirmou afirma afirmaram explicou explica explicaram declarou
declara declararam destacou destaca ressaltou acrescentou acrescenta salientou sublinhou
garantiu garante contou lembrou avaliou comentou criticou defendeu questionou respondeu
escreveu observou informou anunciou alertou pontuou completou frisou reforçou admitiu
reconheceu argumentou ponderou enfatizou relatou
complementou complementa sustentou sustenta justifica justificou acrescentou ressalta
assegurou apontou indicou revelou confirmou negou concluiu detalhou opinou sugeriu lamentou
avisou reiterou reitera rebateu pontua observa lembra avalia pondera critica alegou adiantou
""".split())

# "segundo" is also "second": taken as "according to" only in Portuguese articles.
ACCORDING = frozenset(["segundo"])
# A sentence that opens on this word and a person's name gives that person's view ("Para Martins, a articulação ...").
FOR_WORD = "para"

TITLES = frozenset("""
ministra ministro governador governadora prefeito prefeita deputado deputada senhor senhora
senador senadora presidente presidenta parlamentar vereador vereadora
secretário secretária porta-voz diretor diretora juiz juíza vice-presidente vice-governador vice-governadora
vice-prefeito vice-prefeita procurador procuradora delegado delegada eurodeputado eurodeputada
""".split())

FUNCTION_WORDS = frozenset("""
em na no nas nos para com sem sobre após segundo mas também quando onde enquanto isso isto
esta este essa esse uma umas uns eles elas nós
o a os as
""".split())

# What may follow the speaker at the end of a sentence that closes on its attribution: when,
# where, to whom (", disse Marta Silva na segunda-feira em Lisboa.").
ADJUNCTS = frozenset("""
na no nas nos em ao à aos durante ontem hoje nesta neste esta este segundo perante após
""".split())

NP_STOP = frozenset("em na no nas nos que para com".split())

# Prepositions: a capitalized word right after one is no subject of the verb that follows
# ("der Aktivist der Gewerkschaft aus Chicago sagt": not Chicago).
# (and "do", "da": "O senador do Podemos pondera" is not Podemos speaking)
PREPOSITIONS = frozenset("de do da dos das desde em com por para sem sobre entre até contra".split())

PRONOUNS = {"ele": "he", "ela": "she"}

# Articles: a mention that opens with one and has no name is a description ("der Journalist").
DETERMINERS = frozenset("o a os as um uma seu sua seus suas".split())  # and possessives

# Words that tie a role to its body inside a noun phrase ("Sprecher des Ministeriums").
GENITIVES = frozenset("de do da dos das".split())

STOPWORDS = frozenset("não uma com os das dos para se na no ao pelo pela são mais como".split())

# Adverbs between a subject and its verb ("Marta Silva também disse", "a mãe sempre dizia").
ADVERBS = frozenset("""
também ainda já sempre depois então nunca ontem hoje inclusive novamente igualmente
publicamente
""".split())
# ", que disse": the relative pronoun stands for the phrase before its comma.
RELATIVES = frozenset(["que", "quem"])
# "De acordo com Ana Souza, ...": "according to" opening a sentence (never mid-sentence, where
# "estar de acordo com" is to agree with someone).
ACCORDING_OPENERS = ("de acordo com",)

# Verbs of believing, fearing and demanding: a partial quote in their clause is the subject's
# words ("O senador entende que ele cumpre o papel de "moderador""); not cues (language.opinion).
OPINION = frozenset("""
acha acham achava acredita acreditam acreditava entende entendem entendia pensa pensam teme
temem considera consideram cobra cobram cobrou
""".split())
