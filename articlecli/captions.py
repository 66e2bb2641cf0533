"""Image captions and photo credits: telling a credit from a caption, and parting the two."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable

import regex

from . import lexicon as L
from . import patterns as P
from . import rx
from .bylines import is_name
from .lexicon import AGENCIES
from .people import ARTICLES_AND_POSSESSIVES, NAME_SMALL_WORDS, ORG_WORDS, PARTICLES

_AGENCY_WORDS = frozenset(AGENCIES)
_LIBRARIES = frozenset((*L.PICTURE_LIBRARIES, *L.PICTURE_AGENCIES))

_CREDIT_PARTS = rx.compile(r"\s*+/\s*+|,\s*+")
_GALLERY_LEAD = rx.compile(
    r"^[(\[]?(?:\L<labels>)\s*+(?::|\||[-–—]\s)", P.FLAGS, labels=P.phrase_list(L.CREDIT_TITLE_LABELS)
)
_ILLUSTRATION = rx.compile(r"(?i)^photo illustration by")
_SOURCE_LEAD = rx.compile(r"(?i)^[(\[]?sources?\s*+:")
_YEAR = rx.compile(r"\d{4}")
_GLUED_AFTER_YEAR = rx.compile(r"(?<=\d{4}\.)(?P<credit>(?-i:\p{Lu})[^.!?]{0,3}\.?[^.!?]{1,60}/[^.!?]{1,30})$")
# "... in Port Carrick, Maine.Rita Chow / Reuters file": the credit glued to a word's full stop
# (or in a wire photo's capitals: "... on Monday.REUTERS/Lena Ortiz")
_GLUED_AFTER_WORD = rx.compile(r"(?<=\p{Ll}{2}\.)(?P<credit>(?-i:\p{Lu}[\p{Ll}\p{Lu}])[^.!?/]{1,40}/[^.!?]{1,30})$")
# "... at the north quay — Lena Ortiz/AP": a slashed credit after a dash
_DASH_TAIL = rx.compile(r"(?<=\S)\s++[–—-]\s++(?P<credit>(?-i:\p{Lu})[^–—]{1,40}/[^–—/]{1,40}+)$")
# "..., the gallery's east room, photos © Harbour Arts, 2021": a labelled copyright credit after a comma
# "... outside the terminal in Westport.Reuters": an agency glued to the last word's full stop
_GLUED_AGENCY = rx.compile(r"(?<=\p{Ll}{2}\.)(?P<credit>(?-i:\p{Lu})[\p{L}][\p{L} -]{0,30}+)$")
_LABELLED_COPYRIGHT_TAIL = rx.compile(
    r",\s*+(?P<credit>(?:photos?|images?|pictures?|photographs?)\s*+©[^©]{2,60}+)$", regex.IGNORECASE
)
_TRUNCATION = rx.compile(r"\s*+(?:\.\.\.|…)?\s*+\b(?:less|more|read more|see more)$")
_TRUNCATION_ENDS = ("less", "more", "less\n", "more\n")  # how a text `_TRUNCATION` matches ends

FLAGS = regex.VERSION1 | regex.IGNORECASE

# "(Omar Pike/AP)", "(Image: GETTY)", "(NASA/JPL/Harbour Space Lab)" at the end.
_PAREN_TAIL = rx.compile(r"\s*+(?:\((?P<credit>[^()]{2,80})\)|\[(?P<square>[^\[\]]{2,80})\])\s*+$")
# "... at the Eras Tour. | Getty Images": a credit after a bar
_BAR_TAIL = rx.compile(r"\s++\|\s++(?P<credit>[^|]{2,80})$")
# "...treatmentCredit: EPA" - a credit label glued to the caption; "...on Tuesday.Credit...Kendra Lowe
# for The Daily Ledger" - the same with an ellipsis, as some papers print it.
_CREDIT_LABEL = rx.compile(
    # (its label closed by a colon or dots, or, as New Zealand papers print it, a spaced slash: "Photo / Jo Lee", or
    # a slash glued to the label, as Latin American papers print it: "Foto/ Jo Lee")
    r"(?:(?<=[\p{Ll}.!?\"”’)])|\s++)(?:\L<labels>)s?\s*+(?::|\.{2,3}|…|/(?=[ ]))\s*+(?P<credit>[^:]{2,80})$",
    labels=(_CAPITALISED_LABELS := [label[:1].upper() + label[1:] for label in P.phrase_list(L.CREDIT_TAIL_LABELS)]),
)
# What every label of `_CREDIT_LABEL` holds, as printed ("Photo" in "Photographer" and "Photo credit"): a line
# holding none is spared the pattern
_PRINTED_CREDIT_LABELS = {word[:1].upper() + word[1:] for word in L.CREDIT_TAIL_LABELS}
_CREDIT_LABEL_CORES = tuple(
    sorted(
        label for label in _PRINTED_CREDIT_LABELS if not any(o != label and o in label for o in _PRINTED_CREDIT_LABELS)
    )
)
# A tail after the caption's last sentence: "... 2024. Lena Ortiz/Pool Photo via AP"
_SENTENCE_TAIL = rx.compile(r"(?<![\s.]\p{Lu}\.)(?<=[.!?][\"”’)]?)\s++(?P<credit>(?-i:\p{Lu})[^.!?\[\]]{1,80}?)\s*+$")
_CAPTION_LEADS = rx.compile(r"^(?:\L<leads>)\s*+:\s*+", FLAGS, leads=P.phrase_list(L.CAPTION_LEADS))
# (with the comma a broadcaster's page prints after its label for screen readers: "Image caption, Protesters ...")
_CAPTION_PHRASE_LEAD = rx.compile(
    r"^(?:\L<leads>),?+\s++(?=(?-i:[\p{Lu}\d\"“]))", FLAGS, leads=P.phrase_list(L.CAPTION_PHRASE_LEADS)
)
_FILE_PHOTO = rx.compile(r"^(?:\L<leads>)\s*+:", FLAGS, leads=P.phrase_list(L.CAPTION_FILE_LEADS))
# a lead without a colon opens with one of these words ("Image caption ..."): read before the patterns
# (and a gallery's counted lead, `_COUNTED_LEAD`: "Photo 1 of 12 - ...")
_PHRASE_LEAD_WORDS = tuple(sorted({p.split()[0].casefold() for p in L.CAPTION_PHRASE_LEADS} | set(L.GALLERY_ITEMS)))
_PHRASE_LEAD_SIZE = max(map(len, _PHRASE_LEAD_WORDS))
_COPYRIGHT_LEAD = rx.compile(r"^(?:©|\(c\)|copyright)\s*+", FLAGS)
_COURTESY = rx.compile(r"^courtesy(?: of)?\s++(?-i:\p{Lu})", FLAGS)
_COPYRIGHT_OR_COURTESY_FIRSTS = ("©", "(", "c")  # each line the two patterns read opens with one (case folded)
_VIA = rx.compile(r"\bvia\b|\bfor\b|\bcourtesy\b|\bfile\b|\bpool\b|\bhandout\b", FLAGS)

# ---- the credit grammar: forms a whole line takes when it is a photo credit, beyond the labelled
# ("Photo: ...") and slashed ("Name/Agency") forms read in `credit_only`. Each form is data-driven
# (lexicon tables) and carries its example; `tests/test_captions.py` runs every form on its example.
# (a body named after "the" and a word or two in lower case: "Photo courtesy of the city of Delmar", "... of the
# state Department of Transportation")
# (or after an article of the other languages the leads are printed in: "Photo fournie par la Ville de Laval")
_PHRASE_LEAD = rx.compile(
    r"^(?P<lead>\L<leads>)\s++(?P<credit>(?:\L<articles>\s++(?:(?-i:\p{Ll}++)\s++){0,2})?(?-i:[\p{Lu}\d])[^|]{1,80}+)$",
    FLAGS,
    leads=P.phrase_list((*L.CREDIT_PHRASE_LEADS, *L.CREDIT_ABBREVIATED_LABELS)),
    articles=P.phrase_list(("the", *L.OUTLET_ARTICLES)),
)
# (a descriptor is a whole line, or all a line holds before its colon: looked up whole in the set, with no pattern
# built from the table; after the colon, the caption, "Contributed photo: The robot on a test run")
_DESCRIPTORS = frozenset(L.CREDIT_DESCRIPTORS)
_CAPTION_AFTER_DESCRIPTOR = rx.compile(r"\s*+(?P<caption>(?-i:[\p{Lu}\d\"“]).{10,})$", FLAGS)


def _descriptor(text: str) -> bool:
    """The text, folded, is one of the descriptors (with a line break after it, maybe)."""
    return rx.fold(text.removesuffix("\n")) in _DESCRIPTORS


def _descriptor_then_source(text: str) -> bool:
    """A descriptor (one to three words) and then whose picture it was, in a few capitalised words or letters, as
    pages in other languages print it ("Photo d'archives GO", "Archivo El Tiempo", "Foto de archivo La Voz")."""
    words = text.split()
    for k in range(min(len(words) - 1, 3), 0, -1):
        if not words[k][:1].isupper() or not title_words(" ".join(words[k:]), 4):
            continue
        head = " ".join(words[:k])
        if _descriptor(head) or rx.fold(head) in L.CREDIT_DESCRIPTORS_BEFORE_SOURCE:
            return True
    return False


def _before_colon_a_descriptor(text: str, colon: int, spaces: str | None) -> bool:
    """All the text holds before its first colon (at `colon`, past the `spaces` before it) is a descriptor."""
    return colon > 0 and rx.fold(text[:colon].rstrip(spaces)) in _DESCRIPTORS


_DESK_END = rx.compile(r"(?<![\p{L}])(?:\L<words>)$", FLAGS, words=P.phrase_list(L.CREDIT_DESK_WORDS))
_DESK_END_WORDS = tuple(L.CREDIT_DESK_WORDS)
# "Rita Chow, AP", "Lena Ortiz | Wire Photo", "Omar Pike - Herald Staff": a name, a mark, a desk
_NAME_THEN_DESK = rx.compile(r"^(?P<name>[^,|/–—]{3,40}?)(?:\s*+[,|]|\s++[–—-])\s*+(?P<desk>[^,|/]{2,40})$")
# "Jane Doe via AP", "Handout via Reuters", "Getty Images for Netflix", "Omar Pike for the Harbour Herald"
_VIA_OR_FOR = rx.compile(
    r"^(?P<who>(?-i:\p{Lu})[^,;:|]{1,50}?)\s++(?P<mark>via|for)\s++(?P<source>(?:the\s++)?(?-i:\p{Lu})[^,;:|]{1,40})$",
    FLAGS,
)
# "Harbor Press file photo", "U.S. Coast Guard photo": a source's name in capitals, then what the picture is
_SOURCE_THEN_KIND = rx.compile(
    r"^(?P<source>(?:(?-i:[\p{Lu}\d])[\p{L}\d.'’&-]*+\s++){1,5}?)(?-i:\L<ends>)$",
    ends=P.phrase_list(L.CREDIT_SOURCE_ENDS),
)
# "Herald Photo by Ashish Pawar", "Western Star Picture by Jo Lee": a paper's own credit, its name in capitals
# before "Photo by" and the photographer's name (kept whole, as printed)
_OUTLET_PHOTO_BY = rx.compile(
    r"^(?P<outlet>(?:(?-i:\p{Lu})[\p{L}.'’&-]*+\s++){1,4}?)(?:staff\s++)?(?:photos?|pictures?|images?|pix)\s++by\s++"
    r"(?P<who>(?-i:\p{Lu})[\p{L}.'’ -]{2,40})$",
    FLAGS,
)
# "staff photographer", "file photo": a picture desk in lower case after a name ("Lena Ortiz, staff photographer")
_LOWER_DESK = rx.compile(r"^(?-i:\p{Ll}[\p{Ll} ]{0,24}+)$")
_SQUARE = rx.compile(r"^\[(?P<inner>[^\[\]]{2,80})\]$")
# The last sentence of a caption when it is a credit in one of the grammar's forms
# ("... on Monday. Courtesy of the Lund family", "... on Monday. © Reuters / Jane Doe")
_LAST_SENTENCE = rx.compile(r"(?<![\s.]\p{Lu}\.)(?<=[.!?][\"”’)]?)\s++(?P<credit>[^.!?]{2,80}+)$")
# "... at the harbour © Jane Doe": a copyright mark and a name after the caption, no full stop between
_COPYRIGHT_TAIL = rx.compile(r"\s++©\s*+(?P<credit>[^©]{2,60}+)$")


# Small words inside a name, an outlet or a desk ("Agence France-Presse", "Museum of the City of New York",
# "Jan van Eyck"): the joining words and the name particles.
_TITLE_SMALL_WORDS = NAME_SMALL_WORDS | PARTICLES
# Lower-case words a credit may hold ("Jane Doe via AP", "file photo by"), besides the name particles.
_CREDIT_SMALL_WORDS = _TITLE_SMALL_WORDS | {"via", "by", "file"}


def title_words(text: str, most: int) -> bool:
    """A few words, all capitalised save small joining words: a name, an outlet, a desk."""
    words = text.split()
    return 1 <= len(words) <= most and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words
    )


# The forms of `credit_form` that say where a picture came from rather than who took it ("File photo",
# "Supplied", "Herald archive", "Courtesy of the Lund family"), and a photographer's name saying it is a picture ("Dana
# Whitby photo")
KIND_FORMS = frozenset(("descriptor", "source-kind", "courtesy", "issuer", "name-photo"))
_ISSUERS = frozenset(L.CREDIT_ISSUERS)
_ISSUER_LAST_WORDS = frozenset(issuer.rsplit(None, 1)[-1] for issuer in L.CREDIT_ISSUERS)
_ISSUER_ENDS = frozenset(word[-4:] for word in _ISSUER_LAST_WORDS)  # the cheap test first: "reau", "fice", "unit"


def credit_form(text: str) -> tuple[str, str] | None:
    """(form, credit) when a whole line is a credit in one of the grammar's forms, else None.

    >>> credit_form("Courtesy of the Lund family"), credit_form("Rita Chow, AP")
    (('courtesy', 'Courtesy of the Lund family'), ('name-desk', 'Rita Chow, AP'))
    """
    t = text.strip().rstrip(".")
    if not t or len(t) > 100:
        return None
    first = t.split(None, 1)[0].lower()
    # each form is tried only where the word or mark it needs is present (cheap tests, same answers)
    if first in _TAIL_LEAD_WORDS:
        if _descriptor(t) or _descriptor_then_source(t):
            return "descriptor", t  # "File photo"; "Photo d'archives GO", "Archivo El Tiempo": the source after it
        m = _PHRASE_LEAD.match(t)
        if m and len(m.group("credit").split()) <= 10 and not P.SENTENCE_BREAK.search(m.group("credit")):
            if m.group("lead").lower() in _COURTESY_LEADS:
                return "courtesy", t  # printed as part of the credit: "Courtesy of Ivo Marsh"
            return "phrase-lead", m.group("credit").strip()
    if " by " in t and (m := _OUTLET_PHOTO_BY.match(t)) is not None and _outlet_photo_by(m):
        return "outlet-photo-by", t
    if t.startswith("["):
        m = _SQUARE.match(t)
        inner = m.group("inner").strip() if m else ""
        found = (credit_only(inner) or (inner if _credit_shape(inner) else None)) if inner else None
        return ("square", found) if found else None
    if (kind := _source_then_kind(t, first)) is not None:
        return kind
    if t[-4:].lower() in _ISSUER_ENDS and _issued(t):
        return "issuer", t
    m = _VIA_OR_FOR.match(t) if " via " in t or " for " in t else None
    if m and title_words(m.group("source"), 5):
        # after "for", a name unknown as a given name is credited only by an outlet named after it
        strict = m.group("mark") == "for" and not _outlet_or_initials(m.group("source"))
        if _credited(m.group("who"), strict=strict):
            return "via", t
    m = _NAME_THEN_DESK.match(t) if "," in t or "|" in t or " -" in t or " –" in t or " —" in t else None
    if m and is_name(m.group("name").strip()) and (_agency_or_desk(m.group("desk")) or _name_outlet(t, m)):
        return "name-desk", t
    # "Ilse Maran | Skerry Mail": after a bar, the outlet need not be a desk; a name is two or three words
    # ("Ferry Strike Halts Island Deliveries | Harbour Herald" is a page's title and its site)
    if m is None or "|" not in t:
        return None
    name, desk = m.group("name").strip(), m.group("desk").strip()
    if len(name.split()) <= 3 and is_name(name) and title_words(desk, 4) and not _issue_number(desk):
        return "name-outlet", t
    return None


def _source_then_kind(t: str, first: str) -> tuple[str, str] | None:
    """ "Harbor Press file photo", "YouTube screenshot": a source, then what the picture is (kept whole); "Dana
    Whitby photo": a photographer's name, then "photo" (the name)."""
    m = _SOURCE_THEN_KIND.match(t) if t.rsplit(None, 1)[-1].lower() in _SOURCE_END_WORDS else None
    # a source is named: "The photo", "Our archives" name none (a subheading's words)
    if m is None or not title_words(m.group("source").strip(), 5) or first in _CONTROL_VERBS or _unnamed(m):
        return None
    if _photographer_then_photo(m.group("source").strip(), t):
        return "name-photo", m.group("source").strip()
    return "source-kind", t


