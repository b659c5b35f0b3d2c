"""Who is speaking: reporting cues, the noun phrases around them, and the article's names.

Pure functions and pre-compiled patterns, no models. English news attribution is formulaic
enough that a handful of shapes cover most of it: ``NAME said``, ``said NAME``, ``NAME, the
TITLE, said``, ``according to NAME``, a pronoun, or a nominal (``the president``, ``the
report``). The name a quote is credited to is then widened to the fullest form the article
gives (``Trump`` -> ``Donald Trump``), so a reader of the dataset can group by speaker.
"""
from __future__ import annotations

import bisect
import functools
import operator
import re

# --------------------------------------------------------------------------- lexicon

# Reporting verbs, every form we expect in news copy. Written out rather than inflected by rule:
# English spelling (quip -> quipped, testify -> testified) is not worth a stemmer.
_CUE_WORDS = """
say says said saying tell tells told telling add adds added adding write writes wrote writing
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
highlight highlights highlighted highlighting
sang read reads told tells text texted email emailed rated term terms termed
characterize characterizes characterized characterise characterised deem deems deemed lament
laments lamented snap snapped retort retorted tout touts touted hail hails hailed demand demands
demanded advise advises advised quote quoted quoting find finds found conclude
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
"""
CUES = frozenset(_CUE_WORDS.split())
PRONOUNS = frozenset("he she they i we it who you which this".split())
PERSONAL = frozenset("he she i".split())

# Words that come before a name as its title; split off the speaker, kept in the mention.
TITLES = frozenset("""
mr mrs ms miss mx dr prof professor sir sens reps govs del dame lord lady rev reverend fr father
sister brother pope
president vice sen senator rep representative congressman congresswoman gov governor lt mayor
secretary minister premier chancellor judge justice gen general col colonel maj major capt captain
sgt sergeant adm admiral cmdr commander chief speaker leader chairman chairwoman chair
ambassador director commissioner attorney officer coach deputy assistant acting former first
prime king queen prince princess sheikh ayatollah imam rabbi cardinal bishop archbishop
councillor councilman councilwoman alderman sheriff detective inspector superintendent
constable agent supt insp det prosecutor magistrate
ceo cfo coo cto pm mp mep
""".split())
# Lowercase words that may sit inside a title phrase before a name: "pollster", "press secretary".
ROLE_WORDS = frozenset("""
chief spokesman spokeswoman spokesperson pollster nominee candidate adviser advisor aide
director leader chairman chairwoman president senator governor mayor minister correspondent
host anchor analyst strategist official executive founder cofounder co-founder professor
economist lawyer attorney commissioner ambassador representative congressman congresswoman
general officer manager editor columnist reporter activist member vice presidential press
campaign state former deputy assistant acting top senior longtime then veteran retired head
secretary chair justice judge counsel sheriff police commander pastor rev bishop writer author
researcher scientist historian expert actor actress singer star comedian owner partner ceo cfo
coordinator organizer organiser chancellor premier superintendent principal teacher student
mother father wife husband son daughter sister brother widow commentator presenter contributor
operative surrogate fellow physician doctor nurse democrat republican independent general
critic opponent rival supporter ally businessman businesswoman entrepreneur billionaire
investor banker economist meteorologist forecaster spokesperson
""".split())
# Plural or collective heads that can speak without a determiner: "officials said".
GROUP_WORDS = frozenset("""
officials aides advisers advisors critics experts analysts sources lawmakers police prosecutors
authorities supporters democrats republicans investigators researchers economists officers
residents voters protesters protestors witnesses organizers organisers leaders insiders
observers scientists doctors lawyers attorneys spokesmen spokespeople staff staffers
percent respondents majority minority most others parents families students teachers workers nurses farmers
""".split())
# Heads of nominal speakers: "the report", "the Trump administration", "a spokesman".
NOMINAL_HEADS = ROLE_WORDS | GROUP_WORDS | frozenset("""
administration government department ministry office committee team campaign group party agency
company firm board council court commission union network newspaper paper magazine station
report study survey poll memo letter statement release article piece book ad advert video clip
lawsuit complaint filing ruling order bill law post tweet website site blog editorial column
announcer narrator moderator questioner reader viewer friend neighbor neighbour colleague
organization organisation foundation institute center centre association coalition alliance
movement caucus delegation panel jury judge newspaper outlet network channel show program
programme family parents couple man woman people person source insider bylaws constitution
""".split())
# Function words and auxiliaries that end a noun phrase when scanning forward.
_NP_STOP = frozenset("""
in on at during after before when while who whom whose which that and but or as because if
since to from with without about into than though although where whereas is was were are be been
has have had will would could can may might should must did does do also then later earlier
not never just still only even again now today yesterday tonight tomorrow monday tuesday
wednesday thursday friday saturday sunday last this next recently previously once
""".split())
_ADVERBS = frozenset("""
also later then again previously once recently just earlier repeatedly reportedly simply
quickly finally first publicly privately bluntly has had have would will further often
flatly angrily famously still even not never did does didn't doesn't
didn’t doesn’t hasn’t hadn’t won’t wouldn’t hasn't hadn't won't wouldn't
""".split())
DETERMINERS = frozenset("""
the a an his her their its our my your this that these those one another several some many two
three
""".split())
# An introductory phrase, skipped when looking for the subject of a sentence.
_INTRO_WORDS = frozenset("""
in on at during after before with speaking asked when while although though since as earlier
later last meanwhile but and however still yet also then so in a for from under according
addressing writing responding following despite amid due given thanks like unlike regarding
concerning including
""".split())
# Heads that name organisations rather than people; a run ending in one is not a person.
ORG_HEADS = frozenset("""
house senate congress party committee department ministry office council court commission
union news times post journal press agency administration campaign foundation institute
university college school center centre association coalition company corporation inc ltd
group network channel magazine review tribune herald gazette telegraph guardian daily weekly
fund bank board service services church city county state states republic kingdom nation
nations organization organisation forces army navy police bureau unit caucus
""".split())
# Capitalized at a sentence start, these are never part of a name.
FUNCTION_WORDS = _NP_STOP | _INTRO_WORDS | DETERMINERS | frozenset("""
contrary if unless whether however although because despite its his her their our my your
instead whatever what whoever how why there here meanwhile thus hence indeed perhaps maybe
of for by over under against amid among across through toward towards via per within behind
beyond upon none no nobody nothing neither nor each every all any few others both either
""".split()) - frozenset(["one", "may", "will", "can"])
# First words of place names: "Upper Valley", "South Harbor", "Great Marsh".
_PLACE_WORDS = frozenset("""
upper lower north south east west northern southern eastern western new great central united
middle gulf lake mount mt river bay port fort san santa los las saint st
""".split())
_SUFFIX = frozenset("jr jr. sr sr. ii iii iv".split())
_PARTICLES = frozenset("de del della der di da du van von la le bin ibn al el st. st".split())

