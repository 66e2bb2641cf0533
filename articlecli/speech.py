"""Quotes and terms of a whole article: spans (quotes.py) + speakers (attribution.py) in reading order."""

from _bisect import bisect_left
from functools import lru_cache, partial

import regex

from . import cues, rx
from . import lexicon as L
from . import patterns as P
from .attribution import (
    _FEMALE_PRONOUNS,
    _MALE_PRONOUNS,
    Attribution,
    ReportedSpeech,
    Resolver,
    ascii_lower_runs,
    colon_frame_subject,
    find_attribution,
    first_runs,
    headline_role,
    indirect_speaker,
    sentence_start,
)
from .attribution import _PRONOUNS as _ALL_PRONOUNS
from .bylines import is_name
from .dash_quotes import dash_led, dash_span
from .model import Quote, QuoteBlock, QuoteKind, Term
from .patterns import phrase_list
from .people import NAME_RUN, ORG_WORDS, SPOKESPERSON_NOUNS, TITLE_WORDS, Registry
from .quotes import QuoteSpan, find_spans

_PUNCT_END = rx.compile(r"[.!?,]$")
_FIRST_PERSON = rx.compile(r"(?<![\p{L}])(?:I|I['’]m|I['’]ve|I['’]d|my|me)(?![\p{L}'’])")  # one person speaking

_PERSONAL_PRONOUNS = _MALE_PRONOUNS | _FEMALE_PRONOUNS
_THE_SPOKESPERSON = frozenset(f"the {noun}" for noun in L.SPOKESPERSON_NOUNS)
SHORT = 4  # a quoted span of this many words or fewer needs a speaker to count as a quote
_QUOTE_MARK = rx.compile(r"[“”\"«»‘„]|(?<![\p{L}\p{N}])'(?=\p{L})")
_QUOTE_CHARS = '“”"«»‘„'  # the marks `_QUOTE_MARK` finds wherever they stand


def quoted_alone(text: str) -> bool:
    """`text` is a quote and nothing else, its marks opening and closing it ("‘Nobody told me’", "“A big moment”")."""
    text = text.strip()
    return len(text) > 2 and text[0] in _OPENING_ALONE and text[-1] in _CLOSING_ALONE


_OPENING_ALONE = frozenset("“‘'\"«»„")
_CLOSING_ALONE = frozenset("”’'\"»«“")


def has_quote_mark(text: str) -> bool:
    """Whether `text` holds a quote mark (`_QUOTE_MARK`): a search for each mark, and the pattern only
    for a straight single mark, which may be an apostrophe (most blocks hold no mark at all)."""
    return any(map(text.__contains__, _QUOTE_CHARS)) or ("'" in text and _QUOTE_MARK.search(text) is not None)


@lru_cache(maxsize=256)
def _role_word(role: str) -> regex.Pattern[str]:
    """A role word printed in an article, alone ("burgemeester", not "burgemeesters"), in any case; compiled once per
    role in this process and kept out of `rx`'s cache of the package's own patterns, which a pattern per article's
    word would grow with every page (and its list of declared patterns with every quote of a batch)."""
    return regex.compile(rx.SIMPLE_CASE + r"(?<![\p{L}])" + rx.escape(role) + r"(?![\p{L}])", int(regex.IGNORECASE))


class Block:
    __slots__ = ("heading", "kind", "line", "paragraph", "text")

    def __init__(
        self, kind: QuoteBlock, text: str, paragraph: int | None, heading: str | None = None, line: int | None = None
    ) -> None:
        self.kind = kind
        self.text = text
        self.paragraph = paragraph  # index in the article's paragraphs
        self.heading = heading  # the subheading printed right before the paragraph, if any
        self.line = line  # its input line (for `--explain`)


class _Found:
    """A quote found in a block; `speaker` may still be filled in by a run-on quote's last paragraph."""

    __slots__ = ("attribution", "block", "kind", "rule", "span", "speaker", "text", "weighed")

    def __init__(
        self,
        span: QuoteSpan,
        text: str,
        attribution: Attribution | None,
        speaker: str | None,
        kind: QuoteKind,
        block: Block,
        rule: str = "",
    ) -> None:
        self.span = span
        self.text = text
        self.attribution = attribution
        self.speaker = speaker
        self.kind = kind
        self.block = block
        self.rule = rule  # the step of the reader that gave the speaker (`quote_rules.QUOTE_RULES`)
        self.weighed: dict[str, object] | None = None  # with `--explain`: the mention's step, the candidates


def extract(
    blocks: list[Block], *, author: str | None = None, why: list[dict[str, object]] | None = None
) -> tuple[list[Quote], list[Term]]:
    """All quotes (with speakers) and quoted terms of the blocks, in reading order; `author`: the one
    author of the byline, who is "I" in the story's own words; `why` (for `--explain`) gets each quote's
    rule and the candidates weighed (`quote_rules.explained`)."""
    has_quote = [
        b.kind != "heading" and (has_quote_mark(b.text) or (b.kind == "paragraph" and dash_led(b.text))) for b in blocks
    ]
    if not any(has_quote):
        return [], []
    reader = _Reader(blocks, has_quote, author)
    reader.explaining = why is not None
    if reader.explaining:  # keep what each "he" or "she" weighed (`quote_candidates.pronoun_candidates`)
        reader.resolver.pronoun_weighed = ((), (0, 0, 0), None, "")
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            reader.read_heading(block)
        else:
            reader.read_block(index, block)
    if reader.echoes:
        reader.give_echoed_words()
        reader.give_interview_title()
    quotes = [
        Quote(
            text=f.text,
            speaker=f.speaker,
            speaker_mention=f.attribution.mention or None if f.attribution else None,
            cue=f.attribution.cue or None if f.attribution else None,
            block=f.block.kind,
            paragraph=f.block.paragraph,
            start=f.span.start,
            end=f.span.end,
            kind=f.kind,
        )
        for f in reader.found
    ]
    if why is not None:
        from .classify.quote_rules import explained

        why += [explained(f) for f in reader.found]
    return quotes, reader.terms


