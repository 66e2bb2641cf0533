"""Who said it, in other languages: the speech cues of `lexicon.FOREIGN_SPEECH_VERBS` around a quote.

Read only in a block that shows a cue word of another language or one of its quote marks (`foreign`), so
English pages pay one scan per block. The shapes are those of English news writing:
  „…“, sagte Jörg Tiedemann, Stadtkämmerer …  /  «…», ha explicado la consejera de Sanidad, Elena Gorostiza
  «…», lamenta Begoña Arrieta  /  „…“, sagt sie  /  Según Gorostiza, «…»  /  Anna Weber sagte: „…“
  Der Landkreis Wesermarsch teilte mit, man wolle „…“ (the verb earlier in the quote's sentence)
A speaker is a name printed next to the cue (an article before it dropped) or a pronoun, resolved as in
English; a description with no name ("dijo el alcalde") is left without a speaker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon as L
from . import rx
from .attribution import ascii_lower_runs
from .patterns import SPEECH_VERBS_ABROAD
from .people import (
    alternation,
)

if TYPE_CHECKING:
    from .cue_steps import Cue


_ACCORDING = tuple(w for words in L.FOREIGN_ACCORDING.values() for w in words)


def _without_elision(word: str) -> str:
    return word[2:] if word[1:2] in ("'", "’") else word


def _gate_parts(text: str) -> tuple[str, ...]:
    """The gate words (sorted), the gate's pattern and the gate words' letters of other alphabets, worked out from
    the cue verbs, the words also English and the according-to phrases, in `text` (character 1 between the
    three lists, character 0 between their entries)."""
    verbs, also_english, according = (part.split("\x00") if part else [] for part in text.split("\x01"))
    english = frozenset(also_english)
    words = sorted({next((_without_elision(w) for w in cue.split() if w not in english), "") for cue in verbs} - {""})
    # One scan of the block: a mark only other languages use, or a cue word of one.
    # (the verbs in lower case, as the patterns read them: "MIT" is no "teilte mit")
    gate = (
        r"[„‚»«]|(?<!\w)(?:"
        + "|".join(map(re.escape, words))
        + r"|(?i:"
        + "|".join(map(re.escape, according))
        + r"))(?!\w)"
    )
    return (*words, gate, "".join(sorted({c for w in words for c in w if not c.isascii()})))


# (worked out once per installation and read back, as the lexicon's word lists are: 2M instructions of every start)
*_GATE_WORDS, _GATE_TEXT, _GATE_OTHER_LETTERS = rx.words(
    "\x01".join("\x00".join(words) for words in (SPEECH_VERBS_ABROAD, L.FOREIGN_CUES_ALSO_ENGLISH, _ACCORDING)),
    _gate_parts,
)


_GATE = rx.compile_std(_GATE_TEXT)


# ", dice " after a closing mark: plain substrings, far cheaper than a branch of the scan above
_AFTER_MARK = tuple(f", {cue}" for cue in L.FOREIGN_CUES_AFTER_MARK)


_CLOSING_MARKS = frozenset('”"»«')  # what closes a quote before its cue (« closes a German »…« quote)


_GATE_WORD_SET = frozenset(_GATE_WORDS)


_WORD = rx.compile_std(r"\w+")  # a gate word stands alone: it is a whole run of word characters


# The scan for runs of word characters is told it need not run: a gate word of letters a-z is a whole run of
# them (found among the block's in C, `ascii_lower_runs`), and any other has a letter of another alphabet ("ó").
_GATE_ASCII_WORDS = frozenset(w.encode("ascii") for w in _GATE_WORDS if w.isascii())


_ACCORDING_LOWER = tuple(w.lower() for w in _ACCORDING)


# what `re` also reads as "s" or "i" in a pattern without case, where `str.lower` does not: "ſ", "ı", "İ"
_CASE_FOLDED = "ſıİ"


# whose view the sentence gives, opening it, the quote later in it: Para a pesquisadora Márcia Lima, do
# Observatório, o problema é "…" / Pour le maire, Paul Roux, c'est « … » (only at a sentence's opening: elsewhere
# "para" and "pour" are "for")
_VIEW_LEADS = alternation(L.FOREIGN_VIEW_LEADS)


# (a view's lead opening a sentence, with a comma after it, marks a block to be read: most English blocks print
# neither word with a capital)
_VIEW_GATE = tuple(f"{w.title()} " for w in L.FOREIGN_VIEW_LEADS)


_VIEW_OPENING = rx.compile(r"(?:^|[.!?][ ]++)(?:" + _VIEW_LEADS.title() + r")[ ]++[^,.;:!?]{1,60},")


def _cue_after_mark(text: str) -> bool:
    """`“…”, dice Name` or `“…”, dice.`: a cue of `_AFTER_MARK` right after a closing mark ("…, dice in hand" is
    no cue)."""
    for cue in _AFTER_MARK:
        at = text.find(cue)
        while at > 0:
            if text[at - 1] in _CLOSING_MARKS and text[at + len(cue) : at + len(cue) + 1] in (" ", ".", ""):
                return True
            at = text.find(cue, at + 1)
    return False


def foreign(text: str) -> bool:
    """Whether `text` shows a speech cue of another language or a quote mark English does not use (`_GATE`),
    or a cue printed right after a closing mark (`_AFTER_MARK`).

    The pattern runs only where a cheaper test cannot say no: none of its marks, none of its words as a
    whole word, none of the "according to" words anywhere in any case is what most English blocks show.
    """
    if "„" in text or "‚" in text or "»" in text or "«" in text:
        return True
    if _cue_after_mark(text):
        return True
    if any(map(text.__contains__, _VIEW_GATE)) and _VIEW_OPENING.search(text):
        return True
    no_gate_word = not _may_hold_gate_word(text) or _GATE_WORD_SET.isdisjoint(_WORD.findall(text))
    if no_gate_word and not any(map(text.__contains__, _CASE_FOLDED)):
        lower = text.lower()
        if not any(map(lower.__contains__, _ACCORDING_LOWER)):
            return False
    return _GATE.search(text) is not None


def _may_hold_gate_word(text: str) -> bool:
    """Whether a gate word may stand in `text` as a whole word (never False where one does)."""
    return not _GATE_ASCII_WORDS.isdisjoint(ascii_lower_runs(text).split()) or any(
        map(text.__contains__, _GATE_OTHER_LETTERS)
    )


def attribution(text: str, open_mark: int, close_mark: int) -> Cue | None:
    """The speaker and cue of the quote whose marks sit at `open_mark` and `close_mark`, or None: read by
    `cue_steps`, loaded on the first quote of another language (English pages never load it)."""
    from . import cue_steps

    return cue_steps.attribution(text, open_mark, close_mark)
