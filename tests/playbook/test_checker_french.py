"""French draft checker: structural patterns found on fresh writers' rounds, each with a
near-miss that must stay unflagged."""

from __future__ import annotations

import pytest

from ownup.playbook.checker import check, french, warm_up


@pytest.fixture(scope="session", autouse=True)
def pipelines() -> None:
    warm_up()


def labelled(draft: str, label: str) -> list[str]:
    return [f.text for f in check(draft, "fr").findings if f.label == label]


# (draft, label, a phrase the flagged span must contain, near-miss with no finding of label)
PATTERNS = [
    # a relative's « qui » stands for the person in another role named just before it
    (
        "Bonjour, votre commande avait été remise à un coursier qui ne l'a jamais livrée.",
        "blame_shifting",
        "un coursier qui ne l'a jamais livrée",
        "Bonjour, votre commande a été remise à un coursier qui vous la livre demain à 10 h.",
    ),
    # a tool that did something to the work is given the fault; one that broke down is not
    (
        "Bonjour, le logiciel de caisse a converti vos 40 euros en 4 euros sur le ticket.",
        "blame_shifting",
        "le logiciel de caisse a converti",
        "Bonjour, le terminal de caisse a lâché samedi, on était deux au comptoir.",
    ),
    (
        "Bonjour, l'ordinateur a effacé la dernière page de votre mémoire.",
        "blame_shifting",
        "l'ordinateur a effacé",
        "Bonjour, l'ordinateur a généré votre attestation ce matin, la voici.",
    ),
    # an agentless passive told as a past event, the writer nowhere in the sentence
    (
        "Bonjour, le service de messagerie a été interrompu mardi entre 9 h et 11 h.",
        "passive_voice_evasion",
        "a été interrompu",
        "Bonjour, votre demande a été transmise au service concerné. Il vous répond demain.",
    ),
    # a sending verb in the passive, with how it went (« en », « avec »)
    (
        "Bonjour, les photos ont été envoyées en basse définition. On les renvoie.",
        "passive_voice_evasion",
        "envoyées en basse définition",
        "Bonjour, une nouvelle date vous est proposée le 3 mars à 9 h.",
    ),
    # a plea for understanding frames what follows as the reason
    (
        "Désolée. Il faut dire que nous ne sommes que deux au comptoir depuis septembre.",
        "excuse",
        "Il faut dire que",
        "Désolée. Il faut dire que j'ai mal lu votre mail. Je corrige ce soir.",
    ),
    (
        "Pardon. Une urgence chez un autre client, je ne pouvais pas faire autrement, vous "
        "comprenez.",
        "excuse",
        "faire autrement",
        "Je m'excuse, je comprends que ça vous stresse. Je vous rappelle demain à 9 h.",
    ),
    (
        "Désolée pour l'erreur. Honnêtement ça ne dépendait pas de moi.",
        "excuse",
        "ne dépendait pas de moi",
        "Désolée pour l'erreur. La date ne dépend que de vous : dites-moi laquelle.",
    ),
    # the scope talked down in other words: nobody will see it, nothing much, it goes away
    (
        "Désolé pour les pétales, les enfants ne vont même pas le remarquer.",
        "minimisation",
        "ne vont même pas le remarquer",
        "Désolé pour les pétales : vous ne verrez plus ce problème, je change de fournisseur.",
    ),
    (
        "Oui on a coupé la haie trop bas, mais ça ne change pas grand-chose.",
        "minimisation",
        "pas grand-chose",
        "Oui on a coupé la haie trop bas. Je la replante samedi, rien à payer.",
    ),
    (
        "Une petite tache sur le col, dans 2-3 lavages ça sera parti.",
        "minimisation",
        "ça sera parti",
        "J'ai taché le col. Le colis sera parti ce soir avec une chemise neuve.",
    ),
    # the fault handed to a named party
    (
        "Le retard de votre colis est imputable à notre prestataire logistique.",
        "blame_shifting",
        "imputable à notre prestataire",
        "Le retard de votre colis est dû à une erreur de ma part. Je vous le livre demain.",
    ),
    (
        "Vous avez validé le BAT, c'était à vous de repérer la faute.",
        "blame_shifting",
        "c'était à vous de",
        "Le BAT est prêt : c'est à vous de choisir la date d'impression.",
    ),
    # the client or a person in another role doing a past act told as faulty
    (
        "Bonjour, vous nous avez transmis vos justificatifs le 28 au lieu du 15.",
        "blame_shifting",
        "vous nous avez transmis",
        "Bonjour, vous avez reçu le mauvais colis. Le bon part demain à 9 h.",
    ),
    (
        "Notre nouveau chef de cuisine n'a pas respecté la fiche allergènes.",
        "blame_shifting",
        "chef de cuisine",
        "Notre nouveau chef de cuisine a refait la fiche allergènes ce matin.",
    ),
    # a remedy verb denied in the passive, and « n'a pas pu être » + participle
    (
        "Bonjour, l'information n'a pas été mise à jour sur l'annonce.",
        "passive_voice_evasion",
        "n'a pas été mise à jour",
        "Bonjour, l'annonce a été mise à jour ce matin.",
    ),
    (
        "Bonjour, votre contrat de mission n'a pas pu être établi à temps.",
        "passive_voice_evasion",
        "n'a pas pu être établi",
        "Bonjour, votre contrat de mission pourra être établi dès lundi.",
    ),
    # a thing that was unavailable or stopped doing its job, by itself
    (
        "Bonjour, votre site a été indisponible une partie de la nuit.",
        "passive_voice_evasion",
        "a été indisponible",
        "Bonjour, votre site sera indisponible cette nuit pour la mise à jour prévue.",
    ),
    # the fault put on a named party by « dû à », through a noun (« une intervention de … »)
    (
        "Désolés. Celle-ci est due à une intervention de notre sous-traitant sur la ligne.",
        "blame_shifting",
        "due à une intervention de notre sous-traitant",
        "Désolés. Celle-ci est due à une erreur de ma part sur la ligne. Je corrige ce soir.",
    ),
    # a pronoun taking up a role named before (a role split by the parse: see below)
    (
        "Votre dossier avait été confié à un alternant, et il n'a pas suivi la procédure.",
        "blame_shifting",
        "il n'a pas suivi",
        # (the delegation owned: told as an agentless passive, the learned layer retrained on
        # rounds 38-39 reads the hand-over itself as putting the file on someone else)
        "J'avais confié votre dossier à un alternant, et il l'a transmis hier.",
    ),
    # the client's part told by what came late or who approved it
    (
        "Vos pièces justificatives nous sont parvenues très tard.",
        "blame_shifting",
        "parvenues très tard",
        "Vos pièces justificatives nous sont parvenues hier, merci.",
    ),
    (
        "Nous rappelons que le BAT a été validé par vos soins le 3 mars.",
        "blame_shifting",
        "validé par vos soins",
        "Nous rappelons que le BAT a été validé par nos soins le 3 mars : l'erreur est à nous.",
    ),
    # a circumstance as the subject that hindered the work
    (
        "La période estivale et les intempéries ont fortement ralenti nos services.",
        "excuse",
        "ont fortement ralenti nos services",
        "Un bug de notre logiciel a ralenti vos commandes.",
    ),
    # « entre A et B, » then any shortfall of the writer's
    (
        "Entre mon ordi qui a planté et mes enfants malades, je n'avais pas les moyens de "
        "faire mieux.",
        "excuse",
        "pas les moyens",
        "Entre 8 h et 12 h, je n'avais pas de technicien libre : je vous en envoie un à 14 h.",
    ),
    # the fault named with a shrinking adjective after it
    (
        "Il s'agit d'un écart minime, quelques euros par lot.",
        "minimisation",
        "écart minime",
        "Il s'agit d'un écart de 40 euros par lot, que nous vous remboursons.",
    ),
    # hedged apologies: what « you may have » met, « may have felt »
    (
        "Nous regrettons les désagréments que vous avez pu rencontrer lors de la livraison.",
        "conditional_apology",
        "que vous avez pu rencontrer",
        "Nous regrettons le retard de la livraison, dont nous sommes responsables.",
    ),
    (
        "Nous sommes navrés que certains copropriétaires aient pu se sentir mal informés.",
        "conditional_apology",
        "aient pu se sentir",
        "Nous sommes navrés de ne pas avoir informé les copropriétaires.",
    ),
    # a circumstance brought by « suite à » after a greeting, with delays as the result
    (
        "Bonjour, suite aux grèves, des retards de livraison sont à prévoir.",
        "excuse",
        "suite aux grèves",
        "Bonjour, suite à la mise à jour d'hier, des commandes n'ont pas été enregistrées.",
    ),
    # a person in another role put forward: a cleft with a fault, the source of the errors
    (
        "Allô, c'est notre pigiste qui a oublié de renouveler votre nom de domaine.",
        "blame_shifting",
        "notre pigiste qui a oublié",
        "Allô, c'est notre pigiste qui vous rappellera demain à 9 h pour le nom de domaine.",
    ),
    (
        "Les chiffres erronés viennent de la relectrice que j'avais mandatée.",
        "blame_shifting",
        "viennent de la relectrice",
        "Les fleurs viennent de la fleuriste du marché, comme convenu.",
    ),
    # the hearsay conditional of a past passive, a subjunctive one, a delivery with what was
    # wrong about it
    (
        "Bonjour, un visuel non validé aurait apparemment été mis en ligne par erreur.",
        "passive_voice_evasion",
        "aurait apparemment été mis en ligne",
        "Bonjour, votre nouvelle commande aurait été expédiée ce matin, je vérifie.",
    ),
    (
        "Il semblerait que certains cartons aient été endommagés lors du transport.",
        "passive_voice_evasion",
        "aient été endommagés",
        "Bien que les cartons aient été livrés hier, la facture reste à venir.",
    ),
    (
        "Madame, vos lunettes ont été livrées avec des verres non polarisés.",
        "passive_voice_evasion",
        "non polarisés",
        "Madame, vos lunettes ont été livrées avec leur étui ce matin.",
    ),
]