# (an issue's label, "No. 12", "Issue 4": read by the classifier's fact lines too)
ISSUE_WORDS = frozenset(L.ISSUE_LABEL_WORDS)


def _issue_number(text: str) -> bool:
    """ "EPISODE 42", "Folge 12", "Vol. 3": an issue's or an episode's label and its number, after a bar a show's or a
    series' title ("ICE ROAD HOURS | EPISODE 42"), never the outlet of a credit."""
    words = text.split()
    return len(words) == 2 and words[0].strip(".#").lower() in ISSUE_WORDS and words[1].strip("#.").isdigit()


# "Courtesy of ...", "Cortesía de ...", "Courtoisie ...": a courtesy credit is kept whole
_COURTESY_LEADS = frozenset(L.CREDIT_COURTESY_LEADS)


def _issued(t: str) -> bool:
    """ "UCAL Media Bureau", "Ministry of Health Press Office": a body's name in title words, then the office that
    handed out the picture (`L.CREDIT_ISSUERS`)."""
    words = t.split()
    if not 3 <= len(words) <= 8 or words[-1].lower() not in _ISSUER_LAST_WORDS or ":" in t:
        return False  # ("Author: Press Office": a labelled field, whose label reads the credit if it is one)
    if words[0].lower() in L.SENTENCE_VERBS or words[0].lower() in ARTICLES_AND_POSSESSIVES:
        return False  # "Call the Press Office", "The Press Office": a call or a name of no one
    for size in (2, 3):
        if " ".join(words[-size:]).lower() in _ISSUERS and title_words(t, 8):
            return len(words) > size
    return False


