"""Classes of lines the ninety-seventh stop's caption and credit work met (tests/probes, NINETY_SEVENTH_PAGES in
test_probes.py, and group A): a time alone under its date's label (one reader for the live blog's stamps and the
header's). Each table is written from scratch, in other words, languages and spacings than the pages read.
"""

from __future__ import annotations

import pytest

from articlecli.classify import stamps

# (a line, whether it is a time stamp alone on its line): a date's label of one or more words, joined to the time
# by a word of lexicon.STAMP_LABEL_JOINS or a colon, or none
LABELLED_STAMPS = [
    pytest.param("Updated at 1:23 p.m.", True, id="label at time"),
    pytest.param("Last updated: 10:12 a.m. EST", True, id="two-word label, colon, zone"),
    pytest.param("Aktualisiert um 14:05 Uhr", True, id="German um"),
    pytest.param("Mis à jour à 14h05", True, id="French à, 14h05"),
    pytest.param("Atualizado às 10h05", True, id="Portuguese às"),
    pytest.param("Pubblicato alle 9:40", True, id="Italian alle"),
    pytest.param("Posted on 6:45 pm", True, id="posted on"),
    pytest.param("Publié 9h40", True, id="one-word label"),
    pytest.param("Updated at the station", False, id="no time"),
    pytest.param("Updated at 1:23 p.m. after the council met", False, id="a sentence goes on"),
    pytest.param("Published Oct. 27, 2026 5:12 p.m.", False, id="a date and a time: a date line, no stamp"),
]


@pytest.mark.parametrize(("line", "stamp"), LABELLED_STAMPS)
def test_a_time_under_its_label_is_a_stamp(line: str, stamp: bool) -> None:
    assert stamps.time_stamp(line) is stamp