@pytest.mark.parametrize(("draft", "label", "phrase", "near_miss"), PATTERNS)
def test_pattern_and_its_near_miss(draft: str, label: str, phrase: str, near_miss: str):
    found = labelled(draft, label)
    assert any(phrase in span for span in found), (draft, label, found)
    assert labelled(near_miss, label) == [], (near_miss, label)


@pytest.mark.parametrize(
    "draft",
    [
        # an act told against what was due owns the error
        "Je vous ai facturé 420 euros alors que le devis était de 350.",
        "J'ai envoyé le rappel de paiement alors que votre virement était arrivé la veille.",
        "J'ai commandé vos verres sans l'antireflet demandé.",
        "Ce n'était pas correct de ma part.",
        "Yo Kev, ouais j'ai un peu débordé sur la ligne.",
        # spoken « on » for « nous », when the act is told as faulty
        "Bonjour, on vous a donné la boîte de 500 mg au lieu de 1 g.",
        "Oui on a coupé la haie plus bas que prévu.",
    ],
)
def test_ownership_in_other_words(draft: str):
    result = check(draft, "fr")
    assert "missing_responsibility" not in result.missing, draft
    assert not [f for f in result.findings if f.label == "excuse"], draft


@pytest.mark.parametrize(
    ("draft", "has_remedy"),
    [
        ("J'ai posé l'enseigne à l'envers. Je reviens la remonter jeudi à 8 h.", True),
        ("J'ai posé l'enseigne à l'envers. Je reviens vers vous jeudi à 8 h.", False),
        ("J'ai oublié l'album. Il sera chez vous le 15 octobre.", True),
        ("J'ai taché le plancher. Je reviens samedi à 9 h pour le poncer.", True),
        ("J'ai coupé la haie trop bas. Je reviens mardi pour finir les massifs.", False),
        ("J'ai oublié de vous rappeler. Je vous appelle demain à 9 h avec les résultats.", True),
        # the error was a call not made: the call at a set time is the remedy
        ("J'ai oublié de vous rappeler. Je vous appelle demain à 9 h.", True),
        ("J'ai oublié la date de livraison. Je vous appelle demain à 9 h.", False),
        ("J'ai raté le mur. Le peintre repasse lundi à 8 h pour la nouvelle couche.", True),
        ("J'ai mal réglé le vélo. Il vous attend au magasin dès 16 h aujourd'hui.", True),
        ("J'ai mal réglé le vélo. Je vous attends au magasin dès 16 h aujourd'hui.", False),
        ("Le calendrier n'a pas été affiché. Il le sera d'ici lundi.", True),
        ("J'ai oublié le voyant. Passez demain entre 8 h et 12 h.", True),
        ("J'ai oublié la date. Nous avons obtenu une nouvelle date, le 22 à 10 h 30.", True),
        ("J'ai oublié la date. Nous avons obtenu votre dossier le 22 à 10 h 30.", False),
        ("J'ai facturé deux fois. Le remboursement sera effectué sous 5 à 7 jours ouvrés.", True),
        ("J'ai facturé deux fois. Un avoir sera appliqué sur votre prochaine facture.", True),
        ("Si vous avez été affecté ce matin, nous vous prions de nous en excuser.", False),
        ("J'ai oublié le pain de samedi et je vous demande pardon.", False),
        ("J'ai supprimé la règle. Tout fonctionne de nouveau depuis 10 h.", True),
        ("Nous n'avons pas livré mardi, c'est notre erreur et on s'en excuse.", False),
    ],
)
def test_remedies_told_by_coming_back_or_arriving(draft: str, has_remedy: bool):
    assert ("missing_solution" not in check(draft, "fr").missing) is has_remedy, draft


@pytest.mark.parametrize(
    "draft",
    [
        # « on » that acts on the speaker, or an act not told as faulty, owns nothing
        "Bonjour, on m'a livré les mauvaises pièces hier.",
        "Désolé si le rendu ne te plaît pas, mais on a suivi exactement le dessin validé.",
    ],
)
def test_impersonal_on_owns_nothing(draft: str):
    assert "missing_responsibility" in check(draft, "fr").missing, draft


