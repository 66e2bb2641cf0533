"""Bylines: "By Jane Doe and Ali Khan, Reuters" -> authors, roles, affiliations, agency."""

import functools

import regex

from . import dates, rx
from . import lexicon as L
from . import patterns as P
from .model import Author as Author  # re-exported: the records live in model.py
from .model import Byline as Byline
from .people import NAME_STOPWORDS, NOT_NAME_WORDS, ORG_WORDS, PARTICLES

# Time zones and the clock's AM/PM, as words ("Z" alone is an initial in a name, not Zulu time)
_ZONES = tuple(z for z in (*L.TIME_ZONES, *L.US_TIME_ZONES) if len(z) > 1)
_ZONE_WORD = rx.compile(
    r"(?<![\p{L}])(?:[AP]M|[AP]\.M\.|\L<zones>)(?![\p{L}])", regex.IGNORECASE, zones=P.phrase_list(_ZONES)
)
_ZONE_WORD_PARTS = ("am", "pm", "a.m.", "p.m.", *_ZONES)  # what a match of `_ZONE_WORD` holds, folded
_DOMAIN_END = rx.compile(r"\.(?:" + P.WEB_ADDRESS_END + r")$", regex.IGNORECASE)
_DIGITS = rx.compile(r"\d++")
# "Photos by John Roe", "Photos: John Roe", "Edited By: Omar Pike": who made the pictures or edited the story
_VISUAL_CREDIT = rx.compile(r"^(?:\L<roles>)(?:\s++by\b|\s*+:)", regex.IGNORECASE, roles=P.phrase_list(L.CREDIT_ROLES))
_CREDIT_ROLE_SIZE = max(map(len, L.CREDIT_ROLES))


def _visual_credit(text: str) -> bool:
    """`_VISUAL_CREDIT` matches: tried only where the text opens with one of its roles (a name opens with none)."""
    return rx.fold(text[:_CREDIT_ROLE_SIZE]).startswith(L.CREDIT_ROLES) and _VISUAL_CREDIT.match(text) is not None


_DATE_LABEL = rx.compile(
    r"(?<![\p{L}])(?:" + P.alternation(P.DATE_LABEL_PHRASES) + r")"
    r"(?![\p{L}])(?![ ]*+by\b)[ ]*+:?",  # "Edited by", "Posted by": a lead or a credit, no date's label
    regex.IGNORECASE,
)
_DATE_LABEL_FIRST_WORDS = tuple({p.split()[0]: None for p in P.DATE_LABEL_PHRASES})  # one opens every match
_DATE_PREPOSITION = rx.compile(r"\s++(?:on|at)\s*+(?=\|)", regex.IGNORECASE)
_VOWEL = rx.compile(r"[AEIOUY]")
_INNER_BY_CAPITAL = rx.compile(r"\b(?:BY|by|(?<=[—–|•-] )By)\s++\p{Lu}")  # "By" after a dash or bar
# A handle glued to the name before it: "By Rae Quist@rquist" (an e-mail address is removed before)
_GLUED_HANDLE = rx.compile(r"(?<=[\p{L}.])@\w++")


def _desk_cues(text: str) -> tuple[str, ...]:
    """`_DESK_CUES`: the last word of each desk phrase of `text` (character 0 between them), less those that hold
    another."""
    last = {d.split()[-1] for d in text.split("\x00")}
    return tuple(sorted(c for c in last if not any(o != c and o in c for o in last)))


# A desk or a staff signing a story: "Our Foreign Staff", "Coastal News Bureau", "KTV STAFF". The words
# before the desk's name are capitalised and none is a function word ("Meet The Staff" is a link).
_DESK_QUALIFIER = r"(?!(?:the|our|of|and|for|at|in|to|by|with)\b)(?-i:[\p{Lu}\p{N}])[\p{L}\p{N}&.'’\-]*+\s++"
_DESK = rx.compile(
    rf"^(?:by\s++)?(?:(?:our|the)\s++(?:{_DESK_QUALIFIER}){{0,4}}(?:\L<desk>|\L<roles>)"
    rf"|(?-i:\p{{Lu}}{{2,5}})\s++(?:\L<roles>)|(?:{_DESK_QUALIFIER}){{1,4}}(?:\L<desk>)|(?:\L<alone>)"
    # a paper's name, then a reporter's role: "Harbour Post Reporter", "Lagos Courier Correspondent"
    rf"|(?:{_DESK_QUALIFIER}){{0,3}}(?=(?-i:\p{{Lu}}))(?:\L<outlets>)\s++(?:\L<paper_roles>))$",
    regex.IGNORECASE,
    desk=P.phrase_list(L.DESK_WORDS),
    alone=P.phrase_list(L.DESKS_ALONE),
    roles=P.phrase_list(L.DESK_ROLES),
    outlets=P.phrase_list(L.OUTLET_WORDS),
    paper_roles=P.phrase_list(L.PAPER_DESK_ROLES),
)
# A desk's role alone after a byline's lead: "By Staff Reporter", "By Special Correspondent" (the desk as printed)
_ROLE_ALONE = rx.compile(r"^(?:\L<roles>)$", regex.IGNORECASE, roles=P.phrase_list(L.DESK_ROLES))
_DESK_ROLES = tuple(L.DESK_ROLES)
# What a match of `_DESK` ends with: one of its phrases (a name ends with none)
_DESK_ENDS = (*L.DESK_WORDS, *L.DESK_ROLES, *L.DESKS_ALONE, *L.PAPER_DESK_ROLES)
_DESK_END_SIZE = max(map(len, _DESK_ENDS))
# The last word of each of those phrases: a line signed by a desk alone ends with one ("Staff Reporter"), the cheap
# test before `signs_as_desk` where a line's last word is at hand (`classify.byline_shapes`)
DESK_LAST_WORDS = frozenset(p.rsplit(None, 1)[-1] for p in _DESK_ENDS)
# The last word of each desk phrase: a cheap substring test before the pattern, on every short line
# (a cue holding another is found by it: "report" finds "reporters", "writer" finds "writers", one test fewer each,
# and so each of the paper's roles; worked out once per installation and read back, as the lexicon's word lists
# are, with `_CAMEL_GLUE`'s words)
_DESK_CUES = rx.words("\x00".join(_DESK_ENDS), _desk_cues)
# the one-word desks a staff signs with ("By Valley Today staff"), read after an outlet's relative word
_ONE_WORD_DESKS = frozenset(d for d in L.DESK_WORDS if " " not in d)
# the last letters of a desk named after its place or beat ("Eastern Cape Bureau", "Metro Desk"): after a person's
# name, that person's desk
_PLACED_DESK_ENDS = ("bureau", " desk")
_SIGNATURE_SPLIT = rx.compile(r"\s*+(?:\||•|·|(?<=\s|^)[-–—/](?=\s|$)|;|,)\s*+")

