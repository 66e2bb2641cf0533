"""Who said it, in other languages: the speech cues of `lexicon.FOREIGN_SPEECH_VERBS` around a quote, read once
`cues.foreign` has found a block that shows a cue word of another language or one of its quote marks (this module
is loaded on the first such quote: English pages never load it, so its code and patterns are no part of a start's).
The shapes are those of English news writing:
  „…“, sagte Jörg Tiedemann, Stadtkämmerer …  /  «…», ha explicado la consejera de Sanidad, Elena Gorostiza
  «…», lamenta Begoña Arrieta  /  „…“, sagt sie  /  Según Gorostiza, «…»  /  Anna Weber sagte: „…“
  Der Landkreis Wesermarsch teilte mit, man wolle „…“ (the verb earlier in the quote's sentence)
A speaker is a name printed next to the cue (an article before it dropped) or a pronoun, resolved as in
English; a description with no name ("dijo el alcalde") is the person the story named in that role. And the later
steps: an abbreviated title's stops before a name, a cue after a clause of reported speech, a cue opening its
sentence with its subject left out, an unnamed source of a body, a description before a cue, an unnamed source
opening a paragraph, a spokesperson's body, an aside after a subject.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from . import lexicon as L
from . import rx
from .cues import _ACCORDING, _VIEW_LEADS, _without_elision
from .patterns import SPEECH_VERBS_ABROAD
from .people import (
    FOREIGN_COURTESY_TITLES,
    FOREIGN_INDEFINITE_ARTICLES,
    FOREIGN_TITLES,
    NO_ACRONYM_AFTER_PARTICLE,
    TIME_WORDS,
    alternation,
    particle_surname,
    role_compound,
)
from .speech import _ARTICLE_WORDS, _LINK_WORDS

if TYPE_CHECKING:
    import regex

    from .speech import Block, _Reader


def _cue(verbs: tuple[str, ...]) -> str:
    return r"(?P<cue>" + alternation(verbs).replace(r"\ ", r"[ ]++") + r")(?![\p{L}])"


_SOURCE = r"(?P<cue>(?i:" + alternation(_ACCORDING) + r"))(?![\p{L}])"


_TOKEN = r"\p{Lu}[\p{L}\p{M}'’\-]*+"


# (a particle between a name's words; "den" only after "van": German prints it as an article, "sagte Kurz den Gästen")
_PARTICLE = r"(?:" + alternation(L.FOREIGN_OF) + r"|(?<=[Vv]an[ ])(?:" + alternation(L.FOREIGN_OF_AFTER_VAN) + r"))"


# an article before a word, or none: "de *la* Cour", "von *der* Polizei"
_ARTICLE_OR_NONE = r"(?:(?:" + alternation(L.FOREIGN_ARTICLES) + r")[ ]++)?"


# what an unnamed source's noun may have after it, its "of" and a word (an article maybe between): "vecino *de
# Villa*", "bewoner *van de Dijkweg*", "voisine *du chantier*"
_OF_WORD = r"(?:[ ]++(?:" + _PARTICLE + r")[ ]++" + _ARTICLE_OR_NONE + r"\p{L}[\p{L}\-]*+)"


# (a company's legal form may end it, printed as letters with full stops, tried before a word of the name, whose
# "S" "S.A." is not: "Minera Andina S.A.C.", "Logística Sur S.R.L.", "Ferrovie Alpine S.p.A.", "Bouwbedrijf B.V.")
_LEGAL_FORM = r"(?:\p{L}\p{Ll}?\.){2,5}+(?![\p{L}])"


_NAME = (
    _TOKEN
    + r"(?:[ ]++(?:"
    + _LEGAL_FORM
    + r"|(?:(?:"
    + _PARTICLE
    + r"[ ]++){1,2}"
    + NO_ACRONYM_AFTER_PARTICLE
    + r")?"
    + _TOKEN
    + r")){0,4}+"
)


_PRONOUN = r"(?i:" + alternation(L.FOREIGN_PRONOUNS) + r")(?![\p{L}])"


_CLAUSE_BREAKS = '.;:!?«»„“”"'  # a sentence's end or a quote's mark: where a clause stops
# the words of one clause, up to a sentence end or another quote
_CLAUSE = "[^" + _CLAUSE_BREAKS.replace('"', '\\"') + "]"


_OPEN_MARKS = '”“"’‘»«'


_QUOTE_MARKS = '„“”"»«'  # (and every double mark, a German quote's “ closing it)


# the subject glued to the cue after the closing mark: «…», estime-t-il / «…», a-t-elle précisé
_HYPHENED = r"-(?:t-)?(?P<who>" + alternation(L.FOREIGN_HYPHENED_PRONOUNS) + r")(?![\p{L}])"


class _VerbShapes:
    """The shapes around a quote that hold a speaking verb, whose long lists of verbs in every language are
    written out only for a block that shows a cue (`_verb_shapes`): English pages never do."""

    def __init__(self) -> None:
        verbs = (*SPEECH_VERBS_ABROAD, *_more_verbs())
        cue = _cue(verbs)
        # a pronoun of whom the words were said to, glued to a Portuguese cue: “…”, respondeu-lhe Rui Leitão
        clitic = r"(?:-(?:" + alternation(L.FOREIGN_CLITICS) + r")(?![\p{L}]))?"
        cue_before = _cue_words_before()
        participles = tuple(
            v.partition(" ")[2] for v in verbs if v.partition(" ")[0] in L.FOREIGN_HYPHENED_AUXILIARIES and " " in v
        )
        # (a pronoun of whom it was said to may stand before the cue: «…», le dijo a este medio)
        clitic_required = (
            r"(?:(?:"
            + alternation(c for c in L.FOREIGN_CLITICS_BEFORE if c[-1] in "'’")
            + r")|(?:"
            + alternation(c for c in L.FOREIGN_CLITICS_BEFORE if c[-1] not in "'’")
            + r")[ ]++)"
        )
        clitic_before = clitic_required + "?"
        # after the closing mark: „…“, sagte Jörg Tiedemann, … / «…», Gorostiza explicó
        self.verb_then_who = rx.compile(
            r"[ ]*+[,;]?[ ]*+(?:[—–\-][ ]*+)?"
            + clitic_before
            + cue
            + clitic
            + r"[ ]++(?P<rest>"
            + _CLAUSE
            + r"{1,150})"
        )
        self.who_then_verb = rx.compile(
            r"[ ]*+[,;]?[ ]*+(?P<who>" + _PRONOUN + "|" + _NAME + r")(?:[ ]*+," + _CLAUSE + r"{1,80}?,)?[ ]++" + cue
        )
        # the cue alone after the closing mark, the sentence ending with it: „…“, afirmou.
        self.verb_alone = rx.compile(r"[ ]*+,[ ]*+(?:[—–\-][ ]*+)?" + clitic_before + cue + r"[ ]*+(?:[.!]|$)")
        # the cue with no subject, then when, where or how it was said, no name up to the sentence's end: «…», dice
        # entre risas. / “…”, contou, já no pavilhão.
        self.verb_then_how = rx.compile(
            r"[ ]*+,[ ]*+(?:[—–\-][ ]*+)?"
            + clitic_before
            + cue
            + r"(?:[ ]*+,)?[ ]++(?:"
            + alternation(L.FOREIGN_ADVERBIAL_OPENERS)
            + r")(?![\p{L}])[^\p{Lu}.!?«»„“”\"]*+(?:[.!?]|$)"
        )
        # ... or to whom, in lower case, after a pronoun of whom before the cue (which says the subject is left out,
        # where "dijo a los periodistas un agricultor" names it after): «…», le dijo a este medio.
        self.verb_then_to = rx.compile(
            r"[ ]*+,[ ]*+(?:[—–\-][ ]*+)?"
            + clitic_required
            + cue
            + r"[ ]++(?:"
            + alternation(L.FOREIGN_TO)
            + r")(?![\p{L}])(?P<rest>[^\p{Lu}.!?«»„“”\"]*+)(?:[.!?]|$)"
        )
        self.verb_hyphen_who = rx.compile(r"[ ]*+[,;]?[ ]*+" + clitic_before + cue + _HYPHENED)
        self.aux_hyphen_who = rx.compile(
            r"[ ]*+[,;]?[ ]*+"
            + clitic_before
            + r"(?:"
            + alternation(L.FOREIGN_HYPHENED_AUXILIARIES)
            + ")"
            + _HYPHENED
            + r"[ ]++"
            + _cue(participles)
        )
        # before the opening mark: Anna Weber sagte: „…“ / ha explicado Gorostiza: «…»
        self.who_verb_before = rx.compile(
            r"(?<![\p{L}])(?P<who>"
            + _NAME
            # (a party or portfolio in brackets after the name: "Wethouder Name (Financiën) spreekt van ‘…’")
            + r")(?:[ ]++\([^()]{1,40}\))?(?:[ ]*+,(?P<app>"
            + _CLAUSE
            + r"{1,80}?),)?[ ]++(?:\p{Ll}++[ ]++){0,2}?"
            + cue_before
            + r"(?:[ ]*+,)?"
            + _CLAUSE
            + r"{0,80}?[ ]*+:?[ ]*+$"
        )
        self.verb_who_before = rx.compile(cue_before + r"[ ]++(?P<rest>" + _CLAUSE + r"{1,100}?)[ ]*+:[ ]*+$")
        # the cue alone before the colon, its subject left out: "En un mensaje enviado por su oficina, afirmó: “…”"
        self.verb_alone_before = rx.compile(r"(?:^|[,.][ ]++)" + cue_before + r"[ ]*+:[ ]*+$")
        # an unnamed source opening the sentence, a relative clause after it, then the cue before the quote: "Un
        # trabajador que pidió no ser identificado sostuvo que … “…”", "Een speler die … zei dat … ‘…’"
        self.described_verb_before = rx.compile(
            r"(?:^|[.!?»”\"“][ ]++)(?P<who>(?-i:"
            + alternation(w.capitalize() for w in L.FOREIGN_INDEFINITE_ARTICLES)
            + r")[ ]++\p{L}[\p{L}\-]*+(?:[ ]++(?:"
            + _PARTICLE
            + r")(?:[ ]++(?:"
            + _PARTICLE
            + r"))?[ ]++[\p{L}][\p{L}\-]*+)?)(?:,?[ ]++"
            + _CLAUSE
            + r"{1,150}?)?[ ]++"
            + cue_before
            + r"(?:[ ]*+,)?"
            + _CLAUSE
            + r"{0,120}?[ ]*+:?[ ]*+$"
        )
        # a German cue whose particle ends the clause, the speaker between: „…“, teilte ein Sprecher … mit.
        self.split_verb_who = rx.compile(
            r"[ ]*+,[ ]*+(?P<cue>"
            + alternation(L.FOREIGN_SPLIT_CUES)
            + r")[ ]++(?P<rest>"
            + _CLAUSE
            + r"{1,150}?)[ ]++(?P<particle>"
            + alternation(set(L.FOREIGN_SPLIT_CUES.values()))
            + r")[ ]*+(?:[.!]|$)"
        )


@cache
def _more_verbs() -> tuple[str, ...]:
    """`lexicon.FOREIGN_MORE_SPEECH_VERBS_TEXT` cut (on first use; read by `_VerbShapes` and `_cue_words_before`)."""
    return rx.cut_phrases(L.FOREIGN_MORE_SPEECH_VERBS_TEXT)


@cache
def _reported_before() -> regex.Pattern[str]:
    # a sentence reporting what its subject said, a name or an unnamed source, then the quote in that sentence or
    # as the next: "Un trabajador que pidió no ser identificado sostuvo que los turnos se hacían “…”", "Una
    # vecina, que prefiere no dar su nombre, dice que se oyen escalas. “…”", "Ana Pérez dice que ... . “…”"
    return rx.compile(
        r"(?:^|(?<=[.!?][ ]))(?P<who>(?i:"
        + alternation(L.FOREIGN_INDEFINITE_ARTICLES)
        + r")[ ]++(?P<what>\p{L}[\p{L}\-]*+"
        + _OF_WORD
        + r"?)|"
        + _NAME
        + r")(?:[ ]++(?:"
        + alternation(rx.cut_phrases(L.FOREIGN_RELATIVE_PRONOUNS_TEXT))
        + r")[ ][^.!?:;«»„“”\"]{1,120}?|[ ]*+,[^.!?:;«»„“”\"]{1,120}?,)?[ ]++"
        + _cue(tuple(v for v in SPEECH_VERBS_ABROAD if v not in L.FOREIGN_CUES_AFTER_QUOTE_ONLY))
        + r"(?:[ ]*+,)?[ ]++(?:"
        + _THAT
        + r")[^.!?:;«»„“”\"]{0,200}?(?:[.!?][ ]*+)?$"
    )


@cache
def _verb_shapes() -> _VerbShapes:
    return _VerbShapes()


# the source opens the quote's sentence, the quote later in it: Selon lui, les essais ont révélé « … »
_SOURCE_OPENS = rx.compile(
    r"(?:^|[.!?»”\"][ ]++)"
    + _SOURCE
    + r"[ ]++(?P<rest>[^,.;:!?«»„“”\"]{1,120}?)[ ]*+,"
    + _CLAUSE
    + r"{1,160}(?::[ ]*+)?$"
)


_VIEW_OPENS = rx.compile(
    r"(?:^|[.!?»”\"][ ]++)(?P<cue>(?-i:" + _VIEW_LEADS.title() + r"))[ ]++(?P<rest>[^,.;:!?«»„“”\"]{1,60}?"
    r"(?:,[ ]++\p{Lu}[^,.;:!?«»„“”\"]{1,40}?)?)[ ]*+," + _CLAUSE + r"{1,160}$"
)


_SOURCE_AFTER = rx.compile(r"[ ]*+[,;]?[ ]*+" + _SOURCE + r"[ ]++(?P<rest>" + _CLAUSE + r"{1,100})")


# before the opening mark: Según Gorostiza, «…»
_SOURCE_BEFORE = rx.compile(_SOURCE + r"[ ]++(?P<rest>" + _CLAUSE + r"{1,100}?)[ ]*+,[ ]*+$")


_NAME_ONLY = rx.compile(_NAME)


_BRACKETED_LEAD = rx.compile(r"^[ ]*+\([^()]{1,40}\)")


@cache
def _not_name_openers() -> frozenset[str]:
    """Words that open a run of capitals but no name ("Am Montag", "En Lima", "Ende Mai")."""
    return frozenset((*L.FOREIGN_PLACE_PREPOSITIONS, *L.FOREIGN_OF, *L.FOREIGN_ARTICLES, *TIME_WORDS))


_BRACKETED_TAIL = rx.compile(r"[ ]*+\([^()]{1,40}\)$")


# an indefinite article, the description up to a place ("ein Meteorologe in Offenbach": the Meteorologe)
_INDEFINITE_DESCRIPTION = rx.compile(
    r"(?:"
    + alternation(L.FOREIGN_INDEFINITE_ARTICLES)
    + r")[ ]++(?P<what>.+?)(?:[ ]++(?:"
    + alternation(L.FOREIGN_PLACE_PREPOSITIONS)
    + r")[ ]++\p{Lu}.*)?$"
)


# (an indefinite article opening a sentence: looked for before the shape of a described source is tried)
_INDEFINITE_WORD = rx.compile_std(
    r"(?:^|[.!?»”\"“] )(?:" + "|".join(w.capitalize() for w in L.FOREIGN_INDEFINITE_ARTICLES) + r") "
)


def _noun_of_body(nouns: tuple[str, ...]) -> str:
    """A noun of `nouns` before a body's name, then one or two words of "of" or articles ("Sprecher der", "Fuentes
    del", "portavoz de la"): the shape every reader of a spokesperson's or a source's body shares."""
    return (
        r"(?i:"
        + alternation(nouns)
        + r")[ ]++(?:(?:"
        + alternation((*L.FOREIGN_OF, *L.FOREIGN_ARTICLES))
        + r")[ ]++){1,2}"
    )


