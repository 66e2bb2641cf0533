"""One cue reader for every language: the steps the English reader had and the readers of other languages lacked,
made language-neutral and driven by the lexicon's tables, from the classes group A's held-out pages not in English
showed (the seventy-seventh set is the blind check): an abbreviated title's full stop read as a sentence's end
(`explicó la Dra. Name`); a quote after a sentence of reported speech that closes with its cue (`…, meinte er.
„…“`) or a cue set in commas in the quote's own sentence (`…, sagte Haller, eine „…“`); a surname after its
particle in lower case (`sagte von Hagenow`); a body described by its head word after an article (`El organismo
afirmó que … «…»`); a source's lead before a colon (`Según la Dra. Ayala, …: “…”`). Every line here is written
from scratch, in other words, outlets and orders than the pages'.
"""

from __future__ import annotations

import re

import pytest

from .speakers import speakers_of

# (the paragraph naming the person, the paragraph quoting them, the speaker): an abbreviated title's stop before a
# name ends no sentence
ABBREVIATED_TITLES = [
    pytest.param(
        "La bióloga Verónica Lazo Quispe estudia la laguna desde 2015.",
        "«Las aves ya no llegan en octubre como antes», explicó la Dra. Verónica Lazo Quispe, del instituto.",
        "Verónica Lazo Quispe",
        id="es la Dra. Name, apposition",
    ),
    pytest.param(
        "El jefe de obras, Rubén Taype Salas, recorrió el puente el martes por la tarde.",
        "“La estructura no soporta más de diez toneladas por eje”, advirtió el Ing. Taype.",
        "Rubén Taype Salas",
        id="es el Ing. Surname",
    ),
    pytest.param(
        "Gabriela Sotomayor preside la junta vecinal del barrio San Isidro.",
        "“Nadie nos avisó del corte de agua hasta el domingo”, reclamó la Sra. Sotomayor.",
        "Gabriela Sotomayor",
        id="es la Sra. Surname",
    ),
    pytest.param(
        "Bernhard Pölzl, der Leiter des Bauamts, stellte am Montag den Bericht vor.",
        "„Die Brücke muss bis Herbst gesperrt bleiben“, sagte Mag. Pölzl am Montag.",
        "Bernhard Pölzl",
        id="de Mag. Surname",
    ),
    pytest.param(
        "La primaria del reparto, Chiara Benvenuti, ha firmato la circolare.",
        "«Il reparto resterà aperto anche ad agosto», ha detto la dott.ssa Benvenuti ai cronisti.",
        "Chiara Benvenuti",
        id="it la dott.ssa Surname",
    ),
    pytest.param(
        "A diretora do hospital, Lúcia Fontes Amaral, recebeu os jornalistas.",
        "“Faltam enfermeiros em todos os turnos da noite”, disse a Profa. Lúcia Fontes Amaral.",
        "Lúcia Fontes Amaral",
        id="pt a Profa. Name",
    ),
]


@pytest.mark.parametrize(("intro", "quoted", "speaker"), ABBREVIATED_TITLES)
def test_an_abbreviated_title_ends_no_sentence(intro: str, quoted: str, speaker: str) -> None:
    assert speakers_of(intro, quoted)[-1][1] == speaker


