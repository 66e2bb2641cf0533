from __future__ import annotations

import math
from _collections import _tuplegetter  # type: ignore[import-not-found]
from collections.abc import Iterable, Mapping
from types import FunctionType, MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

SCHEMA = "articlecli/article@1"
WORDS_PER_MINUTE = 230

# ------------------------------------------------------------------ vocabularies
# Every string an enumerated field can hold (the README lists each; tests/test_docs.py checks both ways).
# mypy checks every record built against these; at run time each is `str`, so that the records' fields cost
# no more than plain strings to define (a Literal field costs typing's checks on every NamedTuple).
# tests/vocabularies.py reads the values from here.
if TYPE_CHECKING:
    Layout = Literal["web", "wire", "nexis", "factiva"]
    # What the classifier decides a line is; debris and outside lines are dropped into `removed`.
    LineRole = Literal[
        "headline", "deck", "byline", "date", "caption", "heading", "paragraph", "code", "note", "debris", "outside"
    ]
    BlockType = Literal["headline", "deck", "byline", "date", "caption", "heading", "paragraph", "code", "note"]
    QuoteKind = Literal["full", "partial", "continued", "context"]
    QuoteBlock = Literal["paragraph", "headline", "deck", "caption", "heading"]
    NoteKind = Literal["contributors", "credits", "correction", "origin", "disclaimer", "bio", "note"]
    RemovalReason = Literal[
        # page furniture, by its shape or its words
        "player",
        "read-time",
        "empty-date-line",
        "advertisement",
        "share",
        "newsletter",
        "sponsor",
        "label",
        "tags",
        "gallery",
        "image-file",
        "counter",
        "separator",
        "link",
        "markup",
        "copyright",
        "related",
        "embed",
        "promo",
        "retailer",
        "comments",
        "byline",
        # repeats and pieces of the header or pictures found again
        "repeated-headline",
        "repeated-deck",
        "repeated-caption",
        "repeated-heading",
        "repeated-paragraph",
        "caption-credit",
        "pull-quote",
        "date-line",
        "dateline",
        "slug",
        "jump",
        # outside the story
        "page-chrome",
        "non-prose",
    ]
    DateResolved = Literal[
        "printed",
        "year-from-article",
        "no-year",
        "relative-to-now",
        "year-from-now",
        "relative",
        "only-updated",
        "dateparser",
        "dateline",
    ]
    MentionResolved = Literal["printed", "nearest-to-article-date", "year-from-article", "unresolved"]
else:
    Layout = LineRole = BlockType = QuoteKind = QuoteBlock = NoteKind = RemovalReason = str
    DateResolved = MentionResolved = str


# ------------------------------------------------------------------ records
# The records are NamedTuples to mypy and to their users (tuples with named fields, `_replace`,
# `_asdict`, `_fields`, equality and unpacking as tuples), but not built by `typing.NamedTuple`, which
# at every start compiles a `__new__` for each class from source, reads every annotation (compiling
# each one written as a string into a ForwardRef) and builds the class twice: some 0.8M instructions a
# record, 1.6M under postponed annotations, where `Record` takes 0.15M. Its `__new__` is one of the
# functions below, compiled once into the `.pyc`, given the class's field names.
_tuple_new = tuple.__new__
# fmt: off
_NEW: tuple[Any, ...] = (  # the `__new__` of a record of n fields, its arguments renamed (_NEW[n] up to 12, then 23)
    lambda _cls: _tuple_new(_cls, ()),
    lambda _cls, a: _tuple_new(_cls, (a,)),
    lambda _cls, a, b: _tuple_new(_cls, (a, b)),
    lambda _cls, a, b, c: _tuple_new(_cls, (a, b, c)),
    lambda _cls, a, b, c, d: _tuple_new(_cls, (a, b, c, d)),
    lambda _cls, a, b, c, d, e: _tuple_new(_cls, (a, b, c, d, e)),
    lambda _cls, a, b, c, d, e, f: _tuple_new(_cls, (a, b, c, d, e, f)),
    lambda _cls, a, b, c, d, e, f, g: _tuple_new(_cls, (a, b, c, d, e, f, g)),
    lambda _cls, a, b, c, d, e, f, g, h: _tuple_new(_cls, (a, b, c, d, e, f, g, h)),
    lambda _cls, a, b, c, d, e, f, g, h, i: _tuple_new(_cls, (a, b, c, d, e, f, g, h, i)),
    lambda _cls, a, b, c, d, e, f, g, h, i, j: _tuple_new(_cls, (a, b, c, d, e, f, g, h, i, j)),
    lambda _cls, a, b, c, d, e, f, g, h, i, j, k: _tuple_new(_cls, (a, b, c, d, e, f, g, h, i, j, k)),
    lambda _cls, a, b, c, d, e, f, g, h, i, j, k, l: _tuple_new(_cls, (a, b, c, d, e, f, g, h, i, j, k, l)),  # noqa: E741
    # the Article's (23 fields): compiled from source at every start, as a record of another width is, it cost 0.75M
    lambda _cls, a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w: _tuple_new(  # noqa: E741
        _cls, (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w)
    ),
)
# fmt: on


