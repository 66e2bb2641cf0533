"""A stress harness for the header: one line of page furniture put into a page whose answer is known, and
whether the headline, the deck, the authors and the date the parser reads change for it.

FURNITURE holds classes of header lines written from scratch (share rows, widgets, captions, labels, related
titles, kickers, breadcrumbs, the page's title, dates and bylines in unusual forms, newsletter prompts), several
per class and in several languages; an entry is one line, or a few lines printed together (a related title over
its date). `stress_page` puts an entry at one of POSITIONS on a page and parses it, `run` does so over pages and
counts, per class and position, how often each field differs from the page's parse without the inserted lines.
No class here should move a field (a byline repeats the page's own authors, a date the page's own date).

    PYTHONPATH=$PWD python3 tests/header_stress.py tests/probes            # every probe page
    PYTHONPATH=$PWD python3 tests/header_stress.py ../shared/eval/dev --half a

tests/test_header_stress.py runs a sample of it over the probe pages with a floor per class.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from articlecli.model import Article
from articlecli.pipeline import ParseOptions, parse

FIELDS = ("headline", "deck", "authors", "published")

_MONTHS = tuple(dt.date(2024, m, 1).strftime("%B") for m in range(1, 13))  # (the C locale's names)
_ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre")  # fmt: skip
_FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre")  # fmt: skip
_DAYS = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")


@dataclass(frozen=True)
class Known:
    """What the answer says of a page, where the furniture templates need it."""

    headline: str
    authors: tuple[str, ...]
    published: dt.date | None
    outlet: str = "Coastal Herald"


Entry = Callable[[Known], tuple[str, ...] | None]  # the lines to insert, or None where the page lacks what it needs


def _lines(*lines: str) -> Entry:
    return lambda _k: lines


def _page_title(sep: str) -> Entry:
    return lambda k: (f"{k.headline} {sep} {k.outlet}",)


def _crumbs_to_title(sep: str, home: str) -> Entry:
    return lambda k: (f"{home} {sep} News {sep} {k.headline}",)


def _date(form: Callable[[dt.date], str]) -> Entry:
    return lambda k: None if k.published is None else (form(k.published),)


def _byline(form: Callable[[tuple[str, ...], str], str]) -> Entry:
    return lambda k: None if not k.authors else (form(k.authors, k.outlet),)


def _joined(names: tuple[str, ...], word: str = "and") -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {word} " + names[-1]


FURNITURE: dict[str, tuple[Entry, ...]] = {
    "share-row": (
        _lines("Share on Facebook"),
        _lines("Compartir en WhatsApp"),
        _lines("Partager sur X"),
        _lines("Teilen"),
        _lines("Share via Email"),
        _lines("Condividi su Facebook"),
    ),
    "share-prompt": (
        _lines("Share this article with your friends"),
        _lines("Send this story to someone who needs to read it"),
        _lines("Comparte esta noticia con tus amigos"),
        _lines("Diesen Artikel mit Freunden teilen"),
        _lines("Partagez cet article sur les réseaux sociaux"),
    ),
    "listen-widget": (
        _lines("Listen to this article · 4 min"),
        _lines("Escuchar nota"),
        _lines("Artikel anhören"),
        _lines("Écouter cet article"),
        _lines("Listen to this story"),
    ),
    "save-widget": (
        _lines("Save article"),
        _lines("Save for later"),
        _lines("Bookmark this story"),
        _lines("Guardar"),
        _lines("Merken"),
    ),
    "font-size": (
        _lines("Text size A A A"),
        _lines("Font size A+ A-"),
        _lines("Tamaño de letra"),
        _lines("Schriftgröße"),
        _lines("A- A A+"),
    ),
    "reading-time": (
        _lines("4 min read"),
        _lines("Reading time: 6 minutes"),
        _lines("Lesezeit: 3 Min."),
        _lines("Tiempo de lectura: 5 minutos"),
        _lines("Temps de lecture : 4 min"),
    ),
    "caption-credit": (
        _lines("Dock workers at the gate on Monday. Photo: Lena Ortiz / Wire Photo"),
        _lines("Dock workers at the gate on Monday. (Lena Ortiz | Wire Photo)"),
        _lines("Des pêcheurs au port de Saint-Brice, lundi. Photo : Jean Martel / AFP"),
        _lines("Vecinos durante la asamblea del jueves en el club. Foto: Diego Suárez"),
        _lines("The old ferry terminal in the morning fog. (Photo: Ravi Menon/Harbour Post)"),
        _lines("Rescue crews search the river bank near the mill on Sunday. Reuters"),
    ),
    "caption-plain": (
        _lines("Mayor Lina Roth (left) with harbour staff on Monday."),
        _lines("The ferry terminal, pictured in 2019."),
        _lines("File photo of the old swing bridge over the canal."),
        _lines("Lena Ortiz, pictured at her home in the valley last week."),
    ),
    "sponsor-label": (
        _lines("Sponsored by Amberline Hotels"),
        _lines("Advertisement"),
        _lines("Partner content"),
        _lines("Anzeige"),
        _lines("Publicidad"),
        _lines("In partnership with Harbour Savings Bank"),
    ),
    # a site's motto printed over the headline, a sentence of its own (no standfirst printed above the title)
    "site-tagline": (
        _lines("The independent voice of the harbour towns and the islands since 1892"),
        _lines("El diario de todos los vecinos de la costa y de los valles del sur"),
        _lines("Die Zeitung für die ganze Region zwischen dem See und den Bergen"),
        _lines("Your trusted source for news, sport and weather from across the region"),
        _lines("Le journal de tous ceux qui vivent entre la mer et les collines du Sud"),
    ),
    # a label closing on its sponsor's name
    "sponsor-tail": (
        _lines("Traffic & Weather presented by Bayline Motors"),
        _lines("Wetter präsentiert von Stadtwerke Au"),
        _lines("El Tiempo presentado por Seguros Lagos"),
        _lines("The Morning Brief powered by Harbour Energy"),
        _lines("Election Night sponsored by Coastal Savings"),
    ),
    # a contributor's tag under the byline, before the paper's name
    "contributor-tag": (
        _lines("Special to the Coastal Herald"),
        _lines("Especial para El Faro del Sur"),
        _lines("Exclusive to Harbour News"),
        _lines("Spécial pour La Voix du Littoral"),
        _lines("Exclusivo para O Vale"),
    ),
    "related-dated": (
        _lines("Camel milk prices rise as herders move south early", "2 Dec 2023"),
        _lines("READ ALSO: Port sets record for winter container traffic (5 December 2023)"),
        _lines("Related: Ferry operator drops winter crossing to the islands", "March 3, 2023"),
        _lines("Lesen Sie auch: Hafen meldet Rekord bei Containern", "03.12.2023"),
        _lines("Te puede interesar: Cierra el último cine de barrio de la costa", "4 de diciembre de 2023"),
    ),
    "kicker": (
        _lines("EXCLUSIVE"),
        _lines("Analysis"),
        _lines("WORLD NEWS"),
        _lines("Meinung"),
        _lines("Análisis"),
        _lines("Local news"),
    ),
    "breadcrumb-section": (
        _lines("Home › News › Politics"),
        _lines("Inicio / Sociedad / Montevideo"),
        _lines("Startseite > Politik > Inland"),
        _lines("Accueil » Régions » Bretagne"),
        _lines("News / Business / Energy"),
    ),
    # a trail whose last section's name holds a figure (a league, a class of car, an age group)
    "breadcrumb-figures": (
        _lines("Sports / Rugby / Pro D2"),
        _lines("Deportes › Motor › F1"),
        _lines("Sport > Fußball > U21"),
        _lines("Home / Sport / Formula E"),
        _lines("Accueil » Sport » Ligue A2"),
    ),
    # a weather widget in the top bar: a place, a temperature, the sky
    "weather-widget": (
        _lines("Port Adair -6°C Light snow"),
        _lines("Lagos 31°C Sunny"),
        _lines("Wien 4 °C bewölkt"),
        _lines("Montevideo 18° Nublado"),
        _lines("72°F Partly Cloudy"),
        _lines("Harbourton, 12 °C, Showers"),
    ),
    "breadcrumb-headline": (
        _crumbs_to_title("›", "Home"),
        _crumbs_to_title(">", "Home"),
        _crumbs_to_title("/", "Inicio"),
    ),
    "page-title": (_page_title("|"), _page_title("-"), _page_title("–")),
    "date-unusual": (
        _date(
            lambda d: f"PUBLISHED {_DAYS[d.weekday()]}, {_MONTHS[d.month - 1][:3].upper()} {d.day} {d.year} 9:10 AM EST"
        ),
        _date(lambda d: f"Last Updated : {d:%d-%m-%Y} 09:10 IST"),
        _date(lambda d: f"{d:%m.%d.%Y} 09:00 AM"),
        _date(lambda d: f"Publicado el {d.day} de {_ES_MONTHS[d.month - 1]} de {d.year}"),
        _date(lambda d: f"Veröffentlicht am {d:%d.%m.%Y} um 09:10 Uhr"),
        _date(lambda d: f"Mis à jour le {d.day} {_FR_MONTHS[d.month - 1]} {d.year} à 09h10"),
        _date(lambda d: f"Published at : {_MONTHS[d.month - 1]} {d.day}, {d.year}"),
    ),
    "byline-no-by": (
        _byline(lambda a, o: f"{_joined(a)}, {o}"),
        _byline(lambda a, o: f"{_joined(a)} | {o}"),
        _byline(lambda a, _o: f"Posted by {_joined(a)}"),
        _byline(lambda a, _o: f"Written by {_joined(a)}"),
        _byline(lambda a, o: f"{_joined(a)} {o}"),
    ),
    "newsletter": (
        _lines("Sign up for our morning newsletter"),
        _lines("Get the Coastal Herald briefing in your inbox"),
        _lines("Abonnez-vous à notre newsletter"),
        _lines("Suscribite a nuestro boletín"),
        _lines("Newsletter abonnieren"),
    ),
}

# where an entry goes: above the headline; right under it, on pages whose deck is the next line; right above the
# byline (under the deck, if one is printed there); right above the first paragraph (under the byline and dates,
# and a lead picture if there is one)
POSITIONS = ("above-headline", "headline|deck", "above-byline", "above-body")
_UNDER = ("headline|deck", "above-byline", "above-body")
_OVER = ("above-headline", "above-byline", "above-body")
# where pages print each class (a breadcrumb or the page's title is printed over the headline, never inside the header)
WHERE: dict[str, tuple[str, ...]] = {
    "kicker": ("above-headline",),
    "breadcrumb-section": ("above-headline",),
    "breadcrumb-figures": ("above-headline",),
    "weather-widget": ("above-headline",),
    "site-tagline": ("above-headline",),
    "sponsor-tail": _OVER,
    "contributor-tag": ("above-body",),
    "breadcrumb-headline": ("above-headline",),
    "page-title": ("above-headline",),
    "sponsor-label": _OVER,
    "related-dated": _OVER,
    "newsletter": _OVER,
    "byline-no-by": _UNDER,
    "date-unusual": _UNDER,
}


def _norm(s: str) -> str:
    return " ".join(s.split())


@dataclass
class Page:
    """A page's text as lines, its answer and where its header's parts are."""

    name: str
    lines: list[str]
    known: Known
    at: dict[str, int] = field(default_factory=dict)  # position -> the line index the entry goes before
    blank: bool = False  # the page prints blank lines between its lines

    def with_entry(self, position: str, entry: tuple[str, ...]) -> str:
        k = self.at[position]
        ins: list[str] = []
        for line in entry:
            ins += [line, ""] if self.blank else [line]
        return "\n".join(self.lines[:k] + ins + self.lines[k:])


def _find(lines: list[str], text: str | None, start: int = 0, stop: int | None = None) -> int | None:
    if not text:
        return None
    want = _norm(text)
    for i in range(start, len(lines) if stop is None else min(stop, len(lines))):
        if _norm(lines[i]) == want:
            return i
    return None


def load_page(name: str, text: str, gold: dict[str, Any]) -> Page | None:
    """The page with its header located from its answer; None when its headline or first paragraph is not
    printed as a line of its own."""
    lines = text.split("\n")
    paras = gold.get("paragraphs") or []
    head = _find(lines, gold.get("headline"))
    if head is None or not isinstance(paras, list) or not paras:
        return None
    body = _find(lines, paras[0], head + 1)
    if body is None:
        return None
    authors = tuple(str(a) for a in gold.get("authors") or [])
    pub = gold.get("published")
    published = dt.date.fromisoformat(pub) if isinstance(pub, str) and gold.get("published_in_text") else None
    page = Page(name, lines, Known(str(gold["headline"]), authors, published))
    page.blank = sum(1 for line in lines[:body] if not line.strip()) * 3 > body
    page.at["above-headline"] = head
    nxt = next((i for i in range(head + 1, body) if lines[i].strip()), body)
    deck = _find(lines, gold.get("deck"), head + 1, body)
    if deck is not None and deck == nxt:
        page.at["headline|deck"] = head + 1
    byline = next((i for i in range(head + 1, body) if authors and authors[0] in lines[i]), None)
    if byline is not None and gold.get("byline_in_text"):
        page.at["above-byline"] = byline
    page.at["above-body"] = body
    return page


def _values(art: Article) -> dict[str, object]:
    return {
        "headline": art.headline,
        "deck": art.deck,
        "authors": tuple(sorted(a.name for a in art.authors)),
        "published": art.published.iso[:10] if art.published and art.published.iso else None,  # the day, as scored
    }


@dataclass
class Tally:
    """How many insertions of a class at a position were made, and how many changed each field."""

    n: int = 0
    changed: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    examples: list[str] = field(default_factory=list)

    def held(self) -> float:
        """The share of insertions that left all four fields as they were."""
        return 1.0 if not self.n else 1 - self.broken / self.n

    broken: int = 0


def _variant(name: str, cls: str, position: str, n: int) -> int:
    return hashlib.sha256(f"{name}|{cls}|{position}".encode()).digest()[0] % n


def stress_page(
    page: Page, options: ParseOptions, classes: Iterable[str], positions: Iterable[str] = POSITIONS
) -> Iterator[tuple[str, str, str, dict[str, tuple[object, object]]]]:
    """Each (class, position, inserted text, {field: (before, after)} for the fields that changed)."""
    base = _values(parse("\n".join(page.lines), options))
    for cls in classes:
        entries = FURNITURE[cls]
        for position in positions:
            if position not in page.at or position not in WHERE.get(cls, POSITIONS):
                continue
            entry = entries[_variant(page.name, cls, position, len(entries))](page.known)
            if entry is None:
                continue
            after = _values(parse(page.with_entry(position, entry), options))
            yield cls, position, " / ".join(entry), {f: (base[f], after[f]) for f in FIELDS if base[f] != after[f]}


def run(
    pages: Iterable[Page], options: ParseOptions, classes: Iterable[str] = tuple(FURNITURE)
) -> dict[tuple[str, str], Tally]:
    """The tallies per (class, position) over the pages."""
    classes = tuple(classes)
    out: dict[tuple[str, str], Tally] = {}
    for page in pages:
        for cls, position, entry, diff in stress_page(page, options, classes):
            t = out.setdefault((cls, position), Tally())
            t.n += 1
            for f in diff:
                t.changed[f] += 1
            if diff:
                t.broken += 1
                t.examples.append(f"{page.name} {position}: {entry!r} {diff}")
    return out


def probe_pages(folder: Path) -> list[Page]:
    pages = []
    for answer in sorted(folder.glob("*.json")):
        page = load_page(
            answer.stem, answer.with_suffix(".txt").read_text("utf-8"), json.loads(answer.read_text("utf-8"))
        )
        if page is not None:
            pages.append(page)
    return pages


def dev_pages(folder: Path, half: str | None) -> list[Page]:
    def site_half(site: str) -> str:  # as ../shared/eval/score.py splits the corpus
        return "ab"[hashlib.sha256(site.removeprefix("www.").encode()).digest()[0] % 2]

    pages = []
    for sub in sorted(p for p in folder.iterdir() if (p / "gold.json").is_file()):
        gold = json.loads((sub / "gold.json").read_text("utf-8"))
        if half and site_half(gold.get("site") or sub.name) != half:
            continue
        page = load_page(sub.name, (sub / "input.txt").read_text("utf-8"), gold)
        if page is not None:
            pages.append(page)
    return pages


def table(tallies: dict[tuple[str, str], Tally]) -> str:
    """Per class: the share of insertions that held every field, per position, and the changes per field."""
    rows = ["| class | " + " | ".join(POSITIONS) + " | all | headline | deck | authors | published |"]
    rows.append("|" + " --- |" * (len(POSITIONS) + 6))
    for cls in FURNITURE:
        cells, total = [], Tally()
        for position in POSITIONS:
            t = tallies.get((cls, position))
            cells.append("" if t is None or not t.n else f"{t.held():.3f} ({t.n})")
            if t is not None:
                total.n += t.n
                total.broken += t.broken
                for f in FIELDS:
                    total.changed[f] += t.changed[f]
        per = [str(total.changed[f]) for f in FIELDS]
        rows.append(
            f"| {cls} | " + " | ".join(cells) + f" | {total.held():.3f} ({total.n}) | " + " | ".join(per) + " |"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("folder", type=Path, help="tests/probes, or a corpus folder of NAME/input.txt + gold.json")
    ap.add_argument("--half", choices=("a", "b"))
    ap.add_argument("--every", type=int, default=1, help="every Nth page only")
    ap.add_argument("--classes", default="", help="comma-separated classes (default all)")
    ap.add_argument("--examples", type=int, default=0, help="print up to N changed insertions per class")
    args = ap.parse_args(argv)
    probes = any(args.folder.glob("*.json"))
    pages = probe_pages(args.folder) if probes else dev_pages(args.folder, args.half)
    pages = pages[:: args.every]
    options = ParseOptions(now=dt.datetime(2024, 5, 14, 16, 0, tzinfo=dt.timezone.utc)) if probes else ParseOptions()
    classes = tuple(c for c in args.classes.split(",") if c) or tuple(FURNITURE)
    tallies = run(pages, options, classes)
    print(f"{len(pages)} pages")
    print(table({k: v for k, v in tallies.items() if k[0] in classes}))
    if args.examples:
        for cls in classes:
            ex = [e for (c, _), t in tallies.items() if c == cls for e in t.examples]
            for e in ex[: args.examples]:
                print(f"{cls}: {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
