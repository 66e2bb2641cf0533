"""The header under stress (tests/header_stress.py): a line of page furniture of each class put into a sample of the
probe pages above the headline, under it, over the byline and over the first paragraph; the share of insertions that
leave the headline, the deck, the authors and the date as the page without it gives them may not fall below its floor.

The floors are the sample's shares when the harness was written (December 2026, after the rules it led to: widget
text read as furniture, a breadcrumb ending in the headline vetoed, a related title's date set aside, a standfirst
past furniture, a date or a byline, and the same day's byline rules), rounded down to 0.05 (a class that held on
every page: 0.95, one page's leeway): a change that breaks how the header reads one class of furniture fails here,
whatever the dev corpus says. The sample is about one probe page in 12 (66 pages) of the sets the floors were set on
(`SAMPLED_UP_TO`), chosen by a hash of the page's name. On the morning's code the sample held related
titles with their date 0.461, breadcrumbs ending in the headline 0.773, font-size widgets 0.777, share prompts
0.822, dates in unusual forms 0.824, listen buttons 0.872 and save buttons 0.888 (below these floors); after the
rules 0.870, 0.909, 0.950, 0.905, 0.869, 0.971 and 0.955. Two classes were added later (the ninety-fifth set's stop):
a breadcrumb whose last section's name holds a figure ("Sports / Rugby / Pro D2") held 0.924 and a weather widget in
the top bar ("Port Adair -6°C Light snow") 0.818 before their rules, 0.970 and 0.985 after; then a label closing on its
sponsor's name ("Traffic & Weather presented by Bayline Motors") held 0.557 over the byline and 0.606 over the
headline, 0.902 and 0.939 after its rule, and a contributor's tag ("Special to the Coastal Herald") 0.970 over the
first paragraph before and after (its rule was written for it under the byline, where the harness puts no line); a
site's motto over the headline ("The independent voice of the harbour towns and the islands since 1892") holds 0.818
before and after the stop's rule for a standfirst printed over the headline (which it must not be read as): where
the motto is longer than the headline and the page prints the headline only once, the two are read as a title over
its standfirst (a weakness left to the next stop; floor 0.8).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib

import pytest

from articlecli.pipeline import ParseOptions

from .conftest import ROOT
from .header_stress import FURNITURE, Tally, probe_pages, run
from .test_probes import PROBE_SETS

NOW = dt.datetime(2024, 5, 14, 16, 0, tzinfo=dt.timezone.utc)  # tests/probes/README.md: the probes' "now"
EVERY = 12  # about one probe page in 12, by its name's hash: a set added later joins the sample, never reshuffles it


# The probe sets the floors were measured on (PROBE_SETS in the order they were added, up to this one): a set added
# later, held-out pages above all, would move the shares of a sample the floors were not set on.
SAMPLED_UP_TO = "ninetieth"


def _sampled(name: str) -> bool:
    return hashlib.sha256(name.encode()).digest()[0] % EVERY == 0


def _sample_names() -> frozenset[str]:
    sets = list(PROBE_SETS)
    return frozenset(page for s in sets[: sets.index(SAMPLED_UP_TO) + 1] for page in PROBE_SETS[s][0] if _sampled(page))


FLOORS = {
    "share-row": 0.9,
    "share-prompt": 0.9,
    "listen-widget": 0.95,
    "save-widget": 0.95,
    "font-size": 0.95,
    "reading-time": 0.9,
    "caption-credit": 0.95,
    "caption-plain": 0.8,
    "sponsor-label": 0.95,
    "related-dated": 0.85,
    "kicker": 0.95,
    "breadcrumb-section": 0.95,
    "breadcrumb-headline": 0.9,
    "breadcrumb-figures": 0.95,
    "weather-widget": 0.95,
    "site-tagline": 0.8,
    "sponsor-tail": 0.9,
    "contributor-tag": 0.95,
    "page-title": 0.95,
    "date-unusual": 0.85,
    "byline-no-by": 0.85,
    "newsletter": 0.95,
}


@functools.cache  # the sample stressed once per run
def _tallies() -> dict[str, Tally]:
    sample = _sample_names()
    pages = [page for page in probe_pages(ROOT / "tests" / "probes") if page.name in sample]
    out: dict[str, Tally] = {}
    for (cls, _), t in run(pages, ParseOptions(now=NOW)).items():
        total = out.setdefault(cls, Tally())
        total.n += t.n
        total.broken += t.broken
    return out


def test_every_class_has_a_floor() -> None:
    assert sorted(FLOORS) == sorted(FURNITURE)


@pytest.mark.parametrize("cls", sorted(FLOORS))
def test_the_header_holds_under_each_class_of_furniture(cls: str) -> None:
    t = _tallies()[cls]
    assert t.held() >= FLOORS[cls], f"{cls}: {t.held():.3f} of {t.n} insertions left the header as it was"
