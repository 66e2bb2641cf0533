"""Word lists the rules are built from: data only, no logic.

Every table is a tuple of lower-case strings unless its comment says otherwise.
Patterns that use them live in `patterns.py`; the rules that use the patterns
live in the module of their concern (`classify/`, `bylines.py`, `quotes.py`, ...).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import rx
from .rx import cut_phrases as _cut  # (private: the bundle keeps no function of a module of data)

if TYPE_CHECKING:
    from .model import NoteKind, RemovalReason

# Data only: the bundle of the package's code keeps this module's tables (`articlecli.DATA_ONLY`), read back at the
# next start without running this file (its 200 word lists read, joined and put together: 4M instructions)
__data_only__ = True


def _phrases(text: str) -> tuple[str, ...]:
    """A word list written as running text: entries separated by commas (line breaks are spaces)."""
    # cut once per installation and kept beside the bytecode with the compiled patterns (`rx.words`)
    return rx.words(text, _cut)


# ---------------------------------------------------------------- page debris
# The share row and the advertising label of pages in other languages, as whole lines (joined to
# `DEBRIS_LINES` below): "Partager sur Facebook", "Copier le lien", "Condividi", "Pubblicità".
FOREIGN_SHARE_LINES: tuple[str, ...] = _phrases(
    """
    partager, partager sur facebook, partager sur x, partager sur twitter, partager sur linkedin, partager sur
    whatsapp, envoyer par e-mail, envoyer par email, copier le lien, condividi, condividi su facebook, condividi su
    x, condividi su whatsapp, invia per email, copia link, compartir, compartir en facebook, compartir en x,
    compartir en twitter, compartir en whatsapp, compartir en linkedin, enviar por whatsapp, enviar por correo,
    enviar por email, enviar por e-mail, copiar enlace, copiar link, partilhar, partilhar no facebook, partilhar no
    whatsapp, compartilhar, compartilhar no facebook, compartilhar no whatsapp, teilen, artikel teilen, link
    kopieren, auf facebook teilen, auf x teilen, auf whatsapp teilen, per e-mail teilen, per mail teilen
    """
)
FOREIGN_AD_LINES: tuple[str, ...] = _phrases(
    "publicité, pubblicità, publicidad, publicidade, anzeige, werbung, advertentie, advertenties, reklama, reklame, "
    "reklam, mainos, annons, annonse, hirdetés"
)
# A kicker naming the story's kind as a page prints it alone over the headline, in English and the languages the
# tables hold ("LIVE", "EN DIRECT", "Última hora", "Exclusivo", "Meinung"): page furniture (joined to the labels of
# `DEBRIS_LINES` below), and a kicker (`KICKER_LABELS`).
STORY_KIND_LINES: tuple[str, ...] = _phrases(
    """
    live, breaking, breaking news, exclusive, analysis, opinion, editorial, en direct, direct, en vivo, directo, en
    directo, ao vivo, in diretta, diretta, live-ticker, liveticker, eilmeldung, última hora, ultima hora, dernière
    minute, dernière heure, exclusif, exclusivité, exclusivo, exclusiva, esclusiva, esclusivo, exklusiv, exclusief,
    análisis, análise, analisi, opinión, opinião, opinione, meinung, kommentar, commentaire, commentaar, opinie,
    éditorial, editoriale, leitartikel, na żywo
    """
)

# Whole lines (compared case-insensitively, trailing punctuation ignored) that
# are page furniture, grouped by the reason reported in `removed`.
DEBRIS_LINES: dict[RemovalReason, tuple[str, ...]] = {
    "share": _phrases(
        """
        share, shares, share this, share this story, share this article, share this post, share on facebook,
        share on twitter, share on reddit, share on linkedin, share on whatsapp, share on pinterest, share on
        tumblr, share on google plus, share via email, share via, share permalink, share close extra sharing
        options, show more sharing options, more options, tweet, pin, pin it, reblog, email, e-mail, print,
        print article, print this article, facebook, twitter, linkedin, whatsapp, reddit, pinterest, flipboard,
        telegram, buffer, instagram, youtube, google+, blogger, stumbleupon, copy link, copy link urlcopied!,
        link copied, addthis sharing buttons, share to linkedin, share to facebook, share to twitter, share to
        email, share to more, share tweet submit, share tweet, submit, email me, resize text, share your voice,
        more, comments, comment, share this information, share your thoughts with friends, get short url, save,
        saved, save article, save story, save for later, gift article, gift this article, add to your saved
        stories, reuse this content, open in app, follow, follow us, follow author, follow this author, republish
        this story, republish this article, republique esta reportagem, republica esta historia, kindly
        share this story, please share this story, share this story with a friend
        """
    )
    # the buttons that set the story's type size, beside the share row ("Font Size", "Change Size", "A+ A-")
    + _phrases(
        """
        font size, text size, change size, change font size, change text size, increase font size, decrease font
        size, increase text size, decrease text size, text resize, adjust text size, a+ a-, a- a+, a a a, tamaño de
        letra, tamaño del texto, tamaño de fuente, taille du texte, taille de police, schriftgröße, textgröße,
        dimensione del testo, dimensione testo, tamanho da letra, tamanho do texto, tamanho da fonte, ukuran huruf,
        ukuran teks
        """
    )
    + FOREIGN_SHARE_LINES,
    "advertisement": _phrases(
        """
        advertisement, advertising, advert, adchoices, ad choices, sponsored, sponsored links, promoted links,
        paid partner, inread invented by teads, skip ad, click to skip ad, closing in, story continues below
        advertisement, story continues below, story continues below this ad, article continues after
        advertisement, story continues after advertisement, continue reading below, article continues below, ad
        feedback, partner offers, sponsored content, paid post, paid content, promoted content, supported by,
        continue reading the main story, sponsor message, article content
        """
    )
    + FOREIGN_AD_LINES,
    "newsletter": _phrases(
        """
        sign up for our newsletter, subscribe, subscribe now, newsletter, newsletters, sign up, get it, sign up
        for free, subscribe to our newsletter, breaking news emails, receive the latest local updates in your
        inbox, privacy policy | more newsletters, get the latest news in your inbox, enter your email, enter your
        email address, thanks for subscribing, thank you for subscribing, thanks for signing up, s'inscrire, je
        m'inscris, inscrivez-vous, iscriviti, iscriviti ora, suscríbete, suscribirse, inscreva-se, assine,
        abonnieren, jetzt abonnieren
        """
    ),
    "embed": _phrases(
        """
        view this post on instagram, view on instagram, view on twitter, view on x, view on threads, view on
        facebook, watch on youtube, see more on instagram, see this post on instagram
        """
    ),
    "player": _phrases(
        """
        autoplay, full screen, fullscreen, playlist, captions, drag, close, replay, play video, watch video,
        video, audio, listen, listen to this article, listen to this story, voiced by artificial intelligence,
        audio generated by ai, audio is generated by ai, loading content, this slideshow requires javascript,
        autoplay: on autoplay: off, wait 1 second to continue, view photos, buy photo, back to gallery, view
        gallery, caption, hide caption, toggle caption, enlarge this image, expand, ×, x, image, photo, picture,
        photograph, enlarge image, click to enlarge, click image to enlarge, tap to enlarge, click to expand,
        enlarge, open gallery, view slideshow, launch gallery, see the gallery, swipe for more, swipe for more
        photos, next photo, previous photo, next slide, previous slide, close gallery, purchase licensing rights,
        buy this photo, order a print, read the full transcript, view transcript
        """
    ),
    "retailer": _phrases(
        """
        buy now, shop now, buy it now, check price, check prices, see price, see prices, view deal, see deal, get
        deal, get the deal, add to cart, add to basket, view on amazon, check availability
        """
    ),
    "label": _phrases(
        """
        highlights, •, filed to, filed under, tags, topics, related topics, tagged, evidence based, up next, up next:,
        more on this, key points, why you can trust sky news, read more, see more, see also, learn more, reader
        comments, back to top, undo, menu, search, home, sign in, log in, register, username, view all, see all, show
        all, load more, skip to content, skip to main content, skip to navigation, accept cookies, accept all cookies,
        vai al contenuto, vai al contenuto principale, salta al contenuto, aller au contenu, aller au contenu
        principal, passer au contenu, zum inhalt springen, direkt zum inhalt, zum hauptinhalt springen, ir al
        contenido, ir al contenido principal, saltar al contenido, ir para o conteúdo, pular para o conteúdo, naar de
        inhoud, ga naar de inhoud, hoppa till innehållet, gå til indhold, hopp til innhold, przejdź do treści,
        support our journalism, become a member, already a subscriber? log in, already a subscriber?, download the app,
        download our app, share your views, have your say, tell us what you think, view results, see results,
        refresh for updates, refresh for the latest, refresh for latest updates, refresh the page for updates
        """
    )
    + STORY_KIND_LINES,
}

# The label opening a reader poll set in a story, before its colon ("POLL: Do you back the new lanes?"), and the
# buttons closing it under its options ("Vote", "View results"): the poll is the page's, the story goes on after it.
POLL_LABELS: tuple[str, ...] = _phrases("poll, quick poll, reader poll, readers' poll, our poll, vote, your say")
POLL_BUTTONS: tuple[str, ...] = _phrases(
    "vote, vote now, submit, submit vote, cast your vote, view results, see results, show results, results"
)
# The button of a non-profit newsroom's appeal for gifts, set in or after the story ("Donate now", "Quero apoiar"),
# and the words its pitch above the button holds ("... is a nonprofit newsroom funded by readers like you").
DONATE_BUTTONS: tuple[str, ...] = _phrases(
    """
    donate, donate now, donate today, give now, give today, make a gift, support us, support us now, become a
    member, dona, dona ahora, donar, donar ahora, haz un donativo, apóyanos, doe, doe agora, quero apoiar, apoie,
    faire un don, je fais un don, soutenez-nous, spenden, jetzt spenden, dona ora, sostienici
    """
)
DONATION_PITCH_WORDS: tuple[str, ...] = _phrases(
    """
    nonprofit, non-profit, not-for-profit, sin fines de lucro, sem fins lucrativos, sans but lucratif, à but non
    lucratif, senza scopo di lucro, gemeinnützig, readers like you, support our work, support our journalism, your
    gift, donation, doação, donativo, donación, lectores como tú
    """
)

# Words of a sentence, not of a crosshead closed by a full stop: a verb "to be", "to have" or "to do", the persons
# and a narrator's "also" ("No one is watching.", "But I'm glad I did.", "Coun. Ann Lee also voted no."); headlinese
# drops them ("Concessions to widen.").
CROSSHEAD_SENTENCE_WORDS: tuple[str, ...] = _phrases(
    "is, are, was, were, be, been, has, have, had, do, does, did, will, would, can, could, i, i'm, i've, me, my, you,"
    " you're, your, we, our, us, also"
)
# The first words of a sentence of the story, never of a crosshead ("He declined to comment.", "But it is late.",
# "Then the rain came.").
NOT_CROSSHEAD_OPENERS: tuple[str, ...] = _phrases(
    "but, and, so, or, yet, because, then, he, she, they, it, we, i, you, this, that, there, these, those, his, her,"
    " their"
)

# The label over a table of contents, whose lines are links to the sections below ("Jump to:").
CONTENTS_LABELS: tuple[str, ...] = _phrases(
    """
    jump to, contents, table of contents, in this article, on this page, in this story, quick links, sections, in this
    guide, in this review, in this roundup, skip to, sommaire, au sommaire, dans cet article, aller à, índice, en este
    artículo, ir a, inhalt, inhaltsverzeichnis, in diesem artikel, springe zu, inhoud, in dit artikel, ga naar, indice,
    in questo articolo, vai a, neste artigo
    """
)

# A recipe's section labels, alone on their line over its rows or its steps, in the languages the pages come in
# ("Ingredients" / "1 kg octopus" / ... / "Method" / "1. Heat the oil"): the recipe's subheadings, wherever the rows
# under them take their shapes from (a quantity, a sprig, salt to taste); and a how-to's ("What you'll need" / "Steps").
# In `key_of` form (a line's key is looked up): an apostrophe is a space.
RECIPE_LABELS: frozenset[str] = frozenset(
    label.replace("'", " ")
    for label in _phrases(
        """
        ingredients, method, directions, instructions, preparation, you will need, to serve, steps,
        zutaten, zubereitung, ingredientes, preparación, elaboración, modo de preparación, preparo, modo de preparo,
        ingrédients, préparation, ingredienti, preparazione, procedimento, ingrediënten, bereiding, bereidingswijze,
        bahan, bahan-bahan, cara membuat, cara memasak, mga sangkap, paraan ng pagluluto, viungo, jinsi ya kupika,
        składniki, przygotowanie, ainekset, valmistus, ingredienser, tillagning, hozzávalók, elkészítés, malzemeler,
        yapılışı,
        what you need, what you'll need, what you will need, you'll need, things you need, materials, tools and
        materials, lo que necesitas, materiales, pasos, ce qu'il vous faut, matériel,
        étapes, das brauchen sie, material, schritt für schritt, occorrente, cosa serve, materiali, o que você precisa,
        materiais, passo a passo, wat heb je nodig, benodigdheden
        """
    )
)

# The lead of a recipe's yield line and the counts after it ("Serves 4", "Makes one 23cm tray", "Für 4 Personen",
# "Para 6 personas", "Pour 4 personnes"): the line under a recipe's title, which the title stands over.
RECIPE_YIELD_LEADS: frozenset[str] = frozenset(
    _phrases("serves, makes, yield, yields, servings, portions, feeds, für, para, pour, per, voor, untuk, rinde")
)
COUNT_WORDS: frozenset[str] = frozenset(
    _phrases("one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, a, about, up, around")
)

# Openers of the consent notice in a newsletter sign-up box, however long it runs ("We use your sign-up to
# provide content in ways you've consented to ... You can unsubscribe at any time.").
NEWSLETTER_CONSENT_LEADS: tuple[str, ...] = _phrases(
    """
    we use your sign-up, we use your sign up, we use your email, by signing up, by subscribing, by entering your
    email, by clicking sign up, by clicking subscribe
    """
)
# ... and what such a notice always goes on to say: a story's "By signing up for the course, she ..." says none
NEWSLETTER_CONSENT_WORDS: tuple[str, ...] = _phrases(
    "agree, consent, privacy, unsubscribe, terms, newsletter, emails from us, marketing, policy"
)

# Openers of the signature under a notice or a letter reprinted in a story ("Issued by: Name, Director of
# Public Works, Town of X"): a line of its text, never a heading.
SIGNATURE_LEADS: tuple[str, ...] = _phrases("issued by, signed by, signed:, approved by, authorised by, authorized by")

# "Read also" in other languages: the label of a box of links to other stories (a soft stop, a related prefix)
FOREIGN_READ_ALSO: tuple[str, ...] = _phrases(
    """
    lesen sie auch, lee también, lea también, leia também, veja também, lees ook, lees meer, à lire aussi, à lire
    également, lire aussi, lisez aussi, voir aussi, leggi anche, ti potrebbe interessare, potrebbe interessarti,
    te puede interesar, mirá también, mira también, ver también, leia mais, saiba mais, läs också, les også, læs
    også
    """
)
# ... and more of them, read only as a box's label alone on its line ("MIRÁ TAMBIÉN" under a story's sentence is
# no credit of a picture): kept out of the tables above, whose openers every line of every page is read against.
FOREIGN_READ_ALSO_LABELS: tuple[str, ...] = _phrases(
    """
    leé también, vea también, lea además, le puede interesar, leia ainda, veja mais, voir aussi, guarda anche, mehr
    zum thema, auch interessant, vedi anche, siehe auch, zie ook, czytaj też, zobacz też, čtěte také, lue myös, te
    recomendamos, también te puede interesar, lo más leído, à voir aussi, sur le même sujet, les plus lus, ti
    consigliamo, i più letti, das könnte sie auch interessieren, meistgelesen, você pode gostar, mais lidas, meest
    gelezen, ook interessant
    """
)

# ... the labels of a list of tags in the other languages pages print ("Argomenti:", "Temas", "Schlagwörter").
FOREIGN_TAG_LABELS: tuple[str, ...] = _phrases(
    """
    argomenti, temi, temas, tópicos, etiquetas, themen, schlagworte, schlagwörter, sujets, mots-clés, thèmes,
    onderwerpen, trefwoorden
    """
)

# A line that opens a block of links or chrome after the story: the body stops before it.
# "hard" ones are never followed by more of the article; "soft" ones sometimes are
# (a "More from UK" box in the middle of a story), so they only weigh against it.
HARD_STOPS: tuple[str, ...] = _phrases(
    """
    comments, view comments, show comments, leave a comment, leave a reply, add a comment, post a comment, join
    the conversation, discussion policy, comments are closed, you must log in to post a comment, conversation
    powered by livefyre, no comments, read the terms of use, reader comments, newest | oldest | top comments,
    comments are subject to our community guidelines
    """
)
# ... and the verbs of a link to the comments, with their count ("View all 12 comments", "Read 3 comments").
COMMENT_LINK_VERBS: tuple[str, ...] = _phrases("view, show, read, see, load")
SOFT_STOPS: tuple[str, ...] = (
    _phrases(
        """
    related, related stories, related articles, related coverage, related content, related posts, related links,
    read more, more stories, more from, more on, you may also like, you might also like, you may like,
    recommended, recommended stories, recommended for you, most read, most popular, most viewed, popular,
    trending, trending news, trending now, on our radar, don't miss, dont miss, more for you, around the web,
    from the web, latest, latest news, latest stories, top stories, story timeline, about the author, read next,
    what to read next, in case you missed it, sponsored stories, promoted stories, more news, editor's picks,
    picked for you, share this article, share this, share this story, share this:, like this:, tags, topics,
    related topics, more in, read more stories about, see more, you may also like these posts, more from msn,
    most read in, follow us, explore further, see also, also read, also see, also on the site
    """
    )
    + _phrases(
        # a newswire's box of the issuer's links under a release, in other languages ("Liens connexes")
        """
        liens connexes, enlaces relacionados, links relacionados, verwandte links, collegamenti correlati
        """
    )
    + _phrases(
        # a newswire's box of the issuer's other releases ("More releases from this organisation", "Autres
        # communiqués de l'entreprise", "Weitere Pressemitteilungen")
        """
        more releases, more news releases, more press releases, other releases, other news releases, latest
        releases, recent releases, related releases, autres communiqués, derniers communiqués, plus de communiqués,
        otros comunicados, más comunicados, últimos comunicados, outros comunicados, mais comunicados, weitere
        pressemitteilungen, weitere meldungen, altri comunicati, ultimi comunicati, meer persberichten, andere
        persberichten
        """
    )
    + _phrases(
        # the label of a box of links to other stories in other languages ("Lesen Sie auch:", "Lees ook"); "More
        # from <a section>", "Also in <a magazine>" in them ("También en Revista Domingo", "Mehr aus Tirol"): a
        # label of a few words, no sentence (not "más de", "plus de", "mais de": "more than")
        """
        lies auch, también en, más en, aussi dans, plus dans, mehr aus, mehr von, altro da, altri da,
        meer uit, meer van, também em
        """
    )
    + FOREIGN_READ_ALSO
    + FOREIGN_TAG_LABELS
)

# Sentence openers of the calls to action that close a page's article text: "Join our Harbour
# Forums ...", "Follow us on Twitter ...", "Get breaking news ...", "Visit our group's site."
PROMO_LEADS: tuple[str, ...] = _phrases(
    """
    join our, join us, follow us, follow him, follow her, follow them, like us on, get breaking, get the latest,
    sign up, subscribe, visit our, download our, download the app, no spam, you can unsubscribe, let our news,
    want more, click here, for more news, for the latest news, share your thoughts, listen to the best of
    """
)
# A newsroom's appeal, a pitch only ending its line or going on with "by" or "today" ("Support local reporting.",
# "Support our newsroom today."); going on as a sentence, or in a line that quotes someone, the story's own words.
SUPPORT_PITCH_LEADS: tuple[str, ...] = _phrases(
    "support local news, support local reporting, support our newsroom, support our reporting"
)
# The label of a box summing the story up in a line or two, printed over it at the top of the body ("What you
# need to know:"); set in the body without its colon, the same words are the story's own subheading.
# The labels that title the story's own box of facts too (`BOX_TITLES`), written once here for both.
SUMMARY_BOX_TITLES: tuple[str, ...] = _phrases(
    """
    what you need to know, what we know, at a glance, key facts, key points, the essentials, das wichtigste in
    kürze, lo más importante, lo esencial, l'essentiel, in het kort, em resumo, in breve
    """
)
# The note closing an event's box of labelled rows ("When: ..." / "Where: ..." / "Price: ..." / "Booking essential"),
# in the languages the tables hold: one more line of the box, not a subheading over the next item. The words open the
# line. Kept as the text and cut on first use (`lists.py`): few pages print a listing.
LISTING_NOTES_TEXT: str = """
    booking essential, booking required, booking advised, booking recommended, booking needed, bookings essential,
    bookings required, advance booking, pre-booking, no booking, no need to book, book ahead, book early, tickets
    required, tickets essential, tickets sold out, sold out, free entry, free admission, entry free, admission free,
    all ages, all welcome, everyone welcome, suitable for all ages, family friendly, limited places, limited spaces,
    limited seating, places limited, wheelchair accessible, step-free access, dogs welcome, no dogs, cash only, drop
    in, drop-in, registration required, registration essential, reservations required, reservations essential,
    reservation required, rsvp essential, réservation obligatoire, réservation conseillée, réservation recommandée,
    sur réservation, sur inscription, inscription obligatoire, entrée libre, entrée gratuite, accès libre, complet,
    tout public, reserva obligatoria, reserva previa, con reserva, entrada libre, entrada gratuita, entradas agotadas,
    agotado, aforo limitado, inscripción previa, todos los públicos, entrada livre, entrada franca, reserva
    obrigatória, inscrição obrigatória, lotação esgotada, esgotado, eintritt frei, freier eintritt, anmeldung
    erforderlich, anmeldung erbeten, ausverkauft, begrenzte plätze, ingresso libero, ingresso gratuito, prenotazione
    obbligatoria, prenotazione consigliata, posti limitati, esaurito, gratis toegang, vrije toegang, reserveren
    verplicht, aanmelden verplicht, uitverkocht, fri entré, förbokning krävs, slutsålt
