"""The end of the story: site furniture among the last paragraphs, teasers and closing boxes, calls to action
and contact lines; end notes among the last lines (`notes.py` reads them, and the lines below the body)."""

from __future__ import annotations

import functools

import regex

from .. import lexicon as L
from .. import patterns as P
from .. import rx
from ..model import RemovalReason
from . import examples as ex
from .echo import titled
from .features import Features
from .notes import author_words_of, end_notes, is_bio, note_kind, release_source
from .page import Decision, Page, Role
from .shapes import entry_row


def is_promo(text: str) -> bool:
    """A call to action or a contact line of the kind that closes a page's article text.

    >>> is_promo("Email Jane Doe at jdoe@harbourgazette.example or follow her @janedoe.")
    True
    >>> is_promo("The Gazette belongs to Coastal Media Group. Visit our group's site.")
    True
    >>> is_promo("The agency will follow up with the families next week.")
    False
    >>> is_promo("The Ledger is a nonprofit newsroom. Support our newsroom today.")
    True
    >>> is_promo("Support local news outlets, he said, was how the town kept its paper.")
    False
    >>> is_promo("Press contact: Ana Ruiz, Harbour Ferries Inc., +1 902 555 0147, aruiz@harbourferries.example")
    True
    >>> is_promo("Contacts: the two firms have worked together since 2019, the chief executive said.")
    False
    """
    if len(text) > 250:
        return False
    if _may_promote(text) and P.PROMO.search(text) is not None:
        return True
    # (a contact line ends in an e-mail address: `P.CONTACT` only where the line holds its "@")
    if "@" in text and P.CONTACT.match(text) is not None:
        return True
    if ":" in text[:60] and text[:1].isupper() and _release_contact().match(text) is not None:
        return True  # "Media contact: Jo Lee, Harbour Ferries, 555-0147, jlee@ferries.example"
    # a newsroom's appeal ("Support local reporting."), read only where a line has its word
    return "upport" in text and P.SUPPORT_PITCH.search(text) is not None and P.SPEECH_CUE.search(text) is None


_PROMO_LEADS = tuple(L.PROMO_LEADS)


def _may_promote(text: str) -> bool:
    """Whether the folded text holds one of `P.PROMO`'s leads anywhere (the pattern reads one at the line's start
    or a sentence's: tested where one stands at all)."""
    folded = rx.fold(text)
    return any(lead in folded for lead in _PROMO_LEADS)


@functools.cache  # built on first use: read only for the last lines of a story, where one opens with a label
def _release_contact() -> regex.Pattern[str]:
    """A release's contact line: one or two labels of `RELEASE_CONTACT_LABELS`, each with its colon, then whom to reach
    and an address or a number of seven digits or more ("For further information: Media contact: Jo Lee, 555-0147")."""
    return rx.compile(
        r"^(?:(?:\L<labels>)\s*+:\s*+){1,2}[^:\n]{0,40}?\S[^\n]{0,240}?(?:@\w|\+?\d[\d \-().]{5,}\d)",
        P.FLAGS,
        labels=P.phrase_list(L.RELEASE_CONTACT_LABELS),
    )


def end_of_story(page: Page) -> None:
    """The end of the body: the site's furniture set among the paragraphs (`furniture`), the boxes
    closing the body (`closing_boxes`); calls to action and contact lines at the very end are page
    furniture (`promo_tail`); end notes and author bios among the story's last lines are notes."""
    furniture(page)
    teasers(page)
    closing_boxes(page)
    last = promo_tail(page)
    end_notes(page, range(max(page.body_start, last - 3), page.body_end + 1))


