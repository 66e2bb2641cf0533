"""Image captions and photo credits: telling a credit from a caption, and parting the two."""

from __future__ import annotations

import itertools

import regex

from . import lexicon as L
from . import patterns as P
from . import rx
from .bylines import is_name
from .lexicon import AGENCIES

_AGENCY_WORDS = frozenset(AGENCIES)

_CREDIT_PARTS = rx.compile(r"\s*+/\s*+|,\s*+")
_ILLUSTRATION = rx.compile(r"(?i)^photo illustration by")
_YEAR = rx.compile(r"\d{4}")
_GLUED_AFTER_YEAR = rx.compile(r"(?<=\d{4}\.)(?P<credit>(?-i:\p{Lu})[^.!?]{0,3}\.?[^.!?]{1,60}/[^.!?]{1,30})$")
_TRUNCATION = rx.compile(r"\s*+(?:\.\.\.|…)?\s*+\b(?:less|more|read more|see more)$")

FLAGS = regex.VERSION1 | regex.IGNORECASE

# "(Andrii Marienko/AP)", "(Image: GETTY)", "(NASA/JPL/Space Science Institute)" at the end.
_PAREN_TAIL = rx.compile(r"\s*+(?:\((?P<credit>[^()]{2,80})\)|\[(?P<square>[^\[\]]{2,80})\])\s*+$")
# "... at the Eras Tour. | Getty Images": a credit after a bar
_BAR_TAIL = rx.compile(r"\s++\|\s++(?P<credit>[^|]{2,80})$")
# "...treatmentCredit: EPA" - a credit label glued to the caption; "...on Tuesday.Credit...Kendra Lowe
# for The Daily Ledger" - the same with an ellipsis, as some papers print it.
_CREDIT_LABEL = rx.compile(
    r"(?:(?<=[\p{Ll}.!?\"”’)])|\s++)(?:(?:Image|Photo|Picture)[ ]credit|Credit|Photograph(?:er)?|Photo|Picture|Image"
    r"|Pictured)s?\s*+(?::|\.{2,3}|…)\s*+(?P<credit>[^:]{2,80})$"
)
# A tail after the caption's last sentence: "... 2024. Christoph Soeder/Pool Photo via AP"
_SENTENCE_TAIL = rx.compile(r"(?<![\s.]\p{Lu}\.)(?<=[.!?][\"”’)]?)\s++(?P<credit>(?-i:\p{Lu})[^.!?]{1,80}?)\s*+$")
_CAPTION_LEADS = rx.compile(
    r"^(?:above|below|top|left|right|pictured|inset|main image|image|photo|"
    r"picture|caption)\s*+:\s*+",
    FLAGS,
)
_FILE_PHOTO = rx.compile(r"^(?:file photo|file|archive photo|handout)\s*+:", FLAGS)
_COPYRIGHT_LEAD = rx.compile(r"^(?:©|\(c\)|copyright)\s*+", FLAGS)
_COURTESY = rx.compile(r"^courtesy(?: of)?\s++(?-i:\p{Lu})", FLAGS)
_VIA = rx.compile(r"\bvia\b|\bfor\b|\bcourtesy\b|\bfile\b|\bpool\b|\bhandout\b", FLAGS)


def _credit_shape(text: str) -> bool:
    """Does `text` read like a photo credit (names and agencies, not a sentence)?

    >>> _credit_shape("Christoph Soeder/Pool Photo via AP"), _credit_shape("the capital")
    (True, False)
    """
    text = text.strip(" .")
    if not text or len(text) > 90 or text.endswith(("?", "!")):
        return False
    words = P.words(text)
    if not 1 <= len(words) <= 12:
        return False
    lower = [
        w
        for w in words
        if w[0].islower() and w.lower() not in ("via", "for", "and", "of", "the", "by", "file", "de", "van", "von")
    ]
    if len(lower) > 1:
        return False
    if sum(1 for w in words if w.isdigit()) > 1:
        return False
    if P.AGENCY_WORD.search(text) or _COPYRIGHT_LEAD.match(text):
        return True
    # "Photographer Name/Desk": a slash credit names a person or an agency on one side
    return "/" in text and any(is_name(part.strip()) for part in _CREDIT_PARTS.split(text))


_LEAD_WORD = rx.compile(r"[(\[]?(\p{L}++)")
_CREDIT_FIRST_WORDS = frozenset(lead.split()[0] for lead in L.CREDIT_LEADS)


def _may_be_credit(t: str) -> bool:
    """A cheap test before the credit rules: a credit has a mark, a lead word, capitals or an agency."""
    if any(c in t for c in "/(©:") or t.isupper():
        return True
    lead = _LEAD_WORD.match(t)  # "Credit...Jo Lee": the word ends where the letters do
    first = lead.group(1).lower() if lead else ""
    return first in _CREDIT_FIRST_WORDS or t.lower().strip(" .") in _AGENCY_WORDS


