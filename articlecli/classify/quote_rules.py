"""Why a quote has its speaker, for `--explain`: the named steps of the quote reader (`speech._Reader._speaker`
and the passes after it) and of the mention resolver (`attribution.Resolver.resolve`), each with a page it
applies to (tests/test_quote_rules.py runs each), and what `explain.quotes` prints for one quote: its line, the
rule, the step that read the cue's mention, and the candidates weighed where there were several.

Nothing here runs unless `--explain` is asked for: the reader and the resolver only keep the name of the step
they took (a string constant), and this module weighs the candidates again from the resolver's state when the
quote is read."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..model import Record
from .quote_candidates import SURNAME_STEPS, listed, pronoun_candidates, surname_candidates

if TYPE_CHECKING:
    from ..speech import _Found, _Reader


class QuoteRule(Record):
    """A rule's example: a page (paragraphs apart), the quote it decides (words of it) and its speaker."""

    decides: str
    page: str
    quote: str
    speaker: str | None


_HEAD = "Harbour Council Votes to Close the Old Ferry Pier\n\nBy Jane Doe\n\n"

# What gave a quote its speaker: the first step of the reader that found one, or a pass after the reading.
QUOTE_RULES: dict[str, QuoteRule] = {
    "quote/cue": QuoteRule(
        "the quote's own cue names the speaker (the mention then read by a MENTION_RULES step)",
        _HEAD + "The pier will close in May.\n\n“We have run out of money for repairs,” said Ellen Marsh.\n",
        "run out of money",
        "Ellen Marsh",
    ),
    "quote/cue-other-language": QuoteRule(
        "a cue of another language names the speaker (`cues.attribution`): a name, or a role's holder",
        "Le maire ferme la jetée\n\nPar Jeanne Dupont\n\nLa jetée fermera en mai, selon la mairie.\n\n"
        "« Nous n'avons plus d'argent pour les réparations », a déclaré Paul Girard.\n",
        "plus d'argent",
        "Paul Girard",
    ),
    "quote/cue-pronoun-other-language": QuoteRule(
        "a pronoun of another language's cue: the name opening its paragraph, else as 'he' or 'she'",
        "Die Fähre fährt nicht mehr\n\nVon Jana Müller\n\nDie Fähre fährt ab Mai nicht mehr.\n\n"
        "Ute Schwarzkopf fährt seit zwanzig Jahren mit. „Das ist ein schwerer Schlag für uns“, sagt sie.\n",
        "schwerer Schlag",
        "Ute Schwarzkopf",
    ),
    "quote/cue-between-quotes": QuoteRule(
        "one cue between two quotes attributes both: the second is the first one's speaker's",
        _HEAD + "Ellen Marsh and Tom Reid spoke after the vote.\n\n"
        "“It was a hard choice,” she told Reid, “but the pier is no longer safe for anyone to walk on.”\n",
        "no longer safe",
        "Ellen Marsh",
    ),
    "quote/cue-spokesperson-for": QuoteRule(
        "'the spokesperson said' after a sentence naming the body an unnamed spokesperson speaks for",
        _HEAD + "A spokesperson for the Harbour Traders Union said the union would write to the council, "
        "adding: “Our members depend on the pier for their living,” the spokesperson said.\n",
        "depend on the pier",
        "Harbour Traders Union",
    ),
    "quote/speaker-of-quote-before": QuoteRule(
        "a whole sentence quoted after a quote of the same paragraph with a speaker: that speaker's",
        _HEAD + "“We have run out of money for repairs,” said Ellen Marsh. “The pier is no longer safe "
        "for the people who use it every day.”\n",
        "no longer safe",
        "Ellen Marsh",
    ),
    "quote/dash-led": QuoteRule(
        "a paragraph opening with a dash, a cue of another language closing its words ('– …, säger Name.', '—… "
        "—dijo Name.'): a quote set off by the dash, the cue's speaker (`dash_quotes`)",
        "Färjan slutar gå i maj\n\nAv Jana Berg\n\nFärjan till ön slutar gå i maj.\n\n"
        "– Vi har inte pengar till fler turer i år, säger hamnchefen Ellen Marsk.\n",
        "inte pengar",
        "Ellen Marsk",
    ),
    "quote/dash-led-goes-on": QuoteRule(
        "a paragraph opening with a dash and no cue, in a story that has set speech so before: a quote, its speaker "
        "read from the paragraphs around it",
        "Färjan slutar gå i maj\n\nAv Jana Berg\n\n"
        "– Vi har inte pengar till fler turer i år, säger hamnchefen Ellen Marsk.\n\n"
        "Tomas Rydh pendlar varje dag med färjan till fastlandet.\n\n"
        "– Nu måste jag köra runt sjön, två timmar åt varje håll.\n",
        "köra runt sjön",
        "Tomas Rydh",
    ),
    "quote/run-on": QuoteRule(
        "a quote running on from the paragraph before (its closing mark left out): the same speaker's",
        _HEAD + "“We have run out of money for repairs,” said Ellen Marsh. “The pier was built in 1902 "
        "and it has served the town well.\n\n“But nobody can walk on it safely now, and we cannot wait for "
        "another winter.”\n",
        "nobody can walk",
        "Ellen Marsh",
    ),
    "quote/run-on-named-at-end": QuoteRule(
        "a quote running on over paragraphs whose speaker is named only in its last paragraph",
        _HEAD + "The vote was close.\n\n“The pier was built in 1902 and it has served the town for more "
        "than a century.\n\n“But nobody can walk on it safely now,” said Ellen Marsh.\n",
        "built in 1902",
        "Ellen Marsh",
    ),
    "quote/source-line-after": QuoteRule(
        "a paragraph all quote, with a source line under it ('— Name, role')",
        _HEAD + "The council voted on Tuesday to close the old ferry pier after its own survey found the deck had "
        "rotted through.\n\n“The pier has served this town for a century and we owe it better than a fence and a "
        "padlock.”\n\n— Desmond Pryce, councillor for the Harbour ward\n\n"
        "The vote was seven to four, and the pier will close at the end of May while the council looks for money.\n",
        "served this town",
        "Desmond Pryce",
    ),
    "quote/named-in-paragraph-after": QuoteRule(
        "a paragraph all quote whose next paragraph says whose words they were",
        _HEAD + "The vote was close.\n\n“The pier has served this town for a century and we owe it better "
        "than this.”\n\nThat was the verdict of Desmond Pryce, the councillor for the Harbour ward.\n",
        "served this town",
        "Desmond Pryce",
    ),
    "quote/subheading-names-speaker": QuoteRule(
        "under a subheading naming who is quoted ('What Marsh said'), a topic label and a colon",
        "Harbour FC 0-2 Kestrel Town: Marsh says her side were second best\n\nBy Sports Desk\n\n"
        "Harbour FC fell to a second straight defeat on Saturday, and manager Ellen Marsh did not hide from it.\n\n"
        "What Marsh said\n\nOn the defeat: “We were second best for an hour. I won't hide from that.”\n\n"
        "On the cost: “We have run out of money for repairs to the old pier.”\n",
        "run out of money",
        "Ellen Marsh",
    ),
    "quote/goes-on-from-before": QuoteRule(
        "a paragraph all quote after a speaker's paragraph, or one about a person: theirs",
        _HEAD + "Ellen Marsh has led the council since 2019 and grew up beside the pier.\n\n"
        "“I learned to fish from the end of that pier when I was six years old.”\n",
        "learned to fish",
        "Ellen Marsh",
    ),
    "quote/reported-before": QuoteRule(
        "the paragraph reports someone as saying something before a quote with no cue of its own",
        _HEAD + "Ellen Marsh says the council had no choice. “We have run out of money for repairs to the old pier.”\n",
        "run out of money",
        "Ellen Marsh",
    ),
    "quote/subject-of-sentence-before": QuoteRule(
        "the person who opens the sentence right before a quote with no cue",
        _HEAD + "The pier will close in May.\n\nRuth Calder packs the fishing rods into a crate. “We will "
        "come back when the new pier opens.”\n",
        "come back",
        "Ruth Calder",
    ),
    "quote/echoed-in-story": QuoteRule(
        "words the headline or standfirst quotes with no speaker, quoted again by a speaker in the story",
        "Council leader calls pier closure 'a very sad day'\n\nBy Jane Doe\n\nThe pier will close in May.\n\n"
        "“It is a very sad day for the whole town,” said Ellen Marsh.\n",
        "a very sad day",
        "Ellen Marsh",
    ),
    "quote/interview-title": QuoteRule(
        "a headline all quote over an interview's standfirst: the words of the person it names before 'on'",
        "‘We cannot fish our way out of a closed pier’\n\n"
        "Harbour trader Ellen Marsh on the closure, the lost summer and what comes next\n\nBy Jane Doe\n\n"
        "Ellen Marsh has sold bait on the pier for twenty years.\n",
        "cannot fish",
        "Ellen Marsh",
    ),
    "quote/no-speaker": QuoteRule(
        "no step found a speaker",
        _HEAD + "The sign on the gate reads “Closed until further notice by order of the harbour master”.\n",
        "Closed until further notice",
        None,
    ),
}