# The kinds of `furniture_kind`, each with the rule that removes it and the reason it reports.
_FURNITURE_RULES: dict[str, tuple[str, RemovalReason]] = {
    "invitation": ("tail/invitation", "promo"),
    "video": ("tail/video-blurb", "promo"),
    "citation": ("tail/citation", "copyright"),
    "reprint": ("tail/citation", "copyright"),
    "source": ("tail/citation", "sponsor"),  # the reason `lookalikes` gives the same line as a subheading
    "comment-policy": ("tail/comment-policy", "comments"),
    "link-arrow": ("tail/link-arrow", "related"),
    "release-source": ("tail/release-source", "label"),
}
_RELEASE_SOURCE_FIRSTS = frozenset(label.lower() for label in L.RELEASE_SOURCE_LABELS)
_ARROWS = ("»", "›", "→")


def furniture_kind(text: str) -> str | None:
    """The kind of the site's own furniture a paragraph is, or None: an invitation to go elsewhere
    on the site or to write in with a tip, a video's blurb, a science site's citation block, a comment policy,
    a link with an arrow.

    >>> furniture_kind("Follow Harbour News on Facebook, X and Instagram.")
    'invitation'
    >>> furniture_kind("Follow the money, the auditor said.") is None
    True
    """
    if len(text) > 400:
        return None
    first = text[:24].split(None, 1)[0].rstrip(":,.").lower().replace("’", "'") if text.strip() else ""
    if first in _RELEASE_SOURCE_FIRSTS and release_source(text):
        return "release-source"
    for kind, pattern in P.furniture_patterns(first) if first in P.FURNITURE_LEADS else ():
        if pattern.match(text) is not None:
            return kind
    if "@" in text and P.TIP_LINE.match(text):
        return "invitation"  # "Spotted a mistake? Email us at desk@gazette.example."
    if "?" in text and text.rstrip(". ")[-1:].isdigit() and _phone_tip_line().match(text):
        return "invitation"  # "Seen a claim that needs checking? WhatsApp the desk on 876-555-0142."
    if P.comment_cue(text) and P.COMMENT_POLICY.match(text):
        return "comment-policy"
    if len(text) <= 300 and text.endswith(_ARROWS) and "«" not in text and "‹" not in text:
        return "link-arrow"  # "Read the council's full report here »": a link, not a sentence of the story
    return None


@functools.cache  # built on first use: few pages print one
def _phone_tip_line() -> regex.Pattern[str]:
    """A tip line giving a number: a question to the reader, a verb to send by phone to the outlet ("us", "our
    newsroom", "the Fact Check Desk", "the Gazette"), the number last. An appeal to call the police or anyone else
    is the story's."""
    return rx.compile(
        r"^[^?\n]{5,150}+\?\s++(?:\L<leads>)\s++(?:us\b|(?:the|our)\s++(?:[\p{L}\-]++\s++){0,3}?"
        r"(?:\L<desks>|\L<outlets>)\b)[^?\n]{0,80}?\+?\d[\d \-().]{5,}\d\.?$",
        P.FLAGS,
        leads=P.phrase_list(L.PHONE_TIP_LEADS),
        desks=P.phrase_list(L.TIP_DESK_WORDS),
        outlets=P.phrase_list(L.OUTLET_WORDS),
    )


def furniture(page: Page) -> None:
    """Paragraphs of the body that are the site's own furniture (see `furniture_kind`), wherever they sit."""
    d, lines = page.decisions, page.lines
    for i in range(page.body_start, page.body_end + 1):
        if d[i].role in (Role.PARAGRAPH, Role.HEADING) and len(lines[i].text) <= 400:
            kind = furniture_kind(lines[i].text) or ("invitation" if _opens_a_form(page, i) else None)
            if kind is not None:
                rule, reason = _FURNITURE_RULES[kind]
                page.decide(i, Decision(Role.DEBRIS, reason, rule=rule))
                if kind == "invitation":
                    _pitch_box_title(page, i)
                elif kind == "video":
                    _heading_under_video(page, i)
    if _summary_box_label(page, page.body_start):
        page.decide(page.body_start, Decision(Role.DEBRIS, "label", rule="tail/summary-box-label"))


