"""Speakers on pages never seen (the ninety-eighth stop, quotes and speakers): who a pronoun or a cue with no subject
of another language is when the paragraph opens with a place or an article (not a name), a title abbreviated after
an elided article, a body named past "of" with its article as a sentence's subject, speech set off by a dash
(Scandinavian and Spanish copy), and a subheading that is a quote alone.

Each case is a passage written from scratch around one class, in other words, outlets, orders and languages than
the pages the rules were written from.
"""

from __future__ import annotations

import pytest

import articlecli


def _speakers(*paragraphs: str, head: tuple[str, ...] = ()) -> list[str | None]:
    head = head or ("Noticias", "El pueblo cuenta los daños de la tormenta", "Por Inés Ocampo", "3 de junio de 2024")
    page = "\n\n".join([*head, *paragraphs])
    return [q.speaker for q in articlecli.parse(page + "\n").quotes]


# A paragraph opening with a place after its preposition, or with an article alone before a role, names no one
# there: the pronoun of the cue is the person named after it; a cue with no subject is not a place or a body printed
# with its article.
OPENING_NOT_A_NAME = [
    pytest.param(
        (
            "La sequía vació los embalses del sur.",
            "En Villa Serrana, Rosaura Quintero, de 61 años, riega a mano su huerta. «Nunca vimos el río así», "
            "cuenta ella.",
        ),
        ["Rosaura Quintero"],
        id="Spanish: a place after 'En' opens the paragraph, the pronoun is the name after it",
    ),
    pytest.param(
        (
            "Die Ernte fiel in diesem Jahr mager aus.",
            "Im Oberdorf zeigt Lukas Tanner seine leeren Kisten. „So wenig Äpfel hatten wir noch nie“, sagt er.",
        ),
        ["Lukas Tanner"],
        id="German: a place after 'Im' opens the paragraph",
    ),
    pytest.param(
        (
            "Le marché a rouvert ses portes samedi.",
            "Au Port-Neuf, Odette Lambert tient le même étal depuis 1988. « Les clients sont revenus », dit-elle.",
        ),
        ["Odette Lambert"],
        id="French: a place after 'Au', the pronoun after the quote",
    ),
    pytest.param(
        (
            "Le préfet a réuni les élus lundi.",
            "Le président de l'Association des riverains, Marc Dufresne, a quitté la salle. « On nous ignore », "
            "a-t-il lancé.",
        ),
        ["Marc Dufresne"],
        id="French: an article alone opens the paragraph, a role and the name in apposition",
    ),
    pytest.param(
        (
            "O festival trouxe milhares de pessoas à vila.",
            "Helena Prates, dona de uma loja na Praça Velha, diz que as vendas subiram. «Nunca vendi tanto», contou.",
        ),
        ["Helena Prates"],
        id="Portuguese: a cue with no subject, a place after 'na' named after the speaker",
    ),
    pytest.param(
        (
            "Los productores piden agua para el riego.",
            "Tomás Echeverría, productor del sector La Quebrada, dijo que perdió la cosecha. «No hay con qué regar», "
            "relató.",
        ),
        ["Tomás Echeverría"],
        id="Spanish: a cue with no subject, a place with its article named after the speaker",
    ),
]


@pytest.mark.parametrize(("paragraphs", "want"), OPENING_NOT_A_NAME)
def test_an_opening_place_or_article_is_no_speaker(paragraphs: tuple[str, ...], want: list[str | None]) -> None:
    assert _speakers(*paragraphs) == want


# An abbreviated title after an elided article ("l'ing.", "dell'avv.") is a title before the name, not the speaker.
ELIDED_TITLE = [
    pytest.param(
        (
            "Il cantiere riapre a marzo.",
            "“I lavori finiranno entro l’estate”, assicura l'arch. Chiara Volpe, direttrice dei lavori.",
        ),
        ["Chiara Volpe"],
        id="Italian: l'arch. before the name",
    ),
    pytest.param(
        (
            "La gara è stata annullata.",
            "“Faremo ricorso al tribunale amministrativo entro trenta giorni”, afferma l’avv. Marco Ferrante, "
            "legale della ditta.",
        ),
        ["Marco Ferrante"],
        id="Italian: l’avv. with a curly apostrophe",
    ),
    pytest.param(
        (
            "Le chantier reprend lundi.",
            "« Nous avons perdu trois semaines », explique l'ing. Paul Meylan, chef de projet.",
        ),
        ["Paul Meylan"],
        id="French: l'ing. before the name",
    ),
]


