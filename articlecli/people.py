"""The people and organisations an article names, for resolving speakers to full names.

"U.S. Secretary of Transport Nora Delgado" registers Nora Delgado (titles dropped, "secretary",
"transport", "u.s." remembered as her description); later "Delgado" resolves to her, and so
does a variant spelling ("Kowalenko" for "Kovalenko") or a description that repeats her
titles ("the transport secretary").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache

import regex

from . import lexicon as L
from . import rx
from .patterns import phrase_list

# The sets of the lexicon's tables of names, titles, roles and organisations (and the words around them) that
# several modules read, each built once here and imported by the others; a module that needs another form (a
# union with other tables, a subset) derives it from the set here, saying why (tests/test_written_once.py fails
# on a second build of one of these tables)
ARTICLES_AND_POSSESSIVES = frozenset(L.ARTICLES_AND_POSSESSIVES)  # "the", "a", "his": before a noun
COURTESY_TITLES = frozenset(L.COURTESY_TITLES)  # titles that only ever precede a person's surname
# the same in other languages ("Frau", "Sra.", "Mme"): they say the person's gender too
FOREIGN_COURTESY_TITLES = frozenset(L.FOREIGN_COURTESY_TITLES)
# the indefinite articles of other languages ("un", "eine"): an unnamed source's description opens with one
FOREIGN_INDEFINITE_ARTICLES = frozenset(L.FOREIGN_INDEFINITE_ARTICLES)
FOREIGN_MONTHS = frozenset(L.FOREIGN_MONTHS)  # "janvier", "Mai": read by the dates, the names, the captions
NAME_SMALL_WORDS = frozenset(L.NAME_SMALL_WORDS)  # "of", "and": lower-case words inside a title or a body's name
# honorifics before a name ("Sir", "Dame"), and the words a name never is (read by the names and the bylines)
HONORIFICS = frozenset(L.HONORIFICS)
NOT_NAME_WORDS = frozenset(L.NOT_NAME_WORDS)
NAME_STOPWORDS = frozenset(L.NAME_STOPWORDS)  # "the", "when", "after": words opening a sentence, never a name
ORG_WORDS = frozenset(L.ORG_WORDS)  # "Council", "Board": a name ending in one is a body's
PARTICLES = frozenset(L.NAME_PARTICLES)  # "de", "van", "bin": lower-case words inside a name
PERSON_ROLE_NOUNS = frozenset(L.PERSON_ROLE_NOUNS)  # "boss", "spokeswoman": before a name, a person's
ROLE_HEADS = frozenset(L.ROLE_HEADS)  # "editor", "correspondent": a job title's last word
SPOKESPERSON_NOUNS = frozenset(L.SPOKESPERSON_NOUNS)
TITLE_WORDS = frozenset(L.TITLE_WORDS)

_VERB_ENDINGS = ("ing", "ed", "ly")


def _verb_form(word: str) -> bool:
    """`(?:ing|ed|ly)$` found in `word` ("Hosting", "Asked", "Reportedly"), read as plain text (`$` also stands
    before a last line break): two tests in C, where the pattern's call cost some thousand instructions a word."""
    return word.endswith(_VERB_ENDINGS) or (word[-1:] == "\n" and word[:-1].endswith(_VERB_ENDINGS))


_ARTICLE_START = rx.compile(r"^(?:The|A|An)[ ]++")
_AGE_SUFFIX = "-year-old"

_GIVEN = L.ANY_GIVEN_NAMES
_FATHERS_NAME_OPENERS = frozenset(L.FATHERS_NAME_OPENERS)
_DEMONYMS = frozenset(L.DEMONYMS)
_CAPITALISED_WORD = rx.compile(r"(?<![\p{L}])\p{Lu}\p{Ll}++(?![\p{L}])")
# A run of capitalised words (or an acronym in brackets among them): a title and the name after it
_CAPITALISED_RUN = rx.compile(
    r"(?-i:\p{Lu}[\p{L}'’\-]*+|\(\p{Lu}{2,6}\))(?:[ ]++(?-i:\p{Lu}[\p{L}'’\-]*+|\(\p{Lu}{2,6}\)))++"
)
# Lower-case role nouns before a name say it is a person's: "boss", "spokeswoman", "striker"
_ROLE_NOUNS = PERSON_ROLE_NOUNS | frozenset(L.OCCUPATION_NOUNS) | frozenset(w for w in L.TITLE_WORDS if len(w) > 3)
_SUFFIXES = frozenset(L.NAME_SUFFIXES)  # "Samuel A. Alito Jr.", "Martin Luther King III"
# Titles that only ever precede a person's surname
_FEMALE_NAMES = frozenset(L.FEMALE_GIVEN_NAMES)
_MALE_NAMES = frozenset(L.MALE_GIVEN_NAMES)
_FEMALE_TITLES = frozenset(L.FEMALE_TITLES)
_MALE_TITLES = frozenset(L.MALE_TITLES)
_GENDER_TITLES = _FEMALE_TITLES | _MALE_TITLES


