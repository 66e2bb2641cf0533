"""Layouts: telling web copy from wire copy and news-database exports, and cutting exports into articles.

    web      text copied or scraped from a page: the line classifier finds everything
    wire     a wire agency's plain copy (AP, Reuters, ...): slug line, dateline with the agency, `___`, copyright footer
    nexis    LexisNexis / Nexis Uni text export: `End of Document` or `1 of 25 DOCUMENTS` between
             articles, labelled fields (`Byline:`, `Length:`, `Section:`, `Load-Date:`), `Body`
    factiva  Factiva export: two-letter fields (`HD`, `BY`, `WC`, `PD`, `SN`, `LP`, `TD`, `AN`), or their
             plain-text form, each article closed by `Document <accession number>`

Exports are read by shape as much as by label, so that a renamed or missing label does not
lose an article: a document is whatever lies between two separators, its header is the run of
labelled lines before the body, and any label not known here still lands in `metadata`.
"""

from collections.abc import Mapping, Sequence
from types import MappingProxyType

import regex

from . import dates, rx
from . import lexicon as L
from . import patterns as P
from .bylines import has_byline_lead, is_name
from .datelines import read_dateline
from .model import Layout

_KNOWN: tuple[Layout, ...] = ("web", "wire", "nexis", "factiva")
LAYOUTS = ("auto", *_KNOWN)


class Fields:
    """What an export's header says about its article (None where it says nothing)."""

    __slots__ = ("byline", "date", "dateline", "deck", "headline")

    def __init__(
        self,
        headline: str | None = None,
        deck: str | None = None,
        byline: str | None = None,
        date: str | None = None,
        dateline: str | None = None,
    ) -> None:
        self.headline = headline
        self.deck = deck
        self.byline = byline
        self.date = date  # the line holding the publication date
        self.dateline = dateline


class Document:
    """One article cut from a file: the text for the line classifier, and what the export's fields say."""

    __slots__ = ("error", "fields", "index", "layout", "line", "metadata", "offset", "text")

    def __init__(
        self,
        text: str,
        layout: Layout,
        index: int | None = None,
        line: int = 1,
        offset: int = 0,
        fields: Fields | None = None,
        metadata: Mapping[str, str] = MappingProxyType({}),
        error: str | None = None,
    ) -> None:
        self.text = text
        self.layout = layout
        self.index = index  # position in a file that holds several articles (0-based)
        self.line = line  # the line of the file where `text` starts
        self.offset = offset  # the character offset in the file where `text` starts (0 when it is pieced together)
        self.fields = fields  # None: find the header in the text (web and wire copy)
        self.metadata = metadata
        self.error = error  # the document could not be read: why


# ------------------------------------------------------------------ detection
_NEXIS_SEPARATOR = rx.compile(
    r"^[ \t]*+(?:(?P<n>\d++)[ ]of[ ]\d++[ ]DOCUMENTS?|Document[ ](?P<m>\d++)[ ]of[ ]\d++|End[ ]of[ ]Document)[ \t]*+$",
    regex.MULTILINE | regex.IGNORECASE,
)
_NEXIS_LABEL = rx.compile(
    r"^[ \t]*+(?:Byline|Length|Section|Load-Date|Publication-Type|Dateline|Body)\b", regex.MULTILINE | regex.IGNORECASE
)
_FACTIVA_CODE = rx.compile(r"^(?P<code>[A-Z]{2,4})(?:[ \t]++(?P<value>\S.*+)|[ \t]*+)$", regex.MULTILINE)
_FACTIVA_TRAILER = rx.compile(r"^[ \t]*+Document[ ]++(?P<id>[A-Za-z0-9]{16,})[ \t]*+$", regex.MULTILINE)
_WORD_COUNT = rx.compile(r"^[ \t]*+(?P<n>\d[\d,.]*+)[ ]words?[ \t]*+$", regex.IGNORECASE)
# "AP-US-Flood-Warnings,0388", "BC-EU-ECONOMY/", "US-MARKETS-STOCKS"
_SLUG = rx.compile(r"^(?:(?:AP|BC)-[A-Z][\w\-]*+(?:,[\w\- ]++)*|[A-Z]{2,}(?:-[A-Z0-9]{2,}){2,}(?:/\S*+)?)$")

