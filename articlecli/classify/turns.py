"""Text in turns, decided as one structure: readers' comments under the story, an interview's questions
and answers, an explainer's question subheadings (rules of RUN_RULES, in `runs`)."""

from __future__ import annotations

import functools

import regex

from .. import lexicon as L
from .. import patterns as P
from .. import rx
from ..dates import has_digit
from ..normalize import Line
from ..people import ARTICLES_AND_POSSESSIVES
from .features import Features
from .page import Decision, Page, Role, next_text
from .span import body_lines, body_span
from .words import NOT_CROSSHEAD_OPENERS, QUOTE_MARKS, SPEECH_VERBS, question_opened, title_case

_Q_MARK = rx.compile(r"^(?:Q|QUESTION|Question)\s*+[:.)\-–—]\s*+(?=\S)")
_A_MARK = rx.compile(r"^(?:A|ANSWER|Answer)\s*+[:.)\-–—]\s*+(?=\S)")
# "Lena Ortiz: What drew you to ferries?" - a speaker's label in a transcript
_SPEAKER_LABEL = rx.compile(r"^(?P<label>\p{Lu}[\p{L}.'’\-]*+(?:[ ]\p{Lu}[\p{L}.'’\-]*+){0,2}):\s++\S")
_CLOSING_MARKS = "\"”’'»)] "
_QUESTION_OPENERS = frozenset((*L.QUESTION_WORDS, *L.QUESTION_OPENERS, *L.QUESTION_WORDS_ABROAD))
_NOT_COMMENTERS = ARTICLES_AND_POSSESSIVES | frozenset((*L.SUBJECT_PRONOUNS, "this", "that"))
_COMMENT_SIGNATURE = rx.compile(
    r"^\S[^.!?]{0,60}?\s(?:says|said|wrote|commented|replied)(?:\s(?:on|at)\s[^:]{3,40})?:$", regex.IGNORECASE
)


# "..., isn't it?", "..., right?": a tag that makes a statement rhetorical, not a question asked
_TAG_QUESTION = rx.compile(
    r",\s*+(?:\p{L}+(?:n[’']t)?\s++\p{L}++|\L<tags>)\?[\"”’')]*+$",
    regex.IGNORECASE,
    tags=P.phrase_list(L.TAG_QUESTION_WORDS),
)


def comment_section(page: Page) -> None:
    """Readers' comments under the story ("fan22 says:" / a time stamp / the comment), two signatures
    or more: removed from the first to the end of the body."""
    lines, feats, _st, span = page.lines, page.feats, page, body_span(page)
    signatures = [i for i in span if _comment_signature(lines, feats, i)]
    if len(signatures) < 2:
        return
    first = signatures[0]
    if first - 1 in span and feats[first - 1].words <= 4 and not feats[first - 1].prose:
        first -= 1  # the section's header: "12 Comments", "Join the discussion"
    for i in range(first, span.stop):
        page.decide(i, Decision(Role.DEBRIS, "comments", rule="runs/comments"))


def _comment_signature(lines: list[Line], feats: list[Features], i: int) -> bool:
    """ "fan22 says:" over its time stamp, or "Jo Lee on March 3, 2024 at 9:05 am said:": a reader's
    comment, not a speaker introducing a quotation ("The letter says:")."""
    t = lines[i].text
    if len(t) > 100 or not t.endswith(":") or _COMMENT_SIGNATURE.match(t) is None:
        return False
    if P.words(t)[0].lower() in _NOT_COMMENTERS:
        return False
    stamped = has_digit(t)
    return stamped or (i + 1 < len(lines) and feats[i + 1].date_line)


def interview(page: Page) -> None:
    """An interview: the questions are subheadings, the answers paragraphs ("Q: ..." / "A: ...", or
    two speakers' labels of which one asks)."""
    lines, _feats, st, span = page.lines, page.feats, page, body_span(page)
    d = st.decisions
    body = [i for i in span if d[i].role in (Role.PARAGRAPH, Role.HEADING, Role.OUTSIDE)]
    marked = [i for i in body if lines[i].text[:1] in "QA"]  # the cheap test first
    # (each mark opens with its capital: a line opening with the other one is spared its pattern)
    questions = [i for i in marked if lines[i].text[:1] == "Q" and _Q_MARK.match(lines[i].text)]
    answers = [i for i in marked if lines[i].text[:1] == "A" and _A_MARK.match(lines[i].text)]
    if len(questions) < 2 or len(answers) < 2:
        questions, answers = _labelled_turns(lines, body)
    if len(questions) < 2 or len(answers) < 2:
        return
    for i in questions:
        page.decide(i, Decision(Role.HEADING, rule="runs/interview"))
    for i in answers:
        page.decide(i, Decision(Role.PARAGRAPH, rule="runs/interview"))


