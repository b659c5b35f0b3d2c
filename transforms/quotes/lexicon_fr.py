"""French word lists of the quote extractor (data only; lexicon.py merges them)."""
from __future__ import annotations

# Reporting verbs: present (3rd person singular and plural) and the participle of the passé
# composé ("a déclaré"). "lance", "assure", "note" are English words and left out.
CUES = frozenset("""
déclare déclarent déclaré déclara affirme affirment affirmé affirma explique expliquent
expliqué expliqua souligne soulignent souligné souligna ajoute ajoutent ajouté ajouta indique
indiquent indiqué estime estiment estimé précise précisent précisé rappelle rappellent
rappelé confie confié poursuit poursuivi conclut concluent insiste insisté martèle martelé
lancé raconte racontent raconté réagit réagi regrette regretté dénonce dénoncé avertit averti
prévient prévenu reconnaît reconnu admet répond répondu commente commenté écrit écrivent
dit disent qualifié qualifie interrogé annoncé annonce assuré déploré déplore
glisse confirme confirmé détaille détaillé souffle soufflé lâche lâché tranche tranché ironise
ironisé résume résumé observe observé concède concédé témoigne témoigné plaide plaidé
nuance nuancé s'exclame exclamé soupire soupiré renchérit renchéri enchaîne enchaîné
""".split())

ACCORDING = frozenset(["selon"])
# A sentence that opens on this word and a person's name gives that person's view ("Pour Jan Hamáček, cette attitude ...").
FOR_WORD = "pour"

TITLES = frozenset("""
président présidente ministre maire député députée sénateur sénatrice porte-parole directeur
directrice monsieur madame mme docteur premier première
secrétaire préfet préfète procureur procureure juge conseiller conseillère eurodéputé eurodéputée
vice-président vice-présidente adjoint adjointe
""".split())

FUNCTION_WORDS = frozenset("""
dans pour selon mais avec sans sous chez depuis pendant lors après avant ainsi alors aussi
donc puis quand lorsque comme cette ces ce cet nous vous ils elles il elle les des une et
ou où qui que quoi dont aujourd'hui hier demain
le la l au aux à
en de du par sur vers contre entre devant derrière parmi malgré face envers outre hormis
""".split())

# What may follow the speaker at the end of a sentence that closes on its attribution: when,
# where, to whom (", a déclaré Claire Dubois lundi à Paris.", ", a-t-elle dit devant les députés.").
ADJUNCTS = frozenset("""
lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui à au aux en lors devant
dans ce cette sur pendant depuis avant après
""".split())

NP_STOP = frozenset("dans pour avec lors qui que dont et ce cette".split())

# Prepositions: a capitalized word right after one is no subject of the verb that follows
# ("der Aktivist der Gewerkschaft aus Chicago sagt": not Chicago).
PREPOSITIONS = frozenset("de depuis en avec par pour sans sur entre vers chez dans contre".split())

PRONOUNS = {"il": "he", "elle": "she"}
# The pronoun after a preposition ("selon lui", "pour elle") stands for the same people.
DISJUNCTIVE = {"lui": "il", "elle": "elle"}

# Articles: a mention that opens with one and has no name is a description ("der Journalist").
DETERMINERS = frozenset("le la les l un une son sa ses leur".split())  # and possessives

# Words that tie a role to its body inside a noun phrase ("Sprecher des Ministeriums").
GENITIVES = frozenset("de du des".split())

STOPWORDS = frozenset("le la les et des est une dans pour pas qui sur au avec ce il sont du".split())

# Adverbs between a subject, its auxiliary and its verb ("Claire Dubois a aussi déclaré").
ADVERBS = frozenset("""
aussi également encore déjà toujours ensuite alors enfin même pourtant hier jamais souvent
notamment ainsi publiquement
""".split())
# Words that open a phrase set off by a comma before a sentence's subject ("Pourtant, ...",
# "À propos des réseaux, ...", "Pour sa défense, il ..."), besides PREPOSITIONS and ADVERBS.
OPENERS = frozenset("""
à au aux selon lors après avant face malgré dès pendant durant mais puis toutefois cependant
néanmoins d'ailleurs désormais aujourd'hui demain quant outre parmi sous
""".split())
# The endings of a participle that opens a sentence ("Posée à la cafétéria, la jeune femme ...",
# "Interrogé par la presse, il ...").
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "ant", "ie", "ise", "ue", "us")
# ", qui a déclaré": the relative pronoun stands for the phrase before its comma.
RELATIVES = frozenset(["qui"])

# Verbs of believing and fearing: a partial quote in their clause is the believer's words
# ("Le ministre pense que la réforme est « intimidante »"); not cues (language.opinion).
OPINION = frozenset("""
pense pensent pensait croit croient croyait juge jugent considère considèrent craint craignent
""".split())
