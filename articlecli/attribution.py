"""Who said it: attributing quotation spans to speakers, with the cue that says so.

The patterns of news writing, tried in order for each quote:
  “…,” he said.  /  “…,” said Name, title.  /  “…,” Name, the defence secretary, said.
  Name said: “…”  /  Name added, “…”  /  Name said that “…”  /  Name: ‘…’ (headlines)
  according to Name  /  Name told Reuters (the speaker is Name)  /  said in a statement
  Name said ... “partial quote” (the speaking verb earlier in the same sentence)
A second quote in a paragraph without its own attribution keeps the speaker of the first
(“…,” she said. “…”), and a paragraph that is all quote keeps the speaker of the paragraph
before it. Mentions are resolved through the article's `Registry` of names: pronouns to the
last fitting speaker, surnames and variant spellings to full names, descriptions that repeat
a person's titles to that person; unnamed sources keep their description.
"""

from __future__ import annotations

from _bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from itertools import chain

import regex

from . import lexicon as L
from . import rx
from .bylines import is_name
from .model import Record
from .patterns import SPEECH_VERBS_ABROAD, phrase_list
from .people import (  # (the people's sets of those tables, read here too)
    _DEMONYMS,
    _KIN,
    _OPENING_WORDS,
    _OWNER_WORDS,
    ARTICLES_AND_POSSESSIVES,
    COURTESY_TITLES,
    FOREIGN_COURTESY_TITLES,
    FOREIGN_INDEFINITE_ARTICLES,
    HONORIFICS,
    NAME_ABBREVIATIONS,
    NAME_PARTICLES,
    NAME_SMALL_WORDS,
    NAME_SUFFIXES,
    ORG_WORDS,
    PERSON_ROLE_NOUNS,
    SPOKESPERSON_NOUNS,
    TITLE_WORDS,
    Registry,
    alternation,
    headed_org,
    particle_surname,
)

_LOWER_NEXT = rx.compile(r"^[ ]*+[\p{Ll}]")
_WORD_NEXT = rx.compile(r"^[ ]++[\p{L}]")
_SHORT_SENTENCE_END = rx.compile(r"^[ ]*+[.,]")
_QUOTED_TEXT = rx.compile(r"“[^”]*+”|\"[^\"]*+\"")
_WORDS = rx.compile(r"[\p{L}'’\-]++")
_PROFILE_NOUNS = frozenset(L.PROFILE_SUBJECT_NOUNS)
_AGE = rx.compile(r"(\d{1,3})-year-old")
# the head of an agency named by its acronym, just named in full ("the DOTr chief", "the PNP chief")
_AGENCY_HEADS = ("chief", "head")
_PERSON_DESCRIPTION = rx.compile(
    r"(?i)\d-year-old|\b(?:" + "|".join((*L.PERSON_DESCRIPTION_NOUNS, *L.PROFILE_SUBJECT_NOUNS)) + r")$"
    r"|(?<![\p{L}])(?-i:\p{Lu}{2}[\p{L}]*+)[ ](?:" + "|".join(_AGENCY_HEADS) + r")$"
)
# the words `_PERSON_DESCRIPTION` ends with, from the same tables
_PERSON_DESCRIPTION_ENDS = (*L.PERSON_DESCRIPTION_NOUNS, *L.PROFILE_SUBJECT_NOUNS, *_AGENCY_HEADS)


def _person_description(m: str) -> bool:
    """`_PERSON_DESCRIPTION` finds an age or a noun ending the description: tried only where the description, folded,
    ends with one of its nouns or holds "-year-old"."""
    folded = rx.fold(m.removesuffix("\n"))
    return (folded.endswith(_PERSON_DESCRIPTION_ENDS) or "-year-old" in folded) and bool(_PERSON_DESCRIPTION.search(m))


# A past role stands for someone the story has named: "the former surgeon said", "the retired headteacher said"
_PAST_ROLE = rx.compile(r"(?i)^the[ ]++(?:former|retired|ex-|one-time|veteran)[ \-]")
# (a court's written words too: "The order added that ...", "the judgment said": the court that gave it)
_DOCUMENT_DESCRIPTION = rx.compile(
    r"(?i)\b(?:statement|release|letter|post|tweet|filing|memo|order|judgment|judgement|ruling|verdict)$"
)
_ORG_DESCRIPTION = rx.compile(r"(?i)\b(?:company|firm|club|band|group)\b")
# When a source spoke or wrote, after its description ("a survey by the trust in March found", "the ministry on
# Tuesday said"): no part of who it is.
_WHEN_TAIL = rx.compile(
    r"(?i)[ ]++(?:in|on|last|this|earlier[ ]++this)[ ]++(?:"
    + "|".join(m for m in L.MONTHS if len(m) > 3)
    + "|"
    + "|".join(d for d in L.WEEKDAYS if len(d) > 4)
    + r"|week|weekend|month|year)$"
)


def _without_when(m: str, words: list[str]) -> tuple[str, list[str]]:
    """A description and its words without the time after it: "a survey by the trust in March" -> "a survey by
    the trust" (tested first on its last words but one, most descriptions having none)."""
    when = _WHEN_TAIL.search(m) if len(words) > 3 and words[-2].lower() in ("in", "on", "last", "this") else None
    return (m[: when.start()], words[:-2]) if when is not None else (m, words)


FLAGS = regex.VERSION1 | regex.IGNORECASE
# The spaces between two words, possessive in both directions: `_reverse` keeps an atomic group, and a run of
# spaces after a word never gives one back to it. (A greedy run in a reverse pattern backtracks over every
# space, at every place a lazy part before it is tried: quadratic in a window of spaces left by a blanked quote.)
_GAP = r"(?>[ ]+)"


def _guarded(words: Sequence[str], *, reverse: bool = False) -> str:
    """An alternation of `words` in their order, each group of those that share a first letter (a last one,
    for a pattern matched in reverse) behind a test of that letter in either case. Only the words of one letter
    can match at a place, in the same order, so the matches are the alternation's; but the engine tests the
    letter once, where a long list of words whose case it ignores is otherwise tried word by word at every place.
    (Words that start or end otherwise than with a letter a-z or A-Z are left a plain alternation.)"""
    ends = [word[-1] if reverse else word[0] for word in words]
    if not all(c.isascii() and c.isalpha() for c in ends):
        return "(?:" + "|".join(words) + ")"
    groups: dict[str, list[str]] = {}
    for c, word in zip(ends, words, strict=True):
        groups.setdefault(c.lower(), []).append(word)
    if reverse:
        return "(?:" + "|".join(f"(?:{'|'.join(group)})(?<=[{c}{c.upper()}])" for c, group in groups.items()) + ")"
    return "(?:" + "|".join(f"(?=[{c}{c.upper()}])(?:{'|'.join(group)})" for c, group in groups.items()) + ")"


# The long word lists of the speaker patterns (some 1,500 verbs and sources) are put in order (`phrase_list`: two
# sorts) and grouped by letter (`_guarded`) once per installation, and read back from the file that keeps the
# compiled patterns (`rx.words`, which finds an entry by the words and the code that orders or groups them): done
# at every start, they cost 7M instructions.
def _ordered(text: str) -> tuple[str]:
    """`phrase_list` of the words of `text` ("\x00" between them), as one text (what `rx.words` keeps)."""
    return ("\x00".join(phrase_list(tuple(text.split("\x00")))),)


def _kept_phrase_list(*lists: Iterable[str]) -> list[str]:
    """`phrase_list` of the words of `lists` together, from the cache when they were put in order before."""
    return rx.words("\x00".join(chain.from_iterable(lists)), _ordered)[0].split("\x00")


def _grouped(text: str) -> tuple[str]:
    """`_guarded` of the words of `text` after its first character, "<" for a pattern matched in reverse."""
    return (_guarded(text[1:].split("\x00"), reverse=text[0] == "<"),)


def _kept_guarded(words: Sequence[str], *, reverse: bool = False) -> str:
    """`_guarded(words, reverse=reverse)`, from the cache when it was written before."""
    return rx.words(("<" if reverse else ">") + "\x00".join(words), _grouped)[0]


# longest first: "said in a statement" before "said"
# (escaped all at once, "\x00" between the verbs, which no escape touches)
_VERB_FORMS = [
    r"according\s++to",
    *rx.escape("\x00".join(_kept_phrase_list(L.SPEECH_VERBS))).replace(r"\ ", r"\s++").split("\x00"),
]
# Verbs are matched in lower case only: "United States" and "the reports" are not "states" and "reports".
_VERB = r"(?-i:" + _kept_guarded(_VERB_FORMS) + r")"
# The pronouns that may be a verb's own subject inside a description, in lower case as printed there: every subject
# pronoun but "I", which is printed in capitals (a description ending in a lower-case "i" is no pronoun's).
_VERBS_OWN_SUBJECT = "|".join(p for p in L.SUBJECT_PRONOUNS if p != "i")
# A speaker's people in the third person ("and his team", "and their colleagues"): the possessives of a person the
# story tells of, not the writer's or the reader's.
_THIRD_PERSONS = "|".join(p for p in L.STORY_POSSESSIVES if p in L.PERSONAL_POSSESSIVES)
# "one wrote", "another said": an unnamed person
_PRONOUN = r"(?:" + alternation((*L.SUBJECT_PRONOUNS, *L.UNNAMED_PRONOUNS)) + r")"
_NAME_TOKEN = (
    r"(?-i:(?:\p{Lu}\.){2,}|(?:" + NAME_ABBREVIATIONS + r")\.(?=[ ,])|\p{Lu}\.(?=[ ])|\p{Lu}[\p{L}\p{M}'’\-]*+)"
)
_NAME = (
    _NAME_TOKEN
    + r"(?:"
    + _GAP
    + r"(?:(?:"
    + NAME_PARTICLES
    + r")"
    + _GAP
    + r"){0,2}"
    + _NAME_TOKEN
    + r"){0,6}+(?:,?"
    + _GAP
    + r"(?-i:"
    + NAME_SUFFIXES
    + r")\.?+)?"
)
_NAME_ONLY = rx.compile(_NAME, FLAGS)
_DETERMINER_WORDS = (
    *L.ARTICLES_AND_POSSESSIVES,
    *L.UNNAMED_PRONOUNS,
    *("two", "three", "four", "several", "some", "many", "other", "whose"),
)
_DETERMINER_SET = frozenset(_DETERMINER_WORDS)
_DETERMINER = (
    r"(?:" + "|".join(_DETERMINER_WORDS) + "|"
    r"(?-i:\p{Lu}[\p{L}'’.\-]*+(?:[ ]\p{Lu}[\p{L}'’.\-]*+){0,3})['’]s?)"
)
# Who a description names: an unnamed source ("a senior official"), or a person by their role ("the actor")
_SOURCES = _kept_phrase_list(L.SOURCE_NOUNS, L.PERSON_ROLE_NOUNS)
# (and words that are sources only in lower case: "the district said", not "Cebu's 5th District")
_LOWER_CASE_SOURCES = "|".join(f"(?-i:{w})" for w in L.LOWER_CASE_SOURCE_NOUNS)
# Plural sources need no article: "officials said", "officers announced".
_PLURAL_SOURCES = tuple(w for w in _kept_phrase_list(L.SOURCE_NOUNS) if w.endswith("s") and len(w) > 4)
_PLURAL_SOURCE = "|".join(_PLURAL_SOURCES)


@cache
def _description(*, reverse: bool = False, of_the: bool = False) -> str:
    """The pattern of an unnamed source or a role, for a pattern matched forwards or in `reverse` (`of_the`: for a
    text holding " of the ", see `SUBJECT_OF_THE_AT_END`)."""
    source = "(?:" + _kept_guarded(_SOURCES, reverse=reverse) + "|" + _LOWER_CASE_SOURCES + ")"
    return (
        r"(?:"
        + _DETERMINER
        + _GAP
        # (not the body a named person is of: in "Jane Moss of the Residents Group said" she speaks; but in "Chief
        # Executive of the Harbour Agency, Dr Ann Lee, said" the words before "of" are a title, read with the name)
        + (r"(?:(?<!(?-i:\p{Lu})[\p{L}'’\-]*+[ ]of[ ]the[ ])|(?=[^,“”\"]*+,[ ]++(?-i:\p{Lu})))" if of_the else "")
        # a word of the description may be a quoted title: "the “Pose” actor", or a plural owner: "the visitors'"
        + r"(?:(?:[\p{L}\p{N}\-]++(?:['’]s|(?<=s)['’](?=[ ]))?+|[“\"][\p{L}\p{N}'’ \-]{1,40}[”\"])"
        + _GAP
        + r"){0,4}?(?:(?P<source>"
        + source
        # a source noun over another, the description goes on to the last: "a city council member" (the sources'
        # long alternation is written once, its group called for the next: compiled twice, it would be a third
        # of each speaker pattern's code, which every start builds; the call matches and backtracks alike)
        + r")(?:"
        + _GAP
        + r"(?&source)(?![\p{L}]))*+|\d++-year-old)|(?-i:"
        + _PLURAL_SOURCE
        + r"))(?![\p{L}])"
        # what the source is of or for: "one user on Weibo", "a report from Harbour Equities", and how near it
        # stands: "a source close to the couple", "a person familiar with the talks" (not across "and" or "but",
        # which join a second verb: "The Council for Education welcomed the loans but said")
        + r"(?:(?:"
        + _GAP
        + r"(?:close|closer|familiar|near))?"
        + _GAP
        + r"(?:for|of|at|from|with|in|on|to|by)"
        + _GAP
        + r"(?:(?![ ](?:and|but)[ ])[^,“”\".;:]){1,60}?"
        # (not past the verb's own subject: in "In a letter to residents it said", "it" said it)
        + r"(?<![ ](?-i:"
        + _VERBS_OWN_SUBJECT
        + r"))"
        r"(?=[ ]++(?-i:\p{Ll})|[ ]*+$|[,.;!?]))?"
    )


# A description that is never matched, with the description's one group: where `_may_describe` finds that no
# description can open, a speaker pattern is built with this in its place (the sources' long alternation is most of
# each forward speaker pattern's code, which every start builds where the seed's speakers are names and pronouns).
# The engine tries the same paths with the same results: the description would fail there at its first word.
_NO_DESCRIPTION = r"(?P<source>(?!))"


def _may_describe(words: Sequence[str]) -> bool:
    """Whether a description (`_description`, forwards) may open at one of `words` (words split at white space):
    where it opens with a determiner word (and a space) or a plural source. (Its third opening, a possessive
    name, "Biden’s", never matches forwards: the possessive run of its letters takes every apostrophe before
    `['’]` can read one; `tests/test_pattern_gates.py` holds the gate to the patterns.)"""
    return any(rx.fold(w) in _DETERMINER_SET or w.startswith(_PLURAL_SOURCES) for w in words)


# Words describing a person before the name: "planetary geologist Rosaly Lopes", "43-year-old Martin Taylor".
_DESCRIPTOR = r"(?:[\p{L}\p{N}][\p{L}\p{N}'’\-]*+" + _GAP + r"){0,7}?"
# A name right after a preposition is what a phrase is about, not who speaks: "Steve Menet, head of
# sales for Dräger, Inc., says" (Steve Menet), "China's ambassador to Britain accused" (the ambassador).
# "according to" is the one preposition a speaker follows, and "by" the one an author follows
# ("a study by the Centre for Policy Research concluded"). So is a name after "of the": "Lena Duarte, the reeve of
# the Rural Municipality of Coteau Falls, Sask., said" (Lena Duarte, not the municipality); not after "in the",
# where a paper may speak: "An editorial in the Harwick Gazette said".
_NOT_AN_OBJECT = (
    r"(?:(?<=according[ ]++to[ ]++)|(?<!\b(?:for|at|of|from|with|to|on|in)[ ]++"
    r"(?-i:\p{Lu}[\p{L}'’\-]*+[ ]++){0,3})(?<!\bof[ ]++the[ ]++(?-i:\p{Lu}[\p{L}'’\-]*+[ ]++){0,3}))"
)


# (a body a person is of, after "of the" (only in `SUBJECT_OF_THE_AT_END`): "the" and a few words of what the
# body is before its name, or only what it is right before the verb)
_OF_THE_BODY = (
    # or "the" and a few words of what the body is before its name: "Jane Moss of the Greenfield Residents
    # Group", "Pedro Lim of the drivers' union Samahan ng Tsuper" (not before a name in apposition, whose title
    # the words before "of" are: "Chief Executive of the Harbour Agency, Dr Ann Lee, said")
    r"|the"
    + _GAP
    + r"(?:\p{Ll}[\p{L}'’\-]*+"
    + _GAP
    + r"){0,3}\p{Lu}[\p{L}'’\-]*+(?:"
    + _GAP
    + r"(?:(?:ng|of|de|del)"
    + _GAP
    + r")?\p{Lu}[\p{L}'’\-]*+){0,3}(?![ ]*+,[ ]++\p{Lu})"
    # or only what it is, right before the verb: "Jose Alcaraz of the farmers' group said" (before a comma it
    # may be a title's place: "The Iyaloja of the market, Chief Name, said")
    + r"|the(?:"
    + _GAP
    + r"\p{Ll}[\p{L}'’\-]*+){1,3}(?="
    + _GAP
    + r"$)"
)