@pytest.mark.parametrize(
    ("draft", "apologises"),
    [
        ("Mille excuses, j'ai programmé la newsletter avec le mauvais code.", True),
        ("Je n'ai aucune excuse. Je vous prie de me pardonner.", True),
        ("Sorry, c'est ma faute, la salle avait changé.", True),
        ("Je n'ai aucune excuse, j'ai programmé le mauvais code.", False),
    ],
)
def test_apologies_in_other_words(draft: str, apologises: bool):
    assert ("missing_apology" not in check(draft, "fr").missing) is apologises, draft


def test_a_fault_given_with_si_is_a_cause_not_a_condition():
    draft = (
        "Je m'excuse : notre graphiste a oublié le logo, c'est de sa faute si le rendu est flou."
    )
    assert not [f for f in check(draft, "fr").findings if f.label == "conditional_apology"]


def test_ones_own_part_declared_flawless_is_not_ownership():
    draft = (
        "Votre informaticien a modifié les DNS. De notre côté tout était configuré correctement."
    )
    assert "missing_responsibility" in check(draft, "fr").missing
    owned = "De notre côté, nous avons oublié de renouveler le certificat."
    assert "missing_responsibility" not in check(owned, "fr").missing


@pytest.mark.parametrize(
    ("draft", "owned"),
    [
        # « être » as the past tense's auxiliary: an act, owned when told as not done or flawed
        ("Je ne suis pas venu hier pour la chaudière, désolé.", True),
        ("Nous sommes arrivés à 11 h au lieu de 8 h pour votre déménagement.", True),
        ("Je suis tombé malade la veille du chantier.", False),
        ("Je ne suis pas satisfait du résultat du transporteur.", False),
        # the fault named, then owned in a relative clause
        ("Toutes mes excuses pour l'erreur de montant que j'ai faite sur la facture.", True),
        ("C'est un bug que nous avons introduit vendredi.", True),
        ("Le problème que j'ai constaté vient du fournisseur.", False),
        # an act admitted in a past infinitive
        ("Je reconnais avoir oublié de vous transmettre le procès-verbal.", True),
        ("Je reconnais que le délai était court.", False),
        # the writer's firm or team as a whole, acting or blamed by itself
        ("Notre étude a transmis à votre banque un décompte erroné. Désolé.", True),
        ("Nos équipes n'ont pas effectué le nettoyage jeudi soir.", True),
        ("C'est notre étude qui l'a mal retranscrit.", True),
        ("C'est une erreur de notre cabinet, veuillez nous en excuser.", True),
        ("Cette erreur m'est entièrement imputable.", True),
        ("Notre équipe a livré vos meubles hier.", False),
        ("Notre stagiaire a oublié votre commande.", False),
        ("Le retard est imputable à notre fournisseur.", False),
        # a passive whose agent is the writer, told with its flaw
        ("Les fiches de paie ont été établies par nous avec l'ancien barème.", True),
        ("Les fiches de paie corrigées ont été établies par nous ce matin.", False),
        # an act of one's own told as late, an adverb between auxiliary and participle
        ("J'ai rendu les maquettes du catalogue en retard, j'en suis navrée.", True),
        ("J'ai rendu les maquettes du catalogue lundi.", False),
        ("Pardon, j'ai effectivement saisi deux fois la même ligne.", True),
        # an act of one's own narrated beside the apology is what the apology is for
        ("J'ai laissé une trace de colle sur la vitrine. Désolée.", True),
        ("Désolée, j'ai utilisé du papier recyclé pour vos cartes.", True),
        ("J'ai laissé un message à votre assistante hier. Désolée pour le délai.", False),
        ("Désolée si vous trouvez que j'ai utilisé trop de papier.", False),
        ("Désolé, le mail d'info qu'on a envoyé était clair pourtant.", False),
    ],
)
def test_ownership_by_structure(draft: str, owned: bool):
    assert ("missing_responsibility" not in check(draft, "fr").missing) is owned, draft


def test_another_partys_act_beside_a_disclaimer_is_blame():
    draft = (
        "Bonjour, vos loyers n'ont pas été reversés le 5. Le notaire a mis une semaine à signer "
        "l'acte, ça ne dépendait pas de nous. Nous suivons le dossier."
    )
    result = check(draft, "fr")
    blamed = [f.text for f in result.findings if f.label == "blame_shifting"]
    assert any("Le notaire a mis une semaine" in text for text in blamed), result.findings
    # the act names a cause, not who failed: the agentless failure before it is still evasion
    assert any(f.label == "passive_voice_evasion" for f in result.findings)
    near_miss = "Le notaire a mis une semaine à signer l'acte. Nous suivons le dossier."
    assert not labelled(near_miss, "blame_shifting")


@pytest.mark.parametrize(
    ("draft", "phrase", "near_miss"),
    [
        # the harm sized down to a small count given as the whole of it
        (
            "Désolé pour la coupure, c'était 3 minutes, personne n'est parti.",
            "c'était 3 minutes",
            "Désolé pour la coupure. Le local est à 3 minutes à pied, je vous y attends.",
        ),
        (
            "Le décalage ne représente que deux pixels sur l'affiche.",
            "deux pixels",
            "Le décalage sur l'affiche a été corrigé, je vous renvoie le fichier à 15 h.",
        ),
        # nobody minds, the kind of thing that happens, a fix told in minutes
        (
            "Un courriel en double, c'est le genre de chose qui arrive, personne ne s'en offusque.",
            "personne ne s'en offusque",
            "Un courriel en double est parti, personne n'a été facturé deux fois.",
        ),
        (
            "Quelques gravats restent au fond, ça se balaie en deux minutes.",
            "ça se balaie en deux minutes",
            "Quelques gravats restent au fond, je passe les balayer demain à 8 h.",
        ),
        # an effect denied, a belittling predicate
        (
            "Une séance en moins, ça ne va pas te gâcher la saison.",
            "ça ne va pas te gâcher la saison",
            "Une séance en moins : je te la rattrape samedi à 10 h.",
        ),
        (
            "Ce retard de livraison reste somme toute marginal.",
            "reste somme toute marginal",
            "Ce retard de livraison reste de ma responsabilité.",
        ),
    ],
)
def test_understatement_by_size_and_indifference(draft: str, phrase: str, near_miss: str):
    assert any(phrase in text for text in labelled(draft, "minimisation")), draft
    assert not labelled(near_miss, "minimisation"), near_miss