def _outlet_photo_by(m: regex.Match[str]) -> bool:
    """The words before "Photo by" name a paper (title words, not a picture's kind: "Drone photo by" is a lead)
    and a name follows: "Herald Photo by Ashish Pawar", not "Photo by the author"."""
    outlet = m.group("outlet").strip()
    first = outlet.split()[0].lower()
    return (
        title_words(outlet, 4)
        and first not in _TAIL_LEAD_WORDS
        and first not in ARTICLES_AND_POSSESSIVES
        and is_name(m.group("who"))
    )


@functools.cache  # built on first use: few pages print a credit of this form
def _body_words() -> frozenset[str]:
    return ORG_WORDS | frozenset((*L.OUTLET_WORDS, *L.CREDIT_OUTLET_HEADS, *L.CREDIT_BODY_WORDS))


def _photographer_then_photo(source: str, t: str) -> bool:
    """ "Kerron Lindo photo", "(Terrence Goodluck photo)": a person's name of two or three words, then the bare
    kind in lower case (not "file photo", "handout"; not an outlet's or a body's own: "Harbour Press photo",
    "WMVH Photo", "Westport Council photo"): the credit is the name."""
    words = source.split()
    if not t.endswith(" photo") or not 2 <= len(words) <= 3:  # ("(Ada Brenner pic)": kept whole, as printed)
        return False
    if not all(w.replace("-", "").replace("'", "").replace("’", "").isalpha() for w in words):
        return False  # ("U.S. Coast Guard photo")
    return is_name(source) and _body_words().isdisjoint(w.lower() for w in words)


def _unnamed(m: regex.Match[str]) -> bool:
    """The source before a picture's kind is an article or a possessive alone ("The", "Our"): no one's name."""
    return m.group("source").strip().lower() in ARTICLES_AND_POSSESSIVES


def _credited(who: str, *, strict: bool) -> bool:
    """The one a "via"/"for" credit names: an agency, a desk or a person; after "for" ("Audio Briefs for
    Busy Kitchens" is a title) a person must open with a known given name ("Omar Pike for the Harbour Herald")."""
    if _agency_or_desk(who) or "/" in who or _descriptor(who):  # "Screenshot via Harbour Trust"
        return True
    if not is_name(who):
        return False
    return not strict or who.split()[0].lower() in L.ANY_GIVEN_NAMES


_OUTLET_HEADS = frozenset((*L.OUTLET_WORDS, "news"))
_FOR_OUTLET_HEADS = frozenset((*L.OUTLET_WORDS, *L.CREDIT_OUTLET_HEADS))


def _outlet(text: str, heads: frozenset[str] = _OUTLET_HEADS) -> bool:
    """A paper's or a broadcaster's name after a photographer's: title words ending in an outlet's head word
    ("Rita Chow, The Harbour Herald", "Ramon Cruz, KNN News", "JO LEE, THE BORNEO LEDGER")."""
    t = text.strip(" .")
    return bool(t) and t.rsplit(None, 1)[-1].lower() in heads and title_words(t, 5)


def _outlet_or_initials(text: str) -> bool:
    """An outlet's name after "for" ("The Coastal Herald", "North Atlantic Review") or its initials ("MCIJ", "KBC")."""
    t = text.strip(" .")
    return (2 <= len(t) <= 6 and t.isalpha() and t.isupper()) or _outlet(t, _FOR_OUTLET_HEADS)


def _name_outlet(t: str, m: regex.Match[str]) -> bool:
    """A name of four words at most, a comma and an outlet ("Ramon Cruz, KNN News"); a title before a bar and its
    site ("Ferry Strike Halts Island Deliveries | Harbour Herald") is none."""
    return "|" not in t and len(m.group("name").split()) <= 4 and _outlet(m.group("desk"))


def _agency_or_desk(text: str) -> bool:
    """ "AP", "Getty Images", "Wire Photo", "Herald Staff Photographer", "Handout"."""
    t = text.strip(" .")
    if P.agency_only(t) or t.lower() in _LIBRARIES:
        return True
    # "Wire Photo", "Herald Staff Photographer", "staff photographer"
    return (title_words(t, 5) or _LOWER_DESK.match(t) is not None) and _ends_with_desk_word(t)


def _ends_with_desk_word(text: str) -> bool:
    """`_DESK_END`, tried only where the folded text ends with one of its words."""
    return rx.fold(text).removesuffix("\n").endswith(_DESK_END_WORDS) and _DESK_END.search(text) is not None


def _credit_shape(text: str) -> bool:
    """Does `text` read like a photo credit (names and agencies, not a sentence)?

    >>> _credit_shape("Lena Ortiz/Pool Photo via AP"), _credit_shape("the capital")
    (True, False)
    """
    text = text.strip(" .")
    if not text or len(text) > 90 or text.endswith(("?", "!")):
        return False
    words = P.words(text)
    if not 1 <= len(words) <= 12:
        return False
    lower = [w for w in words if w[0].islower() and w.lower() not in _CREDIT_SMALL_WORDS]
    if len(lower) > 1:
        return False
    if sum(1 for w in words if w.isdigit()) > 1:
        return False
    if (P.may_name_agency(text) and P.AGENCY_WORD.search(text)) or _COPYRIGHT_LEAD.match(text):
        return True
    # "Photographer Name/Desk": a slash credit names a person or an agency on one side
    return "/" in text and any(
        is_name(part.strip()) or _descriptor(part.strip()) for part in _CREDIT_PARTS.split(text)
    )  # "Jane Doe/Harbor Press", "Screenshot/YouTube"


_LEAD_WORD = rx.compile(r"[(\[]?(\p{L}++)")
# (an abbreviated label read as its letters: "Ph. Jo Lee" opens with "ph")
_ABBREVIATIONS = tuple(label.rstrip(".") for label in L.CREDIT_ABBREVIATED_LABELS)
# (the first words of the phrase leads and descriptors, cut once for both sets below)
_PHRASE_FIRST_WORDS = tuple(lead.split()[0] for lead in (*L.CREDIT_PHRASE_LEADS, *L.CREDIT_DESCRIPTORS))
_CREDIT_FIRST_WORDS = frozenset((*(lead.split()[0] for lead in L.CREDIT_LEADS), *_PHRASE_FIRST_WORDS, *_ABBREVIATIONS))
_CREDIT_FIRST_INITIALS = frozenset(w[0] for w in _CREDIT_FIRST_WORDS)
# the first words of a credit in words after a caption: "... Monday. Courtesy of ...", "... Submitted photo"
# (an abbreviated label with its full stop, "Ph. Jo Lee", "Fot. Jan Nowak", read with it and without it)
_TAIL_LEAD_WORDS = frozenset(
    (
        *_PHRASE_FIRST_WORDS,
        *L.CREDIT_DESCRIPTORS_BEFORE_SOURCE,
        *L.CREDIT_ABBREVIATED_LABELS,
        *_ABBREVIATIONS,
    )
)
# last words of an agency or a desk: "Rita Chow, AP", "Lena Ortiz | Wire Photo"; of a library, of what a
# picture is after its source ("YouTube screenshot")
_SOURCE_END_WORDS = frozenset(w.split()[-1] for w in L.CREDIT_SOURCE_ENDS)
_CONTROL_VERBS = frozenset(L.PICTURE_CONTROL_VERBS)
# first words of a credit glued to a caption's full stop ("...in Westport.Reuters", "...on Monday.Supplied")
_GLUED_CREDIT_WORDS = _AGENCY_WORDS | _LIBRARIES | _CREDIT_FIRST_WORDS
_CREDIT_LAST_WORDS = frozenset(
    (
        *(w.split()[-1] for w in (*AGENCIES, *L.CREDIT_DESK_WORDS, *L.PICTURE_LIBRARIES, *L.CREDIT_SOURCE_ENDS)),
        *(w for w in L.PICTURE_AGENCIES if " " not in w),  # "... lørdag. Scanpix" (never "news" of "East News")
    )
)


# (and an office's that issued the picture: "UCAL Media Bureau", one lookup for both)
_CREDIT_OR_ISSUER_LAST_WORDS = _CREDIT_LAST_WORDS | _ISSUER_LAST_WORDS


def _may_be_credit(t: str) -> bool:
    """A cheap test before the credit rules: a credit has a mark, a lead word, capitals or an agency."""
    if "/" in t or "(" in t or "©" in t or ":" in t or "[" in t or "|" in t or "CC" in t or t.isupper():
        return True
    # "Credit...Jo Lee": the word ends where the letters do (no bracket before it: there is none in the line);
    # read only when its first letter may open a lead word
    lead = _LEAD_WORD.match(t) if t[:1].lower()[:1] in _CREDIT_FIRST_INITIALS else None
    first = lead.group(1).lower() if lead else ""
    whole = t.lower().strip(" .")
    if first in _CREDIT_FIRST_WORDS or whole in _AGENCY_WORDS or whole in _LIBRARIES:
        return True
    last = t.rsplit(None, 1)[-1].strip(".").lower() if t.strip() else ""
    if " by " in t and len(t) <= 80 and ("hoto" in t or "icture" in t):  # "Herald Photo by Ashish Pawar"
        return True
    if last in _OUTLET_HEADS and "," in t:  # "Rita Chow, The Harbour Herald"
        return True
    return last in _CREDIT_OR_ISSUER_LAST_WORDS or " via " in t or " for " in t


