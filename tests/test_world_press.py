"""Wire services and English-language papers of East Asia, Turkey, Bangladesh and the Caribbean: the furniture
around their stories and the forms their bylines, credits and ranks take (the classes the eleventh probes
showed). Every page and line here is written from scratch."""

from __future__ import annotations

import pytest

from articlecli import parse
from articlecli.captions import credit_form, split_caption

from .conftest import quotes_of
from .stories import BODY, HEADLINE


def page(header: list[str], after: list[str] | None = None, *, blank: bool = True) -> str:
    """A page of the header's lines, the story, and the lines after it; a blank line between lines, or none."""
    return ("\n\n" if blank else "\n").join([*header, *BODY, *(after or [])]) + "\n"


# (the page's header above the story, headline, standfirst)
HEADERS = [
    # an agency's write-through label in brackets before the headline, its editor's note under the date
    (
        [
            "National",
            f"(2nd LD) {HEADLINE}",
            "All News 16:48 May 13, 2024",
            "(ATTN: ADDS mayor's remarks in para 2)",
            "By Jane Doe",
        ],
        HEADLINE,
        None,
    ),
    (["(LEAD) " + HEADLINE, "09:12 May 13, 2024", "By Jane Doe"], HEADLINE, None),
    (["(3rd LD-ALL) " + HEADLINE, "09:12 May 13, 2024", "By Jane Doe"], HEADLINE, None),
    # a bracketed word that is no version label stays in the title
    (["(Video) " + HEADLINE, "09:12 May 13, 2024", "By Jane Doe"], "(Video) " + HEADLINE, None),
]


@pytest.mark.parametrize("blank", [True, False], ids=["blank-lines", "no-blank-lines"])
@pytest.mark.parametrize(("header", "headline", "deck"), HEADERS, ids=[h[0][-1][:24] for h in HEADERS])
def test_wire_labels_around_the_headline(header: list[str], headline: str, deck: str | None, blank: bool) -> None:
    article = parse(page(header, blank=blank))
    assert (article.headline, article.deck) == (headline, deck)


# (the page's header, the lines after the story, the authors)
BYLINES = [
    # a desk's role alone under the headline: the desk signs the story
    ([HEADLINE, "Staff Correspondent", "Tue May 14, 2024 12:00 AM"], [], ["Staff Correspondent"]),
    ([HEADLINE, "Special Correspondent", "May 14, 2024"], [], ["Special Correspondent"]),
    # ... under a name it is that person's role
    ([HEADLINE, "Jane Doe", "Staff Correspondent", "May 14, 2024"], [], ["Jane Doe"]),
    # a portal reprinting an agency's copy: the agency its source line names
    ([HEADLINE, "Source: Xinhua", "2024-05-13 18:04:12"], [], ["Xinhua"]),
    # ... beside a caption it is the picture's credit
    (
        [
            HEADLINE,
            "By Jane Doe",
            "May 14, 2024",
            "Buckets in the reading room of the harbour library.",
            "Source: Xinhua",
        ],
        [],
        ["Jane Doe"],
    ),
    # a story translated from the paper's vernacular edition names its reporter at the end
    ([HEADLINE, "May 13, 2024 (Harbour Shimpo)"], ["(Japanese original by Jane Doe, Harbourton Bureau)"], ["Jane Doe"]),
]


@pytest.mark.parametrize("blank", [True, False], ids=["blank-lines", "no-blank-lines"])
@pytest.mark.parametrize(
    ("header", "after", "authors"), BYLINES, ids=[f"{b[0][1][:20]}-{i}" for i, b in enumerate(BYLINES)]
)
def test_bylines_of_desks_sources_and_translations(
    header: list[str], after: list[str], authors: list[str], blank: bool
) -> None:
    article = parse(page(header, after, blank=blank))
    assert [a.name for a in article.authors] == authors