def _labelled_turns(lines: list[Line], body: list[int]) -> tuple[list[int], list[int]]:
    """A transcript's turns by speaker label: the label whose lines end in "?" asks."""
    turns: dict[str, list[int]] = {}
    for i in body:
        m = _SPEAKER_LABEL.match(lines[i].text) if ":" in lines[i].text[:32] else None
        if m and len(m.group("label")) <= 30:
            turns.setdefault(m.group("label"), []).append(i)
    speakers = [label for label, found in turns.items() if len(found) >= 2]
    if len(speakers) != 2:
        return [], []
    asks = [label for label in speakers if _asking(lines, turns[label])]
    if len(asks) != 1:
        return [], []
    other = speakers[1] if asks[0] == speakers[0] else speakers[0]
    return turns[asks[0]], turns[other]


def _asking(lines: list[Line], found: list[int]) -> bool:
    return sum(1 for i in found if question(lines[i].text)) * 10 >= len(found) * 6


def question(text: str) -> bool:
    """The line ends with a question mark (quotation marks and brackets after it allowed)."""
    return text.rstrip(_CLOSING_MARKS).endswith("?")


def question_headings(page: Page) -> None:
    """An explainer's questions: two or more short questions, each alone between paragraphs and
    answered by the paragraph after it, are its subheadings ("Don't tariffs produce revenue?")."""
    lines, feats, st, span = page.lines, page.feats, page, body_span(page)
    found = [
        i
        for i in body_lines(st, span)
        if lines[i].text[-3:].find("?") >= 0 and _question_line(lines, feats, st, span, i)
    ]
    if len(found) < 2:
        return
    # the set says what a line cannot: in a page of question subheadings, a question that opens with no
    # question word ("You said the job has changed. How?") is one of them too
    more = [
        i
        for i in body_lines(st, span)
        if i not in found
        and lines[i].text[-3:].find("?") >= 0
        and _question_line(lines, feats, st, span, i, loose=True)
    ]
    more += [i for i in body_lines(st, span) if i not in found and _prompt_line(lines, feats, st, span, i)]
    for i in more:
        page.decide(i, Decision(Role.HEADING, rule="runs/more-questions"))
    for i in found:
        page.decide(i, Decision(Role.HEADING, rule="runs/question-headings"))
        k = next_text(st, span, i)
        if k is not None and st.decisions[k].role is Role.DEBRIS:  # "Yes. Always.": a short answer
            page.decide(k, Decision(Role.PARAGRAPH, rule="runs/question-headings"))


def _question_line(
    lines: list[Line], feats: list[Features], st: Page, span: range, i: int, *, loose: bool = False
) -> bool:
    """A short question alone between paragraphs, answered by the next; opening with a question word,
    or (`loose`) with any word but a bracket, and no tag ending it ("..., isn't it?")."""
    t = lines[i].text
    if not question(t) or not 3 <= feats[i].words <= 20 or t[:1] in "\"“‘'«(—–":  # (a dash: a dialogue's turn)
        return False
    if loose:  # not a short rhetorical fragment ("The good news?") nor a tag ("..., right?")
        if feats[i].words < 5 or _TAG_QUESTION.search(t) or not _after_answer(lines, st, span, i):
            return False
    else:
        first = P.words(t)[0].lower() if feats[i].words else ""
        if (
            first not in _QUESTION_OPENERS
            and first.replace("’", "'") not in _QUESTION_OPENERS
            and not question_opened(t)
        ):
            return False
    k = next_text(st, span, i)
    if k is None or question(lines[k].text):
        return False
    if st.decisions[k].role is Role.DEBRIS:  # a short answer: "Yes. Always."
        return st.decisions[k].reason == "non-prose" and P.ends_sentence(lines[k].text)
    return st.decisions[k].role is Role.PARAGRAPH and feats[k].prose


PROMPT_MOST_WORDS = 16