def _heading_under_video(page: Page, i: int) -> None:
    """The line right under a video's title, read with it as a block of short lines, a title over the story's next
    paragraph ("Video: So lief die Sprengung" / "Warum die Brücke nicht zu retten war" / a paragraph): with the
    video's line gone, a subheading."""
    k, d, feats = i + 1, page.decisions, page.feats
    if k + 1 > page.body_end or d[k].rule != "body/line-of-a-block" or d[k + 1].role is not Role.PARAGRAPH:
        return
    t = page.lines[k].text
    if 2 <= feats[k].words <= 12 and t[:1].isupper() and not P.ends_sentence(t) and feats[k + 1].prose:
        page.decide(k, Decision(Role.HEADING, rule="tail/heading-under-video"))


def _pitch_box_title(page: Page, i: int) -> None:
    """The subheading right above an invitation, when nothing of the story follows it under that subheading
    ("Donate to The Campus Lantern" / "Your donation will support ..."): the pitch box's title, not a section's
    (`tail/pitch-box-title`)."""
    d = page.decisions
    title = i - 1
    if title < page.body_start or d[title].role is not Role.HEADING:
        return
    for k in range(i + 1, page.body_end + 1):
        if d[k].role is Role.HEADING:
            break
        if d[k].role is Role.PARAGRAPH:
            return  # the section goes on: a subheading of the story over a line that is the site's
    page.decide(title, Decision(Role.DEBRIS, "promo", rule="tail/pitch-box-title"))


_SUMMARY_BOX_LABELS = frozenset(L.SUMMARY_BOX_LABELS)


def _summary_box_label(page: Page, i: int) -> bool:
    """Line `i`, the first of the body, is a summary box's label ending in ":" over the summary's sentence ("What
    you need to know:"): the site's furniture. Further down, or without its colon, the same words head a section
    of the story."""
    t = page.lines[i].text if i < page.body_end else ""
    return (
        t.endswith(":")
        and t[:-1].strip().lower().replace("’", "'") in _SUMMARY_BOX_LABELS
        and page.decisions[i].role in (Role.PARAGRAPH, Role.HEADING)
        and page.feats[i + 1].prose
    )


def _opens_a_form(page: Page, i: int) -> bool:
    """Line `i` opens loosely ("Get the day's top stories", "Get our weekly letter ...", "Elke ochtend ...") and the
    line under it speaks of subscribing: a sign-up form's pitch."""
    nxt = i + 1
    if nxt >= len(page.lines):
        return False
    t = page.lines[i].text
    opens = t[:8].lower().startswith(P.INVITATION_OPENER_HEADS) and P.INVITATION_OPENER.match(t) is not None
    if not (opens or (t[:5].lower().startswith(_FORM_PITCH_HEADS) and t.lower().startswith(_form_pitch_openers()))):
        return False
    if page.feats[nxt].debris == "newsletter":
        return True
    folded = page.lines[nxt].text.casefold()
    return any(cue in folded for cue in P.FORM_CUES)


_FORM_PITCH_HEADS = tuple(sorted({p[:5] for p in L.FORM_PITCH_OPENERS}))  # the cheap gate: a line's first letters


@functools.cache  # built on first use: few lines open so
def _form_pitch_openers() -> tuple[str, ...]:
    return tuple(p + end for p in L.FORM_PITCH_OPENERS for end in (" ", ","))  # ("Chaque matin, l'essentiel ...")


def teasers(page: Page) -> None:
    """A teaser of another story set in the story: its title in title case, its blurb, then a link
    label ("Read more") — the three lines are the box's, not the story's (`tail/teaser`)."""
    d, feats, lines = page.decisions, page.feats, page.lines
    for i in range(page.body_start + 2, page.body_end + 1):
        if not (feats[i].soft_stop and d[i].role is Role.DEBRIS):
            continue
        blurb, title = i - 1, i - 2
        if (
            d[blurb].role is Role.PARAGRAPH
            and d[title].role in (Role.PARAGRAPH, Role.HEADING)
            and _headline(lines[title].text, feats[title])
            and not entry_row(lines[title].text)  # (a listing's event over its blurb, above a box of links)
        ):
            for k in (title, blurb):
                page.decide(k, Decision(Role.DEBRIS, "related", rule="tail/teaser"))


