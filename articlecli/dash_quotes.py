"""Speech set off by a dash instead of quote marks, as Scandinavian and Spanish copy prints it.

  – Vi er glade for resultatet, siger borgmester Karen Holst.   (Danish, Norwegian, Swedish: the cue after a comma)
  —Aquí ya sabemos lo que es vivir sin agua —dijo Guadalupe Encinas.   (Spanish: the cue after a second dash)

A paragraph opening with a dash before a capital is a quote when a speech cue of another language closes its words
(`cues.attribution` reads it as it reads one after a closing mark); the quote is the words between the dash and the
cue. Once a story has set speech so, a paragraph opening with a dash and no cue is a quote too (its speaker is read
from the paragraphs around it, as for a paragraph that is all quote): "– Hvem vil købe et hus her?" after "Han frygter,
at huspriserne vil falde." An interview's questions and answers, dash-led with no cue anywhere, stay paragraphs.
"""

from __future__ import annotations

from . import rx
from .quotes import QuoteSpan

_DASHES = "–—"  # (a hyphen only with a space after it: "- Vi er glade, siger ...")
_SPACES = " \u00a0"

# where the quoted words may end before a cue: a comma ("..., siger hun"), or a space and a second dash ("... —dijo")
_CUE_AT = rx.compile_std(r",[ ]|[ ][—–](?=\w)")


def dash_led(text: str) -> bool:
    """`text` opens with a dash (or a hyphen and a space) before a capital or an opening ¿ or ¡."""
    first = text[:1]
    if first == "-":
        if text[1:2] not in _SPACES:
            return False
    elif first not in _DASHES:
        return False
    after = text[1:].lstrip(_SPACES)[:1]
    return after.isupper() or after in "¿¡"


def dash_span(text: str, *, cued_before: bool) -> tuple[QuoteSpan, bool] | None:
    """The quote of a dash-led paragraph (`dash_led`) and whether a cue closes it; without a cue, the paragraph's
    words after the dash when the story has set speech so before (`cued_before`), else None."""
    from . import cues

    start = len(text) - len(text[1:].lstrip(_SPACES))
    for m in _CUE_AT.finditer(text, start):
        at = m.start()
        found = cues.attribution(text, start - 1, at)
        if found is not None and found.cue and (found.mention or at > start + 10):
            return QuoteSpan(start, at, True, True, True), True
    if not cued_before:
        return None
    return QuoteSpan(start, len(text.rstrip()), True, True, True), False