def _prompt_line(lines: list[Line], feats: list[Features], st: Page, span: range, i: int) -> bool:
    """An interviewer's prompt that is no question, among question subheadings ("Tell me about the first winter on
    the ice.", "Describe the night the river rose."): one short sentence opening with a prompt's words, alone
    between the answer above and the answer below."""
    t = lines[i].text
    if not t.endswith(".") or not 3 <= feats[i].words <= PROMPT_MOST_WORDS:
        return False
    if ". " in t or st.decisions[i].role is not Role.PARAGRAPH:
        return False
    low = t.casefold()
    k = next_text(st, span, i)
    if k is None or st.decisions[k].role is not Role.PARAGRAPH or feats[k].words <= feats[i].words:
        return False
    if low.startswith(_prompt_openers()):
        return _after_answer(lines, st, span, i)
    return (
        _to_you_over_me(low, lines[k].text)
        and _after_answer(lines, st, span, i)
        and _between_questions(lines, st, span, i)
    )


ANSWER_MOST_PARAGRAPHS = 3  # an answer runs to this many paragraphs at most between two of the interview's turns


def _between_questions(lines: list[Line], st: Page, span: range, i: int) -> bool:
    """The line sits in the run of turns: a question a few paragraphs above it, and a question or the body's end a
    few paragraphs below (an answer's length apart each way); a writer's aside to the reader sits far from them."""
    return _question_within(lines, st, span, i, -1) and _question_within(lines, st, span, i, 1, end_counts=True)


def _question_within(lines: list[Line], st: Page, span: range, i: int, step: int, *, end_counts: bool = False) -> bool:
    d = st.decisions
    paragraphs = 0
    k = i + step
    while k in span:
        role = d[k].role
        if role in (Role.PARAGRAPH, Role.HEADING):
            if question(lines[k].text):
                return True
            paragraphs += 1
            if paragraphs > ANSWER_MOST_PARAGRAPHS or role is Role.HEADING:
                return False
        k += step
    return end_counts


def _to_you_over_me(prompt: str, answer: str) -> bool:
    """A statement put to the interviewee ("People call you a rookie, but you've been around dogs your whole
    life.", "Vous avez grandi sur ce port."), over an answer in the first person singular ("My dad ran a trapline
    ..."): the interviewer's prompt, in any language the tables hold."""
    address, first_person = _persons()
    if address.isdisjoint(_bare_words(prompt)):
        return False
    return not first_person.isdisjoint(_bare_words(answer.casefold()))


def _bare_words(text: str) -> list[str]:
    return [w.strip('.,;:!?"“”«»()—–') for w in text.split()]


@functools.cache  # built on first use: only a page of question subheadings reads them
def _prompt_openers() -> tuple[str, ...]:
    return tuple(p + " " for p in L.INTERVIEW_PROMPT_OPENERS)


@functools.cache  # built on first use: only a page of question subheadings reads them
def _persons() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(L.INTERVIEWEE_ADDRESS), frozenset(L.ANSWER_FIRST_PERSON)


def _after_answer(lines: list[Line], st: Page, span: range, i: int) -> bool:
    """The text line above `i` is a paragraph that is no question: the answer to the question before (a
    picture's caption or debris between them passed over)."""
    d = st.decisions
    k = i - 1
    while k in span and d[k].role in (Role.DEBRIS, Role.CAPTION):
        k -= 1
    return k in span and d[k].role is Role.PARAGRAPH and not question(lines[k].text)


CROSSHEAD_MOST_WORDS = 6  # a crosshead closed by a colon or a full stop: this many words at most
SECTION_LEAST_WORDS = 12  # ... over a paragraph of this many words at least
SET_OF_CROSSHEADS = 3  # ... on a page with this many subheadings, one at least found already
_QUOTE_OPENERS = frozenset("'\"‘“«")
_SENTENCE_WORDS = frozenset(L.CROSSHEAD_SENTENCE_WORDS)


