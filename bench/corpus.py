"""Generated articles for benchmarks and fuzzing: realistic parts (header, byline, captions,
quotes, headings, debris, end notes) put together at any size, from a seed."""

from __future__ import annotations

import random

PLACES = ["Porthaven", "Millbrook", "East Carver", "Lindenfield", "Redwater", "Oakhurst", "Bellmont"]
PEOPLE = ["Ellen Marsh", "Tomás Ruiz", "Priya Nair", "Daniel Okafor", "Ruth Alder", "Mark Lopez", "Ana Kowalski"]
ROLES = ["the harbor commissioner", "the town clerk", "a fisherman", "the county engineer", "a local teacher"]
VERBS = ["said", "told reporters", "added", "argued", "explained", "noted"]
TOPICS = ["the seawall", "the school budget", "the new bridge", "the water plan", "the festival", "the bus line"]
SENTENCES = [
    "The council met on Tuesday evening to discuss {topic} and heard from dozens of residents.",
    "Officials in {place} said the plan would cost about ${n} million over the next decade.",
    "Critics argued that {topic} had been delayed for years and that costs kept rising.",
    "A report released last month found that {topic} affected nearly {n},000 households.",
    "Residents of {place} have long complained about flooding along the waterfront.",
    "The state agreed to pay a third of the cost, according to documents seen by reporters.",
    "Work is expected to begin in the spring, weather permitting, and to last two years.",
]
QUOTES = [
    "We have waited long enough for this",
    "Nobody here is being asked to carry it alone",
    "It is not perfect, but it is a start, and we need a start",
    "Every storm takes another piece of the street",
    "I think people are tired of hearing that it will happen next year",
]
DEBRIS = ["Advertisement", "Share", "Tweet", "Email", "0:00", "Updated:", "SIGN UP FOR OUR NEWSLETTER", "Read more: "]


def paragraph(rng: random.Random) -> str:
    """One body paragraph: narration, or a quote with its attribution."""
    if rng.random() < 0.35:
        who = rng.choice(PEOPLE)
        quote = rng.choice(QUOTES)
        if rng.random() < 0.5:
            return f"“{quote},” {who} {rng.choice(VERBS)}. “{rng.choice(QUOTES)}.”"
        return f"{who}, {rng.choice(ROLES)}, {rng.choice(VERBS)}: “{quote}.”"
    return " ".join(
        rng.choice(SENTENCES).format(topic=rng.choice(TOPICS), place=rng.choice(PLACES), n=rng.randint(2, 90))
        for _ in range(rng.randint(1, 4))
    )


def article(size: int, seed: int = 0) -> str:
    """An article of about `size` characters (at least a header and a few paragraphs)."""
    rng = random.Random(seed)
    place = rng.choice(PLACES)
    topic = rng.choice(TOPICS)
    parts = [
        "News",
        f"{place} votes on {topic} after a long fight",
        f"Residents approved {topic} on Tuesday, ending a two-year dispute over who pays.",
        f"By {rng.choice(PEOPLE)} and {rng.choice(PEOPLE)}, Associated Press",
        f"Published 6:12 AM EST, March {rng.randint(1, 28)}, 2024",
        "Share",
        "",
        f"{place.upper()}, Maine (AP) — {paragraph(rng)}",
        "",
    ]
    size_now = sum(len(p) for p in parts)
    n = 0
    while size_now < size:
        n += 1
        if n % 9 == 0:
            block = f"Waves crash over the old wall in {place} on Jan. {rng.randint(1, 28)}, 2024. (Kim Lee/AP)"
        elif n % 13 == 0:
            block = f"What {topic} means"
        elif n % 7 == 0:
            block = rng.choice(DEBRIS)
        else:
            block = paragraph(rng)
        parts += [block, ""]
        size_now += len(block) + 2
    parts.append("Associated Press writer Jo Smith contributed to this report.")
    return "\n".join(parts) + "\n"
