"""Print pieces in French and English: brochure, restaurant menu, flyer, product catalogue."""

from __future__ import annotations

import itertools

import numpy as np

from .model import A4, A5, MM, Doc, Line, Logo, Page, Photo, Rect, Style, TextBlock, Word

TEXT = {
    "fr": {
        "openers": [
            "Depuis vingt ans, notre atelier",
            "Chaque saison, l'équipe",
            "Au cœur du village, la maison",
            "Fidèle à ses débuts, le studio",
            "Pour cette édition, l'association",
            "Entre tradition et création, la fabrique",
            "À deux pas de la gare, la boutique",
        ],
        "verbs": [
            "prépare",
            "imagine",
            "façonne",
            "sélectionne",
            "présente",
            "réinvente",
            "accompagne",
        ],
        "objects": [
            "des créations élégantes et durables",
            "une cuisine généreuse de saison",
            "des pièces uniques réalisées à la main",
            "un programme riche en découvertes",
            "des matériaux choisis avec soin auprès de producteurs régionaux",
            "des rendez-vous pensés pour petits et grands",
            "une sélection de vins de propriétaires",
        ],
        "tails": [
            "pour que chaque détail compte.",
            "dans le respect des savoir-faire anciens.",
            "avec la même exigence qu'au premier jour.",
            "où l'on se sent comme chez soi.",
            "afin de réduire notre empreinte, été comme hiver.",
            "à découvrir sans modération.",
            "grâce à une équipe passionnée et fidèle.",
        ],
        "asides": [
            "Réservation conseillée, places limitées.",
            "Ouvert du mardi au samedi, de 10 h à 19 h.",
            "Les prix s'entendent TTC, service compris.",
            "Accès facile en tramway, ligne B.",
            "Entrée libre ; inscription obligatoire pour les ateliers.",
            "Visite guidée à 15 h, départ devant la fenêtre de l'accueil.",
        ],
        "call": "Renseignements :",
        "web": "www.atelier-lumiere.fr",
        "mail": "bonjour@atelier-lumiere.fr",
        "days": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "months": [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
        "legal": "Document non contractuel. Photos non contractuelles. Tarifs valables jusqu'au "
        "31 décembre, dans la limite des stocks disponibles. Ne pas jeter sur la voie publique. "
        "Conformément à la loi, vous disposez d'un droit d'accès et de rectification.",
        "brochure_title": [
            "Festival des Lumières",
            "Rencontres d'automne",
            "Journées du patrimoine",
        ],
        "subtitle": "Programme, tarifs et informations pratiques",
        "programme": "Programme",
        "price": "Tarif",
        "place": "Lieu",
        "when": "Date",
        "events": [
            "Concert d'ouverture",
            "Atelier de céramique",
            "Marché des créateurs",
            "Lecture à voix haute",
            "Projection en plein air",
            "Dégustation commentée",
            "Balade contée",
            "Bal de clôture",
        ],
        "places": [
            "Grande salle",
            "Cour du château",
            "Halle aux grains",
            "Jardin des plantes",
            "Théâtre municipal",
            "Église Saint-Étienne",
        ],
        "menu_name": ["Le Petit Comptoir", "La Table d'Élise", "Brasserie du Marché"],
        "menu_tag": "Cuisine de saison, produits locaux",
        "sections": ["Entrées", "Plats", "Desserts"],
        "dishes": [
            ("Velouté de potimarron", "crème fraîche, noisettes torréfiées"),
            ("Œuf parfait", "crème de cèpes, mouillettes au beurre salé"),
            ("Terrine de campagne", "pickles maison et pain grillé"),
            ("Filet de bar rôti", "fenouil braisé, sauce vierge aux agrumes"),
            ("Suprême de volaille", "purée à l'huile d'olive, jus corsé"),
            ("Risotto crémeux", "champignons des bois, parmesan affiné 24 mois"),
            ("Joue de bœuf confite", "carottes glacées, pommes grenaille"),
            ("Crème brûlée", "à la vanille de Madagascar"),
            ("Tarte fine aux pommes", "glace caramel au beurre salé"),
            ("Mousse au chocolat", "éclats de praliné, tuile croustillante"),
            ("Assiette de fromages", "affinés par la maison Bérot"),
        ],
        "allergens": "Liste des allergènes disponible sur demande. Viande d'origine France.",
        "hours": "Du mardi au samedi, midi et soir. Fermé dimanche et lundi.",
        "flyer_title": ["Grande vente d'été", "Portes ouvertes", "Soirée spéciale"],
        "flyer_price": "à partir de",
        "catalogue_title": "Catalogue des collections",
        "products": [
            "Lampe Aurore",
            "Fauteuil Brème",
            "Table Gaïa",
            "Vase Éole",
            "Tapis Mélusine",
            "Miroir Célestin",
            "Étagère Pénélope",
            "Suspension Héloïse",
            "Banc Théodore",
            "Coussin Léonie",
            "Horloge Gustave",
            "Tabouret Zoé",
            "Buffet Améline",
            "Bougeoir Félix",
            "Plaid Noémie",
            "Console Hector",
            "Patère Inès",
        ],
        "spec": ["Dimensions", "Matière", "Poids"],
        "materials": [
            "chêne massif",
            "laiton brossé",
            "lin lavé",
            "céramique émaillée",
            "noyer huilé",
        ],
        "ref": "Réf.",
        "colours": "Coloris",
        "page": "Page",
        "order": "Bon de commande",
        "qty": "Qté",
        "total": "Total",
    },
    "en": {
        "openers": [
            "For twenty years, our workshop",
            "Every season, the team",
            "In the heart of the village, the house",
            "True to its roots, the studio",
            "For this edition, the association",
            "Between tradition and design, the factory",
            "A short walk from the station, the shop",
        ],
        "verbs": ["prepares", "imagines", "shapes", "selects", "presents", "reinvents", "supports"],
        "objects": [
            "elegant and durable pieces",
            "generous seasonal cooking",
            "unique handmade objects",
            "a programme full of discoveries",
            "materials chosen with care from regional producers",
            "events designed for young and old",
            "a selection of estate wines",
        ],
        "tails": [
            "so that every detail counts.",
            "with respect for old crafts.",
            "with the same care as on the first day.",
            "where everyone feels at home.",
            "to reduce our footprint, summer and winter.",
            "to be enjoyed without moderation.",
            "thanks to a passionate and loyal team.",
        ],
        "asides": [
            "Booking advised, places are limited.",
            "Open Tuesday to Saturday, 10am to 7pm.",
            "Prices include VAT and service.",
            "Easy access by tram, line B.",
            "Free entry; registration required for the workshops.",
            "Guided tour at 3pm, starting at the reception window.",
        ],
        "call": "Information:",
        "web": "www.lightworks-studio.co.uk",
        "mail": "hello@lightworks-studio.co.uk",
        "days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "months": [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        "legal": "This document is not contractual. Pictures are for illustration only. "
        "Prices valid "
        "until 31 December while stocks last. Please do not litter. Under data protection law "
        "you have a right of access to and correction of your personal data.",
        "brochure_title": ["Festival of Lights", "Autumn Gatherings", "Heritage Days"],
        "subtitle": "Programme, prices and practical information",
        "programme": "Programme",
        "price": "Price",
        "place": "Venue",
        "when": "Date",
        "events": [
            "Opening concert",
            "Pottery workshop",
            "Makers' market",
            "Reading aloud",
            "Open-air screening",
            "Guided tasting",
            "Storytelling walk",
            "Closing dance",
        ],
        "places": [
            "Main hall",
            "Castle courtyard",
            "Corn exchange",
            "Botanic garden",
            "Town theatre",
            "St Stephen's church",
        ],
        "menu_name": ["The Little Counter", "Eliza's Table", "Market Brasserie"],
        "menu_tag": "Seasonal cooking, local produce",
        "sections": ["Starters", "Mains", "Desserts"],
        "dishes": [
            ("Butternut squash soup", "crème fraîche, roasted hazelnuts"),
            ("Slow-cooked egg", "cep cream, salted-butter soldiers"),
            ("Country terrine", "house pickles and toasted sourdough"),
            ("Roast sea bass", "braised fennel, citrus dressing"),
            ("Chicken supreme", "olive oil mash, rich jus"),
            ("Creamy risotto", "wild mushrooms, 24-month aged parmesan"),
            ("Braised beef cheek", "glazed carrots, new potatoes"),
            ("Crème brûlée", "with Madagascan vanilla"),
            ("Thin apple tart", "salted caramel ice cream"),
            ("Chocolate mousse", "praline shards, crisp tuile"),
            ("Cheese board", "matured by Neal's of Bermondsey"),
        ],
        "allergens": "Allergen information available on request. All our meat is British.",
        "hours": "Tuesday to Saturday, lunch and dinner. Closed Sunday and Monday.",
        "flyer_title": ["Summer sale", "Open house", "Special evening"],
        "flyer_price": "from",
        "catalogue_title": "Collections catalogue",
        "products": [
            "Dawn lamp",
            "Bream armchair",
            "Gaia table",
            "Aeolus vase",
            "Melusine rug",
            "Celestine mirror",
            "Penelope shelf",
            "Heloise pendant",
            "Theodore bench",
            "Leonie cushion",
            "Gustave clock",
            "Zoe stool",
            "Ameline sideboard",
            "Felix candlestick",
            "Noemie throw",
            "Hector console",
            "Ines coat hook",
        ],
        "spec": ["Dimensions", "Material", "Weight"],
        "materials": [
            "solid oak",
            "brushed brass",
            "washed linen",
            "glazed ceramic",
            "oiled walnut",
        ],
        "ref": "Ref.",
        "colours": "Colours",
        "page": "Page",
        "order": "Order form",
        "qty": "Qty",
        "total": "Total",
    },
}

INK = (30, 30, 30)
WHITE = (255, 255, 255)


class Ids:
    def __init__(self) -> None:
        self._n = itertools.count(1)

    def __call__(self, prefix: str) -> str:
        return f"{prefix}{next(self._n)}"


def words(text: str, tag: str = "", style: Style | None = None) -> list[Word]:
    return [Word(t, tag, style) for t in text.split()]


def phone(rng: np.random.Generator, lang: str) -> str:
    d = rng.integers(0, 10, size=10)
    if lang == "fr":
        return f"0{rng.integers(1, 6)} " + " ".join(f"{d[i]}{d[i + 1]}" for i in range(0, 8, 2))
    return f"+44 20 {''.join(map(str, d[:4]))} {''.join(map(str, d[4:8]))}"


def price(rng: np.random.Generator, lang: str, lo: int = 4, hi: int = 60) -> str:
    euros, cents = int(rng.integers(lo, hi)), int(rng.choice([0, 50, 90, 20, 80, 95]))
    return f"{euros},{cents:02d} €" if lang == "fr" else f"£{euros}.{cents:02d}"


def date(rng: np.random.Generator, lang: str) -> str:
    t = TEXT[lang]
    day, month = int(rng.integers(1, 29)), int(rng.integers(0, 12))
    weekday = t["days"][int(rng.integers(0, 7))]
    return f"{weekday} {day} {t['months'][month]} 2026"


def paragraph(
    rng: np.random.Generator, lang: str, sentences: int, extras: bool = True
) -> list[Word]:
    t = TEXT[lang]
    out: list[Word] = []
    for i in range(sentences):
        pick = lambda key: t[key][int(rng.integers(0, len(t[key])))]  # noqa: E731
        out += words(f"{pick('openers')} {pick('verbs')} {pick('objects')} {pick('tails')}")
        if extras and i == 1:
            out += words(pick("asides"))
        if extras and i == 2 and rng.random() < 0.5:
            out += words("Rendez-vous le" if lang == "fr" else "Join us on")
            out.append(Word(date(rng, lang) + ".", "date"))
    return out


def palette(rng: np.random.Generator) -> dict[str, tuple[int, int, int]]:
    hue = rng.uniform(0, 1)
    import colorsys

    def hsv(h: float, s: float, v: float) -> tuple[int, int, int]:
        r, g, b = colorsys.hsv_to_rgb(h % 1, s, v)
        return (int(r * 255), int(g * 255), int(b * 255))

    return {
        "main": hsv(hue, 0.75, 0.55),
        "accent": hsv(hue + 0.45, 0.8, 0.85),
        "tint": hsv(hue, 0.12, 0.97),
        "tint2": hsv(hue + 0.45, 0.18, 0.95),
        "dark": hsv(hue, 0.5, 0.2),
    }


def _logo(ids: Ids, rng: np.random.Generator, pal: dict, x: float, y: float, size: float) -> Logo:
    return Logo(
        ids("logo"),
        x,
        y,
        size,
        pal["main"],
        pal["accent"],
        int(rng.integers(5, 9)),
        bool(rng.random() < 0.5),
        float(rng.uniform(0, 40)),
        "AL",
    )


def _contact_words(rng: np.random.Generator, lang: str) -> list[Word]:
    t = TEXT[lang]
    return [
        *words(t["call"]),
        Word(phone(rng, lang), "phone"),
        Word("·"),
        Word(t["mail"]),
        Word("·"),
        Word(t["web"]),
    ]


def _table(
    ids: Ids,
    page: Page,
    x: float,
    y: float,
    widths: list[float],
    rows: list[list[list[Word]]],
    size: float,
    head: Style,
    pal: dict,
) -> float:
    """Rows of single-line cells separated by hairlines; returns the y below the table."""
    row_h = size * 2.2
    total = sum(widths)
    page.elements.append(Rect(ids("band"), x, y, total, row_h, pal["tint"]))
    for r, row in enumerate(rows):
        cx = x
        for c, cell in enumerate(row):
            style = head if r == 0 else Style("narrow", size)
            align = "right" if c == len(row) - 1 else "left"
            page.elements.append(
                TextBlock(
                    ids("cell"),
                    cx + 3,
                    y + r * row_h + size * 0.55,
                    widths[c] - 6,
                    style,
                    cell,
                    size * 1.2,
                    align,
                )
            )
            cx += widths[c]
        page.elements.append(
            Line(
                ids("rule"),
                x,
                y + (r + 1) * row_h,
                x + total,
                y + (r + 1) * row_h,
                0.5 if r else 1.0,
                pal["dark"],
            )
        )
    return y + len(rows) * row_h


def brochure(rng: np.random.Generator, lang: str, name: str) -> Doc:
    t, ids, pal = TEXT[lang], Ids(), palette(rng)
    W, H = A4
    body = Style("serif" if rng.random() < 0.5 else "sans", 9.5)
    pages = []
    # Cover
    p = Page("cover", A4)
    p.elements += [
        Photo(ids("photo"), 0, 0, W, 420, int(rng.integers(1 << 30))),
        Rect(ids("band"), 0, 340, W, 80, pal["main"], alpha=0.78),
        TextBlock(
            ids("title"),
            40,
            356,
            W - 80,
            Style("sans", 28, True, color=WHITE),
            words(t["brochure_title"][int(rng.integers(0, 3))]),
            34,
        ),
        _logo(ids, rng, pal, 40, 445, 64),
        TextBlock(
            ids("subtitle"),
            120,
            460,
            420,
            Style("sans", 14, color=pal["main"]),
            words(t["subtitle"]),
        ),
        TextBlock(
            ids("date"), 120, 484, 420, Style("sans", 11, True), [Word(date(rng, lang), "date")]
        ),
        TextBlock(
            ids("intro"),
            50,
            530,
            W - 100,
            body.but(size=10.5),
            paragraph(rng, lang, 4),
            align="justify",
        ),
        Rect(ids("tint"), 0, 770, W, 72, pal["tint"]),
        TextBlock(
            ids("contact"),
            40,
            792,
            W - 80,
            Style("sans", 9),
            _contact_words(rng, lang),
            align="center",
        ),
    ]
    pages.append(p)
    # Two columns
    p = Page("columns", A4)
    p.elements += [
        TextBlock(
            ids("heading"),
            50,
            50,
            W - 100,
            Style("sans", 18, True, color=pal["main"]),
            words(t["events"][int(rng.integers(0, 8))]),
        ),
        Line(ids("rule"), 50, 80, W - 50, 80, 1.2, pal["accent"]),
    ]
    for col, x in enumerate((50, 310)):
        y = 95
        for _ in range(3 if col == 0 else 2):
            block = TextBlock(
                ids("para"), x, y, 235, body, paragraph(rng, lang, 3), align="justify"
            )
            p.elements.append(block)
            y += 150
    p.elements += [
        Photo(ids("photo"), 310, 410, 235, 170, int(rng.integers(1 << 30))),
        Rect(ids("quote-bg"), 310, 600, 235, 110, pal["tint2"], radius=6),
        TextBlock(
            ids("quote"),
            322,
            614,
            211,
            Style("serif", 12, italic=True, color=pal["dark"]),
            paragraph(rng, lang, 1, extras=False),
        ),
        TextBlock(ids("folio"), 50, 810, W - 100, Style("sans", 7), words("2"), align="right"),
    ]
    pages.append(p)
    # Programme table + small print
    p = Page("programme", A4)
    p.elements += [
        TextBlock(
            ids("heading"),
            50,
            50,
            W - 100,
            Style("sans", 18, True, color=pal["main"]),
            words(t["programme"]),
        ),
    ]
    head = Style("narrow", 9, True, color=pal["dark"])
    rows = [[words(t["when"]), words(t["programme"]), words(t["place"]), words(t["price"])]]
    for i in range(8):
        rows.append(
            [
                [Word(date(rng, lang), "date")],
                words(t["events"][i]),
                words(t["places"][int(rng.integers(0, 6))]),
                [Word(price(rng, lang), "price")],
            ]
        )
    y = _table(ids, p, 50, 90, [150, 150, 120, 75], rows, 9, head, pal)
    swatch_y = y + 30
    p.elements += [
        TextBlock(ids("para"), 50, swatch_y, 300, body, paragraph(rng, lang, 2), align="justify"),
        Rect(
            ids("map"), 380, swatch_y, 165, 120, pal["tint"], stroke=pal["dark"], stroke_width=0.6
        ),
        Line(ids("road"), 380, swatch_y + 40, 545, swatch_y + 95, 3, (200, 200, 200)),
        Line(ids("road"), 420, swatch_y, 470, swatch_y + 120, 2, (210, 210, 210)),
        Rect(ids("pin"), 452, swatch_y + 55, 8, 8, pal["accent"], radius=4),
        TextBlock(
            ids("legal"),
            50,
            760,
            W - 100,
            Style("sans", 6, color=(90, 90, 90)),
            words(t["legal"]),
            align="justify",
        ),
        _logo(ids, rng, pal, W - 90, 700, 40),
    ]
    pages.append(p)
    # Back cover
    p = Page("back", A4)
    p.elements += [
        Rect(ids("tint"), 0, 0, W, H, pal["tint"]),
        Photo(ids("photo"), 60, 80, 475, 300, int(rng.integers(1 << 30))),
        _logo(ids, rng, pal, W / 2 - 50, 430, 100),
        TextBlock(
            ids("address"),
            100,
            560,
            W - 200,
            Style("sans", 10),
            _contact_words(rng, lang),
            align="center",
        ),
        TextBlock(
            ids("aside"),
            100,
            610,
            W - 200,
            Style("sans", 9, italic=True),
            words(t["asides"][int(rng.integers(0, 6))]),
            align="center",
        ),
    ]
    for i in range(3):
        p.elements.append(_logo(ids, rng, palette(rng), 150 + i * 110, 700, 50))
    pages.append(p)
    return Doc(name, lang, pages)


def menu(rng: np.random.Generator, lang: str, name: str) -> Doc:
    t, ids, pal = TEXT[lang], Ids(), palette(rng)
    W, H = A4
    p = Page("menu", A4)
    p.elements += [
        Rect(ids("header"), 0, 0, W, 110, pal["main"]),
        _logo(ids, rng, pal, 40, 20, 70),
        TextBlock(
            ids("title"),
            125,
            30,
            330,
            Style("serif", 26, True, color=WHITE),
            words(t["menu_name"][int(rng.integers(0, 3))]),
        ),
        TextBlock(
            ids("tagline"),
            125,
            68,
            330,
            Style("serif", 11, italic=True, color=WHITE),
            words(t["menu_tag"]),
        ),
        Photo(ids("photo"), W - 135, 10, 95, 90, int(rng.integers(1 << 30))),
    ]
    dishes = list(t["dishes"])
    rng.shuffle(dishes)
    y = 130.0
    for s, section in enumerate(t["sections"]):
        p.elements.append(
            TextBlock(
                ids("section"),
                50,
                y,
                300,
                Style("serif", 15, True, color=pal["main"]),
                words(section),
            )
        )
        y += 26
        for dish, desc in dishes[s * 3 : s * 3 + 3 + (s == 1)]:
            p.elements += [
                TextBlock(ids("dish"), 50, y, 330, Style("sans", 10, True), words(dish)),
                TextBlock(
                    ids("desc"),
                    50,
                    y + 13,
                    330,
                    Style("sans", 8, italic=True, color=(80, 80, 80)),
                    words(desc),
                ),
                Line(ids("dots"), 385, y + 9, 470, y + 9, 0.6, (150, 150, 150), dash=(1, 2)),
                TextBlock(
                    ids("price"),
                    470,
                    y,
                    75,
                    Style("sans", 10, True),
                    [Word(price(rng, lang, 6, 34), "price")],
                    align="right",
                ),
            ]
            y += 34
        y += 14
    legend_y = y + 6
    p.elements += [
        Rect(ids("veg"), 50, legend_y + 2, 6, 6, (60, 150, 70)),
        TextBlock(
            ids("legend"),
            60,
            legend_y,
            120,
            Style("sans", 7),
            words("Végétarien" if lang == "fr" else "Vegetarian"),
        ),
        Rect(ids("spicy"), 140, legend_y + 2, 6, 6, (200, 50, 40)),
        TextBlock(
            ids("legend"),
            150,
            legend_y,
            120,
            Style("sans", 7),
            words("Épicé" if lang == "fr" else "Spicy"),
        ),
        Rect(ids("footer"), 0, H - 90, W, 90, pal["tint"]),
        TextBlock(
            ids("hours"), 50, H - 78, W - 100, Style("sans", 9), words(t["hours"]), align="center"
        ),
        TextBlock(
            ids("contact"),
            50,
            H - 60,
            W - 100,
            Style("sans", 9, True),
            _contact_words(rng, lang),
            align="center",
        ),
        TextBlock(
            ids("allergens"),
            50,
            H - 36,
            W - 100,
            Style("sans", 6, color=(90, 90, 90)),
            words(t["allergens"]),
            align="center",
        ),
    ]
    return Doc(name, lang, [p])


def flyer(rng: np.random.Generator, lang: str, name: str) -> Doc:
    t, ids, pal = TEXT[lang], Ids(), palette(rng)
    W, H = A5
    p = Page("flyer", A5)
    p.elements += [
        Photo(ids("photo"), 0, 0, W, H, int(rng.integers(1 << 30)), dpi=150),
        Rect(ids("overlay"), 20, 300, W - 40, 270, pal["dark"], alpha=0.62, radius=8),
        TextBlock(
            ids("title"),
            36,
            316,
            W - 72,
            Style("sans", 30, True, color=WHITE),
            words(t["flyer_title"][int(rng.integers(0, 3))]),
            34,
        ),
        TextBlock(
            ids("date"),
            36,
            392,
            W - 72,
            Style("sans", 14, True, color=pal["accent"]),
            [Word(date(rng, lang), "date")],
        ),
        TextBlock(
            ids("body"),
            36,
            420,
            W - 150,
            Style("sans", 9, color=WHITE),
            paragraph(rng, lang, 2, extras=False),
            align="justify",
        ),
        Rect(ids("badge"), W - 120, 200, 90, 90, pal["accent"], radius=45),
        TextBlock(
            ids("from"),
            W - 116,
            222,
            82,
            Style("sans", 9, color=WHITE),
            words(t["flyer_price"]),
            align="center",
        ),
        TextBlock(
            ids("price"),
            W - 116,
            238,
            82,
            Style("sans", 17, True, color=WHITE),
            [Word(price(rng, lang, 9, 99), "price")],
            align="center",
        ),
        TextBlock(
            ids("contact"),
            36,
            540,
            W - 72,
            Style("sans", 8, color=WHITE),
            _contact_words(rng, lang),
        ),
        _logo(ids, rng, pal, 30, 24, 60),
    ]
    grid = rng.random((15, 15)) < 0.5  # a code-like pattern of small modules
    for r, c in zip(*np.nonzero(grid), strict=True):
        p.elements.append(Rect(ids("module"), W - 100 + c * 4.5, 470 + r * 4.5, 4.5, 4.5, WHITE))
    return Doc(name, lang, [p])


def product_page(
    rng: np.random.Generator,
    lang: str,
    ids: Ids,
    pal: dict,
    number: int,
    products: list[str],
    uid: str,
) -> Page:
    t = TEXT[lang]
    W, H = A4
    p = Page(uid, A4)
    p.elements += [
        Rect(ids("header"), 0, 0, W, 44, pal["main"]),
        TextBlock(
            ids("section"),
            40,
            15,
            300,
            Style("sans", 12, True, color=WHITE),
            words(t["materials"][number % 5].capitalize()),
        ),
    ]
    for slot, product in enumerate(products):
        y = 64 + slot * 240
        p.elements += [
            Photo(ids("photo"), 40, y, 190, 150, int(rng.integers(1 << 30)), cutout=slot == 1),
            TextBlock(
                ids("name"), 250, y, 300, Style("sans", 13, True, color=pal["dark"]), words(product)
            ),
            TextBlock(
                ids("ref"),
                250,
                y + 18,
                300,
                Style("narrow", 8, color=(100, 100, 100)),
                [*words(t["ref"]), Word(f"{product[:2].upper()}-{rng.integers(1000, 9999)}")],
            ),
            TextBlock(
                ids("desc"),
                250,
                y + 34,
                300,
                Style("sans", 8.5),
                paragraph(rng, lang, 2, extras=False),
                align="justify",
            ),
            TextBlock(
                ids("price"),
                250,
                y + 120,
                120,
                Style("sans", 15, True, color=pal["main"]),
                [Word(price(rng, lang, 29, 900), "price")],
            ),
            TextBlock(ids("colours"), 380, y + 124, 60, Style("sans", 7), words(t["colours"])),
        ]
        for k in range(int(rng.integers(3, 6))):
            colour = tuple(int(v) for v in rng.integers(30, 230, size=3))
            side = 10 if k < 2 else 5  # the last chips are small: 5 pt is 3.1 mm²
            p.elements.append(
                Rect(
                    ids("swatch"),
                    425 + k * 14,
                    y + 125,
                    side,
                    side,
                    colour,
                    stroke=(120, 120, 120),
                    stroke_width=0.3,
                )
            )
        rows = [
            [words(t["spec"][0]), words(f"{rng.integers(20, 180)} x {rng.integers(20, 90)} cm")],
            [words(t["spec"][1]), words(t["materials"][int(rng.integers(0, 5))])],
            [words(t["spec"][2]), words(f"{rng.integers(1, 40)} kg")],
        ]
        _table(ids, p, 40, y + 162, [120, 90], rows, 7.5, Style("narrow", 7.5, True), pal)
    p.elements += [
        Line(ids("rule"), 40, H - 40, W - 40, H - 40, 0.5, pal["dark"]),
        TextBlock(
            ids("folio"),
            40,
            H - 34,
            W - 80,
            Style("sans", 7),
            [*words(f"{t['page']} {number}"), Word("·"), Word(phone(rng, lang), "phone")],
            align="right",
        ),
    ]
    return p


def catalogue(rng: np.random.Generator, lang: str, name: str, product_pages: int = 7) -> Doc:
    t, ids, pal = TEXT[lang], Ids(), palette(rng)
    W, H = A4
    cover = Page("cover", A4)
    cover.elements += [
        Photo(ids("photo"), 0, 0, W, H, int(rng.integers(1 << 30)), dpi=150),
        Rect(ids("band"), 0, 600, W, 140, (255, 255, 255), alpha=0.85),
        TextBlock(
            ids("title"),
            50,
            625,
            W - 100,
            Style("serif", 32, True, color=pal["dark"]),
            words(t["catalogue_title"]),
        ),
        TextBlock(
            ids("subtitle"), 50, 672, W - 100, Style("serif", 13, italic=True), words("2026")
        ),
        _logo(ids, rng, pal, W - 130, 620, 80),
    ]
    pages = [cover]
    products = list(t["products"])
    rng.shuffle(products)
    for i in range(product_pages):
        chosen = [products[(i * 3 + k) % len(products)] for k in range(3)]
        pages.append(product_page(rng, lang, ids, pal, i + 2, chosen, f"products-{i}"))
    order = Page("order", A4)
    order.elements.append(
        TextBlock(
            ids("heading"),
            40,
            50,
            400,
            Style("sans", 18, True, color=pal["main"]),
            words(t["order"]),
        )
    )
    rows = [
        [words(t["ref"]), words(t["products"][0].split()[0]), words(t["qty"]), words(t["price"])]
    ]
    for k in range(12):
        rows.append(
            [
                [Word(f"{products[k][:2].upper()}-{rng.integers(1000, 9999)}")],
                words(products[k]),
                [Word(str(rng.integers(1, 5)))],
                [Word(price(rng, lang, 29, 900), "price")],
            ]
        )
    y = _table(ids, order, 40, 90, [100, 240, 60, 115], rows, 9, Style("narrow", 9, True), pal)
    order.elements += [
        TextBlock(ids("contact"), 40, y + 30, W - 80, Style("sans", 10), _contact_words(rng, lang)),
        TextBlock(
            ids("legal"),
            40,
            H - 90,
            W - 80,
            Style("sans", 6, color=(90, 90, 90)),
            words(t["legal"]),
            align="justify",
        ),
    ]
    pages.append(order)
    return Doc(name, lang, pages)


def extra_page(rng: np.random.Generator, doc: Doc, uid: str) -> Page:
    """A page that could plausibly be inserted into `doc` (same look, new content)."""
    ids, pal = Ids(), palette(rng)
    page = product_page(rng, doc.lang, ids, pal, 99, list(TEXT[doc.lang]["products"][-3:]), uid)
    for el in page.elements:
        el.id = f"{uid}-{el.id}"
    if page.size != doc.pages[0].size:
        page.size = doc.pages[0].size
    return page


def card(rng: np.random.Generator, lang: str, name: str) -> Doc:
    """A business card, front and back: small page, small type."""
    t, ids, pal = TEXT[lang], Ids(), palette(rng)
    size = (85 * MM, 55 * MM)
    W, H = size
    person = (
        ["Élise Moreau", "Hélène Dubois", "Zoé Lefèvre"]
        if lang == "fr"
        else ["Eliza Hart", "Owen Price", "Maya Clarke"]
    )
    role = "Directrice artistique" if lang == "fr" else "Art director"
    front = Page("front", size)
    front.elements += [
        Rect(ids("band"), 0, 0, 9 * MM, H, pal["main"]),
        _logo(ids, rng, pal, 13 * MM, 6 * MM, 13 * MM),
        TextBlock(
            ids("name"),
            30 * MM,
            8 * MM,
            52 * MM,
            Style("sans", 11, True, color=pal["dark"]),
            words(person[int(rng.integers(0, 3))]),
        ),
        TextBlock(
            ids("role"), 30 * MM, 13 * MM, 52 * MM, Style("sans", 7, italic=True), words(role)
        ),
        Line(ids("rule"), 13 * MM, 24 * MM, 80 * MM, 24 * MM, 0.5, pal["accent"]),
        TextBlock(
            ids("phone"),
            13 * MM,
            28 * MM,
            67 * MM,
            Style("sans", 7.5),
            [*words("Tél." if lang == "fr" else "Tel."), Word(phone(rng, lang), "phone")],
        ),
        TextBlock(
            ids("mobile"),
            13 * MM,
            32 * MM,
            67 * MM,
            Style("sans", 7.5),
            [*words("Port." if lang == "fr" else "Mob."), Word(phone(rng, lang), "phone")],
        ),
        TextBlock(ids("mail"), 13 * MM, 36 * MM, 67 * MM, Style("sans", 7.5), words(t["mail"])),
        TextBlock(
            ids("address"),
            13 * MM,
            42 * MM,
            67 * MM,
            Style("narrow", 6.5, color=(90, 90, 90)),
            words(t["asides"][3]),
        ),
        Rect(ids("dot"), 78 * MM, 6 * MM, 2.2 * MM, 2.2 * MM, pal["accent"], radius=1.1 * MM),
    ]
    back = Page("back", size)
    back.elements += [
        Rect(ids("tint"), 0, 0, W, H, pal["tint"]),
        _logo(ids, rng, pal, W / 2 - 12 * MM, 9 * MM, 24 * MM),
        TextBlock(
            ids("web"),
            5 * MM,
            38 * MM,
            W - 10 * MM,
            Style("sans", 8, True, color=pal["main"]),
            words(t["web"]),
            align="center",
        ),
        TextBlock(
            ids("hours"),
            5 * MM,
            43 * MM,
            W - 10 * MM,
            Style("sans", 6),
            words(t["asides"][1]),
            align="center",
        ),
    ]
    return Doc(name, lang, [front, back])


PIECES = {"brochure": brochure, "menu": menu, "flyer": flyer, "catalogue": catalogue, "card": card}
__all__ = ["MM", "PIECES", "extra_page"]