# (the paragraph naming the person, the paragraph of reported speech and the quote, the speaker): the cue after a
# clause of reported speech, closing the sentence before the quote or set in commas in the quote's sentence
CUE_AFTER_CLAUSE = [
    pytest.param(
        "Petra Wiesinger leitet den Elternverein der Volksschule.",
        "Die Busse kämen seit Wochen zu spät, kritisierte sie. „So kann kein Kind pünktlich im Unterricht sein.“",
        "Petra Wiesinger",
        id="de …, kritisierte sie. „…“",
    ),
    pytest.param(
        "Le syndic de la commune, Raphaël Jaquier, a reçu les riverains jeudi.",
        "La route sera refaite avant l'hiver, a assuré Raphaël Jaquier. « Nous avons enfin le crédit du canton. »",
        "Raphaël Jaquier",
        id="fr …, a assuré Name. « … »",
    ),
    pytest.param(
        "La directora del hospital, Norma Quiroga Ibáñez, habló con los familiares.",
        "El ala nueva abrirá en agosto, aseguró Quiroga. “Tenemos las camas, nos faltan los médicos.”",
        "Norma Quiroga Ibáñez",
        id="es …, aseguró Surname. “…”",
    ),
    pytest.param(
        "Il presidente della cooperativa, Ugo Marchetti Bassi, ha incontrato i soci.",
        "Il raccolto è stato scarso, ha spiegato Marchetti. «Abbiamo perso un terzo delle olive in due settimane.»",
        "Ugo Marchetti Bassi",
        id="it …, ha spiegato Surname. «…»",
    ),
    pytest.param(
        "Stadtplanerin Ulrike Hornbostel stellte die Pläne im Ausschuss vor.",
        "Der Platz werde, sagte Hornbostel, „ein Ort für alle Generationen“ und nicht nur ein Parkplatz.",
        "Ulrike Hornbostel",
        id="de in commas: , sagte Surname, „…“",
    ),
    pytest.param(
        "A vereadora Teresa Bastos Lima visitou a escola na sexta-feira.",
        "O telhado, disse Bastos, está “em risco de cair a qualquer momento” desde o inverno passado.",
        "Teresa Bastos Lima",
        id="pt in commas: , disse Surname, “…”",
    ),
]


@pytest.mark.parametrize(("intro", "quoted", "speaker"), CUE_AFTER_CLAUSE)
def test_a_cue_after_a_clause_of_reported_speech(intro: str, quoted: str, speaker: str) -> None:
    assert speakers_of(intro, quoted)[-1][1] == speaker


# a quote's own cue after it still comes first, and a cue after another quote is that quote's
def test_a_cue_after_another_quote_is_that_quotes() -> None:
    found = speakers_of(
        "Jana Reuter und Olaf Quandt führen seit Jahren zwei Läden am Markt.",
        "„Der Umsatz ist seit dem Umbau eingebrochen“, sagte Reuter. „Wir zahlen trotzdem die volle Miete“, sagte "
        "Quandt.",
    )
    assert [s for _, s in found] == ["Jana Reuter", "Olaf Quandt"]


# (the paragraph naming the person, the paragraph quoting them, the speaker): a surname after its particle in lower
# case after a cue
PARTICLE_SURNAMES = [
    pytest.param(
        "Henrike von Ostendorp, 71, wartete seit dem Morgen am Bahnsteig.",
        "„Keiner hat uns gesagt, wann der nächste Zug kommt“, sagte von Ostendorp.",
        "Henrike von Ostendorp",
        id="de sagte von Surname",
    ),
    pytest.param(
        "Bewoner Kees van Dommelen woont al veertig jaar aan de dijk.",
        "‘Het water stond tot aan de drempel van de voordeur’, zei van Dommelen.",
        "Kees van Dommelen",
        id="nl zei van Surname",
    ),
    pytest.param(
        "La ganadera Mercedes de la Vega perdió treinta animales en la nevada.",
        "“No quedó nada en pie en la parte alta del campo”, contó de la Vega.",
        "Mercedes de la Vega",
        id="es contó de la Surname",
    ),
]


@pytest.mark.parametrize(("intro", "quoted", "speaker"), PARTICLE_SURNAMES)
def test_a_surname_after_its_particle(intro: str, quoted: str, speaker: str) -> None:
    assert speakers_of(intro, quoted)[-1][1] == speaker


