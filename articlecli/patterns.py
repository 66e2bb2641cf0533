"""Compiled patterns, built once at import from the tables in `lexicon.py`.

Patterns that run over a whole line or paragraph use possessive quantifiers and atomic
groups so that their cost stays linear in the length of the text.
"""

from __future__ import annotations

import regex

from . import lexicon as L

FLAGS = regex.VERSION1 | regex.IGNORECASE


def phrase_list(words: tuple[str, ...]) -> list[str]:
    """Longest first, so that an alternation prefers "image credit" to "image"."""
    return sorted(set(words), key=lambda w: (-len(w), w))


# ------------------------------------------------------------------ shapes
WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*+")
LETTER = regex.compile(r"\p{L}")
UPPER_WORD = regex.compile(r"^\p{Lu}")
# A sentence end inside a line: ". " followed by a capital or a quote mark.
# Abbreviations whose full stop does not end a sentence ("Rep. Ilhan Omar", "U.S. Army").
ABBREVIATIONS = (
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "rep",
    "reps",
    "sen",
    "sens",
    "gov",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "cmdr",
    "adm",
    "st",
    "jr",
    "sr",
    "no",
    "nos",
    "vs",
    "v",
    "inc",
    "corp",
    "co",
    "ltd",
    "mt",
    "ft",
    "rev",
    "hon",
    "pres",
    "supt",
    "det",
    "insp",
    "jan",
    "feb",
    "mar",
    "apr",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.k",
    "u.n",
    "e.u",
    "d.c",
    "a.m",
    "p.m",
    "approx",
    "est",
    "dept",
    "univ",
    "assn",
    "ave",
    "blvd",
    "id",
    "fig",
    "vol",
    "op",
    "ed",
    "eds",
    "al",
)
SENTENCE_BREAK = regex.compile(
    r"(?<!(?<![\p{L}.])(?:\L<abbr>|\p{Lu}))(?<!^\d{1,3})[.!?…][\"”’)\]]*+\s++[\"“‘(]?(?-i:\p{Lu})",
    regex.VERSION1 | regex.IGNORECASE,
    abbr=list(ABBREVIATIONS),
)
TERMINAL = regex.compile(r"[.!?…:;][\"”’'»)\]]*+$|[\"”»]$")
URL = regex.compile(r"(?:https?://|www\.)\S++", FLAGS)
EMAIL = regex.compile(r"[\w.+\-]++@[\w\-]++(?:\.[\w\-]++)++")
HANDLE = regex.compile(r"(?<![\w@])@\w++")
ONLY_NUMBER = regex.compile(r"^[\d.,:/\s+\-]*+[KkMm]?$")
COUNTER = regex.compile(
    r"^[\d.,]++\s*+[KkMm]?\s*+(?:shares?|comments?|views?|reads?|likes?|retweets?|posters?"
    r"|with \d++ posters participating|people following|photos?)?$",
    FLAGS,
)
SEPARATOR = regex.compile(r"^[\s_\-–—=*•·.…~#|/]++$")
IMAGE_FILE = regex.compile(r"^\S{1,200}?\.(?:jpe?g|png|gif|webp|svg|tiff?|bmp)$", FLAGS)
PLAYER_TIME = regex.compile(
    r"^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*+/\s*+(?:\d{1,2}:)?\d{1,2}:\d{2})?$"
    r"|^your video will (?:play|begin|start) in\b|^(?:video|audio) (?:player|will play)\b",
    FLAGS,
)
READ_TIME = regex.compile(r"^\d++\s*+(?:min(?:ute)?s?|mins?)\.?\s++read$", FLAGS)
COPYRIGHT = regex.compile(r"^(?:copyright\b|©|\(c\)\s)|\ball rights reserved\b", FLAGS)
GALLERY = regex.compile(r"^(?:image|photo|slide)?\s*+\d++\s*+(?:of|/)\s*+/?\s*+\d++$", FLAGS)
TAGS_LINE = regex.compile(
    r"^(?:tags?|tagged|topics?|filed under|filed to|categories|posted in|"
    r"see more|related topics|more about)\s*+:",
    FLAGS,
)
LIST_ITEM = regex.compile(r"^(?:\d{1,3}[.)]|[•·▪●◦*\-–—]|[a-z][.)])\s++\S", FLAGS)
NUMBERED_HEADING = regex.compile(r"^\d{1,3}[.)]\s++\p{Lu}")

# ------------------------------------------------------------------ debris
# Whole-line debris phrases, looked up by the line's lower-case text without trailing ":.…!".
DEBRIS_PHRASE: dict[str, str] = {}
for _reason, _words in L.DEBRIS_LINES.items():
    for _w in _words:
        DEBRIS_PHRASE.setdefault(_w, _reason)
NEWSLETTER = regex.compile(
    r"\b(?:newsletters?|sign up (?:for|to)|subscribe (?:to|for|now)|in your inbox|inbox daily|recaptcha"
    r"|delivered (?:daily|weekly|to your inbox)|email alerts?|news alerts?)\b",
    FLAGS,
)
SHARE_PHRASE = regex.compile(
    r"^(?:click to (?:share|email|print)|share (?:on|to|via) |follow (?:us|@|him|her|them)\b"
    r"|like us on facebook|follow .{1,40} on (?:twitter|facebook|instagram)$)",
    FLAGS,
)
HARD_STOP = regex.compile(
    r"^(?:\L<stops>)\b.{0,30}$|^(?:view|show|read|see|load)(?: all)? \d*+ ?comments?\b|^\d++ comments?$"
    r"|^\d++ (?:thoughts|responses|replies|comments) (?:on|to)\b",
    FLAGS,
    stops=phrase_list(L.HARD_STOPS),
)
SOFT_STOP = regex.compile(r"^(?:\L<stops>)\b[^.!?]{0,40}$", FLAGS, stops=phrase_list(L.SOFT_STOPS))
RELATED_LINK = regex.compile(
    r"^[\[(]?(?:\L<leads>)\s*+[:\-–—|»]\s*+\S|^\[(?:\L<leads>)[^\]]*+\]$|^\[[^\]]{10,}\]$",
    FLAGS,
    leads=phrase_list(L.RELATED_PREFIXES),
)
EMPTY_DATE_LINE = regex.compile(
    r"^(?:last )?(?:updated|published|posted|modified|publish date|date|created|first published)"
    r"(?: (?:on|at))?\s*+:?$",
    FLAGS,
)