class _Reader:
    """Reads an article's blocks in order, remembering who spoke and which quote runs on."""

    def __init__(self, blocks: list[Block], has_quote: list[bool], author: str | None) -> None:
        self.blocks = blocks
        self.has_quote = has_quote
        self.registry = Registry()
        self.runs: dict[int, list[tuple[int, str]]] = {}  # the capitalised runs of each block
        for b in blocks:
            if b.kind in ("paragraph", "caption", "deck"):
                self.runs[id(b)] = self.registry.add_text(b.text)
        self.registry.finish()
        self.resolver = Resolver(self.registry, author=author)
        self.found: list[_Found] = []
        self.terms: list[Term] = []
        self.prev_para_speaker: str | None = None
        # the person a subheading says the quotes under it are from ("What Marsh said"), until the next subheading
        self.digest_speaker: str | None = None
        self.chain: list[_Found] = []  # a quote running on over several paragraphs
        self.reported: ReportedSpeech | None = None  # the block's reported speech, read when first needed
        self.foreign = False  # the block shows a speech cue or a quote mark of another language
        self.foreign_blocks = 0  # how many blocks with quotes have shown one yet
        # quotes of the headline or standfirst with no speaker (or read as terms): words the story quotes again
        # are the speaker's there ("... as 'a day I will never forget' caps his season")
        self.echoes: list[tuple[Term | None, _Found]] = []
        self.next_block: Block | None = None  # the block after the one being read
        self.prev_block: Block | None = None  # and the one before it
        self.rule = ""  # the step of `_speaker` that gave the last quote's speaker (`quote_rules.QUOTE_RULES`)
        self.explaining = False  # `--explain`: keep each quote's candidates (`quote_rules.weigh`)
        # how `_foreign_cue` named the last quote's speaker when not by the mention (`quote_rules.MENTION_RULES`)
        self.foreign_step = ""
        self.dash_cued = False  # the story has set a quote off by a dash before a cue ("– …, siger hun.")

    def read_block(self, index: int, block: Block) -> None:
        """Find the block's quotes and their speakers."""
        self.resolver.new_paragraph()
        self.reported = None
        if block.heading is not None:
            self.digest_speaker = self._digest_speaker(block.heading)
        para_speaker: str | None = None
        block_found: list[_Found] = []
        pos = 0
        nxt = next((b for b in self.blocks[index + 1 : index + 3] if b.kind != "heading"), None)
        self.next_block = nxt
        runs_on = block.kind == "paragraph" and nxt is not None and nxt.kind == "paragraph" and nxt.text[:1] in '“"«„»'
        spans = find_spans(block.text, runs_on=runs_on)
        dashed = ""  # the rule that read the paragraph as a quote set off by a dash (`dash_quotes`)
        if not spans and block.kind == "paragraph" and dash_led(block.text):
            spans, dashed = self._dash_spans(block)
        # (read only for a quote: most blocks have none; a story whose quotes have shown cues of another language
        # in two blocks is in that language, its blocks with no cue word too: "Schepen Griet Van der Straeten veegt
        # dat bezwaar van tafel: ‘…’")
        self.foreign = bool(spans) and (self.foreign_blocks >= 2 or cues.foreign(block.text))
        self.foreign_blocks += self.foreign
        in_chain = bool(self.chain) and block.kind == "paragraph" and bool(spans) and spans[0].opens_block
        if not in_chain:
            self.chain = []
        for n, span in enumerate(spans):
            _note_people(self.resolver, self.registry, self.runs.get(id(block)), block.text, pos, span.start)
            pos = span.end
            continued = n == 0 and in_chain
            item = self._read_span(block, span, block_found, continued=continued)
            if item is None:
                continue
            if dashed:
                self._dash_found(item, dashed)
            block_found.append(item)
            self.found.append(item)
            if item.speaker:
                self.resolver.spoke(item.speaker)
                para_speaker = item.speaker
            if continued:
                self.chain.append(item)
            elif not span.closed and block.kind == "paragraph":
                self.chain = [item]
        if self.chain and self.chain[-1].speaker:  # a run-on quote attributed in its last paragraph
            for item in self.chain:
                if item.speaker is None:
                    item.speaker = self.chain[-1].speaker
                    item.rule = "quote/run-on-named-at-end"
        if block.kind == "paragraph":
            self._end_paragraph(index, block, pos, para_speaker)
        elif block.kind == "deck":  # the one a standfirst names is whom the story's first pronouns mean
            _note_people(self.resolver, self.registry, self.runs.get(id(block)), block.text, pos, len(block.text))
        self.prev_block = block

    def read_heading(self, block: Block) -> None:
        """A subheading that is a quote alone ("‘Nobody told me’"): the words of whoever the story quotes in them
        (`give_echoed_words`), else nothing, no term either ("‘A cheap fix’" over a paragraph of the reporter's)."""
        for span in find_spans(block.text):
            quote = block.text[span.start : span.end]
            found = _Found(span, quote, None, None, _kind(block, span, False, quote), block, "")
            self.echoes.append((Term(quote, block.kind, None, span.start, span.end), found))

    def _read_span(self, block: Block, span: QuoteSpan, block_found: list[_Found], *, continued: bool) -> _Found | None:
        """The quote of one span with its speaker, or None when the span is a term (then noted as one)."""
        quote = block.text[span.start : span.end]
        opener = _open_mark(block.text, span)
        closer = span.end if span.closed else len(block.text)
        foreign = attr = self._foreign_cue(block, opener, closer, block_found) if self.foreign else None
        attr = attr or _checked(find_attribution(block.text, opener, closer, quote), self.registry)
        if attr is None and block.kind in ("headline", "deck"):  # "Board president says the book '…'"
            attr = _checked(headline_role(block.text, opener, closer), self.registry)
        short = is_short(quote)
        attr, speaker = self._speaker(block, span, quote, short, attr, block_found, continued=continued)
        if (
            short
            and _named_thing(block.text, opener)
            and not (attr and _naming_verb(attr.cue))
            and not _cut_by_cue(quote, attr)
        ):
            attr, speaker = None, None  # a “nonnuclear deterrence package”: a term, whoever reports it
        found = _Found(span, quote, attr, speaker, _kind(block, span, continued, quote), block, self.rule)
        if self.explaining:
            from .classify.quote_rules import weigh

            weigh(self, found, foreign=foreign is not None and attr is foreign)
        if attr is None and speaker is None and (short or _title_like(quote)):
            term = Term(quote, block.kind, block.paragraph, span.start, span.end)
            self.terms.append(term)
            if block.kind in ("headline", "deck"):
                self.echoes.append((term, found))
            return None
        if (speaker is None or speaker[:1].islower() or (attr is not None and attr.cue == ":")) and block.kind in (
            "headline",
            "deck",
        ):
            # (a role left as a description, "Opposition leader calls decision 'a slow closure'", is whoever the
            # story quotes in the same words; so is the subject before a headline's colon, "Valley rises up: «...»",
            # where the story names who said them)
            self.echoes.append((None, found))
        return found

    def give_echoed_words(self) -> None:
        """A quote of the headline, standfirst or a subheading with no speaker, of a few words the story quotes
        again in a speaker's words, is that speaker's ("Jenkins boots Cwmderi into final as 'a day I will never
        forget' caps his season" / "“It was a day I will never forget,” the 22-year-old said."); a term so echoed is a
        quote."""
        # (only quotes of three words or more are looked for; the story's quotes are read only for those)
        echoed = [(term, item, key) for term, item in self.echoes if (key := _echo_key(item.text)).count(" ") >= 2]
        if not echoed:
            return
        said = [(_echo_key(f.text), f.speaker) for f in self.found if f.block.kind == "paragraph" and f.speaker]
        added = False
        for term, item, key in echoed:
            speaker = next((s for k, s in said if key in k), None)
            if speaker is None:
                continue
            item.speaker = speaker
            item.rule = "quote/echoed-in-story"
            if term is not None:
                if item.block.kind != "heading":
                    self.terms.remove(term)
                self.found.append(item)
                added = True
        if added:  # in reading order: by block, then by place in the block
            order = {id(b): k for k, b in enumerate(self.blocks)}
            self.found.sort(key=lambda f: (order[id(f.block)], f.span.start))

    def give_interview_title(self) -> None:
        """A headline that is a quote and nothing else, over an interview's standfirst ("‘We cannot pluck our way out
        of a wage dispute’" / "Plantation company CEO Dilshan Wickremaratne on the new daily wage, ..."): the words
        of the one person the standfirst names before "on" (or "talks", "reflects", ...), the interviewee."""
        for term, item in self.echoes:
            head = item.block
            if term is not None or item.speaker is not None or head.kind != "headline":
                continue
            if item.span.start > 1 or item.span.end < len(head.text.rstrip()) - 2:
                continue  # words of the headline outside the quote: the story's own framing of it
            deck = next((b for b in self.blocks if b.kind == "deck"), None)
            m = P.INTERVIEW_STANDFIRST.match(deck.text) if deck is not None and len(deck.text) <= 300 else None
            words = m.group("name").split() if m is not None else []
            # (the name past a title in capitals before it: "CEO Dilshan Wickremaratne")
            named = next((" ".join(words[k:]) for k in range(len(words) - 1) if is_name(" ".join(words[k:]))), None)
            if named is not None and self.registry.is_person(name := self.registry.resolve(named)):
                item.speaker = name
                item.rule = "quote/interview-title"
            elif deck is not None and len(deck.text) <= 400:
                item.speaker = self._deck_subject(deck)
                if item.speaker is not None:
                    item.rule = "quote/interview-title"

    def _deck_subject(self, deck: Block) -> str | None:
        """The one person an interview's standfirst names, in its first sentence, when it names no one else ("Ana
        Lind has run the plant through three droughts. She talks about ...", "After 31 years as the island's
        only GP, Dr Ana Lind is retiring."): whose words a headline that is a quote alone is."""
        first = deck.text.find(". ")
        named = [
            (at, name)
            for at, run in self.runs.get(id(deck)) or ()
            if " " in run and self.registry.is_person(name := self.registry.resolve(run), strict=False)
        ]
        if len({name for _at, name in named}) != 1 or (first >= 0 and named[0][0] > first):
            return None
        # the name opens the standfirst as its subject, after its title or an opening clause and a comma at most
        # ("Parents say the board ignored them, as chair Ana Lind defends it": a story's, not an interview's)
        words = deck.text[: named[0][0]].split()
        while words and words[-1].lower().rstrip(".") in TITLE_WORDS:
            words.pop()
        return (
            named[0][1] if not words or (words[-1].endswith(",") and sum(w.endswith(",") for w in words) == 1) else None
        )

    def _foreign_cue(self, block: Block, opener: int, closer: int, block_found: list[_Found]) -> Attribution | None:
        """The cue of another language around the quote: a pronoun, or a name the article knows or of two words."""
        found = cues.attribution(block.text, opener, closer)
        if found is None:
            return None
        mention = found.mention
        gender = L.FOREIGN_PERSON_NOUNS.get(found.role) if found.role else None
        if gender is not None:  # "ajoute la jeune femme", "dijo el joven": a person by sex or age, as a pronoun is
            self.foreign_step = "mention/person-described-other-language"
            gender = gender or _ARTICLE_GENDERS.get(mention.partition(" ")[0].lower(), "")
            named = self._opening_name(block, "she" if gender == "f" else "he", opener) if gender else None
            return Attribution(named, found.cue) if named else None
        if found.role:
            self.foreign_step = "mention/role-holder-other-language"
            named = self._role_holder(block, opener, found.role, mention)
            return Attribution(named, found.cue) if named else None
        if not mention:
            self.foreign_step = "mention/subject-left-out"
            from . import cue_steps

            named = (
                self._last_named_before(block, opener)
                or cue_steps.opening_description(block.text[:opener])
                # "El comité de huelga ha convocado otra protesta. En su comunicado, advierte de que «…»"
                or cue_steps.described_subject_before(block.text, opener)
                # "Según un hincha …, la llegada “cambia todo”. “Ahora sí peleamos arriba”, dijo.": the block's last
                # speaker
                or next((f.speaker for f in reversed(block_found) if f.speaker), None)
                or self.prev_para_speaker
                or self.resolver.unsaid_subject(self._named_before)
            )
            return Attribution(named, found.cue) if named else None
        self.foreign_step = ""  # the mention, read as any cue's (`Resolver.resolve`'s step)
        if found.described and mention.isalpha() and mention.islower():
            from . import cue_steps

            body = cue_steps.body_described(self, mention, block, opener)
            if body is not None:  # "El organismo afirmó que …", "Il parco ha risposto in una nota che …"
                self.foreign_step = "mention/body-described-other-language"
                return Attribution(body, found.cue)
        if mention.lower() in L.FOREIGN_PRONOUNS:
            from . import cue_steps

            body = cue_steps.body_of_pronoun(block.text, opener, mention)
            if body is not None:  # "La commission … . Dans sa notification, elle évoque « … »": the body
                self.foreign_step = "mention/body-by-gender-other-language"
                return Attribution(body, found.cue)
        if (
            found.described
            or mention.lower() in L.FOREIGN_PRONOUNS
            or " " in mention
            or self.registry.knows(self.registry.resolve(mention))
            or self.resolver.of_surname(mention) is not None  # a surname two people share
        ):
            return Attribution(mention, found.cue)
        from . import cue_steps

        named = cue_steps.holder_of_surname(self, block, mention)
        if named is not None:
            self.foreign_step = "mention/inner-surname-other-language"
            return Attribution(named, found.cue)
        return None

    def _last_named_before(self, block: Block, opener: int) -> str | None:
        """The last person named in the block before a quote whose cue has no subject ("«…», afirmó."): a
        name of two words or more that is no organisation's, nor what a word before it says it is of ("pedirá al
        ministro de Desarrollo Agrario que ... «…», escribió.": not the ministry)."""
        from . import cue_steps

        for pos, run in reversed(self.runs.get(id(block)) or []):
            name, kind = self.registry.resolve_kind(run)
            if pos < opener and " " not in name and (shared := self.registry.sharing(name)):
                # a surname two people share ("Quintana dice que ..." after Rosa Quintana and her son Hernán): the
                # one the story names most often, its subject
                name, kind = max(shared, key=lambda p: self.resolver.times_named.get(p, 0)), "person"
            if pos < opener and " " in name and kind in ("person", "name") and name[: name.find(" ")] not in _A_WORDS:
                if name[: name.find(" ")].lower() in _ARTICLE_WORDS:
                    continue  # a place or a body with its article, "agricultor del sector La Greda": no one's name
                words = block.text[max(0, pos - 30) : pos].split()
                if words[-1:] and words[-1] in cue_steps.link_words() and _SPOKESPERSON_NOUNS.isdisjoint(words[-3:]):
                    continue  # (a spokesperson's body is who speaks: "Un vocero de la Escuela Municipal ...")
                return name
        return None

    def _named_before(self, gender: str | None = None) -> str | None:
        """The first name of two words or more the block before printed outside its quotes as a subject may be
        (not after a preposition, "the mayor of Borgo Valtrenta"; not a place or body opening with an article, nor
        an article alone, "La presidenta"), of this gender or of none known: given names of other languages are
        seldom known to be people's ("De regreso en La Cañada, Xochipa guarda la cuerda.": Xochipa)."""
        return self._first_named(self.prev_block, None, gender) if self.prev_block is not None else None

    def _first_named(self, block: Block, upto: int | None, gender: str | None) -> str | None:
        """`_named_before` of `block`, of its words before `upto` when given (a line in capitals, a dateline's
        place, is none)."""
        from . import cue_steps

        runs = self.runs.get(id(block))
        if not runs:
            return None
        text = block.text
        spans = find_spans(text) if has_quote_mark(text) else []
        for start, run in runs:
            if upto is not None and (start >= upto or run.isupper()):
                if start >= upto:
                    break
                continue
            if run.lower() in _ARTICLE_WORDS or any(s.start <= start < s.end for s in spans):
                continue
            name, kind = self.registry.resolve_kind(run)
            if kind not in ("person", "name") or " " not in name or name.split(" ", 1)[0].lower() in _ARTICLE_WORDS:
                continue
            if text[max(0, start - 12) : start].rstrip().rpartition(" ")[2] in cue_steps.link_words():
                continue  # "el alcalde de Name": what a role is of
            if gender is None or self.registry.gender(name) in (None, gender):
                return name
        return None

    def _role_holder(self, block: Block, opener: int, role: str, mention: str) -> str | None:
        """Who a description by a role after a cue of another language is ("«…», dijo el alcalde", "“…”, disse o
        administrador", "« … », estime l'élu", "'…', zei de burgemeester"): the person the story printed right after
        that role word ("El alcalde de Quilcamarca, Wilber Huamán"), else the first person the quote's paragraph
        named before it, else the first the paragraph before named, of the article's gender where it has one, unless
        the story gave that one another role: then the unnamed person the description is ("directeur")."""
        named = self._named_after_role(block, opener, role)
        if named is not None:
            return named
        if role in _SPOKESPERSON_NOUNS:  # "so der Sprecher" after "Ein Sprecher der Flughafengesellschaft …"
            from . import cue_steps

            prev = self.prev_block.text if self.prev_block is not None else ""
            body = cue_steps.spokesperson_body(block.text[:opener]) or cue_steps.spokesperson_body(prev)
            if body is not None:
                return body
        gender = _ARTICLE_GENDERS.get(mention.partition(" ")[0].lower())
        named = self._first_named(block, opener, gender) or self._named_before(gender)
        if named is None and gender is not None and (self._first_named(block, opener, None) or self._named_before()):
            return None  # someone of the other gender named near: an article's gender may not be its holder's
        if named is None or self._holds_other_role(named, role):
            # an unnamed person, the description without its article: "le directeur" -> "directeur"; and where the
            # story names no one near: "contó la vecina que filmó la escena" -> "vecina que filmó la escena"
            return mention[2:] if mention[:2].lower() in ("l'", "l’") else mention.partition(" ")[2]
        return named

    def _holds_other_role(self, name: str, role: str) -> bool:
        """The story gave `name` a role other than `role` (an age is anyone's): a title the registry knows printed
        right before the name ("Wethouder Anouk de Wit"), or a role word alone in apposition to it ("Le maire,
        Paul Girard,")."""
        if role[:1].isdigit():
            return False
        titles: set[str] = next((e.titles for e in self.registry.entities.values() if e.name == name), set())
        articles = "|".join(sorted(_ARTICLE_WORDS))
        before = regex.compile(
            # (not a place or body the role is of: "El gobernador de la provincia, Name," is no "provincia")
            r"(?:(?i:(?<![\p{L}])(?<!(?:de|del|da|do|di|du|des|der|van|von|of)[ ])(?:"
            + articles
            + r"))[ ](?P<app>\p{Ll}++),|(?<![\p{L}])(?P<title>\p{L}++))[ ]"
            + regex.escape(name)
        )
        for other in self.blocks:
            for m in before.finditer(other.text) if name in other.text else ():
                given = str(m.group("app") or m.group("title")).lower()
                if m.group("app") and other.text[m.end() : m.end() + 1] != ",":
                    continue  # no apposition closed after the name: "Devant la caisse, Josiane Ferrandier rend …"
                if m.group("app") or given in titles:  # (or one the same: "el conductor, Name," ... "el chofer")
                    return given != role and given not in L.ROLE_SYNONYMS.get(role, ())
        return False

    def _named_after_role(self, block: Block, opener: int, role: str) -> str | None:
        """The person named last before the quote right after `role` (its words of what it is of between, no
        sentence's end): "burgemeester Koen Veldkamp", "El director provincial de Huambo, Felisberto Sapalo"."""
        word = _role_word(role)
        found = None
        for other in self.blocks:
            text = other.text[:opener] if other is block else other.text
            ends = [m.end() for m in word.finditer(text)]
            for start, run in self.runs.get(id(other)) or () if ends else ():
                at = bisect_left(ends, start) - 1
                if at < 0 or start - ends[at] > 60 or start >= len(text) or _SENTENCE_END.search(text, ends[at], start):
                    continue
                if text[start - 1 : start] == "(":
                    continue  # a party or a portfolio in brackets after the name: "wethouder Ria Smit (Groen)"
                if _other_clause_between(text[ends[at] : start]):
                    continue  # "L'entraîneur a défendu son groupe, son frère Mathieu": the role is another's
                name, kind = self.registry.resolve_kind(run)
                if kind in ("person", "name") and " " in name and name.split(" ", 1)[0].lower() not in _ARTICLE_WORDS:
                    found = name
            if other is block:
                break
        return found

    def _opening_name(self, block: Block, pronoun: str, opener: int) -> str | None:
        """Who a pronoun of another language is: the name opening its paragraph, of any gender or the
        pronoun's ("Ute Schwarzkopf fährt … „…“, sagt sie."; given names of other languages are seldom
        in the lexicon, so a name not known to be a person's counts), else the last such name of two words before
        the quote ("Sur le quai, Odile Marchal guettait le car. « … », soupire-t-elle."), else, after a paragraph
        that quoted no one, the first such name it gave ("L'infirmière Aminata Diallo s'inquiète." / "« … »
        demande-t-elle."), else as "he" or "she" in English."""
        runs = self.runs.get(id(block))
        gender = "f" if pronoun == "she" else "m"
        # (an unnamed source opening the paragraph, "Une voisine du chantier était venue. « … », a-t-elle confié.",
        # is who the pronoun is when the paragraph names no one before the quote)
        from . import cue_steps

        described = cue_steps.opening_description(block.text[:opener])
        if runs and runs[0][0] == 0 and described is None and not _place_or_article(runs[0][1]):
            name = self.registry.resolve(runs[0][1])
            if self.registry.kind(name) in ("person", "name") and self.registry.gender(name) in (None, gender):
                return name
        named = self._last_named_before(block, opener)
        if named is not None and self.registry.gender(named) in (None, gender):
            return named
        if named is None and described is not None:
            return described
        before = self._named_before(gender) if self.prev_para_speaker is None else None
        return before or self.resolver.resolve(pronoun)

    def _note_reported(self, block: Block, opener: int, mention: str) -> None:
        """Tell the resolver whom the paragraph reports as speaking before the quote, for a pronoun ("The key, says
        Buser, is … “…,” he says") or a document ("In a statement, the company said … “…,” the statement said")."""
        pronoun = mention.lower() in _PERSONAL_PRONOUNS
        if not pronoun and not self.resolver.names_document(mention):
            return
        if self.reported is None:
            self.reported = ReportedSpeech(block.text)
        speakers, described = self.reported.before(opener)
        if pronoun:
            self.resolver.note_reported(speakers, described)
        else:
            self.resolver.note_issuers(speakers)

    def _speaker(
        self,
        block: Block,
        span: QuoteSpan,
        quote: str,
        short: bool,
        attr: Attribution | None,
        block_found: list[_Found],
        *,
        continued: bool,
    ) -> tuple[Attribution | None, str | None]:
        """The attribution and speaker of a quote (`short`: of SHORT words or fewer), from its own cue or from the
        quotes around it."""
        last = block_found[-1] if block_found else None
        opener = _open_mark(block.text, span)
        if attr is not None and last is not None and last.speaker and last.attribution == attr:
            # “…,” he told Cook. “…”: the words between the quotes attribute both; "he" is who
            # spoke the first, not the person named since
            self.rule = "quote/cue-between-quotes"
            return attr, last.speaker
        if attr is not None and attr.mention.lower() in L.FOREIGN_PRONOUNS:
            self.rule = "quote/cue-pronoun-other-language"
            return attr, self._opening_name(block, L.FOREIGN_PRONOUNS[attr.mention.lower()], opener)
        if attr is not None:
            self._note_reported(block, opener, attr.mention)
            spokes = "spokes" in attr.mention and self._spoken_for_before(block.text, opener, attr)
            self.rule = "quote/cue-spokesperson-for" if spokes else "quote/cue"
            return attr, spokes or self.resolver.resolve(attr.mention)
        whole = _whole_sentence(block.text, opener, quote) or (self.foreign and _ends_sentence(block.text, span, quote))
        if last is not None and last.speaker and (not short or whole):
            # “…,” she said. “…”
            self.rule = "quote/speaker-of-quote-before"
            return Attribution(last.attribution.mention if last.attribution else "", ""), last.speaker
        if continued:
            self.rule = "quote/run-on"
            return None, self.chain[0].speaker
        if block.kind == "paragraph" and _standalone(block.text, span):
            alone = self._alone()
            if alone is not None:
                return alone
        if block.kind == "paragraph" and self.digest_speaker and _topic_label_before(block.text, opener):
            # "What Marsh said" / "On the defeat: “…”": a label of what the quote is about, under a subheading
            # naming who is quoted
            self.rule = "quote/subheading-names-speaker"
            return Attribution(self.digest_speaker, ":"), self.digest_speaker
        went_on = self._went_on(quote) if block.kind == "paragraph" and _standalone(block.text, span) else None
        if went_on:
            self.rule = "quote/goes-on-from-before"
            return None, went_on
        if block.kind == "paragraph" and not short:
            # "Early says ... . “Our objective …”" (the speaker is named in the paragraph's opening)
            earlier = indirect_speaker(block.text[: min(opener, 400)])
            if earlier is not None:
                self.rule = "quote/reported-before"
                return earlier, self._reported_speaker(earlier, quote)
            actor = self._actor_before(block, opener) if whole else None
            if actor is not None:
                self.rule = "quote/subject-of-sentence-before"
                return Attribution(actor, ""), actor
        self.rule = "quote/no-speaker"
        return None, None

    def _spoken_for_before(self, text: str, opener: int, attr: Attribution | None) -> str | None:
        """For "the spokesperson said", the body the paragraph's unnamed spokesperson spoke for, before the quote
        ("A spokesperson for the Petty Traders Union said the union would write ... “…,” the spokesperson said");
        else None."""
        if attr is None or attr.mention.lower() not in _THE_SPOKESPERSON:
            return None
        earlier = indirect_speaker(text[:opener])
        if earlier is None or SPOKESPERSON_NOUNS.isdisjoint(earlier.mention.lower().split()):
            return None
        return self.resolver.resolve(earlier.mention)

    def _reported_speaker(self, earlier: Attribution, quote: str) -> str | None:
        """The speaker of the paragraph's reported speech before a quote with no cue: its subject, but for a group
        in apposition when the quote speaks in the first person singular ("Ana Lund, director of the Harbour
        Network, a group that ..., said ... “I could only ...”": one person's words, the person named first)."""
        said = self.resolver.resolve(earlier.mention)
        named = self.resolver.paragraph_named
        if said and named and _a_body(self.registry, said) and _FIRST_PERSON.search(quote):
            return named[0]
        return said

    def _actor_before(self, block: Block, opener: int) -> str | None:
        """The person who opens the sentence right before a quote that has no cue, in the same paragraph: "Ruth
        Calder packs the irons into a crate. “We come back in April.”" (hers); else None."""
        text = block.text
        end = len(text[:opener].rstrip())
        if end == 0 or text[end - 1] not in ".!?":
            return None
        start = sentence_start(text, end - 1)
        if not _MESSAGE_WORDS.isdisjoint(text[start:end].lower().split()):
            return None  # "… his phone buzzed with a text from his son. “Dad, come home.”": the message's words
        run = next((r for at, r in self.runs.get(id(block)) or () if at == start), None)
        name = self.registry.resolve(run) if run is not None else None
        return name if name is not None and self.registry.is_person(name) else None

    def _digest_speaker(self, heading: str) -> str | None:
        """The person a subheading names as the one quoted under it ("What Ellen Marsh said", "What Marsh
        said"), else None (a role, "What the manager said", is resolved as any description is, and is often left
        as the role)."""
        m = _DIGEST_HEADING.match(heading) if rx.fold(heading[:4]) == "what" else None  # (its first word)
        if m is None or m.group("who").lower() in _ALL_PRONOUNS:  # "What they said": several people, unnamed
            return None
        who = self.resolver.resolve(m.group("who"))
        return who if who and self.registry.is_person(who, strict=False) else None

    def _alone(self) -> tuple[Attribution | None, str] | None:
        """The attribution and speaker of a paragraph that is all quote, named around it, or None: a source line
        after it ("— Desmond Pryce, MP for St Elizabeth, at a rally"), or the paragraph after naming whose words
        they were ("That was the critic Ana Lund's verdict ...")."""
        source = _source_line(self.next_block)
        if source is not None:
            self.rule = "quote/source-line-after"
            return Attribution(source, "—"), self.registry.resolve(source)
        named = _named_after(self.registry, self.next_block)
        self.rule = "quote/named-in-paragraph-after"
        return (None, named) if named is not None else None

    def _dash_spans(self, block: Block) -> tuple[list[QuoteSpan], str]:
        """The quote of a paragraph set off by a dash (`dash_quotes.dash_span`) and the rule that read it, else none."""
        found = dash_span(block.text, cued_before=self.dash_cued)
        if found is None:
            return [], ""
        self.dash_cued = self.dash_cued or found[1]
        return [found[0]], "quote/dash-led" if found[1] else "quote/dash-led-goes-on"

    def _dash_found(self, item: _Found, rule: str) -> None:
        """A quote set off by a dash takes its rule; with no cue and no speaker read from the paragraphs around it,
        it is the speaker a pronoun of another language opening the paragraph before is ("Hun tror, at ..." / "– Vi
        regner med ..."): the last of that gender."""
        item.rule = rule
        if item.speaker is None and rule == "quote/dash-led-goes-on":
            prev = self.prev_block.text if self.prev_block is not None else ""
            pronoun = L.FOREIGN_PRONOUNS.get(prev.partition(" ")[0].lower())
            item.speaker = self.resolver.resolve(pronoun) if pronoun is not None else None

    def _went_on(self, quote: str) -> str | None:
        """The speaker a paragraph that is all quote goes on from: the last speaker, or the person the paragraph
        before is about ("Hori Parata at his farm, where he was born." / "“We feel …”")."""
        went_on = self.prev_para_speaker or self.resolver.previous_subject
        if went_on and _a_body(self.registry, went_on) and _FIRST_PERSON.search(quote):
            # "Acme says it moved 200 tonnes." / "“I was not brave. I was bored.”": one person's words, not the
            # company's: the person the paragraph before is about, else the one named last
            went_on = self.resolver.previous_subject or self.resolver.last_person
        return went_on

    def _end_paragraph(self, index: int, block: Block, pos: int, para_speaker: str | None) -> None:
        """Note who the paragraph names after its last quote and whom it reports as speaking."""
        runs = self.runs.get(id(block))
        _note_people(self.resolver, self.registry, runs, block.text, pos, len(block.text))
        asked = _interviewee(self.registry, runs, block.text) if para_speaker is None else None
        if asked is not None:  # "We asked Almeida about the season." / the answers, all quote: his
            self.resolver.previous_subject_from(partial(str, asked))
            self.prev_para_speaker = None
            return
        framed = colon_frame_subject(block.text) if para_speaker is None and block.text[-1:] == ":" else None
        if framed is not None and index + 1 < len(self.has_quote) and self.has_quote[index + 1]:
            # "Lindqvist is more cautious:" / "“A course takes six months ...”": the quote below is the framed one's
            self.prev_para_speaker = self.resolver.resolve(framed)
            self.resolver.previous_subject_from(partial(str, self.prev_para_speaker))
            return
        subject = partial(_subject_named_or_described, self.resolver, runs, block.text)
        if para_speaker is None and any(self.has_quote[index + 1 : index + 4]):
            # who a paragraph reports as speaking matters only to the quotes that follow it; a pronoun
            # after it is that speaker, not the paragraph's subject ("Vale denies the charge. His
            # barrister, Colin Pryce, told the court …" / "“…,” he said.": Colin Pryce)
            indirect = indirect_speaker(block.text, last=True)
            if indirect is not None:
                self.resolver.previous_subject_from(subject)  # as the mention's own paragraph reads it
                para_speaker = self.resolver.resolve(indirect.mention)
                self.resolver.spoke(para_speaker)
            asker = para_speaker if indirect is not None and indirect.cue in _ASKING else _asked_by(self, block.text)
            if asker is not None:
                # "Lee asks what a normal week looks like." / "Asked by Lee whether ..., the singer goes quiet.":
                # the quote alone after it is the answer, not the asker's: the person the story is about
                self.resolver.previous_subject_from(partial(_answerer, self.resolver, asker))
                self.prev_para_speaker = None
                return
        # a paragraph whose quotes have no speaker still has a subject ("Boudreau gave his players a
        # pep talk, telling them to “believe in yourselves”.")
        self.resolver.previous_subject_from(None if para_speaker else subject)
        self.prev_para_speaker = para_speaker


