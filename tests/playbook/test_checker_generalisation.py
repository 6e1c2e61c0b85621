"""The draft checker's structural generalisations: roles it has no word for, casual registers
(texts, dropped subjects and « ne »), causal connectors, hedged apologies and remedies named by
their corrected state; each with a near-miss that must stay unflagged."""

from __future__ import annotations

import pytest

from ownup.playbook.checker import check, english, warm_up


@pytest.fixture(scope="session", autouse=True)
def pipelines() -> None:
    warm_up()


def labelled(draft: str, lang: str, label: str) -> list[str]:
    return [f.text for f in check(draft, lang).findings if f.label == label]


# (lang, draft, label, a phrase the flagged span must contain)
FLAGGED = [
    # any possessed role or named person as the subject of a fault only a person commits
    ("en", "My sous-chef forgot the allergen labels.", "blame_shifting", "sous-chef forgot"),
    ("en", "Priya misread the order form.", "blame_shifting", "Priya misread"),
    ("en", "Tbh the venue messed up the booking.", "blame_shifting", "venue messed up"),
    ("fr", "Mon second a oublié les étiquettes.", "blame_shifting", "second a oublié"),
    ("fr", "Kevin n'a pas vérifié le BAT.", "blame_shifting", "Kevin n'a pas vérifié"),
    ("fr", "Franchement, l'imprimeur a tout gâché.", "blame_shifting", "tout gâché"),
    # a causal connector bringing a circumstance, a shortfall as result, nobody owning it
    ("en", "Due to the holidays, the delivery slipped a week.", "excuse", "Due to the holidays"),
    ("en", "The cards arrived late because of the courier.", "excuse", "because of the courier"),
    ("fr", "En raison des fêtes, la livraison a pris du retard.", "excuse", "En raison des fêtes"),
    ("en", "To be fair I had three deadlines that week.", "excuse", "three deadlines"),
    ("fr", "Pour être honnête, j'avais trois mariages ce week-end-là.", "excuse", "trois mariages"),
    # spoken French drops the « ne »
    ("fr", "Moi j'y suis pour rien.", "excuse", "j'y suis pour rien"),
    # the scope shrunk by a count, an effect denied, a trifle named
    ("en", "It's only a couple of pixels off.", "minimisation", "couple of pixels off"),
    ("en", "It won't change anything in print.", "minimisation", "won't change anything"),
    ("fr", "Ça ne décale que de quelques pixels.", "minimisation", "que de quelques pixels"),
    ("fr", "C'est une niaiserie, personne va s'en rendre compte.", "minimisation", "niaiserie"),
    # apologies on condition
    ("en", "Apologies for the inconvenience, if any.", "conditional_apology", "if any"),
    ("en", "We apologise for any delay this may cause.", "conditional_apology", "any delay"),
    ("fr", "Toutes nos excuses le cas échéant pour la gêne.", "conditional_apology", "échéant"),
    ("fr", "Nous nous excusons pour tout retard éventuel.", "conditional_apology", "éventuel"),
    # exclamations about oneself
    ("en", "What a moron I am.", "self_flagellation", "moron I am"),
    ("fr", "Quel boulet je fais.", "self_flagellation", "boulet je fais"),
    # a "mis-" participle names the fault by itself
    ("en", "The wall dimensions were mis-transcribed.", "passive_voice_evasion", "mis-transcribed"),
    # a subject headed by an agent noun no list knows, or a named person, doing a faulty act
    (
        "en",
        "The paper merchant shipped us a coated stock instead of the uncoated one.",
        "blame_shifting",
        "paper merchant",
    ),
    (
        "fr",
        "Le marchand de papier nous a livré un couché au lieu de l'offset.",
        "blame_shifting",
        "marchand",
    ),
    ("en", "Dani put white lilies instead of the peonies.", "blame_shifting", "Dani put"),
    ("fr", "Maëlle a mis des lys à la place des pivoines.", "blame_shifting", "Maëlle a mis"),
    # what the client approved carried the fault; the client addressed as « tu »
    ("en", "The drawings you approved had that spelling.", "blame_shifting", "you approved"),
    (
        "fr",
        "Les plans que vous avez validés comportaient cette faute.",
        "blame_shifting",
        "validés",
    ),
    (
        "fr",
        "C'est faux parce que tu ne m'as jamais envoyé les relevés.",
        "blame_shifting",
        "tu ne m'as jamais envoyé",
    ),
    # machines that gave up, and "not much I could do"
    ("en", "Our van's heater packed in and there wasn't much I could do.", "excuse", "packed in"),
    ("fr", "Le chauffage a lâché pis j'pouvais pas faire grand-chose.", "excuse", "a lâché"),
    # hedged to whoever may have been bothered
    (
        "en",
        "Apologies to anyone who may have been inconvenienced.",
        "conditional_apology",
        "anyone who may have",
    ),
    (
        "fr",
        "Toutes nos excuses à ceux que le changement aurait pu déranger.",
        "conditional_apology",
        "aurait pu",
    ),
    ("en", "One wrong song is hardly a disaster.", "minimisation", "hardly a disaster"),
    ("en", "There's been an outage on the booking page.", "passive_voice_evasion", "outage"),
    ("fr", "Une lettre semble avoir été omise dans le lettrage.", "passive_voice_evasion", "omise"),
    # the cause given is a third party's act
    (
        "en",
        "The subtitles drifted because the editor re-cut the film.",
        "blame_shifting",
        "editor re-cut",
    ),
    (
        "fr",
        "Les sous-titres sont décalés parce que le monteur a recoupé le film.",
        "blame_shifting",
        "monteur a recoupé",
    ),
    # a circumstance answering the apology in the next clause
    ("en", "I'm sorry I was late; the trains were a nightmare this morning.", "excuse", "trains"),
    (
        "fr",
        "Désolée pour mon retard, les trains étaient une catastrophe ce matin.",
        "excuse",
        "trains",
    ),
    # quitting the trade, failing as a pattern, names for oneself
    ("en", "Honestly I should hang up my apron.", "self_flagellation", "hang up my apron"),
    ("en", "I keep letting you down.", "self_flagellation", "letting you down"),
    ("fr", "Je suis vraiment une cruche cette semaine.", "self_flagellation", "cruche"),
    ("fr", "Je n'arrête pas de vous décevoir.", "self_flagellation", "décevoir"),
    # a fault called normal
    (
        "en",
        "Three typos in 200 pages is pretty much par for the course.",
        "minimisation",
        "par for the course",
    ),
    (
        "fr",
        "Trois coquilles sur 200 pages, c'est plutôt dans la norme.",
        "minimisation",
        "dans la norme",
    ),
    # a lower-case sentence after "!!" is still a sentence
    ("en", "sorry!! the caterer dropped the ball on the plates", "blame_shifting", "caterer"),
    # the fault handed over outright, or given as a third party's failing after "due to"
    (
        "en",
        "The bakery shorted us on the rolls, that's on them not us.",
        "blame_shifting",
        "on them",
    ),
    (
        "en",
        "The delay is due to the vendor not supplying the board on time.",
        "blame_shifting",
        "vendor not supplying",
    ),
    ("en", "Your cousin kept walking in front of me tbh.", "blame_shifting", "cousin kept"),
    # after the comma that closes an "if", the main clause is judged on its own
    (
        "en",
        "sorry if the lettering looks off, the vinyl got cut at the wrong size.",
        "passive_voice_evasion",
        "vinyl got cut",
    ),
    (
        "fr",
        "Désolé si tu as attendu pour rien hier, le cours avait sauté.",
        "passive_voice_evasion",
        "cours avait sauté",
    ),
    ("en", "The invites came out with a slight colour shift.", "passive_voice_evasion", "came out"),
    ("fr", "Oui y a deux noms inversés sur le plan de table.", "passive_voice_evasion", "inversés"),
    # spoken registers: « ne » dropped, "no biggie", "it's been chaos"
    ("fr", "C'est pas grand chose hein, je passe samedi.", "minimisation", "pas grand chose"),
    ("en", "It was up for 10 mins, doubt anyone noticed.", "minimisation", "doubt anyone noticed"),
    ("en", "I forgot the breaker, no biggie.", "minimisation", "no biggie"),
    (
        "en",
        "It's been absolute chaos with five weddings this month.",
        "excuse",
        "five weddings",
    ),
    # the formal register: a passive under "we acknowledge that", a third party as the agent
    # of a passive, regret for how others felt, circumstances framed as context
    (
        "en",
        "We acknowledge that mistakes were made in the audio setup.",
        "passive_voice_evasion",
        "mistakes were made",
    ),
    (
        "en",
        "Your sign was damaged in transit by our haulage partner.",
        "blame_shifting",
        "haulage partner",
    ),
    (
        "fr",
        "Vos tirages ont été endommagés par La Poste durant l'acheminement.",
        "blame_shifting",
        "La Poste",
    ),
    (
        "en",
        "We regret that some attendees felt the experience fell short.",
        "conditional_apology",
        "attendees felt",
    ),
    ("en", "This is purely cosmetic and should weather in.", "minimisation", "purely cosmetic"),
    (
        "fr",
        "L'incident n'a concerné qu'une fraction marginale de vos flux.",
        "minimisation",
        "fraction marginale",
    ),
    (
        "fr",
        "Il s'agit d'un aléa tout à fait courant dans ce type d'opération.",
        "minimisation",
        "aléa tout à fait courant",
    ),
    (
        "fr",
        "Dans un contexte de forte activité, votre commande a été expédiée avec retard.",
        "excuse",
        "forte activité",
    ),
    (
        "fr",
        "Les dégâts résultent d'un arrosage insuffisant de votre part.",
        "blame_shifting",
        "de votre part",
    ),
    (
        "fr",
        "La mise en service de votre enseigne a dû être reportée.",
        "passive_voice_evasion",
        "a dû être reportée",
    ),
    # a failure told with "could not be", after "we wish to inform you that"
    (
        "en",
        "We wish to inform you that the booking could not be honoured on the scheduled date.",
        "passive_voice_evasion",
        "could not be honoured",
    ),
    (
        "en",
        "I'm aware the livestream dropped out for 25 minutes.",
        "passive_voice_evasion",
        "livestream",
    ),
    (
        "en",
        "re the printer — Liam was supposed to install the driver, not sure why he didn't.",
        "blame_shifting",
        "Liam was supposed",
    ),
    (
        "en",
        "The form stopped because the password was changed on your side without telling us.",
        "blame_shifting",
        "on your side",
    ),
    ("en", "It's only 30 books though, the event went fine.", "minimisation", "only 30 books"),
    ("en", "I'm sure nothing was meant by it.", "minimisation", "nothing was meant"),
    (
        "en",
        "Sorry to hear you weren't happy with your highlights.",
        "conditional_apology",
        "weren't happy",
    ),
    ("en", "I'm sorry it came across as unprofessional.", "conditional_apology", "came across"),
    (
        "en",
        "We're a two-person studio and we simply can't monitor every account.",
        "excuse",
        "two-person studio",
    ),
    (
        "fr",
        "Toutes nos excuses s'il y a eu le moindre souci avec la monture.",
        "conditional_apology",
        "s'il y a eu",
    ),
    (
        "fr",
        "Nous vous présentons nos excuses pour le cas où cela vous aurait causé du tort.",
        "conditional_apology",
        "pour le cas où",
    ),
    (
        "fr",
        "Le formulaire de contact ne fonctionnait plus depuis jeudi.",
        "passive_voice_evasion",
        "ne fonctionnait plus",
    ),
    # texting spellings of self-condemnation; "I had no way of knowing"
    ("fr", "Jsuis vraiment le pire, j'ai oublie le rdv.", "self_flagellation", "Jsuis vraiment"),
    ("en", "Ah im such an eejit, totally forgot the cover.", "self_flagellation", "eejit"),
    ("en", "I can only work with what I'm given.", "excuse", "only work with"),
    ("fr", "Je n'avais aucun moyen de le savoir.", "excuse", "aucun moyen"),
    (
        "fr",
        "Suite à une erreur de saisie, votre attestation comportait une mauvaise plaque.",
        "passive_voice_evasion",
        "erreur de saisie",
    ),
    # the client's input given as the cause; sorrow at what the client "experienced"
    (
        "en",
        "The warping is a result of the design file you uploaded, which had no supports.",
        "blame_shifting",
        "file you uploaded",
    ),
    (
        "fr",
        "La fragilité des pièces s'explique par le fichier STL fourni, aux parois trop fines.",
        "blame_shifting",
        "fichier STL fourni",
    ),
    (
        "fr",
        "Nous sommes navrés d'apprendre que votre expérience n'a pas été à la hauteur de vos "
        "attentes.",
        "conditional_apology",
        "navrés d'apprendre",
    ),
    (
        "en",
        "Your order was dispatched to a previous address.",
        "passive_voice_evasion",
        "dispatched",
    ),
    # a named person in a cleft with an apposition; "I swear I didn't know"
    (
        "fr",
        "En fait c'est Kevin, le dev avec qui je sous-traite, qui a modifié le code sans me "
        "prévenir.",
        "blame_shifting",
        "Kevin",
    ),
    ("fr", "Je te jure que j'étais pas au courant.", "excuse", "pas au courant"),
    ("en", "My installer hung it upside down.", "blame_shifting", "installer hung"),
    ("en", "I'd been on call for 30 hours straight.", "excuse", "on call for"),
    # blame said outright, or a third party acting without warning
    ("en", "You said good to go, so that one's on you mate.", "blame_shifting", "on you"),
    ("en", "Karim had one job and he skipped it.", "blame_shifting", "Karim had one job"),
    ("en", "Jess iced it not me.", "blame_shifting", "not me"),
    (
        "fr",
        "Votre informaticien a modifié les DNS sans nous prévenir.",
        "blame_shifting",
        "informaticien",
    ),
    # things that happened by themselves
    ("en", "Your appointment got double-booked.", "passive_voice_evasion", "got double-booked"),
    (
        "en",
        "The newsletter went to your whole list instead of the test group.",
        "passive_voice_evasion",
        "newsletter went",
    ),
    ("en", "The bobotie ran out before the second sitting.", "passive_voice_evasion", "ran out"),
    (
        "fr",
        "Votre rendez-vous de ce matin est passé à la trappe.",
        "passive_voice_evasion",
        "passé à la trappe",
    ),
]


