"""Classes of pages the forty-third probe set (tests/probes, FORTY_THIRD_PAGES in test_probes.py) showed the parser
missing, on the standfirst of unseen pages: a standfirst that opens with a quotation and names its speaker with a
present-tense cue, headline style, printed without its full stop ("'We have nowhere to go,' say tenants as ..."),
whether it stands after the lead picture, after the byline and date, or under the headline; the story's own lead
quote (closed, reported in the past) stays the first paragraph. Each page here is written from scratch, and each
is read printed a line a block and with a blank line between every two lines (both occur in copies of real pages).
"""

from __future__ import annotations

import pytest

import articlecli
from articlecli.classify.standfirst import quote_led_summary

from .pages import join_lines

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

# (a line, whether it is a quote-led summary)
QUOTE_LED = [
    pytest.param(
        "'We have nowhere to go,' say tenants as the last block on Fenwick Row is sold", True, id="say + plural"
    ),
    pytest.param(
        '"Why us?" residents ask as the council shuts its last library branch', True, id="question, speaker first"
    ),
    pytest.param("“It could have been a lot worse,” warns engineer after the dam inspection", True, id="curly, warns"),
    pytest.param(
        "‘I still hear the water at night’, says flood survivor three years on", True, id="comma after the mark"
    ),
    pytest.param(
        "«Non possiamo più aspettare», dice il sindaco dopo il terzo crollo in un mese", True, id="guillemets, dice"
    ),
    pytest.param(
        "„Wir sind am Limit“, sagt die Klinikleiterin nach dem Winter der Grippewellen", True, id="German, sagt"
    ),
    pytest.param('"We are ready," said coach Ama Boateng on Friday.', False, id="the story's lead, past and closed"),
    pytest.param('"We are ready," says coach Ama Boateng.', False, id="closed with a full stop"),
    pytest.param('"We are ready," said coach Ama Boateng after training', False, id="a past cue"),
    pytest.param("Tenants say they have nowhere to go after the last block is sold", False, id="no quotation"),
    pytest.param("'Rock 'n' roll is dead,' the critic wrote in his first column", False, id="no present cue"),
    pytest.param('"Ten questions" about the new bus timetable, answered by our reporter', False, id="a title in marks"),
]


@pytest.mark.parametrize(("line", "expected"), QUOTE_LED)
def test_quote_led_summary(line: str, expected: bool) -> None:
    assert quote_led_summary(line) is expected


_HEADLINE = "Tenants on Fenwick Row told to leave as last council block is sold"
_DECK = "'We have nowhere to go,' say tenants who were given eight weeks' notice by the new owners of Fenwick Row"
_BODY = (
    "Forty households on Fenwick Row have been told to leave their flats by the end of March after the council sold"
    " the last block it owned on the street.",
    "The buyer, a property fund registered in Jersey, plans to refurbish the building and let the flats at market"
    " rents.",
    "Marion Oduya, who has lived in the block for 22 years, said she had no idea where she would go.",
    "The council said the sale had raised 6.4 million pounds for its housing repair fund.",
    "A meeting for tenants will be held at the Fenwick community hall on Thursday evening.",
)
_MENU = ("The Eastgate Courier", "Home", "News", "Sport", "Business", "Local News")
_FOOTER = ("Related stories", "Council sells depot site", "Contact us", "© 2026 The Eastgate Courier")


def _page(*header: str, spaced: bool) -> str:
    lines = [*_MENU, *header, *_BODY, *_FOOTER]
    return join_lines(lines, spaced)


# where the quote-led standfirst stands in the header
PLACES = [
    pytest.param(
        (_HEADLINE, "By Leon Achterberg", "14 January 2026", "Fenwick Row from the park. Photo: Dara Quinlan", _DECK),
        id="after the lead picture",
    ),
    pytest.param((_HEADLINE, "By Leon Achterberg", "14 January 2026", _DECK), id="after the byline and date"),
    pytest.param((_HEADLINE, _DECK, "By Leon Achterberg", "14 January 2026"), id="under the headline"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("header", PLACES)
def test_quote_led_standfirst_is_the_deck(header: tuple[str, ...], spaced: bool) -> None:
    doc = articlecli.parse(_page(*header, spaced=spaced))
    assert doc.deck == _DECK
    assert doc.paragraphs[0].text == _BODY[0]


_LEADS = [
    pytest.param('"We have nowhere to go," said Marion Oduya, who has lived on Fenwick Row for 22 years.', id="said"),
    pytest.param('"We have nowhere to go," says Marion Oduya, who has lived on Fenwick Row for 22 years.', id="says"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("lead", _LEADS)
def test_a_closed_lead_quote_is_the_story(lead: str, spaced: bool) -> None:
    page = _page(
        _HEADLINE, "By Leon Achterberg", "14 January 2026", "Fenwick Row. Photo: Dara Quinlan", lead, spaced=spaced
    )
    doc = articlecli.parse(page)
    assert doc.deck is None
    assert doc.paragraphs[0].text == lead
