"""French word lists of the quote extractor (data only; lexicon.py merges them)."""
from __future__ import annotations

from typing import Final

# Reporting verbs, one verb a line: its 3rd person present (singular, plural), the participle of
# the passé composé ("a déclaré"), the passé simple and the imparfait ("disait-il", "expliquait
# Ann Roy"), which is also the form an incise inverts ("ajoute-t-elle", "répond-il"). Left out:
# forms that are English words ("note", "lance", "assure") or mostly nouns or adjectives
# ("demande", "critique", "réplique", "remarque", "analyse", "complète", "alerte"); the verb's
# other forms stay. A reflexive verb is listed without its "s'" ("s'exclame": "exclame"), which
# the tokenizer splits off, and with its feminine participle ("elle s'est exclamée"). Left out as well: verbs whose subject is mostly no speaker ("l'emporte",
# "relève de", "garantit", "ça m'agace").
_VERBS: Final = """
dire: dit disent disait disaient
déclarer: déclare déclarent déclaré déclara déclarait
affirmer: affirme affirment affirmé affirma affirmait
expliquer: explique expliquent expliqué expliqua expliquait
souligner: souligne soulignent souligné souligna soulignait
ajouter: ajoute ajoutent ajouté ajouta ajoutait
indiquer: indique indiquent indiqué indiqua indiquait
estimer: estime estiment estimé estima estimait
préciser: précise précisent précisé précisa précisait
rappeler: rappelle rappellent rappelé rappela rappelait
confier: confie confient confié confia confiait
poursuivre: poursuit poursuivent poursuivi poursuivit poursuivait
conclure: conclut concluent conclu concluait
insister: insiste insistent insisté insista insistait
marteler: martèle martèlent martelé martela martelait
lancer: lancent lancé lança lançait
raconter: raconte racontent raconté raconta racontait
réagir: réagit réagissent réagi réagissait
regretter: regrette regrettent regretté regretta regrettait
dénoncer: dénonce dénoncent dénoncé dénonça dénonçait
avertir: avertit avertissent averti avertissait
prévenir: prévient préviennent prévenu prévint prévenait
reconnaître: reconnaît reconnaissent reconnu reconnut reconnaissait
admettre: admet admettent admis admit admettait
répondre: répond répondent répondu répondit répondait
commenter: commente commentent commenté commenta commentait
écrire: écrit écrivent écrivit écrivait
qualifier: qualifie qualifient qualifié qualifia qualifiait
interroger: interrogé
annoncer: annonce annoncent annoncé annonça annonçait
assurer: assurent assuré assura assurait
déplorer: déplore déplorent déploré déplora déplorait
glisser: glisse glissent glissé glissa glissait
confirmer: confirme confirment confirmé confirma confirmait
détailler: détaille détaillent détaillé détailla détaillait
souffler: souffle soufflent soufflé souffla soufflait
lâcher: lâche lâchent lâché lâcha lâchait
trancher: tranche tranchent tranché trancha tranchait
ironiser: ironise ironisent ironisé ironisa ironisait
résumer: résume résument résumé résuma résumait
observer: observe observent observé observa observait
concéder: concède concèdent concédé concéda concédait
témoigner: témoigne témoignent témoigné témoigna témoignait
plaider: plaide plaident plaidé plaida plaidait
nuancer: nuance nuancent nuancé nuança nuançait
s'exclamer: exclame exclament exclamé exclamée exclama exclamait
soupirer: soupire soupirent soupiré soupira soupirait
renchérir: renchérit renchérissent renchéri renchérissait
enchaîner: enchaîne enchaînent enchaîné enchaîna enchaînait
répéter: répète répètent répété répéta répétait
rétorquer: rétorque rétorquent rétorqué rétorqua rétorquait
répliquer: répliquent répliqué répliqua répliquait
objecter: objecte objectent objecté objecta objectait
reprendre: reprend reprennent reprit reprenait
continuer: continuent continua continuait
signaler: signale signalent signalé signala signalait
noter: notent noté nota notait
constater: constate constatent constaté constata constatait
remarquer: remarquent remarqué remarqua remarquait
mentionner: mentionne mentionnent mentionné mentionna mentionnait
avouer: avoue avouent avoué avoua avouait
confesser: confesse confessent confessé confessa confessait
jurer: jure jurent juré jura jurait
promettre: promet promettent promis promit promettait
exiger: exige exigent exigé exigea exigeait
suggérer: suggère suggèrent suggéré suggéra suggérait
protester: proteste protestent protesté protesta protestait
fustiger: fustige fustigent fustigé fustigea fustigeait
s'insurger: insurge insurgent insurgé insurgée insurgea insurgeait
s'indigner: indigne indignent indigné indignée indigna indignait
s'interroger: interroge interrogent interrogée interrogea interrogeait
se féliciter: félicite félicitent félicité félicitée félicita félicitait
se réjouir: réjouit réjouissent réjoui réjouie réjouissait
s'écrier: écrie écrient écrié écria écriait
crier: crie crient crié cria criait
clamer: clame clament clamé clama clamait
murmurer: murmure murmurent murmuré murmura murmurait
chuchoter: chuchote chuchotent chuchoté chuchota chuchotait
rapporter: rapporte rapportent rapporté rapporta rapportait
relater: relate relatent relaté relata relatait
demander: demandent demandé demanda demandait
questionner: questionne questionnent questionné questionna questionnait
argumenter: argumente argumentent argumenté argumenta argumentait
justifier: justifie justifient justifié justifia justifiait
sourire: sourit sourient souri sourit souriait
plaisanter: plaisantent plaisanté plaisanta plaisantait
railler: raille raillent raillé railla raillait
asséner: assène assènent asséné asséna assénait
prédire: prédit prédisent prédisait
démentir: dément démentent démenti démentit démentait
nier: nie nient nié nia niait
contester: conteste contestent contesté contesta contestait
persister: persiste persistent persisté persista persistait
interpeller: interpelle interpellent interpellé interpella interpellait
s'inquiéter: inquiète inquiètent inquiété inquiétée inquiéta inquiétait
s'agacer: agace agacent agacé agacée agaça agaçait
s'étonner: étonne étonnent étonné étonnée étonna étonnait
s'amuser: amuse amusent amusé amusée amusa amusait
se désoler: désole désolent désolé désolée désola désolait
se défendre: défend défendent défendu défendit défendait
se souvenir: souvient souviennent souvint souvenait
se plaindre: plaint plaignent plaignit plaignait
se lamenter: lamente lamentent lamenté lamentée lamenta lamentait
s'offusquer: offusque offusquent offusqué offusquée offusqua offusquait
s'énerver: énerve énervent énervé énervée énerva énervait
s'esclaffer: esclaffe esclaffent esclaffé esclaffée esclaffa esclaffait
s'emporter: emporté emportée emporta emportait
s'alarmer: alarment alarmé alarmée alarma alarmait
s'enthousiasmer: enthousiasment enthousiasmé enthousiasmée enthousiasma enthousiasmait
abonder: abonde abondent abondé abonda abondait
tempêter: tempêté tempêta tempêtait
tonner: tonné tonna tonnait
fulminer: fulmine fulminent fulminé fulmina fulminait
maugréer: maugrée maugréent maugréé maugréa maugréait
pester: pesté pesta pestait
acquiescer: acquiesce acquiescent acquiescé acquiesça acquiesçait
riposter: ripostent riposté riposta ripostait
rectifier: rectifie rectifient rectifié rectifia rectifiait
tempérer: tempère tempèrent tempéré tempéra tempérait
rigoler: rigole rigolent rigolé rigola rigolait
tacler: tacle taclent taclé tacla taclait
alerter: alertent alerté alerta alertait
conseiller: conseillent conseillé conseilla conseillait
"""
# Verbs that report speech only in an incise right after the quote ("« … », salue Claire Dubois",
# "décrit-elle"): elsewhere they mostly do not ("le rapport décrit", "il salue la décision").
# Found by ``cues.CueIndex`` only in that place.
_AFTER_QUOTE_VERBS: Final = """
décrire: décrit décrivent décrivit décrivait
saluer: salue saluent salué salua saluait
rire: rit rient riait
"""
AFTER_QUOTE_CUES: Final = frozenset(w for line in _AFTER_QUOTE_VERBS.strip().splitlines() for w in line.split(":", 1)[1].split())
# Verbs that are cues after a quote (MARK_ONLY_CUES) and, before one, only right after a person
# or a pronoun as their subject ("Fabien Mercier, évoque un « … »", "le sénateur Gaël Rivière
# réclame", "elle évoque"): "le film évoque « … »", "la loi Evin réclame", "le pont Mirabeau
# évoque" are a work's or a thing's, no one's words (quote_opens.named_subject_before; s57 mend:
# these were cues anywhere, and any capital before "évoque" a name).
NAMED_SUBJECT_CUES: Final = frozenset("""évoque évoquent évoqua évoquait invoque invoquent invoqua invoquait
    réclame réclament réclama réclamait pointent pointa pointait""".split())