def _headline(text: str, f: Features) -> bool:
    """A story's title as a box prints it: eight words or more, most of the longer ones capitalised."""
    if f.prose or f.words < 8 or text.endswith("."):
        return False
    long_words = [w for w in P.words(text) if len(w) > 3]
    return sum(w[0].isupper() for w in long_words) * 10 >= len(long_words) * 7


def closing_boxes(page: Page, reach: int = 16) -> None:
    """A box closing the body: a label of other stories ("More Great Harbour Stories") and the titles
    under it to the body's end (`tail/promo-box`); a newsletter pitch and the sign-up form's lines under
    it, most of them about subscribing (`tail/newsletter-box`)."""
    d, feats = page.decisions, page.feats
    first = max(page.body_start + 1, page.body_end - reach)
    text = [k for k in range(first, page.body_end + 1) if d[k].role in (Role.PARAGRAPH, Role.HEADING)]
    reason: RemovalReason
    for i in range(first, page.body_end):
        while text and text[0] <= i:
            text.pop(0)
        rest = text
        if not rest:
            return
        if feats[i].soft_stop and not feats[i].prose and all(_title(page, k) for k in rest):
            reason, rule = "related", "tail/promo-box"
        elif d[i].reason == "newsletter" and d[i].rule != "body/sign-up-pitch" and _sign_up_form(page, i):
            reason, rule = "newsletter", "tail/newsletter-box"
        else:
            continue
        page.decide(i, Decision(Role.DEBRIS, reason, rule=rule))
        for k in rest:
            page.decide(k, Decision(Role.DEBRIS, reason, rule=rule))
        return


def _title(page: Page, i: int) -> bool:
    """A story's title in a box of links: a few words not closed by a full stop (a question may be)."""
    return page.feats[i].words <= 25 and not page.lines[i].text.rstrip().endswith((".", "!", '"', "”"))


_SIGN_UP_REASONS = frozenset(("newsletter", "promo"))


def _sign_up_form(page: Page, pitch: int) -> bool:
    """The lines from the newsletter pitch `pitch` to the body's end are a sign-up form: at least half
    of them speak of subscribing, the newsletter, or invite the reader ("You have subscribed. Thank you!")."""
    d, lines = page.decisions, page.lines
    form = signing_up = 0
    for k in range(pitch + 1, page.body_end + 1):
        if d[k].role in (Role.PARAGRAPH, Role.HEADING):
            form += 1
            # "Stay up to date with the Gazette.": a loose opener, the form's own line here
            signing_up += bool(
                P.NEWSLETTER_CUE.search(lines[k].text.casefold()) or P.INVITATION_OPENER.match(lines[k].text)
            )
        elif d[k].role is Role.DEBRIS and d[k].reason in _SIGN_UP_REASONS:
            form += 1
            # a box's pitch between its title and its button ("The week's money stories, explained.") is read
            # as any line of the form: it says nothing of whether the story goes on under the box
            signing_up += d[k].rule != "body/sign-up-pitch"
    return 2 * signing_up >= form


def promo_tail(page: Page, limit: int = 12) -> int:
    """The last paragraphs of the body, from the end back to the story's last sentence: calls to
    action and contact lines are page furniture (end notes among them are left to `end_notes`).
    Returns where the walk stopped: the story's last line."""
    d, lines = page.decisions, page.lines
    author_words = author_words_of(page)
    i = page.body_end
    while i >= page.body_start and page.body_end - i < limit:
        if d[i].role is Role.PARAGRAPH:
            t = lines[i].text
            # an author's bio may close with a call to follow them: a bio all the same
            if note_kind(t) is None and not is_bio(t, author_words):
                if _headline_again(page, i):  # "<the headline> - Harbour Gazette": the page's title under the story
                    page.decide(i, Decision(Role.DEBRIS, "repeated-headline", rule="tail/headline-with-site"))
                elif not is_promo(t):
                    return i
                else:
                    page.decide(i, Decision(Role.DEBRIS, "promo", rule="tail/promo"))
        elif d[i].role not in (Role.DEBRIS, Role.OUTSIDE, Role.CAPTION, Role.NOTE):
            return i  # a heading, code: the story goes on
        i -= 1
    return i