def punctuated_crossheads(page: Page) -> None:
    """A crosshead closed by a colon or a full stop ("Who uses it:", "Concessions to widen.", "'We had no
    choice':"): a line of a few words alone between paragraphs, over a paragraph much longer than it, on a page
    that sets three subheadings, one at least found already (the page sets its crossheads; a short sentence of
    the story on a page with none is its text). Not a sentence opening with a pronoun ("He declined to
    comment."), nor one that reports speech ("She said:"), nor one with a figure."""
    d, lines, feats = page.decisions, page.lines, page.feats
    span = body_span(page)
    found: list[int] = []
    headings = 0
    for i in span:
        role = d[i].role
        if role is Role.HEADING:
            headings += 1
        elif role is Role.PARAGRAPH and lines[i].text[-1:] in ":." and feats[i].words <= CROSSHEAD_MOST_WORDS:
            found.append(i)
    if not headings or not found:
        return
    crossheads = [i for i in found if _crosshead_over_section(page, i)]
    if headings + len(crossheads) >= SET_OF_CROSSHEADS:
        for i in crossheads:
            page.decide(i, Decision(Role.HEADING, rule="runs/punctuated-crossheads"))


def _crosshead_over_section(page: Page, i: int) -> bool:
    d, lines, feats = page.decisions, page.lines, page.feats
    t = lines[i].text
    k = i + 1
    if (
        k > page.body_end
        or d[k].role is not Role.PARAGRAPH
        or feats[k].words < max(SECTION_LEAST_WORDS, 2 * feats[i].words)
    ):
        return False
    if i - 1 < page.body_start or d[i - 1].role not in (Role.PARAGRAPH, Role.DEBRIS, Role.CAPTION):
        return False
    if not lines[i].blank_before and d[i - 1].role is Role.PARAGRAPH and feats[i - 1].words < SECTION_LEAST_WORDS:
        return False  # the last item of a list glued to the items above ("ECG app" / "Digital crown with haptics.")
    nxt = lines[k].text
    if t.endswith(":") and (nxt[:1] in "\"“‘'«-•*" or nxt[:1].islower()):
        return False  # "The options are:" over a list, "He added:" over the quote
    words = [w.strip("'\"‘’“”:.,").lower() for w in t.split()]
    if not t.lstrip("'\"‘“")[:1].isupper() or t.endswith("..") or has_digit(t) or not SPEECH_VERBS.isdisjoint(words):
        return False
    if t.endswith(":"):
        # a question's word, a quotation, or title case ("Who uses it:", "'We had no choice':", "Key Dates:"); an
        # intro ("Analysts gave three reasons:", "Think about it:") is the story's sentence
        return words[0] in _QUESTION_OPENERS or t[:1] in _QUOTE_OPENERS or title_case(t)
    # headlinese, with no verb "to be", "to have" or "to do" and no person ("Concessions to widen."); a short
    # sentence ("No one is watching.", "But I'm glad I did.") is the story's
    return words[0] not in NOT_CROSSHEAD_OPENERS and _SENTENCE_WORDS.isdisjoint(words)


# A question standing as a subheading between paragraphs, read line by line by `body/question-heading`.


def question_heading(page: Page, i: int) -> bool:
    """A short question opening with a question word, alone between paragraphs: an explainer's
    subheading ("How is the fever spread?"), not a rhetorical question inside the text."""
    t = page.lines[i].text
    feats = page.feats
    if not t.endswith("?") or feats[i].words > 9 or QUOTE_MARKS.search(t) or "," in t:
        return False
    if not (i + 1 <= page.body_end and feats[i + 1].prose and not page.lines[i + 1].text.endswith("?")):
        return False
    return question_opened(t) or _short_question(page, i)


SHORT_QUESTION_WORDS = range(2, 6)  # a subheading asked with no question word: this many words
_REVEAL_WORDS = 3  # "The result?", "The good news?": a definite article and this many words at most
_REVEAL_ARTICLES = frozenset(("the", *L.OUTLET_ARTICLES)) - {"lo", "as"}  # (not "As ...?": an English word too)


def _short_question(page: Page, i: int) -> bool:
    """A question of a few words with no question word, alone between two paragraphs ("Une cohabitation possible
    ?", "Any regrets?", "And the marathon?"): a subheading asking what the section answers. Not a dialogue's turn
    after its dash, not a second sentence ("Fine. Why?"), not a reveal the next paragraph answers ("The good
    news?")."""
    t = page.lines[i].text
    words = t.rstrip("? ").split()  # (a French question's mark after its space is no word)
    if len(words) not in SHORT_QUESTION_WORDS or t[0] in "—–-(" or ". " in t:
        return False
    if len(words) <= _REVEAL_WORDS and words[0].lower() in _REVEAL_ARTICLES:
        return False
    k = i - 1
    return k >= page.body_start and page.feats[k].prose and P.ends_sentence(page.lines[k].text)