_ASKING = frozenset(("asks", "asked", "ask"))
_ASKED_BY = rx.compile(r"(?<![\p{L}])[Aa]sked[ ]by[ ](?P<name>\p{Lu}[\p{L}'’\-]++(?:[ ]\p{Lu}[\p{L}'’\-]++)*)")


def _asked_by(reader: _Reader, text: str) -> str | None:
    """The person a paragraph says put a question ("Asked by Lee whether ..."), else None."""
    found = _ASKED_BY.search(text) if "sked by " in text else None
    name = reader.registry.resolve(found.group("name")) if found is not None else None
    return name if name is not None and reader.registry.is_person(name, strict=False) else None


def _answerer(resolver: Resolver, asker: str) -> str | None:
    """Who answers a question the paragraph before says someone put: the story's subject, unless it is the asker."""
    subject = resolver.profile_subject()
    return subject if subject != asker else None


_ECHO_WORDS = rx.compile(r"[\p{L}\p{N}]++")


def _echo_key(text: str) -> str:
    """A quote's words in lower case, one space between, for finding them again inside another quote."""
    return " ".join(_ECHO_WORDS.findall(text.casefold()))


def _checked(attr: Attribution | None, registry: Registry) -> Attribution | None:
    """The attribution, unless it is a colon after a sentence whose one-word subject names nobody the
    article knows ("Regardless of the figures, the advice is good: “…”")."""
    if attr is None or attr.cue != ":" or " " in attr.mention or attr.mention.lower() in _ALL_PRONOUNS:
        return attr
    return attr if registry.knows(registry.resolve(attr.mention)) else None