_OUTLET_WORDS = frozenset(L.OUTLET_WORDS)
_OUTLET_ARTICLES = frozenset(L.OUTLET_ARTICLES)
_NOT_NAME = NOT_NAME_WORDS | NAME_STOPWORDS | frozenset(L.MENU_LABEL_WORDS)
# The given names of `lexicon.GIVEN_NAMES`, one set, built here for the classifier too (`classify.features.GIVEN`)
GIVEN = frozenset(L.GIVEN_NAMES)
_GIVEN = GIVEN  # (the name this module's rules read it by)
_SYLLABLES = frozenset(L.NAME_SYLLABLES)
_LEAD_FIRST_WORDS = frozenset(lead.split()[0] for lead in (*L.BYLINE_LEADS, *L.BYLINE_LABELS))
_COMPANY = frozenset((*L.COMPANY_LEGAL_FORMS, "group", "company"))


def _camel_glue(text: str) -> tuple[str]:
    """The words `_CAMEL_GLUE` looks for, capitalised, as an alternation: the month and weekday names and role heads
    of `text` (character 0 between them) and words of page furniture."""
    furniture = ("business", "senior", "staff", "view", "more", "updated", "published", "posted", "get", "follow")
    words = {*text.split("\x00"), *furniture, "share", "read", "articles"}
    # longest first; ties in a fixed order, so the pattern text never varies
    return ("|".join(w.capitalize() for w in sorted(words, key=lambda w: (-len(w), w))),)


# "HiltonBusiness Columnist", "CastellanosView More Articles", "FinanceOctober 13": a lower-case
# letter glued to a capitalised word that starts a date, a role or page furniture.
# the words, capitalised, longest first (an alternation's text, worked out once per installation)
_GLUE_WORDS = rx.words("\x00".join((*dates.MONTHS, *dates.WEEKDAYS, *L.ROLE_HEADS)), _camel_glue)[0].split("|")
_CAMEL_GLUE = rx.compile(r"(?<=\p{Ll})(?=(?:" + "|".join(_GLUE_WORDS) + r")(?![\p{Ll}]))")
# A letter that is no capital A-Z right before the first letter of a glue word: where none stands, `_CAMEL_GLUE` (a
# small letter, then a glue word) matches nowhere; the standard library's engine scans for it at C speed (`[^\W\d_]`
# is any letter: tests/test_pattern_gates.py)
_CAMEL_GLUE_HINT = rx.compile_std(r"[^\W\d_A-Z](?=[" + "".join(sorted({w[0].upper() for w in _GLUE_WORDS})) + "])")
_DIGIT_GLUE = rx.compile(r"(?<=\p{L})(?=\d)|(?<=\d)(?=\p{L}{3})")
# "Jonathan GarberFOXBusiness", "Jane DoeCNN": an outlet in capitals glued to the name ("McDONALD" keeps
# its capitals: one lower-case letter before them)
_CAPS_GLUE = rx.compile(r"(?<=\p{Ll}{2})(?=\p{Lu}{2,})")

_FOREIGN_LEADS = frozenset(L.FOREIGN_BYLINE_LEADS)
_LEADS_IN_NAMES = frozenset(L.FOREIGN_LEADS_IN_NAMES)
_FOREIGN_JOIN = rx.compile(
    r"\s++(?:\L<joins>)\s++(?=(?-i:\p{Lu}))", regex.IGNORECASE, joins=P.phrase_list(L.FOREIGN_NAME_JOINS)
)
_FIRST_FIELD = rx.compile(r"^[^,|/•·;–—\d]++")
_NAMES_FIELD = rx.compile(r"^[^|/•·;–—\d]++")  # the names before an outlet or a date, commas between them
# Where a byline's author wrote from: one to three capitalised words, joined by "and" ("in Oslo", "in Lagos and
# Abuja", "in Rio de Janeiro")
PLACE_AFTER_IN = r"\p{Lu}[\p{L}'’.\-]*+(?:\s++(?:and\s++|de\s++|do\s++|da\s++)?\p{Lu}[\p{L}'’.\-]*+){0,2}"
# that place ending the byline: cut before its authors are read ("Ann Lee in Westbury and Colby" names no "Colby")
_IN_PLACE_TAIL = rx.compile(rf"\s++in\s++{PLACE_AFTER_IN}[\s,.]*+$")
_SEGMENT_SPLIT = rx.compile(r"\s*+(?:\||•|·|(?<=\s|^)[-–—/](?=\s|$)|;)\s*+")
_PIECE_SPLIT = rx.compile(r"\s*+,\s*+(?:(?:and|&)\s++)?|\s++(?:and|&)\s++", regex.IGNORECASE)  # (", and": one)
# The tables of what a byline's piece may be besides a name (`_FILLER` reads their phrases, and a reading time, whose
# last word ends "min read")
_FILLER_TABLES = (L.BYLINE_FILLER, P.DATE_LABEL_PHRASES, L.TIME_ZONES, L.US_TIME_ZONES)
_FILLER = rx.compile(
    r"^(?:\L<filler>|\d++ min read|" + P.alternation(P.DATE_LABEL_PHRASES) + r"|\L<zones>)$",
    regex.IGNORECASE,
    filler=P.phrase_list(L.BYLINE_FILLER),
    zones=P.phrase_list((*L.TIME_ZONES, *L.US_TIME_ZONES)),
)


