"""The later steps of the cue readers of other languages (`cues.py`), loaded on the first quote that reaches them:
English pages never do, so their code is no part of a start's. An abbreviated title's stops before a name, a cue
after a clause of reported speech, a cue opening its sentence with its subject left out, an unnamed source of a body,
a description before a cue, an unnamed source opening a paragraph, a spokesperson's body, an aside after a subject.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from . import lexicon as L
from . import rx
from .cues import (
    _ARTICLES,
    _INDEFINITE_WORD,
    _PARTICLE,
    _QUOTE_MARKS,
    _VERBS,
    Cue,
    _clean,
    _cue,
    _cue_after,
    _may_report,
    _more_verbs,
    _titles,
    _VerbShapes,
    body_head,
)
from .people import alternation, role_compound
from .speech import _ARTICLE_WORDS, _LINK_WORDS

if TYPE_CHECKING:
    import regex

    from .speech import Block, _Reader


@cache
def _cue_before() -> str:
    """The cue verbs that may stand before a quote, as `cues._VerbShapes` reads them (built on first use)."""
    verbs = (*_VERBS, *_more_verbs())
    return _cue(tuple(v for v in verbs if v not in L.FOREIGN_CUES_AFTER_QUOTE_ONLY))


_THAT = r"(?:" + alternation(L.FOREIGN_THAT) + r")[ ]|qu['’]"


@cache
def _cue_opening() -> regex.Pattern[str]:
    """A cue opening the sentence, its subject left out, then "that" (read on the sentence, its first letter in lower
    case): "Sostuvo que la medida permitirá “…”"."""
    return rx.compile(
        _cue_before() + r"(?:[ ]++[^.!?:;«»„“”\"]{1,60}?)?(?:[ ]*+,)?[ ]++(?:" + _THAT + r")[^.!?:;«»„“”\"]{0,200}$"
    )


@cache
def _source_of_body() -> regex.Pattern[str]:
    """An unnamed source of a body opening the sentence, the body, the cue: "Fonte da GNR adiantou que «…»"."""
    return rx.compile(
        r"(?:^|[.!?][ ]++)(?:(?i:"
        + alternation(L.FOREIGN_INDEFINITE_ARTICLES)
        + r")[ ]++)?(?i:"
        + alternation(rx.cut_phrases(L.FOREIGN_SOURCE_NOUNS_TEXT))
        + r")[ ]++(?:(?:"
        + alternation((*L.FOREIGN_OF, *L.FOREIGN_ARTICLES))
        + r")[ ]++){1,2}(?P<org>\p{Lu}[^,.;:!?«»„“”\"]{0,60}?)[ ]++"
        + _cue_before()
        + r"(?:[ ]++[^.!?:;«»„“”\"]{1,60}?)?(?:[ ]*+,)?(?:[ ]++(?:"
        + _THAT
        + r")|[ ]*+:)[^.!?:;«»„“”\"]{0,200}$"
    )


@cache
def _title_stops() -> regex.Pattern[str]:
    """An abbreviated title as printed, its stops, before a name, in lower case or with a capital (built on first
    use; not a word's end after a hyphen: "disse-me. Ele")."""
    titles = sorted(rx.cut_phrases(L.FOREIGN_ABBREVIATED_TITLES_TEXT), key=len, reverse=True)
    body = "|".join(f"[{t[0].upper()}{t[0]}]" + t[1:].replace(".", r"\.").replace("-", r"\-") + r"\.?+" for t in titles)
    return rx.compile(r"(?<![\p{L}.\-'’])(?:" + body + r")(?=[ ]++\p{Lu})")


def without_title_stops(words: str) -> str:
    """`words` with the stops of abbreviated titles before names taken out ("explicó la Dra. Itzel Ramírez" ->
    "explicó la Dra Itzel Ramírez"): the cue's shapes end a clause at a full stop."""
    if "." not in words:
        return words
    return str(_title_stops().sub(lambda m: m.group(0).replace(".", ""), words))


@cache
def _opening_description() -> regex.Pattern[str]:
    """An unnamed source opening a paragraph, an indefinite article and its description: "Een bewoner van de Dijkweg
    die …", "Une voisine du chantier était …", "Un vecino de Villa Sol, que …" (built on first use)."""
    return rx.compile(
        r"(?i:"
        + alternation(L.FOREIGN_INDEFINITE_ARTICLES)
        + r")[ ]++(?P<what>\p{Ll}[\p{L}\-]*+(?:[ ]++(?:"
        + _PARTICLE
        + r")[ ]++(?:(?:"
        + alternation(L.FOREIGN_ARTICLES)
        + r")[ ]++)?\p{L}[\p{L}\-]*+)?|\p{Lu}\p{Ll}[\p{L}\-]*+)(?![\p{L}])"
    )


def opening_description(text: str) -> str | None:
    """The description of an unnamed source opening `text` with an indefinite article ("Une voisine du chantier
    était venue …": "voisine du chantier"; "Ein Anwohner, der …": "Anwohner"), else None."""
    if not _INDEFINITE_WORD.match(text):
        return None
    m = _opening_description().match(text)
    return str(m.group("what")) if m else None


@cache
def _spokesperson_of_body() -> regex.Pattern[str]:
    """A spokesperson of a body named after the noun (built on first use): "Ein Sprecher der Flughafengesellschaft
    Lindhagen bestätigte", "un portavoz de la Policía Nacional dijo"."""
    return rx.compile(
        r"(?<![\p{L}])(?i:"
        + alternation(L.FOREIGN_SPOKESPERSON_NOUNS)
        + r")[ ]++(?:(?:"
        + alternation((*L.FOREIGN_OF, *L.FOREIGN_ARTICLES))
        + r")[ ]++){1,2}(?P<org>\p{Lu}[\p{L}\-]*+(?:[ ]++(?:(?:"
        + _PARTICLE
        + r")[ ]++){0,2}\p{Lu}[\p{L}\-]*+)*+)"
    )


def spokesperson_body(text: str) -> str | None:
    """The body the last spokesperson `text` names with the body after the noun speaks for ("Ein Sprecher der
    Flughafengesellschaft Lindhagen bestätigte": "Flughafengesellschaft Lindhagen"), else None."""
    found = None
    for m in _spokesperson_of_body().finditer(text):
        found = str(m.group("org"))
    return found


def subject_left_out_before(before: str) -> Cue | None:
    """A cue opening the quote's sentence, its subject left out as Spanish, Portuguese and Italian do, then "that"
    (`Sostuvo que la medida permitirá “…”`, `Ha spiegato che il piano è «…»`, `Disse aos jornalistas que …`): the
    cue, whose speaker is who the story named before; else None."""
    if not _may_report(before):
        return None
    end = len(before)
    start = max(before.rfind(". "), before.rfind("! "), before.rfind("? "), before.rfind(": ")) + 2
    sentence = before[start:end] if start >= 2 else before.lstrip()
    if not sentence[:1].isupper():
        return None
    m = _cue_opening().match(sentence[:1].lower() + sentence[1:])
    return Cue("", _clean(sentence[: m.end("cue")])) if m else None


def source_of_body_before(before: str) -> Cue | None:
    """An unnamed source of a body opening the quote's sentence, the body's name after it, then the cue (`Fonte da
    GNR adiantou ao jornal que «…»`, `Fuentes del Ministerio de Salud confirmaron que “…”`): the body; else None."""
    m = _source_of_body().search(before) if _may_report(before) or before.rstrip().endswith(":") else None
    if m is None:
        return None
    return Cue(m.group("org").strip(), _clean(m.group("cue")), described=True)


def description_before(before: str, m: regex.Match[str]) -> Cue | None:
    """An article and a noun in lower case as the subject of a cue before a quote (`Il parco ha risposto in una nota
    che … «…»`, `El delantero aseguró que … “…”`, `Die Stadt teilte mit: „…“`; "Il" is an article there, no
    pronoun): a person's role, whose holder the story named, else the body or person so described; else None."""
    who = m.group("who")
    words = before[m.end("who") : m.start("cue")].split()
    if who[1:2] in ("'", "’") and who[2:3].islower() and not words:  # "L'istituto ha precisato che …"
        who, words = who[:2], [who[2:]]
    article, _, noun = who.partition(" ")
    low = noun.lower()
    if not words and article.lower() in _ARTICLES and noun.isalpha() and (low in _titles() or role_compound(low)):
        return Cue(who, _clean(m.group("cue")), role=low)  # "Die Ministerin räumte ein, …": a German role noun
    article = who.lower() in _ARTICLES or who.lower() in ("l'", "l’")
    if not article or not 1 <= len(words) <= 2 or not words[0].isalpha() or not words[0].islower():
        return None
    noun = words[0]
    if noun in _titles() or role_compound(noun):
        return Cue(f"{who} {noun}", _clean(m.group("cue")), role=noun)
    return Cue(noun, _clean(m.group("cue")), described=True)


def cue_after_clause(before: str, shapes: _VerbShapes, *, closed: bool) -> Cue | None:
    """A cue after a clause of reported speech, read as a cue after a closing mark is: closing the sentence before a
    quote that stands as a sentence of its own (`Die Routine habe versagt, meinte er. „…“`, `Le pont restera fermé,
    a précisé le maire. « … »`, `La obra terminará en mayo, dijo. “…”`), or set in commas in the quote's own
    sentence (`Der Hang sei in Bewegung, sagte Haller, eine „akute Gefahr“ sehe er nicht`, `El puente, dijo Ortega,
    es «un riesgo»`); else None."""
    end = len(before.rstrip()) - 1 if closed else len(before)
    start = max(before.rfind(". ", 0, end), before.rfind("! ", 0, end), before.rfind("? ", 0, end)) + 1
    # (not across another quote: the cue after its closing mark is that quote's, read as the speaker of the quote
    # before)
    start = max(start, *(before.rfind(mark, 0, end) + 2 for mark in _QUOTE_MARKS))
    comma = before.find(", ", start, end)
    while comma >= 0:
        tail = before[comma:end] + ("." if closed else "")
        found = _cue_after(tail, shapes) if closed or tail.count(",") >= 2 else None
        if found is not None:
            return found
        comma = before.find(", ", comma + 2, end)
    return None


@cache
def aside() -> regex.Pattern[str]:
    """An aside in commas after a sentence's subject ("Quiroga, en cambio, se hizo cargo"; built on first use)."""
    return rx.compile(r",[ ]++(?i:" + alternation(rx.cut_phrases(L.FOREIGN_ASIDES_TEXT)) + r")[ ]*+,")


def holder_of_surname(reader: _Reader, block: Block, surname: str) -> str | None:
    """The one person named before `block` (or in it) whose name of three words or more holds `surname` past
    its first word, as Spanish and Portuguese names hold the father's surname before the mother's ("dijo
    Fuenzalida" after "Matías Ignacio Fuenzalida Ortúzar"); else None."""
    found: set[str] = set()
    for other in reader.blocks:
        for _at, run in reader.runs.get(id(other)) or ():
            if surname in run:
                name = reader.registry.resolve(run)
                words = name.split()
                if len(words) >= 3 and surname in words[1:]:
                    found.add(name)
        if other is block:
            break
    return found.pop() if len(found) == 1 else None


def body_described(reader: _Reader, noun: str, block: Block, opener: int) -> str | None:
    """The body a noun of another language describes after its definite article ("el organismo", "la
    institución", "die Gesellschaft"), when the noun is the head word of a body's name: the body the story named
    whose name opens with the noun, as the languages that print the head first do ("Empresa Municipal de
    Aguas"), or ends with it, as German compounds do ("Flughafengesellschaft Lindhagen"), else the last body
    of several words named before the quote in its paragraph or the one before ("el Sistema Municipal de Agua y
    Drenaje"); else None."""
    if not body_head(noun):
        return None
    near: list[str] = []
    for other in (reader.prev_block, block):
        for at, run in reader.runs.get(id(other)) or () if other is not None else ():
            if other is block and at >= opener:
                break
            name = _without_opening_article(run)
            low = name.lower()
            if low.startswith(f"{noun} ") or low.partition(" ")[0].endswith(noun):
                return name
            if " " in name and not reader.registry.is_person(name):
                near.append(name)
    return near[-1] if near else None


def _without_opening_article(name: str) -> str:
    """A body's name without the article a run of capitals took in ("El Servicio Regional de Vialidad", "L'Istituto
    Zooprofilattico")."""
    head, _, rest = name.partition(" ")
    if rest and head.lower() in _ARTICLE_WORDS:
        return rest
    return name[2:] if name[:2].lower() in ("l'", "l’") and name[2:3].isupper() else name


@cache
def link_words() -> frozenset[str]:
    """`speech._LINK_WORDS` and the words of other languages for to, with, against and by, after which a name is no
    subject ("marcó 14 goles con Quebrada Alta"; the latter cut on first use)."""
    return _LINK_WORDS | frozenset((*L.FOREIGN_TO, *rx.cut_phrases(L.FOREIGN_WITH_TEXT)))