def unwrap(text: str) -> str:
    """A credit without the brackets around it, its own kept: "(Jo Lee/AP)" -> "Jo Lee/AP", "African News Agency
    (ANA))" -> "African News Agency (ANA)" (a closing bracket its text opens is the text's, not a wrapper's)."""
    inner = text.strip(" ()[]")
    if ")" in text or "]" in text:
        for mark, close in (("(", ")"), ("[", "]")):
            if inner.count(mark) > inner.count(close) and close in text[text.rindex(inner[-1:]) :]:
                inner += close
    return inner


def _led_credit(t: str, m: regex.Match[str]) -> str | None:
    """The credit after a credit's label ("Photo: ..."), or None when what follows is no credit."""
    credit = str(_COPYRIGHT_LEAD.sub("", unwrap(t[m.start("credit") :]))).strip()
    words = P.words(credit)
    if _GALLERY_LEAD.match(t) and not (_credit_shape(credit) or is_name(credit)):
        return None  # "Photos: Titan, the Hazy Moon of Saturn": a gallery's title, not a credit
    if _SOURCE_LEAD.match(t) and credit[:1].islower() and credit.endswith("."):
        return None  # "Sources: the council and the county.": a sentence on whom the story asked
    if credit and len(words) <= 10 and not _sentence_break(credit) and not _described(t, m.start("credit"), words):
        return credit
    return t if _ILLUSTRATION.match(t) else None


# a licence at either end of a credit, in brackets or after a mark: "Jo Lee [CC BY-SA 4.0]", "CC BY 2.0 / Jo Lee"
_LICENCE = rx.compile(
    r"(?:^[(\[]?+(?:\L<lic>)(?:[ -]?+\d\.\d)?+[)\]]?+[\s,;/|–—-]++"
    r"|[\s,;/|–—-]*+[(\[]?+(?:\L<lic>)(?:[ -]?+\d\.\d)?+[)\]]?+\.?$)",
    P.FLAGS,
    lic=P.phrase_list(L.CREDIT_LICENCES),
)


def _licensed_credit(t: str) -> str | None:
    """A credit printed with its licence: the credit without the licence, when what is left is a credit or a
    name ("Jo Lee [CC BY-SA 4.0]" -> "Jo Lee")."""
    rest = _LICENCE.sub("", t, count=1).strip(" ,;/|")
    if rest == t or not rest:
        return None
    found = credit_only(rest)
    if found is not None:
        return found
    return rest if is_name(rest) or _credit_shape(rest) else None


def credit_only(text: str) -> str | None:
    """The credit when a whole line is a photo credit, else None.

    >>> credit_only("Photo: Rita Chow, AP"), credit_only("(Mia Lund / Associated Press)")
    ('Rita Chow, AP', 'Mia Lund / Associated Press')
    """
    t = text.strip()
    if len(t) > 120 or not _may_be_credit(t):
        return None
    if "CC" in t and (licensed := _licensed_credit(t)) is not None:  # with its licence: "Jo Lee [CC BY-SA 4.0]"
        return licensed
    m = P.credit_lead(t)
    if m:
        return _led_credit(t, m)
    # "© Jo Lee", "(c) Jo Lee", "Copyright Jo Lee", "Courtesy of Jo Lee": the patterns are read only after
    # a first character that may open them
    opening = t[:1].casefold()
    if opening in _COPYRIGHT_OR_COURTESY_FIRSTS:
        if _COPYRIGHT_LEAD.match(t) and not P.COPYRIGHT.search(t.replace("©", "", 1)):
            rest = str(_COPYRIGHT_LEAD.sub("", t)).strip()
            if rest and len(P.words(rest)) <= 8 and not _YEAR.search(rest):
                return rest
            return None
        if (_COURTESY.match(t) and len(t.split()) <= 6) or rx.fold(t) in _COURTESY_LEADS:
            return t  # (a courtesy's word alone too: "Courtesy", whose picture left unsaid)
    form = credit_form(t)
    if form is not None:
        return form[1]
    if ":" in t or "*" in t:  # "Route B: Lisbon, Porto/Faro" is a list item, not a credit
        return None
    named = _after_picture_word(t)
    if named is not None and 2 <= len(named.split()) <= 4 and _named_only(named):
        return named  # "Foto Francesca Orlandi": a picture's word and a person's name, no colon between
    inner = t[1:-1].strip() if t.startswith("(") and t.endswith(")") else t
    if P.agency_only(inner.strip(" .")) or inner.strip(" .").lower() in _LIBRARIES:
        return inner.strip(" .")
    if _credit_shape(inner) and "/" in inner and not P.ends_sentence(inner) and not _labelled_after_stop(inner):
        return inner
    if t.startswith("(") and t.endswith(")"):
        if _credit_shape(inner) or _company(inner):
            return inner
        form = credit_form(inner)  # "(Lena Ortiz for The Coastal Herald)"
        return form[1] if form is not None else None
    return None


def _labelled_after_stop(text: str) -> bool:
    """A caption of names and its credit's label after its full stop ("Rangiwhero District Mayor Hēmi Kawana. Photo
    / Coastline Courier"): a caption with its credit, though its words are a credit's shape."""
    stop = text.find(". ")
    return stop > 0 and P.credit_lead(text[stop + 2 :]) is not None


_CAPTION_LEAD_WORDS = frozenset(L.CAPTION_LEADS)


def _described(line: str, start: int, words: list[str]) -> bool:
    """After a label that may open a caption as well as a credit ("Image:", "Photo:"), a description
    ("Image: Rowers on the quay before the race") is the caption: more than one lower-case word that
    no credit holds ("Photo: Jane Doe on Unsplash" holds one)."""
    label = line[:start].strip(" :([").lower()
    if label not in _CAPTION_LEAD_WORDS:
        return False
    return sum(1 for w in words if w[:1].islower() and w.lower() not in _CREDIT_SMALL_WORDS) > 1


_COMPANY_ENDS = frozenset(L.CREDIT_COMPANY_ENDS)


def _company(text: str) -> bool:
    """ "Walt Disney Co.", "Harbour Ferries Ltd": a company's name, two to five capitalised words."""
    t = text.strip(" .")
    return title_words(t, 5) and " " in t and t.rsplit(None, 1)[-1].strip(".").lower() in _COMPANY_ENDS


# "Ann K.L. Moss": initials run together; spaced out, each reads as an initial, not a sentence's end
_RUN_INITIALS = rx.compile(r"(?<=(?<!\p{L})\p{Lu})\.(?=\p{Lu}\.)")


def _sentence_break(text: str) -> bool:
    """Does a credit hold two sentences? ("Jo Lee. The pier" does; "Ann K.L. Moss, AP" does not.)"""
    return P.SENTENCE_BREAK.search(_RUN_INITIALS.sub(". ", text)) is not None


def clean_credit(credit: str) -> str:
    """ "Photo: AFP via Getty" -> "AFP via Getty"; "© NASA" -> "NASA"."""
    credit = unwrap(credit).lstrip("/-–— ")  # "... este martes. / Marta Velasco", "... - Jo Lee/AP"
    m = P.credit_lead(credit)
    if m:
        credit = credit[m.start("credit") :]
    return unwrap(str(_COPYRIGHT_LEAD.sub("", credit)))


def split_caption(text: str) -> tuple[str, str] | None:
    """(caption, credit) when a caption line ends with its credit, else None."""
    found = split_caption_by(text)
    if found is None:
        return None
    caption, credit, _form = found
    caption = caption.rstrip(" |")  # "... on Monday | Photo: Lena Ortiz"
    if caption.endswith(". -"):  # "... on Monday. - Photo: Lena Ortiz": a spaced hyphen before the label
        caption = caption[:-2].rstrip()
    return caption_lead(caption) or caption, clean_credit(credit)  # "Photo: A boat ... (Getty Images)"


_GLUED_WORD = rx.compile(r"(?<=\p{Ll}\.)(\p{Lu}\p{L}*+)")


def may_end_with_credit(text: str) -> bool:
    """A cheap test before `split_caption`: a credit needs a bracket, a slash, a label or an agency."""
    tail = text[-90:]
    if text.startswith(("©", "(")):  # "© Jo Lee Pupils at the gate", "(Photo: Jo Lee) Pupils ...": the credit first
        return True
    if "(" in tail or "/" in tail or ":" in tail or "[" in tail or "©" in tail or "|" in tail:
        return True
    end = tail[-64:]
    if ". —" in end or ".—" in end or ". –" in end:  # "... on Sunday. —JUNJUN P. SANTIAGO": a credit after a dash
        return True
    if ". - " in end:  # "... on Monday. - Photo by Lincoln Holder": after a spaced hyphen
        return True
    if end[-2:].isupper() and _CAPITALS_NAME_TAIL.search(end):  # "... de Poniente. ALBERTO RUIZ"
        return True
    if "redit..." in tail or "redit…" in tail:
        return True
    if end[-1:] == "." and end[-2:-1].isupper() and _DOTTED_TAIL.search(end):  # "... fotografadas. D.R."
        return True
    # "... mardi au stade. Photo La Voix du Canal - Inès Morel": a label with no mark opening the last sentence
    if " - " in end and _label_opens_last_sentence(end):
        return True
    # "... in April. Lena Ortiz for The Harbour Review": a name for an outlet after the last full stop
    if " for " in tail[-60:] or " via " in tail[-60:]:
        return True
    # "... in Westport.Reuters", "... on Monday.Courtesy of ...": a credit glued to the full stop
    glued_from = max(0, len(tail) - 64)
    if _capital_after_stop(tail, glued_from):
        for glued in _GLUED_WORD.findall(tail, glued_from):
            if glued.lower() in _GLUED_CREDIT_WORDS:
                return True
    words = [w.strip(".,;") for w in tail.lower().rsplit(None, 6)[-6:]]
    if not words or not _TAIL_LEAD_WORDS.isdisjoint(words) or words[-1] in _CREDIT_LAST_WORDS:
        return bool(words)
    if words[-1] in _ISSUER_LAST_WORDS and tail[-1:].isalpha():  # "... on Sunday. UCAL Media Bureau" (no full stop)
        return True
    last = words[-4:]
    return not _AGENCY_WORDS.isdisjoint(last) or any(
        a in _AGENCY_FIRST_WORDS and f"{a} {b}" in _AGENCY_WORDS for a, b in itertools.pairwise(last)
    )


