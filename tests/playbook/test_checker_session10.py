"""Session 10: what the writers of rounds 74-81, 96-99 and 100-131 showed the checker misreading
once their drafts were read (each set after one or two unread scores), each case beside the near
miss that must keep its reading."""

from __future__ import annotations

import pytest

from ownup.playbook.checker import check, warm_up

from .checker_cases import assert_read_otherwise, labels


def setup_module() -> None:
    warm_up()


@pytest.mark.parametrize(
    ("lang", "label", "draft", "near_miss"),
    [
        # a virtue denied is no fault denied
        (
            "en",
            "excuse",
            "He wasn't hurt, but that was luck, not care on my part. I'm sorry I mixed up the "
            "cards. I'll call you at 6 pm.",
            "He wasn't hurt, and that was no error on my part. I'm sorry about the cards. I'll "
            "call you at 6 pm.",
        ),
        (
            "fr",
            "excuse",
            "Callum n'a rien mangé, mais c'est de la chance, pas de la vigilance de ma part. J'ai "
            "confié sa fiche au mauvais animateur, je vous prie de m'excuser. Je vous appelle à "
            "18 h.",
            "Callum n'a rien mangé, et ce n'est pas une erreur de ma part. Je vous prie de "
            "m'excuser. Je vous appelle à 18 h.",
        ),
        # a scope set against the rest is a fact; shrugged off, it is playing down
        (
            "en",
            "minimisation",
            "I'm sorry: I sent the wrong address to two candidates. Only Lisa and Paul received it "
            "— the other six had the right one. I'll reimburse their taxis today.",
            "I'm sorry: I sent the wrong address to two candidates. Only Lisa and Paul received "
            "it, so no big deal. I'll reimburse their taxis today.",
        ),
        # a circumstance the remedy is planned around is no excuse
        (
            "en",
            "excuse",
            "I'm sorry, I counted from the wrong date. I'm on leave from Friday, so I'll finish "
            "the reply tomorrow and send it to you by 6 pm.",
            "I'm sorry, I counted from the wrong date. I was on leave last week, so the reply "
            "slipped. I'll send it to you by 6 pm.",
        ),
        (
            "fr",
            "excuse",
            "Je suis désolée, j'ai mal compté à partir de la date du courrier. Je suis en congé à "
            "partir de vendredi, donc je termine la réponse demain et vous l'envoie avant 18 h.",
            "Je suis désolée, j'ai mal compté à partir de la date du courrier. J'étais en congé, "
            "donc la réponse a pris du retard. Je vous l'envoie avant 18 h.",
        ),
        # sorry for what the client lost is an apology; sorry for how they took it is not
        (
            "en",
            "conditional_apology",
            "The courier lost it, but I should have collected it myself, that one's on me, and "
            "I'm sorry you took a day off for nothing. I'll fit it tomorrow at 8.",
            "I'm sorry you took it that way. We'll fit it tomorrow at 8.",
        ),
        # "our team" is the writer's firm; "the cleaner" is someone else
        (
            "en",
            "blame_shifting",
            "I'm sorry: our team left your back door unlocked on Friday. I'll change the lock "
            "code today by 5 pm.",
            "I'm sorry: the cleaner left your back door unlocked on Friday. He'll change the lock "
            "code today by 5 pm.",
        ),
        # a size the writer takes back
        (
            "en",
            "minimisation",
            "You're right that I shouldn't have called it 'just a typo' on the phone. It was my "
            "error, and I'm sorry. The corrected deck is attached.",
            "It was my error, and I'm sorry, but it's just a typo. The corrected deck is attached.",
        ),
        (
            "fr",
            "minimisation",
            "L'erreur porte sur un seul chiffre, mais ce n'est pas un détail pour vous : j'ai "
            "indiqué 2,50 m au lieu de 2,35 m. Je vous prie de m'en excuser. La notice corrigée "
            "part aujourd'hui avant 17 h.",
            "L'erreur porte sur un seul chiffre, ce n'est qu'un détail : j'ai indiqué 2,50 m au "
            "lieu de 2,35 m. Je vous prie de m'en excuser. La notice corrigée part aujourd'hui "
            "avant 17 h.",
        ),
        # the writer's own haste and own shortfall, owned, are no excuse
        (
            "en",
            "excuse",
            "Sorry, I fitted your screen protector crooked this morning, I rushed it. My fault. "
            "I'll redo it before 5 today, free of course.",
            "Sorry, your screen protector went on crooked; everything was rushed this morning. "
            "I'll redo it before 5 today.",
        ),
        (
            "en",
            "excuse",
            "I'm sorry, I sent you the draft with my notes still in it. That was my mistake, and "
            "not how I should have put it. I'll send a clean version by noon.",
            "I'm sorry about the draft. That was not my mistake. I'll send a clean version by "
            "noon.",
        ),
        (
            "en",
            "excuse",
            "I'm so sorry — I didn't tighten the fitting under your sink properly and it leaked "
            "overnight. I'll be back tomorrow at 9 to replace it, free of charge.",
            "Sorry, the plans were drawn up overnight, so a few errors crept in. I'll fix them by "
            "9.",
        ),
        # a supplier's part, then the writer's own: no blame
        (
            "en",
            "blame_shifting",
            "The storage company did mislabel the crates, but my team loaded them without checking "
            "the list, so the mix-up is on us. I'm sorry. We'll move them tomorrow at 10.",
            "The storage company mislabelled the crates, so your boxes went to the wrong flat. "
            "Sorry. We'll move them tomorrow at 10.",
        ),
        # an owned regret, not self-condemnation
        (
            "fr",
            "self_flagellation",
            "Laura, je suis agacée contre moi-même : je ne t'ai pas envoyé le compte rendu promis. "
            "Excuse-moi. Il part ce soir avant 20 h.",
            "Laura, je suis une incapable : je ne t'ai pas envoyé le compte rendu promis. "
            "Excuse-moi. Il part ce soir avant 20 h.",
        ),
        # rounds 116-131 (eight more writers, read): a scope set against what is right
        (
            "en",
            "minimisation",
            "Apologies, I put the wrong label on the cheddar in your box. It's only the label: the "
            "cheese inside is the 24-month cheddar you ordered. I'll send a correct label on "
            "Tuesday.",
            "Apologies, I put the wrong label on the cheddar in your box. It's only the label, no "
            "big deal. I'll send a correct label on Tuesday.",
        ),
        (
            "fr",
            "minimisation",
            "Je vous prie de m'excuser : j'ai oublié la mention allergènes sur l'étiquette de vos "
            "sablés. Il ne s'agit que du lot de mardi ; ceux de lundi portent la bonne étiquette. "
            "Je remplace le lot demain à 8 h.",
            "Je vous prie de m'excuser : j'ai oublié la mention allergènes sur l'étiquette de vos "
            "sablés. Il ne s'agit que d'un petit oubli, rien de grave. Je remplace le lot demain "
            "à 8 h.",
        ),
        # a size the writer called it and takes back
        (
            "en",
            "minimisation",
            "I called it a minor mix-up on the phone, but it wasn't: I gave Olivia cow's milk when "
            "her plan says oat milk, and I'm sorry. From tomorrow her milk sits in its own box.",
            "It was a minor mix-up: Olivia got cow's milk at snack time. Sorry. From tomorrow her "
            "milk sits in its own box.",
        ),
        # what went untold is not a cause
        (
            "en",
            "excuse",
            "I'm sorry I didn't tell you Daisy had been sick at lunchtime; calling you was my job. "
            "I'll ring you tomorrow at 10.",
            "I'm sorry, I was sick at lunchtime so I didn't call you. I'll ring you tomorrow at "
            "10.",
        ),
        # the circumstance, then « c'est moi qui… »
        (
            "fr",
            "excuse",
            "Madame Carpentier, la neige a bloqué nos livraisons hier, et c'est moi qui ai oublié "
            "de vous appeler pour vous prévenir. Toutes mes excuses. Je vous livre jeudi à 10 h.",
            "Madame Carpentier, avec la neige, nos livraisons étaient bloquées hier, donc nous "
            "n'avons pas pu vous prévenir. Toutes mes excuses. Je vous livre jeudi à 10 h.",
        ),
        # « embêté » is how the writer feels, not self-condemnation
        (
            "fr",
            "self_flagellation",
            "J'ai oublié de réserver le technicien, et personne n'est venu lundi. Je suis vraiment "
            "embêté. Il passera vendredi à 12 h.",
            "J'ai oublié de réserver le technicien, et personne n'est venu lundi. Je suis vraiment "
            "nul. Il passera vendredi à 12 h.",
        ),
        # an event's name is no busy season
        (
            "fr",
            "excuse",
            "Je suis désolé, je vous ai donné la mauvaise date pour la réunion de rentrée de "
            "Sacha. Elle a lieu mardi 3 à 18 h 30 ; je vous ai renvoyé l'invitation corrigée.",
            "Je suis désolé, avec la rentrée j'ai complètement oublié votre dossier. Je vous "
            "l'envoie mardi à 18 h.",
        ),
        # rounds 100-115 (read after two unread scores): a circumstance owned in the same breath
        (
            "en",
            "excuse",
            "Hi Rachel, I'm sorry I missed our call. My train was stuck outside Reading for an "
            "hour, but I had your number and should have texted you. Could we do 4 pm today? I'll "
            "have the notes ready by then.",
            "Hi Rachel, I'm sorry I missed our call. My train was stuck outside Reading for an "
            "hour, so I couldn't call. Could we do 4 pm today? I'll have the notes ready by then.",
        ),
        (
            "en",
            "blame_shifting",
            "Hi Arjun, the courier lost one box, but I booked the cheapest untracked service, and "
            "that was the wrong call. I'm sorry. A replacement box will reach you by Thursday at "
            "noon.",
            "Hi Arjun, the courier lost one box. I'm sorry. A replacement box will reach you by "
            "Thursday at noon.",
        ),
        # what the apology is for is not its excuse
        (
            "en",
            "excuse",
            "Hi Chris, I'm sorry the coach broke down outside Leeds. I'm the one who signs off "
            "each vehicle, and I missed the warning on the check sheet. I'll refund 40% of the "
            "hire by Friday.",
            "Hi Chris, our coach broke down outside Leeds, so we were late. Sorry. I'll refund 40% "
            "of the hire by Friday.",
        ),
        (
            "en",
            "excuse",
            "Dear Ms Walsh, I'm sorry you had to wait forty minutes in the rain — I gave the "
            "driver the wrong train time. That's my mistake. I refunded the transfer this morning.",
            "Dear Ms Walsh, sorry, the driver was forty minutes late because of the rain. I "
            "refunded the transfer this morning.",
        ),
        # the client's news; a circumstance disowned; damp as the topic
        (
            "fr",
            "excuse",
            "Bonjour Julie, je suis navrée d'apprendre que votre père a été hospitalisé. Je vous "
            "présente aussi mes excuses : je me suis trompée dans le plan de table. Je vous "
            "renvoie le plan corrigé ce soir avant 21 h.",
            "Bonjour Julie, mon père a été hospitalisé cette semaine, donc le plan de table a pris "
            "du retard. Je vous le renvoie ce soir avant 21 h.",
        ),
        (
            "fr",
            "excuse",
            "J'étais en déplacement chez un autre client, mais ça n'excuse rien, c'était dans mon "
            "planning et je ne l'ai pas fait. Pardon. Les comptes seront actifs à 11 h.",
            "J'étais en déplacement chez un autre client, donc je n'ai pas pu créer les comptes. "
            "Pardon. Les comptes seront actifs à 11 h.",
        ),
        (
            "fr",
            "excuse",
            "Je suis désolée de ne pas avoir répondu à vos trois mails sur l'humidité dans la "
            "chambre. Un spécialiste passe mardi à 10 h.",
            "Je suis désolée, avec l'humidité de cette semaine, les murs n'ont pas séché. Un "
            "spécialiste passe mardi à 10 h.",
        ),
    ],
)
def test_read_otherwise_than_its_near_miss(lang: str, label: str, draft: str, near_miss: str):
    assert_read_otherwise(lang, label, draft, near_miss)


