"""The site's own furniture set in a story or closing it: invitations, video blurbs, citation blocks,
comment policies, link arrows, boxes of other stories and sign-up forms; and the lines like them
that are the story's own and stay."""

from __future__ import annotations

import pytest

from articlecli import parse
from articlecli.classify import examples as ex
from articlecli.classify.tail import furniture_kind

# (line, kind): what `furniture_kind` reads a paragraph as
KINDS = [
    # a closing line that invites the reader elsewhere on the site
    ("Visit the Harbour Gazette's home page for the latest from the coast.", "invitation"),
    ("Follow Coast Radio News on Facebook, X and Instagram.", "invitation"),
    ("Follow the Gazette’s sports desk on TikTok for match-day clips.", "invitation"),
    ("Sign up for the Gazette’s weekly food newsletter.", "invitation"),
    ("Got a tip about the ferry contract? Our newsroom reads every message.", "invitation"),
    ("You have successfully subscribed. Thank you!", "invitation"),
    # a tip line: a question to the reader, then an address to write to
    ("Spotted a problem with the ferry timetable? Email the transport desk at ferries@gazette.example.", "invitation"),
    ("Know more about the pier repairs? Write to Jane Doe at jdoe@gazette.example.", "invitation"),
    # a loose opener is an invitation with the site's pitch in the line; without it, the story's own sentence
    ("Start your day with Morning Tide, our free briefing from the newsroom.", "invitation"),
    ("Start your day with a walk along the harbour wall, volunteers advise.", None),
    ("Get access to the Gazette's market briefings in our app for $1 a week.", "invitation"),
    ("Get access to the council's papers at the town hall.", None),
    ("Stay up to date with Harbour Ferries Ltd: subscribe to the timetable newsletter.", "invitation"),
    ("Stay up to date with the tide tables, the harbour master told skippers.", None),
    ("Visit the Gazette's website to sign up for the ferry alerts.", "invitation"),
    ("Visit the town's website for more details.", None),
    # a video's promo blurb printed among the paragraphs
    ("Video: The harbour master shows how the tide tables are drawn up.", "video"),
    ("Watch: Crews lift the old lighthouse lamp from its tower.", "video"),
    # a science-news site's citation block
    (
        "Citation: Ferry fares to rise in spring (2024, March 3) retrieved 4 March 2024 from "
        "https://harbournews.example/ferry-fares.html",
        "citation",
    ),
    ("This page is subject to copyright; ask the publisher before you copy any part of it.", "reprint"),
    ("This wire report may not be published or sold on without a licence.", "reprint"),
    ("This copyright row has dragged on for a decade, the author said.", None),
    ("Provided by Harbour University", "source"),
    # a comment-policy line, in English and in other languages: words addressed to the reader
    ("When you comment, keep it civil: abusive posts will be removed.", "comment-policy"),
    ("Comments are moderated and may take a day to appear; abusive posts are removed.", "comment-policy"),
    ("Aviso: os comentários passam por um moderador e os ofensivos não serão aprovados.", "comment-policy"),
    # ... and a report of comments made at a meeting, which addresses no one
    ("Public comment on the plan was mostly civil, the clerk said.", None),
    ("Comments at the hearing were largely respectful, and the plan was approved.", None),
    ("Comments from residents were civil and respectful, the clerk said.", None),
    # a link printed with an arrow
    ("Need a mortgage broker? Compare rates from local lenders »", "link-arrow"),
    # the story's own lines stay
    ("Follow the money, the auditor told the council.", None),
    ("Follow-up tests found no trace of the toxin.", None),
    ("Visitors followed the launch on Facebook and Instagram.", None),
    ("Visit the museum early: the queues build by ten.", None),
    ("The company declined to comment on the new guidelines.", None),
    ("She said the comments were offensive and asked the moderator to step in.", None),
    ("Stay calm, officers told the crowd, as the water rose.", None),
    ("Watch this space, the mayor said.", None),
    ("« Nous resterons ouverts », a déclaré la maire.", None),
]