@pytest.mark.parametrize(("paragraphs", "want"), ELIDED_TITLE)
def test_a_title_after_an_elided_article_is_no_speaker(paragraphs: tuple[str, ...], want: list[str | None]) -> None:
    assert _speakers(*paragraphs) == want


ENGLISH_HEAD = ("News", "Council backs the new harbour plan", "By Ines Okafor", "June 3, 2024")

# A body's name with its article that goes on past "of" after its head noun is the subject of a sentence whose
# "-ing" cue comes after another verb ("The X Chamber of Commerce welcomed the vote, saying ..."); a person's name
# with "of" and a place keeps the person.
BODY_OF = [
    pytest.param(
        (
            "Councillors voted 7-2 for the plan.",
            "The Kelso Bay Chamber of Commerce welcomed the vote, saying in a statement that the works would "
            "“bring the summer trade back”.",
        ),
        ["Kelso Bay Chamber of Commerce"],
        id="a chamber welcoming, saying in a statement that",
    ),
    pytest.param(
        (
            "Councillors voted 7-2 for the plan.",
            "The Westbury Chamber of Trade backed the decision, adding that the new berths were “long overdue”.",
        ),
        ["Westbury Chamber of Trade"],
        id="a chamber backing, adding that",
    ),
    pytest.param(
        (
            "Councillors voted 7-2 for the plan.",
            "The Ashdown Society of Artists opposed the scheme, warning that the old quay would become “a car park "
            "with a view”.",
        ),
        ["Ashdown Society of Artists"],
        id="a society opposing, warning that",
    ),
    pytest.param(
        (
            "Councillors voted 7-2 for the plan.",
            "Ana Lee of Kelso Bay welcomed the vote, saying in a statement that the works would “bring the summer "
            "trade back”.",
        ),
        ["Ana Lee"],
        id="a person of a place keeps the person",
    ),
]


@pytest.mark.parametrize(("paragraphs", "want"), BODY_OF)
def test_a_body_named_past_of_opens_the_sentence(paragraphs: tuple[str, ...], want: list[str | None]) -> None:
    assert _speakers(*paragraphs, head=ENGLISH_HEAD) == want


def _quotes(*paragraphs: str, head: tuple[str, ...]) -> list[tuple[str, str | None]]:
    page = "\n\n".join([*head, *paragraphs])
    return [(q.text, q.speaker) for q in articlecli.parse(page + "\n").quotes]


NORDIC_HEAD = ("Nyheter", "Bussen slutar stanna i byn", "Av Karin Holm", "12 mars 2024")
SPANISH_HEAD = ("Noticias", "Cierra el mercado del puerto", "Por Inés Ocampo", "3 de junio de 2024")