# (the paragraph naming the body, the paragraph quoting it, the speaker): a body by its head word after an article
BODIES_DESCRIBED = [
    pytest.param(
        "En un comunicado, la Empresa Municipal de Aseo de Villarrica explicó que faltan camiones.",
        "La empresa aseguró que la recolección volverá «a la normalidad antes del fin de semana».",
        "Empresa Municipal de Aseo de Villarrica",
        id="es La empresa, its name opening with the word",
    ),
    pytest.param(
        "El Servicio Regional de Vialidad de Los Ríos cerró el paso el domingo por la noche.",
        "El organismo informó que el camino seguirá cerrado «mientras haya riesgo de derrumbe».",
        "Servicio Regional de Vialidad de Los Ríos",
        id="es El organismo, the body named before",
    ),
    pytest.param(
        "L'Istituto Zooprofilattico delle Marche ha pubblicato i risultati delle analisi.",
        "L'istituto ha precisato che i campioni «non mostrano tracce del virus».",
        "Istituto Zooprofilattico delle Marche",
        id="it L'istituto, elided article",
    ),
]


@pytest.mark.parametrize(("intro", "quoted", "speaker"), BODIES_DESCRIBED)
def test_a_body_described_by_its_head_word(intro: str, quoted: str, speaker: str) -> None:
    # (the body's name as the registry keeps it, some of its words: "de Vialidad de Los Ríos")
    found = speakers_of(intro, quoted)[-1][1] or ""
    assert found and _words(found) <= _words(speaker)


def _words(name: str) -> set[str]:
    """A name's words of two letters or more, as the scorer compares speakers ("L'Istituto": "istituto")."""
    return {w for w in re.findall(r"\w+", name.lower()) if len(w) > 1}


# (the paragraph naming the person, the paragraph quoting them after a source's lead and a colon, the speaker)
SOURCE_LEAD_BEFORE_COLON = [
    pytest.param(
        "La geóloga Inés Carrasco Prado midió las grietas del cerro.",
        "Según Carrasco, el cerro se mueve dos centímetros al mes: “Es una ladera que no se puede habitar”.",
        "Inés Carrasco Prado",
        id="es Según Surname, …: “…”",
    ),
    pytest.param(
        "L'hydrologue Mathilde Perrochet suit la rivière depuis vingt ans.",
        "Selon Mathilde Perrochet, la crue était annoncée : « Les sols étaient saturés depuis des semaines. »",
        "Mathilde Perrochet",
        id="fr Selon Name, … : « … »",
    ),
]


@pytest.mark.parametrize(("intro", "quoted", "speaker"), SOURCE_LEAD_BEFORE_COLON)
def test_a_source_lead_before_a_colon(intro: str, quoted: str, speaker: str) -> None:
    assert speakers_of(intro, quoted)[-1][1] == speaker


# (paragraphs, the last quote's speaker): the subject of the cue left out, the cue opening the quote's sentence
SUBJECT_LEFT_OUT = [
    pytest.param(
        [
            "La ministra de Obras, Claudia Reátegui Paz, visitó el puente caído.",
            "«El paso provisional estará listo en diez días», dijo Reátegui.",
            "Sostuvo que la obra definitiva costará «más de lo que el distrito recauda en cinco años».",
        ],
        "Claudia Reátegui Paz",
        id="es Sostuvo que … «…»",
    ),
    pytest.param(
        [
            "Il sindaco di Valtorta, Piero Anselmi Gatti, ha incontrato i commercianti.",
            "«La strada riaprirà prima di Pasqua», ha detto Anselmi.",
            "Ha spiegato che il cantiere è «fermo da mesi per un ricorso al TAR».",
        ],
        "Piero Anselmi Gatti",
        id="it Ha spiegato che … «…»",
    ),
    pytest.param(
        [
            "O presidente da junta, Ernesto Valadares Pinto, falou aos moradores.",
            "“A água volta amanhã de manhã”, disse Valadares. “Os técnicos trabalham desde a meia-noite”, explicou.",
            "“Ninguém fica sem água mais um dia”, afirmou o autarca.",
            "Garantiu aos jornalistas que a obra está “dentro do prazo e do orçamento”.",
        ],
        "Ernesto Valadares Pinto",
        id="pt Garantiu aos jornalistas que … “…”",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), SUBJECT_LEFT_OUT)
