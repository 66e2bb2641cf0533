"""`explain.quotes`: every quote's rule (the step of the reader that gave its speaker), the step that read its cue's
mention, and the candidates weighed; each rule decides a quote of its own example (`classify/quote_rules.py`), and
a rule the source names without an example fails here."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import articlecli
from articlecli import ParseOptions, parse
from articlecli.classify.quote_rules import MENTION_RULES, QUOTE_RULES, QuoteRule

SOURCES = [
    Path(articlecli.__file__).parent / name for name in ("speech.py", "attribution.py", "classify/quote_rules.py")
]
RULE_NAME = re.compile(r'"((?:quote|mention)/[a-z-]+)"')


def rules_in_source() -> set[str]:
    """Every quote and mention rule the reader and the resolver write as a string."""
    return {name for path in SOURCES for name in RULE_NAME.findall(path.read_text(encoding="utf-8"))}


def quote_of(rule: QuoteRule) -> dict[str, Any]:
    explain = parse(rule.page, ParseOptions(explain=True)).explain
    assert explain is not None
    found = [q for q in explain["quotes"] if rule.quote in q["text"]]
    assert found, f"no quote holds {rule.quote!r}"
    return dict(found[0])


def test_every_rule_in_the_source_has_an_example() -> None:
    assert rules_in_source() == set(QUOTE_RULES) | set(MENTION_RULES)


@pytest.mark.parametrize("name", sorted(QUOTE_RULES))
def test_a_quote_rule_gives_the_speaker_of_its_example(name: str) -> None:
    rule = QUOTE_RULES[name]
    quote = quote_of(rule)
    assert (quote["rule"], quote["speaker"]) == (name, rule.speaker)


@pytest.mark.parametrize("name", sorted(MENTION_RULES))
def test_a_mention_rule_reads_the_mention_of_its_example(name: str) -> None:
    rule = MENTION_RULES[name]
    quote = quote_of(rule)
    assert quote["rule"] in ("quote/cue", "quote/cue-other-language")
    assert (quote["step"], quote["speaker"]) == (name, rule.speaker)


PAGE = (
    "Harbour Council Votes to Close the Old Ferry Pier\n\nBy Jane Doe\n\n"
    "Ellen Marsh opened the meeting on Tuesday night.\n\n"
    "Tom Reid, the harbour master, warned that the deck was unsafe.\n\n"
    "“We have run out of money for repairs,” she said.\n"
)


def test_a_quote_names_its_line_cue_and_mention() -> None:
    quote = quote_of(QuoteRule("", PAGE, "run out of money", "Ellen Marsh"))
    assert {k: quote[k] for k in ("line", "block", "speaker", "mention", "cue")} == {
        "line": 9,
        "block": "paragraph",
        "speaker": "Ellen Marsh",
        "mention": "she",
        "cue": "said",
    }


def test_a_pronoun_passes_over_a_person_of_the_other_gender() -> None:
    quote = quote_of(QuoteRule("", PAGE, "run out of money", "Ellen Marsh"))
    assert quote["step"] == "mention/pronoun-person"
    assert [(c["mention"], c["taken"], c.get("passed")) for c in quote["candidates"]] == [
        ("Tom Reid", False, "gender m"),
        ("Ellen Marsh", True, None),
    ]


def test_a_surname_two_people_share_lists_both() -> None:
    quote = quote_of(MENTION_RULES["mention/surname-named-last"])
    assert {(c["mention"], c["taken"]) for c in quote["candidates"]} == {("Anna Lee", False), ("Tom Lee", True)}


def test_quotes_are_explained_only_on_request() -> None:
    assert parse(PAGE).explain is None
    explain = parse(PAGE, ParseOptions(explain=True)).explain
    assert explain is not None and len(explain["quotes"]) == len(parse(PAGE).quotes) == 1


# A councillor named in full for the first time just before the quote, after another man spoke: "he" is the
# newcomer (`Resolver._newcomer`), which the candidates must show taken as the speaker.
NEWCOMER = (
    "Harbour Council Votes to Close the Old Ferry Pier\n\nBy Jane Doe\n\n"
    "“The deck will not last the winter,” the harbour master, Tom Reid, said on Tuesday.\n\n"
    "Not everyone agrees.\n\n"
    "Councillor for the east quay ward, Ayo Bankole, said traders on the pier were already losing money. “Mend the "
    "pier first, then talk of closing it,” he said.\n"
)


def test_a_pronouns_candidates_are_what_the_resolver_weighed() -> None:
    quote = quote_of(QuoteRule("", NEWCOMER, "Mend the pier", "Ayo Bankole"))
    assert quote["speaker"] == "Ayo Bankole"
    assert [(c["mention"], c["as"], c["taken"]) for c in quote["candidates"]] == [
        ("Ayo Bankole", "named in full for the first time before the quote", True)
    ]


@pytest.mark.parametrize("page", [PAGE, NEWCOMER, *(r.page for r in (*QUOTE_RULES.values(), *MENTION_RULES.values()))])
def test_explain_and_the_decision_never_drift(page: str) -> None:
    """The candidate `--explain` shows taken is the quote's speaker, on every page a rule or a test names: the
    candidates are what the deciding code kept, not weighed again beside it."""
    explain = parse(page, ParseOptions(explain=True)).explain
    assert explain is not None
    for quote in explain["quotes"]:
        if quote.get("step") == "mention/pronoun-person":
            taken = [c["mention"] for c in quote["candidates"] if c["taken"]]
            assert taken == ([quote["speaker"]] if quote["speaker"] else []), quote


def test_a_foreign_cue_is_read_once_with_or_without_explain(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--explain` takes the step of a cue of another language from what `_Reader._foreign_cue` kept, never reading
    the cue again beside it (which could read it otherwise): as many cues are read with it as without."""
    from articlecli import cues, speech

    calls: list[int] = []
    read = cues.attribution

    def counted(text: str, open_mark: int, close_mark: int) -> cues.Cue | None:
        calls.append(open_mark)
        return read(text, open_mark, close_mark)

    monkeypatch.setattr(speech.cues, "attribution", counted)
    pages = [r.page for name, r in MENTION_RULES.items() if name.endswith("other-language") or "left-out" in name]
    counts = []
    for options in (ParseOptions(), ParseOptions(explain=True)):
        calls.clear()
        for page in pages:
            parse(page, options)
        counts.append(len(calls))
    assert counts[0] == counts[1] > 0