@pytest.mark.parametrize(
    ("draft", "phrase", "near_miss"),
    [
        # a thing told with its source (the client, another party), then as flawed or the cause
        (
            "Bonjour, le logo que vous nous aviez fourni était pixelisé, d'où le rendu flou.",
            "le logo que vous nous aviez fourni était pixelisé",
            "Bonjour, le logo que vous nous aviez fourni était parfait, je l'ai mal recadré.",
        ),
        (
            "Bonjour, le métrage transmis par votre architecte ne comportait pas la mezzanine.",
            "le métrage transmis par votre architecte",
            "Bonjour, le métrage transmis par nos soins ne comportait pas la mezzanine.",
        ),
    ],
)
def test_a_sourced_things_flaw_is_blame(draft: str, phrase: str, near_miss: str):
    assert any(phrase in text for text in labelled(draft, "blame_shifting")), draft
    assert not labelled(near_miss, "blame_shifting"), near_miss


def test_a_sourced_thing_hides_no_one_but_the_failure_before_it_still_does():
    draft = (
        "Les attestations ont été émises avec une mauvaise adresse. L'adresse fournie par votre "
        "ancien syndic était erronée."
    )
    evasions = labelled(draft, "passive_voice_evasion")
    assert any("ont été émises" in text for text in evasions)
    assert not any("fournie par" in text for text in evasions)


@pytest.mark.parametrize(
    ("draft", "has_remedy"),
    [
        # after the error, the writer's dated act on the thing itself is the remedy done
        (
            "Le code d'accès a été envoyé à un autre locataire. Pardon. Je l'ai désactivé à 8 h.",
            True,
        ),
        ("Le code d'accès a été envoyé à un autre locataire. Pardon. Je l'ai oublié à 8 h.", False),
        ("Je l'ai réglé ce matin à 9 h, désolé pour le double prélèvement.", False),
    ],
)
def test_a_remedy_done_to_the_thing_itself(draft: str, has_remedy: bool):
    assert ("missing_solution" not in check(draft, "fr").missing) is has_remedy, draft


@pytest.mark.parametrize(
    ("draft", "near_miss"),
    [
        # a remedy told as a state of the world, with no act of the writer's: the learned remedy
        # model reads it; the same state told in the past is what was planned, not a remedy
        (
            "Pardon, j'ai mal noté l'adresse. Le technicien est programmé jeudi entre 8 h et 10 h.",
            "Pardon, j'ai mal noté l'adresse. Le technicien était programmé jeudi entre 8 h et "
            "10 h.",
        ),
        (
            "J'ai mal noté l'adresse. Le technicien est programmé jeudi entre 8 h et 10 h.",
            "J'ai mal noté l'adresse. Je vous appelle jeudi entre 8 h et 10 h.",
        ),
    ],
)
def test_a_remedy_told_as_a_state_is_read_by_the_remedy_model(draft: str, near_miss: str):
    assert "missing_solution" not in check(draft, "fr").missing, draft
    assert "missing_solution" in check(near_miss, "fr").missing, near_miss


@pytest.mark.parametrize(
    ("draft", "near_miss"),
    [
        # one's own past act given as the cause of the fault; receiving is not acting
        (
            "Le vernis de votre table s'est craquelé parce que je l'ai appliqué par temps humide. "
            "Je vous prie de m'excuser.",
            "Désolé, la livraison est arrivée tard parce que j'ai reçu les pièces lundi.",
        ),
        # « c'est moi. » after an apology; « de mon côté » after « faire » owns nothing
        ("J'ai réglé la pression trop bas mardi. Désolé, c'est moi.", "Désolé. C'est Marc."),
        (
            "Désolé, le terminal a bugué. C'est ma faute.",
            "Désolé, le terminal a bugué. Je ne sais pas ce que je peux faire de mon côté.",
        ),
    ],
)
def test_ownership_by_cause_and_short_cleft(draft: str, near_miss: str):
    assert "missing_responsibility" not in check(draft, "fr").missing, draft
    assert "missing_responsibility" in check(near_miss, "fr").missing, near_miss


@pytest.mark.parametrize(
    ("draft", "phrase", "near_miss"),
    [
        # a third party that let the writer down, or is judged worthless
        (
            "Désolée pour le gîte. La femme de ménage n'est pas passée samedi, elle m'a lâchée.",
            "La femme de ménage",
            "Désolée pour le gîte. La femme de ménage est passée samedi et a tout nettoyé.",
        ),
        (
            "Désolée pour les tirages, le labo est vraiment n'importe quoi en ce moment.",
            "le labo",
            "Désolée pour les tirages, le labo est fermé en ce moment.",
        ),
        # a disclaimer beside a third party's act: « faut s'en prendre à eux, pas à nous »
        (
            "Désolé. C'est le terminal de la banque qui a bugué, faut s'en prendre à eux, pas à "
            "nous.",
            "le terminal",
            "Désolé pour le double débit, il faut s'en prendre à moi, je rembourse aujourd'hui.",
        ),
    ],
)
def test_blame_on_a_let_down_or_a_disclaimer(draft: str, phrase: str, near_miss: str):
    assert any(phrase in text for text in labelled(draft, "blame_shifting")), draft
    assert not labelled(near_miss, "blame_shifting"), near_miss


def test_a_bare_excusez_apologises():
    assert "missing_apology" not in check("J'ai rayé le lavabo, excusez.", "fr").missing
    assert "missing_apology" in check("Ne vous excusez pas, le lavabo est rayé.", "fr").missing


def test_role_split_by_the_parse_is_blame():
    draft = "Je précise que le livreur partenaire n'a visiblement pas respecté les consignes."
    assert any("livreur partenaire" in span for span in labelled(draft, "blame_shifting"))
    # The rules leave the near miss alone. The learned layer, retrained with rounds 40-41 (many
    # couriers at fault), scores its clause 0.71 for blame: a bag of words and 4-grams does not
    # see that only the negation differs. A French blame threshold high enough to spare it
    # (0.75) costs 0.011 of pooled macro-F1 on the writers left out, so the layer keeps 0.35.
    near_miss = (
        "Je précise que le livreur partenaire a respecté les consignes : le colis est intact."
    )
    found = french.analyse(near_miss).findings
    assert not [f for f in found if f.label == "blame_shifting"], near_miss


@pytest.mark.parametrize(
    ("draft", "has_remedy"),
    [
        # waiting for the client in order to do the act is a remedy; waiting alone is not
        ("J'ai inversé les verres. Je vous attends jeudi à 10 h pour les remonter.", True),
        ("J'ai inversé les verres. Je vous attends jeudi à 10 h.", False),
        # the remedy visit planned, told without a verb of one's own; a planned one that failed
        ("Le portail est bloqué par ma faute. Intervention prévue vendredi à 10 h.", True),
        ("Le portail est bloqué par ma faute. L'intervention prévue jeudi n'a pas eu lieu.", False),
    ],
)
def test_remedies_waited_for_or_planned(draft: str, has_remedy: bool):
    assert ("missing_solution" not in check(draft, "fr").missing) is has_remedy, draft


def test_things_sent_out_of_order_are_evasion():
    draft = "Désolée, le carrousel est parti avec les slides dans le désordre."
    assert labelled(draft, "passive_voice_evasion"), draft
    # the rule's near miss (since session 8's retraining the learned layer alone reads an evasion
    # in it at 0.42, just over its 0.4 threshold; a layer false alarm, left visible here)
    near_miss = "Le carrousel est parti ce matin avec les slides."
    assert not rule_labels(near_miss, "passive_voice_evasion")


