"""How the speaker tests read a case: a few blocks of an article through the quote pass, as (quote, speaker)."""

from __future__ import annotations

from articlecli.speech import Block, extract


def speakers_of(*blocks: str | tuple[str, str]) -> list[tuple[str, str | None]]:
    """The quotes of these blocks as (text, speaker); a block given as (kind, text) is a headline or a deck, any
    other a paragraph."""
    read = [Block(*b, None) if isinstance(b, tuple) else Block("paragraph", b, i) for i, b in enumerate(blocks)]
    quotes, _ = extract(read)
    return [(q.text, q.speaker) for q in quotes]
