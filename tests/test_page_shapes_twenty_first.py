"""Classes of pages the twenty-first probe set (tests/probes, TWENTY_FIRST_PAGES in test_probes.py) showed the
parser missing in the header of the page: a fact-check's claim box and a review's credits box under the headline,
their fields each a label and a colon (`Who said it: Name, role`, `Director: Name`), taken for the headline, the
standfirst or a list of links; a review's rating widget (`★★★★☆`, `4 out of 5`) ending the search for the
standfirst; a question headline answered in a few words after its mark (`Did X? Not for weekly riders`) weighed
as two sentences. Each page here is written from scratch, and each is read printed a line a block and with a
blank line between every two lines.
"""

from __future__ import annotations

import pytest

import articlecli
from articlecli import patterns as P
from articlecli.classify.debris import debris_reason

_BODY = """
Harbour fees for small boats rose by a fifth in April, the port authority's own tables show.
The authority said the rise paid for dredging the inner basin, which had not been done since 2015.
Owners of boats under eight metres pay most of the rise, because the fee is now charged per berth.
The authority will review the fees again in October, after the dredging is finished.
"""

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]


def _spaced(page: str, spaced: bool) -> str:
    return "\n\n".join(line for line in page.split("\n") if line) + "\n" if spaced else page


def _page(*header: str, spaced: bool = False) -> str:
    return _spaced("\n".join(header) + "\n" + _BODY.strip() + "\n", spaced)


_TITLE = "Harbour fees for small boats rose by a fifth in April"
_QUESTION = "Did harbour fees for small boats really double? Not for most owners"
_SUMMARY = "Fees for the smallest berths rose by about a fifth, but owners of larger boats pay less than before."

# (header lines, headline, standfirst): a box of labelled fields between the headline and the byline
BOX_HEADERS = [
    pytest.param(
        (
            "FACT CHECK",
            _QUESTION,
            "Who said it: Corin Vale, harbour board candidate",
            "Where: Campaign leaflet, April 2024",
            'The claim: "Harbour fees have doubled under this board."',
            "Our rating: Mostly false",
            "Ada Brenner",
            "March 12, 2024",
            _SUMMARY,
            "Share this article",
        ),
        _QUESTION,
        _SUMMARY,
        id="a claim box, the summary after the date",
    ),
    pytest.param(
        (
            "Fact check",
            _QUESTION,
            "Claimed by: Corin Vale",
            'Claim: "Harbour fees have doubled."',
            "Rating: False",
            "By Ada Brenner",
            "12 March 2024",
        ),
        _QUESTION,
        None,
        id="shorter labels, a byline with By",
    ),
    pytest.param(
        (
            "Reviews",
            "Tide Line review: a patient, salt-stung thriller about a harbour in decline",
            "★★★☆☆",
            "3 out of 5",
            "Directed by: Nell Okoro",
            "Cast: Ivo Brandt, Sela Moana",
            "Runtime: 104 minutes",
            "Rated: M",
            "Nell Okoro's second feature watches a fishing town lose its fleet, and never looks away.",
            "By Ada Brenner",
            "March 12, 2024",
        ),
        "Tide Line review: a patient, salt-stung thriller about a harbour in decline",
        "Nell Okoro's second feature watches a fishing town lose its fleet, and never looks away.",
        id="a film's credits and stars before the standfirst",
    ),
    pytest.param(
        (
            "GAMES",
            "Harbour Master review – a slow, rewarding port simulator",
            "Developer: Tidewater Works",
            "Platforms: PC, Switch",
            "Release date: March 14",
            "Price: $24.99",
            "4.5/5 stars",
            "By Ada Brenner",
            "March 12, 2024",
        ),
        "Harbour Master review – a slow, rewarding port simulator",
        None,
        id="a game's box, then its score",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("header", "headline", "deck"), BOX_HEADERS)
def test_a_box_of_fields_under_the_headline_is_furniture(
    header: tuple[str, ...], headline: str, deck: str | None, spaced: bool
) -> None:
    article = articlecli.parse(_page(*header, spaced=spaced))
    assert (article.headline, article.deck) == (headline, deck)
    assert [a.name for a in article.authors] == ["Ada Brenner"]
    assert not any(":" in p.text[:20] for p in article.paragraphs)


# lines that open with a box's label, and lines that do not (a kicker, a title with a colon, a byline)
@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Who said it: Corin Vale, harbour board candidate", True),
        ("Running time: 2hr 5min", True),
        ("Certificate: 15", True),
        ("Where: Radio Kestrel, March 3", True),
        ("Starring: Ivo Brandt, Sela Moana", True),
        ("Review: Tide Line is a patient thriller", False),
        ("Analysis: Why harbour fees keep rising", False),
        ("Harbour fees: what the new tables mean", False),
        ("Editor's note: This story was updated", False),
    ],
)
def test_box_field_labels(line: str, field: bool) -> None:
    assert (P.BOX_FIELD.match(line) is not None) is field


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("★★★★☆", "label"),
        ("★★★ ½", "label"),
        ("4 out of 5", "label"),
        ("3.5/5 stars", "label"),
        ("7 out of 10", "label"),
        ("4 out of 5 households said fees rose", None),
        ("5 out of 6 berths", None),
    ],
)
def test_a_rating_widget_is_furniture(line: str, reason: str | None) -> None:
    assert debris_reason(line) == reason