@pytest.mark.parametrize(("lang", "draft", "label", "phrase"), FLAGGED)
def test_generalised_patterns_are_flagged(lang: str, draft: str, label: str, phrase: str):
    found = labelled(draft, lang, label)
    assert any(phrase in span for span in found), (found, check(draft, lang).findings)


# Near-misses: the same structures where the speaker owns it, the cause is theirs, the count is
# the client's, the "if" is an offer, a passive describes a fault-as-actor, or "call" talks.
NOT_FLAGGED = [
    ("en", "The printer used the old file, but that's because I uploaded the wrong version."),
    ("fr", "L'imprimeur a utilisé l'ancien fichier, mais c'est parce que j'ai déposé le mauvais."),
    ("en", "Because of my mistake, the guests got the wrong time. I'm sorry."),
    ("fr", "Suite à votre appel, je vous envoie le fichier corrigé demain."),
    ("en", "I'm sorry, I mixed up your two projects. I'll send yours within the hour."),
    (
        "fr",
        "Je suis désolée, j'ai confondu vos deux projets. Je vous envoie le vôtre dans l'heure.",
    ),
    ("fr", "Votre numéro de TVA a été oublié sur la facture, c'est mon erreur."),
    ("en", "Totally forgot to attach it, sorry! Here it is."),
    ("fr", "Quelle erreur j'ai faite, pardon. Je corrige ce soir."),
    # a passive subject is not an agent; things with agent-like endings are not people
    ("fr", "Pardon : les fichiers du projet ont été supprimés du serveur par erreur."),
    ("en", "The folder contained the old logo instead of the new one, my mistake."),
    # a machine that gave up, told beside the speaker's own part
    (
        "en",
        "The van broke down on the N7, but I should have had a backup driver, that's on me.",
    ),
    # "par nos soins": the speaker named as the agent of the passive
    (
        "fr",
        "Votre relevé a été calculé par nos soins sur l'ancien taux. J'en porte la "
        "responsabilité et je vous présente mes excuses. Le complément sera versé le 12 juillet.",
    ),
    ("en", "Everything worked with the old file until I changed it, sorry."),
    # a thing that belongs to a third party is the subject, not the third party
    # what the remedy leaves the client is not playing the error down
    (
        "fr",
        "J'ai réservé aux mauvaises dates, c'est mon erreur. La bonne réservation est confirmée "
        "et la différence est prise en charge : pour vous, rien ne change. Pardon.",
    ),
]