# The last word of a match of `_FILLER` (a name's is none of them), from the same tables
_FILLER_LAST_WORDS = frozenset(w.split()[-1] for table in _FILLER_TABLES for w in table)


def _filler(piece: str) -> bool:
    """`_FILLER` matches the piece: tried only where its last word ends one of the pattern's phrases."""
    last = piece.rsplit(None, 1)[-1:]
    return bool(last) and rx.fold(last[0]) in _FILLER_LAST_WORDS and _FILLER.match(piece) is not None


def unglue(text: str) -> str:
    """Separate words a page glued together.

    >>> unglue("by Petra Quill14 Jan 2022318")
    'by Petra Quill 14 Jan 2022318'
    """
    if _CAMEL_GLUE_HINT.search(text) is not None:
        text = _CAMEL_GLUE.sub(" ", text)
    text = _CAPS_GLUE.sub(" ", text)
    if not dates.has_digit(text):  # a word glued to a number needs a digit (most names have none)
        return text
    return str(_DIGIT_GLUE.sub(" ", text))


def strip_dates(text: str) -> str:
    """Replace every date, time, zone and relative date in a byline with a segment break."""
    for hit in reversed(dates.find_dates(text)):
        text = text[: hit.start] + " | " + text[hit.end :]
    figures = dates.has_digit(text)  # a time has digits (and no step below adds any)
    if figures:
        text = dates.TIME.sub(" | ", text)
    text = dates.RELATIVE.sub(_relative_break, text)
    # (each pattern tried only where the text, folded, holds one of its words: a name alone holds none)
    if any(map(rx.fold(text).__contains__, _ZONE_WORD_PARTS)):
        text = _ZONE_WORD.sub(" ", text)
    if any(map(rx.fold(text).__contains__, _DATE_LABEL_FIRST_WORDS)):
        text = _DATE_LABEL.sub(" | ", text)  # "By Jane Doe Updated March 3": the label is no part of the name
    if figures:
        text = _DIGITS.sub(" | ", text)
    return str(_DATE_PREPOSITION.sub(" | ", text))  # "Posted by Harbour Desk on March 3": "on" is the date's


def _relative_break(m: regex.Match[str]) -> str:
    """A relative date in a byline as a segment break ("By Jane Doe Today 9:05 AM", "2 hours ago"), but for a
    relative word between two capitalised words: that is an outlet's name ("By Valley Today Staff")."""
    found = str(m.group(0))
    if not m.group("word"):
        return " | " if "ago" in found.lower() else found
    text = str(m.string)
    before = text[: m.start()].split()[-1:]
    after = text[m.end() :].split(None, 1)[:1]
    # the outlet's name may sign in lower case: "By Valley Today staff"
    signs = after and (after[0][:1].isupper() or after[0].lower() in _ONE_WORD_DESKS)
    if before and signs and before[0][:1].isupper() and before[0].lower() != "by":
        return found
    return " | "


_PLACE_LEADS = frozenset(L.PLACE_LEADS)
_PLACE_ENDS = frozenset(L.PLACE_ENDS)


def place_or_body(name: str, body_words: frozenset[str] = frozenset()) -> bool:
    """Capitalised words in a name's shape that name a place or a public body, not a person: the first or the
    last word says what it is (a place's, or one of `body_words`), unless a known given name opens it. A surname
    may be a body's word ("Dara House", "Ivo Post"): a reader that knows it meets only bodies passes their words.

    >>> [place_or_body(n) for n in ("Cape Coral", "Palm Beach", "Coast Guard", "Dara House", "Emily Bay")]
    [True, True, True, False, False]
    """
    words = name.lower().split()
    if not words or words[0] in L.ANY_GIVEN_NAMES:
        return False
    return words[0] in _PLACE_LEADS or words[-1] in _PLACE_ENDS or words[-1] in body_words


def known_given(text: str) -> bool:
    """The text opens with a known given name (`lexicon.GIVEN_NAMES` and the female and male lists)."""
    first = text.split(" ", 1)[0]
    return first.strip(",.").lower() in L.ANY_GIVEN_NAMES


def dash_signed_name(text: str) -> str | None:
    """A person's name alone after a dash, as a writer signs under a story or a live post ("— Awino Kanyadudi"); not
    a body's ("— Harbour Press Agency"). None otherwise."""
    if not text.startswith(_SIGN_DASHES):
        return None
    name = text.lstrip("—–- ").strip()
    return name if 2 <= len(name.split()) <= 4 and is_name(name) and not place_or_body(name, ORG_WORDS) else None


_SIGN_DASHES = ("—", "–", "--")


def is_name(text: str) -> bool:
    """A person's name: two to five capitalised words, initials, particles and suffixes.

    >>> is_name("Dana K. Whitlow"), is_name("Tech Industry"), is_name("PRIYA DESHMUKH")
    (True, False, True)
    """
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or dates.has_digit(text):  # (the answer kept for the article: asked of a line often)
        return False
    if tokens[-1].strip(".,").lower() in _COMPANY:  # "Brent Co", "Acme Inc"
        return False
    if _caps_then_title(tokens):  # "OMAR PIKE Coastal Herald": a name in capitals, then an outlet's words
        return False
    for i, tok in enumerate(tokens):
        bare = tok.strip(",.").lower()
        if bare.endswith(("'s", "’s")):  # "Sony’s PlayStation VR": a possessive is no part of a name
            return False
        if bare in _NOT_NAME:
            if i > 0 and bare in PARTICLES:
                continue
            if i == 0 and bare in _GIVEN and bare in L.MONTHS:
                continue  # "Jan Mertens", "June Park": a given name that is also a month's (no date: no digit)
            if i == len(tokens) - 1 >= 2 and bare in _SYLLABLES and tok[:1].isupper():
                continue
            return False
        if tok[1:2].isupper() and not tok.isupper():
            return False  # "FOXBusiness": capitals running into lower case name an outlet, not a person
        if tok[:1].isupper() and _plain_name_token(tok):
            continue  # the common case, without a regex
        if i > 0 and (P.NAME_PARTICLE.match(tok) or P.NAME_SUFFIX.match(tok)):
            continue
        if P.INITIAL.match(tok):
            continue
        if not P.NAME_TOKEN.match(tok):
            return False
    return tokens[0].lower() in _GIVEN or not P.ROLE_WORD.search(text)