# A word ([^\W\d_][\w'’.\-]*), a number (\d[\w\-]*) or one other non-space character; written
# to start with a character class, which lets the regex engine skip spaces without trying each
# alternative.
_TOKEN = re.compile(r"[^\s_](?:(?<=[^\W\d_])[\w'’.\-]*|(?<=\d)(?:[\w\-]|[,.](?=\d))*|)")
_ABBREV = frozenset("""
mr mrs ms dr prof sen rep gov lt gen col maj capt sgt adm cmdr st jr sr rev fr supt insp det
del sens reps govs
no vs etc inc ltd co corp jan feb mar apr aug sept sep oct nov dec u.s u.k u.n a.m p.m d.c
""".split())


# _TOKEN as a separator: split gives the gaps and the tokens as strings, in one linear pass,
# and the offsets follow from their lengths. (Its look-behinds see only the token's own first
# character, so a slice tokenizes as the window of the whole text does.)
_TOKEN_SPLIT = re.compile("(" + _TOKEN.pattern + ")")


def _words_back(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Tokens of ``text[lo:hi]`` as (start, end, token), in order."""
    out = []
    append = out.append
    pos = lo
    parts = iter(_TOKEN_SPLIT.split(text[lo:hi]))
    for gap, tok in zip(parts, parts):
        pos += len(gap)
        end = pos + len(tok)
        append((pos, end, tok))
        pos = end
    return out


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


@functools.lru_cache(maxsize=1 << 16)
def _trim_tok(tok: str) -> str:
    return tok.rstrip(".").rstrip("’'").lower()


def _is_possessive(tok: str) -> bool:
    return tok.endswith(("'s", "’s", "s'", "s’"))


# --------------------------------------------------------------------------- noun phrases

def _ends_sentence(tok: str) -> bool:
    """A word carrying a full stop that ends its sentence ("Hester."), not "Mr." or "J."."""
    if not tok.endswith(".") or len(tok) < 2:
        return False
    core = tok[:-1]
    return not (core.lower() in _ABBREV or len(core) == 1 or "." in core)


def _name_word(tok: str) -> bool:
    """A capitalized word that can be part of a name: not "In", "If", "But", "The", "Says"."""
    low = _trim_tok(tok)
    return tok[:1].isupper() and low not in FUNCTION_WORDS and low not in CUES


def _np_core(text: str, toks: list[tuple[int, int, str]], i: int) -> tuple[int, int] | None:
    """The noun phrase whose last token is ``toks[i]``."""
    s, end, word = toks[i]
    if _ends_sentence(word):
        return None
    low = _trim_tok(word)
    if low.endswith(("'s", "’s")) and low[:-2] in PRONOUNS:
        return s, s + len(word) - 2  # "He’s claiming": the pronoun without its verb
    if low in PRONOUNS and low not in ("this", "you", "that"):
        return s, end
    if _name_word(word):
        j = i
        while j - 1 >= 0:
            w = toks[j - 1][2]
            lw = _trim_tok(w)
            if _ends_sentence(w) or w in (",", ".", ";", ":", "(", ")", "!", "?"):
                break
            if _name_word(w) or (lw in _PARTICLES and j - 2 >= 0 and _is_cap(toks[j - 2][2])):
                j -= 1
            elif lw in ROLE_WORDS or (lw in ("of", "for") and j - 2 >= 0 and _name_word(toks[j - 2][2])):
                j -= 1
            elif "-" in w and lw.split("-")[-1] in ROLE_WORDS:
                j -= 1
            else:
                break
        # Never start on a connector ("of the House ...").
        while j < i and _trim_tok(toks[j][2]) in ("of", "for"):
            j += 1
        if j - 1 >= 0 and _trim_tok(toks[j - 1][2]) == "the" and not _ends_sentence(toks[j - 1][2]):
            j -= 1
        return toks[j][0], end
    if low in NOMINAL_HEADS or low in GROUP_WORDS:
        j = i
        steps = 0
        while j - 1 >= 0 and steps < 6:
            w = toks[j - 1][2]
            lw = _trim_tok(w)
            if lw in DETERMINERS or _is_possessive(w):
                j -= 1
                if _is_possessive(w) and j - 1 >= 0 and _trim_tok(toks[j - 1][2]) in ("the", "a", "an"):
                    j -= 1
                return toks[j][0], end
            if w in (",", ".", ";", ":", "(", ")") or lw in _NP_STOP or lw in CUES or _ends_sentence(w):
                break
            j -= 1
            steps += 1
        if low in GROUP_WORDS or low in ROLE_WORDS:
            return toks[j][0], end
    return None


# Lowercase words in -ly that are nouns or adjectives heading a subject, not adverbs.
_LY_WORDS = frozenset("""
family ally rally assembly supply reply anomaly monopoly butterfly belly bully fly folly homily
daily weekly monthly quarterly yearly early only holy ugly silly lonely elderly friendly likely
""".split())


def _is_ly_adverb(tok: str) -> bool:
    """"boldly", "firmly" in "he boldly stated": skipped like "also" when finding a subject."""
    return len(tok) > 4 and tok.endswith("ly") and tok.islower() and tok not in _LY_WORDS


def np_before(text: str, pos: int, lo: int) -> tuple[int, int] | None:
    """The subject noun phrase that ends just before ``pos`` (a cue), as (start, end).

    Skips adverbs and auxiliaries ("he later said", "Trump has said"), a parenthesis ("Mike
    Ruiz (D-Ore.) said") and appositives set off by commas ("Lee Park, a writer for The
    Courier, said"): the phrase returned is the one the appositives describe.
    """
    toks = _words_back(text, max(lo, pos - 180), pos)
    i = len(toks) - 1
    while i >= 0 and (toks[i][2].lower() in _ADVERBS or _is_ly_adverb(toks[i][2])):
        i -= 1
    if i < 0:
        return None
    if toks[i][2] == ")":
        j = i - 1
        while j >= 0 and toks[j][2] != "(" and i - j < 10:
            j -= 1
        if j <= 0 or toks[j][2] != "(":
            return None
        i = j - 1
    if toks[i][2] != ",":
        return _np_core(text, toks, i)
    # Appositives: walk back comma by comma to the phrase they describe.
    named = None  # the last appositive, when it is a name: the subject if nothing else is
    for _ in range(4):
        j = i - 1
        while j >= 0 and toks[j][2] not in (",", ";", ":", "(", ")") and not _ends_sentence(toks[j][2]) \
                and i - j < 30:
            j -= 1
        if named is None and 0 <= j and toks[j][2] == "," and 1 <= i - j - 1 <= 4 and \
                all(_is_cap(t[2]) for t in toks[j + 1:i]):
            named = (toks[j + 1][0], toks[i - 1][1])
        if j < 0 or toks[j][2] != ",":
            # The appositive reaches back to the start: "a lawyer, John Smith, said" is rare;
            # its first chunk is itself the subject.
            start = j + 1
            if start < i:
                found = _np_core(text, toks, _chunk_head(toks, start, i))
                if found and (found[0] == toks[start][0] or _trim_tok(toks[start][2]) in DETERMINERS):
                    return (toks[start][0], found[1]) if found else None
            # "Match Group’s head of trust and safety, Yoel Roth, told": the name, at least.
            return named
        found = _np_core(text, toks, j - 1) if j >= 1 else None
        if found:
            # "Its secretary general, Agnès Callamard, said": the name is taken in.
            return with_name(text, found)
        i = j
    return named


def _chunk_head(toks, start: int, stop: int) -> int:
    """The last token of the noun phrase that starts a chunk: "Lee Park" in
    "Lee Park, the attorney general"; stops before a clause word."""
    k = start
    while k + 1 < stop and toks[k + 1][2] not in (",", ";", ":") \
            and _trim_tok(toks[k + 1][2]) not in _NP_STOP:
        k += 1
    return k


_APPOSITIVE_NAME = re.compile(r",[^\S\n]+((?:[A-Z][\w'’\-]*\.?[^\S\n]+){0,3}[A-Z][\w'’\-]+)[^\S\n]*,")


def with_name(text: str, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """A described speaker followed by their name, "the company’s chief executive, Tim Raines,": the
    phrase is widened to take the name in."""
    if np is None or not text[np[1] - 1:np[1]].islower():
        return np
    m = _APPOSITIVE_NAME.match(text, np[1])
    return (np[0], m.end(1)) if m else np


_NP_END = frozenset([",", ";", ":", "(", ")", "!", "?", "\"", "“", "”", "‘", "’", "—", "–", "―", "."])


def np_after(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    found = _np_after(text, pos, hi)
    return with_name(text, found) if found else None


def _np_after(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase that starts at ``pos`` (after a cue: "said Jane Doe, the ..."), as
    (start, end): it runs to a comma, a clause word or the end of the sentence."""
    toks = _words_back(text, pos, min(hi, pos + 110))
    if not toks:
        return None
    first = toks[0][2]
    low = _trim_tok(first)
    if low in PRONOUNS and low not in ("this", "which", "that"):
        return toks[0][0], toks[0][1]
    if not (_name_word(first) or low in DETERMINERS or low in ROLE_WORDS or low in GROUP_WORDS
            or (_is_cap(first) and low in ("the",))):
        # "according to veteran radio host Lee Park": a few describing words
        # before a name.
        k = 0
        while k < len(toks) and k < 5 and toks[k][2].isalpha() and toks[k][2].islower() \
                and toks[k][2] not in FUNCTION_WORDS and toks[k][2] not in CUES:
            k += 1
        if not (0 < k < len(toks) and _name_word(toks[k][2])):
            return None
    end = None
    for k, (s, e, w) in enumerate(toks[:14]):
        lw = _trim_tok(w)
        if w in _NP_END:
            break
        if k and (lw in _NP_STOP or lw in CUES and not _is_cap(w)) and not (
                lw == "of" and k + 1 < len(toks) and _is_cap(toks[k + 1][2])):
            break  # a capitalized word is a name, not a cue: "Secretary of State Marco Rubio"
        if _ends_sentence(w):
            end = e - 1
            break
        end = e
    if end is None or end <= toks[0][0]:
        return None
    return toks[0][0], end


def _opens_participle(toks) -> bool:
    """A sentence that opens on a participle phrase: "Founded in 2003, Palantir ...", "Being
    the oldest, it ..." (a capitalized -ed or -ing word before a lowercase one)."""
    first = toks[0][2]
    return len(toks) > 1 and first[:1].isupper() and first.lower().endswith(("ed", "ing")) \
        and toks[1][2][:1].islower()


def subject_of(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of the sentence that starts at ``lo``: its first noun phrase, after an
    introductory phrase ("In a statement on Monday, the White House said ...")."""
    toks = _words_back(text, lo, hi)
    k = 0
    comma = next((n for n, t in enumerate(toks[:20]) if t[2] == ","), None)
    # A participle opens a phrase only when a comma closes it: "Founded in 2003, Palantir ...",
    # but "Shipping minister Tomas Brekke told ..." is a subject.
    if toks and (_trim_tok(toks[0][2]) in _INTRO_WORDS or comma is not None and _opens_participle(toks)):
        if comma is not None:
            k = comma + 1
            # "On May 3, 2019, Ruiz said": a date's year is not the subject.
            if k + 1 < len(toks) and toks[k][2][:1].isdigit() and toks[k + 1][2] == ",":
                k += 2
        elif _trim_tok(toks[0][2]) in ("but", "and", "so", "yet", "still", "also"):
            k = 1
        else:
            return None
    if k >= len(toks):
        return None
    start = toks[k][0]
    w = toks[k][2]
    lw = _trim_tok(w)
    if lw in PRONOUNS:
        return start, toks[k][1]
    if not (_name_word(w) or lw in DETERMINERS):
        return None
    end = None
    for s, e, tok in toks[k:k + 12]:
        lt = _trim_tok(tok)
        if tok in (",", ";", ":", "(", "!", "?", ".") or (
                s > start and (lt in _NP_STOP or lt in CUES) and lt != "of"):
            break
        if s > start and not _is_cap(tok) and lt not in NOMINAL_HEADS and lt not in ROLE_WORDS \
                and lt != "of" and not tok.startswith(("-",)):
            break
        if _ends_sentence(tok):
            end = e - 1
            break
        end = e
    if end is None:
        return None
    while end > start and text[end - 1] in ".,’'":
        end -= 1
    if _trim_tok(text[start:end]) in DETERMINERS:
        return None
    return with_name(text, (start, end))


# --------------------------------------------------------------------------- names

def _leading_roles(toks: list[str], k: int) -> int:
    """Past the role words that open a run of capitalized words at a sentence's start
    ("Historian William Dalrymple", "Economist Ana Ruiz"), as long as two words of name remain
    (a one-word name after a role word may be the role word's own surname: "Son Heung-min")."""
    while len(toks) - k > 2 and _trim_tok(toks[k]) in ROLE_WORDS:
        k += 1
    return k


def split_title(mention: str) -> str:
    """The name in a mention (memoized: mentions repeat across articles)."""
    name = _SPLIT_CACHE.get(mention)
    if name is None:
        if len(_SPLIT_CACHE) > 50_000:
            _SPLIT_CACHE.clear()
        name = _SPLIT_CACHE[mention] = _split_title(mention)
    return name


_SPLIT_CACHE: dict[str, str] = {}


def _split_title(mention: str) -> str:
    """The name in a mention: its last run of capitalized words, titles dropped.

    "Department of Homeland Security chief Kristi Noem" -> "Kristi Noem";
    "Representative Tom J. Ochoa of Ohio" -> "Tom J. Ochoa";
    "Democratic vice-presidential nominee Gov. Ana Ruiz" -> "Ana Ruiz".
    """
    toks = mention.replace(",", " , ").split()
    runs: list[list[str]] = []
    cur: list[str] = []
    after_prep = False
    prep_before: list[bool] = []
    for t in toks:
        lt = _trim_tok(t)
        if t != "," and (_is_cap(t) or (cur and lt in _PARTICLES) or (cur and lt in _SUFFIX)):
            if not cur:
                prep_before.append(after_prep)
            cur.append(t)
        else:
            if cur:
                runs.append(cur)
                cur = []
            # A comma ends a run too: "the leader of the Harbor Party, Lina Haddad".
            after_prep = lt in ("of", "for", "at", "from", "in", "the", "with", "to")
    if cur:
        runs.append(cur)
    if not runs:
        return ""
    # A run after "of"/"for" names a place or an employer, not the speaker ...
    eligible = [r for r, p in zip(runs, prep_before) if not p] or runs
    best = eligible[-1]
    later = runs.index(best) + 1
    if _trim_tok(best[-1]) in TITLES and later < len(runs) and len(runs[later]) >= 2 and \
            _trim_tok(runs[later][-1]) not in ORG_HEADS:
        # ... unless the title runs on through it: "Secretary of State Marco Rubio", "Mayor of
        # Windsor Drew Dilkens" end on the name, its last two words.
        return " ".join(runs[later][-2:]).strip(" .,’'")
    # Titles: keep what follows the last title word.
    k = 0
    for n, t in enumerate(best):
        if _trim_tok(t) in TITLES and n < len(best) - 1:
            k = n + 1
    name = best[_leading_roles(best, k):]
    return " ".join(name).strip(" .,’'") if name else ""


_TRAILING_PLACE = re.compile(r"\s+(?:of|for|from|at|in)\s+(?:the\s+)?(?:[A-Z][\w.'’\-]*[^\S\n]*)+$")


def is_org(name: str) -> bool:
    """A name with an organisation's head word in it: "Harbor City Police Department"."""
    return any(_trim_tok(t) in ORG_HEADS for t in name.split())


def is_person_like(mention: str) -> bool:
    """A mention that names someone (ends in a capitalized word, once a trailing "of the
    Workers Party" is set aside) rather than describing them ("the Trump administration")."""
    known = _PERSON_LIKE.get(mention)
    if known is None:
        if len(_PERSON_LIKE) > 50_000:
            _PERSON_LIKE.clear()
        toks = _TRAILING_PLACE.sub("", mention).split() if " of " in mention or " for " in mention \
            or " from " in mention or " at " in mention or " in " in mention else mention.split()
        known = _PERSON_LIKE[mention] = bool(toks) and _is_cap(toks[-1]) and \
            _trim_tok(toks[-1]) not in ORG_HEADS
    return known


_PERSON_LIKE: dict[str, bool] = {}


# Abbreviated titles, so that "Sen. Ana Ruiz" is the one "the senator" refers to.
_TITLE_ALIASES = {"sen": "senator", "sens": "senator", "rep": "representative", "reps": "representative",
                  "gov": "governor", "govs": "governor", "gen": "general", "col": "colonel",
                  "capt": "captain", "sgt": "sergeant", "adm": "admiral", "cmdr": "commander",
                  "supt": "superintendent", "insp": "inspector", "det": "detective", "prof": "professor",
                  "maj": "major", "lt": "lieutenant"}


def _given_name_like(word: str) -> bool:
    """A word that can stand before a surname as a given name: "Matthew" (Prince), not a title,
    a role, an abbreviation ("U.S." President) or a place word."""
    low = _trim_tok(word)
    return word[:1].isupper() and word[1:2].islower() and "." not in word and low not in TITLES \
        and low not in ROLE_WORDS and low not in FUNCTION_WORDS and low not in _PLACE_WORDS


class NameIndex:
    """The names an article uses, to widen a surname to its fullest form.

    Lazy: a name's forms are looked up the first time a quote is credited to it, which keeps
    articles without quotes (most of a feed) free.
    """

    __slots__ = ("_texts", "_forms", "_roles", "_fullest", "_genders", "_where", "_rival_cache")

    def __init__(self, texts: list[str]):
        self._texts = [t for t in texts if t]
        self._forms: dict[str, dict[tuple[str, ...], list[int]]] = {}
        self._roles: dict[str, str] | None = None
        self._fullest: dict[str, str] = {}
        self._genders: dict[str, str] | None = None
        self._where: dict[str, list[tuple[int, int]]] | None = None
        self._rival_cache: dict[str, list[str]] = {}

    def _forms_of(self, last: str) -> dict[tuple[str, ...], list[int]]:
        cached = self._forms.get(last)
        if cached is not None:
            return cached
        forms: dict[tuple[str, ...], list[int]] = {}
        order = 0
        if self._where is None and len(self._forms) >= 24:
            # Past a couple of dozen names, index where every capitalized word stands in one
            # pass: a scan per name would make a long text with many names quadratic.
            self._where = {}
            for t_index, text in enumerate(self._texts):
                for m in _CAP_WORD.finditer(text):
                    self._where.setdefault(m.group(), []).append((t_index, m.start()))
        # The first 200 mentions are plenty to find the fullest form.
        texts = self._texts
        alone = (last,)
        for t_index, pos in (self._where.get(last, ()) if self._where is not None
                             else self._mentions(last))[:200]:
            text = texts[t_index]
            # Most mentions follow a lowercase word or punctuation (the first checks of
            # _name_words_before): the form is the name alone.
            if pos < 2 or not text[pos - 1].isspace() or (
                    not text[(before := _word_start(text, pos - 1))].isupper()
                    and not text[before:pos - 1] in _PARTICLES):
                entry = forms.get(alone)
                if entry is None:
                    forms[alone] = [1, order]
                else:
                    entry[0] += 1
                order += 1
                continue
            toks = _name_words_ending(text, pos) + [last]
            k = 0
            while k < len(toks) - 1 and _trim_tok(toks[k]) in TITLES:
                k += 1
            for n in range(k, len(toks) - 1):
                if _trim_tok(toks[n]) in TITLES:
                    k = n + 1  # "Treasury Secretary Ana Ruiz" -> "Ana Ruiz"
            k = _leading_roles(toks, k)
            while k < len(toks) - 1 and (_trim_tok(toks[k]) in FUNCTION_WORDS or
                                         _trim_tok(toks[k]) in CUES):
                k += 1  # "In Lisbon", "Meanwhile Ochoa": a sentence's first word
            name = tuple(toks[k:])
            if len(name) == 1 or not any(_trim_tok(t) in ORG_HEADS for t in name[:-1]):
                entry = forms.setdefault(name, [0, order])
                entry[0] += 1
                order += 1
        self._forms[last] = forms
        return forms

    def _mentions(self, last: str) -> list[tuple[int, int]]:
        """(text index, offset) of ``last`` as a whole word, found with ``str.find``."""
        out = []
        size = len(last)
        for t_index, text in enumerate(self._texts):
            pos = text.find(last)
            while pos >= 0 and len(out) < 200:
                end = pos + size
                if (pos == 0 or not text[pos - 1].isalnum()) and not text[end:end + 1].isalnum():
                    out.append((t_index, pos))
                pos = text.find(last, end)
        return out

    def fullest(self, name: str) -> str:
        """The longest form of ``name`` the article gives: same last word, containing it."""
        known = self._fullest.get(name)
        if known is None:
            known = self._fullest[name] = self._widen(name)
        return known

    def is_surname(self, word: str) -> bool:
        """Whether the article uses ``word`` as the last word of someone's name ("Matthew
        Prince"), not only as a title ("Prince William" has it first, "Vice President" is all
        title)."""
        word = _strip_possessive(word)
        return any(len(form) >= 2 and _given_name_like(form[-2]) for form in self._forms_of(word))

    def fullest_near(self, name: str, text: str, before: int) -> str:
        """``fullest``, except when the article names two people with that surname ("Ahsan
        Iqbal", "Allama Muhammad Iqbal"; "Tarique Rahman" and his father "Ziaur Rahman"): then
        the one it introduced first, before ``before``. A story names its main subject first;
        a relative or namesake comes up in passing."""
        full = self.fullest(name)
        rivals = self._rival_cache.get(name)
        if rivals is None:
            rivals = self._rival_cache[name] = self._rivals(name)
        if len(rivals) < 2:
            return full
        where = {r: text.find(r, 0, before) for r in rivals}
        named = [r for r in rivals if where[r] >= 0]
        return min(named, key=where.__getitem__) if named else full

    def _rivals(self, name: str) -> list[str]:
        """The longest forms of ``name`` that are not part of one another: different people."""
        toks = [_strip_possessive(t) for t in name.split()]
        if not toks:
            return []
        want = [t.lower() for t in toks if t.lower() not in _SUFFIX]
        forms = [f for f in self._forms_of(toks[-1]) if 2 <= len(f) <= 4 and
                 _subsequence(want, [t.lower() for t in f])]
        lows = {f: [t.lower() for t in f] for f in forms}
        return [" ".join(f) for f in forms
                if not any(g != f and _subsequence(lows[f], lows[g]) for g in forms)]

    def _widen(self, name: str) -> str:
        toks = [_strip_possessive(t) for t in name.split()]
        if not toks:
            return name
        last = toks[-1]
        if last.lower() in _SUFFIX and len(toks) > 1:
            last = toks[-2]
        forms = self._forms_of(last)
        want = [t.lower() for t in toks if t.lower() not in _SUFFIX]
        best, best_key = None, None
        for form, (count, first) in forms.items():
            low = [t.lower() for t in form]
            if len(form) > 4 or not _subsequence(want, low):
                continue
            key = (len(form) >= 2, count, min(len(form), 3), -first)
            if best_key is None or key > best_key:
                best, best_key = form, key
        if best is None or len(best) < len(want):
            return name
        return " ".join(best)

    def given_name(self, word: str) -> str | None:
        """The full name a one-word speaker is the first word of, when the article names
        exactly one such person, with a title, and never uses the word as a surname: "PM
        Shehbaz" -> "Shehbaz Sharif" (given names in South Asian reports, family names first)."""
        low = _trim_tok(word)
        if not _is_cap(word) or low in TITLES or low in ROLE_WORDS or low in FUNCTION_WORDS or \
                low in ORG_HEADS or low in _PLACE_WORDS or self.fullest(word) != word:
            return None
        found = set()
        titled = False  # "Prime Minister Shehbaz Sharif": a title says it is a person
        pattern = re.compile(re.escape(word) + r"[^\S\n]+([A-Z][\w'’\-]+)")
        for text in self._texts:
            for m in pattern.finditer(text):
                start = m.start()
                if start and (text[start - 1].isalnum() or text[start - 1] in "'’-"):
                    continue
                nxt = _strip_possessive(m.group(1))
                low = nxt.lower()
                if low in FUNCTION_WORDS or low in ORG_HEADS or low in CUES or low in TITLES \
                        or low in ROLE_WORDS or low in PRONOUNS:
                    continue
                found.add(nxt)
                if len(found) > 1:
                    return None
                before = text[max(0, start - 30):start].split()
                titled = titled or bool(before) and _trim_tok(before[-1]) in TITLES
        if len(found) != 1:
            return None
        full = f"{word} {found.pop()}"
        return full if titled or self.is_person(full) else None

    def gender(self, name: str) -> str | None:
        """"m" or "f" when the article writes Mr./Ms. (or a gendered role) before the surname."""
        last = _strip_possessive(name.split()[-1]) if name.split() else ""
        if not last:
            return None
        if self._genders is None:
            # One pass over the texts: every word of the name after "Mr.", "Ms.",
            # "spokeswoman" ... takes that gender (the first one the article gives).
            self._genders = {}
            for text in self._texts:
                for m in _honorifics(text):
                    run = _PERSON_RUN.match(text, m.end())
                    if run:
                        gender = _GENDERED[m.group(1).lower().rstrip(".")]
                        for word in run.group().split():
                            self._genders.setdefault(_strip_possessive(word), gender)
        return self._genders.get(last)

    def is_person(self, name: str) -> bool:
        """A run of capitalized words the article uses as someone's name (two words or more
        somewhere, or after Mr./Ms.)."""
        if self.gender(name) is not None:
            return True
        full = self.fullest(name)
        words = full.split()
        if len(words) < 2 or any(_trim_tok(t) in ORG_HEADS for t in words) or \
                _trim_tok(words[0]) in _PLACE_WORDS:
            return False
        # People are called by their surname alone on second mention; places and bodies
        # ("South Harbor", "Harbor Trade Accord") are not.
        return (words[-1],) in self._forms_of(words[-1]) or self._introduced(full)

    def _introduced(self, full: str) -> bool:
        """Whether the article introduces ``full`` the way news introduces a person: an
        appositive after it ("Sarah Thomas, a nurse,", ", 45,", ", who", ", Iran’s 2003 Nobel
        laureate,") or a title or role word before it ("Judge Cynthia Rufe", "nurse Sarah
        Thomas")."""
        for text in self._texts:
            pos = text.find(full)
            seen = 0
            while pos >= 0 and seen < 20:
                end = pos + len(full)
                if _INTRODUCED_BY.match(text, end):
                    return True
                before = text[max(0, pos - 30):pos].split()
                if before and (_trim_tok(before[-1]) in TITLES or before[-1].islower() and
                               _trim_tok(before[-1]) in ROLE_WORDS):
                    return True
                pos = text.find(full, end)
                seen += 1
        return False

    def is_proper(self, word: str) -> bool:
        """A capitalized word the article also writes capitalized inside a sentence (or after
        Mr./Ms.): a name, not a sentence's first word ("Obama" against "Guano", "Check")."""
        word = _strip_possessive(word)
        if self.gender(word) is not None or self.fullest(word) != word:
            return True
        for t_index, pos in self._mentions(word):
            text = self._texts[t_index]
            k = pos - 1
            while k >= 0 and text[k] == " ":
                k -= 1
            if k >= 0 and k < pos - 1 and (text[k].isalnum() or text[k] in ",;:—–-"):
                return True
        return False

    def role(self, word: str) -> str | None:
        """The person the article introduced with this title ("President Ruiz" for "the
        president"), if any."""
        if self._roles is None:
            self._roles = {}
            for text in self._texts:
                for m in _TITLE_NAME.finditer(text):
                    # "Prime Minister Shehbaz Sharif": every title word names the person, and
                    # "the premier" is the prime minister.
                    words = m.group(2).split()
                    titles = [m.group(1).lower().rstrip(".")]
                    while len(words) > 1 and _trim_tok(words[0]) in TITLES:
                        titles.append(_trim_tok(words.pop(0)))
                    if "prime" in titles and "minister" in titles:
                        titles.append("premier")
                    for title in titles:
                        self._roles.setdefault(_TITLE_ALIASES.get(title, title), " ".join(words))
        word = _trim_tok(word)
        return self._roles.get(_TITLE_ALIASES.get(word, word))


# What follows a person's name where a report introduces them: ", a nurse", ", 45,", ", who",
# ", Iran’s ... laureate".
_INTRODUCED_BY = re.compile(r",[^\S\n]+(?:an?|the|one|who|whose|aged|\d+|[A-Z][\w.\-]*['’]s)\b")
# The capitalized words (and initials, particles) right before a surname: "Donald J. " Trump.
_NAME_WORD = re.compile(r"(?=[^\W\d_])(?:[\w'’\-]+\.?|(?:\w\.)+)$")


def _word_start(text: str, end: int) -> int:
    """Where the word (of at most 40 characters) ending at ``end`` starts: after a space, or
    after a line break."""
    lo = end - 40 if end > 40 else 0
    return max(text.rfind(" ", lo, end), text.rfind("\n", lo, end)) + 1


def _name_words_before(text: str, pos: int) -> list[str]:
    """The capitalized words (initials, titles, particles) right before ``pos``, at most four:
    "Donald J. " before "Trump". A word with a full stop ends the run unless it abbreviates."""
    if pos < 2 or not text[pos - 1].isspace():
        return []
    # Most mentions follow a lowercase word or punctuation: nothing to collect.
    before = _word_start(text, pos - 1)
    if not text[before:before + 1].isupper() and not text[before:pos - 1] in _PARTICLES:
        return []
    return _name_words_ending(text, pos)


@functools.lru_cache(maxsize=1 << 16)
def _name_word_kind(word: str) -> int:
    """1 for a word that can be part of a name before a surname (capitalized, an initial, an
    abbreviated title), 2 for a lowercase particle ("de", "van"), else 0."""
    low = word.lower()
    if word[:1].isupper() and _NAME_WORD.match(word) and (
            "." not in word[:-1] or len(word) <= 5) and not (
            word.endswith(".") and len(word) > 2 and low[:-1] not in _ABBREV and "." not in word[:-1]):
        return 1
    return 2 if low in _PARTICLES else 0


def _name_words_ending(text: str, pos: int) -> list[str]:
    """The work of ``_name_words_before`` once its quick checks have passed. A name never
    runs over a paragraph break: a surname that starts a paragraph has no words before it, and
    a paragraph's first words can start a name but never the previous paragraph's last ones."""
    out: list[str] = []
    if pos < 1 or text[pos - 1] != " ":
        return out
    # At most four words are taken and a fifth ends the loop unread, so the last six pieces
    # of the split are enough.
    for word in reversed(text[max(0, pos - 70):pos].rsplit(" ", 5)[:-1]):
        if len(out) == 4 or not word:
            break
        starts_line = "\n" in word
        if starts_line:
            word = word.rsplit("\n", 1)[1]
        kind = _name_word_kind(word) if word else 0
        if kind == 1 or kind == 2 and out:
            out.append(word)
        if kind == 0 or kind == 2 and not out or starts_line:
            break
    out.reverse()
    while out and out[0].lower() in _PARTICLES:
        out.pop(0)
    return out


def _word_alternatives(words) -> str:
    """``\b(?:w1|w2|...)`` for words that start with a word character, written so that each
    alternative starts with a literal (the ``\b`` becomes a look-behind after the first
    letter): the regex engine then skips straight to the possible first letters."""
    return "|".join(re.escape(w[0]) + r"(?<!\w.)" + re.escape(w[1:]) for w in words)


_HONORIFIC = re.compile("(" + _word_alternatives(
    "Mr Mrs Ms Miss Sir Dame Lady Lord spokesman spokeswoman congressman congresswoman chairman "
    "chairwoman businessman businesswoman".split()) + r")\.?\s+")
_GENDERED = {"mr": "m", "sir": "m", "lord": "m", "spokesman": "m", "congressman": "m",
             "chairman": "m", "businessman": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f",
             "lady": "f", "spokeswoman": "f", "congresswoman": "f", "chairwoman": "f",
             "businesswoman": "f"}
# \b[A-Z][\w'’\-]+...: the word boundary checked after the capital.
_PERSON_RUN = re.compile(r"[A-Z](?<!\w.)[\w'’\-]+(?:[^\S\n]+(?:[A-Z]\.[^\S\n]+)?[A-Z][\w'’\-]+)*")
# The same matches from patterns that each start with a literal (the \b becomes a look-behind
# after the literal), which the regex engine finds far faster than a leading character class:
# _honorifics runs them all and merges their matches by offset. (Matches never overlap: each
# starts on a word boundary and ends in spaces.)
_HONORIFIC_PARTS = tuple(re.compile(pattern) for pattern in (
    r"(M(?<!\w.)(?:r|rs|s|iss))\.?\s+",
    r"(Sir(?<!\w...))\.?\s+",
    r"(Dame(?<!\w....))\.?\s+",
    r"(L(?<!\w.)(?:ady|ord))\.?\s+",
    r"(spokes(?<!\w.{6})(?:man|woman))\.?\s+",
    r"(congress(?<!\w.{8})(?:man|woman))\.?\s+",
    r"(chair(?<!\w.{5})(?:man|woman))\.?\s+",
    r"(business(?<!\w.{8})(?:man|woman))\.?\s+",
))


def _honorifics(text: str) -> list:
    """``list(_HONORIFIC.finditer(text))``, found faster."""
    found = []
    for pattern in _HONORIFIC_PARTS:
        found.extend(pattern.finditer(text))
    if len(found) > 1:
        found.sort(key=_MATCH_START)
    return found


_MATCH_START = operator.methodcaller("start")


def names_before(text: str, lo: int, hi: int):
    """``reversed(names_in(text, lo, hi))``, each run worked out only when it is reached."""
    for m in reversed(list(_PERSON_RUN.finditer(text, lo, hi))):
        words = m.group().split()
        while len(words) > 1 and (_trim_tok(words[0]) in FUNCTION_WORDS or _trim_tok(words[0]) in CUES
                                  or _trim_tok(words[0]) in PRONOUNS):
            words.pop(0)
        if words:
            yield " ".join(words), m.end()


def names_in(text: str, lo: int, hi: int) -> list[tuple[str, int]]:
    """Capitalized runs in ``text[lo:hi]`` with their end offsets, in order, sentence-initial
    function words dropped."""
    out = []
    for m in _PERSON_RUN.finditer(text, lo, hi):
        words = m.group().split()
        while len(words) > 1 and (_trim_tok(words[0]) in FUNCTION_WORDS or _trim_tok(words[0]) in CUES
                                  or _trim_tok(words[0]) in PRONOUNS):
            words.pop(0)
        if words:
            out.append((" ".join(words), m.end()))
    return out


# A capitalized word, its possessive left out ("Trump" in "Trump’s").
_CAP_WORD = re.compile(r"[A-Z](?<![\w'’\-].)[\w\-]*(?:['’](?!s\b)[\w\-]+)*")
_TITLE_NAME = re.compile(
    r"(" + _word_alternatives(sorted((t.capitalize() for t in TITLES if len(t) > 2), key=len, reverse=True))
    + r")\.?[^\S\n]+((?:[A-Z][\w'’\-]*\.?[^\S\n]+){0,2}[A-Z][\w'’\-]+)")


class Cue:
    """A reporting cue found in a text: ``start``, ``end`` and the words."""

    __slots__ = ("s", "e", "word")

    def __init__(self, s: int, e: int, word: str):
        self.s, self.e, self.word = s, e, word

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e

    def group(self) -> str:
        return self.word


_ASCII_WORD = re.compile(r"[A-Za-z]+")
_PARTICLE_AFTER = re.compile(r"\s+(to|out|on|it|in|of|up)\b")
_CUE_FOLLOW = {"according": "to", "pointed": "out", "points": "out", "went": "on", "goes": "on",
               "put": "it", "puts": "it", "weighed": "in", "chimed": "in", "referring": "to",
               "spoke": "of", "summed": "up"}


_ASCII_LETTERS = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CUE_START = operator.attrgetter("s")
_CUE_KEYS = CUES | frozenset(_CUE_FOLLOW)
_CUE_BYTES = frozenset(w.encode() for w in _CUE_KEYS)
_SEPARATOR_CHARS = b",.;:!?\"'()[]{}<>/\\|*&^%$#@+=~`-_0123456789"
_SEPARATORS = bytes.maketrans(_SEPARATOR_CHARS, b" " * len(_SEPARATOR_CHARS))


def _cue_at(text: str, word: str, start: int, end: int) -> Cue | None:
    follow = _CUE_FOLLOW.get(word)
    if follow:
        nxt = _PARTICLE_AFTER.match(text, end)
        if nxt and nxt.group(1).lower() == follow:
            return Cue(start, nxt.end(), text[start:nxt.end()])
        if word not in CUES:
            return None
    return Cue(start, end, text[start:end])


# Cue words that are nouns as often as verbs: "a tweet", "the senator's remark", "the report".
NOUNISH = frozenset("""
remark remarks claim claims call calls report reports tweet tweets post posts comment comments
answer answers charge charges counter demand demands promise promises pledge pledges quote
quotes text email find finds read reads rate rates term terms state states note notes reply
replies vow vows joke jokes boast boasts snap thunder muse hail label labels brand brands
blast blasts slam slams praise warning complaint ask asks testify tout touts lament laments
""".split())


def word_before(text: str, pos: int, lo: int = 0) -> str:
    """The whitespace-delimited word that ends before ``pos`` (spaces skipped), or ""."""
    words = text[max(lo, pos - 40):pos].split()
    return words[-1] if words else ""


def _is_verb_use(text: str, cue: Cue, title_case: bool) -> bool:
    """Whether a cue word is used as a reporting verb where it stands."""
    word = cue.word
    if word[:1].isupper() and not title_case:
        # Capitalized mid-sentence it is part of a name ("United Nations", "The Courier").
        k = cue.s - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        if k >= 0 and text[k] not in ".!?\"“”‘’'\n:":
            return False
    low = word.lower()
    if low in NOUNISH:
        prev = word_before(text, cue.s)
        if prev:
            lp = prev.lower().strip(".,;:")
            if lp in DETERMINERS or _is_possessive(prev) or lp in _PREPOSITIONS or lp.endswith("'s") \
                    or (not title_case and prev[-1:].isalpha() and lp not in PRONOUNS
                        and not prev[:1].isupper() and lp not in _ADVERBS and lp not in GROUP_WORDS
                        and lp not in NOMINAL_HEADS):
                return False
    return True


_PREPOSITIONS = frozenset("of in on to for with by at from about into over under after before".split())


class CueIndex:
    """Every reporting cue of one text, looked up by range.

    Built for speed on long bodies: the set of words in the text is intersected with the cue
    lexicon in C, and only the cue words present are then located with ``str.find``; scanning
    every word in Python costs more than all the rest of the extraction.
    """

    __slots__ = ("starts", "cues")

    def __init__(self, text: str, title_case: bool = False):
        low = text.lower()
        found: list[Cue] = []
        if len(low) == len(text):
            # One byte per character ("?" for anything not ASCII), so offsets carry over.
            raw = low.encode("ascii", "replace")
            present = _CUE_BYTES.intersection(raw.translate(_SEPARATORS).split())
            size_raw = len(raw)
            append = found.append
            for word in present:
                size = len(word)
                name = word.decode()
                follow = name in _CUE_FOLLOW
                pos = raw.find(word)
                while pos >= 0:
                    end = pos + size
                    if (pos == 0 or raw[pos - 1] not in _ASCII_LETTERS) and \
                            (end >= size_raw or raw[end] not in _ASCII_LETTERS):
                        if follow:
                            cue = _cue_at(text, name, pos, end)
                            if cue:
                                append(cue)
                        else:
                            append(Cue(pos, end, text[pos:end]))
                    pos = raw.find(word, end)
            found.sort(key=_CUE_START)
        else:  # case folding changed the length (rare scripts): find words one by one
            for m in _ASCII_WORD.finditer(text):
                word = m.group().lower()
                if word in _CUE_KEYS:
                    cue = _cue_at(text, word, m.start(), m.end())
                    if cue:
                        found.append(cue)
        # A lowercase word that is never a noun is a verb (the quick answer of _is_verb_use).
        self.cues = [c for c in found if c.word.islower() and c.word not in NOUNISH or
                     _is_verb_use(text, c, title_case)]
        self.starts = [c.s for c in self.cues]

    def first(self, lo: int, hi: int) -> Cue | None:
        """``between(lo, hi)[0]``, or None when there is none, without the list."""
        starts = self.starts
        i = bisect.bisect_left(starts, lo)
        if i < len(starts) and starts[i] < hi:
            cue = self.cues[i]
            if cue.e <= hi:
                return cue
            # It runs past hi, so no later cue starts before hi (cues never overlap).
        return None

    def between(self, lo: int, hi: int) -> list[Cue]:
        """Cues that start in ``[lo, hi)`` and end by ``hi``."""
        starts = self.starts
        i = bisect.bisect_left(starts, lo)
        j = bisect.bisect_left(starts, hi, i)
        if i == j:
            return []
        out = self.cues[i:j]
        # Cues never overlap (each is a whole word, with its particle), so their ends are in
        # order too and only the last can run past ``hi``.
        if out[-1].e > hi:
            out.pop()
        return out


def _strip_possessive(tok: str) -> str:
    if tok.endswith(("'s", "’s")):
        return tok[:-2]
    return tok


def _subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    for s in small:
        for b in it:
            if s == b:
                break
        else:
            return False
    return True