# (the foreign titles' set, read by the names and the foreign cues)
FOREIGN_TITLES = frozenset(L.FOREIGN_TITLES)
_TITLE_WORDS = TITLE_WORDS | frozenset(L.DEPARTMENT_WORDS) | FOREIGN_TITLES
_OPENING_WORDS = NAME_STOPWORDS  # "the", "when", "after": words opening a sentence
_STOP = NAME_STOPWORDS | frozenset(L.NOT_A_PERSON) | NOT_NAME_WORDS | frozenset(L.FOREIGN_NAME_OPENERS)
# "according to" of other languages, capitalised opening a sentence before a name: no part of it ("Laut", "Según";
# a name's run is cut into single words, so only the one-word forms), capitalised as printed
_ACCORDING_WORDS = frozenset(w.capitalize() for words in L.FOREIGN_ACCORDING.values() for w in words if " " not in w)
# (and "for", a view's lead, opening a run: "Pour Anne Roux, c'est ...", "Para Ana Lima, ...")
_ACCORDING_OPENING = _ACCORDING_WORDS | frozenset(w.capitalize() for w in L.FOREIGN_VIEW_LEADS)
_KNIGHTLY = frozenset(L.HONORIFICS_WITH_GIVEN_NAME)
_TITLE_OR_STOP = _TITLE_WORDS | _STOP
_STYLES = frozenset(L.STYLES_OF_ADDRESS)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of lexicon words, longest first, each escaped."""
    # (escaped all at once, "\x00" between the words, which no escape touches)
    return rx.escape("\x00".join(phrase_list(tuple(words)))).replace("\x00", "|")


# Abbreviations written with a full stop inside a name run: "Dr.", "Sen.", "Jr.", "St."
_ABBREVIATED = sorted(
    {
        *(t for t in L.COURTESY_TITLES if t != "miss"),
        *L.TITLE_ABBREVIATIONS,
        *(s for s in L.NAME_SUFFIXES if not s.startswith("i")),
        *L.NAME_ABBREVIATIONS,
    }
)
NAME_ABBREVIATIONS = alternation(a.capitalize() for a in _ABBREVIATED)
# "Jr", "Sr", "II", "III", "IV" as printed after a name
NAME_SUFFIXES = alternation(s.upper() if s.startswith("i") else s.capitalize() for s in L.NAME_SUFFIXES)
NAME_PARTICLES = alternation(L.NAME_PARTICLES)

# A run of capitalised words (with name particles): "U.S. Secretary", "Defense Lloyd Austin".
# Initials and abbreviations end in a full stop a few letters in, which one test of the word's shape finds
# before the abbreviations are tried one by one (most capitalised words have none).
_ABBREVIATED_SHAPE = r"(?=\p{Lu}\p{Ll}{0,4}\.)"
_TOKEN = (
    r"(?-i:"
    + _ABBREVIATED_SHAPE
    + r"(?:(?:\p{Lu}\.){2,}|\p{Lu}\.(?=[ ]\p{Lu})|(?:"
    + NAME_ABBREVIATIONS
    + r")\.)|\p{Lu}[\p{L}\p{M}'’\-]*+)"
)
# A name never goes on past a particle into an acronym: "Juan Pérez del PSOE", "Ruud van 't Hoff van SV Heerdingen"
# are the person and then the party or club (read only after a particle).
NO_ACRONYM_AFTER_PARTICLE = r"(?-i:(?!\p{Lu}{2,}+(?![\p{Ll}\p{M}'’])))"
# A run of capitalised words on one line (with name particles): "U.S. Secretary", "Defense Lloyd Austin".
NAME_RUN = rx.compile(
    # (every token starts with a capital, which `_TOKEN` tests: a lookahead for it first made the scan slower)
    r"(?<![\p{L}\p{N}'’.])"
    + _TOKEN
    + r"(?:[ ]++(?:(?:(?:"
    + NAME_PARTICLES
    + r")[ ]++){1,2}"
    + NO_ACRONYM_AFTER_PARTICLE
    + r")?"
    + _TOKEN
    + r"){0,7}"
)
_ACRONYM = rx.compile(
    r"(?<![\p{L}\p{N}'’.])(?P<full>"
    + _TOKEN
    + r"(?:[ ]++(?:of|for|and|&|the|on|de)?[ ]*+"
    + _TOKEN
    + r"){1,7})[ ]++\((?P<short>(?-i:\p{Lu}{2,8}))\)"
)
_APPOSITION_TAIL = (
    r",[ ]++(?:\p{Lu}[\p{L}.]*+[ ]++\(\p{Lu}[\p{L}.]*+\)[ ]++)?(?P<name>" + NAME_RUN.pattern + r")"
    # "The scientist, Dr Ann Lee of the Sleep Clinic,"; "... said the barrister, Simon Fenwick."
    r"(?:[ ]++(?:of|from|at)[ ]++[^,.;:“”\"]{1,60})?(?:,|\.(?=[ ]|$))"
)
# "The group, WeWorkers Coalition,"; "the club's chairman, Name,"; a title of a place or a body: "The Iyaloja of the
# market, Chief (Mrs) Name," (an honorific in brackets before the name); not after a
# preposition: "a spokeswoman for the ministry, Ingrid Dahl," names the spokeswoman
# (after "by" too, the agent: "commissioned by the Minister for Local Government, Name,"; the field of a title in
# capitals may be two or three words: "The Minister of Youth and Sports, Name,")
_NAMED_IN_APPOSITION = rx.compile(
    r"(?<![\p{L}])(?<!(?:" + "|".join(L.SERVING_PREPOSITIONS) + r")[ ]++)"
    r"(?<!(?<![\p{L}])(?:" + alternation(L.SERVING_PARTICIPLES) + r")[ ]++)"
    r"(?-i:[Tt]he)[ ]++(?:\p{Ll}[\p{Ll}\-]*+['’]s[ ]++)?"
    r"(?:(?P<noun>\p{Ll}[\p{Ll}\-]++)|(?P<noun>(?-i:\p{Lu}\p{Ll}++))(?=[ ](?:of|for)[ ]))"
    r"(?:[ ]++(?:of|for)[ ]++(?:the[ ]++)?"
    r"(?:\p{Ll}[\p{Ll}\-]*+|(?-i:\p{Lu}\p{Ll}++)(?:[ ](?:and[ ])?(?-i:\p{Lu}\p{Ll}++)){0,2}))?" + _APPOSITION_TAIL
)
# By its owner: "Llanfair's captain, Name,", "the Rovers' coach, Name,", "Its chairwoman, Name,", "his daughter,
# Name," (found from the comma after the role, which the engine looks for, and the owner and the role read behind
# it; the role is the word before the comma, after up to two words of its post: "the council's deputy returning
# officer, Name,")
_OWNED_IN_APPOSITION = rx.compile(
    r",(?<=(?:['’]s|s['’]|(?<![\p{L}])(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir))(?:[ ]+[\p{Ll}\-]+){1,3},)"
    + _APPOSITION_TAIL[1:]
)
# "the son of managing director Graham Lee", "the widow of Tomás Ruiz": the relative named after the kin noun and
# "of", past up to three words of their role in lower case (read only in a text holding " of " and a kin noun)
_KIN_OF = rx.compile(
    r"(?<![\p{L}])(?:the|a|an)[ ](?P<kin>\L<kin>)[ ]of[ ](?:(?-i:\p{Ll})[\p{Ll}\-]*+[ ]){0,3}(?P<name>"
    + NAME_RUN.pattern
    + r")",
    kin=phrase_list(tuple(L.KIN_CONVERSES)),
)
# An organisation's name printed in two capitalised runs: "Farnmoor Fire and" before "Rescue Service", "of Youth
# and Sports" after "Ministry" (a field of one or two words, in capitals, and another after "and")
_JOINED_BEFORE = rx.compile(
    r"(?<![\p{L}])(?P<name>(?-i:\p{Lu}\p{Ll}++)(?:[ ](?-i:\p{Lu}\p{Ll}++)){0,2})[ ](?:and|&)[ ]$"
)
_FIELD_AFTER = rx.compile(
    r"[ ](?:of|for)[ ](?:the[ ])?(?-i:\p{Lu}\p{Ll}++)(?:[ ](?-i:\p{Lu}\p{Ll}++))?"
    r"(?:[ ](?:and|&)[ ](?-i:\p{Lu}\p{Ll}++)(?:[ ](?-i:\p{Lu}\p{Ll}++))?)?(?![\p{L}]|[ ]\p{Lu})"
)
# "The choir was founded in 1965 by Winifred Oakes": who "the group's founder" is
_FOUNDED_BY = rx.compile(
    r"(?<=(?<![\p{L}])(?:founded|co-founded|set[ ]up|established)(?:[ ]in[ ]\d{4})?)[ ]by[ ]++"
    r"(?P<name>" + NAME_RUN.pattern + r")"
)
# "Dr Sunita Rao, a consultant in health protection at the agency,", "Bruce Lind, the county clerk,": who "the
# consultant", "the clerk" is (found from the comma, a literal the engine scans for, and the name then read in the
# few words before it)
_DESCRIBED_IN_APPOSITION = rx.compile(
    r",[ ]++(?-i:an?|the)[ ]++(?:\p{Ll}[\p{Ll}\-]*+[ ]++){0,3}?"
    r"(?P<noun>\p{Ll}[\p{Ll}\-]++)(?=[ ]++(?:in|at|of|for|with|from|to|on)[ ]|,)"
)
# "a report released on Monday by Stanford University's Center", "the study by the Fisheries Trust", "The petition,
# filed by the Harbour Residents' Association,", "a survey of the vessel by consultants Hallett Marine" (a role in
# lower case before the name)
_ISSUED_BY = rx.compile(
    r"(?<![\p{L}])(?P<doc>\L<docs>)"
    r"(?:,(?=[ ]++(?:filed|issued|released|published|written|signed|submitted|lodged)[ ]))?+"
    r"[ ]++(?:[\p{L}\p{N}\-]++[ ]++){0,5}?by[ ]++(?:the[ ]++)?"
    r"(?:(?!(?:\L<owners>|of)[ ])(?-i:\p{Ll})[\p{Ll}\-]*+[ ]++){0,2}?"
    r"(?P<by>" + NAME_RUN.pattern + r"(?:[ ](?:of|for|on|and)[ ]" + NAME_RUN.pattern + r")?)",
    docs=phrase_list(L.STATEMENT_NOUNS),
    owners=phrase_list((*L.STORY_POSSESSIVES, *L.WRITER_AND_READER_POSSESSIVES)),
)
# "Big Machine Records issued a statement", "the ministry said in a statement" (only names are kept)
_ISSUED = rx.compile(
    r"(?P<by>" + NAME_RUN.pattern + r")[ ]++(?:(?-i:\p{Ll})[\p{Ll}\-]*+[ ]++){0,2}?"
    r"(?:" + "|".join(verb.replace(" ", "[ ]") for verb in L.ISSUING_VERBS) + r")[ ]++(?:a|an|its|the)[ ]++"
    r"(?:[\p{Ll}\-]++[ ]++)?(?P<doc>\L<docs>)(?![\p{L}])",
    docs=phrase_list(L.STATEMENT_NOUNS),
)
# The words `_ISSUED` reads after the issuer's name (`lexicon.ISSUING_VERBS`), each with the space after it: a text
# holding none is not scanned
_ISSUING_VERBS = tuple(verb + " " for verb in L.ISSUING_VERBS)


def _issued_matches(text: str) -> tuple[regex.Match[str], ...]:
    """`_ISSUED_BY`'s matches in `text`, then `_ISSUED`'s, each pattern scanned only where the text holds the plain
    words it cannot match without (" by ", a verb of issuing and a space): most paragraphs hold neither
    (tests/test_warm_gates.py holds the gates to the patterns)."""
    by = tuple(_ISSUED_BY.finditer(text)) if " by " in text else ()
    if any(verb in text for verb in _ISSUING_VERBS):
        return (*by, *_ISSUED.finditer(text))
    return by


# What every `_ACRONYM` holds, found by its bracket far faster than the pattern scans a text for names
_BRACKETED_CAPITALS = rx.compile(r"\((?-i:\p{Lu}{2,8})\)")
_ACRONYM_SHAPE = rx.compile(r"^(?-i:\p{Lu}{2,6})$")
_NATIONALITY = rx.compile(r"^(?-i:\p{Lu})\p{Ll}{2,}(?:an|ian|ese|ish|i|ic|ean)$")


def _is_word_char(c: str) -> bool:
    return c.isalpha() or c in "'’-" or unicodedata.category(c)[0] == "M"


def word_count(text: str, word: str, *, alone: bool = False) -> int:
    """How often `word` stands in `text` as a whole word: a maximal run of letters, combining
    marks, apostrophes and hyphens. (Found with `str.find`: one pass per surname asked about,
    where counting every word of the article would tokenise it all.) With `alone`, only where
    no capitalised word but a title stands right before it: "Kotak Securities" is no "Securities"
    on its own, "Mr. Lam" is "Lam".

    >>> word_count("Smith said. Smithson and Smith's aide, Jane-Smith, agreed with Smith", "Smith")
    2
    >>> word_count("IIFL Securities and Kotak Securities agreed, Mr. Lam said; Lam added", "Securities", alone=True)
    0
    """
    if not word or not all(_is_word_char(c) for c in word):
        return 0  # never a whole word
    n, size = 0, len(word)
    at = text.find(word)
    while at >= 0:
        end = at + size
        if (at == 0 or not _is_word_char(text[at - 1])) and (end == len(text) or not _is_word_char(text[end])):
            n += not alone or not _after_capitalised_word(text, at)
        at = text.find(word, at + 1)
    return n


def _after_capitalised_word(text: str, at: int) -> bool:
    """The word before text[at] (on the same line, one space between) is capitalised and no title, or is a
    name's particle after such a word: "Gog" in "Maes y Gog" (a place) stands no more alone than "Leyen" in
    "Ursula von der Leyen" does."""
    if at < 2 or text[at - 1] != " ":
        return False
    before = text[max(0, at - 30) : at - 1].rsplit(None, 1)
    word = before[-1] if before and text[at - 2] not in " \n" else ""
    if word in PARTICLES and len(before) == 2:
        return _after_capitalised_word(text, at - 1 - len(word))
    return word[:1].isupper() and _bare(word) not in _TITLE_WORDS


# Two links' texts run together on a page: "Dana WhitfieldDana Whitfield", "Lopez-GarciaHarlan". A capital inside
# a word, after four letters or more, starts a new one, unless what precedes is a name prefix ("FitzGerald").
_GLUED = rx.compile(r"(?<=\p{Lu}\p{Ll}*?\p{Ll}{3})(?=\p{Lu}\p{Ll})")


def unglue(run: str) -> str:
    """A capitalised run up to where a second one is glued to it.

    >>> unglue("Rep. Dana WhitfieldDana WhitfieldHarbor Valley"), unglue("Tom FitzGerald"), unglue("Ann McDonald")
    ('Rep. Dana Whitfield', 'Tom FitzGerald', 'Ann McDonald')
    """
    if run.istitle() or _GLUED.search(run) is None:  # a capital after a lower-case letter is what istitle() refuses
        return run
    for m in _GLUED.finditer(run):
        word = run[: m.start()].split()[-1].split("-")[-1]
        if word.lower() not in _GLUE_PREFIXES:
            return run[: m.start()]
    return run


_GLUE_PREFIXES = frozenset(L.CAPITALISED_NAME_PREFIXES)


def _bare(token: str) -> str:
    return token.strip(".,;:'’").lower()


class Entity:
    """A person or organisation named in the article, with the titles printed beside it."""

    __slots__ = ("kind", "name", "titles")

    def __init__(self, name: str, kind: str, titles: set[str] | None = None) -> None:
        self.name = name
        self.kind = kind  # person | org
        self.titles = titles if titles is not None else set()


_ROLE_ENDINGS = L.FOREIGN_ROLE_ENDINGS
_ROLE_ENDING_SET = frozenset(_ROLE_ENDINGS)


def role_compound(word: str) -> bool:
    """A German role noun by its last part (`fraktionschefin`, `pressesprecher`): `lexicon.FOREIGN_ROLE_ENDINGS`
    ends it and it is longer than that ending."""
    return word.endswith(_ROLE_ENDINGS) and word not in _ROLE_ENDING_SET


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """(title words, name words) of a capitalised run: the name follows the last title word.

    >>> split_title("Estonian President Mart Kivisalu".split())
    (['Estonian', 'President'], ['Mart', 'Kivisalu'])
    """
    last = -1
    titled = [_bare(tok) in _TITLE_WORDS for tok in tokens]
    for i, tok in enumerate(tokens[:-1]):
        # (the pattern is tried last: most words are followed by no title)
        if titled[i] or (titled[i + 1] and _NATIONALITY.match(tok)):
            last = i
    return tokens[: last + 1], tokens[last + 1 :]


def person_name(tokens: list[str]) -> str | None:
    """The tokens as a person's name, or None: two to five name words, no stop words."""
    while tokens and _bare(tokens[-1]) in ("'s", "’s"):
        tokens = tokens[:-1]
    tokens = [t[:-2] if t.endswith(("'s", "’s")) else t for t in tokens]
    # a capitalised word opening a sentence: "Hosting Cook at Dreamforce", "Asked Smith"; "according to" of another
    # language: "Laut Kommandant Markus Plattner", "Según Ana Ruiz"
    while tokens and ((_verb_form(tokens[0]) and _bare(tokens[0]) not in _GIVEN) or tokens[0] in _ACCORDING_WORDS):
        tokens = tokens[1:]
    # an age spelled out opening a sentence: "Nineteen-year-old Manaia Tane"
    if len(tokens) >= 3 and tokens[0].endswith(_AGE_SUFFIX):
        tokens = tokens[1:]
    # a capitalised description opening a sentence: "Pensioner Mary Collins", "Witness Ali Khan", "Hawker Chua
    # Teck Meng" (a role noun before a name whose given name is not known: printed family name first), or a German
    # role compound before a name ("Fraktionschefin Meike Stratmann"); but not a given name before a father's name
    # ("Rosnah Abdul Karim", "Faridah Mohd Yusof": a Malay name printed without "binti")
    if (
        len(tokens) >= 3
        and (_bare(tokens[1]) in _GIVEN or _bare(tokens[0]) in _ROLE_NOUNS or role_compound(_bare(tokens[0])))
        and _bare(tokens[0]) not in _GIVEN
        and _unaccented(_bare(tokens[0])) not in _GIVEN  # "José Manuel de la Fuente": two given names
        and not (tokens[0].endswith(".") and _bare(tokens[0]) in _NAME_ABBREVIATION_SET)  # "Ma. Teresa Cruz"
        and not (_bare(tokens[1]) in _FATHERS_NAME_OPENERS and _bare(tokens[0]) not in _ROLE_NOUNS)
        # (a given name that is a month's or a word's too, second of three, is a second given name after one the
        # lists lack: "Gerrit Jan Lubbers", "Mary June Okafor")
        and not (len(tokens) == 3 and _bare(tokens[1]) in _given_stops())
    ):
        tokens = tokens[1:]
    # a word of when after the name, capitalised as German nouns are: "Jens Pohl Ende Mai" -> "Jens Pohl"
    if len(tokens) > 2:
        tokens = tokens[: next((k for k in range(2, len(tokens)) if _bare(tokens[k]) in TIME_WORDS), len(tokens))]
    if not 2 <= len(tokens) <= 5 and not (len(tokens) <= 7 and _particles_within_five(tokens)):
        return None
    bare = [_bare(t) for t in tokens]
    given = bare[0] in _STOPWORDS_GIVEN  # "Jan de Boer": a given name, no month
    if (bare[0] in _STOP and not given) or bare[-1] in ORG_WORDS or bare[-1] in _STOP:
        return None
    if (
        len(bare) > 2
        and not _GENITIVE.isdisjoint(bare)
        and any(b in _GENITIVE and bare[i - 1] not in PARTICLES for i, b in enumerate(bare) if i)
    ):
        return None  # "Zeitplan der Stadtwerke": German nouns, not "von der Heyde"
    if bare[0] in ORG_WORDS:  # "the Harbour Safety Board Baltic expert": no "Board Baltic"
        return None
    if any(
        b in _TITLE_OR_STOP
        for t, b in zip(tokens[given:], bare[given:], strict=True)
        if b not in PARTICLES and not _initial(t)  # "Samuel A. Alito": "A." is no article
    ) and not (len(bare) > 2 and _given_stops_between(tokens, bare)):
        return None
    return " ".join(t.rstrip(",;:") for t in tokens)