# "Sprecher der Kreisverwaltung Limbach-Weil" -> the Kreisverwaltung Limbach-Weil (a body named, capitalised)
_SPOKESPERSON_OF = rx.compile(_noun_of_body(L.FOREIGN_SPOKESPERSON_NOUNS) + r"(?P<org>\p{Lu}.*)$")


def _before_time_word(words: str, end: int) -> int:
    """Where the first word of when (a month, a weekday, "Anfang") in `words[:end]` starts, else `end`."""
    at = 0
    for word in words[:end].split(" "):
        if word.lower() in TIME_WORDS:
            return max(0, at - 1)
        at += len(word) + 1
    return end


# a name of two words or more opening the words after a cue, before a lower-case word or a bracket
_LEADING_NAME = rx.compile(_NAME + r"(?=[ ]++(?:\(|\p{Ll})|[ ]*+[.!]?$)")


_LAST_NAME = rx.compile(r"(?:^|(?<=[ ]))(?P<name>" + _NAME + r")$")


_PRONOUNS = frozenset(L.FOREIGN_PRONOUNS)


_ARTICLES = frozenset(L.FOREIGN_ARTICLES)


_OF = frozenset(L.FOREIGN_OF)


_TO = frozenset(L.FOREIGN_TO)


_OF_OR_TO = _OF | _TO


