"""The report's numbers: DuckDB queries over the dataset's Parquet files, aggregated in SQL.

Each query reads only the columns it needs, and the date range prunes whole ``date=``
partitions. The articles' id, outlet and day are read once into a temporary table; the quotes
are a view joined to it, which each aggregate scans for the columns it needs.
Results are plain tuples and dicts: the page, the tests and anyone else can use them.
"""
from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.fs as pafs
from newsbeam.schemas import tables
from newsbeam.transforms.io import layout
from newsbeam.transforms.io.dataset import Location
from newsbeam.transforms.io.feedstate import FeedStateStore

TABLE_NAMES = ("articles", "quotes", "rejects")

# --------------------------------------------------------------------------- people and organisations
#
# `speaker` holds a name, a person's or an organisation's, with nothing saying which. The rules
# below decide, first match wins; each is named so the page and the tests can say which fired.
# They read the name and the words the attributions used (`speaker_mention`), nothing else.

PERSON_PRONOUNS = ("he", "she", "him", "her", "his", "hers")
THING_PRONOUNS = ("it", "its")
# Head words of organisation names in English news ('Thames Valley Police', 'Ministry of
# Defence', 'Halverston Terminals'). A capitalized word in the name must equal one of these.
ORGANISATION_WORDS = (
    "Administration", "Agency", "Airlines", "Airways", "Alliance", "Assembly", "Associates",
    "Association", "Authority", "Bank", "Board", "Bureau", "Cabinet", "Center", "Centre",
    "Chamber", "Church", "Club", "Coalition", "College", "Command", "Commission", "Committee",
    "Company", "Congress", "Corp", "Corporation", "Council", "Court", "Department", "Embassy",
    "Federation", "Force", "Forces", "Foundation", "Fund", "Government", "Group", "Holdings",
    "Hospital", "Inc", "Institute", "Institution", "International", "League", "Limited", "Ltd",
    "Ministry", "Network", "News", "Office", "Organisation", "Organization", "Parliament",
    "Partners", "Party", "Police", "Post", "Press", "Programme", "Program", "Senate", "Service",
    "Services", "Society", "Systems", "Team", "Technologies", "Terminals", "Times", "Trust",
    "Union", "University", "Works",
)
SPEAKER_RULES = (
    # (name, kind, SQL condition over the per-speaker aggregate `s`)
    ("pronoun-person", "person", "s.person_pronouns > 0"),
    ("pronoun-thing", "organisation", "s.thing_pronouns > 0"),
    ("starts-with-the", "organisation", "regexp_matches(s.speaker, '^The\\s')"),
    ("acronym", "organisation", "regexp_matches(s.speaker, '^[A-Z][A-Z0-9&.]{1,9}$')"),
    ("organisation-word", "organisation",
     "regexp_matches(s.speaker, '\\b(" + "|".join(ORGANISATION_WORDS) + ")\\b')"),
    ("default-person", "person", "true"),
)


def speaker_kind_sql() -> tuple[str, str]:
    """SQL CASE expressions for (kind, rule) of the aggregate row ``s``."""
    kind = "CASE " + " ".join(f"WHEN {cond} THEN '{k}'" for _, k, cond in SPEAKER_RULES) + " END"
    rule = "CASE " + " ".join(f"WHEN {cond} THEN '{n}'" for n, _, cond in SPEAKER_RULES) + " END"
    return kind, rule


# --------------------------------------------------------------------------- limits


@dataclasses.dataclass(frozen=True)
class Limits:
    """How long the page's lists may grow; each cut is said on the page."""

    speakers: int = 25  # per kind: people, organisations
    quotes_per_speaker: int = 10
    quote_chars: int = 280
    sources_in_chart: int = 8  # articles per day: the largest outlets, the rest as one panel
    outlets_in_chart: int = 25
    outlets_in_table: int = 200
    cues: int = 25
    days_in_table: int = 400
    rejects: int = 100
    runs: int = 20
    feeds: int = 500


@dataclasses.dataclass(frozen=True)
class Filters:
    since: date | None = None
    until: date | None = None
    sources: tuple[str, ...] = ()