def _open_mark(text: str, span: QuoteSpan) -> int:
    i = span.start - 1
    while i > 0 and text[i - 1] == text[i] and text[i] in "‘’'":
        i -= 1
    if text[i] == " ":
        j = i
        while j > 0 and text[j] == " ":
            j -= 1
        if text[j] in "«»":  # « Oui »: the mark stands before the inner space
            i = j
    return max(i, 0)


def _opening_person(registry: Registry, runs: list[tuple[int, str]] | None, text: str = "") -> str | None:
    """The person a paragraph opens with, as the subject of its first sentence
    ("Senate Minority Leader Mitch McConnell, R-Ky., praised the outcome." -> Mitch McConnell);
    else the first person its last sentence names ("Barely a week ago, Parise had scored once.
    Wild defenseman Ryan Suter could see the frustration." -> Ryan Suter)."""
    if not runs:
        return None
    if runs[0][0] == 0 and " " not in runs[0][1]:
        # a surname two people share ("Kessler now charges for walks."): the first of them named, whom a pronoun
        # after it may trade for the other by gender (`Resolver._previous_subject_of`)
        kin = registry.sharing(runs[0][1])
        if kin:
            return kin[0]
    if runs[0][0] == 0 and _a_person_opening(registry, runs[0][1], text):
        return registry.resolve(runs[0][1])
    first = runs[1] if runs[0][0] == 0 and " " not in runs[0][1] and len(runs) > 1 else runs[0]  # past "The"
    if (
        0 < first[0] <= 80
        and " " in first[1]
        and first[1].split(" ", 1)[0].lower() not in _ARTICLE_WORDS  # "De regreso en La Cañada, ...": a place
        and text[: first[0]].split()[-1] not in _LINK_WORDS  # "Il sindaco di Borgo Valtrenta": what the role is of
        and _role_opening(text[: first[0]])
    ):
        # a role in lower case opens the paragraph, the name after it: "The director, Gabriel Thiessen, calls ...",
        # "La doctora Leticia Arámburo Solís, hidrogeóloga, ha medido ..."
        name = registry.resolve(first[1])
        if registry.is_person(name, strict=False):
            return name
    last = sentence_start(text, len(text.rstrip()) - 1) if text else len(text)
    for start, run in runs:
        if start >= last:
            name = registry.resolve(run)
            if registry.is_person(name):
                return name
    return None


