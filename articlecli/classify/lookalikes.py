"""Lines in the body that only look like subheadings: a site's promotion, a video's or a gallery's title
and blurb, a provider's line, a byline set in the body, a box's label printed under every section
(rules of RUN_RULES, in `runs`)."""

from __future__ import annotations

import regex

from .. import lexicon as L
from .. import patterns as P
from .. import rx
from .features import Features
from .page import Decision, Page, Role
from .span import body_span

# ---------------------------------------------------------------- lines that only look like subheadings
# "On Ledger.com: Ferry fares rise again": a promoted story of the site's
_SITE_PROMO = rx.compile(
    r"^(?:on|at|from|more on|more at|also on)\s++(?:www\.)?[\p{L}\d\-]++"
    r"\.(?:" + P.WEB_ADDRESS_END + r")\s*+:",
    regex.IGNORECASE,
)
# "Gallery: Acme Pulse | 14 Photos": a gallery's label
_GALLERY_LABEL = rx.compile(
    r"^(?:gallery|photos|slideshow|in pictures)\s*+:.{1,100}\|\s*+\d++\s++(?:photos|images|pictures|slides)$",
    regex.IGNORECASE,
)
# "Video: Storm hits the coast", "Photo gallery: The old harbour": a player's or a gallery's title
_MEDIA_TITLE = rx.compile(
    r"^(?:(?P<player>video|watch|listen|audio|podcast)|(?P<gallery>gallery|photo gallery|photos|slideshow|in pictures))"
    r"\s*+[:|]\s*+\S",
    regex.IGNORECASE,
)
_HANDLE_END = rx.compile(r"\s@\w{2,30}$")
# "The Harbour Hour -- now on YouTube!", "Thanks for watching!": a promotion of the site's show or app (see
# lexicon.PROMO_TITLE_CUES), its call closing the line alone or after a dash or a colon, or in capitals; a
# subheading that names the same things ("Why the library found fans on YouTube") is none
_PROMO_TITLE = rx.compile(
    r"(?P<sep>^|\s++[-–—|:]{1,2}\s++|:\s++|\s)(?:\L<cues>)[!.]?$",
    regex.IGNORECASE,
    cues=P.phrase_list(L.PROMO_TITLE_CUES),
)
# "Provided by Harbour County Council": who supplied the story, not a section's title
_PROVIDER = P.PROVIDER_LINE


def not_headings(page: Page) -> None:
    """Short lines between paragraphs that are not subheadings: a byline printed in the body ("By Jo Lee
    @jolee", "Jo Lee @jolee"), a promoted story of the site ("On Ledger.com: ..."), a gallery's label, a
    promotion of the site's show ("The Harbour Hour -- now on YouTube!"), the story's provider ("Provided by X")."""
    lines, feats, st, span = page.lines, page.feats, page, body_span(page)
    d = st.decisions
    for i in span:
        if d[i].role not in (Role.HEADING, Role.PARAGRAPH) or feats[i].prose:
            continue
        t = lines[i].text
        if ":" in t and "." in t and _SITE_PROMO.match(t):  # (a web address's dot, a colon after it)
            page.decide(i, Decision(Role.DEBRIS, "related", rule="runs/not-headings"))
        elif "|" in t and _GALLERY_LABEL.match(t):  # (its count of pictures after a bar)
            page.decide(i, Decision(Role.DEBRIS, "gallery", rule="runs/not-headings"))
            _gallery_blurb(page, i)
        elif (m := _MEDIA_TITLE.match(t)) is not None and d[i].role is Role.HEADING:
            page.decide(
                i, Decision(Role.DEBRIS, "player" if m.group("player") else "gallery", rule="runs/not-headings")
            )
        elif d[i].role is Role.HEADING and _byline_in_body(t, feats[i]):
            page.decide(i, Decision(Role.DEBRIS, "byline", rule="runs/not-headings"))
        elif d[i].role is Role.HEADING and _promo_title(t, feats[i]):
            page.decide(i, Decision(Role.DEBRIS, "promo", rule="runs/not-headings"))
        elif d[i].role is Role.HEADING and _PROVIDER.match(t):
            page.decide(i, Decision(Role.DEBRIS, "sponsor", rule="runs/not-headings"))
        elif d[i].role is Role.HEADING and _under_media(page, span, i):
            page.decide(i, Decision(Role.DEBRIS, "player", rule="runs/not-headings"))


_PROMO_TITLE_CUES = tuple(L.PROMO_TITLE_CUES)


def _promo_title(text: str, f: Features) -> bool:
    folded = rx.fold(text).removesuffix("\n")  # (the cue ends the line, a "!" or a "." after it or not)
    if not (folded.endswith(_PROMO_TITLE_CUES) or folded[:-1].endswith(_PROMO_TITLE_CUES)):
        return False
    m = _PROMO_TITLE.search(text)
    return m is not None and (m.group("sep") != " " or f.all_caps)


def _under_media(page: Page, span: range, i: int) -> bool:
    """A short line right under a video's or a gallery's blurb ("Video: At the book fair, ..." / "HARBOURTALKS"): the
    piece's label or source, not a subheading."""
    k = i - 1
    while k in span and page.decisions[k].role is Role.DEBRIS and page.decisions[k].reason == "advertisement":
        k -= 1
    return k in span and page.feats[k].prose and _MEDIA_TITLE.match(page.lines[k].text) is not None


def _gallery_blurb(page: Page, i: int) -> None:
    """The blurb printed right under a gallery's label ("Gallery: ... | 12 Photos" / one or two
    sentences): the gallery's caption, not story text."""
    k = i + 1
    if k > page.body_end or page.lines[k].blank_before or page.decisions[k].role is not Role.PARAGRAPH:
        return
    if page.feats[k].words <= 40:
        page.decide(k, Decision(Role.CAPTION, text=page.lines[k].text, rule="runs/gallery-blurb"))


def _byline_in_body(text: str, f: Features) -> bool:
    return (f.byline is not None and text[:3].lower() == "by ") or (
        _HANDLE_END.search(text) is not None and f.name_like > 0
    )


# ---------------------------------------------------------------- repeated box labels
_LABEL_REPEATS = 3  # a box's label under every section (twice could still be two sections' titles)


def repeated_labels(page: Page) -> None:
    """A short line printed again and again over the body's boxes ("SUMMARY", "Key takeaway" above
    each section's recap): the site's label for its box, not a section's title; removed (reason
    'label'), the box's text stays in the body."""
    lines, st, span = page.lines, page, body_span(page)
    by_text: dict[str, list[int]] = {}
    for i in span:
        if st.decisions[i].role is Role.HEADING:
            by_text.setdefault(lines[i].text.strip().casefold(), []).append(i)
    for found in by_text.values():
        if len(found) >= _LABEL_REPEATS:
            for i in found:
                page.decide(i, Decision(Role.DEBRIS, "label", rule="runs/repeated-labels"))


# Sentences the examples are written with (a made-up local story: see `examples.py`).