# the first words of the agencies named in two words ("associated press", "getty images")
_AGENCY_FIRST_WORDS = frozenset(a.split()[0] for a in _AGENCY_WORDS if a.count(" ") == 1)


def _capital_after_stop(text: str, start: int) -> bool:
    """Is a full stop followed by a capital (or by any letter outside ASCII) from `start` on? The cheap test
    before `_GLUED_WORD`, whose glued word opens with a capital right after a full stop (the stop may stand
    just before `start`)."""
    at = text.find(".", max(0, start - 1))
    while at >= 0:
        after = text[at + 1 : at + 2]
        if after and (after.isupper() or not after.isascii()):
            return True
        at = text.find(".", at + 1)
    return False


def split_caption_by(text: str) -> tuple[str, str, str] | None:
    """(caption, credit, form) when a caption line ends with its credit, else None: the first form of
    `CREDIT_TAILS` that reads the line's end ("credit-tail/bracketed"), else a copyright mark and a name opening
    the line ("copyright-first") or a credit's descriptor before a colon ("descriptor-first"); `--explain` shows
    the form (`explain_fields.captions`).

    >>> split_caption("Ferry crews on the quay at Port Carrick on Sept. 12, 2023. (Omar Pike/AP)")
    ('Ferry crews on the quay at Port Carrick on Sept. 12, 2023.', 'Omar Pike/AP')
    """
    t = text.strip()
    for form in CREDIT_TAILS:
        found = form.read(t)
        if found is not None and found[0] > 0:
            return t[: found[0]].strip(), found[1], form.form
    if t.startswith("©"):
        pair = copyright_first(t)
        return None if pair is None else (*pair, "copyright-first")
    if t.startswith("("):
        pair = labelled_bracket_first(t)
        return None if pair is None else (*pair, "labelled-bracket-first")
    colon = t.find(":", 0, 30)
    m = _CAPTION_AFTER_DESCRIPTOR.match(t, colon + 1) if _before_colon_a_descriptor(t, colon, None) else None
    credit = t[:colon].rstrip() if m else ""
    if m and not credit.lower().startswith("file"):  # "FILE PHOTO: ..." opens a wire caption
        # "Contributed photo: The robot on a test run"
        return m.group("caption").strip(), credit, "descriptor-first"
    return None


# "© Jo Lee Pupils at the gate": the caption's first word is the last capitalised one before its first
# lower-case word ("Pupils" before "at"); the photographer's name, two or three words, comes before it
_COPYRIGHT_FIRST = rx.compile(
    r"^©\s*+(?P<credit>(?:(?-i:\p{Lu})[\p{L}.'’-]*+\s++){1,2}(?-i:\p{Lu})[\p{L}.'’-]*+)\s++"
    r"(?P<caption>(?-i:\p{Lu})[\p{L}'’-]*+\s++(?-i:\p{Ll}).{12,})$"
)


def copyright_first(text: str) -> tuple[str, str] | None:
    """(caption, credit) when a line opens with a copyright mark and the photographer's name, then the
    caption with no mark between ("© Jo Lee Pupils at the gate on Monday."), or prints the same words twice
    (a credit for a picture of its own subject: "© Ada Rowe of Leeds Ada Rowe of Leeds").

    >>> copyright_first("© Jo Lee Pupils queue at the school gate on Monday.")
    ('Pupils queue at the school gate on Monday.', 'Jo Lee')
    """
    rest = text[1:].strip()
    half = len(rest) // 2
    if len(rest) % 2 == 1 and rest[:half] == rest[half + 1 :] and " " in rest[:half]:
        return rest[:half], rest[:half]
    m = _COPYRIGHT_FIRST.match(text)
    if m is None or not is_name(m.group("credit")) or "rights reserved" in text.lower():
        return None
    return m.group("caption").strip(), m.group("credit")


# "(Foto: Andes Press / Jo Lee) El cantante, durante un concierto.": a labelled credit in brackets, then the caption
_BRACKET_FIRST = rx.compile(r"^\((?P<inner>[^()]{4,80}+)\)\s++(?P<caption>(?-i:[\p{Lu}\d\"“«]).{10,})$")


def labelled_bracket_first(text: str) -> tuple[str, str] | None:
    """(caption, credit) when a line opens with its credit in brackets, its label inside them ("(Photo: Jo Lee)
    Rowers on the quay.", "(Foto: Agencia Sur / Jo Lee) Los remeros en el muelle."), and the caption after them.

    >>> labelled_bracket_first("(Photo: Jo Lee/Harbor Press) Rowers carry their boat to the quay on Sunday.")
    ('Rowers carry their boat to the quay on Sunday.', 'Jo Lee/Harbor Press')
    """
    m = _BRACKET_FIRST.match(text)
    if m is None or ":" not in m.group("inner"):
        return None
    lead = P.credit_lead(m.group("inner").strip())
    if lead is None:
        return None
    credit = lead.group("credit").strip()
    return (m.group("caption").strip(), credit) if credit and len(P.words(credit)) <= 8 else None


Tail = tuple[int, str]  # where the credit starts, and the credit


def _paren_tail(t: str) -> Tail | None:
    """ "... on Monday. (Omar Pike/AP)", "(Lena Ortiz | Wire Photo)", "... on Monday. [Reuters]"."""
    m = _PAREN_TAIL.search(t) if t.endswith((")", "]")) else None
    if m is None or (m.group("square") is not None and not P.ends_sentence(t[: m.start()].strip())):
        return None  # "[Reuters]" after a title is a link's source; after a caption's sentence, a credit
    inner = (m.group("credit") or m.group("square")).strip()
    if m.group("square") is not None and _name_then_outlet(inner):
        return m.start(), inner  # "... on Monday. [Kevin Otieno, Standard]": the photographer and the paper
    if inner[:1] in "KW" and _CALL_SIGN.match(inner) and P.ends_sentence(t[: m.start()].strip()):
        return m.start(), inner  # "... on Monday morning. (KDLR)", "(WXNT Photo)": a broadcaster's own picture
    if inner[:2].isupper() and _LETTERS_AND_PICTURE.match(inner) and P.ends_sentence(t[: m.start()].strip()):
        return m.start(), inner  # "... on Monday. (PWI Photo)", "(NNA File Photo)": an agency's or paper's own
    colon = inner.find(":")
    if _before_colon_a_descriptor(inner, colon, " ") and _DESCRIBED_SUPPLIER.match(inner, colon + 1):
        return m.start(), inner  # "... on Sunday. (Supplied: Warrigal SES)": who supplied it, kept whole
    lead = P.credit_lead(inner)
    if lead:
        return m.start(), _COPYRIGHT_LEAD.sub("", lead.group("credit")).strip(" ()")
    rest = _after_picture_word(inner)
    if rest is not None and _credited(rest, strict=False):
        return m.start(), rest  # "... della Provincia (foto Paolo Greco/Fotolampo)": a picture's word, no colon
    if _credit_shape(inner) and (P.agency_only(inner) or "/" in inner):
        return m.start(), inner
    form = credit_form(inner)
    if form is None and _outlet_then_name(inner):
        return m.start(), inner  # "(Harbour Herald: Sam Ridley)"
    if form is None and " - " in inner and P.ends_sentence(t[: m.start()].strip()) and _name_then_outlet(inner):
        return m.start(), inner  # "... on May 13, 2024. (Murat Şengül - Anatolia News Wire)": name, hyphen, outlet
    return (m.start(), form[1]) if form is not None else None


# A picture's word opening a bracketed credit with no colon after it, as Italian and other papers print it ("(foto
# Paolo Greco/Fotolampo)", "(Foto Ana Ruiz)"): `lexicon.CREDIT_SLASHED_LABELS`, the same words in any case.
_PAREN_PICTURE_LABELS = frozenset(w.lower() for w in L.CREDIT_SLASHED_LABELS)
_PICTURE_WORD_FIRSTS = frozenset(c for w in _PAREN_PICTURE_LABELS for c in (w[0], w[0].upper()))


def _after_picture_word(text: str) -> str | None:
    """What follows a picture's word opening `text` with no colon, when it opens with a capital ("Foto Francesca
    Orlandi", "foto Paolo Greco/Fotolampo"); else None (its first letter tested first: most lines open otherwise)."""
    if text[:1] not in _PICTURE_WORD_FIRSTS:
        return None
    label, _, rest = text.partition(" ")
    return rest if label.lower() in _PAREN_PICTURE_LABELS and rest[:1].isupper() else None


def _named_only(rest: str) -> bool:
    """A person's name after a picture's word, not a gallery's ("Foto Galerie Lindau")."""
    return rest.split()[0].lower() not in L.GALLERY_LABELS and is_name(rest)  # (the table itself: read rarely)


