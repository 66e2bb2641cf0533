"""A substitution harness for bylines and dates: forms as printed around the world, each with the answer it must give.

Each byline form (BYLINE_FORMS) is the line or lines a page prints for its authors; each date form (DATE_FORMS) the
line a page prints for its date. `substitute` puts a form in the place of a page's own byline or date line (a page
whose answer is known), and `check` says whether the parser still reads the authors or the date, and whether the
headline, the deck or the first paragraph moved. tests/test_byline_stress.py runs every form on a small page written
here (TEMPLATE); run as a script, this module runs every form over the probe pages or a half of the dev corpus:

    PYTHONPATH=$PWD python -m tests.byline_stress probes 5     (every fifth probe page)
    PYTHONPATH=$PWD python -m tests.byline_stress dev a     (half b only as the check)

The names, outlets and places are invented. The date forms print Friday 17 March 2023, 09:10 (the day after the
twelfth, so a numeric date reads one way only), or a time relative to NOW.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from articlecli.model import Article
from articlecli.pipeline import ParseOptions, parse

NOW = dt.datetime(2024, 5, 14, 16, 0, tzinfo=dt.timezone.utc)  # the probes' "now"
DAY = "2023-03-17"
TODAY = NOW.date().isoformat()


@dataclass(frozen=True)
class BylineForm:
    name: str
    lines: tuple[str, ...]  # the byline as printed, one or more lines
    authors: tuple[str, ...]  # what the guide calls the authors
    published: str | None = None  # a byline that also prints the date


@dataclass(frozen=True)
class DateForm:
    name: str
    line: str
    published: str
    dateline: bool = False  # printed at the start of the first paragraph, not on a line of its own


def _b(name: str, authors: tuple[str, ...], *lines: str, published: str | None = None) -> BylineForm:
    return BylineForm(name, lines, authors, published)


IM = ("Ines Marlow",)
IM_TR = ("Ines Marlow", "Tobias Renn")

BYLINE_FORMS: tuple[BylineForm, ...] = (
    # a lead word or none
    _b("by", IM, "By Ines Marlow"),
    _b("by-caps", IM, "BY INES MARLOW"),
    _b("no-by", IM, "Ines Marlow"),
    _b("posted-by", IM, "Posted by Ines Marlow"),
    _b("written-by", IM, "Written by Ines Marlow"),
    _b("words-by", IM, "Words by Ines Marlow"),
    _b("report-by", IM, "Report by Ines Marlow"),
    # a review's lead words: its writer where no other byline is printed, a checker's under a byline
    _b("reviewed-by", IM, "Reviewed by Ines Marlow"),
    _b("reviewed-by-title-next-line", IM, "Reviewed by Ines Marlow", "Arts Editor"),
    _b("reviewed-by-two", IM_TR, "Reviewed by Ines Marlow and Tobias Renn"),
    _b("by-then-reviewed-by", IM, "By Ines Marlow", "Reviewed by Dr. Tobias Renn"),
    _b("name-then-reviewed-by", IM, "Ines Marlow", "Reviewed by Tobias Renn"),
    _b("critica-de", IM, "Crítica de Ines Marlow"),
    _b("critique-de", ("Jean-Luc de la Roche",), "Critique de Jean-Luc de la Roche"),
    _b("rezension-von", ("Tobias Renn",), "Rezension von Tobias Renn"),
    _b("recensione-di", ("Chiara De Luca",), "Recensione di Chiara De Luca"),
    # several authors
    _b("two-and", IM_TR, "By Ines Marlow and Tobias Renn"),
    _b("two-amp", IM_TR, "By Ines Marlow & Tobias Renn"),
    _b("three-commas", (*IM_TR, "Kofi Mensah-Adjei"), "By Ines Marlow, Tobias Renn and Kofi Mensah-Adjei"),
    _b("two-and-no-by", IM_TR, "Ines Marlow and Tobias Renn"),
    _b("two-amp-no-by", IM_TR, "Ines Marlow & Tobias Renn"),
    _b("two-comma-no-by", IM_TR, "Ines Marlow, Tobias Renn"),
    # a title, a beat or a place after the name
    _b("title-comma", IM, "By Ines Marlow, Health Reporter"),
    _b("title-bar", IM, "By Ines Marlow | Political Editor"),
    _b("title-next-line", IM, "Ines Marlow", "Senior Correspondent"),
    _b("title-then-and", IM_TR, "Ines Marlow", "Health Reporter", "and Tobias Renn"),
    # the second author carried over to the next line, after a bar's fields or another language's "and"
    _b(
        "bars-then-and-bar",
        IM_TR,
        "By Ines Marlow | im@ledger.example | Harbour Ledger",
        "and Tobias Renn | Staff writer",
    ),
    _b("and-bar-title", IM_TR, "By Ines Marlow", "and Tobias Renn | Staff writer"),
    _b("por-then-y", IM_TR, "Por Ines Marlow", "y Tobias Renn"),
    _b("von-then-und", IM_TR, "Von Ines Marlow", "und Tobias Renn"),
    _b("par-then-et", IM_TR, "Par Ines Marlow", "et Tobias Renn"),
    _b("place-in", IM, "By Ines Marlow in Lagos"),
    _b("place-comma", IM, "By Ines Marlow, Nairobi"),
    # the outlet after a bar, From: or on the next line
    _b("outlet-bar", IM, "By Ines Marlow | The Harbour Ledger"),
    _b("outlet-from", IM, "By Ines Marlow", "From: The Harbour Ledger"),
    _b("outlet-next-line", IM, "By Ines Marlow", "The Harbour Ledger"),
    _b("two-outlet-next-line", IM_TR, "Ines Marlow and Tobias Renn", "Harbour Ledger"),
    _b("title-and-outlet", IM, "By Ines Marlow, Senior Reporter | The Harbour Ledger"),
    _b("title-for-outlet", IM, "By Ines Marlow, Education Correspondent for The Harbour Ledger"),
    # desk, staff and wire bylines as printed
    _b("our-staff-reporter", ("Our Staff Reporter",), "Our Staff Reporter"),
    _b("by-our-correspondent", ("Our Correspondent",), "By Our Correspondent"),
    _b("newsroom-staff", ("Newsroom Staff",), "By Newsroom Staff"),
    _b("staff-reporter", ("Staff Reporter",), "Staff Reporter"),
    _b("wire-services", ("Harbour Ledger wire services",), "Harbour Ledger wire services"),
    _b("redaccion-outlet", ("Redacción Canal Sur",), "Redacción Canal Sur"),
    _b("redaktion-outlet", ("Redaktion Hafenblatt",), "Redaktion Hafenblatt"),
    # a broadcaster's newsroom, its name with a number (a name's reader stops at a digit)
    _b("redaccion-channel-number", ("Redacción Canal 11",), "Redacción Canal 11"),
    _b("redaktion-tv-number", ("Redaktion TV 5",), "Redaktion TV 5"),
    _b("redazione-radio-number", ("Redazione Radio 24",), "Redazione Radio 24"),
    _b("redacao-radio-fm", ("Redação Rádio 98 FM",), "Redação Rádio 98 FM"),
    _b("par-la-redaction", ("La Rédaction",), "Par la Rédaction"),
    _b("von-der-redaktion", ("der Redaktion",), "Von der Redaktion"),
    _b("agency-alone", ("Reuters",), "Reuters"),
    _b("by-agency", ("Associated Press",), "By Associated Press"),
    _b("name-and-agency", IM, "By Ines Marlow, AFP"),
    # a handle or an email glued to the name
    _b("handle-glued", IM, "By Ines Marlow@imarlow"),
    _b("handle-spaced", IM, "By Ines Marlow @imarlow"),
    _b("email-bar", IM, "By Ines Marlow | imarlow@harbourledger.example"),
    # particles, hyphens, initials
    _b("particle-van-der", ("Liesbeth van der Berg",), "By Liesbeth van der Berg"),
    _b("particle-de-la", ("Jean-Luc de la Roche",), "By Jean-Luc de la Roche"),
    _b("initials", ("A.K. Varma",), "By A.K. Varma"),
    _b("particle-capital", ("Chiara De Luca",), "By Chiara De Luca"),
    _b("hyphen", ("Ngozi Okonjo-Bello",), "By Ngozi Okonjo-Bello"),
    _b("initial-middle", ("Daniel P. Okafor",), "By Daniel P. Okafor"),
    # the local lead words
    _b("por", IM, "Por Ines Marlow"),
    _b("por-y", IM_TR, "Por Ines Marlow y Tobias Renn"),
    _b("par", ("Jean-Luc de la Roche",), "Par Jean-Luc de la Roche"),
    _b("par-et", IM_TR, "Par Ines Marlow et Tobias Renn"),
    _b("di", ("Chiara De Luca",), "Di Chiara De Luca"),
    _b("von", ("Tobias Renn",), "Von Tobias Renn"),
    _b("von-und", IM_TR, "Von Ines Marlow und Tobias Renn"),
    _b("door", ("Liesbeth van der Berg",), "Door Liesbeth van der Berg"),
    _b("av", ("Kari Nordvik",), "Av Kari Nordvik"),
    _b("av-og", ("Kari Nordvik", "Jon Eide"), "Av Kari Nordvik og Jon Eide"),
    # the byline and the date on one line, in either order
    _b("by-bar-date", IM, "By Ines Marlow | March 17, 2023", published=DAY),
    _b("date-bar-by", IM, "March 17, 2023 | By Ines Marlow", published=DAY),
    _b("by-comma-date-time", IM, "By Ines Marlow, 17 March 2023 09:10", published=DAY),
    _b("no-by-dot-date", IM, "Ines Marlow · 17 Mar 2023", published=DAY),
    _b("by-on-date", IM, "By Ines Marlow on March 17, 2023", published=DAY),
    _b("by-published-date", IM, "By Ines Marlow Published March 17, 2023", published=DAY),
)


def _d(name: str, line: str, published: str = DAY, dateline: bool = False) -> DateForm:
    return DateForm(name, line, published, dateline)


DATE_FORMS: tuple[DateForm, ...] = (
    _d("month-day-year", "March 17, 2023"),
    _d("day-month-year", "17 March 2023"),
    _d("day-name-month-first", "Friday, March 17, 2023"),
    _d("day-name-day-first", "Friday 17 March 2023 09:10"),
    _d("guardian-style", "Fri 17 Mar 2023 09.10 GMT"),
    _d("abbrev-at-time", "Mar 17, 2023 at 9:10 a.m. ET"),
    _d("day-first-dotted", "17.03.2023 09:10"),
    _d("month-first-dotted", "03.17.2023 09:10 AM"),
    _d("day-first-slashed", "17/03/2023"),
    _d("month-first-slashed", "03/17/2023 9:10 AM"),
    _d("iso", "2023-03-17 09:10"),
    _d("year-first-slashed", "2023/03/17 09:10"),
    _d("day-first-dashed", "17-03-2023 09:10"),
    _d("time-first", "09:10, 17 Mar 2023"),
    _d("published-label", "Published: March 17, 2023 9:10 am"),
    _d("published-and-updated", "Published 17 March 2023 Updated 18 March 2023"),
    _d("last-modified-after", "17 March 2023, Last modified: 20 March 2023"),
    _d("upper-glued-year", "PUBLISHED FRI, MAR 17 20239:10 AM EDT"),
    # the year glued to the clock in other languages (the date's and the time's spans run together)
    _d("glued-year-es", "Viernes 17 de marzo de 202309:10"),
    _d("glued-year-fr", "Vendredi 17 mars 202309h10"),
    _d("glued-year-pt", "17 de março de 20239:10"),
    _d("glued-year-de", "Freitag, 17. März 202309:10 Uhr"),
    _d("date-bar-time", "March 17, 2023 | 9:10 AM"),
    _d("timezone-ist", "17 Mar 2023, 09:10 IST"),
    _d("publie-le", "Publié le 17 mars 2023 à 09h10"),
    _d("pubblicato-il", "Pubblicato il 17 marzo 2023 alle 09:10"),
    _d("publicado-actualizado", "Publicado: 17 mar 2023 - 09:10 Actualizado: 17 mar 2023 - 11:40"),
    _d("aktualisiert-am", "17.03.2023, 09:10 Uhr | Aktualisiert am 17.03.2023, 11:40 Uhr"),
    _d("publisert", "Publisert 17.03.2023 09:10"),
    _d("gepubliceerd", "Gepubliceerd op 17 maart 2023 om 09:10"),
    _d("hours-ago", "2 hours ago", TODAY),
    _d("today-time", "Today 09:10", TODAY),
    _d("today-over-printed", "Today at 18:40\nFri 17 Mar 2023 at 09:10"),
    _d("ago-over-printed", "3 hours ago\nMarch 17, 2023 9:10 am"),
    _d("dateline-date", "LAGOS, March 17, 2023 —", dateline=True),
    _d("dateline-abbrev", "Mar. 17, 2023 --", dateline=True),
)

# A page written here, with a place for the byline and one for the date: a deck under the headline, debris around.
TEMPLATE = """The Harbour Ledger
Home
News
Business
Sport
NEWS
Ferry crews vote to strike over night shifts on the island routes
Talks broke down after the operator refused to cap the number of night sailings each crew works
{byline}
{date}
Share this article
{first}
The vote followed three months of talks between the union and Bayline Ferries, which runs the six island routes.
Union secretary Mara Quill said the crews were worn out. "Nobody can stay sharp four nights in a row," she said.
Bayline Ferries said it was disappointed and would keep talking.
Related stories
Island council asks for a second ferry on winter weekends
© 2023 The Harbour Ledger"""
FIRST = "Crews on the island ferry routes voted on Thursday to strike for two days next month, their union said."
TEMPLATE_BYLINE = "By Ines Marlow"
TEMPLATE_DATE = "March 17, 2023"


def template_page(byline: BylineForm | None = None, date: DateForm | None = None) -> str:
    """The page above with a byline form, a date form, or both, in their places."""
    by = "\n".join(byline.lines) if byline else TEMPLATE_BYLINE
    day = TEMPLATE_DATE
    first = FIRST
    if byline and byline.published:
        day = ""
    elif date and date.dateline:
        day, first = "", f"{date.line} {FIRST}"
    elif date:
        day = date.line
    text = TEMPLATE.format(byline=by, date=day, first=first)
    return "\n".join(line for line in text.split("\n") if line)


def read(text: str) -> Article:
    return parse(text, ParseOptions(now=NOW))


def names(article: Article) -> tuple[str, ...]:
    return tuple(a.name for a in article.authors)


def published(article: Article) -> str | None:
    return article.published.iso[:10] if article.published and article.published.iso else None


def first_paragraph(article: Article) -> str | None:
    return article.paragraphs[0].text if article.paragraphs else None


def same_names(got: tuple[str, ...], want: tuple[str, ...]) -> bool:
    return [n.casefold() for n in got] == [n.casefold() for n in want]


# ------------------------------------------------------------------ substitution into pages whose answer is known
@dataclass(frozen=True)
class Page:
    name: str
    lines: tuple[str, ...]
    byline_at: int | None  # the index of the page's byline line
    date_at: int | None  # the index of the page's date line
    first_at: int | None  # the index of the first paragraph's line
    base: Article


def _first_line(lines: list[str], text: str | None) -> int | None:
    if not text:
        return None
    return next((i for i, line in enumerate(lines) if line.strip() == text.strip()), None)


def known_page(name: str, text: str, gold: dict[str, Any]) -> Page | None:
    """The page with its byline and date lines found from its answer, or None when the parser misreads it already
    (the harness tests forms, not pages)."""
    base = read(text)
    if not gold.get("byline_in_text") or not gold.get("published_in_text"):
        return None
    if not same_names(names(base), tuple(gold["authors"])) or published(base) != gold["published"]:
        return None
    lines = text.split("\n")
    first_at = _first_line(lines, (gold.get("paragraphs") or [None])[0])
    end = first_at if first_at is not None else len(lines)
    first_author = gold["authors"][0].casefold() if gold["authors"] else None
    byline_at = next((i for i in range(end) if first_author and first_author in lines[i].casefold()), None)
    date_at = next(
        (i for i in range(end) if base.published and lines[i].strip() == base.published.source.strip()), None
    )
    if byline_at is None or date_at is None or byline_at == date_at:
        return None
    return Page(name, tuple(lines), byline_at, date_at, first_at, base)


def substitute(page: Page, byline: BylineForm | None = None, date: DateForm | None = None) -> str:
    """The page with a form in the place of its byline line or its date line."""
    lines: list[str | None] = list(page.lines)
    if byline is not None and page.byline_at is not None:
        lines[page.byline_at] = "\n".join(byline.lines)
        if byline.published and page.date_at is not None:
            lines[page.date_at] = None
    if date is not None and page.date_at is not None:
        if date.dateline and page.first_at is not None:
            lines[page.date_at] = None
            lines[page.first_at] = f"{date.line} {page.lines[page.first_at]}"
        else:
            lines[page.date_at] = date.line
    return "\n".join(line for line in lines if line is not None)


@dataclass
class Tally:
    runs: int = 0
    right: int = 0
    headline: int = 0  # the headline moved
    deck: int = 0
    first: int = 0
    wrong: Counter[str] = field(default_factory=Counter)


def check(page: Page, byline: BylineForm | None, date: DateForm | None, tally: Tally) -> None:
    got = read(substitute(page, byline, date))
    tally.runs += 1
    if byline is not None:
        ok = same_names(names(got), byline.authors) and (not byline.published or published(got) == byline.published)
        answer = f"{names(got)} {published(got)}"
    else:
        assert date is not None
        ok = published(got) == date.published
        answer = str(published(got))
    tally.right += ok
    if not ok:
        tally.wrong[answer] += 1
    tally.headline += got.headline != page.base.headline
    tally.deck += got.deck != page.base.deck
    moved = first_paragraph(got) != first_paragraph(page.base)
    tally.first += moved and not (date is not None and date.dateline)


def _pages(which: list[str]) -> list[Page]:
    root = Path(__file__).resolve().parent
    found: list[tuple[str, str, dict[str, Any]]] = []
    if which[0] == "probes":
        for gold in sorted((root / "probes").glob("*.json")):
            found.append((gold.stem, gold.with_suffix(".txt").read_text(), json.loads(gold.read_text())))
    else:
        sys.path.insert(0, str(root.parent.parent / "shared" / "eval"))
        from score import site_half  # type: ignore[import-not-found]

        for d in sorted((root.parent.parent / "shared" / "eval" / "dev").iterdir()):
            gold = json.loads((d / "gold.json").read_text())
            if site_half(gold.get("site") or d.name) == which[1]:
                found.append((d.name, (d / "input.txt").read_text(), gold))
    step = int(which[-1]) if which[-1].isdigit() else 1  # every n-th page, to keep a run short
    pages = [known_page(name, text, gold) for name, text, gold in found[::step]]
    return [p for p in pages if p is not None]


def main(argv: list[str]) -> None:
    pages = _pages(argv or ["probes"])
    print(f"{len(pages)} pages whose byline and date lines are read right and stand apart")
    forms: list[tuple[BylineForm | None, DateForm | None]] = [(f, None) for f in BYLINE_FORMS]
    forms += [(None, f) for f in DATE_FORMS]
    total = 0
    for byline, date in forms:
        tally = Tally()
        for page in pages:
            check(page, byline, date, tally)
        form = byline or date
        assert form is not None
        kind = "byline" if byline else "date"
        total += tally.right
        worst = ", ".join(f"{k} x{n}" for k, n in tally.wrong.most_common(2))
        print(
            f"{kind:6} {form.name:24} right {tally.right:3}/{tally.runs:<3} headline moved {tally.headline:3} "
            f"deck {tally.deck:3} first para {tally.first:3}  {worst[:90]}"
        )
    print(f"all forms: {total}/{len(forms) * len(pages)} right")


if __name__ == "__main__":
    main(sys.argv[1:])