# An article and a role in lower case, then the name that opens a paragraph's first run ("The director, ",
# "The council's director of services, ", "La doctora ", "Il sindaco ")
_ARTICLE_WORDS = frozenset((*L.FOREIGN_ARTICLES, "the"))
_LINK_WORDS = frozenset((*L.ROLE_LINK_WORDS, *L.FOREIGN_OF, *L.FOREIGN_PLACE_PREPOSITIONS, "from", "with"))


_PLACE_WORDS = frozenset(L.FOREIGN_PLACE_PREPOSITIONS)


def _place_or_article(run: str) -> bool:
    """A run of capitals opening a paragraph that is no one's name: a place after its preposition ("À Aït Lmarj,
    Hassan Ouchen montre ...", "Na Baixa, ...") or an article alone ("La mairesse de ..., Name, ...")."""
    first = run.partition(" ")[0].lower()
    return first in _PLACE_WORDS or run.lower() in _ARTICLE_WORDS


_A_WORDS = frozenset(w.capitalize() for w in L.FOREIGN_INDEFINITE_ARTICLES)  # "Ein Anrainer" is no name
_OPENING_ARTICLES = frozenset(a.capitalize() for a in (*L.FOREIGN_ARTICLES, "the") if len(a) > 1)
_SPOKESPERSON_NOUNS = frozenset(L.FOREIGN_SPOKESPERSON_NOUNS)
_ARTICLE_GENDERS = L.FOREIGN_ARTICLE_GENDERS
_SENTENCE_END = rx.compile(r"[.!?;]")