# A credit naming no one, a colon, then who it came from: "Supplied: Warrigal SES", "Handout: Ministry of Health"
# (after the descriptor and its colon: `_before_colon_a_descriptor`)
_DESCRIBED_SUPPLIER = rx.compile(r"[ ]*+(?-i:\p{Lu})[\p{L}\p{N}.&'’ \-]{1,60}$", FLAGS)


# A US broadcaster's call sign ("KDLR", "WXNT-TV"): a station credits its own pictures with it
# (alone, or saying what it credits: "WXNT Photo", "KDLR file photo", "KVRN-TV Image")
_CALL_SIGN = rx.compile(
    r"^[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?(?:[ ](?:[Ff]ile[ ])?(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE))?$"
)


# An agency's or a paper's letters saying what they credit ("PTI Photo", "HNA File Photo", "KT Pic"): the wire's or
# the paper's own picture, credited in brackets after its caption (the letters alone say too little: "(UN)")
_LETTERS_AND_PICTURE = rx.compile(
    r"^[A-Z]{2,6}(?:-[A-Z]{2,4})?[ ](?i:\L<pictures>)$",
    pictures=[end for end in L.CREDIT_SOURCE_ENDS if any(w in end for w in ("photo", "pic", "image"))],
)


# "Harbour Herald: Sam Ridley": an outlet, a colon, its photographer
_OUTLET_COLON_NAME = rx.compile(r"^(?P<outlet>(?-i:\p{Lu})[^:]{1,40}+):\s*+(?P<name>(?-i:\p{Lu})[^:]{2,40}+)$")


def _outlet_then_name(text: str) -> bool:
    """ "Harbour Herald: Sam Ridley": two to four capitalised words, a colon, then a person's name."""
    m = _OUTLET_COLON_NAME.match(text) if ":" in text else None
    if m is None:
        return False
    outlet = m.group("outlet").strip()
    return " " in outlet and title_words(outlet, 4) and is_name(m.group("name").strip())


def _name_then_outlet(text: str) -> bool:
    """ "Kevin Otieno, Standard", "Murat Şengül - Anatolia News Wire": a person's name of two or three words, a
    comma or a spaced hyphen, an outlet's capitalised words."""
    m = _NAME_THEN_DESK.match(text) if "," in text or " - " in text else None
    if m is None:
        return False
    name = m.group("name").strip()
    return len(name.split()) <= 3 and is_name(name) and title_words(m.group("desk").strip(), 4)


def _label_tail(t: str) -> Tail | None:
    """ "...treatmentCredit: EPA", "...on Tuesday.Credit…Kendra Lowe for The Daily Ledger"."""
    marked = ":" in t or ".." in t or "…" in t or "/ " in t
    m = _CREDIT_LABEL.search(t) if marked and any(map(t.__contains__, _CREDIT_LABEL_CORES)) else None
    if m and len(P.words(m.group("credit"))) <= 8:
        glued_slash = t[m.start("credit") - 2 : m.start("credit")] == "/ " and t[m.start("credit") - 3] != " "
        if glued_slash and not P.ends_sentence(t[: m.start()].strip()):
            return None  # "Foto/ Jo Lee" closes a caption's sentence; "AP Photo/ Jo Lee" is a credit's own slash
        return m.start(), m.group("credit").strip()
    return None


def _glued_tail(t: str) -> Tail | None:
    """ "....2019.J. Ann Moss / AP file", "... Maine.Rita Chow / Reuters file"."""
    m = (_GLUED_AFTER_YEAR.search(t) or _GLUED_AFTER_WORD.search(t)) if "/" in t else None
    return (m.start(), m.group("credit").strip()) if m and _credit_shape(m.group("credit")) else None


def _glued_agency_tail(t: str) -> Tail | None:
    """ "... outside the terminal in Westport.Reuters": an agency's name glued to the caption's full stop."""
    start = max(0, len(t) - 40)
    m = _GLUED_AGENCY.search(t, start) if _capital_after_stop(t, start) else None
    return (m.start(), m.group("credit")) if m and P.agency_only(m.group("credit")) else None


# "... on Monday.Courtesy of the Harbour Trust": any credit glued to the caption's full stop
_GLUED_TAIL = rx.compile(r"(?<=\p{Ll}{2}\.)(?P<credit>(?-i:\p{Lu})[^.!?]{1,60}+)$")


def _glued_credit_tail(t: str) -> Tail | None:
    """ "... on Monday.Courtesy of the Harbour Trust", "... on Monday.Supplied": a whole credit glued to the
    caption's full stop."""
    start = max(0, len(t) - 64)
    m = _GLUED_TAIL.search(t, start) if _capital_after_stop(t, start) else None
    credit = credit_only(m.group("credit")) if m is not None else None
    return (m.start(), credit) if m is not None and credit is not None else None


def _labelled_copyright_tail(t: str) -> Tail | None:
    """ "..., installation views, photos © Harbour Trust, 2023"."""
    m = _LABELLED_COPYRIGHT_TAIL.search(t) if "©" in t else None
    return (m.start(), m.group("credit").strip()) if m else None


def _bar_tail(t: str) -> Tail | None:
    """ "... at the Eras Tour. | Getty Images", "... on Monday | Photo: Lena Ortiz, Wire Photo"."""
    m = _BAR_TAIL.search(t) if "|" in t else None
    if m is None:
        return None
    tail = m.group("credit").strip()
    if _COPYRIGHT_LEAD.match(tail) and _YEAR.search(tail):
        return None  # "About us | Terms | © Harbour Media Ltd, 2026": the page's copyright line closing a row of links
    if P.agency_only(tail.strip(" .")) or _credit_shape(tail):
        return m.start(), tail
    if P.ends_sentence(t[: m.start()]) and title_words(tail, 6) and " " in tail:
        return m.start(), tail  # "... to receive funding. | Harbour and Coast Agency": whoever gave the picture
    form = credit_form(tail) or (
        credit_form(str(P.CREDIT_LEAD.sub(r"\g<credit>", tail))) if P.credit_lead(tail) else None
    )
    return (m.start(), form[1]) if form is not None else None


def _copyright_tail(t: str) -> Tail | None:
    """ "... at the harbour © Jane Doe"."""
    m = _COPYRIGHT_TAIL.search(t) if "©" in t else None
    if m and not _YEAR.search(m.group("credit")) and title_words(m.group("credit"), 8):
        return m.start(), m.group("credit").strip()
    return None


def _last_sentence_end(t: str) -> int:
    """Where the last ".", "!" or "?" of `t` is (0 when none): a tail after a sentence holds none, nor does
    the space before it, so `_SENTENCE_TAIL` needs to be looked for only from there."""
    return max(0, t.rfind("."), t.rfind("!"), t.rfind("?"))


def _spaced_after_last_sentence(t: str) -> bool:
    """Does a space follow the last ".", "!" or "?" of `t` (after one closing mark, maybe)? A tail after the
    last sentence opens so (`_SENTENCE_TAIL`, `_LAST_SENTENCE`); most lines end with their last full stop."""
    end = _last_sentence_end(t)
    after = t[end + 1 : end + 3]
    if after[:1] in _SENTENCE_CLOSERS:
        after = after[1:]
    return after[:1].isspace() and t[end : end + 1] in ".!?"


_SENTENCE_CLOSERS = ('"', "”", "’", ")")


def _sentence_tail(t: str) -> Tail | None:
    """ "... 2024. Lena Ortiz/Pool Photo via AP", "... on Monday. Rita Chow, AP"."""
    m = _SENTENCE_TAIL.search(t, _last_sentence_end(t)) if _spaced_after_last_sentence(t) else None
    if m is None:
        return None
    tail = m.group("credit").strip()
    if _credit_shape(tail) and ("/" in tail or P.AGENCY_WORD.search(tail.split()[-1] if tail.split() else "")):
        return m.start(), tail
    if P.AGENCY_WORD.match(tail) and _agency_or_desk(tail):  # "... on Monday. AP Photo": the agency's photo desk
        return m.start(), tail
    return None


def _credit_sentence(t: str) -> Tail | None:
    """ "... on Monday. Submitted photo", "... on Monday. © Reuters / Jane Doe": a last sentence that is a credit."""
    m = _LAST_SENTENCE.search(t, max(0, len(t) - 90)) if _spaced_after_last_sentence(t) else None
    if m is None:
        return None
    tail = m.group("credit").strip()
    credit = credit_only(tail) or _title_case_kind(tail)
    return (m.start(), credit) if credit is not None else None


def _title_case_kind(t: str) -> str | None:
    """ "Courier Archive", "Harbour Times File Photo": a source, then its picture's kind in Title Case, read as a
    credit after a caption's last sentence (alone on its line, "Photo Archive" may be a menu's link). Kept whole."""
    kind = t.rsplit(None, 1)[-1] if " " in t else ""
    if not kind[:1].isupper() or kind.isupper() or kind.lower() not in _SOURCE_END_WORDS:
        return None
    head, first = t[: -len(kind)].rstrip(), t.split(None, 1)[0].lower()
    before, _, last = head.rpartition(" ")
    for source in (head, f"{before} {last.lower()}"):  # "Courier" + "archive"; "Harbour Times" + "file photo"
        if _source_then_kind(f"{source} {kind.lower()}", first) is not None:
            return t
    return None