def _caps_then_title(tokens: list[str]) -> bool:
    """A word in capitals followed by a capitalised word in lower case ("PIKE Coastal"); not a surname in
    capitals after the given name ("Jean DUPONT"), nor an initial ("John J. Smith").

    >>> _caps_then_title("OMAR PIKE Coastal Herald".split()), _caps_then_title("Jean DUPONT".split())
    (True, False)
    """
    seen_caps = False
    for tok in tokens:
        if len(tok) > 1 and tok.isalpha() and tok.isupper():
            seen_caps = True
        elif seen_caps and len(tok) > 2 and tok[:1].isupper() and tok[1:].islower():
            return True
    return False


def _plain_name_token(tok: str) -> bool:
    """ "Smith", "O'Neil", "Jean-Paul", "McDonald": letters, apostrophes and hyphens only."""
    return tok.replace("'", "").replace("’", "").replace("-", "").isalpha()


_NOT_NAME_OR_ALL = _NOT_NAME | {"all"}  # what may follow a name and is dropped ("Jane Doe all", built once)


def split_name(piece: str) -> tuple[str | None, str]:
    """The name at the start of a byline piece, and what follows it; a piece ending with an outlet's
    name gives the shortest name before it ("Omar Pike Coastal Herald").

    >>> split_name("Michael Hilton Business Columnist"), split_name("Dana Kerr Senior Political Reporter")
    (('Michael Hilton', 'Business Columnist'), ('Dana Kerr', 'Senior Political Reporter'))
    >>> split_name("JOHN DOE Associated Press Writer")
    ('JOHN DOE', 'Associated Press Writer')
    """
    tokens = piece.split()
    sizes = range(min(len(tokens), 5), 1, -1)
    if len(tokens) > 3 and (ends_with_outlet(piece) or _outlet_writer(tokens)):
        sizes = range(2, min(len(tokens) - 1, 5))
    for n in sizes:
        head = " ".join(tokens[:n])
        if is_name(head):
            rest = " ".join(tokens[n:])
            if _title_before_head(tokens, n, rest):  # "Fiona Lee Court Reporter"
                k = n - 1
                while k > 2 and _qualifier(tokens[k - 1]) and is_name(" ".join(tokens[: k - 1])):
                    k -= 1  # "Dana Kerr Senior Political Reporter": each qualifier the title's
                return " ".join(tokens[:k]), " ".join((*tokens[k:n], rest))
            if rest and rest.strip(",.").lower() in _NOT_NAME_OR_ALL and not is_agency(rest):
                rest = ""
            return head, rest
    return None, piece


_JOURNALIST_HEADS = frozenset(L.JOURNALIST_ROLE_HEADS)


def _name_then_outlet_writer(piece: str) -> bool:
    """A name in capitals or opening with a known given name before a wire's name and a journalist's title ("JOHN
    DOE Associated Press Writer"): the writer, not a desk signing the story ("Associated Press Writer")."""
    tokens = piece.split()
    if len(tokens) <= 3 or not _outlet_writer(tokens):
        return False
    name = split_name(piece)[0]
    return name is not None and (name.isupper() or name.split()[0].lower() in _GIVEN)


def _outlet_writer(tokens: list[str]) -> bool:
    """A piece ending with a wire's or a paper's name and a journalist's title, as wires sign their staff ("JOHN
    DOE Associated Press Writer", "Ana Ruiz Harbour Press Correspondent"): the name is the shortest before them."""
    return tokens[-1].lower() in _JOURNALIST_HEADS and ends_with_outlet(" ".join(tokens[:-1]))


def role_first(piece: str) -> tuple[str, str] | None:
    """A journalist's title printed before the name with no comma ("Court reporter Fiona Lee", "Senior Health
    Correspondent Aoife Ní Chathail"): (name, title); None otherwise.

    >>> role_first("Court reporter Fiona Lee"), role_first("Reporter John Smith said")
    (('Fiona Lee', 'Court reporter'), None)
    """
    tokens = piece.split()
    if not 3 <= len(tokens) <= 8 or not tokens[0][:1].isupper():
        return None
    for j in range(1, min(4, len(tokens) - 2) + 1):  # a title of one to four words, a name of two or more
        if tokens[j - 1].lower() in _JOURNALIST_HEADS:
            name = " ".join(tokens[j:])
            if not all(w.isalpha() for w in tokens[:j]) or not is_name(name) or P.ROLE_WORD.search(name):
                return None
            return name, " ".join(tokens[:j])
    return None


def _qualifier(token: str) -> bool:
    """A capitalised beat, section, rank or desk's place (`lexicon.ROLE_QUALIFIERS`): "Senior", "Political"."""
    return token[:1].isupper() and token.lower() in _QUALIFIERS


_QUALIFIERS = frozenset(L.ROLE_QUALIFIERS)


def _title_before_head(tokens: list[str], n: int, rest: str) -> bool:
    """The last word of a name of three or more is the qualifier of the bare journalist's title after it ("Rhys
    ap Owen Rugby" / "Correspondent"), not a surname, when it is a beat, a section or a desk's place
    (`lexicon.ROLE_QUALIFIERS`) and what is left before it is still a name; any other word is the name's ("Mary Ann
    Evans Reporter": Mary Ann Evans, the "Reporter")."""
    title = rest.split()  # the head, maybe after other qualifiers ("Health Correspondent")
    return (
        n >= 3
        and bool(title)
        and title[-1].lower() in _JOURNALIST_HEADS
        and title[-1][:1].isupper()
        and all(map(_qualifier, title[:-1]))
        and _qualifier(tokens[n - 1])
        and is_name(" ".join(tokens[: n - 1]))
    )


def ends_with_outlet(text: str) -> bool:
    """The text ends with the head word of a newspaper's or broadcaster's name ("... Coastal Herald")."""
    tokens = text.split()
    return bool(tokens) and tokens[-1].strip(",.").lower() in _OUTLET_WORDS


