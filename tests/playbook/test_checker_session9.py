"""Session 9: what six fresh writers (rounds 66-73 and 82-85) showed the checker misreading,
each case beside the near miss that must keep its reading."""

from __future__ import annotations

import pytest

from ownup.playbook.checker import check, french, warm_up
from ownup.playbook.checker.textutil import rx

from .checker_cases import assert_read_otherwise, labels


def setup_module() -> None:
    warm_up()


@pytest.mark.parametrize(
    ("lang", "draft", "near_miss"),
    [
        # the error was a call not made: the call at a set time is the remedy
        (
            "en",
            "I'm sorry, I missed your 11 am callback about the claim; that was my "
            "responsibility. I'll call you today at 2:30.",
            "I'm sorry, I sent you the wrong invoice; that was my mistake. I'll call you today "
            "at 2:30.",
        ),
        (
            "fr",
            "Pardon, je ne vous ai pas rappelé hier comme convenu, c'est ma responsabilité. Je "
            "vous appelle aujourd'hui à 14 h.",
            "Pardon, j'ai mis la mauvaise adresse sur votre colis, c'est ma responsabilité. Je "
            "vous appelle aujourd'hui à 14 h.",
        ),
        # a timed call with a cost waived in the same sentence
        (
            "en",
            "I'm sorry, I gave Rufus the wrong dose on Tuesday; that error is mine. I'll call you "
            "at 9 tomorrow to check on him, and this week's treatment is at no cost to you.",
            "I'm sorry, I gave Rufus the wrong dose on Tuesday; that error is mine. I'll call you "
            "at 9 tomorrow to check on him.",
        ),
        # the corrected thing already with the client
        (
            "en",
            "Sorry, I mixed up the two URLs in my email, my mistake. The correct staging link is "
            "below.",
            "Sorry, I mixed up the two URLs in my email, my mistake. More details below.",
        ),
        (
            "en",
            "I'm sorry, I put the wrong date on your ticket, my error. The new ticket is in your "
            "app now.",
            "I'm sorry, I put the wrong date on your ticket, my error. The new rules are in the "
            "terms.",
        ),
        # « le supplément est pour l'agence »: the cost borne by the writer
        (
            "fr",
            "Je vous prie de m'excuser, c'est une erreur de ma part : j'ai réservé pour quatre au "
            "lieu de cinq. Le supplément de 30 € est pour l'agence.",
            "Je vous prie de m'excuser, c'est une erreur de ma part : j'ai réservé pour quatre au "
            "lieu de cinq. Le supplément de 30 € est à régler sur place.",
        ),
        # someone sent, with a time, is the remedy; "coming up with excuses" is not
        (
            "en",
            "Mr Quinn, the engineer went to the wrong flat because I typed 14B instead of 4B, I'm "
            "sorry. He's coming to 4B on Saturday between 9 and 11.",
            "Mr Quinn, the engineer went to the wrong flat because I typed 14B instead of 4B, I'm "
            "sorry. He's coming up with excuses.",
        ),
        # the missed call offered again at its time
        (
            "en",
            "I apologise for missing our call yesterday, that's on me. Could we talk tomorrow at "
            "9 your time?",
            "I apologise for the wrong figures, that's on me. Could we talk tomorrow at 9 your "
            "time?",
        ),
        # the corrected thing first, then a later date that is part of the remedy
        (
            "fr",
            "Pardon pour cette erreur de répartition, c'est ma faute. Les appels rectifiés partent "
            "vendredi, avec une échéance repoussée au 15.",
            "Pardon pour cette erreur de répartition, c'est ma faute. La livraison est repoussée "
            "au 15.",
        ),
    ],
)
def test_remedies_fresh_writers_told(lang: str, draft: str, near_miss: str):
    assert "missing_solution" not in labels(draft, lang), draft
    assert "missing_solution" in labels(near_miss, lang), near_miss


@pytest.mark.parametrize(
    ("lang", "draft"),
    [
        # a dated shortfall, a shrug with a day in it: no remedy
        (
            "fr",
            "Je m'excuse de ne pas avoir livré le module vendredi comme prévu, c'est de ma faute.",
        ),
        (
            "fr",
            "Oui, c'est moi qui ai cassé le formulaire. Mais bon, deux heures sans paiements un "
            "dimanche, c'est pas la fin du monde.",
        ),
    ],
)
def test_shortfalls_with_a_day_are_no_remedy(lang: str, draft: str):
    assert "missing_solution" in labels(draft, lang), draft


