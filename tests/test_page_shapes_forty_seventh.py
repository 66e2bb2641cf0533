"""Classes of quotes the forty-seventh probe set (tests/probes, FORTY_SEVENTH_PAGES in test_probes.py: six pages in
Spanish, Portuguese, French, German, Italian and Dutch) and the open held-out pages not in English showed the
parser leaving without their speaker: a cue of another language followed by a role and no name (`«…», dijo el
alcalde`), by when or how it was said and no subject (`«…», dice entre risas`), by a pronoun and to whom (`sagte sie
unserer Zeitung`), a Portuguese cue with a pronoun glued to it (`respondeu-lhe`), a Dutch surname opening with
`Van den`, a name printed in full after a shorter form of it, the ministry a role is of taken for who wrote, a
sentence whose subject opens it ending in a colon before the quote, and a story's blocks with no cue word once its
other quotes have shown that language. Every line here is written from scratch, in other words, places and orders
than the probe pages.
"""

from __future__ import annotations

import pytest

from articlecli import cue_steps, cues
from articlecli.people import Registry
from articlecli.speech import Block, extract


def speaker_of(quote: str, *paragraphs: str) -> str | None:
    """The speaker the parser gives the quote that opens with `quote` among the paragraphs' quotes."""
    quotes, _ = extract([Block("paragraph", p, i) for i, p in enumerate(paragraphs)])
    found = [q for q in quotes if q.text.startswith(quote)]
    assert found, [q.text for q in quotes]
    return found[0].speaker