def name_then_outlet(text: str) -> bool:
    """A name with its outlet after it in brackets ("Andreas Wicaksono (The Harbour Daily)", "Lena Ortiz (Coastal
    Herald)", "Omar Pike (Reuters)"): the writer and the paper, as a byline prints them without "By".

    >>> name_then_outlet("Dewi Lestari (The Island Courier)"), name_then_outlet("Dewi Lestari (left)")
    (True, False)
    """
    head, bracket, inner = text.partition(" (")
    if not bracket or text[-1:] != ")" or not is_name(head):
        return False
    inner = inner[:-1].strip()
    words = inner.split()
    if not 1 <= len(words) <= 6 or not all(w[:1].isupper() or w in _OUTLET_JOINS for w in words):
        return False
    return words[0] == "The" or ends_with_outlet(inner) or is_agency(inner)


_OUTLET_JOINS = frozenset(("of", "and", "de", "del", "du", "di", "&"))


def is_desk_role(text: str) -> bool:
    """Is a line only the role a paper signs with when it names no one ("Staff Correspondent")? Printed alone
    under a headline it is the byline; under a name, that person's role."""
    role = text.strip(" .,:")
    return rx.fold(role).startswith(_DESK_ROLES) and _ROLE_ALONE.match(role) is not None  # (its role's words first)


def is_desk(piece: str) -> bool:
    """A desk or a staff that signs a story: "Our Foreign Staff", "Coastal News Bureau", "HT Correspondent"."""
    piece = piece.strip(" .,:")
    end = rx.fold(piece[-_DESK_END_SIZE - 1 :])
    return (end.endswith(_DESK_ENDS) or end[:-1].endswith(_DESK_ENDS)) and _DESK.match(piece) is not None


def signs_as_desk(text: str, *, role_alone: bool = True) -> bool:
    """The one test of a line signed by a desk and no one's name: a desk or a staff (`is_desk`), or, where
    `role_alone` (after a byline's lead, or a line alone), a desk's role alone ("Staff Correspondent",
    `is_desk_role`)."""
    return (role_alone and is_desk_role(text)) or is_desk(text)


_PAPER_ROLE_ENDS = tuple(f" {r}" for r in L.PAPER_DESK_ROLES)  # "... Reporter", "... Correspondent"


def signed_by_paper(text: str) -> bool:
    """A paper's name then a reporter's role, with no lead ("Harbour Post Reporter", "Lagos Courier Correspondent"):
    the desk as printed; under a reporter's name alone, that reporter's title and outlet."""
    t = text.strip(" .,:")
    return rx.fold(t).endswith(_PAPER_ROLE_ENDS) and t.split(None, 1)[0].lower() not in _LEAD_FIRST_WORDS and is_desk(t)


def restore_case(name: str) -> str:
    """Title-case an all-caps name, keeping vowel-less acronyms ("KTV STAFF" -> "KTV Staff")."""
    letters = [c for c in name if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters) or len(letters) <= 3:
        return name

    def fix(word: str) -> str:
        if len(word) <= 4 and not _VOWEL.search(word):
            return word
        return "-".join("'".join(p[:1].upper() + p[1:].lower() for p in part.split("'")) for part in word.split("-"))

    return " ".join(fix(w) for w in name.split())


def is_agency(piece: str) -> bool:
    """ "Associated Press", "REUTERS.": a wire agency or outlet named alone."""
    return bool(P.agency_only(piece.strip(" .")))


def _is_outlet(piece: str) -> bool:
    """An outlet beside a name: "Cleveland.com", "Fox News", "FUTURISM", "Breitbart Tech"."""
    piece = piece.strip(" .")
    if _DOMAIN_END.search(piece):
        return True
    tokens = piece.split()
    return (
        1 <= len(tokens) <= 4
        and all(P.UPPER_WORD.match(t) for t in tokens)
        and not (len(tokens) == 1 and tokens[0].lower() in _NOT_NAME)
    )


class _Reading:
    """What has been read of a byline so far: its authors, wire agency and a lone organisation."""

    def __init__(self, allow_org: bool) -> None:
        self.allow_org = allow_org
        self.authors: list[Author] = []
        self.agency: str | None = None
        self.org: str | None = None
        self.desk: str | None = None
        self.after_role = False

    def set_last(self, role: str | None, affiliation: str | None) -> None:
        """Give the last author a role and an affiliation, keeping what it already has."""
        last = self.authors[-1]
        self.authors[-1] = Author(last.name, last.role or role, last.affiliation or affiliation)


def parse_byline(raw: str, *, allow_org: bool = False) -> Byline | None:
    """Read a byline line; None when it names nobody.

    >>> [a.name for a in parse_byline("By Ruth Park , Minh Tran on Thursday, March 4th, 2021").authors]
    ['Ruth Park', 'Minh Tran']
    >>> [a.name for a in parse_byline("ByAnn Lee").authors]
    ['Ann Lee']
    """
    if raw[:2] == "By" and raw[2:3].isupper() and raw[3:4].islower():
        raw = "By " + raw[2:]  # "ByDan Cornish": the lead glued to the name, as a page's markup drops the space
    first = raw.split(None, 1)[0].lower().rstrip(":") if raw.strip() else ""
    english = foreign_byline(raw.strip()) if first in _FOREIGN_LEADS else joined_abroad(raw.strip())
    raw, printed = english or raw, raw  # "Par Jeanne Martin et Paul Roy": read as "By ... and ..."
    lead = P.byline_lead(raw.strip())
    # "From: Riverside Gazette" names where a story comes from, not who wrote it: no outlet is an author there
    from_lead = lead is not None and lead.group(0)[:4].lower() == "from"
    allow_org = allow_org or bool((lead and not from_lead) or P.INNER_BY.search(raw))
    text = P.URL.sub(" ", raw)
    text = P.EMAIL.sub(" ", text)
    text = P.HANDLE.sub(" ", text)
    text = _GLUED_HANDLE.sub(" ", text)
    text = strip_dates(text)
    text = unglue(text)
    if " in " in text:
        text = _IN_PLACE_TAIL.sub("", text)
    reading = _Reading(allow_org)
    for segment in _SEGMENT_SPLIT.split(text):
        if _visual_credit(segment.strip(" ,:|")):
            continue  # "| Photos by John Roe" (checked before the segment's lead "... by" is stripped)
        segment = _strip_lead(segment.strip(" ,:|"))
        if not segment:
            continue
        if (
            not reading.authors
            and reading.desk is None
            and _desk_cue(segment.lower())
            and signs_as_desk(segment, role_alone=lead is not None)
            and not _name_then_outlet_writer(segment)
        ):
            # "Meridian Times wire services": the desk whole, not its pieces ("By the Editorial Board": "The")
            reading.desk = restore_case("The " + segment[4:] if segment[:4] == "the " else segment)
            break  # what follows the desk is its place or outlet ("Redacción / Cangas de Onís")
        for piece in _pieces(segment):
            if _visual_credit(piece.strip()):
                break  # ", Photography by John Roe": the rest of the segment credits the pictures
            _read_piece(_strip_lead(_strip_piece(piece)), reading)
    authors = reading.authors
    signed = reading.desk or reading.org  # "San Jose, Valley News Bureau": the desk, not the place
    if not authors and signed is not None:
        authors.append(Author(signed))
    # "By A and B, Associated Press": the outlet printed after the last name is everyone's
    shared = authors[-1].affiliation if authors else None
    if shared is not None and all(a.affiliation in (None, shared) and a.role is None for a in authors):
        authors = [Author(a.name, a.role, shared) for a in authors]
    if not authors:
        return None
    return Byline(printed.strip(), tuple(authors), reading.agency)


