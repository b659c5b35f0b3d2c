"""Who is speaking: reporting cues, the noun phrases around them, and the article's names.

Pure functions and pre-compiled patterns, no models. English news attribution is formulaic
enough that a handful of shapes cover most of it: ``NAME said``, ``said NAME``, ``NAME, the
TITLE, said``, ``according to NAME``, a pronoun, or a nominal (``the president``, ``the
report``). The name a quote is credited to is then widened to the fullest form the article
gives (``Trump`` -> ``Donald Trump``), so a reader of the dataset can group by speaker.
"""
from __future__ import annotations

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
sang read reads told tells text texted email emailed rate rates rated term terms termed
characterize characterizes characterized characterise characterised deem deems deemed lament
laments lamented snap snapped retort retorted tout touts touted hail hails hailed demand demands
demanded advise advises advised quote quoted quoting find finds found conclude
"""
CUES = frozenset(_CUE_WORDS.split())
_MULTI_CUES = ("according to", "pointed out", "points out", "went on", "goes on", "put it",
               "puts it", "weighed in", "chimed in", "summed up", "spoke of", "referring to")
_CUE = re.compile(r"\b(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in _MULTI_CUES)
                  + r"|" + "|".join(sorted(CUES, key=len, reverse=True)) + r")\b", re.IGNORECASE)

PRONOUNS = frozenset("he she they i we it who you which this".split())
PERSONAL = frozenset("he she i".split())

# Words that come before a name as its title; split off the speaker, kept in the mention.
TITLES = frozenset("""
mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father sister brother pope
president vice sen senator rep representative congressman congresswoman gov governor lt mayor
secretary minister premier chancellor judge justice gen general col colonel maj major capt captain
sgt sergeant adm admiral cmdr commander chief speaker leader chairman chairwoman chair
ambassador director commissioner attorney officer coach deputy assistant acting former first
prime king queen prince princess sheikh ayatollah imam rabbi cardinal bishop archbishop
councillor councilman councilwoman alderman sheriff detective inspector superintendent
constable agent supt insp det prosecutor magistrate
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
""".split())
# Plural or collective heads that can speak without a determiner: "officials said".
GROUP_WORDS = frozenset("""
officials aides advisers advisors critics experts analysts sources lawmakers police prosecutors
authorities supporters democrats republicans investigators researchers economists officers
residents voters protesters protestors witnesses organizers organisers leaders insiders
observers scientists doctors lawyers attorneys spokesmen spokespeople staff staffers
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
quickly finally first publicly privately bluntly has had have had would will has also further
often later flatly angrily famously once still even not never did does didn't doesn't
""".split())
DETERMINERS = frozenset("the a an his her their its our my your this that these those one another several some many two three".split())
# An introductory phrase, skipped when looking for the subject of a sentence.
_INTRO_WORDS = frozenset("""
in on at during after before with speaking asked when while although though since as earlier
later last meanwhile but and however still yet also then so in a for from under according
addressing writing responding following despite amid
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
_SUFFIX = frozenset("jr jr. sr sr. ii iii iv".split())
_PARTICLES = frozenset("de del della der di da du van von la le bin ibn al el st. st".split())