# ------------------------------------------------------------------ credits
_AGENCY = phrase_list(L.AGENCIES)
CREDIT_LEAD = regex.compile(
    r"^[(\[]?(?:\L<leads>)\s*+(?:[:|\-–—]|by\b)\s*+(?P<credit>.+?)[)\]]?$",
    FLAGS,
    leads=phrase_list(L.CREDIT_LEADS),
)
# A credit glued after the caption: "... 2024. Christoph Soeder/Pool Photo via AP"
AGENCY_WORD = regex.compile(r"(?<![\p{L}])(?:\L<ag>)(?![\p{L}])", FLAGS, ag=_AGENCY)
AGENCY_ONLY = regex.compile(r"^(?:\L<ag>)$", FLAGS, ag=_AGENCY)
WIRE_AGENCY = regex.compile(r"^(?:\L<ag>)$", FLAGS, ag=phrase_list(L.WIRE_AGENCIES))

# ------------------------------------------------------------------ bylines
BYLINE_LEAD = regex.compile(
    r"^(?:\L<leads>)(?:\s*+:\s*+|\s++)(?=(?-i:[\p{Lu}\p{Lt}@]))|^(?:\L<leads>)\s*+:\s*+$",
    FLAGS,
    leads=phrase_list(L.BYLINE_LEADS),
)
INNER_BY = regex.compile(r"(?:^|\s)(?:by|BY|By)\s++(?=\p{Lu})")
ROLE_WORD = regex.compile(r"(?<![\p{L}])(?:\L<w>)(?![\p{L}])", FLAGS, w=phrase_list(L.ROLE_HEADS))
NAME_PARTICLE = regex.compile(
    r"^(?:de|del|della|der|den|van|von|da|das|dos|di|du|la|le|al|el|bin|ibn|ben|st\.?|mac|mc|y|e|"
    r"ter|ten|zu|af|av|bint|abu)$",
    FLAGS,
)
NAME_SUFFIX = regex.compile(r"^(?:jr|sr|ii|iii|iv|v|phd|md|esq)\.?$", FLAGS)
INITIAL = regex.compile(r"^\p{Lu}\.(?:\p{Lu}\.)*+$|^\p{Lu}$")
NAME_TOKEN = regex.compile(r"^(?:\p{Lu}[\p{Ll}\p{Lu}'’\-]*+\.?|\p{Lu}\.)$")

# ------------------------------------------------------------------ notes
CONTRIBUTED = regex.compile(
    r"\b(?:contributed|contributing) (?:reporting |research |to )?(?:to )?(?:this|the) "
    r"(?:report|story|article|piece|coverage)|\bcontributed reporting\b|\bcontributed to this\b",
    FLAGS,
)
REPORTING_CREDITS = regex.compile(
    r"^\(?\s*+(?:additional )?(?:reporting|writing|editing|compiled|research|written|produced)"
    r"(?: and (?:writing|editing|reporting))? by\b",
    FLAGS,
)
NOTE_LEAD = {
    kind: regex.compile(r"^\(?(?:\L<leads>)\b", FLAGS, leads=phrase_list(leads)) for kind, leads in L.NOTE_LEADS.items()
}
BIO = regex.compile(
    r"^(?P<name>(?-i:\p{Lu})[\p{L}.'’\- ]{1,60}?) (?:is|was|has been|writes|covers|reports|joined|"
    r"has covered|has written|is currently)\b",
    FLAGS,
)

# A dateline standing alone on its line: "BAAR, SWITZERLAND", "WASHINGTON —"
DATELINE_ONLY = regex.compile(
    r"^(?-i:\p{Lu}[\p{Lu}.'\- ]{2,40}+)(?:,\s*+(?-i:\p{Lu})[\p{L}.'\- ]{1,40}+(?:\s*+\((?:AP|Reuters|AFP|UPI)\))?"
    r"\s*+[—–\-]*+|\s*+\((?:AP|Reuters|AFP|UPI)\)\s*+[—–\-]*+|\s*+[—–\-]++)$"
)

# The line shapes of page furniture, in one anchored pattern: the group that matches names the reason.
DEBRIS_SHAPE = regex.compile(
    "|".join(
        f"(?P<{name}>{pattern.pattern})"
        for name, pattern in (
            ("empty_date_line", EMPTY_DATE_LINE),
            ("player", PLAYER_TIME),
            ("read_time", READ_TIME),
            ("separator", SEPARATOR),
            ("counter", COUNTER),
            ("number", ONLY_NUMBER),
            ("image_file", IMAGE_FILE),
            ("gallery", GALLERY),
            ("tags", TAGS_LINE),
            ("share", SHARE_PHRASE),
            ("related", RELATED_LINK),
        )
    ),
    FLAGS,
    leads=phrase_list(L.RELATED_PREFIXES),
)