@pytest.mark.parametrize(
    ("lang", "label", "draft", "near_miss"),
    [
        # a circumstance the same sentence disowns is no excuse
        (
            "en",
            "excuse",
            "I'm sorry I didn't confirm your transfer, the delay was mine. Our desk was busy with "
            "the strike rebookings, but that's no reason for me to let yours slip. Your driver "
            "is booked for 7:15 am Saturday.",
            "I'm sorry I didn't confirm your transfer, the delay was mine. Our desk was busy with "
            "the strike rebookings, so yours slipped. Your driver is booked for 7:15 am Saturday.",
        ),
        (
            "fr",
            "excuse",
            "Je suis désolée : j'ai oublié de confirmer l'horaire du photographe. Ma mère était "
            "hospitalisée cette semaine-là, mais c'était mon travail de tout vérifier et je ne "
            "l'ai pas fait. Je vous rembourse mes honoraires d'ici le 15.",
            "Je suis désolée : j'ai oublié de confirmer l'horaire du photographe. Ma mère était "
            "hospitalisée cette semaine-là, donc je n'ai pas pu tout vérifier. Je vous rembourse "
            "mes honoraires d'ici le 15.",
        ),
        # a size named and denied in the same breath is no minimisation
        (
            "en",
            "minimisation",
            "I'm sorry, I cut the mount off-centre. It's a small detail, but it's exactly what "
            "you paid me to get right. The reframed print will be ready on Saturday at 10 am.",
            "I'm sorry, I cut the mount off-centre. It's a small detail, nothing to worry about. "
            "The reframed print will be ready on Saturday at 10 am.",
        ),
        (
            "fr",
            "minimisation",
            "Je vous dois des excuses : j'ai rayé le verre de votre montre. C'est une petite "
            "rayure, mais sur une montre de famille je sais que ça compte. Je remplace le verre à "
            "mes frais mardi.",
            "Je vous dois des excuses : j'ai rayé le verre de votre montre. C'est une petite "
            "rayure, rien de grave. Je remplace le verre à mes frais mardi.",
        ),
        # the weather is a circumstance; a cold room is not
        (
            "en",
            "excuse",
            "I'm sorry about the cold room last night, I forgot to switch the heating on.",
            "Sorry, with the cold snap the paint didn't dry in time. I'll repaint it on Monday "
            "at 9.",
        ),
        # a regret the writer owns is not self-condemnation
        (
            "en",
            "self_flagellation",
            "I'm kicking myself: I forgot to put your name on the guest list. I'm sorry. Your "
            "table is booked for Saturday at 9 pm.",
            "I'm useless, I'm a disgrace: I forgot to put your name on the guest list. I'm sorry. "
            "Your table is booked for Saturday at 9 pm.",
        ),
        # the client's busy week acknowledged is not the writer's excuse
        (
            "en",
            "excuse",
            "Raj, sorry to hear the week's been so hectic. I sent the agreement to your old "
            "address, I'm sorry. I re-sent it at 11:20 this morning.",
            "Raj, the week's been so hectic here, so I sent the agreement to your old address. "
            "I'm sorry. I re-sent it at 11:20 this morning.",
        ),
        (
            "fr",
            "excuse",
            "Salut Max, je sais que t'es débordé avec les préparatifs, alors je fais court : j'ai "
            "oublié ta chanson, désolé, c'est ma faute. Je l'ai rajoutée ce matin.",
            "Salut Max, je suis débordé avec les préparatifs, alors j'ai oublié ta chanson, "
            "désolé. Je l'ai rajoutée ce matin.",
        ),
        # a promise the writer broke is owned
        (
            "en",
            "missing_responsibility",
            "Theo, I said I'd have the SSO set up last week and I didn't, and I'm sorry. I'll "
            "configure it with your IT lead on Tuesday at 11.",
            "Theo, the SSO wasn't set up last week, sorry. It'll be configured on Tuesday at 11.",
        ),
        # a limited scope told as fact is no minimisation, unless it is played down
        (
            "en",
            "minimisation",
            "I apologise for an error on my part: the menu still lists the crab tartlets. It "
            "affects only that one page. The corrected menu is attached.",
            "I apologise for an error on my part: the menu still lists the crab tartlets. In any "
            "case it only affects a handful of guests. The corrected menu is attached.",
        ),
    ],
)
def test_read_otherwise_than_its_near_miss(lang: str, label: str, draft: str, near_miss: str):
    assert_read_otherwise(lang, label, draft, near_miss)


@pytest.mark.parametrize(
    ("lang", "draft"),
    [
        (
            "en",
            "I won't pretend this is a small thing: I gave your contractor admin rights. Sorry.",
        ),
        (
            "fr",
            "Je ne vais pas vous dire que ce n'est qu'un détail : j'ai mal recopié la fiche de "
            "table, c'est ma faute. Je vous présente mes excuses.",
        ),
        # a time window is not « between the move and the audit »
        (
            "en",
            "I mixed up your frames, I'm sorry. A courier will collect them tomorrow between 9 "
            "and 12 and deliver yours at the same time.",
        ),
        # « j'en suis malade » is how the writer feels, not an illness
        (
            "fr",
            "Madame Weber, j'ai appliqué la cire sur une zone que vous aviez refusée, et j'en "
            "suis malade. Je vous demande pardon. Je vous rembourse la séance aujourd'hui.",
        ),
        # "I knew … and I didn't warn you" owns the circumstance
        (
            "en",
            "I'm sorry: I knew on Monday that the train strike would delay our chef, and I didn't "
            "warn you. Your cake will arrive at 11 am instead of 9.",
        ),
    ],
)
def test_owned_drafts_are_left_alone(lang: str, draft: str):
    assert check(draft, lang).findings == [], draft