def credit_only(text: str) -> str | None:
    """The credit when a whole line is a photo credit, else None.

    >>> credit_only("Photo: Hau Dinh, AP"), credit_only("(Jacquelyn Martin / Associated Press)")
    ('Hau Dinh, AP', 'Jacquelyn Martin / Associated Press')
    """
    t = text.strip()
    if len(t) > 120 or not _may_be_credit(t):
        return None
    m = P.CREDIT_LEAD.match(t)
    if m:
        credit = str(_COPYRIGHT_LEAD.sub("", m.group("credit").strip(" ()[]"))).strip()
        words = P.words(credit)
        if credit and len(words) <= 10 and not P.SENTENCE_BREAK.search(credit):
            return credit
        if _ILLUSTRATION.match(t):
            return t
        return None
    if _COPYRIGHT_LEAD.match(t) and not P.COPYRIGHT.search(t.replace("©", "", 1)):
        rest = str(_COPYRIGHT_LEAD.sub("", t)).strip()
        if rest and len(P.words(rest)) <= 8 and not _YEAR.search(rest):
            return rest
        return None
    if _COURTESY.match(t) and len(t.split()) <= 6:
        return t
    if ":" in t or "*" in t:  # "Path A: Iceland, Bulgaria/Israel" is a list item, not a credit
        return None
    inner = t[1:-1].strip() if t.startswith("(") and t.endswith(")") else t
    if P.AGENCY_ONLY.match(inner.strip(" .")):
        return inner.strip(" .")
    if _credit_shape(inner) and "/" in inner and not P.ends_sentence(inner):
        return inner
    if t.startswith("(") and t.endswith(")") and _credit_shape(inner):
        return inner
    return None


def clean_credit(credit: str) -> str:
    """ "Photograph: AFP via Getty" -> "AFP via Getty"; "© NASA" -> "NASA"."""
    credit = credit.strip(" ()[]")
    m = P.CREDIT_LEAD.match(credit)
    if m:
        credit = m.group("credit")
    return str(_COPYRIGHT_LEAD.sub("", credit)).strip(" ()[]")


def split_caption(text: str) -> tuple[str, str] | None:
    """(caption, credit) when a caption line ends with its credit, else None."""
    found = _split_caption(text)
    if found is None:
        return None
    caption, credit = found
    return caption_lead(caption) or caption, clean_credit(credit)  # "Photo: A boat ... (Getty Images)"


def may_end_with_credit(text: str) -> bool:
    """A cheap test before `split_caption`: a credit needs a bracket, a slash, a label or an agency."""
    tail = text[-90:]
    if "(" in tail or "/" in tail or ":" in tail or "redit..." in tail or "redit…" in tail:
        return True
    words = [w.strip(".,;").lower() for w in tail.split()[-4:]]
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(words)]
    return any(w in _AGENCY_WORDS for w in words) or any(p in _AGENCY_WORDS for p in pairs)


def _split_caption(text: str) -> tuple[str, str] | None:
    """(caption, credit) when a caption line ends with its credit, else None.

    >>> split_caption("Emergency workers in Kharkiv on Sept. 24, 2024. (Andrii Marienko/AP)")
    ('Emergency workers in Kharkiv on Sept. 24, 2024.', 'Andrii Marienko/AP')
    """
    t = text.strip()
    # each pattern is tried only where the mark it needs is present (cheap tests, same answers)
    m = _PAREN_TAIL.search(t) if t.endswith((")", "]")) else None
    if m and m.start() > 0:
        inner = (m.group("credit") or m.group("square")).strip()
        lead = P.CREDIT_LEAD.match(inner)
        if lead:
            return t[: m.start()].strip(), _COPYRIGHT_LEAD.sub("", lead.group("credit")).strip(" ()")
        if _credit_shape(inner) and (P.AGENCY_ONLY.match(inner) or "/" in inner):
            return t[: m.start()].strip(), inner
    m = _CREDIT_LABEL.search(t) if ":" in t or ".." in t or "…" in t else None
    if m and m.start() > 0 and len(P.words(m.group("credit"))) <= 8:
        return t[: m.start()].strip(), m.group("credit").strip()
    # "....2019.J. Scott Applewhite / AP file": the credit glued to the full stop
    m = _GLUED_AFTER_YEAR.search(t) if "/" in t else None
    if m and _credit_shape(m.group("credit")):
        return t[: m.start()].strip(), m.group("credit").strip()
    m = _BAR_TAIL.search(t) if "|" in t else None
    if m and m.start() > 0 and (P.AGENCY_ONLY.match(m.group("credit").strip(" .")) or _credit_shape(m.group("credit"))):
        return t[: m.start()].strip(), m.group("credit").strip()
    m = _SENTENCE_TAIL.search(t)
    if m and m.start() > 0:
        tail = m.group("credit").strip()
        if _credit_shape(tail) and ("/" in tail or P.AGENCY_WORD.search(tail.split()[-1] if tail.split() else "")):
            return t[: m.start()].strip(), tail
    return None


def caption_lead(text: str) -> str | None:
    """The caption text when a line is marked as one: "Image: ...", "Above: ...", "FILE PHOTO: ..."."""
    if _FILE_PHOTO.match(text):
        return text
    m = _CAPTION_LEADS.match(text)
    if m and len(P.words(text[m.end() :])) >= 4:
        return text[m.end() :].strip()
    return None


def strip_truncation(text: str) -> str:
    """Remove "less"/"... more" widget residue from a caption."""
    cut = max(0, len(text) - 40)  # the residue is at the end: look only there (the pattern is end-anchored)
    m = _TRUNCATION.search(text, cut)
    return (text[: m.start()] if m is not None else text).strip()