_WIRE_FOOTER = rx.compile(
    r"^_{3,}$|^\(?(?:Reporting|Additional reporting|Writing) by\b"
    r"|(?<!\p{L})(?:" + P.alternation(L.WIRE_AGENCIES) + r")\. All rights reserved",
    regex.IGNORECASE,
)
_WEB_CHROME = rx.compile(
    r"(?<![\p{L}])(?:" + "|".join(rx.escape(w) for w in L.WEB_CHROME_WORDS) + r")(?![\p{L}])", regex.IGNORECASE
)


def detect(text: str) -> Layout:
    """The layout of a text: nexis, factiva, wire or web.

    >>> detect("HD\\n  Headline\\nWC\\n  300 words\\nPD\\n  1 May 2020\\nLP\\n  Text.\\n")
    'factiva'
    """
    head = text[:200_000]
    # cheap substring tests first: most texts are web pages and never reach the patterns
    if head.startswith("HD") or "\nHD" in head:
        codes = {m.group("code") for m in _FACTIVA_CODE.finditer(head)}
        if {"HD", "LP"} <= codes or ({"HD", "TD"} <= codes and ("WC" in codes or "PD" in codes)):
            return "factiva"
    trailer = "Document " in head and _FACTIVA_TRAILER.search(head)
    if trailer and any(_WORD_COUNT.match(line) for line in head.splitlines()[:40]):
        return "factiva"
    if "ocument" in head or "OCUMENT" in head:
        separators = _nexis_separators(head)
        if separators >= 2 or (separators and len(_NEXIS_LABEL.findall(head)) >= 2):
            return "nexis"
    if is_wire(head):
        return "wire"
    return "web"


def _nexis_separators(text: str) -> int:
    """How many lines of `text` are a news database's separators ("3 of 12 DOCUMENTS", "End of Document"): the
    pattern is read only on the lines that say "document" in some case (a story may say it in passing)."""
    lines = text.split("\n")
    folded = text.lower().split("\n")  # the same lines: lower-casing makes no line break
    return sum(1 for line, low in zip(lines, folded, strict=True) if "document" in low and _NEXIS_SEPARATOR.match(line))


def _wire_dateline(line: str) -> bool:
    """ "HANNIBAL, Mo. (AP) — ...": a dateline naming a wire agency."""
    if "(" not in line[:120]:  # the agency is printed in brackets
        return False
    found = read_dateline(line)
    return found is not None and found.agency is not None and bool(P.WIRE_AGENCY.match(found.agency))


def _first_lines(text: str, most: int) -> list[str]:
    """The first `most` non-blank lines of `text`, stripped (read no further than they are)."""
    out: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped:
            out.append(stripped)
            if len(out) == most:
                break
    return out


def is_wire(text: str) -> bool:
    """Plain wire copy: a slug line or a version prefix on top; or a wire dateline among the first
    lines, a wire footer (`___`, "(Reporting by", the agency's copyright) and no page chrome."""
    first = _first_lines(text[:5000], 6)
    if not first:
        return False
    if _SLUG.match(first[0]) or P.wire_version(first[0]):
        return True
    if not any(_wire_dateline(ln) for ln in first):
        return False
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    footer = any(_WIRE_FOOTER.search(ln) for ln in lines[-8:])
    return footer and not any(len(ln) < 60 and _WEB_CHROME.search(ln) for ln in lines)


def split(text: str, layout: str = "auto") -> list[Document]:
    """The articles of a text, in order; one Document for web and wire copy (and for a layout not known)."""
    mode: Layout = detect(text) if layout == "auto" else next((k for k in _KNOWN if k == layout), "web")
    if mode == "nexis" or mode == "factiva":
        missing = _not_an_export(text, mode)
        if missing:  # a forced layout the text does not have: say so, rather than a fault of one article
            return [Document(text, mode, error=missing)]
        docs = split_nexis(text) if mode == "nexis" else split_factiva(text)
        return docs or [Document(text, mode, error=f"no article found in this {mode} export")]
    if mode == "wire":
        return [read_wire(text)]
    return [Document(text, "web")]