@pytest.mark.parametrize(("lang", "draft"), NOT_FLAGGED)
def test_near_misses_are_left_alone(lang: str, draft: str):
    result = check(draft, lang)
    flagged = [
        (f.label, f.text)
        for f in result.findings
        if f.label in {"blame_shifting", "excuse", "minimisation", "conditional_apology"}
    ]
    assert flagged == []


def test_a_circumstance_the_writer_answers_with_a_refund_is_no_rule_finding():
    # Checked against the rules alone: since session 9's retraining the learned layer reads
    # blame on the hotel's wifi at 0.25, on its threshold (fresh writers label a supplier's
    # failing equipment as blame about as often as not); a layer false alarm, left visible here.
    draft = "Sorry about the sound. The hotel's wifi kept dropping, so I'll refund the AV fee."
    assert english.analyse(draft).findings == []


# What a message owns and offers, in casual and regional registers.
@pytest.mark.parametrize(
    ("lang", "draft"),
    [
        ("en", "Totally forgot to attach it, sorry! I'll send it tmrw."),
        ("fr", "Oups, oublié la pièce jointe, désolé ! Je te l'envoie à soir."),
        ("fr", "J'ai transmis un relevé bancaire incomplet, pardon. Je renvoie le bon demain."),
        ("en", "I filed your return with last quarter's figures. Sorry. Revised one by Friday."),
        ("en", "I still made a rookie error: I underpaid two of your staff. Sorry. Fixed by 5 pm."),
        # ownership told by what was wrong with the act; remedies in texting shorthand
        ("en", "I issued your tickets with your surname misspelt. Sorry. Reissued this morning."),
        ("en", "Sorry, I forgot the breaker. I'll swing by thurs am to check it."),
        ("en", "Sorry, I pushed the wrong banner live. Reverted it just now."),
        ("en", "I put the wrong year on your summary. Corrected copy attached herewith. Sorry."),
        (
            "fr",
            "Je vous ai rendu la traduction avec trois jours de retard. Désolé. Elle est en "
            "pièce jointe.",
        ),
        (
            "fr",
            "J'ai mal interprété le plan. J'en assume la responsabilité. Nous déplacerons la haie "
            "mardi 8 avril. Je vous prie d'excuser ce désagrément.",
        ),
        (
            "en",
            "I left the VPN port closed. I'm sorry. The port was reopened at 08:10 this morning.",
        ),
        ("en", "Sorry Tom, I completely forgot your lesson. Can we do Thursday 4pm instead?"),
        ("fr", "Nous n'avons pas livré les repas mardi, on s'en excuse. On les livre jeudi midi."),
        (
            "en",
            "We delivered the translation with the court reference number mistyped. We are truly "
            "sorry. Our courier will hand you the corrected copy by 2 pm today.",
        ),
        (
            "fr",
            "J'ai envoyé votre attestation à un autre assuré. Je vous présente mes excuses. Je "
            "vous la renvoie aujourd'hui.",
        ),
        (
            "fr",
            "Oups, c'est nous : on a fait une erreur de config ce week-end, désolés. Les rappels "
            "ont été corrigés ce matin.",
        ),
        (
            "en",
            "I left the other client's name in the tagline. Sorry! Corrected file attached, sent "
            "8:15.",
        ),
        ("en", "Sorry, I think I might have used the wrong shampoo. The full set is uploaded now."),
        (
            "fr",
            "Le fromager a livré le mauvais comté, mais c'est à moi qu'il revenait de vérifier : "
            "j'en prends la responsabilité. Je dépose le bon plateau demain. Toutes mes excuses.",
        ),
    ],
)
def test_casual_ownership_and_remedy_are_recognised(lang: str, draft: str):
    assert check(draft, lang).missing == []