def _read_piece(piece: str, reading: _Reading) -> None:
    """One piece of a byline: an agency, a name (with the role after it), a role, or an outlet."""
    if not piece or _filler(piece):
        return
    if piece[:4] == "the " and piece[4:5].isupper():
        piece = "The " + piece[4:]  # "By the Associated Press", "By the Editorial Board"
    if is_agency(piece):
        _read_agency(piece, reading)
        return
    authors = reading.authors
    if not authors and is_desk(piece) and not _name_then_outlet_writer(piece):
        reading.desk = reading.desk or restore_case(piece)
        return
    if authors and piece.lower().endswith(_PLACED_DESK_ENDS) and is_desk(piece):
        reading.set_last(None, restore_case(piece))  # "Name, Eastern Cape Bureau": her desk, no second author
        return
    if _outlet_alone(piece) or (authors and _titled_outlet(piece)):  # "Lena Ortiz | Coastal Herald", "| El Litoral"
        if authors:
            reading.set_last(None, piece)
        elif reading.allow_org:
            reading.org = reading.org or restore_case(piece)
        return
    role_piece = bool(authors) and P.ROLE_WORD.search(piece) is not None
    lead = piece.split(None, 1)[0].strip(",.").lower() if piece.split() else ""
    # "Senior Political Correspondent for The Ledger" after a name: a role, whatever its capitals
    person, rest = _person_of(piece, bool(authors), role_piece and lead not in _GIVEN)
    # after a role, a name is the affiliation's ("Staff Writer, Coastal Herald") unless it opens with a given
    # name: "By Ann Lee, Political Editor and Tom Hale" names two
    if person and (not reading.after_role or lead in _GIVEN):
        role, affiliation = _split_role(rest) if rest and P.ROLE_WORD.search(rest) else (None, None)
        if rest[:4].lower() == "for " and role is None:  # "JANE DOE FOR DAILYMAIL.COM"
            affiliation = restore_case(rest[4:].strip())
        elif role is None and (ends_with_outlet(rest) or is_agency(rest)):  # "Omar Pike Coastal Herald"
            affiliation = restore_case(rest) if len(rest) > 4 else rest
        authors.append(Author(restore_case(person), role, affiliation))
        reading.after_role = role is not None
    elif role_piece:
        reading.set_last(*_split_role(piece))
        reading.after_role = True
    elif authors and _is_outlet(piece):
        reading.set_last(None, piece)
    elif not authors and reading.org is None and reading.allow_org and _is_organisation(piece):
        reading.org = restore_case(piece)


def _person_of(piece: str, after_names: bool, role_only: bool) -> tuple[str | None, str]:
    """The name a piece opens with and what follows it; the name after a journalist's title opening the byline
    ("Court reporter Fiona Lee"), then the title. `role_only`: the piece is a title after a name, no person."""
    first = role_first(piece) if not after_names else None
    if first is not None:
        return first
    return (None, piece) if role_only else split_name(piece)


def _titled_outlet(piece: str) -> bool:
    """A paper's name after a name, opening with an article of another language ("El Litoral", "La Voz del Sur",
    "Die Rundschau"): no person's name opens so (`lexicon.OUTLET_ARTICLES`); two to four words, capitalised but
    for a joining word, no known given name after the article."""
    words = piece.split()
    if not 2 <= len(words) <= 4 or words[0].lower() not in _OUTLET_ARTICLES or not words[0][:1].isupper():
        return False
    if words[0] in ("El", "EL") and len(words) > 2 and all(w[:1].isupper() for w in words):
        return False  # "El Mehdi Benali", "El Hadji Diouf": Arabic and West African names open with "El" too
    return words[1][:1].isupper() and words[1].lower() not in _GIVEN and words[-1][:1].isupper()


def _outlet_alone(piece: str) -> bool:
    """A paper's name with no person's name before it ("Coastal Herald", not "Omar Pike Coastal Herald")."""
    if not ends_with_outlet(piece) or P.ROLE_WORD.search(piece):
        return False
    name, rest = split_name(piece)
    return name is None or not rest


def _read_agency(piece: str, reading: _Reading) -> None:
    """A wire agency or outlet named alone: the byline's agency, the last author's affiliation, or the
    organisation that wrote the story."""
    the = piece[:4].lower() == "the "
    piece = piece[4:] if the else piece  # the agency's name alone
    name = restore_case(piece) if len(piece) > 4 else piece.upper()
    if P.WIRE_AGENCY.match(piece):
        reading.agency = reading.agency or name
    if reading.authors and reading.authors[-1].affiliation is None:
        reading.set_last(None, name)
    elif not reading.authors:
        reading.org = reading.org or ("The " + name if the else name)  # "By The Associated Press", as printed


