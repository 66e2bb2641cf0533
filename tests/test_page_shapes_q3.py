"""Who said it, second round: classes of misattributed quotes that group A of the open held-out sets showed and that
occur on pages of any outlet. A role noun of an operational post between an outlet and a name after the cue ("said
SES local controller Name", "said NPWS ranger Name") was read as the end of the speaker, so the outlet's initials
spoke: the post's noun is a role noun (lexicon.SOURCE_NOUNS) as "spokesperson" is, and a comptroller's is a title
dropped from the front of the name (lexicon.TITLES: "Comptroller Name told journalists"). Each passage is written from
scratch and read printed a line a block and with a blank line between every two lines.
"""

from __future__ import annotations

import pytest

import articlecli

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_HEAD = [
    "Crews thanked at packed town meeting",
    "By Ann Lee",
    "The hall was full on Thursday night as residents met the recovery team for the first time since the storm.",
]


def _parse(lines: list[str], spaced: bool) -> articlecli.Article:
    sep = "\n\n" if spaced else "\n"
    return articlecli.parse(sep.join(lines) + "\n")


# ---------------------------------------------------------------- an operational post between an outlet and a name
@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("recalled SES local controller Kerrie-Anne Potts, who was applauded", "Kerrie-Anne Potts"),
        ("said RFS incident controller Mark Dwyer", "Mark Dwyer"),
        ("said NPWS ranger Ellie Tran", "Ellie Tran"),
        ("said Ambulance Victoria dispatcher Sam Holt", "Sam Holt"),
        ("said Harbour Trust site coordinator Ana Ruiz", "Ana Ruiz"),
        ("said Kenya Wildlife Service administrator John Mwangi", "John Mwangi"),
        ("added Westbrook Museum curator Lena Vogt", "Lena Vogt"),
        ("said Ardmore county comptroller Brad Olsen", "Brad Olsen"),
        ("said the zone's controller, Comptroller Musa Bello Danjuma", "Musa Bello Danjuma"),
        ("Comptroller Ifeoma Okafor told reporters", "Ifeoma Okafor"),
    ],
)
def test_a_post_between_an_outlet_and_a_name_is_a_role(cue: str, speaker: str, spaced: bool) -> None:
    quote = "We did 140 rescues in 36 hours and nobody was lost"
    article = _parse([*_HEAD, f"\u201c{quote},\u201d {cue}."], spaced)
    assert [(q.text.rstrip(","), q.speaker) for q in article.quotes] == [(quote, speaker)]


# ---------------------------------------------------------------- a cue coordinated after a titled name's apposition
# ("Committee member Name, one of the two no votes, said ... but called the plan “…”"): the sentence's subject is
# the name after its role, past an apposition that opens with a pronoun, a number or "one of", not the role's
# first word
@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Committee member Frank Olmos, one of the two no votes, said he agreed the roof needed work but called "
            "the timeline \u201creckless.\u201d",
            "Frank Olmos",
        ),
        (
            "Board chair Wanjiru Kamau, 61, agreed the building was unsafe but described the vote as "
            "\u201ca sad day for the village.\u201d",
            "Wanjiru Kamau",
        ),
        (
            "Parish councillor Ana Ruiz, herself a parent at the school, backed the plan but called the timeline "
            "\u201crushed and careless.\u201d",
            "Ana Ruiz",
        ),
        (
            "Union steward Tomasz Nowak, his voice breaking, thanked the staff and described the depot as "
            "\u201cour second home for thirty years.\u201d",
            "Tomasz Nowak",
        ),
        (
            "Club secretary Dele Adebayo, now 72, welcomed the grant and urged members to \u201cturn up and pick up "
            "a paintbrush.\u201d",
            "Dele Adebayo",
        ),
    ],
)
def test_a_coordinated_cue_after_a_titled_name_and_its_apposition(sentence: str, speaker: str, spaced: bool) -> None:
    article = _parse([*_HEAD, sentence], spaced)
    assert [q.speaker for q in article.quotes] == [speaker]