def _not_an_export(text: str, layout: str) -> str | None:
    """Why a text forced to an export layout is not one (it has none of the export's marks), or None."""
    head = text[:200_000]
    if layout == "factiva":
        lines = head.splitlines()
        if _FACTIVA_HD.search(head) or _FACTIVA_TRAILER.search(head) or any(map(_WORD_COUNT.match, lines)):
            return None
        return "not a Factiva export (no HD/BY/WC/PD/LP/TD fields, no 'NNN words' line, no 'Document <id>' line)"
    if _NEXIS_SEPARATOR.search(head) or _NEXIS_LABEL.search(head):
        return None
    return "not a Nexis export (no 'End of Document' or '1 of N DOCUMENTS' line, no Byline:/Length:/Section: fields)"


# ------------------------------------------------------------------ wire
def read_wire(text: str) -> Document:
    """Wire copy: the slug line above the headline and a version prefix on it ("UPDATE 2-") as metadata.

    The text is kept as it is; the parser drops the slug line and the prefix when it assembles the article.
    """
    metadata: dict[str, str] = {}
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()][:2]
    if lines and _SLUG.match(lines[0]):
        metadata["slug"] = lines.pop(0)
    if lines:
        m = P.wire_version(lines[0])
        if m is not None:
            metadata["version"] = m.group("prefix")
    return Document(text, "wire", metadata=metadata)


# ------------------------------------------------------------------ nexis
# Labels read into the article's fields; every other label goes to metadata under its own name.
_NEXIS_FIELDS = {
    "byline": "byline",
    "author": "byline",
    "dateline": "dateline",
    "highlight": "deck",
    "title": "headline",
    "headline": "headline",
}
# Labels that end the body: what Nexis prints after an article.
_NEXIS_TRAILER = frozenset(L.NEXIS_TRAILER_LABELS)
_LABEL = rx.compile(r"^(?P<label>\p{Lu}[\p{L}\-]{1,30}+(?:[ ][\p{L}\-]{1,20}+){0,2})[ ]*+:[ \t]*+(?P<value>.*+)$")


def split_nexis(text: str) -> list[Document]:
    """A Nexis export's articles, each with its header fields; the text between separators."""
    lines = text.split("\n")
    cuts: list[tuple[int, bool]] = []  # (line index, True when the separator opens a document)
    for i, line in enumerate(lines):
        m = _NEXIS_SEPARATOR.match(line)
        if m is not None:
            cuts.append((i, m.group("n") is not None or m.group("m") is not None))
    segments: list[tuple[int, int]] = []
    start = 0
    for i, opens in cuts:
        if opens:
            # before the first "1 of 25 DOCUMENTS": a cover page, unless it holds an article's fields
            cover = not segments and not _NEXIS_LABEL.search("\n".join(lines[start:i]))
            if any(ln.strip() for ln in lines[start:i]) and not cover:
                segments.append((start, i))
            start = i + 1
        else:  # End of Document
            segments.append((start, i))
            start = i + 1
    if any(ln.strip() for ln in lines[start:]):
        segments.append((start, len(lines)))
    starts = _line_starts(lines)
    return [_nexis_document(lines[lo:hi], index, lo, starts) for index, (lo, hi) in enumerate(segments)]


def _line_starts(lines: list[str]) -> list[int]:
    """The character offset of each line in the text they were split from."""
    out, pos = [], 0
    for line in lines:
        out.append(pos)
        pos += len(line) + 1
    out.append(pos)
    return out