def _is_organisation(piece: str) -> bool:
    """An outlet of two words or more that can sign a byline alone ("The Editorial Board")."""
    first = piece.split()[0].lower() if piece.split() else ""
    return _is_outlet(piece) and len(piece.split()) >= 2 and (first == "the" or first not in _NOT_NAME)


def read_names_line(text: str) -> Byline | None:
    """A byline without "By": a line made only of people's names, with their roles, outlet or agency
    ("Mia Lund and Omar Pike Coastal Herald", "Meg Ortiz and Ivo Marsh, Associated Press"); None when
    any piece of it is something else ("Miguel Ortiz North Diving", a caption, a sentence).

    >>> [a.name for a in read_names_line("Mia Lund and Omar Pike Coastal Herald").authors]
    ['Mia Lund', 'Omar Pike']
    """
    if len(text) > 100 or not text[:1].isupper() or text.rstrip()[-1:] in "?!:;":
        return None
    people = 0
    english = joined_abroad(text)  # "Jana Brenner und Till Ohlsen": read as "... and ..."
    for segment in _SEGMENT_SPLIT.split(unglue(english or text)):
        for piece in _pieces(segment.strip(" ,:|")):
            piece = _strip_piece(piece)
            if not piece or is_agency(piece) or _outlet_alone(piece):
                continue
            name, rest = split_name(piece)
            if name is not None and place_or_body(name):
                if not (people and P.ROLE_WORD.search(piece)):
                    return None  # "Fort Dauphin, Palm Beach and Cape Coral": the places a story is about
                name = None  # "Jane Doe / Senior Harbour Writer": a role's words after a name
            if name is None and people and (P.ROLE_WORD.search(piece) or _is_outlet(piece)):
                continue  # "Senior Correspondent", "Fox News" after a name
            if name is None or (rest and not (P.ROLE_WORD.search(rest) or ends_with_outlet(rest) or is_agency(rest))):
                return None
            people += 1
    return parse_byline(text, allow_org=True) if people else None


def _pieces(segment: str) -> list[str]:
    """The pieces of a byline segment (names, roles, outlets), a wire agency glued to a name apart.

    >>> _pieces("MARY CLARKE and JOHN PETERS Associated Press")
    ['MARY CLARKE', 'JOHN PETERS', 'Associated Press']
    """
    out = []
    for piece in _PIECE_SPLIT.split(segment):
        tail = P.agency_tail(piece) if piece else None
        if tail is not None and is_name(piece[: tail.start()].strip()):
            out += [piece[: tail.start()].strip(), tail.group("agency")]
        else:
            out.append(piece)
    return out


def _strip_piece(piece: str) -> str:
    """Trim separators, keeping the full stop of a final initial or suffix ("King Jr.")."""
    piece = piece.strip(" ,:;|()")
    last = piece.split()[-1] if piece.split() else ""
    if piece.endswith(".") and not (P.NAME_SUFFIX.match(last) or P.INITIAL.match(last)):
        piece = piece.rstrip(".")
    return piece


def _strip_lead(text: str) -> str:
    m = P.byline_lead(text)
    if m:
        return text[m.end() :].strip()
    inner = P.INNER_BY.search(text)
    if inner and inner.start() > 0 and not is_name(text):
        return text[inner.end() :].strip()
    return text


_WHOLE_ROLES = frozenset(r for r in L.ROLE_HEADS if " " in r)
_ROLE_FOR = rx.compile(r"^(?P<role>.{3,60}?)\s++for\s++(?P<outlet>(?-i:\p{Lu}).{1,60})$", regex.IGNORECASE)


def _split_role(piece: str) -> tuple[str, str | None]:
    """ "Ap National Security Writer" -> ("National Security Writer", "AP"); "Staff Writer" is one role;
    "ROYAL EDITOR FOR THE DAILY MAIL" -> ("Royal Editor", "The Daily Mail").

    >>> _split_role("Senior Political Correspondent for The Ledger")
    ('Senior Political Correspondent', 'The Ledger')
    """
    m = _ROLE_FOR.match(piece)
    if m is not None:  # a role "for" an outlet
        return restore_case(m.group("role")), restore_case(m.group("outlet"))
    if piece.lower() in _WHOLE_ROLES:
        return restore_case(piece), None
    m = P.AGENCY_WORD.match(piece)
    if m and m.end() < len(piece):
        agency = m.group(0)
        agency = agency.upper() if len(agency) <= 3 else agency
        return restore_case(piece[m.end() :].strip(" ,")), agency
    return restore_case(piece), None


def foreign_byline(text: str) -> str | None:
    """A byline led by "By" in another language, written with the English words (None when it is not one:
    after "Von", "Di", which also start surnames, a name alone or a known given name).

    >>> foreign_byline("Par Jeanne Martin et Paul Roy, 12 mars 2021")
    'By Jeanne Martin and Paul Roy, 12 mars 2021'
    >>> foreign_byline("Von Jonas Brandt und Mira Öztürk")
    'By Jonas Brandt and Mira Öztürk'
    >>> foreign_byline("Por: Ana Ruiz y Luis Mora")
    'By Ana Ruiz and Luis Mora'
    >>> foreign_byline("Di Maria scores twice") is None, foreign_byline("Par for the course") is None
    (True, True)
    >>> foreign_byline("Por: Inés Calderón Ruiz"), foreign_byline("Par : Jeanne Martin")
    ('By Inés Calderón Ruiz', 'By Jeanne Martin')
    """
    first, _, rest = text.partition(" ")
    if first[-1:] == ":":  # the lead with its colon ("Por: Inés Calderón", "Von: Jonas Brandt")
        first = first[:-1]
    elif rest[:2] == ": ":  # and with the space French sets before it ("Par : Jeanne Martin")
        rest = rest[2:]
    if first.lower() not in _FOREIGN_LEADS or len(text) > 120:
        return None
    if not rest[:1].isupper():
        return _newsroom_after_article(rest)
    if is_desk(rest.split(" /", 1)[0]):
        return "By " + rest  # "Por Redacción", "Par Service Étranger": the newsroom or a desk signs, as "By Staff" does
    english = str(_FOREIGN_JOIN.sub(" and ", rest))
    field = _FIRST_FIELD.match(english)
    name = split_name(_PIECE_SPLIT.split(field.group(0).strip())[0])[0] if field else None
    if name is None or name.split()[-1].lower() in _NOT_NAME:
        return None
    # "Von Jana Freese": a lead before a name alone of two words, or a known given name ("Von Miller Joins Bills"
    # and "Di Maria Scores Twice" are titles)
    alone = field is not None and field.group(0).strip() == name and len(name.split()) == 2
    # "Von Jonas Brandt und Mira Öztürk": two names or more joined, each of two or three words, name authors too
    pieces = _PIECE_SPLIT.split(field.group(0).strip()) if field is not None and not alone else ()
    alone = alone or (len(pieces) >= 2 and all(_joined_name(p) for p in pieces))
    if first.lower() in _LEADS_IN_NAMES and not alone and name.split()[0].lower() not in _GIVEN:
        return None
    return "By " + english


