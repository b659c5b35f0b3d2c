"""The word lists of the quote extractor, each once: data, not logic."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes import lexicon_de, lexicon_es, lexicon_fr, lexicon_pt

# Reporting verbs, every form we expect in news copy. Written out rather than inflected by rule:
# English spelling (quip -> quipped, testify -> testified) is not worth a stemmer.
# "say" and "tell", the verbs of saying English drops its "that" after most (clause_verbs).
SAY_TELL: Final = frozenset("say says said saying tell tells told telling".split())
_CUE_WORDS: Final = """
add adds added adding write writes wrote writing
tweet tweets tweeted tweeting post posts posted ask asks asked asking explain explains explained
explaining note notes noted noting state states stated continue continues continued argue argues
argued arguing claim claims claimed claiming insist insists insisted insisting warn warns warned
warning declare declares declared declaring recall recalls recalled recalling reply replies
replied replying respond responds responded responding answer answers answered acknowledge
acknowledges acknowledged admit admits admitted announce announces announced suggest suggests
suggested suggesting observe observes observed remark remarks remarked comment comments commented
complain complains complained complaining concede concedes conceded contend contends contended
counter counters countered emphasize emphasizes emphasized emphasise emphasises emphasised stress
stresses stressed joke jokes joked joking quip quips quipped predict predicts predicted promise
promises promised vow vows vowed urge urges urged urging call calls called calling describe
describes described describing dub dubs dubbed label labels labeled labelled brand brands branded
blast blasts blasted slam slams slammed praise praises praised criticize criticizes criticized
criticise criticised accuse accuses accused charge charges charged allege alleges alleged assure
assures assured boast boasts boasted caution cautions cautioned conclude concludes concluded
confirm confirms confirmed deny denies denied disclose discloses disclosed muse muses mused
pledge pledges pledged proclaim proclaims proclaimed reiterate reiterates reiterated report
reports reported reveal reveals revealed shout shouts shouted testify testifies testified thunder
thundered yell yells yelled whisper whispered exclaim exclaimed wonder wonders wondered recount
recounts recounted mention mentions mentioned assert asserts asserted scoff scoffed sing sings
highlight highlights highlighted highlighting laud lauds lauded lauding
sang read reads text texted email emailed rated term terms termed
characterize characterizes characterized characterise characterised deem deems deemed lament
laments lamented snap snapped retort retorted tout touts touted hail hails hailed demand demands
demanded advise advises advised quote quoted quoting find finds found
cite cites cited citing stressing announcing praising blasting slamming accusing vowing
promising pledging predicting charging criticizing criticising boasting labeling labelling
branding dubbing demanding alleging conceding confirming denying answering acknowledging
admitting mentioning asserting touting hailing lamenting quipping observing remarking commenting
stating repeating reiterating reporting revealing shouting testifying yelling whispering
exclaiming wondering recounting singing reading texting emailing terming characterizing
characterising deeming snapping retorting advising finding concluding cautioning emphasizing
emphasising countering contending posting disclosing proclaiming musing thundering scoffing
agree agrees agreed reference references referenced referencing specify specifies specified
liken likens likened likening compare compares compared comparing
instruct instructs instructed instructing chant chants chanted chanting plead pleads pleaded
pleading mutter mutters muttered grumble grumbles grumbled interject interjects interjected
opine opines opined concur concurs concurred murmur murmurs murmured sigh sighs sighed
affirm affirms affirmed affirming reaffirm reaffirms reaffirmed reaffirming
crowed crowing maintains maintained
"""
# ("crowed", "crowing" without "crow", "crows": the bird's name would be a cue in every sentence about it.)
# English verbs found by counting PolNeAR train's gold cues that the list above lacked
# (python -m bench.cue_verbs; issue 16): kept apart so that the count can be redone.
_CUE_WORDS_MINED: Final = """
remember remembers remembered remembering imply implies implied implying elaborate elaborates
elaborated elaborating repeat repeats repeated blame blames blamed blaming express expresses
expressed portray portrays portrayed portraying
retaliated echoed chimed vented griped marveled marvelled bragged
gushed implored bellowed screamed decried decries
bemoan bemoans bemoaned bemoaning barked fumed fuming surmised groused confided gloated
jeered scolded chided chiding sniped demurred speculated speculating intimated confessed uttered
growled railed needled mocked mocking riffed captioned captions
scoffs thunders exclaims retorts snaps sighing interjecting muttering grumbling
"""
CUES: Final = SAY_TELL | frozenset(_CUE_WORDS.split()) | frozenset(_CUE_WORDS_MINED.split())
PRONOUNS: Final = frozenset("he she they i we it who you which this".split())
PERSONAL: Final = frozenset("he she i".split())

# Words that come before a name as its title; split off the speaker, kept in the mention.
_TITLES_EN: Final = frozenset("""
mr mrs ms miss mx dr prof professor sir sens reps govs del dame lord lady rev reverend fr father
sister brother pope
cllr alhaji alhaja madam mdm engr datuk dato datin
president vice sen senator rep representative congressman congresswoman gov governor lt mayor
secretary minister premier chancellor judge justice gen general col colonel maj major capt captain
sgt sergeant adm admiral cmdr commander chief speaker leader chairman chairwoman chair
ambassador director commissioner attorney officer coach deputy assistant acting former first
prime king queen prince princess sheikh ayatollah imam rabbi cardinal bishop archbishop
councillor councilman councilwoman alderman sheriff detective inspector superintendent
constable agent supt insp det prosecutor magistrate
ceo cfo coo cto pm fm mp mep hon honourable honorable
""".split()) | frozenset("""
administrator marshal supervisor tánaiste taoiseach chairperson provost envoy ombudsman trustee
fact-checker factchecker msp mla td lawmaker legislator committeeman committeewoman
duke duchess countess marquess marchioness baroness viscount viscountess
""".split())  # English titles met in general news (issue 16): "CDF Field Marshal Asim Munir";
# the peerage (stop 49: "said the Duke of Kent" had given Kent)
# Lowercase words that may sit inside a title phrase before a name: "pollster", "press secretary".
# The people who speak for a body: role words, and heads of a nominal speaker.
SPOKESPEOPLE: Final = frozenset("spokesman spokeswoman spokesperson".split())
ROLE_WORDS: Final = SPOKESPEOPLE | frozenset("""
chief pollster nominee candidate adviser advisor aide
director leader chairman chairwoman president senator governor mayor minister correspondent
host anchor analyst strategist official executive founder cofounder co-founder professor
economist lawyer attorney commissioner ambassador representative congressman congresswoman
general officer manager editor columnist reporter activist member vice presidential press
campaign state former deputy assistant acting top senior longtime then veteran retired head
secretary chair justice judge counsel sheriff police commander pastor rev bishop writer author
researcher scientist historian expert actor actress singer star comedian owner partner ceo cfo
coordinator organizer organiser chancellor premier superintendent principal teacher student
mother father wife husband son daughter sister brother widow commentator presenter contributor
operative surrogate fellow physician doctor nurse democrat republican independent co-author coauthor
critic opponent rival supporter ally businessman businesswoman entrepreneur billionaire
investor banker meteorologist forecaster hopeful contender challenger frontrunner front-runner
frontman frontwoman vocalist guitarist drummer bassist keyboardist rapper songwriter singer-songwriter
pianist violinist cellist saxophonist composer bandleader filmmaker novelist poet playwright
choreographer curator
vet veterinarian farmer plumber baker pharmacist architect firefighter paramedic midwife electrician
carpenter dentist surgeon psychologist psychiatrist therapist sociologist anthropologist archaeologist
biologist chemist physicist geologist epidemiologist virologist immunologist neurologist cardiologist
pediatrician paediatrician oncologist engineer accountant consultant lecturer scholar philosopher
theologian journalist photographer designer sculptor painter dancer screenwriter blogger podcaster
campaigner volunteer shopkeeper landlord landlady homeowner mechanic waiter waitress bartender nanny
caregiver carer policeman policewoman detective prosecutor solicitor barrister magistrate diplomat
envoy lawmaker legislator councillor councilor athlete footballer cricketer golfer swimmer cyclist
boxer goalkeeper midfielder quarterback referee jockey priest rabbi imam vicar chaplain cleric
preacher demographer statistician climatologist astronomer mathematician
linguist librarian archivist zoologist ecologist ornithologist nutritionist dietitian optometrist
striker defender winger skipper player sprinter runner skier gymnast pensioner retiree
grandmother grandfather headteacher headmaster headmistress resident neighbour neighbor influencer recorder
boss
""".split())  # music and culture pages: "Frontwoman Lauren Mayberry said" (stop 43); trades and
# professions of general news, stop 48: "Ann Lee, a vet in Leeds, … “…,” the vet says"
# Plural or collective heads that can speak without a determiner: "officials said".
GROUP_WORDS: Final = frozenset("""
officials aides advisers advisors critics experts analysts sources lawmakers police prosecutors
authorities supporters democrats republicans investigators researchers economists officers
residents voters protesters protestors witnesses organizers organisers leaders insiders
observers scientists doctors lawyers attorneys spokesmen spokespeople staff staffers
percent respondents majority minority most others parents families students teachers workers nurses farmers
colleagues co-authors coauthors collaborators locals
crowds fans mourners onlookers spectators well-wishers demonstrators worshippers pilgrims
""".split())
# Heads of nominal speakers: "the report", "the Trump administration", "a spokesman".
# Bodies that speak for themselves: "the Trump administration said", "the council said".
SPEAKING_BODIES: Final = frozenset("""
administration government department ministry office committee team campaign group party agency
company firm board council court commission union network newspaper paper magazine station
organization organisation foundation institute center centre association coalition alliance
movement caucus delegation panel jury family presidency embassy cabinet
""".split())
# Documents that "say": "the report said", "a White House statement said".
DOCUMENTS: Final = frozenset("""
report study survey poll memo letter statement release article book ad video lawsuit complaint
filing ruling order bill post tweet website site blog editorial column
email emails e-mail message
""".split())
# Nouns for one person the article need not name ("the lawmaker said", "a young boy shouted",
# "one voter said"), the singulars of GROUP_WORDS among them: neither a title nor a role, which
# the article may have given someone ("the minister").
ONE_PERSON: Final = frozenset("""
lawmaker legislator staffer employee mogul tycoon billionaire critic expert prosecutor
investigator resident voter protester protestor demonstrator witness observer doctor respondent
parent worker nurse farmer supporter donor fan boy girl guy lady teenager user commenter heckler
customer patient victim survivor
""".split())
# Titles that are nouns after "the" as well, heads of a description before any verb: "The admiral
# stressed that “…”" (s62; the other titles are heads through ROLE_WORDS).
TITLE_NOUNS: Final = frozenset("""
admiral captain colonel sergeant marshal inspector constable agent coach supervisor trustee provost
ombudsman alderman councilman councilwoman committeeman committeewoman chairperson archbishop cardinal
pope king queen prince princess duke duchess
""".split())
# Heads of nominal speakers: "the report", "the Trump administration", "a spokesman", one
# person or a crowd described: a description, kept as the mention.
NOMINAL_HEADS: Final = ROLE_WORDS | GROUP_WORDS | SPEAKING_BODIES | DOCUMENTS | ONE_PERSON | frozenset("""
piece advert clip law announcer narrator moderator questioner reader viewer friend neighbor
neighbour colleague outlet channel show program programme couple man woman people person source
insider bylaws constitution crowd audience
""".split()) | TITLE_NOUNS
# Months and days of the week.
WEEKDAYS: Final = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
CALENDAR: Final = WEEKDAYS | frozenset("""january february march april may june july august september october
november december""".split())
# English auxiliaries and modals: the verb that opens a clause's predicate right after its subject.
AUXILIARIES: Final = frozenset("has have had is was are were will would can could may might must should did does do".split())
# Function words and auxiliaries that end a noun phrase when scanning forward.
NP_STOP: Final = frozenset("""
in on at during after before when while who whom whose which that and but or as because if
since to from with without about into than though although where whereas is was were are be been
has have had will would could can may might should must did does do also then later earlier
not never just still only even again now today yesterday tonight tomorrow last this next
recently previously once
""".split()) | WEEKDAYS
ADVERBS: Final = frozenset("""
also later then again previously once recently just earlier repeatedly reportedly simply
quickly finally first publicly privately bluntly has had have would will further often
flatly angrily famously still even not never did does didn't doesn't
instead separately subsequently initially ultimately eventually apparently allegedly
didn’t doesn’t hasn’t hadn’t won’t wouldn’t hasn't hadn't won't wouldn't
himself herself themselves
""".split())
# The determiners, each kind once: rules that read only some kinds derive their set from these.
ARTICLES: Final = frozenset("the a an".split())
POSSESSIVE_DETERMINERS: Final = frozenset("his her its their our my your".split())
DEMONSTRATIVES: Final = frozenset("this that these those".split())
DETERMINERS: Final = ARTICLES | POSSESSIVE_DETERMINERS | DEMONSTRATIVES | frozenset(
    "one another several some many two three".split())
# An introductory phrase, skipped when looking for the subject of a sentence.
INTRO_WORDS: Final = frozenset("""
in on at during after before with speaking asked when while although though since as earlier
later last meanwhile but and however still yet also then so a for from under according
addressing writing responding following despite amid due given thanks like unlike regarding
concerning including alongside amidst
likewise similarly separately additionally ultimately notably moreover furthermore nonetheless
nevertheless instead indeed besides ever without
""".split())
# Heads that name organisations rather than people; a run ending in one is not a person.
ORG_HEADS: Final = frozenset("""
house senate congress party committee department ministry office council court commission
union news times post journal press agency administration campaign foundation institute
university college school center centre association coalition company corporation inc ltd
group network channel magazine review tribune herald gazette telegraph guardian daily weekly
fund bank board service services church city county state states republic kingdom nation
nations organization organisation forces army navy police bureau unit caucus palace
""".split())
# Last words of bodies' names that look like a surname after a given-name-like word ("Harbor
# Trust", "Apex Partners") or a title ("Premier League", "Premier Inn", s62): never a person.
BODY_WORDS: Final = frozenset("""
trust partners capital holdings labs media watch international global research systems group
industries airlines motors energy health bank fund club league society bakers brothers bros
builders makers growers farmers workers sons associates studios pictures films records press
inn hotels foods
""".split())
# Sentence adverbs (stop 49): at a sentence start they open no name ("Already Dorvan's debt");
# capitalized after a reporting verb they are a name's first word ("said Clearly Better", read49).
SENTENCE_ADVERBS: Final = frozenset("""
already truly finally clearly certainly surely actually apparently obviously naturally eventually
initially originally currently presumably reportedly basically essentially frankly honestly
unfortunately fortunately hopefully interestingly importantly crucially admittedly arguably
undoubtedly especially particularly
""".split())
# One-word openers set off by a comma that open no subject ("Probably, the senator said …" had
# "Probably," for its subject, s60); not sentence adverbs above, which a title-case headline's
# name run stops at ("Zelensky Publicly Rebukes Europe").
COMMA_OPENERS: Final = frozenset("probably perhaps maybe sometimes often usually privately publicly overall yes".split())
# Capitalized at a sentence start, these are never part of a name.
FUNCTION_WORDS: Final = NP_STOP | INTRO_WORDS | DETERMINERS | frozenset("""
contrary if unless whether however although because despite its his her their our my your
instead whatever what whoever how why there here meanwhile thus hence indeed perhaps maybe
of for by over under against amid among across through toward towards via per within behind
beyond upon beside near between opposite around beneath none no nobody nothing neither nor each every all any few others both either me him them
""".split()) - frozenset(["one", "may", "will", "can"]) | SENTENCE_ADVERBS
# First words of place names: "Upper Valley", "South Harbor", "Great Marsh".
PLACE_WORDS: Final = frozenset("""
upper lower north south east west northern southern eastern western new great central united
middle gulf lake mount mt river bay port fort san santa los las saint st
""".split())
SUFFIXES: Final = frozenset("jr jr. sr sr. ii iii iv".split())
PARTICLES: Final = frozenset("de del della der di da du van von la le bin ibn al el st. st des dos das ter ten".split())
# Spanish plural articles inside a name ("Jaime de los Santos", "de las Heras"), in lower case
# only: "Los Angeles", "Las Vegas" open a place's name (PARTICLES is read in any case).
LOWER_PARTICLES: Final = frozenset(("los", "las"))

ABBREVIATIONS: Final = frozenset("""
mr mrs ms dr prof sen rep gov lt gen col maj capt sgt adm cmdr st jr sr rev fr supt insp det
del sens reps govs hon
no vs etc inc ltd co corp jan feb mar apr aug sept sep oct nov dec u.s u.k u.n a.m p.m d.c
""".split())
# German and Austrian academic titles written with a stop before a name (stop 45): "Ing. Peter
# Moser", "Mag. Eva Huber". German articles only (tokens.abbreviations): in English, Spanish or
# French text "Ing."/"Mag." is read as before (a title there would join the name: "Ing. Carlos
# Ruiz" for "Carlos Ruiz", read45roles).
ABBREVIATIONS_DE: Final = ABBREVIATIONS | frozenset("mag mmag ing dipl kommr dkfm univ".split()) | \
    frozenset("msgr br ddr pfr bgm vzbgm lhstv lh-stv labg abg stv präs univ.-prof".split())
# (stop 46) and the church and Austrian office abbreviations: "Msgr. Josef Grünwidl", "Bgm. Anna
# Huber", "LHStv. Karl Moser", "LAbg. Eva Roth" (lexicon_de.ACADEMIC_TITLES splits them off).
# (stop 46, read46d) Of those, the ones that written all in capitals are an acronym, not an
# abbreviation: "berichtete der BR.", "wuchs in der DDR." end their sentence ("Br." is Bruder).
ACRONYM_FORMS_DE: Final = frozenset("br ddr pfr bgm abg stv".split())


# Lowercase words in -ly that are nouns or adjectives heading a subject, not adverbs.
LY_WORDS: Final = frozenset("""
family ally rally assembly supply reply anomaly monopoly butterfly belly bully fly folly homily
daily weekly monthly quarterly yearly early only holy ugly silly lonely elderly friendly likely
""".split())

# Abbreviated titles, so that "Sen. Ana Ruiz" is the one "the senator" refers to.
# Titles written in capitals before a name: "Labour MP Ann Lee", "Acme CEO Tom Hale" (s62).
ACRONYM_TITLES: Final = frozenset("ceo cfo coo cto mp mep msp mla td".split())  # (not "PM Kisan", "FM Radio")
TITLE_ALIASES: Final = {"sen": "senator", "sens": "senator", "rep": "representative", "reps": "representative",
                  "gov": "governor", "govs": "governor", "gen": "general", "col": "colonel",
                  "capt": "captain", "sgt": "sergeant", "adm": "admiral", "cmdr": "commander",
                  "supt": "superintendent", "insp": "inspector", "det": "detective", "prof": "professor",
                  "maj": "major", "lt": "lieutenant"}


GENDERED: Final = {"mr": "m", "sir": "m", "lord": "m", "spokesman": "m", "congressman": "m",
             "chairman": "m", "businessman": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f",
             "lady": "f", "spokeswoman": "f", "congresswoman": "f", "chairwoman": "f",
             "businesswoman": "f"}

CUE_PARTICLES: Final = {"according": "to", "pointed": "out", "points": "out", "went": "on", "goes": "on",
               "put": "it", "puts": "it", "weighed": "in", "chimed": "in", "referring": "to",
               "spoke": "of", "summed": "up", "referred": "to", "refers": "to", "shot": "back",
               "fired": "back", "cut": "in", "weighs": "in", "chimes": "in", "fires": "back",
               "shoots": "back", "hit": "back", "hits": "back", "opened": "up", "opens": "up"}
# (s62: tabloid and sports copy, "“…,” Ann Lee hit back.", "“…,” the star opened up.")


# Cue words that are nouns as often as verbs: "a tweet", "the senator's remark", "the report".
NOUNISH: Final = frozenset("""
remark remarks claim claims call calls report reports tweet tweets post posts comment comments
answer answers charge charges counter demand demands promise promises pledge pledges quote
quotes text email find finds read reads rate rates term terms state states note notes reply
replies vow vows joke jokes boast boasts snap thunder muse hail label labels brand brands
blast blasts slam slams praise warning complaint ask asks testify tout touts lament laments
""".split())


PREPOSITIONS: Final = frozenset("of in on to for with by at from about into over under after before".split())

ING_CUES: Final = frozenset("saying adding telling writing noting arguing calling asking explaining "
                      "warning insisting claiming urging describing complaining joking "
                      "declaring recalling replying responding suggesting quoting stating asserting".split())
TITLE_SMALL_WORDS: Final = frozenset("a an the of in on at to for and or but by with from as vs".split())
POSSESSIVE_PRONOUNS: Final = {"his": "he", "her": "she", "their": "they", "its": "it"}
# Reporting verbs that put their speaker after them at a sentence's end (", said the Financial
# Times."); after "told", "asked", "urged", "called" ... comes the listener or the target.
INVERTED_CUES: Final = frozenset("""
said says add added adds wrote writes noted notes explained explains continued continues argued
argues insisted insists replied replies responded responds answered acknowledged admitted
announced announces observed remarked commented concluded recalled recalls declared stated
states tweeted posted reported reports reiterated joked quipped suggested suggests claimed
claims asserted countered emphasized emphasised stressed cautioned predicted conceded complained
boasted confirmed confirms warned warns
""".split())

# Lowercase heads of a nominal that is itself a speaker when a name modifies it: "the Trump
# administration", "the Harbor City council", "a White House statement".
ORG_NOUNS: Final = SPEAKING_BODIES | DOCUMENTS | SPOKESPEOPLE

KIN: Final = frozenset("father mother wife husband son daughter brother sister uncle aunt cousin "
                 "grandfather grandmother widow widower fiancé fiancée partner friend".split())



# Nouns that a quoted name of an affair or a policy labels (s63): "the “cash for access” scandal",
# "the “shoot to kill” policy": the writer's name for it, not one speaker's words.
AFFAIR_NOUNS: Final = frozenset("""scandal scandals affair row saga controversy furore furor debacle
policy policies doctrine scheme slogan motto""".split())


# Verbs of believing and fearing: no reporting cues ("Lee believes." introduces no quotation),
# but a partial quote in their clause gives the believer's words ("Ann Lee believes the reform
# is a “dead letter”", "Hale fears a “lost decade”"), as after ATTITUDE_VERBS (speech_subject.py).
OPINION_VERBS: Final = frozenset("""
believe believes believed think thinks thought feel feels felt fear fears feared consider
considers considered reckon reckons reckoned worry worries worried
""".split())


# --- Other languages -------------------------------------------------------------------------
# Titles written before a name in German, Spanish, French and Portuguese ("Bundeskanzler",
# "ministra", "Mme"): split off the speaker whatever the article's language, like "Sen." (none of
# them is an English given name). Each language's other lists (verbs, function words) apply only
# to articles in that language: language.py.
TITLES: Final = _TITLES_EN | lexicon_de.TITLES | lexicon_es.TITLES | lexicon_fr.TITLES | lexicon_pt.TITLES
# "According to" opening a sentence, by language ("As per the ministry, ...", "De acuerdo con Ana
# Ruiz, ..."): the source follows.
ACCORDING_OPENERS: Final = {"en": ("as per",), "es": lexicon_es.ACCORDING_OPENERS, "fr": lexicon_fr.ACCORDING_OPENERS,
                     "pt": lexicon_pt.ACCORDING_OPENERS}

# Verbs of judging, greeting and foreseeing, with their kin of voicing and pledging (s63: "conveyed
# “deep regret”", "forecasts “heavy rain”"; not "expects": "Fans expect “Wonderwall”" names a song), "guaranteed “full transparency”"), that report what the
# subject said without being reporting cues of their own ("Lee congratulated the team on its
# “decisive victory”", "Ruiz dismissed the report as “a smear”"): a partial quote in their clause
# is the subject's words (speech_subject.py). Not cues: "X thanked Y." alone introduces no quotation.
ATTITUDE_VERBS: Final = frozenset("""
indicate indicates indicated congratulate congratulates congratulated laud lauds lauded
welcome welcomes welcomed condemn condemns condemned denounce denounces denounced decry decries
decried thank thanks thanked commend commends commended applaud applauds applauded dismiss
dismisses dismissed reject rejects rejected herald heralds heralded hint hints hinted signal
signals signaled signalled foresee foresees foresaw envisage envisages envisaged envision
envisions envisioned pronounce pronounces pronounced lambaste lambastes lambasted castigate
castigates castigated rebuke rebukes rebuked deride derides derided mock mocks mocked ridicule
ridicules ridiculed scold scolds scolded chide chides chided voice voices voiced defend defends
defended endorse endorses endorsed pitch pitches pitched promote promotes promoted frame frames
framed rule rules ruled
convey conveys conveyed articulate articulates articulated anticipate
anticipates anticipated forecast forecasts forecasted guarantee
guarantees guaranteed raise raises raised flag flags flagged
""".split())

# (s63) Role words news uses for a person it has just named, of a trade or of fame, no office that someone
# unnamed may hold: "Taylor Swift thanked fans. “…,” the singer said", "the Arsenal striker".
# Not a team's positions ("the striker" after "Mikel Arteta confirmed the injury": his manager spoke of him).
EPITHET_ROLES: Final = frozenset("""singer star actor actress comedian presenter rapper songwriter
singer-songwriter frontman frontwoman vocalist guitarist drummer filmmaker novelist golfer
swimmer cyclist boxer jockey athlete sprinter skier gymnast influencer""".split())
# Of them, the words of one sex: "Tom Cruise praised the cast. “…,” the actress said" is someone else.
EPITHET_SEXES: Final = {"actress": "f", "frontwoman": "f", "frontman": "m"}