_PLACE = frozenset(L.FOREIGN_PLACE_PREPOSITIONS)


@cache
def _titles() -> frozenset[str]:
    """The titles and roles of other languages (`FOREIGN_TITLES` and the more the cue readers alone read), and the
    abbreviated ones as read without their stops ("dra", "drin", "dottssa"): worked out on first use."""
    more = rx.cut_phrases(L.FOREIGN_MORE_TITLES_TEXT)
    short = rx.cut_phrases(L.FOREIGN_ABBREVIATED_TITLES_TEXT)
    return FOREIGN_TITLES | frozenset(more) | {t.replace(".", "") for t in short}


_POSSESSIVES = frozenset(L.FOREIGN_POSSESSIVES)


_ROLE_ARTICLES = frozenset(L.FOREIGN_ROLE_ARTICLES)


class Cue:
    __slots__ = ("cue", "described", "mention", "role")

    def __init__(self, mention: str, cue: str, described: bool = False, role: str = "") -> None:
        self.mention = mention  # the name, pronoun or description as printed; "" for a cue with no subject after it
        self.cue = cue  # the cue as printed ("sagte", "ha explicado", "Según")
        self.described = described  # the mention describes an unnamed source ("woordvoerder van de gemeente")
        self.role = role  # the role word of a description with no name ("alcalde" of "dijo el alcalde")


def attribution(text: str, open_mark: int, close_mark: int) -> Cue | None:
    """The speaker and cue of the quote whose marks sit at `open_mark` and `close_mark`, or None."""
    # (a dash before the cue closes a quote set off by dashes: "—Aquí ya sabemos ... —dijo Guadalupe Encinas")
    after = without_title_stops(text[close_mark + 1 : close_mark + 220].lstrip(_OPEN_MARKS + "—"))
    shapes = _verb_shapes()
    found = _cue_after(after, shapes)
    if found is not None:
        return found
    before = without_title_stops(text[max(0, open_mark - 200) : open_mark])
    found = _cue_before(before, open_mark, shapes)
    if found is None and (shorter := _past_adverbial_opening(before)) is not None:
        # where or in what it was said opens the sentence, its subject after it: "En su cuenta de Instagram, el
        # cantante escribió: “…”" is read as "El cantante escribió: “…”"
        found = _cue_before(shorter, open_mark, shapes)
    return found or coordinated_before(before)


@cache
def _role_pattern() -> regex.Pattern[str]:
    """A role in lower case after a singular definite article, or an age ("el alcalde", "la autoridad comunal",
    "l'élu", "de burgemeester", "die 67-Jährige"), up to the clause's end or what the role is of: the role word in
    group "role" (built on first use: most pages never ask)."""
    spaced = alternation(a for a in L.FOREIGN_ROLE_ARTICLES if not a.endswith(("'", "’")))
    glued = alternation(a for a in L.FOREIGN_ROLE_ARTICLES if a.endswith(("'", "’")))
    return rx.compile(
        r"(?i:(?:" + spaced + r")[ ]++|" + glued + r")(?P<role>\p{Ll}[\p{L}\-]*+|\d++-\p{L}++)"
        r"(?![\p{L}'’])(?:[ ]++\p{Ll}[^,.;:!?]*+)?+[ ]*+(?:[,.;!?]|$)"
    )


@cache
def _role_words() -> tuple[frozenset[str], frozenset[str]]:
    """The heads of bodies' names and the articles before a role (sets built on first use: most pages never ask)."""
    return frozenset((*L.FOREIGN_BODY_HEADS, *rx.cut_phrases(L.FOREIGN_MORE_BODY_HEADS_TEXT))), frozenset(
        L.FOREIGN_ROLE_ARTICLES
    )


def body_head(noun: str) -> bool:
    """Whether a noun in lower case is the head word of a body's name (`FOREIGN_BODY_HEADS`: "empresa", "organismo")."""
    return noun in _role_words()[0]


@cache
def _no_role_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that are no role after an article (an article or an "of" word: "dijo a los vecinos"), and the cues
    of Portuguese alone, after which only "a" and "o" are articles (sets built on first use)."""
    others = {v for lang, verbs in L.FOREIGN_SPEECH_VERBS.items() if lang != "pt" for v in verbs}
    return frozenset((*L.FOREIGN_ARTICLES, *L.FOREIGN_OF)), frozenset(L.FOREIGN_SPEECH_VERBS["pt"]) - others


def _role_noun_after_article(rest: str, who: str) -> bool:
    """`who` is a German role noun alone, after an article, ending the words after the cue ("die Bürgermeisterin")."""
    low = who.lower()
    words = rest.split()
    return (
        " " not in who
        and (low in _titles() or role_compound(low))
        and len(words) == 2
        and words[0].lower() in _role_words()[1]
        and words[1].rstrip(",") == who
    )


def _role_in(rest: str, cue: str) -> regex.Match[str] | None:
    """The description with no name after a cue (`el alcalde`, `la autoridad comunal`, `o académico`), not a body
    (`la empresa`, `el comunicado`), nor a preposition's object (`dijo a la prensa`: "a" and "o" are articles only
    after a Portuguese cue): its match, the role word in group "role"; else None."""
    m = _role_pattern().match(rest)
    if m is None or (role := m.group("role").lower()) in _role_words()[0]:
        return None
    not_roles, portuguese = _no_role_words()
    if role in not_roles or (rest[:2].lower() in ("a ", "o ") and _clean(cue).lower() not in portuguese):
        return None
    return m


def _cue_before(before: str, open_mark: int, shapes: _VerbShapes) -> Cue | None:
    """The speaker and cue in the words before a quote's opening mark (`before`, at most 200 characters)."""
    found = _cue_after_verb_or_source(before, open_mark, shapes)
    if found is not None:
        return found
    may_report = _may_report(before)
    reported = _reported_before().search(before) if may_report else None
    found = _unnamed_source_before(before, reported, shapes)
    if found is not None:
        return found
    found = subject_left_out_before(before, may_report) or source_of_body_before(before, may_report)
    if found is not None:
        return found
    m = shapes.who_verb_before.search(before)
    # "En su cuenta de X, Name escribió:": a noun after a possessive; "Dans sa lettre, elle …": a possessive
    while m and (_word_before_in(before, m.start("cue"), _POSSESSIVES) or m.group("cue").lower() in _POSSESSIVES):
        m = shapes.who_verb_before.search(before, m.end("cue"))
    if m and _joined_object(before, m):
        return None
    if m and (described := description_before(before, m)) is not None:
        return described
    if m and _usable(m.group("who")):
        # a name in apposition is who speaks: "La alcaldesa de Salmedina, Lucía Ortega, calificó …" (not Salmedina)
        app = (m.group("app") or "").strip()
        if " " in app and _NAME_ONLY.fullmatch(app) and _usable(app):
            return Cue(app, _clean(m.group("cue")))
        return Cue(_without_article(m.group("who")), _clean(m.group("cue")))
    if reported is not None and _usable(reported.group("who")):
        return Cue(_without_article(reported.group("who")), _clean(reported.group("cue")))
    return _cue_closing_a_sentence_or_colon(before, shapes)