# a question and a short answer after its mark is a title's shape; two sentences are not
@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(
    "title",
    [
        "Is the old ferry worth saving? The crew thinks so",
        "Will the harbour levy rise again? Not this year",
        "Did the bypass cost £400 a home? We checked",
    ],
)
def test_a_question_answered_after_its_mark_is_a_headline(title: str, spaced: bool) -> None:
    page = _page(
        "Home", "News", "Politics", title, "Explainers", "Latest", "By Ada Brenner", "March 12, 2024", spaced=spaced
    )
    assert articlecli.parse(page).headline == title


# a bar of fields opening with the writer's name: the name signs the story, the section does not
@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(
    ("bar", "author"),
    [
        ("Ada Brenner | Opinion | March 12, 2024", "Ada Brenner"),
        ("Tomás Ferreira-Lind | Columnists | 12 March 2024", "Tomás Ferreira-Lind"),
        ("Ngozi Adeyemi-Okafor · Comment · 12 Mar 2024", "Ngozi Adeyemi-Okafor"),
    ],
)
def test_a_name_opening_a_date_bar_is_the_byline(bar: str, author: str, spaced: bool) -> None:
    page = _page("Opinion", _TITLE, _SUMMARY, bar, "Font size", spaced=spaced)
    article = articlecli.parse(page)
    assert [a.name for a in article.authors] == [author]
    assert article.published is not None and (article.published.iso or "")[:10] == "2024-03-12"
    assert article.headline == _TITLE


@pytest.mark.parametrize("line", ["Local News | Harbour | March 12, 2024", "Updated | March 12, 2024 | 9:10 AM"])
def test_a_date_bar_without_a_name_signs_nothing(line: str) -> None:
    from articlecli.classify.byline_places import name_in_date_bar

    assert name_in_date_bar(line) is None


# an author box after the story: the name over the bio opening with it, a follow button, a disclaimer
_BIO = "Ada Brenner is the harbour reporter for the Coastal Ledger, based in Port Adair."


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(
    "tail",
    [
        ("Ada Brenner", _BIO, "Follow"),
        ("The harbour story is co-funded by the Coastal News Trust.", "Ada Brenner", _BIO),
        ("Ada Brenner", _BIO, "Follow this author", "Opinions expressed here belong to the author alone."),
        ("Ada Brenner", _BIO, "Views expressed in this column are the writer's own."),
    ],
)
def test_an_author_box_after_the_story_is_no_part_of_it(tail: tuple[str, ...], spaced: bool) -> None:
    page = _page(_TITLE, "By Ada Brenner", "March 12, 2024", spaced=spaced) + _spaced("\n".join(tail) + "\n", spaced)
    article = articlecli.parse(page)
    assert not article.headings
    texts = [p.text for p in article.paragraphs]
    assert "Ada Brenner" not in texts and "Follow" not in texts
    assert not any(t.startswith(("Opinions expressed", "Views expressed")) for t in texts)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Boats wait at the harbour mouth on Tuesday. Photo / Port Adair Harbour Board",
            None,
            "Port Adair Harbour Board",
        ),
        ("Boats wait at the harbour mouth on Tuesday. Photo / Supplied", None, "Supplied"),
        ("Boats wait at the harbour mouth on Tuesday. (Bernama pic)", None, "Bernama pic"),
        ("Boats wait at the harbour mouth on Tuesday. (Ada Brenner pic)", None, "Ada Brenner pic"),
        ("Boats wait at the harbour mouth on Tuesday. (File pic)", None, "File pic"),
    ],
)
def test_credit_forms_of_new_zealand_and_malaysian_papers(line: str, caption: str | None, credit: str) -> None:
    page = _page(_TITLE, "By Ada Brenner", "March 12, 2024", line)
    (found,) = articlecli.parse(page).captions
    assert (found.text, found.credit) == ("Boats wait at the harbour mouth on Tuesday.", credit)


def _speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    page = _page(_TITLE, "By Ada Brenner", "March 12, 2024") + "\n".join(paragraphs) + "\n"
    return [(q.text, q.speaker) for q in articlecli.parse(page).quotes]


