"""Who said it, in other languages: the speech cues of `lexicon.FOREIGN_SPEECH_VERBS` around a quote.

Read only in a block that shows a cue word of another language or one of its quote marks (`foreign`), so
English pages pay one scan per block. The shapes are those of English news writing:
  „…“, sagte Jörg Tiedemann, Stadtkämmerer …  /  «…», ha explicado la consejera de Sanidad, Elena Gorostiza
  «…», lamenta Begoña Arrieta  /  „…“, sagt sie  /  Según Gorostiza, «…»  /  Anna Weber sagte: „…“
  Der Landkreis Wesermarsch teilte mit, man wolle „…“ (the verb earlier in the quote's sentence)
A speaker is a name printed next to the cue (an article before it dropped) or a pronoun, resolved as in
English; a description with no name ("dijo el alcalde") is left without a speaker.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from . import lexicon as L
from . import rx
from .attribution import ascii_lower_runs
from .people import (
    FOREIGN_TITLES,
    NO_ACRONYM_AFTER_PARTICLE,
    TIME_WORDS,
    alternation,
    particle_surname,
    role_compound,
)

if TYPE_CHECKING:
    import regex


_VERBS = tuple(v for verbs in L.FOREIGN_SPEECH_VERBS.values() for v in verbs)
_ACCORDING = tuple(w for words in L.FOREIGN_ACCORDING.values() for w in words)
# each cue by its first word that is no English word ("teilte" for "teilte mit", "explicado" for "ha explicado"),
# an elided pronoun left off ("agace" for "s'agace"), so that every gate word is a whole run of word characters


def _without_elision(word: str) -> str:
    return word[2:] if word[1:2] in ("'", "’") else word


def _gate_parts(text: str) -> tuple[str, ...]:
    """The gate words (sorted), the gate's pattern and the gate words' letters of other alphabets, worked out from
    the cue verbs, the words also English and the according-to phrases, in `text` (character 1 between the
    three lists, character 0 between their entries)."""
    verbs, also_english, according = (part.split("\x00") if part else [] for part in text.split("\x01"))
    english = frozenset(also_english)
    words = sorted({next((_without_elision(w) for w in cue.split() if w not in english), "") for cue in verbs} - {""})
    # One scan of the block: a mark only other languages use, or a cue word of one.
    # (the verbs in lower case, as the patterns read them: "MIT" is no "teilte mit")
    gate = (
        r"[„‚»«]|(?<!\w)(?:"
        + "|".join(map(re.escape, words))
        + r"|(?i:"
        + "|".join(map(re.escape, according))
        + r"))(?!\w)"
    )
    return (*words, gate, "".join(sorted({c for w in words for c in w if not c.isascii()})))


# (worked out once per installation and read back, as the lexicon's word lists are: 2M instructions of every start)
*_GATE_WORDS, _GATE_TEXT, _GATE_OTHER_LETTERS = rx.words(
    "\x01".join("\x00".join(words) for words in (_VERBS, L.FOREIGN_CUES_ALSO_ENGLISH, _ACCORDING)), _gate_parts
)
_GATE = rx.compile_std(_GATE_TEXT)
# ", dice " after a closing mark: plain substrings, far cheaper than a branch of the scan above
_AFTER_MARK = tuple(f", {cue}" for cue in L.FOREIGN_CUES_AFTER_MARK)
_CLOSING_MARKS = frozenset('”"»«')  # what closes a quote before its cue (« closes a German »…« quote)
_QUOTE_MARKS = '„“”"»«'  # (and every double mark, a German quote's “ closing it)

_GATE_WORD_SET = frozenset(_GATE_WORDS)
_WORD = rx.compile_std(r"\w+")  # a gate word stands alone: it is a whole run of word characters
# The scan for runs of word characters is told it need not run: a gate word of letters a-z is a whole run of
# them (found among the block's in C, `ascii_lower_runs`), and any other has a letter of another alphabet ("ó").
_GATE_ASCII_WORDS = frozenset(w.encode("ascii") for w in _GATE_WORDS if w.isascii())
_ACCORDING_LOWER = tuple(w.lower() for w in _ACCORDING)
# what `re` also reads as "s" or "i" in a pattern without case, where `str.lower` does not: "ſ", "ı", "İ"
_CASE_FOLDED = "ſıİ"


def _cue(verbs: tuple[str, ...]) -> str:
    return r"(?P<cue>" + alternation(verbs).replace(r"\ ", r"[ ]++") + r")(?![\p{L}])"


_SOURCE = r"(?P<cue>(?i:" + alternation(_ACCORDING) + r"))(?![\p{L}])"
_TOKEN = r"\p{Lu}[\p{L}\p{M}'’\-]*+"
# (a particle between a name's words; "den" only after "van": German prints it as an article, "sagte Kurz den Gästen")
_PARTICLE = r"(?:" + alternation(L.FOREIGN_OF) + r"|(?<=[Vv]an[ ])(?:" + alternation(L.FOREIGN_OF_AFTER_VAN) + r"))"
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
_CLAUSE = r"[^.;:!?«»„“”\"]"  # the words of one clause, up to a sentence end or another quote
_OPEN_MARKS = '”“"’‘»«'
# the subject glued to the cue after the closing mark: «…», estime-t-il / «…», a-t-elle précisé
_HYPHENED = r"-(?:t-)?(?P<who>" + alternation(L.FOREIGN_HYPHENED_PRONOUNS) + r")(?![\p{L}])"


class _VerbShapes:
    """The shapes around a quote that hold a speaking verb, whose long lists of verbs in every language are
    written out only for a block that shows a cue (`_verb_shapes`): English pages never do."""

    def __init__(self) -> None:
        verbs = (*_VERBS, *_more_verbs())
        cue = _cue(verbs)
        # a pronoun of whom the words were said to, glued to a Portuguese cue: “…”, respondeu-lhe Rui Leitão
        clitic = r"(?:-(?:" + alternation(L.FOREIGN_CLITICS) + r")(?![\p{L}]))?"
        cue_before = _cue(tuple(v for v in verbs if v not in L.FOREIGN_CUES_AFTER_QUOTE_ONLY))
        participles = tuple(
            v.partition(" ")[2] for v in verbs if v.partition(" ")[0] in L.FOREIGN_HYPHENED_AUXILIARIES and " " in v
        )
        # after the closing mark: „…“, sagte Jörg Tiedemann, … / «…», Gorostiza explicó
        self.verb_then_who = rx.compile(
            r"[ ]*+[,;]?[ ]*+(?:[—–\-][ ]*+)?" + cue + clitic + r"[ ]++(?P<rest>" + _CLAUSE + r"{1,150})"
        )
        self.who_then_verb = rx.compile(
            r"[ ]*+[,;]?[ ]*+(?P<who>" + _PRONOUN + "|" + _NAME + r")(?:[ ]*+," + _CLAUSE + r"{1,80}?,)?[ ]++" + cue
        )
        # the cue alone after the closing mark, the sentence ending with it: „…“, afirmou.
        self.verb_alone = rx.compile(r"[ ]*+,[ ]*+(?:[—–\-][ ]*+)?" + cue + r"[ ]*+(?:[.!]|$)")
        # the cue with no subject, then when, where or how it was said, no name up to the sentence's end: «…», dice
        # entre risas. / “…”, contou, já no pavilhão.
        self.verb_then_how = rx.compile(
            r"[ ]*+,[ ]*+(?:[—–\-][ ]*+)?"
            + cue
            + r"(?:[ ]*+,)?[ ]++(?:"
            + alternation(L.FOREIGN_ADVERBIAL_OPENERS)
            + r")(?![\p{L}])[^\p{Lu}.!?«»„“”\"]*+(?:[.!?]|$)"
        )
        self.verb_hyphen_who = rx.compile(r"[ ]*+[,;]?[ ]*+" + cue + _HYPHENED)
        self.aux_hyphen_who = rx.compile(
            r"[ ]*+[,;]?[ ]*+(?:"
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
            + r")(?:[ ]*+,(?P<app>"
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


def _more_verbs() -> tuple[str, ...]:
    """`lexicon.FOREIGN_MORE_SPEECH_VERBS_TEXT` cut (asked once, by `_VerbShapes`)."""
    return rx.cut_phrases(L.FOREIGN_MORE_SPEECH_VERBS_TEXT)


@cache
def _reported_before() -> regex.Pattern[str]:
    # a sentence reporting what its subject said, a name or an unnamed source, then the quote in that sentence or
    # as the next: "Un trabajador que pidió no ser identificado sostuvo que los turnos se hacían “…”", "Una
    # vecina, que prefiere no dar su nombre, dice que se oyen escalas. “…”", "Ana Pérez dice que ... . “…”"
    return rx.compile(
        r"(?:^|(?<=[.!?][ ]))(?P<who>(?i:"
        + alternation(L.FOREIGN_INDEFINITE_ARTICLES)
        + r")[ ]++(?P<what>\p{L}[\p{L}\-]*+(?:[ ]++(?:"
        + _PARTICLE
        + r")[ ]++(?:(?:"
        + alternation(L.FOREIGN_ARTICLES)
        + r")[ ]++)?\p{L}[\p{L}\-]*+)?)|"
        + _NAME
        + r")(?:[ ]++(?:"
        + alternation(rx.cut_phrases(L.FOREIGN_RELATIVE_PRONOUNS_TEXT))
        + r")[ ][^.!?:;«»„“”\"]{1,120}?|[ ]*+,[^.!?:;«»„“”\"]{1,120}?,)?[ ]++"
        + _cue(tuple(v for v in _VERBS if v not in L.FOREIGN_CUES_AFTER_QUOTE_ONLY))
        + r"(?:[ ]*+,)?[ ]++(?:(?:"
        + alternation(L.FOREIGN_THAT)
        + r")[ ]|qu['’])[^.!?:;«»„“”\"]{0,200}?(?:[.!?][ ]*+)?$"
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
# whose view the sentence gives, opening it, the quote later in it: Para a pesquisadora Márcia Lima, do
# Observatório, o problema é "…" / Pour le maire, Paul Roux, c'est « … » (only at a sentence's opening: elsewhere
# "para" and "pour" are "for")
_VIEW_LEADS = alternation(L.FOREIGN_VIEW_LEADS)
_VIEW_OPENS = rx.compile(
    r"(?:^|[.!?»”\"][ ]++)(?P<cue>(?-i:" + _VIEW_LEADS.title() + r"))[ ]++(?P<rest>[^,.;:!?«»„“”\"]{1,60}?"
    r"(?:,[ ]++\p{Lu}[^,.;:!?«»„“”\"]{1,40}?)?)[ ]*+," + _CLAUSE + r"{1,160}$"
)
# (a view's lead opening a sentence, with a comma after it, marks a block to be read: most English blocks print
# neither word with a capital)
_VIEW_GATE = tuple(f"{w.title()} " for w in L.FOREIGN_VIEW_LEADS)
_VIEW_OPENING = rx.compile(r"(?:^|[.!?][ ]++)(?:" + _VIEW_LEADS.title() + r")[ ]++[^,.;:!?]{1,60},")
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
# "Sprecher der Kreisverwaltung Limbach-Weil" -> the Kreisverwaltung Limbach-Weil (a body named, capitalised)
_SPOKESPERSON_OF = rx.compile(
    r"(?i:"
    + alternation(L.FOREIGN_SPOKESPERSON_NOUNS)
    + r")[ ]++(?:(?:"
    + alternation((*L.FOREIGN_OF, *L.FOREIGN_ARTICLES))
    + r")[ ]++){1,2}(?P<org>\p{Lu}.*)$"
)


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


_READ_TITLES: list[frozenset[str]] = []  # `_titles()`, once worked out


def _titles() -> frozenset[str]:
    """The titles and roles of other languages (`FOREIGN_TITLES` and the more the cue readers alone read), and the
    abbreviated ones as read without their stops ("dra", "drin", "dottssa"): worked out on first use (a list, not a
    cache's wrapper: every start would pay for one)."""
    if not _READ_TITLES:
        more = rx.cut_phrases(L.FOREIGN_MORE_TITLES_TEXT)
        short = rx.cut_phrases(L.FOREIGN_ABBREVIATED_TITLES_TEXT)
        _READ_TITLES.append(FOREIGN_TITLES | frozenset(more) | {t.replace(".", "") for t in short})
    return _READ_TITLES[0]


_POSSESSIVES = frozenset(L.FOREIGN_POSSESSIVES)
_ROLE_ARTICLES = frozenset(L.FOREIGN_ROLE_ARTICLES)


class Cue:
    __slots__ = ("cue", "described", "mention", "role")

    def __init__(self, mention: str, cue: str, described: bool = False, role: str = "") -> None:
        self.mention = mention  # the name, pronoun or description as printed; "" for a cue with no subject after it
        self.cue = cue  # the cue as printed ("sagte", "ha explicado", "Según")
        self.described = described  # the mention describes an unnamed source ("woordvoerder van de gemeente")
        self.role = role  # the role word of a description with no name ("alcalde" of "dijo el alcalde")


def _cue_after_mark(text: str) -> bool:
    """`“…”, dice Name` or `“…”, dice.`: a cue of `_AFTER_MARK` right after a closing mark ("…, dice in hand" is
    no cue)."""
    for cue in _AFTER_MARK:
        at = text.find(cue)
        while at > 0:
            if text[at - 1] in _CLOSING_MARKS and text[at + len(cue) : at + len(cue) + 1] in (" ", ".", ""):
                return True
            at = text.find(cue, at + 1)
    return False


def foreign(text: str) -> bool:
    """Whether `text` shows a speech cue of another language or a quote mark English does not use (`_GATE`),
    or a cue printed right after a closing mark (`_AFTER_MARK`).

    The pattern runs only where a cheaper test cannot say no: none of its marks, none of its words as a
    whole word, none of the "according to" words anywhere in any case is what most English blocks show.
    """
    if "„" in text or "‚" in text or "»" in text or "«" in text:
        return True
    if _cue_after_mark(text):
        return True
    if any(map(text.__contains__, _VIEW_GATE)) and _VIEW_OPENING.search(text):
        return True
    no_gate_word = not _may_hold_gate_word(text) or _GATE_WORD_SET.isdisjoint(_WORD.findall(text))
    if no_gate_word and not any(map(text.__contains__, _CASE_FOLDED)):
        lower = text.lower()
        if not any(map(lower.__contains__, _ACCORDING_LOWER)):
            return False
    return _GATE.search(text) is not None


def _may_hold_gate_word(text: str) -> bool:
    """Whether a gate word may stand in `text` as a whole word (never False where one does)."""
    return not _GATE_ASCII_WORDS.isdisjoint(ascii_lower_runs(text).split()) or any(
        map(text.__contains__, _GATE_OTHER_LETTERS)
    )


def attribution(text: str, open_mark: int, close_mark: int) -> Cue | None:
    """The speaker and cue of the quote whose marks sit at `open_mark` and `close_mark`, or None."""
    from . import cue_steps

    after = cue_steps.without_title_stops(text[close_mark + 1 : close_mark + 220].lstrip(_OPEN_MARKS))
    shapes = _verb_shapes()
    found = _cue_after(after, shapes)
    if found is not None:
        return found
    return _cue_before(cue_steps.without_title_stops(text[max(0, open_mark - 200) : open_mark]), open_mark, shapes)


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
    reported = _reported_before().search(before) if _may_report(before) else None
    found = _unnamed_source_before(before, reported, shapes)
    if found is not None:
        return found
    from . import cue_steps

    found = cue_steps.subject_left_out_before(before) or cue_steps.source_of_body_before(before)
    if found is not None:
        return found
    m = shapes.who_verb_before.search(before)
    if m and (described := cue_steps.description_before(before, m)) is not None:
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


def _cue_after_verb_or_source(before: str, open_mark: int, shapes: _VerbShapes) -> Cue | None:
    """A speaker after a cue or after a source's lead ("según", "volgens", "pour") before the quote, the first
    steps of `_cue_before`."""
    for pattern in (_SOURCE_BEFORE, shapes.verb_who_before):
        m = pattern.search(before)
        if m and pattern is shapes.verb_who_before and _pronoun_before(before, m.start()):
            # "Sie kritisierte den Zeitplan der Stadt: „…“": a pronoun before the verb is its subject, and what
            # follows the verb its object (the subject comes after the verb only where nothing stands before it)
            m = None
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
    from . import cue_steps

    if before.rstrip()[-1:] in ".!?":
        return _source_of_sentence_before(before) or cue_steps.cue_after_clause(before, shapes, closed=True)
    if not before.rstrip().endswith(":"):
        return cue_steps.cue_after_clause(before, shapes, closed=False)
    m = shapes.verb_alone_before.search(before)
    if m:
        return Cue("", _clean(m.group("cue")))
    who = _colon_subject(before)
    return Cue(who, ":") if who else _role_opening_colon(before)


def _cue_after(after: str, shapes: _VerbShapes) -> Cue | None:
    """The speaker and cue in words after a quote's closing mark, or after a clause of reported speech: a cue, then
    who (a name, a pronoun, a role, an unnamed source), or the cue alone."""
    for pattern in (shapes.verb_then_who, _SOURCE_AFTER):
        m = pattern.match(after)
        who = _speaker_in(m.group("rest")) if m else None
        if m and who:
            if _role_noun_after_article(m.group("rest"), who):  # "sagte die Bürgermeisterin": no name given
                return Cue(f"{m.group('rest').split()[0]} {who}", _clean(m.group("cue")), role=who.lower())
            described = _INDEFINITE_DESCRIPTION.match(m.group("rest")) is not None
            return Cue(who, _clean(m.group("cue")), described)
    m = shapes.verb_then_who.match(after)
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
    m = _SOURCE_SENTENCE.search(before)
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


def _pronoun_before(text: str, at: int) -> bool:
    """A subject pronoun is the word right before `at` ("Sie kritisierte", "Ella criticó")."""
    words = text[max(0, at - 12) : at].split()
    return bool(words) and words[-1].lower() in _PRONOUNS


# The sentence before a colon that opens the quote, whatever its verb: "Sie kritisierte den Zeitplan: „…“" (a
# pronoun opens it), "Su vecina, Nerea Olano, dueña del bar, es menos optimista: «…»" (a name in apposition).
_SENTENCE_OPENING = rx.compile(r"(?:^|[.!?»”\"“][ ]++)(?P<first>[^.!?«»„“”\"]{3,200})[ ]*+:[ ]*+$")


def _colon_subject(before: str) -> str | None:
    """Who opens the sentence that ends in the colon before a quote: its subject pronoun, or the name in
    apposition after a description of two words or fewer; None for anything else."""
    m = _SENTENCE_OPENING.search(before)
    if m is None:
        return None
    sentence = str(m.group("first"))
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
    aside = False
    if after[:1] == ",":
        from . import cue_steps

        # a relative clause in commas between the name and its verb: "Name, deren Stadel …, nimmt"
        clause = _relative_clause().match(after)
        said_aside = cue_steps.aside().match(after) if clause is None else None
        aside = said_aside is not None
        clause = clause or said_aside
        after = after[clause.end() :] if clause is not None else after
    head = name.partition(" ")[0].lower()
    # (one word, where an aside stands after it: "Quiroga, en cambio, se hizo cargo:")
    if (" " not in name and not aside) or not after[1:2].islower() or head in _not_name_openers():
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
    bare = _without_article(first)
    if _NAME_ONLY.fullmatch(bare) and _usable(bare):
        return bare
    if head.lower() in _OF and particle_surname(first) and _NAME_ONLY.fullmatch(tail):
        # a surname after its particle in lower case: "sagte von Hagenow", "dijo de la Rosa" (read as the name
        # opening a sentence is: "Von Hagenow")
        return first[:1].upper() + first[1:]
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
        # Zubiaurre Lluch"
        lead = _leading_name(parts[1])
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
    """A body's document after an article, the body after "of" (built on first use: few sources are documents)."""
    articles = alternation(L.FOREIGN_ARTICLES)
    return rx.compile(
        r"(?:"
        + articles
        + r")[ ]++(?:"
        + alternation(rx.cut_phrases(L.FOREIGN_DOCUMENT_NOUNS_TEXT))
        + r")[ ]++(?:"
        + alternation(L.FOREIGN_OF)
        + r")[ ]++(?P<body>(?:(?:"
        + articles
        + r")[ ]++)?[\p{L}][^,;:]{2,80})$"
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
        or head.lower().rstrip(".") in _titles()
        or role_compound(head.lower())
        or (head.lower() in _POSSESSIVES and tail.partition(" ")[0].lower() in _titles())
        or (head.lower() in _ROLE_ARTICLES and tail.partition(" ")[0].lower().rstrip(".") in _titles())
    ):
        words = tail
        head, _, tail = words.partition(" ")
    return words


def _usable(who: str) -> bool:
    return who.lower() in _PRONOUNS or who.split()[0].lower() not in _ARTICLES or " " in who


def _clean(cue: str) -> str:
    return " ".join(cue.split())