def colon_closes(before: str) -> bool:
    """The words before a quote end with a colon (spaces, a line's end after it): else no shape that ends
    `[ ]*+:[ ]*+$` matches them (`_VerbShapes.verb_who_before`; tests/test_pattern_gates.py)."""
    return before.rstrip(" \n")[-1:] == ":"


def last_clause_start(before: str) -> int:
    """Where the last clause before the colon that closes `before` starts (0 for the first): a cue then its speaker
    up to that colon (`_VerbShapes.verb_who_before`) is one clause, its verbs hold no clause's break, so its match
    starts there or later, and its search of hundreds of verbs need not try the places before."""
    colon = before.rfind(":")
    return 1 + max(before.rfind(c, 0, colon) for c in _CLAUSE_BREAKS)


def _cue_after_verb_or_source(before: str, open_mark: int, shapes: _VerbShapes) -> Cue | None:
    """A speaker after a cue or after a source's lead ("según", "volgens", "pour") before the quote, the first
    steps of `_cue_before`."""
    for pattern in (_SOURCE_BEFORE, shapes.verb_who_before):
        if pattern is shapes.verb_who_before and not colon_closes(before):
            continue  # its words end at a colon ("ha explicado Gorostiza: «…»"): none, no match (and a search of
            # its hundreds of verbs at every character of the words before costs most of the step)
        m = pattern.search(before) if pattern is _SOURCE_BEFORE else pattern.search(before, last_clause_start(before))
        if m and pattern is shapes.verb_who_before and _word_before_in(before, m.start(), _PRONOUNS):
            # "Sie kritisierte den Zeitplan der Stadt: „…“": a pronoun before the verb is its subject, and what
            # follows the verb its object (the subject comes after the verb only where nothing stands before it)
            m = None
        if (
            m
            and pattern is shapes.verb_who_before
            and (_word_before_in(before, m.start(), _POSSESSIVES) or m.group("cue").lower() in _POSSESSIVES)
        ):
            m = None  # "En su cuenta de Instagram, el cantante escribió: “…”": a noun after a possessive, no cue
        who = _speaker_in(m.group("rest")) if m else None
        if m and who:
            return Cue(who, _clean(m.group("cue")))
        if m and pattern is shapes.verb_who_before and (described := _role_before_colon(m)) is not None:
            return described
    for opens in (_SOURCE_OPENS, _VIEW_OPENS):
        m = opens.search(before)
        if m and opens is _VIEW_OPENS and not m.group("rest")[:1].islower():
            m = None  # "Pour Noël, la mairie promet « … »": a view is a person's, by a role or an article first
        who = _speaker_in(m.group("rest")) if m and (m.start() > 0 or open_mark <= 200) else None
        if m and who:
            return Cue(who, _clean(m.group("cue")))
    return None


def _unnamed_source_before(before: str, reported: regex.Match[str] | None, shapes: _VerbShapes) -> Cue | None:
    """An unnamed source described before its cue ("Un vecino que prefirió no dar su nombre aseguró que …", "ein
    Anwohner sagte, dass …"): the source as described, else None."""
    if reported is not None and reported.group("what"):  # an unnamed source, not the place it is of
        what = reported.group("what")
        if what[:1].isupper():  # a German noun, after its article as the resolver reads one: "ein Anwohner"
            what = f"{reported.group('who').split()[0]} {what.split()[0]}"
        return Cue(what, _clean(reported.group("cue")), described=True)
    if _INDEFINITE_WORD.search(before) and (m := shapes.described_verb_before.search(before)):
        who = _speaker_in(m.group("who")[:1].lower() + m.group("who")[1:])
        if who:  # "Un trabajador que pidió no ser identificado sostuvo que …": the worker, as described
            return Cue(who, _clean(m.group("cue")), described=True)
    return None


def _cue_closing_a_sentence_or_colon(before: str, shapes: _VerbShapes) -> Cue | None:
    """The last steps of `_cue_before`: a quote as a sentence of its own after a source's sentence, or a quote after
    a colon (a cue alone, a subject, a role opening the sentence)."""
    if before.rstrip()[-1:] in ".!?":
        return _source_of_sentence_before(before) or cue_after_clause(before, shapes, closed=True)
    if not before.rstrip().endswith(":"):
        return cue_after_clause(before, shapes, closed=False)
    m = shapes.verb_alone_before.search(before)
    if m:
        return Cue("", _clean(m.group("cue")))
    who = _colon_subject(before)
    return Cue(who, ":") if who else _role_opening_colon(before)


def _cue_after(after: str, shapes: _VerbShapes) -> Cue | None:
    """The speaker and cue in words after a quote's closing mark, or after a clause of reported speech: a cue, then
    who (a name, a pronoun, a role, an unnamed source), or the cue alone."""
    verb = shapes.verb_then_who.match(after)
    found = _impersonal(verb) or _who_after(verb) or _who_after(_SOURCE_AFTER.match(after))
    if found is not None:
        return found
    m = verb
    role = _role_in(m.group("rest"), m.group("cue")) if m else None
    if m and role:  # "«…», dijo el alcalde": the person the story named in that role
        mention = role.group(0).rstrip(" ,.;!?")
        rest = mention[role.end("role") :].split()
        if rest and rest[0].lower() in _TO:  # "relató el chofer a El Vigía": the role, not to whom
            mention = mention[: role.end("role")]
        return Cue(mention, _clean(m.group("cue")), role=role.group("role").lower())
    m = shapes.split_verb_who.match(after)
    who, described = _split_subject(m.group("rest")) if m else (None, False)
    if m and who:
        return Cue(who, f"{m.group('cue')} {m.group('particle')}", described)
    m = shapes.verb_alone.match(after) or shapes.verb_then_how.match(after)
    to = shapes.verb_then_to.match(after) if m is None else None
    if to is not None and FOREIGN_INDEFINITE_ARTICLES.isdisjoint(to.group("rest").split()):
        m = to  # "«…», le dijo a este medio." (not "… a los periodistas un agricultor": a subject after)
    if m:  # the subject left out, as Spanish and Portuguese do: "«…», afirmó." is who the sentence before named
        return Cue("", _clean(m.group("cue")))
    for pattern in (shapes.verb_hyphen_who, shapes.aux_hyphen_who):
        m = pattern.match(after)
        if m:
            return Cue(m.group("who"), _clean(m.group("cue")))
    m = shapes.who_then_verb.match(after)
    if m and _usable(m.group("who")):
        return Cue(_without_article(m.group("who")), _clean(m.group("cue")))
    return None


