"""A question standing as a subheading between paragraphs, asked with a question word of any language the tables
hold or, in a few words, with none (`body/question-heading` in `body.BODY_RULES` reads it)."""

from __future__ import annotations

from .. import patterns as P
from .. import rx
from .page import Page
from .words import question_opened

_QUOTE_MARKS = rx.compile(r"[\"“”‘’«»]")


def question_heading(page: Page, i: int) -> bool:
    """A short question opening with a question word, alone between paragraphs: an explainer's
    subheading ("How is the fever spread?"), not a rhetorical question inside the text."""
    t = page.lines[i].text
    feats = page.feats
    if not t.endswith("?") or feats[i].words > 9 or _QUOTE_MARKS.search(t) or "," in t:
        return False
    if not (i + 1 <= page.body_end and feats[i + 1].prose and not page.lines[i + 1].text.endswith("?")):
        return False
    return question_opened(t) or _short_question(page, i)


SHORT_QUESTION_WORDS = range(2, 6)  # a subheading asked with no question word: this many words
_REVEAL_WORDS = 3  # "The result?", "The good news?": a definite article and this many words at most
_REVEAL_ARTICLES = frozenset(
    ("the", "le", "la", "les", "el", "los", "las", "o", "os", "der", "die", "das", "het", "il")
)


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