# A role with no name after the cue: the person the story printed right after that role word, else the first the
# quote's paragraph named before it, else the first the paragraph before named (of the article's gender)
ROLE_AFTER_CUE = [
    pytest.param(
        [
            "El concejal de Hacienda, Ignacio Barrutia Olaso, presentó el presupuesto el lunes.",
            "«No habrá subida de tasas en 2027», aseguró el edil.",
        ],
        "No habrá",
        "Ignacio Barrutia Olaso",
        id="es, the paragraph before",
    ),
    pytest.param(
        [
            "El alcalde, Tomás Urquiza, y la jueza de paz, Rocío Benavente, firmaron el acta en la plaza.",
            "«Es un día histórico para el pueblo», dijo la jueza.",
        ],
        "Es un día",
        "Rocío Benavente",
        id="es, the one named after the role word",
    ),
    pytest.param(
        [
            "A directora da escola primária de Namaacha, Celeste Mabunda, recebeu os pais na sexta-feira.",
            "Os encarregados pediram mais professores.",
            "“Faltam carteiras para metade dos alunos”, admitiu a directora.",
        ],
        "Faltam",
        "Celeste Mabunda",
        id="pt, named two paragraphs up by that role",
    ),
    pytest.param(
        [
            "Le syndic de Vallorbe-Dessus, Jean-Daniel Rochat, a reçu les pétitionnaires jeudi.",
            "« La route restera ouverte tout l'hiver », a assuré le syndic.",
        ],
        "La route",
        "Jean-Daniel Rochat",
        id="fr, syndic",
    ),
    pytest.param(
        [
            "L'assessore ai trasporti Paolo Ghirlanda ha incontrato i pendolari alla stazione di Lecco.",
            "«Il treno delle 7.10 tornerà a marzo», ha spiegato l'assessore.",
        ],
        "Il treno",
        "Paolo Ghirlanda",
        id="it, the article glued",
    ),
    pytest.param(
        [
            "Rentnerin Hedwig Pfandl wohnt seit 1961 am Mühlbach. „Das Wasser stand bis zur Haustür“, erzählt die"
            " 83-Jährige."
        ],
        "Das Wasser",
        "Hedwig Pfandl",
        id="de, an age, the same paragraph",
    ),
    pytest.param(
        [
            "Tierheimleiterin Monika Hasenöhrl zeigt die leeren Zwinger.",
            "„So viele Abgaben hatten wir noch nie“, sagt die Tierheimleiterin.",
        ],
        "So viele",
        "Monika Hasenöhrl",
        id="de, a role compound",
    ),
    pytest.param(
        [
            "Bij de opening was ook burgemeester Ward Deckers aanwezig.",
            "‘Dit gebouw hebben we tien jaar beloofd’, zei de burgemeester.",
        ],
        "Dit gebouw",
        "Ward Deckers",
        id="nl, single marks",
    ),
    pytest.param(
        ["«Seguiremos en la calle», dijo el alcalde Tomás Urquiza."],
        "Seguiremos",
        "Tomás Urquiza",
        id="a name after the role still speaks",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quote", "speaker"), ROLE_AFTER_CUE)
def test_role_after_a_cue_of_another_language(paragraphs: list[str], quote: str, speaker: str) -> None:
    assert speaker_of(quote, *paragraphs) == speaker


def test_a_body_after_the_cue_is_no_role() -> None:
    # "informó la empresa": a company, not the person the paragraph before named
    paragraphs = [
        "El gerente, Julio Sanabria, visitó la planta de Aguas del Valle Sur el martes.",
        "«El corte durará 48 horas», informó la empresa.",
    ]
    assert speaker_of("El corte", *paragraphs) != "Julio Sanabria"


# The cue with no subject, then when, where or how it was said: the person named before
NO_SUBJECT = [
    pytest.param(
        [
            "Marisol Quispe vende choclo en el mercado de Sicuani desde 1998.",
            "«Ya nadie compra por kilo», dice entre risas.",
        ],
        "Ya nadie",
        "Marisol Quispe",
        id="es, entre",
    ),
    pytest.param(
        [
            "Joaquim Tavares, de 81 anos, foi o último a sair da aldeia de Vale de Urso.",
            "“Deixei as cabras e a porta aberta”, contou, já no pavilhão da junta.",
        ],
        "Deixei",
        "Joaquim Tavares",
        id="pt, a comma, then já",
    ),
    pytest.param(
        [
            "Nadia Benali tient la boulangerie de la place du Marché depuis vingt ans.",
            "« Je ne partirai pas », raconte, dans l'arrière-boutique.",
        ],
        "Je ne partirai",
        "Nadia Benali",
        id="fr, dans",
    ),
    pytest.param(
        [
            "Franco Bernasconi ha 90 anni e ha visto tre alluvioni in valle.",
            "«Questa è stata la peggiore», racconta con la voce rotta.",
        ],
        "Questa",
        "Franco Bernasconi",
        id="it, con",
    ),
    pytest.param(
        ["Ignacio Sarmiento afina pianos desde los 15 años. «Cada uno suena distinto», dice, y se ríe."],
        "Cada uno",
        "Ignacio Sarmiento",
        id="es, a comma, then y",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quote", "speaker"), NO_SUBJECT)
def test_a_cue_with_no_subject_then_how(paragraphs: list[str], quote: str, speaker: str) -> None:
    assert speaker_of(quote, *paragraphs) == speaker


# A pronoun after the cue, then to whom or when (not an Italian article, "il sindaco")
PRONOUN_THEN_WHOM = [
    pytest.param(
        [
            "Katrin Moser leitet den Hof bei Zwettl seit 2010.",
            "„Ohne Regen keine Ernte“, erzählte sie unserer Zeitung.",
        ],
        "Ohne Regen",
        "Katrin Moser",
        id="de",
    ),
    pytest.param(
        [
            "Ingrid Claes woont al veertig jaar aan de kaai van Rupelmonde.",
            "‘Zo hoog heb ik het water nooit gezien’, zegt ze tegen onze reporter.",
        ],
        "Zo hoog",
        "Ingrid Claes",
        id="nl",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quote", "speaker"), PRONOUN_THEN_WHOM)
def test_a_pronoun_then_to_whom(paragraphs: list[str], quote: str, speaker: str) -> None:
    assert speaker_of(quote, *paragraphs) == speaker


# A pronoun glued to a Portuguese cue: who the words were said to, the speaker after it
CLITICS = [
    pytest.param(
        ["“Vamos ver o que diz o tribunal”, respondeu-lhe o vereador Nuno Freitas Pacheco."],
        "Vamos ver",
        "Nuno Freitas Pacheco",
        id="respondeu-lhe",
    ),
    pytest.param(
        ["“Não há verbas para o segundo turno”, disse-nos Amélia Chissano, directora provincial de Educação."],
        "Não há verbas",
        "Amélia Chissano",
        id="disse-nos",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quote", "speaker"), CLITICS)
def test_a_pronoun_glued_to_a_portuguese_cue(paragraphs: list[str], quote: str, speaker: str) -> None:
    assert speaker_of(quote, *paragraphs) == speaker


# "Van den" opens a Dutch surname after a cue; German "den" after a name is an article
PARTICLES = [
    pytest.param(
        [
            "Burgemeester Tom Van den Bossche (N-VA) opende zaterdag de kermis.",
            "‘De kermis blijft op het plein’, zei Van den Bossche.",
        ],
        "De kermis",
        "Tom Van den Bossche",
        id="Van den",
    ),
    pytest.param(
        ["Bürgermeister Karl Wimmer eröffnete das Fest.", "„Wir danken allen Helfern“, sagte Wimmer den Gästen."],
        "Wir danken",
        "Karl Wimmer",
        id="German den, an article",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quote", "speaker"), PARTICLES)
def test_particles_of_dutch_surnames(paragraphs: list[str], quote: str, speaker: str) -> None:
    assert speaker_of(quote, *paragraphs) == speaker


# The last name before a cue with no subject, not one a role is of ("al ministro de Energía y Minas")
def test_what_a_role_is_of_does_not_speak() -> None:
    paragraphs = [
        "El congresista Raúl Ticona Mamani indicó en sus redes que pedirá al ministro de Energía y Minas que viaje a"
        " Espinar. «No podemos esperar otra temporada», escribió."
    ]
    assert speaker_of("No podemos", *paragraphs) == "Raúl Ticona Mamani"


def test_a_spokesperson_speaks_for_the_body_after_it() -> None:
    paragraphs = ["Una portavoz de la Mutualidad Minera Andina confirmó los despidos. «Son treinta puestos», admitió."]
    assert speaker_of("Son treinta", *paragraphs) == "Mutualidad Minera Andina"


# The sentence before the colon opens with the speaker (after a title, a party in brackets between) or with a long
# description and the name in apposition
COLON_SUBJECT = [
    pytest.param(
        [
            "‘Het plein wordt groen’, zegt schepen Lien Peeters.",
            "‘We planten veertig bomen’, zegt Peeters.",
            "Fractieleider Jeroen Van Acker (Groen) is niet overtuigd: ‘Dit plan lost niets op.’",
        ],
        "Dit plan",
        "Jeroen Van Acker",
        id="nl, no cue word in the block",
    ),
    pytest.param(
        ["Landrätin Ingrid Wallner-Seidl verteidigte den Beschluss: „Wir hatten keine Wahl.“"],
        "Wir hatten",
        "Ingrid Wallner-Seidl",
        id="de, a role compound first",
    ),
    pytest.param(
        [
            "“Os pagamentos começam amanhã”, disse o gestor do fundo, Félix Manhiça.",
            "“Ninguém ficará de fora”, garantiu Manhiça.",
            "O presidente da cooperativa de pescadores, Armando Cossa, não tem dúvidas: “Sem gelo, o peixe"
            " estraga-se.”",
        ],
        "Sem gelo",
        "Armando Cossa",
        id="pt, a long description",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quote", "speaker"), COLON_SUBJECT)
def test_the_subject_before_a_colon(paragraphs: list[str], quote: str, speaker: str) -> None:
    assert speaker_of(quote, *paragraphs) == speaker


@pytest.mark.parametrize(
    "sentence", ["Am Montag hieß es im Rathaus", "En Lima, la junta directiva fue clara", "Ende Mai hieß es"]
)
def test_a_word_of_when_or_where_opens_no_subject(sentence: str) -> None:
    assert cue_steps._opening_subject(sentence) is None


@pytest.mark.parametrize(
    ("first", "full"),
    [
        pytest.param("Rosa Quintana", "Rosa Elvira Quintana", id="a second given name"),
        pytest.param("Jo Tamsin Reyes", "Jo Tamsin Reyes-Ward", id="no longer"),
        pytest.param("Marit Olsen", "Marit Kristine Olsen", id="English page"),
    ],
)
def test_a_name_given_shorter_first(first: str, full: str) -> None:
    registry = Registry()
    registry.add_text(f"{first} opens the workshop at seven.")
    registry.add_text(f"At 71, {full} still works six days a week. Olsen and Quintana said so.")
    registry.finish()
    name = registry.resolve(first.split()[-1])
    assert registry.knows(name)
    assert registry.kind(name) == registry.kind(first)


# A preposition after the cue opens no role ("dijo a los periodistas un agricultor", "explicó a la prensa el
# técnico"): "a" and "o" are articles only after a Portuguese cue, and an article or an "of" word is no role
PREPOSITION_AFTER_CUE = [
    pytest.param(
        [
            "La alcaldesa de Vilaseca, Carmen Ruiz, visitó el jueves los campos secos del término.",
            "«No hay agua para nadie este verano», dijo a los periodistas un agricultor.",
        ],
        "No hay agua",
        None,
        id="es, a los",
    ),
    pytest.param(
        [
            "La directora del museo, Inés Carvajal, abrió las salas nuevas el sábado por la mañana.",
            "«Tardamos tres años en restaurar el retablo completo», contó a las visitas la restauradora.",
        ],
        "Tardamos",
        None,
        id="es, a las",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quote", "speaker"), PREPOSITION_AFTER_CUE)
def test_a_preposition_after_the_cue_opens_no_role(paragraphs: list[str], quote: str, speaker: str | None) -> None:
    assert speaker_of(quote, *paragraphs) == speaker


@pytest.mark.parametrize(
    ("after", "role"),
    [
        pytest.param(", disse o administrador.", "administrador", id="pt, o"),
        pytest.param(", admitiu a directora.", "directora", id="pt, a"),
        pytest.param(", dijo a los vecinos.", None, id="es, a los"),
        pytest.param(", explicó a la prensa el técnico.", None, id="es, a la"),
        pytest.param(", contou o autarca.", "autarca", id="pt, o, before an es cue's form"),
        pytest.param(", dijo el alcalde.", "alcalde", id="es, el"),
    ],
)
def test_a_and_o_are_articles_after_portuguese_cues(after: str, role: str | None) -> None:
    found = cues.attribution("«Vamos»" + after, 0, 6)
    assert (found.role if found is not None else None) == role


# A role after the cue that the story gave no one: not someone it gave another role (a title before the name, or a
# role word alone in apposition to it), but the unnamed person the description is; an age is anyone's
ROLE_GIVEN_NO_ONE = [
    pytest.param(
        [
            "Le maire, Paul Girard, a annoncé mardi des travaux sur le pont de la Sarre.",
            "« Nous allons rouvrir la piscine municipale en septembre, pas avant », assure le directeur.",
        ],
        "Nous allons",
        "directeur",
        id="fr, a role in apposition",
    ),
    pytest.param(
        [
            "Wethouder Anouk de Wit is blij met de nieuwe plannen voor het plein.",
            '"We beginnen in mei met het graven en zijn in oktober klaar", zei de aannemer.',
        ],
        "We beginnen",
        "aannemer",
        id="nl, a title before the name",
    ),
    pytest.param(
        [
            "La presidenta, Marta Ibarra, convocó la asamblea del club para el viernes.",
            "«El campo nuevo estará listo para la próxima temporada», aseguró la presidenta.",
        ],
        "El campo",
        "Marta Ibarra",
        id="es, the same role",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quote", "speaker"), ROLE_GIVEN_NO_ONE)
def test_a_role_given_no_one_is_no_one_of_another_role(paragraphs: list[str], quote: str, speaker: str | None) -> None:
    assert speaker_of(quote, *paragraphs) == speaker