# "... del 22 novembre. Ph. Chiara Lombardo", "... w sobotę. Fot. Jan Nowak": a picture's label abbreviated with a
# full stop (Italian, French and Polish papers print it so), then the name, after the caption's last sentence
_ABBREVIATED_LABEL_TAIL = rx.compile(
    r"(?<=[.!?][\"”’)]?)\s++(?:\L<labels>)\s*+(?P<credit>(?-i:\p{Lu})[^.!?]{1,60}+)$",
    FLAGS,
    labels=P.phrase_list(L.CREDIT_ABBREVIATED_LABELS),
)
# the abbreviated labels' ends, a letter and the full stop, with the space after, in either case ("h. ", "T. ")
_ABBREVIATED_LABEL_ENDS = tuple(
    sorted({end for label in L.CREDIT_ABBREVIATED_LABELS for end in (label[-2:] + " ", label[-2:].upper() + " ")})
)


def _abbreviated_label_tail(t: str) -> Tail | None:
    """ "... on Monday. Ph. Chiara Lombardo": a name or a credit after an abbreviated label (each ends with a letter
    and a full stop: a line holding none of their ends there and a space after is spared the pattern; most lines are
    spared by their lack of a full stop and a space, one test)."""
    end = t[-80:]
    if ". " not in end or not any(map(end.__contains__, _ABBREVIATED_LABEL_ENDS)):
        return None
    m = _ABBREVIATED_LABEL_TAIL.search(t, max(0, len(t) - 80))
    if m is None:
        return None
    credit = m.group("credit").strip()
    # (an agency's initials too: "... in Warsaw. Fot. VPA", after the label no word of a sentence)
    if is_name(credit) or _credit_shape(credit) or _outlet_or_initials(credit) or credit_only(credit) is not None:
        return m.start(), credit
    return None


# "... foi uma das mais fotografadas. D.R.", "... el lunes. D.R.": a descriptor printed as dotted initials (droits
# réservés, direitos reservados, derechos reservados) after the caption's last sentence; the dots are the credit's
_DOTTED_TAIL = rx.compile(r"(?<=[.!?][\"”’»)]?)\s++(?P<credit>(?:\p{Lu}\.){2,3})$")


def _dotted_descriptor_tail(t: str) -> Tail | None:
    """ "... on Monday. D.R.": initials with their dots that spell a descriptor (lexicon.CREDIT_DESCRIPTORS, "dr")
    after the last sentence (read only where the line ends with a capital and a full stop)."""
    m = _DOTTED_TAIL.search(t, max(0, len(t) - 12)) if t[-2:-1].isupper() and t[-1:] == "." else None
    if m is None or not _descriptor(m.group("credit").replace(".", "")):
        return None
    return m.start(), m.group("credit")


# "... on Sunday. — APP", "... on Monday. —JUNJUN P. SANTIAGO": a credit after a dash that follows the caption's
# last sentence (South and South-East Asian papers print it so): an agency, a name in capitals, a credit's form;
# Caribbean papers print a spaced hyphen for the dash ("... on Monday. - Photo by Lincoln Holder")
_SENTENCE_DASH_TAIL = rx.compile(
    r"(?<=\p{Ll}[.!?][\"”’)]?)\s*+(?:[—–]|(?<=\s)-(?=\s))\s*+"
    r"(?P<credit>(?-i:\p{Lu})(?:[^.!?—–]|(?<=(?<![\p{L}])\p{Lu})\.){1,60}+)$"
)


# "... mardi au stade. Photo L'Écho du Piémont - Claire Vidal", "... am Anleger. Foto Jo Lee": a credit's label with
# no mark after it, after the caption's last sentence, then the name or the outlet and the name
_BARE_LABEL_TAIL = rx.compile(
    r"(?<=[.!?][\"”’»)]?)\s++(?:\L<labels>)s?[ ]++(?P<credit>(?-i:\p{Lu})[^.!?:()]{1,60}+)$",
    labels=_CAPITALISED_LABELS,
)


def _label_opens_last_sentence(end: str) -> bool:
    """A credit's label, as printed, opens the last sentence of a line's `end` ("... au stade. Photo ...")."""
    at = end.rfind(". ")
    return at >= 0 and end[at + 2 : at + 14].split(" ", 1)[0].rstrip("s") in _PRINTED_CREDIT_LABELS


def _bare_label_tail(t: str) -> Tail | None:
    """ "... mardi au stade. Photo L'Écho du Piémont - Claire Vidal": a credit's label and no mark after the last
    sentence, then a person's name, a credit's shape, or an outlet, a spaced hyphen and a name (a line whose last
    sentence near its end opens with no label is spared the pattern)."""
    if not _label_opens_last_sentence(t[-80:]):
        return None
    m = _BARE_LABEL_TAIL.search(t, max(0, len(t) - 80))
    if m is None:
        return None
    credit = m.group("credit").strip()
    if is_name(credit) or "/" in credit or _outlet_dash_name(credit):
        return m.start(), credit
    return None


def _outlet_dash_name(text: str) -> bool:
    """ "L'Écho du Piémont - Claire Vidal": an outlet's capitalised words, a spaced hyphen, a person's name."""
    outlet, dash, name = text.partition(" - ")
    return bool(dash) and title_words(outlet.strip(), 5) and is_name(name.strip())


def _sentence_dash_tail(t: str) -> Tail | None:
    """ "... on Sunday. — APP", "... on Monday. —JUNJUN P. SANTIAGO", "... on Monday. - Photo by Lincoln Holder":
    a credit after the last sentence and a dash."""
    m = _SENTENCE_DASH_TAIL.search(t, max(0, len(t) - 80)) if "—" in t or "–" in t or " - " in t else None
    if m is None:
        return None
    credit = m.group("credit").strip()
    if _agency_or_desk(credit) or credit_form(credit) is not None or (credit.isupper() and is_name(credit)):
        return m.start(), credit
    lead = P.credit_lead(credit)  # "Photo by Lincoln Holder", "Photo: Lincoln Holder": the label dropped
    if lead is not None and is_name(lead.group("credit").strip()):
        return m.start(), lead.group("credit").strip()
    return None


# "... on May 13. MT PHOTO: DESMOND LIM": a paper's initials and its photo label in capitals, then the name
_CAPITALS_LABEL_TAIL = rx.compile(
    r"(?<=[.!?][\"”’)]?)\s++(?:\p{Lu}{2,5}\s++)?(?:FILE\s++)?(?:PHOTOS?|PICTURES?|PIC|IMAGE)\s*+:\s*+"
    r"(?P<credit>\p{Lu}[\p{Lu}\p{N} .,'’/&\-]{1,60}+)$"
)


def _capitals_label_tail(t: str) -> Tail | None:
    """ "... on May 13. MT PHOTO: DESMOND LIM": a credit labelled in capitals after the caption's last sentence."""
    m = _CAPITALS_LABEL_TAIL.search(t, max(0, len(t) - 90)) if "PHOTO" in t or "PIC" in t or "IMAGE" in t else None
    return (m.start(), m.group("credit").strip()) if m is not None else None


# "... en el muelle de Poniente. ALBERTO RUIZ": the photographer's name in capitals after the caption's last
# sentence, no dash or label between (Spanish, Italian and French papers print it so)
_CAPITALS_NAME_TAIL = rx.compile(
    r"(?<=\p{Ll}[.!?][\"”’»)]?)[ ]++(?P<credit>\p{Lu}[\p{Lu}'’\-]++(?:[ ]++\p{Lu}[\p{Lu}'’\-]++){1,3})$"
)


def _capitals_name_tail(t: str) -> Tail | None:
    """ "... en el muelle de Poniente. ALBERTO RUIZ": a name of two to four words in capitals after the last
    sentence."""
    m = _CAPITALS_NAME_TAIL.search(t, max(0, len(t) - 50)) if t[-2:].isupper() else None
    return (m.start(), m.group("credit")) if m is not None and is_name(m.group("credit")) else None


def _dash_tail(t: str) -> Tail | None:
    """ "... at the north quay — Lena Ortiz/AP": a slashed credit naming a person or an agency after a dash."""
    m = _DASH_TAIL.search(t, max(0, len(t) - 90)) if "/" in t else None
    return (m.start(), m.group("credit").strip()) if m and _credit_shape(m.group("credit")) else None


class CreditTail:
    """A form a credit takes at the end of its caption, with a line it reads."""

    __slots__ = ("example", "form", "name", "read")

    def __init__(self, name: str, read: Callable[[str], Tail | None], example: str) -> None:
        self.name = name
        self.form = f"credit-tail/{name}"  # as `--explain` names it (`split_caption_by`)
        self.read = read
        self.example = example


