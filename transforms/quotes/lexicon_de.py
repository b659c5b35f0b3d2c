"""German word lists of the quote extractor (data only; lexicon.py merges them)."""
from __future__ import annotations

from typing import Final

# Reporting verbs: 3rd person present and preterite, singular and plural, and the participle of
# the perfect ("hat gesagt"). Separable verbs are listed by their finite part ("fügte ... hinzu",
# "teilte ... mit", "kündigte ... an"); their particle ends the noun phrase (NP_STOP below).
CUES: Final = frozenset("""
sagt sagte sagten gesagt sagen erklärt erklärte erklärten erklären betont betonte betonten
meint meinte meinten gemeint ergänzt ergänzte ergänzten fügt fügte fügten hinzugefügt
berichtet berichtete berichteten schreibt schrieb schrieben geschrieben erzählt erzählte
erzählten warnt warnte warnten gewarnt fordert forderte forderten gefordert kritisiert
kritisierte kritisierten unterstreicht unterstrich unterstrichen bekräftigt bekräftigte
versichert versicherte versicherten bestätigt bestätigte bestätigten räumt räumte räumten
kündigt kündigte kündigten teilt teilte teilten mitgeteilt antwortet antwortete antworteten
fragt fragte fragten mahnt mahnte mahnten kommentiert kommentierte argumentiert argumentierte
begründet begründete lobt lobte lobten beklagt beklagte beklagten verspricht versprach
versprachen spricht sprach sprachen zitiert zitierte twittert twitterte erläutert erläuterte
erläuterten verweist verwies verkündet verkündete behauptet behauptete behaupteten entgegnet
entgegnete erwidert erwiderte widerspricht widersprach bemerkt bemerkte resümiert resümierte
gesteht gestand beteuert beteuerte ruft rief appelliert appellierte prognostiziert
prognostizierte kontert konterte klagt klagte klagten schildert schilderte schilderten
beschreibt beschrieb beschrieben bezeichnet bezeichnete bezeichneten nennt nannte nannten
genannt findet fand weiß wusste
rät riet wettert wetterte plädiert plädierte schlussfolgert schlussfolgerte befindet befand
seufzt seufzte stöhnt stöhnte jubelt jubelte schimpft schimpfte flüstert flüsterte murmelt
murmelte scherzt scherzte witzelt witzelte spottet spottete dichtet dichtete singt sang
präzisiert präzisierte relativiert relativierte bilanziert bilanzierte analysiert analysierte
äußert äußerte äußerten geäußert informiert informierte informierten vergleicht verglich
verrät verriet verrieten verraten erinnert erinnerte erinnerten bekennt
notiert notierte postet postete gepostet dementiert dementierte
bestreitet bestritt bestritten verteidigt verteidigte begrüßt begrüßte begrüßten urteilt
urteilte vermutet vermutete moniert monierte monierten bemängelt bemängelte beanstandet
beanstandete verlangt verlangte verlangten bittet bat baten droht drohte drohten protestiert
protestierte protestierten empfiehlt empfahl folgert folgerte mutmaßt mutmaßte sinniert
sinnierte schwärmt schwärmte lacht lachte verdeutlicht verdeutlichte bedauert bedauerte
freut freute freuten predigt predigte predigten
mitteilt mitteilte mitteilten hinzufügte ankündigte ankündigten einräumte ausführte ausgeführt
hervorhob hinwies klarstellte
""".split())
# (The joined forms of separable verbs, which end a subordinate clause: "wie Petra Lang am Montag
# mitteilte", "nachdem der Minister einräumte".)

# "laut Polizei", "laut Müller": the words after it are the source, like "according to".
ACCORDING: Final = frozenset(["laut"])
# A sentence that opens on this word and a person's name gives that person's view ("Für Müller ist ...").
FOR_WORD: Final = "für"
# "„...“, so Müller.": a short attribution after a quote (only in German articles).
SO: Final = "so"

# Words that open what may follow the speaker at the end of a sentence that closes on its
# attribution: when, where, to whom (", sagte Petra Lindner am Montag in Berlin."); never "als"
# (", bezeichnet Lindner als falsch": the quote is no one's words there).
ADJUNCTS: Final = frozenset("""
am im in bei beim gegenüber auf nach vor während zum zur vom an gestern heute bereits zuvor
""".split())