def _nexis_document(lines: list[str], index: int, lo: int, starts: list[int]) -> Document:
    stripped = [ln.strip() for ln in lines]
    # the classic LexisNexis layout prints its labels in capitals ("BYLINE:", "LENGTH:") and the
    # headline under the date; Nexis Uni prints "Byline:" and the headline first
    classic = any(
        (m := _LABEL.match(t)) is not None and m.group("label").isupper() and _is_field_label(m.group("label"))
        for t in stripped
    )
    labels = _nexis_labels(stripped, classic=classic)
    body_start = next((i + 1 for i, t in enumerate(stripped) if t.lower() == "body"), None)
    header_labels = [x for x in labels if body_start is None or x[0] < body_start]
    if body_start is None:  # the classic layout: the body follows the last header field
        header_labels = []
        for x in labels:
            if x[1].lower() in _NEXIS_TRAILER:
                break
            header_labels.append(x)
        if not header_labels:  # no header fields at all: read the article like a page
            text = "\n".join(lines)
            error = None if text.strip() else "empty document"
            return Document(text, "nexis", index, lo + 1, starts[lo], None, {}, error)
        body_start = header_labels[-1][0] + 1
    body_end = _nexis_body_end(stripped, labels, body_start)
    values, metadata = _nexis_values([x for x in labels if not body_start <= x[0] < body_end])

    first_label = header_labels[0][0] if header_labels else body_start
    top = [t for t in stripped[: min(first_label, body_start)] if t and t.lower() != "body"]
    head = _read_top(top, classic=classic)
    headline, date_line = head.headline, head.date
    copyright_text = " ".join(head.copyright) or _trailing_copyright(stripped[body_end:])
    if head.publication:
        metadata.setdefault("publication", head.publication)
    if head.edition:
        metadata.setdefault("edition", head.edition)
    if copyright_text:
        metadata.setdefault("copyright", copyright_text)
    body = "\n".join(lines[body_start:body_end])
    fields = Fields(
        headline=values.get("headline") or headline,
        deck=values.get("deck"),
        byline=values.get("byline"),
        date=date_line,
        dateline=values.get("dateline"),
    )
    error = None if body.strip() else "no body text in this document"
    at = lo + body_start
    return Document(body, "nexis", index, at + 1, starts[at], fields, metadata, error)


def _nexis_labels(stripped: list[str], *, classic: bool) -> list[tuple[int, str, str]]:
    """The labelled fields of a Nexis document: (line, label, value)."""
    labels: list[tuple[int, str, str]] = []
    # fields follow the date line: above it, "Column: The merger ..." is a headline
    body_line = next((i for i, t in enumerate(stripped) if t.lower() == "body"), len(stripped))
    date_at = next((i for i in range(body_line) if _is_date_field(stripped[i])), -1)
    for i, t in enumerate(stripped):
        if i <= date_at:
            continue
        m = _LABEL.match(t)
        # the classic layout prints its labels in capitals: "Column: The merger ..." is its headline
        if m is not None and _is_field_label(m.group("label")) and (not classic or m.group("label").isupper()):
            labels.append((i, m.group("label"), m.group("value").strip()))
    return labels


def _nexis_body_end(stripped: list[str], labels: list[tuple[int, str, str]], body_start: int) -> int:
    """Where a Nexis document's body ends: at the first trailer label after it, or its classification block."""
    body_end = len(stripped)
    for i, label, _ in labels:
        if i >= body_start and label.lower() in _NEXIS_TRAILER:
            body_end = i
            break
    for i in range(body_start, body_end):
        if stripped[i].lower() == "classification":
            body_end = i
            break
    return body_end


def _nexis_values(labels: list[tuple[int, str, str]]) -> tuple[dict[str, str], dict[str, str]]:
    """The article's fields (headline, byline, ...) and every other field as metadata, from the labels
    outside the body."""
    metadata: dict[str, str] = {}
    values: dict[str, str] = {}
    for _, label, value in labels:
        key = _NEXIS_FIELDS.get(label.lower())
        if key is not None:
            values.setdefault(key, value)
        elif value:
            name = _metadata_key(label)
            for key, part in (section_and_page(value) if name == "section" else {name: value}).items():
                metadata.setdefault(key, part)
    return values, metadata


# "LOCAL NEWS; Pg. A3", "BUSINESS; Business Desk; Page 1": Nexis prints the page in the section field
_SECTION_PAGE = rx.compile(r"\s*+;\s*+(?:Pg\.?+|Page)\s*+(?P<page>[A-Z]?\d++[A-Z]?)\s*+$", regex.IGNORECASE)