def _who_pattern(*, reverse: bool = False, of_the: bool = False, described: bool = True) -> str:
    """The pattern of a speaker: a description, a pronoun or a name (see `_description` for `reverse` and
    `of_the`; not `described`: no description, its group `source` kept and never matched, see `_may_describe`)."""
    return (
        r"(?<![\p{L}\p{N}'’])(?:(?P<who>"
        + (_description(reverse=reverse, of_the=of_the) if described else _NO_DESCRIPTION)
        + "|"
        + _PRONOUN
        + r"(?![\p{L}]))|"
        + _DESCRIPTOR
        + _NOT_AN_OBJECT
        + r"(?P<name>"
        + _NAME
        + r")(?<!['’]s)(?P<of>"
        + _GAP
        + r"(?:of|from)"
        + _GAP
        + r"(?-i:\p{Lu}[\p{L}'’\-]*+(?:"
        + _GAP
        + r"\p{Lu}[\p{L}'’\-]*+){0,2}"
        + (_OF_THE_BODY if of_the else "")
        + ")"
        + r"(?:"
        + _GAP
        + r"\d++(?-i:st|nd|rd|th)"
        + _GAP
        + r"(?-i:\p{Lu})[\p{L}\-]*+)?)?"  # "of Iloilo's 3rd District"
        + r"(?:"
        + _GAP
        + r"and"
        + _GAP
        + r"(?:"
        + _THIRD_PERSONS
        + r")"
        + _GAP
        + r"(?:team|colleagues|co-authors|coauthors|wife|husband|partner))?)"
    )


_WHO = _who_pattern()
_WHO_UNDESCRIBED = _who_pattern(described=False)
# (and a habit's frame: "He used to tell me", "as she likes to say", "he always says")
# (never right after an article or a possessive, which a noun or its adjective follows: "a spokesman for the daily
# said", "its weekly reported"; tested after the word, where a pattern matched forwards reaches the test only for
# a word that is one of them, not at every place it tries)
_ADVERB_WORDS = (
    *("also", "then", "later", "further", "previously", "had", "has", "have", "once", "reportedly", "recently"),
    *("simply", "quickly", "again", "still", "allegedly", "publicly", "repeatedly", "earlier", "separately"),
    *("would", "will", "instead", "always", "often"),
)
_ADVERBS = (
    r"(?:(?-i:" + "|".join(_ADVERB_WORDS) + "|"
    r"(?:used|(?:lik|lov)e[sd])[ ]to|"
    r"(?!(?:" + alternation(L.NOUNS_ENDING_IN_LY) + r")[ ])\p{Ll}+ly)"
    r"(?<!(?<![\p{L}])(?:" + alternation(L.ARTICLES_AND_POSSESSIVES) + r")[ ]+\p{Ll}+)" + _GAP + r"){0,2}"
)
# Each word `_ADVERBS` reads: one of them, "used to", "likes to" ..., or a word ending in "ly"
_ADVERB_OR_HABIT = frozenset((*_ADVERB_WORDS, "used", "likes", "liked", "loves", "loved", "to"))


def _may_end_in_name(window: str) -> bool:
    """A word that may open with a capital (a name's last: a capital A-Z, or a character beyond ASCII that is no
    small letter) among the last five words of `window`, only the words of `_ADVERBS` after it (at most four):
    else the titled names, which end so, cannot match (most verbs' windows end otherwise: "... both", "Oct. 29")."""
    for word in reversed(window.split()[-5:]):
        if word[0].isupper() or not (word[0].isascii() or word[0].islower()):
            return True
        if word not in _ADVERB_OR_HABIT and not word.endswith("ly"):
            return False
    return False


# (an apposition ends no sentence: in "Vale, of Northgate, denies it. His barrister, Colin Pryce, told" the
# barrister speaks; a full stop after a title or an abbreviation, "Sen.", "Inc.", "U.S.", may stand in it)
_APPOSITIVE = (
    r"(?:[ ]*+,[ ]*+(?P<app>(?:[^“”\"‘’.!?]|(?<=\p{L})’(?=\p{L})|(?<!\p{Ll}{3})\.|\.(?![ ]++\p{Lu})"
    # a title's full stop inside the name: "A trader, Mrs. Ada Etim, said" (the test above reads
    # "Mrs" as a word of three small letters, as the patterns ignore case)
    r"|(?<=(?<![\p{L}])(?-i:" + NAME_ABBREVIATIONS + r"))\.)"
    r"{1,250}?),)?"
)

# After the quote, from where its words start (see `after_quote`):
# “…,” he said. / “…” Halvorsen said. / “…,” Okafor, chief executive of X, said.
WHO_VERB = rx.compile(_WHO + _APPOSITIVE + r",?[ ]++" + _ADVERBS + r"(?P<cue>" + _VERB + r")(?![\p{L}])", FLAGS)
# (and without the description, where `_may_describe` finds none can open: the same matches)
_WHO_VERB_UNDESCRIBED = rx.compile(
    _WHO_UNDESCRIBED + _APPOSITIVE + r",?[ ]++" + _ADVERBS + r"(?P<cue>" + _VERB + r")(?![\p{L}])", FLAGS
)
# “…,” said Harbor Commissioner Ellen Marsh.
_VERB_THEN_WHO = r"(?P<cue>" + _VERB + r")[ ]++" + _WHO
VERB_WHO = rx.compile(_VERB_THEN_WHO, FLAGS)
_VERB_WHO_UNDESCRIBED = rx.compile(r"(?P<cue>" + _VERB + r")[ ]++" + _WHO_UNDESCRIBED, FLAGS)
# (the speaker after a verb opens at one of the words after its first: a verb has at most this many words)
_VERB_WORDS = max(v.count(r"\s++") for v in _VERB_FORMS) + 1
# Role nouns between an outlet and a name: "Amazon spokesperson Kelly Nantel", "Google chief executive ..."
_ROLE_NOUN = "|".join(_kept_phrase_list(L.SOURCE_NOUNS, " ".join(L.TITLES).split()))
# (and their words: lower-case letters and hyphens, as `_LOWER_WORDS_THEN_CAPITAL` reads them)
_ROLE_NOUN_WORDS = frozenset(_ROLE_NOUN.replace("|", " ").split())
# `VERB_WHO`, the speaker going on past a role noun before a name: "said Amazon spokesperson Kelly Nantel" is
# Kelly Nantel, not Amazon (tried only where `_may_go_on_past_role` finds such words)
VERB_WHO_PAST_ROLE = rx.compile(
    _VERB_THEN_WHO + r"(?![ ]++(?-i:(?:\p{Ll}[\p{Ll}\-]*+[ ]++){0,2}(?:" + _ROLE_NOUN + r")[ ]++\p{Lu}))",
    FLAGS,
)
# Lower-case words up to a capital letter, as the role noun before a name has them
_LOWER_WORDS_THEN_CAPITAL = rx.compile(r"[ ]++(?-i:(?P<words>(?:[\p{Ll}\-]++[ ]++)++)\p{Lu})", FLAGS)
_APPOSITION_DETERMINERS = ARTICLES_AND_POSSESSIVES - {"a", "an"}
# “…,” said our reviewer, Tom Hale. / “…,” said the club's chairman, Daniel Levy: the name in apposition
# ... and past the name's own title: "said another member of the council, former deputy mayor Lena Ortiz"
VERB_ROLE_NAME = rx.compile(
    r"(?P<cue>"
    + _VERB
    + r")[ ]++(?P<who>(?:"
    + alternation((*sorted(_APPOSITION_DETERMINERS), *L.UNNAMED_PRONOUNS))
    + r")[ ]++(?:[\p{L}\p{N}'’\-]++[ ]++){0,4}?"
    r"(?-i:\p{Ll}[\p{Ll}\-]*+)),[ ]++(?:(?:[\p{L}\p{N}'’\-]++[ ]++){0,5}?(?-i:" + _ROLE_NOUN + r")[ ]++)?"
    r"(?P<app>" + _NAME + r")(?=[ ]*+(?:[,.;!?]|$))",
    FLAGS,
)
_AGE_BEFORE_NAME = rx.compile(r"^\d++-year-old[ ]++(?=\p{Lu})")
_LEAD = rx.compile(r"[\s,;:—–\-]*+")
_CLAUSE_STOPS = frozenset('“”"\n.!?')
_QUOTE_MARKS = frozenset("“”‘’\"'«»")


def clause_ends(after: str, start: int, limit: int = 80) -> list[int]:
    """Where the words after a finishing clause start: “…” in that law, Azzouz said.

    Each comma within `limit` characters of `start`, with no quote mark or sentence end
    before it, followed by spaces; the positions after those spaces, nearest first.
    """
    out = []
    for i in range(start + 1, min(len(after), start + limit + 1)):
        c = after[i - 1]
        if c in _CLAUSE_STOPS and not (c == "." and _inside_sentence(after, i)):
            break
        if after[i] == "," and i + 1 < len(after) and after[i + 1] == " ":
            j = i + 1
            while j < len(after) and after[j] == " ":
                j += 1
            out.append(j)
    return out


def _inside_sentence(text: str, i: int) -> bool:
    """The full stop before text[i] belongs to an abbreviation, not a sentence's end: "U.S. envoy"."""
    nxt = text[i : i + 2]
    return nxt[:1].isalpha() or (nxt[:1] == " " and nxt[1:].islower())


def _reverse(pattern: str) -> regex.Pattern[str]:
    """Compile an end-anchored pattern to match backwards from its end: one attempt, at one place
    (call `.match`, which anchors a reverse pattern at the end, not `.search`, which would try every
    place before it in vain). Possessive quantifiers become greedy ones, as they would not give back in
    reverse."""
    return rx.compile("(?r)" + rx.words(pattern, _without_possessives)[0], FLAGS)


def _without_possessives(pattern: str) -> tuple[str]:
    """`pattern` with its possessive quantifiers made greedy, as one text (`_reverse`; worked out once per
    installation, as word lists are cut, `rx.words`: the reversed patterns are some 20,000 characters that the
    substitution would otherwise scan at every start)."""
    return (_POSSESSIVE.sub("", pattern),)


# A "+" right after a quantifier (`*+`, `++`, `?+`, `{0,2}+`), not after `\p{L}` or an escaped "\+".
_POSSESSIVE = rx.compile(r"(?<=(?<!\\)[+*?]|\{\d++(?:,\d*+)?\})\+")


# Headlines: David Emery: ‘Are there any ...’; a vox pop's turn with an age and where the speaker is from between
# the name and the colon: "Jan Moss, 71, of Ferry St: “…”", "Ana Lind, 34: “…”"
BEFORE_COLON = _reverse(
    r"(?P<name>" + _NAME + r")(?:,[ ]++\d{1,3}"
    r"(?:,[ ]++(?:of|from)[ ]++\p{Lu}[^,:;\"\u201c\u201d\u00ab\u00bb]{0,40}?)?)?[ ]*+:[ ]*+$"
)
# an article right before that name: the name is an object ("She criticised the Town Council: “…”"), no speaker
_OBJECT_BEFORE = rx.compile(r"(?<![\p{L}])(?:" + alternation(L.OBJECT_ARTICLES) + r")[ ]++$", FLAGS)
# A title naming its office's field before the holder's name, which the object test of `_WHO` refuses after
# "of" or "for": "Director of Public Works Alan Reyes said" (tried only where `SUBJECT_AT_END` finds no subject;
# the name is its last two or three words, the words before them the title's field).
_FIELD_TITLED_NAME = _reverse(
    r"(?<![\p{L}])(?:" + alternation(L.DOMAIN_TITLES) + r")[ ]++(?:of|for)[ ]++(?:the[ ]++)?"
    r"(?-i:\p{Lu}[\p{L}'’\-]*+[ ]++){1,3}(?:(?P<who>(?!))|(?P<name>"
    + _NAME_TOKEN
    + r"(?:[ ]++"
    + _NAME_TOKEN
    + r"){1,2}?))[ ]++"
    + _ADVERBS
    + r"$"
)
# A local or traditional title of a place before the holder's name in apposition, its honorifics in brackets
# ("The Iyaloja of the market, Chief (Mrs) Name, said", "The Emir of Kano, Alhaji Name, said"): the name speaks
# (tried only where `SUBJECT_AT_END` finds no subject: the title is no role noun the patterns know)
_PLACE_TITLED_NAME = _reverse(
    r"(?<![\p{L}])(?-i:[Tt]he)[ ]++(?-i:\p{Lu}\p{Ll}++)[ ]++of[ ]++[^,“”\".;:]{1,40}?,[ ]++"
    r"(?:(?-i:\p{Lu}[\p{L}.]*+)[ ]++(?:\((?-i:\p{Lu}[\p{L}.]*+)\)[ ]++)?)?"
    r"(?:(?P<who>(?!))|(?P<name>" + _NAME + r")),[ ]++" + _ADVERBS + r"$"
)
# The subject of a speaking verb, matched backwards from the verb: found by locating the verbs
# first (cheap) and then the subject in a short window before each (SUBJECT_AT_END), which
# keeps the cost linear in the length of a paragraph.
VERB_AT = rx.compile(r"(?P<cue>" + _VERB + r")(?![\p{L}])", FLAGS)
# Every speaking verb starts with a word of ASCII lower-case letters between non-letters. The verbs are found
# from those words: the text made bytes, one a character, every byte but a-z a space (two passes in C: encode,
# translate) and split; only a word that starts a verb is then looked for, checked against the letters around
# it in the text and matched. (A pattern scanning for the words cost this pass ~600 instructions a character,
# more than all the rest of `find_verbs`: most words start no verb, and most windows hold none.)
_ONLY_ASCII_LOWER = b" " * 0x61 + bytes(range(0x61, 0x7B)) + b" " * (0x100 - 0x7B)
_VERB_FIRST_WORDS = frozenset(v.split()[0] for v in (*L.SPEECH_VERBS, "according to"))
_VERB_FIRST_WORDS_ASCII = frozenset(w.encode("ascii") for w in _VERB_FIRST_WORDS)


def ascii_lower_runs(text: str) -> bytes:
    """`text` as bytes, one a character, every byte but a-z a space: its runs of ASCII lower-case letters
    where they stand, to split or search without a pattern."""
    return text.encode("ascii", "replace").translate(_ONLY_ASCII_LOWER)


def first_runs(phrases: Iterable[str]) -> frozenset[bytes]:
    """The first run of letters a-z (`ascii_lower_runs`) of each phrase: a text whose runs hold none of them as a
    run of its own holds none of the phrases as words, and a pattern of them need not scan it (each phrase must
    hold such a run)."""
    return frozenset(ascii_lower_runs(phrase).split()[0] for phrase in phrases)


def _is_letter(c: str) -> bool:
    r"""What `[^\W\d_]` matches (one character): a letter, or a numeral that is no decimal digit ("½")."""
    return c.isalnum() and not c.isdecimal()


def find_verbs(text: str, lo: int = 0, hi: int | None = None) -> list[regex.Match[str]]:
    """Speaking verbs in `text[lo:hi]` ("said", "pointed out", "according to"), found word by word; a word
    cut at `hi` counts as it stands there."""
    lo, hi = max(lo, 0), len(text) if hi is None else min(hi, len(text))
    runs = ascii_lower_runs(text[lo:hi])
    firsts = _VERB_FIRST_WORDS_ASCII.intersection(runs.split())
    if not firsts:
        return []
    out = []
    for start, end in sorted(_whole_runs(runs, firsts)):
        start, end = start + lo, end + lo
        if (start > 0 and _is_letter(text[start - 1])) or (end < hi and _is_letter(text[end])):
            continue  # part of a longer word: "Said", "saidé"
        m = VERB_AT.match(text, start)
        if m is not None:
            out.append(m)
    return out


def _whole_runs(runs: bytes, words: Iterable[bytes]) -> Iterator[tuple[int, int]]:
    """Where each of `words` stands in `runs` as a whole run of letters, (start, end)."""
    for word in words:
        at = runs.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or runs[at - 1] == 0x20) and (end == len(runs) or runs[end] == 0x20):
                yield at, end
            at = runs.find(word, end)


# Matched in reverse from the verb (the regex module's (?r)), so one attempt at one position
# decides; possessive quantifiers become greedy ones, as they would not give back in reverse.
SUBJECT_AT_END = _reverse(_who_pattern(reverse=True) + _APPOSITIVE + r"[ ]++" + _ADVERBS + r"$")
# ... and where the window holds " of the ", with a body a named person is of after it ("Jane Moss of the
# Greenfield Residents Group said"): a longer pattern, tried only there
SUBJECT_OF_THE_AT_END = _reverse(_who_pattern(reverse=True, of_the=True) + _APPOSITIVE + r"[ ]++" + _ADVERBS + r"$")
# ... and without the description, where the window holds no word a source opens with (`_may_hold_source`): the
# same matches, at less than half the cost (the description, in reverse, is tried wherever a word ends)
_SUBJECT_AT_END_UNDESCRIBED = _reverse(
    _who_pattern(reverse=True, described=False) + _APPOSITIVE + r"[ ]++" + _ADVERBS + r"$"
)


def _subject_at_end(text: str, lo: int, hi: int) -> regex.Match[str] | None:
    """`SUBJECT_AT_END` matched in `text[lo:hi]`, or `SUBJECT_OF_THE_AT_END` where that holds " of the " (and the
    pattern without the description where no source can stand in the window)."""
    if text.find(" of the ", lo, hi) >= 0:
        pattern = SUBJECT_OF_THE_AT_END
    else:
        pattern = SUBJECT_AT_END if _may_hold_source(text[lo:hi]) else _SUBJECT_AT_END_UNDESCRIBED
    return pattern.match(text, lo, hi)