def test_a_person_who_came_late_is_no_agentless_event():
    came_late = "Notre maquilleuse indépendante est arrivée avec une heure de retard."
    assert not [f for f in french.analyse(came_late).findings if f.label == "passive_voice_evasion"]
    error_came = "Désolée, une erreur est arrivée lors de la saisie de votre commande."
    assert "passive_voice_evasion" in labels(error_came, "fr")


@pytest.mark.parametrize(
    ("lang", "draft"),
    [
        ("en", "Hi Leo, I'm sorry you had to chase me for your deposit: I let it sit on my desk."),
        (
            "en",
            "I told you your policy covered the wall, and it doesn't: I was reading the wrong "
            "schedule. Please accept my apology.",
        ),
        (
            "fr",
            "Je suis désolé : j'ai laissé le velux de la chambre ouvert après la visite, et il a "
            "plu à l'intérieur.",
        ),
        (
            "fr",
            "Je suis désolée, je ne pourrai pas vous donner la chambre promise : je l'avais déjà "
            "attribuée à un autre client sans vérifier.",
        ),
        (
            "fr",
            "Après vérification, c'est ma mise à jour de vendredi soir qui a désactivé le cache. "
            "Je m'en excuse.",
        ),
    ],
)
def test_more_ways_of_owning_it(lang: str, draft: str):
    assert "missing_responsibility" not in labels(draft, lang), draft


def test_a_colleague_who_did_it_is_not_ones_own_act():
    draft = (
        "Toutes mes excuses. C'est notre stagiaire qui a préparé le document à partir d'un "
        "ancien modèle."
    )
    assert {"blame_shifting", "missing_responsibility"} <= labels(draft, "fr")


@pytest.mark.parametrize(
    ("lang", "draft"),
    [
        # the client's own delay reassured, the client's own words reported
        (
            "en",
            "No need to apologise for the late reply, it's no big deal. I'm sorry I sent the "
            "wrong quote, my mistake; the right one is attached.",
        ),
        (
            "fr",
            "Ne vous excusez pas pour le délai de votre réponse, ce n'est pas grave du tout. Le "
            "mitigeur fuit parce que je n'ai pas remplacé le joint : c'est mon erreur, désolé. Je "
            "passe ce soir à 19 h.",
        ),
        (
            "fr",
            "Gaëlle, vous m'avez écrit que « ça arrive à tout le monde », c'est gentil, mais c'est "
            "à moi de faire mieux : j'ai laissé passer trois fautes. Je vous prie de m'excuser. Je "
            "vous renvoie le fichier corrigé vendredi à midi.",
        ),
    ],
)
def test_playing_down_that_is_not_the_writers(lang: str, draft: str):
    assert "minimisation" not in labels(draft, lang), draft


def test_apostrophes_in_a_character_class_match_both_forms():
    pattern = rx(r"c'est [\w'-]+ l'")
    assert pattern.search("c’est aujourd’hui l’heure")
    assert pattern.search("c'est aujourd'hui l'heure")


def test_another_partys_unmet_duty_is_blame_and_denying_a_part_owns_nothing():
    duty = "Hi Tara, the wrong option was selected. The crematorium should have checked with us."
    assert "blame_shifting" in labels(duty, "en")
    mine = (
        "Hi Tara, I selected the wrong option, I'm sorry; I should have checked with you. I'll "
        "call the crematorium at 9 tomorrow to correct it."
    )
    assert check(mine, "en").findings == []
    denied = "This was entirely Microsoft's fault. There is nothing we could have done on our side."
    assert {"blame_shifting", "missing_responsibility"} <= labels(denied, "en")


def test_french_ownership_and_size_refused():
    assert "missing_responsibility" not in labels(
        "Nous rappelons que le BAT a été validé par nos soins le 3 mars : l'erreur est à nous.",
        "fr",
    )
    assert "minimisation" not in labels(
        "Je préfère être franche : ce n'est pas une petite erreur. J'ai oublié votre demande, je "
        "vous présente mes excuses. Je vous vire les 90 € aujourd'hui.",
        "fr",
    )


@pytest.mark.parametrize(
    ("lang", "draft"),
    [
        (
            "fr",
            "Madame Weber, j'ai appliqué la cire sur une zone que vous aviez refusée, et j'en suis "
            "malade. Je vous demande pardon. Je vous rembourse la séance aujourd'hui.",
        ),
        (
            "en",
            "I'm sorry, I didn't ring you back on Monday; that's on me. I'll call you at 9 "
            "tomorrow, and the consultation's on us.",
        ),
    ],
)
def test_typographic_apostrophes_read_as_plain_ones(lang: str, draft: str):
    # phones and word processors type « j’ai »; the reading and the offsets must not change
    plain, curly = check(draft, lang), check(draft.replace("'", "’"), lang)
    assert [(f.label, f.start, f.end) for f in curly.findings] == [
        (f.label, f.start, f.end) for f in plain.findings
    ]
    assert curly.missing == plain.missing == []