# Speech set off by a dash (Scandinavian and Spanish copy): the words between the dash and a cue of another language
# are a quote, the cue's speaker its speaker; once a story has done so, a dash-led paragraph with no cue is a quote
# whose speaker the paragraphs around it name. An interview's dashes with no cue anywhere stay paragraphs.
DASH_LED = [
    pytest.param(
        ("Bussen slutar stanna i Norrby i juni.", "– Vi fick veta det i ett brev, säger Ingrid Sjöberg, 71."),
        NORDIC_HEAD,
        [("Vi fick veta det i ett brev", "Ingrid Sjöberg")],
        id="Swedish: säger and the name after the comma",
    ),
    pytest.param(
        ("Bussen slutter å stoppe i Nordby.", "– Dette rammer de eldre hardest, sier ordfører Per Ask (Sp)."),
        NORDIC_HEAD,
        [("Dette rammer de eldre hardest", "Per Ask")],
        id="Norwegian: sier, a title and a party",
    ),
    pytest.param(
        (
            "Bussen holder op med at stoppe i Nørreby.",
            "Lene Dahl bor for enden af Kirkevej og har ingen bil.",
            "- Jeg kan ikke komme til lægen uden bussen, siger hun.",
        ),
        NORDIC_HEAD,
        [("Jeg kan ikke komme til lægen uden bussen", "Lene Dahl")],
        id="Danish: a hyphen and a space, siger hun after the person is named",
    ),
    pytest.param(
        (
            "Bussen slutar stanna i Norrby i juni.",
            "– Vi har inga pengar kvar i budgeten, säger trafikchefen Jonas Ek.",
            "Han räknar med att linjen kan komma tillbaka nästa år.",
            "– Men det kräver att regionen skjuter till mer.",
        ),
        NORDIC_HEAD,
        [
            ("Vi har inga pengar kvar i budgeten", "Jonas Ek"),
            ("Men det kräver att regionen skjuter till mer.", "Jonas Ek"),
        ],
        id="Swedish: a dash paragraph with no cue after 'Han ...': the speaker the pronoun is",
    ),
    pytest.param(
        (
            "Bussen slutar stanna i Norrby i juni.",
            "– Vi har inga pengar kvar i budgeten, säger trafikchefen Jonas Ek.",
            "Sara Lund, pensionär i Norrby, har ingen bil och är upprörd.",
            "– Nu sitter jag fast här hela veckan.",
        ),
        NORDIC_HEAD,
        [("Vi har inga pengar kvar i budgeten", "Jonas Ek"), ("Nu sitter jag fast här hela veckan.", "Sara Lund")],
        id="Swedish: a dash paragraph with no cue after a paragraph naming someone else",
    ),
    pytest.param(
        (
            "El mercado cerrará en julio.",
            "—Aquí vendo pescado desde hace treinta años y nadie nos preguntó nada —dijo Rosa Benítez, de 62 años.",
        ),
        SPANISH_HEAD,
        [("Aquí vendo pescado desde hace treinta años y nadie nos preguntó nada", "Rosa Benítez")],
        id="Spanish: the cue after a second dash",
    ),
    pytest.param(
        (
            "Hablamos con la presidenta de la cooperativa.",
            "—¿Qué pasará con los puestos?",
            "—Nadie lo sabe todavía. Pedimos una reunión con el municipio.",
        ),
        SPANISH_HEAD,
        [],
        id="Spanish: an interview's questions and answers, no cue: paragraphs",
    ),
]


@pytest.mark.parametrize(("paragraphs", "head", "want"), DASH_LED)
def test_speech_set_off_by_a_dash(
    paragraphs: tuple[str, ...], head: tuple[str, ...], want: list[tuple[str, str | None]]
) -> None:
    assert _quotes(*paragraphs, head=head) == want


# A subheading that is a quote alone, of words someone quoted under it says again, is that person's quote; one that
# no quote of the story holds is no quote (nor a term).
HEADING_QUOTES = [
    pytest.param(
        (
            "The mill closed its doors on Friday after 112 years.",
            "Its last 40 workers were told of the closure by letter in March.",
            "‘We kept the looms running’",
            "Weaver Tomasz Nowak worked there for 31 years. “Through two floods we kept the looms running,” he said.",
        ),
        [
            ("We kept the looms running", "Tomasz Nowak"),
            ("Through two floods we kept the looms running,", "Tomasz Nowak"),
        ],
        id="single marks, the words again in the paragraph under it",
    ),
    pytest.param(
        (
            "The mill closed its doors on Friday after 112 years.",
            "“Nobody asked the town”",
            "Councillor Ada Briggs called a meeting for Monday.",
            "“Nobody asked the town what it wanted,” Briggs said.",
        ),
        [("Nobody asked the town", "Ada Briggs"), ("Nobody asked the town what it wanted,", "Ada Briggs")],
        id="double marks, the words quoted two paragraphs on",
    ),
    pytest.param(
        (
            "The mill closed its doors on Friday after 112 years.",
            "Its last 40 workers were told of the closure by letter in March.",
            "‘A quiet end’",
            "The last shift clocked off at six, and the gates were locked by seven.",
        ),
        [],
        id="words no one is quoted saying: no quote",
    ),
]


@pytest.mark.parametrize(("paragraphs", "want"), HEADING_QUOTES)
def test_a_quoted_subheading_is_the_words_of_who_says_them(
    paragraphs: tuple[str, ...], want: list[tuple[str, str | None]]
) -> None:
    assert _quotes(*paragraphs, head=ENGLISH_HEAD) == want