def _role_opening(words: str) -> bool:
    """The words before a paragraph's first name are an article and a role in lower case, a comma after it or not
    ("The director, ", "The council's director of services, ", "La doctora ", "Il sindaco ")."""
    split = words.split(" ")
    if not (3 <= len(split) <= 10 and split[-1] == "" and split[0] in _OPENING_ARTICLES):
        return False
    role = split[1:-1]
    role[-1] = role[-1].removesuffix(",")  # (a comma after the role's last word only)
    return all(w[:1].islower() and w.replace("'", "").replace("’", "").replace("-", "").isalpha() for w in role)


# "the singer", "The founder": a profile's noun after the article (the literal "he " is what the scan looks for)
_PROFILE_NOUN = rx.compile(r"(?<![\p{L}])[Tt]he[ ](?:\L<nouns>)(?![\p{L}])", nouns=phrase_list(L.PROFILE_SUBJECT_NOUNS))
# (the first run of letters a-z of each noun, in lower case as the pattern reads it: a paragraph holding none of them
# as a run of its own, a space before it and no letter a-z after it, is spared the pattern's scan)
_PROFILE_NOUN_RUNS = first_runs(L.PROFILE_SUBJECT_NOUNS)


def _a_body(registry: Registry, name: str) -> bool:
    """An organisation the article names, a word alone it never names a person by ("Lasowa says ..."), or a body
    described and not named ("association of 4,000 households")."""
    kind = registry.kind(name)
    if kind is not None:
        return kind == "org"
    if " " not in name:
        return not registry.sharing(name)
    return name[:1].islower() and name.split(None, 1)[0] in ORG_WORDS