# "According to him, “…”": the person the paragraph before names, of the pronoun's gender
@pytest.mark.parametrize(
    ("before", "pronoun", "speaker"),
    [
        (
            "The commissioner, Mr Kayode Adewusi, who spoke to the traders, said the contractor was back.",
            "him",
            "Kayode Adewusi",
        ),
        ("The market women's leader, Mrs Ngozi Eze, said the stalls had been empty for a week.", "her", "Ngozi Eze"),
        ("Harbour master Piet Olsen told the board the dredger would arrive in June.", "him", "Piet Olsen"),
    ],
)
def test_according_to_a_pronoun_is_the_person_named_before(before: str, pronoun: str, speaker: str) -> None:
    quote = f'According to {pronoun}, "the cranes are due back next week."'
    assert _speakers(before, quote) == [("the cranes are due back next week.", speaker)]


# a quote closing a clause that an earlier verb reports, with when it spoke between ("said on Monday that the
# council had agreed ... and that a vote would follow “…”"): the reporter speaks
@pytest.mark.parametrize(
    "sentence",
    [
        "District collector Meena Rao said on Monday that the council had sought a waiver and that a reply was"
        ' due "within a week".',
        "Port director Jan Holt told reporters yesterday that the board had asked for more time and that the dredging"
        ' was "on track".',
        "Mayor Ines Vale said last week that the council had asked the ministry for money and that it was"
        ' "a fair request".',
    ],
)
def test_a_quote_in_a_clause_reported_by_an_earlier_verb(sentence: str) -> None:
    ((_, speaker),) = _speakers(sentence)
    assert speaker in ("Meena Rao", "Jan Holt", "Ines Vale")


# ... but where the reported clause's own verb speaks the quote, its subject speaks, whoever reports it
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'Coast Police said on Friday that the skipper, Ola Brandt, had told officers "the engine simply died."',
            "Ola Brandt",
        ),
        (
            'Prosecutors said in court that his passenger, Rosa Lind, had warned him "you are going too fast."',
            "Rosa Lind",
        ),
    ],
)
def test_a_quote_its_own_clause_speaks_is_that_subject_s(sentence: str, speaker: str) -> None:
    ((_, found),) = _speakers(sentence)
    assert found == speaker


# a broadcaster named by its band or medium is no person a pronoun names
@pytest.mark.parametrize("station", ["Harbour FM", "Coast TV", "Radio Kestrel", "Valley Television"])
def test_a_broadcaster_is_no_person_for_he(station: str) -> None:
    sentence = f'The minister spoke on {station}\'s breakfast show on Monday. He said fees had "gone down at last".'
    ((_, speaker),) = _speakers(sentence)
    assert speaker != station


# a desk's name opening a sentence of the story is no byline: "Our correspondent, who visited ..., observed ..."
@pytest.mark.parametrize(
    "line",
    [
        "Our correspondent, who went to the depot on Sunday morning, noted that no lorries had come back.",
        "Our reporter, who went to the harbour on Monday, saw boats tied up along the whole quay.",
    ],
)
def test_a_sentence_about_a_desk_is_no_byline(line: str) -> None:
    from articlecli.bylines import has_byline_lead

    assert not has_byline_lead(line)
    assert has_byline_lead("Our correspondent")
    article = articlecli.parse(_page(_TITLE, "By Ada Brenner", "March 12, 2024") + line + "\nRelated\nMore news\n")
    assert article.paragraphs[-1].text == line


# the one a standfirst names is whom the story's first pronoun means, when the body has named no one yet
@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(
    ("deck", "quote", "speaker"),
    [
        (
            "Chef Eluned Prys cooks what the boats bring in, and the town has noticed.",
            '"We buy what the boats land that morning, nothing else," she said when we visited.',
            "Eluned Prys",
        ),
        (
            "Harbour master Tomasz Wilk wants the old crane gone before the winter storms arrive.",
            '"It has not moved since 1998 and it never will," he told the board on Monday.',
            "Tomasz Wilk",
        ),
    ],
)
def test_the_person_a_standfirst_names_is_the_first_pronoun(deck: str, quote: str, speaker: str, spaced: bool) -> None:
    page = _spaced(
        "\n".join(
            (
                _TITLE,
                deck,
                "By Ada Brenner",
                "March 12, 2024",
                "Share this article",
                "The harbour has changed more in five years than in the fifty before them, owners say.",
                quote,
                *_BODY.strip().split("\n"),
            )
        )
        + "\n",
        spaced,
    )
    article = articlecli.parse(page)
    assert article.deck == deck
    assert [q.speaker for q in article.quotes] == [speaker]
