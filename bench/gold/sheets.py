"""Choose the gold documents and write the annotation sheets (outside the repository).

    python -m bench.gold.sheets --out /work/notes/gold-sheets            # batches A and B
    python -m bench.gold.sheets --batch C --out /work/notes/gold-sheets-c --count 40
    python -m bench.gold.sheets --batch D --out /work/notes/gold-sheets-d --count 28
    python -m bench.gold.sheets --batch E --out /work/notes/gold-sheets-e --count 26
    python -m bench.gold.sheets --batch C --sheets-only --out /work/notes/gold-agreement-c  # again, to annotate twice

For each chosen article it writes ``Snnn-outlet.md`` (the doc key, the title, bullets and body
paragraphs as newsbeam reads them now, and under each paragraph every span the quote-mark layer
finds, with an id, its offsets and the current extractor's answer) and ``Snnn-outlet.ann``, the
file an annotator fills in (see docs/gold-annotation.md). It also writes ``data/docs.jsonl``: the
chosen documents with their outlet, split, batch and the hashes of their text, so that the
scorer can tell later whether newsbeam still reads the same body. The sheets quote the
publishers' text, so they stay out of the project; docs.jsonl holds hashes only.

``--batch C`` chooses ``--count`` more documents, only from outlets not yet in docs.jsonl, so that
rules written from the set's articles can be checked on outlets they were not written from. It
keeps the rows of batches A and B as they are, numbers its sheets after theirs and appends its
rows (running it again writes the same choice). ``--batch D`` chooses from the held-out pool
(``bench.gold.heldout``) instead, outlets with the fewest documents in the set first (see
``choose_fewest``). ``--batch E`` chooses the same way from what was left: the held-out
html-eval-dev pages of publications judged by outlet (``E_PUBLICATIONS``), new outlets only, one
document each, German first (``E_ENGLISH_SHARE``).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from newsbeam.transforms.document import with_quotes

from bench.gold import corpus as gc
from bench.gold.corpus import paragraph_spans
from bench.gold.ingest import SHEETS

# How many articles per feed outlet (a handful at most; the pages are one article each).
PER_FEED = {"TIME": 5, "The Week": 5, "Dawn": 5, "404 Media": 4, "The Verge": 4, "TechCrunch": 4,
            "El País English": 3, "The Guardian": 4, "Deutsche Welle": 1, "MercoPress": 1}
MIN_SPANS, MAX_SPANS = 3, 35
# Languages the annotators can judge; html-eval-dev pages in others are left out.
LANGUAGES = ("en", "de", "es", "pt", "fr", "zh")
_SLUG = re.compile(r"[^a-z0-9]+")
# The pages that declare no language and are not English.
LANGUAGE_OF = {"html-eval-dev/pages/archive.org.he.xinhuanet.com.25340717.html.gz": "zh",
               "html-eval-dev/pages/xinhuanet.com.c_1125597921.html.gz": "zh",
               "html-eval-dev/pages/archive.org-travaillent.html.gz": "fr",
               "html-eval-dev/pages/l-mag.de-Holocaust-Gedenken.html.gz": "de",
               "html-eval-dev/pages/springer.com-produkte.html.gz": "de"}


def lang_of(doc: str, article) -> str:
    """The two-letter language of a document (the page's own, else LANGUAGE_OF, else en)."""
    return LANGUAGE_OF.get(doc) or (article.language or "en").lower()[:2]


def _rank(doc: str) -> str:
    return hashlib.sha1(b"gold-select:" + doc.encode("utf-8")).hexdigest()


def choose() -> list[tuple[str, str, object]]:
    """(doc key, outlet, article) of every chosen document, in a fixed order."""
    chosen = []
    for path, outlet in gc.FEED_OUTLETS.items():
        articles = gc.read_articles(path)
        fit = []
        for article in articles:
            n = sum(1 for s in gc.mark_spans(article) if s.zone == "body")
            if MIN_SPANS <= n <= MAX_SPANS and gc.item_key(article):
                fit.append((_rank(gc.doc_key(path, article, False)), article))
        fit.sort(key=lambda pair: pair[0])
        for _, article in fit[:PER_FEED[outlet]]:
            chosen.append((gc.doc_key(path, article, False), outlet, article))
    pages = dict(gc.PAGE_OUTLETS)
    pages.update(sorted(gc.html_eval_news().items()))
    for path, outlet in pages.items():
        articles = gc.read_articles(path)
        if len(articles) != 1:
            continue
        article = articles[0]
        lang = lang_of(path, article)
        n = len(gc.mark_spans(article))
        if lang not in LANGUAGES or not MIN_SPANS <= n <= MAX_SPANS:
            continue
        chosen.append((path, outlet, article))
    return chosen


# Batch C: the languages it takes, the share of English (the set of A and B is 65% English), and
# how many documents one outlet may give (a second one only once every outlet has given one).
NEW_LANGUAGES = ("en", "de", "es", "fr", "pt")
ENGLISH_SHARE = 0.65
PER_NEW_OUTLET = 2


@dataclass(frozen=True)
class Candidate:
    """A document that could be annotated: its key, outlet, language and quoted spans."""

    doc: str
    outlet: str
    lang: str
    spans: int


def candidates() -> tuple[list[Candidate], dict[str, object]]:
    """Every article of the news feeds, news pages and publications' pages, counted as
    ``choose`` counts them (the body's spans for a feed's item, all spans for a page), with the
    articles by key."""
    found, articles = [], {}
    for path, outlet in {**gc.FEED_OUTLETS, **gc.MORE_FEED_OUTLETS}.items():
        for article in gc.read_articles(path):
            if not gc.item_key(article):
                continue
            doc = gc.doc_key(path, article, False)
            n = sum(1 for s in gc.mark_spans(article) if s.zone == "body")
            found.append(Candidate(doc, outlet, lang_of(doc, article), n))
            articles[doc] = article
    pages = dict(gc.PAGE_OUTLETS)
    pages.update(sorted(gc.html_eval_news().items()))
    pages.update(sorted(gc.html_eval_publications().items()))
    for path, outlet in pages.items():
        read = gc.read_articles(path)
        if len(read) != 1:
            continue
        found.append(Candidate(path, outlet, lang_of(path, read[0]), len(gc.mark_spans(read[0]))))
        articles[path] = read[0]
    return found, articles


def choose_new(found: list[Candidate], existing: list[dict], count: int) -> list[Candidate]:
    """``count`` candidates from outlets none of the ``existing`` docs.jsonl rows comes from, with
    3 to 35 quoted spans, in NEW_LANGUAGES: one per outlet first (a second only when every
    outlet has given one), English for ENGLISH_SHARE of them and the other languages in turn,
    each outlet's documents and the outlets of a language in a fixed pseudo-random order.
    The order is the order of the sheets, so the first sheets annotated are already spread."""
    taken_docs = {row["doc"] for row in existing}
    taken_outlets = {gc.same_outlet(row["outlet"]) for row in existing}
    by_outlet: dict[str, list[Candidate]] = defaultdict(list)
    for c in found:
        if (c.doc not in taken_docs and gc.same_outlet(c.outlet) not in taken_outlets
                and c.lang in NEW_LANGUAGES and MIN_SPANS <= c.spans <= MAX_SPANS):
            by_outlet[gc.same_outlet(c.outlet)].append(c)
    for docs in by_outlet.values():
        docs.sort(key=lambda c: _rank(c.doc))
    chosen: list[Candidate] = []
    for turn in range(PER_NEW_OUTLET):
        queues: dict[str, list[Candidate]] = defaultdict(list)
        for outlet in sorted(by_outlet, key=lambda o: _rank(by_outlet[o][0].doc)):
            if len(by_outlet[outlet]) > turn:
                queues[by_outlet[outlet][turn].lang].append(by_outlet[outlet][turn])
        while len(chosen) < count and any(queues.values()):
            english = sum(c.lang == "en" for c in chosen)
            want_english = english < ENGLISH_SHARE * (len(chosen) + 1)
            others = [lang for lang in NEW_LANGUAGES[1:] if queues[lang]]
            if queues["en"] and (want_english or not others):
                lang = "en"
            else:
                lang = min(others, key=lambda g: (sum(c.lang == g for c in chosen), NEW_LANGUAGES.index(g)))
            chosen.append(queues[lang].pop(0))
    return chosen


# Batch D: from the held-out pool (what ``bench.gold.heldout`` dumps), outlets with the fewest
# documents in the set first (new ones before all), at most PER_D_OUTLET documents per outlet and
# PER_D_FILE per feed file, English for D_ENGLISH_SHARE of them.
D_ENGLISH_SHARE = 0.55
PER_D_OUTLET = 2
PER_D_FILE = 8


def choose_fewest(found: list[Candidate], existing: list[dict], count: int,
                  english_share: float = D_ENGLISH_SHARE, per_outlet: int | None = None,
                  new_only: bool = False) -> list[Candidate]:
    """``count`` candidates not yet in the ``existing`` docs.jsonl rows, with 3 to 35 quoted spans,
    in NEW_LANGUAGES. Each step takes, in the language whose turn it is (English while its share
    is below ``english_share``, else the other language chosen least so far), the document whose
    outlet has the fewest documents in the set and in the choice so far (an outlet new to the set
    first), the ties in a fixed pseudo-random order; an outlet gives ``per_outlet`` (PER_D_OUTLET)
    documents at most and one feed file PER_D_FILE. ``new_only``: only outlets not in the set."""
    per_outlet = PER_D_OUTLET if per_outlet is None else per_outlet
    taken_docs = {row["doc"] for row in existing}
    have: dict[str, int] = defaultdict(int)
    for row in existing:
        have[gc.same_outlet(row["outlet"])] += 1
    pool = sorted((c for c in found if c.doc not in taken_docs and c.lang in NEW_LANGUAGES
                   and MIN_SPANS <= c.spans <= MAX_SPANS
                   and not (new_only and have[gc.same_outlet(c.outlet)])), key=lambda c: _rank(c.doc))
    mine: dict[str, int] = defaultdict(int)
    per_file: dict[str, int] = defaultdict(int)
    chosen: list[Candidate] = []
    while len(chosen) < count:
        open_ = [c for c in pool if c not in chosen and mine[gc.same_outlet(c.outlet)] < per_outlet
                 and per_file[c.doc.partition("#")[0]] < PER_D_FILE]
        if not open_:
            break
        langs = {c.lang for c in open_}
        english = sum(c.lang == "en" for c in chosen)
        others = [g for g in NEW_LANGUAGES[1:] if g in langs]
        if "en" in langs and (english < english_share * (len(chosen) + 1) or not others):
            lang = "en"
        else:
            lang = min(others, key=lambda g: (sum(c.lang == g for c in chosen), NEW_LANGUAGES.index(g)))
        best = min((c for c in open_ if c.lang == lang),
                   key=lambda c: have[gc.same_outlet(c.outlet)] + mine[gc.same_outlet(c.outlet)])
        chosen.append(best)
        mine[gc.same_outlet(best.outlet)] += 1
        per_file[best.doc.partition("#")[0]] += 1
    return chosen


# The held-out html-eval-dev pages in de/es/fr/pt with 3 to 35 quoted spans come, once batches
# A-C took the news pages and corpus.PUBLICATIONS, from sites expected.jsonl does not flag as news:
# these are publications too (magazines, trade papers, news and review sites), judged by the
# outlet alone like corpus.PUBLICATIONS; blogs, shops, companies, clubs, federations, parties,
# churches, government and campaign sites stay out.
D_PUBLICATIONS = frozenset({
    "industriemagazin.at", "outdoor-magazin.com", "popkultur.de", "literaturkritik.de",
    "iconmagazine.de", "emotion.de", "womenshealth.de", "gitarrebass.de", "proplanta.de",
    "pferderevue.at", "tell-review.de", "mtb-news.de", "autohaus.de", "chemietechnik.de",
    "humanresourcesmanager.de", "wirtschaftspsychologie-aktuell.de", "sonnenenergie.de",
    "skispringen.com", "tonight.de", "auto-presse.de", "familie.de", "oekonomenstimme.org",
})


def _d_pages() -> dict[str, str]:
    return _pages_of(D_PUBLICATIONS)


def heldout_candidates() -> tuple[list[Candidate], dict[str, object]]:
    """The held-out pool (``bench.gold.heldout``: English, then de/es/fr/pt) from news outlets
    only (the feeds named in corpus, the article pages, html-eval-dev news pages and the pages of
    corpus.PUBLICATIONS and D_PUBLICATIONS), counted as ``candidates`` counts them, with the
    articles by key."""
    from bench.gold.heldout import held_out_docs

    pages = {**gc.PAGE_OUTLETS, **gc.html_eval_news(), **gc.html_eval_publications(), **_d_pages()}
    feeds = {**gc.FEED_OUTLETS, **gc.MORE_FEED_OUTLETS}
    found, articles = [], {}
    for languages in (None, frozenset(NEW_LANGUAGES[1:])):
        for doc, article in held_out_docs(languages):
            path = doc.partition("#")[0]
            if doc in articles or (path not in feeds and path not in pages):
                continue
            if path in feeds:
                outlet = feeds[path]
                n = sum(1 for s in gc.mark_spans(article) if s.zone == "body")
            else:
                outlet = pages[path]
                n = len(gc.mark_spans(article))
            found.append(Candidate(doc, outlet, lang_of(doc, article), n))
            articles[doc] = article
    return found, articles


# Batch E: once A-D had taken the news outlets, the pool of new outlets with 3 to 35 spans is the
# html-eval-dev pages of sites expected.jsonl does not flag as news. These are publications judged by
# the outlet alone, before counting any quote (like corpus.PUBLICATIONS and D_PUBLICATIONS):
# magazines, trade papers and news sites (whatever their politics; katholisch.at carries the Catholic
# news agency Kathpress's reports, as kirche-und-leben.de and kath.net in corpus.PUBLICATIONS).
# Left out as before: blogs, shops, companies' own magazines and press releases, clubs (adac.de),
# federations and leagues (golf.de), parties, movements, campaigns, associations, churches' own
# pages, government, tourism boards, universities, institutes and foundations. No held-out es/fr/pt page of a
# publication has 3 to 35 spans (the four French ones: a union, a campaign, a blog and a
# scientists' blog), so E is German and English; English takes E_ENGLISH_SHARE at most, one
# document per outlet.
E_PUBLICATIONS = frozenset({
    # German
    "alacarte.at", "apolut.net", "bewusster-leben.de", "decohome.de", "fogsmagazin.com", "goodnight.at",
    "katholisch.at", "modepilot.de", "omr.com", "springer.com", "techfieber.de", "telemedicus.info",
    "theoriginalcopy.de", "uepo.de", "uncutnews.ch", "unzensuriert.at", "verbaende.com",
    "wildundhund.de", "wochenblatt.com",
    # English
    "ext.theperspective.com", "hackernoon.com", "luxuryhaven.co", "redtri.com",
})
E_ENGLISH_SHARE = 0.2
PER_E_OUTLET = 1


def _pages_of(domains: frozenset[str]) -> dict[str, str]:
    out = {}
    with (gc.CORPUS / "html-eval-dev" / "expected.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["domain"] in domains:
                out[f"html-eval-dev/{row['page']}"] = row["domain"]
    return out


def e_candidates() -> tuple[list[Candidate], dict[str, object]]:
    """Batch E's pool: the held-out pool of ``heldout_candidates`` and the pages of D_PUBLICATIONS
    and E_PUBLICATIONS in any language (the held-out English pool holds news pages only), counted
    as ``candidates`` counts a page, with the articles by key."""
    found, articles = heldout_candidates()
    # E's own rows do not count as taken, so that choosing again gives the same documents.
    taken = {row["doc"] for row in map(json.loads, (gc.DATA / "docs.jsonl").open(encoding="utf-8"))
             if row["batch"] != "E"}
    for path, outlet in sorted(_pages_of(D_PUBLICATIONS | E_PUBLICATIONS).items()):
        if path in taken or path in articles:
            continue
        read = gc.read_articles(path)
        if len(read) != 1:
            continue
        found.append(Candidate(path, outlet, lang_of(path, read[0]), len(gc.mark_spans(read[0]))))
        articles[path] = read[0]
    return found, articles


def _fmt_ext(q) -> str:
    if q is None:
        return "ext: (no quote)"
    rule = getattr(q, "rule", None) or q.attribution
    return f"ext: {q.kind} | {q.speaker or '-'} | {rule} | mention={q.speaker_mention!r} cue={q.cue!r}"


def sheet(number: int, doc: str, outlet: str, article, split: str, batch: str) -> tuple[str, str]:
    """The sheet's markdown and the annotation template."""
    predicted = {(q.zone, q.zone_index, q.start_char, q.end_char): q for q in with_quotes(article).quotes}
    lines = [f"# S{number:03d} {outlet}", "", f"doc: {doc}", f"outlet: {outlet}",
             f"language: {article.language}", f"split: {split}   batch: {batch}", ""]
    ann = [f"# S{number:03d} {outlet}", f"doc: {doc}", "status: todo", "",
           "# id  kind(direct|partial|scare|none|boiler)  speaker (fullest name, or - for null)"]
    qid = 0
    spans = gc.mark_spans(article)
    for zone, index, text in gc.zones(article):
        if not text:
            continue
        label = {"title": "TITLE", "bullet": f"BULLET {index}", "body": "BODY"}[zone]
        lines.append(f"## {label}")
        zone_spans = [s for s in spans if s.zone == zone and s.zone_index == index]
        for p, (lo, hi) in enumerate(paragraph_spans(text)):
            lines.append("")
            lines.append(f"[{zone[0]}{index}.p{p} @{lo}] {text[lo:hi]}")
            for s in zone_spans:
                if s.paragraph != p:
                    continue
                qid += 1
                q = predicted.get((zone, index, s.start_char, s.end_char))
                lines.append(f"    >> q{qid} {zone}/{index} @{s.start_char}-{s.end_char}: "
                             f"«{text[s.start_char:s.end_char]}»")
                lines.append(f"       {_fmt_ext(q)}")
                kind = q.kind if q else "direct"
                speaker = (q.speaker if q else None) or "-"
                ann.append(f"q{qid}\t{zone}/{index}@{s.start_char}-{s.end_char}\t{kind}\t{speaker}")
        lines.append("")
    ann.append("")
    ann.append("# quotes the mark layer missed: + zone/index  occurrence  kind  speaker  «exact quoted text»")
    return "\n".join(lines) + "\n", "\n".join(ann) + "\n"


def slug(outlet: str) -> str:
    return _SLUG.sub("-", outlet.lower()).strip("-")[:30]


def _doc_row(doc: str, name: str, outlet: str, article, batch: str) -> dict:
    return {"doc": doc, "sheet": name, "outlet": outlet, "language": article.language,
            "lang": lang_of(doc, article), "split": gc.split_of(doc), "batch": batch,
            "title_sha1": gc.sha1(article.title), "body_sha1": gc.sha1(article.body),
            "paragraphs": [h[:12] for h in gc.paragraph_hashes(article.body)]}


def _write(out: Path, name: str, md: str, ann: str, overwrite_ann: bool) -> None:
    (out / f"{name}.md").write_text(md, encoding="utf-8")
    ann_path = out / f"{name}.ann"
    if overwrite_ann or not ann_path.exists():
        ann_path.write_text(ann, encoding="utf-8")


def new_batch(batch: str, out: Path, count: int, overwrite_ann: bool) -> int:
    """Choose and write the sheets of a batch of new outlets; append its rows to docs.jsonl."""
    lines = (gc.DATA / "docs.jsonl").read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if line.strip() and json.loads(line)["batch"] != batch]
    existing = [json.loads(line) for line in kept]
    if batch == "D":
        found, articles = heldout_candidates()
        chosen = choose_fewest(found, existing, count)
    elif batch == "E":
        found, articles = e_candidates()
        chosen = choose_fewest(found, existing, count, english_share=E_ENGLISH_SHARE,
                               per_outlet=PER_E_OUTLET, new_only=True)
    else:
        found, articles = candidates()
        chosen = choose_new(found, existing, count)
    first = 1 + max(int(row["sheet"][1:4]) for row in existing)
    rows = []
    for number, c in enumerate(chosen, first):
        article = articles[c.doc]
        name = f"S{number:03d}-{slug(c.outlet)}"
        md, ann = sheet(number, c.doc, c.outlet, article, gc.split_of(c.doc), batch)
        _write(out, name, md, ann, overwrite_ann)
        rows.append(_doc_row(c.doc, name, c.outlet, article, batch))
    with (gc.DATA / "docs.jsonl").open("w", encoding="utf-8") as fh:
        for line in kept:
            fh.write(line + "\n")
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    langs = sorted({c.lang for c in chosen})
    print(f"batch {batch}: {len(rows)} documents, {len({c.outlet for c in chosen})} outlets, "
          f"languages {', '.join(langs)}, {sum(c.spans for c in chosen)} marked spans -> {out}",
          file=sys.stderr)
    return 0


def resheet(batch: str, out: Path) -> int:
    """Write fresh sheets and pre-filled templates of a batch already in docs.jsonl (the same
    documents and sheet names) into ``out``, e.g. for a second annotator; docs.jsonl and any
    existing sheets folder of the batch are left as they are."""
    rows = [json.loads(line) for line in (gc.DATA / "docs.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip() and json.loads(line)["batch"] == batch]
    written = 0
    for row in rows:
        doc = row["doc"]
        article = gc.find_article(gc.read_articles(doc.split("#", 1)[0]), doc)
        if article is None:
            print(f"{row['sheet']}: {doc} no longer read; skipped", file=sys.stderr)
            continue
        number = int(row["sheet"][1:4])
        md, ann = sheet(number, doc, row["outlet"], article, row["split"], batch)
        _write(out, row["sheet"], md, ann, overwrite_ann=False)
        written += 1
    print(f"batch {batch}: {written} of {len(rows)} sheets written again -> {out}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default="/work/notes/gold-sheets")
    parser.add_argument("--batch", choices=("C", "D", "E"),
                        help="choose a new batch from outlets not yet in the set (else batches A and B)")
    parser.add_argument("--count", type=int, default=40, help="how many documents a new batch takes")
    parser.add_argument("--overwrite-ann", action="store_true",
                        help="overwrite existing .ann files (by default an existing one is kept)")
    parser.add_argument("--sheets-only", action="store_true",
                        help="with --batch: write again the sheets of the batch's documents already in "
                             "docs.jsonl (for a second annotator); choose nothing, leave docs.jsonl as it is")
    args = parser.parse_args(argv)
    if not gc.available():
        print(f"bench.gold.sheets: {gc.CORPUS} is absent; nothing to do")
        return 0
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.batch and args.sheets_only:
        if out.resolve() == Path(SHEETS[args.batch]).resolve():
            parser.error("--sheets-only would write over the batch's own sheets; give another --out")
        return resheet(args.batch, out)
    if args.batch:
        return new_batch(args.batch, out, args.count, args.overwrite_ann)
    chosen = choose()
    # Batches A and B alternate through the documents sorted by outlet, so both see every kind.
    ordered = sorted(chosen, key=lambda c: (c[1], _rank(c[0])))
    rows = []
    for number, (doc, outlet, article) in enumerate(ordered, 1):
        split = gc.split_of(doc)
        batch = "AB"[(number - 1) % 2]
        md, ann = sheet(number, doc, outlet, article, split, batch)
        name = f"S{number:03d}-{slug(outlet)}"
        _write(out, name, md, ann, args.overwrite_ann)
        rows.append(_doc_row(doc, name, outlet, article, batch))
    gc.DATA.mkdir(parents=True, exist_ok=True)
    path = gc.DATA / "docs.jsonl"
    # The rows of later batches (C, ...) are kept as they are.
    later = [line for line in (path.read_text(encoding="utf-8").splitlines() if path.exists() else [])
             if line.strip() and json.loads(line)["batch"] not in ("A", "B")]
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        for line in later:
            fh.write(line + "\n")
    spans = sum(len(gc.mark_spans(c[2])) for c in chosen)
    print(f"{len(rows)} documents, {len({c[1] for c in chosen})} outlets, {spans} marked spans -> {out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