def _first_runs(text: str) -> tuple[str]:
    """The first run of letters a-z (`ascii_lower_runs`) of each phrase of `text` ("\x00" between them, folded
    already: the cutter calls no other module's code, which its key would leave out), as one text (a space between
    them, in order: what `rx.words` keeps)."""
    return (" ".join(sorted(run.decode("ascii") for run in first_runs(text.split("\x00")))),)


_source_runs: frozenset[bytes] | None = None  # what `_may_hold_source` looks for (read on its first call)


def _may_hold_source(window: str) -> bool:
    """Whether a description (`_description`) may match in `window`: every description holds a source (or the
    "year" of "43-year-old"), a space or the window's start before it, no letter after it; so the first run of
    letters a-z of one of them (folded, as the pattern compares it) stands as a run of its own among the folded
    window's (tests/test_pattern_gates.py). Most windows before a verb hold only names and pronouns."""
    global _source_runs
    if _source_runs is None:  # (cut once per installation, as the lists are put in order: `rx.words`)
        # (the plural sources are sources too: `_PLURAL_SOURCES` is drawn from `_SOURCES`)
        phrases = rx.fold("\x00".join((*_SOURCES, *L.LOWER_CASE_SOURCE_NOUNS, "year")))
        _source_runs = frozenset(rx.words(phrases, _first_runs)[0].encode("ascii").split())
    return not _source_runs.isdisjoint(ascii_lower_runs(rx.fold(window)).split())


class Found:
    """A speaker mention (the match holding `who`/`name`), its cue, and where the attribution ends."""

    __slots__ = ("cue", "end", "match")

    def __init__(self, match: regex.Match[str], cue: str, end: int) -> None:
        self.match = match
        self.cue = cue
        self.end = end


def who_verb(text: str, start: int) -> Found | None:
    """A speaker at `start` and the speaking verb after it: “…,” he said."""
    pattern = WHO_VERB if _may_describe(text[start:].split(None, 1)[:1]) else _WHO_VERB_UNDESCRIBED
    m = pattern.match(text, start)
    return Found(m, m.group("cue"), m.end()) if m else None


def verb_who(text: str, start: int, end: int | None = None) -> Found | None:
    """A speaking verb at `start` and the speaker after it (before `end`): “…,” said Harbor Commissioner
    Ellen Marsh."""
    end = len(text) if end is None else end
    described = _may_describe(text[start:end].split(None, _VERB_WORDS + 1)[1 : _VERB_WORDS + 1])
    m = (VERB_WHO if described else _VERB_WHO_UNDESCRIBED).match(text, start, end)
    if m is not None and _may_go_on_past_role(text, m.end(), end) and not _member_of_body(text, m):
        m = VERB_WHO_PAST_ROLE.match(text, start, end)
    # the name in apposition needs a determiner after the verb: "said the club's chairman, Daniel Levy"
    if m is None or m.group("who") or m.group("name").split()[0].lower() in _APPOSITION_DETERMINERS:
        m = VERB_ROLE_NAME.match(text, start, end) or m
    return Found(m, m.group("cue"), m.end()) if m else None


_OF_OR_FROM = ("of ", "from ")


def _member_of_body(text: str, m: regex.Match[str]) -> bool:
    """The speaker after the verb is a person's name and "of" or "from" a body follows it: "said Katrin Albers of
    the group Clean Harbour Alliance", "said Omar Pike from the charity Harbour Watch" is the person, whatever role
    noun names the body (where "said Amazon spokesperson Kelly Nantel" goes on past the role to the name)."""
    return text.startswith(_OF_OR_FROM, m.end() + 1) and is_name(m.group("name"))


def _may_go_on_past_role(text: str, pos: int, end: int) -> bool:
    """Whether a role noun and a capital may follow a speaker that ends at `pos` (never False where they do):
    lower-case words up to a capital letter, one of them a role noun's. Most speakers are followed by neither, and
    `VERB_WHO`'s match is then the one of `VERB_WHO_PAST_ROLE`, whose long list of role nouns is compiled only then."""
    words = _LOWER_WORDS_THEN_CAPITAL.match(text, pos, end)
    return words is not None and not _ROLE_NOUN_WORDS.isdisjoint(words.group("words").split())


def after_quote(after: str, *, verbs: set[int] | None = None) -> Found | None:
    """The attribution right after a quote's closing mark, or after a clause that finishes it.
    `verbs`: where the speaking verbs of `after` start, when the caller knows already.

    >>> after_quote(", said Harbor Commissioner Ellen Marsh.").cue
    'said'
    >>> after_quote(" in that law, Azzouz said.").match.group("name")
    'Azzouz'
    """
    verbs = verb_starts(after) if verbs is None else verbs
    if not verbs:
        return None  # both patterns end or start with a speaking verb
    start = _LEAD.match(after).end()
    for rule in (who_verb, verb_who):
        found = rule(after, start) if _may_match(rule, start, verbs) else None
        if found and _usable(_who(found.match)):
            return found
    ends = clause_ends(after, start)
    for rule in (who_verb, verb_who):
        for pos in ends:
            found = rule(after, pos) if _may_match(rule, pos, verbs) else None
            if found:  # the first clause that fits decides, as a lazy pattern would
                if _usable(_who(found.match)):
                    return found
                break
    return None


def verb_starts(text: str) -> set[int]:
    """Where the speaking verbs of `text` start (see `find_verbs`)."""
    return {m.start() for m in find_verbs(text)}


def _may_match(rule: Callable[[str, int], Found | None], pos: int, verbs: set[int]) -> bool:
    """Whether `rule` can match at `pos`, from where the verbs are: the verb-first pattern needs
    a verb right there, the subject-first one a verb somewhere after it, past its first character (the subject
    takes one at least: a verb at `pos` alone, "said Dan Lee, a consultant, ...", leaves it none). (A cheap test
    that spares the costly patterns most of the places where they would fail.)"""
    return pos in verbs if rule is verb_who else pos < max(verbs)


def according_to(text: str, *, at_start: bool = False) -> Found | None:
    """The source after "according to": “…,” according to Senator Ruth Alder."""
    if "according" not in rx.fold(text):  # (most texts have none: a scan in C spares them the pattern's)
        return None
    for m in _ACCORDING_TO.finditer(text):
        if at_start and m.start() > 0:
            break
        # the verb patterns are case-sensitive: read "According to" as "according to"
        found = verb_who(text[: m.start()] + "a" + text[m.start() + 1 :], m.start())
        if found:
            return found
    return None


# Between a speaking verb and the quote it introduces: a short setting, "that", a colon or comma.
_SETTING = rx.compile(r"[ ]++[^“”\"‘:.,]{1,70}", FLAGS)
_PRONOUN_START = rx.compile(r"^" + _PRONOUN + r"(?![\p{L}])", FLAGS)
_THAT_END = rx.compile(r"[ ]++that[ ]*+[:,]?[ ]*+$", FLAGS)
_MARK_END = rx.compile(r"[ ]*+[:,]?[ ]*+$", FLAGS)


def mark_end(text: str, pos: int) -> int:
    """Where `_MARK_END.search(text, pos)` matches (it always does): the spaces, the one colon or comma and the
    spaces ending the text, found from its end with `str.rstrip` (the pattern, which also matches the empty end,
    was tried at every place from `pos`, some 50,000 instructions a quote), at `pos` at the earliest."""
    if "\n" in text:
        return int(_MARK_END.search(text, pos).start())  # ("$" also matches before a last newline: the pattern's)
    start = len(text.rstrip(" "))
    if start and text[start - 1] in ":,":
        start = len(text[: start - 1].rstrip(" "))
    return max(start, pos)


def before_quote(before: str) -> Found | None:
    """The speaker and cue right before a quote's opening mark, the verb nearest the quote first.

    Halvorsen added: “…” / Okafor said, “…” / he told the radio interviewer: “…”
    A verb followed by a setting ("issued a statement warning that") is preferred to one
    right before the mark, whose subject is often part of the setting.
    """
    # the setting is at most 70 characters: a verb further from the mark cannot introduce the quote
    verbs = find_verbs(before, max(0, len(before) - 100))[::-1]
    tail = max(0, len(before) - 30)  # both patterns are end-anchored: look only at the end
    that = _THAT_END.search(before, tail)
    ends = [that.start(), mark_end(before, tail)] if that else [mark_end(before, tail)]
    for end in dict.fromkeys(ends):
        with_setting = [v for v in verbs if v.end() < end and _SETTING.fullmatch(before, v.end(), end)]
        for verb in with_setting + [v for v in verbs if v.end() == end]:
            m = _subject_before(before, verb)
            if m and m.re is not _DESCRIBED_WHO and any(m.start() < v.start() < m.end() for v in verbs):
                continue  # "X said the clinic had added a session": a verb inside what an earlier one reports
            if m and _participle_object(before, m, verb):
                # "Emery posted to Twitter asking if ...": the subject is the earlier verb's
                earlier = [v for v in verbs if v.end() <= m.start()]
                subject = _subject_before(before, earlier[0]) if earlier else None
                if subject:
                    return Found(subject, earlier[0].group("cue"), earlier[0].end())
                subject = _subject_of_sentence(before, m, verb)
                if subject:
                    return Found(subject, verb.group("cue"), verb.end())
            # when the reporter spoke is read past only where another clause comes between the verb and the quote
            # ("said on Thursday that the district had asked ... and that a reply was due “…”"); where the verb
            # speaks the quote ("... that the driver had told officers “…”"), its subject does
            spoke_when = " that " in before[verb.end() : end]
            outer = _reporter(before, m, spoke_when=spoke_when) if m and m.group("who") else None
            if outer is not None:  # "Police said officers had asked ... after “…”": the police speak
                return outer
            if m:
                return Found(m, verb.group("cue"), verb.end())
    return None


_THAT_BEFORE = rx.compile(r"[ ]++(?:that[ ]++)?$", FLAGS)
# when a source spoke, between it and its verb: "Ana Cruz on Friday said", "the ministry yesterday said" (its last
# word, and the word before that one needs)
_WHEN_WORDS: dict[str, tuple[str, ...]] = {
    **{d: ("on",) for d in L.WEEKDAYS if len(d) > 4},
    **{w: () for w in ("yesterday", "today", "earlier")},
    **{w: ("last",) for w in ("week", "night", "month")},
    **{w: ("this",) for w in ("morning", "afternoon", "evening")},
}
_WHEN_ENDS = frozenset(w[-3:] for w in _WHEN_WORDS)  # their last three letters, tested first


def _when_before(text: str, end: int) -> int:
    """Where the words of when a source spoke that end right before `end` (a verb) start, else -1."""
    words = text[max(0, end - 24) : end].split(" ")
    if len(words) < 3 or words[-1] != "":
        return -1
    last = words[-2].lower()
    lead = _WHEN_WORDS.get(last)
    if lead is None:
        return -1
    if not lead:
        return end - len(last) - 1
    if words[-3].lower() not in lead or len(words) < 4:
        return -1
    return end - len(last) - len(words[-3]) - 2


# when the reporting verb spoke, between it and what it reports: "said on Thursday that", "told reporters
# yesterday that", "said last week that"
_WHEN = rx.compile(
    r"(?:[ ]++(?:reporters|journalists))?[ ]++(?:on|at|in|last|this|yesterday|today|earlier|later)\b"
    r"[^“”\"‘:.,;]{0,24}+",
    FLAGS,
)


def _reporter(text: str, subject: regex.Match[str], *, spoke_when: bool = False) -> Found | None:
    """The one who reports a clause whose subject is an unnamed source: "Avon Valley Police said officers had
    asked the group to move ... after “repeated warnings”" (the police), found by a speaking verb right before
    that subject, or before when it spoke ("said on Monday that the council had agreed ..."); None when there
    is none. When it spoke ("on Thursday") is read past only with `spoke_when`."""
    gap = _THAT_BEFORE.search(text, max(0, subject.start() - 8), subject.start())
    if gap is None or _PRONOUN_START.match(subject.group("who")):
        return None
    verbs = find_verbs(text, max(0, gap.start() - 60), gap.start())
    if not verbs or (
        verbs[-1].end() != gap.start() and not (spoke_when and _WHEN.fullmatch(text, verbs[-1].end(), gap.start()))
    ):
        return None
    outer = _subject_before(text, verbs[-1])
    return Found(outer, verbs[-1].group("cue"), verbs[-1].end()) if outer is not None else None


# An unnamed source with a relative clause of its own, no commas around it: an indefinite article and lower-case words
# (a description, no name), then "who" (a person): "A rice farmer who cultivates 60 acres near the sluice said", "An
# 81-year-old widow who lost her savings told", "a retired teacher who said she had held shares asked": the verb after
# the clause is the described person's, not the nearest noun's ("the sluice said"). The clause stops at a comma, a
# quotation mark or a sentence's end.
_DESCRIBED_WHO = rx.compile(
    r"(?:^|\G|(?<=,[ ]))(?P<who>(?-i:[Aa]n?|[Oo]ne)[ ]++(?-i:[\p{Ll}\p{N}][\p{L}\p{N}'’\-]*+)"
    r"(?:[ ]++(?-i:\p{Ll}[\p{L}'’\-]*+)){0,4})(?:(?P<name>(?!)))?"
    r"[ ]++who[ ]++(?:[^,;:“”\"()!?]|\.(?![ ]))*?[ ]*+$",
    FLAGS,
)


# An organisation's or a title's acronym in brackets after it, before the verb: "the Ghana Meteorological Agency
# (GMet) said" (the subject ends before the bracket; the space before it stays, as the subject's patterns need one)
_ACRONYM_IN_BRACKETS = rx.compile(r"(?<=[ ])\((?-i:\p{Lu}[\p{Lu}\p{Ll}&]{1,9})\)[ ]++$")


_INDEFINITE_WORD = rx.compile_std(r"(?:^|[ ])(?:[Aa]n?|[Oo]ne) ")


def _described_who(text: str, end: int, who: int) -> regex.Match[str] | None:
    """`_DESCRIBED_WHO` in the sentence before a verb at `end`, looked for only where " who " stands before it (at
    `who`) and an indefinite article before that."""
    if not _INDEFINITE_WORD.search(text, max(0, who - 60), who):
        return None
    start = sentence_start(text, end)
    return _DESCRIBED_WHO.search(text, start, end) if start < who else None


def _subject_before(text: str, verb: regex.Match[str]) -> regex.Match[str] | None:
    """The speaker right before a speaking verb, matched backwards from it (a bounded window); for a
    verb coordinated with an earlier one, that verb's subject."""
    end = verb.start()
    who = text.rfind(" who ", max(0, end - 150), end)  # (most verbs have none before them)
    described = _described_who(text, end, who) if who >= 0 else None
    if described is not None:
        return described
    if text[end - 2 : end] == ") ":  # "the Drainage and Irrigation Board (DIB) said": the name before its acronym
        bracket = _ACRONYM_IN_BRACKETS.search(text, max(0, end - 14), end)
        end = bracket.start() if bracket is not None else end
    found = _subject_at_end(text, max(0, end - 280), end)
    if found is None and text[verb.start() - 4 : verb.start() - 1] in _WHEN_ENDS:
        # when it spoke, between the subject and the verb: "Governor Ana Cruz on Friday said", "Shettima
        # yesterday told" (the copy of the Philippines, Nigeria, India ...)
        when = _when_before(text, verb.start())
        if when > 0:
            found = _subject_at_end(text, max(0, when - 280), when)
    # (the titled names need an "of" or a "for" before the verb, and a title of a place a comma after it: plain
    # tests first, as most verbs are said by the subject `SUBJECT_AT_END` finds or by none)
    window = text[max(0, verb.start() - 120) : verb.start()]
    titled = found is None and _may_end_in_name(window)
    if titled and (" of " in window.lower() or " for " in window.lower()):
        found = _FIELD_TITLED_NAME.match(text, max(0, verb.start() - 120), verb.start())
    if titled and found is None and " of " in window and ", " in window:
        found = _PLACE_TITLED_NAME.match(text, max(0, verb.start() - 120), verb.start())
    if found is None and verb.group("cue").endswith("ing"):
        # "I was telling myself", "she is saying": the subject before a form of "be" ("they were told"
        # is said to them, and no -ing form)
        be = _BE_BEFORE.search(text, max(0, verb.start() - 12), verb.start())
        if be is not None:
            found = _subject_at_end(text, max(0, be.start() - 280), be.start())
    relative = _relative_before(text, verb)
    if found is None and relative:
        found = _relative_subject(text, verb)
    if found is not None and verb.group("cue").endswith("ing") and _is_document(found.group("who")):
        # "The union … wrote to the board last week stating that …": the one who sent it speaks
        return _coordinated_subject(text, found.start()) or found
    if found is not None and found.group("who") and found.group("who").split()[0].lower() not in _NOT_APPOSED:
        # "Pavel Ruiz, a spokesman for Project Lantern, said": the description is in apposition to a name (not
        # "Hollinsford College, whose lecturer, Name, said": the college's lecturer speaks)
        named = _name_before_comma(text, max(0, found.start() - 80), found.start())
        if (
            named is not None
            and _usable(named.group("name"))
            and not _opens_sentence(named.group("name"))
            and not _participle(named.group("name"))  # "Responding, the First Minister, Name, said"
            # (not a name a preposition governs: "In an interview with the Harbour Times, the mayor said")
            and _GOVERNED.search(text, max(0, named.start() - 12), named.start()) is None
        ):
            return named
    if found is None and (
        _AND_BEFORE.search(text, max(0, verb.start() - 30), verb.start())
        or (verb.group("cue").endswith("ing") and _WHEN_BEFORE.search(text, max(0, verb.start() - 12), verb.start()))
        or (
            verb.group("cue").endswith("ing")
            and _COMMA_BEFORE.search(text, max(0, verb.start() - 4), verb.start())
            and not find_verbs(text, sentence_start(text, verb.start()), verb.start())  # "told ABC, adding": told
        )
    ):
        found = _coordinated_subject(text, verb.start())
    if found is not None and found.start() > 0 and text[found.start() - 1] == " " and not relative:
        return _head_of_appositions(text, found) or found
    return found


