"""The candidates `--explain` lists for a quote's speaker where several were weighed (`quote_rules.weigh`): whom a
"he" or "she" could be, the people of the story who share a surname, and a plain list of named candidates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..attribution import Resolver


# The steps that read a surname (the first two through `Resolver.of_surname`, one ranking of named evidence).
SURNAME_STEPS = ("mention/surname-named-last", "mention/title-and-shared-surname", "mention/name")

# Why each of `Resolver._person_pronoun`'s candidates is one, in its order, and each step past them.
_PRONOUN_WHYS = ("reported as speaking in this paragraph", "opens this paragraph", "named in this paragraph")
_PRONOUN_LATER = (
    "named in full for the first time before the quote",
    "opens the paragraph before",
    "spoke last",
    "named last",
)
_PRONOUN_STEPS = {
    "spokesperson": "spoke last, by an unnamed spokesperson",
    "of-gender": "last named of that gender",
    "no-gender": "a name of no known gender, named last",
}


def pronoun_candidates(resolver: Resolver, gender: str) -> list[dict[str, Any]]:
    """Whom 'he' or 'she' could be, in the order `Resolver._person_pronoun` weighed them (as it kept them:
    `pronoun_weighed`), each taken or passed over with why."""
    assert resolver.pronoun_weighed is not None  # (kept whenever `--explain` is asked for)
    weighed, (reported, opens, named), taken, step = resolver.pronoun_weighed
    whys = [_PRONOUN_WHYS[0]] * reported + [_PRONOUN_WHYS[1]] * opens + [_PRONOUN_WHYS[2]] * named
    out: list[dict[str, Any]] = []
    for name, why in zip(weighed, [*whys, *_PRONOUN_LATER], strict=False):  # (up to the one taken)
        if not name or any(c["mention"] == name for c in out):
            continue
        said = resolver._gender(name)
        fits = said in (None, gender)
        out.append({"mention": name, "as": why, "taken": fits} | ({} if fits else {"passed": f"gender {said}"}))
    if step:
        out.append({"mention": taken, "as": _PRONOUN_STEPS[step], "taken": True})
    return out


def surname_candidates(resolver: Resolver, surname: str, taken: str | None) -> list[dict[str, Any]]:
    """The people of the story who share a surname, the one it was read as taken ("named last" with it in this
    paragraph or the one before), when there are several."""
    people = resolver.registry.sharing(surname)
    if len(people) < 2:
        return []
    near = dict.fromkeys((*resolver.before_surnamed, *resolver.paragraph_surnamed), "named here or a paragraph before")
    return [{"mention": p, "as": near.get(p, "named further back"), "taken": p == taken} for p in people]


def listed(taken: str | None, weighed: list[tuple[str | None, str]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for name, why in weighed:
        if name and all(c["mention"] != name for c in out):
            out.append({"mention": name, "as": why, "taken": name == taken})
    return out
