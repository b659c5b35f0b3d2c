"""Spanish word lists of the quote extractor (data only; lexicon.py merges them)."""
from __future__ import annotations

from typing import Final

# Reporting verbs: present and preterite, 3rd person singular and plural, and the participle of
# the perfect ("ha dicho"). Forms that are also nouns or English words ("cuenta", "pregunta",
# "denuncia") are left out.
_CUES_LISTED: Final = frozenset("""
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

# The common reporting verbs of the language by infinitive, each with its third person singular and
# plural in the preterite, the present and the imperfect ("dijo", "decía"): the forms a news
# sentence reports speech in, grown as a list of verbs rather than from the errors of one article. A
# form that is also a common noun or adjective is left out ("cuenta", "pregunta", "cita", "suma",
# "precisa", "expresa", "alerta", "sentencia"), and so is a tense whose forms mostly mean something
# else (the present of "contar").
SPEECH_VERBS: Final = """
abundar: abundó abundaron abundaba abundaban
aclarar: aclaró aclararon aclara aclaran aclaraba aclaraban
aconsejar: aconsejó aconsejaron aconseja aconsejan aconsejaba aconsejaban
acotar: acotó acotaron acota acotan acotaba acotaban
acusar: acusó acusaron acusa acusan acusaba acusaban
adelantar: adelantó adelantaron
admitir: admitió admitieron admite admiten admitía admitían
advertir: advirtió advirtieron advierte advierten advertía advertían
afirmar: afirmó afirmaron afirma afirman afirmaba afirmaban
agradecer: agradeció agradecieron agradece agradecen agradecía agradecían
agregar: agregó agregaron agrega agregan agregaba agregaban
ahondar: ahondó ahondaron ahonda ahondan ahondaba ahondaban
alegar: alegó alegaron alega alegan alegaba alegaban
alertar: alertó alertaron alertan alertaba alertaban
anticipar: anticipó anticiparon anticipa anticipan anticipaba anticipaban
anunciar: anunció anunciaron anuncia anuncian anunciaba anunciaban
apostillar: apostilló apostillaron apostillan apostillaba apostillaban
apuntar: apuntó apuntaron apunta apuntan apuntaba apuntaban
argumentar: argumentó argumentaron argumenta argumentan argumentaba argumentaban
arremeter: arremetió arremetieron arremete arremeten arremetía arremetían
asegurar: aseguró aseguraron asegura aseguran aseguraba aseguraban
asentir: asintió asintieron asiente asienten asentía asentían
aseverar: aseveró aseveraron asevera aseveran aseveraba aseveraban
augurar: auguró auguraron augura auguran auguraba auguraban
avisar: avisó avisaron avisa avisan avisaba avisaban
añadir: añadió añadieron añade añaden añadía añadían
bromear: bromeó bromearon bromea bromean bromeaba bromeaban
calificar: calificó calificaron califica califican calificaba calificaban
citar: citó citaron citan citaba citaban
clamar: clamó clamaron clama claman clamaba clamaban
comentar: comentó comentaron comenta comentan comentaba comentaban
completar: completó completaron
comunicar: comunicó comunicaron comunica comunican comunicaba comunicaban
concluir: concluyó concluyeron concluye concluyen concluía concluían
concretar: concretó concretaron concretan concretaba concretaban
confesar: confesó confesaron confiesa confiesan confesaba confesaban
confirmar: confirmó confirmaron confirma confirman confirmaba confirmaban
contar: contó contaron
contestar: contestó contestaron contesta contestan contestaba contestaban
criticar: criticó criticaron critica critican criticaba criticaban
cuestionar: cuestionó cuestionaron cuestiona cuestionan cuestionaba cuestionaban
decir: dijo dijeron dice dicen decía decían
declarar: declaró declararon declara declaran declaraba declaraban
defender: defendió defendieron defiende defienden defendía defendían
denunciar: denunció denunciaron denuncian denunciaba denunciaban
deslizar: deslizó deslizaron desliza deslizan deslizaba deslizaban
desmentir: desmintió desmintieron desmiente desmienten desmentía desmentían
destacar: destacó destacaron destaca destacan destacaba destacaban
desvelar: desveló desvelaron desvela desvelan desvelaba desvelaban
detallar: detalló detallaron detalla detallan detallaba detallaban
enfatizar: enfatizó enfatizaron enfatiza enfatizan enfatizaba enfatizaban
escribir: escribió escribieron escribe escriben escribía escribían
esgrimir: esgrimió esgrimieron esgrime esgrimen esgrimía esgrimían
espetar: espetó espetaron espeta espetan espetaba espetaban
estimar: estimó estimaron estima estiman estimaba estimaban
exclamar: exclamó exclamaron exclama exclaman exclamaba exclamaban
exhortar: exhortó exhortaron exhorta exhortan exhortaba exhortaban
exigir: exigió exigieron exige exigen exigía exigían
explicar: explicó explicaron explica explican explicaba explicaban
exponer: expuso expusieron expone exponen exponía exponían
expresar: expresó expresaron expresan expresaba expresaban
garantizar: garantizó garantizaron garantiza garantizan garantizaba garantizaban
gritar: gritó gritaron grita gritan gritaba gritaban
incidir: incidió incidieron incide inciden incidía incidían
indicar: indicó indicaron indica indican indicaba indicaban
informar: informó informaron informa informan informaba informaban
inquirir: inquirió inquirieron inquiere inquieren inquiría inquirían
insinuar: insinuó insinuaron insinúa insinúan insinuaba insinuaban
insistir: insistió insistieron insiste insisten insistía insistían
instar: instó instaron insta instan instaba instaban
ironizar: ironizó ironizaron ironiza ironizan ironizaba ironizaban
jurar: juró juraron juran juraba juraban
justificar: justificó justificaron justifica justifican justificaba justificaban
lamentar: lamentó lamentaron lamenta lamentan lamentaba lamentaban
manifestar: manifestó manifestaron manifiesta manifiestan manifestaba manifestaban
matizar: matizó matizaron matiza matizan matizaba matizaban
mencionar: mencionó mencionaron menciona mencionan mencionaba mencionaban
narrar: narró narraron narra narran narraba narraban
negar: negó negaron niega niegan negaba negaban
objetar: objetó objetaron objeta objetan objetaba objetaban
observar: observó observaron observa observan observaba observaban
opinar: opinó opinaron opina opinan opinaba opinaban
pedir: pidió pidieron pide piden pedía pedían
plantear: planteó plantearon plantea plantean planteaba planteaban
precisar: precisó precisaron precisan precisaba precisaban
preguntar: preguntó preguntaron preguntan preguntaba preguntaban
proclamar: proclamó proclamaron proclaman proclamaba proclamaban
prometer: prometió prometieron promete prometen prometía prometían
pronosticar: pronosticó pronosticaron pronostica pronostican pronosticaba pronosticaban
proponer: propuso propusieron propone proponen proponía proponían
proseguir: prosiguió prosiguieron prosigue prosiguen proseguía proseguían
protestar: protestó protestaron protestan protestaba protestaban
puntualizar: puntualizó puntualizaron puntualiza puntualizan puntualizaba puntualizaban
quejarse: quejó quejaron quejan quejaba quejaban
razonar: razonó razonaron razona razonan razonaba razonaban
recalcar: recalcó recalcaron recalca recalcan recalcaba recalcaban
reclamar: reclamó reclamaron reclama reclaman reclamaba reclamaban
recomendar: recomendó recomendaron recomienda recomiendan recomendaba recomendaban
reconocer: reconoció reconocieron reconoce reconocen reconocía reconocían
recordar: recordó recordaron recuerda recuerdan recordaba recordaban
recriminar: recriminó recriminaron recrimina recriminan recriminaba recriminaban
reflexionar: reflexionó reflexionaron reflexiona reflexionan reflexionaba reflexionaban
reiterar: reiteró reiteraron reitera reiteran reiteraba reiteraban
reivindicar: reivindicó reivindicaron reivindica reivindican reivindicaba reivindicaban
relatar: relató relataron relata relatan relataba relataban
remachar: remachó remacharon remacha remachan remachaba remachaban
remarcar: remarcó remarcaron remarca remarcan remarcaba remarcaban
rematar: remató remataron rematan remataba remataban
rememorar: rememoró rememoraron rememora rememoran rememoraba rememoraban
repetir: repitió repitieron repite repiten repetía repetían
replicar: replicó replicaron replica replican replicaba replicaban
reprochar: reprochó reprocharon reprocha reprochan reprochaba reprochaban
resaltar: resaltó resaltaron resalta resaltan resaltaba resaltaban
responder: respondió respondieron responde responden respondía respondían
revelar: reveló revelaron revela revelan revelaba revelaban
sentenciar: sentenció sentenciaron sentencian sentenciaba sentenciaban
señalar: señaló señalaron señala señalan señalaba señalaban
sincerarse: sinceró sinceraron sinceran sinceraba sinceraban
solicitar: solicitó solicitaron solicita solicitan solicitaba solicitaban
sostener: sostuvo sostuvieron sostiene sostienen sostenía sostenían
subrayar: subrayó subrayaron subraya subrayan subrayaba subrayaban
sugerir: sugirió sugirieron sugiere sugieren sugería sugerían
sumar: sumó sumaron
tildar: tildó tildaron tilda tildan tildaba tildaban
tuitear: tuiteó tuitearon tuitea tuitean tuiteaba tuiteaban
valorar: valoró valoraron valora valoran valoraba valoraban
vaticinar: vaticinó vaticinaron vaticina vaticinan vaticinaba vaticinaban
zanjar: zanjó zanjaron zanja zanjan zanjaba zanjaban
"""
# The participle of each verb above, for the perfect that news from Spain reports in ("ha
# explicado", "ha subrayado el ministro", "«…», ha añadido"). Read as a cue only right after an
# auxiliary of the perfect (``PERFECT_AUXILIARIES``): alone a participle is mostly an adjective ("el
# citado informe", "la reconocida actriz", "un destacado economista"). The participles the list
# above already holds ("dicho", "explicado") stay cues anywhere, as before.
_PARTICIPLES: Final = frozenset("""
abundado aclarado aconsejado acotado acusado adelantado admitido advertido afirmado agradecido
agregado ahondado alegado alertado anticipado anunciado apostillado apuntado argumentado arremetido
asegurado asentido aseverado augurado avisado añadido bromeado calificado citado clamado comentado
completado comunicado concluido concretado confesado confirmado contado contestado criticado
cuestionado dicho declarado defendido denunciado deslizado desmentido destacado desvelado detallado
enfatizado escrito esgrimido espetado estimado exclamado exhortado exigido explicado expuesto
expresado garantizado gritado incidido indicado informado inquirido insinuado insistido instado
ironizado jurado justificado lamentado manifestado matizado mencionado narrado negado objetado
observado opinado pedido planteado precisado preguntado proclamado prometido pronosticado propuesto
proseguido protestado puntualizado quejado razonado recalcado reclamado recomendado reconocido
recordado recriminado reflexionado reiterado reivindicado relatado remachado remarcado rematado
rememorado repetido replicado reprochado resaltado respondido revelado sentenciado señalado
sincerado solicitado sostenido subrayado sugerido sumado tildado tuiteado valorado vaticinado
zanjado
""".split())
PERFECT_AUXILIARIES: Final = frozenset("ha han había habían haya hayan habría habrían hubiera hubieran".split())
# Of those, the ones of one person: "«…», ha sostenido." has a dropped subject that is one person,
# "«…», han sostenido." has several (perfect_subject).
SINGULAR_AUXILIARIES: Final = frozenset("ha había haya habría hubiera".split())
# Verbs that report speech only in an incise, right after the quote and set off from it by a
# comma or a dash ("«…», lanzó el funcionario", "«…», cerró el alcalde"): elsewhere they mostly
# mean something else ("lanzó un plan", "cerró la planta", "celebró un acuerdo"). Also the present
# of verbs whose form is a noun elsewhere ("la cuenta", "una denuncia", "la pregunta", "la suma"):
# in the incise of features and reviews ("«…», cuenta la autora", "«…», denuncia Ana Ruiz") it
# reports speech, as "reaccionó", "describe" and "soltó" there do (es45). Cues found by
# ``cues.CueIndex`` only in that place, as Portuguese ``lexicon_pt.AFTER_QUOTE_VERBS``.
AFTER_QUOTE_VERBS: Final = """
analizar: analizó analizaron
celebrar: celebró celebraron celebra
cerrar: cerró cerraron cierra
continuar: continuó continuaron continuaba continúa
disparar: disparó dispararon
evaluar: evaluó evaluaron
finalizar: finalizó finalizaron
graficar: graficó graficaron
lanzar: lanzó lanzaron
ratificar: ratificó ratificaron
resumir: resumió resumieron
sintetizar: sintetizó sintetizaron
alertar: alerta
citar: cita
completar: completa
contar: cuenta cuentan
denunciar: denuncia
describir: describió describieron describe describen describía
ejemplificar: ejemplificó ejemplifica
ilustrar: ilustró ilustra
lanzar: lanza
precisar: precisa
preguntar: pregunta
reaccionar: reaccionó reaccionaron reacciona reaccionan reaccionaba
rematar: remata
resumir: resume resumen
sentenciar: sentencia
soltar: soltó suelta
sumar: suma suman sumaba
"""
# Of those, the forms that are also nouns: after a title of a work they are its apposition
# ("«Vida nueva», denuncia social de …", "«Las Meninas», cita obligada del Prado"). A cue only
# before what opens an incise's subject or adjunct (``cues.incise_opening``): a capitalized word,
# an article, a preposition of an adjunct ("a EFE", "en"), a time word; never "de" or an adjective.
AFTER_QUOTE_NOUNS: Final = frozenset("cuenta cuentan denuncia pregunta precisa alerta sentencia cita suma suman".split())
# Words that may open what follows an incise verb: articles, prepositions of an adjunct, time words.
INCISE_NEXT: Final = frozenset("""
el la los las un una unos unas su sus a al en ante desde durante tras este esta ayer hoy anoche
entonces luego también además hace mientras sobre
""".split())
# Of those, the ones that are a verb of another sense before a word ("«Casa Digna», cuenta con
# fondos …"): the word after each that makes it no cue.
# "«…», cita a Einstein la profesora": "cita a" quotes someone, whose words they are (read45es).
AFTER_QUOTE_NOT_BEFORE: Final = {"cuenta": frozenset(("con",)), "cuentan": frozenset(("con",)),
                                 "cita": frozenset(("a", "al"))}
AFTER_QUOTE_CUES: Final = frozenset(w for line in AFTER_QUOTE_VERBS.splitlines() for w in line.partition(":")[2].split())
_SIMPLE_CUES: Final = _CUES_LISTED | frozenset(w for line in SPEECH_VERBS.splitlines() for w in line.partition(":")[2].split()) \
    | AFTER_QUOTE_CUES
PERFECT_CUES: Final = _PARTICIPLES - _SIMPLE_CUES
CUES: Final = _SIMPLE_CUES | PERFECT_CUES

# Verbs of speech in more than one word ("dio a conocer", "hizo hincapié en", "puso de relieve"),
# one line a verb: before the colon the words that complete it, alternatives split by "/"; after it
# the verb's 3rd person forms that open it (preterite, present, imperfect) and, after "|", its
# participle, a cue only right after an auxiliary of the perfect ("ha dado a conocer"; "el informe
# dado a conocer ayer" is none). Read by cues._language_cues as one cue over all the words.
PHRASE_VERBS: Final = """
a conocer: dio dieron da dan daba daban | dado
hincapié/saber/notar/un llamado/un llamamiento: hizo hicieron hace hacen hacía hacían | hecho
de relieve/de manifiesto/el acento: puso pusieron pone ponen ponía ponían | puesto
claro/en claro/bien claro: dejó dejaron deja dejan dejaba dejaban | dejado
la atención sobre: llamó llamaron llama llaman llamaba llamaban | llamado
"""

ACCORDING: Final = frozenset(["según"])
# A sentence that opens on this word and a person's name gives that person's view ("Para Ingrid Betancourt la solución está ...").
FOR_WORD: Final = "para"

TITLES: Final = frozenset("""
papa pontífice presidente presidenta ministro ministra canciller alcalde alcaldesa gobernador gobernadora
senador senadora diputado diputada secretario secretaria directora señor señora doña doctor
dra sra srta
doctora licenciado licenciada vicepresidente vicepresidenta portavoz jueza rector rectora
concejal concejala expresidente expresidenta primer primera mandatario mandataria
juez consejero consejera eurodiputado eurodiputada delegado delegada edil regidor regidora viceministro
viceministra subsecretario subsecretaria procurador procuradora asambleísta miembro integrante
coronel teniente capitán sargento comandante comisario subcomisario
director fiscal vocero vocera embajador embajadora gerente coordinador coordinadora candidato candidata
funcionario funcionaria
intendente intendenta congresista legislador legisladora prefecto prefecta
exministro exministra exalcalde exalcaldesa exgobernador exgobernadora exdiputado exdiputada
exsenador exsenadora exconcejal exconcejala exvicepresidente exvicepresidenta excanciller
""".split())

# Capitalized at a sentence start, never part of a name ("En", "Según", "Para").
FUNCTION_WORDS: Final = frozenset("""
vía citando en según para por con sin tras ante desde hasta durante sobre entre hacia pero aunque porque
cuando donde mientras también además asimismo así este esta estos estas ese esa
eso esto aquel un una unos unas lo al ya no sí hoy ayer mañana luego después antes tanto
allí allá aquí acá ahí ahora entonces incluso finalmente posteriormente anteriormente igualmente
inmediatamente seguidamente enseguida paralelamente actualmente recientemente nuevamente personalmente
y o ni que quien quienes nosotros ellos ellas él ella usted
el la los las junto delante detrás como
""".split())

# What may follow the speaker at the end of a sentence that closes on its attribution: when,
# where, to whom (", dijo Lucía Fernández el lunes en Lima.", ", afirmó ante la prensa.").
ADJUNCTS: Final = frozenset("""
el la en ante durante tras a al este esta ayer hoy desde luego
""".split())

NP_STOP: Final = frozenset("en que quien a al para por con sobre tras y durante desde este esta".split())

# Prepositions: a capitalized word right after one is no subject of the verb that follows
# ("der Aktivist der Gewerkschaft aus Chicago sagt": not Chicago).
# "a" and "al" mark a person as the object ("defiende a Ana Ruiz"), never the subject.
PREPOSITIONS: Final = frozenset("a al de del desde en con por para sin sobre entre hacia hasta contra vía".split())

PRONOUNS: Final = {"él": "he", "ella": "she"}

# Articles: a mention that opens with one and has no name is a description ("der Journalist").
DETERMINERS: Final = frozenset("el la los las un una unos unas su sus".split())  # and possessives

# Words that tie a role to its body inside a noun phrase ("Sprecher des Ministeriums").
GENITIVES: Final = frozenset("de del".split())

STOPWORDS: Final = frozenset("el la los las y que del por para una con se su al es lo como pero más".split())

# Adverbs between a subject and its verb ("Ana Ruiz también afirmó", "su madre siempre decía").
ADVERBS: Final = frozenset("""
también además siempre ya luego después entonces nunca incluso finalmente posteriormente
nuevamente asimismo igualmente tampoco todavía aún hoy ayer públicamente
""".split())
# ", quien dijo": the relative pronoun stands for the phrase before its comma.
RELATIVES: Final = frozenset(["quien"])
# "De acuerdo con Ana Ruiz, ...": "according to" opening a sentence (never mid-sentence, where
# "estar de acuerdo con" is to agree with someone).
ACCORDING_OPENERS: Final = ("de acuerdo con", "de acuerdo a", "en palabras de", "en palabras del",
                             "a juicio de", "a juicio del", "en opinión de", "en opinión del", "a criterio de",
                             "a criterio del")

# Verbs of believing and fearing: a partial quote in their clause is the believer's words
# ("La diputada cree que la ley será «letra muerta»"); not cues of their own (language.opinion).
OPINION: Final = frozenset("""
cree creen creía creían creyó piensa piensan pensaba entiende entienden entendía teme temen
temía considera consideran consideraba
""".split())