# Titles and offices written before a name: split off the speaker.
TITLES: Final = frozenset("""
herr frau bundeskanzler bundeskanzlerin kanzler kanzlerin ministerpräsident ministerpräsidentin
bundespräsident bundespräsidentin präsident präsidentin ministerin bundesminister
bundesministerin bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin
staatssekretär staatssekretärin senatorin landrat landrätin vorsitzende vorsitzender chefin
sprecher sprecherin direktorin geschäftsführer geschäftsführerin professorin pfarrer
abgeordnete abgeordneter pastorin pfarrerin chef experte expertin anwalt anwältin
ökonom ökonomin autor autorin trainer trainerin sohn tochter bruder schwester ehemann ehefrau bundesrat bundesrätin nationalrat nationalrätin ständerat ständerätin stadtrat
stadträtin landesrat landesrätin gemeinderat gemeinderätin landeschef parteichef regierungschef regierungschefin
redakteur redakteurin redaktor redaktorin journalist journalistin
ärztin architektin schauspieler schauspielerin sängerin musikerin künstlerin regisseurin
schriftstellerin moderatorin historikerin unternehmerin physikerin soziologin psychologin
ex-profi profi leiter leiterin direktor kollege kollegin lh
obmann obfrau inhaber inhaberin referent referentin beauftragte beauftragter kassier kassierin
abt
""".split())

# German compounds end on their title: "Pressesprecher", "HSV-Präsident", "Finanzministerin",
# "SPD-Chef". A word that ends in one of these (and is longer) is a title too.
TITLE_SUFFIXES: Final = tuple("""
sprecher sprecherin präsident präsidentin minister ministerin chef chefin leiter leiterin
direktor direktorin vorsitzender vorsitzende kanzler kanzlerin bürgermeister bürgermeisterin
sekretär sekretärin trainer trainerin pastorin pfarrerin organisator organisatorin gründer
gründerin experte expertin anwalt anwältin politiker politikerin aktivist aktivistin forscher
forscherin ökonom ökonomin autor autorin redaktor redaktorin redakteur redakteurin
journalist journalistin abgeordnete abgeordneter meister meisterin manager managerin
rechtler rechtlerin wissenschaftler wissenschaftlerin kollege kollegin geschäftsführer
geschäftsführerin abgeordneten präsidenten experten kollegen journalisten aktivisten
spieler spielerin ärztin architekt architektin regisseur regisseurin historiker historikerin
coach mitglied
scout intendant intendantin kurator dirigent dirigentin wirt wirtin kommissar kommissarin kandidat
kandidatin vorsteher vorsteherin vorstand vorständin dekan dekanin analyst analystin volkswirt
volkswirtin gewerkschafter
""".split())

# Words capitalized at a sentence start that are never part of a name ("Doch", "Im April").
FUNCTION_WORDS: Final = frozenset("""
via doch im am auf aus bei beim mit nach seit von vom zum zur für über unter vor gegen ohne um
und aber oder denn sondern dass daß weil wenn als wie ob auch noch schon nur erst dann
damals heute gestern morgen jetzt nun hier dort da dabei dazu damit darauf daher deshalb
hierzu hierauf hierbei darüber hierüber hiermit dafür hierfür dagegen daraus hieraus davon hiervon
daneben darin hierin dadurch hierdurch darum
deswegen trotzdem zudem außerdem allerdings jedoch bereits immer nie wir ich sie er es ihr
man das dies diese dieser dieses jene ein eine einer eines einem einen kein keine zwei drei
viele alle anfang ende mitte laut zufolge nachdem bevor während wo wer was warum
sobald solange seitdem obwohl falls sofern
der die den dem des deren dessen zwischen trotz wegen neben hinter statt bis durch
inzwischen zunächst später danach dennoch sogar vielleicht natürlich leider zwar etwa gerade
kaum fast ganz sehr eben jedenfalls übrigens immerhin schließlich endlich plötzlich nämlich
ebenfalls ebenso zuletzt zuvor an ans weiter welcher welche welches sein seine seiner ihre ihrer unser unsere
selbst gegenüber angesichts seitens
gleichzeitig zugleich zusätzlich stattdessen grundsätzlich hingegen mittlerweile offenbar vielmehr
bislang bisher anschließend insgesamt überdies indes indessen andererseits einerseits letztlich letztendlich
tatsächlich offensichtlich anscheinend derzeit aktuell momentan künftig gleichwohl nichtsdestotrotz sodann
seither wiederum schlussendlich vorerst unterdessen währenddessen daraufhin demnach
folglich dementsprechend insbesondere ausserdem nunmehr weiterhin parallel zwischenzeitlich
""".split())  # sentence adverbs before a verb-second verb: "Gleichzeitig betonte sie: „…“" (s62)
# Sentence adverbs that are surnames too ("Christian Ferner", "Maria Freilich"): no function words,
# but before a verb and "sie" they open the sentence ("Ferner betonte sie: „…“"; s62).
SURNAME_ADVERBS: Final = frozenset("ferner freilich jüngst kürzlich somit".split())