def section_and_page(value: str) -> dict[str, str]:
    """A Nexis section field split into its section and page.

    >>> section_and_page("LOCAL; Pg. A3")
    {'section': 'LOCAL', 'page': 'A3'}
    """
    m = _SECTION_PAGE.search(value)
    if m is None or not value[: m.start()].strip():
        return {"section": value}
    return {"section": value[: m.start()].strip(), "page": m.group("page")}


def _is_field_label(label: str) -> bool:
    """ "Byline", "Load-Date", "Publication-Type", "SECTION": a label, not "Note" opening a sentence."""
    low = label.lower()
    return low in _NEXIS_FIELDS or low in _NEXIS_TRAILER or low in L.NEXIS_HEADER_LABELS


_NON_KEY = rx.compile(r"[^a-z0-9]+")


def _metadata_key(label: str) -> str:
    """ "Publication-Type" -> "publication_type"."""
    return str(_NON_KEY.sub("_", label.lower())).strip("_")


class _Top:
    __slots__ = ("copyright", "date", "edition", "headline", "publication")

    def __init__(
        self,
        headline: str | None = None,
        date: str | None = None,
        publication: str | None = None,
        edition: str | None = None,
        copyright: Sequence[str] = (),
    ) -> None:
        self.headline = headline
        self.date = date
        self.publication = publication
        self.edition = edition
        self.copyright = copyright


def _read_top(top: list[str], *, classic: bool) -> _Top:
    """Headline, date line, publication, edition and copyright from the lines above an export's fields.

    Nexis Uni prints headline, publication, date, (edition), copyright right above the fields,
    maybe under a cover page listing the search; the classic layout ("1 of 25 DOCUMENTS")
    prints publication, date, edition, then the headline. Read from the fields upwards.
    """
    copyright_lines = [t for t in top if P.COPYRIGHT.match(t)]
    rest = [t for t in top if t not in copyright_lines]
    date_at = next((i for i in range(len(rest) - 1, -1, -1) if _is_date_field(rest[i])), None)
    if date_at is None:  # headline and publication, or (classic) publication and headline
        if classic or len(rest) < 2:
            return _Top(rest[-1] if rest else None, None, rest[-2] if len(rest) >= 2 else None, None, copyright_lines)
        return _Top(rest[-2], None, rest[-1], None, copyright_lines)
    date_line = rest[date_at]
    before, after = rest[:date_at], rest[date_at + 1 :]
    if classic and after:  # publication, date, edition, headline
        return _Top(after[-1], date_line, before[-1] if before else None, " ".join(after[:-1]) or None, copyright_lines)
    # headline, publication, date, edition
    headline = before[-2] if len(before) >= 2 else (before[-1] if before else None)
    publication = before[-1] if len(before) >= 2 else None
    return _Top(headline, date_line, publication, " ".join(after) or None, copyright_lines)


def _is_date_field(text: str) -> bool:
    """ "November 19, 2019 Tuesday 8:12 AM EST": a date line, not a labelled one ("Date and Time: ...")."""
    return (
        ":" not in text.split(" ", 1)[0]
        and not _LABEL.match(text)
        and (dates.is_date_line(text) or _has_full_date(text))
    )


def _has_full_date(text: str) -> bool:
    return len(text) <= 80 and any(h.year is not None for h in dates.find_dates(text))


def _trailing_copyright(lines: list[str]) -> str | None:
    for i, t in enumerate(lines):
        if P.COPYRIGHT.match(t):
            tail = [t] + [x for x in lines[i + 1 : i + 3] if x and P.COPYRIGHT.match(x)]
            return " ".join(tail)
    return None