@cache
def _impersonal_source() -> regex.Pattern[str]:
    """The body a preposition names in the words after a cue with no subject (`_impersonal`; built on first use)."""
    return rx.compile(
        r"(?:^|(?<=[ ]))(?:"
        + alternation(L.FOREIGN_SOURCE_PREPOSITIONS)
        + r")[ ]++"
        + _ARTICLE_OR_NONE
        + r"(?P<org>\p{Lu}[\p{L}\-]*+(?:[ ]++(?:(?:"
        + _PARTICLE
        + r")[ ]++){0,2}\p{Lu}[\p{L}\-]*+)*+)"
    )


def _impersonal(m: regex.Match[str] | None) -> Cue | None:
    """A cue with no subject of `FOREIGN_IMPERSONAL_CUES` after a quote, the body that speaks named after a
    preposition later in its words (`„…“, hieß es am Abend von der Polizeidirektion`); else None."""
    if m is None or _clean(m.group("cue")).lower() not in L.FOREIGN_IMPERSONAL_CUES:
        return None
    source = _impersonal_source().search(m.group("rest"))
    return Cue(source.group("org"), _clean(m.group("cue"))) if source is not None else None


def _who_after(m: regex.Match[str] | None) -> Cue | None:
    """The speaker a cue or a source's lead after a quote names (`m`, of `verb_then_who` or `_SOURCE_AFTER`): a name,
    a pronoun, a role after its article, an unnamed source; else None."""
    who = _speaker_in(m.group("rest")) if m else None
    if m is None or not who:
        return None
    if _role_noun_after_article(m.group("rest"), who):  # "sagte die Bürgermeisterin": no name given
        return Cue(f"{m.group('rest').split()[0]} {who}", _clean(m.group("cue")), role=who.lower())
    described = _INDEFINITE_DESCRIPTION.match(m.group("rest")) is not None
    rest = m.group("rest")
    if " " not in who and rest.startswith(who) and _AGE_AFTER.match(rest, len(who)) is not None:
        # a person named by a given name alone, with an age after it ("glisse Manon, 19 ans,", "dijo Lucía, de 34
        # años"): the name as printed, though the story names her nowhere else
        described = True
    return Cue(who, _clean(m.group("cue")), described)


# an age in apposition after a name: ", 19 ans", ", de 34 años", ", 58,", " (45)"
_AGE_AFTER = rx.compile(r"(?:,[ ]++(?:de[ ]++)?\d{1,2}(?:[ ]++\p{Ll}++)?(?:[,.]|$)|[ ]++\(\d{1,2}\))")


def _role_before_colon(m: regex.Match[str]) -> Cue | None:
    """A role with no name between a cue and the colon before a quote (`reageerde de trainer kort: ‘…’`, `dijo
    luego el alcalde: «…»`, `a ensuite lâché le maire : « … »`): the person the story named in that role."""
    role = _role_in(m.group("rest"), m.group("cue"))
    if role is None:
        return None
    return Cue(role.group(0)[: role.end("role")], _clean(m.group("cue")), role=role.group("role").lower())


# (what the pattern needs: "that" of one of the languages after a word or a comma, or French's elided "qu'")
_REPORTED_WORDS = (*(f"{before}{w} " for w in L.FOREIGN_THAT for before in " ,"), " qu'", " qu’")


def _may_report(before: str) -> bool:
    return any(map(before.__contains__, _REPORTED_WORDS))


def _source_of_sentence_before(before: str) -> Cue | None:
    """Who a quote standing as a sentence of its own is, after a sentence of its paragraph that opens by whose
    account it gives ("Volgens de wethouder krijgen omwonenden een vergoeding. ‘Het geld blijft in het dorp.’",
    "Según el intendente Gustavo Ferrés, las obras terminarán en mayo. “…”"): that source, a name or a role after
    an article (whom the story named in it); else None."""
    m = _SOURCE_SENTENCE.search(before) or _VIEW_SENTENCE.search(before)
    if m is None:
        return None
    rest = m.group("rest")
    words = rest.split()
    if len(words) >= 2 and words[0].lower() in _ARTICLES and words[1].isalpha() and words[1].islower():
        role = words[1]  # "de wethouder krijgen ...": the role, then the sentence's verb
        return Cue(f"{words[0]} {role}", _clean(m.group("cue")), role=role.lower())
    name = _NAME_ONLY.match(_without_article(rest.partition(",")[0]))
    who = name.group(0) if name is not None else ""
    return Cue(who, _clean(m.group("cue"))) if " " in who and _usable(who) else None


# A sentence opening by whose account it gives, then the quote as a sentence of its own (tried only where the words
# before the quote end in a sentence's end)
_SOURCE_SENTENCE = rx.compile(r"(?:^|[.!?»”\"’'][ ]++)" + _SOURCE + r"[ ]++(?P<rest>[^.!?«»„“”\"]{3,220}?)[.!?][ ]*+$")
# ... or by whose view it gives, the lead with a capital opening it ("Pour Martine Roux, chaque été compte. « … »",
# "Para el alcalde Julián Ocampo, la obra es urgente. “…”")
_VIEW_SENTENCE = rx.compile(
    r"(?:^|[.!?»”\"’'][ ]++)(?P<cue>(?-i:" + _VIEW_LEADS.title() + r"))[ ]++(?P<rest>[^.!?«»„“”\"]{3,220}?)[.!?][ ]*+$"
)


def _word_before_in(text: str, at: int, words: frozenset[str]) -> bool:
    """The word right before `at` is one of `words`: a subject pronoun ("Sie kritisierte", "Ella criticó"), a
    possessive ("su cuenta")."""
    before = text[max(0, at - 12) : at].split()
    return bool(before) and before[-1].lower() in words


# The sentence before a colon that opens the quote, whatever its verb: "Sie kritisierte den Zeitplan: „…“" (a
# pronoun opens it), "Su vecina, Nerea Olano, dueña del bar, es menos optimista: «…»" (a name in apposition).
_SENTENCE_OPENING = rx.compile(r"(?:^|[.!?»”\"“][ ]++)(?P<first>[^.!?«»„“”\"]{3,200})[ ]*+:[ ]*+$")


def _colon_subject(before: str) -> str | None:
    """Who opens the sentence that ends in the colon before a quote: its subject pronoun, or the name in
    apposition after a description of two words or fewer; None for anything else."""
    m = _SENTENCE_OPENING.search(before)
    return _opening_subject_of(str(m.group("first"))) if m is not None else None


def _opening_subject_of(sentence: str) -> str | None:
    """`_colon_subject` of a sentence's words: its subject pronoun, the name in apposition after a short
    description, or the name opening it (`_opening_subject`)."""
    first = sentence.split(" ", 1)[0]
    if first.lower() in _PRONOUNS and sentence[len(first) + 1 : len(first) + 2].islower():
        return first
    parts = sentence.split(",")
    # (a description of two words, or of up to six opening with an article: "O regedor da aldeia, Domingos Tchipilica,")
    short = parts[0].count(" ") <= 1 or (parts[0].count(" ") <= 5 and first.lower() in _role_words()[1])
    if len(parts) >= 3 and short:
        name = parts[1].strip()
        if " " in name and _NAME_ONLY.fullmatch(name) and _usable(name):
            return name
    return _opening_subject(sentence)