# Capitalized words of time (and "am Rande") between a subject and its comma or colon: "sagte
# Weber am Montag:", "erklärte Weber am Rande des Treffens, …" (fronted_de, verb_second_clause,
# verb_second_rest).
TIME_NOUNS: Final = frozenset("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Wochenende Abend "
                              "Morgen Rande".split())

# Particles of separable reporting verbs and words that end a noun phrase after its verb:
# "fügte Müller hinzu", "sagte Müller am Montag", "so Müller gegenüber der Zeitung".
NP_STOP: Final = frozenset("""
hinzu mit ein zu im am auf bei nach gegenüber und dem des vom zum zur
""".split())

# Prepositions: a capitalized word right after one is no subject of the verb that follows
# ("der Aktivist der Gewerkschaft aus Chicago sagt": not Chicago).
PREPOSITIONS: Final = frozenset("aus von in an auf bei mit nach seit zu vor über unter zwischen durch für gegen ohne um via".split())

# Conjunctions of a clause that opens the sentence and whose subject is, as a rule, the main
# clause's too: "Als Anna Keller ankam, sagte sie:". Never "während" or "obwohl", which set two
# people against each other ("Während Tom Weber schwieg, sagte sie:").
SAME_SUBJECT_CONJUNCTIONS: Final = frozenset("als nachdem weil sobald seit seitdem bevor wenn".split())

PRONOUNS: Final = {"er": "he", "sie": "she"}  # "sie" is also "they" and the polite "you"

# Frequent words, for telling the language of an article.
# Articles: a mention that opens with one and has no name is a description ("der Journalist").
# ... and possessives ("ihr Trainer", "seine Sprecherin"): a description too.
DEFINITE_ARTICLES: Final = frozenset("der die das den dem des".split())
DETERMINERS: Final = frozenset("der die das den dem des ein eine einer eines einem einen sein seine seiner seinem "
                        "seinen ihr ihre ihrer ihrem ihren diese dieser diesem diesen dieses solche solcher solchem solchen".split())

# Words that tie a role to its body inside a noun phrase ("Sprecher des Ministeriums").
GENITIVES: Final = frozenset("des der".split())

STOPWORDS: Final = frozenset("der die das und ist nicht mit sich auch auf für ein eine dem den des".split())

# Adverbs between a subject or verb and what follows ("erzählte Lindner damals auch: „...“").
ADVERBS: Final = frozenset("""
auch noch bereits schon immer nun jetzt dann damals zudem außerdem ebenfalls später zuvor
erneut nochmals wiederholt stets aber dabei daraufhin selbst einmal gleich sofort ausdrücklich
abschließend weiter dazu hierzu ergänzend
""".split())
# Relative pronouns that stand for the speaker right before a reporting verb: none in German,
# whose relative clauses put their verb last ("Lindner, die das Amt seit 2019 führt, sagte").
RELATIVES: Final[frozenset[str]] = frozenset()

# Sending a message: "schickt sie ihm eine Nachricht: „...“" credits the sender (messages.py).
MESSAGE_VERBS: Final = frozenset("""
schickt schickte schickten sendet sendete sandte simst simste mailt mailte
""".split())
MESSAGE_NOUNS: Final = frozenset("""
nachricht nachrichten sms mail e-mail whatsapp botschaft brief tweet textnachricht
""".split())