def _found_titles(
    titles: list[str], name: str, name_tokens: list[str], role: str | None, field_title: tuple[str, ...]
) -> set[str]:
    """The titles a run gives the person it names: its title words, a role in lower case before it ("Chelsea boss
    Enzo Maresca"), the title whose field it names ("Minister for the Islands Dónal Ó Floinn": the minister), or the
    one description `person_name` left out before the name, capitalised as it opens its sentence ("Bride Shanice
    Reid", "Pensioner Mary Collins"): who "the bride" and "the pensioner" are later."""
    found = _title_set([t for t in titles if t not in name.split()])
    if role is not None:
        found.add(role)
    found.update(field_title)
    if not titles and len(name_tokens) > 2 and len(name_tokens) == name.count(" ") + 2:
        found.add(_bare(name_tokens[0]))
    return found


@cache
def _given_stops() -> frozenset[str]:
    """Given names that are stop words too ("Jan", "June", "April", "Bill": months and nouns), built on first use."""
    return frozenset(w for w in L.NAME_STOPWORDS if w in _GIVEN)


def _given_stops_between(tokens: list[str], bare: list[str]) -> bool:
    """The run's only title or stop words are given names between two others ("Gerrit Jan Lubbers", "Mary June
    Okafor"): a month's or a word's too, a second given name there."""
    return all(
        b not in _TITLE_OR_STOP or (b in _given_stops() and 0 < k < len(bare) - 1)
        for k, (t, b) in enumerate(zip(tokens, bare, strict=True))
        if b not in PARTICLES and not _initial(t)
    )


_SURNAME_OPENERS = frozenset(L.SURNAME_OPENING_PARTICLES)
_STOPWORDS_GIVEN = frozenset(L.STOPWORDS_ALSO_GIVEN_NAMES)
# words of when in other languages (capitalised in German), which end a name printed before them
TIME_WORDS = frozenset(L.FOREIGN_TIME_WORDS) | FOREIGN_MONTHS
_NAME_ABBREVIATION_SET = frozenset(L.NAME_ABBREVIATIONS)  # a given name abbreviated: "Ma.", "Md.", "Mohd."
_GENITIVE = frozenset(L.GENITIVE_ARTICLES)


def particle_surname(words: str) -> bool:
    """Words opening with a surname's particle, capitalised: "De la Fuente", "Van der Meulen", "De Bruyn" ("De
    gemeente", a Dutch article before a noun, is none)."""
    head, _, tail = words.partition(" ")
    return head.lower() in _SURNAME_OPENERS and (tail[:1].isupper() or tail.partition(" ")[0].lower() in PARTICLES)


def _particles_within_five(tokens: list[str]) -> bool:
    """A long name of five words or fewer past its particles: "José Manuel de la Fuente Arrieta"."""
    return 2 <= sum(_bare(t) not in PARTICLES for t in tokens) <= 5