# Present forms left out of CUES as English words or nouns that are the commonest present-tense
# incises of French copy right after a quote ("« … », lance Hugo, 24 ans", "« … », assure la
# maire"): found by ``cues.CueIndex`` in that place only, and kept out of CUES, which other
# readers take as verbs anywhere (stop 46, fr46).
# Stop 47 (a battery of incise verbs): nouns too ("le juge", "la réplique", "l'analyse"), verbs after a quote.
MARK_ONLY_CUES: Final = frozenset("""lance assure juge jugent relève relèvent réplique répliquent complète
    énumère tance analyse décrypte temporise calcule peste pointe savoure""".split()) | NAMED_SUBJECT_CUES
# Participles that report speech right after an auxiliary of the passé composé ("a jugé Claire
# Dubois", "a-t-il critiqué", "a appelé à « … »"), and mostly something else alone ("jugé
# coupable", "le texte corrigé", "un appelé"): cues found there only (cues._language_cues).
PERFECT_CUES: Final = frozenset("""
jugé critiqué relevé avancé complété analysé corrigé appelé évoqué pointé tancé réclamé exhorté
salué dite invoqué savouré calculé
""".split())
PERFECT_AUXILIARIES: Final = frozenset("""
a ont avait avaient aurait auraient a-t-il a-t-elle ont-ils ont-elles avait-il avait-elle aurait-il aurait-elle
s'est s’est
""".split())
CUES: Final = frozenset(w for line in _VERBS.strip().splitlines() for w in line.split(":", 1)[1].split()) | \
    AFTER_QUOTE_CUES | PERFECT_CUES