# Separable reporting verbs: the finite verb and the particle(s) that close its clause
# ("„...“, führt Kastner weiter aus.", "stellt Müller fest: „...“"); rule separable_verb.
SEPARABLE_CUES: Final = {
    verb: frozenset(particles.split("|"))
    for verb, particles in (
        ("führt", "aus"), ("führte", "aus"), ("macht", "deutlich|klar"), ("machte", "deutlich|klar"),
        ("stellt", "fest|klar"), ("stellte", "fest|klar"), ("hält", "fest"), ("hielt", "fest"),
        ("fährt", "fort"), ("fuhr", "fort"), ("gibt", "zu|zu bedenken|zu Protokoll"),
        ("gab", "zu|zu bedenken|zu Protokoll"), ("wirft", "ein"), ("warf", "ein"),
        ("fasst", "zusammen"), ("fasste", "zusammen"), ("merkt", "an"), ("merkte", "an"),
        ("hebt", "hervor"), ("hob", "hervor"), ("weist", "hin"), ("wies", "hin"),
        ("räumt", "ein"), ("räumte", "ein"), ("teilt", "mit"), ("teilte", "mit"),
        ("kündigt", "an"), ("kündigte", "an"), ("fügt", "hinzu"), ("fügte", "hinzu"),
        # "„…“, ließ Bürgermeister Peter Lang wissen." (s56)
        ("ließ", "wissen|verlauten|mitteilen|ausrichten"), ("ließen", "wissen|verlauten|mitteilen|ausrichten"),
        ("lässt", "wissen|verlauten|mitteilen|ausrichten"),
        # "Wenig später meldete sich die Weltmeisterin zu Wort: „…“", "Dann ergriff Lang das Wort:" (s60)
        ("meldet", "zu Wort"), ("meldete", "zu Wort"), ("meldeten", "zu Wort"),
        ("ergreift", "das Wort"), ("ergriff", "das Wort"),
    )
}

# (s63) Separable verbs whose object may be the quoted words, the particle closing the clause
# after them: "Merz warf dem Kanzler „Führungslosigkeit“ vor", "wies die Kritik als „haltlos“
# zurück", "Die Prüfer stellten „gravierende Mängel“ fest" (rule separable_verb).
OBJECT_SEPARABLE_CUES: Final = {
    verb: frozenset(particles.split("|"))
    for verbs, particles in (
        ("wirft warf werfen warfen", "vor"), ("weist wies weisen wiesen", "zurück|hin"),
        ("stellt stellte stellen stellten", "fest"), ("hebt hob heben hoben", "hervor"),
        ("gibt gab geben gaben", "zu"),
    )
    for verb in verbs.split()
}