@pytest.mark.parametrize("blank", [True, False], ids=["blank-lines", "no-blank-lines"])
def test_a_section_path_over_the_headline_is_no_picture_credit(blank: bool) -> None:
    article = parse(
        page(["Hong Kong / Transport", HEADLINE, "Jane Doe", "Published: 6:45pm, 13 May 2024"], blank=blank)
    )
    assert (article.headline, list(article.captions)) == (HEADLINE, [])


@pytest.mark.parametrize("blank", [True, False], ids=["blank-lines", "no-blank-lines"])
def test_an_agencys_asterisked_sign_off_is_a_note_not_a_subheading(blank: bool) -> None:
    notice = "The agency's website carries only a part of the stories it offers to subscribers, in summarized form."
    article = parse(page([HEADLINE, "By Jane Doe", "May 14, 2024"], ["*Writing by Omar Pike", notice], blank=blank))
    assert [h.text for h in article.headings] == []
    assert "*Writing by Omar Pike" not in [p.text for p in article.paragraphs]


# (caption line, (caption, credit))
CREDITS = [
    # a credit after the caption's sentence and a spaced hyphen, its label dropped (Caribbean papers)
    (
        "Vendors sell produce along the quay on Monday. - Photo by Lincoln Holder",
        ("Vendors sell produce along the quay on Monday.", "Lincoln Holder"),
    ),
    (
        "Vendors leave the meeting at the town hall. - Photo: Ayanna Baptiste",
        ("Vendors leave the meeting at the town hall.", "Ayanna Baptiste"),
    ),
    # a photographer and an outlet in brackets, a spaced hyphen between (Turkish agencies)
    (
        "Shopkeepers attend the reopening of the old bazaar on May 13, 2024. (Murat Şengül - Harbour News Wire)",
        ("Shopkeepers attend the reopening of the old bazaar on May 13, 2024.", "Murat Şengül - Harbour News Wire"),
    ),
]


@pytest.mark.parametrize(("line", "expected"), CREDITS, ids=[c[1][1] for c in CREDITS])
def test_credits_after_a_spaced_hyphen(line: str, expected: tuple[str, str]) -> None:
    assert split_caption(line) == expected


@pytest.mark.parametrize("credit", ["Rita Chow - AP", "Rita Chow – Reuters"])
def test_a_name_and_an_agency_either_side_of_a_spaced_dash_is_a_credit(credit: str) -> None:
    assert credit_form(credit) == ("name-desk", credit)


# (paragraphs, quotes as (text, speaker))
SPEAKERS = [
    # a police rank abbreviated before the name, spelled out later: the one person given it
    (
        [
            "Snr Supt Kerwin Baptiste of the Southern Division said police would support the council.",
            '"We do not want confrontation," the senior superintendent said.',
        ],
        [("We do not want confrontation,", "Kerwin Baptiste")],
    ),
    (
        [
            "Supt Desmond Achong said officers would stay on the quay overnight.",
            '"We do not want anyone hurt," the superintendent said.',
        ],
        [("We do not want anyone hurt,", "Desmond Achong")],
    ),
    # an organisation named with a linking word ("for", "of"), subject of two verbs joined by "but"
    (
        [
            "The Harbour Council for Student Housing welcomed the loans but said in a statement that the cap "
            '"ignores what repairs cost."',
        ],
        [("ignores what repairs cost.", "Harbour Council for Student Housing")],
    ),
    # ... whose last word is a minister's title too: the organisation, not the minister
    (
        [
            '"Rents will not rise faster than wages," Housing Minister Jane Doe told reporters.',
            'The Harbour Council for Student Housing said in a statement that the cap "ignores what repairs cost."',
        ],
        [
            ("Rents will not rise faster than wages,", "Jane Doe"),
            ("ignores what repairs cost.", "Harbour Council for Student Housing"),
        ],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SPEAKERS, ids=[s[0][-1][:40] for s in SPEAKERS])
def test_speakers_by_rank_and_organisations_by_name(paragraphs: list[str], expected: list[tuple[str, str]]) -> None:
    assert quotes_of(*paragraphs) == expected