def _relative_before(text: str, verb: regex.Match[str]) -> bool:
    """The verb is a relative clause's ("a meeting with Dan Cole, who said"): its subject is the name before
    "who", never the head of the sentence."""
    return " who " in text[max(0, verb.start() - 40) : verb.start()]


# What a body in apposition is the object of: "director of the", "a charity run by", "who chairs the"
_OBJECT_LEAD = rx.compile(
    r"(?<![\p{L}])(?:"
    + alternation((*L.GOVERNING_PREPOSITIONS, "chairs", "runs", "leads", "heads", "founded", "owns"))
    + r")[ ]++(?:the[ ]++)?$",
    FLAGS,
)
# A preposition, "the" after it or not, right before a name; and one that marks no source ("Reaction from Tom Bell:
# “…”" is his, "On the injury to Tom Okafor: “…”" is not)
_GOVERNED = rx.compile(r"(?<![\p{L}])(?:" + alternation(L.GOVERNING_PREPOSITIONS) + r")[ ]++(?:the[ ]++)?$", FLAGS)
_GOVERNED_NO_SOURCE = rx.compile(
    r"(?<![\p{L}])(?:"
    + alternation(p for p in L.GOVERNING_PREPOSITIONS if p not in L.SOURCE_PREPOSITIONS)
    + r")[ ]++(?:the[ ]++)?$",
    FLAGS,
)
# A name opening its sentence, a comma after it: the head of the appositions that follow
_APPOSITIONS_HEAD = rx.compile(r"(?:(?P<who>(?!))|(?P<name>" + _NAME + r")),[ ]++", FLAGS)


def _head_of_appositions(text: str, found: regex.Match[str]) -> regex.Match[str] | None:
    """The name opening the sentence, when the subject found before the verb is the object of a role in apposition
    to it: "Mari Lund, director of the Kestrel Travel Network, a group of travellers, said" (Mari Lund, not the
    network or the group); else None."""
    if _OBJECT_LEAD.search(text, max(0, found.start() - 12), found.start()) is None:
        return None
    head = _APPOSITIONS_HEAD.match(text, sentence_start(text, found.start()), found.start())
    return head if head is not None and _usable(head.group("name")) else None


# Words opening a subject that stands in apposition to no name before it: a pronoun, or "whose" ("Hollinsford
# College, whose lecturer, Name, said")
_NOT_APPOSED = frozenset((*L.SUBJECT_PRONOUNS, *L.UNNAMED_PRONOUNS, "whose"))
# "... by designer Rita Chow, who said in a post that": a relative clause's verb, its subject the name before it
_WHO_BEFORE = rx.compile(r",[ ]++who[ ]++" + _ADVERBS + r"$", FLAGS)


def _relative_subject(text: str, verb: regex.Match[str]) -> regex.Match[str] | None:
    """The name a relative clause's "who" stands for, right before its comma: "thanked Ivo Marsh, who said"."""
    rel = _WHO_BEFORE.search(text, max(0, verb.start() - 40), verb.start())
    if rel is None:
        return None
    named = _NAME_BEFORE_COMMA.match(text, max(0, rel.start() - 80), rel.start() + 1)
    return named if named is not None and _usable(named.group("name")) else None


def _a_post(words: list[str]) -> bool:
    """A post of two or three lower-case words after "the" ("the returning officer", "the deputy head teacher"),
    which the article may have given a holder in apposition ("the council's deputy returning officer, Name,").

    >>> _a_post(["the", "returning", "officer"]), _a_post(["the", "Welsh", "minister"])
    (True, False)
    """
    return 3 <= len(words) <= 4 and all(w.islower() for w in words[1:])


def _owned(m: str, words: list[str]) -> bool:
    """A description by its owner and one noun: "Tolley's barrister", "the skipper's lawyer"."""
    if len(words) == 2:
        return _OWNER_DESCRIPTION.match(m) is not None
    return len(words) == 3 and words[0].lower() == "the" and words[1].endswith(("'s", "’s"))


def _is_document(who: str | None) -> bool:
    """A description of a document: "a letter to management", "the group's statement"."""
    words = who.lower().split()[1:3] if who else []
    return any(w in _DOCUMENTS for w in words)


_BE_BEFORE = rx.compile(r"(?<![\p{L}])(?:was|were|is|are|am)[ ]++$", FLAGS)
_NAME_BEFORE_COMMA = _reverse(r"(?<![\p{L}\p{N}'’])(?:(?P<who>(?!))|(?P<name>" + _NAME + r")),[ ]*+$")


def _name_before_comma(text: str, start: int, end: int) -> regex.Match[str] | None:
    """`_NAME_BEFORE_COMMA.match(text, start, end)`, tried only where the text before `end` ends with a comma and
    spaces (and a line break, which `$` may stand before)."""
    before = text[start:end]
    before = before[:-1] if before.endswith("\n") else before
    return _NAME_BEFORE_COMMA.match(text, start, end) if before.rstrip(" ").endswith(",") else None


# "Reyes touched upon the idea and noted": the verb after "and" shares the sentence's subject, and so does
_AND_BEFORE = rx.compile(r"[ ](?:and|but)[ ]++" + _ADVERBS + r"$", FLAGS)  # "welcomed the jobs but said"
# "Boudreau gave his players a pep talk, telling them": a participle after a comma, the same subject
_COMMA_BEFORE = rx.compile(r",[ ]++$")
# "refused to apologise after telling a conference that ...": the sentence's subject told it
_WHEN_BEFORE = rx.compile(r"(?<![\p{L}])(?:after|before|while|when|since|by)[ ]++$", FLAGS)


# (the words an apposition after a clause's subject opens with: "Ana Ruiz, who ...", "..., a teacher,", "..., one
# of the two no votes,", "..., his voice breaking,", "..., herself a mother of three,", "..., now 72,", or an age alone)
_CLAUSE_APPOSITIVE_OPENERS = (
    r"(?-i:"
    + "|".join((*L.STORY_POSSESSIVES, "who", "whose", "a", "an", "the", "one", "another", "both"))
    + r"|himself|herself|themselves|now|aged|then)"
)


# "Ortiz, who flew in on Monday, had an answer": a name, a clause of its own set off by commas, a verb
# (a description's name in apposition is who it is: "Her son, Tom Lee, was more blunt: “…”" is Tom Lee)
_WEEKDAYS_TITLED = "|".join(d.title() for d in L.WEEKDAYS_IN_FULL)


def _clause_subject(description: str) -> regex.Pattern[str]:
    """The subject of a clause, a speaker: `description` (the description's pattern or `_NO_DESCRIPTION`), a
    pronoun or a name."""
    return rx.compile(
        # (a name may follow its role in lower case: "Local councillor Bev Amadi welcomed ... but said")
        r"(?:(?P<who>" + description + "|" + _PRONOUN + r")"
        r"|(?:(?P<role>(?-i:\p{Lu}\p{Ll}++)(?:[ ]++(?-i:\p{Ll}++)){1,2})[ ]++)?(?P<name>" + _NAME + r")(?<!['’]s)"
        # (a body's name goes on past "of": "The Tarawhiti Chamber of Commerce welcomed the result, saying")
        r"(?P<of>[ ]++of[ ]++(?-i:\p{Lu}[\p{L}'’\-]*+(?:[ ]++\p{Lu}[\p{L}'’\-]*+){0,2}))?"
        r")(?:,[ ]++(?P<app>"
        + _CLAUSE_APPOSITIVE_OPENERS
        + r"[ ]++[^,]{1,100}?|(?-i:\p{Lu})[^,]{1,60}?|\d{1,3}),[”’\"]?)?"
        # (a preposition is no verb: "A spokeswoman for the firm, which ..., said" is not the subject of a clause)
        # (when it was said may stand between: "Justice Ann Obi on Wednesday found")
        r"(?=[ ]++(?:on[ ]++(?-i:"
        + _WEEKDAYS_TITLED
        + r")[ ]++)?"
        + _ADVERBS
        + r"(?!(?:for|of|at|in|on|from|with|by|to)[ ])(?-i:\p{Ll}))",
        FLAGS,
    )


_CLAUSE_SUBJECT = _clause_subject(_description(reverse=False))
_CLAUSE_SUBJECT_UNDESCRIBED = _clause_subject(_NO_DESCRIPTION)  # (where `_may_describe` finds none can open)
_OPENING_CLAUSE = rx.compile(r"[^,“”\"]{1,80}?,[ ]++", FLAGS)


_OPENING_PARTICIPLES = frozenset(L.OPENING_PARTICIPLES)


def _participle(name: str) -> bool:
    """A participle opening a sentence before a comma, no name: "Responding", "Replying" (not "Manning")."""
    return name.lower() in _OPENING_PARTICIPLES


def _opens_sentence(name: str) -> bool:
    """A capitalised word that opens sentences, not a name: "The", "When", "Meanwhile"."""
    return name.split()[0].lower() in _OPENING_WORDS


def _coordinated_subject(text: str, end: int) -> regex.Match[str] | None:
    """The subject opening the sentence that ends at `end`, after an opening phrase and comma if any
    ("In his post, Tom Reyes ..."): a name or a pronoun followed by a lower-case word."""
    start = sentence_start(text, end)
    for at in (start, *(m.end() for m in (_OPENING_CLAUSE.match(text, start, end),) if m)):
        described = _may_describe(text[at:end].split(None, 1)[:1])
        m = (_CLAUSE_SUBJECT if described else _CLAUSE_SUBJECT_UNDESCRIBED).match(text, at, end)
        if m is None or (m.group("role") and _opens_sentence(m.group("role"))):  # "In his initial Instagram post"
            continue
        if _usable(_who(m)) and not (m.group("name") and _opens_sentence(m.group("name")) and not _body_of(m)):
            return m
    return None


def colon_frame_subject(text: str) -> str | None:
    """Who a paragraph ending in a colon introduces, its last sentence's subject ("Harbourmaster Ivo Marsh was more
    cautious:", "Lindqvist är mer försiktig:"): the speaker of the quote the next paragraph opens with."""
    end = len(text.rstrip()) - 1
    if end < 0 or text[end] != ":":
        return None
    m = _coordinated_subject(text, end)
    return _speaker_text(_who(m)) if m is not None else None


def _body_of(m: regex.Match[str]) -> bool:
    """A body's name with its article, going on past "of" after its head noun ("The Tarawhiti Chamber of Commerce",
    "The Westbury Society of Artists"): the article opens the sentence, the body is its subject."""
    of, name = m.group("of"), m.group("name")
    return bool(of) and name.rpartition(" ")[2].lower() in ORG_WORDS


def _participle_object(text: str, subject: regex.Match[str], verb: regex.Match[str]) -> bool:
    """An "-ing" cue right after a name is no clause of its own: the name is what the sentence's
    verb acted on ("posted to Twitter asking", "told reporters, adding")."""
    return (
        verb.group("cue").endswith("ing")
        and not subject.group("who")
        and _SENTENCE_VERB_BEFORE.search(text, max(0, subject.start() - 80), subject.start()) is not None
    )


def _subject_of_sentence(text: str, subject: regex.Match[str], verb: regex.Match[str]) -> regex.Match[str] | None:
    """The subject opening the sentence, where an "-ing" cue's subject found before it is the object of a verb
    that reports no speech ("Justice Ann Obi on Wednesday found Moyo guilty of fraud, saying": the judge, not
    Moyo); None where it is not, or where a verb of speech stands before the object (`before_quote` reads it)."""
    if not _participle_object(text, subject, verb) or find_verbs(
        text, sentence_start(text, subject.start()), subject.start()
    ):
        return None
    return _coordinated_subject(text, subject.start())


# a lower-case word and a preposition or a comma right before a name: "posted to", "told", "wrote on"
_SENTENCE_VERB_BEFORE = rx.compile(r"(?-i:\p{Ll}++)(?:[ ]++(?:to|on|in|at|with|via))?[ ]++$", FLAGS)


_ACCORDING_TO = rx.compile(r"(?<![\p{L}])according[ ]++to[ ]", FLAGS)
# the subject form of a pronoun after "according to" ("him" -> "he"), as the speaker's mention is resolved
_SUBJECT_FORM = {
    forms[1]: forms[0] for forms in (L.PRONOUNS_MALE, L.PRONOUNS_FEMALE, L.PRONOUNS_PLURAL)
}  # (each table: subject, object, possessive)
_ACCORDING_TO_PRONOUN = rx.compile(
    r"(?<![\p{L}])according[ ]++to[ ]++(?P<pronoun>" + alternation(tuple(_SUBJECT_FORM)) + r")[ ]*+,?[ ]*+$", FLAGS
)
# In Dr. Shadlen's words, “…” / in the words of Jane Doe: “…”
IN_WORDS = _reverse(
    r"(?P<cue>in[ ]++(?:(?P<name>" + _NAME + r")(?<=['’]s|['’])[ ]++words|the[ ]++words[ ]++of[ ]++"
    r"(?P<who>" + _NAME + r")))[ ]*+[,:]?[ ]*+$"
)
# A full stop after a title ("Gov. Janet Mills") or an initial ("John M. Ford") ends no sentence.
_SENTENCE_END = rx.compile(
    r"(?:(?<!(?<![\p{L}])(?:" + NAME_ABBREVIATIONS + r"|\p{Lu}))\.|[!?])[\"”’)]*+[ ]++(?=[\"“‘(]?(?-i:\p{Lu}))"
)
_LISTENERS = frozenset(L.LISTENER_VERBS)
_PRONOUNS = frozenset((*L.SUBJECT_PRONOUNS, *L.UNNAMED_PRONOUNS))
_FEMALE_PRONOUNS = frozenset(L.PRONOUNS_FEMALE)
_MALE_PRONOUNS = frozenset(L.PRONOUNS_MALE)
_FOREIGN_PRONOUNS = L.FOREIGN_PRONOUNS
# The articles a mention may open with ("the mayor", "a source"), read as plain text: the pattern's matching cost a
# few thousand instructions a call (more than the test), and a page's mentions are resolved one by one
_ARTICLE_WORDS = frozenset(("a", "an", "the", "one", "another"))


def _opens_with_article(text: str) -> bool:
    """`^(?:a|an|the|one|another)[ ]++` (case ignored) matches `text`: its first word, before a space, is one of them
    (no letter beyond ASCII lower-cases to one: the test is the pattern's)."""
    head, space, _ = text.partition(" ")
    return bool(space) and head.lower() in _ARTICLE_WORDS


def _without_article(text: str) -> str:
    """`text` without the article it opens with and the spaces after it (`_opens_with_article`), else `text`."""
    head, space, rest = text.partition(" ")
    return rest.lstrip(" ") if space and head.lower() in _ARTICLE_WORDS else text


_ACRONYM = rx.compile(r"^(?-i:\p{Lu}{2,6})$")
# A description opened by its owner's name: "China's ambassador to Britain", "Apple's chief designer"
_OWNER_DESCRIPTION = rx.compile(r"^(?-i:\p{Lu})[\p{L}.\-]*+['’]s?+[ ]++(?-i:\p{Ll})")
# ... and by a person's full name: "Callum Rowe’s mother", "Ann Lee's lawyer" (one noun after the name)
_NAME_OWNER_DESCRIPTION = rx.compile(
    r"^(?-i:\p{Lu})[\p{L}.\-]*+(?:[ ](?-i:\p{Lu})[\p{L}.\-]*+){1,2}['’]s[ ]++(?P<noun>(?-i:\p{Ll})[\p{Ll}\-]++)$"
)
# "a spokesperson for the British Foreign Office", "a 2019 study by the Centre for Policy Research":
# the organisation speaks (or its author)
_SPOKESPERSON_FOR = rx.compile(
    r"^(?:(?:a|an|the)[ ]++)?(?:[\p{L}\p{N}\-]++[ ]++){0,3}?(?:\L<spokes>)[ ]++(?:for|of|at|from|by)[ ]++"
    # (or in lower case, by its kind: "a spokesman for the agriculture office", "the city's housing department")
    r"(?:(?:the[ ]++)?(?P<org>(?-i:\p{Lu})[^,]*+)"
    r"|(?P<kind>the[ ]++(?:(?-i:\p{Ll})[\p{Ll}\-]*+[ ]++){0,3}(?:\L<orgs>)))$",
    FLAGS,
    spokes=_kept_phrase_list(L.SPOKESPERSON_NOUNS, L.STATEMENT_NOUNS),
    orgs=_kept_phrase_list(L.ORG_WORDS),
)