def _role_opening_colon(before: str) -> Cue | None:
    """A role after an article opening the sentence that ends in the colon before a quote, whatever its verb (`El
    fiscal fue enfático: “…”`, `De burgemeester was duidelijk: ‘…’`, `Der Bürgermeister wurde deutlich: „…“`):
    the person the story named in that role, when the word is a title of a person (`FOREIGN_TITLES`, a German
    role compound); "La situación es grave:" names nobody."""
    m = _SENTENCE_OPENING.search(before)
    if m is None:
        return None
    article, _, rest = str(m.group("first")).partition(" ")
    role = rest.partition(" ")[0].lower()
    if article.lower() not in _role_words()[1] or not (role in _titles() or role_compound(role)):
        return None
    return Cue(f"{article} {rest.partition(' ')[0]}", ":", role=role)


@cache
def _relative_clause() -> regex.Pattern[str]:
    """A relative clause in commas (built on first use: only a colon's sentence opening with a name asks)."""
    return rx.compile(
        r",[ ]++(?:" + alternation(rx.cut_phrases(L.FOREIGN_RELATIVE_PRONOUNS_TEXT)) + r")(?![\p{L}])[^,]{1,120},"
    )


def _opening_subject(sentence: str) -> str | None:
    """The name opening the sentence, after its title, as the subject of the verb in lower case after it (a party
    in brackets between): "Schepen Griet Van der Straeten (N-VA) veegt dat bezwaar van tafel" (not "Am Montag
    sagte ...": a word of when or where opens no name)."""
    lead = _NAME_ONLY.match(sentence)
    if lead is None:
        return None
    name = _without_article(lead.group(0))
    after = _BRACKETED_LEAD.sub("", sentence[lead.end() :])
    aside_after = False
    if after[:1] == ",":
        # a relative clause in commas between the name and its verb: "Name, deren Stadel …, nimmt"
        clause = _relative_clause().match(after)
        said_aside = aside().match(after) if clause is None else None
        aside_after = said_aside is not None
        clause = clause or said_aside
        after = after[clause.end() :] if clause is not None else after
    head = name.partition(" ")[0].lower()
    # (one word, where an aside stands after it: "Quiroga, en cambio, se hizo cargo:")
    if (" " not in name and not aside_after) or not after[1:2].islower() or head in _not_name_openers():
        return None
    return name if _usable(name) else None


def _split_subject(rest: str) -> tuple[str | None, bool]:
    """Who a German split cue names right after its verb, the words before its particle going on past them
    (`fügte Vossberg nach dem Rundgang hinzu`: Vossberg; `teilte ein Sprecher der Stadt auf Anfrage mit`: the
    spokesman's body), and whether that is a description."""
    if _INDEFINITE_DESCRIPTION.match(rest) is not None:
        return _speaker_in(rest), True
    first = rest.partition(" ")[0]
    if first.lower() in _PRONOUNS:
        return first, False
    name = _NAME_ONLY.match(_without_article(rest))
    return (name.group(0) if name is not None and _usable(name.group(0)) else None), False


def _speaker_in(rest: str) -> str | None:
    """Who the words after a cue name: a pronoun, a name (`Jörg Tiedemann, Stadtkämmerer …`), a name after
    its title (`el alcalde Juan Pérez`) or in apposition to it (`la consejera de Sanidad, Elena Gorostiza`)."""
    # a party or portfolio in brackets after a name is no part of it: "wethouder Sanne Bleeker (Wonen)"
    parts = [str(_BRACKETED_TAIL.sub("", p)).strip() for p in rest.split(",")]
    first = parts[0]
    if first.lower() in _PRONOUNS:
        return first
    head, _, tail = first.partition(" ")
    if head.lower() in _PRONOUNS and head.lower() not in _ARTICLES and tail[:1].islower():
        return head  # the pronoun, then to whom or when: "erzählte er unserer Zeitung", "zei ze tijdens het debat"
    bare = _without_article(first) if head not in _COURTESY_INITIALS else tail
    if _NAME_ONLY.fullmatch(bare) and _usable(bare):
        return bare
    if head.lower() in _OF and particle_surname(first) and _NAME_ONLY.fullmatch(tail):
        # a surname after its particle in lower case: "sagte von Hagenow", "dijo de la Rosa" (read as the name
        # opening a sentence is: "Von Hagenow")
        return first[:1].upper() + first[1:]
    b_head, _, b_tail = bare.partition(" ")
    if head in _COURTESY_INITIALS and b_head.lower() in _OF and (lead := _LEADING_NAME.match(b_tail)) is not None:
        named = f"{b_head} {lead.group(0)}"  # "écrit M. de Lestrade dans un communiqué": the surname past its title
        if particle_surname(named):
            return named[:1].upper() + named[1:]
    if first[:1].islower() and (issued := _document_of().match(first)) is not None:
        return str(issued.group("body"))  # "según el parte de la comisaría de Lucanas": "la comisaría de Lucanas"
    lead = _leading_name(bare)
    if lead is not None:
        return lead
    if len(parts) > 1 and first[:1].islower() and _NAME_ONLY.fullmatch(parts[1]) and " " in parts[1]:
        # a title of an organisation, then the name in apposition: "el titular de la CEA, Ramiro Lugo"
        return parts[1]
    if len(parts) > 1 and first[:1].islower() and parts[1][:1].islower():
        # a title, then the name in apposition after a second title: "la directora del trabajo, la bióloga Marta
        # Zubiaurre Lluch", "le médecin du club, le Dr Hélène Carrère" (an article, then a title with a capital)
        lead = _leading_name(parts[1]) or _leading_name(_without_article(parts[1]))
        if lead is not None and " " in lead:
            return lead
    described = _INDEFINITE_DESCRIPTION.match(first)
    if described:  # an unnamed source, as described: "aldus een woordvoerder van de gemeente"
        body = _SPOKESPERSON_OF.match(described.group("what"))
        return str(body.group("org") if body else described.group("what"))
    m = _LAST_NAME.search(first)
    if m and first[: m.start()].split()[-1:] != [] and _names_speaker(first[: m.start()].split()[-1].lower()):
        return _without_article(m.group("name"))
    if len(parts) > 1 and first[:1].islower() and _NAME_ONLY.fullmatch(parts[1]):
        return parts[1]  # a title, then the name in apposition
    return None


@cache
def _document_of() -> regex.Pattern[str]:
    """A body's document after an article, the body after "of" (built on first use: few sources are documents);
    a word may qualify the document, before it or after it ("el informe preliminar del Observatorio", "dem
    neuen Bericht der Polizei", "le rapport annuel de la Cour")."""
    articles = alternation(L.FOREIGN_ARTICLES)
    of = alternation(L.FOREIGN_OF)
    qualifier = r"(?!(?:" + of + "|" + articles + r")[ ])\p{Ll}[\p{Ll}\-]*+"  # (no "of" nor an article)
    return rx.compile(
        r"(?:"
        + articles
        + r")[ ]++(?:"
        + qualifier
        + r"[ ]++)?(?:"
        + alternation(rx.cut_phrases(L.FOREIGN_DOCUMENT_NOUNS_TEXT))
        + r")(?:[ ]++"
        + qualifier
        + r")?[ ]++(?:"
        + of
        + r")[ ]++(?:(?:"
        + articles
        + r")[ ]++)?(?P<body>[\p{L}][^,;:]{2,80})$"
    )


def _names_speaker(word: str) -> bool:
    """A name after `word` at the end of the words after a cue is who speaks: not after "of" or "to", nor after where
    ("sagte ein DWD-Meteorologe in Offenbach"), nor after a body's head word, which the role before it is of
    ("raconte la présidente de l’association Les Amis du Cinéma", "dijo el presidente del club Deportivo Sur")."""
    return word not in _OF_OR_TO and word not in _PLACE and _without_elision(word) not in _role_words()[0]