_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*|\d[\w\-]*|[^\w\s]")
_NAME_RUN = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=[(\"“‘'—–-]))"
    r"(?:[A-Z][\w'’\-]*\.?|[A-Z]\.)(?:\s+(?:(?:de|del|der|di|da|du|van|von|la|le|bin|ibn|al|of)\s+)?"
    r"(?:[A-Z][\w'’\-]*\.?|[A-Z]\.|II|III|IV|Jr\.?|Sr\.?))*",
    re.UNICODE)
_ABBREV = frozenset("""
mr mrs ms dr prof sen rep gov lt gen col maj capt sgt adm cmdr st jr sr rev fr supt insp det
no vs etc inc ltd co corp jan feb mar apr aug sept sep oct nov dec u.s u.k u.n a.m p.m d.c
""".split())


def is_cue(word: str) -> bool:
    return word.lower() in CUES


def find_cues(text: str, lo: int = 0, hi: int | None = None) -> list[re.Match]:
    """Reporting cues in ``text[lo:hi]``, in order."""
    return list(_CUE.finditer(text, lo, len(text) if hi is None else hi))


def _words_back(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Tokens of ``text[lo:hi]`` as (start, end, token), in order."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, lo, hi)]


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _trim_tok(tok: str) -> str:
    return tok.rstrip(".").rstrip("’'").lower()


def _is_possessive(tok: str) -> bool:
    return tok.endswith(("'s", "’s", "s'", "s’"))


# --------------------------------------------------------------------------- noun phrases

def np_before(text: str, pos: int, lo: int) -> tuple[int, int] | None:
    """The subject noun phrase that ends just before ``pos`` (a cue), as (start, end).

    Skips adverbs and auxiliaries ("he later said", "Trump has said") and an appositive set off
    by commas ("Vann Smith, a writer for The Atlantic, said"): the phrase returned is the one
    before the appositive.
    """
    toks = _words_back(text, lo, pos)
    i = len(toks) - 1
    while i >= 0 and toks[i][2].lower() in _ADVERBS:
        i -= 1
    if i < 0:
        return None
    if toks[i][2] == ",":
        # An appositive: "X, the [title] of Y, said" or "X, who ..., said".
        j = i - 1
        while j >= 0 and toks[j][2] not in (",", ".", ";", ":", "(") and i - j < 25:
            j -= 1
        if j >= 0 and toks[j][2] == ",":
            found = np_before(text, toks[j][0], lo)
            if found:
                return found
        return None
    if toks[i][2] == ")":
        # "Mike Pence (R-IN) said"
        j = i - 1
        while j >= 0 and toks[j][2] != "(" and i - j < 8:
            j -= 1
        if j > 0:
            i = j - 1
    end = toks[i][1]
    word = toks[i][2]
    low = _trim_tok(word)
    if low in PRONOUNS:
        return toks[i][0], end
    if _is_cap(word) and low not in _NP_STOP:
        j = i
        while j - 1 >= 0:
            w = toks[j - 1][2]
            lw = _trim_tok(w)
            if _is_cap(w) and w not in (",", ".") and (lw not in _NP_STOP or lw in ("this",)):
                j -= 1
            elif lw in ROLE_WORDS or (lw in ("of", "for") and j - 2 >= 0 and _is_cap(toks[j - 2][2])):
                j -= 1
            elif w in ("-",) or (len(w) > 1 and "-" in w and lw.split("-")[-1] in ROLE_WORDS):
                j -= 1
            else:
                break
        # Never start on a dangling connector.
        while j < i and _trim_tok(toks[j][2]) in ("of", "for", "-"):
            j += 1
        if j - 1 >= 0 and _trim_tok(toks[j - 1][2]) in ("the", "a", "an"):
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
                # "the Clinton campaign's spokesman": keep going through a possessor
                if _is_possessive(w) and j - 1 >= 0 and _trim_tok(toks[j - 1][2]) in ("the",):
                    j -= 1
                break
            if w in (",", ".", ";", ":", "(", ")") or lw in _NP_STOP:
                break
            j -= 1
            steps += 1
        if j < i or low in GROUP_WORDS or _trim_tok(toks[j][2]) in DETERMINERS:
            return toks[j][0], end
        if j == i and j - 1 >= 0 and _trim_tok(toks[j - 1][2]) in DETERMINERS:
            return toks[j - 1][0], end
        return (toks[j][0], end) if j < i else None
    return None


def np_after(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase that starts at ``pos`` (after a cue: "said Jane Doe, the ..."), as
    (start, end): it runs to a comma, a clause word or the end of the sentence."""
    toks = _words_back(text, pos, hi)
    if not toks:
        return None
    first = toks[0][2]
    low = _trim_tok(first)
    if low in PRONOUNS and low not in ("this", "which"):
        return toks[0][0], toks[0][1]
    if not (_is_cap(first) or low in DETERMINERS or low in ROLE_WORDS or low in GROUP_WORDS):
        return None
    end = None
    for k, (s, e, w) in enumerate(toks[:14]):
        lw = _trim_tok(w)
        if w in (",", ";", ":", "(", "!", "?", "\"", "“", "”", "‘", "’", "—", "–", "―"):
            break
        if w == "." and not (k and _trim_tok(toks[k - 1][2]) in _ABBREV):
            break
        if k and lw in _NP_STOP and not (lw == "of" and k + 1 < len(toks) and _is_cap(toks[k + 1][2])):
            break
        if k and lw == "of":
            pass
        if w.endswith(".") and len(w) > 2 and lw not in _ABBREV and k + 1 < len(toks) \
                and _is_cap(toks[k + 1][2]) and len(lw) > 1:
            end = s + len(w) - 1
            break
        end = e
    if end is None:
        return None
    while end > pos and text[end - 1] in ".’'":
        if text[end - 1] == "." and _trim_tok(text[max(pos, end - 4):end]).split(" ")[-1] in _ABBREV:
            break
        end -= 1
    return (toks[0][0], end) if end > toks[0][0] else None


def subject_of(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of the sentence that starts at ``lo``: its first noun phrase, after an
    introductory phrase ("In a statement on Monday, the White House said ...")."""
    toks = _words_back(text, lo, hi)
    k = 0
    if toks and _trim_tok(toks[0][2]) in _INTRO_WORDS:
        comma = next((n for n, t in enumerate(toks[:20]) if t[2] == ","), None)
        if comma is not None:
            k = comma + 1
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
    if not (_is_cap(w) or lw in DETERMINERS):
        return None
    end = None
    for s, e, tok in toks[k:k + 12]:
        lt = _trim_tok(tok)
        if tok in (",", ";", ":", "(", "!", "?") or (s > start and lt in _NP_STOP and lt != "of"):
            break
        if tok == "." and not (end and _trim_tok(text[start:end]).split(" ")[-1] in _ABBREV):
            break
        if s > start and not _is_cap(tok) and lt not in NOMINAL_HEADS and lt not in ROLE_WORDS \
                and lt != "of" and not tok.startswith(("-",)):
            break
        end = e
    if end is None:
        return None
    return start, end


# --------------------------------------------------------------------------- names

def split_title(mention: str) -> str:
    """The name in a mention: its last run of capitalized words, titles dropped.

    "Department of Homeland Security chief Kristi Noem" -> "Kristi Noem";
    "Representative Charles B. Rangel of New York" -> "Charles B. Rangel";
    "Republican vice-presidential nominee Gov. Mike Pence" -> "Mike Pence".
    """
    toks = mention.replace(",", " ").split()
    runs: list[list[str]] = []
    cur: list[str] = []
    after_prep = False
    prep_before: list[bool] = []
    for t in toks:
        lt = _trim_tok(t)
        if _is_cap(t) or (cur and lt in _PARTICLES) or (cur and lt in _SUFFIX):
            if not cur:
                prep_before.append(after_prep)
            cur.append(t)
        else:
            if cur:
                runs.append(cur)
                cur = []
            after_prep = lt in ("of", "for", "at", "from", "in", "the", "with", "to")
    if cur:
        runs.append(cur)
    if not runs:
        return ""
    # A run after "of"/"for" names a place or an employer, not the speaker.
    eligible = [r for r, p in zip(runs, prep_before) if not p] or runs
    best = eligible[-1]
    # Titles: keep what follows the last title word.
    k = 0
    for n, t in enumerate(best):
        if _trim_tok(t) in TITLES and n < len(best) - 1:
            k = n + 1
    name = best[k:]
    while name and (_trim_tok(name[-1]) in ORG_HEADS and len(name) == 1):
        break
    return " ".join(name).strip(" .,’'") if name else ""


def is_person_like(mention: str) -> bool:
    """A mention that names someone (ends in a capitalized word) rather than describing them."""
    toks = mention.split()
    return bool(toks) and _is_cap(toks[-1]) and _trim_tok(toks[-1]) not in ORG_HEADS


class NameIndex:
    """The names an article uses, to widen a surname to its fullest form."""

    __slots__ = ("_by_last", "_roles")

    def __init__(self, texts: list[str]):
        self._by_last: dict[str, dict[tuple[str, ...], list[int]]] = {}
        self._roles: dict[str, str] = {}
        order = 0
        for text in texts:
            for m in _NAME_RUN.finditer(text):
                toks = m.group().split()
                # Drop titles at the front, remember "President X" to resolve "the president".
                k = 0
                while k < len(toks) - 1 and _trim_tok(toks[k]) in TITLES:
                    k += 1
                name = [t.rstrip(",") for t in toks[k:]]
                while name and _trim_tok(name[-1]) in ("of",):
                    name.pop()
                if not name or len(name) > 4 or name[-1].isupper() and len(name[-1]) > 2:
                    continue
                if any(_trim_tok(t) in ORG_HEADS for t in name):
                    continue
                last = _strip_possessive(name[-1])
                if last.lower() in _SUFFIX and len(name) > 1:
                    last = _strip_possessive(name[-2])
                name[-1] = _strip_possessive(name[-1])
                key = last.lower()
                if len(key) < 2 or key in _NP_STOP or key in PRONOUNS:
                    continue
                slot = self._by_last.setdefault(key, {})
                entry = slot.setdefault(tuple(name), [0, order])
                entry[0] += 1
                order += 1
                if k and len(name) >= 2:
                    role = _trim_tok(toks[k - 1])
                    self._roles.setdefault(role, " ".join(name))

    def fullest(self, name: str) -> str:
        """The longest form of ``name`` the article gives: same last word, containing it."""
        toks = [_strip_possessive(t) for t in name.split()]
        if not toks:
            return name
        last = toks[-1]
        if last.lower() in _SUFFIX and len(toks) > 1:
            last = toks[-2]
        forms = self._by_last.get(last.lower())
        if not forms:
            return name
        want = [t.lower() for t in toks]
        best, best_key = None, None
        for form, (count, first) in forms.items():
            low = [t.lower() for t in form]
            if not _subsequence(want, low):
                continue
            key = (len(form) if len(form) <= 3 else 3, count, -first)
            if best_key is None or key > best_key:
                best, best_key = form, key
        if best is None:
            return name
        if name.isupper() or len(best) < len(toks):
            return " ".join(best) if len(best) >= len(toks) else name
        return " ".join(best)

    def role(self, word: str) -> str | None:
        """The person the article introduced with this title ("President Obama" for "the
        president"), if any."""
        return self._roles.get(word.lower())


def _strip_possessive(tok: str) -> str:
    if tok.endswith(("'s", "’s")):
        return tok[:-2]
    return tok


def _subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(any(s == b for b in it) for s in small)