# ... or for a body named in lower case by a word no organisation's name ends in: "a spokesman for the family",
# "a spokeswoman for the trust"; or with that body's kind before the noun: "a police spokesman", "a district
# spokeswoman" (the organisation of that kind the article names, else the kind itself)
_SPOKESPERSON_FOR_KIND = rx.compile(
    r"^(?:(?:a|an|the)[ ]++)?(?:(?P<before>(?-i:\p{Ll})[\p{Ll}\-]*+)[ ]++)?(?P<spokes>\L<spokes>)"
    r"(?:[ ]++(?:for|of|at|from)[ ]++the[ ]++"
    r"(?P<kind>(?:(?-i:\p{Ll})[\p{Ll}\-]*+[ ]++){0,2}(?-i:\p{Ll})[\p{Ll}\-]*+))?$",
    FLAGS,
    spokes=_kept_phrase_list(L.SPOKESPERSON_NOUNS),
)

# ... or with the body's name or acronym before the noun: "a BSA spokesperson", "an Acme Foods spokeswoman" (the
# body the article names, by that name or those initials)
_NAMED_BEFORE_SPOKES = rx.compile(
    # (an article with a capital is none of its words: "A spokesperson" names no body "A")
    r"^(?:(?:a|an|the)[ ]++)?(?!(?-i:A|An|The)[ ])"
    r"(?P<org>(?-i:\p{Lu})[\p{L}\p{N}&'’.\-]*+(?:[ ]++(?-i:\p{Lu})[\p{L}\p{N}&'’.\-]*+){0,4})"
    r"[ ]++(?:\L<spokes>)$",
    FLAGS,
    spokes=_kept_phrase_list(L.SPOKESPERSON_NOUNS),
)

# The first word of each of their nouns (each stands as a word of its own in a text either pattern matches)
_SPOKES_FIRST_WORDS = frozenset(w.split()[0] for w in (*L.SPOKESPERSON_NOUNS, *L.STATEMENT_NOUNS))


class Attribution(Record):
    mention: str  # as written near the quote ("he", "Halvorsen")
    cue: str  # the speaking verb as written ("said", "according to", ":")


def _who(m: regex.Match[str]) -> str:
    """The speaker a match names; a description with a name in apposition gives the name
    ("The club chairman, Daniel Levy, said" -> "Daniel Levy")."""
    groups = m.groupdict()  # built once: a pattern's groups are read three times
    who = m.group("who") or m.group("name")
    role = groups.get("role")
    if role and particle_surname(f"{role} {who}"):
        return f"{role} {who}"  # "De la Fuente respondió": a surname's particles, not a role before "Fuente"
    if groups.get("name") and " " in who and who.split(" ", 1)[0].lower() in _NOT_SPEAKER and not particle_surname(who):
        who = who.split(" ", 1)[1]  # "But Vaughan cautioned": the conjunction opens the sentence, not the name
    of = groups.get("of")
    app = groups.get("app")
    if of and app and m.group("name") and _all_title_words(who) and _NAME_ONLY.fullmatch(app.strip()):
        # "Mayor of Bellfield, Councillor Winston Carrington-Blake, said": a role of a place or body opens the
        # sentence, the person holding it, in apposition, speaks
        return str(app).strip()
    if of and m.group("name") and who.split()[-1].lower() in ORG_WORDS | TITLE_WORDS:
        # "the Bank of England said": the name goes on past "of"; "Secretary of State Mike Pompeo said":
        # the title does, and the name follows it
        return f"{who}{of}"
    if app and groups.get("name") and _titled_person(app):
        # "The Head, Public Affairs, KTN, Mrs Halima Okafor, said": a body or a role, then the person with a
        # courtesy title in apposition, who speaks
        return str(app).strip()
    if app and m.group("who"):
        app = _AGE_BEFORE_NAME.sub("", app.strip())  # "One of the volunteers, 16-year-old Jade Okoro, said"
    if m.group("who") and app and _NAME_ONLY.fullmatch(app.strip()) and app.strip()[:1].isupper():
        return str(app).strip()
    if m.group("who") and app and (" of " in app or " from " in app):
        home = _without_home(app)  # "Their attorney, Brent Oakes of Eugene, called": the name, past its town
        if home is not None and _NAME_ONLY.fullmatch(home):
            return home
    named = _named_after_role(app) if m.group("who") and app else None
    if named is None and app and m.group("who") and _is_document(who):
        # "In a statement read out in court, one of the victims, an 81-year-old widow, wrote": the statement is what
        # the verb's subject, the last of the appositions, wrote
        # (a person's description or name, not what the statement is: "The statement, issued on Friday, said")
        last = app.rsplit(",", 1)[-1].strip()
        named = last if _NAME_ONLY.fullmatch(last) or _a_person_described(last) else None
        signed = _signer(last) if named is None and " by " in last else None
        if signed is not None and _NAME_ONLY.fullmatch(signed):
            named = signed  # "The letter, signed by chief executive Ann Lee, said": its signer
    return named or str(who)


_COURTESY_OR_HONORIFIC = COURTESY_TITLES | HONORIFICS
_SIGNING_VERBS = frozenset(("signed", "co-signed", "written", "penned", "authored"))


def _signer(app: str) -> str | None:
    """Who put their name to a document, printed in apposition to it: "signed by chief executive Ann Lee", "written
    by the club's secretary Ann Lee" (its post's lower-case words, after a determiner and an owner, passed).

    >>> _signer("signed by chief executive Ann Lee"), _signer("issued on Friday")
    ('Ann Lee', None)
    """
    words = app.split()
    if len(words) < 3 or words[0] not in _SIGNING_VERBS or words[1] != "by":
        return None
    rest = words[2:]
    if rest[0] in L.ARTICLES_AND_POSSESSIVES:
        rest = rest[1:]
    if rest and rest[0].endswith(("'s", "’s")):
        rest = rest[1:]
    posts = 0
    while rest and rest[0].islower() and posts < 4:
        rest, posts = rest[1:], posts + 1
    return " ".join(rest) if rest and rest[0][:1].isupper() else None


def _without_home(app: str) -> str | None:
    """An apposition's name without the town or body it is printed with ("Brent Oakes of Eugene": "Brent Oakes"),
    when the name is two or three capitalised words and no organisation's ("University of Leeds" is none); else None.

    >>> _without_home("Brent Oakes of Eugene"), _without_home("University of Oregon")
    ('Brent Oakes', None)
    """
    name, link, home = app.strip().rpartition(" of ")
    if not link:
        name, link, home = app.strip().rpartition(" from ")
    words, places = name.split(), home.removeprefix("the ").split()
    if not 2 <= len(words) <= 3 or not 1 <= len(places) <= 3 or not all(w[:1].isupper() for w in places):
        return None
    return name if all(w[:1].isupper() and w.lower() not in ORG_WORDS for w in words) else None


def _a_person_described(text: str) -> bool:
    """A determiner and a person's noun or an age: "an 81-year-old widow", "one of the victims" (not "the first in
    ten years", "issued on Friday")."""
    words = [w.lower().strip("'’") for w in text.split()]
    return (
        bool(words)
        and words[0] in _DETERMINER_SET
        and any(w in _PERSONS_ROLE_NOUNS or w.rstrip("s") in _PERSONS_ROLE_NOUNS or "-year-old" in w for w in words)
        and _DOCUMENTS.isdisjoint(words)
    )


def _titled_person(app: str) -> bool:
    """An apposition that is a name after a courtesy title or an honorific ("Mrs Halima Okafor", "Dr. Ivo Marsh")."""
    words = app.split()
    return (
        len(words) >= 2
        and words[0].rstrip(".").lower() in _COURTESY_OR_HONORIFIC
        and _NAME_ONLY.fullmatch(app.strip()) is not None
    )


def _named_after_role(app: str) -> str | None:
    """The name closing an apposition of a role and a name: "In a statement read to the court, his widow,
    Margaret Pryor, described" (the widow speaks, not the court her statement was read to)."""
    parts = [p.strip() for p in app.split(",")]
    if len(parts) < 2 or not parts[-2] or parts[-2].split()[0].lower() not in _APPOSITION_DETERMINERS:
        return None
    return parts[-1] if parts[-1][:1].isupper() and _NAME_ONLY.fullmatch(parts[-1]) else None


def _clean_cue(cue: str) -> str:
    return " ".join(cue.split())


_ORG_NAME_LINKS = NAME_SMALL_WORDS


def _proper_org_name(name: str) -> bool:
    """An organisation's capitalised name whose head noun stands before its "for"/"of" part ("Korean Council for
    University Education", "Federation of Korean Industries"): each word capitalised or a linking word, one an
    organisation's noun. Its last word ("Education") may also be a person's title; the name is no description."""
    words = name.split()
    if len(words) < 3 or not any(w in _ORG_NAME_LINKS for w in words):
        return False
    if not all(w[:1].isupper() or w in _ORG_NAME_LINKS for w in words):
        return False
    return any(w.lower() in ORG_WORDS for w in words[:-1])


def _usable(mention: str) -> bool:
    """Reject captures that are not speakers: sentence openers, dates, stray capitals."""
    words = [w.lower().strip(",.") for w in mention.split()]
    if not words or (words[0] in _NOT_SPEAKER and not _ACRONYM.match(mention)):
        return False  # "who said" is nobody yet, "says WHO" an organisation
    # a date inside a description is its setting ("a March 2019 study"); in a name it is no name, but
    # for a given name that is also a month or its abbreviation ("Mar Hicks", "April Ryan")
    return mention[:1].islower() or not (
        any(w in _CALENDAR for w in words[1:])
        or (words[0] in _CALENDAR and (len(words) == 1 or (len(words[0]) > 3 and words[0] not in L.ANY_GIVEN_NAMES)))
    )


_CALENDAR = frozenset(
    (
        *L.NAME_STOPWORDS[L.NAME_STOPWORDS.index("monday") : L.NAME_STOPWORDS.index("dec") + 1],
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "week",
        "year",
        "month",
    )
)


_NOT_SPEAKER = frozenset(
    (
        "but",
        "and",
        "so",
        "then",
        "still",
        "however",
        "meanwhile",
        "now",
        "this",
        "that",
        "there",
        "here",
        "what",
        "which",
        "who",
        "when",
        "where",
        "while",
        "if",
        "as",
        "in",
        "on",
        "at",
        "for",
        "with",
        "after",
        "before",
        "since",
        "because",
        "although",
        "later",
        "earlier",
        "instead",
        "also",
        "thus",
        "asked",
        "speaking",
        "everyone",
        "everybody",
        "someone",
        "somebody",
        "nobody",
        "anyone",
        "anybody",
        "all",
        "both",
    )
)


def sentence_start(text: str, start: int, window: int = 300) -> int:
    """Where the sentence holding text[start] begins, looking back at most `window` characters.

    The window keeps a paragraph with thousands of quotes linear: callers only read the
    last 260 characters before a quote anyway.
    """
    lo = max(0, start - window)
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, min(len(text), start + 2)):
        if m.end() <= start:
            left = m.end()
    return left


def find_attribution(text: str, open_mark: int, close_mark: int, quote: str) -> Attribution | None:
    """The speaker mention and cue for the quote whose marks sit at open_mark and close_mark."""
    after = text[close_mark + 1 : close_mark + 260].lstrip("”’\"'»")
    before = text[max(0, open_mark - 260) : open_mark]
    left = text[max(sentence_start(text, open_mark), open_mark - 260) : open_mark]
    colon = left.rfind(": ")
    if colon >= 0 and left[colon + 2 :].strip() and not _QUOTE_MARKS & set(left[colon:]):
        # a colon introduces what follows it, not this quote: "A reader wrote in: <b>alert("x")</b>"
        # (but a colon inside a quoted title does not: "Valve called 'Half-Life: Alyx' "a flagship game"")
        left = left[colon + 2 :]
    tail = quote.rstrip()[-1:] if quote.strip() else ""
    ends_open = tail in ",?!—–-" or after[:1] in ",—–"
    verbs_after: set[int] | None = None  # found when first needed
    # the quote's sentence goes on after it: "“…” as prices fell", "“The delays hurt” Harbour families most"
    goes_on = _LOWER_NEXT.match(after) is not None or (tail.isalnum() and _WORD_NEXT.match(after) is not None)
    earlier: list[Attribution] | None = None  # the last subject and verb of `left`, found when first needed
    if not ends_open and goes_on:
        # a quote inside a sentence whose own speaking verb comes first: "Lund said in a memo that
        # the “queue has become shorter” as fares fell, the Harbour Ledger reported" (Lund)
        earlier = subject_verbs(left, last=True)
        if earlier:
            return earlier[0]
    if ends_open or goes_on:
        verbs_after = verb_starts(after)
        found = after_quote(after, verbs=verbs_after)
        if found:
            return Attribution(_speaker_text(_who(found.match)), _clean_cue(found.cue))
    found = before_quote(before)
    if found and _usable(_who(found.match)):
        return Attribution(_speaker_text(_who(found.match)), _clean_cue(found.cue))
    m = IN_WORDS.match(before) if "words" in before.casefold() else None  # (both forms hold the word)
    if m:
        return Attribution(_who(m), "in the words of")
    m = BEFORE_COLON.match(before) if before.rstrip(" ").endswith(":") else None  # (a colon it ends in, but for spaces)
    # one name word only where it opens the paragraph, as a turn of an interview does ("Ortiz: “…”"; the
    # quote pass keeps it only for someone the article names)
    if (
        m
        and _usable(m.group("name"))
        and (len(m.group("name").split()) >= 2 or (m.start() == 0 and len(before) == open_mark))
        and _OBJECT_BEFORE.search(before, max(0, m.start() - 8), m.start()) is None
        # (nor one a preposition governs: "On the injury to Tom Okafor: “…”" is a topic)
        and _GOVERNED_NO_SOURCE.search(before, max(0, m.start() - 12), m.start()) is None
    ):
        return Attribution(m.group("name"), ":")
    last = subject_verbs(left, last=True) if earlier is None else earlier
    if last:
        return last[0]
    if left.rstrip().endswith(":"):  # "Alverson summed up the journey: “…”": the sentence's subject
        subject = _coordinated_subject(left, len(left.rstrip()) - 1)
        if subject is not None:
            return Attribution(_speaker_text(_who(subject)), ":")
    found = according_to(left) or according_to(after.lstrip(" ,"), at_start=True)
    if found and _usable(_who(found.match)):
        return Attribution(_speaker_text(_who(found.match)), "according to")
    pronoun = _ACCORDING_TO_PRONOUN.search(left) if "ccording" in left else None
    if pronoun is not None:  # "According to him, “…”": the person the paragraphs before name
        return Attribution(_SUBJECT_FORM[pronoun.group("pronoun").lower()], "according to")
    # “…” The president said. (a full stop inside the quote, then a short attribution sentence)
    lead = _LEAD.match(after).end()
    verbs_after = verb_starts(after) if verbs_after is None else verbs_after
    found = who_verb(after, lead) if verbs_after and _may_match(who_verb, lead, verbs_after) else None
    if found and _usable(_who(found.match)) and _SHORT_SENTENCE_END.match(after[found.end :] + "."):
        return Attribution(_speaker_text(_who(found.match)), _clean_cue(found.cue))
    return None


# A headline's or standfirst's speaker is a role without its article: "Board president says the book '…'",
# "'…', says boss" (matched before and after the quote)
_HEADLINE_ROLE = r"(?P<who>(?:[\p{L}\-]++[ ]++){0,2}?" + _kept_guarded((*_SOURCES, *L.LOWER_CASE_SOURCE_NOUNS)) + r")"
_HEADLINE_ROLE_BEFORE = rx.compile(_HEADLINE_ROLE + r"[ ]++(?P<cue>" + _VERB + r")(?![\p{L}])", FLAGS)
_HEADLINE_ROLE_AFTER = rx.compile(r"[ ]*+,?[ ]*+(?P<cue>" + _VERB + r")[ ]++" + _HEADLINE_ROLE + r"(?![\p{L}])", FLAGS)
# "'We have to win ugly now': Lloyd warns Rovers ...": the name after the quote's colon speaks
# (or whose story follows, by the name's possessive: "'I play for the kids ...': Almeida's long road to Cardiff")
_HEADLINE_NAME_AFTER = rx.compile(
    r"[ ]*+:[ ]++(?P<name>" + _NAME + r")(?:[ ]++(?P<cue>" + _VERB + r")(?![\p{L}])|(?<=['’]s)[ ])", FLAGS
)
_HEADLINE_STOPS = frozenset(L.HEADLINE_SUBJECT_STOPS)
_ROLE_NOUNS = frozenset(L.SOURCE_NOUNS) | PERSON_ROLE_NOUNS
# (those a person holds: the role nouns but the organisations that speak by their kind, "the company said")
_PERSONS_ROLE_NOUNS = _ROLE_NOUNS - frozenset(L.SPEAKING_ORG_WORDS)


def headline_role(text: str, open_mark: int, close_mark: int) -> Attribution | None:
    """The role a headline or standfirst gives as the quote's speaker, in lower case so that it is read as a
    description ("board president" -> the one the story so titles): "Consultant says the outbreak is '…'"; or
    the name after the quote's colon ("'…': Lloyd warns ...")."""
    named = _HEADLINE_NAME_AFTER.match(text, close_mark + 1)
    if named is not None and named.group("cue") is None:  # (its colon is checked as a colon cue is)
        owner = named.group("name")[:-2]
        return Attribution(owner, ":") if " " not in owner and _usable(owner) else None
    if named is not None and _usable(named.group("name")):
        return Attribution(named.group("name"), _clean_cue(named.group("cue")))
    found = _HEADLINE_ROLE_AFTER.match(text, close_mark + 1)
    if found is None and _VERB_FIRST_WORDS_ASCII.intersection(ascii_lower_runs(text[:open_mark]).split()):
        # (a role before the quote needs a speaking verb there, whose first word is looked for first: the
        # pattern tries the role's long list of sources at every word of a headline)
        found = next(iter(reversed(list(_HEADLINE_ROLE_BEFORE.finditer(text, 0, open_mark)))), None)
    if found is None:
        return None
    words = found.group("who").split()
    stops = [i for i, w in enumerate(words) if w.lower() in _HEADLINE_STOPS]
    who = " ".join(words[stops[-1] + 1 :] if stops else words)
    return Attribution(who[:1].lower() + who[1:], _clean_cue(found.group("cue"))) if who else None