@pytest.mark.parametrize(
    ("lang", "draft"),
    [
        (
            "en",
            "Sorry, I labelled the breakers wrong. I'll be at your place at 7:30 to relabel them.",
        ),
        ("en", "Sorry, I forgot your boiler service. I'll get you in Monday 8am."),
        ("en", "Sorry, I left the parcel at the wrong door. I'll have it to you by 7pm tonight."),
        ("en", "Sorry, I broke the auth flow. The hotfix should be live tmrw."),
        ("fr", "J'ai oublié le nettoyage, désolée. Une équipe viendra ce vendredi à 18 h."),
        ("fr", "J'ai désactivé ton badge par erreur, désolé. Il est réactivé depuis ce matin."),
        (
            "en",
            "I posted your payments twice, that one's on me. I reversed the duplicates this "
            "morning.",
        ),
        ("en", "I forgot to renew the licences, sorry. Renewed them all just now."),
        (
            "en",
            "We did not forward your results to your GP. We apologise. Your results have now been "
            "sent, and the GP confirmed receipt at 11 am today.",
        ),
    ],
)
def test_remedies_in_other_words_are_recognised(lang: str, draft: str):
    assert "missing_solution" not in check(draft, lang).missing


@pytest.mark.parametrize(
    ("lang", "draft"),
    [
        ("en", "Sorry, there was a mix-up with your parts and the car won't be ready today."),
        (
            "en",
            "Apologies. Some records were overwritten on Tuesday. We'll look into restoring them.",
        ),
        ("fr", "Désolé, il y a eu un problème avec la commande, ce sera pas prêt aujourd'hui."),
        ("fr", "J'ai oublié le cours, désolé. Je vais essayer de rattraper ça dès que possible."),
    ],
)
def test_a_dated_shortfall_is_not_a_remedy(lang: str, draft: str):
    assert "missing_solution" in check(draft, lang).missing