@pytest.mark.parametrize(("line", "kind"), KINDS, ids=[k[0][:40] for k in KINDS])
def test_furniture_kind(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


# (the line set in the story between its paragraphs, the rule that removes it, the reason it reports)
REMOVED = [
    ("Visit the Harbour Gazette's home page for the latest from the coast.", "tail/invitation", "promo"),
    ("Follow Coast Radio News on Facebook, X and Instagram.", "tail/invitation", "promo"),
    ("Video: The harbour master shows how the tide tables are drawn up.", "tail/video-blurb", "promo"),
    ("When you comment, keep it civil: abusive posts will be removed.", "tail/comment-policy", "comments"),
    ("Need a mortgage broker? Compare rates from local lenders »", "tail/link-arrow", "related"),
]


@pytest.mark.parametrize(("line", "rule", "reason"), REMOVED, ids=[r[1] + ":" + r[0][:20] for r in REMOVED])
def test_furniture_in_a_story_is_removed(line: str, rule: str, reason: str) -> None:
    article = parse(ex.story(line))
    assert line not in [p.text for p in article.paragraphs]
    assert [(r.rule, r.reason) for r in article.removed if r.text == line] == [(rule, reason)]
    assert [p.text for p in article.paragraphs] == [ex.OPENING, ex.MIDDLE, ex.CLOSING, ex.ENDING]


# A science-news page's closing block: reference, source, citation, notice
CITATION_BLOCK = (
    "Provided by Harbour University",
    "Citation: Ferry fares to rise in spring (2024, March 3) retrieved 4 March 2024 from "
    "https://harbournews.example/ferry-fares.html",
    "This report is subject to copyright. Beyond fair use for study or review, nothing in it may be copied "
    "without the publisher's consent. It is offered as general information.",
)


def test_a_citation_block_closing_a_story_is_removed() -> None:
    article = parse(ex.story() + "\n" + "\n\n".join(CITATION_BLOCK) + "\n")
    assert [p.text for p in article.paragraphs] == [ex.OPENING, ex.MIDDLE, ex.CLOSING, ex.ENDING]
    assert [h.text for h in article.headings] == []
    # who supplied the story is a supplier's credit, as a subheading of the same words is (`lookalikes`)
    assert [r.reason for r in article.removed if r.text in CITATION_BLOCK] == ["sponsor", "copyright", "copyright"]


# The story's own last lines that read like furniture: kept
KEPT = [
    "Follow-up inspections will be held every month, and residents can read the reports on the council's Facebook "
    "page or sign up for its newsletter.",
    '"Subscribe to the idea that the harbour belongs to everyone," the mayor told the crowd, "and the rest follows."',
    "Residents who want to comment on the plan have until Friday; the council says every view will be read.",
    "The ferry company said it would follow the rules on Facebook posts set by the regulator last year.",
]


@pytest.mark.parametrize("line", KEPT, ids=[k[:40] for k in KEPT])
def test_a_last_paragraph_like_furniture_is_kept(line: str) -> None:
    article = parse(ex.story() + "\n" + line + "\n")
    assert [p.text for p in article.paragraphs][-1] == line


def test_a_box_of_other_stories_closing_the_body_is_removed() -> None:
    titles = (
        "The ferry that never sailed, and the town that still waits for it to come in",
        "Could the tide tables that changed this year mean the end of the harbour's fishing boats?",
        "The lighthouse keeper who kept a diary of every storm for forty years, and what it tells us now",
        "A walk along the old sea wall, from the fish market to the ferry slip, with the people who built it",
    )
    article = parse(ex.story() + "\nMore Great Gazette Stories\n" + "\n".join(titles) + "\n")
    assert [p.text for p in article.paragraphs] == [ex.OPENING, ex.MIDDLE, ex.CLOSING, ex.ENDING]
    assert {r.reason for r in article.removed if r.text in titles} == {"related"}


# (the lines under a newsletter pitch at the story's end, whether they are a sign-up form and go)
SIGN_UP = [
    pytest.param(
        (
            "Stay up to date with the Gazette.",
            "Subscribe No thanks",
            "Check your email: we sent you a link, and one click on it confirms your subscription to the morning "
            "briefing.",
            "The Gazette's morning briefing brings the council, the courts and the harbour to your phone before "
            "breakfast, every weekday, with the tide times and the ferry timetable.",
        ),
        True,
        id="a sign-up form",
    ),
    # a pitch set between paragraphs, the story going on under it: the paragraphs under it stay
    pytest.param(
        (
            "Council officers will report back in the spring on whether the roof can be patched for one more winter.",
            "Until then the reading room stays shut, and the mobile library will stop at the square on Saturdays.",
        ),
        False,
        id="the story going on",
    ),
]


@pytest.mark.parametrize(("under", "form"), SIGN_UP)
def test_a_sign_up_form_closing_the_body_is_removed(under: tuple[str, ...], form: bool) -> None:
    article = parse(ex.story() + "\nSign up for our newsletter\n\n" + "\n\n".join(under) + "\n")
    kept = [] if form else list(under)
    assert [p.text for p in article.paragraphs] == [ex.OPENING, ex.MIDDLE, ex.CLOSING, ex.ENDING, *kept]
    assert {r.reason for r in article.removed if r.text in under} <= {"newsletter", "promo"}


# (the lines under the story's last paragraph, the ones that are the story's own)
CODAS = [
    # a sign-off under the last answer of a Q&A or a post, page chrome under it
    (("Thanks, Ann!", "‹ Older entry | Newer entry ›"), ["Thanks, Ann!"]),
    (("Go Falcons!", "Categories:"), ["Go Falcons!"]),
    # not a sign-off: a label, a share prompt, a line that is not a sentence
    (("Read more.", "Categories:"), []),
    (("Share this story.", "Categories:"), []),
    (("Previous post", "Next post"), []),
]


@pytest.mark.parametrize(("coda", "kept"), CODAS, ids=[c[0][0] for c in CODAS])
def test_a_sign_off_under_the_story_is_kept(coda: tuple[str, ...], kept: list[str]) -> None:
    article = parse(ex.story() + "\n" + "\n\n".join(coda) + "\n")
    assert [p.text for p in article.paragraphs] == [ex.OPENING, ex.MIDDLE, ex.CLOSING, ex.ENDING, *kept]


SPLIT = "Two councillors voted against the closure, saying the library was the only warm public room in town."


def test_a_closing_section_under_a_crosshead_is_kept() -> None:
    """Wire sports copy closes with a crosshead and a line a team ("UP NEXT" / "Falcons: Host the Owls on Friday.")."""
    section = ("Falcons: Host the Owls on Friday.", "Owls: Visit the Falcons on Friday.")
    page = ex.story("COUNCIL SPLIT", SPLIT) + "\nUP NEXT\n\n" + "\n\n".join(section) + "\n\n___\n"
    article = parse(page)
    assert [h.text for h in article.headings] == ["COUNCIL SPLIT", "UP NEXT"]
    assert [p.text for p in article.paragraphs][-2:] == list(section)


def test_a_label_under_a_story_without_crossheads_is_no_section() -> None:
    section = ("Falcons: Host the Owls on Friday.", "Owls: Visit the Falcons on Friday.")
    article = parse(ex.story() + "\nUP NEXT\n\n" + "\n\n".join(section) + "\n\n___\n")
    assert [h.text for h in article.headings] == []
    assert [p.text for p in article.paragraphs] == [ex.OPENING, ex.MIDDLE, ex.CLOSING, ex.ENDING]


# (title, blurb, label) of a teaser of another story set in the story; kept: whether its lines stay
TEASERS = [
    pytest.param(
        "Ferry Fares Will Rise Again in Spring, Harbour Operator Tells Island Residents",
        "The island's ferry operator said on Monday that fares would go up for the second time in a year.",
        "Read more",
        False,
        id="title, blurb, Read more",
    ),
    pytest.param(
        "Why the Old Lighthouse Keeper's Diary Still Matters to Sailors Along the Coast",
        "For forty years, one man wrote down every storm that passed the point.",
        "Related stories",
        False,
        id="title, blurb, Related stories",
    ),
    # a short subheading and its paragraph, then a box: the story's own lines
    pytest.param(
        "What Happens Next",
        "The council meets again in March to decide whether the building can be sold to the school.",
        "Read more",
        True,
        id="subheading, paragraph, Read more",
    ),
]


@pytest.mark.parametrize(("title", "blurb", "label", "kept"), TEASERS)
def test_a_teaser_of_another_story_is_removed(title: str, blurb: str, label: str, kept: bool) -> None:
    article = parse(ex.story(title, blurb, label))
    texts = [p.text for p in article.paragraphs] + [h.text for h in article.headings]
    assert (blurb in texts, title in texts) == (kept, kept)


# (headline, the story's last line, removed as the headline printed again with the site's name; a short headline
# printed again is the page's chrome before the tail reads it)
_LONG = "Harbour library to close at the end of the year, and its books to go to the county library at Westport"
HEADLINE_AGAIN = [
    (_LONG, f"{_LONG} - Harbour Gazette", True),
    (_LONG, f"{_LONG} | The Ledger", True),
    # a last paragraph as long as the headline and a few words, with a dash somewhere: the story's own
    (
        "Harbour library to close at the end of the year",
        "Tickets cost £5 and go on sale on Mondays - see the website for details.",
        False,
    ),
    # the headline's words opening a sentence that goes on: no site's name after a bar
    (
        "Ferry cuts - what they mean for the island",
        "Ferry cuts - what they mean for the island is a question for the council.",
        False,
    ),
]


@pytest.mark.parametrize(("headline", "last", "removed"), HEADLINE_AGAIN, ids=[h[1][:30] for h in HEADLINE_AGAIN])
def test_the_headline_printed_again_under_the_story(headline: str, last: str, removed: bool) -> None:
    article = parse(f"{headline}\n\n{ex.BYLINE}\n\n{ex.body()}\n{last}\n")
    assert article.headline == headline
    assert (last not in [p.text for p in article.paragraphs]) is removed
    assert bool([r for r in article.removed if r.text == last and r.reason == "repeated-headline"]) is removed