def _speaker_text(who: str) -> str:
    return " ".join(who.strip(" ,").split())


def indirect_speaker(text: str, *, last: bool = False) -> Attribution | None:
    """The person a paragraph reports as speaking, outside quotes: "Halvorsen said conversations ..."
    (with `last`, the last one it reports: "Vale denies the charge. His barrister told the court …")."""
    head = text[:400]
    if "“" in head or '"' in head:  # (the pattern's two opening marks: most paragraphs hold neither)
        head = _QUOTED_TEXT.sub(" ", head)
    found = subject_verbs(head, first=not last, last=last)
    return found[0] if found else _reported_abroad(head)


def _reported_abroad(text: str) -> Attribution | None:
    """A paragraph of another language opening with who reports and a verb of saying of that language, in indirect
    speech ("Han säger att bolaget ...", "Elle explique que ...", "Lindqvist säger att ..."): who speaks it, the
    pronoun in its English form for the resolver. (The verb is looked up first: most paragraphs have none there.)"""
    first, _, rest = text.partition(" ")
    if not first[:1].isupper():
        return None
    english = L.FOREIGN_PRONOUNS.get(first.lower())
    if english is not None:
        verb = rest.partition(" ")[0].strip(",").lower()
        return Attribution(english.capitalize(), verb) if verb in _verbs_abroad() else None
    words = text.split(" ", 5)  # a name of up to four capitalised words, then the verb
    k = 1
    while k < min(5, len(words)) and words[k][:1].isupper():
        k += 1
    verb = words[k].strip(",").lower() if k < min(5, len(words)) else ""
    name = " ".join(words[:k])
    if verb not in _verbs_abroad() or first.lower() in L.FOREIGN_ARTICLES or not is_name(name):
        return None  # (an article opens a description: "Der Bürgermeister sagt, ...")
    return Attribution(name, verb)


@cache
def _verbs_abroad() -> frozenset[str]:
    """The one-word verbs of saying of the other languages the tables hold (`patterns.SPEECH_VERBS_ABROAD`)."""
    return frozenset(v for v in SPEECH_VERBS_ABROAD if " " not in v)


_DOCUMENTS = frozenset(L.STATEMENT_NOUNS)
_COURT_DOCUMENTS = frozenset(L.COURT_DOCUMENTS)
_COURT_WORDS = frozenset(L.COURT_WORDS)
_COURT_PANELS = frozenset(L.COURT_PANELS)
_GENDERED_NOUNS = {**dict.fromkeys(L.FEMALE_TITLES, "f"), **dict.fromkeys(L.MALE_TITLES, "m")}
# (the courtesy titles before a surname alone, in English and the other languages: "Ms Anstey", "Frau Wendler")
_GENDERED_COURTESY = COURTESY_TITLES | FOREIGN_COURTESY_TITLES

# What tells apart the people of the story who share a surname, in the order `Resolver.of_surname` reads it: a
# title's or pronoun's gender rules some out; of the rest, the one named last in this paragraph or the one before;
# else the one of them the story has introduced up to the mention (a namesake printed later is no rival); else the
# one of them the gender fits.
SHARED_SURNAME_EVIDENCE = (
    "gender and named nearby",
    "named nearby",
    "the one introduced so far",
    "the one of the gender",
)


@cache
def _description_genders() -> dict[str, str]:
    """The nouns a description says a gender by ("the woman", "the mother of five", "the young man"), built on first
    use (few pages quote anyone by a definite description)."""
    return {**_GENDERED_NOUNS, **dict.fromkeys(L.FEMALE_PERSON_NOUNS, "f"), **dict.fromkeys(L.MALE_PERSON_NOUNS, "m")}


def _description_gender(words: Sequence[str]) -> str | None:
    """The gender a definite description says by its noun, the last word or the one before "of" ("the woman", "the
    young mother", "the grandmother of seven"; not "the woman's lawyer", "the victim's mother"), else None."""
    low = [w.lower() for w in words[:6]]
    if len(low) < 2 or low[0] != "the" or any(w.endswith(("'s", "’s")) for w in low):
        return None  # (someone's relative is someone new: "the victim's mother said")
    of = low.index("of") if "of" in low else len(low)
    return _description_genders().get(low[of - 1]) if 1 < of <= 4 else None


def _bare_word(token: str) -> str:
    return token.strip(".,;:'’").lower()


_DESCRIBED_PERSON = rx.compile(
    # not in apposition to a name: "Pavel Ruiz, a spokesman for …" is Pavel Ruiz
    # (the lookahead on the first letter comes first: the regex module scans for it fast, and the lookbehinds
    # are tried only where it is found)
    r"(?=[TtOoAa])(?<![\p{L}])(?<!\p{Lu}[\p{L}'’.\-]*,[ ]+)(?-i:[Tt]he|[Oo]ne|[Aa]n?)[ ]++(?:[\p{L}'’]++[ ]++)?"
    r"(?P<noun>\L<nouns>)(?![\p{L}])",
    nouns=phrase_list((*L.FEMALE_TITLES, *L.MALE_TITLES, *L.PERSON_ROLE_NOUNS)),
)
# The first run of ASCII lower-case letters of each of its nouns (each opens with one: tests/test_quote_fast_paths.py):
# a text where none stands as a run of its own (`ascii_lower_runs`) holds no match, and is not scanned; a noun whose
# first word has a letter beyond ASCII ("doña", "señor": runs "do", "se", which most texts hold) is looked for as
# that word (the pattern reads case)
_DESCRIBED_WORDS_BEYOND_ASCII = tuple(
    {
        noun.split()[0]: None
        for noun in (*L.FEMALE_TITLES, *L.MALE_TITLES, *L.PERSON_ROLE_NOUNS)
        if not noun.split()[0].isascii()
    }
)
_DESCRIBED_FIRST_RUNS = first_runs(
    noun for noun in (*L.FEMALE_TITLES, *L.MALE_TITLES, *L.PERSON_ROLE_NOUNS) if noun.split()[0].isascii()
)


def described_people(text: str) -> list[regex.Match[str]]:
    """`_DESCRIBED_PERSON.finditer(text)`, the text scanned only when one of the nouns may stand in it (most
    paragraphs name no one by a role noun after an article: the pattern tries every word that opens with one of
    its six letters, some 290,000 instructions a paragraph)."""
    if _DESCRIBED_FIRST_RUNS.isdisjoint(ascii_lower_runs(text).split()) and (
        text.isascii() or not any(word in text for word in _DESCRIBED_WORDS_BEYOND_ASCII)
    ):
        return []
    return list(_DESCRIBED_PERSON.finditer(text))


def blank_quoted(text: str) -> str:
    """`text` with each “…” or "…" (marks included) turned to spaces, as `_QUOTED_TEXT.sub` would, in one
    pass: after an opening mark never closed, the pattern would look to the end of the text again at
    every later opening mark.

    >>> blank_quoted('Ng said “no” and “yes, he said "x" then “')
    'Ng said      and “yes, he said     then “'
    """
    out: list[str] = []
    pos = 0
    unclosed: set[str] = set()  # closing marks that no longer occur
    for m in _OPENING_MARK.finditer(text):
        start = m.start()
        if start < pos:
            continue  # inside a quote already blanked
        close = "”" if m.group() == "“" else '"'
        end = -1 if close in unclosed else text.find(close, start + 1)
        if end < 0:
            unclosed.add(close)
            continue
        out += (text[pos:start], " " * (end + 1 - start))
        pos = end + 1
    out.append(text[pos:])
    return "".join(out)


_OPENING_MARK = rx.compile_std('[“"]')


class ReportedSpeech:
    """Who a paragraph reports as speaking outside its quotes ("The key, says Buser, is …") and the role
    nouns it names people by ("the actress"), read once per paragraph and asked for the stretch before
    each quote: a paragraph of many pronoun quotes costs one pass, not one look-back per quote.

    >>> reported = ReportedSpeech("The key, says Buser, is scale. “It works,” he said. Lam told Reuters “no.”")
    >>> reported.before(31), reported.before(71)
    ((['Buser'], []), (['Buser', 'he', 'Lam'], []))
    >>> ReportedSpeech("Later the actress, unlike the club's chairman, left. “No.”").before(54)
    ([], ['actress', 'chairman'])
    """

    WINDOW = 600  # characters before a quote: a speaker reported further back has been superseded

    def __init__(self, text: str) -> None:
        self._blanked = blank_quoted(text)
        self._verbs = find_verbs(self._blanked)
        self._verb_starts = [v.start() for v in self._verbs]
        self._speakers: dict[int, str | None] = {}  # by verb index, read when first asked for
        self._described = [(m.start(), m.end(), m.group("noun").lower()) for m in described_people(text)]
        self._described_starts = [d[0] for d in self._described]

    def before(self, pos: int, window: int = WINDOW) -> tuple[list[str], list[str]]:
        """(the speakers reported, the role nouns named) in the `window` characters before `pos`, in order."""
        lo = max(0, pos - window)
        speakers = []
        for k in range(bisect_left(self._verb_starts, lo), bisect_left(self._verb_starts, pos)):
            if self._verbs[k].end() <= pos:
                if k not in self._speakers:
                    self._speakers[k] = self._speaker(self._verbs[k], pos)
                speaker = self._speakers[k]
                if speaker is not None:
                    speakers.append(speaker)
        first, last = bisect_left(self._described_starts, lo), bisect_left(self._described_starts, pos)
        described = [noun for _start, end, noun in self._described[first:last] if end <= pos]
        return speakers, described

    def _speaker(self, verb: regex.Match[str], end: int) -> str | None:
        """The speaker of one verb: its subject, else the name after it (up to `end`)."""
        m = _subject_before(self._blanked, verb)
        if m is None:
            found = verb_who(self._blanked, verb.start(), end)
            m = found.match if found else None
        return _speaker_text(_who(m)) if m is not None and _usable(_who(m)) else None


def subject_verbs(text: str, *, first: bool = False, last: bool = False) -> list[Attribution]:
    """Every "subject + speaking verb" of `text` in order (only the first with `first`, the last with `last`).

    >>> [a.mention for a in subject_verbs("Austin said the United States will act, and Moy told Reuters.")]
    ['Austin', 'Moy']
    """
    out: list[Attribution] = []
    verbs = find_verbs(text)
    for v in reversed(verbs) if last else verbs:
        m = _subject_before(text, v)
        if m is None or not _usable(_who(m)):
            continue
        m = _subject_of_sentence(text, m, v) or m
        # the last verb's clause reported by an earlier one ("Name said on Monday that the council had agreed
        # ... and that a vote would follow “…”"): the reporter speaks
        outer = _reporter(text, m, spoke_when=True) if last and m.group("who") else None
        if outer is not None and _usable(_who(outer.match)):
            out.append(Attribution(_speaker_text(_who(outer.match)), _clean_cue(outer.cue)))
            break
        out.append(Attribution(_speaker_text(_who(m)), _clean_cue(v.group("cue"))))
        if first or last:
            break
    return out


_COMPANY_ENDS = frozenset(L.COMPANY_NAME_ENDS)
_COMPANY_NOUNS = frozenset(("company", "firm"))


def _all_title_words(words: str) -> bool:
    """Every word is a title's: "Prime Minister", "Attorney General"."""
    return all(w.lower() in TITLE_WORDS for w in words.split())


def _fits(org: str, noun: str) -> bool:
    """An organisation's name fits how the text describes it: "the company" a name ending in a business
    word ("Northgate Holdings"), "the club" or "the group" one ending in that word, "the ministry" one headed by it."""
    words = org.split()
    # (a name headed by its kind: "Ministry of Sports and Heritage" is "the ministry")
    last = (words[0] if headed_org(words) is not None else words[-1]).lower().strip(".,")
    return last in _COMPANY_ENDS if noun in _COMPANY_NOUNS else last in L.ORG_KIND_ENDS.get(noun, (noun,))


def _a_court(org: str) -> bool:
    return org.split()[-1].lower() in _COURT_WORDS


_INDEFINITE = rx.compile(r"^(?:a|an|one)[ ]++(?-i:[\p{Ll}\p{N}])", FLAGS)
_NOT_PEOPLE = ORG_WORDS | _DOCUMENTS | SPOKESPERSON_NOUNS
_HEAD_ENDS = frozenset(("of", "from", "at", "on", "in", "with", "near", "who"))


def _indefinite(mention: str) -> bool:
    """A mention opening with "a", "an" or "one" and a lower-case word or a number: someone brought in, not named
    before ("a rice farmer", "an 81-year-old widow"); a letter tested first, as most mentions are names."""
    return mention[:1] in "AaOo" and _INDEFINITE.match(mention) is not None


def _head_noun(description: str) -> str:
    """The noun a description is of, before what it is of or where: "rice farmer" -> "farmer", "mother of three"
    -> "mother"."""
    words = description.split()
    cut = next((i for i, w in enumerate(words) if i and w in _HEAD_ENDS), len(words))
    return words[cut - 1].lower()


def _unnamed_person(description: str) -> bool:
    """A description in lower case of one person, not of a body, a document or a spokesperson (who speaks for
    a body): "rice farmer", "81-year-old widow", "mother of three"; not "company", "report", "spokesman"."""
    words = description.split()
    return (
        bool(words)
        and not description[:1].isupper()
        and _head_noun(description) not in _NOT_PEOPLE
        and not any(w.lower() in _NOT_PEOPLE for w in words)
    )


# What `Resolver._person_pronoun` weighed: its candidates in order, how many of them the paragraph reported as
# speaking, opened and named, who was taken, and the step past the candidates that took them ("" for none).
PronounWeighed = tuple[tuple[str | None, ...], tuple[int, int, int], str | None, str]