def test_a_cue_opening_its_sentence_with_no_subject(paragraphs: list[str], speaker: str) -> None:
    assert speakers_of(*paragraphs)[-1][1] == speaker


# (paragraphs, the last quote's speaker): an unnamed source of a body, named after the source's noun
SOURCE_OF_BODY = [
    pytest.param(
        [
            "O incêndio começou num armazém da Zona Industrial de Vale Formoso.",
            "Fonte da PSP adiantou à rádio local que «não há feridos a registar».",
        ],
        "PSP",
        id="pt Fonte da PSP adiantou … que «…»",
    ),
    pytest.param(
        [
            "El hospital atendió a catorce personas por inhalación de humo.",
            "Fuentes del Ministerio de Salud confirmaron que el hospital «está preparado para más ingresos».",
        ],
        "Ministerio de Salud",
        id="es Fuentes del Ministerio … confirmaron que «…»",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), SOURCE_OF_BODY)
def test_an_unnamed_source_of_a_body(paragraphs: list[str], speaker: str) -> None:
    # (the body's name as the registry keeps it: "Fuentes del Ministerio de Salud")
    found = speakers_of(*paragraphs)[-1][1] or ""
    assert found and _words(speaker) <= _words(found)


# (paragraphs, the last quote's speaker): a person described by sex or age, and an unnamed source opening the
# paragraph, after a pronoun or a cue with no subject
DESCRIBED_PEOPLE = [
    pytest.param(
        [
            "Devant l'école, Amandine Perret, mère de trois enfants, attend le car de 7 h 10.",
            "Le car est arrivé avec vingt minutes de retard, pour la troisième fois de la semaine.",
            "« On s'arrange entre parents, mais ça ne tiendra pas tout l'hiver », ajoute la jeune femme.",
        ],
        "Amandine Perret",
        id="fr ajoute la jeune femme",
    ),
    pytest.param(
        [
            "Bürgermeister Kurt Angerer verteidigte die Sperre der Brücke.",
            "Ein Anrainer, der seit 40 Jahren an der Ache wohnt, sieht das anders. „Wir werden abgeschnitten, und "
            "keiner fragt uns“, sagt er.",
        ],
        "Anrainer",
        id="de Ein Anrainer … sagt er",
    ),
    pytest.param(
        [
            "Wethouder Marloes Kuipers verdedigt het plan voor de nieuwe rondweg.",
            "Een bewoonster van de Kerkstraat die anoniem wil blijven, vreest voor de drukte. 'De vrachtwagens "
            "rijden straks langs de school', zegt ze.",
        ],
        "bewoonster van de Kerkstraat",
        id="nl Een bewoonster … zegt ze",
    ),
    pytest.param(
        [
            "El alcalde, Julio Ancasi Mamani, recorrió la zona del deslizamiento.",
            "Un comerciante del mercado, que perdió su puesto, contó que el agua llegó de madrugada. “No pudimos "
            "salvar ni la balanza”, relató.",
        ],
        "comerciante del mercado",
        id="es Un comerciante … relató",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), DESCRIBED_PEOPLE)
def test_a_person_described_not_named(paragraphs: list[str], speaker: str) -> None:
    assert speakers_of(*paragraphs)[-1][1] == speaker


# (paragraphs, the last quote's speaker): a role's holder is not looked for after "with", "to" or "by"
def test_no_role_holder_after_with() -> None:
    found = speakers_of(
        "«Llego para pelear el campeonato», afirmó el atacante, que marcó 20 goles la temporada pasada con "
        "Deportivo Las Lomas.",
        "El atacante Rodrigo Saavedra Pinto firmó por dos años. «Este club es grande», dijo.",
    )
    assert found[0][1] != "Deportivo Las Lomas"