# In order: the first form that reads a line's end splits it.
CREDIT_TAILS: tuple[CreditTail, ...] = (
    CreditTail("bracketed", _paren_tail, "Workers at the gate on Monday. (Lena Ortiz | Wire Photo)"),
    CreditTail("labelled", _label_tail, "Workers at the gate on Monday.Credit…Omar Pike for The Ledger"),
    CreditTail("glued", _glued_tail, "The old mill at Westport, Oregon.Lena Ortiz / Wire Photo file"),
    CreditTail("glued-agency", _glued_agency_tail, "Ferries wait outside the terminal in Westport.Reuters"),
    CreditTail("glued-credit", _glued_credit_tail, "Ferries wait outside the terminal.Courtesy of Harbour Trust"),
    CreditTail("labelled-copyright", _labelled_copyright_tail, "Lanterns on the canal, photos © Harbour Trust, 2023"),
    CreditTail("after-bar", _bar_tail, "Passengers board at Westport | Jane Doe/Wire Photo"),
    CreditTail("copyright", _copyright_tail, "Trucks queue at the terminal © Jane Doe"),
    CreditTail("abbreviated-label", _abbreviated_label_tail, "Rowers on the canal on Sunday. Ph. Chiara Lombardo"),
    CreditTail("after-sentence", _sentence_tail, "Dock workers at the gate on Monday. Rita Chow, AP"),
    CreditTail("credit-sentence", _credit_sentence, "The new pier under construction. Submitted photo"),
    CreditTail("dotted-descriptor", _dotted_descriptor_tail, "Remadores no canal no domingo. D.R."),
    CreditTail("bare-label", _bare_label_tail, "Rameurs sur le canal dimanche. Photo La Gazette du Port - Jo Lee"),
    CreditTail("after-dash", _dash_tail, "Cranes unload a ship at the north quay — Lena Ortiz/AP"),
    CreditTail("sentence-then-dash", _sentence_dash_tail, "Dock workers at the gate on Monday. —RITA P. CHOW"),
    CreditTail("capitals-label", _capitals_label_tail, "Commuters at the ferry terminal on May 3. HH PHOTO: OMAR PIKE"),
    CreditTail("capitals-name", _capitals_name_tail, "Pescadores en el muelle de Poniente el lunes. ALBERTO RUIZ"),
)


# "... (Photos by Lena Ortiz/Wire Photo)": a bracketed credit that says it is one
_LABELLED_BRACKET = rx.compile(
    r"[(\[](?:\L<leads>)\s*+(?::|by\b)[^()\[\]]{2,80}+[)\]]$", FLAGS, leads=P.phrase_list(L.CREDIT_LEADS)
)


def labelled_credit_tail(text: str) -> bool:
    """Does the line end with a credit that opens with its label ("(Photo by Jo Lee/AP)", "... Foto: Jo Lee")?
    Such a credit makes the line a caption even when it quotes a title ("... plays "Harbour Lights". (Photo: ...)")."""
    if text.endswith((")", "]")) and _LABELLED_BRACKET.search(text, max(0, len(text) - 100)) is not None:
        return True
    return _label_tail(text) is not None


# "Photo 1 of 12: Rowers on the quay": a gallery's label with its counter
_COUNTED_LEAD = rx.compile(
    r"^(?:\L<items>)\s++\d++\s*+(?:of|/)\s*+\d++\s*+[:.–—-]\s*+", FLAGS, items=P.phrase_list(L.GALLERY_ITEMS)
)


# What each pattern `caption_lead` reads opens with: the tables the four patterns are built from
_CAPTION_OPENINGS = (*L.CAPTION_FILE_LEADS, *L.CAPTION_LEADS, *L.CAPTION_PHRASE_LEADS, *L.GALLERY_ITEMS)
_CAPTION_OPENING_SIZE = max(map(len, _CAPTION_OPENINGS))


def caption_lead(text: str) -> str | None:
    """The caption text when a line is marked as one: "Image: ...", "Above: ...", "FILE PHOTO: ...",
    "Image caption Protesters at the gate", "Photo 1 of 12: Rowers on the quay"."""
    if ":" not in text and not text[:_PHRASE_LEAD_SIZE].casefold().startswith(_PHRASE_LEAD_WORDS):
        return None  # no lead: the others end with a colon
    if not rx.fold(text[:_CAPTION_OPENING_SIZE]).startswith(_CAPTION_OPENINGS):
        return None  # none of the four patterns below can match ("Lee added: ...")
    if _FILE_PHOTO.match(text):
        return text
    m = _CAPTION_LEADS.match(text) or _CAPTION_PHRASE_LEAD.match(text) or _COUNTED_LEAD.match(text)
    if m and len(P.words(text[m.end() :])) >= 4:
        return text[m.end() :].strip()
    return None


_CAPTION_END_MARKS = tuple(L.CAPTION_END_MARKS)
_CAPTION_CUE = rx.compile(
    r"(?:^|(?<=[\s,]))(?:\L<cues>)(?=[\s,.;:]|$)|^(?-i:\L<openers>)\s"
    r"|(?<=\p{L})(?:\L<positions>)[ ]",  # "Keira Abbot, left, and coach Tobias Hale": AP style
    FLAGS,
    cues=P.phrase_list(L.CAPTION_CUES),
    openers=P.phrase_list(L.CAPTION_OPENERS),
    positions=P.phrase_list(L.CAPTION_POSITIONS),
)


def _cue_words(text: str) -> tuple[str, ...]:
    """What each alternative of `_CAPTION_CUE` prints, in lower case: a bracketed cue whole ("(left)"), the
    first two words of another cue or an opener ("in this"), a position's last word with its comma
    (", second from left," -> "left,"); none held in another. (`text`: the cues, the openers and the positions,
    character 1 between the three lists, character 0 between their entries.)"""
    cues, openers, positions = (part.split("\x00") if part else [] for part in text.split("\x01"))
    words = {c.lower() if c.startswith("(") else " ".join(c.lower().split()[:2]) for c in cues}
    words |= {" ".join(c.lower().split()[:2]) for c in openers}
    words |= {p.split()[-1].lower() for p in positions}
    # only a shorter word can be held in another: each word tested against those before it by length, in C
    # (`map` of its own `__contains__`), where a generator over every pair cost some 2M instructions at each start
    by_length = sorted(words, key=len)
    return tuple(sorted(w for i, w in enumerate(by_length) if not any(map(w.__contains__, by_length[:i]))))


# A line holding none of these (in `_cue_fold`) is spared `_CAPTION_CUE` (tests/test_fast_paths.py checks it).
# (worked out once per installation and read back, as the lexicon's word lists are: 1M instructions of every start)
_CUE_WORDS = rx.words(
    "\x01".join("\x00".join(words) for words in (L.CAPTION_CUES, L.CAPTION_OPENERS, L.CAPTION_POSITIONS)), _cue_words
)


def _cue_fold(low: str) -> str:
    """A lower-cased line as `_CAPTION_CUE` folds its case: lower case, but the long s ("ſ") is an "s" (the
    Kelvin sign, the only other letter the pattern folds to one in ASCII, lower-cases to "k" already)."""
    return low.replace("ſ", "s") if "ſ" in low else low


def caption_cue(text: str) -> bool:
    """Does the line say it is a picture's caption ("Ivo Marsh (left) at the quay", "In this file
    photo, ...", "FILE - A ferry leaves Westport", "An artist's impression of the pier")?

    >>> caption_cue("Councillor Ivo Marsh (left) at the quay."), caption_cue("He left the quay.")
    (True, False)
    """
    low = text.lower()  # a word every cue holds, looked for before the pattern (most lines hold none)
    hint = "(" in low or "photo" in low or "image" in low or "picture" in low or "artist" in low or "pose" in low
    hint = hint or "file" in low or "left" in low or "right" in low or "cent" in low or "front" in low
    hint = hint or "clockwise" in low  # "Clockwise from top: ...", a picture set's caption
    if low.endswith(_CAPTION_END_MARKS):  # "... in 2019. (File)": a picture from the paper's files
        return True
    if not hint:
        return False
    folded = _cue_fold(low)
    if not any(map(folded.__contains__, _CUE_WORDS)):
        return False  # (the pattern scans slowly: "percent" or "right" hint at a cue in many lines)
    return _CAPTION_CUE.search(text) is not None


# the small words an organisation's name may hold between its capitalised ones ("Friends of the Quay")
_ORG_SMALL_WORDS = NAME_SMALL_WORDS | {"de", "du"}


def bracket_credit(text: str) -> tuple[str, str] | None:
    """A caption told by its cue that ends, after its full stop, with a name in brackets ("Artist's impression of
    the depot. (Northgate Regional Transit)"): the organisation or person who supplied the picture, as
    (caption, credit); None when the brackets hold anything but two to six capitalised words.

    >>> bracket_credit("Artist's impression of the depot. (Northgate Regional Transit)")
    ("Artist's impression of the depot.", 'Northgate Regional Transit')
    """
    m = _PAREN_TAIL.search(text) if text.endswith(")") else None
    if m is None or m.group("credit") is None or not P.ends_sentence(text[: m.start()].rstrip()):
        return None
    words = m.group("credit").split()
    if not 2 <= len(words) <= 6 or any(not (w[:1].isupper() or w in _ORG_SMALL_WORDS) for w in words):
        return None
    if any(c.isdigit() for c in m.group("credit")) or not words[0][:1].isupper():
        return None
    return text[: m.start()].rstrip(), m.group("credit").strip()


def strip_truncation(text: str) -> str:
    """Remove "less"/"... more" widget residue from a caption."""
    if not text.endswith(_TRUNCATION_ENDS):
        return text.strip()  # (most captions: the pattern ends with one of these words, or one and a newline)
    cut = max(0, len(text) - 40)  # the residue is at the end: look only there (the pattern is end-anchored)
    m = _TRUNCATION.search(text, cut)
    return (text[: m.start()] if m is not None else text).strip()


# One picture's label, then a colon or "by" (`one_picture_label`)
_ONE_PICTURE_LABEL = rx.compile(
    r"^(?:\L<labels>)(?:\s*+:|\s++by\s)", FLAGS, labels=P.phrase_list(L.CREDIT_SLASHED_LABELS)
)


def one_picture_label(t: str) -> bool:
    """ "Image: Dyffryn Echo", "Photo by Ana Ruiz": a credit opened by one picture's label, a colon or "by": no one
    signs a story off so ("PICTURES BY ...", "Main image credit: ..." credit the page's pictures, "Source: ..." its
    data)."""
    return _ONE_PICTURE_LABEL.match(t) is not None