@pytest.mark.parametrize(
    ("draft", "near_miss"),
    [
        # a fault event that « took place », things that « vanished » told by a pronoun, a leak
        # that appeared: nobody did it
        (
            "Une inversion de boîtes a eu lieu lors de la délivrance. Désolés.",
            "La délivrance a eu lieu mardi comme prévu. Désolés pour l'attente au comptoir.",
        ),
        (
            "Vos lunettes : elles ont disparu lors du changement de chambre. Désolés.",
            "Vos lunettes : elles sont prêtes depuis le changement de chambre. Désolés.",
        ),
        (
            "Une fuite est apparue sur les tôles posées la semaine dernière. Désolés.",
            "Une éclaircie est apparue sur les tôles posées la semaine dernière.",
        ),
    ],
)
def test_fault_events_with_no_one_behind_them(draft: str, near_miss: str):
    assert labelled(draft, "passive_voice_evasion"), draft
    # the rules leave the near miss alone (the learned layer, trained on agentless fault
    # events, still reads « … a eu lieu », « … est apparue » as evasion on its own)
    found = french.analyse(near_miss).findings
    assert not [f for f in found if f.label == "passive_voice_evasion"], near_miss


@pytest.mark.parametrize(
    ("draft", "near_miss"),
    [
        # a setting of one's own « trop fort »; a visit not made « comme promis »
        (
            "Désolé, j'ai mis l'électrostim beaucoup trop fort.",
            "Désolé, j'ai mis l'électrostim plus fort à ta demande.",
        ),
        (
            "Désolé, je ne suis pas passé pour votre chaudière lundi comme promis.",
            "Désolé, le technicien n'est pas passé pour votre chaudière lundi comme promis.",
        ),
    ],
)
def test_ownership_of_a_setting_or_a_promise_not_kept(draft: str, near_miss: str):
    assert "missing_responsibility" not in check(draft, "fr").missing, draft
    assert "missing_responsibility" in check(near_miss, "fr").missing, near_miss


def test_sorry_it_seemed_long_is_conditional():
    draft = "Je regrette que l'immobilisation de votre véhicule vous ait paru longue."
    assert labelled(draft, "conditional_apology"), draft
    assert not labelled(
        "Je regrette que l'immobilisation de votre véhicule ait duré dix jours par ma faute.",
        "conditional_apology",
    )


def test_hands_tied_is_an_excuse():
    assert labelled("Désolé, avec leurs délais on est pieds et poings liés.", "excuse")
    assert not labelled("Désolé, je vous livre demain à 9 h, pieds nus s'il le faut.", "excuse")


def test_a_vague_promise_is_no_remedy_for_the_remedy_model():
    draft = "Je suis désolée de ne pas vous avoir rappelé. Je vous recontacte dès que possible."
    assert "missing_solution" in check(draft, "fr").missing
    remedy = "Je suis désolée de ne pas vous avoir rappelé. Je vous rappelle demain à 9 h avec les "
    assert "missing_solution" not in check(remedy + "résultats.", "fr").missing


@pytest.mark.parametrize(
    ("draft", "near_miss"),
    [
        # a modal over a passive, no agent: what could not be done, told with no one behind it
        (
            "Bonjour, la terrasse n'a pas pu être terminée jeudi comme convenu.",
            "Bonjour, la terrasse pourra être terminée jeudi à 9 h.",
        ),
        (
            "Bonjour, les stores n'ont pas pu être posés mardi.",
            "Bonjour, les stores pourront être posés mardi à 14 h.",
        ),
    ],
)
def test_could_not_be_done_without_agent_is_evasion(draft: str, near_miss: str):
    found = french.analyse(draft).findings
    assert [f for f in found if f.label == "passive_voice_evasion"], draft
    assert not [f for f in found if f.label == "blame_shifting"], draft
    assert not labelled(near_miss, "passive_voice_evasion"), near_miss


def test_could_not_be_done_with_its_agentless_cause_flags_the_cause():
    draft = (
        "Bonjour, la terrasse n'a pas pu être terminée jeudi, le béton ayant été coulé trop tard."
    )
    spans = [
        draft[f.start : f.end]
        for f in french.analyse(draft).findings
        if f.label == "passive_voice_evasion"
    ]
    assert spans and not any("terminée" in span for span in spans), spans


@pytest.mark.parametrize(
    "draft",
    [
        # « si » tagged as an adverb by the small model still opens the apology's condition
        "Bonjour M. Dupuis, toutes mes excuses si jamais le bruit du chantier vous a dérangé.",
        "Bonjour Mme Leroy, toutes mes excuses si jamais la facture vous a surprise.",
    ],
)
def test_apology_if_ever_is_conditional(draft: str):
    # the rules themselves (the learned layer already caught some of these)
    found = french.analyse(draft).findings
    assert [f for f in found if f.label == "conditional_apology"], draft
    assert "missing_apology" in check(draft, "fr").missing, draft


def test_intensifier_si_is_no_condition():
    for near_miss in (
        "Bonjour M. Dupuis, toutes mes excuses, le bruit du chantier était si fort hier.",
        "Bonjour M. Dupuis, toutes mes excuses pour une attente si longue.",
    ):
        # the rules (the learned layer, already before, reads any « si » beside an apology
        # as a condition on its own)
        found = french.analyse(near_miss).findings
        assert not [f for f in found if f.label == "conditional_apology"], near_miss


def test_size_word_inside_a_conditional_apology_is_not_minimisation():
    draft = (
        "Madame, toutes mes excuses si le petit décalage des horaires a compliqué votre journée."
    )
    assert labelled(draft, "conditional_apology")
    assert not labelled(draft, "minimisation")
    # told outside a condition, the size word still talks the fault down
    near_miss = "Madame, toutes mes excuses pour le petit décalage des horaires."
    assert labelled(near_miss, "minimisation")


def rule_labels(draft: str, label: str) -> list[str]:
    """What the rules alone flag (the learned layer catches some of these on its own)."""
    return [draft[f.start : f.end] for f in french.analyse(draft).findings if f.label == label]


@pytest.mark.parametrize(
    ("draft", "near_miss"),
    [
        # the client's part in a counterfactual: what the writer could have done, had they…
        (
            "Bonjour, si vous m'aviez prévenue plus tôt, j'aurais pu décaler le rendez-vous.",
            "Bonjour, si j'avais relu vos plans lundi, j'aurais pu voir l'erreur.",
        ),
        # what the client should have said, as an impersonal obligation
        (
            "Bonjour, il aurait fallu nous le signaler avant la pose.",
            "Bonjour, il aurait fallu que je vérifie les mesures avant la pose.",
        ),
        # the work held up, with insistence, as what the client asked for
        (
            "Bonjour, les rideaux sont pourtant conformes à ce que vous aviez commandé.",
            "Bonjour, les nouveaux rideaux correspondront à ce que vous avez commandé.",
        ),
    ],
)
def test_blame_on_the_client_by_what_they_should_have_done(draft: str, near_miss: str):
    assert rule_labels(draft, "blame_shifting"), draft
    assert not rule_labels(near_miss, "blame_shifting"), near_miss


