"""Every explanation and suggested rewrite, in both languages, in one place.

A detector names a label and, where the advice differs, a *kind* (e.g. "sorry if" versus "any
inconvenience"); the text for ``(label, kind)`` falls back to ``(label, "")``."""

from __future__ import annotations

# (label, kind) -> {lang: (explanation, suggestion)}
MESSAGES: dict[tuple[str, str], dict[str, tuple[str, str]]] = {
    ("self_flagellation", ""): {
        "en": (
            "Global self-condemnation: it judges you as a person instead of owning the act, "
            "and it makes the client comfort you.",
            'Own the act in proportion: "I made this mistake and I regret it."',
        ),
        "fr": (
            "Autodénigrement : vous vous jugez vous-même au lieu d'assumer l'acte, et le client "
            "se retrouve à devoir vous consoler.",
            "Assumez l'acte, sans plus : « J'ai fait cette erreur et je le regrette. »",
        ),
    },
    ("blame_shifting", ""): {
        "en": (
            "The fault is put on someone else (a colleague, supplier or the client) and you "
            "never own your part.",
            'Name their part only as a fact, then own yours: "… but checking it was my job, '
            "and I didn't.\"",
        ),
        "fr": (
            "La faute est rejetée sur quelqu'un d'autre (collègue, fournisseur ou client) sans "
            "que vous assumiez votre part.",
            "Citez leur rôle comme un fait, puis assumez le vôtre : « … mais la vérification "
            "m'incombait, et je ne l'ai pas faite. »",
        ),
    },
    ("blame_shifting", "client"): {
        "en": (
            "This puts the fault on the client. Even if they approved or sent something, the "
            "problem is yours to own and solve.",
            'Drop the reproach and say what you did: "I should have caught it before printing."',
        ),
        "fr": (
            "La faute est renvoyée au client. Même s'il a validé ou envoyé quelque chose, "
            "c'est à vous d'assumer et de résoudre.",
            "Retirez le reproche et dites ce que vous avez fait : « J'aurais dû le voir avant "
            "l'impression. »",
        ),
    },
    ("excuse", ""): {
        "en": (
            "Circumstances are used to shrink your responsibility; the client hears an excuse, "
            "or someone playing the victim.",
            "Give the cause as a plain fact and keep ownership: \"I didn't plan for it; that's "
            'on me."',
        ),
        "fr": (
            "Les circonstances servent à réduire votre responsabilité : le client entend une "
            "excuse, voire une posture de victime.",
            "Donnez la cause comme un simple fait et gardez la responsabilité : « Je ne l'ai "
            "pas anticipé, c'est de mon fait. »",
        ),
    },
    ("excuse", "denial"): {
        "en": (
            'Denying control or fault ("out of my hands", "not my fault") reads as refusing '
            "responsibility.",
            'Say what was in your hands and what you are doing now: "I could have planned for '
            "it; here is what I'm doing.\"",
        ),
        "fr": (
            "Nier toute maîtrise ou toute faute (« pas de mon ressort », « je n'y suis pour "
            "rien ») revient à refuser la responsabilité.",
            "Dites ce qui dépendait de vous et ce que vous faites : « J'aurais pu l'anticiper ; "
            "voici ce que je fais. »",
        ),
    },
    ("minimisation", ""): {
        "en": (
            "This plays down the error or its impact; only the client can judge how much it "
            "matters to them.",
            'State the facts of the impact without judging them: "The error is on page 4 of '
            'all 300 copies."',
        ),
        "fr": (
            "Cela minimise l'erreur ou ses conséquences ; c'est au client de juger de leur "
            "gravité pour lui.",
            "Décrivez l'impact sans le juger : « L'erreur est en page 4 des 300 exemplaires. »",
        ),
    },
    ("conditional_apology", ""): {
        "en": (
            'A conditional apology ("sorry if …") doubts that harm was done; it is heard as '
            "a non-apology.",
            'Apologise for the act itself: "I\'m sorry for the error I made on page 4."',
        ),
        "fr": (
            "Une excuse conditionnelle (« désolé si … ») met en doute le tort causé : elle est "
            "entendue comme une non-excuse.",
            "Excusez-vous pour l'acte lui-même : « Je suis désolé pour l'erreur que j'ai faite "
            "en page 4. »",
        ),
    },
    ("conditional_apology", "feelings"): {
        "en": (
            "This apologises for the client's reaction, not for what you did.",
            'Apologise for your act: "I\'m sorry I changed the text without your approval."',
        ),
        "fr": (
            "Vous vous excusez de la réaction du client, pas de ce que vous avez fait.",
            "Excusez-vous de votre acte : « Je suis désolé d'avoir modifié le texte sans votre "
            "accord. »",
        ),
    },
    ("conditional_apology", "hedged"): {
        "en": (
            '"Any inconvenience … may have caused" hedges the harm: a stock formula that '
            "sounds like a non-apology.",
            'Name the actual harm: "I\'m sorry that your brochures arrived with an error."',
        ),
        "fr": (
            "« La gêne éventuellement occasionnée » met le tort au conditionnel : c'est une "
            "formule toute faite qui sonne comme une non-excuse.",
            "Nommez le tort réel : « Je suis désolé que vos brochures soient arrivées avec "
            "une erreur. »",
        ),
    },
    ("passive_voice_evasion", ""): {
        "en": (
            "The error is described with no one doing it; agentless wording sounds like evasion.",
            'Say who did it, in the first person: "I sent the wrong file."',
        ),
        "fr": (
            "L'erreur est décrite sans personne pour la commettre : la tournure sans agent "
            "sonne comme une esquive.",
            "Dites qui l'a fait, à la première personne : « J'ai envoyé le mauvais fichier. »",
        ),
    },
    ("missing_apology", ""): {
        "en": ("No apology: the message never says sorry for the error.", "I'm sorry for …"),
        "fr": (
            "Pas d'excuses : le message ne présente jamais d'excuses pour l'erreur.",
            "Je suis désolé(e) pour …",
        ),
    },
    ("missing_responsibility", ""): {
        "en": (
            'No first-person ownership: the message never says "I made this error".',
            "It was my error: I …",
        ),
        "fr": (
            "Aucune prise de responsabilité à la première personne : le message ne dit jamais "
            "« c'est mon erreur ».",
            "C'est mon erreur : j'ai …",
        ),
    },
    ("missing_solution", ""): {
        "en": (
            "No concrete remedy with a time: say what you will do and by when.",
            "I'll reprint the 300 copies at my cost, delivered by Thursday noon.",
        ),
        "fr": (
            "Pas de solution concrète avec une échéance : dites ce que vous faites et pour quand.",
            "Je fais réimprimer les 300 exemplaires à mes frais, livrés jeudi avant midi.",
        ),
    },
}


def message(label: str, kind: str, lang: str) -> tuple[str, str]:
    texts = MESSAGES.get((label, kind)) or MESSAGES[(label, "")]
    return texts[lang]