def _unaccented(word: str) -> str:
    """The word without its accents ("josé" -> "jose"), as the lexicon's given names are printed."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _all_titles(tokens: list[str]) -> bool:
    """A mention made of title words alone ("Taoiseach", "Chief Superintendent"): a person by their title."""
    # asked of every mention, most of them one word and no title
    for w in " ".join(tokens).lower().split():  # noqa: SIM110 (a loop: `all` over a generator costs more)
        if w.strip(".,;:'’") not in _TITLE_WORDS:
            return False
    return True


def _initial(token: str) -> bool:
    """A middle initial: one capital letter and a full stop ("A.", "M.")."""
    return len(token) == 2 and token[1] == "." and token[0].isupper()


def _titled_single_name(title: str, token: str) -> str | None:
    """A person named by one word after a title: "Prince Andrew", "Pope Francis" (the title is part
    of how they are known); "Ms. Lindqvist" (a surname; "Dr. Mike" is a nickname, not one).

    >>> _titled_single_name("Pope", "Francis"), _titled_single_name("Ms.", "Lindqvist")
    ('Pope Francis', 'Lindqvist')
    """
    if _bare(token) in _STOP:
        return None
    if _bare(title) in HONORIFICS:
        return f"{title} {token}"
    if _bare(title) in COURTESY_TITLES and not _verb_form(token) and _bare(token) not in _GIVEN:
        return token.rstrip(",;:")
    return None


def _person_after_org(tokens: list[str]) -> int:
    """Where a person's name starts in a run that opens with an organisation's name ending in its word
    ("Kellan Heights Secondary School Mary Iyer" -> 4), else 0: the words after the body's last word of
    an organisation are two to four, open with a known given name and read as a name, none of them a title or
    another body's word.

    >>> _person_after_org("Kellan Heights Secondary School Mary Iyer".split())
    4
    >>> _person_after_org("Trinity College Dublin".split())
    0
    >>> _person_after_org("Kestrel Rugby Club Annual Dinner".split())
    0
    """
    n = len(tokens)
    at = next((k + 1 for k in range(n - 3, 0, -1) if _bare(tokens[k]) in ORG_WORDS), 0)
    if not at or n - at > 4:
        return 0
    rest = tokens[at:]
    if _bare(rest[0]) not in _GIVEN:  # "Kestrel Rugby Club Annual Dinner": an event of the body, no person
        return 0
    if any(_bare(t) in ORG_WORDS or _bare(t) in _TITLE_WORDS for t in rest) or person_name(rest) is None:
        return 0
    return at


def _role_before(text: str, start: int) -> str | None:
    """The lower-case role noun right before a name ("manager" in "Arsenal manager Mikel Arteta").

    >>> _role_before("Chelsea boss Enzo Maresca was frustrated.", 13)
    'boss'
    >>> _role_before("At the standpipe, 71-year-old Dora Falk waited.", 30)
    '71-year-old'
    """
    head = text[max(0, start - 30) : start]
    if not head.endswith(" "):
        return None
    words = head.split()
    word = words[-1] if words else ""
    if word in _ROLE_NOUNS:
        return word
    # an age before the name says it is a person's: "71-year-old Dora Falk" (who "the 71-year-old" is later)
    if word.endswith("-year-old") and word[:1].isdigit():
        return word
    return _kin_before(words)


_OWNER_WORDS = frozenset(L.PERSONAL_POSSESSIVES)
_ROLE_DETERMINERS = _OWNER_WORDS | {"a", "an", "the"}
_KIN = frozenset(L.KIN_NOUNS)
_KIN_OF_PHRASES = tuple(f" {kin} of " for kin in L.KIN_CONVERSES)  # what `_KIN_OF` cannot match without
# (and the other openers of a foreign name, a cleft's copula among them: "Foi Anderson Silva quem ..."; not an
# article, which opens a role's noun phrase: "Der Wildhüter Name", "Die Stadt Roding")
_NOT_NAME_OPENING = _ACCORDING_OPENING | frozenset(
    w.capitalize() for w in L.FOREIGN_NAME_OPENERS if w not in L.FOREIGN_SINGULAR_ARTICLES
)


def _kin_before(words: list[str]) -> str | None:
    """A relative's noun after an owner's word, right before a name ("her father, Harald Berg", "his son Tom Lee",
    "Ana's grandmother, Rosa Lind"), or a role's after an article or an owner, with a comma ("an elder, Name"): the
    noun, else None.

    >>> _kin_before("The call came from her father,".split())
    'father'
    """
    if len(words) < 2 or (not words[-1].endswith(",") and words[-1] not in _KIN):
        return None
    word = words[-1].rstrip(",")
    owner = words[-2].lower()
    if word in _KIN and (owner in _OWNER_WORDS or owner.endswith(("'s", "’s"))):
        return word
    # a role in apposition before the name: "an elder, Lucassie Annanack,", "the club's treasurer, Ana Lind,"; not
    # the role of the one a participle or a preposition serves ("counsel assisting the coroner, Name,", "an adviser
    # to the president, Name,": the name is the counsel's, the adviser's)
    if word in _ROLE_NOUNS and (owner in _ROLE_DETERMINERS or owner.endswith(("'s", "’s"))):
        return None if len(words) > 2 and words[-3].lower() in _serving_words() else word
    return None


@cache
def _serving_words() -> frozenset[str]:
    """`lexicon.SERVING_PARTICIPLES` and the prepositions of serving, as a set (built on first use)."""
    return frozenset((*L.SERVING_PARTICIPLES, *L.SERVING_PREPOSITIONS))


# "Director of ", "Vice President for ": a title naming its office's field, right before a run of capitalised words
_FIELD_TITLE_BEFORE = rx.compile(
    r"(?<![\p{L}])(?P<title>" + alternation(L.DOMAIN_TITLES) + r")[ ]++(?:of|for)[ ]++(?:the[ ]++)?$",
    regex.IGNORECASE,
)


def _past_title_field(text: str, start: int, tokens: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A run's tokens past the field of a title before it (`_after_title_field`), and that title when some were
    passed ("Minister for the Islands Dónal Ó Floinn" -> "minister"): who "the minister" is later."""
    if start <= 4 or not text[max(0, start - 8) : start].endswith(("of ", "for ", "of the ", "for the ")):
        return tokens, ()
    m = _FIELD_TITLE_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return tokens, ()
    name = _after_title_field(tokens)
    return name, (m.group("title").lower(),) if len(name) < len(tokens) else ()


@cache
def _portfolio_words() -> frozenset[str]:
    """`lexicon.PORTFOLIO_WORDS` as a set (built on first use: few pages print a title naming its field)."""
    return frozenset(L.PORTFOLIO_WORDS)


def _after_title_field(tokens: list[str]) -> list[str]:
    """The name in a run after a title naming its field: from the first known given name ("Director of Public
    Works Alan Reyes" -> "Alan Reyes"); the run as it is when no given name tells where the name starts."""
    at = next((k for k in range(1, len(tokens) - 1) if _bare(tokens[k]) in _GIVEN), 0)
    if at == 0:  # (else past the field's words no name holds: "Minister for Food Nadeem Awan" -> "Nadeem Awan")
        fields = _portfolio_words()
        at = next(
            (k for k in range(len(tokens) - 1) if (b := _bare(tokens[k])) not in _TITLE_OR_STOP and b not in fields), 0
        )
    return tokens[at:]


def _after_possessive(tokens: list[str]) -> list[str]:
    """The words after an owner's name: "Counterpoint Research's Ivan Lam" -> "Ivan Lam".

    >>> _after_possessive("Counterpoint Research's Ivan Lam".split())
    ['Ivan', 'Lam']
    """
    for j in range(len(tokens) - 2, -1, -1):
        if tokens[j].endswith(("'s", "’s", "s'", "s’")):
            return tokens[j + 1 :]
    return tokens


# an organisation's word with an owner's mark after it: "Ltd's", "Centre's", "Holdings'"
_OWNER_ORG_WORD = rx.compile(r"(?i)(?<![\p{L}])(?:" + alternation(L.ORG_WORDS) + r")(?:['’]s?)(?![\p{L}])")


def owner_org(run: str) -> str | None:
    """The organisation a run names as the owner of what follows ("Harbour Ferries Ltd's new boat", "the Eastmere
    Water Board's new reservoir"): its name, when the words before the possessive end in an
    organisation's word; else None ("Counterpoint Research's Ivan Lam" names the firm and the analyst).

    >>> owner_org("Harbour Ferries Ltd's"), owner_org("Northgate Holdings' Ann Lee"), owner_org("Ann Lee's Dog")
    ('Harbour Ferries Ltd', 'Northgate Holdings', None)
    """
    tokens = run.split()
    for j in range(len(tokens) - 1, -1, -1):
        t = tokens[j]
        if t.endswith(("'s", "’s", "s'", "s’")):
            owner = [*tokens[:j], t[:-2] if t.endswith(("'s", "’s")) else t[:-1]]
            return _org_name(owner) if _bare(owner[-1]) in ORG_WORDS else None
    return None


def _name_tokens(tokens: list[str], mention: str) -> list[str]:
    """The tokens of a mention that name someone: past titles and an owner's name."""
    if len(tokens) == 1 and "'" not in mention and "’" not in mention:
        return tokens  # one word, no owner: no title to split off (most mentions: "He", "The", "Lam")
    _titles, name = split_title(tokens)
    tokens = name or tokens
    return _owned_name(tokens) if "'" in mention or "’" in mention else tokens  # most mentions have no owner


def _owned_name(tokens: list[str]) -> list[str]:
    """A mention's name past its owner's ("Apple’s Tim Cook" -> Tim Cook) and without an owner's "’s" at
    its end ("Lam’s"); a "’s" inside a name stays, as printed ("People’s Daily").

    >>> _owned_name("Apple’s Tim Cook".split()), _owned_name("People’s Daily".split()), _owned_name(["Lam’s"])
    (['Tim', 'Cook'], ['People’s', 'Daily'], ['Lam'])
    """
    owned = _after_possessive(tokens)
    if 2 <= len(owned) < len(tokens):
        tokens = owned
    return [*tokens[:-1], tokens[-1][:-2] if tokens[-1].endswith(("'s", "’s")) else tokens[-1]]