# Forms left out of CUES above (English words, nouns, verbs mostly of something else: "juge",
# "développe", "avance") that are verbs beyond doubt when the subject pronoun follows them in an
# incise: "« ... », assure-t-il", "lance-t-elle", "note-t-il", "tempête-t-elle".
INVERTED_CUES: Final = frozenset("""
lance assure note demande remarque réplique continue analyse relève plaisante critique complète
juge avance développe tonne tempête emporte alarme enthousiasme peste riposte conseille appuie espère
décrypte approuve corrige calcule pointe savoure évoque
""".split())

# Verbs of speech in more than one word ("a fait valoir", "a mis en garde", "a tenu à rappeler"), as
# lexicon_es.PHRASE_VERBS: the completing words, the opening forms, "|" the participle that is a
# cue only after an auxiliary ("a mis en garde", not "mis en garde par"; "fait" is both). An
# elided word is written without its apostrophe ("d expliquer" for "tente d’expliquer").
PHRASE_VERBS: Final = """
valoir/savoir/remarquer/part: fait font faisait faisaient fit
en garde: met mettent mettait mettaient mit | mis
à rappeler/à souligner/à préciser/à dire/à affirmer/à expliquer/à insister: tient tiennent tenait tenaient tint | tenu
croire: veut veulent voulait voulaient
d expliquer/de justifier/de se justifier/de rassurer/de convaincre/de relativiser/de minimiser/de nuancer: tente tentent tentait tentaient essaie essaient essayait essayaient | tenté essayé
"""

ACCORDING: Final = frozenset(["selon"])
# Phrases for "according to" that open a sentence ("D'après Anne Roy, « ... »").
ACCORDING_OPENERS: Final = ("d'après", "d’après", "selon les mots de", "selon les termes de", "pour reprendre les mots de",
                             "pour reprendre les termes de", "aux yeux de", "de l'avis de", "de l’avis de", "aux dires de")
# A sentence that opens on this word and a person's name gives that person's view ("Pour Jan Hamáček, cette attitude ...").
FOR_WORD: Final = "pour"

# Honorifics written before a name, capitalized, as French copy writes them ("M. Legault",
# "Me Sautel" for a lawyer, "Mgr Vesco" for a bishop, "le Pr Ravault", "Maître Sautel"): read
# as titles in French articles only, as the article writes them (with or without the full
# stop): "M" alone is an initial, and "Me", "Pr" are no English titles.
HONORIFICS: Final = frozenset("M. MM. Me Mᵉ Maître Mgr Mgr. Mᵍʳ Pr Pr. Pʳ".split())