_LONG_TITLE = "Harbour library to close at the end of the year, and its books to go to the county, after its roof fails"


def _headline_again(page: Page, i: int) -> bool:
    """Line `i` is the headline with the site's name after a bar or a dash, as the page's title prints it."""
    head = page.headline
    return head is not None and titled(page.lines[i].text, page.lines[head].text)


# A page for each rule above (tests/test_rules.py runs each rule on its example).
EXAMPLES: dict[str, str] = {
    "tail/headline-with-site": f"{_LONG_TITLE}\n\n{ex.BYLINE}\n\n{ex.body()}\n{_LONG_TITLE} - Harbour Gazette\n",
    "tail/release-source": ex.body()
    + "\nAbout Harbour Ferries\n\nHarbour Ferries Inc. runs six ferries between the islands of the bay and the"
    " mainland. It was founded in 1988.\n\nSOURCE Harbour Ferries\n\nPress contacts: Ana Ruiz, director of public"
    " affairs, and Tom Lusk, media relations officer, Harbour Ferries Inc., 902-555-0147,"
    " aruiz@harbourferries.example\n\nRelated Links\n\nwww.harbourferries.example\n",
    "tail/promo": ex.body() + "\nEmail Jane Doe at jdoe@harbourgazette.com or follow her @janedoe.\n",
    "tail/invitation": ex.body()
    + "\nVisit the Harbour Gazette's home page for the latest from the coast.\n\n"
    + ex.MIDDLE
    + "\n",
    "tail/pitch-box-title": ex.story()
    + "\nSupport the Gazette\n\nYour donation will support the reporters of the Harbour Gazette, who cover the council,"
    " the courts and the schools of the coast every week. Donate today.\n",
    "tail/video-blurb": ex.body("Video: The harbour master shows how the tide tables are read."),
    "tail/heading-under-video": ex.body("Video: The harbour master reads the tide tables\nWhat the tables say"),
    "tail/citation": ex.body(
        "Citation: Ferry fares to rise in spring (2024, March 3) retrieved 4 March 2024 from"
        " https://harbournews.example/ferry-fares.html"
    ),
    "tail/comment-policy": ex.body("Comments are moderated: please keep them civil and on topic."),
    "tail/summary-box-label": ex.header(
        ex.HEADLINE, ex.BYLINE, "What you need to know:", "The harbour library closes in December."
    ),
    "tail/link-arrow": ex.body("Read the council's full report on the harbour here »"),
    "tail/teaser": ex.body(
        "Ferry Fares Will Rise Again in Spring, Harbour Operator Tells Island Residents",
        "The island's ferry operator said on Monday that fares would go up for the second time in a year.",
        "Read more",
    ),
    "tail/promo-box": ex.story()
    + "\nMore Great Gazette Stories\nThe ferry that never sailed, and the town that still waits for it to come in"
    + "\nCould the tide tables that changed this year mean the end of the harbour's fishing boats?"
    + "\nThe lighthouse keeper who kept a diary of every storm for forty years, and what it tells us now"
    + "\nA walk along the old sea wall, from the fish market to the ferry slip, with the people who built it\n",
    "tail/newsletter-box": ex.story()
    + "\nSign up for our newsletter\n\nStay up to date with the Gazette.\nSubscribe No thanks\n\nCheck your email"
    + ": we sent you a link, and one click on it confirms your subscription to the morning briefing."
    + "\n\nThe Gazette's morning briefing brings the council, the courts and the harbour to your phone before"
    + " breakfast, every weekday, with the tide times and the ferry timetable.\n",
}