def _leading_name(words: str) -> str | None:
    """The name opening the words after a cue, then when or where it was said ("sagte Bürgermeisterin Karin
    Vollmer-Haas nach der Sitzung", "dijo Ortega en la rueda de prensa"), past a role in lower case ("disse o
    prefeito João Almeida durante a cerimônia") and not past a word of when ("erklärte Jens Pohl Ende Mai")."""
    role = _ROLE_IN_LOWER_CASE.match(words)
    if role is not None and not _names_speaker(role.group(0).split()[-1].lower()):
        # "el entrenador de Los Álamos", "la presidenta del club Deportivo Sur": what the role is of, not who holds
        # it; "el chofer a El Vigía": to whom
        return None
    at = role.end() if role is not None else 0
    lead = _LEADING_NAME.match(words, at)
    if lead is not None:
        lead = _LEADING_NAME.match(words, at, _before_time_word(words, lead.end()))
    name = str(lead.group(0)) if lead is not None else ""
    return name if name and _usable(name) else None


# up to three lower-case words of a role before a name ("o prefeito", "la ministra")
_ROLE_IN_LOWER_CASE = rx.compile(r"(?:\p{Ll}[\p{L}\-]*+[ ]++){1,3}(?=\p{Lu})")


def _without_article(words: str) -> str:
    """The name without an article or titles before it: `Der Landkreis Wesermarsch` -> `Landkreis
    Wesermarsch`, `Bürgermeisterin Karin Lüders` -> `Karin Lüders`."""
    head, _, tail = words.partition(" ")
    while tail and (
        (head.lower() in _ARTICLES and not particle_surname(words))
        or (head.lower().rstrip(".") in _titles() and not _courtesy_and_surname(head, tail))
        or role_compound(head.lower())
        or (head.lower() in _POSSESSIVES and tail.partition(" ")[0].lower() in _titles())
        or (head.lower() in _ROLE_ARTICLES and tail.partition(" ")[0].lower().rstrip(".") in _titles())
    ):
        words = tail
        head, _, tail = words.partition(" ")
    return words


def _courtesy_and_surname(head: str, tail: str) -> bool:
    """A courtesy title that says a gender, then a surname alone ("sagt Frau Wendler", "dijo la señora Olvera"):
    kept with it, as two people of the story may share the surname (`Resolver.of_surname`)."""
    return head.lower() in FOREIGN_COURTESY_TITLES and " " not in tail and tail[:1].isupper()


def _usable(who: str) -> bool:
    return who.lower() in _PRONOUNS or who.split()[0].lower() not in _ARTICLES or " " in who


def _clean(cue: str) -> str:
    return " ".join(cue.split())


@cache
def _cue_words_before() -> str:
    """The cue verbs that may stand before a quote, as `_VerbShapes` reads them (built on first use)."""
    verbs = (*SPEECH_VERBS_ABROAD, *_more_verbs())
    return _cue(tuple(v for v in verbs if v not in L.FOREIGN_CUES_AFTER_QUOTE_ONLY))


_THAT = r"(?:" + alternation(L.FOREIGN_THAT) + r")[ ]|qu['’]"


@cache
def _cue_opening() -> regex.Pattern[str]:
    """A cue opening the sentence, its subject left out, then "that" (read on the sentence, its first letter in lower
    case): "Sostuvo que la medida permitirá “…”"."""
    return rx.compile(
        _cue_words_before()
        + r"(?:[ ]++[^.!?:;«»„“”\"]{1,60}?)?(?:[ ]*+,)?[ ]++(?:"
        + _THAT
        + r")[^.!?:;«»„“”\"]{0,200}$"
    )


@cache
def _source_of_body() -> regex.Pattern[str]:
    """An unnamed source of a body opening the sentence, the body, the cue: "Fonte da GNR adiantou que «…»"."""
    return rx.compile(
        r"(?:^|[.!?][ ]++)(?:(?i:"
        + alternation(L.FOREIGN_INDEFINITE_ARTICLES)
        + r")[ ]++)?"
        + _noun_of_body((*rx.cut_phrases(L.FOREIGN_SOURCE_NOUNS_TEXT), *L.FOREIGN_SPOKESPERSON_NOUNS))
        + r"(?P<org>\p{Lu}[^,.;:!?«»„“”\"]{0,60}?)[ ]++"
        + _cue_words_before()
        + r"(?:[ ]++[^.!?:;«»„“”\"]{1,60}?)?(?:[ ]*+,)?(?:[ ]++(?:"
        + _THAT
        + r")|[ ]*+:)[^.!?:;«»„“”\"]{0,200}$"
    )


# courtesy titles of one capital, read as titles only with their stop after them ("M. de Lestrade", "écrit M. Roux")
_COURTESY_INITIALS = ("M",)


@cache
def _title_stops() -> regex.Pattern[str]:
    """An abbreviated title as printed, its stops, before a name, in lower case or with a capital (built on first
    use; not a word's end after a hyphen: "disse-me. Ele")."""
    titles = sorted(rx.cut_phrases(L.FOREIGN_ABBREVIATED_TITLES_TEXT), key=len, reverse=True)
    body = "|".join(f"[{t[0].upper()}{t[0]}]" + t[1:].replace(".", r"\.").replace("-", r"\-") + r"\.?+" for t in titles)
    # (a name's particle may come between: "écrit M. de Lestrade", "dijo la Sra. de la Fuente"; "M." is read only
    # there, where no run of capitals holds it: "M. Roux" is a run of the article's names as printed)
    initials = "|".join(f"{t}\\.(?=[ ]++{_PARTICLE})" for t in _COURTESY_INITIALS)
    # (an article elided before the title is no word's end: "spiega l'ing. Renato Bertolaso", "dell'avv. Neri")
    return rx.compile(
        r"(?<![\p{L}.\-])(?<!(?<![lL])['’])(?:"
        + body
        + "|"
        + initials
        + r")(?=[ ]++(?:"
        + _PARTICLE
        + r"[ ]++){0,2}\p{Lu})"
    )


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
        + r")[ ]++(?P<what>\p{Ll}[\p{L}\-]*+"
        + _OF_WORD
        + r"?|\p{Lu}\p{Ll}[\p{L}\-]*+)(?![\p{L}])"
    )


def opening_description(text: str) -> str | None:
    """The description of an unnamed source opening `text` with an indefinite article ("Une voisine du chantier
    était venue …": "voisine du chantier"; "Ein Anwohner, der …": "Anwohner"), else None."""
    if not _INDEFINITE_WORD.match(text):
        return None
    m = _opening_description().match(text)
    return str(m.group("what")) if m else None


@cache
def _described_subject() -> regex.Pattern[str]:
    """A definite article, a noun in lower case and up to two "of" phrases after it, then a word in lower case (the
    verb): the subject of a sentence describing a body or a person (built on first use)."""
    return rx.compile(
        r"(?-i:"
        + alternation(w.capitalize() for w in L.FOREIGN_SINGULAR_ARTICLES)
        + r")[ ]++(?P<what>\p{Ll}[\p{L}\-]*+(?:[ ]++(?:"
        + alternation(L.FOREIGN_OF)
        + r")[ ]++"
        + _ARTICLE_OR_NONE
        + r"\p{L}[\p{L}\-]*+){0,2})[ ]++\p{Ll}"
    )


def _after_sentence_end(text: str, end: int) -> int:
    """Where the words after the last sentence's end before `end` start ("…. " "! " "? "), +1 of -1 where none."""
    return max(text.rfind(". ", 0, end), text.rfind("! ", 0, end), text.rfind("? ", 0, end)) + 2