def test_could_have_after_the_clients_counterfactual_owns_nothing():
    draft = "Bonjour, si vous m'aviez prévenue plus tôt, j'aurais pu décaler le rendez-vous."
    assert "missing_responsibility" in check(draft, "fr").missing
    owned = "Bonjour, j'aurais pu décaler le rendez-vous et je ne l'ai pas fait."
    assert "missing_responsibility" not in check(owned, "fr").missing


@pytest.mark.parametrize(
    ("draft", "near_miss"),
    [
        # doubting one's own vocation or worth
        (
            "Pardon. Honnêtement, je me demande pourquoi je fais encore ce travail.",
            "Pardon. Je me demande pourquoi le colis est reparti chez le transporteur.",
        ),
        (
            "Pardon. Je me demande comment vous pouvez encore me faire confiance.",
            "Pardon. Je me demande comment vous avez reçu l'ancienne version.",
        ),
        (
            "Pardon, je ne suis plus capable d'aligner deux chiffres correctement.",
            "Pardon, le four n'est plus capable de monter à 250 degrés.",
        ),
        # « je n'arrive plus à suivre » tells the workload, not one's worth
        (
            "Pardon, je n'arrive plus à rien depuis des semaines.",
            "Pardon, avec les inventaires de fin d'année, je n'arrive plus à suivre.",
        ),
    ],
)
def test_self_flagellation_as_doubting_ones_worth(draft: str, near_miss: str):
    assert rule_labels(draft, "self_flagellation"), draft
    assert not labelled(near_miss, "self_flagellation"), near_miss


def test_a_denial_inside_blame_is_part_of_the_blame():
    draft = (
        "Bonjour, c'est l'installateur qui a branché le mauvais câble, nous n'y sommes pour rien."
    )
    assert labelled(draft, "blame_shifting")
    assert not labelled(draft, "excuse")
    # beside a circumstance, the same denial is an excuse
    near_miss = (
        "Bonjour, avec la tempête de mardi, impossible de livrer, nous n'y sommes pour rien."
    )
    assert labelled(near_miss, "excuse")
    # powerlessness stays an excuse, even inside the blame
    powerless = "Bonjour, c'est l'installateur qui a branché le mauvais câble, je n'y pouvais rien."
    assert labelled(powerless, "excuse")


@pytest.mark.parametrize(
    ("draft", "near_miss"),
    [
        # a machine that broke down excuses (it hides no one); owned beside it, it does not
        (
            "Bonjour, désolé pour le retard. Notre imprimante est tombée en panne lundi matin.",
            "Bonjour, notre imprimante est tombée en panne, mais c'est moi qui ai oublié de vous "
            "prévenir.",
        ),
        # a busy period set beside the shortfall told just before it
        (
            "Bonjour, la réservation a été oubliée, la saison des mariages est tellement intense "
            "chez nous.",
            "Bonjour, la saison des mariages commence en mai, nous réservons deux mois à l'avance.",
        ),
        # « pendant » a disruption of one's own, called chaotic
        (
            "Bonjour, les cartons ont été abîmés pendant notre déménagement, une semaine très "
            "mouvementée.",
            "Bonjour, les cartons seront livrés pendant la semaine du 12.",
        ),
        # the writer's lack of sleep; the client's is no excuse
        (
            "Pardon. Je dors quatre heures par nuit depuis l'ouverture du magasin.",
            "Pardon, vous avez eu des nuits blanches à cause du bruit du chantier.",
        ),
    ],
)
def test_excuses_of_breakdown_workload_and_fatigue(draft: str, near_miss: str):
    spans = rule_labels(draft, "excuse")
    assert spans, draft
    assert all(span == span.strip() for span in spans), spans
    assert not rule_labels(near_miss, "excuse"), near_miss


def test_a_breakdown_is_no_evasion():
    draft = "Bonjour, désolé pour le retard. Notre imprimante est tombée en panne lundi matin."
    assert not rule_labels(draft, "passive_voice_evasion")


def test_a_present_passive_describing_the_defect_already_told_is_no_evasion():
    draft = "Bonjour, il y a eu une erreur d'impression, le logo de votre carte est coupé en deux."
    spans = rule_labels(draft, "passive_voice_evasion")
    assert spans and not any("coupé" in span for span in spans), spans
    # told on its own, the defect still hides who did it; so does the past passive
    for near_miss in (
        "Bonjour, le logo de votre carte est coupé en deux.",
        "Bonjour, il y a eu une erreur, le logo de votre carte a été coupé en deux.",
    ):
        spans = rule_labels(near_miss, "passive_voice_evasion")
        assert any("coupé" in span for span in spans), near_miss
    # a verb whose past takes « être » is still the past told without its doer
    draft = "Bonjour, il y a eu une erreur, votre colis est parti chez le mauvais client."
    assert any("parti" in span for span in rule_labels(draft, "passive_voice_evasion"))


def test_a_third_party_judged_a_disaster_is_blame():
    draft = "Bonjour, pardon : la fleuriste que j'avais réservée a été une catastrophe."
    assert rule_labels(draft, "blame_shifting"), draft
    near_miss = "Bonjour, pardon : la salle que j'avais réservée a été une belle surprise."
    assert not rule_labels(near_miss, "blame_shifting"), near_miss


def test_acting_without_telling_the_client_owns_the_act():
    draft = (
        "Bonjour, j'ai remplacé le carrelage par un modèle plus clair sans vous consulter. Pardon."
    )
    assert "missing_responsibility" not in check(draft, "fr").missing
    near_miss = (
        "Bonjour, j'ai remplacé le carrelage par un modèle plus clair, comme convenu. Pardon."
    )
    assert "missing_responsibility" in check(near_miss, "fr").missing


def test_a_remedy_with_a_stated_lead_time_is_a_solution():
    draft = (
        "Désolé pour le format. Je peux relancer les étiquettes au bon format, comptez deux jours."
    )
    assert "missing_solution" not in check(draft, "fr").missing
    near_miss = (
        "Désolé pour le format. Je peux relancer les étiquettes au bon format dès que possible."
    )
    assert "missing_solution" in check(near_miss, "fr").missing


def test_an_indefinite_size_word_reports_the_fault_unless_other_cues_talk_it_down():
    draft = "Bonjour, une petite erreur s'est glissée dans votre devis. Je vous le renvoie demain."
    assert not rule_labels(draft, "minimisation"), draft
    for near_miss in (
        "Bonjour, une petite erreur s'est glissée dans votre devis, rien de grave.",
        "Bonjour, désolé pour ce petit oubli dans votre devis.",
    ):
        assert rule_labels(near_miss, "minimisation"), near_miss


def test_a_passive_infinitive_in_the_clients_feeling_is_no_evasion():
    draft = "Nous regrettons que vous ayez eu l'impression d'être mal conseillée en boutique."
    assert not rule_labels(draft, "passive_voice_evasion"), draft
    assert rule_labels("Votre dossier a été mal classé en boutique.", "passive_voice_evasion")