@pytest.mark.parametrize(
    ("lang", "draft", "near_miss"),
    [
        # an irregular past of handling, told with its flaw
        (
            "en",
            "I apologise for the scorch mark: I held the heat gun too close while stripping the "
            "cable. My decorator will repaint it on Wednesday at 9.",
            "I apologise for the scorch mark: the heat gun was held too close. My decorator will "
            "repaint it on Wednesday at 9.",
        ),
        # "the problem is that I…", "that comes straight back to me"
        (
            "en",
            "Apologies for the lunch mix-up. The caterer delivered exactly what I ordered — the "
            "problem is that I ordered for 20, not 30. I'll refund the ten lunch fees by "
            "Wednesday.",
            "Apologies for the lunch mix-up. The caterer delivered exactly what was ordered. The "
            "ten lunch fees will be refunded by Wednesday.",
        ),
        (
            "en",
            "Sorry the bank queried your payslips, because that comes straight back to me. I'll "
            "send a letter to your lender by 3 pm today.",
            "Sorry the bank queried your payslips; the letter came back to us. We'll send it to "
            "your lender by 3 pm today.",
        ),
        # what the writer told or set down against the fact, and a flaw left in
        (
            "en",
            "Hello Mrs Delacroix, I told you the exam was at 2 pm when it is at 11 am on Saturday. "
            "I apologise. I'll call you tonight at 6 to confirm.",
            "Hello Mrs Delacroix, the exam is at 11 am on Saturday, not 2 pm. I apologise. I'll "
            "call you tonight at 6 to confirm.",
        ),
        (
            "en",
            "Hi Grant, sorry, I scheduled the carousel with the draft captions still in it. I'll "
            "repost it at 8am tomorrow.",
            "Hi Grant, sorry, the carousel went out with the draft captions. I'll repost it at 8am "
            "tomorrow.",
        ),
        (
            "en",
            "Hi Freya, sorry. I wrote the reply and posted it without running it past you. I'll "
            "send you every draft by noon from tomorrow.",
            "Hi Freya, sorry. The reply was posted before you saw it. I'll send you every draft by "
            "noon from tomorrow.",
        ),
        # a French past participle in -t (« joint ») told with « au lieu de »
        (
            "fr",
            "Je suis désolé : j'ai joint à mon courriel les conclusions d'un autre dossier au lieu "
            "des vôtres. Je vous appelle à 16 h pour les relire.",
            "Je suis désolé : les conclusions d'un autre dossier étaient jointes au courriel. Je "
            "vous appelle à 16 h pour les relire.",
        ),
    ],
)
def test_ownership_fresh_writers_told(lang: str, draft: str, near_miss: str):
    assert "missing_responsibility" not in labels(draft, lang), draft
    assert "missing_responsibility" in labels(near_miss, lang), near_miss