def _new(fields: tuple[str, ...], defaults: tuple[Any, ...]) -> Any:
    """The `__new__` of a record: `cls(*fields)` as a tuple, the last fields defaulted."""
    made = _NEW[len(fields)] if len(fields) < len(_NEW) - 1 else _NEW[-1]
    if made.__code__.co_argcount == len(fields) + 1:
        code = made.__code__.replace(co_varnames=("_cls", *fields))
    else:  # a record of another width: compiled, as namedtuple does
        args = ", ".join(fields)
        code = eval(f"lambda _cls, {args}: _tuple_new(_cls, ({args}))").__code__
    return FunctionType(code, globals(), "__new__", defaults or None)


class _RecordType(type):
    """Makes each direct subclass of `Record` a tuple with named fields, from its annotations."""

    root: type | None = None  # `Record` itself, the first class made

    def __new__(mcs, name: str, bases: tuple[type, ...], ns: dict[str, Any]) -> _RecordType:
        if bases and bases[0] is _RecordType.root:
            fields = tuple(ns.get("__annotations__", ()))
            defaults = tuple(ns.pop(field) for field in fields if field in ns)
            ns.update(
                __new__=_new(fields, defaults),
                __slots__=(),
                _fields=fields,
                __match_args__=fields,
                _field_defaults=dict(zip(fields[len(fields) - len(defaults) :], defaults, strict=True)),
            )
            ns.setdefault("__doc__", f"{name}({', '.join(fields)})")
            for index, field in enumerate(fields):
                ns[field] = _tuplegetter(index, f"Alias for field number {index}")
        made = super().__new__(mcs, name, bases, ns)
        if _RecordType.root is None:
            _RecordType.root = made
        return made


class _Record(tuple, metaclass=_RecordType):  # type: ignore[type-arg]
    """What a NamedTuple has beside its fields; the fields come from `_RecordType`."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()

    @classmethod
    def _make(cls, iterable: Iterable[Any]) -> Any:
        made = _tuple_new(cls, iterable)
        if len(made) != len(cls._fields):
            raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(made)}")
        return made

    def _replace(self, **changes: Any) -> Any:
        made = self._make(map(changes.pop, self._fields, self))
        if changes:
            raise ValueError(f"Got unexpected field names: {list(changes)!r}")
        return made

    def _asdict(self) -> dict[str, Any]:
        return dict(zip(self._fields, self, strict=True))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in zip(self._fields, self, strict=True))})"

    def __getnewargs__(self) -> tuple[Any, ...]:
        return tuple(self)


if TYPE_CHECKING:  # to mypy, the NamedTuples they behave as (re-exported: every record module's base)
    from typing import NamedTuple as Record

    __all__ = ["Record"]
else:
    Record = _Record


class Author(Record):
    """One author of a byline; `role` and `affiliation` as printed beside the name."""

    name: str
    role: str | None = None
    affiliation: str | None = None

    def to_dict(self) -> dict[str, str]:
        """{"name", "role", "affiliation"}: role and affiliation only when the byline prints them."""
        out = {"name": self.name}
        if self.role:
            out["role"] = self.role
        if self.affiliation:
            out["affiliation"] = self.affiliation
        return out


class Byline(Record):
    text: str
    authors: tuple[Author, ...]
    agency: str | None


class DateValue(Record):
    """A date as printed (`text`) and as read (`iso`, or None when it cannot be resolved)."""

    iso: str | None
    text: str
    source: str  # the line it came from
    resolved: DateResolved = "printed"

    def to_dict(self) -> dict[str, Any]:
        return {"iso": self.iso, "text": self.text, "date_source": self.source, "resolved": self.resolved}


class Mention(Record):
    """A calendar date written in the body: "on Oct. 29", "March 3, 2024"."""

    text: str
    iso: str | None
    paragraph: int
    resolved: MentionResolved

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "iso": self.iso, "paragraph": self.paragraph, "resolved": self.resolved}


class ArticleParseError(ValueError):
    """Raised when a text cannot be read as an article; `reason` says why in a few words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Source(Record):
    path: str | None = None
    bytes: int | None = None
    sha256: str | None = None
    encoding: str | None = None
    # position of the article in a multi-article file (the field hides tuple.index)
    index: int | None = None  # type: ignore[assignment]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": self.path,
            "bytes": self.bytes,
            "sha256": self.sha256,
            "encoding": self.encoding,
        }
        if self.index is not None:
            out["index"] = self.index
        return out