def test_a_faulty_passive_with_a_third_party_agent_is_blame():
    draft = "Bonjour, les factures ont été envoyées avec le mauvais taux par notre comptable."
    assert rule_labels(draft, "blame_shifting"), draft
    assert not rule_labels(draft, "passive_voice_evasion"), draft
    own = "Bonjour, les factures ont été envoyées avec le mauvais taux par notre équipe."
    assert not rule_labels(own, "blame_shifting"), own


def test_a_plea_covering_the_clients_part_is_blame_not_excuse():
    draft = (
        "Désolée. Il faut dire que les deux teintes se ressemblent, et c'est vous qui me les avez "
        "dictées au téléphone."
    )
    assert rule_labels(draft, "blame_shifting"), draft
    assert not rule_labels(draft, "excuse"), draft
    near_miss = (
        "Désolée. Il faut dire que les deux teintes se ressemblent beaucoup sur le nuancier."
    )
    assert rule_labels(near_miss, "excuse"), near_miss
    # powerlessness beside a third party's part stays an excuse
    powerless = (
        "Désolés. C'est dû à une erreur de notre prestataire, sur lequel nous n'avons aucune prise."
    )
    assert rule_labels(powerless, "excuse"), powerless


@pytest.mark.parametrize(
    "draft",
    [
        "Madame Leroy, dans la mesure où la coupure aurait pu vous gêner, nous vous prions de "
        "nous en excuser.",
        "Monsieur Caron, pour le cas où le bruit vous aurait dérangé, veuillez nous excuser.",
    ],
)
def test_a_condition_opening_the_sentence_after_a_greeting_conditions_the_apology(draft: str):
    assert rule_labels(draft, "conditional_apology"), draft


def test_a_greeting_then_a_condition_on_an_offer_is_no_conditional_apology():
    draft = "Madame Leroy, si vous le souhaitez, nous pouvons passer demain à 9 h."
    assert not rule_labels(draft, "conditional_apology"), draft


@pytest.mark.parametrize(
    ("draft", "near_miss"),
    [
        (
            "Bonjour, le joint a été trop serré de votre côté.",
            "Bonjour, le dossier a été transmis de votre côté au notaire mardi.",
        ),
        (
            "Bonjour, quelqu'un chez vous a dû couper le disjoncteur après mon passage.",
            "Bonjour, quelqu'un passera chez vous jeudi à 9 h pour le disjoncteur.",
        ),
    ],
)
def test_the_clients_side_as_the_doer(draft: str, near_miss: str):
    assert rule_labels(draft, "blame_shifting"), draft
    assert not rule_labels(near_miss, "blame_shifting"), near_miss


def test_ones_own_part_claimed_done_right_is_blame_not_ownership():
    draft = (
        "Désolé pour la réunion manquée. De mon côté, j'avais bien tout noté dans le planning ; "
        "c'est le traiteur qui ne l'a pas lu."
    )
    assert rule_labels(draft, "blame_shifting"), draft
    assert "missing_responsibility" in check(draft, "fr").missing
    owned = "Désolé pour la réunion manquée. L'erreur est de mon côté, j'ai mal noté l'heure."
    assert "missing_responsibility" not in check(owned, "fr").missing
    assert not rule_labels(owned, "blame_shifting"), owned


@pytest.mark.parametrize(
    "draft",
    [
        "Monsieur Perrin, nous sommes navrés : votre colis n'a pas été remis au transporteur "
        "avant la fermeture.",
        "Madame Colas, nous sommes au regret de vous annoncer que votre dossier n'a pas été "
        "déposé à la préfecture.",
    ],
)
def test_an_apology_framing_the_report_does_not_make_the_writer_its_doer(draft: str):
    spans = rule_labels(draft, "passive_voice_evasion")
    assert spans, draft
    assert all("navrés" not in span and "regret" not in span for span in spans), spans


def test_the_writer_named_in_the_report_itself_is_its_doer():
    near_miss = (
        "Monsieur Perrin, nous sommes navrés : nous n'avons pas remis votre colis au "
        "transporteur avant la fermeture."
    )
    assert not rule_labels(near_miss, "passive_voice_evasion"), near_miss


def test_veuillez_me_pardonner_is_an_apology_and_can_be_conditioned():
    draft = "Monsieur Roussel, veuillez me pardonner si ce contretemps vous a agacé."
    assert rule_labels(draft, "conditional_apology"), draft
    near_miss = "Monsieur Roussel, veuillez me pardonner : j'ai mal noté la date du rendez-vous."
    assert not rule_labels(near_miss, "conditional_apology"), near_miss
    assert "missing_apology" not in check(near_miss, "fr").missing


def test_a_relative_on_a_passives_agent_telling_their_fault_is_blame():
    draft = (
        "Bonjour, votre chambre a été vidée mardi par la femme de ménage, qui a jeté vos "
        "affaires sans prévenir la réception."
    )
    spans = rule_labels(draft, "blame_shifting")
    assert any(span.startswith("par la femme de ménage, qui") for span in spans), spans
    assert not rule_labels(draft, "passive_voice_evasion"), draft
    # the same agent doing their job: neither blame nor an act told without its doer
    near_miss = (
        "Bonjour, votre chambre a été préparée mardi par la femme de ménage, qui a changé les "
        "draps et les serviettes."
    )
    assert not rule_labels(near_miss, "blame_shifting"), near_miss
    assert not rule_labels(near_miss, "passive_voice_evasion"), near_miss


@pytest.mark.parametrize(
    "draft",
    [
        "Bonjour Lucie, tu m'avais envoyé le logo en basse qualité, donc forcément l'impression "
        "est floue.",
        "Bonjour Lucie, vous nous aviez transmis le texte la veille au soir, donc évidemment "
        "quelques coquilles sont restées.",
    ],
)
def test_the_clients_act_told_as_making_the_fault_inevitable_is_blame(draft: str):
    spans = rule_labels(draft, "blame_shifting")
    assert any(span.startswith(("tu m'avais", "vous nous aviez")) for span in spans), spans


def test_a_circumstance_or_a_choice_followed_is_no_blame():
    for near_miss in (
        # a circumstance made it inevitable: an excuse, not blame
        "Bonjour Lucie, il y avait trois chantiers la même semaine, alors forcément la tringle "
        "a été coupée trop vite.",
        # the client's choice followed as it should
        "Bonjour Lucie, vous aviez choisi le lin écru, donc nous avons commandé le lin écru.",
    ):
        assert not rule_labels(near_miss, "blame_shifting"), near_miss


@pytest.mark.parametrize(
    "draft",
    [
        "Bonjour, votre devis est parti sans la remise. Nous venons de changer de logiciel de "
        "facturation la semaine dernière et les réglages ne sont pas encore faits.",
        "Bonjour, le carrelage livré n'est pas le bon. Notre grossiste a changé tout son "
        "catalogue récemment, les codes ne correspondent plus.",
    ],
)
def test_a_recent_change_of_tools_or_suppliers_told_as_the_circumstance_is_an_excuse(draft: str):
    assert rule_labels(draft, "excuse"), draft
    assert not rule_labels(draft, "blame_shifting"), draft


