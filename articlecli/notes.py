"""End notes: who contributed, reported and edited ("Reuters contributed to this article.")."""

from __future__ import annotations

import regex

from . import lexicon as L
from . import patterns as P
from . import rx
from .bylines import is_name, restore_case
from .model import Contributor

FLAGS = regex.VERSION1 | regex.IGNORECASE

# "(Reporting by A and B; Additional reporting by C; Editing by D)", "Photography by E" (lexicon.CREDIT_ROLES)
_CREDIT_PART = rx.compile(
    r"(?P<role>(?:additional |further )?(?:"
    + P.CREDITED_WORK
    + "|"
    + P.alternation(L.CREDIT_ROLES)
    + r")"
    + P.AND_CREDITED_WORK
    + r") by (?P<names>[^;)]+)",
    FLAGS,
)
# "Heba Habib contributed to this report." / "Fox News' Jessica Napoli contributed ..."
_CONTRIBUTED = rx.compile(
    r"(?P<who>[^.;]+?)\s++(?:also\s++)?(?:contributed|contributing)\b",
    FLAGS,
)
_CONTRIBUTING_LABEL = rx.compile(
    r"^(?:" + P.CONTRIBUTING_LABEL + "|" + P.WITH_CONTRIBUTORS + r")\s*+(?P<names>.+)$",
    FLAGS,
)
# "AP staff writer ", "Fox News' producer ", "the Harbour Times' correspondents ": a wire agency or an
# outlet's possessive, then a role (lexicon.ROLE_HEADS, in the singular or the plural), before a name
_WRITER_PREFIX = rx.compile(
    r"^(?:and\s++)?(?:the\s++)?(?:(?:" + P.alternation(L.WIRE_AGENCIES) + r"|[\p{L}.’' ]{2,40}?['’]s?)\s++)?"
    r"(?:staff\s++)?(?:" + P.alternation(L.ROLE_HEADS) + r")s?\s++",
    FLAGS,
)


def _writer_prefix_off(text: str) -> str:
    """`text` without `_WRITER_PREFIX`, which ends with a space: a text of one word ("Reuters") has none."""
    return _WRITER_PREFIX.sub("", text) if text.split() != [text] else text


_PLACE_SUFFIX = rx.compile(r"\s++(?:in|from|at)\s++(?-i:\p{Lu})[\p{L} ,.]*+$", FLAGS)
_POSSESSIVE_PREFIX = rx.compile(r"^(?-i:\p{Lu})[\p{L}.]*+(?:\s++(?-i:\p{Lu})[\p{L}.]*+){0,3}['’]s?\s++", FLAGS)
_NAME_SPLIT = rx.compile(r"\s*+,\s*+(?:and\s++)?|\s++and\s++|\s*+&\s*+", FLAGS)


def contributors(note: str) -> list[Contributor]:
    """People and organisations a note credits.

    >>> [c.name for c in contributors("(Reporting by Will Dunham; Editing by Tom Brown)")]
    ['Will Dunham', 'Tom Brown']
    """
    out: list[Contributor] = []
    text = note.strip(" ()")
    # (each pattern tried only where the folded note holds its words: a credit's " by ", a label's "contributing" or
    # "with ", a sign-off's "contribut")
    folded = rx.fold(text)
    for m in _CREDIT_PART.finditer(text) if " by " in folded else ():
        role = m.group("role").lower()
        for name in _names(m.group("names")):
            out.append(Contributor(name, role))
    if out:
        return out
    m = _CONTRIBUTING_LABEL.match(text) if "contributing" in folded or "with " in folded else None
    if m:  # "Contributing: John Roe, USA TODAY; The Associated Press": one contributor a part
        for part in m.group("names").split(";"):  # what follows a comma is the outlet
            out += [Contributor(name, "contributed") for name in _names(part.split(",")[0])]
        return out
    m = _CONTRIBUTED.search(text) if "contribut" in folded else None
    if m:
        who = m.group("who").strip()
        who = _writer_prefix_off(who)
        who = _PLACE_SUFFIX.sub("", who)
        if not P.agency_only(who) and not is_name(who):
            who = _POSSESSIVE_PREFIX.sub("", who)
        for name in _names(who):
            out.append(Contributor(name, "contributed"))
    return out


def _names(text: str) -> list[str]:
    names = []
    for part in _NAME_SPLIT.split(text.strip(" .;")):
        part = _PLACE_SUFFIX.sub("", part.strip(" .;"))
        part = _writer_prefix_off(part)
        if part and (is_name(part) or P.agency_only(part) or (len(part.split()) <= 4 and part[:1].isupper())):
            names.append(restore_case(part))
    return names