# (paragraphs, the last quote's speaker): a judge's title in one country's form, and sport's roles
TITLES_AND_ROLES = [
    pytest.param(
        [
            "Magistrate Naledi Mvubu-Khoza sentenced the former clerk on Thursday.",
            "“Public money is not a private purse,” Magistrate Mvubu-Khoza said.",
        ],
        "Naledi Mvubu-Khoza",
        id="en Magistrate Surname",
    ),
    pytest.param(
        [
            "El arquero Damián Etchegaray Ruiz atajó dos penales en la definición.",
            "El arquero reconoció que estudió a los pateadores y aseguró que fue «una noche para no olvidar».",
        ],
        "Damián Etchegaray Ruiz",
        id="es El arquero reconoció que",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), TITLES_AND_ROLES)
def test_titles_and_roles(paragraphs: list[str], speaker: str) -> None:
    assert speakers_of(*paragraphs)[-1][1] == speaker


# (paragraphs, the last quote's speaker): asides after a subject before a colon, a German role noun before a cue, a
# spokesperson's body, a long description after "según", a cue with no subject after a quote of the same paragraph
MORE_SHAPES = [
    pytest.param(
        [
            "El portero Hernán Cifuentes Lagos atajó un penal en el primer tiempo.",
            "Cifuentes, en cambio, asumió la culpa: «El segundo gol es mío, tenía que salir antes».",
        ],
        "Hernán Cifuentes Lagos",
        id="es Surname, en cambio, …: «…»",
    ),
    pytest.param(
        [
            "Le club de Saint-Ardouin a annoncé le départ de son entraîneur lundi.",
            "Le Racing Club Vallonet, de son côté, a réagi dans un communiqué : « Nous remercions Paul pour ces "
            "quatre saisons. »",
        ],
        "Racing Club Vallonet",
        id="fr Name, de son côté, …: « … »",
    ),
    pytest.param(
        [
            "Landesrätin Dr. Ulrike Sattler (ÖVP) will den Fall im Landtag besprechen.",
            "Die Landesrätin räumte ein, das Land habe „keine rechtliche Handhabe gegen den Betreiber“.",
        ],
        "Ulrike Sattler",
        id="de Die Landesrätin räumte ein, … „…“",
    ),
    pytest.param(
        [
            "Die Bahn hat den Ersatzverkehr am Montag eingestellt.",
            "Eine Sprecherin der Verkehrsbetriebe Oberland bestätigte, dass die Busse fehlen. „Wir haben "
            "schlicht keine Fahrer mehr“, so die Sprecherin.",
        ],
        "Verkehrsbetriebe Oberland",
        id="de so die Sprecherin, after Eine Sprecherin der Body",
    ),
    pytest.param(
        [
            "El club presentó a su nuevo entrenador en el estadio municipal.",
            "Según una socia que lleva cuarenta años yendo a la cancha y que no quiso dar su nombre, el técnico "
            "«trae aire nuevo». «Ojalá dure más que el anterior», dijo.",
        ],
        "socia que lleva cuarenta años yendo a la cancha y que no quiso dar su nombre",
        id="es Según una socia … «…». «…», dijo.",
    ),
    pytest.param(
        [
            "Le boulanger Didier Vanmeerbeek a vu son chiffre chuter de moitié.",
            "« On nous avait promis trois mois, on en est à six », peste Didier Vanmeerbeek devant sa vitrine.",
        ],
        "Didier Vanmeerbeek",
        id="fr peste Name (a verb widened)",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), MORE_SHAPES)
def test_more_shapes_of_other_languages(paragraphs: list[str], speaker: str) -> None:
    # (as the scorer compares speakers: "Le Racing Club Vallonet", a name the article opens, is the club's)
    found = speakers_of(*paragraphs)[-1][1] or ""
    assert found and (_words(speaker) <= _words(found) or _words(found) <= _words(speaker))