NO_FILTERS, DEFAULT_LIMITS = Filters(), Limits()


# --------------------------------------------------------------------------- connection


def visible_files(location: Location, table: str) -> list[str]:
    """The table's Parquet files a reader sees (hidden temporary files of a commit left out)."""
    fs, root = location.fs_and_root
    infos = fs.get_file_info(pafs.FileSelector(f"{root}/{table}", allow_not_found=True, recursive=True))
    return sorted(i.path for i in infos if i.type == pafs.FileType.File
                  and i.base_name.endswith(".parquet") and not i.base_name.startswith("."))


def _empty_with_partitions(table: str) -> pa.Table:
    schema = tables.TABLES[table].append(pa.field("date", pa.date32()))
    return schema.empty_table()


class Dataset:
    """A DuckDB connection with one view per table, restricted to the report's filters."""

    def __init__(self, location: Location, filters: Filters = NO_FILTERS, *, threads: int | None = None):
        if not location.is_local:
            raise ValueError(f"the report reads local datasets only, not {location.uri}")
        self.location = location
        self.filters = filters
        self.con = duckdb.connect(":memory:")
        if threads:
            self.con.execute(f"SET threads = {int(threads)}")
        self.con.execute("SET preserve_insertion_order = false")
        self.con.execute("SET TimeZone = 'UTC'")  # timestamps come back in UTC, whatever the machine's zone
        for table in TABLE_NAMES:
            files = visible_files(location, table)
            if files:
                paths = ", ".join(_sql_str(f) for f in files)
                # Partition values are typed as written, not guessed: an outlet named 2024 stays text.
                types = "{'date': DATE, 'source': VARCHAR}" if "/source=" in files[0] else "{'date': DATE}"
                self.con.execute(
                    f"CREATE VIEW raw_{table} AS SELECT * FROM read_parquet([{paths}], "
                    f"hive_partitioning = true, hive_types = {types})")
            else:
                self.con.register(f"raw_{table}", _empty_with_partitions(table))
        where = self._where()
        # The articles' few small columns, read once: every query and join uses them.
        self.con.execute(f"CREATE TEMP TABLE art AS SELECT article_id, source, date FROM raw_articles {where}")
        self.con.execute(f"CREATE VIEW rej AS SELECT * FROM raw_rejects {where}")
        self._quotes_ready = False
        self.made: set[str] = set()

    def _where(self, alias: str = "", *, outlets: bool = True) -> str:
        """The filters as a WHERE clause over ``alias``'s ``date`` (and ``source`` with
        ``outlets``; quotes have their outlet from the join to ``art``, which applies it)."""
        col = f"{alias}." if alias else ""
        conds = []
        if self.filters.since:
            conds.append(f"{col}date >= DATE '{self.filters.since.isoformat()}'")
        if self.filters.until:
            conds.append(f"{col}date <= DATE '{self.filters.until.isoformat()}'")
        if self.filters.sources and outlets:
            conds.append(f"{col}source IN {_sql_list(self.filters.sources)}")
        return ("WHERE " + " AND ".join(conds)) if conds else "WHERE true"

    def quotes(self, *, outlets: bool = True) -> str:
        """The name of a view of the quotes in the report's range; with ``outlets``, joined to
        their article for its outlet (``source``) and restricted to the articles in range.

        Views, not tables: each aggregate reads the few columns it needs from the Parquet files
        again, which costs less than holding ten million rows in memory (measured on the
        1M-article bench). The join costs as much as the reading: an aggregate that needs no
        outlet, when no outlet filter is set, reads the quotes alone (every quote's article is in
        the same ``date`` partition, so the date range means the same for both)."""
        if not self._quotes_ready:
            pron = (f"CASE WHEN q.speaker_mention IN {_sql_list(_cased(PERSON_PRONOUNS))} THEN 1 "
                    f"WHEN q.speaker_mention IN {_sql_list(_cased(THING_PRONOUNS))} THEN 2 ELSE 0 END::TINYINT AS pron")
            cols = "q.article_id, q.date, q.speaker, q.cue, q.kind, q.zone"
            self.con.execute(f"""
                CREATE VIEW q AS
                SELECT hash(q.article_id) AS aid, a.source, {cols}, {pron}
                FROM raw_quotes q JOIN (SELECT article_id, source FROM art) a USING (article_id)
                {self._where("q", outlets=False)}""")
            self.con.execute(f"""
                CREATE VIEW q_alone AS
                SELECT hash(q.article_id) AS aid, {cols}, {pron}
                FROM raw_quotes q {self._where("q", outlets=False)}""")
            self._quotes_ready = True
        return "q" if outlets or self.filters.sources else "q_alone"

    def rows(self, sql: str, params: Sequence = ()) -> list[tuple]:
        return self.con.execute(sql, list(params)).fetchall()

    def close(self) -> None:
        self.con.close()