def _subject_named_or_described(resolver: Resolver, runs: list[tuple[int, str]] | None, text: str) -> str | None:
    """`_opening_person`, else, for a paragraph that names no one but calls someone by a profile's noun ("At dusk
    the singer walks down to the jetty."), the person the story is about."""
    found = _opening_person(resolver.registry, runs, text)
    if (
        found is None
        and "he " in text
        and not _PROFILE_NOUN_RUNS.isdisjoint(ascii_lower_runs(text).split())
        and _PROFILE_NOUN.search(text) is not None
    ):
        return resolver.profile_subject()
    return found


# The writer introducing an interview: "We asked Name about ...", "I spoke to Name", "We put our questions to Name"
_ASKED_BY_THE_WRITER = rx.compile(
    r"^(?:We|I)[ ]++(?:asked|spoke[ ]++to|talked[ ]++to|put[ ]++(?:our|my|these)[ ]++questions[ ]++to)[ ]++(?=\p{Lu})"
)


def _interviewee(registry: Registry, runs: list[tuple[int, str]] | None, text: str) -> str | None:
    """The person the writer says they asked, at the opening of an interview's introduction (the answers that
    follow, quotes alone, are theirs: not the last speaker's, as "we" would make them), else None."""
    if not runs or not text.startswith(("We ", "I ")):
        return None
    asked = _ASKED_BY_THE_WRITER.match(text)
    run = next((r for at, r in runs if asked is not None and at == asked.end()), None)
    name = registry.resolve(run) if run is not None else None
    return name if name is not None and registry.is_person(name, strict=False) else None


# After a name opening a paragraph, what only a person has: a relative "who" or an age ("Saoirse Lindqvist, who
# joined last year, ...", "Ferreira, 23, was ...").
_PERSON_APPOSITION = rx.compile(r",[ ]++(?:who[ ]|\d{1,3},)")


def _a_person_opening(registry: Registry, run: str, text: str) -> bool:
    """The name opening a paragraph is a person's: known to be one, or a name followed by "who" or an age, or
    a release's label over a quote ("Anika Lunde, Minister of Forests and Lands –")."""
    name = registry.resolve(run)
    if registry.is_person(name):
        return True
    if not registry.is_person(name, strict=False):
        return False
    return _PERSON_APPOSITION.match(text, len(run)) is not None or (
        len(text) <= 120 and text[-2:] in P.SPACED_DASH_ENDS
    )


def _note_people(
    resolver: Resolver, registry: Registry, runs: list[tuple[int, str]] | None, text: str, lo: int, hi: int
) -> None:
    """Note the people named in text[lo:hi], in order (from the block's runs when known)."""
    if runs is None:
        runs = []
        for m in NAME_RUN.finditer(text, lo):
            if m.start() >= hi:
                break
            runs.append((m.start(), m.group(0)))
    else:  # runs are in text order: bisect keeps many quotes in one paragraph linear
        runs = runs[bisect_left(runs, (lo, "")) : bisect_left(runs, (hi, ""))]
    # (on a page naming a body as an owner, "Harbour Ferries Ltd's new boat", the body is noted first)
    for _start, run in _noting_owners(resolver, registry, runs) if registry.owners else runs:
        name, kind = registry.resolve_kind(run)
        if kind == "person" or kind == "name":
            resolver.note_person(name, confident=kind == "person", printed=run)
        elif kind == "org":
            resolver.note_org(name)
        elif " " in run:  # a name the registry holds no view of ("Harwick City"): who "the club" may be
            resolver.note_unregistered(run[4:] if run.startswith("The ") else run)