def _body_opening_sentence_before(text: str, opener: int, *, past_opening: bool) -> regex.Match[str] | None:
    """`_described_subject` opening the sentence before the quote's own, when its noun heads a body's name."""
    end = _after_sentence_end(text, opener) - 2
    if end < 0:
        return None
    start = _after_sentence_end(text, end)
    sentence = text[start if start >= 2 else 0 : end]
    opening = _adverbial_opening(sentence) if past_opening else None
    if opening is not None:
        sentence = sentence[opening].upper() + sentence[opening + 1 :]
    m = _described_subject().match(sentence)
    return m if m is not None and body_head(m.group("what").partition(" ")[0]) else None


def described_subject_before(text: str, opener: int) -> str | None:
    """The body described opening the sentence before the quote's own, a definite article and the head of a body's
    name ("El comité de huelga ha convocado otra protesta. En su comunicado, advierte de que «…»": "comité de
    huelga"), whose subject a cue with none of its own shares; else None."""
    m = _body_opening_sentence_before(text, opener, past_opening=False)
    return str(m.group("what")) if m is not None else None


_PRONOUN_GENDERS = {"he": "m", "she": "f"}


def body_of_pronoun(text: str, opener: int, pronoun: str) -> str | None:
    """The body the sentence before the quote's opens with, of the gender of `pronoun`, past an adverbial phrase."""
    gender = _PRONOUN_GENDERS.get(L.FOREIGN_PRONOUNS.get(pronoun.lower(), ""))
    m = _body_opening_sentence_before(text, opener, past_opening=True) if gender is not None else None
    if m is None or L.FOREIGN_ARTICLE_GENDERS.get(m.string.partition(" ")[0].lower()) != gender:
        return None
    return str(m.group("what"))


@cache
def _spokesperson_of_body() -> regex.Pattern[str]:
    """A spokesperson of a body named after the noun (built on first use): "Ein Sprecher der Flughafengesellschaft
    Lindhagen bestätigte", "un portavoz de la Policía Nacional dijo"."""
    return rx.compile(
        r"(?<![\p{L}])"
        + _noun_of_body(L.FOREIGN_SPOKESPERSON_NOUNS)
        + r"(?P<org>\p{Lu}[\p{L}\-]*+(?:[ ]++(?:(?:"
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


def subject_left_out_before(before: str, may_report: bool) -> Cue | None:
    """A cue opening the quote's sentence, its subject left out as Spanish, Portuguese and Italian do, then "that"
    (`Sostuvo que la medida permitirá “…”`, `Ha spiegato che il piano è «…»`, `Disse aos jornalistas que …`): the
    cue, whose speaker is who the story named before; else None. (`may_report`: `_may_report(before)`.)"""
    if not may_report:
        return None
    end = len(before)
    start = max(before.rfind(". "), before.rfind("! "), before.rfind("? "), before.rfind(": ")) + 2
    sentence = before[start:end] if start >= 2 else before.lstrip()
    if not sentence[:1].isupper():
        return None
    m = _cue_opening().match(sentence[:1].lower() + sentence[1:])
    if m is None and (opening := _adverbial_opening(sentence)) is not None:
        # where or in what it was said opening the sentence: "En su comunicado, advierte de que «…»"
        sentence = sentence[opening:]
        m = _cue_opening().match(sentence)
    return Cue("", _clean(sentence[: m.end("cue")])) if m else None


_ADVERBIAL_OPENERS = frozenset((*L.FOREIGN_ADVERBIAL_OPENERS, *L.FOREIGN_PLACE_PREPOSITIONS))


@cache
def _coordinated_cue() -> regex.Pattern[str]:
    """A cue after "and" in the last sentence before a quote, what it says up to the quote after it ("… visitó la
    planta y aseguró que la obra estará lista «…»"; built on first use)."""
    return rx.compile(
        r"[ ](?:"
        + alternation(L.FOREIGN_NAME_JOINS)
        + r")[ ]++(?:(?:"
        + alternation(L.FOREIGN_THEN)
        + r")[ ]++)?"
        + _cue_words_before()
        + r"[^.!?:;«»„“”\"]{0,200}?[ ]*+:?[ ]*+$"
    )


def coordinated_before(before: str) -> Cue | None:
    """A cue coordinated with the verb of the sentence's subject, before the quote ("La concejala, Marta Ibáñez,
    recorrió el mercado y pidió que «…»", "Die Bürgermeisterin Karin Aust besuchte die Baustelle und sagte: „…“",
    "Le maire Paul Roux a visité le chantier et a promis que « … »"): that subject, a name or a pronoun; else None."""
    start = max(before.rfind(". "), before.rfind("! "), before.rfind("? ")) + 2
    start = start if start >= 2 else len(before) - len(before.lstrip())
    if any(mark in before[start:] for mark in _QUOTE_MARKS):
        return None
    m = _coordinated_cue().search(before, start)
    if m is None:
        return None
    head = before[start : m.start()]
    who = _opening_subject_of(head)
    if who is None and head.partition(" ")[0].lower() in _ARTICLES:
        # "El alcalde Tomás Reig visitó …": the name past the article and the title (not "El alcalde felicitó al
        # ganador Juan Pérez y dijo": the name must open what is left)
        name = _LEADING_NAME.match(_without_article(head))
        who = name.group(0) if name is not None and " " in name.group(0) and _usable(name.group(0)) else None
    if who is None and (body := _described_subject().match(head)) is not None:
        noun = body.group("what").partition(" ")[0]
        if noun in _titles() or role_compound(noun):  # "El alcalde felicitó al ganador y aseguró": the holder
            return Cue(head[: body.end("what")].partition(" de")[0], _clean(m.group("cue")), role=noun)
        if body_head(noun):  # "La policía detuvo a … y afirmó": the body
            return Cue(body.group("what"), _clean(m.group("cue")), described=True)
    return Cue(who, _clean(m.group("cue"))) if who else None


_JOINS = frozenset(L.FOREIGN_NAME_JOINS)


def _joined_object(before: str, m: regex.Match[str]) -> bool:
    """The name a cue's shape found before it is an object, the cue joined to the sentence's verb by "and": "La
    policía detuvo a Juan Pérez y afirmó que …", "Le maire a reçu Paul Roux et a déclaré" (a word in lower case
    before the name, "and" between it and the cue)."""
    gap = before[m.end("who") : m.start("cue")].split()
    ahead = before[max(0, m.start("who") - 20) : m.start("who")].split()
    return bool(gap) and gap[0] in _JOINS and bool(ahead) and ahead[-1].islower()


def _past_adverbial_opening(before: str) -> str | None:
    """`before` without the adverbial phrase opening its last sentence (`_adverbial_opening`), the words after it
    opening the sentence with a capital; else None."""
    start = max(before.rfind(". "), before.rfind("! "), before.rfind("? ")) + 2
    start = start if start >= 2 else len(before) - len(before.lstrip())
    opening = _adverbial_opening(before[start:])
    if opening is None:
        return None
    at = start + opening
    return before[:start] + before[at].upper() + before[at + 1 :]


def _adverbial_opening(sentence: str) -> int | None:
    """Where the words after an adverbial phrase opening `sentence` and its comma start, the phrase opened by a
    preposition ("En su comunicado, ", "Dans sa lettre, ", "In einer Mitteilung, ") and the words after it in
    lower case; else None."""
    comma = sentence.find(", ", 0, 60)
    if comma < 0 or not sentence[comma + 2 : comma + 3].islower():
        return None
    return comma + 2 if sentence.partition(" ")[0].lower() in _ADVERBIAL_OPENERS else None


def source_of_body_before(before: str, may_report: bool) -> Cue | None:
    """An unnamed source of a body opening the quote's sentence, the body's name after it, then the cue (`Fonte da
    GNR adiantou ao jornal que «…»`, `Fuentes del Ministerio de Salud confirmaron que “…”`): the body; else None."""
    m = _source_of_body().search(before) if may_report or before.rstrip().endswith(":") else None
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