# ------------------------------------------------------------------ factiva
_FACTIVA_META = {
    "WC": "length",
    "SN": "publication",
    "SC": "source_code",
    "SE": "section",
    "ED": "edition",
    "PG": "page",
    "LA": "language",
    "CY": "copyright",
    "AN": "document_id",
    "PUB": "publisher",
    "NS": "subjects",
    "RE": "regions",
    "CO": "companies",
    "IN": "industries",
    "IPD": "descriptors",
    "IPC": "codes",
    "VOL": "volume",
    "CLM": "column",
    "ET": "time",
    "CR": "credit",
    "ART": "art",
    "CT": "contact",
    "RF": "reference",
}
_BODY_CODES = ("LP", "TD")
_DOCUMENT_WORD = rx.compile(r"^Document\s++")
_FACTIVA_HD = rx.compile(r"(?m)^HD(?:[ \t]++\S.*+|[ \t]*+)$")


def split_factiva(text: str) -> list[Document]:
    """A Factiva export's articles: labelled (HD, BY, ...) or in plain text closed by `Document <id>`."""
    if _FACTIVA_HD.search(text):
        return _factiva_labelled(text)
    return _factiva_plain(text)


def _factiva_labelled(text: str) -> list[Document]:
    lines = text.split("\n")
    docs: list[list[tuple[int, str, list[str]]]] = []  # per article: (line, code, value lines)
    current: list[tuple[int, str, list[str]]] | None = None
    for i, line in enumerate(lines):
        m = _FACTIVA_CODE.match(line)
        if m is not None and (m.group("code") in _FACTIVA_META or m.group("code") in ("HD", "BY", "PD", *_BODY_CODES)):
            if m.group("code") == "HD" or current is None:
                current = []
                docs.append(current)
            current.append((i, m.group("code"), [m.group("value") or ""]))
        elif current is not None and current:
            current[-1][2].append(line)
    out = []
    for index, fields in enumerate(docs):
        values: dict[str, str] = {}
        body_parts: list[str] = []
        body_line = fields[0][0] + 1
        for i, code, value_lines in fields:
            if code in _BODY_CODES:
                if not body_parts:
                    body_line = i + 1
                body_parts.append(_dedent(value_lines))
            else:
                values.setdefault(code, " ".join(v.strip() for v in value_lines if v.strip()))
        metadata = {_FACTIVA_META[c]: v for c, v in values.items() if c in _FACTIVA_META and v}
        if "document_id" in metadata:
            metadata["document_id"] = _DOCUMENT_WORD.sub("", metadata["document_id"])
        time = values.get("ET")
        date = values.get("PD")
        body = "\n\n".join(p for p in body_parts if p.strip())
        doc_fields = Fields(
            headline=values.get("HD") or None,
            byline=values.get("BY") or None,
            date=f"{date} {time}" if date and time else date,
        )
        error = None if body.strip() else "no body text (LP/TD) in this document"
        out.append(Document(body, "factiva", index, body_line, 0, doc_fields, metadata, error))
    return out


def _dedent(value_lines: list[str]) -> str:
    """Field text with its indentation removed; blank lines keep paragraphs apart."""
    return "\n".join(v.strip() for v in value_lines)


def _factiva_plain(text: str) -> list[Document]:
    lines = text.split("\n")
    out: list[Document] = []
    start = 0
    trailers = [i for i, ln in enumerate(lines) if _FACTIVA_TRAILER.match(ln)]
    ends = trailers + ([len(lines)] if any(ln.strip() for ln in lines[(trailers[-1] + 1 if trailers else 0) :]) else [])
    starts = _line_starts(lines)
    for index, end in enumerate(ends):
        segment = lines[start:end]
        doc_id = _FACTIVA_TRAILER.match(lines[end]).group("id") if end < len(lines) else None
        out.append(_factiva_plain_document(segment, index, start, starts, doc_id))
        start = end + 1
    # a search summary after the last article is not an article
    return [d for d in out if not (d.error and d.metadata.get("summary"))]