def test_a_third_party_word_before_a_passive_is_no_culprit():
    found = labels(
        "Dear Mr Grant, please note that your company accounts were submitted with the previous "
        "year's list of directors. An amended filing will be made on Tuesday.",
        "en",
    )
    assert "blame_shifting" not in found
    assert "passive_voice_evasion" in found


def test_what_the_fault_let_in_is_no_weather_excuse():
    draft = (
        "I'm sorry — I left a gap in the flashing, and that's what let the rain into the loft. "
        "New insulation goes in on Thursday at our expense."
    )
    assert labels(draft, "en") == set()
    assert "excuse" in labels(
        "Sorry, the rain got into the loft because of the storm. New insulation goes in on "
        "Thursday.",
        "en",
    )


def test_a_signature_is_not_read_by_the_learned_layer():
    draft = (
        "La bonne liste est jointe, et je distribuerai une version papier jeudi, c'était mon "
        "erreur et je vous prie de m'en excuser. Mme Petit"
    )
    assert check(draft, "fr").findings == []


def test_a_document_sent_with_the_message_is_the_remedy():
    draft = (
        "Je suis désolée, j'ai oublié de vous envoyer l'attestation. Elle est jointe à ce message."
    )
    assert "missing_solution" not in labels(draft, "fr")
    near_miss = (
        "Je suis désolée, j'ai oublié de vous envoyer l'attestation. Elle est importante pour "
        "votre "
        "employeur."
    )
    assert "missing_solution" in labels(near_miss, "fr")


def test_a_heat_pump_is_no_heatwave_and_approving_unread_is_owned():
    assert (
        labels(
            "Je vous prie de m'excuser : j'ai posé l'unité extérieure de votre pompe à chaleur "
            "sous votre fenêtre au lieu du pignon. Je la déplace mardi de 8 h à 12 h.",
            "fr",
        )
        == set()
    )
    owned = labels(
        "The wrong date was printed on your invitations - I approved the proof without reading "
        "the footer. My apologies. The reprint goes to press at 9 tomorrow.",
        "en",
    )
    assert owned == set()
    assert "missing_responsibility" in labels(
        "The wrong date was printed on your invitations. My apologies. The reprint goes to press "
        "at 9 tomorrow.",
        "en",
    )
