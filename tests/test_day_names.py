"""Day and month names in full, read from the lexicon's tables of names (abbreviations included) by one rule."""

from __future__ import annotations

from articlecli import lexicon as L


def test_the_names_in_full_are_one_a_day_and_one_a_month() -> None:
    assert len(L.WEEKDAYS_IN_FULL) == 7 and set(L.WEEKDAYS_IN_FULL) <= set(L.WEEKDAYS)
    assert sorted(L.MONTHS[m] for m in L.MONTHS_IN_FULL) == list(range(1, 13))
    assert {"may", "june", "september"} <= set(L.MONTHS_IN_FULL)
    assert not {"tues", "thurs", "sept", "jun"} & {*L.WEEKDAYS_IN_FULL, *L.MONTHS_IN_FULL}