# Verbs of believing and fearing: a partial quote in their clause is the believer's words
# („Der Minister glaubt, dass ...“); not cues (language.opinion).
OPINION: Final = frozenset("""
glaubt glaubte glauben denkt dachte hält hielt fürchtet fürchtete befürchtet befürchtete
""".split())
# More role words written before a name ("Verteidiger Jonas Brandt", "ihr Kunde Karl Obermaier"),
# split off the speaker in German articles only (names_de.is_role_noun, which also takes their
# inflected forms: "des Staatsrechtlers", "dem Essayisten").
ROLE_NOUNS: Final = frozenset("""
verteidiger verteidigerin richter richterin staatsanwalt staatsanwältin kommissar kommissarin
polizist polizistin arzt kunde kundin nachbar nachbarin vater mutter witwe witwer
kapitän stürmer torhüter torwart unternehmer lehrer lehrerin schüler schülerin student
studentin dozent dozentin professor sänger musiker künstler schriftsteller moderator
soziologe psychologe physiker bischof bischöfin kardinal pater papst päpstin rabbiner landwirt landwirtin
produzent produzentin verleger verlegerin betriebsrat betriebsrätin juror jurorin
winzer winzerin inhaber inhaberin besitzer besitzerin betreiber betreiberin mitarbeiter
mitarbeiterin senator senatorin gouverneur gouverneurin botschafter botschafterin diplomat
diplomatin essayist philosoph ingenieur jurist publizist kolumnist kabarettist pianist
gitarrist lobbyist populist extremist islamist terrorist spezialist angeklagte angeklagter
beschuldigte beschuldigter zeuge zeugin vorgänger vorgängerin nachfolger nachfolgerin stellvertreter
blogger bloggerin influencer influencerin creator creatorin youtuber youtuberin sieger siegerin
papst abt äbtissin propst pröpstin dechantin diakon diakonin prälat präses
priorin regens provinzial provinzialin kantorin organist organistin mesnerin imam
vikar vikarin superintendent superintendentin domkapitular ordensfrau ordensmann hofrat hofrätin
kirchenrätin oberkirchenrätin regierungsrätin landammann torschütze torschützin skispringer
skispringerin kommandant kommandantin pfleger pflegerin bäcker bäckerin schreiner schreinerin metzger
metzgerin busfahrer busfahrerin fahrer fahrerin handwerker handwerkerin verkäufer verkäuferin köchin
kellner kellnerin elektriker elektrikerin maurer tischler tischlerin gärtner gärtnerin apotheker
apothekerin
""".split())
# (stop 46, dereg46) Offices of church and regional copy written before a name: "Papst Leo XIV.",
# "Abt Johannes Perkmann", "Superintendentin Ute Berg", "Hofrat Karl Moser", "Torschütze Jan
# Roth". Words that name a body as well as a person ("Regierungsrat", "Kirchenrat", "Kreisrat")
# are left out: "der Regierungsrat Zürich" is a body. (read46d) So are the offices that are
# common surnames, "Kaplan", "Kantor", "Prior", "Dechant", "Mesner": as role nouns they made a
# lone later "Kaplan betonte" no name ("Michael Kaplan … Kaplan"), a name lost.
# Endings of role compounds besides TITLE_SUFFIXES, German only ("Umweltchemiker",
# "Staatsrechtler", "Chefarzt", "Kriminologin").
# Role compounds of trade and club copy (stop 45): "Kassenwart", "Vereinsobmann", "Landesobfrau",
# "Sicherheitsbeauftragte", "Firmeninhaber", "Fachreferentin", "Bergführerin"; German only (names_de):
# "Stewart" and "Gegenwart" end on "-wart" but are no roles (names_de._NOT_ROLES).
ROLE_SUFFIXES: Final = tuple("""
iker ikerin loge login arzt ärztin richter richterin lehrer lehrerin sieger siegerin
wart obmann obfrau beauftragte beauftragter inhaber inhaberin referent referentin führer führerin
bischof bischöfin pfarrer vikar vikarin hauptmann hauptfrau kommandant kommandantin assistent
assistentin kämmerer kämmerin schwester profi spieler spielerin sportler sportlerin läufer läuferin
fahrer fahrerin springer springerin schwimmer schwimmerin athlet athletin torhüter torhüterin stürmer stürmerin
""".split())
# (stop 46) and of church and regional copy: "Weihbischof", "Landesbischöfin", "Dompfarrer",
# "Generalvikar", "Landeshauptmann", "Bezirkshauptfrau", "Feuerwehrkommandant",
# "Pastoralassistentin", "Stadtkämmerer", "Ordensschwester".
# Heads of the names of bodies: a phrase on one of these with a genitive ("Gewerkschaft der
# Polizei", "Bundesministerium des Innern") is a body's name, not a phrase about something.
ORG_HEAD_SUFFIXES: Final = tuple("""
ministerium amt verband verein institut gewerkschaft partei bund rat kammer gericht behörde
vereinigung gesellschaft stiftung zentrum universität hochschule klinik klinikum kommission
agentur bank gruppe konferenz akademie polizei regierung senat parlament tag büro direktion
organisation komitee ausschuss union allianz netzwerk initiative bündnis stelle dienst
""".split())
# Media told something, in the dative after the speaker's name ("sagte Obermaier der Zeitung",
# "der dpa"): feminine nouns and agencies, whose dative article is "der" (names_de).
MEDIA_NOUNS: Final = frozenset("""
zeitung presse redaktion nachrichtenagentur agentur dpa afp apa kna epd sda ap zeit welt bild
""".split())
MEDIA_ENDINGS: Final = ("zeitung", "agentur", "presse", "redaktion", "-zeitung")