# How the mention of a cue becomes a speaker (`Resolver.resolve`, and for a cue of another language with no name
# `speech._Reader._foreign_cue`, which keeps its `foreign_step`); the quote's rule is then "quote/cue" or
# "quote/cue-other-language".
MENTION_RULES: dict[str, QuoteRule] = {
    "mention/name": QuoteRule(
        "a name: the full name the story gave it",
        _HEAD + "Ellen Marsh leads the council.\n\n“We have run out of money,” Marsh said.\n",
        "run out of money",
        "Ellen Marsh",
    ),
    "mention/surname-named-last": QuoteRule(
        "a surname two people of the story share: the one named last with it, here or a paragraph before",
        _HEAD + "Anna Lee opened the meeting.\n\nHer son, Tom Lee, runs the bait shop on the pier.\n\n"
        "“We will lose the summer,” Lee said.\n",
        "lose the summer",
        "Tom Lee",
    ),
    "mention/title-and-shared-surname": QuoteRule(
        "a courtesy title and a surname two people share: the one of them named last the title fits",
        _HEAD + "Kylie Anstey and her sister, Renee Anstey, spoke at the meeting.\n\n"
        "“We grew up on that pier,” Ms Anstey said.\n",
        "grew up",
        "Renee Anstey",
    ),
    "mention/pronoun-person": QuoteRule(
        "'he' or 'she': the first person of that gender among those the paragraph reports or names, the "
        "one who opens the paragraph before, the last speaker, the last person named (`candidates`)",
        _HEAD + "Ellen Marsh and Tom Reid spoke after the vote.\n\n“It was a hard choice,” she said.\n",
        "hard choice",
        "Ellen Marsh",
    ),
    "mention/pronoun-it": QuoteRule(
        "'it': the last speaker if not a person, else the organisation named last",
        _HEAD + "The Harbour Authority disagreed with the vote.\n\n“The pier can be saved,” it said.\n",
        "can be saved",
        "Harbour Authority",
    ),
    "mention/pronoun-they": QuoteRule(
        "'they': an organisation that spoke last or was just named, else the last speaker or person",
        _HEAD + "The Harbour Council voted to wait.\n\n“The pier needs a full survey first,” they said.\n",
        "full survey",
        "Harbour Council",
    ),
    "mention/pronoun-another": QuoteRule(
        "'another': one more of the unnamed sources just quoted",
        _HEAD + "One trader said: “The summer is lost for all of us.”\n\nAnother said: “We will survive "
        "somehow, as we always do.”\n",
        "survive",
        "trader",
    ),
    "mention/pronoun-writer": QuoteRule(
        "'I' outside quotes: the byline's one author",
        _HEAD + "I asked the council leader about the cost.\n\n“We have run out of money,” I wrote back to "
        "the readers who asked.\n",
        "run out of money",
        "Jane Doe",
    ),
    "mention/initials-of-title": QuoteRule(
        "initials ('the DC'): the person printed with a title of those initials",
        _HEAD + "Deputy Commissioner Ravi Menon visited the pier on Monday.\n\n"
        "“The structure is unsafe,” the DC said.\n",
        "unsafe",
        "Ravi Menon",
    ),
    "mention/proper-name-with-article": QuoteRule(
        "a capitalised name after 'the' ('the Harbour Trust'): that name",
        _HEAD + "The pier will close in May.\n\n“The closure is premature,” said the Harbour Trust.\n",
        "premature",
        "Harbour Trust",
    ),
    "mention/nationality": QuoteRule(
        "a nationality alone ('the Kenyan'): the person printed with it",
        _HEAD + "Kenyan runner David Kiprop won the harbour race on Sunday.\n\n"
        "“The course along the pier was beautiful,” the Kenyan said.\n",
        "beautiful",
        "David Kiprop",
    ),
    "mention/description": QuoteRule(
        "a description ('the council leader', 'a spokesperson for the trust'): the one the story gave it to",
        _HEAD + "Ola Berg, 56, has fished from the pier for decades.\n\n"
        "“It was a hard choice,” the 56-year-old said.\n",
        "hard choice",
        "Ola Berg",
    ),
    "mention/role-holder-other-language": QuoteRule(
        "a role after a cue of another language ('dijo el alcalde'): the person printed right after that role word, "
        "else the first the paragraph (or the one before) named (`speech._Reader._role_holder`)",
        "El puerto cierra el muelle viejo\n\nPor Ana Ruiz\n\n"
        "El alcalde de Puerto Viejo, Andrés Molina, visitó el muelle el lunes por la mañana.\n\n"
        "«No hay dinero para reparar el muelle», dijo el alcalde.\n",
        "No hay dinero",
        "Andrés Molina",
    ),
    "mention/subject-left-out": QuoteRule(
        "a cue of another language with no subject ('«…», afirmó'): the last person named before the quote, the "
        "last speaker, or the paragraph's subject",
        "El puerto cierra el muelle viejo\n\nPor Ana Ruiz\n\n"
        "Andrés Molina visitó el muelle el lunes por la mañana con los comerciantes.\n\n"
        "«No hay dinero para reparar el muelle», afirmó.\n",
        "No hay dinero",
        "Andrés Molina",
    ),
    "mention/body-described-other-language": QuoteRule(
        "a body's head word after the article before a cue of another language ('El organismo afirmó que … «…»'): "
        "the body the story named whose name opens with that word, else the last body named in the paragraph or the "
        "one before (`cue_steps.body_described`)",
        "El puerto cierra el muelle viejo\n\nPor Ana Ruiz\n\n"
        "En un comunicado, la Autoridad Portuaria de Valdemar explicó que el muelle tiene más de ochenta años.\n\n"
        "El organismo afirmó que la obra costará «más de lo que tenemos este año».\n",
        "lo que tenemos",
        "Autoridad Portuaria de Valdemar",
    ),
    "mention/body-by-gender-other-language": QuoteRule(
        "a pronoun of another language for the body opening the sentence before, by its article's gender (`cue_steps`)",
        "El puerto cierra el muelle viejo\n\nPor Ana Ruiz\n\n"
        "La asociación de pescadores escribió al alcalde. En la carta, ella pide «una reunión urgente».\n",
        "una reunión urgente",
        "asociación de pescadores",
    ),
    "mention/inner-surname-other-language": QuoteRule(
        "a surname after a cue of another language that the registry cannot place ('dijo Fuenzalida', 'sagte "
        "Haller'): the one person named before whose name of three words or more holds it past its first word, "
        "as the registry keeps it (`cue_steps.holder_of_surname`)",
        "Der Hang rutscht weiter\n\nVon Jana Müller\n\n"
        "Am Montag flog der Landesgeologe Gunther Haller den Hang mit einer Drohne ab.\n\n"
        "„Der Hang ist weiter in Bewegung, aber die Häuser sind sicher“, sagte Haller.\n",
        "Häuser sind sicher",
        "Landesgeologe Gunther Haller den Hang",
    ),
    "mention/person-described-other-language": QuoteRule(
        "a person described by sex or age after a cue of another language ('ajoute la jeune femme', 'dijo el "
        "joven'): who a pronoun of that gender is (`lexicon.FOREIGN_PERSON_NOUNS`)",
        "Le port ferme la vieille jetée\n\nPar Anne Roux\n\n"
        "Sur le quai, Odile Marchal, mère de deux enfants, attend le bateau du matin.\n\n"
        "« On s'organise entre voisins, mais ça ne durera pas tout l'hiver », ajoute la jeune femme.\n",
        "On s'organise",
        "Odile Marchal",
    ),
    "mention/indefinite-other-language": QuoteRule(
        "an unnamed source German prints with its indefinite article and its noun capitalised ('Ein Anwohner ... "
        "sah das anders: „…“'): that noun, as 'a resident' is, no name",
        "Die Fähre fährt nicht mehr\n\nVon Jana Müller\n\n"
        "Die Fähre fährt ab Mai nicht mehr, teilte die Reederei am Montag mit.\n\n"
        "Ein Anwohner vom Hafen, der seinen Namen nicht nennen wollte, sah das anders: „Ohne die Fähre sind wir im "
        "Winter abgeschnitten. Das ist ein schwerer Schlag.“\n",
        "schwerer Schlag",
        "Anwohner",
    ),
    "mention/role-of-name": QuoteRule(
        "a capitalised role: a named person's relative, a court panel, a title given in apposition",
        "Harbour Council Loses Pier Appeal\n\n"
        "Panel says the council's survey of the pier was 'flawed from the first page'\n\nBy Jane Doe\n\n"
        "A panel of the Kestrel Planning Tribunal heard the appeal over four days.\n\n"
        "It ruled for the traders and ordered the council to pay their costs.\n",
        "flawed from the first page",
        "Kestrel Planning Tribunal",
    ),
}