class DocumentError(Record):
    """An article of a multi-article file that could not be read, in its place among the others."""

    source: Source
    layout: Layout
    line: int
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source.to_dict(), "layout": self.layout, "line": self.line, "error": self.reason}


class Caption(Record):
    text: str | None
    credit: str | None
    line: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "credit": self.credit, "line": self.line}


class Heading(Record):
    text: str
    before_paragraph: int
    line: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "before_paragraph": self.before_paragraph, "line": self.line}


class Paragraph(Record):
    text: str
    line: int
    start: int  # offset in the normalised text

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "line": self.line, "start": self.start}


class Note(Record):
    kind: NoteKind
    text: str
    line: int

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "line": self.line}


class Contributor(Record):
    name: str
    role: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role}


class Removed(Record):
    text: str
    reason: RemovalReason
    line: int
    rule: str = ""  # the classifier's rule that dropped it ("body/related-list"): see `--explain`

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason, "rule": self.rule, "line": self.line}


class Dateline(Record):
    place: str | None
    agency: str | None
    date: str | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "agency": self.agency, "date": self.date, "text": self.text}


class Quote(Record):
    text: str
    speaker: str | None
    speaker_mention: str | None
    cue: str | None
    block: QuoteBlock
    paragraph: int | None  # index into `paragraphs` (None for header blocks)
    start: int  # offsets of `text` in the block text
    end: int
    kind: QuoteKind

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention,
            "cue": self.cue,
            "block": self.block,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
        }


class Term(Record):
    text: str
    block: QuoteBlock
    paragraph: int | None
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "block": self.block,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
        }


class BodyBlock(Record):
    """One block of the article in reading order."""

    type: BlockType
    text: str
    line: int
    credit: str | None = None
    # paragraph index for paragraphs (the field hides tuple.index)
    index: int | None = None  # type: ignore[assignment]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "text": self.text, "line": self.line}
        if self.type == "caption":
            out["credit"] = self.credit
        if self.index is not None:
            out["index"] = self.index
        return out


class Article(Record):
    source: Source
    layout: Layout
    headline: str | None
    deck: str | None
    byline: str | None
    authors: tuple[Author, ...]
    agency: str | None
    published: DateValue | None
    updated: DateValue | None
    dateline: Dateline | None
    captions: tuple[Caption, ...]
    headings: tuple[Heading, ...]
    paragraphs: tuple[Paragraph, ...]
    body: tuple[BodyBlock, ...]
    notes: tuple[Note, ...]
    contributors: tuple[Contributor, ...]
    quotes: tuple[Quote, ...] = ()
    terms: tuple[Term, ...] = ()
    dates_mentioned: tuple[Mention, ...] = ()
    removed: tuple[Removed, ...] = ()
    metadata: Mapping[str, Any] = MappingProxyType({})
    warnings: tuple[str, ...] = ()
    explain: Mapping[str, Any] | None = None  # asked for with ParseOptions(explain=True): see classify.explain

    @property
    def words(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs)

    def speakers(self) -> list[dict[str, Any]]:
        """Each canonical speaker with the number of quotes, most quoted first."""
        counts: dict[str, int] = {}
        for q in self.quotes:
            if q.speaker:
                counts[q.speaker] = counts.get(q.speaker, 0) + 1
        return [{"name": n, "quotes": c} for n, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, schema articlecli/article@1, in a stable key order."""
        words = self.words
        return {
            "schema": SCHEMA,
            "source": self.source.to_dict(),
            "layout": self.layout,
            "headline": self.headline,
            "deck": self.deck,
            "byline": self.byline,
            "authors": [a.to_dict() for a in self.authors],
            "agency": self.agency,
            "published": self.published.iso if self.published else None,
            "updated": self.updated.iso if self.updated else None,
            "dates": {
                "published": self.published.to_dict() if self.published else None,
                "updated": self.updated.to_dict() if self.updated else None,
            },
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "captions": [c.to_dict() for c in self.captions],
            "headings": [h.to_dict() for h in self.headings],
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "body": [b.to_dict() for b in self.body],
            "notes": [n.to_dict() for n in self.notes],
            "contributors": [c.to_dict() for c in self.contributors],
            "quotes": [q.to_dict() for q in self.quotes],
            "speakers": self.speakers(),
            "terms": [t.to_dict() for t in self.terms],
            "dates_mentioned": [m.to_dict() for m in self.dates_mentioned],
            "removed": [r.to_dict() for r in self.removed],
            "metadata": dict(self.metadata),
            "warnings": list(self.warnings),
            "stats": {
                "words": words,
                "paragraphs": len(self.paragraphs),
                "quotes": len(self.quotes),
                "captions": len(self.captions),
                "reading_time_minutes": math.ceil(words / WORDS_PER_MINUTE) if words else 0,
            },
        } | ({"explain": dict(self.explain)} if self.explain is not None else {})