def _cased(words: Sequence[str]) -> list[str]:
    """Each word lower-case, capitalized and upper-case (cheaper to compare than lower())."""
    return sorted({v for w in words for v in (w.lower(), w.capitalize(), w.upper())})


def _sql_str(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def _sql_list(values: Sequence[str]) -> str:
    """A SQL list of string literals (``(NULL)`` when empty, which matches nothing)."""
    return "(" + ", ".join(_sql_str(v) for v in values) + ")" if values else "(NULL)"


# --------------------------------------------------------------------------- the queries
#
# Ten million quotes are read in four passes, each feeding several small aggregates:
#   1. by outlet, by zone and by (cue, outlet) (GROUPING SETS), whence the totals too;
#   2. by speaker;
#   3. the rows of the most quoted speakers only (their articles, outlets, days and series);
#   4. the latest quotes of those speakers, with their text, from the newest partitions only.


def _once(d: Dataset, name: str, sql: str) -> str:
    """Creates the temporary table ``name`` from ``sql`` the first time it is asked for."""
    if name not in d.made:
        d.con.execute(f"CREATE TEMP TABLE {name} AS {sql}")
        d.made.add(name)
    return name


def _by_outlet_and_zone(d: Dataset) -> str:
    """Pass 1: per outlet, per zone, and per (cue, outlet)."""
    return _once(d, "q_groups", f"""
        SELECT source, zone, cue, GROUPING(source, zone, cue) AS g, count(*) AS quotes, count(speaker) AS named,
               count(*) FILTER (WHERE kind = 'direct') AS direct,
               count(*) FILTER (WHERE kind = 'partial') AS partial,
               count(*) FILTER (WHERE kind = 'scare') AS scare
        FROM {d.quotes()} GROUP BY GROUPING SETS ((source), (zone), (cue, source))""")


# GROUPING(source, zone, cue) of each set: a bit per column left out.
BY_OUTLET, BY_ZONE, BY_CUE = 0b011, 0b101, 0b010


def _by_speaker(d: Dataset) -> str:
    """Pass 2: per named speaker, with how often they were attributed with a pronoun."""
    return _once(d, "q_speakers", f"""
        SELECT speaker, count(*) AS quotes,
               count(*) FILTER (WHERE pron = 1) AS person_pronouns,
               count(*) FILTER (WHERE pron = 2) AS thing_pronouns
        FROM {d.quotes(outlets=False)} WHERE speaker IS NOT NULL GROUP BY speaker""")


def totals(d: Dataset) -> dict:
    articles, sources, first, last = d.rows(
        "SELECT count(*), count(DISTINCT source), min(date), max(date) FROM art")[0]
    quotes, named = d.rows(f"""SELECT coalesce(sum(quotes), 0)::BIGINT, coalesce(sum(named), 0)::BIGINT
                               FROM {_by_outlet_and_zone(d)} WHERE g = {BY_OUTLET}""")[0]
    rejects = d.rows("SELECT count(*) FROM rej")[0][0]
    return {"articles": articles, "sources": sources, "first": first, "last": last,
            "quotes": quotes, "named": named, "rejects": rejects}


def bucket_for(first: date | None, last: date | None) -> str:
    """'day' for up to 400 days, 'week' up to eight years, else 'month'."""
    if first is None or last is None:
        return "day"
    span = (last - first).days
    return "day" if span <= 400 else "week" if span <= 8 * 366 else "month"


def articles_per_day(d: Dataset) -> list[tuple[date, str, int]]:
    """(date, source, articles), every day and outlet with at least one article."""
    return d.rows("SELECT date, source, count(*) AS n FROM art GROUP BY ALL ORDER BY date, source")


def _speakers_table(d: Dataset) -> str:
    """Per named speaker: quotes, kind and the rule that decided it."""
    kind_sql, rule_sql = speaker_kind_sql()
    return _once(d, "spk", f"""
        SELECT s.speaker, s.quotes, {kind_sql} AS kind, {rule_sql} AS rule
        FROM {_by_speaker(d)} s""")


def _top_rows(d: Dataset, limit: int) -> str:
    """The quotes of the ``limit`` most quoted people and organisations: their speaker, article,
    outlet and day. The names go into the scan as literals, so the Parquet reader skips the
    other speakers' rows before anything is joined."""
    if "top_q" not in d.made:
        names = [r[0] for r in d.rows(f"""
            SELECT speaker FROM {_speakers_table(d)}
            QUALIFY row_number() OVER (PARTITION BY kind ORDER BY quotes DESC, speaker) <= ?""", (limit,))]
        d.con.execute(f"""
            CREATE TEMP TABLE top_q AS
            SELECT q.speaker, hash(q.article_id) AS aid, a.source, q.date
            FROM (SELECT article_id, speaker, date FROM raw_quotes q
                  {d._where("q", outlets=False)} AND q.speaker IN {_sql_list(names)}) q
            JOIN art a USING (article_id)""")
        d.made.add("top_q")
    return "top_q"


def top_speakers(d: Dataset, limit: int) -> dict[str, list[dict]]:
    """The most quoted people and organisations (``limit`` of each), with their articles,
    outlets, and first and last day (distinct counts made for these speakers only: over every
    speaker they would cost more than the rest of the report)."""
    rows = d.rows(f"""
        SELECT s.speaker, s.quotes, count(DISTINCT t.aid), count(DISTINCT t.source), min(t.date), max(t.date),
               s.rule, s.kind
        FROM {_top_rows(d, limit)} t JOIN {_speakers_table(d)} s USING (speaker)
        GROUP BY s.speaker, s.quotes, s.rule, s.kind
        ORDER BY s.quotes DESC, s.speaker""")
    keys = ("speaker", "quotes", "articles", "outlets", "first", "last", "rule")
    out: dict[str, list[dict]] = {"person": [], "organisation": []}
    for r in rows:
        out[r[-1]].append(dict(zip(keys, r[:-1])))
    return out


def speaker_counts(d: Dataset) -> dict[str, int]:
    """How many distinct named speakers there are of each kind."""
    return dict(d.rows(f"SELECT kind, count(*) FROM {_speakers_table(d)} GROUP BY kind"))


def _bucket_sql(bucket: str, column: str = "date") -> str:
    return column if bucket == "day" else f"date_trunc('{bucket}', {column})::DATE"


def speaker_series(d: Dataset, limit: int, bucket: str) -> dict[str, list[tuple[date, int]]]:
    """Quotes per bucket (day, week or month) for each speaker ``top_speakers(d, limit)`` lists."""
    rows = d.rows(f"""
        SELECT speaker, {_bucket_sql(bucket)} AS b, count(*) FROM {_top_rows(d, limit)}
        GROUP BY ALL ORDER BY speaker, b""")
    out: dict[str, list[tuple[date, int]]] = {}
    for speaker, b, n in rows:
        out.setdefault(speaker, []).append((b, n))
    return out


def speaker_quotes(d: Dataset, speakers: Sequence[str], per_speaker: int, chars: int) -> dict[str, list[dict]]:
    """The latest ``per_speaker`` quotes of each speaker, with their article's title, date,
    outlet and link; quote text cut to ``chars`` characters (with an ellipsis)."""
    if not speakers:
        return {}
    # The day from which every one of them has enough quotes: older partitions need no reading.
    cut = d.rows(f"""
        SELECT min(day) FROM (
            SELECT speaker, min(date) AS day FROM (
                SELECT speaker, date FROM {d.quotes(outlets=False)} WHERE speaker IN {_sql_list(speakers)}
                QUALIFY row_number() OVER (PARTITION BY speaker ORDER BY date DESC) <= {int(per_speaker)})
            GROUP BY speaker)""")[0][0]
    since = f"AND q.date >= DATE '{cut.isoformat()}'" if cut else ""
    rows = d.rows(f"""
        WITH picked AS (
            SELECT q.article_id, q.position, q.speaker, q.text, q.kind, q.zone, a.source, a.date
            FROM raw_quotes q JOIN art a USING (article_id)
            {d._where('q', outlets=False)} AND q.speaker IN {_sql_list(speakers)} {since}
            QUALIFY row_number() OVER (PARTITION BY q.speaker ORDER BY a.date DESC, q.article_id, q.position)
                    <= {int(per_speaker) * 4}),
        arts AS (
            SELECT article_id, title, url, published_at FROM raw_articles
            {d._where(outlets=False)} AND article_id IN (SELECT article_id FROM picked))
        SELECT p.speaker, p.text, p.kind, p.zone, a.title, p.date, p.source, a.url, a.published_at
        FROM picked p JOIN arts a USING (article_id)
        QUALIFY row_number() OVER (PARTITION BY p.speaker
                                   ORDER BY p.date DESC, a.published_at DESC NULLS LAST, p.article_id, p.position)
                <= {int(per_speaker)}
        ORDER BY p.speaker, p.date DESC, a.published_at DESC NULLS LAST, p.article_id, p.position""")
    out: dict[str, list[dict]] = {s: [] for s in speakers}
    keys = ("speaker", "text", "kind", "zone", "title", "date", "source", "url", "published_at")
    for r in rows:
        item = dict(zip(keys, r))
        text = item["text"]
        item["text"] = text if len(text) <= chars else text[: chars - 1].rstrip() + "…"
        out[item["speaker"]].append(item)
    return out


def outlets(d: Dataset) -> list[dict]:
    """Per outlet: articles, quotes, named, direct/partial/scare; most quotes first."""
    rows = d.rows(f"""
        WITH arts AS (SELECT source, count(*) AS articles FROM art GROUP BY source)
        SELECT arts.source, arts.articles, coalesce(quotes, 0), coalesce(named, 0),
               coalesce(direct, 0), coalesce(partial, 0), coalesce(scare, 0)
        FROM arts LEFT JOIN (SELECT * FROM {_by_outlet_and_zone(d)} WHERE g = {BY_OUTLET}) qs USING (source)
        ORDER BY 3 DESC, 2 DESC, 1""")
    keys = ("source", "articles", "quotes", "named", "direct", "partial", "scare")
    return [dict(zip(keys, r)) for r in rows]


def cues(d: Dataset, limit: int) -> tuple[list[dict], int, int]:
    """The most used cues (lower-cased), how many distinct cues there are, and how many quotes
    have none."""
    # Grouped by the cue as written and the outlet (a small table), lower-cased after.
    cue_src = _once(d, "cue_src", f"""
        SELECT lower(cue) AS cue, source, sum(quotes) AS n, sum(named) AS named
        FROM {_by_outlet_and_zone(d)} WHERE g = {BY_CUE} GROUP BY 1, 2""")
    rows = d.rows(f"""
        SELECT cue, sum(n)::BIGINT AS quotes, sum(named)::BIGINT AS named, count(*) AS outlets
        FROM {cue_src} WHERE cue IS NOT NULL GROUP BY cue ORDER BY quotes DESC, cue LIMIT ?""", (limit,))
    distinct, without = d.rows(f"""
        SELECT count(DISTINCT cue), coalesce(sum(n) FILTER (WHERE cue IS NULL), 0)::BIGINT FROM {cue_src}""")[0]
    return [dict(zip(("cue", "quotes", "named", "outlets"), r)) for r in rows], distinct, without


ZONE_ORDER = ("title", "bullet", "body")


def zones(d: Dataset) -> list[dict]:
    """Per zone (headline, bullets, body): quotes, articles with one, named, and the kinds."""
    rows = d.rows(f"""
        WITH articles AS (SELECT zone, count(*) AS articles
                          FROM (SELECT DISTINCT zone, aid FROM {d.quotes(outlets=False)}) GROUP BY zone)
        SELECT zone, quotes, articles, named, direct, partial, scare
        FROM {_by_outlet_and_zone(d)} JOIN articles USING (zone) WHERE g = {BY_ZONE}""")
    keys = ("zone", "quotes", "articles", "named", "direct", "partial", "scare")
    found = {r[0]: dict(zip(keys, r)) for r in rows}
    order = [z for z in ZONE_ORDER if z in found] + sorted(z for z in found if z not in ZONE_ORDER)
    return [found[z] for z in order]


def rejects(d: Dataset, limit: int) -> list[dict]:
    rows = d.rows("""
        SELECT stage, reason, count(*) AS rejects, count(DISTINCT input) AS inputs,
               max(fetched_at) AS last_seen
        FROM rej GROUP BY ALL ORDER BY rejects DESC, stage, reason LIMIT ?""", (limit,))
    return [dict(zip(("stage", "reason", "rejects", "inputs", "last_seen"), r)) for r in rows]


def reject_groups(d: Dataset) -> int:
    return d.rows("SELECT count(*) FROM (SELECT DISTINCT stage, reason FROM rej)")[0][0]


# --------------------------------------------------------------------------- _state and _runs


def feed_health(location: Location, now: datetime, limit: int) -> tuple[list[dict], int]:
    """Each feed's last fetch, last success, failures and suspension; failing feeds first."""
    states = FeedStateStore(layout.uri(location, layout.FEEDS_DIR)).all()
    out: list[dict[str, Any]] = []
    for name, s in states.items():
        suspended = bool(s.suspended_until and _aware(s.suspended_until) > now)
        status = "suspended" if suspended else s.health  # ok, failing, or the document's parse reason
        out.append({"feed": name, "url": s.url, "status": status, "last_status": s.last_status,
                    "last_reason": s.last_reason, "parse_reason": s.parse_reason, "parse_detail": s.parse_detail, "last_fetch": s.last_fetch,
                    "last_success": s.last_success, "failures": s.consecutive_failures,
                    "suspended_until": s.suspended_until if suspended else None})
    rank = {"suspended": 0, "failing": 1, "ok": 3}  # a document that does not read: 2
    out.sort(key=lambda f: (rank.get(f["status"], 2), -f["failures"], f["feed"]))
    return out[:limit], len(out)


def _aware(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def recent_runs(location: Location, limit: int) -> tuple[list[dict], int]:
    """The last ``limit`` run manifests under ``_runs/``, newest first, and how many there are."""
    fs, root = location.fs_and_root
    infos = [i for i in fs.get_file_info(pafs.FileSelector(location.path(layout.RUNS), allow_not_found=True))
             if i.type == pafs.FileType.File and layout.is_manifest_name(i.base_name)]
    # By when each manifest was written, as `newsbeam inspect` and `Dataset.runs` order them: run
    # ids begin with the second the run started, and two runs within one second (bounded runs,
    # a re-run right after) sort by their random suffix.
    infos.sort(key=lambda i: (i.mtime_ns or 0, i.base_name), reverse=True)
    runs = []
    for info in infos[:limit]:
        try:
            with fs.open_input_stream(info.path) as fh:
                manifest = json.loads(fh.read())
        except (OSError, ValueError):
            runs.append({"run_id": info.base_name[:-5], "status": "unreadable"})
            continue
        if not isinstance(manifest, dict):
            continue
        summary = manifest["summary"] if isinstance(manifest.get("summary"), dict) else {}
        runs.append({
            "run_id": manifest.get("run_id", info.base_name[:-5]),
            "started_at": manifest.get("started_at"),
            "status": manifest.get("status"),
            "mode": manifest.get("mode"),
            "seconds": manifest.get("seconds"),
            **{k: summary.get(k) for k in ("inputs", "articles", "articles_unchanged", "quotes", "rejects")},
            "error": _first_line(manifest.get("error")),
        })
    return runs, len(infos)


def _first_line(value) -> str | None:
    if not value:
        return None
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return re.split(r"\r?\n", text.strip(), maxsplit=1)[0][:200]
