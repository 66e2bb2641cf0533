"""The end of a web address, written once (`lexicon.WEB_ADDRESS_ENDINGS`): every pattern that reads one knows all."""

from __future__ import annotations

import pytest

from articlecli import bylines
from articlecli import lexicon as L
from articlecli import patterns as P
from articlecli.classify import echo, lookalikes


@pytest.mark.parametrize("ending", L.WEB_ADDRESS_ENDINGS)
def test_every_pattern_of_a_web_address_reads_every_ending(ending: str) -> None:
    assert P.DOMAIN_ONLY.match(f"harbourpost.{ending}")  # an address alone, as a widget prints it
    assert P.DOMAIN_ONLY.match(f"www.harbour-post.{ending.upper()}/")
    assert echo._DOMAIN.search(f"HarbourPost.{ending}")  # a site's name after a headline's bar
    assert lookalikes._SITE_PROMO.match(f"On HarbourPost.{ending}: Ferry fares rise again")  # a promoted story
    assert bylines._is_outlet(f"HarbourPost.{ending}")  # an outlet beside a name


@pytest.mark.parametrize("text", ["harbourpost.comx", "harbour post.com", "harbourpost."])
def test_what_is_no_web_address_alone(text: str) -> None:
    assert not P.DOMAIN_ONLY.match(text)