def weigh(reader: _Reader, found: _Found, *, foreign: bool) -> None:
    """Keep, on `found`, the mention's step and the candidates weighed, as the resolver's state is when the quote
    is read (called with `--explain` only)."""
    resolver = reader.resolver
    kept: dict[str, Any] = {}
    if foreign and found.rule == "quote/cue":
        found.rule = "quote/cue-other-language"
        kept["step"] = reader.foreign_step or resolver.step  # (as `_Reader._foreign_cue` read the cue)
    elif found.rule in ("quote/cue", "quote/reported-before"):
        kept["step"] = resolver.step
        mention = found.attribution.mention.strip() if found.attribution else ""
        low = mention.lower()
        if resolver.step == "mention/pronoun-person":
            from ..attribution import _FEMALE_PRONOUNS, _FOREIGN_PRONOUNS

            female = _FOREIGN_PRONOUNS.get(low, low) in _FEMALE_PRONOUNS
            kept["candidates"] = pronoun_candidates(resolver, "f" if female else "m")
        elif resolver.step in SURNAME_STEPS and " " not in mention:
            shared = surname_candidates(resolver, mention, found.speaker)
            if shared:
                kept["candidates"] = shared
        if resolver.step in SURNAME_STEPS[:2] and resolver.surname_evidence:
            kept["evidence"] = resolver.surname_evidence  # what told the people of the surname apart
    elif found.rule == "quote/goes-on-from-before":
        kept["candidates"] = listed(
            found.speaker,
            [
                (reader.prev_para_speaker, "spoke in the paragraph before"),
                (resolver.previous_subject, "opens the paragraph before"),
                (resolver.last_person, "named last"),
            ],
        )
    found.weighed = kept


def explained(found: _Found) -> dict[str, Any]:
    """One quote's entry of `explain.quotes`."""
    attr = found.attribution
    return {
        "line": found.block.line,
        "block": found.block.kind,
        "text": found.text,
        "speaker": found.speaker,
        "mention": attr.mention or None if attr else None,
        "cue": attr.cue or None if attr else None,
        "rule": found.rule,
    } | (found.weighed or {})