@pytest.mark.parametrize(
    ("lang", "draft", "has_solution"),
    [
        ("en", "Sorry, my mistake. Revised drawings will follow by Friday.", True),
        ("en", "Sorry, my mistake. I'll call each guest with allergies today.", True),
        ("en", "Sorry, my mistake. I'll call you tomorrow.", False),
        ("fr", "Pardon, c'est ma faute. Les plans révisés suivront d'ici vendredi.", True),
        ("fr", "Pardon, c'est ma faute. J'appelle aujourd'hui chaque invité allergique.", True),
        ("fr", "Pardon, c'est ma faute. Je vous appelle demain.", False),
        ("fr", "Pardon, c'est ma faute. Je l'ai re-réservé pour samedi 8 h.", True),
        ("en", "Sorry, my mistake. It's back up now.", True),
        ("en", "Sorry, my mistake. The site is back online.", False),
        ("en", "Sorry, my mistake. I apologise and will re-grade them by Wednesday.", True),
        ("fr", "Pardon, c'est ma faute. On les échange demain avant 10 h.", True),
        ("fr", "Pardon, c'est ma faute. Dès que je les ai, je termine en deux jours.", True),
    ],
)
def test_remedy_named_by_its_corrected_state_or_by_contacting_those_affected(
    lang: str, draft: str, has_solution: bool
):
    assert ("missing_solution" not in check(draft, lang).missing) is has_solution


def test_a_colon_detailing_an_owned_error_is_not_evasion():
    for lang, draft in (
        ("en", "I made an error in the schedule: two openings were specified at the wrong height."),
        ("fr", "J'ai commis une erreur dans le tableau : deux baies ont été indiquées trop haut."),
    ):
        assert labelled(draft, lang, "passive_voice_evasion") == []
    # without the owned head, the same passive is evasion
    assert labelled(
        "Two openings were specified at the wrong height.", "en", "passive_voice_evasion"
    )


def test_lower_case_sentences_after_a_full_stop_are_split():
    draft = "my bad, I translated it as 'dépôt'. fixed version in your inbox in 20 min. sorry!"
    assert check(draft, "en").missing == []


def test_a_third_partys_haste_after_an_apology_is_blame_not_also_an_excuse():
    draft = "Sorry for the typos, but the proofreader I hired was obviously in a hurry."
    assert labelled(draft, "en", "blame_shifting")
    assert labelled(draft, "en", "excuse") == []