def _surname(parts: list[str]) -> str:
    """The family name of a full name, past a generational suffix ("Samuel A. Alito Jr." -> Alito).

    >>> _surname("Samuel A. Alito Jr.".split()), _surname("Lloyd Austin".split())
    ('Alito', 'Austin')
    """
    if len(parts) > 2 and _bare(parts[-1]) in _SUFFIXES:
        return parts[-2].rstrip(",")
    return parts[-1]


def _title_set(titles: list[str]) -> set[str]:
    """Title words as compared with descriptions, abbreviations spelled out ("Sen." -> senator)."""
    out = set()
    for t in titles:
        b = _bare(t)
        out.add(b)
        if b in L.TITLE_ABBREVIATIONS:
            out.add(L.TITLE_ABBREVIATIONS[b])
    return out


def headed_org(tokens: list[str]) -> str | None:
    """An organisation named by its head word first ("the Department for Transport", "Ministry of Health"):
    its name, so that no person whose title holds "Transport" or "Health" takes it; else None.

    >>> headed_org("the Department for Transport".split()), headed_org("Transport Minister Ann Lee".split())
    ('Department for Transport', None)
    """
    k = 0
    while k < len(tokens) - 1 and _bare(tokens[k]) in _OPENING_WORDS:
        k += 1
    if len(tokens) - k >= 3 and tokens[k + 1] in ("of", "for") and _bare(tokens[k]) in ORG_WORDS:
        return " ".join(tokens[k:])
    return None


def _org_name(tokens: list[str]) -> str | None:
    """A run ending in an organisation word as the organisation's name, without the function
    words that open a sentence; None when no name is left before the organisation word.

    >>> _org_name("The Environment Agency".split()), _org_name("When Parliament".split())
    ('Environment Agency', None)
    >>> _org_name("Big Machine Records".split())
    'Big Machine Records'
    """
    k = 0
    while k < len(tokens) - 1 and _bare(tokens[k]) in _OPENING_WORDS:
        k += 1
    return " ".join(tokens[k:]) if len(tokens) - k >= 2 else None


def _ends_with(name: list[str], surname: list[str]) -> bool:
    """A surname of several words printed alone: "Van Der Beek" for "James Van Der Beek".

    >>> _ends_with("James Van Der Beek".split(), "Van Der Beek".split())
    True
    """
    return len(name) > len(surname) and [_bare(t) for t in name[-len(surname) :]] == [_bare(t) for t in surname]


def _similar(a: str, b: str) -> bool:
    """Spelling variants of one surname: "Halvorsen" / "Halvorson" (same start, at most 2 edits)."""
    if a == b:
        return True
    if len(a) < 5 or len(b) < 5 or a[:4] != b[:4] or abs(len(a) - len(b)) > 2:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= 2


def _name_ending_at(text: str, end: int) -> str | None:
    """The capitalised run that ends right at `end` ("Dr Sunita Rao" before ", a consultant"), else None."""
    lo = max(0, end - 80)
    found = [m for m in NAME_RUN.finditer(text, lo, end) if m.end() == end]
    return found[-1].group(0) if found else None


