"""Classes of pages the thirty-ninth probe set (tests/probes, THIRTY_NINTH_PAGES in test_probes.py) showed the
parser missing, on kinds of page besides plain news stories: a buying guide's retailer lines priced in a currency
written as its code or a country's dollar (`SEK 899 at Store`, `NZ$89 from Shop`), and its items' own lines
(title, rating, pros, cons, `Buy now`) read as the page's furniture, so that the story ended at the first item's
button. Each page here is written from scratch, and each is read printed a line a block and with a blank
line between every two lines (both occur in copies of real pages).
"""

from __future__ import annotations

import pytest

import articlecli
from articlecli.classify.features import features
from articlecli.classify.shapes import retailer_line
from articlecli.normalize import split_lines

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]


def _join(lines: list[str], spaced: bool) -> str:
    return ("\n\n" if spaced else "\n").join(lines) + "\n"


# ---------------------------------------------------------------- a buying guide's retailer lines

# (a line under a product, whether it is the product's retailer line)
RETAILER_LINES = [
    pytest.param("SEK 1,299 at Fjällboden", True, id="a code, a space, the amount"),
    pytest.param("NOK 2 490 from Turbutikken", False, id="a space inside the amount is no amount"),
    pytest.param("CHF 89.90 at Alpenmarkt", True, id="a code and decimals"),
    pytest.param("Rs. 4,999 at Lanka Digital", True, id="rupees with a full stop"),
    pytest.param("Rs 12,450 from Colombo Cycle House", True, id="rupees without a full stop"),
    pytest.param("NZ$89 at Bach Supply Co", True, id="a country's dollar"),
    pytest.param("A$149 from Outback Outfitters", True, id="an Australian dollar"),
    pytest.param("KSh 3,200 at Nyali Home Centre", True, id="Kenyan shillings"),
    pytest.param("PHP 1,850 at Bayside Mart", True, id="Philippine pesos"),
    pytest.param("RM 259 at Kedai Ampang", True, id="ringgit"),
    pytest.param("SEK prices rose at the till", False, id="a code over a sentence"),
    pytest.param("Audience of 2,000 at the hall", False, id="a word opening as a code does"),
    pytest.param("Sek 899 at Nordsko", False, id="a code is printed in capitals"),
]


@pytest.mark.parametrize(("line", "retailer"), RETAILER_LINES)
def test_retailer_lines_in_other_currencies(line: str, retailer: bool) -> None:
    (f,) = features(split_lines(line))
    assert retailer_line(line, f) is retailer


def _guide(spaced: bool, currency: str, names: tuple[str, str, str]) -> str:
    awards = ("Best overall", "Best value", "Best for rain")
    items: list[str] = []
    blurbs = (
        "It was the only one of the eight that kept its shape after a month in the back of a car.",
        "For half the price of the others it does the job, though the zip sticks in the cold.",
        "The seams are taped twice and the hood has a peak that keeps rain off glasses.",
    )
    for k, (award, name, blurb) in enumerate(zip(awards, names, blurbs, strict=True)):
        items += [
            f"{award}: {name}",
            f"Rating: {4 + (k == 0) * 0.5} out of 5",
            f"{currency} {1_000 + 250 * k:,} at Harbour Outdoor",
            blurb,
            "Pros: light, packs small",
            "Cons: only two colours",
            "Buy now",
        ]
    lines = [
        "Guides",
        "The best packable jackets for a wet spring, tested on the ferry",
        "We wore nine jackets on the morning crossing for a month. These three earned their place.",
        "By Anouk Verhaegen",
        "Updated 2 April 2026",
        "If you buy through our links we may earn a commission.",
        "How we tested",
        "Each jacket was worn on the 7.10am crossing and left in a wet bag overnight before the next day's trip.",
        *items,
        "What to look for",
        "A hood that tightens at the back matters more than the fabric's rating, because wind finds every gap.",
        "Read more",
        "The best dry bags for a day on the water",
        "© 2026 Harbourline Media",
    ]
    return _join(lines, spaced)


GUIDES = [
    pytest.param("NZD", ("Kea Shell 2", "Tasman Drift", "Rapaki Storm"), id="New Zealand dollars"),
    pytest.param("INR", ("Monsoon Pro", "Kochi Lite", "Ghats Trail"), id="Indian rupees"),
    pytest.param("CHF", ("Gotthard Pac", "Limmat Lite", "Säntis Storm"), id="Swiss francs"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("currency", "names"), GUIDES)
def test_a_guide_runs_on_past_each_items_button(spaced: bool, currency: str, names: tuple[str, str, str]) -> None:
    art = articlecli.parse(_guide(spaced, currency, names))
    texts = [p.text for p in art.paragraphs]
    assert "The seams are taped twice and the hood has a peak that keeps rain off glasses." in texts
    assert any(t.startswith("A hood that tightens") for t in texts)
    headings = [h.text for h in art.headings]
    assert [h for h in headings if h.startswith("Best ")] == [
        f"Best overall: {names[0]}",
        f"Best value: {names[1]}",
        f"Best for rain: {names[2]}",
    ]
    assert not any(currency in t for t in texts + headings)  # the retailer lines are neither