def test_a_change_made_as_the_remedy_or_told_in_the_report_is_no_excuse():
    for near_miss in (
        # the change as the remedy, with no time of its own
        "Bonjour, le carrelage livré n'est pas le bon. Nous avons changé de grossiste et le "
        "bon modèle arrive jeudi.",
        # a change done to the client's work by a third party remains their act
        "Bonjour, le carrelage livré n'est pas le bon. Le poseur a changé le modèle sans vous "
        "prévenir.",
    ):
        assert not rule_labels(near_miss, "excuse"), near_miss
    assert rule_labels(
        "Bonjour, le carrelage livré n'est pas le bon. Le poseur a changé le modèle sans vous "
        "prévenir.",
        "blame_shifting",
    )


def test_en_meme_temps_que_a_thing_is_no_busy_excuse():
    draft = "Désolée, j'ai oublié de joindre la notice en même temps que le colis."
    assert not rule_labels(draft, "excuse"), draft
    busy = "Désolée, je gère trois chantiers en même temps, j'ai oublié de joindre la notice."
    assert rule_labels(busy, "excuse"), busy


def test_a_remedy_dated_by_a_named_months_bill():
    draft = (
        "Bonjour, vous avez été prélevé deux fois en mars ; le trop-perçu sera déduit sur votre "
        "facture de mai."
    )
    assert "missing_solution" not in check(draft, "fr").missing
    near_miss = "Bonjour, vous avez été prélevé deux fois sur votre facture de mai."
    assert "missing_solution" in check(near_miss, "fr").missing


def test_what_never_reached_the_client_told_without_a_sender_is_evasion():
    draft = "Madame Roux, votre carte de fidélité ne vous est pas parvenue avant les soldes."
    assert rule_labels(draft, "passive_voice_evasion"), draft
    for near_miss in (
        "Madame Roux, votre carte de fidélité vous est parvenue hier, elle est active.",
        "Madame Roux, votre carte de fidélité ne vous est pas parvenue : je l'ai mal adressée.",
    ):
        assert not rule_labels(near_miss, "passive_voice_evasion"), near_miss


def test_an_act_done_a_little_too_fast_is_owned():
    draft = "Désolés pour la coquille sur l'affiche. Nous avons fait la mise en page un peu vite."
    assert "missing_responsibility" not in check(draft, "fr").missing
    near_miss = (
        "Désolés pour la coquille sur l'affiche. Nous avons fait la mise en page avec le "
        "texte reçu."
    )
    assert "missing_responsibility" in check(near_miss, "fr").missing


def test_the_writer_taking_a_cost_on_themselves_is_a_remedy():
    draft = "Désolé pour la vitre rayée. Nous prenons en charge le remplacement du vitrage."
    assert "missing_solution" not in check(draft, "fr").missing
    near_miss = (
        "Désolé pour la vitre rayée. Votre assurance parle d'une prise en charge du vitrage."
    )
    assert "missing_solution" in check(near_miss, "fr").missing


def test_a_circumstance_opening_the_sentence_after_the_fault_is_its_excuse():
    draft = (
        "Désolée, j'ai oublié de vous rappeler hier. Ma mère est hospitalisée et je fais les "
        "allers-retours tous les soirs."
    )
    spans = rule_labels(draft, "excuse")
    assert any(span.startswith("Ma mère est hospitalisée") for span in spans), spans
    for near_miss in (
        # no fault told before it: information, not a reason
        "Bonjour, votre devis est prêt. Nous serons en congé du 3 au 10 août.",
        # the remedy after the fault, with a circumstance word in it
        "Désolée, j'ai oublié de vous rappeler hier. Je vous appelle en urgence demain à 9 h.",
    ):
        assert not rule_labels(near_miss, "excuse"), near_miss


def test_a_circumstance_after_a_fault_named_by_its_noun_is_its_excuse():
    draft = (
        "Bonjour, il reste une faute dans le titre de l'affiche. Cette semaine était vraiment "
        "infernale à l'atelier, avec trois salons à préparer."
    )
    spans = rule_labels(draft, "excuse")
    assert any(span.startswith("Cette semaine était vraiment infernale") for span in spans), spans
    for near_miss in (
        "Bonjour, voici l'affiche définitive. Cette semaine était infernale à l'atelier.",
        # another's fault told beside the circumstance is blame, not the writer's excuse
        "Bonjour, votre ligne a été coupée mardi. Le technicien de notre sous-traitant l'a "
        "débranchée par erreur pendant des travaux de voirie.",
    ):
        assert not rule_labels(near_miss, "excuse"), near_miss


@pytest.mark.parametrize(
    "draft",
    [
        "Pardon Léa, j'ai encore oublié ton rendez-vous, je mérite pas ta confiance.",
        "Je suis trop bête, j'ai noté le mauvais jour pour ta coupe.",
    ],
)
def test_spoken_self_condemnation_without_ne_or_with_trop(draft: str):
    assert rule_labels(draft, "self_flagellation"), draft


def test_spoken_trop_or_merite_about_someone_else_is_no_self_flagellation():
    for near_miss in (
        "Je suis trop contente que la coupe te plaise, à bientôt.",
        "Tu mérites pas d'attendre encore, je passe demain à 9 h.",
    ):
        assert not rule_labels(near_miss, "self_flagellation"), near_miss


def test_denying_control_over_another_thing_is_an_excuse():
    draft = "Désolé pour la coupure de mardi. On contrôle pas le réseau de l'opérateur."
    assert rule_labels(draft, "excuse"), draft
    near_miss = "Désolé pour la coupure de mardi. Nous contrôlons désormais le réseau chaque matin."
    assert not rule_labels(near_miss, "excuse"), near_miss


@pytest.mark.parametrize(
    "draft",
    [
        "Je vous présente mes excuses. Nous étions en plein inventaire, mais cela ne change rien : "
        "j'aurais dû vous prévenir. Votre commande part demain à 9 h.",
        "Pardon pour le retard. L'atelier était plein, mais je ne m'abrite pas derrière ça : je "
        "vous avais promis le cadre pour samedi. Il est prêt dès 14 h.",
    ],
)
def test_a_circumstance_disowned_in_its_sentence_is_no_excuse(draft: str):
    result = check(draft, "fr")
    assert not [f for f in result.findings if f.label in {"excuse", "minimisation"}], draft


def test_a_circumstance_offered_as_the_reason_stays_an_excuse():
    draft = "Pardon pour le retard. Nous étions débordés, donc le cadre n'est pas prêt."
    assert [f for f in check(draft, "fr").findings if f.label == "excuse"], draft


def test_changes_nothing_for_you_is_still_minimisation():
    draft = "Le logo est un peu décalé, mais ça ne change rien pour vous, personne ne le verra."
    assert [f for f in check(draft, "fr").findings if f.label == "minimisation"], draft