class Resolver:
    """Turns mentions into canonical speakers, remembering who spoke last."""

    def __init__(self, registry: Registry, *, author: str | None = None) -> None:
        self.registry = registry
        self.author = author  # the byline's one author: "I" in the story's own words
        self.last_speaker: str | None = None
        self.last_person: str | None = None
        self.paragraph_people: list[str] = []  # the people named in the current paragraph, in order
        self.before_people: list[str] = []  # and in the paragraph before it
        # those of them printed with their surname ("Tom Lee", "Lee"; not "his brother Tom"), in order
        self.paragraph_surnamed: list[str] = []
        self.before_surnamed: list[str] = []
        self.paragraph_named: list[str] = []  # everyone the paragraph names, people or names not known to be
        self.paragraph_reported: list[str] = []  # who the paragraph reports as speaking, before the quote
        self.paragraph_new_name: str | None = None  # a name the paragraph prints in full first, of no known kind
        self.before_new_name: str | None = None  # and the one the paragraph before printed so
        self.last_name: str | None = None  # the last name not known to be a person ("Stadia Pro"?)
        self.name_after_person = False  # `last_name` was named after `last_person`
        # the person who opens the paragraph before, when that paragraph quotes no one:
        # "Senate leader Mitch McConnell praised the outcome." / "“…,” he said." (McConnell)
        self._previous_subject: str | None = None
        self._find_previous_subject: Callable[[], str | None] | None = None
        self.recent_people: list[str] = []  # everyone named so far, the last named last
        self.times_named: dict[str, int] = {}  # how often each was named so far
        self.last_org: str | None = None  # the organisation named last, outside quotes
        self.first_org: str | None = None  # the organisation named first in the block that named `last_org`
        # the body the paragraph reports as speaking before a document's quote ("In a statement, the company said its
        # ... “…,” the statement said."): whose the document is
        self.paragraph_issuer: str | None = None
        self.orgs: dict[str, int] = {}  # the organisations named outside quotes (how often), the last named last
        self.names: dict[str, int] = {}  # likewise the names not known to be people's ("Harwick City", "Bula Air")
        self.org_age = 0  # blocks since the last organisation was named: 0 in the block being read
        self.speaker_age = 0  # blocks since the last speaker spoke, likewise
        # the organisation an unnamed spokesman or spokeswoman spoke for last, and "m", "f" or None by the noun
        self.spokesperson: tuple[str, str | None] | None = None
        # unnamed people the article brings in with "a" or "one" ("A rice farmer who ... said"), by their noun
        # ("farmer"): whom "the farmer said" and, as the last speaker, "he said" mean
        self.unnamed: dict[str, str] = {}
        self.step = ""  # the step of `resolve` that read the last mention (`quote_rules.MENTION_RULES`)
        self.surname_evidence = ""  # what told apart the people of a shared surname last (`of_surname`)
        # with `--explain`, what the last "he" or "she" weighed (`_weighed_pronoun`); None: not kept
        self.pronoun_weighed: PronounWeighed | None = None

    @property
    def previous_subject(self) -> str | None:
        if self._find_previous_subject is not None:
            self._previous_subject = self._find_previous_subject()
            self._find_previous_subject = None
        return self._previous_subject

    def previous_subject_from(self, find: Callable[[], str | None] | None) -> None:
        """How to find the person who opens the paragraph before (None: nobody), called only when a quote
        asks: most paragraphs are followed by none that needs it."""
        self._previous_subject, self._find_previous_subject = None, find

    def new_paragraph(self) -> None:
        self.org_age += 1
        self.speaker_age += 1
        self.before_people = self.paragraph_people  # the people the paragraph before named
        self.paragraph_people = []
        self.before_surnamed, self.paragraph_surnamed = self.paragraph_surnamed, []
        self.paragraph_named = []
        self.paragraph_reported = []
        self.before_new_name, self.paragraph_new_name = self.paragraph_new_name, None
        self.paragraph_issuer = None

    def note_reported(self, mentions: Sequence[str], described: Sequence[str] = ()) -> None:
        """The people the paragraph reports as speaking before a quote ("The key, says Buser, is ..."), after
        those it names by a title the article gave them ("the actress wasn't itching to ...")."""
        names: list[str | None] = []
        # an unnamed spokesperson the paragraph reports speaking is the body they speak for ("A Fire Services
        # Department spokesman said nobody was hurt. The tunnel filled “…”, he said."): the body
        spoken_for = None
        for m in mentions:
            if m.lower() in _PRONOUNS:
                continue
            spokes = m[:1] in "Aa" and not SPOKESPERSON_NOUNS.isdisjoint(m.lower().split())
            name = self.resolve(m) if spokes or _indefinite(m) else self.registry.resolve(m)
            if spokes and name and spoken_for is None and not self.registry.is_person(name):
                spoken_for = name
            names.append(name)
        # a person described and never named keeps the description: "WIRED spoke to one mother, who …"
        described_as = [
            (spoken_for if spoken_for and d in SPOKESPERSON_NOUNS else None)
            or self.registry.by_description({d})
            or (d if d in _GENDERED_NOUNS else None)
            or (self.profile_subject() if d in _PROFILE_NOUNS else None)  # "The founder does not dispute it."
            for d in described
        ]
        self.paragraph_reported = [n for n in described_as if n] + [
            n
            for n in names
            if n and (self.registry.is_person(n, strict=False) or n in self.unnamed.values() or n == spoken_for)
        ]

    @staticmethod
    def names_document(mention: str) -> bool:
        """A mention names a document ("the statement", "the release"), whose speaker is its issuer."""
        return mention[:1] in "Tt" and " " in mention and _DOCUMENT_DESCRIPTION.search(mention) is not None

    def note_issuers(self, mentions: Sequence[str]) -> None:
        """The body the paragraph reports as speaking before a document's quote, the last of them: a body's name,
        or its kind ("the company", "the ministry": the one of that kind the article names)."""
        for m in reversed(mentions):
            words = m.split()
            if len(words) == 2 and words[0].lower() == "the" and words[1].islower():
                issuer = self._named_of_kind(words[1])
            else:
                issuer = self.registry.resolve(m)
                issuer = issuer if self.registry.kind(issuer) == "org" else None
            if issuer is not None:
                self.paragraph_issuer = issuer
                return

    def note_person(self, name: str | None, *, confident: bool = True, printed: str = "") -> None:
        if name and confident and len(printed) < len(name) and name not in self.times_named:
            name = self._as_met(name, printed)  # (printed shorter than the name: a surname, maybe another's)
        if name:
            self.paragraph_named.append(name)
        if name and confident:
            self.last_person = name
            self.name_after_person = False
            self.paragraph_people.append(name)
            self.times_named[name] = self.times_named.get(name, 0) + 1
            if not printed or printed.rsplit(None, 1)[-1] == name.rsplit(None, 1)[-1]:
                self.paragraph_surnamed.append(name)
            if name in self.recent_people:
                self.recent_people.remove(name)
            self.recent_people.append(name)
        elif name:
            self.last_name = name
            self.name_after_person = True
            self.names[name] = self.names.pop(name, 0) + 1
            if self.names[name] == 1 and " " in printed.strip():  # printed in full, for the first time
                self.paragraph_new_name = name

    def _person_pronoun(self, gender: str) -> str | None:
        """Who "he" or "she" is: the person this paragraph reports as speaking, else its first person
        (its subject), else the person named last in it, else the one who opens
        the paragraph before, else the last speaker, else the last person named; one whose name or
        title says otherwise is passed over ("she said" is not the last man named)."""
        speaker = self.last_speaker if self.last_speaker and self._a_person_spoke_last() else None
        if speaker is None and self._spokesperson_spoke_last(gender):
            # "A spokesman for the trust said ..." / "“…,” he said.": the trust, which he speaks for
            speaker = self.last_speaker
        in_paragraph = self.paragraph_reported[::-1] + self.paragraph_people[:1] + self.paragraph_people[::-1]
        if not in_paragraph and self._spokesperson_spoke_last(gender) and not self._subject_since(gender):
            return self._weighed_pronoun((), self.last_speaker, "spokesperson")
        newcomer = self._newcomer() if not in_paragraph and self.speaker_age > 0 else None
        weighed = (*in_paragraph, newcomer, self._previous_subject_of(gender), speaker, self.last_person)
        for k, candidate in enumerate(weighed):
            if candidate and self._gender(candidate) in (None, gender):
                return self._weighed_pronoun(weighed[: k + 1], candidate, "")
        if self._unknown_named_since(gender) and self._a_full_name(self.last_name or ""):
            # a full name of no known gender printed after the last person, who is of the other ("Chorus member Dale
            # Lund ..." / "Beside him stands Harpreet Brar, a student ..." / "“…,” she says."): before anyone of
            # this gender named further back
            return self._weighed_pronoun(weighed, self.last_name, "no-gender")
        for candidate in reversed(self.recent_people):
            if self.registry.gender(candidate) == gender:
                return self._weighed_pronoun(weighed, candidate, "of-gender")
        if not self.last_name or (self.last_person and not self._unknown_named_since(gender)):
            return self._weighed_pronoun(weighed, None, "")  # everyone named is of the other gender: someone unnamed
        return self._weighed_pronoun(weighed, self.last_name, "no-gender")

    def _weighed_pronoun(self, weighed: tuple[str | None, ...], taken: str | None, fallback: str) -> str | None:
        """`taken`, after keeping (with `--explain` only) what `_person_pronoun` weighed: the candidates in the
        order looked at, the paragraph's counts that say why each is one, and the step past them that took `taken`
        ("spokesperson", "of-gender", "no-gender"; "" when a candidate or nobody was taken)
        (`quote_candidates.pronoun_candidates` reads it)."""
        if self.pronoun_weighed is not None:
            counts = (len(self.paragraph_reported), len(self.paragraph_people[:1]), len(self.paragraph_people))
            self.pronoun_weighed = (weighed, counts, taken, fallback)
        return taken

    @staticmethod
    def _a_full_name(name: str) -> bool:
        """Two words or more, capitalised, no word of a body's ("Harpreet Brar-Olafson", not "Kellburn Pool Board")."""
        words = name.split()
        return len(words) > 1 and name[:1].isupper() and ORG_WORDS.isdisjoint(w.lower() for w in words)

    def _newcomer(self) -> str | None:
        """A source brought in by the paragraph before its quote, in full and for the first time, whom the registry
        holds no view of ("a farmer from the next valley, Hjalti Magnusson, unloaded ..." / "“…,” he said."): news
        names a new source in full and quotes them by a pronoun, so they come before a speaker of an earlier
        paragraph; the last such name of two words or more, named nowhere before."""
        named = self.paragraph_new_name
        if named is None or named != self.last_name or named == self.last_speaker:
            return None
        return named if named[:1].isupper() and not ORG_WORDS.intersection(named.lower().split()) else None

    def _a_person_spoke_last(self) -> bool:
        """The last speaker is a person: one the article names as such (or a name not known to be one), an unnamed
        person brought in with "a" ("a rice farmer"), or a name the names' registry missed (a long title with a
        body in it before it: "Headmaster of Ghatpada Government High School Bijay Kumar Pradhan said"): capitalised,
        not one word in "-s" (a plural), not in capitals, no word of a body's, not the writer, speaking in this
        paragraph or the one before."""
        last = self.last_speaker or ""
        if self.registry.is_person(last, strict=False) or last in self.unnamed.values():
            return True
        words = last.split()
        return (
            self.speaker_age <= 1
            and last != self.author  # ("I asked Calloway ..." / "“…,” she said": not the writer)
            and self.registry.kind(last) is None
            # (a name, not a capitalised plural opening a sentence: "Opponents said ...")
            and (len(words) > 1 or not last.endswith("s"))
            and last[:1].isupper()
            and not last.isupper()
            and ORG_WORDS.isdisjoint(w.lower() for w in words)
        )

    def unsaid_subject(self, named_before: Callable[[], str | None]) -> str | None:
        """Who a cue with no subject is when its paragraph names nobody before the quote ("«…», dice." /
        "”, explicó.": Spanish, Italian and Portuguese leave a known subject out): as "he" or "she" would be, of
        either gender: the paragraph's person, else the one who opens the paragraph before, else the first person
        the paragraph before named (`named_before`, asked only then), else the last speaker, else the last person
        named."""
        in_paragraph = self.paragraph_reported[-1:] + self.paragraph_people[:1]
        found = next((c for c in (*in_paragraph, self.previous_subject) if c), None) or named_before()
        speaker = self.last_speaker if self.last_speaker and self.registry.is_person(self.last_speaker) else None
        return found or speaker or self.last_person

    def _previous_subject_of(self, gender: str) -> str | None:
        """The person who opens the paragraph before; when a surname opens it that two people share, the one of
        them this gender fits ("Tom Kessler ... His mother, Margaret Kessler, ..." / "Kessler now charges for
        walks." / "“…,” he says.": Tom Kessler)."""
        subject = self.previous_subject
        if subject is None or self._gender(subject) in (None, gender):
            return subject
        return self.of_surname(subject.split()[-1], gender, any_mention=True) or subject

    def _subject_since(self, gender: str) -> bool:
        """A person of this gender (or of none known) opens the paragraph before, which quotes no one: "he said"
        after "After the morning session Sir Gerald thanked the families." is him, not the spokesman who
        spoke before that paragraph."""
        subject = self.previous_subject
        return subject is not None and self._gender(subject) in (None, gender)

    def _unknown_named_since(self, gender: str) -> bool:
        """A name whose gender nothing says was named after the last person of the other gender ("Ingrid Halden
        said ..." / "The council's head of development, Fergal Nuttall, welcomed it." / "“…,” he said.")."""
        return self.name_after_person and self._gender(self.last_name or "") in (None, gender)

    def _same_spokesperson(self, words: list[str]) -> bool:
        """ "the spokesperson" is the unnamed spokesperson who spoke last, for the body remembered with them, unless
        the noun says another gender ("a spokesman for the trust" ... "the spokeswoman said": someone else)."""
        if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in SPOKESPERSON_NOUNS:
            return False
        said = _GENDERED_NOUNS.get(words[1].lower())
        return (
            self.spokesperson is not None
            and self.spokesperson[0] == self.last_speaker
            and (said is None or self.spokesperson[1] in (None, said))
        )

    def _spokesperson_spoke_last(self, gender: str) -> bool:
        """The last speaker is a body whose unnamed spokesperson, of this gender or of none said, spoke for it."""
        return (
            self.spokesperson is not None
            and self.spokesperson[0] == self.last_speaker
            and self.spokesperson[1] in (None, gender)
        )

    def _gender(self, name: str) -> str | None:
        """ "f" or "m" for a person or a description ("mother", "spokesman"), else None."""
        return self.registry.gender(name) or _GENDERED_NOUNS.get(name)

    def _thing_pronoun(self) -> str | None:
        """Who "it said" is: the organisation its own paragraph names first, the sentence's subject, not a body that
        spoke before nor one named after it ("The ministry urged “…”, it said in a statement." after the growers'
        association spoke); else the last speaker unless a person, else the organisation named last ("Smith said …
        The Harbour Authority disagreed." / "“…,” it said.")."""
        if self.org_age == 0 and self.first_org is not None:
            return self.first_org
        if self.last_speaker and not self.registry.is_person(self.last_speaker, strict=False):
            return self.last_speaker
        return self.last_org  # never a person ("In a statement, it said ..." after a person spoke: not them)

    def _plural_pronoun(self) -> str | None:
        """Who "they said" is: an organisation that spoke last, else one named in this paragraph or the one
        before ("The Harbour Council voted to wait." / "“…,” they said."), else the last speaker or person."""
        if self.last_speaker and not self.registry.is_person(self.last_speaker, strict=False):
            return self.last_speaker
        if self.last_org is not None and self.org_age <= 1:
            return self.last_org
        return self.last_speaker or self.last_person

    def _another_of_them(self) -> str | None:
        """Who "another said" is: one more of the unnamed sources just quoted ("one user posted: …" /
        "Another said: …" is a user too); nobody when the last speaker has a name."""
        last = self.last_speaker
        return last if last and last[:1].islower() else None

    def resolve(self, mention: str) -> str | None:
        """Canonical speaker for a mention, or None when it cannot be determined (`step` names how it was read)."""
        m = mention.strip()
        low = m.lower()
        low = _FOREIGN_PRONOUNS.get(low, low)  # "sagt sie": she
        if low in _PRONOUNS:
            return self._pronoun(low)
        head, _, noun = m.partition(" ")
        if noun[:1].isupper() and " " not in noun and head.lower() in FOREIGN_INDEFINITE_ARTICLES:
            self.step = "mention/indefinite-other-language"
            return noun  # "Eine Aktionärin ... sah das anders: „…“": an unnamed source, as German prints its noun
        bare = _without_article(m)
        if 1 < len(bare) < 7 and bare.isupper() and bare.isalpha() and not self.registry.knows(bare):
            # "the DC said": the person the article prints with a title of those initials ("Deputy Commissioner")
            titled = self.registry.titled_by_initials(bare) or self.registry.org_by_initials(bare)
            if titled is not None:
                self.step = "mention/initials-of-title"
                return titled
        if _opens_with_article(m) and bare[:1].isupper() and not any(w[:1].islower() for w in bare.split()):
            self.step = "mention/proper-name-with-article"
            return self.registry.resolve(bare)  # "the DEA", "The Times"
        word = _without_article(low)
        national = self._national(word) if word in _DEMONYMS and not self.registry.knows(bare) else None
        if national is not None:
            self.step = "mention/nationality"
            return national  # "the Kenyan said", "said the Welshman": the Kenyan the story named
        named = self._relative(low) if " " in low else None
        if named is not None:
            self.step = "mention/description"  # (a relative: "His father")
            return named
        if m[:1].islower() or _opens_with_article(m) or _OWNER_DESCRIPTION.match(m):
            self.step = "mention/description"
            described = self._described(m)
            if _indefinite(m) and described == _without_article(m) and _unnamed_person(described):
                self.unnamed[_head_noun(described)] = described
            return described
        named = self._by_role(m, low)
        if named is not None:
            self.step = "mention/role-of-name"
            return named
        named = self._of_surname_printed(m)
        if named is not None:
            return named
        self.step = "mention/name"
        name = self.registry.resolve(m)
        if " " not in m and m[:1].isupper() and name == m:
            named = self.last_of_surname(m)  # (a surname the register holds for no one: the one named with it last)
            if named is not None:
                self.step = "mention/surname-named-last"
                return named
        return name

    def _pronoun(self, low: str) -> str | None:
        """Who a pronoun (in lower case) stands for."""
        if low in _FEMALE_PRONOUNS or low in _MALE_PRONOUNS:
            self.step = "mention/pronoun-person"
            return self._person_pronoun("f" if low in _FEMALE_PRONOUNS else "m")
        if low in L.UNNAMED_PRONOUNS:
            self.step = "mention/pronoun-another"
            return self._another_of_them()
        if low not in L.PRONOUNS_PLURAL and low not in L.PRONOUNS_THING:
            self.step = "mention/pronoun-writer"
            return self.author  # "I" outside quotes: the one who wrote the story, else nobody named
        if low in L.PRONOUNS_THING:
            self.step = "mention/pronoun-it"
            return self._thing_pronoun()
        self.step = "mention/pronoun-they"
        return self._plural_pronoun()

    def _by_role(self, m: str, low: str) -> str | None:
        """Who a capitalised mention made of a role names, or None: a named person's relative ("Callum Rowe’s
        mother said" ... "his mother, Gillian Rowe,"), a headline's court panel ("Panel finds ...": the tribunal) or
        role without its article ("Consultant says …"), a title of a place or body ("the Iyaloja said")."""
        owned = _NAME_OWNER_DESCRIPTION.match(m) if "s " in m else None
        if owned is not None:
            return self.registry.named_description(owned.group("noun"))
        if low in _COURT_PANELS:
            return self._court_of(low)
        if low in _PERSONS_ROLE_NOUNS and not self.registry.knows(m):
            named = self._described(low)  # the consultant the story names
            return named if named != low else None
        if " " not in m and m[:1].isupper() and not self.registry.knows(m):
            return self.registry.title_of_a_place(m)  # once given in apposition to a name
        return None

    def _relative(self, low: str) -> str | None:
        """Who "his father", "her husband" is (a possessive and a noun of kin): the one person the article printed
        as that relative after "the <kin> of" ("Oliver Lee, the son of director Graham Lee," ... "His father told
        the tribunal": Graham Lee), else the one the article gave that noun as a title ("her husband Tom Lee");
        else None."""
        owner, _, kin = low.partition(" ")
        if owner not in _OWNER_WORDS or kin not in _KIN:
            return None
        named = self.registry.relative_of_kin(kin)
        if named is None:  # ("Nurse Ana Lee and her husband Tom Lee, ...": the title the registry gave him)
            named = self.registry.by_description({kin}, (*self.before_people, *self.paragraph_people))
            named = named if named is not None and self.registry.has_title(named, kin) else None
        return named

    def _of_surname_printed(self, m: str) -> str | None:
        """Who a surname printed alone or after a courtesy title is, when two people of the story share it
        (`of_surname`, the title giving its gender), with the step that read it; else None. (A surname of two words
        too: "afirmó Olvera Cázares", of "María Fernanda Olvera Cázares" and her brother "Arturo Olvera Cázares".)"""
        if len(self.registry.by_surname.get(_bare_word(m.rpartition(" ")[2]), ())) < 2:
            return None  # (most mentions: no surname two people share)
        words = m.split()
        title = words[0] if len(words) > 1 and _bare_word(words[0]) in _GENDERED_COURTESY else ""
        surname = words[1:] if title else words
        if len(surname) > 2 or not all(w[:1].isupper() for w in surname):
            return None
        gender = _GENDERED_NOUNS.get(_bare_word(title)) if title else None
        named = self.of_surname(" ".join(surname), gender, any_mention=bool(title))
        if named is not None:
            self.step = "mention/title-and-shared-surname" if title else "mention/surname-named-last"
        else:
            self.surname_evidence = ""
        return named

    def of_surname(self, surname: str, gender: str | None = None, *, any_mention: bool = False) -> str | None:
        """Which of the people who share a surname a mention of it means (a surname alone, a courtesy title and a
        surname, 'he' or 'she' for a paragraph's subject of the other gender), by the evidence of
        SHARED_SURNAME_EVIDENCE in order (the one that decided kept as `surname_evidence`):
        of them, those the gender (a title's, a pronoun's) does not rule out; the one named last in this paragraph
        or the one before (printed with the surname, unless `any_mention`: "Ola Berg ... his brother Per" /
        "“…,” says Berg" is Ola; "Her sister, Renee Anstey, ..." / "“…,” Ms Anstey said" is Renee); else the one
        the story has introduced so far ("Mark Tregenza ..." / "“…,” Mr Tregenza said." before "Labour's Neil
        Tregenza"); else the one the gender fits ("Ana Kovač ... her husband Luka Kovač" / "Kovač now bakes ..." /
        "“…,” he said."). None when nothing tells them apart (the registry's choice stands)."""
        shared = self.registry.sharing(surname.rpartition(" ")[2].strip(".,;:'’"))
        if " " in surname:  # (a surname of two words: those whose names end with both)
            shared = [p for p in shared if p.lower().endswith(" " + surname.lower())]
        if len(shared) < 2:
            return None
        fits = [p for p in shared if gender is None or self.registry.gender(p) in (None, gender)]
        near = (
            (*self.before_people, *self.paragraph_people)
            if any_mention
            else (*self.before_surnamed, *self.paragraph_surnamed)
        )
        named = next((p for p in reversed(near) if p in fits), None)
        if named is None:
            met = [p for p in fits if p in self.times_named]
            named = met[0] if len(met) == 1 else fits[0] if gender and len(fits) == 1 else None
            self.surname_evidence = SHARED_SURNAME_EVIDENCE[2 if len(met) == 1 else 3] if named else ""
        else:
            self.surname_evidence = SHARED_SURNAME_EVIDENCE[1 if len(fits) == len(shared) else 0]
        return named

    def last_of_surname(self, surname: str) -> str | None:
        """Of the people sharing a surname, the one named last before it with that surname, in its paragraph or the
        one before ("Ramón Salcedo ... «…», dijo Salcedo" before his son Iker Salcedo is named; "Anna Lee ..." / "Her
        son, Tom Lee, ..." / "“…,” Lee said": Tom Lee; "Ola Berg ... his brother Per" / "“…,” says Berg": Ola, as
        a relative printed by given name alone is not the one the surname means). Named further back, the surname
        stays as printed."""
        tail = " " + surname.lower()
        near = (*self.before_surnamed, *self.paragraph_surnamed)
        return next((p for p in reversed(near) if p.lower().endswith(tail)), None)

    def _national(self, word: str) -> str | None:
        """Who a nationality alone is ("the Kenyan said", "said the Welshman"): the person the article prints with
        that nationality beside their name (the last named, if several are), or the one person a profile has named
        yet; else nobody. A word that is also its people's plural ("the Chinese", "the Japanese", "the Swiss")
        speaks for a country, never for one person."""
        if word.endswith(("ese", "ss")):
            return None
        nationals = self.registry.nationals(word)
        if self.last_person in nationals:
            return self.last_person
        if not nationals and len(self.recent_people) == 1 and self.last_name is None:
            return self.last_person  # a profile's subject: the one name the story has given yet
        if not nationals and self.last_person and not self.registry.prints_other_nationality(word):
            return self.last_person  # a story of one nationality ("Welsh captain scores late", "said the Welshman")
        return next(iter(nationals)) if len(nationals) == 1 else None

    def _described(self, m: str) -> str:
        """The speaker a description names: the Ukrainian leader / a senior administration official /
        the company / a spokesperson for the Foreign Office."""
        words = _WORDS.findall(m)
        m, words = _without_when(m, words)
        head = words[-1].lower() if words else ""
        # "the group", "the returning officer": named in apposition earlier?
        if len(words) >= 2 and words[0].lower() == "the" and (len(words) == 2 or _a_post(words)):
            named = self.registry.named_description(head)
            if named is not None:
                return named
            if head in self.unnamed and self.registry.described_as(head) is None:
                return self.unnamed[head]  # "A depot clerk who ... said ..." / "“…,” the clerk said."
        named = self._named_elsewhere(m, words, head)
        if named is not None:
            return named
        spoken_for = self._spoken_for(m, words)
        if spoken_for is not None:
            return spoken_for
        if head in ORG_WORDS and any(w[:1].isupper() for w in _WORDS.findall(_without_article(m))):
            return _without_article(m)  # "the French foreign ministry": an organisation, no person's title
        if _proper_org_name(_without_article(m)):
            return _without_article(m)  # "The Korean Council for University Education": no "education" minister
        known = not _indefinite(m)  # ("a farmer said" brings in someone new: no farmer named before)
        if known and self.last_speaker and head and self._titled(self.last_speaker, head):
            return self.last_speaker  # "“…,” Biden said. “…,” the president added."
        described = None
        if known:
            words_and_synonyms = {w.lower() for w in words} | set(L.ROLE_SYNONYMS.get(head, ()))
            described = self.registry.by_description(words_and_synonyms, (*self.before_people, *self.paragraph_people))
            described = described or (self.registry.described_as(head) if head in _ROLE_NOUNS else None)
        if described is not None:
            return described
        person = self._person_described(m)
        if person is not None:
            return person
        issuer = self._issuer(words, head) if head in _DOCUMENTS else None
        issuer = issuer or self._court_of(head)  # "The judgment said": the tribunal the story named
        if issuer is not None or (issuer := self._body_of_paragraph(head)) is not None:
            return issuer  # "the report states": the one who released it
        issuer = self._issuer_of_document(m)
        if issuer:
            return issuer
        if _ORG_DESCRIPTION.search(m) and self.last_speaker and not self.registry.is_person(self.last_speaker):
            return self.last_speaker
        fitting = self._named_of_kind(head) if len(words) == 2 and words[0].lower() == "the" else None
        return fitting or _without_article(m)

    def _issuer_of_document(self, m: str) -> str | None:
        """Whose a document is when nothing names its issuer: the body its paragraph reports as speaking ("In a
        statement, the company said ... “…,” the statement said."), else the last speaker ("the statement, obtained
        by Variety, claimed"); None for a description naming no document."""
        return (self.paragraph_issuer or self.last_speaker) if _DOCUMENT_DESCRIPTION.search(m) else None

    def _body_of_paragraph(self, document: str) -> str | None:
        """Who issued a document its paragraph names no issuer of ("In a statement issued on Friday, the Electoral
        Commission reminded candidates ... “…,” the statement read."): the body the paragraph names, when a person
        spoke last (whose the statement is not); else None."""
        if document not in _DOCUMENTS or self.last_org is None or self.org_age != 0:
            return None
        return self.last_org if self._a_person_spoke_last() else None

    def _named_of_kind(self, head: str) -> str | None:
        """Who "the company claims" is: the company named most often (the story's), the last named of those;
        for a kind whose names seldom say it ("the club"), a name of that kind the article gives; else None."""
        fitting = max((org for org in reversed(self.orgs) if _fits(org, head)), key=self.orgs.__getitem__, default=None)
        if fitting is None and head in L.ORG_KIND_ENDS:
            fitting = max((n for n in reversed(self.names) if _fits(n, head)), key=self.names.__getitem__, default=None)
        return fitting

    def _person_described(self, m: str) -> str | None:
        """The person an age or a profile's noun stands for: "the 56-year-old said" is the one printed with that age
        ("Ola Berg, 56,"), else the person named last; "the singer said" is the person the story is about, named
        last but for a relative of theirs ("her father, Harald Berg", whom the story calls by that noun)."""
        age = _AGE.search(m) if "-year-old" in m else None
        aged = self.registry.aged(age.group(1)) if age is not None else None
        if aged is not None:
            return aged
        gender = _description_gender(_WORDS.findall(m)) if age is None else None
        if gender is not None:  # as "she said" would be: never the last person named if of the other gender
            return self._person_pronoun(gender)
        if not (_person_description(m) or _PAST_ROLE.match(m)) or _indefinite(m):
            return None  # ("a farmer said" brings in someone new, not the farmer the story named)
        introduced = self._introduced()
        if introduced is not None or not self.last_person:
            return introduced
        if age is not None or not self.registry.is_relative(self.last_person):
            return self.last_person
        return self.profile_subject() or self.last_person

    def _introduced(self) -> str | None:
        """The person the sentence or paragraph before introduced, whom a description used once as a variation
        means ("Shamim Akhtar has been waiting since dawn." / "“…,” the 58-year-old said."; "Mr Tregenza asked for
        a recount." / "“…,” the former councillor said."): the first person the quote's own paragraph names before
        it, else the one who opens the paragraph before, else the name the paragraph before printed in full for the
        first time when it named no person; ranked above whoever was named or spoke last (an age printed with
        someone was read before this). None for someone's relative, whom the story calls by a noun of kin."""
        candidate = next(filter(None, (*self.paragraph_people[:1], self.previous_subject)), None)
        if candidate is None and not self.before_people and self._a_full_name(self.before_new_name or ""):
            candidate = self.before_new_name if self.before_new_name != self.last_speaker else None
        return None if candidate is None or self.registry.is_relative(candidate) else candidate

    def profile_subject(self) -> str | None:
        """Whom a profile's noun means ("the singer", "the founder"): the person named most often yet (the one named
        last of those), but for a relative of theirs ("her father, Harald Berg", whom the story calls by that noun)."""
        people = [p for p in self.recent_people if not self.registry.is_relative(p)]
        return max(reversed(people), key=lambda p: self.times_named.get(p, 0), default=None)

    def _issuer(self, words: list[str], document: str) -> str | None:
        """Who issued "the <document>" the article names: the one it says did ("the petition, filed by X,"), for a
        document a few words describe ("the public interest litigation"); or its owner ("the council's own report":
        the council the article names, `_of_kind`)."""
        if words[0].lower() != "the" or len(words) > 4:
            return None
        owner = next((w[:-2] for w in words[1:-1] if w.endswith(("'s", "’s"))), None)
        if owner is None or not owner.islower():
            return self.registry.issuer(document)
        return self._of_kind("the " + owner)

    def _court_of(self, document: str) -> str | None:
        """The court or tribunal named last, for a court's document ("the order", "the judgment", "the decision");
        else None. (Other bodies may be named after it: "According to the decision, Harbour Capital stopped ...")"""
        if document not in _COURT_DOCUMENTS and document not in _COURT_PANELS:
            return None  # (or its sitting: "the panel", "the bench")
        court = next((org for org in reversed(self.orgs) if _a_court(org)), None)
        if court is None:  # a headline's or a standfirst's, read before the story names it: the first it names
            courts = (e.name for e in self.registry.entities.values() if e.kind == "org" and _a_court(e.name))
            court = next(courts, None)
        return court

    def _titled(self, name: str, role: str) -> bool:
        """The article gives `name` the role or one it stands for ("the Rovers boss" for a "manager")."""
        return any(self.registry.has_title(name, r) for r in (role, *L.ROLE_SYNONYMS.get(role, ())))

    def _spoken_for(self, m: str, words: list[str]) -> str | None:
        """Whom an unnamed spokesperson speaks for: the organisation named ("a spokesperson for the Foreign
        Office"), the one of the kind named in lower case ("a spokeswoman for the trust", "a police spokesman":
        the trust or the police force the article names, else that kind), or the one person so titled ("a
        spokesman for the Prime Minister"); remembered with the spokesperson's gender for a "he said" after."""
        spokes = not _SPOKES_FIRST_WORDS.isdisjoint(rx.fold(m).split())  # else neither pattern can match
        found = _SPOKESPERSON_FOR.match(m) if spokes else None
        kinded = _SPOKESPERSON_FOR_KIND.match(m) if found is None and spokes else None
        if found is not None and found.group("org") is not None:
            org = found.group("org")
            verbs = find_verbs(org)
            if verbs:  # "... for the Chamber of Commerce said members had reported": the name
                org = org[: verbs[0].start()].rstrip()
            principal = self.registry.by_description(set(org.lower().split())) if _all_title_words(org) else None
            principal = principal or self.registry.resolve(org)
        elif found is not None:
            principal = self._of_kind(str(found.group("kind")))
        elif kinded is not None and (kind := kinded.group("kind") or kinded.group("before")):
            principal = self._of_kind("the " + kind)
            if principal == "the " + kind and words[0].lower() == "the" and self._same_spokesperson(words[::2]):
                # "A spokesperson for the Pilots Association said ..." / "“…,” the union spokesperson said": the
                # association again, when the story names no union (no second spokesperson of a body unnamed)
                return self.last_speaker
        elif spokes and (owner := _NAMED_BEFORE_SPOKES.match(m)) is not None:
            # "a BSA spokesperson", "an Acme Foods spokeswoman": the body of that name or those initials
            principal = self.resolve(owner.group("org")) or str(owner.group("org"))
        else:  # "A university spokesperson said ..." / "“…,” the spokesperson said": the university again
            return self.last_speaker if self._same_spokesperson(words) else None
        self.spokesperson = (principal, next(filter(None, map(_GENDERED_NOUNS.get, map(str.lower, words))), None))
        return principal

    def _of_kind(self, kind: str) -> str:
        """The organisation the article names whose name ends in a kind's last word ("the trust": "Northgate
        Hospitals NHS Trust"), the one named most often, else the kind as written."""
        head = kind.split()[-1].lower()
        fitting = max((org for org in reversed(self.orgs) if _fits(org, head)), key=self.orgs.__getitem__, default=None)
        return fitting or kind

    def _named_elsewhere(self, m: str, words: list[str], head: str) -> str | None:
        """The name a description stands for, printed elsewhere: an unnamed source named later by the same
        noun ("one sleep scientist said" ... "The scientist, Dr Ann Lee,"), or an organisation named by its
        kind first ("the Department for Transport": no person whose title holds "Transport")."""
        # (or by its owner: "Tolley's barrister said" ... "said the barrister, Simon Fenwick")
        if len(words) >= 2 and (words[0].lower() in ("a", "an", "one") or _owned(m, words)):
            named = self.registry.named_description(head)
            if named is not None:
                return named
        headed = headed_org(m.split())
        return self.registry.resolve(headed) if headed is not None else None

    def note_unregistered(self, name: str) -> None:
        """A capitalised name the registry does not hold, counted with the names for a kind's description; a
        courtesy title and a surname that two people share is the one of them the story has introduced so far."""
        introduced = self._as_met(name, name) if name[:1] in "MD" and name.count(" ") == 1 else name
        if introduced != name:
            self.note_person(introduced, printed=name)
            return
        self.names[name] = self.names.pop(name, 0) + 1

    def _as_met(self, name: str, printed: str) -> str:
        """`name`, or, when a surname printed alone or after a courtesy title may mean another of the people who
        share it, the one of them `of_surname` ranks first."""
        if name in self.times_named or not printed or name.rsplit(None, 1)[-1] != printed.rsplit(None, 1)[-1]:
            return name
        words = printed.split()
        if len(words) > 2 or (len(words) == 2 and _bare_word(words[0]) not in COURTESY_TITLES):
            return name
        gender = _GENDERED_NOUNS.get(_bare_word(words[0])) if len(words) == 2 else None
        return self.of_surname(words[-1], gender, any_mention=len(words) == 2) or name

    def note_org(self, name: str) -> None:
        if self.org_age != 0 or self.first_org is None:  # the first the block names
            self.first_org = name
        self.last_org = name
        self.org_age = 0
        self.orgs[name] = self.orgs.pop(name, 0) + 1

    def spoke(self, speaker: str | None) -> None:
        if speaker:
            self.last_speaker = speaker
            self.speaker_age = 0
            if self.spokesperson is not None and self.spokesperson[0] != speaker:
                self.spokesperson = None