class Registry:
    """Everyone an article names, in the order it names them.

    Feed it every block with `add_text`, then call `finish`: a capitalised pair of words
    counts as a person when it starts with a known given name, follows a title, or when the
    text refers to it again by surname alone ("Lucas Paganini" ... "Paganini said").
    """

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.by_surname: dict[str, list[str]] = {}
        self.by_first: dict[str, set[str]] = {}
        self.aliases: dict[str, str] = {}
        self.by_prefix: dict[str, list[str]] = {}  # surnames by their first four letters
        self.orgs_by_first: dict[str, list[str]] = {}
        self._resolved: dict[str, str] = {}
        self._resolved_kinds: dict[str, tuple[str, str | None]] = {}
        self._candidates: list[tuple[str, str, set[str]]] = []
        # a name's words before its last, each to the rest of them and the name ("tan" -> (["tan", "kok"], ...))
        self._leading: dict[str, list[tuple[list[str], str]]] | None = None
        self._texts: list[str] = []
        self._by_initials: dict[str, str | None] = {}  # titled_by_initials, by acronym
        self.surname_titles: dict[str, set[str]] = {}  # titles printed before a surname alone
        self.ranks: set[str] = set()  # acronyms printed in brackets as a person's rank: "Officer (CPO) Name"
        # "The group, WeWorkers Coalition, formed ...": who "the group" is
        self.named_descriptions: dict[str, set[str]] = {}  # each role read when first asked
        self._titles_of_places: dict[str, bool] = {}  # whether the article prints "the <Title> of"
        self.issuers: dict[str, set[str]] | None = None  # "report" -> who released it
        self.described: dict[str, set[str]] | None = None  # "consultant" -> who is described as one
        self.kin_of: dict[str, set[str]] | None = None  # "father" -> who is printed as someone's ("the son of")
        self.owners: dict[str, str] = {}  # a run naming a body as an owner, to the body ("Acme Ltd's boat" -> Acme Ltd)
        self.shared_heads: set[str] = set()  # a body's word opening the names of two bodies ("The Ministry of ...")
        # a name printed in full after a shorter form of it, to the shorter form's key ("Rosa Quintana" in the
        # standfirst, "Rosa Elvira Quintana" in the story: the entity keeps its first key, and takes the full name)
        self.lengthened: dict[str, str] = {}

    def add_text(self, text: str) -> list[tuple[int, str]]:
        """Register the names in `text`; returns its capitalised runs as (offset, text)."""
        runs: list[tuple[int, str]] = []
        self._texts.append(text)
        # "the Drug Enforcement Administration (DEA)" (the pattern scans only a text with capitals in brackets)
        for m in _ACRONYM.finditer(text) if "(" in text and _BRACKETED_CAPITALS.search(text) else ():
            full, short = m.group("full"), m.group("short")
            full = _ARTICLE_START.sub("", full)
            if self._rank_before_name(text, m):
                continue
            initials = "".join(w[0] for w in full.split() if w[0].isupper())
            if len(full.split()) >= 2 and initials.startswith(short[0]):
                self.aliases[short.lower()] = full
                self._candidates.append((full, "org", set()))
        for m in NAME_RUN.finditer(text):
            run = unglue(m.group(0))
            if " " not in run:  # one word (its words are spaced by " " only): most runs
                runs.append((m.start(), run))
                continue
            tokens = run.split()
            at = _person_after_org(tokens)
            if at:
                # "Kellan Heights Secondary School Mary Iyer said": a body's name, then a person of it
                # (two runs: the body's, and the person's, who the body's name before them marks as one)
                org, name = " ".join(tokens[:at]), person_name(tokens[at:])
                runs += [(m.start(), org), (m.start() + run.index(" " + tokens[at]) + 1, " ".join(tokens[at:]))]
                self._candidates += [(org, "org", set()), (str(name), "person", {"titled"})]
                continue
            runs.append((m.start(), run))
            if len(tokens) > 2 and tokens[0] in _NOT_NAME_OPENING:
                tokens = tokens[1:]  # "Laut Kommandant Markus Plattner", "Foi Anderson Silva quem ...": no name's
            if ("'" in run or "’" in run) and _bare(tokens[-1]) not in ORG_WORDS:
                tokens = self._past_owner(run, tokens)
                if len(tokens) < 2:
                    continue
            if _bare(tokens[-1]) in ORG_WORDS:
                self._add_org_run(text, m, tokens)
                continue
            tokens, field_title = _past_title_field(text, m.start(), tokens)
            titles, name_tokens = split_title(tokens)
            name = person_name(name_tokens)
            if name is None and len(name_tokens) == 1 and titles:
                name = _titled_single_name(titles[-1], name_tokens[0])
            if name is not None:
                # a role in lower case before a name with no title, or courtesy titles only, is the person's post
                # ("medical superintendent Dr Nabila Qureshi": who "the medical superintendent" is later)
                role = _role_before(text, m.start()) if all(_bare(t) in COURTESY_TITLES for t in titles) else None
                found_titles = _found_titles(titles, name, name_tokens, role, field_title)
                self._candidates.append(
                    (name, "person", found_titles | ({"titled"} if titles or role is not None else set()))
                )
            elif titles and len(name_tokens) == 1:  # "President Biden": who "the president" may be later
                self.surname_titles.setdefault(_bare(name_tokens[0]), set()).update(_title_set(titles))
        return runs

    def _past_owner(self, run: str, tokens: list[str]) -> list[str]:
        """The run's words after its owner's: "Counterpoint Research’s Ivan Lam" -> the analyst ("Fishermen’s
        Association" is a name of its own, never asked); an organisation owning it is named too."""
        # the set test first (most owners are people: no organisation's word before the mark), the pattern of
        # the ~130 words only over a run it passes, where it asks for the mark right after the word ("Co.'s" no)
        owner = owner_org(run)
        if owner is not None and _OWNER_ORG_WORD.search(run) is None:
            owner = None
        if owner is not None:
            self._candidates.append((owner, "org", set()))
            self.owners[run] = owner
        return _after_possessive(tokens)

    def _add_org_run(self, text: str, m: regex.Match[str], tokens: list[str]) -> None:
        """A run ending in an organisation's word: "The Environment Agency said" names the agency, not "The ..."."""
        owned = tokens[-1].endswith(("'", "’"))  # an owner's mark after a plural: "Northgate Holdings' arm"
        org = _org_name([*tokens[:-1], tokens[-1][:-1]] if owned else tokens)
        if org is None and not owned and text.startswith((" of ", " for "), m.end()):
            # "The Ministry of Labour and Social Protection urged ...": the body's word alone opens its name, which
            # "The Ministry" then stands for, unless the page names two ("ministry" then stands for none)
            head, before = tokens[-1].lower(), self.aliases.get(tokens[-1].lower())
            self._whole_org(text, m.start(), m.end(), tokens[-1])
            if head in self.shared_heads or (before is not None and self.aliases.get(head) != before):
                self.shared_heads.add(head)
                self.aliases.pop(head, None)
        elif org is not None:
            self._candidates.append((org, "org", set()))
            self._whole_org(text, m.start(), m.end(), org)
            if owned:
                self.owners[" ".join(tokens)] = org

    def _whole_org(self, text: str, start: int, end: int, org: str) -> None:
        """An organisation's name that goes on past its run, joined by "and" or "of" ("Orwell Fire and Rescue
        Service", "Kenya's Ministry of Sports and Heritage": the ministry, not its country's possessive): the whole
        name registered, and the run's part of it resolved to it."""
        joined = text.endswith((" and ", " & "), 0, start)
        before = _JOINED_BEFORE.search(text, max(0, start - 60), start) if joined else None
        if before is not None and _bare(before.group("name").split()[-1]) in ORG_WORDS:
            before = None  # two bodies: "the Met Office and Environment Agency"
        if before is not None and self._reads_as_person(before.group("name").split()):
            before = None  # a party and a body: "the case between Anna Berg and Northgate Holdings"
        after = _FIELD_AFTER.match(text, end) if text.startswith((" of ", " for "), end) else None
        if before is None and after is None:
            return
        head = _after_possessive(org.split()) if after is not None else org.split()
        whole = " ".join(head) + (after.group(0) if after is not None else "")
        if before is not None:
            whole = before.group("name") + " and " + whole
        self._candidates.append((whole, "org", set()))
        self.aliases[org.lower()] = whole

    def _reads_as_person(self, parts: list[str]) -> bool:
        """Words before "and" that name a person, not an organisation's first half: a given name first ("Anna
        Berg"), or the surname of a person named before with a given name or a title ("Kowalczyk" after "Piotr
        Kowalczyk"). A place's capitalised words ("Farnmoor Fire") read as neither."""
        if _bare(parts[0]) in _GIVEN:
            return True
        surname = _bare(parts[-1])
        return any(
            kind == "person" and _bare(name.split()[-1]) == surname and (titles or _bare(name.split()[0]) in _GIVEN)
            for name, kind, titles in self._candidates
        )

    def _rank_before_name(self, text: str, m: regex.Match[str]) -> bool:
        """A rank in brackets between its words and a name ("City Police Officer (CPO) Kamran Adil Bhatti"): the
        acronym is the person's title ("the CPO said" is Bhatti), not an organisation's name; True when so read.
        The name may follow a comma ("Municipal Chief Executive (MCE), Mr Name") when the words are no
        organisation's ("the Environmental Protection Agency (EPA), Name" names the agency; right before a
        name, "Senior Superintendent of Police (SSP) Name" is a rank)."""
        gap = 2 if text.startswith(", ", m.end()) else 1 if text.startswith(" ", m.end()) else 0
        run = NAME_RUN.match(text, m.end() + gap) if gap else None
        if run is None or (gap == 2 and _bare(m.group("full").split()[-1]) in ORG_WORDS):
            return False
        titles, name_tokens = split_title(unglue(run.group(0)).split())
        name = person_name(name_tokens)
        if name is None:
            return False
        ranks = _title_set([*m.group("full").split(), m.group("short"), *titles])
        self._candidates.append((name, "person", ranks | {"titled"}))
        self.ranks.add(m.group("short").lower())
        return True

    def finish(self) -> Registry:
        """Decide which candidates are people and register everyone."""
        text = "\n".join(self._texts)
        counts: dict[str, int] = {}  # surname -> times it stands alone as a word
        for name, kind, titles in self._candidates:
            if kind == "person" and not self._confident(name, titles, counts, text):
                kind = "name"
            self._add(name, kind, titles - {"titled"})
        self._candidates = []
        self._leading = None  # names registered since it was read
        return self

    @staticmethod
    def _confident(name: str, titles: set[str], counts: dict[str, int], text: str) -> bool:
        parts = name.split()
        if _bare(parts[0]) in _GIVEN or titles:
            return True
        surname = _surname(parts)
        if surname not in counts:
            counts[surname] = word_count(text, surname, alone=True)
        return counts[surname] > 0  # the surname also stands alone

    def _add(self, name: str, kind: str, titles: set[str]) -> None:
        key = name.lower()
        if key in self.entities:
            self.entities[key].titles |= titles
            if kind == "person":
                self.entities[key].kind = "person"
            return
        parts = name.split()
        if kind == "person" and len(parts) == 2 and _bare(parts[0]) in _KNIGHTLY and self._knight(parts) is not None:
            return  # "Sir Anthony" after "Sir Anthony Ledbetter": the knight, by his given name
        surname = _bare(_surname(parts)) if kind != "org" else key
        knowns = self.by_surname.get(surname, [])
        if len(parts) == 1 and len(knowns) > 1 and titles & _GENDER_TITLES:
            knowns = sorted(knowns, key=lambda k: not self._same_gender(titles, self.entities[k]))
        for known in knowns:  # a longer form of a known name ("Mrs Zulu": first the woman of two Zulus)
            old = self.entities[known]
            old_parts = old.name.split()
            if len(parts) == 1 and self._other_gender(titles, old.name):
                continue  # "Mrs Pryor" is not Alan Pryor
            if (
                _bare(parts[0]) == _bare(old_parts[0])
                or len(old_parts) == 1
                or len(parts) == 1
                or _ends_with(parts, old_parts)
                or _ends_with(old_parts, parts)
            ):
                if len(parts) > len(old_parts):
                    old.name = name
                    self.lengthened[key] = known
                old.titles |= titles
                if kind == "person":
                    old.kind = "person"
                return
        self.entities[key] = Entity(name, kind, titles)
        if surname not in self.by_surname:
            self.by_prefix.setdefault(surname[:4], []).append(surname)
        self.by_surname.setdefault(surname, []).append(key)
        if kind == "org":
            self.orgs_by_first.setdefault(_bare(parts[0]), []).append(name)
        if kind != "org":
            self.by_first.setdefault(_bare(parts[0]), set()).add(key)

    def _knight(self, parts: list[str]) -> str | None:
        """The one person named in full with the honorific of "Sir Anthony" or "Dame Judith" and that given name."""
        title = _bare(parts[0])
        found = [k for k in self.by_first.get(_bare(parts[1]), ()) if title in self.entities[k].titles]
        return found[0] if len(found) == 1 else None

    def resolve(self, mention: str) -> str:
        """The fullest name the article gives for a mention ("Austin" -> "Lloyd Austin")."""
        found = self._resolved.get(mention)
        if found is None:
            found = self._resolved[mention] = self._resolve(mention)
        return found

    def resolve_kind(self, mention: str) -> tuple[str, str | None]:
        """`resolve(mention)` and the `kind` of that name, remembered for the article (a page names the same
        people, and opens sentences with the same words, again and again); asked only once `finish` is done."""
        found = self._resolved_kinds.get(mention)
        if found is None:
            name = self.resolve(mention)
            found = self._resolved_kinds[mention] = (name, self.kind(name))
        return found

    def _resolve(self, mention: str) -> str:
        tokens = mention.split()
        if not tokens:
            return mention
        titled_as = tokens[0]  # "Mrs Pryor": the title may pick one of two Pryors by gender
        org = _org_name(tokens) if _bare(tokens[-1]) in ORG_WORDS else headed_org(tokens)
        if org is None and len(tokens) == 2 and _bare(tokens[0]) in _OPENING_WORDS:
            org = self.aliases.get(_bare(tokens[1])) or None  # "The Ministry" of "The Ministry of Health said"
        if org is not None:  # "the Environment Agency": "Environment" is no title of a person "Agency"
            known = self.entities.get(org.lower())
            return self.aliases.get(org.lower()) or (known.name if known is not None else org)
        tokens = _name_tokens(tokens, mention)
        mention = " ".join(tokens)
        key = mention.lower()
        if key in self.aliases:
            return self.aliases[key]
        # "De la Fuente" for "José Manuel de la Fuente Arrieta": a surname's particle opens the mention
        held = self._holding(key) if len(tokens) > 1 and tokens[0].lower() in _SURNAME_OPENERS else None
        named = held or self._as_printed_or_titled(key, tokens, titled_as)
        if named is not None:
            return named
        last = _bare(tokens[-1])
        candidates = self.by_surname.get(last, [])
        if len(tokens) > 1:  # "Patrick Hayden" picks the Hayden called Patrick
            first = _bare(tokens[0])
            # (also one registered with a word before the given name: "Mayor-elect LaTonya Whitfield", never the
            # other Whitfield the page prints later, "Marcus Whitfield")
            given = [k for k in candidates if first in map(_bare, self.entities[k].name.split()[:-1])]
            candidates = given or candidates
        if len(candidates) == 1:
            return self.entities[candidates[0]].name
        if len(candidates) > 1:
            return self._of_shared_surname(candidates, titled_as, len(tokens)) or mention  # else as printed
        for surname in self.by_prefix.get(last[:4], ()):
            keys = self.by_surname[surname]
            if len(keys) == 1 and self.entities[keys[0]].kind != "org" and _similar(last, surname):
                return self.entities[keys[0]].name
        if len(tokens) == 1 and last in _GIVEN and len(self.by_first.get(last, ())) == 1:
            return self.entities[next(iter(self.by_first[last]))].name  # "Julius" -> "Julius Young"
        for org in self.orgs_by_first.get(_bare(tokens[0]), ()):  # "Big Machine" for "Big Machine Records"
            if org.lower().startswith(key + " "):
                return org
        if len(tokens) == 1 and mention.isupper() and _ACRONYM_SHAPE.match(mention):  # capitals only: tested first
            return self._spelled_out(mention) or mention
        # "Mr Tan" for "Tan Kok Beng": no one's surname ("Ms Tan" the woman of two Tans so printed)
        return self._by_leading_words(tokens, titled_as) or mention

    def _of_shared_surname(self, keys: list[str], titled_as: str, words: int) -> str | None:
        """The one of several people sharing a surname that a mention of it means: the story's subject when the
        others are relatives introduced after them ("Berg said" after "Ola Berg ..." / "her father, Harald Berg",
        who goes by his given or full name), else the one whose given name is known to be a name, else the one a
        gendered title fits ("Mrs Berg"); None when nothing tells them apart."""
        if words == 1 and _bare(titled_as) not in _GENDER_TITLES:
            unrelated = [k for k in keys if not self.entities[k].titles & _KIN]
            if len(unrelated) == 1 and unrelated[0] == keys[0]:
                return self.entities[unrelated[0]].name
        given_known = [k for k in keys if _bare(self.entities[k].name.split()[0]) in _GIVEN]
        if len(given_known) == 1:
            return self.entities[given_known[0]].name
        return self._of_titles_gender(titled_as, keys)

    def _holding(self, key: str) -> str | None:
        """The one person whose name holds a surname with a particle, capitalised as a sentence opens ("De la
        Fuente", "Van der Meulen"), where a second surname follows it ("José Manuel de la Fuente Arrieta")."""
        inner, tail = f" {key} ", f" {key}"
        found = {
            e.name
            for e in self.entities.values()
            if e.kind != "org" and (inner in (name := e.name.lower()) or name.endswith(tail))
        }
        return found.pop() if len(found) == 1 else None

    def _same_gender(self, titles: set[str], known: Entity) -> bool:
        """A surname's gendered title says the gender that a known person's titles or given name say."""
        said = "f" if titles & _FEMALE_TITLES else "m"
        own = known.titles & _GENDER_TITLES
        given = _bare(known.name.split()[0])
        gender = (
            ("f" if own & _FEMALE_TITLES else "m")
            if own
            else "f"
            if given in _FEMALE_NAMES
            else "m"
            if given in _MALE_NAMES
            else None
        )
        return gender == said

    def _other_gender(self, titles: set[str], name: str) -> bool:
        """A surname's gendered title says another gender than the known name's given name ("Mrs" for Alan)."""
        given = _bare(name.split()[0])
        known = "f" if given in _FEMALE_NAMES else "m" if given in _MALE_NAMES else None
        said = "f" if titles & _FEMALE_TITLES else "m" if titles & _MALE_TITLES else None
        return known is not None and said is not None and known != said

    def _of_titles_gender(self, title: str, keys: list[str]) -> str | None:
        """The one of several people sharing a surname whose gender a gendered title says ("Mrs Pryor" of Alan
        and Margaret Pryor), else None."""
        gender = "f" if _bare(title) in _FEMALE_TITLES else "m" if _bare(title) in _MALE_TITLES else None
        fitting = [k for k in keys if gender is not None and self.gender(self.entities[k].name) == gender]
        return self.entities[fitting[0]].name if len(fitting) == 1 else None

    def _as_printed_or_titled(self, key: str, tokens: list[str], title: str = "") -> str | None:
        """The name a mention is registered under (the fuller one that holds it: "Mr Tan", registered as "Tan", is
        "Tan Kok Beng"), or the one person given the title or style a mention is made of ("the Taoiseach", "the
        OCPD", "His Highness"); None when neither."""
        known = self.entities.get(key)
        if known is not None:
            short = known.kind != "org" and len(tokens) <= 2  # "Tan", registered from "Mr Tan"
            return (self._by_leading_words(tokens, title) or known.name) if short else known.name
        # (an organisation's acronym is no title: "the FBI said" is not the one "FBI Director" named)
        if key in _STYLES or key in self.ranks or _all_titles(tokens):
            return self.by_description(set(key.split()) | {_bare(t) for t in tokens})
        return None

    def _by_leading_words(self, tokens: list[str], title: str = "") -> str | None:
        """The one person whose name holds the mention's words before its last word: a family name printed first
        ("Mr Tan" for "Tan Kok Beng", "Madam Lee" for "Lee Ah Moi") or a given name after a common first one
        ("Mr Hafiz" for "Muhammad Hafiz Rahmat", "Wan Rosdi" for "Wan Rosdi Wan Ismail")."""
        if len(tokens) > 2:
            return None  # a short form is one or two words
        if self._leading is None:  # read on first use: most mentions are full names or surnames
            self._leading = {}
            for e in self.entities.values():
                # (as `_bare` reads each word, in one pass of string methods: this runs over every name)
                words = [w.strip(".,;:'’") for w in e.name.lower().split()] if e.kind != "org" else []
                for i in range(len(words) - 1):
                    self._leading.setdefault(words[i], []).append((words[i:-1], e.name))
        want = " ".join(tokens).lower().split()
        named = self._leading.get(want[0].strip(".,;:'’"))
        if not named:
            return None  # no name holds the first word before its last (most mentions: "The", "Beijing")
        want = [w.strip(".,;:'’") for w in want]
        found = {name for rest, name in named if rest[: len(want)] == want}
        if len(found) > 1 and title:  # a family name two people share, told apart by a gendered title
            return self._of_titles_gender(title, [k for k, e in self.entities.items() if e.name in found])
        return found.pop() if len(found) == 1 else None

    def _spelled_out(self, acronym: str) -> str | None:
        """The one organisation whose initials an acronym spells: "DEA" for "Drug Enforcement
        Administration", printed without "(DEA)" after it."""
        found = {
            e.name
            for e in self.entities.values()
            if e.kind == "org" and "".join(w[0] for w in e.name.split() if w[:1].isupper()) == acronym
        }
        return found.pop() if len(found) == 1 else None

    def gender(self, name: str) -> str | None:
        """ "f" or "m" when the article's titles for `name` or its given name say so, else None."""
        ent = self._entity(name)
        titles = ent.titles if ent is not None else set()
        if titles & _FEMALE_TITLES:
            return "f"
        if titles & _MALE_TITLES:
            return "m"
        first = _bare(name.split()[0]) if name.split() else ""
        return "f" if first in _FEMALE_NAMES else "m" if first in _MALE_NAMES else None

    def has_title(self, name: str, title: str) -> bool:
        """The article gives `name` the title ("President Biden" ... has_title("Biden", "president"))."""
        ent = self._entity(name)
        if ent is not None and title in ent.titles:
            return True
        return title in self.surname_titles.get(_bare(name.split()[-1]), ()) if name.split() else False

    def by_description(self, words: set[str], near: Sequence[str] = ()) -> str | None:
        """The person whose titles a description repeats: "the Ukrainian president"; of two or more it fits as well,
        the one named last of those `near` the quote ("Rovers coach Ian Lowe" ... "Wanderers tactician Sam Ojo was
        furious." / "“…,” the coach said": Sam Ojo), else none."""
        scored = sorted(
            ((len(words & e.titles), e.name) for e in self.entities.values() if e.kind == "person" and e.titles),
            reverse=True,
        )
        if not scored or scored[0][0] == 0:
            return None
        if len(scored) > 1 and scored[1][0] == scored[0][0]:
            tied = {name for score, name in scored if score == scored[0][0]}
            return next((name for name in reversed(near) if name in tied), None)
        return scored[0][1]

    def issuer(self, document: str) -> str | None:
        """The one organisation or person the article says issued "the <document>" ("the annual
        survey, published this week by the Harbor Housing Trust")."""
        if self.issuers is None:  # read on first use: few articles ever ask
            self.issuers = {}
            for text in self._texts:
                for m in _issued_matches(text):
                    by = m.group("by").split()
                    if _bare(by[0]) not in _OPENING_WORDS:
                        self.issuers.setdefault(m.group("doc").lower(), set()).add(unglue(m.group("by")))
                    elif _bare(by[-1]) in ORG_WORDS and (org := _org_name(by)) is not None:
                        # "The Harbour Residents Association sent a letter": the organisation, past "The"
                        self.issuers.setdefault(m.group("doc").lower(), set()).add(unglue(org))
        names = self.issuers.get(document.lower(), set())
        if len(names) != 1:
            return None
        name = next(iter(names))
        # an organisation's full name with its "of"/"for" is kept; a surname is resolved ("a study by Lam")
        return name if any(c in name for c in (" of ", " for ", " on ", " and ")) else self.resolve(name)

    def named_description(self, noun: str) -> str | None:
        """The one name the article gives in apposition to "the <noun>" ("The group, WeWorkers Coalition,")."""
        role = noun.lower()
        names = self.named_descriptions.get(role)
        if names is None:
            names = self.named_descriptions[role] = self._named_in_apposition(role)
        return self.resolve(next(iter(names))) if len(names) == 1 else None

    def _named_in_apposition(self, role: str) -> set[str]:
        """The names given in apposition to `role` (in lower case), read only in the texts that print it: the
        patterns are costly, and a role is named in a few paragraphs of an article at most."""
        names: set[str] = set()
        for text in self._texts:
            found: list[regex.Match[str]] = []
            if role in text.lower():
                found += (m for m in _NAMED_IN_APPOSITION.finditer(text) if m.group("noun").lower() == role)
                owned = _OWNED_IN_APPOSITION.finditer(text)
                found += (m for m in owned if text[: m.start()].rsplit(None, 1)[-1] == role)
            founded = role == "founder" and " by " in text
            if founded and ("founded" in text or "set up" in text or "established" in text):
                found += _FOUNDED_BY.finditer(text)
            for m in found:
                named = unglue(m.group("name"))
                if len(named.split()) >= 2 and _bare(named.split()[0]) not in _STOP:
                    names.add(named)
        return names

    def titled_by_initials(self, acronym: str) -> str | None:
        """The one person printed right after a title whose words' initials spell `acronym`, for "the DC said"
        ("Deputy Commissioner Farzana Yasmin Chowdhury", "District Development Coordinator Tendai Mukwena",
        the acronym in brackets between them or not); else None. Read only when an article calls someone by an
        acronym it gives no one: a plain search for the title's first letter and the runs of capitalised words."""
        if acronym in self._by_initials:
            return self._by_initials[acronym]
        # (only the texts naming a person whose titles and name hold words of each initial: most hold none)
        letters = set(acronym.lower())
        people = [
            e.name.split()[-1]
            for e in self.entities.values()
            if e.kind == "person" and letters <= {w[:1] for w in (*e.titles, *e.name.lower().split())}
        ]
        names: set[str] = set()
        n = len(acronym)
        for text in (t for t in self._texts if any(p in t for p in people)) if people else ():
            for run in _CAPITALISED_RUN.finditer(text):
                words = run.group().split()
                for i in range(len(words) - n - 1):
                    if "".join(w[0] for w in words[i : i + n]) != acronym:
                        continue
                    rest = words[i + n + 1 :] if words[i + n] == f"({acronym})" else words[i + n :]
                    name = self.resolve(" ".join(rest[:4]).rstrip(",")) if len(rest) >= 2 else ""
                    if name and self.is_person(name, strict=False):
                        names.add(name)
        found = self._by_initials[acronym] = next(iter(names)) if len(names) == 1 else None
        return found

    def org_by_initials(self, acronym: str) -> str | None:
        """The one organisation the article names whose words' initials spell `acronym` ("Building Standards
        Authority" for "BSA"; its small words left out: "Drainage and Irrigation Board", "DIB"), else None."""
        found = {
            e.name
            for e in self.entities.values()
            if e.kind == "org" and "".join(w[0] for w in e.name.split() if w[0].isupper()) == acronym
        }
        return next(iter(found)) if len(found) == 1 else None

    def title_of_a_place(self, title: str) -> str | None:
        """The name given in apposition to "The <Title> of ..." ("The Iyaloja of the market, Chief (Mrs) Name,"),
        for "the Iyaloja said"; asked only where the article prints the title so (a plain search first, once
        for each title)."""
        printed = self._titles_of_places.get(title)
        if printed is None:
            printed = self._titles_of_places[title] = any(f"he {title} of " in text for text in self._texts)
        return self.named_description(title.lower()) if printed else None

    def prints_other_nationality(self, demonym: str) -> bool:
        """Whether the article names a nationality other than this one, capitalised ("The Serb dropped a set" in
        a story where "the Australian said"): then a nationality printed with nobody is not whoever was named last."""
        low = demonym.lower()
        own = {low, *(form.lower() for form in L.NATIONALITY_FORMS.get(low, ()))}
        return any(
            word.lower() in _DEMONYMS and word.lower() not in own
            for text in self._texts
            for word in _CAPITALISED_WORD.findall(text)
        )

    def nationals(self, demonym: str) -> set[str]:
        """The people the article prints with this nationality beside their name ("Kenyan runner Name", "Welsh
        captain Name", "Name, a Kenyan", "Name, the Kenya relay runner", "Name of Kenya", "Name (Kenya)"):
        who "the Kenyan" may be. Asked only for a nationality alone, so the patterns are built per question."""
        low = demonym.lower()
        forms = {low.capitalize(), *L.NATIONALITY_FORMS.get(low, ())}
        if low.endswith("an"):
            forms.add(low[:-1].capitalize())  # Kenyan: Kenya
        alternatives = "|".join(sorted((regex.escape(f) for f in forms), key=len, reverse=True))
        # compiled by the module's own cache, not rx's: a pattern per nationality asked about, rarely
        # the words between are the person's kind ("runner", "sevens star"), never a joining word ("Kenya and Name")
        before = regex.compile(
            r"(?<![\p{L}])(?:" + alternatives + r")(?:[ ]++(?!(?:and|or|but|of|to|in|at|on|by|for|with|as|from|than|"
            r"is|was|who|the|an?)[ ])\p{Ll}[\p{Ll}\-]*+){0,3},?[ ]++(?=\p{Lu})"
        )
        after = regex.compile(
            r"(?:,[ ]++(?:an?|the)[ ]++(?:[\p{L}\-]++[ ]++){0,3}?|[ ]of[ ]|[ ]\()(?:" + alternatives + r")(?![\p{L}])"
        )
        found: set[str] = set()
        for text in self._texts:
            runs = [NAME_RUN.match(text, m.end()) for m in before.finditer(text)]
            runs_before = [_name_ending_at(text, m.start()) for m in after.finditer(text)]
            names = [r.group(0) for r in runs if r is not None] + [r for r in runs_before if r is not None]
            found.update(n for n in (self.resolve(unglue(run)) for run in names) if self.is_person(n))
        return found

    def described_as(self, noun: str) -> str | None:
        """The one person the article describes in apposition as "a <noun>" ("Dr Sunita Rao, a consultant in
        health protection," for "the consultant"), else None."""
        if self.described is None:  # read on first use: few articles ever ask
            self.described = {}
            for text in self._texts:
                for m in _DESCRIBED_IN_APPOSITION.finditer(text):
                    run = _name_ending_at(text, m.start())
                    name = self.resolve(unglue(run)) if run is not None else ""
                    if self.is_person(name):
                        self.described.setdefault(m.group("noun").lower(), set()).add(name)
        names = self.described.get(noun.lower(), set())
        return next(iter(names)) if len(names) == 1 else None

    def relative_of_kin(self, kin: str) -> str | None:
        """The one person the article names after "the <kin> of" as what `kin` says they are ("Oliver Lee, the son
        of director Graham Lee," for "his father"; "the wife of Name" for "her husband"), else None; read only
        when a relative's noun asks."""
        if self.kin_of is None:
            self.kin_of = {}
            for text in self._texts:
                kin_of = " of " in text and any(phrase in text for phrase in _KIN_OF_PHRASES)
                for m in _KIN_OF.finditer(text) if kin_of else ():
                    name = person_name(split_title(unglue(m.group("name")).split())[1])
                    for converse in L.KIN_CONVERSES[m.group("kin").lower()] if name is not None else ():
                        self.kin_of.setdefault(converse, set()).add(self.resolve(str(name)))
        names = self.kin_of.get(kin, set())
        return next(iter(names)) if len(names) == 1 else None

    def aged(self, age: str) -> str | None:
        """The one person the article prints with an age ("Ola Berg, 34,", "Berg, now 34,", "Ola Berg (34)") for "the
        34-year-old", else None; read only when a description asks."""
        found: set[str] = set()
        for text in self._texts:
            for form in (f", {age},", f", now {age},", f", aged {age},", f" ({age})"):
                at = text.find(form)
                while at > 0:
                    run = _name_ending_at(text, at)
                    name = self.resolve(unglue(run)) if run is not None else ""
                    if self.is_person(name, strict=False):
                        found.add(name)
                    at = text.find(form, at + 1)
        return found.pop() if len(found) == 1 else None

    def sharing(self, surname: str) -> list[str]:
        """The people a surname printed alone may mean when two or more share it ("MacLeod" for Morag and Donald
        MacLeod), else []."""
        if " " in surname or surname.lower() in self.entities:
            return []
        keys = self.by_surname.get(_bare(surname), [])
        names = [self.entities[k].name for k in keys if self.entities[k].kind != "org"]
        return names if len(names) > 1 else []

    def is_relative(self, name: str) -> bool:
        """The article introduces `name` as someone's relative ("her father, Harald Berg")."""
        ent = self._entity(name)
        return ent is not None and bool(ent.titles & _KIN)

    def _entity(self, name: str) -> Entity | None:
        """The entity of a name as the article gives it, also when first given shorter (`lengthened`)."""
        key = name.lower()
        ent = self.entities.get(key)
        if ent is None and self.lengthened and key in self.lengthened:
            ent = self.entities.get(self.lengthened[key])
        return ent

    def kind(self, name: str) -> str | None:
        """ "person", "org" or "name" (not known to be a person) for a name the article gives, else None."""
        ent = self.entities.get(name.lower())
        if ent is None and self.lengthened:
            ent = self._entity(name)
        return ent.kind if ent is not None else None

    def knows(self, name: str) -> bool:
        """The article names `name` as a person, an organisation or a name of either."""
        return name.lower() in self.entities or (bool(self.lengthened) and self._entity(name) is not None)

    def is_person(self, name: str, *, strict: bool = True) -> bool:
        """A person the article names; `strict=False` also admits names not known to be people. (A surname that
        two people of the article share and the resolver left as printed, "Zulu said", is a person too.)"""
        ent = self._entity(name)
        if ent is None and " " not in name:
            kinds = {"person", "name"} if not strict else {"person"}
            keys = self.by_surname.get(_bare(name), ())
            return len(keys) > 1 and all(self.entities[k].kind in kinds for k in keys)
        return ent is not None and (ent.kind == "person" or (not strict and ent.kind == "name"))