TITLES: Final = frozenset("""
pape président présidente ministre maire député députée sénateur sénatrice porte-parole directeur
directrice monsieur madame mme docteur premier première
secrétaire préfet préfète procureur procureure juge conseiller conseillère eurodéputé eurodéputée
vice-président vice-présidente adjoint adjointe
ambassadeur ambassadrice
pdg
""".split())  # ("Patrick Pouyanné, PDG de TotalEnergies": the title, not a name, s62)

# Nouns of a person that are no title ("la jeune femme", "le philosophe"): a definite
# description on one of them, as the subject of a quote's sentence, stands for the person last
# credited in its paragraph (implied.described_person), as "elle" would.
_PEOPLE: Final = """
homme/femme garçon/fille père/mère étudiant/étudiante lycéen/lycéenne retraité/retraitée
habitant/habitante riverain/riveraine militant/militante manifestant/manifestante
historien/historienne chercheur/chercheuse écrivain/écrivaine auteur/autrice romancier/romancière
chanteur/chanteuse comédien/comédienne acteur/actrice réalisateur/réalisatrice avocat/avocate
infirmier/infirmière enseignant/enseignante professeur/professeure instituteur/institutrice
agriculteur/agricultrice commerçant/commerçante entrepreneur/entrepreneuse patron/patronne
élu/élue candidat/candidate joueur/joueuse entraîneur/entraîneuse humoriste navigateur/navigatrice
gardien/gardienne
syndicaliste philosophe sociologue anthropologue économiste politologue scientifique poète
journaliste essayiste artiste cinéaste médecin trentenaire quadragénaire quinquagénaire
sexagénaire septuagénaire octogénaire
opposant/opposante ingénieur/ingénieure éleveur/éleveuse éditeur/éditrice enquêteur/enquêtrice
animateur/animatrice ouvrier/ouvrière employé/employée électeur/électrice adolescent/adolescente
aide-soignant/aide-soignante abbé évêque archevêque imam architecte archéologue épidémiologiste
infectiologue urgentiste écologiste éditorialiste universitaire activiste ethnologue
vétérinaire pharmacien/pharmacienne boulanger/boulangère plombier électricien/électricienne menuisier
dentiste chirurgien/chirurgienne psychologue psychiatre pédiatre cardiologue neurologue virologue
biologiste chimiste physicien/physicienne géographe démographe juriste notaire magistrat/magistrate
diplomate consultant/consultante comptable photographe peintre sculpteur/sculptrice danseur/danseuse
musicien/musicienne compositeur/compositrice producteur/productrice scénariste dessinateur/dessinatrice
blogueur/blogueuse cuisinier/cuisinière serveur/serveuse chauffeur mécanicien/mécanicienne policier/policière
gendarme pompier soldat militaire vendeur/vendeuse libraire fleuriste coiffeur/coiffeuse athlète
footballeur/footballeuse cycliste nageur/nageuse coureur/coureuse skieur/skieuse sélectionneur arbitre
prêtre pasteur rabbin théologien/théologienne linguiste psychanalyste géologue climatologue astronome
astrophysicien/astrophysicienne mathématicien/mathématicienne informaticien/informaticienne statisticien/statisticienne
bénévole agronome paysan/paysanne vigneron/vigneronne viticulteur/viticultrice pêcheur/pêcheuse
"""
# "masculine/feminine" pairs, then nouns of either gender.
PEOPLE_M: Final = frozenset(w.split("/")[0] for w in _PEOPLE.split() if "/" in w) - {""}
PEOPLE_F: Final = frozenset(w.split("/")[1] for w in _PEOPLE.split() if "/" in w) - {""}
PEOPLE: Final = PEOPLE_M | PEOPLE_F | frozenset(w for w in _PEOPLE.split() if "/" not in w)
# Nationals and a region's or a city's people (s54), capitalized as nouns: "a confié la Savoyarde",
# "a lâché le Breton". Read only as a description after the quote (described_fr), never as a trade
# before a name ("Le Français Paul Roux" would run into the name); "Parisien" (a newspaper), "Suisse",
# "Argentine", "Corse" (countries, an island) are left out.
_DEMONYMS: Final = """
français/française allemand/allemande italien/italienne espagnol/espagnole américain/américaine
canadien/canadienne britannique anglais/anglaise autrichien/autrichienne norvégien/norvégienne
suédois/suédoise néerlandais/néerlandaise portugais/portugaise brésilien/brésilienne japonais/japonaise
russe ukrainien/ukrainienne polonais/polonaise marocain/marocaine algérien/algérienne tunisien/tunisienne
sénégalais/sénégalaise ivoirien/ivoirienne camerounais/camerounaise québécois/québécoise
breton/bretonne savoyard/savoyarde lyonnais/lyonnaise toulousain/toulousaine niçois/niçoise
bordelais/bordelaise nantais/nantaise lillois/lilloise normand/normande alsacien/alsacienne
auvergnat/auvergnate
"""
DEMONYMS_M: Final = frozenset(w.split("/")[0] for w in _DEMONYMS.split() if "/" in w)
DEMONYMS_F: Final = frozenset(w.split("/")[1] for w in _DEMONYMS.split() if "/" in w)
DEMONYMS: Final = DEMONYMS_M | DEMONYMS_F | frozenset(w for w in _DEMONYMS.split() if "/" not in w)