def _factiva_plain_document(segment: list[str], index: int, lo: int, starts: list[int], doc_id: str | None) -> Document:
    stripped = [ln.strip() for ln in segment]
    nonblank = [i for i, t in enumerate(stripped) if t]
    wc_at = next((i for i in nonblank[:12] if _WORD_COUNT.match(stripped[i])), None)
    metadata: dict[str, str] = {"document_id": doc_id} if doc_id else {}
    if wc_at is None:
        summary = any(t.lower().startswith(("search summary", "results found")) for t in stripped)
        if summary:
            metadata["summary"] = "yes"
        return Document(
            "\n".join(segment), "factiva", index, lo + 1, starts[lo], Fields(), metadata, "no word count line"
        )
    metadata["length"] = stripped[wc_at]
    before = [stripped[i] for i in nonblank if i < wc_at]
    headline, byline, section = _headline_and_byline(before)
    if section:
        metadata["section"] = section
    # after the word count: date, time, source name, source code, edition, page, language, copyright
    i = wc_at + 1
    date_line: str | None = None
    body_start = len(stripped)
    seen_rest: list[str] = []
    while i < len(stripped):
        t = stripped[i]
        if not t:
            if date_line is not None or metadata.get("copyright") or metadata.get("language") or seen_rest:
                body_start = i + 1  # the first blank line after the header fields
                break
            i += 1
            continue
        if _is_running_text(t) and not P.COPYRIGHT.match(t):  # no blank line before the body
            body_start = i
            break
        if date_line is None and _has_full_date(t):
            date_line = t
        elif _TIME.fullmatch(t):
            date_line = f"{date_line} {t}" if date_line else t
        elif P.COPYRIGHT.match(t):
            metadata["copyright"] = t
        elif t.lower() in L.LANGUAGES:
            metadata["language"] = t
        elif _SOURCE_CODE.fullmatch(t) and "source_code" not in metadata:
            metadata["source_code"] = t
        else:
            seen_rest.append(t)
        i += 1
    if seen_rest:
        metadata["publication"] = seen_rest[0]
        for value in seen_rest[1:]:
            key = "page" if _PAGE.fullmatch(value) else "edition"
            metadata.setdefault(key, value)
    body = "\n".join(segment[body_start:])
    error = None if body.strip() else "no body text in this document"
    fields = Fields(headline=headline, byline=byline, date=date_line)
    at = lo + body_start
    return Document(body, "factiva", index, at + 1, starts[at], fields, metadata, error)


def _is_running_text(text: str) -> bool:
    """A sentence of the body, not a header field: long, with words and a sentence end."""
    return len(text) > 80 and len(text.split()) >= 12 and text.rstrip("”\"’')")[-1:] in ".!?"


_PAGE = rx.compile(r"[A-Z]?\d{1,3}[A-Z]?")
_TIME = rx.compile(r"\d{1,2}:\d{2}(?:\s?[AP]M)?(?:\s+\p{Lu}{2,4})?")
_SOURCE_CODE = rx.compile(r"[A-Z0-9]{4,10}")


def _headline_and_byline(lines: list[str]) -> tuple[str | None, str | None, str | None]:
    """Headline, byline and section from the lines above a Factiva word count (SE, HD, BY in that order).

    >>> _headline_and_byline(["Business", "Water Rates Rise Again", "By Olivia Brandt"])
    ('Water Rates Rise Again', 'By Olivia Brandt', 'Business')
    """
    lines = list(lines)
    section = byline = None
    if (len(lines) >= 3 or (len(lines) == 2 and _section_first(lines[0], lines[1]))) and len(lines[0].split()) <= 3:
        section = lines.pop(0)
    if len(lines) >= 2 and _looks_like_byline(lines[-1]):
        byline = lines.pop()
    return (" ".join(lines) or None), byline, section


def _section_first(first: str, second: str) -> bool:
    """ "News" above "Storm Hits the Coast": a short section name, then a longer headline that is no byline."""
    return len(first.split()) <= 3 and len(first) < len(second) and not _looks_like_byline(second)


def _looks_like_byline(text: str) -> bool:
    """ "By Olivia Brandt", "Tomas Lind and Aino Virtanen", "KTV STAFF": a byline line under the headline."""
    if has_byline_lead(text):
        return True
    if len(text) > 80 or dates.has_digit(text) or text.rstrip()[-1:] in ".!?:":
        return False
    parts = [p.strip() for p in _NAME_LIST_SEPARATOR.split(text) if p.strip()]
    return all(is_name(p) for p in parts) or len(text.split()) <= 4


_NAME_LIST_SEPARATOR = rx.compile(r",|\band\b|&")
