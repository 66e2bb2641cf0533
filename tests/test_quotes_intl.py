"""Quotes in other languages: marks paired by each language's convention, speakers read from its cue verbs."""

from __future__ import annotations

import pytest

from articlecli import parse
from articlecli.quotes import find_spans
from articlecli.speech import Block, extract

NBSP, NNBSP = "\u00a0", "\u202f"

# (language, text, the spans inside the marks)
SPANS = [
    # „…“: the “ closes the „ before it, so two quotes stay two
    ("de", "„Wir kommen“, sagte Anna Weber. „Morgen früh.“", ["Wir kommen", "Morgen früh."]),
    ("cs", "„Nevíme to“, řekl starosta. „Uvidíme.“", ["Nevíme to", "Uvidíme."]),
    # ‚…‘ inside „…“
    ("de", "„Er rief ‚Halt‘ und lief weg“, sagte Jonas Brandt.", ["Er rief ‚Halt‘ und lief weg"]),
    # »…«: reversed guillemets
    ("de", "»Die Brücke bleibt zu«, sagte Lea Kraus. »Bis Mai.«", ["Die Brücke bleibt zu", "Bis Mai."]),
    ("da", "»Vi åbner i morgen«, siger Mette Brekke.", ["Vi åbner i morgen"]),
    # « … » with spaces inside: plain, no-break and narrow no-break
    ("fr", "« Nous partirons demain », a déclaré Marie Dubois.", ["Nous partirons demain"]),
    ("fr", f"«{NBSP}Rien n’est décidé{NBSP}», a dit Paul Girard.", ["Rien n’est décidé"]),
    ("fr", f"«{NNBSP}C’est fini{NNBSP}», selon Claire Roux.", ["C’est fini"]),
    ("it", "« Non è finita », ha detto Marco Bellini.", ["Non è finita"]),
]


@pytest.mark.parametrize(("language", "text", "spans"), SPANS, ids=[f"{s[0]}-{s[1][:30]}" for s in SPANS])
def test_marks_pair_by_the_language_convention(language: str, text: str, spans: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_spans(text)] == spans


# English and the marks English shares stay as they were
ENGLISH_SPANS = [
    ("“We won,” she said. “Again.”", ["We won,", "Again."]),
    ("“It’s ‘fine,’ he said,” she said.", ["It’s ‘fine,’ he said,"]),
    ("”Vi kommer i morgon”, sade Anna Berg.", ["Vi kommer i morgon"]),
    ("The «Harbour Line» runs again.", ["Harbour Line"]),
    ('"Go," he said.', ["Go,"]),
]


@pytest.mark.parametrize(("text", "spans"), ENGLISH_SPANS, ids=[s[0][:30] for s in ENGLISH_SPANS])
def test_english_marks_unchanged(text: str, spans: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_spans(text)] == spans