FUNCTION_WORDS: Final = frozenset("""
via dans pour selon mais avec sans sous chez depuis pendant lors après avant ainsi alors aussi
donc puis quand lorsque comme cette ces ce cet nous vous ils elles il elle les des une et
ou où qui que quoi dont aujourd'hui hier demain d'après d’après cela ceci
le la l au aux à
en de du par sur vers contre entre devant derrière parmi malgré face envers outre hormis
auprès près autour durant
""".split())

# What may follow the speaker at the end of a sentence that closes on its attribution: when,
# where, to whom (", a déclaré Claire Dubois lundi à Paris.", ", a-t-elle dit devant les députés.").
ADJUNCTS: Final = frozenset("""
lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui à au aux en lors devant
dans ce cette sur pendant depuis avant après
""".split())

NP_STOP: Final = frozenset("dans pour avec lors depuis qui que dont et ce cette".split())

# Prepositions: a capitalized word right after one is no subject of the verb that follows
# ("der Aktivist der Gewerkschaft aus Chicago sagt": not Chicago).
PREPOSITIONS: Final = frozenset("de depuis en avec par pour sans sur entre vers chez dans contre via".split())

PRONOUNS: Final = {"il": "he", "elle": "she"}
# The pronoun after a preposition ("selon lui", "pour elle") stands for the same people.
DISJUNCTIVE: Final = {"lui": "il", "elle": "elle"}

# Articles: a mention that opens with one and has no name is a description ("der Journalist").
DETERMINERS: Final = frozenset("le la les l un une son sa ses leur".split())  # and possessives

# Words that tie a role to its body inside a noun phrase ("Sprecher des Ministeriums").
GENITIVES: Final = frozenset("de du des".split())

STOPWORDS: Final = frozenset("le la les et des est une dans pour pas qui sur au avec ce il sont du".split())

# Adverbs between a subject, its auxiliary and its verb ("Claire Dubois a aussi déclaré").
ADVERBS: Final = frozenset("""
aussi également encore déjà toujours ensuite alors enfin même pourtant hier jamais souvent
notamment ainsi publiquement
""".split())
# Words that open a phrase set off by a comma before a sentence's subject ("Pourtant, ...",
# "À propos des réseaux, ...", "Pour sa défense, il ..."), besides PREPOSITIONS and ADVERBS.
OPENERS: Final = frozenset("""
à au aux selon lors après avant face malgré dès pendant durant mais puis toutefois cependant
néanmoins d'ailleurs désormais aujourd'hui demain quant outre parmi sous
""".split())
# The endings of a participle that opens a sentence ("Posée à la cafétéria, la jeune femme ...",
# "Interrogé par la presse, il ...").
PARTICIPLE_ENDINGS: Final = ("é", "ée", "és", "ées", "ant", "ie", "ise", "ue", "us")
# ", qui a déclaré": the relative pronoun stands for the phrase before its comma.
RELATIVES: Final = frozenset(["qui"])

# Verbs of believing and fearing: a partial quote in their clause is the believer's words
# ("Le ministre pense que la réforme est « intimidante »"); not cues (language.opinion).
OPINION: Final = frozenset("""
pense pensent pensait croit croient croyait juge jugent considère considèrent craint craignent
""".split())
