"""Build news-database exports from known articles, to check that the export readers find every
article with its headline, authors, date and paragraphs.

The articles come from the evaluation corpus's gold files (when it is present); the layouts
follow what Nexis Uni, classic LexisNexis and Factiva print, written from their documented
field lists, not copied from any vendor file.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Known:
    """What an article is, as its gold file says."""

    headline: str
    authors: list[str]
    published: str | None  # ISO date
    paragraphs: list[str]
    publication: str


def _date(iso: str | None, style: str) -> str:
    if iso is None:
        return ""
    d = dt.date.fromisoformat(iso[:10])
    if style == "nexis":
        return f"{d:%B} {d.day}, {d.year} {d:%A}"
    return f"{d.day} {d:%B} {d.year}"


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _byline(authors: list[str], rng: random.Random) -> str:
    names = " and ".join(authors) if len(authors) <= 2 else ", ".join(authors[:-1]) + " and " + authors[-1]
    return rng.choice(["", "By "]) + names


def nexis_uni(articles: list[Known], rng: random.Random) -> str:
    out = []
    if rng.random() < 0.5:  # a cover page listing the search
        out.append(
            f"User Name: Research Account\nDate and Time: Monday, March 4, 2024 9:12:00 AM EST\n"
            f"Job Number: {rng.randint(10**8, 10**9)}\n\nDocuments ({len(articles)})\n"
        )
        out += [f"{i + 1}. {a.headline}\nClient/Matter: -None-\n" for i, a in enumerate(articles)]
        out.append("Search Terms: news\nSearch Type: Natural Language\nNarrowed by: Content Type News\n\n")
    numbered = rng.random() < 0.5  # some exports print "Document 3 of 25" above each article
    for i, a in enumerate(articles):
        if numbered:
            out.append(f"Document {i + 1} of {len(articles)}\n\n")
        out.append(f"{a.headline}\n{a.publication}\n{_date(a.published, 'nexis')}\n")
        out.append(f"Copyright {a.published[:4] if a.published else 2020} {a.publication} All Rights Reserved\n\n")
        out.append(f"Section: NEWS; Pg. {rng.randint(1, 30)}\nLength: {_words(a.paragraphs)} words\n")
        if a.authors:
            out.append(f"Byline: {_byline(a.authors, rng)}\n")
        out.append("Body\n\n\n")
        out.append("\n\n".join(a.paragraphs) + "\n\n\n")
        out.append(f"Load-Date: {_date(a.published, 'nexis').rsplit(' ', 1)[0]}\n\n\nEnd of Document\n\n\n")
    return "".join(out)


def nexis_classic(articles: list[Known], rng: random.Random) -> str:
    out = []
    for i, a in enumerate(articles):
        out.append(f"{' ' * 30}{i + 1} of {len(articles)} DOCUMENTS\n\n\n")
        out.append(f"{' ' * 26}{a.publication}\n\n{' ' * 26}{_date(a.published, 'nexis')}\n\n")
        out.append(f"{a.headline}\n\n")
        if a.authors:
            out.append(f"BYLINE: {_byline(a.authors, rng).upper()}\n\n")
        out.append(f"SECTION: NEWS; Pg. {rng.randint(1, 30)}\n\nLENGTH: {_words(a.paragraphs)} words\n\n\n")
        out.append("\n\n".join(a.paragraphs) + "\n\n\n")
        out.append("LOAD-DATE: unknown\n\nLANGUAGE: ENGLISH\n\nPUBLICATION-TYPE: Newspaper\n\n\n")
        out.append(f"{' ' * 17}Copyright 2020 {a.publication}\n{' ' * 26}All Rights Reserved\n\n\n")
    return "".join(out)


def _code(publication: str) -> str:
    letters = "".join(c for c in publication.upper() if c.isalpha())
    return (letters + "XXXXXX")[:6]


def _factiva_fields(a: Known, n: int, rng: random.Random) -> list[tuple[str, str]]:
    """The fields Factiva prints for an article, in its order: (code, value)."""
    fields = [("HD", a.headline)]
    if a.authors:
        fields.append(("BY", _byline(a.authors, rng)))
    fields.append(("WC", f"{_words(a.paragraphs)} words"))
    if a.published:
        fields.append(("PD", _date(a.published, "factiva")))
    fields += [("SN", a.publication), ("SC", _code(a.publication)), ("LA", "English")]
    fields.append(("CY", f"Copyright 2020 {a.publication}. All rights reserved."))
    fields.append(("AN", f"Document {_code(a.publication)}00202001{n:02d}eg1a0001x"))
    return fields


def factiva(articles: list[Known], rng: random.Random) -> str:
    """Labelled: each field under its code, the body in LP (two paragraphs) and TD."""
    out = []
    for n, a in enumerate(articles):
        fields = _factiva_fields(a, n, rng)
        out += [f"{code}\n  {value}\n" for code, value in fields[:-1]]
        lead, rest = a.paragraphs[:2], a.paragraphs[2:]
        out.append("LP\n" + "\n\n".join(f"  {p}" for p in lead) + "\n")
        if rest:
            out.append("TD\n" + "\n\n".join(f"  {p}" for p in rest) + "\n")
        out.append(f"NS\n  gcat : Political/General News\nAN\n  {fields[-1][1]}\n\n")
    return "".join(out)


def factiva_plain(articles: list[Known], rng: random.Random) -> str:
    """Plain text: the field values alone (sometimes a section first), the body, the accession line."""
    out = []
    for n, a in enumerate(articles):
        fields = _factiva_fields(a, n, rng)
        if rng.random() < 0.3:
            out.append("News\n")
        out += [f"{value}\n" for _code_, value in fields[:-1]]
        out.append("\n" + "\n\n".join(a.paragraphs) + "\n\n")
        out.append(f"{fields[-1][1]}\n\n\n")
    return "".join(out)


def wire_ap(articles: list[Known], rng: random.Random) -> str:
    """One story as AP sends it: slug, headline, byline in capitals, body, separator, copyright."""
    (a,) = articles
    slug = "AP-" + "-".join(w.capitalize() for w in a.headline.split()[:3] if w.isalpha()) + f",{rng.randint(100, 999)}"
    out = [slug, a.headline]
    if a.authors:
        out += ["By " + " and ".join(x.upper() for x in a.authors), "Associated Press"]
    out += [p + "\n" for p in a.paragraphs]
    out += ["___", "Copyright 2020 The Associated Press. All rights reserved. This material may not be published."]
    return "\n".join(out) + "\n"


def wire_reuters(articles: list[Known], rng: random.Random) -> str:
    """One story as Reuters sends it: a version prefix on the headline, byline, body, credits."""
    (a,) = articles
    out = [f"UPDATE {rng.randint(1, 4)}-{a.headline}"]
    if a.authors:
        out.append("By " + " and ".join(a.authors))
    out += [p + "\n" for p in a.paragraphs]
    out.append("(Reporting by Ann Lee; Editing by Tom Diaz)")
    return "\n".join(out) + "\n"


SINGLE_WRITERS = {"wire-ap": wire_ap, "wire-reuters": wire_reuters}
WRITERS = {"nexis-uni": nexis_uni, "nexis-classic": nexis_classic, "factiva": factiva, "factiva-plain": factiva_plain}