# Academic and professional titles of Austrian and German trade copy, before or after the name
# (stop 45): "KommR Ing. Peter Moser", "DI Anna Gruber, MBA", "Mag. Eva Huber, MSc". Read in
# German articles only and in the case written here ("Di" is a particle of Italian names, "Ma" a
# Chinese surname; "DI", "MA" are degrees).
ACADEMIC_TITLES: Final = frozenset("""
KommR Ing DI Dipl Dipl.-Ing Mag MMag Dkfm Dr Prof MBA MSc BSc MA BA PhD LL.M ÖkR Bakk
DDr Univ.-Prof Msgr Br Pfr Bgm Bgmin Vzbgm LHStv LH-Stv LAbg Abg NR NRin GR GRin StR StRin
HR LR LRin KR
""".split())
# (stop 46) Church and Austrian office abbreviations of the same kind, before a name: "Msgr. Josef
# Grünwidl", "Br. Paul Moser", "Bgm. Anna Huber", "LHStv. Karl Moser", "NR Eva Gruber", "GRin
# Lena Roth". "P." (Pater) and "Sr." (Schwester) are initials too ("P. J. Harvey"): titles.py
# drops them only before a given name and a surname (PRIEST_ABBREVIATIONS).
PRIEST_ABBREVIATIONS: Final = frozenset(["P.", "Sr."])
# The same in lower case, less the forms that are name words too ("Di", "Ma", "Ba").
ACADEMIC_TITLES_LOWER: Final = frozenset(t.lower() for t in ACADEMIC_TITLES) - {"di", "ma", "ba"}
# English executive titles joined to a firm's name in German copy (stop 45): "Alpinfix-CEO".
EXECUTIVE_ENDINGS: Final = frozenset("ceo cfo coo cto cio cmo".split())


# Verbs of a view that report the words right after a quote's closing mark and comma only
# ("„…“, schätzt Anna Keller", "„…“, hofft der Trainer", "„…“, konstatiert X"), and mostly narrate
# elsewhere ("Sie schätzt die Lage", "Er hofft auf Regen"): found there only (cues, stop 47).
MARK_ONLY_CUES: Final = frozenset("""schätzt schätzte hofft hoffte glaubt glaubte konstatiert konstatierte
    ärgert ärgerte wundert wunderte""".split())

# Separable verbs of judging and their particles (s63): with the particle closing the quote's
# clause, the subject judges in the quoted words ("Meier wirft der Stadt „Wortbruch“ vor", "wies
# die Kritik als „haltlos“ zurück"); alone the verb reports nothing ("wirft den Ball"). Not
# "stellt ... vor" or "lädt ... ein": what is presented or held is often a named thing.
JUDGING_PARTICLES: Final = {
    verb: particle
    for verbs, particle in (
        ("wirft warf werfen warfen hält hielt halten hielten", "vor"),
        ("weist wies weisen wiesen blickt blickte blicken blickten", "zurück"),
        ("lehnt lehnte lehnen lehnten tut tat tun taten", "ab"),
        ("schließt schloss schließen schlossen geht ging gehen gingen", "aus"),
        ("stuft stufte stufen stuften schätzt schätzte schätzen schätzten", "ein"),
        ("stellt stellte stellen stellten", "dar"),
    )
    for verb in verbs.split()
}
# ... and a mood shown in quoted words: "zeigte sich „enttäuscht“", "gab sich „zuversichtlich“"
# (with "sich"), "reagierte „entsetzt“" (s63).
SHOWN_MOOD_VERBS: Final = frozenset("zeigt zeigte zeigen zeigten gibt gab geben gaben".split())
REACTING_VERBS: Final = frozenset("reagiert reagierte reagieren reagierten".split())
# Verbs whose object or subject takes a judgement as its complement (s63): „X nannte das Projekt
# „ein Desaster“", „fand den Plan „völlig verfehlt“", „Laut X ist das Projekt „unwirtschaftlich“":
# the quote judges the noun, it does not name it.
COMPLEMENT_VERBS: Final = frozenset("""nennt nannte nennen nannten findet fand finden fanden empfindet
empfand empfinden empfanden ist war sei wäre sind waren seien wird wurde bleibt blieb""".split())
# "kommt zu dem Schluss, dass …": a verb of arriving and the noun of a finding; the "dass" clause
# after them gives the subject's words ("Die Studie kommt zu dem Ergebnis, dass … „stagniert“", s63).
CONCLUDING_VERBS: Final = frozenset("kommt kam kommen kamen gelangt gelangte gelangen gelangten".split())
CONCLUSION_NOUNS: Final = frozenset("Schluss Schluß Ergebnis Fazit Befund Urteil Einschätzung Erkenntnis".split())