def _newsroom_after_article(rest: str) -> str | None:
    """After another language's "By", the newsroom with its article ("Par la Rédaction", "Por la Redacción", "Von
    der Redaktion"): the byline in English's words, the newsroom as printed (the article capitalised, as "By the
    Editorial Board" gives "The Editorial Board"); None when the words after the lead are anything else.

    >>> _newsroom_after_article("la Rédaction"), _newsroom_after_article("la semaine dernière")
    ('By La Rédaction', None)
    """
    article, _, desk = rest.partition(" ")
    if article.lower() not in _OUTLET_ARTICLES or not is_desk(desk):
        return None
    return f"By {rest[:1].upper()}{rest[1:]}"


# " e ", " und ": another language's "and" between names, looked for (one search at C speed) before `_FOREIGN_JOIN`
_FOREIGN_JOIN_WORD = rx.compile_std(" (?:" + "|".join(L.FOREIGN_NAME_JOINS) + ") ")


def joined_abroad(text: str) -> str | None:
    """Names without a lead joined by another language's "and", each of two or three words ("João Caldeira e Ana
    Prates", "Jana Brenner und Till Ohlsen", "María José Ferrán y Pablo Ortiz", an outlet or date after a bar or
    comma): the line written with the English word, None when it is not so ("Prates e Sousa", one surname).

    >>> joined_abroad("Jana Brenner und Till Ohlsen"), joined_abroad("Marks et Spencer") is None
    ('Jana Brenner and Till Ohlsen', True)
    >>> joined_abroad("Ana Ruiz, Pablo Ortiz y Lucía Gil"), joined_abroad("Eva de Wit en Joost van den Berg")
    ('Ana Ruiz, Pablo Ortiz and Lucía Gil', 'Eva de Wit and Joost van den Berg')
    """
    if len(text) > 120 or _FOREIGN_JOIN_WORD.search(text) is None:
        return None
    english = str(_FOREIGN_JOIN.sub(" and ", text))
    field = _NAMES_FIELD.match(english)  # (commas between the names: "Ana Ruiz, Pablo Ortiz y Lucía Gil")
    if english == text or field is None:
        return None
    pieces = _PIECE_SPLIT.split(field.group(0).strip())
    if len(pieces) >= 2 and all(_joined_name(p) for p in pieces):
        return english
    return None


def _joined_name(piece: str) -> bool:
    """A name joined to another in a byline: two or three words besides its particles in lower case ("Bram van der
    Heijden", "Ana de la Fuente")."""
    words = [w for w in piece.split() if w not in PARTICLES]
    return 2 <= len(words) <= 3 and is_name(piece)


def credits_other_work(text: str) -> bool:
    """The line credits someone else's work on the story: "Photos by Omar Pike", "Edited by:", "Fact checked by"."""
    return _visual_credit(text)


@functools.cache
def _credit_by_words() -> frozenset[str]:
    """The picture words a credit's "by" follows ("Photo by", "Graphics by"), from the credit leads."""
    leads = (*L.CREDIT_LEADS, *L.CREDIT_PHRASE_LEADS)
    return frozenset((*(lead.split()[-2] for lead in leads if lead.endswith(" by")), *L.GALLERY_ITEMS))


def _inner_by_not_a_credit(text: str) -> bool:
    """A "by" inside the line that is no picture's credit: "... Binh Giang, May 10, 2024. Photo by Jo Lee/Daybreak" is a
    caption with its credit glued to it (and a date in it), no byline."""
    for m in _INNER_BY_CAPITAL.finditer(text):
        before = text[: m.start()].rsplit(None, 1)
        if not before or before[-1].lower() not in _credit_by_words():
            return True
    return False


def has_byline_lead(text: str) -> bool:
    """ "By Jane Doe", "Analysis by ...", "Author:", "Our Foreign Staff" - a line that says it is a byline."""
    first = text.split(None, 1)[0].lower().rstrip(":") if text.strip() else ""
    if first in _LEAD_FIRST_WORDS and P.BYLINE_LEAD.match(text):
        return True
    if first in _FOREIGN_LEADS and foreign_byline(text) is not None:
        return True
    # "5:45 AM PST 11/19/2019 by Patrick Shanley": a "by" inside a line that carries a date
    if ("by" in text or "BY" in text or "By" in text) and _INNER_BY_CAPITAL.search(text) and dates.find_dates(text):
        return _inner_by_not_a_credit(text)
    # "Our Foreign Staff", "New Delhi, Valley News Bureau | Updated ...": signed by a desk
    if len(text) > 120:
        return False
    low = text.lower()
    if not _desk_cue(low) or not any(map(is_desk, _SIGNATURE_SPLIT.split(text))):
        return False
    # "Our correspondent, who went to the depot, noted that ...": a sentence about the desk, not its signature
    return not (text.count(" ") >= 8 and P.ends_sentence(text))


def _desk_cue(low: str) -> bool:
    """A lower-cased line holds one of `_DESK_CUES`, looked for as plain text (a pattern of the twenty alternatives
    tries each at every character, many times the work)."""
    for cue in _DESK_CUES:  # noqa: SIM110 (a loop: `any` over a generator costs more than the tests)
        if cue in low:
            return True
    return False