def _noting_owners(resolver: Resolver, registry: Registry, runs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The runs, once the organisations they name only as owners are noted ("the Space Research Centre's probe")."""
    for owner in [registry.owners[run] for _start, run in runs if run in registry.owners]:
        if registry.resolve_kind(owner)[1] == "org":
            resolver.note_org(registry.resolve(owner))
    return runs


_DETERMINER_BEFORE = rx.compile(
    r"(?<![\p{L}])(?:"
    + P.alternation((*L.ARTICLES_AND_POSSESSIVES, *L.DEMONSTRATIVES, "so-called", "dubbed", "called"))
    + r")[ ]*+$",
    regex.IGNORECASE,
)
_AS_BEFORE = rx.compile(
    r"(?<![\p{L}])as[ ]++(?:" + P.alternation(L.ARTICLES_AND_POSSESSIVES) + r")?[ ]*+$", regex.IGNORECASE
)
_NAMING = rx.compile(r"^(?:call|dub|describ|label|term|brand|nam|eulog|deem)", regex.IGNORECASE)


def is_short(quote: str) -> bool:
    """The quote has SHORT words or fewer (`P.words`). Most quotes are longer, which the words of their first
    characters tell without reading the rest (a word cut where they end is still one word)."""
    return len(P.words(quote[:_SHORT_PREFIX])) <= SHORT and len(P.words(quote)) <= SHORT


_SHORT_PREFIX = 60  # characters: more than SHORT words of most quotes that have more


def _named_thing(text: str, opener: int) -> bool:
    """The quoted words follow an article or possessive: a name for a thing, not speech."""
    before = text[max(0, opener - 20) : opener]
    return bool(_DETERMINER_BEFORE.search(before)) and not _AS_BEFORE.search(before)


def _cut_by_cue(quote: str, attr: Attribution | None) -> bool:
    """The quote's sentence goes on after it to say who spoke (“…,” she said): speech, not a name."""
    return attr is not None and quote.rstrip()[-1:] == ","


def _naming_verb(cue: str) -> bool:
    return bool(_NAMING.match(cue))


# the line under a quote set alone that names its source: "— Desmond Pryce, MP for St Elizabeth, May 4"
_SOURCE_LINE = rx.compile(r"^[—–-]\s*+(?P<name>(?-i:\p{Lu})[\p{L}.'’\- ]{2,40}?)\s*+(?:,|\(|$)")


def _source_line(block: Block | None) -> str | None:
    """The person a line opening with a dash names as the source of the quote above it (a claim in a fact
    check's box, an epigraph, a reader's words), or None."""
    if block is None or block.kind != "paragraph" or block.text[:1] not in "—–-" or len(block.text) > 200:
        return None
    m = _SOURCE_LINE.match(block.text)
    return m.group("name").strip() if m is not None and is_name(m.group("name").strip()) else None


# The paragraph after a quote alone naming whose words they were: "That was the critic Ana Lund's verdict", "That
# is how Ana Lund puts it", "Those were the words of Ana Lund"
_NAMED_AFTER = rx.compile(
    r"^(?:That|This|Those|These)(?:[ ](?:was|is|were|are)|['’]s)[ ](?:how[ ]|the[ ]words[ ]of[ ])?"
    r"(?:the[ ](?:[\p{Ll}\-]++[ ]){1,2})?"  # a role before the name: "the critic", "the food writer"
    r"(?P<name>\p{Lu}[\p{L}\-]++(?:[ ]\p{Lu}[\p{L}\-]++){0,3}?)(?:['’]s[ ]|[ ]\p{Ll}|[.,])"
)


def _named_after(registry: Registry, block: Block | None) -> str | None:
    """The person the paragraph after a quote alone names as its speaker ("That was the critic Ana Lund's
    verdict"), else None."""
    if block is None or block.kind != "paragraph" or not block.text.startswith(("That", "This", "Those", "These")):
        return None
    m = _NAMED_AFTER.match(block.text)
    name = registry.resolve(m.group("name")) if m is not None else None
    return name if name is not None and registry.is_person(name, strict=False) else None


# Words of a written message or a document: a quote after a sentence naming one is its words, not the sentence's
# subject's ("Ann Roe still keeps the council's reply in a drawer. “We regret …”")
_MESSAGE_WORDS = frozenset((*L.STATEMENT_NOUNS, *L.MESSAGE_NOUNS))
# A subheading over a digest of someone's words: "What Marsh said", "What the manager said after the game"
_DIGEST_HEADING = rx.compile(
    r"(?i:what)[ ]++(?P<who>(?:the[ ]++)?\p{L}[\p{L}'’.\-]*+(?:[ ]++\p{Lu}[\p{L}'’.\-]*+){0,3})[ ]++"
    r"(?i:said|says|told|had[ ]++to[ ]++say)(?![\p{L}])"
)
# A label of what the quote after it is about: "On the defeat: “…”", "On the injury to Tom Okafor: “…”"
_TOPIC_LABEL = rx.compile(r"On[ ]++[^“”\"«»:.!?]{1,80}:[ ]*+$")


def _topic_label_before(text: str, opener: int) -> bool:
    """The paragraph opens with a topic label right before the quote's opening mark."""
    return text.startswith("On ") and _TOPIC_LABEL.fullmatch(text, 0, opener) is not None


def _standalone(text: str, span: QuoteSpan) -> bool:
    """The quote is (nearly) the whole paragraph."""
    return span.end - span.start >= 0.6 * len(text.strip()) and span.opens_block


def _title_like(quote: str) -> bool:
    """ "Until Dawn: Rush of Blood", "Super Mario Run": a title, not speech."""
    words = [w for w in P.words(quote) if len(w) > 3]
    return (
        bool(words)
        and all(w[0].isupper() or w[0].isdigit() for w in words)
        and len(quote.split()) <= 8
        and not _PUNCT_END.search(quote)
    )


def _whole_sentence(text: str, opener: int, quote: str) -> bool:
    """A short quote that is a sentence of its own: “…,” he said. “Now we wait.”"""
    before = text[max(0, opener - 80) : opener].rstrip()  # a window: many quotes in a paragraph stay linear
    return quote[:1].isupper() and quote.rstrip()[-1:] in (".", "!", "?") and before.endswith((".", "!", "?"))


def _ends_sentence(text: str, span: QuoteSpan, quote: str) -> bool:
    """A short quote that is a sentence of its own, its full stop after the closing mark as Italian and
    Spanish print it: «…», ha detto Paolo Ricci. «Ci vorranno alcuni giorni»."""
    i = span.end
    while i < len(text) and text[i] in ' »«“”"’':
        i += 1
    return quote[:1].isupper() and text[i : i + 1] in (".", "!", "?")


def _kind(block: Block, span: QuoteSpan, continued: bool, quote: str) -> QuoteKind:
    if continued:
        return "continued"
    if block.kind != "paragraph":
        return "context"
    before = block.text[max(0, span.start - 80) : max(0, span.start - 1)].rstrip()
    starts_sentence = not before or before.endswith((":", ".", "?", "!", ",", "—", "–")) or span.opens_block
    return "full" if starts_sentence and quote[:1].isupper() else "partial"


def _other_clause_between(gap: str) -> bool:
    """Words between a role and a name say the name is not the role's holder: after a comma in them, words in lower
    case other than titles before the name begins ("L'entraîneur principal a défendu son groupe, son frère
    Mathieu"), where the holder's name follows the comma ("El director provincial de Huambo, Felisberto Sapalo", "Le
    maire, Dr Paul Girard", a name's run from its second word: "A vereadora das Pescas, Maria do Carmo Vasconcelos")."""
    if "," not in gap:
        return False
    for w in gap.rsplit(",", 1)[1].split():
        if not w[:1].islower():
            return False
        if w.rstrip(".") not in TITLE_WORDS:
            return True
    return False