def quotes_of(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    quotes, _ = extract([Block("paragraph", p, i) for i, p in enumerate(paragraphs)])
    return [(q.text, q.speaker, q.cue) for q in quotes]


# (language, paragraphs, quotes as (text, speaker, cue))
SPEAKERS = [
    (
        "de",
        ["„Das Ersatzteil kommt aus Finnland“, sagte Heiko Brüning, Geschäftsführer der Reederei. „Vor Ostern nicht.“"],
        [
            ("Das Ersatzteil kommt aus Finnland", "Heiko Brüning", "sagte"),
            ("Vor Ostern nicht.", "Heiko Brüning", None),
        ],
    ),
    (
        "de",
        ["Sabine Ohlrogge pendelt jeden Tag nach Brake. „Das kostet mich eine Stunde mehr“, sagt sie."],
        [("Das kostet mich eine Stunde mehr", "Sabine Ohlrogge", "sagt")],
    ),
    (
        "de",
        ["„Die Halle muss bis Juni geschlossen bleiben“, so Bürgermeisterin Karin Lüders."],
        [("Die Halle muss bis Juni geschlossen bleiben", "Karin Lüders", "so")],
    ),
    # the name before the verb, before the quote; a partial quote after the sentence's own verb
    (
        "de",
        ["Anna Weber sagte: „Wir bleiben bis zum Ende der Saison.“"],
        [("Wir bleiben bis zum Ende der Saison.", "Anna Weber", "sagte")],
    ),
    (
        "de",
        ["Der Landkreis Wesermarsch teilte mit, man wolle den Pendlern „schnell und unbürokratisch“ helfen."],
        [("schnell und unbürokratisch", "Landkreis Wesermarsch", "teilte mit")],
    ),
    (
        "de",
        ["Bürgermeister Tom Becker kam am Abend. „Wir öffnen die Halle morgen wieder“, sagte er."],
        [("Wir öffnen die Halle morgen wieder", "Tom Becker", "sagte")],
    ),
    (
        "es",
        ["El consejero Álvaro Prieto ha explicado: «No abriremos hasta el viernes»."],
        [("No abriremos hasta el viernes", "Álvaro Prieto", "ha explicado")],
    ),
    (
        "es",
        ["«La carretera estará cortada toda la semana», según Marta Gil, portavoz de la Consejería."],
        [("La carretera estará cortada toda la semana", "Marta Gil", "según")],
    ),
    (
        "es",
        ["«No vamos a abrir hasta el viernes», ha explicado el consejero de Movilidad, Álvaro Prieto."],
        [("No vamos a abrir hasta el viernes", "Álvaro Prieto", "ha explicado")],
    ),
    (
        "es",
        ["«El agua llegó en diez minutos», dijo el alcalde Juan Pérez."],
        [("El agua llegó en diez minutos", "Juan Pérez", "dijo")],
    ),
    (
        "es",
        ["Según Lucía Ferrer, «la ladera sigue muy saturada» tras las lluvias."],
        [("la ladera sigue muy saturada", "Lucía Ferrer", "Según")],
    ),
    (
        "fr",
        ["« Nous rouvrirons la ligne lundi », a déclaré Marie Dubois, directrice du réseau."],
        [("Nous rouvrirons la ligne lundi", "Marie Dubois", "a déclaré")],
    ),
    (
        "it",
        ["«Il ponte resterà chiuso per un mese», ha spiegato l’assessore Marco Bellini."],
        [("Il ponte resterà chiuso per un mese", "Marco Bellini", "ha spiegato")],
    ),
    (
        "pt",
        ["“A obra termina em março”, disse Ana Martins, presidente da câmara."],
        [("A obra termina em março", "Ana Martins", "disse")],
    ),
    (
        "nl",
        ["‘We gaan de dijk versterken’, zei Pieter de Vries, wethouder van de gemeente."],
        [("We gaan de dijk versterken", "Pieter de Vries", "zei")],
    ),
    (
        "nl",
        ["'De dijk wordt deze zomer versterkt', aldus Pieter de Vries."],
        [("De dijk wordt deze zomer versterkt", "Pieter de Vries", "aldus")],
    ),
    (
        "sv",
        ["”Färjan går igen på måndag”, säger Anna Berg, vd för rederiet."],
        [("Färjan går igen på måndag", "Anna Berg", "säger")],
    ),
    (
        "da",
        ["»Vi har ventet længe på den her beslutning,« siger formand for badeklubben Lars Holm."],
        [("Vi har ventet længe på den her beslutning,", "Lars Holm", "siger")],
    ),
    (
        "da",
        ["»Prisen stiger igen til foråret,« sagde direktør Birgit Lund på mødet tirsdag."],
        [("Prisen stiger igen til foråret,", "Birgit Lund", "sagde")],
    ),
    (
        "nb",
        ["«Reservedelene kom endelig fredag,» forteller driftsleder Per Aasen."],
        [("Reservedelene kom endelig fredag,", "Per Aasen", "forteller")],
    ),
    (
        "nb",
        ["Ordfører Kari Haugen sier: «Vi er glade for at fergen er tilbake.»"],
        [("Vi er glade for at fergen er tilbake.", "Kari Haugen", "sier")],
    ),
]


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"), SPEAKERS, ids=[f"{s[0]}-{s[1][-1][:30]}" for s in SPEAKERS]
)
def test_speakers_from_cues_of_other_languages(
    language: str, paragraphs: list[str], expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert quotes_of(*paragraphs) == expected


# Cue shapes of French and Italian news beyond a verb and a name after the quote: a reflexive verb, the
# subject pronoun glued to its verb by a hyphen, the source opening the quote's sentence, an Italian verb
# that is also an English word after “…” marks (paragraphs, then quotes as (text, speaker, cue))
MORE_CUES = [
    (
        ["« On nous a promis le printemps », s’inquiète Odile Delorme, fleuriste rue Centrale."],
        [("On nous a promis le printemps", "Odile Delorme", "s’inquiète")],
    ),
    (
        ["Le maire, Pierre Collin, ne décolère pas.", "« Ce n’est qu’un début », estime-t-il."],
        [("Ce n’est qu’un début", "Pierre Collin", "estime")],
    ),
    (
        ["Claire Ferrada dirige le chantier depuis 2021.", "« Les travaux reprendront lundi », a-t-elle précisé."],
        [("Les travaux reprendront lundi", "Claire Ferrada", "précisé")],
    ),
    (
        [
            "Claire Ferrada dirige le chantier depuis 2021.",
            "Selon elle, la commune a reçu « plus de deux cents plaintes » depuis janvier.",
        ],
        [("plus de deux cents plaintes", "Claire Ferrada", "Selon")],
    ),
    (
        ["Secondo Marta Villa, il cantiere riaprirà “non prima di giugno”."],
        [("non prima di giugno", "Marta Villa", "Secondo")],
    ),
    (
        ["“Qui non passa più nessuno”, dice Elena Conti, che gestisce un bar sul lungolago."],
        [("Qui non passa più nessuno", "Elena Conti", "dice")],
    ),
    (
        ["“Il sindaco ci ha abbandonati”, commenta Giorgio Fontana."],
        [("Il sindaco ci ha abbandonati", "Giorgio Fontana", "commenta")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), MORE_CUES, ids=[c[0][-1][:40] for c in MORE_CUES])
def test_more_cue_shapes_of_french_and_italian(
    paragraphs: list[str], expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert quotes_of(*paragraphs) == expected


# Short pages written from scratch, read whole: the marks, the cues and a second quote that keeps its speaker
FRENCH_PAGE = "\n\n".join(
    [
        "La passerelle du Vieux-Port fermée jusqu’à l’été",
        "Par Hélène Marchal",
        "Publié le 4 mars 2024 à 9h10",
        (
            "La passerelle piétonne du Vieux-Port restera fermée jusqu’au mois de juin, a annoncé lundi la "
            "mairie. Des fissures ont été découvertes sur deux piliers lors d’une inspection de routine."
        ),
        (
            "« Nous ne prendrons aucun risque avec la sécurité des piétons », a déclaré l’adjointe aux travaux, "
            "Sophie Lambert. « Les réparations commenceront dès la semaine prochaine. »"
        ),
        (
            "Selon Julien Roche, ingénieur chargé du chantier, « les piliers datent de 1962 et n’avaient jamais "
            "été renforcés »."
        ),
        (
            "Les commerçants du quai s’inquiètent. « Sans la passerelle, nos clients font un détour de vingt "
            "minutes », explique Nadia Benali, qui tient une boulangerie près du port."
        ),
    ]
)
ITALIAN_PAGE = "\n\n".join(
    [
        "Chiuso il ponte sul Reno dopo la piena",
        "di Giulia Ferraris",
        "5 marzo 2024",
        (
            "Il ponte della Motta resterà chiuso almeno fino a venerdì dopo la piena del fiume di domenica notte."
            " I tecnici del Comune stanno verificando le fondamenta."
        ),
        (
            "«Non riapriremo finché non avremo la certezza che la struttura è sicura», ha detto il sindaco Paolo "
            "Ricci. «Ci vorranno alcuni giorni»."
        ),
        ("Secondo Chiara Longo, geologa dell’università, «il terreno intorno ai piloni è ancora saturo d’acqua»."),
        (
            "«Per noi è un disastro, abbiamo perso metà dei clienti», racconta Luca Sartori, titolare di un bar "
            "in piazza."
        ),
    ]
)
PAGES = [
    (
        FRENCH_PAGE,
        [
            ("Nous ne prendrons aucun risque avec la sécurité des piétons", "Sophie Lambert"),
            ("Les réparations commenceront dès la semaine prochaine.", "Sophie Lambert"),
            ("les piliers datent de 1962 et n’avaient jamais été renforcés", "Julien Roche"),
            ("Sans la passerelle, nos clients font un détour de vingt minutes", "Nadia Benali"),
        ],
    ),
    (
        ITALIAN_PAGE,
        [
            ("Non riapriremo finché non avremo la certezza che la struttura è sicura", "Paolo Ricci"),
            ("Ci vorranno alcuni giorni", "Paolo Ricci"),  # the full stop after the closing mark
            ("il terreno intorno ai piloni è ancora saturo d’acqua", "Chiara Longo"),
            ("Per noi è un disastro, abbiamo perso metà dei clienti", "Luca Sartori"),
        ],
    ),
]


@pytest.mark.parametrize(("page", "expected"), PAGES, ids=["fr-footbridge", "it-bridge"])
def test_pages_in_other_languages(page: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.speaker) for q in parse(page).quotes] == expected