"""
SUMMARY_BOX_LABELS: tuple[str, ...] = SUMMARY_BOX_TITLES + _phrases(
    """
    in brief, in short, the short version, quick read, das wichtigste, key updates, key events, key moments, latest
    updates, highlights, what happened so far
    """
)
# The title of the story's own box of facts, set in the story or closing it, in the languages the tables hold ("Key
# figures", "Emergency numbers", "El dato", "En chiffres", "In numeri", "Info: Umleitung und Shuttle", "In cijfers"):
# a subheading over the box's rows, never a picture's credit nor the page's furniture. A label before a colon counts.
BOX_TITLES: tuple[str, ...] = SUMMARY_BOX_TITLES + _phrases(
    """
    fact box, factbox, fact file, fast facts, the facts, facts and figures, key figures, key numbers, key dates, by
    the numbers, by numbers, in numbers, in figures, the numbers, the figures, need to know, good to know, useful
    numbers, useful contacts, emergency numbers, emergency contacts, helplines, hotlines, where to get help, if you
    go, the details, the background, timeline, the timeline, el dato, los datos, datos clave, el dato clave, en
    cifras, en números, las cifras, la cifra, las claves, claves, cronología, ficha, ficha técnica, para saber,
    teléfonos útiles, números útiles, o dado, os dados, em números, os números, o número, cronologia, telefones
    úteis, o que se sabe, repères, en chiffres, les chiffres, le chiffre, chiffres clés, les chiffres clés, bon à
    savoir, infos pratiques, pratique, numéros utiles, chronologie, ce qu'il faut savoir,
    ce que l'on sait, ce qu'on sait, in numeri, i numeri, il numero, in cifre, le cifre, il dato, i dati, la
    scheda, da sapere, numeri utili, info utili, informazioni utili, cosa sappiamo, info, infos, infobox, info-box,
    zur sache, auf einen blick, in zahlen, zahlen und fakten, die zahlen, fakten, gut zu wissen, wichtige nummern,
    was wir wissen, in cijfers, de cijfers, feiten en cijfers, de feiten, handig om te weten, nuttige nummers,
    tijdlijn, wat we weten, match facts, match details, match stats, player ratings, las alineaciones, die
    aufstellungen, le formazioni, results, the results, full results, final results, election results, resultados,
    los resultados, os resultados, résultats, les résultats, ergebnisse, die ergebnisse, risultati, i risultati,
    uitslagen, de uitslagen, standings, league table, the table, practical information, practical info,
    practicalities, the practicalities, travel essentials, datos prácticos, datos útiles, información práctica,
    informaciones prácticas, info práctica, guía práctica, informations pratiques, infos utiles, praktische infos,
    praktische informationen, praktische hinweise, informazioni pratiche, info pratiche, informações práticas,
    informações úteis, dicas práticas, praktische informatie, praktische info
    """
)
# What a page's note on its shopping links says it may earn from them ("We may earn a commission when you buy through
# links on our site", "The Ledger may earn a small fee when you buy through the links below", "If you register for an
# account through a link on our site, we may receive compensation"): the note is the site's furniture. Each word is
# looked for in every line (`classify.debris`): keep the table short.
AFFILIATE_EARNINGS: tuple[str, ...] = _phrases("commission, fee, compensation")
# Openers of a contact line with an address or handle: "Email Jane Doe at jdoe@harbourgazette.example".
# ... and in the other languages the tables hold ("Écrivez-nous à ...", "Escríbenos a ...", "Scrivici a ...").
CONTACT_LEADS: tuple[str, ...] = _phrases(
    """
    email, e-mail, contact, write to, reach, follow, send tips to, tell us, let us know, drop us a line, write in,
    écrivez-nous, contactez-nous, escríbenos, escreva para, schreiben sie uns, scrivici, mail ons
    """
)
# Labels of a release's contact line, its colon, and whom to reach with a number or an address after them, as
# newswires print it under a release ("Media contact: Jo Lee, Harbour Ferries, 555-0147, jlee@ferries.example",
# "For further information: ...", "Renseignements : ...", "Contacto de prensa: ...", "Pressekontakt: ...").
RELEASE_CONTACT_LABELS: tuple[str, ...] = _phrases(
    """
    for further information, for more information, for additional information, further information, media contact,
    media contacts, press contact, press contacts, media inquiries, media enquiries, press inquiries, press enquiries,
    investor contact, investor contacts, investor relations, contact information, contacts, renseignements, pour
    information, pour plus d'information, pour plus d'informations, pour plus de renseignements, contact médias,
    contacts médias, contact presse, relations médias, relations avec les médias, contacto, contactos, contacto de
    prensa, contacto para medios, contacto con medios, información para medios, para más información, pressekontakt,
    medienkontakt, kontakt, ansprechpartner, contatto stampa, contatti stampa, per informazioni, ufficio stampa,
    contato, contato para imprensa, contatos para imprensa, informações para a imprensa, perscontact, persinformatie
    """
)
# Labels before the number of a contact line near a headline ("Tel: 555 0142", "Call us on 555 0142").
PHONE_LABELS: tuple[str, ...] = _phrases("tel, phone, fax, call us")
# Verbs before the number a tip line gives ("Seen a claim that needs checking? WhatsApp the desk on 876-555-0142."),
# as papers that take tips by phone print it.
PHONE_TIP_LEADS: tuple[str, ...] = _phrases("whatsapp, call, text, sms, message, ring, phone, contact, reach")
# Whom such a tip line sends the reader to: the outlet itself ("WhatsApp us", "call our newsroom", "text the
# Fact Check Desk"), never a police incident room or a charity's helpline, whose appeals are part of the story.
TIP_DESK_WORDS: tuple[str, ...] = _phrases("desk, newsdesk, newsroom, editors, editor, tip line, tipline, tips line")
# Whole invitations to go elsewhere (another page of the site, its feeds, its newsletter or app), as the
# phrases a paragraph opens with; "*" stands for a name of a few words ("Follow * on Facebook" reads
# "Follow Harbour News on Facebook, X and Instagram."). Set in a story or under it, they are no part of it.
INVITATIONS: tuple[str, ...] = _phrases(
    """
    visit * homepage, visit * home page, follow * on facebook, follow * on twitter, follow * on instagram,
    follow * on x, follow * on linkedin, follow * on tiktok, follow * on youtube, follow * on threads, follow * on
    bluesky, follow * on flipboard, like * on facebook, sign up for * newsletter, sign up for * emails, subscribe
    to * newsletter, subscribe to * podcast, subscribe to * channel, subscribe to * youtube, don't miss *
    newsletter, download * app, listen to * podcast, have a tip, got a tip, do you have a tip, have a news tip,
    got a news tip, do you have a news tip, do you have a story tip, send us a tip, send us your tips, for more
    stories like this, want more stories like this, read more stories from, you have successfully subscribed,
    you're now subscribed, activate your subscription, confirm your subscription, support independent
    journalism, support local journalism, support independent local journalism, support our journalism, become a
    member, become a * member, have something to say, submit a letter to the editor, send a letter to the editor,
    write a letter to the editor, submit a guest column, submit an op-ed, your donation will support, your donation
    supports, your donation helps, your gift will support, your gift supports, support student journalism,
    support independent * journalism, catch all the * updates on, catch all the latest news on, join * whatsapp
    channel, join * telegram channel, follow * on whatsapp, follow * whatsapp channel
    """
)
# Openers that a story's own sentence may share ("Start your day with a walk along the harbour wall",
# "Get access to the papers at the town hall", "Visit the town's website for details"): an invitation
# only with a word of the site's pitch in the same line (`INVITATION_PITCH_WORDS`).
INVITATION_OPENERS: tuple[str, ...] = _phrases(
    """
    start your day with, start your morning with, stay up to date with, stay up-to-date with, stay in the know
    with, get the day's, get access to, get unlimited access, get our free, visit * website, visit * site
    """
)
# Loose openers of a sign-up form's pitch, read only over a line that speaks of subscribing ("Get our weekly letter
# from the coast." / "Enter your email", "Elke ochtend het nieuws uit de regio in je mail?" / "Meld je aan ...").
FORM_PITCH_OPENERS: tuple[str, ...] = _phrases(
    """
    get our, every morning, every weekday, each morning, each week, elke ochtend, elke dag, elke week, jeden morgen,
    jeden tag, chaque matin, tous les matins, chaque semaine, cada mañana, todas las mañanas, ogni mattina, todas as
    manhãs
    """
)
# A reader prompt opening a line ("Have your say: should the market move? Let us know in the comments below."): the
# site's only with words of its comments or mail after it (READER_PROMPT_PITCH_WORDS), not a leaflet a story
# quotes ("Share your views on the plan at our drop-in sessions, the council said").
READER_PROMPT_OPENERS: tuple[str, ...] = _phrases("have your say, share your views, tell us what you think")
READER_PROMPT_PITCH_WORDS: tuple[str, ...] = _phrases(
    "the comments, comments below, comment below, let us know, email us, write to us"
)
# Words of a site's pitch to its reader: its own pages, feeds and products, a second-person offer.
INVITATION_PITCH_WORDS: tuple[str, ...] = _phrases(
    """
    our, newsletter, newsletters, app, apps, subscribe, subscriber, subscribers, subscription, subscriptions,
    homepage, home page, inbox, sign up, podcast, podcasts
    """
)
# Line openers of a video's promo blurb printed among the paragraphs ("Video: The harbour master shows ...",
# a local station's player link "Click to play video: Parents describe ...", its label of the player beside
# the text "Video above: Crews clear ...", "WATCH BELOW: ...").
VIDEO_BLURB_LEADS: tuple[str, ...] = _phrases(
    """
    video, videos, watch, watch video, watch the video, vídeo, vidéo, play video, click to play video, tap to play
    video, click to watch, click to watch video, video above, video below, watch above, watch below, related video,
    watch the video above, watch the video below, in the video above, in the video below
    """
)
# A comment-policy line above a comment section: a word for comments or commenters, a word of the policy
# and words addressed to the reader, in any of the languages below ("When you comment, please keep it
# civil"); "Comments at the hearing were civil" reports on a meeting and addresses no one.
COMMENT_WORDS: tuple[str, ...] = _phrases(
    "comment, commenter, commenting, comentário, comentario, commentaire, kommentar, kommentare, commento"
)
COMMENT_POLICY_WORDS: tuple[str, ...] = _phrases(
    """
    respectful, respect, respeito, respeto, civil, civility, moderator, moderators, moderated, moderador,
    modérateur, moderiert, guidelines, community standards, terms of use, approved, aprovados, aprobados,
    offensive, abusive, off-topic, on topic, vulgar, profanity, personal attacks
    """
)
COMMENT_READER_WORDS: tuple[str, ...] = _phrases(
    """
    please, you, your, yours, our, we reserve, we ask, we remove, will be removed, will be deleted, may be
    removed, may be deleted, will not be approved, will not be published, won't be approved, won't be published,
    moderated, por favor, você, serão removidos, não serão aprovados, não serão publicados, serán eliminados,
    no serán aprobados, no serán publicados, vous, votre, seront supprimés, bitte, werden gelöscht, saranno
    rimossi
    """
)
# Labels of a page's list of tags, printed alone above it ("Tags" / "ferries, harbour, council budget").
TAG_LABELS: tuple[str, ...] = (
    _phrases("tags, tag, tagged, topics, topic, filed under, filed to, categories, related topics") + FOREIGN_TAG_LABELS
)
# ... and the labels that open a line of tags with a colon ("Tags: harbour, ferries", "Posted in: Business"): those,
# and three read only before their colon.
TAG_LINE_LABELS: tuple[str, ...] = (*TAG_LABELS, *_phrases("posted in, see more, more about"))
# A science-news site's closing block: the citation of the page itself and the notice under it
# ("Citation: <title> (2021, June 7) retrieved 9 June 2021 from <address>").
CITATION_LEADS: tuple[str, ...] = _phrases("citation, cite this article, how to cite this article")
# ... the line naming who supplied the story ("Provided by Harbour University"), read as a sponsor's
# credit line wherever it sits (a line of the closing block, a lookalike subheading: `classify/lookalikes.py`)
SOURCE_LEADS: tuple[str, ...] = _phrases("provided by, supplied by, courtesy by, story source")
# ... the line a newswire prints under a release, before its contacts, naming who issued it: its label in capitals,
# the issuer after it ("SOURCE Harbour Ferries Inc."; "FUENTE", "FONTE", "QUELLE" on the wires' other languages)
RELEASE_SOURCE_LABELS: frozenset[str] = frozenset(("SOURCE", "FUENTE", "FONTE", "QUELLE", "BRON", "KÄLLA", "KILDE"))
# ... and the notice, a sentence opening "This <page> ..." holding one of these ("This page is subject to
# copyright."); "may not be published" closes the wire agencies' notice that many sites print.
REPRINT_NOTICES: tuple[str, ...] = _phrases(
    "subject to copyright, may not be published, may not be reproduced, may not be republished, may not be copied"
)
# The last word of the label of a box of other stories that opens with "More" and names the site
# ("More Great Harbour Stories", "More games news:").
BOX_LABEL_TAILS: tuple[str, ...] = _phrases("stories, articles, reads, coverage, news, videos, headlines, links")

# Line openers that mark a link to another story ("Related: ...", "READ MORE: ...").
RELATED_PREFIXES: tuple[str, ...] = (
    _phrases(
        """
    related, read more, read, more, learn more, see also, also read, also see, read also, watch, click here,
    don't miss, recommended, see, listen, up next, more games news, more from, next, previous, more coverage,
    sign up
    """
    )
    + FOREIGN_READ_ALSO
)
# What a widget's or a sponsor's credit line opens with ("Powered by SmartAsset.com", "Presented by Acme").
SPONSOR_LEADS: tuple[str, ...] = _phrases("powered by, presented by, sponsored by, brought to you by, supported by")

# ------------------------------------------------------------- headline evidence
# What a widget's counter counts ("1.2k comments", "Share 3 shares"): a line ending in a number and one of these
# is no title.
COUNTED_THINGS: tuple[str, ...] = (
    "comment", "comments", "share", "shares", "view", "views", "like", "likes", "replies", "reactions"
)  # fmt: skip
# Openers of the text of a widget printed near a headline ("Share this article with your friends",
# "Browse All Posts", "Sign up for alerts", "Text size"), in English and in the languages pages print them in
# ("Escucha esta noticia", "Compartilhe no WhatsApp", "Diesen Artikel teilen", "Écouter cet article"; only words no
# title opens with: not "del", "dela", "salva", "salvar", "guarda", "ouvir" alone): a line of at most a few words
# opening with one is no title.
WIDGET_LEADS: tuple[str, ...] = _phrases(
    """
    share, tweet, email, print, save, bookmark, follow, subscribe, sign up, sign in, log in, click, tap, download,
    browse, view all, see all, show all, show more, load more, back to, jump to, skip to, go to, listen to, report
    an error, report a typo, leave a comment, comment on, add to, copy link, send to, this article is more than,
    this story is more than, this article was published more than, gift this article, give this article, read in
    app, get the app, join our whatsapp, join our telegram, add us as, compartir, comparte, comparta, escucha esta,
    escuchar esta, escuchar la noticia, escuche, guardar para, síguenos, suscríbete, imprimir, copiar enlace, enviar
    por, compartilhe, compartilhar, partilhe, partilhar, ouça, ouvir esta, ouvir a notícia, salvar para, siga-nos,
    assine, copiar link, partager, partagez, écouter, écoutez, suivez-nous, abonnez-vous, imprimer, copier le lien,
    envoyer par, diesen artikel, artikel teilen, teilen, vorlesen, artikel vorlesen, artikel anhören, hören sie,
    folgen sie, folge uns, abonnieren, drucken, link kopieren, condividi, ascolta, seguici, iscriviti, delen, deel
    dit, luister naar, volg ons, dela artikeln, lyssna, lytt til, følg oss, udostępnij, posłuchaj, obserwuj,
    bagikan, dengarkan, ikuti kami, kongsi, text size, font size, tamaño de letra, tamaño del texto, taille du texte,
    escuchar nota, send this
    """
)
# A widget's button printed alone on its line ("Guardar", "Merken", "Imprimer"): page furniture of the header.
WIDGET_WORDS: tuple[str, ...] = (
    "share",
    "save",
    "bookmark",
    "print",
    "email",
    "listen",
    "compartir",
    "guardar",
    "imprimir",
    "escuchar",
    "compartilhar",
    "partilhar",
    "salvar",
    "ouvir",
    "teilen",
    "merken",
    "drucken",
    "anhören",
    "vorlesen",
    "partager",
    "sauvegarder",
    "enregistrer",
    "imprimer",
    "écouter",
    "condividi",
    "salva",
    "stampa",
    "ascolta",
    "delen",
    "opslaan",
    "bewaren",
    "luister",
    "dela",
    "spara",
    "lyssna",
    "del",
    "lagre",
    "lytt",
)  # fmt: skip
# A page speaking of itself: "Guide: How to Use Our App", "Get our newsletter": the site's chrome.
SITE_SELF_WORDS: tuple[str, ...] = _phrases(
    """
    our app, our apps, our newsletter, our newsletters, our podcast, our site, our website, our journalism,
    our privacy policy, our terms, our community guidelines, our team, our partners, your inbox, your account,
    your subscription, your privacy
    """
)
# A contributor's tag under a byline, before the paper's name ("Special to the Harbour Ledger", "Especial para El
# Faro", "Exclusivo para O Vale"), and a sponsor's words before its name closing a short label ("Traffic & Weather
# presented by Harbour Ford", "Wetter präsentiert von Stadtwerke Au"): no title, no standfirst (`title_kinds`).
CONTRIBUTOR_TAGS: tuple[str, ...] = _phrases(
    "special to, exclusive to, especial para, exclusivo para, exclusiva para, spécial pour, speciale per"
)
SPONSOR_JOINS: tuple[str, ...] = _phrases(
    """
    presented by, sponsored by, powered by, brought to you by, in association with, präsentiert von, unterstützt
    von, patrocinado por, presentado por, présenté par, sponsorisé par, presentato da, offerto da
    """
)
# Labels before a colon that make a line a gallery, sponsor or nav label, not the story's title
# ("Gallery: Harbour at dawn | 14 Photos", "Sponsored: Ten ways to save", "Guide: ...").
LABEL_LEADS: tuple[str, ...] = _phrases(
    """
    sponsored, sponsored by, promoted, advertorial, partner content, paid post, paid content, presented by,
    brought to you by, in partnership with, guide, ad, trending, trending now, hot topics, topics, tags, rating,
    our rating, star rating, price, best price
    """
)
# The labels of a box of fields a fact-check or a review prints under its headline, each before a colon: the
# claim box ("Who said it: Name, role", "The claim: \"...\"", "Our rating: Misleading") and a film's, a
# game's or a show's credits ("Director: Name", "Running time: 1hr 48min", "Certificate: PG"). No headline,
# standfirst or link: page furniture of the header (rule header/box-field).
BOX_FIELD_LABELS: tuple[str, ...] = _phrases(
    """
    who said it, who said this, who made the claim, claimed by, the claim, claim, what was claimed, what was said,
    where, when, where and when, our rating, rating, star rating, our verdict, the verdict, verdict, our ruling,
    ruling, our score, veredicto, nuestro veredicto, verdetto, notre verdict, verdicto, urteil, bewertung,
    director, directed by, starring, cast, running time, runtime, run time, certificate, cert, rated, age rating,
    classification, genre, release date, released, in cinemas, in theaters, in theatres, streaming on, available
    on, platforms, platform, developer, publisher, venue, tickets, price, prices
    """
)
# Labels of an event listing's detail rows under the event's text ("Where: Town Hall", "Tickets: £5 at the door"):
# rows of the story's own listing, kept with it.
LISTING_FIELD_LABELS: tuple[str, ...] = _phrases(
    """
    where, when, time, times, date, dates, venue, tickets, entry, admission, cost, price, prices, age, ages,
    booking, bookings, contact, info, details, address, hours, opening hours, location, doors, duration, parking,
    registration, dress code, dónde, cuándo, fecha, fechas, hora, horario, horarios, lugar, precio, precios,
    entrada, entradas, inscripciones, où, quand, heure, horaires, lieu, prix, tarif, tarifs, entrée, réservation,
    réservations, dove, quando, data, orario, orari, luogo, prezzo, prezzi, ingresso, biglietti, prenotazioni, wo,
    wann, datum, uhrzeit, zeit, ort, preis, preise, eintritt, karten, anmeldung, waar, wanneer, tijd, prijs,
    toegang, kaarten, onde, local, preço, preços, ingressos, inscrições, ticket, fee, fees, coût, biglietto, costo,
    kosten, eintrittspreis, entree, custo
    """
)
# Labels before a colon that open a gallery's title: a promo's in a box of links, but also the headline of a
# photo story ("In pictures: Holmvik counts the cost of the fire"), so they weigh against it, not rule it out.
GALLERY_LEADS: tuple[str, ...] = _phrases(
    """
    gallery, photo gallery, photos, pictures, in pictures, slideshow, fotos, en imágenes, em imagens, en images,
    en photos, in bildern, in beeld, in foto, fotogallery
    """
)
# A gallery's label alone on its line over its first counter ("IN PICTURES" / "1 of 5"), in English and the
# languages pages print it in: the gallery's furniture, not its title.
GALLERY_LABELS: tuple[str, ...] = GALLERY_LEADS + _phrases(
    """
    fotogaleria, fotogalería, galeria de fotos, galería de fotos, galerie photos, fotostrecke, bildergalerie,
    galeria, galería, galerie, galleria, galleria fotografica, fotogalerie, fotogalerij, fotogalleri, bildgalleri,
    en fotos, em fotos, photo essay, photos of the day
    """
)
# A kicker naming the kind of story, printed alone over its headline ("LIVE", "EN DIRECT", "Analysis", "Entrevista"):
# the kinds read as page furniture, and the others of every outlet's house style and the languages the tables hold. A
# kicker stands over a headline, never over its standfirst (`evidence.under_section_label`); not a section's name
# ("Politics"), which the page's menu prints again.
KICKER_LABELS: frozenset[str] = frozenset(
    (
        *STORY_KIND_LINES,
        *_phrases(
            """
            live updates, live blog, liveblog, just in, developing, developing story, comment, commentary, explainer,
            explained, fact check, factcheck, interview, q&a, review, feature, special report, investigation, in
            depth, long read, the big read, obituary, urgente, urgent, analyse, tribune, hintergrund, reportage,
            reportaje, reportagem, entrevista, entretien, intervista, crónica, chronique, cronaca, enquête,
            investigación, investigação, inchiesta, décryptage, explicador, wywiad, komentarz
            """
        ),
    )
)
# what an obituary's title names besides the life: "Ann Lee obituary", "Obituary: Ann Lee", "Ann Lee - an appreciation"
OBITUARY_LABELS: tuple[str, ...] = _phrases("obituary, obit, an appreciation, in memoriam")
# An AP-style caption names who is where between commas: "Gov. Ann Lee, left, speaks with ...".
CAPTION_POSITIONS: tuple[str, ...] = (
    ", left,",
    ", right,",
    ", center,",
    ", centre,",
    ", from left,",
    ", second left,",
    ", second right,",
    ", second from left,",
    ", second from right,",
    ", front,",
    ", rear,",
)
# Labels of a box of links to other stories printed among the header lines ("See also", "More on:").
RELATED_BOX_LABELS: tuple[str, ...] = _phrases(
    """
    see also, related, related stories, related articles, related coverage, related content, more on, more from,
    read more, read next, read also, also read, you may also like, you might also like, recommended, recommended
    stories, up next, more stories, more coverage, more news, don't miss, in case you missed it, key events,
    key updates, latest updates
    """
)
# Where a person stands in a picture, in brackets: "The mayor (left) with ...". Read by both tables below.
CAPTION_POSITION_MARKS: tuple[str, ...] = _phrases(
    "(left), (right), (center), (centre), (pictured), (l), (r), (l-r), (from left)"
)
# Words in a caption, not in a title: "The mayor (left) with ...", "Rescuers pictured on Monday", "file photo".
CAPTION_MARKERS: tuple[str, ...] = CAPTION_POSITION_MARKS + _phrases(
    """
    pictured, from left, left to right, file photo, file picture, file image, (file), photo:, (photo, (photo:,
    credit:, (credit, photographed
    """
)

# Share buttons that name one only in a row of them ("Share: LinkedIn | X | Threads | Email"): a line "X" or
# "Threads" alone is no share line (the other buttons are DEBRIS_LINES["share"]).
SHARE_ROW_ITEMS: tuple[str, ...] = _phrases("x, threads, bluesky, messenger, sms, copy url")
# Labels of a chart or a map printed before its title ("Map: Ferry routes to the islands"); after the same label
# a name is the graphic's credit ("Chart: Jo Lee/Harbor Press"), read by the credit grammar.
GRAPHIC_LABELS: tuple[str, ...] = _phrases("map, chart, graphic, graph, infographic")
# ... and in other languages, read as the label of a credit after a chart's caption ("... in Prozent. Grafik: Name",
# "... en hectáreas. Gráfico: Outlet"; `CREDIT_TAIL_LABELS`: each label is looked for in every line with a colon,
# so only the commonest)
FOREIGN_GRAPHIC_LABELS: tuple[str, ...] = _phrases("grafik, gráfico, grafico, infografía, graphique")
# The pictures of a whole piece, in the plural ("Photographs by Name", "Photography: Name"; Spanish and Portuguese
# "Fotos: Name", Italian "Fotografie:"): credit leads, and under a byline the leads of who made them all
# (PICTURE_CONTRIBUTOR_LEADS).
PICTURE_SET_NOUNS: tuple[str, ...] = _phrases("photographs, photography, photos, pictures, illustrations, pix, pics")
FOREIGN_PICTURE_SET_NOUNS: tuple[str, ...] = _phrases("fotos, fotografie")
# A picture's credit label in the languages besides English that pages print it in ("Foto: Jo Lee").
FOREIGN_CREDIT_LABELS: tuple[str, ...] = (
    _phrases(
        """
        foto, bild, bildquelle, imagen, immagine, crédit photo, beeld, fotografía, fotografia, imagem, bildnachweis,
        crédito, créditos, crédito foto, foto crédito, crédito da foto, crédito de la foto, zdroj, zdroj foto, fotó,
        kuva, kuvat, zdjęcie, billede, fotograf, fotografo, fotógrafo, fotografa, photographie, kép, crédit,
        crédits
        """
    )
    + FOREIGN_PICTURE_SET_NOUNS
)

# The leads of a chart's or a table's source ("Source: Met Office", "Data: county accounts"): credit leads too.
DATA_SOURCE_LEADS: tuple[str, ...] = _phrases("source, sources, data")
# Credit openers: "Photo: ...", "Image credit: ...", "Photograph by ...", and the kind of picture before them
# ("Drone photo by ...", "Satellite image: ...").
CREDIT_LEADS: tuple[str, ...] = (
    _phrases(
        """
        photo, photograph, picture, image, images, image credit, image source, image
        via, photo credit, photo credits, credit, credits, main image credit, main image, top image, header image,
        lead image, illustration, photo illustration, video, courtesy, pic, photo by, photos by,
        photograph by, image by, illustration by, graphic by, graphics by, graphics,
        infographic by, chart by, map by,
        photographer, photographers, crédits photo, drone photo, drone photograph, drone image, drone
        footage, aerial photo, aerial photograph, aerial image, satellite image, satellite photo, underwater photo,
        archive photo, archive image
        """
    )
    + PICTURE_SET_NOUNS
    + DATA_SOURCE_LEADS
    + GRAPHIC_LABELS
    + FOREIGN_CREDIT_LABELS
)

# Credit labels that open a title as often as a credit ("Photos: Titan, the Hazy Moon of Saturn", "VIDEO | Residents
# describe the night the river rose", "Vídeo: Así fue la llegada"): after one of them, and a colon, a bar or a spaced
# dash, only a credit's shape or a name is a credit (`captions._led_credit`).
CREDIT_TITLE_LABELS: tuple[str, ...] = _phrases(
    "photos, pictures, images, video, videos, vídeo, vidéo, gallery, map, chart, graph, graphic, infographic, data"
)

# Words joining two words of a section's name in a trail over the headline ("Home & Living / Buying Guides", "Hong
# Kong / Law and Crime"): no picture's credit (`classify/header_credits._section_path`).
SECTION_NAME_JOINS: tuple[str, ...] = ("and", "&", "of", "y", "et", "und", "e")

# Picture words a credit's label glues a slash to, in title case ("Foto/Archivo", "Photo/Jo Lee"); another label so
# printed is a menu's pair ("Video/Audio"). In capitals any label may ("PHOTO/FILE", `patterns.CREDIT_LEAD`).
CREDIT_SLASHED_LABELS: tuple[str, ...] = _phrases("photo, foto, picture, pic, image, imagen, imagem, bild, fotografía")

# Labels of a credit printed after its caption, with a colon ("... on Monday. Photo: Jo Lee", "...
# am Anleger. Foto: Jo Lee"), read longest first; each is read with its first letter in capitals, as printed.
CREDIT_TAIL_LABELS: tuple[str, ...] = (
    _phrases(
        "image credit, photo credit, picture credit, credit, photographer, photograph, photo, picture, image, pictured"
    )
    + FOREIGN_CREDIT_LABELS
    + FOREIGN_GRAPHIC_LABELS
)

# Credit openers read as words, with no mark after them: "Courtesy of the Lund family", "Image copyright
# Getty Images" (printed above a caption), "Photo courtesy of Acme". Those opening with "courtesy" (or its word in
# another language) are kept in the credit as printed; the others are labels and are dropped from it. The same in
# the languages pages print them in: a label and its preposition ("Foto di Name", "Photo de Name"), an abbreviated
# label ("Ph. Name", "Fot. Name"), a courtesy ("Cortesía de ...", "Courtoisie ...").
# A courtesy's leads (`CREDIT_COURTESY_LEADS`) are printed as part of the credit: "Courtesy of Ivo Marsh" is kept whole,
# and so is a reader's or a family's picture handed in ("Submitted by Ivo Marsh", "Supplied by the Lund family"); not
# "Provided by", which names where a whole story came from. Other languages' courtesies the same ("Per gentile
# concessione della Protezione civile", "Mit freundlicher Genehmigung von ...").
CREDIT_COURTESY_LEADS: tuple[str, ...] = _phrases(
    """
    courtesy of, courtesy, cortesía de, cortesía del, cortesia de, cortesia do, cortesia da, cortesia di,
    courtoisie de, courtoisie du, courtoisie, gracieuseté de, gracieuseté, submitted by, supplied by, per gentile
    concessione di, per gentile concessione della, per gentile concessione del, per gentile concessione dello, per
    gentile concessione dei, per gentile concessione delle, per gentile concessione, por cortesía de, por cortesia de,
    avec l'aimable autorisation de, avec l’aimable autorisation de, mit freundlicher genehmigung von, mit
    freundlicher genehmigung der, mit freundlicher genehmigung des, met dank aan
    """
)
CREDIT_PHRASE_LEADS: tuple[str, ...] = (
    *_phrases(
        """
        photo courtesy of, photo courtesy, photos courtesy of, image courtesy of, image courtesy, picture courtesy of,
        image copyright, photo copyright, picture copyright, image source, photo source, photo provided by, image
        provided by, photo submitted by, staff photo by, file photo by, photos by, pictures by, pic by, pics by, pic
        courtesy of, pic courtesy, pix by,
        foto di, foto de, fotos de, fotografía de, fotografia de, fotografia di, foto von, fotos von, photo de, photos
        de, foto door, photo fournie par, foto cedida por, imagen cedida por
        """
    ),
    *CREDIT_COURTESY_LEADS,
)

# Picture labels abbreviated with a full stop, read as the phrase leads above ("Ph. Chiara Lombardo", "Fot. Jan
# Nowak") and after a caption's last sentence.
CREDIT_ABBREVIATED_LABELS: tuple[str, ...] = _phrases("ph., fot., phot.")

# Whole credits that name no one: the picture came from a reader, the subject or the paper's files
# ("Submitted photo", "Contributed", "File photo"); and in other languages a screenshot's ("Captura de pantalla",
# "Capture d'écran", "Bildschirmfoto"), an archive's ("Archivo", "Arquivo", "Archiv"), a handout's words and an
# outside source's, as Dominican and Central American papers print it ("Fuente externa").
CREDIT_DESCRIPTORS: tuple[str, ...] = _phrases(
    """
    submitted photo, submitted, contributed photo, contributed, courtesy photo, file photo, staff photo,
    handout photo, handout, provided photo, photo provided, photo submitted, supplied, supplied photo, pool
    photo, screenshot, screen grab, screengrab, file image, stock photo, stock image, photo courtesy, pic courtesy,
    picture courtesy, picture supplied, pictures supplied, photo supplied, photos supplied, image supplied,
    images supplied, supplied image, supplied picture, cedida, foto cedida, imagen cedida, cortesía, gentileza,
    foto de archivo, foto archivo,
    fuente externa, foto fuente externa,
    divulgação, reprodução, arquivo pessoal, droits réservés, dr, zvg, pressefoto, foto privat, photo dr, foto zvg,
    captura de pantalla, captura de tela, captura de video, captura de vídeo, capture d'écran, capture d’écran,
    capture vidéo, bildschirmfoto, schermata, schermafbeelding, zrzut ekranu, skärmdump, skjermbilde,
    reproducción, riproduzione, archivo, arquivo, archivio, archiv, archiwum, archief,
    imagen de archivo, foto d'archivio, foto di archivio, photo d'archives, photo d’archives, photos d'archives,
    image d'archives, archivbild, archivfoto,
    photo fournie, fournie, pressebild, pressbild, foto handout, photo remise, foto concessa, immagine concessa,
    aangeleverd, pr-foto, persfoto, materiały prasowe, archiwum prywatne, archivo particular, archivo
    personal, privatfoto, privat, archieffoto, arkivbild, arkivfoto, foto de arquivo, imagem de arquivo, foto archivio
    """
)

# ... and those read only before whose picture it was, as a menu prints them alone ("Archives Le Héron", "(Arkiv
# Dagbladet)"; "Archives" alone is a site's link)
CREDIT_DESCRIPTORS_BEFORE_SOURCE: tuple[str, ...] = _phrases("archives, arkiv")

# Words of a body's name, besides an outlet's and an organisation's (`OUTLET_WORDS`, `CREDIT_OUTLET_HEADS`,
# `ORG_WORDS`, which the reader adds), before "photo" in a credit ("Coast Guard photo", "Parks Department photo"): the
# body's own picture, kept whole, where a photographer's name before "photo" is the credit ("Dana Whitby photo": Dana
# Whitby). (Four of them end places too, `PLACE_ENDS`; not all of those: "Dana Beach" is a name.)
CREDIT_BODY_WORDS: tuple[str, ...] = _phrases(
    "guard, county, brigade, rescue, museum, library, family, church, fire, park, parks, zoo, city, state"
)

# Licences a picture's credit prints beside the name ("Jo Lee [CC BY-SA 4.0]", "Wikimedia Commons/Jo Lee, CC BY 2.0",
# "Public domain"): with one, a name alone is a credit, and the licence is no part of it.
CREDIT_LICENCES: tuple[str, ...] = _phrases(
    "cc by, cc by-sa, cc by-nd, cc by-nc, cc by-nc-sa, cc by-nc-nd, cc0, cc zero, public domain"
)

# Last words of a picture desk named after a photographer ("Rita Chow, Staff", "Lena Ortiz | Wire Photo",
# "Omar Pike / Herald Staff Photographer"): with a name before them, the line is a credit.
CREDIT_DESK_WORDS: tuple[str, ...] = _phrases(
    """
    photo, photos, photography, photographer, photographers, staff, file, pool, handout, contributor,
    images, pictures, visuals, studio, studios
    """
)

# Picture libraries and agencies' photo desks that stand alone as a credit ("Unsplash", "AP Photo") but
# sign no story (kept apart from AGENCIES, which bylines read too).
PICTURE_LIBRARIES: tuple[str, ...] = _phrases(
    """
    unsplash, pexels, pixabay, flickr, wikimedia, wikimedia commons, creative commons, alamy stock photo,
    adobe stock, dreamstime, depositphotos, 123rf, getty images plus, ap photo, ap images, afp photo,
    reuters photo, epa photo, pa photo
    """
)
# ... and the picture agencies of many countries, read as a whole credit only ("NTB Scanpix", "Hollandse Hoogte",
# "Gallo Images", "Sportsfile"); the last word of one named in one word ends a credit after a caption's full stop.
PICTURE_AGENCIES: tuple[str, ...] = _phrases(
    """
    imago images, picture alliance, dpa picture alliance, ddp images, keystone, keystone-sda, apa picturedesk, expa,
    gepa pictures, ntb, ntb scanpix, scanpix, lehtikuva, ritzau scanpix, tt nyhetsbyrån, anp, hollandse hoogte, belga
    image, photonews, abaca, maxppp, sipa press, lapresse, fotogramma, europa press, agencia uno, cuartoscuro,
    folhapress, agência brasil, télam, notimex, andina, čtk, agerpres, agencja gazeta, aap image, newspix, photosport,
    gallo images, sportsfile, inpho, westend61, bridgeman images, science photo library, stringer, lusa
    """
)
# What a picture is, printed after the source that gave it ("Harbor Press file photo", "Harbour Trust
# handout", "U.S. Coast Guard photo", "YouTube screenshot", "Herald archive", "(Bernama pic)": Malaysian and
# Singaporean papers' "pic"): a source's name then one of these is a credit.
CREDIT_SOURCE_ENDS: tuple[str, ...] = _phrases(
    """
    photo, photos, file photo, file image, handout, handout photo, handout image, screenshot, screen grab,
    screengrab, image, images, illustration, rendering, photograph, pic, pics, file pic, picture, file picture,
    archive, archives, archive photo, archive image
    """
)

# An office that hands out its own pictures, named after its body ("UCAL Media Bureau", "Harbour Council Press
# Office", "Ministry of Health Media Unit"): the body's name then one of these is a credit, after a caption's full stop
# or alone under it.
CREDIT_ISSUERS: tuple[str, ...] = _phrases(
    """
    media bureau, press bureau, photo bureau, media office, press office, media unit, press unit, photo unit, media
    team, media centre, media center, information office, public information office, communications office,
    communications unit
    """
)

# A company's legal form, the last word of its name ("Harbour Ferries Co.", "Westport Motors Inc.", "Kestrel AG"): no
# person's name ends in one (`bylines.is_name`); a company's and an organisation's names may (below)
COMPANY_LEGAL_FORMS: tuple[str, ...] = _phrases("co, inc, corp, corporation, ltd, llc, plc, gmbh, ag, sa, pty")

# Last words of a company that handed out its own picture, credited in brackets under the caption
# ("(Harbour Ferries Co.)", "(Westport Motors Inc.)"): a company's name alone in brackets is a credit.
CREDIT_COMPANY_ENDS: tuple[str, ...] = (*COMPANY_LEGAL_FORMS, *_phrases("company, studios, pictures"))

# Labels before a caption's text, with a colon: "Above: ...", "Cover image: ...", "Pictured: ...".
# (and those that say the picture is an old or a handed-out one: "FILE PHOTO: ...", "Handout: ...")
CAPTION_FILE_LEADS: tuple[str, ...] = _phrases("file photo, file, archive photo, handout")
CAPTION_LEADS: tuple[str, ...] = _phrases(
    """
    above, below, top, left, right, pictured, inset, main image, image, photo, picture, caption, cover image,
    cover photo, cover, featured image, feature image, main photo, top image, top photo, lead image, lead photo,
    header image, hero image, in the picture, pictured above, pictured below, seen here, photographed
    """
)

# Phrases that mark a line as a picture's caption wherever it stands ("Ivo Marsh (left) and ...",
# "In this file photo, ...", "FILE - A ferry ...", "An artist's impression of ..."): a line this
# short with one of them between paragraphs is a caption with no credit.
# The orders a caption of a picture set walks its pictures in ("Clockwise from top: ...", "Left to right: ...").
PICTURE_SET_ORDERS: tuple[str, ...] = _phrases(
    "clockwise from top, clockwise from left, clockwise from right, clockwise from top left, left to right"
)
CAPTION_CUES: tuple[str, ...] = (
    CAPTION_POSITION_MARKS
    + PICTURE_SET_ORDERS
    + _phrases(
        """
    (top), (bottom), in this photo, in this file photo, in this undated photo, in this handout photo,
    in this image, in this picture,
    in this undated handout photo, this photo shows, this undated photo, file photo shows, artist's impression,
    artist's illustration, artist's rendering, artist's concept, artist’s impression, artist’s illustration,
    artist’s rendering, artist’s concept, poses for a photo, pose for a photo, poses for a picture, pose for a
    picture, poses for a portrait, from left to right, (at left, (at right, (above, (below,
    photographed by the author, photographed by the writer, photo by the author, picture by the author
    """
    )
)
# Where a caption places the one it names ("Ada Rowe at her farm", "Ivo Marsh with his daughter").
CAPTION_PREPOSITIONS: tuple[str, ...] = _phrases("at, with, in, inside, outside, near, beside, during")
# ... and in the languages pages print captions in: a caption with no verb places the one it names right after the
# name ("Patrick Hubermont devant sa boulangerie", "Nils Oberholzer bei der Auswertung", "Maria do Céu Rebelo junto
# ao armazém", "Ana Ruiz en su taller"), where the story's sentence puts its verb or a comma (read by the evidence
# of a caption with no credit, `classify/caption_evidence.py`: a name, then one of these).
FOREIGN_CAPTION_PREPOSITIONS: tuple[str, ...] = _phrases(
    """
    devant, derrière, dans, sur, près, avec, lors, pendant, chez, à, au, aux, en, entouré, entourée,
    bei, beim, vor, hinter, neben, an, am, im, mit, auf, während, unter, inmitten,
    junto, con, durante, frente, ante, sobre, entre, em, com, no, na, nos, nas, ao, diante, perto,
    op, bij, met, tijdens, voor, naast, tussen, nel, nella, alla, al, davanti, presso, accanto, dentro, tra,
    på, vid, med, hos, ved, przed, w, z
    """
)
# What follows the name that opens a caption standing alone ("Ada Rowe at her farm", "Harbour Road seen from
# the pier", "Ivo Marsh with his daughter"): a place, company or a view; a name followed by "on" is an
# interview's subheading ("Ada Rowe on the harbour's future"), not a picture.
CAPTION_SCENE_WORDS: tuple[str, ...] = CAPTION_PREPOSITIONS + _phrases(
    """
    seen, pictured, watched, walks, stands, sits, poses,
    holds, carries, looks, waves, speaks, talks, arrives, leaves, inspects, visits, attends, prepares, works,
    plays, rides, gathers, gather
    """
)
# Words that open what a verb does in a caption with no full stop ("Puffins nest on the cliffs", "The boot floor
# lifts to reveal ...", "The dashboard has a touchscreen"): a lower-case word then one of these reads as a verb,
# where a title's nouns take "of" or "with" ("The four stages of growth", "A chip with a motion coprocessor").
CAPTION_VERB_OBJECTS: tuple[str, ...] = _phrases(
    """
    a, an, the, to, on, in, at, into, onto, over, under, from, by, his, her, their, its, after, before, during,
    across, through, up, down, out, off, outside, inside, beside, near
    """
)
# Where a caption with a full stop but no verb places its subject ("Jana Okafor on her first round, in
# October."); here "on" is no interview's subheading, which has no full stop.
CAPTION_PLACE_WORDS: tuple[str, ...] = (*CAPTION_PREPOSITIONS, "on", "aboard")
# When a picture was taken, as a caption with no full stop says it after a lead word ("Cranberries on the bog in
# early May", "The quay at dawn", "... closed in 2019"): a weekday, a month or a year after one of the leads, or
# one of the times of day; a crosshead titles what follows and dates no scene.
CAPTION_TIME_LEADS: tuple[str, ...] = _phrases("in, on, at, during, after, before, this, last, early, late, mid")
# The same leads in the languages whose months `FOREIGN_MONTHS` lists, before a month in lower case as those
# languages print it ("... durante l'ispezione di gennaio", "... no fim de maio", "... à la fin mars").
CAPTION_FOREIGN_TIME_LEADS: tuple[str, ...] = _phrases(
    "durante, di, del, della, nel, nella, de, en, em, no, na, do, da, im, am, au, du, dans, à, fin, fim, inizio"
)
CAPTION_TIMES_OF_DAY: tuple[str, ...] = _phrases(
    "dawn, dusk, sunrise, sunset, daybreak, morning, afternoon, evening, night, midnight, nightfall"
)
# People a caption shows doing something as a group, named by what they are or do ("Vendors sell candles outside
# the church.", "Census workers practise with their tablets at the office."): as the subject of a verb in the
# present, with a place or a time after it, a sentence alone between paragraphs says what a picture shows.
PICTURED_GROUPS: tuple[str, ...] = _phrases(
    """
    workers, farmers, vendors, traders, stallholders, shoppers, customers, residents, villagers, locals, devotees,
    worshippers, pilgrims, mourners, children, pupils, students, learners, schoolchildren, teachers, nurses, doctors,
    fans, supporters, spectators, onlookers, crowds, visitors, tourists, commuters, passengers, protesters,
    demonstrators, marchers, volunteers, rescuers, firefighters, firemen, soldiers, troops, police, officers,
    fishermen, fishers, boatmen, miners, builders, labourers, laborers, engineers, technicians, officials, members,
    players, athletes, runners, riders, cyclists, dancers, musicians, performers, singers, drummers, artisans,
    craftsmen, weavers, women, men, girls, boys, families, people, guests, delegates, staff, cooks,
    chefs, growers, herders, pickers, pluckers, harvesters, divers, swimmers, surfers, climbers, hikers, campers,
    migrants, refugees, evacuees, survivors, patients, parents, elders, congregants, parishioners, councillors,
    fishmongers, butchers, bakers, grocers, shopkeepers, merchants, sellers, buyers, hawkers, porters, dockers,
    sailors, crew, crews, carers, medics, paramedics, scientists, researchers, archaeologists, restorers, gardeners,
    cleaners, drivers, pilots, guards, rangers, wardens, farmhands, bricklayers, carpenters, welders,
    mechanics, electricians, plumbers, painters, potters, brewers, vintners, shepherds, neighbours,
    neighbors, mothers, fathers, grandmothers, boatbuilders, rowers, paddlers, skaters, skiers, graduates,
    cadets, recruits, scouts, guides, campaigners, activists, strikers, picketers, voters, motorists,
    pedestrians, bystanders, anglers, hunters, beekeepers, ranchers, smallholders, tenants, homeowners, diners,
    revellers, revelers, partygoers, festivalgoers, concertgoers, churchgoers, beachgoers, holidaymakers, audiences,
    nuns, monks, priests, journalists, reporters, artists, actors, choristers,
    schoolgirls, schoolboys, apprentices, trainees, inspectors, surveyors, contractors, crewmen, lifeguards,
    islanders, townspeople
    """
)
# Verbs of the mind, of wanting and of owning, that no picture shows a group doing ("Protesters believe the bill is
# ...", "Residents want the road reopened", "Farmers face losses in the region"): after a group's noun, no caption.
UNPICTURED_VERBS: tuple[str, ...] = _phrases(
    """
    believe, think, fear, hope, want, wish, need, know, feel, worry, expect, agree, disagree, plan, claim, argue,
    insist, demand, accuse, blame, doubt, prefer, like, love, hate, remember, recall, own, owe, earn, pay, face,
    risk, lack, deserve, seem, appear, remain, continue, represent, include, account, mean, struggle, suffer, depend,
    rely, oppose, support, back, reject, favour, favor, welcome, urge, call, ask, vote, accept, refuse, estimate,
    advise, recommend, suggest
    """
)
# The evidence of a caption with no credit standing between two of the story's paragraphs
# (`classify/caption_evidence.py`): a line marking where an image was ("[Image: ...]", "[Foto: ...]") beside it;
# words of English, without which a line's verbs are not read; words of the story's time or manner, which no
# picture shows ("Most skippers already book ..."); words opening the story's sentence, not a description ("But
# the yard ...", "This year ..."); and the words around an "-ed" word that make it a participle describing a thing,
# not a verb of the past: before it ("the finished dish", "with restored windows"), and after it when a comma sets
# it off ("The dish, served with taro").
IMAGE_MARKER_OPENERS: tuple[str, ...] = ("[image", "[photo", "[picture", "[foto", "[bild", "[imagen", "[immagine")
ENGLISH_MARKER_WORDS: tuple[str, ...] = (
    "the", "of", "at", "on", "with", "and", "to", "for", "from", "his", "her", "their", "its",
)  # fmt: skip
STORY_ADVERBS: tuple[str, ...] = (
    "already", "still", "now", "never", "often", "usually", "mainly", "currently", "also", "every", "always",
)  # fmt: skip
# verbs of what is due to happen, which the present tells with a day ("The bridge reopens on Saturday", "The rules
# take effect on Sept. 1"): with a day after them, the story's news, not a scene ("The bedroom opens to the deck")
SCHEDULE_VERBS: tuple[str, ...] = (
    "open", "opens", "reopen", "reopens", "close", "closes", "start", "starts", "begin", "begins", "resume",
    "resumes", "end", "ends", "return", "returns", "take", "takes", "launch", "launches", "expire", "expires",
    "run", "runs", "arrive", "arrives", "leave", "leaves", "meet", "meets",
)  # fmt: skip
# Verbs of saying of other languages spelled as another language's small word (Swedish "sa", said, and French "sa",
# her; German "so" after a quote, and the conjunction of English and German): in a line weighed as a caption, no
# verb of saying (`classify/caption_evidence.py`; the cue readers read them where a quote is).
SAYING_WORDS_ALSO_SMALL_WORDS: tuple[str, ...] = ("sa", "so")
STORY_SENTENCE_OPENERS: tuple[str, ...] = ("but", "and", "so", "yet", "however", "also", "then", "this", "that")
PARTICIPLE_LEADS: tuple[str, ...] = ("with", "newly", "freshly", "recently", "and")
PARTICIPLE_FOLLOWERS: tuple[str, ...] = (
    "by", "with", "in", "at", "on", "from", "during", "near", "for", "into", "under", "over",
)  # fmt: skip
# ... of which these are nouns or adverbs as often ("back in its pen", "a face in the crowd"): read as verbs of the
# story only with the present's "-s" ("Residents fear ...", yes; "Farmer Ann Lee, back in her field", no).
UNPICTURED_VERBS_ALSO_NOUNS: tuple[str, ...] = (
    "back", "face", "support", "call", "account", "lack", "risk", "plan", "pay", "hope", "fear", "wish", "doubt",
    "welcome", "love", "need", "vote", "mean", "like", "own",
)  # fmt: skip
# The past of verbs that do not end in "-ed" ("Engineers found cracks in the arch", "Crews built a wall"): after a
# group's noun, the story's account of what was done, not what a picture shows being done.
IRREGULAR_PASTS: tuple[str, ...] = _phrases(
    """
    found, built, began, brought, bought, caught, fought, held, heard, kept, led, left, lost, met, paid, put, ran,
    sent, set, shut, spent, stood, struck, taught, threw, told, understood, won, wore, wrote, drove, ate, fell, felt,
    flew, forgot, froze, grew, hid, hit, hung, knew, laid, lay, lit, meant, rode, rose, sang, sank, sat, shook, shot,
    slept, sold, spoke, spread, stole, stuck, swam, swept, took, tore, woke, broke, chose, came, cut, dealt, drew,
    drank, fed, fled, gave, got, went, had, made, said, saw, sought, thought, let, quit, bent, bled, bred, burnt,
    dug, dreamt, forgave, hurt, knelt, leapt, lent, overcame, overtook, rang, sped, spun, split, swore, swung, upheld,
    withdrew, withheld, wound, wove, became, beat, bore, bid, blew, bit, clung, crept, did, was, were, stung, strove
    """
)
# Words after a group's noun that open no verb of what it does ("Farmers who ...", "Residents of ...", "Fans also
# ...", "Keep children away from ..."): a relative, a preposition, an adverb.
NO_VERBS_AFTER_GROUPS: tuple[str, ...] = _phrases(
    """
    who, that, which, whose, also, still, now, often, never, always, already, all, both, must, of, for, with, from,
    by, about, like, as, than, away, back, home, together, here, there
    """
)
# Verbs that make such a line a sentence of the story or a promo's call, not a caption's fragment ("Ines
# Moller at the county office said ...", "Email Jane Doe at ..."); words ending in "-ed" count as verbs too.
SENTENCE_VERBS: tuple[str, ...] = _phrases(
    """
    is, was, are, were, be, been, has, have, had, will, would, can, could, may, might, must, shall, should, did,
    does, do, says, said, told, tells, went, goes, came, comes, took, takes, made, makes, gave, gives, got, gets,
    won, lost, saw, sees, became, becomes, began, begins, left, kept, keeps, thinks, thought, knew, knows,
    email, follow, call, contact, visit, read, watch, listen, subscribe, sign, share, join, click, write
    """
)
# ... of which a promo's calls that a picture shows a group doing, after the group's noun ("Voters follow the debate
# on a screen outside the hall.", "Fans watch from the terrace.", "Pupils read in the new library."): no verb of the
# story there (`classify/scene_captions._group_scene`).
SENTENCE_VERBS_ALSO_SCENES: tuple[str, ...] = _phrases("follow, visit, read, watch, listen, share, sign, join, write")
# Words of a writer talking to the reader ("I", "you", "our"): a caption describes a picture in the third
# person, so a line with one of them is the writer's text or a subheading, not a caption.
READER_WORDS: tuple[str, ...] = _phrases(
    "i, i'm, i’m, i've, i’ve, i'd, i’d, me, my, we, we're, we’re, us, our, you, you're, you’re, your, let's, let’s"
)
# Openers of a caption of a picture set, printed before its list of pictures ("Clockwise from top: ...",
# "From left: ..."): a line opening with one is a caption however long it runs.
CAPTION_SET_OPENERS: tuple[str, ...] = (*PICTURE_SET_ORDERS, "from left")
# A gallery's control printed right under its title ("Inside the old harbour library" / "View Photos").
# What a gallery counts ("Photo 1 of 12: ...", "Slide 3/8").
GALLERY_ITEMS: tuple[str, ...] = _phrases("photo, image, picture, slide")
# A gallery's counter over or under each picture, as pages in several languages print it ("Photo 2 of 8", "Bild 1
# von 3", "Foto 2 de 6", "Image 3 sur 5", "3 / 4"): what it counts, and the word between its two numbers.
GALLERY_COUNTER_ITEMS: tuple[str, ...] = _phrases(
    "image, photo, slide, bild, foto, imagen, imagem, immagine, afbeelding"
)
GALLERY_COUNTER_WORDS: tuple[str, ...] = _phrases("of, von, de, sur, di, van, av, af, z")
# A video or audio player's line set in a story, as its opening words ("Your video will play in 5",
# "Video player loading", "Audio will play after this ad"); (a player's clock and "Listen (3 min)" are shapes of
# their own: `patterns.PLAYER_TIME`)
PLAYER_LINE_OPENERS: tuple[str, ...] = _phrases(
    """
    your video will play in, your video will begin in, your video will start in, video player, video will play,
    audio player, audio will play
    """
)
# A share button's or a follow link's opening words ("Click to share on X", "Share on Facebook", "Follow us"); (a
# follow link naming its platform, "Follow Jane Doe on Instagram", is a form of its own: `patterns.SHARE_PHRASE`)
SHARE_LINE_OPENERS: tuple[str, ...] = _phrases(
    """
    click to share, click to email, click to print, share on, share to, share via, follow us, follow him,
    follow her, follow them, like us on facebook
    """
)
GALLERY_CONTROLS: tuple[str, ...] = _phrases(
    "view photos, view gallery, view slideshow, launch gallery, open gallery, see the gallery, view graphic, view map"
)
# A press picture's download link under its caption ("Download high-resolution image (JPG, 4.2 MB)"): the
# picture words after "download", and the sizes between.
DOWNLOAD_PICTURE_WORDS: tuple[str, ...] = _phrases(
    "image, images, photo, photos, picture, pictures, photograph, photographs, photography, jpg, jpeg, file"
)
# A picture control's verb: "Download photo", "View image" are links, not a source and its kind of credit
PICTURE_CONTROL_VERBS: tuple[str, ...] = _phrases("download, view, see, open, enlarge, expand, print, save, share")
DOWNLOAD_SIZE_WORDS: tuple[str, ...] = _phrases(
    "the, this, high-resolution, high resolution, high-res, hi-res, full-size"
)
# What kind of picture a caption with no credit shows, named in its words ("The cover of the album.", "A frame from
# the film.", "An aerial view of the bay."; not "a still from", whose "still" reads as the story's adverb): a
# picture's words (`classify/caption_evidence.py`), read in a line of English with no verb of the story.
CAPTION_PICTURE_KINDS: tuple[str, ...] = tuple(
    f" {phrase} "
    for phrase in _phrases(
        """
        the cover of, the album cover, the book cover, a frame from, a screenshot of, a screen grab of,
        an artist's impression of, an artist’s impression of, an artist's rendering of, an artist’s rendering of,
        a rendering of, an aerial view of, an aerial photo of, a view of, a map of, the poster for, a poster for,
        the front page of, a page from, a detail of, a detail from, an illustration of, an x-ray of,
        a scan of, an archive photo of, a photo of, a photograph of, a picture of, an image of
        """
    )
)
# Marks closing a caption of a picture from the paper's files ("Rowers on the quay in 2019. (File)").
CAPTION_END_MARKS: tuple[str, ...] = _phrases(
    """
    (file), (file photo), (archive), (archive photo), (file image), (computer rendering), (rendering), (artist's
    impression), (artist’s impression), (artist's rendering), (illustration), (representational image),
    (representational photo), (representative image), (image for representation), (stock image), (stock photo),
    (computer-generated image), (cgi)
    """
)
# Caption openers in capitals, as wire photos print them: "FILE - A ferry leaves ...".
CAPTION_OPENERS: tuple[str, ...] = _phrases("FILE -, FILE –, FILE —, FILE:, FILE PHOTO -, FILE PHOTO:, FILE PHOTO –")

# Lead words of a caption printed with its label and no colon ("Image caption Protesters at the gate").
CAPTION_PHRASE_LEADS: tuple[str, ...] = _phrases(
    "image caption, photo caption, picture caption, media caption, video caption"
)

# Agencies and picture desks that appear in photo credits and bylines.
AGENCIES: tuple[str, ...] = _phrases(
    """
    ap, associated press, the associated press, reuters, afp, agence france-presse, agence france presse, getty,
    getty images, epa, epa-efe, efe, ansa, dpa, bloomberg, xinhua, pti, ians, ani, upi, united press
    international, tass, anadolu, anadolu agency, kyodo, yonhap, shutterstock, alamy, pa, pa images, pa media,
    pa wire, rex, rex features, sipa, nurphoto, zuma, zuma press, sopa images, lightrocket, pool, wire services,
    staff reports, staff, bloomberg news, cnn, bbc, press association, canadian press, the canadian press, aap,
    australian associated press, nasa, istock, istockphoto, imago, corbis, wireimage, filmmagic, redferns,
    newscom, polaris, splash news, backgrid, kyodo news, yonhap news agency, xinhua news agency, press trust of
    india, indo-asian news service, asian news international, deutsche presse-agentur, agencia efe, tnn, uni,
    bernama, wam, kna, gna, pna, qna, kuna, irna, sapa
    """
)

# Agencies whose names are English words ("app", "spa", "nan"): an agency only as printed, in capitals
# ("— APP" after a caption, "APP" alone under a headline: the Associated Press of Pakistan).
AGENCIES_IN_CAPITALS: tuple[str, ...] = ("APP", "PPI", "NAN", "SPA", "BNA", "ONA", "MENA")

# Agencies that count as "the wire" for `agency` and contributor notes.
WIRE_AGENCIES: tuple[str, ...] = _phrases(
    """
    associated press, the associated press, ap, reuters, afp, agence france-presse, bloomberg, bloomberg news,
    pti, ians, ani, upi, xinhua, dpa, efe, ansa, kyodo, yonhap, tass, anadolu agency, press association, pa, pa
    media, canadian press, the canadian press, aap, wire services, staff reports, australian associated press,
    kyodo news, yonhap news agency, xinhua news agency, press trust of india, indo-asian news service, asian news
    international, deutsche presse-agentur, agencia efe, bernama, wam, kna, gna, pna, qna, kuna, irna, sapa
    """
)

# ------------------------------------------------------------------- bylines
# "Written by" in other languages ("Escrito por Name", "Scritto da Name", "Geschrieben von Name", "Écrit par Name",
# "Geschreven door Name", "Skrevet av Name") are byline leads as "By" is, and so are a review's "Crítica de Name",
# "Critique de Name", "Rezension von Name", "Recensione di Name" (English "Reviewed by": `REVIEWER_LEADS`).
# The labels of the field naming the author in the box closing a story that prints no byline ("Prepared by: Tomasz
# Wilk, Press Office" beside "Published: 18.03.2025"), with a colon; byline leads too (`BYLINE_LEADS`).
FOOT_AUTHOR_LABELS: tuple[str, ...] = _phrases("prepared by, author, written by, text by")
BYLINE_LEADS: tuple[str, ...] = (
    *FOOT_AUTHOR_LABELS,
    *_phrases(
        """
        by, words by, analysis by, opinion by, story by, reporting by, from, authors, posted by, report by,
        commentary by, interview by, review by, photos and text by, reported by, compiled by, story and photos by,
        story and photo by, text and photos by, words and pictures by, words and photos by, live updates by,
        live coverage by, live reporting by, updates by, escrito por, escrita por, texto de, reportaje de,
        reportagem de, publicado por, scritto da, a cura di, geschrieben von, écrit par, rédigé par, geschreven
        door, skrevet av, skrivet av, crítica de, reseña de, critique de, critique par, recensione di, rezension
        von, kritik von, recensie door, recensão de
        """
    ),
)
# "By" in other languages ("Par Jeanne Martin", "Por Ana Ruiz", "Von Jan Meier", "Di Marco Rossi", "Door Eva
# Jansen", "Av Ola Berg"), and the word "text" of those languages as a byline's label ("Texto: Rui Sá e Ana Lopes",
# "Tekst: Jan de Vries en Eva Bakker"): a byline lead only before a person's name, as the words are names' particles
# too.
FOREIGN_BYLINE_LEADS: tuple[str, ...] = _phrases("par, por, von, di, door, av, af, texto, texte, testo, tekst")
# Those of them that open surnames too ("Von Miller", "Di Maria"): a lead only before a known given name.
FOREIGN_LEADS_IN_NAMES: tuple[str, ...] = _phrases("von, di")
# "and" in those languages and others, between two authors ("Par Jeanne Martin et Paul Roy", "Jana Brenner und Till
# Ohlsen", Polish and Catalan "i", Hungarian "és", Turkish "ve", Russian "и", Ukrainian "і" and "та").
FOREIGN_NAME_JOINS: tuple[str, ...] = _phrases("et, y, e, und, en, og, och, i, és, ve, и, і, та")
# Labels that open a byline only with a colon ("Text: Jane Doe", "Reporter: Omar Pike", "Story and pictures: Name"),
# and the same labels in other languages (Spanish and Portuguese "Texto:", Italian "Testo:", Dutch and Polish
# "Tekst:", French "Texte:", German and Spanish "Autor:", "Autora:", French "Auteur :", Italian "Autore:"):
# alone they are words.
BYLINE_LABELS: tuple[str, ...] = _phrases(
    """
    text, words, reporter, reporters, reporting, text and photos, text and pictures, story and pictures, story and
    photos, words and pictures, words and photos, texto, textos, testo, tekst, texte, autor, autora, autores,
    autoras, autorin, autorka, auteur, auteurs, autore, autori, texto e fotos, texto y fotos, texte et photos, text
    und fotos, tekst en foto's, pictures and text, photos and text
    """
)

# Who made the pictures of the whole piece, printed under its byline ("Photographs by Name", "Fotos: Name", "Fotos de
# Name"; Spanish "Fotografías:", German "Bilder:", Dutch "Foto's:", Polish "Zdjęcia:", read as leads here only): the
# pictures in the plural (PICTURE_SET_NOUNS), as a whole piece's: the singular "Foto:" credits one picture. Lower
# case, with the space after "by" or "de", or the colon.
PICTURE_CONTRIBUTOR_LEADS: tuple[str, ...] = (
    *(f"{noun} by " for noun in PICTURE_SET_NOUNS),
    *(f"{noun}:" for noun in (*PICTURE_SET_NOUNS, *FOREIGN_PICTURE_SET_NOUNS)),
    "fotos de ",
    "fotografias:",
    "fotografías:",
    "bilder:",
    "foto's:",
    "zdjęcia:",
)

# The heads of a journalist's own title, which a byline may print with no comma beside the name: before it
# ("Court reporter Fiona Lee", "Transport Correspondent Aoife Ní Chathail") or after it ("Rhys Owen Rugby
# Correspondent"); not the titles of the people a story is about (director, officer, chief).
JOURNALIST_ROLE_HEADS: tuple[str, ...] = _phrases("reporter, correspondent, editor, writer, columnist, journalist")
# The plurals of a desk's writers ("Metro Reporters") and a contributor's title, heads of a title (`ROLE_HEADS`) and
# the ends of a writer's line (`WRITER_LINE_ENDS`) both.
STAFF_WRITER_HEADS: tuple[str, ...] = _phrases("reporters, correspondents, editors, writers, contributor")
# The reporter's titles of Spanish, Portuguese, French and Italian ("Repórter da Folha do Vale", "Corresponsal en
# Lima", "inviato a Verona"), German and Dutch ("Korrespondentin", "verslaggever"), Polish, Finnish and the
# Scandinavian languages ("dziennikarka", "toimittaja", "redaktør"), in the singular: heads of a title
# (`ROLE_HEADS`) and the ends of a writer's line (`WRITER_LINE_ENDS`) both.
FOREIGN_REPORTER_TITLES: tuple[str, ...] = _phrases(
    """
    repórter, reportera, periodista, jornalista, corresponsal, correspondente, redator, redatora, redactor,
    redactora, journaliste, correspondant, correspondante, giornalista, corrispondente, inviato, inviata,
    redattore, redattrice, cronista, korrespondent, korrespondentin, redakteur, redakteurin, reporterin,
    journalistin, verslaggever, verslaggeefster, redacteur, redactrice, dziennikarz, dziennikarka, reporterka,
    korespondent, korespondentka, toimittaja, reportteri, redaktør, journalisten
    """
)
# Head nouns that make a byline segment a job title rather than a name or an outlet
# ("Senior Staff Technologist", "AP Auto Writer", "CNN Editor-at-large"): a journalist's, and the others, and the
# reporter's titles of Spanish, Portuguese, French and Italian, which open their segment ("Repórter da Folha do
# Vale", "Corresponsal en Lima").
ROLE_HEADS: tuple[str, ...] = (
    *JOURNALIST_ROLE_HEADS,
    *STAFF_WRITER_HEADS,
    *FOREIGN_REPORTER_TITLES,
    *_phrases(
        """
        columnists, contributors, journalists, producer, producers, analyst, critic, chief, technologist, director,
        host, anchor, photographer, videographer, intern, fellow, founder, blogger, editor-at-large,
        writer-at-large, professor, commentator, strategist, specialist, manager, officer, ceo, researcher,
        economist, scientist, lecturer, author, staff writer, staff reporter, desk, bureau chief, contributing,
        fact-checker, fact checker, colunista, columnista, repórteres, reporteras, periodistas, jornalistas,
        corresponsales, correspondentes
        """
    ),
)
# The last words of a writer's title or unit printed alone under a bare name ("Senior Reporter", "Record Staff",
# "Corresponsal"): that name is a byline wherever the header prints it; not a photographer's, nor the title of
# someone a story is about ("Project Director", "Chief Executive Officer").
WRITER_LINE_ENDS: tuple[str, ...] = (*JOURNALIST_ROLE_HEADS, *STAFF_WRITER_HEADS, "staff", *FOREIGN_REPORTER_TITLES)
# The beats, sections, ranks and desks' places (the cities foreign desks are posted to) that qualify such a title
# printed after a name with no comma ("Rhys ap Owen Rugby Correspondent", "Dana Kerr Health Editor"): any other
# word there is the name's ("Ana García López Editor"), a tuple.
ROLE_QUALIFIERS: tuple[str, ...] = _phrases(
    """
    rugby, football, soccer, cricket, tennis, golf, racing, boxing, athletics, cycling, basketball, baseball,
    hockey, sport, sports, health, medical, science, technology, tech, court, courts, crime, legal, political,
    politics, parliamentary, business, economics, economy, finance, financial, markets, money, consumer,
    property, education, environment, environmental, climate, energy, transport, motoring, agriculture,
    farming, rural, industry, labour, employment, housing, immigration, social, religious, religion, defence,
    defense, security, diplomatic, foreign, home, arts, culture, music, film, books, media, entertainment,
    fashion, food, travel, weather, news, features, opinion, investigations, investigative, data, digital,
    community, local, city, metro, regional, national, international, world, europe, africa, asia, americas,
    pacific, senior, chief, deputy, special, staff, associate, assistant, contributing, managing, night, mining,
    oil, aviation, shipping, maritime, tourism, retail, banking, trade, tax, investment, wealth, lifestyle, wine,
    gardening, television, tv, radio, theatre, art, architecture, design, photography, pictures, video, audio,
    breaking, sciences, wildlife, nature, space, justice, police, personal, family, parenting,
    westminster, washington, brussels, beijing, moscow, paris, berlin, tokyo, delhi, nairobi, johannesburg, lagos,
    cairo, jerusalem, beirut, istanbul, dubai, singapore, sydney
    """
)

# Tokens that are never part of a person's name in a name-only byline line
# ("Tech Industry", "Middle East", "Free Future" are section labels, not people).
NOT_NAME_WORDS: tuple[str, ...] = _phrases(
    """
    news, tech, technology, industry, insider, business, politics, world, sports, sport, opinion, opinions,
    health, science, strategy, marketing, future, opportunity, middle, east, west, north, south, home, latest,
    video, videos, photos, gallery, live, local, national, international, entertainment, culture, lifestyle,
    travel, food, money, markets, economy, finance, weather, auto, autos, cars, style, fashion, music, movies,
    tv, games, gaming, books, review, reviews, features, feature, analysis, editorial, columnists, column, blog,
    blogs, podcast, podcasts, newsletter, newsletters, subscribe, sign, more, menu, search, share, tweet, email,
    print, comments, related, stories, story, topics, tags, all, the, our, your, my, this, that, is, are, was,
    of, in, on, for, to, and, with, at, from, about, contact, help, privacy, policy, terms, advertise, jobs,
    careers, deals, shop, store, apple, google, microsoft, amazon, facebook, twitter, nasa, crime, education,
    environment, climate, space, royals, royal, family, relationships, parenting, beauty, wellness, fitness,
    nutrition, medicine, research, property, real, estate, media, arts, art, design, photography,
    breaking, exclusive, trending, popular, top, best, new, free, open, mobile, app, apps, digital, internet,
    security, software, hardware, computers, phones, smart, cnet, msn, update, updates, coverage,
    special, report, reports, investigations, investigation, magazine, edition, daily, weekly, morning, evening,
    tonight, today, week, weekend, monday, tuesday, wednesday, thursday, friday, saturday, sunday, conversation,
    skip, content, navigation, main, accessibility, log, comment, hollywood, reporter, opening, cbs, fox,
    nbc, abc, cnn, bbc, league, cup, championship, football, soccer, basketball, baseball, tennis, golf, hockey,
    nfl, nba, mlb, nhl, view, articles, posts, profile, bio, staff, writer, writers, editor, editors, reporters,
    correspondent, office, communications, follow, following, unfollow
    """
)

# The small word inside Portuguese names that is an English verb too ("Maria do Céu Rebelo"; "They do ..."): read
# inside a name only where a caption with no credit opens with one (`classify/caption_evidence.py`).
CAPTION_NAME_PARTICLES: tuple[str, ...] = ("do",)

# Given names that open a father's name after a person's own given name, in the Malay and Arab names of Malaysia,
# Singapore, Brunei and the Gulf printed without "bin" or "binti" ("Rosnah Abdul Karim", "Faridah Mohd Yusof",
# "Hamdan Abu Bakar"): the word before them is the person's given name, not a description of the person.
FATHERS_NAME_OPENERS: tuple[str, ...] = _phrases("abdul, abd, abdel, abu, mohd, muhd")

# Small words inside a person's name, in lower case: "Ursula von der Leyen", "Mohammed bin Salman", and the
# Dutch article "'t" after "van" ("Ruud van 't Hoff", "Van 't Wout": without it the name is cut at "'t").
NAME_PARTICLES: tuple[str, ...] = _phrases(
    """
    de, del, della, der, den, van, von, da, das, dos, di, du, la, le, al, el, bin, bint, ibn, ben, abu, y, e, ter,
    ten, zu, af, av, arap, dela, delos, los, ap, 't, ’t
    """
)
# Particles that open a surname capitalised at a sentence's start ("De la Fuente said", "Van der Meulen said", "De
# Bruyn", the Philippines' "Dela Cruz" and "Delos Reyes"), where they are no article or word of the sentence: a
# capital or another particle follows them.
SURNAME_OPENING_PARTICLES: tuple[str, ...] = _phrases("de, van, von, di, da, du, del, della, do, dos, le, dela, delos")
# The work a credits note names before "by" ("Reporting by Jane Doe; Editing by Omar Pike").
CREDITED_WORK: tuple[str, ...] = _phrases("reporting, writing, editing, research, compiled, written, produced")

# Words that open a surname printed apart from its rest, capitalised ("Mac Gregor", "Mc Neil"): like a
# particle, part of the name ("St." is among NAME_ABBREVIATIONS).
NAME_PREFIXES: tuple[str, ...] = _phrases("mac, mc")

# Syllables of Vietnamese names that are English words too: capitalised at the end of a name of three words
# they are part of it ("Nguyễn Văn An", "Lê Thị My"), not a word after it.
NAME_SYLLABLES: tuple[str, ...] = _phrases("an, my")

# Small words between the capitalised words of a name, an organisation's or a title's ("Bank of England", "Friends
# of the Quay", "Marks & Spencer", "Institute for Fiscal Studies", "Committee on Standards").
NAME_SMALL_WORDS: tuple[str, ...] = ("of", "the", "and", "for", "&", "on")
# Small words and marks inside a job title: "Head of Policy and Research", "Editor at Large".
ROLE_LINK_WORDS: tuple[str, ...] = (*NAME_SMALL_WORDS, "at", "-", "in")

# The words of a newsletter's or a magazine's issue label over its title ("Issue No. 112", "Vol. 4, No. 12",
# "Edition #48", "Episode 231"; a show's in the languages pages print it in, "Folge 12", "Épisode 3"): with the
# figures, all the line holds.
ISSUE_LABEL_WORDS: tuple[str, ...] = _phrases(
    """
    issue, vol, volume, edition, episode, no, number, nr, part, season, series, ep, episodio, épisode, folge,
    aflevering, afl, odcinek, temporada, saison, staffel, puntata, ausgabe, numéro, número, numero, edición, edição
    """
)

# The last word of a street's name in an address line ("14 Quay Street, Port Adair", "220 Elm Ave."), as a
# review's or an event's fact box prints it between the title and the byline.
STREET_WORDS: tuple[str, ...] = _phrases(
    """
    street, st, road, rd, avenue, ave, lane, ln, boulevard, blvd, drive, dr, way, place, pl, square, sq, quay,
    terrace, crescent, court, ct, highway, hwy, parkway, pkwy, row, wharf, parade, alley, plaza, broadway
    """
)
# The short forms of STREET_WORDS, which only an address prints ("220 Harbour Ave."): a title may end in the full
# word ("40 Years On The Road").
STREET_ABBREVIATIONS: tuple[str, ...] = _phrases("st, rd, ave, ln, blvd, dr, pl, sq, ct, hwy, pkwy")

# What a review's fact box opens its hours line with ("Open Wed–Sun, 5–10 p.m.", "Hours: 7am–3pm daily").
HOURS_LEADS: tuple[str, ...] = _phrases("open, opening hours, hours, closed, open daily")

# A blog platform's label over the publication a post is published in ("Published in" / "The Long Table"):
# the name under it, wherever else it is printed, is the publication's, not the post's title.
PUBLICATION_LABELS: tuple[str, ...] = _phrases(
    "published in, publicado en, publicado em, publié dans, pubblicato in, veröffentlicht in"
)

# The lead of a media player's title, with the piece's length after it in brackets ("Audio: The harbour
# master speaks to Morning Report (4 min 38 sec)", "Watch: Crews at the fire (2:14)").
PLAYER_TITLE_LEADS: tuple[str, ...] = _phrases("audio, listen, video, watch, podcast, media caption")

# The first word of a public body's name as a release prints it under its title ("Ministry of Forests and
# Lands", "Office of the Premier"), and the last word of the others ("Harbour County Council", "Northmere
# Wildfire Service"): the kinds of bodies that issue releases, not every organisation's ("News", "Times").
ISSUER_HEADS: tuple[str, ...] = _phrases(
    "ministry, department, office, agency, secretariat, directorate, bureau, commission, cabinet, government"
)
ISSUER_ENDS: tuple[str, ...] = _phrases(
    """
    ministry, department, office, agency, secretariat, directorate, bureau, commission, council, authority,
    service, services, board, committee, government, administration
    """
)

# A label alone on the line above the author's name ("Author:", "Written by").
AUTHOR_LABELS: tuple[str, ...] = _phrases("author, authors, by, written by")

# A label over a video or audio piece set in a page ("Video", "Listen"): its title and blurb follow.
MEDIA_LABELS: tuple[str, ...] = _phrases("video, watch, audio, listen")

# A link's call to action, "Read more", "Watch now": its verbs, then the words that close it.
CALL_TO_ACTION_VERBS: tuple[str, ...] = _phrases("read, watch, listen, learn, see, view")
CALL_TO_ACTION_ENDS: tuple[str, ...] = _phrases("now, more, here")
# Verbs opening a link's call to act, set where a title would stand ("Click Here to Read the Full Report").
CALL_TO_ACTION_OPENERS: tuple[str, ...] = CALL_TO_ACTION_VERBS + _phrases(
    "click, tap, subscribe, sign, follow, download, share, join, visit"
)

# What a desk or a staff signs a story with, at the end of its name ("Our Foreign Staff",
# "Coastal News Bureau", "Harbour News wire services"): a line so signed is a byline without "By".
DESK_WORDS: tuple[str, ...] = _phrases(
    """
    staff, bureau, desk, news desk, web desk, digital desk, wire services, wire service, news service, news
    services, newsroom, news team, digital team, editorial board, editorial staff, editorial team, staff and
    agencies, staff and wire reports, wire reports
    """
)
# What a byline adds after its names for the copy of others that went into the story ("Anna Keller, Jonas Weber
# (Nordpress) with agencies", "Ravi Menon and agencies"): no name, no outlet of the authors.
BYLINE_SOURCE_TAILS: tuple[str, ...] = _phrases(
    """
    with agencies, and agencies, & agencies, with wires, and wires, with wire services, and wire services, with
    agency reports, with wire reports, with agency inputs, with inputs from agencies
    """
)
# The words a byline's pieces may be besides its names, its dates and time zones ("on", "ago", "local time", "View
# more articles", "Follow"): page furniture between the names, no part of one.
BYLINE_FILLER: tuple[str, ...] = _phrases(
    "on, at, by, and, the, from, min read, ago, local time, view more articles, more articles, follow, email"
)
# The newsroom's name, that signs a story alone in other languages ("Redacción / Cangas de Onís"), the staff
# in the plural in English ("Staff reporters" under a regional paper's headline: a desk, where the singular
# under a name is that person's job title), and the bodies that sign an editorial or an agencies' rewrite
# without the paper's name ("Editorial Board" under an editorial, "Staff and agencies" under a world story), and
# the report a small paper signs a story with when it names no reporter ("Staff Report" under a county weekly's
# headline).
DESKS_ALONE: tuple[str, ...] = _phrases(
    """
    redacción, rédaction, redaktion, redazione, redação, redactie, staff reporters, staff writers, editorial
    board, staff and agencies, staff and wire reports, staff and wire services, staff report
    """
)
# A role a paper signs with when it names no one: only after "Our", "The" or the paper's initials
# ("Our Special Correspondent", "HT Correspondent"); after a name it is that person's role.
DESK_ROLES: tuple[str, ...] = _phrases(
    "correspondent, special correspondent, staff correspondent, staff reporter, staff writer"
)
# The roles a paper's name signs with, after it ("Harbour Post Reporter", "Lagos Courier Correspondents"). Not
# `DESK_ROLES` and not derived from it: after "Our", "The" or initials a bare "Reporter" or "Writer" is no desk
# ("The Reporter" names a paper, "the writer" a person), while after a paper's name it and its plural are the desk.
PAPER_DESK_ROLES: tuple[str, ...] = _phrases("reporter, reporters, correspondent, correspondents, writer, staff writer")

# The head word of a newspaper's or a broadcaster's name ("Coastal Herald", "The Harbour Times"): never part
# of a person's name in a byline, and ending a piece of one, it starts the authors' outlet.
# Articles that open a paper's name in other languages ("El Litoral", "La Voz del Sur", "Le Courrier", "Die
# Rundschau", "Il Tirreno", "O Liberal", "Het Dagblad"); no given name is one ("De", "Da", "Di", open surnames: out).
OUTLET_ARTICLES: tuple[str, ...] = _phrases("el, la, los, las, le, les, il, lo, die, der, das, het, o, os, as")
OUTLET_WORDS: tuple[str, ...] = _phrases(
    """
    herald, times, post, gazette, tribune, journal, chronicle, observer, guardian, telegraph, courier,
    examiner, inquirer, enquirer, dispatch, sentinel, bulletin, register, newspaper, newspapers, press,
    newswire, broadcasting, radio, television, network, networks, wire, ledger, monitor
    """
)
# The last labels of a web address, as a site's name prints it after a name, a bar or "On" ("Cleveland.com",
# "SMARTASSET.COM", "example.co.uk", "tirol.example.at", "diario.com.pe"): the patterns of an address alone, a site's
# name and an outlet read them. The generic ones, and the countries' own where news is printed in the languages the
# tables hold (the last label of "co.za", "com.br"; not "in", "is", "no", "do", "to", "me": words a sentence glued to
# the next one by a full stop may end with)
WEB_ADDRESS_ENDINGS: tuple[str, ...] = _phrases(
    """
    com, org, net, edu, gov, io, co, uk, news, info, tv, us, ca, au, co.uk, com.au, nz, ie, za, ng, gh, ke, ug, tz,
    zm, zw, bw, na, mw, rw, mu, sn, ci, cm, ma, tn, dz, eg, lb, jo, ae, qa, pk, bd, lk, np, sg, my, ph, id, hk, tw,
    jm, tt, bb, fj, pg, de, at, ch, fr, be, lu, nl, it, es, pt, br, ar, mx, cl, pe, uy, py, bo, ec, ve, cr, gt, pa,
    pl, cz, sk, hu, ro, hr, si, rs, gr, cy, mt, se, dk, fi, ee, lv, lt, ua, eu
    """
)

# More head words of an outlet's name, read only after "for" in a picture's credit ("Tómas Geirsson for North Atlantic
# Review"), where the name before "for" says a photographer is credited.
CREDIT_OUTLET_HEADS: tuple[str, ...] = _phrases(
    """
    news, review, magazine, weekly, daily, mail, express, standard, mirror, echo, record, voice, today, star,
    reporter, advertiser, argus, mercury, citizen, nation, leader, digest, quarterly, monthly, online, media
    """
)

# Words of menu, section and rating labels that a page prints in a name's shape ("Derby Predictions",
# "Harbor Score", "Award Winners"), and of a reader's widgets beside the byline ("Font Size", "Change Size",
# "Text Zoom", "Save Bookmark"): never part of a person's name.
MENU_LABEL_WORDS: tuple[str, ...] = _phrases(
    """
    predictions, prediction, score, scores, rating, ratings, verdict, awards, winners, recap, recaps, roundup,
    rankings, standings, schedule, schedules, results, highlights, picks, odds, tickets, specs, pros, cons,
    summary, quiz, horoscope, horoscopes, obituaries, listings, classifieds, crossword, puzzles, size, font,
    zoom, bookmark, bookmarks
    """
)

# Labels of a product's fields in a roundup ("Price: £49", "Cons: Slow, heavy when full"): a field of an item,
# never the item's name.
PRODUCT_FIELD_LABELS: tuple[str, ...] = _phrases(
    """
    price, prices, rrp, our price, pros, cons, what we like, what we don't like, rating, our rating, verdict, our
    verdict, specs, key specs, specifications, size, sizes, weight, capacity, dimensions, battery, battery life,
    colours, colors, best for, available from, available at, buy, buy it, buy now
    """
)

# Words a fact box's figure may carry beside its digits ("Revenue: TT$5.8 billion (up 6%)", "Dividend: 62 cents"):
# magnitudes, a change's direction and a currency's small unit; a word of any other kind makes the value a phrase.
FIGURE_WORDS: tuple[str, ...] = _phrases(
    """
    million, billion, trillion, bn, mn, crore, crores, lakh, lakhs, up, down, cents, cent, pence, per, percent
    """
)

# First words of a roundup's award label under an item's title ("Best overall", "Editor's choice").
AWARD_LEADS: tuple[str, ...] = _phrases(
    "best, top pick, our pick, editor's choice, editors' choice, runner-up, runner up, also great, budget pick, "
    "upgrade pick, most improved, winner, highly commended, recommended"
)

# Given names: a hint (never proof) that a short capitalised line is a person's name. After the English ones, names
# common in Africa, Eastern Europe, Latin America, South and East Asia, the Nordic and Low Countries, France, Italy
# and Spain (their accents left out: `byline_shapes.given_name` reads "Lucía" as "lucia"). Left out: names that are
# capitalised words, months or places as often (Till, Ama, Mei, Jun, Ming, Seo, Lotte, Milan, Santiago, Carolina),
# and names borne second as often as first (Lakshmi, Paulo, Inês: "Padma Lakshmi Rao").
GIVEN_NAMES: tuple[str, ...] = _phrases(
    """
    aaron, abby, abdul, abdullah, abigail, abraham, ada, adam, adele, adrian, adriana, afua, agnes, ahmad,
    ahmed, aidan, aileen, aisha, akira, alan, alana, albert, alberto, alejandro, alex, alexa, alexander,
    alexandra, alexis, alfred, ali, alice, alicia, alina, alison, allan, allison, alma, amanda, amara, amber,
    amelia, amir, amit, amy, ana, anderson, andre, andrea, andreas, andrew, andy, angel, angela, angelica,
    angelina, angie, anita, ann, anna, anne, annie, anthony, antoine, anton, antonio, april, arjun, arnold,
    arthur, arturo, asha, ashley, audrey, austin, ava, barbara, barry, beatrice, becky, ben, benjamin, bernard,
    beth, bethany, betty, beverly, bill, billy, blake, bob, bobby, bonnie, boris, brad, bradley, brandon,
    brenda, brendan, brent, brett, brian, briana, bridget, brittany, brooke, bruce, bruno, bryan, caitlin,
    caleb, calvin, cameron, camila, carl, carla, carlos, carmen, carol, caroline, carolyn, carrie, casey,
    cassandra, catherine, cathy, cecilia, chad, charles, charlie, charlotte, chen, cheryl, chloe, chris,
    christian, christina, christine, christopher, cindy, claire, clara, clare, claudia, clay, clayton, clifford,
    cody, colin, colleen, connor, conor, courtney, craig, cristina, crystal, curtis, cynthia, daisy, dale, dan,
    dana, daniel, daniela, danielle, danny, darius, darren, dave, david, dawn, dean, deborah, debbie, debra,
    deepak, denise, dennis, derek, desmond, devin, diana, diane, diego, dimitri, dominic, don, donald, donna,
    doris, dorothy, doug, douglas, drew, duncan, dustin, dylan, earl, ed, eddie, edgar, edith, edward, edwin,
    eileen, elaine, eleanor, elena, eli, elias, elijah, elisa, elizabeth, ella, ellen, elliot, emily, emma,
    enrique, eric, erica, erik, erin, ernest, esther, ethan, eugene, eva, evan, evelyn, faith, farah, fatima,
    felix, fernando, fiona, frances, francesca, francis, francisco, frank, fred, frederick, gabriel, gabriela,
    gail, gareth, gary, gavin, gemma, gene, george, georgia, gerald, gina, giulia, giuseppe, glen, glenn,
    gloria, gordon, grace, graham, grant, greg, gregory, gustavo, hailey, haley, hamid, hana, hannah, hans,
    harold, harriet, harry, hassan, hayley, heather, hector, heidi, helen, helena, henry, hilary, holly, howard,
    hugh, hugo, hussein, ian, ibrahim, igor, imran, ingrid, irene, iris, isaac, isabel, isabella, isaiah, ivan,
    jack, jackie, jacob, jacqueline, jake, james, jamie, jan, jane, janet, janice, jared, jasmine, jason,
    javier, jay, jean, jeff, jeffrey, jenna, jennifer, jenny, jeremy, jerome, jerry, jesse, jessica, jesus,
    jill, jim, jimmy, jo, joan, joanna, joanne, joe, joel, johan, john, johnny, jon, jonathan, jordan, jorge,
    jose, joseph, josh, joshua, joy, joyce, juan, judith, judy, julia, julian, julie, julius, june, justin,
    kaitlyn, kamal, karen, karim, karl, kate, katharine, katherine, kathleen, kathryn, kathy, katie, katrina,
    kay, keith, kelly, kelvin, ken, kenneth, kent, kerry, kevin, khalid, kim, kimberly, kirk, kristen, kristin,
    kurt, kyle, lance, lara, larry, laura, lauren, lawrence, leah, lee, leila, lena, leo, leon, leonard, leslie,
    liam, lily, linda, lindsay, lindsey, lisa, liz, lloyd, logan, lois, lola, lorenzo, louis, louise, lucas,
    lucia, lucy, luis, luke, lydia, lynn, madeline, madison, maggie, malcolm, mandy, manuel, marc, marcel,
    marco, marcus, margaret, maria, marie, marina, mario, marion, marisa, mark, marsha, martha, martin, marvin,
    mary, mason, matt, matthew, maureen, max, maya, megan, mehmet, melanie, melinda, melissa, mia, michael,
    michel, michele, michelle, miguel, mike, mila, miles, miriam, mitchell, mohamed, mohammad, mohammed, molly,
    monica, morgan, muhammad, nadia, nancy, naomi, natalie, natasha, nathan, neil, nicholas, nick, nicola,
    nicole, nina, noah, noel, nora, norman, oliver, olivia, omar, oscar, owen, pablo, pam, pamela, patricia,
    patrick, paul, paula, pedro, penny, peter, philip, phillip, phil, pierre, priya, rachel, rafael, rahul, raj,
    ralph, ramon, randy, raphael, raquel, ravi, ray, raymond, rebecca, regina, reza, ricardo, richard, rick,
    ricky, rita, rob, robert, roberta, roberto, robin, rodrigo, roger, roland, ronald, rosa, rose, ross, roy,
    ruby, russell, ruth, ryan, sally, sam, samantha, samir, samuel, sandra, sandy, sanjay, sara, sarah, scott,
    sean, sebastian, sergei, sergio, seth, shane, shannon, sharon, shawn, sheila, shelby, shirley, simon, sofia,
    sonia, sophia, sophie, stacy, stanley, stefan, stella, stephanie, stephen, steve, steven, stuart, sue,
    sunil, susan, suzanne, sylvia, tamara, tanya, tara, tariq, taylor, ted, teresa, terry, theresa, thomas,
    tiffany, tim, timothy, tina, toby, todd, tom, tommy, toni, tony, tracy, travis, trevor, troy, tyler,
    valerie, vanessa, vera, veronica, victor, victoria, vijay, vincent, virginia, vivian, walter, wanda, warren,
    wayne, wendy, wesley, will, william, willie, xavier, yasmin, yolanda, yusuf, yvonne, zachary, zoe,
    lindiwe, sipho, thabo, nomsa, thandiwe, zanele, bongani, themba, mandla, lerato, palesa, tshepo, nokuthula,
    nomvula, mpho, kagiso, naledi, kwame, kofi, kwabena, kwaku, akosua, abena, adwoa, efua, chinedu, chukwuemeka,
    ngozi, emeka, adaeze, chiamaka, nkechi, obinna, ifeoma, uchenna, oluwaseun, olumide, babatunde, folake,
    funmilayo, tunde, yetunde, adebayo, amaka, wanjiru, achieng, wambui, njeri, akinyi, atieno, nyambura, halima,
    amina, aminata, fatoumata, moussa, mamadou, ousmane, abdoulaye, tendai, tatenda, farai, chipo, rudo, musa,
    tomasz, piotr, katarzyna, agnieszka, małgorzata, krzysztof, wojciech, michał, paweł, łukasz, marek, ewa,
    magdalena, zofia, jakub, oksana, olena, andrii, dmytro, iryna, yulia, natalia, tetiana, mykola, serhii,
    volodymyr, yaroslav, taras, dmitri, dmitry, alexei, alexey, olga, svetlana, tatiana, ekaterina, mikhail,
    nikolai, vladimir, bogdan, andrei, mihaela, radu, ioana, cristian, florin, gheorghe, irina, ondrej, jiri, petr,
    tereza, lucie, zuzana, martina, lenka, veronika, jana, tibor, zoltan, gabor, katalin, dragan, nikola, ivana,
    marija, luka, goran, aleksandar, jelena, mirela, tamar, giorgi, levan, mariela, valentina, mateo, joaquin,
    agustina, facundo, gonzalo, ignacio, micaela, julieta, romina, fernanda, guadalupe, ximena, alejandra, andres,
    tomas, felipe, joao, tiago, thiago, rui, goncalo, beatriz, leonardo, rafaela, larissa, luiz,
    luciana, vinicius, renata, marcela, catalina, esteban, mauricio, araceli, yuki, hiroshi, kenji, aiko, haruka,
    takeshi, yuko, akiko, kenta, satoshi, daisuke, naoko, xiaoming, anil, sunita, anjali, pooja, rohit, vikram,
    suresh, ramesh, meera, kavita, arun, nikhil, shreya, aditya, rajesh, manoj, divya, neha, ananya,
    farhan, tahmina, nusrat, sabina, kari, sanne, pieter, lars, sven, astrid, sigrid, nils, henrik, mikkel, anneke,
    femke, joost, bram, daan, eline, ruben, jens, jonas, lukas, tobias, florian, katrin, anja, wolfgang, dirk,
    maren, sabine, birgit, ursula, matthias, stefanie, elodie, camille, mathilde, julien, nicolas, sebastien,
    aurelie, lea, manon, theo, clement, amelie, giovanni, alessandro, francesco, matteo, chiara, federica, silvia,
    valeria, jordi, nuria, montserrat, inaki, unai, aitor, ainhoa
    """
)

# ------------------------------------------------------------------- dates
# Month names and their abbreviations, each with its number (a dict).
MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS: tuple[str, ...] = _phrases(
    """
    monday, mon, tuesday, tues, tue, wednesday, wed, thursday, thurs, thu, friday, fri, saturday, sat, sunday,
    sun
    """
)
# The names in full, without their abbreviations ("Tuesday", not "Tues"; "September", not "Sept"): a month's longest
WEEKDAYS_IN_FULL: tuple[str, ...] = tuple(d for d in WEEKDAYS if d.endswith("day"))
MONTHS_IN_FULL: tuple[str, ...] = tuple(
    m for m in MONTHS if len(m) == max(len(k) for k in MONTHS if MONTHS[k] == MONTHS[m])
)

# Time zones printed after a time, with their fixed offsets in hours east of UTC (a dict).
TIME_ZONES: dict[str, float] = {
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "bst": 1,
    "cet": 1,
    "cest": 2,
    "eet": 2,
    "eest": 3,
    "msk": 3,
    "wat": 1,
    "cat": 2,
    "sast": 2,
    "eat": 3,
    "ist": 5.5,
    "pkt": 5,
    "hkt": 8,
    "sgt": 8,
    "awst": 8,
    "jst": 9,
    "kst": 9,
    "aest": 10,
    "aedt": 11,
    "nzst": 12,
    "nzdt": 13,
    "est": -5,
    "edt": -4,
    "cst": -6,
    "cdt": -5,
    "mst": -7,
    "mdt": -6,
    "pst": -8,
    "pdt": -7,
    "akst": -9,
    "akdt": -8,
    "hst": -10,
    "ast": -4,
    "adt": -3,
}
# US zones printed without S or D ("ET"): their standard offset; daylight saving follows from the date (a dict).
US_TIME_ZONES: dict[str, int] = {"et": -5, "ct": -6, "mt": -7, "pt": -8}

# The hour's word printed after a clock's time in a live blog's stamp ("16:48 Uhr", "14h05", "10.30 hrs", "9:15
# horas"), in the languages and house styles that print one.
HOUR_WORDS: tuple[str, ...] = _phrases("uhr, h, hrs, hr, hs, horas, hod., óra, tim, godz.")

# The labels in the languages dateparser is asked about (`DATEPARSER_LANGUAGES`), apart: a numeric date
# beside one of them gives its day first ("Mis à jour le 05/06/2018" is 5 June).
FOREIGN_DATE_LABELS: dict[str, tuple[str, ...]] = {
    "published": _phrases(
        "publié, publiée, veröffentlicht, publicado, publicada, pubblicato, gepubliceerd, geplaatst, publicerad, "
        "publiceret, publisert"
    ),
    "updated": _phrases(
        "mis à jour, modifié, modifiée, aktualisiert, actualizado, atualizado, aggiornato, bijgewerkt, laatste update, "
        "aangepast, uppdaterad, opdateret, oppdatert"
    ),
}
# The markers a list item opens with, when not a number or a letter before ". " or ") " ("• Roof repairs", "- Costs").
LIST_MARKERS: tuple[str, ...] = ("•", "·", "▪", "●", "◦", "*", "-", "–", "—")
# The bars a date line prints between its fields ("Puerto Alegre, Chiloé | 3 March 2024"): the light ones, which
# other lines print too (a list's bullet, a byline's middle dot), and the heavy ones, a dot or a square, which little
# else prints ("Harbourton ● May 3, 2024"). Read by the date reader, the header's title kinds and its evidence.
DATE_LINE_BARS: tuple[str, ...] = ("|", "•", "·")
DATE_LINE_HEAVY_BARS: tuple[str, ...] = ("●", "◆", "▪", "■")
# Labels printed before a page's own date, by the date they introduce (a dict of tuples):
# "Published: ...", "Last updated ...", "Posted on ...".
DATE_LABELS: dict[str, tuple[str, ...]] = {
    "published": _phrases("published, first published, posted, posted on, created, released, publish date, sent")
    + FOREIGN_DATE_LABELS["published"],
    "updated": _phrases("updated, last updated, modified, last modified, edited, revised")
    + FOREIGN_DATE_LABELS["updated"],
}

# Words joining a date's label to a time alone ("Updated at 1:23 p.m.", "Aktualisiert um 14:05", "Mis à jour à
# 14h05", "Atualizado às 10h05", "Aggiornato alle 9:40", "Bijgewerkt om 10:05"): a page's or a post's time stamp.
STAMP_LABEL_JOINS: tuple[str, ...] = _phrases("at, on, um, à, às, a las, alle, om")

# Labels of the date of the paper's print edition ("Print edition : Mar 27, 2025", "In print: April 4"): a day or
# more after the story was put online, the publication date only when the page prints no other.
PRINT_EDITION_LABELS: tuple[str, ...] = _phrases(
    "print edition, in print, printed edition, print version, from the print edition, edición impresa, edição impressa"
)

# Labels of the outlet a story comes from, printed after its date: "... | Source: Harbourtimes.com".
SOURCE_LABELS: tuple[str, ...] = _phrases("source, from, via")

# Month names of the languages besides English whose date lines `dateparser` is asked to read
# (`DATEPARSER_LANGUAGES`); a line must name one of them, and a year, before it is asked.
# Polish, Czech, Romanian, Ukrainian, Russian and Turkish months as their dates print them, the day first, the
# month in the genitive where the language has one: "12 marca 2026", "12. března 2026", "12 березня 2026"; Swedish,
# Danish and Norwegian months where they are not spelled as another language's ("8 maj 2024 kl. 06.00"). Left
# out: Polish "maja", a given name, and Turkish "mart", an English word. Dutch "september", "november" and
# "december" are spelled as English's, printed in lower case ("zo 6 december 2026 om 11:20"), which English's
# patterns do not read.
FOREIGN_MONTHS: tuple[str, ...] = _phrases(
    """
    janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre, januar,
    februar, märz, april, juni, juli, august, oktober, dezember, enero, febrero, marzo, abril, mayo, junio,
    julio, agosto, septiembre, octubre, noviembre, diciembre, gennaio, febbraio, aprile, maggio, giugno,
    luglio, settembre, ottobre, dicembre, janeiro, fevereiro, março, maio, junho, julho, setembro, outubro,
    novembro, dezembro, januari, februari, maart, mei, augustus, september, november, december,
    stycznia, lutego, marca, kwietnia, czerwca, lipca, sierpnia, września, października, listopada, grudnia,
    ledna, února, března, dubna, května, června, července, srpna, září, října, listopadu, prosince, ianuarie,
    februarie, martie, aprilie, iunie, iulie, septembrie, octombrie, noiembrie, decembrie, січня, лютого,
    березня, квітня, травня, червня, липня, серпня, вересня, жовтня, листопада, грудня, января, февраля, марта,
    апреля, мая, июня, июля, августа, сентября, октября, ноября, декабря, ocak, şubat, nisan, mayıs, haziran,
    temmuz, ağustos, eylül, ekim, kasım, aralık, augusti, maj, marts, desember
    """
)
# Their months abbreviated, as those languages print them in lower case ("4 dec. 2026", "04 dic 2026", "5 dez.
# 2026"): looked for as printed, so that "Dec", "Jan" (English, or a given name) do not count. Left out: the
# abbreviations that are English words in lower case too ("mar", "may", "set", "out", "ago", "mag", "gen").
FOREIGN_MONTH_ABBREVIATIONS: tuple[str, ...] = _phrases(
    """
    jan, janv, ene, feb, fev, févr, jän, mrt, mär, apr, abr, avr, mei, mai, jun, giu, jul, juil, lug, aug, sep,
    sept, okt, oct, ott, nov, dec, dic, dez, déc
    """
)
# The abbreviations left out above, English words in lower case ("mar", "ago", "set", "out", "mag", "gen"): a month
# only between a day and a year ("17 mar 2023 - 09:10", "4 ago. 2025"), where no English word stands.
FOREIGN_MONTH_WORD_ABBREVIATIONS: tuple[str, ...] = _phrases("mar, ago, set, out, mag, gen")
DATEPARSER_LANGUAGES: tuple[str, ...] = _phrases("fr, de, es, it, pt, nl, pl, cs, ro, uk, ru, tr, sv, da, nb")

# Words that may stand beside a date on a date line, besides its labels and time zones.
DATE_LINE_WORDS: tuple[str, ...] = _phrases(
    "on, at, date, time, publish, update, am, pm, a.m., p.m., ago, local, uk, of"
)

# The sky's words of a weather widget in a site's top bar ("Port Adair -6°C Light snow", "Wien 4 °C bewölkt",
# "Montevideo 18° Nublado"), one word each, in the languages of the probes: with a temperature, no title
# (`title_kinds.weather_widget`).
WEATHER_WORDS: tuple[str, ...] = _phrases(
    """
    sunny, clear, fair, cloudy, partly, mostly, overcast, clouds, rain, rainy, showers, drizzle, snow, sleet, hail,
    fog, foggy, mist, haze, hazy, windy, thunderstorms, storms, light, heavy, sonnig, heiter, bewölkt, wolkig,
    bedeckt, regen, schnee, nebel, gewitter, soleado, nublado, despejado, lluvia, nieve, niebla, llovizna,
    ensoleillé, nuageux, couvert, pluie, neige, brouillard, averses, ensolarado, chuva, nevoeiro, sereno,
    nuvoloso, pioggia, neve, nebbia, zonnig, bewolkt, regenachtig
    """
)
# A review's "Reviewed by Name": its writer where the header prints no other byline (`header.reviewer_byline`);
# under a byline, who checked the story ("reviewed" is one of `CREDIT_ROLES`).
REVIEWER_LEADS: tuple[str, ...] = _phrases("reviewed by, review by")
# The work a "... by Name" line credits when it is not the story's text: "Photos by", "Illustration by".
CREDIT_ROLES: tuple[str, ...] = _phrases(
    """
    photo, photos, photograph, photographs, photography, picture, pictures, video, videos, illustration,
    illustrations, graphic, graphics, image, images, edited, editing, fact checked, fact-checked, reviewed,
    medically reviewed
    """
)

# ------------------------------------------------------------------- quotes
# Opening marks whose closing mark a language's convention fixes, and the marks that close them: in German
# and Czech „ is closed by “ (which opens a quote in English), ‚ by ‘; guillemets point out in French,
# Spanish and Italian (« … ») and in German and Danish (»…«). ” and ’ close them too where typed so.
QUOTE_CLOSERS: dict[str, str] = {"„": "“”", "‚": "‘’", "«": "»", "»": "«"}
# Words printed with their first letters elided, after an apostrophe that is no opening single quote: the Dutch and
# Flemish articles and pronouns of names and places ("Van 't Hoff", "'s-Hertogenbosch", "'s avonds", "in 't
# Veld", "zo'n 'n"), Afrikaans' "'n", and English "'em", "'til", "'tis", "'twas", "'cause" ("rock 'n' roll").
ELIDED_WORDS: frozenset[str] = frozenset(_phrases("t, s, n, k, m, em, til, tis, twas, cause, bout"))

# Speech verbs with their inflections; "according to" is handled as a phrase.
SPEECH_VERBS: tuple[str, ...] = _phrases(
    """
    said, says, say, saying, told, tells, tell, telling, added, adds, adding, noted, noting, wrote, writes,
    writing, tweeted, tweeting, posted, asked, asks, asking, argued, argues, arguing, insisted, insists,
    insisting, warned, warns, warning, explained, explains, explaining, acknowledged, acknowledges,
    acknowledging, stated, stating, declared, declares, declaring, announced, announces, announcing, claimed,
    claiming, continued, continues, continuing, recalled, recalls, recalling, replied, replies, replying,
    responded, responds, responding, remarked, observed, observes, suggested, suggests, suggesting, admitted,
    admits, admitting, conceded, concedes, conceding, countered, emphasized, emphasised, emphasizes, emphasises,
    stressed, stresses, stressing, urged, urges, urging, predicted, predicts, predicting, cautioned, cautions,
    complained, complains, confirmed, confirms, denied, denies, joked, jokes, joking, quipped, quips, shouted,
    shouts, yelled, screamed, whispered, sighed, boasted, boasts, vowed, pledged, promised, reiterated,
    reiterates, repeated, agreed, agrees, concluded, concludes, described, describes, describing, testified,
    testifies, recounted, recounts, mused, muses, opined, wondered, wonders, pointed out, points out, pointing
    out, went on, goes on, chimed in, weighed in, weighs in, shared, reported, revealed, reveals, commented,
    commenting, assured, assures, ordered, retweeted, captioned, texted, messaged, emailed, blogged, demanded,
    begged, pleaded, pleads, cried, exclaimed, exclaims, answered, interjected, hinted, maintained, maintains,
    alleged, alleges, contended, contends, asserted, asserts, called, dubbed, quoted, accused, accuses, blasted,
    slammed, mouthed, read, reads, states, reports, claims, comments, notes, posts, vows, pledges, promises,
    counters, remarks, sees, thinks, believes, feels, eulogized, eulogize, labeled, labelled, termed,
    branded, remembered, introduced, issued a statement, said in a statement, put it, puts it,
    written, ruled, submitted, calls, remembers, dubs
    """
)

# The present-tense cue of a quote-led standfirst, headline style ("'The sea has taken our season,' say fishermen",
# "«Non chiudiamo», dice il sindaco"): the body reports speech in the past, the summary above it in the present.
STANDFIRST_QUOTE_CUES: tuple[str, ...] = _phrases(
    """
    says, say, warns, warn, tells, tell, insists, insist, admits, admit, claims, claim, urges, urge, vows, vow,
    asks, ask, argues, argue, believes, believe, fears, fear, hopes, hope, sagt, sagen, warnt, dice, dicen,
    afirma, diz, dizem, afirme, estime, zegt
    """
)

# Speech cues of other languages, read only in a block that shows one of them or a mark of another language
# (and the verbs that call a thing by the quoted words: `nannte die Vorlage „einseitig“`, `calificó la situación de
# «insostenible»`, the subject's words as `called` is in English)
# (`cues.py`): the verb and the speaker after it (`„…“, sagte Heiko Brüning`, `«…», ha explicado el consejero,
# Álvaro Prieto`) or before it (`Anna Weber sagte: „…“`), compound tenses and separable verbs as phrases.
FOREIGN_SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "de": _phrases(
        """
        sagte, sagt, sagten, erklärte, erklärt, betonte, betont, teilte mit, teilt mit, meinte, meint, fügte hinzu,
        ergänzte, ergänzt, warnte, so, gab an, räumte ein, stellte klar, nannte, nennt, bezeichnete, bezeichnet,
        erzählte, erzählt, berichtete, berichtet, kritisierte, kritisiert, forderte, fordert, fragte, antwortete,
        mahnte, mahnt, bestätigte, bestätigt, versicherte, versichert, schilderte, schildert, erinnerte, unterstrich,
        resümierte, bilanzierte, lobte, beklagte, beklagt, warnt, erläuterte, erläutert, kündigt an, kündigte an,
        bekräftigte, bekräftigt, unterstreicht, kommentierte, kommentiert, schrieb, schreibt, beschrieb,
        beschreibt, bedauert, bedauerte, warf vor, wirft vor, beschuldigte, beschuldigt
        """
    ),
    "es": _phrases(
        """
        dijo, dice, ha dicho, explicó, explica, ha explicado, afirmó, afirma, ha afirmado, señaló, señala, ha
        señalado, aseguró, asegura, ha asegurado, añadió, añade, ha añadido, declaró, ha declarado, indicó, indica,
        advirtió, lamenta, lamentó, sostiene, subrayó, calificó, califica, ha calificado, tildó, describió, definió,
        reconoció, reconoce, contó, cuenta, admitió, admite, consideró, considera, comentó, comenta, expresó, agregó,
        agrega, sentenció, remarcó, destacó, destaca, manifestó, insistió, insiste, apuntó, detalló, detalla, opinó,
        opina, respondió, responde, relató, relata, recordó, recuerda, aclaró, aclara, enfatizó, precisó, concluyó,
        confesó, confiesa, expuso, planteó, plantea, criticó, cuestionó, denunció, denuncia, celebró, valoró,
        argumentó, aseveró, puntualizó, resumió, subraya, advierte, acusó, acusa, ha acusado, ha reconocido,
        ha contado, ha admitido, ha
        comentado, ha manifestado, ha destacado, ha recordado, ha insistido, sostuvo, refirió, refiere, escribió,
        recalcó, acotó, reiteró, resaltó, lamentó, informó, exclamó, bromeó, ironizó, remató, elogió, saludó, narra,
        narró, decía, contaba, explicaba
        """
    ),
    "fr": _phrases(
        """
        a déclaré, déclare, a dit, a expliqué, explique, affirme, a affirmé, a ajouté, ajoute, souligne, a souligné,
        précise, a précisé, estime, raconte, confie, a confié, indique, a indiqué, assure, a assuré, reconnaît, a
        reconnu, a estimé, regrette, a regretté, insiste, a insisté, rappelle, a rappelé, poursuit, a poursuivi,
        témoigne, résume, s'agace, s’agace, s'inquiète, s’inquiète, s'indigne, s’indigne, s'emporte, s’emporte,
        qualifie, a qualifié, a raconté, a répondu, répond, commente, a commenté, constate, a constaté, conclut, a
        conclu, martèle, a martelé, prévient, a prévenu, avoue, a avoué, admet, a admis, détaille, a détaillé, glisse,
        lâche, a lâché, tranche, juge, a jugé, dénonce, a dénoncé, déplore, a déploré, confirme, a confirmé, annonce,
        a annoncé, répète, reprend, sourit, s'amuse, s’amuse, plaisante, demande, a demandé, lance, a lancé, soupire,
        a soupiré, a fait savoir, fait savoir, renchérit, rétorque, a rétorqué, réplique, a répliqué, ironise,
        signale, a signalé, relève, a relevé, fait valoir, a fait valoir, plaide, a plaidé, s'exclame, s’exclame,
        a salué, salue, se félicite, s'est félicité, s’est félicité, s'est félicitée, s’est félicitée, a décrit,
        décrit, a évoqué, évoque, a averti, avertit, a souhaité, a promis, promet, dit, a noté, se réjouit, s'est
        réjoui, s’est réjoui, s'est réjouie, s’est réjouie, s'étonne, s’étonne, s'interroge, s’interroge, se désole,
        s'insurge, s’insurge, s'alarme, s’alarme, se plaint, s'enthousiasme, s’enthousiasme, se défend, se souvient,
        se rappelle, s'impatiente, s’impatiente
        """
    ),
    "it": _phrases(
        """
        ha detto, ha spiegato, spiega, ha dichiarato, dichiara, ha aggiunto, aggiunge, afferma, ha affermato,
        sottolinea, ha sottolineato, racconta, dice, commenta, ha commentato, osserva, ricorda, ha ricordato, precisa,
        ha precisato, conferma, ha confermato, ammette, avverte, ha annunciato, conclude, ha definito, definisce,
        ribadisce, ha ribadito, insiste, rileva, evidenzia, ha evidenziato, ha raccontato, denuncia, ha denunciato,
        sostiene, ha sostenuto, ha ammesso, ha risposto, risponde, prosegue, ha osservato, fa sapere, ha fatto
        sapere, ride, scherza, rimarca, puntualizza, ha puntualizzato, incalza, ha replicato, assicura, ha assicurato,
        lamenta, ha lamentato, confida, ha confidato, chiosa, ha elogiato, elogia, ha descritto, descrive, spiegava,
        diceva, raccontava
        """
    ),
    "pt": _phrases(
        """
        disse, diz, afirmou, afirma, explicou, explica, declarou, acrescentou, garantiu, sublinhou, contou, ressaltou,
        destacou, completou, classificou, chamou, definiu, lembrou, lembra, comentou, comenta, avaliou, avalia,
        reforçou, alertou, observou, salientou, relatou, conta, admitiu, reconheceu, opinou, defendeu, defende,
        criticou, questionou, argumentou, pontuou, frisou, enfatizou, respondeu, concluiu, detalhou, acrescenta,
        destaca, ressalta, perguntou, pergunta, esclareceu, esclarece, desabafou, desabafa, lamentou, lamenta,
        considera, considerou, sublinha, garante, assegurou, assegura, frisa, salienta, adiantou, adianta, referiu,
        refere, indicou, informou, apontou, realçou, vincou, sustentou, reiterou, descreveu, elogiou, saudou,
        dizia, contava
        """
    ),
    "nl": _phrases(
        """
        zei, zegt, aldus, vertelde, vertelt, verklaarde, benadrukte, voegde toe, noemde, noemt, stelt, stelde, vindt,
        reageerde, reageert, waarschuwde, waarschuwt, benadrukt, verklaart, vervolgt, legde uit, liet weten,
        antwoordde, erkende, erkent, meent, meende, legt uit, vult aan, vulde aan, merkt op, merkte op, geeft toe,
        gaf toe, voegt toe, bevestigt, bevestigde, antwoordt, klaagt, klaagde, getuigt, schrijft, schreef, beaamt,
        lacht, zucht, laat weten, spreekt van, sprak van
        """
    ),
    "sv": _phrases(
        """
        sade, sa, säger, berättar, berättade, enligt, förklarar, menar, tillägger
        """
    ),
    # Danish and Norwegian (Bokmål) in one entry: they share most cue verbs (`forklarer`, `mener`, `skriver`) and
    # Swedish above already holds their `sa`.
    "da-nb": _phrases(
        """
        siger, sagde, sier, fortæller, fortalte, forteller, forklarer, forklarede, forklarte, mener, mente,
        understreger, understregede, understreker, understreket, tilføjer, tilføjede, legger til, la til, påpeger,
        påpegede, påpeker, påpekte, skriver, skrev, svarer, svarede, svarte, advarer, advarede, advarte, indrømmer,
        indrømmede, innrømmer, innrømmet
        """
    ),
    "cs": _phrases(
        """
        řekl, řekla, řekli, uvedl, uvedla, uvedli, dodal, dodala, sdělil, sdělila, prohlásil, prohlásila, vysvětlil,
        vysvětlila, upozornil, upozornila, připomněl, připomněla, zdůraznil, zdůraznila, míní, říká, dodává, uvádí,
        řekl pro, řekla pro, uvedl pro, uvedla pro, poznamenal, poznamenala, popsal, popsala, odpověděl, odpověděla
        """
    ),
}
# More forms of the cue verbs of each language (past and present, reflexive, the imperfect of features, gerunds,
# set phrases: `se limitó a decir`, `hieß es`, `a mis en garde`), read only once a block has shown a cue of
# `FOREIGN_SPEECH_VERBS` (or a mark English does not use), which says the page is in that language: they widen what
# the cue's shapes read, not the test for another language. Kept as the text and cut on first use (`cues.py`): one
# string costs the start nothing, where each entry of a cut list costs it some 2,000 instructions.
FOREIGN_MORE_SPEECH_VERBS_TEXT: str = """
    schimpft, schimpfte, seufzt, seufzte, poltert, polterte, wettert, wetterte, grinst, grinste, stöhnt,
    stöhnte, verriet, verrät, resümiert, bilanziert, beteuerte, beteuert, versprach, verspricht, entgegnete,
    entgegnet,
    erwiderte, erwidert, konterte, kontert, präzisierte, präzisiert, gestand, gesteht, urteilte, urteilt,
    beschwichtigte, hofft, hoffte, vermutet, vermutete, schätzt, schätzte, freute sich, freut sich, ärgert sich,
    ärgerte sich, wunderte sich, wundert sich, sprach von, spricht von, zeigte sich, zeigt sich, hieß es, heißt es,
    spreken van, spraken van, habla de, habló de, hablan de, hablaron de, parle d', parle
    d’, parle de, a parlé de, a parlé d', a parlé d’, parla di, ha parlato di, fala em, falou em, fala de, falou de,
    fragt, klagt, klagte, bemängelte, bemängelt, lobt, rechnete vor, rechnet vor, wies hin, weist hin, führte aus,
    führt aus, hob hervor, hebt hervor, stellte fest, stellt fest,
    reclamó, reclama, pidió, pide, exigió, exige, se quejó, se queja, se lamentó, graficó, estimó, estima, calculó,
    justificó, defendió, defiende, rechazó, negó, niega, anunció, anuncia, confirmó, confirma, reveló, revela, se
    limitó a decir, se limitó a señalar, atinó a decir, alcanzó a decir, replicó, retrucó, contestó, sumó, completó,
    cerró, se sinceró, prometió, promete, analizó, evaluó, rememoró, confió, alertó, alerta, avisó, propuso,
    preguntó, pregunta, se preguntó, publicó, tuiteó, afirmaba, agregaba, insistía, repitió, repite, aseguraba,
    relataba, advertía, protestó, protesta, masculló, se hizo eco, apostilló, sentencia, zanjó, dijeron,
    explicaron, afirmaron, señalaron, aseguraron, indicaron, confirmaron,
    informaron, precisaron, advirtieron, añadieron, agregaron, detallaron, reconocieron, denunciaron, sostuvieron,
    declararon, manifestaron, coincidieron, contaron, relataron,
    peste, a pesté, fulmine, a fulminé, tonne, a tonné, râle, grince, souffle, a soufflé, murmure, a murmuré,
    tempête, s'exaspère, s’exaspère, proteste, a protesté, note, ont déclaré, ont indiqué,
    ont expliqué, ont précisé, ont confirmé, ont assuré, ont affirmé, ont fait savoir,
    expliquent, indiquent, précisent, assurent, confirment, observe, a observé, remarque, a remarqué, se demande,
    nuance, a nuancé, complète, a complété, enchaîne, a
    enchaîné, ajoutait, expliquait, disait, racontait, soulignait, a réagi, réagit, a écrit, écrit, a tweeté, a
    glissé, a tranché, a résumé, a repris, tempère, a tempéré, a témoigné, rapporte, a rapporté, met en garde, a mis
    en garde, rassure, a rassuré, a ironisé, a renchéri,
    hanno detto, hanno spiegato, hanno confermato, hanno dichiarato, hanno aggiunto, hanno precisato, hanno
    fatto sapere, spiegano, dicono, confermano, sbotta, ha sbottato, ha protestato, sospira, ha
    sospirato, sottolineano, ha avvertito, continua, ha continuato, ha proseguito, ha concluso,
    ha rimarcato, ha insistito, garantisce, ha
    garantito, annuncia, chiarisce, ha chiarito, replica, rivela, ha rivelato, auspica, ha auspicato, ha promesso,
    promette, ha scritto, scrive, fa notare, ha fatto notare, fa presente, ha fatto presente, si chiede, si domanda,
    attacca, ha attaccato, tuona, ha tuonato, rilancia, ha rilanciato, ammonisce, ha ammonito, aggiungendo,
    spiegando, sottolineando, precisando, ricordando, ha riferito, riferisce,
    afirmava, revelou, confirmou, anunciou, informa, declara, completa, observa, pontua, critica, questiona, cobrou,
    cobra, pediu, pede, reclamou, comemorou, comemora, celebrou, brincou, resumiu, resume, justificou, justifica,
    negou, nega, rebateu, rebate, retrucou, reconhece, prometeu, ponderou, pondera, emendou, sentenciou, disparou,
    protestou, atira, atirou, suspira, suspirou, escreveu, publicou, limitou-se a dizer,
    se limitou a dizer, explicava, garantia, disseram, afirmaram,
    explicaram, garantiram, confirmaram, informaram, adiantaram, referiram, indicaram, contaram, relataram,
    sublinharam, acrescentaram, declararam,
    moppert, mopperde, foetert, foeterde, sneert, sneerde, verzucht, verzuchtte, vond, denkt, dacht, beklemtoont,
    beklemtoonde, onderstreept, onderstreepte, verduidelijkt, verduidelijkte, liet
    optekenen, voegt eraan toe, voegde eraan toe, besluit, besloot, concludeert, concludeerde, blikt terug, blikte
    terug, vraagt, vroeg, twitterde, tweette, getuigde, beaamde, hoopt, hoopte, verwacht, verwachtte, vreest,
    vreesde, pleit, pleitte, oordeelt, oordeelde, geeft aan, gaf aan, stipt aan, stipte aan, deelt mee, deelde mee,
    licht toe, lichtte toe, klinkt het bij, klonk het bij, klinkt het, klonk het
"""

# German and Dutch cues whose particle goes to the end of the clause, the speaker between (`„…“, teilte ein Sprecher der
# Stadt auf Anfrage mit.`, `„…“, fügte Meier hinzu.`): the verb as printed first, and its particle.
FOREIGN_SPLIT_CUES: dict[str, str] = {
    "teilte": "mit", "teilt": "mit", "teilten": "mit", "fügte": "hinzu", "fügt": "hinzu", "gab": "an", "gibt": "an",
    "räumte": "ein", "räumt": "ein", "stellte": "klar", "stellt": "klar", "kündigt": "an", "kündigte": "an",
    "legt": "uit", "legde": "uit", "voegt": "toe", "voegde": "toe", "vult": "aan", "vulde": "aan", "merkt": "op",
    "merkte": "op", "geeft": "toe", "gaf": "toe",
}  # fmt: skip
# Pronouns of whom the words were said to, glued to a Portuguese cue by a hyphen (`“…”, respondeu-lhe Rui Leitão`).
FOREIGN_CLITICS: tuple[str, ...] = _phrases("lhe, lhes, me, nos, te")
# Cues with no subject, whose source a preposition names after them (`„…“, hieß es am Abend von der Polizei`, `hieß
# es aus dem Rathaus`, `heißt es seitens der Stadt`): the body after the preposition speaks (`cue_steps`)
FOREIGN_IMPERSONAL_CUES: tuple[str, ...] = ("hieß es", "heißt es", "hiess es", "heisst es")
FOREIGN_SOURCE_PREPOSITIONS: tuple[str, ...] = _phrases("von, vom, aus, seitens, bei, beim")
# Words of "then" between "and" and a second cue sharing the sentence's subject (`… visitó la planta y luego
# aseguró que «…»`, `… et a ensuite promis`, `… und sagte später`: `cue_steps`)
FOREIGN_THEN: tuple[str, ...] = _phrases(
    "luego, después, además, también, más tarde, ensuite, puis, aussi, depois, também, poi, anche, dann, später, "
    "auch, daarna, later, ook"
)
# ... and pronouns of whom they were said to standing before the cue, in Spanish and French (`“…”, le dijo a este
# medio.`, `« … », nous a confié le maire`, `«…», les explicó`): the cue's subject is still left out or after it.
FOREIGN_CLITICS_BEFORE: tuple[str, ...] = _phrases("le, les, me, nos, te, lui, leur, nous, vous, m', m’")
# Singular definite articles of other languages before a role in lower case after a cue: the speaker described,
# named elsewhere in the story (`«…», dijo el alcalde`, `“…”, disse o administrador`, `« … », estime l'élu`,
# `'…', zei de burgemeester`, `„…“, sagte die 67-Jährige`).
# (the singular ones of one word also open descriptions and bodies' names: `FOREIGN_ARTICLES`)
FOREIGN_SINGULAR_ARTICLES: tuple[str, ...] = _phrases("el, la, le, il, lo, o, der, die, das, de, het")
FOREIGN_ROLE_ARTICLES: tuple[str, ...] = (*FOREIGN_SINGULAR_ARTICLES, *_phrases("l', l’, a"))
# (and the gender those of one gender give the role's holder: "la funcionaria" is a woman)
FOREIGN_ARTICLE_GENDERS: dict[str, str] = {
    "el": "m", "le": "m", "il": "m", "lo": "m", "o": "m", "der": "m", "la": "f", "a": "f", "die": "f",
}  # fmt: skip
# Words opening what follows a cue with no subject after it: when, where or how it was said (`«…», dice entre
# risas`, `“…”, contou, já no pavilhão`, `«…», dice, y se ríe`, `“…”, disse, emocionada`): the speaker is who the
# story named before.
FOREIGN_ADVERBIAL_OPENERS: tuple[str, ...] = _phrases(
    """
    entre, con, en, desde, sin, tras, mientras, durante, ya, y, com, em, no, na, ao, enquanto, já, e, avec, dans,
    sans, lors, depuis, et, in, mentre, mit, nach, bei, während, und, met, tijdens, bij, emocionado,
    emocionada, emocionados, sonriente, sorridente, visiblemente, visivelmente, indignado, indignada, resignado,
    resignada, preocupado, preocupada, ému, émue, visiblement, sichtlich, commosso, commossa, zichtbaar, quant,
    concernant, respecto, sobre, über, hinsichtlich, quanto, riguardo, wat
    """
)
# The head words of a body's name in languages that print the head first (`Junta de Usuarios de Riego`,
# `Associação das Vendedoras`, `Governo Provincial de Luanda`, `Stichting Windstil`, `Consiglio di Stato`), and of
# documents: after a cue, a description by one of them ("dijo la empresa", "señaló el comunicado") is no person's
# role (`cues.py`).
FOREIGN_BODY_HEADS: tuple[str, ...] = _phrases(
    """
    empresa, compañía, companhia, entreprise, société, società, azienda, firma, bedrijf, ministerio, ministério,
    ministère, ministero, ministerium, gobierno, governo, gouvernement, regierung, regering, municipio, município,
    comune, gemeinde, gemeente, ayuntamiento, câmara, mairie, junta, asociación, associação, associazione,
    verein, vereniging, sindicato, syndicat, sindacato, gewerkschaft, vakbond, policía, polícia, polizia, polizei,
    politie, comunicado, communiqué, comunicato, mitteilung, informe, relatório, rapport, rapporto, bericht, verslag,
    nota, institución, instituição, institution, istituzione, instelling
    """
)
# (and more of them, as text cut on first use, `cues.py`: associations, foundations, parties, clubs, hospitals,
# universities, whose head after a role is what the role is of: "la présidente de l’association Les Amis du Cinéma")
FOREIGN_MORE_BODY_HEADS_TEXT: str = """
    association, commune, fédération, federación, federação, federazione, verband, bond, stiftung, fundación,
    fondation, fondazione, fundação, stichting, cooperativa, coopérative, coöperatie, genossenschaft, partido, parti,
    partito, partij, partei, club, clube, verein, hospital, hôpital, ospedale, ziekenhuis, krankenhaus, universidad,
    université, università, universidade, universiteit, universität, organismo, organisme, ente, entidad, entidade,
    organisation, organisatie, organização, organización, organizzazione, behörde, gesellschaft, instituto, istituto,
    institut, instituut, servicio, serviço, servizio, dienst, comisión, comissão, commissione, kommission, commissie,
    consejo, conselho, consiglio, conseil, parque, parco, parc, agencia, agência, agenzia, agence, agentur, amt,
    dirección, direção, direzione, direction, secretaría, tribunal, tribunale, gericht, rechtbank, clínica,
    commission, comité, comitê, comitato, ausschuss, comisaría, consejería, coordinadora, coordinación, coordination,
    coordenação, coordinamento, collectif, colectivo, coletivo, collettivo, plataforma, plateforme, gremio
"""
# Documents a body issues, in the languages of the foreign cues: after "according to" the body they are of speaks
# (`Según el parte de la comisaría de Lucanas, …`, `Laut dem Bericht der Polizei`, `Selon le communiqué de la
# préfecture`, `Volgens het verslag van de brandweer`, `Secondo la relazione dei tecnici`).
FOREIGN_DOCUMENT_NOUNS_TEXT: str = """
    parte, informe, comunicado, nota, acta, denuncia, sentencia, resolución, atestado, reporte, boletín,
    relatório, boletim, despacho, parecer, rapport, communiqué, procès-verbal, bilan, arrêté, bericht,
    mitteilung, pressemitteilung, polizeibericht, gutachten, stellungnahme, verslag, verklaring, persbericht,
    proces-verbaal, rapporto, comunicato, verbale, relazione, bollettino, sentenza, ordinanza
    """
# "according to" in other languages: the source follows, before the quote (`Según Prieto, «…»`) or after it.
FOREIGN_ACCORDING: dict[str, tuple[str, ...]] = {
    "de": ("laut",),
    "es": ("según", "de acuerdo con", "de acuerdo a"),
    "fr": ("selon", "d'après", "d’après"),
    "it": ("secondo", "stando a"),
    "pt": ("segundo", "de acordo com", "conforme"),
    "nl": ("volgens",),
    "sv": ("enligt",),
    "da-nb": ("ifølge",),
}
# Words opening a sentence that gives someone's view, the quote later in it (`Para a pesquisadora Name, o
# problema é "…"`, `Pour le maire, c'est « … »`): read only at a sentence's opening, before a comma.
FOREIGN_VIEW_LEADS: tuple[str, ...] = ("para", "pour")
# Cue words that are English words too: they never mark a block as another language's ("so", "dice").
FOREIGN_CUES_ALSO_ENGLISH: tuple[str, ...] = _phrases("so, a, ha, dit, dice, sa, diz, spiega, assure, conclude, ride")
# Of those, the ones that mark another language right after a closing mark and a comma (`“…”, dice Elena
# Conti`): English never prints them there.
FOREIGN_CUES_AFTER_MARK: tuple[str, ...] = _phrases("dice, diz, dit, spiega")
# French puts the subject after its cue, joined by a hyphen (`estime-t-il`, `ajoute-t-elle`, `a-t-il précisé`):
# the pronouns so joined, and the auxiliary that takes them before a participle (`cues.py`).
FOREIGN_HYPHENED_PRONOUNS: tuple[str, ...] = ("il", "elle")
FOREIGN_HYPHENED_AUXILIARIES: tuple[str, ...] = ("a",)
# Cues that follow a quote only (`„…“, so Heiko Brüning`): before one, "so" is a conjunction.
FOREIGN_CUES_AFTER_QUOTE_ONLY: tuple[str, ...] = ("so",)
# Subject pronouns of other languages as the English one they stand for (`sagt sie`: she).
FOREIGN_PRONOUNS: dict[str, str] = {
    "er": "he", "sie": "she", "él": "he", "ella": "she", "il": "he", "elle": "she", "lui": "he", "lei": "she",
    "ele": "he", "ela": "she", "hij": "he", "zij": "she", "ze": "she", "han": "he", "hon": "she", "hun": "she",
}  # fmt: skip
# Articles that open a description or an organisation's name (`Der Landkreis Wesermarsch teilte mit`: the
# Landkreis), and prepositions after which a capitalised word is what a title is of (`el consejero de
# Movilidad`), not who speaks.
FOREIGN_ARTICLES: tuple[str, ...] = (
    *FOREIGN_SINGULAR_ARTICLES,
    *_phrases("den, dem, des, los, las, les, gli, os, as, ein, eine, un, una, une"),
)
# The courtesy titles of Spanish, Portuguese, Italian, French and German, in full ("Doña Rosaura Quintero", "Senhor
# Costa", "Frau Lüders"; not "Don", a given name too): titles in copy of those languages (FOREIGN_TITLES) and in
# English copy (REGIONAL_TITLES) alike, written here once.
FOREIGN_COURTESY_TITLES: tuple[str, ...] = _phrases(
    "doña, dona, señora, señor, senhora, senhor, signora, signor, madame, monsieur, frau, herr"
)
# Titles of other languages printed with a capital before a name (`so Bürgermeisterin Karin Lüders`: Karin
# Lüders): German capitalises every noun. And the titles and roles of Spanish, French, Italian, Portuguese, Dutch and
# German news, printed before a name or after an article (`el alcalde`, `le préfet`, `il sindaco`, `o vereador`, `de
# korpschef`, `der Vorsitzende`), and Austria's academic titles before a name (`Mag.`, `Ing.`, `Dipl.-Ing.`).
FOREIGN_TITLES: tuple[str, ...] = (
    _phrases(
        """
    bürgermeister, bürgermeisterin, oberbürgermeister, oberbürgermeisterin, minister, ministerin, präsident,
    präsidentin, landrat, landrätin, sprecher, sprecherin, professor, professorin, kanzler, kanzlerin, direktor,
    direktorin, trainer, trainerin, polizeisprecher, polizeisprecherin, senator, senatorin, dr, prof, stadtrat,
    stadträtin, gemeinderat, gemeinderätin, kreisbrandrat, wethouder, burgemeester, raadslid, kämmerer, kämmerin,
    bruder, schwester, tochter, ehemann, ehefrau, hijo, hija, hermano, hermana, esposa, marido, fils, fille,
    frère, sœur, figlio, figlia, fratello, sorella, filho, filha, irmão, irmã, zoon, dochter, broer, anwohner,
    anwohnerin, rentner, rentnerin, landwirt, landwirtin, schepen, voorzitter, directeur, directrice, gedeputeerde,
    gouverneur, advocaat, bewoner, bewoonster, sr, sra, srta, dra, dña, señorita, mme, mlle, sig, mevrouw, meneer,
    mevr, dhr,
    alcalde, alcaldesa,
    intendente, concejal, concejala, edil, diputado, diputada, senador, senadora, gobernador, gobernadora,
    ministro, ministra, presidente, presidenta, fiscal, juez, jueza, comisario, comisaria, portavoz, vocero, vocera,
    entrenador, entrenadora, gerente, directora, secretario, secretaria, maire, préfet, préfète, ministre,
    président, présidente, procureur, procureure, juge, député, députée, sénateur, sénatrice, entraîneur, adjoint,
    adjointe, sindaco, sindaca, assessore, assessora, consigliere, consigliera, procuratore, giudice, prefetto,
    questore, allenatore, direttore, direttrice, prefeito, prefeita, vereador, vereadora, deputado, deputada,
    governador, governadora, juiz, juíza, promotor, promotora, delegado, delegada, treinador, diretor, diretora,
    secretário, secretária, officier, woordvoerder, woordvoerster, griffier, korpschef, hoofdcommissaris,
    vorsitzende, vorsitzender, geschäftsführer, geschäftsführerin, pfarrer, pfarrerin, obmann, obfrau,
    kommandant, kommandantin, commandant, geologe, geologin, kapitän, kapitänin, mag, mmag, ing, dipl.-ing, ddr,
    sohn, vater, mutter, enkel, enkelin, neffe, nichte, onkel, tante, witwe, witwer, großvater, großmutter,
    lebensgefährte, lebensgefährtin, madre, abuelo, abuela, nieto, nieta, viuda, viudo, esposo, sobrino, sobrina,
    père, mère, grand-père, grand-mère, épouse, époux, veuve, neveu, nièce, oncle, marito, moglie, nonno, nonna,
    vedova, vedovo, mãe, avô, avó, viúva, viúvo, vader, moeder, echtgenoot, echtgenote, weduwe, zus
    """
    )
    + FOREIGN_COURTESY_TITLES
)
# (and more of them, read by the cue readers only, as text cut on first use (`cues.py`): the roles of sport, of
# the courts and of the arts, `El delantero reconoció que …`, `dijo el arquero`, `a déclaré le magistrat`, `el
# cantante escribió:`, `a confié l'actrice`; the abbreviated ones,
# "lic", "arq", are read from FOREIGN_ABBREVIATED_TITLES_TEXT)
FOREIGN_MORE_TITLES_TEXT: str = """
    delantero, delantera, arquero, arquera, portero, portera, capitán, capitana, jugador, jugadora, zaguero,
    volante, atacante, goleiro, goleira, capitão, jogador, jogadora, attaquant, attaquante, gardien, capitaine,
    joueur, joueuse, attaccante, portiere, capitano, giocatore, giocatrice, stürmer, stürmerin, torhüter,
    torhüterin, spieler, spielerin, spits, keeper, aanvoerder, speler, speelster, magistrado, magistrada, magistrat,
    magistrato, richter, richterin, rechter, cantante, cantautor, cantautora, actor, actriz, chanteur, chanteuse,
    acteur, actrice, cantor, cantora, ator, atriz, attore, attrice, sänger, sängerin, schauspieler, schauspielerin,
    zanger, zangeres, escritor, escritora, écrivain, écrivaine, autor, autora, auteur, autrice, schriftsteller,
    schriftstellerin, scrittore, scrittrice, schrijver, schrijfster, ciclista, cycliste, radfahrer, wielrenner,
    tenista, atleta, athlète, athlet, athletin, atleet, boxeador, boxeur, pugile, piloto, pilote, pilota
"""
# Abbreviated titles of other languages printed with full stops before a name (`explicó la Dra. Itzel Ramírez`,
# `según el Ing. Huamaní`, `Lic. Óscar Villanueva`, `sagte Mag. Zankl`, `Dr.in Sabine Lechner`, `ha detto la
# dott.ssa Neri`, `aldus mr. De Vries`, `disse a Profa. Lúcia Ramos`): their stops end no sentence, and the cue
# reader reads the words round a quote without them (`cues.py`); the titles printed with no stop (`Me Dubosson`,
# `Pr Reymond`, `Mme Guex`) are dropped from a name there too.
FOREIGN_ABBREVIATED_TITLES_TEXT: str = """
    dr, dra, dr.in, dr.a, dres, sr, sra, srta, sres, sras, dña, d.ª, lic, licda, lcda, lcdo, ing, inga, ing.ª, arq,
    abog, abg, prof, profa, prof.ª, prof.in, mag, mag.a, mmag, dipl.-ing, ddr, dott, dott.ssa, avv, arch, geom, sig,
    sig.ra, mons, mgr, pr, me, mᵉ, mme, mlle, dhr, mevr, mr, drs, eng, enga, exmo, exma
"""
# Asides of other languages set in commas between a sentence's subject and its verb (`Quiroga, en cambio, se hizo
# cargo: “…”`, `Le club, de son côté, a répondu : « … »`, `Die Stadt, ihrerseits, verwies …`): the name before them
# is the subject (`cues.py`).
FOREIGN_ASIDES_TEXT: str = """
    por su parte, en cambio, sin embargo, por otro lado, a su vez, por su lado, no entanto, por sua vez, por seu
    lado, por outro lado, de son côté, quant à lui, quant à elle, pour sa part, en revanche, de leur côté,
    seinerseits, ihrerseits, hingegen, dagegen, jedoch, indes, dal canto suo, invece, per parte sua, a sua volta,
    intanto, op zijn beurt, op haar beurt, echter, daarentegen, van zijn kant, van haar kant
"""
# Nouns of other languages that describe a person by sex or age after a definite article (`ajoute la jeune femme`,
# `dijo el joven`, `contou a mulher`, `sagte die Frau`, `zei de man`): no role, the person of that gender the story
# spoke of last, as a pronoun is (`speech.py`).
FOREIGN_PERSON_NOUNS: dict[str, str] = {
    "femme": "f", "homme": "m", "mujer": "f", "hombre": "m", "mulher": "f", "homem": "m", "donna": "f", "uomo": "m",
    "frau": "f", "mann": "m", "vrouw": "f", "man": "m", "jeune": "", "joven": "", "jovem": "", "giovane": "",
    "chica": "f", "chico": "m", "muchacha": "f", "muchacho": "m", "ragazza": "f", "ragazzo": "m", "rapariga": "f",
    "rapaz": "m", "moça": "f", "moço": "m", "jongen": "m", "meisje": "f", "anciana": "f", "anciano": "m",
    "vieille": "f", "vieil": "m", "septuagénaire": "", "sexagénaire": "", "quinquagénaire": "",
    "quadragénaire": "", "trentenaire": "", "octogénaire": "", "septuagenaria": "f", "septuagenario": "m",
    "sexagenaria": "f", "sexagenario": "m", "cincuentona": "f", "cincuentón": "m", "idosa": "f", "idoso": "m",
}  # fmt: skip
# Nouns of an unnamed source of a body opening a sentence before the body's name (`Fonte da GNR adiantou que`,
# `Fuentes del Ministerio de Salud confirmaron que`, `Une source au sein de la préfecture a indiqué que`, `Kreise der
# Koalition bestätigten`, `Een bron binnen de politie zei dat`): the body speaks, as for a spokesperson (`cues.py`;
# the nouns of a spokesperson, `FOREIGN_SPOKESPERSON_NOUNS`, are read with these).
FOREIGN_SOURCE_NOUNS_TEXT: str = """
    fuente, fuentes, fonte, fontes, source, sources, fonti, quelle, quellen, kreise, bron, bronnen
"""
# Possessives before a kin noun or a title and a name ("Ihr Bruder Jonas Stratmann", "Su hijo, Iker Salcedo"): not
# the name's. (Only before a title: "Su" is a family name too.) A cue word after one is a noun, no verb ("En su
# cuenta de X", "dans sa réponse", "na sua conta": `cue_steps`).
FOREIGN_POSSESSIVES: tuple[str, ...] = _phrases(
    "ihr, ihre, sein, seine, su, sus, zijn, haar, suo, sua, seu, seus, suas, sa, son, ses, leur, hun, mi, tu"
)
# German role nouns are compounds, capitalised before a name as titles are: their last part says they are a role
# (`Fraktionschefin Meike Stratmann`, `Pressesprecher Jan Berg`, `Schulleiterin Ute Kranz`, `Ortsvorsteher ...`).
# A word ending so is a title when longer than the ending ("Leiter" and "Chef" alone may be surnames). (And the
# endings of trades and ranks: `Revierförster`, `Polizeiinspektor`, `brandweercommandant`.)
FOREIGN_ROLE_ENDINGS: tuple[str, ...] = _phrases(
    """
    chef, chefin, sprecher, sprecherin, leiter, leiterin, vorsitzende, vorsitzender, direktor, direktorin,
    präsident, präsidentin, beauftragte, beauftragter, dezernent, dezernentin, referent, referentin, vorsteher,
    vorsteherin, kämmerer, kämmerin, minister, ministerin, bürgermeister, bürgermeisterin, rat, rätin, planer,
    planerin, experte, expertin, berater, beraterin, anwalt, anwältin, richter, richterin, forscher, forscherin,
    leider, voorzitter, raadslid, kommandant, kommandantin, führer, führerin, arzt, ärztin, pfarrer, pfarrerin,
    trainer, trainerin, lehrer, lehrerin, inhaber, inhaberin, betreiber, betreiberin, obmann, obfrau, hauptmann,
    kommissar, kommissarin, wirt, wirtin, geologe, geologin, biologe, biologin, meteorologe, meteorologin,
    psychologe, psychologin, vertreter, vertreterin, koordinator, koordinatorin, ingenieur, ingenieurin,
    commandant, kapitän, förster, försterin, polizist, polizistin, inspektor, inspektorin, manager, managerin,
    techniker, technikerin, historiker, historikerin, ökonom, ökonomin, woordvoerder, woordvoerster, directeur,
    commissaris, wethouder
    """
)
# Relative pronouns of other languages opening a clause in commas after a name, before its verb ("Theresia Kofler,
# deren Stadel beschädigt wurde, nimmt es gelassen: „…“", "Ana Ruiz, que vive junto al río, fue clara: «…»").
FOREIGN_RELATIVE_PRONOUNS_TEXT: str = """
    der, die, das, deren, dessen, denen, welche, welcher, que, quien, quienes, cuyo, cuya, qui, dont, lequel,
    laquelle, che, cui, il quale, la quale, dat, wiens, wier, waarvan, cujo, cuja, o qual, a qual
    """
# The word "that" of other languages after a cue, before what was said ("sostuvo que", "sagte, dass", "zei dat",
# "ha detto che"; French elides it before a vowel: "a dit qu'il").
FOREIGN_THAT: tuple[str, ...] = _phrases("que, dass, dat, che")
# (and the particles of names: "José Manuel de la Fuente", "Annegret von der Heyde", "Gianni della Valle")
FOREIGN_OF: tuple[str, ...] = _phrases(
    """
    de, del, der, des, du, di, da, do, dos, das, van, von, für, bei, zu, för, av, la, le, della, ter, ten, dei,
    degli, delle, dello
    """
)
# Prepositions of other languages before a name that is no sentence's subject: with, against, by (`marcó 14 goles
# con Quebrada Alta`, `joue avec Name`, `spielte gegen Name`, `gekozen door Name`): a role's holder is not looked for
# after them (`speech.py`), as after "of" and "to" (Dutch "tegen", against and to, is in FOREIGN_TO).
FOREIGN_WITH_TEXT: str = "con, com, avec, mit, met, med, contra, contre, gegen, por, par, door"
# Prepositions of whom words are said to, after a role following a cue ("relató el chofer a El Vigía", "a déclaré
# le maire à La Voix", "disse o treinador ao Diário", "zei de burgemeester tegen De Bode"): the name after them is the
# recipient, never the speaker.
FOREIGN_TO: tuple[str, ...] = _phrases("a, al, à, au, aux, ao, aos, an, aan, tegen, gegenüber")
# (and the particles of a Dutch name only after "van", which German prints as articles: "Van den Brink")
FOREIGN_OF_AFTER_VAN: tuple[str, ...] = _phrases("den, 't, ’t")
# An unnamed source after a cue of another language opens with an indefinite article ("aldus een woordvoerder
# van de gemeente", "sagte ein Sprecher der Stadt"); a place after one of these prepositions is where the source
# An unnamed spokesperson of a body named after the noun speaks for that body ("ein Sprecher der Kreisverwaltung
# Limbach-Weil": the Kreisverwaltung; "un portavoz del Ministerio de Pesca": the ministry); a body in lower case
# stays a description ("een woordvoerder van de gemeente").
FOREIGN_SPOKESPERSON_NOUNS: tuple[str, ...] = _phrases(
    "sprecher, sprecherin, portavoz, portavoce, porte-parole, woordvoerder, woordvoerster, porta-voz, vocero, vocera"
)
# spoke, not who ("ein Meteorologe in Offenbach").
FOREIGN_INDEFINITE_ARTICLES: tuple[str, ...] = _phrases("ein, eine, einer, een, un, una, une, um, uma, uno")
# (or how or when it was asked: "ein Sprecher der Stadt auf Anfrage", "eine Sprecherin der Bahn am Morgen")
# (and the Portuguese and Italian ones an article is fused with, "na Rua Direita", "no Largo", "nella piazza")
FOREIGN_PLACE_PREPOSITIONS: tuple[str, ...] = _phrases(
    "in, im, am, beim, aus, auf, en, em, à, au, uit, te, a, na, no, nas, nos, nel, nella, nei, nelle"
)

# Capitalised words of other languages that open a run of capitals but no name: "Según Prieto" is Prieto,
# "Der Landkreis Wesermarsch" the Landkreis, "Die Stadt Wiesenau" the town; and the copula opening a cleft sentence
# that introduces a person ("Foi Anderson Silva quem deu o alarme", "Fue Marta López quien llamó", "Fu Carla Neri a
# dare l'allarme", "C'est ... qui", "Es war ..., der"): capitalised as it opens the sentence, it is no description
# of the person after it ("Bride Shanice Reid" is; "Foi" is no role of Anderson Silva's).
FOREIGN_NAME_OPENERS: tuple[str, ...] = (
    *(w for words in FOREIGN_ACCORDING.values() for w in words),
    "der",
    "das",
    "die",
    *("foi", "fue", "fueron", "fu", "fut", "war", "ist", "é", "è"),  # (the cleft copulas)
)

# Articles and demonstratives before a capitalised name in a sentence: the name is what the sentence's verb acts on,
# not who is named before a colon as the speaker of the quote after it ("She criticised the Town Council: “…”",
# "Sie kritisierte den Zeitplan der Stadt: „…“": the subject speaks). English and the articles of other languages
# that are no English word (not "a", "die", "as", "de", "o").
OBJECT_ARTICLES: tuple[str, ...] = _phrases(
    """
    the, an, this, that, these, those, der, das, den, dem, des, einen, einem, eines, el, la, los, las, le, les, il,
    lo, gli, het, un, una, une, uno
    """
)

# A court's written words ("The order added", "the judgment said") are the court's: the court or tribunal the story
# named last, when no issuer is printed with the document.
COURT_DOCUMENTS: tuple[str, ...] = _phrases("order, judgment, judgement, ruling, verdict, decision, award, findings")
# The judges who sit for a court or tribunal, speaking in its name ("a panel of the Harbour Tribunal" / "the panel
# called his account ..."): the court the article names.
COURT_PANELS: tuple[str, ...] = _phrases("panel, bench")
COURT_WORDS: tuple[str, ...] = _phrases("court, tribunal, commission, inquiry") + COURT_PANELS
# Articles of a German genitive inside a run of capitalised nouns ("Zeitplan der Stadtwerke", "Leiter des Amts"):
# no person's name holds one unless a particle comes before it ("von der Heyde", "van den Berg").
GENITIVE_ARTICLES: tuple[str, ...] = _phrases("der, des, den, dem")

# A reading time's label before its minutes ("Reading time: 4 min", "Lesezeit: 4 Min.", "Tiempo de lectura: 3
# min"), in English and the languages of the pages read: a line of page furniture, no caption or paragraph.
READING_TIME_LABELS: tuple[str, ...] = _phrases(
    """
    reading time, lesezeit, lesedauer, tiempo de lectura, temps de lecture, tempo di lettura, leestijd,
    tempo de leitura, lecture, lectura, leitura, lettura
    """
)

# Verbs that take the listener as object: "X told Reuters" - the speaker is X, never Reuters.
LISTENER_VERBS: tuple[str, ...] = _phrases(
    """
    told, tells, tell, telling, assured, assures, asked, asks
    """
)

# The verbs of putting a document out, read between its issuer's name and the document ("Big Machine Records issued
# a statement", "the ministry said in a statement"), in the order the pattern tries them.
ISSUING_VERBS: tuple[str, ...] = (
    "issued",
    "released",
    "put out",
    "published",
    "posted",
    "shared",
    "sent",
    "filed",
    "said in",
    "wrote in",
)

# Documents, posts and statements: "a study by the Centre for Policy Research concluded" is the
# Centre speaking, "the statement said" its issuer.
STATEMENT_NOUNS: tuple[str, ...] = _phrases(
    """
    statement, interview, email, e-mail, letter, tweet, post, press release, release, speech, address, briefing,
    press conference, news conference, video, message, text message, blog post, op-ed, memo, filing, report,
    podcast, study, survey, analysis, paper, poll, audit, review, assessment, forecast, research note, ruling,
    lawsuit, complaint, petition, website, order, judgment, judgement, verdict, decision, award, findings,
    submission, submissions, affidavit, indictment, litigation
    """
)
# Written messages a story may quote, besides the statements above ("a text from his son", "the council's reply"):
# a quote after a sentence naming one is the message's words, not the sentence's subject's (speech._actor_before).
MESSAGE_NOUNS: tuple[str, ...] = _phrases("text, texts, reply, note, sign, card, letters, notice")

# The last words of a business's name that no person's name ends in ("Metroline Coaches", "Kestrel Logistics"): an
# organisation (`ORG_WORDS`), and a company (`COMPANY_NAME_ENDS`).
BUSINESS_NAME_ENDS: tuple[str, ...] = _phrases(
    """
    coaches, buses, logistics, industries, enterprises, foods, mining, pharmaceuticals, telecom, construction,
    developments, properties, insurance
    """
)
# The last word of a business's name: "the company said" is the business named last (Northgate
# Holdings), not the last association or council named.
COMPANY_NAME_ENDS: tuple[str, ...] = (
    COMPANY_LEGAL_FORMS
    + _phrases(
        """
        company, group, holdings, partners, capital, labs, systems, technologies, motors, airlines, media, studios,
        records, productions, bank, services, energy, airways
        """
    )
    + BUSINESS_NAME_ENDS
)

# Pronouns by whom they stand for: who "he", "she", "they" or "it" may be.
PRONOUNS_MALE: tuple[str, ...] = _phrases("he, him, his")
PRONOUNS_FEMALE: tuple[str, ...] = _phrases("she, her, hers")
PRONOUNS_PLURAL: tuple[str, ...] = _phrases("they, them, their, we, us, our")
PRONOUNS_THING: tuple[str, ...] = _phrases("it, its")  # a company, a ministry, a report
# "one wrote", "another said": one of a group just described, never named
UNNAMED_PRONOUNS: tuple[str, ...] = _phrases("one, another")
# The pronouns that stand as a speaker before a speaking verb ("he said", never "him said").
SUBJECT_PRONOUNS: tuple[str, ...] = _phrases("he, she, they, we, it, i")
# The possessives of those a story tells of, people or a thing ("his sister", "their lawyer", "its weekly"), and
# of the writer and the reader ("my", "your", "our"): the three people's possessives, written once.
STORY_POSSESSIVES: tuple[str, ...] = _phrases("his, her, their, its")
WRITER_AND_READER_POSSESSIVES: tuple[str, ...] = _phrases("my, your, our")
# The demonstratives a noun follows ("this", "those"), in English.
DEMONSTRATIVES: tuple[str, ...] = _phrases("this, that, these, those")
# Words opening a sentence that carries a story on from the one before it ("But the council ...", "Still, ..."):
# such a line under a picture's credit is the story's, not the picture's caption.
STORY_LINK_WORDS: tuple[str, ...] = (
    _phrases("but, and, so, yet, still, however, meanwhile, then, also") + DEMONSTRATIVES + STORY_POSSESSIVES
)
# The possessives of a person ("his sister", "our reporter"): an owner who is someone (all but a thing's "its").
PERSONAL_POSSESSIVES: tuple[str, ...] = WRITER_AND_READER_POSSESSIVES + tuple(
    p for p in STORY_POSSESSIVES if p not in PRONOUNS_THING
)
# The articles and possessives a noun follows: a word in "-ly" right after one is no adverb ("a spokesman for the
# daily said", "its weekly reported").
ARTICLES_AND_POSSESSIVES: tuple[str, ...] = _phrases("a, an, the") + WRITER_AND_READER_POSSESSIVES + STORY_POSSESSIVES

# Given names that almost always name a woman or a man, and titles that say which: so that "she
# said" is not given to the last man named. Names used for both (Alex, Jordan, Taylor) are in neither.
# (Each list goes on with Welsh, Irish and Scottish Gaelic names: "Sioned", "Máire", "Dafydd", "Pádraig", "Dòmhnall",
# and ends with common names of South Asia, the Arab world, West, East and Southern Africa, Spain, Portugal and Latin
# America, France, the Low Countries, Germany, the Nordic countries, the Caribbean and the Pacific, with their
# accents: "Kamran", "Shazia", "Kwabena", "Wanjiru", "Joaquín", "Mathieu", "Gerrit", "Keisha"; not those that are
# words or places as often: "Per", "Ola", "Gift", "Mercy", "Luz", "Washington". Each name costs start-up: the most
# common only.)
FEMALE_GIVEN_NAMES: tuple[str, ...] = _phrases(
    """
    abby, abigail, ada, adele, adriana, afua, agnes, aileen, aisha, alana, alexa, alexandra, alice, alicia,
    alina, alison, allison, alma, amanda, amara, amber, amelia, amy, ana, angela, angelica, angelina, angie,
    anita, ann, anna, anne, annie, april, asha, audrey, ava, barbara, beatrice, becky, beth, bethany, betty,
    beverly, bonnie, brenda, briana, bridget, brittany, brooke, caitlin, camila, carla, carmen, carol, caroline,
    carolyn, carrie, cassandra, catherine, cathy, cecilia, charlotte, cheryl, chloe, christina, christine, cindy,
    claire, clara, clare, claudia, colleen, courtney, cristina, crystal, cynthia, daisy, daniela, danielle, dawn,
    debbie, deborah, debra, denise, diana, diane, donna, doris, dorothy, edith, eileen, elaine, eleanor, elena,
    elisa, elise, elizabeth, ella, ellen, emily, emma, erica, erin, esther, eva, evelyn, faith, farah, fatima,
    fiona, frances, francesca, gabriela, gail, gemma, georgia, gina, giulia, gloria, grace, hailey, haley, hana,
    hannah, harriet, hayley, heather, heidi, helen, helena, hilary, holly, ingrid, irene, iris, isabel,
    isabella, jackie, jacqueline, jane, janet, janice, jasmine, jenna, jennifer, jenny, jessica, jill, joan,
    joanna, joanne, joy, joyce, judith, judy, julia, julie, june, kaitlyn, karen, kate, katharine, katherine,
    kathleen, kathryn, kathy, katie, katrina, kimberly, kristen, kristin, lara, laura, lauren, leah, leila,
    lena, linda, lindsay, lindsey, lisa, liz, lois, lola, louise, lucia, lucy, lydia, madeline, madison, maggie,
    mandy, margaret, maria, marie, marina, marisa, marsha, martha, mary, maureen, maya, megan, melanie, melinda,
    melissa, mia, michele, michelle, mila, miriam, molly, monica, nadia, nancy, naomi, natalie, natasha, nicola,
    nicole, nina, nora, olivia, pam, pamela, patricia, paula, penny, priya, rachel, raquel, rebecca, regina,
    rita, roberta, rosa, rose, ruby, ruth, sally, samantha, sandra, sara, sarah, sharon, sheila, shirley, sofia,
    sonia, sophia, sophie, stacy, stella, stephanie, sue, susan, suzanne, sylvia, tamara, tanya, tara, teresa,
    theresa, tiffany, tina, valerie, vanessa, vera, veronica, victoria, virginia, vivian, wanda, wendy, yasmin,
    yolanda, yvonne, zoe, kamala, hillary, nikki, ilhan, alexandria, marjorie, jo,
    sioned, cerys, rhian, eleri, bethan, carys, ffion, gwen, rhiannon, elin, catrin, nerys, llinos, siân, angharad,
    lowri, heledd, manon, aoife, máire, niamh, siobhán, síle, órla, orla, ciara, caoimhe, bríd, gráinne, sinéad,
    róisín, saoirse, aisling, eimear, clodagh, nuala, deirdre, úna, méabh, ailbhe, sorcha, muireann, catriona,
    eilidh, mòrag, morag, ailsa, kirsty, mairi, màiri, seonaid, shona, peigi,
    shazia, ayesha, sana, amina, zainab, khadija, mariam, maryam, noor, layla, salma, amira, zahra, ngozi, chioma,
    abena, akua, efua, wanjiru, wanjiku, njeri, akinyi, achieng, zanele, thandiwe, nomvula, chipo, tsitsi, halima,
    marisol, pilar, valentina, ximena, fernanda, mariana, juliana, beatriz, leticia, silvia, marta, marleni, graça,
    joana, mathilde, chloé, léa, céline, sandrine, nathalie, isabelle, sylvie, françoise, josiane, anouk, femke,
    sanne, marieke, renate, birgit, sabine, astrid, karin, keisha, latoya, tanisha, shanice, litia, sunita, kavita,
    pooja, anjali, meena, rekha, nasreen, farzana, parveen
    """
)
MALE_GIVEN_NAMES: tuple[str, ...] = _phrases(
    """
    aaron, abdul, abdullah, abraham, adam, adrian, ahmad, ahmed, aidan, alan, albert, alberto, alejandro,
    alexander, alfred, allan, amir, amit, andre, andreas, andrew, andy, anthony, antoine, anton, antonio, arjun,
    arnold, arthur, arturo, barry, ben, benjamin, bernard, bill, billy, bob, bobby, boris, brad, bradley,
    brandon, brendan, brent, brett, brian, bruce, bruno, bryan, caleb, calvin, carl, carlos, chad, charles,
    christopher, clifford, clayton, colin, connor, conor, craig, curtis, dale, dan, daniel, danny, darius,
    darren, dave, david, deepak, dennis, derek, desmond, diego, dimitri, dominic, don, donald, doug, douglas,
    duncan, dustin, dylan, earl, ed, eddie, edgar, edward, edwin, eli, elias, elijah, elliot, enrique, eric,
    erik, ernest, ethan, eugene, evan, felix, fernando, francisco, frank, fred, frederick, gabriel, gareth, gary,
    gavin, george, gerald, giuseppe, glen, glenn, gordon, graham, grant, greg, gregory, gustavo, hamid, hans,
    harold, harry, hassan, hector, henry, howard, hugh, hugo, hussein, ian, ibrahim, igor, imran, isaac, isaiah,
    ivan, jack, jacob, jake, james, jared, jason, javier, jeff, jeffrey, jeremy, jerome, jerry, jesus, jim,
    jimmy, joel, johan, john, johnny, jon, jonathan, jorge, jose, joseph, josh, joshua, juan, julian, julius,
    justin, kamal, karim, karl, keith, kelvin, ken, kenneth, kent, kevin, khalid, kirk, kurt, kyle, lance,
    larry, lawrence, leo, leon, leonard, liam, lloyd, lorenzo, louis, lucas, luis, luke, malcolm, manuel, marc,
    marcel, marco, marcus, mario, mark, martin, marvin, mason, matt, matthew, max, mehmet, michael, miguel,
    mike, miles, mitchell, mohamed, mohammad, mohammed, muhammad, nathan, neil, nicholas, nick, noah, norman,
    oliver, omar, oscar, owen, pablo, patrick, paul, pedro, peter, phil, philip, phillip, pierre, rafael, rahul,
    raj, ralph, ramon, randy, raphael, ravi, raymond, reza, ricardo, richard, rick, ricky, rob, robert,
    roberto, rodrigo, roger, roland, ronald, ross, roy, russell, ryan, samir, samuel, sanjay, scott, sean,
    sebastian, sergei, sergio, seth, shane, shawn, simon, stanley, stefan, stephen, steve, steven, stuart,
    sunil, tariq, ted, thomas, tim, timothy, toby, todd, tom, tommy, tony, travis, trevor, troy, tyler, victor,
    vijay, vincent, walter, warren, wayne, wesley, will, william, willie, xavier, yusuf, zachary, joe, barack, vladimir,
    volodymyr, xi, rishi, keir, emmanuel, olaf, narendra, elon, mitch,
    chuck, rand, dafydd, rhodri, iwan, huw, gethin, aled, owain, rhys, emyr, geraint, iestyn, gruffydd, ifan,
    meirion, dewi, guto, tomos, osian, gwion, alun, emlyn, pádraig, padraig, ciarán, ciaran, oisín, eoin, donncha,
    tadhg, colm, cillian, darragh, fionn, declan, éamon, eamon, diarmuid, séamus, seamus, cathal, ruairí, pádraic,
    donal, dónal, fergal, cormac, niall, tomás, mícheál, lorcan, seán, dòmhnall, ruairidh, ruaridh, iain, seumas,
    calum, callum, murdo, fraser, angus, hamish, euan, ewan, alasdair, alistair, alastair, tormod, coinneach,
    uilleam,
    kamran, nadeem, asif, faisal, bilal, usman, shahid, rashid, javed, irfan, tahir, rajesh, suresh, ramesh, anil,
    vinod, pradeep, manoj, ashok, arun, mustafa, mahmoud, youssef, khaled, tarek, hamza, hasan, emeka, chinedu,
    tunde, femi, kwame, kofi, kwabena, kwaku, yaw, odhiambo, kamau, mwangi, sipho, themba, thabo, andrés,
    álvaro, ignacio, gonzalo, mateo, joaquín, matías, nicolás, esteban, ernesto, guillermo, hernán, raúl, rubén,
    eduardo, césar, mauricio, armando, joão, thiago, mathieu, guillaume, sébastien, julien, olivier, laurent,
    stéphane, gérard, jacques, michel, philippe, alain, yves, gerrit, pieter, kees, henk, wim, ruud, maarten, bart,
    dirk, jeroen, sander, niels, lars, anders, jens, jürgen, klaus, wolfgang, matthias, markus, sven, nils, deon,
    marlon, jamal
    """
)
# Every given name above, one set (a frozenset: read as a set test wherever a word may open a person's name).
ANY_GIVEN_NAMES: frozenset[str] = frozenset((*GIVEN_NAMES, *FEMALE_GIVEN_NAMES, *MALE_GIVEN_NAMES))
FEMALE_TITLES: tuple[str, ...] = _phrases(
    """
    mrs, ms, miss, dame, lady, queen, princess, sister, congresswoman, chairwoman, spokeswoman, councilwoman,
    assemblywoman, alderwoman, actress, duchess, countess, baroness, first lady, mother, wife, daughter, madam,
    puan, datin, aling, doña, señora, senhora, signora, madame, frau, grandmother, granddaughter, aunt, niece,
    stepmother, stepdaughter, widow, girlfriend, fiancée
    """
)
MALE_TITLES: tuple[str, ...] = _phrases(
    """
    mr, sir, lord, king, prince, brother, father, congressman, chairman, spokesman, councilman, assemblyman,
    alderman, duke, earl, baron, husband, son, encik, mang, mzee, señor, senhor, signor, monsieur, herr,
    grandfather, grandson, uncle, nephew, stepfather, stepson, widower, boyfriend, fiancé
    """
)
# What a profile or a sports report calls the person it is about, once named ("the singer said", "the painter
# says", "the striker added"): that person, unless the story names someone with the noun as a title
PROFILE_SUBJECT_NOUNS: tuple[str, ...] = _phrases(
    """
    actor, actress, singer, star, player, painter, artist, sculptor, poet, novelist,
    musician, songwriter, rapper, dancer, chef, baker, architect, designer, founder, entrepreneur, runner,
    marathoner, athlete, cyclist, swimmer, boxer, vet, farmer, photographer, filmmaker, director, potter,
    carver, weaver, tailor
    """
)
# ... and by what anyone is ("the man said"), which may be someone the story never names
PERSON_DESCRIPTION_NOUNS: tuple[str, ...] = _phrases("man, woman, boy, girl")
# A participle of serving someone, before "the <role>, Name,": the name is the server's, not the role's ("Counsel
# assisting the coroner, Daniel Lee,", "the lawyer representing the mayor, Ann Ross,": neither is the coroner nor the
# mayor; "acting for the mayor, Name," is read so by its preposition)
SERVING_PARTICIPLES: tuple[str, ...] = _phrases(
    "assisting, representing, advising, defending, prosecuting, serving, counselling"
)
# (and the prepositions of serving, read so too: "a spokeswoman for the ministry, Ingrid Dahl," names the spokeswoman;
# in this order, as `people.py` writes them into a pattern)
SERVING_PREPOSITIONS: tuple[str, ...] = ("for", "of", "at", "from", "with", "to", "in", "on")
# The nouns of a description that say its holder's gender besides the titles' (`FEMALE_TITLES`, `MALE_TITLES`: "the
# mother of five", "the grandmother"): "the woman said", "the young mother said" mean a person of that gender the
# story has brought in, as "she said" would, not the last person named whoever it is
FEMALE_PERSON_NOUNS: tuple[str, ...] = _phrases(
    "woman, girl, lady, businesswoman, policewoman, fisherwoman, sportswoman, schoolgirl, mum, mom, housewife, heroine"
)
MALE_PERSON_NOUNS: tuple[str, ...] = _phrases(
    "man, boy, gentleman, businessman, policeman, fisherman, sportsman, schoolboy, dad, hero"
)
# A relative named after an owner's word ("her father, Harald Berg", "his son Tom Lee", "Ana's grandmother,
# Rosa Lind"): the noun says the person's gender, and that the story's subject, not the relative, is the one
# its surname alone means
KIN_NOUNS: tuple[str, ...] = _phrases(
    """
    mother, father, grandmother, grandfather, sister, brother, daughter, son, wife, husband, aunt, uncle, niece,
    nephew, granddaughter, grandson, cousin, stepmother, stepfather, stepdaughter, stepson, widow, widower,
    girlfriend, boyfriend, fiancée, fiancé, partner, twin, mum, mom, dad, grandma, grandpa
    """
)

# What the one named after "the <kin> of" is to the person before it ("Oliver Lee, the son of director Graham Lee":
# Graham is Oliver's father or mother; "Ana Ruiz, the wife of Tomás Ruiz": his wife, so he is her husband): who "his
# father", "her husband" is later.
KIN_CONVERSES: dict[str, tuple[str, ...]] = {
    "son": ("father", "mother", "dad", "mum", "mom"),
    "daughter": ("father", "mother", "dad", "mum", "mom"),
    "father": ("son", "daughter"),
    "mother": ("son", "daughter"),
    "wife": ("husband",),
    "husband": ("wife",),
    "widow": ("husband",),
    "grandson": ("grandfather", "grandmother"),
    "granddaughter": ("grandfather", "grandmother"),
    "nephew": ("uncle", "aunt"),
    "niece": ("uncle", "aunt"),
}

# Role nouns printed before a person's name in lower case ("Chelsea boss Enzo Maresca"), besides titles
PERSON_ROLE_NOUNS: tuple[str, ...] = _phrases(
    """
    boss, manager, coach, striker, midfielder, defender, goalkeeper, forward, winger, player, captain,
    spokesman, spokeswoman, spokesperson, analyst, economist, researcher, scientist, professor, lawyer,
    attorney, actor, actress, singer, rapper, star, author, writer, novelist, journalist, reporter, editor,
    photographer, designer, architect, artist, founder, co-founder, owner, chef, executive, investor,
    entrepreneur, activist, campaigner, candidate, lawmaker, senator, mayor, governor, minister, secretary,
    chairman, chairwoman, president, ceo, director, officer, detective, inspector, sergeant, nurse, doctor,
    surgeon, teacher, student, resident, neighbour, neighbor, farmer, driver, pilot, trainer, jockey,
    skipper, batsman, bowler, quarterback, pitcher, centre-back, full-back, barrister, solicitor,
    counsel, magistrate, coroner, juror, witness, defendant, paramedic, firefighter, constable, curator,
    superintendent, headteacher, headmaster, headmistress, principal, councillor, chair, lecturer, apprentice,
    apprentices, volunteer, volunteers, organiser, organisers, organizer, organizers, treasurer, trustee, agent,
    critic, schoolteacher, poet, painter, sculptor, potter, musician, composer, dancer, choreographer, athlete,
    runner, marathoner, cyclist, swimmer, boxer, presenter, broadcaster, vet, veterinarian, midwife, baker,
    crofter, carpenter, engineer, pastor, priest, imam, rabbi, elder, harbourmaster, landlady, tactician, bride,
    adviser, advisor, consultant
    """
)
# Nationality nouns a story calls a person it has named by ("the Kenyan said", "the Welshman added"): sports
# and foreign news refer to their subject so, as they do by age ("the 24-year-old").
DEMONYMS: tuple[str, ...] = _phrases(
    """
    afghan, albanian, algerian, american, argentine, argentinian, armenian, australian, austrian, azerbaijani,
    bangladeshi, belarusian, belgian, bolivian, bosnian, brazilian, briton, bulgarian, cameroonian, canadian,
    chilean, chinese, colombian, croat, croatian, cuban, czech, dane, dutchman, dutchwoman, ecuadorian, egyptian,
    englishman, englishwoman, eritrean, estonian, ethiopian, fijian, filipina, filipino, finn, frenchman,
    frenchwoman, georgian, german, ghanaian, greek, hungarian, icelander, indian, indonesian, iranian, iraqi,
    irishman, irishwoman, israeli, italian, ivorian, jamaican, japanese, jordanian, kazakh, kenyan, kiwi, korean,
    latvian, lebanese, lithuanian, macedonian, malaysian, mexican, montenegrin, moroccan, namibian, nigerian,
    norwegian, pakistani, palestinian, peruvian, pole, portuguese, romanian, russian, rwandan, saudi, scot,
    scotsman, scotswoman, senegalese, serb, serbian, singaporean, slovak, slovene, slovenian, somali, spaniard,
    swede, swiss, syrian, taiwanese, tanzanian, thai, tunisian, turk, ugandan, ukrainian, uruguayan, venezuelan,
    vietnamese, welshman, welshwoman, zambian, zimbabwean
    """
)
# Other words a story prints a nationality with beside a name ("Welsh captain Name", "Name, the Kenya sevens
# international"), where they are not the nationality noun itself or it less its last letter ("Kenyan": Kenya);
# a nationality alone resolves to a person only when one of them is printed with the name.
NATIONALITY_FORMS: dict[str, tuple[str, ...]] = {
    "afghan": ("Afghanistan",),
    "american": ("US", "U.S."),
    "argentine": ("Argentina",),
    "argentinian": ("Argentina",),
    "belgian": ("Belgium",),
    "brazilian": ("Brazil",),
    "briton": ("British", "Britain"),
    "canadian": ("Canada",),
    "chilean": ("Chile",),
    "dane": ("Danish", "Denmark"),
    "dutchman": ("Dutch", "Netherlands"),
    "dutchwoman": ("Dutch", "Netherlands"),
    "egyptian": ("Egypt",),
    "englishman": ("English", "England"),
    "englishwoman": ("English", "England"),
    "fijian": ("Fiji",),
    "filipino": ("Philippines",),
    "filipina": ("Philippines",),
    "finn": ("Finnish", "Finland"),
    "frenchman": ("French", "France"),
    "frenchwoman": ("French", "France"),
    "german": ("Germany",),
    "ghanaian": ("Ghana",),
    "greek": ("Greece",),
    "hungarian": ("Hungary",),
    "icelander": ("Icelandic", "Iceland"),
    "iranian": ("Iran",),
    "iraqi": ("Iraq",),
    "irishman": ("Irish", "Ireland"),
    "irishwoman": ("Irish", "Ireland"),
    "israeli": ("Israel",),
    "italian": ("Italy",),
    "jordanian": ("Jordan",),
    "kazakh": ("Kazakhstan",),
    "kiwi": ("New Zealand",),
    "mexican": ("Mexico",),
    "moroccan": ("Morocco",),
    "norwegian": ("Norway",),
    "pakistani": ("Pakistan",),
    "bangladeshi": ("Bangladesh",),
    "peruvian": ("Peru",),
    "pole": ("Polish", "Poland"),
    "scot": ("Scottish", "Scotland", "Scots"),
    "serb": ("Serbian", "Serbia"),
    "croat": ("Croatian", "Croatia"),
    "slovene": ("Slovenian", "Slovenia"),
    "scotsman": ("Scottish", "Scotland", "Scots"),
    "scotswoman": ("Scottish", "Scotland", "Scots"),
    "singaporean": ("Singapore",),
    "slovak": ("Slovakia",),
    "spaniard": ("Spanish", "Spain"),
    "swede": ("Swedish", "Sweden"),
    "thai": ("Thailand",),
    "turk": ("Turkish", "Turkey"),
    "ukrainian": ("Ukraine",),
    "welshman": ("Welsh", "Wales"),
    "welshwoman": ("Welsh", "Wales"),
    "zimbabwean": ("Zimbabwe",),
}
# Occupations a story names people by, capitalised before the name at a sentence's start ("Hawker Chua Teck
# Meng", "Retiree Ong Bee Hoon"): no part of the name (kept out of the description pattern, like REGIONAL_TITLES).
OCCUPATION_NOUNS: tuple[str, ...] = _phrases(
    """
    retiree, pensioner, hawker, fisherman, fishermen, trader, vendor, commuter, shopkeeper, housewife, villager,
    petitioner, applicant, complainant, claimant, plaintiff, appellant, homeowner, tenant, landlord, motorist,
    passenger, patient
    """
)

# Words closing a statement as a tag ("..., right?", "..., okay?"): the statement is rhetorical, not asked.
TAG_QUESTION_WORDS: tuple[str, ...] = _phrases("right, no, eh, ok, okay")

# Words that open a question used as a subheading ("How is the plague spread?")
QUESTION_WORDS: tuple[str, ...] = _phrases(
    """
    how, what, why, when, where, who, which, whose, is, are, was, were, can, could, should, will, would, do,
    does, did, has, have
    """
)

# More words that open a question standing as a subheading ("Don't tariffs produce revenue?").
QUESTION_OPENERS: tuple[str, ...] = _phrases(
    """
    don't, doesn't, didn't, isn't, aren't, wasn't, weren't, can't, couldn't, shouldn't, won't, wouldn't,
    hasn't, haven't, may, might, must, shall, whom, whether, am
    """
)

# Words that open a question used as a subheading in the other languages pages print ("¿Qué hacer si ...?",
# "Pourquoi maintenant ?", "Wie geht es weiter?", "Waarom nu?"), the opening mark of Spanish left off. A word
# that is English too, or a name, is left out ("come", "como", "wat", "chi"): read as English it opens no question.
QUESTION_WORDS_ABROAD: tuple[str, ...] = _phrases(
    """
    qué, cómo, cuándo, dónde, adónde, quién, quiénes, cuál, cuáles, cuánto, cuánta, cuántos, cuántas, porqué,
    quando, onde, quem, qual, quais, quanto, quantos, quantas, porquê, pourquoi, comment, quand, où, qui, que,
    quel, quelle, quels, quelles, combien, est-ce, warum, wann, wo, wer, wie, welche, welcher, welches, wieso,
    weshalb, wozu, wohin, woher, gibt, perché, cosa, dove, quale, quali, quanti, quante, hoe, waarom, wanneer,
    waar, welke, kan, moet, wat, welk, hoeveel, hoelang, waarvoor, waarover, wordt, worden, zijn, heeft, komt,
    gaat, wieviel, worum, wofür, woran, womit, wodurch, ist, sind, hat, haben, kann, muss, wird, soll, perchè,
    qu'est-ce, qu’est-ce, faut-il, peut-on, doit-on, faudra-t-il, o que, por que, por quê,
    para que, e agora, por qué, para qué, de qué, a qué, che cosa, cos'è, cos’è, à quoi, de quoi, pour qui
    """
)

# The second person an interviewer speaks to the interviewee in ("You were a nurse for 15 years.", "Vous avez
# grandi ici.", "A senhora nasceu em Goiás."), in the languages the parser reads; and the first person singular the
# answer speaks in ("I grew up with it", "J'ai grandi", "Eu nasci", "Ich bin"; a "we" is an explainer's too). A
# statement to "you" over an answer in "I", among an interview's questions, is one of its prompts.
INTERVIEWEE_ADDRESS: tuple[str, ...] = _phrases(
    """
    you, you're, you’re, you've, you’ve, you'd, you’d, your, yourself, vous, votre, vos, tu, te, toi, ton, ta,
    tes, você, vocês, senhor, senhora, usted, ustedes, sie, ihr, ihre, ihnen, du, dein, deine, dir, dich, u, uw,
    jij, jouw, voi, vostro, vostra, lei
    """
)
ANSWER_FIRST_PERSON: tuple[str, ...] = _phrases(
    """
    i, i'm, i’m, i've, i’ve, i'd, i’d, i'll, i’ll, me, my, je, j'ai, j’ai, j'étais, j’étais, moi, mon, eu, meu,
    minha, yo, mi, ich, mein, meine, mir, mich, ik, mijn, io, mio, mia
    """
)

# How an interviewer's prompt opens when it is no question ("Tell me about the first winter.", "Walk us through
# the night of the fire."): in an interview whose questions are its subheadings, a subheading too.
INTERVIEW_PROMPT_OPENERS: tuple[str, ...] = _phrases(
    """
    tell me, tell us, talk me through, talk us through, walk me through, walk us through, take me back, take us
    back, describe, explain, give me, give us, finish this sentence, parlez-nous, parle-nous, racontez-nous,
    raconte-nous, racontez-moi, expliquez-nous, décrivez-nous, décrivez, fale sobre, fale-nos, fale um pouco,
    conte-nos, conte um pouco, conte sobre, explique, descreva, háblenos, háblame, cuéntenos, cuénteme, cuéntame,
    explíquenos, describa, erzählen sie, beschreiben sie, erklären sie, schildern sie, vertel, vertelt u, beschrijf,
    leg uit, ci parli, ci racconti, mi racconti, racconti, descriva, ci spieghi
    """
)

# Words of a promotion set between paragraphs in a subheading's place: the site's show, video or app
# ("THE HARBOUR HOUR -- NOW ON YOUTUBE!", "Thanks for watching!"): removed as a promo, not a subheading.
PROMO_TITLE_CUES: tuple[str, ...] = _phrases(
    """
    now on youtube, on youtube, watch now, watch live, watch the full, listen now, listen to the full episode,
    now streaming, new episodes, thanks for watching, thanks for listening, visit website, click to tweet,
    download the app, get the app, instant download, free download, download now
    """
)

# Labels of an obituary's dates of birth and death under its title ("Born: 4 February 1938, Bolungarvík", "Died:
# 22 November 2026"), in the languages the parser reads: the dates of the life, none of them the story's.
LIFE_LABELS: tuple[str, ...] = _phrases(
    """
    born, died, b., d., date of birth, date of death, geboren, gestorben, né, née, décédé, décédée, nacido, nacida,
    fallecido, fallecida, nato, nata, morto, morta, nascido, nascida, falecido, falecida, geboren op, overleden
    """
)

# Currency signs and codes a price is printed with ("$39", "£24.99", "24.99 EUR").
CURRENCY_SIGNS: tuple[str, ...] = ("$", "£", "€")
CURRENCY_CODES: tuple[str, ...] = ("USD", "EUR", "GBP")
# Currency codes printed before an amount on a retailer line ("SEK 2,495 at Stadsport", "Rs. 4,999 at Lanka
# Digital", "NZD 89 from Bach Supply"), and a currency's letter glued to it ("P5,899 at ..." in pula, "R1,299 at ..."
# in rand, "MK45,000 at ..." in kwacha); a dollar with its country's letters ("NZ$89", "A$129") is a sign.
CURRENCY_PREFIXES: tuple[str, ...] = _phrases(
    """
    USD, EUR, GBP, SEK, NOK, DKK, ISK, CHF, AUD, NZD, CAD, SGD, HKD, MYR, RM, INR, Rs, LKR, PKR, NPR, BDT, Tk, ZAR,
    KES, KSh, UGX, TZS, NGN, GHS, PHP, JPY, PLN, CZK, HUF, Ksh, TSh, BWP, P, R, MWK, MK, ZMW, ZK, Rp
    """
)

# Openers of a retailer line under a product in a roundup ("See it at ShopMart", "Buy now from Acme").
RETAILER_LEADS: tuple[str, ...] = _phrases(
    """
    see it, get it, buy it, shop it, find it, grab it, order it, see them, get them, buy them, shop them, buy
    now, shop now, get yours, available, see price, check price, check it out, get the deal, buy
    """
)

# Titles of an office, which may name the office's field after "of" or "for" (`DOMAIN_TITLES`) and stand before a
# name as any title does (`TITLES`).
OFFICE_TITLES: tuple[str, ...] = _phrases(
    """
    director, president, vice president, secretary, minister, commissioner, superintendent, dean, chief, chair,
    chairman, chairwoman, officer, chancellor
    """
)

# Titles dropped from the front of a speaker's name (matched case-insensitively, with an
# optional full stop): "U.S. Secretary of Defense Lloyd Austin" -> "Lloyd Austin"; the honorifics of West African
# pages too ("Alhaji Musa Danladi", "Comrade Tunde Oyelaran", "Engr. Bola Ade").
TITLES: tuple[str, ...] = (
    _phrases(
        """
        mr, mrs, ms, miss, mx, dr, prof, professor, sir, dame, lord, lady, prime minister, senator, sen,
        representative, rep, congressman, congresswoman, governor, gov, mayor, judge, justice, chief justice,
        general, gen, lt, col, colonel, major, maj, captain, capt, sgt, sergeant, admiral, adm, commander,
        detective, king, queen, prince, princess, pope, rev, reverend, father, sister, brother, rabbi, imam, sheikh,
        ambassador, ceo, coach, attorney general, attorney, lawyer, sheriff, deputy, spokesman, spokeswoman,
        spokesperson, leader, premier, emperor, inspector, speaker, house speaker, founder, co-founder,
        defense secretary, foreign secretary, foreign minister, health secretary, senior, former, late, then,
        acting, interim, first lady, crown prince, state, councilwoman, councilman, councilmember, councillor,
        councilor, alderman, alderwoman, assemblyman, assemblywoman, assemblymember, delegate, trustee, supervisor,
        mp, mep, lawmaker, legislator, constable, marshal, corporal, det, insp, supt, ch, dci, dcs, dc, ds, pc,
        cllr, cpl, pte, brig, alhaji, alhaja, hajia, mallam, comrade, engr, barr, pastor, clerk, registrar, auditor,
        coroner, warden, treasurer, headman, headwoman, magistrate, comptroller
        """
    )
    + OFFICE_TITLES
)
# Titles that name their office's field after "of" or "for", before the holder's name ("Director of Public Works
# Alan Reyes", "Vice President for Finance Ada Rowe", "Commissioner of Health Omar Pike"): the capitalised words
# after the preposition are the title's, and the name after them speaks.
DOMAIN_TITLES: tuple[str, ...] = OFFICE_TITLES + _phrases(
    """
    deputy director, executive director, managing director, assistant superintendent, head, manager, administrator,
    coordinator, provost, vice chancellor
    """
)
# Titles of the English-language press of other countries, read as TITLES are in a run of names (dropped from
# the speaker, remembered as a description) but kept out of the role nouns the cue patterns try at every "said"
# (a longer alternation there costs every article): Ireland ("Taoiseach", "TD"), Kenya ("CS Omondi", "Tiaty OCPD
# ...", "MCA", "Mzee"), South Asian police ranks ("SSP Operations ...", "DIG ..."), Malaysia ("Datuk Seri", "Tan
# Sri": the word after "Tan", which is a family name too), the Philippines ("Mang", "Aling"), Singapore ("Madam
# Lee"), the Gulf ("H.E."), "Hon." before a member's name, the courtesy titles of Spanish, Portuguese, Italian,
# French and German printed in English copy ("Doña Rosaura Quintero", "Senhor Costa"; not "Don", a given name too), and
# Australia and New Zealand's councillor ("Cr Pattullo said" after "Mayor Denise Pattullo"), the Philippines' and
# Nigeria's engineer and attorney ("Engr. Name", "Atty. Name"), and a city councillor abbreviated in Canada and the
# US ("Coun. Name", "Ald. Name").
REGIONAL_TITLES: tuple[str, ...] = (
    _phrases(
        """
    taoiseach, tánaiste, td, cs, mca, ocpd, ocs, ssp, sp, dsp, asp, dig, igp, aig, cpo, sho, dpo, hon, h.e, datuk,
    dato, datin, seri, sri, tun, puan, encik, madam, mang, aling, mzee, headman, inkosi, kgosi, induna
    """
    )
    + FOREIGN_COURTESY_TITLES
    + _phrases("cr, engr, atty, coun, ald, fr, msgr, monsignor")
)
# Every word of a title, everywhere or in one country ("chief", "executive", "taoiseach"): a word that says a
# name's neighbour is a role, not a name.
TITLE_WORDS: tuple[str, ...] = tuple(dict.fromkeys(w for t in (*TITLES, *REGIONAL_TITLES) for w in t.split()))

# The labels of a match's score box, printed over a report's headline with their figures ("Goals: Dacres 34',
# Bryan 89'", "Att: 3,412 · Oval Park", "Torschützen: ..."): the box's rows, never a list of links to other stories.
MATCH_BOX_LABELS: tuple[str, ...] = _phrases(
    """
    goals, scorers, scorer, try scorers, tries, att, attendance, crowd, venue, referee, ref, half-time, half time,
    ht, ft, full-time, full time, cards, yellow cards, red cards, booked, sent off, subs, substitutes, possession,
    shots, corners, penalties, man of the match, player of the match, torschützen, tore, zuschauer, schiedsrichter,
    goles, goleadores, asistencia, árbitro, buts, buteurs, spectateurs, arbitre, reti, marcatori, spettatori, arbitro,
    golos, marcadores, público
    """
)

# Abbreviated titles and what they stand for: "Sen. Rand Paul" is "the senator" later on.
TITLE_ABBREVIATIONS: dict[str, str] = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "capt": "captain",
    "sgt": "sergeant",
    "adm": "admiral",
    "cpl": "corporal",
    "det": "detective",
    "insp": "inspector",
    "supt": "superintendent",
    "snr": "senior",  # "Snr Supt Name" (Caribbean and British police ranks) ... "the senior superintendent"
    "prof": "professor",
    "rev": "reverend",
    "cllr": "councillor",
    "cr": "councillor",  # Australia and New Zealand: "Cr Pattullo", "the councillor"
    "pres": "president",
    "engr": "engineer",  # the Philippines and Nigeria: "Engr. Name", "the engineer"
    "eng": "engineer",  # Kenya: "Eng. Name"
    "atty": "attorney",  # the Philippines and the US: "Atty. Name"
    "coun": "councillor",  # Canada: "Coun. Name", "the councillor"
    "ald": "alderman",  # US and Canadian city councils: "Ald. Name", "the alderman"
    "fr": "father",  # a Catholic priest in Ireland and the Commonwealth: "Fr Colm Hehir", "the priest"
    "msgr": "monsignor",
}

# Courtesy titles: before a surname ("Ms. Lindqvist"), never part of the name; all but "miss"
# are abbreviations written with a full stop.
COURTESY_TITLES: tuple[str, ...] = _phrases("mr, mrs, ms, miss, mx, dr")
# Titles printed with a single name as the way a person is known ("Pope Francis", "Prince Andrew").
# Honorifics a knight or a dame is referred to by with the given name alone: "Sir Anthony", "Dame Judith"
HONORIFICS_WITH_GIVEN_NAME: tuple[str, ...] = _phrases("sir, dame")
HONORIFICS: tuple[str, ...] = HONORIFICS_WITH_GIVEN_NAME + _phrases(
    """
    prince, princess, king, queen, pope, lord, lady, sheikh, emir, sultan, duke, duchess, cardinal, archbishop,
    rabbi, imam
    """
)
# Styles a person is referred to by alone, once named with them ("His Highness Sheikh ..." ... "His Highness
# said"; "H.E." is among TITLES): the person the article gave that style.
STYLES_OF_ADDRESS: tuple[str, ...] = _phrases(
    """
    his highness, her highness, his royal highness, her royal highness, his excellency, her excellency, his
    majesty, her majesty, his holiness, his eminence, his beatitude
    """
)
# Generational suffixes after a name: "Samuel A. Alito Jr.", "Martin Luther King III".
NAME_SUFFIXES: tuple[str, ...] = _phrases("jr, sr, ii, iii, iv")
# Degrees and the rest that may close a name in a byline ("Jane Doe, PhD"), besides NAME_SUFFIXES.
NAME_DEGREES: tuple[str, ...] = _phrases("v, phd, md, esq")
# Abbreviations inside a name that are not titles: "St. John Smith", and given names abbreviated as news copy
# prints them: "Ma." for María in the Philippines ("Ma. Teresa Reyes", "Jose Ma. Santos"), "Md." and "Mohd." for
# Mohammad in Bangladesh and Malaysia ("Md. Abdul Karim").
NAME_ABBREVIATIONS: tuple[str, ...] = _phrases("st, ma, md, mohd")
# The start of a surname written with a second capital: "FitzGerald", "VanderMeer", "DellaVedova"
# (shorter ones, "McDonald", "DeSantis", "LaGuardia", need no entry: a glued word is longer).
CAPITALISED_NAME_PREFIXES: tuple[str, ...] = _phrases("fitz, vander, della, dela, mack, vanden")

# Words that may start a capitalised run but are not part of a name.
# Participles that open a sentence before a comma and the speaker's description and name: "Responding, the First
# Minister, Name, said" ("Responding" is no name the description stands in apposition to)
OPENING_PARTICIPLES: tuple[str, ...] = _phrases(
    """
    responding, replying, reacting, answering, commenting, speaking, addressing, testifying, concluding,
    explaining, adding, continuing, opening, closing, welcoming, announcing
    """
)

NAME_STOPWORDS: tuple[str, ...] = _phrases(
    """
    the, a, an, and, or, but, if, in, on, at, of, for, to, from, by, with, as, it, its, this, that, these,
    those, there, then, when, while, after, before, since, until, during, although, though, because, so, yet,
    still, now, however, meanwhile, also, even, speaking, asked, according, said, says, told, i, we, you, he,
    she, they, his, her, their, our, my, your, monday, tuesday, wednesday, thursday, friday, saturday, sunday,
    january, february, march, april, may, june, july, august, september, october, november, december, jan, feb,
    mar, apr, jun, jul, aug, sep, sept, oct, nov, dec, thus, later, earlier, here, what, who, why, how, where,
    which, not, no, yes, oh, well, many, some, all, both, each, every, one, two, three, several, most, other,
    another, such, last, next, first, new, like, just, only, instead, rather, again, despite, shortly,
    among, under, over, about, into, through, without, within, any, down, up, out, off, back, away, around,
    once, unless, whether, whenever, wherever, amid, upon, unlike
    """
)

# Words among NAME_STOPWORDS that are given names too, where a capitalised word follows them in a name: the month
# abbreviated "Jan" is the Dutch, German, Czech, Polish and Scandinavian given name ("Jan de Boer", "Jan Novák"); a
# date prints a number after it ("Jan 5").
STOPWORDS_ALSO_GIVEN_NAMES: tuple[str, ...] = _phrases("jan")

# Department words that stand between a title and a name: "Secretary of Defense Lloyd Austin".
DEPARTMENT_WORDS: tuple[str, ...] = _phrases(
    """
    defense, defence, foreign, interior, health, finance, state, justice, energy, trade, treasury, homeland,
    security, education, transportation, commerce, labor, labour, agriculture, environment, affairs, culture,
    sports, home, economy, economic, prime, executive, general, national, federal, regional, district, county,
    city, white, house, u.s, u.k, u.n, eu, nato, gop, democratic, republican, tory, conservative,
    liberal, party, opposition, majority, minority, senate, assistant, associate, vice, deputy, acting, former,
    ex, then, late, chief, operating, officer, financial, technology, information, marketing, product, global,
    managing, transport, operations, investigation, investigations
    """
)
# The fields a minister's or a director's title names after "for" or "of", printed before the holder's name
# ("Minister for Fisheries Tevita Fifita", "Director of Public Works Alan Reyes"): no part of the name after them
# (read only there: as title words they would cut bodies' names, "Punjab Food Testing Laboratory").
PORTFOLIO_WORDS: tuple[str, ...] = _phrases(
    """
    fisheries, mines, mining, lands, works, housing, tourism, youth, women, gender, children, welfare, social,
    development, planning, infrastructure, communications, local, government, rural, urban, forestry, wildlife,
    heritage, arts, industry, investment, employment, immigration, veterans, indigenous, natural, resources, climate,
    science, innovation, public, revenue, prisons, disaster, emergency, food, irrigation, livestock, cooperatives,
    petroleum, water, sanitation, family, sport, information
    """
)

# Words that make a capitalised run a place, an event or a thing, not a person.
NOT_A_PERSON: tuple[str, ...] = _phrases(
    """
    north, south, east, west, northern, southern, eastern, western, central, new, united, states, kingdom,
    republic, union, city, county, street, avenue, road, river, lake, mount, island, islands, bay, park, square,
    bridge, airport, station, university, award, awards, prize, day, year, war, act, bill, law, plan, program,
    programme, project, summit, conference, forum, festival, games, olympics, championship, series, season,
    show, film, movie, album, book, novel, report, index, dow, photo, photos, system, missile, weapons,
    nasdaq, korean, american, british, russian, chinese, ukrainian, european, african, asian, arab, israeli,
    iranian, iraqi, syrian, turkish, french, german, italian, spanish, japanese, indian, pakistani, mexican,
    canadian, australian, tomahawk, covid, coronavirus, internet, web, online, email, twitter, facebook,
    instagram, youtube, tiktok, whatsapp, reddit, linkedin, snapchat, iphone, android
    """
)

# Organisations that speak as sources by their kind, in lower case: "the company said", "police said", "the ministry
# announced" (organisation head words, and sources: `ORG_WORDS` and `SOURCE_NOUNS` both hold them).
SPEAKING_ORG_WORDS: tuple[str, ...] = _phrases(
    """
    company, group, party, department, ministry, agency, council, committee, commission, association, institute,
    university, school, hospital, foundation, bank, post, network, administration, court, police, force, board,
    authority, union, organization, organisation, club, team, federation, government, kremlin, pentagon, magazine,
    trust, tribunal, corporation, municipality
    """
)

# What an airline's name ends in ("Bula Air", "Harbour Airways"; all but the first are organisations' words below),
# and a broadcaster's ("Kestrel FM", "Coast TV").
AIRLINE_NAME_ENDS: tuple[str, ...] = _phrases("air, airlines, airways")
BROADCASTER_NAME_ENDS: tuple[str, ...] = _phrases("fm, tv, radio, television, broadcasting")
# Organisation-like head words: a capitalised run ending in one of these is an organisation.
# (a broadcaster by its band or medium, "Harbour FM", "Coast TV", "Radio Kestrel", is no person a pronoun names)
ORG_WORDS: tuple[str, ...] = (
    _phrases(
        """
        office, college, fund, times, news, press, journal, service,
        services, house, army, navy, forces, center, centre, league, parliament, congress, senate, embassy, studio,
        studios, records, productions, holdings, partners, capital, labs, systems, technologies, motors,
        media, water, energy, rail, railways, forum, alliance, coalition, society, collective, cooperative,
        chamber, chambers, observatory
        """
    )
    + COMPANY_LEGAL_FORMS
    + AIRLINE_NAME_ENDS[1:]
    + BROADCASTER_NAME_ENDS
    + SPEAKING_ORG_WORDS
    + BUSINESS_NAME_ENDS
)

# The words a place's name opens with ("Port Antonio", "Fort William") or ends in ("Morant Bay", "Palm Beach"),
# and what a public body's name ends in beyond ORG_WORDS ("Coast Guard"): a capitalised pair holding one is a place
# or a body, not a person (unless a known given name opens it: "Emily Post").
PLACE_LEADS: tuple[str, ...] = _phrases("port, fort, cape, mount, lake, point, isle")
PLACE_ENDS: tuple[str, ...] = _phrases(
    """
    bay, harbour, harbor, coast, beach, valley, river, island, islands, creek, springs, falls, heights, county,
    district, parish, province, region, guard, guards, brigade, patrol, rescue
    """
)

# Role nouns that name an unnamed source ("a senior administration official said"). (Written in ASCII: one word with
# an accent, "communiqué", cost 12 M instructions of the warm pass, the patterns built from the table scanning slower.)
SOURCE_NOUNS: tuple[str, ...] = (
    _phrases(
        """
        official, officials, spokesman, spokeswoman, spokesperson, source, sources, insider, person, people,
        representative, rep, aide, aides, adviser, advisers, advisor, analyst, analysts, expert, experts, lawyer,
        attorney, statement, witness, resident, residents, officer, officers, user, users, friend, relative, neighbor,
        neighbour, executive, diplomat, diplomats, investigator, investigators, prosecutor, prosecutors, member,
        members, employee, employees, worker, workers, student, students, doctor, doctors, researcher, researchers,
        scientist, scientists, author, authors, report, study, order, judgment, judgement, verdict, ruling, firm, band,
        judge, mother, father, wife, husband, son,
        daughter, victim, leader, lawmaker, lawmakers, president, minister, secretary, governor, senator, mayor,
        chairman, chairwoman, ceo, chief, director, commissioner, ambassador, general, sheriff, coach,
        manager, founder, boss, head, chancellor, premier, king, queen, prince, pope, white house, station,
        newspaper, outlet, website, critic, critics, observer, observers, fan, fans, commentator, voter, voters,
        protester, protesters, activist, activists, campaigner, campaigners, host, teacher, nurse, customer,
        customers, passenger, passengers, survivor, campaign, family, charity, airline, retailer, city, county,
        league, broadcaster, carrier, channel,
        regulator, spokespeople, lawyers, attorneys, parents, owner, owners, operator, developer, developers, reader,
        readers, commenter, commenters, viewer, viewers, listener, listeners, follower, followers, shopper, shoppers,
        trader, traders, parent, local, locals, onlooker, onlookers, bystander, bystanders, patient, patients, survey,
        analysis, paper, poll, audit, review, organiser, organizer, organisers, organizers, man, woman, boy,
        girl, caller, callers, demonstrator, demonstrators, volunteer, volunteers, visitor, visitors, commuter,
        commuters,
        questioner, audience member, letter, email, e-mail, memo, tweet, filing, release, press release, notice,
        petition, complaint, engineer, engineers, technician, technicians, inspector, inspectors, planner, planners,
        surveyor, surveyors, economist, economists, consultant, consultants, firefighter, firefighters, paramedic,
        paramedics, farmer, farmers, shopkeeper, shopkeepers, contractor, contractors, society, decision, affidavit,
        indictment, litigation, lawsuit, panel, bench, sister, brother, grandmother, grandfather, aunt, uncle, niece,
        nephew, cousin, widow, widower, mum, dad, fisherman, fishermen, vendor, vendors, seller, stallholder, clerk,
        machinist, mechanic, electrician, plumber, welder, miner, labourer, laborer, cleaner, cashier, waiter,
        waitress, rider, supporter, supporters, shareholder, shareholders, pensioner, pensioners, retiree, retirees,
        villager, villagers, tenant, tenants, homeowner, homeowners, motorist, motorists, pedestrian, parishioner,
        worshipper, spectator, spectators, pupil, pupils, guest, guests, attendee, attendees, herder, grower, skipper,
        colleague, diver, controller, coordinator, administrator, dispatcher, ranger, curator, message,
        circular, bulletin, memorandum, dossier, business case
        """
    )
    + SPEAKING_ORG_WORDS
)

# Nouns that end as adverbs do: "A spokesman for the family said" is no "spokesman for the", "quickly said".
NOUNS_ENDING_IN_LY: tuple[str, ...] = _phrases(
    """
    family, assembly, ally, rally, supply, monopoly, bully, anomaly, homily, folly, butterfly, lily, holly
    """
)

# The words an organisation's name ends in that "the <kind>" may stand for, beyond the kind itself: "the force"
# is the police service the article names ("Avon Valley Police"); "the agency" the public body it names by what
# it is ("National Seed Research Centre", "Coastal Flood Authority"), "the regulator" or "the watchdog" the body
# that oversees a trade ("Energy Standards Commission").
_PUBLIC_BODY_ENDS = ("agency", "centre", "center", "administration", "authority", "service", "bureau", "commission")
# Words a team's name beside a score neither opens nor closes: a title in title case that prints a vote's tally or a
# time reads on with one ("Council Votes 5-2 To Close ...", "... 6-1 Over ...", "Council Meets At 7:30 Tonight"),
# where a score box names two sides ("Brighton & Hove Albion 3:3 Queens Park Rangers") (fact_lines.score_line).
SCORE_TEAM_EDGE_WORDS: tuple[str, ...] = _phrases(
    """
    a, an, the, to, at, over, after, before, by, for, from, in, into, on, of, with, against, as, than, and, or,
    but, vs, v, amid, despite, since, until, is, are, was, were, tonight, today, tomorrow
    """
)
# The words a sports club's name ends with ("Westfield Rovers", "Harbour City", "Port Adair Athletic"): a club in
# a name's shape, opening a date bar, is no writer (classify/byline_places.name_in_date_bar).
CLUB_NAME_ENDS: tuple[str, ...] = _phrases(
    """
    rovers, rangers, united, city, town, county, athletic, athletico, wanderers, albion, harriers, hotspur, fc, afc,
    sc, rfc, cf, warriors, tigers, lions, eagles, sharks, bears, giants, knights, saints, stars, strikers, titans
    """
)
# (a club's name by its ending, but for the endings a place's name has too: "Salt Lake City" is no team)
_CLUB_KIND_ENDS = ("club", *(w for w in CLUB_NAME_ENDS if w not in ("city", "town", "county")))
ORG_KIND_ENDS: dict[str, tuple[str, ...]] = {
    "force": ("police", "constabulary", "force", "service"),
    "police": ("police", "constabulary", "force", "service"),
    "agency": _PUBLIC_BODY_ENDS,
    "regulator": ("regulator", "authority", "commission", "office", "board", "agency"),
    "watchdog": ("watchdog", "authority", "commission", "office", "board", "agency", "ombudsman"),
    # (and kinds whose names seldom end in an organisation's word: "Harwick City" is "the club", "Bula Air" "the
    # airline", "Kestrel FM" "the station", "the Cymru Premiership" "the league")
    "club": _CLUB_KIND_ENDS,
    "team": (*_CLUB_KIND_ENDS, "team"),
    "airline": AIRLINE_NAME_ENDS,
    "carrier": AIRLINE_NAME_ENDS,
    "station": BROADCASTER_NAME_ENDS,
    "broadcaster": BROADCASTER_NAME_ENDS,
    "league": ("league", "premiership", "championship"),
    "union": ("union", "federation"),
    "charity": ("charity", "foundation"),
}

# Role nouns a story uses for one another's holder: "the Rovers boss" is the one it called "manager".
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "boss": ("manager", "coach", "chief", "executive"),
    "manager": ("boss", "coach", "tactician"),
    "tactician": ("coach", "manager"),
    # (and in the languages of the foreign cues: "el conductor, Name," ... "relató el chofer")
    "chofer": ("conductor",),
    "conductor": ("chofer",),
    "entrenador": ("técnico", "dt"),
    "técnico": ("entrenador", "treinador"),
    "treinador": ("técnico",),
    # an elected official is the mayor or councillor the story named ("Le maire, Name," ... "estime l'élu"), in the
    # words each language's copy uses for a second mention
    "élu": ("maire", "adjoint", "conseiller", "député", "sénateur"),
    "élue": ("maire", "adjointe", "conseillère", "députée", "sénatrice"),
    "edil": ("alcalde", "concejal", "intendente"),
    "edila": ("alcaldesa", "concejala", "intendenta"),
    "regidor": ("concejal", "alcalde"),
    "munícipe": ("alcalde",),
    "autarca": ("presidente", "edil"),
    "burgervader": ("burgemeester",),
    "stadtoberhaupt": ("bürgermeister", "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin"),
    "ortschef": ("bürgermeister",),
    "ortschefin": ("bürgermeisterin",),
    "rathauschef": ("bürgermeister", "oberbürgermeister"),
    "rathauschefin": ("bürgermeisterin", "oberbürgermeisterin"),
    "dt": ("entrenador", "técnico"),
    "coach": ("trainer", "manager", "boss", "tactician"),
    "trainer": ("coach",),
    "skipper": ("captain",),
    "captain": ("skipper",),
    # a judge of a higher court is printed "Justice Ann Mercer" (India, Australia, Ireland, Canada), "the judge" after
    "judge": ("justice", "magistrate"),
    "justice": ("judge",),
    "magistrate": ("judge",),
    # an office's holder by a word for any holder ("Senator Name ... the lawmaker"),
    # and in the languages of the foreign cues ("élu" above): "el alcalde, Name," ...
    # "sostuvo el mandatario"; "a administradora, Name," ... "garantiu a governante"
    "lawmaker": ("senator", "congressman", "congresswoman", "representative", "mp", "legislator", "councillor"),
    "mandatario": ("presidente", "gobernador", "alcalde"),
    "mandataria": ("presidenta", "gobernadora", "alcaldesa"),
    "funcionario": ("secretario", "director", "ministro", "jefe", "gerente", "coordinador"),
    "funcionaria": ("secretaria", "directora", "ministra", "jefa", "gerente", "coordinadora"),
    "governante": ("ministro", "ministra", "governador", "governadora", "administrador", "administradora"),
}

# Words a headline's subject never opens with: in "driver jailed as family say '...'" the family speaks.
HEADLINE_SUBJECT_STOPS: tuple[str, ...] = _phrases(
    """
    as, after, over, and, but, while, when, with, to, of, for, in, on, at, by, from, amid, despite, the, a, an
    """
)

# Prepositions after which a name is what a phrase is about, not who speaks ("a nurse at Westbrook General",
# "In an interview with the Harbour Times"); "from" and "by" also mark a source ("Reaction from Tom Bell:").
GOVERNING_PREPOSITIONS: tuple[str, ...] = _phrases("of, for, at, with, from, by, to, in, on, into, about")
SOURCE_PREPOSITIONS: tuple[str, ...] = _phrases("from, by")
# Words of when, in other languages, that may follow a name after a cue ("erklärte Jens Pohl Ende Mai"): the
# name ends before them (the months are FOREIGN_MONTHS).
FOREIGN_TIME_WORDS: tuple[str, ...] = _phrases(
    """
    anfang, ende, mitte, montag, dienstag, mittwoch, donnerstag, freitag, samstag, sonntag, lunes, martes,
    miércoles, jueves, viernes, sábado, domingo, lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche
    """
)
# Source nouns only in lower case: "the district said" is the school district; "Cebu's 5th District" is a place.
LOWER_CASE_SOURCE_NOUNS: tuple[str, ...] = _phrases("district")

# Who speaks for an organisation without being named: "a spokesperson for the ministry said" is
# the ministry speaking.
SPOKESPERSON_NOUNS: tuple[str, ...] = _phrases(
    """
    spokesman, spokeswoman, spokesperson, spokespeople, spokesmen, spokeswomen, representative, representatives,
    press secretary, press officer, press office, media office, press team, publicist
    """
)

# ------------------------------------------------------------------- notes
# Openers of end notes, mapped to the note kind.
NOTE_LEADS: dict[NoteKind, tuple[str, ...]] = {
    "correction": _phrases(
        """
        correction, corrections, clarification, update, updated, editor's note, editors' note, editor’s note,
        note, this story has been updated, this article has been updated, this story was updated, this article
        was updated, an earlier version of this
        """
    ),
    "origin": _phrases(
        """
        this article was originally published, this story was originally published, this article originally
        appeared, this story originally appeared, originally published, this article first appeared, this story
        first appeared, this article has been adapted, this article was adapted, via syndigate, this article is
        republished, this story is republished, republished with permission, this story was produced, this
        article was produced, first published, this content was, a version of this story, a version of this
        article
        """
    ),
    "disclaimer": _phrases(
        """
        the views and opinions expressed, the views expressed, the opinions expressed, disclaimer, disclosure,
        opinions expressed are, views expressed are, opinions expressed in this, views expressed in this
        """
    ),
}

# Capitalised words that open a first paragraph like a dateline but are labels ("UPDATE: ...").
NOT_DATELINE_PLACES: tuple[str, ...] = _phrases(
    """
    update, updated, breaking, exclusive, analysis, opinion, editor's note, editors note, watch, photos, video, live,
    note, correction, i, a, q, file, summary, warning, read more, see also, related, more, also read, photo,
    advertisement, spoiler, updates, fact check, ad, sponsored, listen, transcript, developing, just in
    """
)

# Nexis export labels above the body (read into metadata when not an article field).
NEXIS_HEADER_LABELS: tuple[str, ...] = _phrases(
    """
    section, length, byline, author, dateline, highlight, title, edition, type, document-type, series, column,
    source, distribution, newstex, pg, page, version, origin, headline
    """
)
# Nexis export labels after the body: where an article's text ends.
NEXIS_TRAILER_LABELS: tuple[str, ...] = _phrases(
    """
    load-date, language, publication-type, subject, geographic, organization, person, industry, company, ticker,
    journal-code, url, graphic, notes, correction, correction-date, document-type, country, city, state,
    classification, acc-no, record, pub-date
    """
)
# A wire feed's version label glued to the front of a headline ("UPDATE 2-", "REFILE-"), with or without a number.
WIRE_VERSION_LABELS: tuple[str, ...] = _phrases(
    "UPDATE, REFILE, CORRECTED, RPT, WRAPUP, EXCLUSIVE, ANALYSIS, FACTBOX, INSIGHT, BREAKINGVIEWS, RECAST"
)
# A wire agency's write-through label in brackets before a headline ("(LEAD) ...", "(2nd LD) ...", "(URGENT) ..."),
# Korean and other Asian agencies' form of "UPDATE 2-"; an ordinal may stand before "LD" ("3rd LD-ALL").
WIRE_BRACKET_VERSION_LABELS: tuple[str, ...] = _phrases("LEAD, LD, LD-ALL, URGENT, URGENT-LEAD")
# The verbs a wire editor's note in brackets opens with: "(Adds comment in paragraphs 5-6)", "(Updates with ...)".
WIRE_NOTE_VERBS: tuple[str, ...] = _phrases(
    "adds, updates, recasts, corrects, changes, rewrites, repeats, refiles, removes, inserts, clarifies, fixes, "
    "writes through"
)
# The labels a wire editor's note opens with when it is not in brackets ("EDITORS: Adds comment in paragraphs 6-7").
WIRE_NOTE_LABELS: tuple[str, ...] = _phrases(
    "editors, editor, attn, attention editors, note to editors, editors note, editors' note, editor's note, "
    "editor’s note"
)
# A library database's record (ProQuest shape): the label over the abstract, and over the story's text.
DATABASE_ABSTRACT_LABELS: tuple[str, ...] = _phrases("abstract, abstract translated")
DATABASE_TEXT_LABELS: tuple[str, ...] = _phrases("full text, full text translated")
# Language names as Factiva and Nexis print them.
LANGUAGES: tuple[str, ...] = _phrases(
    """
    english, german, french, spanish, italian, portuguese, dutch, swedish, norwegian, danish, finnish, polish,
    russian, chinese, japanese, korean, arabic, turkish, greek, czech, hungarian, romanian, ukrainian, hebrew
    """
)

# Words of page chrome: a text holding them was copied from a web page, not a wire feed.
WEB_CHROME_WORDS: tuple[str, ...] = _phrases(
    """
    comments, follow us, share, sign up, subscribe, advertisement, filed under, image credit, read more,
    newsletter, log in, sign in, cookie, privacy policy, view all, min read, related, trending, most read
    """
)

# Words a heading does not end with: a line ending with one was cut off mid-sentence.
# (Prepositions may end one: "Find someone to talk to".)
FUNCTION_WORDS: tuple[str, ...] = _phrases(
    """
    a, an, the, and, or, but, than, his, their, its, our, your, my
    """
)
