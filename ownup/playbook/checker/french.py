"""French rules, on the parse of the official ``fr_core_news_sm`` pipeline.

The parse answers the structural questions: who is the subject of a verb and in which person
(``nsubj`` / ``nsubj:pass`` and ``Person``), whether the verb is passive (``aux:pass``,
``Voice=Pass``) or pronominal (a reflexive *se* attached to it), whether an agent is named
(``obl:agent``, *par* + a person rather than *par erreur*), the tense and mood of the auxiliary
(a future or a *pouvoir* is a promise, not the narration of the error), negation (``Polarity``),
and which clause a *si* clause depends on (its ``advcl`` head). Word lists only say which words
play which role (fault verbs, remedies, third parties…); fixed idioms (« trois fois rien ») are
matched as phrases.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any

from .common import Analysis, SentenceRules
from .pipeline import french
from .textutil import Segment, clause_at, finditer, plain_apostrophes, rx, sentences

# --- lexicon --------------------------------------------------------------------------------

FAULT_NOUNS = (
    r"(?:erreurs?|problèmes?|soucis?|bugs?|bogues?|coquilles?|fautes?|oublis?|"
    r"malentendus?|couacs?|incidents?|décalages?|confusions?|inversions?|défauts?|"
    r"anomalies?|ratés?|cafouillages?|méprises?|dysfonctionnements?|bévues?|"
    r"imprécisions?|étourderies?|boulettes?|bourdes?|gaffes?|maladresses?|impairs?|loupés?|"
    r"contretemps|accrocs?|pépins?|imprévus?|désagréments?|hics?|pannes?|coupures?|plantages?|"
    r"défaillances?|interruptions?|rayures?|éraflures?|fissures?|bosses?|fuites?|coulures?|"
    r"bavures?)"
)
FAULT_MARKERS = rx(
    r"\b(?:mauvais(?:e|es)?|erron(?:é|ée|és|ées)|mal|par erreur|par mégarde|incorrecte?s?|"
    r"ancien(?:ne|nes|s)?|précédente?s?|de l'an (?:dernier|passé)|de l'année (?:dernière|"
    r"passée|précédente)|obsolètes?|périmée?s?|caduque?s?|"
    r"sans (?:\w+ )?(?:validation|vérification|vérifier|relecture|relire|"
    r"repasser|votre accord|accord|tester|test)|sans (?:vous |te |t'|nous )?(?:en )?(?:prévenir|"
    r"avertir|demander|consulter|informer|parler)|après (?:votre|la) (?:validation|accord|BAT|"
    r"approbation)|trop (?:petite?s?|grande?s?|clair\w*|fonc\w*|pâles?|court\w*|étroit\w*|"
    r"larges?|bas|basse?s?|haut\w*|fin\w*|épais\w*|serré\w*|flou\w*|fort|forte?s?|"
    r"chaude?s?|froide?s?|vite|tôt|humides?)|un peu (?:trop )?(?:vite|rapidement)|"
    r"dans le désordre|"
    r"en désordre|au lieu (?:de|du|des|d')|"
    r"à la place (?:de|du|des|d')|à tort|trop \w+ment|"
    r"trop longtemps|trop tard|avec (?:près d'|plus d'|environ |presque )?(?:(?:\w+|\d+) )?"
    r"(?:jours?|heures?|semaines?|mois|minutes?) "
    r"de retard|avec (?:du |un |beaucoup de )?retard|"
    r"deux fois|en trop|de trop|de côté|incomplète?s?|incomplets?|"
    r"sans (?:les |le |la |l'|ses |leurs )|cassée?s?|déformée?s?|tordue?s?|rayée?s?|tachée?s?|"
    r"froissée?s?|décolorée?s?|de travers|en double|à l'envers|pas la dernière version|à (?:un|"
    r"une) autres? (?:client|cliente|assurée?|destinataire|"
    r"personne|adresse|patient|patiente)s?|"
    r"brisée?s?|faussé\w*|gâché\w*|"
    r"abîmé\w*|"
    r"endommagé\w*|tronqu\w+|"
    r"manquant\w*|pixelisée?s?|illisibles?|en basse (?:déf|définition|résolution)|"
    r"différente?s? de (?:celui|celle|ceux|celles|ce que)|non (?!plus\b)[a-zéèêàç]+(?:é|ée|és|ées)|"
    r"non (?:validée?s?|relue?s?|"
    r"vérifiée?s?)|" + FAULT_NOUNS + r")\b"
)
FAULT_LEMMAS = {
    "perdre",
    "égarer",
    "supprimer",
    "effacer",
    "écraser",
    "oublier",
    "omettre",
    "inverser",
    "intervertir",
    "mélanger",
    "confondre",
    "endommager",
    "abîmer",
    "réinitialiser",
    "casser",
    "modifier",
    "changer",
    "altérer",
    "décaler",
    "déplacer",
    "commettre",
    "couper",
    "tronquer",
    "sauter",
    "glisser",
    "introduire",
    "corrompre",
    "emmêler",
    "tromper",
    "rater",
    "manquer",
    "négliger",
    "désactiver",
    "dérégler",
    "abimer",
    "louper",
    "zapper",
    "sous-estimer",
    "surestimer",
    "retarder",
    "planter",
}
REMEDY_LEMMAS = {
    "effectuer",
    "traiter",
    "rembourser",
    "réimprimer",
    "corriger",
    "restaurer",
    "résoudre",
    "remplacer",
    "renvoyer",
    "reprogrammer",
    "créditer",
    "valider",
    "approuver",
    "signer",
    "confirmer",
    "vérifier",
    "lancer",
    "planifier",
    "prévoir",
    "réparer",
    "rétablir",
    "régler",
    "relancer",
    "rectifier",
    "livrer",
    "expédier",
    "programmer",
    "refaire",
    "régulariser",
    "mettre",
    "terminer",
    "finaliser",
    "déposer",
    "annuler",
}
EVENT_LEMMAS = {
    "survenir",
    "arriver",
    "produire",
    "passer",
    "partir",
    "échapper",
    "apparaître",
    "glisser",
    "introduire",
    "créer",
    "perdre",
    "mélanger",
    "égarer",
    "décaler",
    "effacer",
    "casser",
    "inverser",
    "tromper",
    "emmêler",
    "déplacer",
    "sortir",
    "sauter",
    "parvenir",
}
THIRD_PARTY = (
    r"(?:stagiaires?|collègues?|associée?s?|assistante?s?|imprimeurs?|imprimerie|fournisseurs?|"
    r"transporteurs?|coursiers?|livreurs?|poste|développeu(?:r|se)s?|graphistes?|"
    r"tradu(?:cteur|ctrice)s?|sous-traitants?|prestataires?|freelances?|équipe|agence|"
    r"plateforme|hébergeur|traiteurs?|photographes?|patron(?:ne)?|employée?s?|secrétaires?|"
    r"relect(?:eur|rice)s?|comptables?|clients?|banque|maquettistes?|juniors?|apprentie?s?|"
    r"alternante?s?|partenaires?|chef de projet|responsable|rédact(?:eur|rice)s?|"
    r"correct(?:eur|rice)s?|illustrat(?:eur|rice)s?|webmaster|intégrat(?:eur|rice)s?|"
    r"technicien(?:ne)?s?|consultante?s?|fleuristes?|dj|hôtel|chauffeurs?|monteu(?:r|se)s?|"
    r"fabricant|atelier|service \w+|société|entreprise|informaticiens?|plombiers?|électriciens?|"
    r"labo|laboratoire|gars|mecs?|installateurs?|poseurs?|peintres?|maçons?|couvreurs?|"
    r"menuisiers?|garagistes?|mécaniciens?|dépanneurs?|ancien comptable|compagnie|mairie|"
    r"assureurs?|mutuelle|syndic|femmes? de ménage|agents? d'entretien|serveu(?:r|se)s?|"
    r"cuisinier(?:e|s|es)?|vendeu(?:r|se)s?|réceptionnistes?|standardistes?|remplaçante?s?|"
    r"intérimaires?|saisonnier(?:e|s|es)?)"
)
# « remise à un coursier qui ne l'a jamais livrée »: a third party named, then what they failed
# to do told in a relative clause (blame, when the sentence has no first person)
THIRD_PARTY_FAILED_RELATIVE = rx(
    r"\b(?:un|une|le|la|l'|les|des|notre|nos|votre|vos|leur)\s*(?:[\w-]+\s+){0,2}?"
    + THIRD_PARTY
    + r"\s*,?\s+qui\s+(?:ne\s+|n')[^.;!?]*?\b(?:jamais|pas|plus)\b[^.;!?,]*"
)
APOLOGY = rx(
    r"\b(?:désolée?s?|desolee?s?|navrée?s?|dsl|déso|sorry|on s'(?:en )?excuse|(?:mes|nos|des|"
    r"toutes mes|mille|"
    r"toutes nos|sincères|plates) "
    r"excuses|"
    r"(?:m'|nous |t')(?:en )?excus\w+|excusez-(?:moi|nous)|pardon|(?:je|nous) (?:le |la |les |l')?"
    r"regrett\w*|(?:prie|prions) (?:de bien vouloir )?(?:d'|de nous |de m')?excuser|"
    r"(?:prie|prions) de bien vouloir (?:nous |m')(?:en )?excuser|"
    r"veuillez (?:nous |m')?excuser|veuillez (?:nous |me |m')pardonner|pardonnez-(?:moi|nous)|"
    r"pardonne-(?:moi|nous)|mea culpa|"
    r"excuse-(?:moi|nous)|excusez(?=\s*[.!,;]|\s+(?:du|de|pour)\b)|"
    r"(?:prie|prions|demande|demandons) de (?:me |nous )?pardonner|"
    r"je me sens (?:vraiment |très |tellement |si )?mal (?:vis-à-vis|envers|"
    r"par rapport)|(?:je|nous) (?:m'en|nous en) (?:veux|voulons))\b"
)
_SI = rx(r"\b(?:si|s'|au cas où|dans la mesure où|pour autant que)\b")

SELF_NEGATIVE = (
    r"(?:nul(?:le)?s?|incompétente?s?|(?:un |une )?incapables?|idiote?s?|bêtes?|stupides?|"
    r"minables?|lamentables?|pathétiques?|pitoyables?|crétine?s?|débiles?|abrutie?s?|"
    r"(?:une |un )?(?:vraie? |véritable |totale? |complète |parfaite? |belle )?"
    r"(?:catastrophe|désastre|plaie|cata|loser|boulet|nullité|incapable|idiote?|imbécile)"
    r"(?: ambulante?)?|(?:des |un |une )?amateurs?|bon(?:ne)?s? à rien|"
    r"(?:la|le) pire(?:s)? [\w-]+(?: [\w-]+)?|pas à la hauteur|indignes?|(?:un |une )?boulet|"
    r"(?:une )?calamité|irrécupérables?|(?:un |une )?imposteur|(?:une |la )?honte|"
    r"pas fait(?:e)? pour ce métier|(?:des |un |une )?(?:guignols?|branquignols?|bras cassés?))"
)
SELF_FLAGELLATION = [
    # texting spellings: « jsuis vraiment le pire », « chuis nulle »
    rx(
        r"\b(?:jsuis|j'suis|chuis|ch'suis|chu)\s+(?:vraiment\s+|trop\s+|tellement\s+|grave\s+)?"
        r"(?:le pire|la pire|nulle?|une? (?:boulet|quiche|idiote?|incapable|catastrophe|nullité))\b"
    ),
    rx(
        r"\b(?:je|nous) (?:devrais|devrions|ferais mieux de|ferions mieux de) (?:peut-être |"
        r"vraiment |sérieusement )?(?:accrocher|rendre|raccrocher) (?:mon|notre) [\w-]+\b[^.;!?,]*|"
        r"\b(?:je|nous) (?:devrais|devrions) (?:\w+ )?jeter l'éponge\b|\b(?:je n'arrête|nous "
        r"n'arrêtons) pas de (?:vous |te )?(?:décevoir|tout rater|me planter|faire des bêtises|"
        r"faire des erreurs)\b[^.;!?]*|\bje me déteste\b[^.;!?,]*|\bje (?:vous |te )?déçois "
        r"(?:toujours|encore|tout le temps)\b[^.;!?,]*"
    ),
    # « je suis une cruche », « je suis un boulet »: a name for oneself that means incompetence
    rx(
        r"\b(?:je suis|j'suis|chu|nous sommes)\s+(?:\w+ment\s+|tellement\s+|trop\s+)?(?:une?|la|"
        r"le)\s+(?:vraie?\s+|belle\s+|sacrée?\s+|pauvre\s+)?(?:cruche|boulet|andouille|quiche|"
        r"nouille|gourde|buse|tanche|bras cassé|catastrophe ambulante|calamité|plaie|bille|"
        r"manche|truffe|nullité|incapable|imbécile|idiote?|crétine?|abrutie?|amatrice|"
        r"amateur|incompétente?|honte)\b[^.;!?,]*"
    ),
    # « quel boulet je fais », « quelle andouille je suis »: an exclamation about oneself
    rx(
        r"\bquel(?:le)?s?\s+(?:\w+\s+)?[\w-]+\s+(?:je (?:fais|suis|peux être)|nous "
        r"(?:faisons|sommes))\b"
    ),
    rx(r"\b(?:même pas|pas même) (?:capable|fichue?|foutue?) (?:de\b|d')[^.;!?,]*"),
    rx(
        r"\b(?:je suis|nous sommes)\s+(?:\w+ment\s+)?(?:mauvaise?s?|nulle?s?|incompétente?s?) "
        r"(?:dans|en|à) (?:mon|notre|ce) (?:travail|métier|job|boulot)\b"
    ),
    rx(
        r"\b(?:je ne sais pas )?(?:comment|pourquoi) vous (?:faites pour me supporter|me "
        r"supportez|travaillez encore avec moi|me gardez|me faites encore confiance)\b[^.;!?,]*"
    ),
    rx(
        r"\b(?:je suis|nous sommes)\s+(?:\w+ment\s+)?(?:le dernier|la dernière|les derniers|"
        r"les dernières) des (?:idiote?s|nulle?s|imbéciles|incapables|crétine?s|amateurs)\b"
    ),
    rx(
        r"\bje ne (?:sais|suis) (?:même |vraiment )?plus (?:capable de |faire )[^.;!?,]*|"
        # « je n'arrive plus à suivre / à tout gérer » tells the workload (an excuse), not one's
        # worth
        r"\bje n'arrive (?:même |vraiment )?plus à\b(?!\s+(?:suivre|tout (?:gérer|suivre|faire)|"
        r"m'en sortir|faire face|gérer|tenir|tout caser))[^.;!?,]*|"
        r"\b(?:je|nous) ne (?:vaux|valons) "
        r"(?:rien|pas grand-chose)\b|\b(?:le roi|la reine|champion(?:ne)?|le champion|la "
        r"championne) (?:du monde )?des [\w-]+\b"
    ),
    rx(
        r"\bquelle (?:honte|idiote?|nulle?|imbécile|catastrophe)\b|\b(?:je suis|nous sommes) "
        r"(?:\w+ment )?(?:mortifiée?s?|honteuse?s?|morte?s? de honte)\b|\b(?:j'ai|nous avons) "
        r"(?:encore |une fois de plus |comme d'habitude |vraiment )*tout (?:raté|gâché|foiré|"
        r"loupé|cassé)\b[^.;!?,]*"
    ),
    rx(
        r"\b(?:je|nous|on)\s+(?:me\s+|nous\s+)?(?:ne\s+)?(?:suis|sommes|est|sens|sentons|"
        r"ai été|avons été|"
        r"me sens|étais|étions)(?:\s+(?:vraiment|tellement|si|complètement|totalement|quand même|"
        r"franchement|décidément|juste|bien|vraiment|absolument|clairement|pas|une|un|des|que|"
        r"trop|"  # spoken « je suis trop bête »
        r"qu'une?|d'une?|sans doute))*\s+" + SELF_NEGATIVE + r"\b[^.;!?,]*"
    ),
    rx(r"\bj'ai (?:tellement |vraiment |si |trop )?honte\b|\bhonte à (?:moi|nous)\b"),
    rx(
        # spoken French drops « ne »: « je mérite même pas que tu reviennes »
        r"\b(?:je|nous) (?:ne |n')?(?:vous |te |les |la |le |l')?(?:mérite|méritons|méritais|"
        r"méritions) (?:même )?(?:pas|plus)\b[^.;!?,]*"
    ),
    rx(
        r"\b(?:je|nous) ne (?:me|nous) (?:le |l')?(?:pardonnerai|pardonnerons)(?: jamais)?\b"
        r"[^.;!?,]*"
    ),
    rx(
        r"\b(?:je|nous) (?:devrais|devrions|ferais mieux de|ferions mieux de)\s+(?:peut-être |"
        r"vraiment |franchement |sûrement |carrément )?(?:changer de (?:métier|travail|voie)|"
        r"arrêter (?:ce métier|tout)|démissionner|fermer (?:boutique|le studio|l'agence)|"
        r"raccrocher|faire autre chose)\b[^.;!?,]*"
    ),
    rx(
        r"\b(?:je|nous) (?:rate|ratons|gâche|gâchons|foire|foirons|loupe|loupons) (?:\w+ )?"
        r"(?:toujours |systématiquement )?tout\b|\b(?:je|nous) (?:fais|faisons) tout de travers\b|"
        r"\b(?:je|nous) n'(?:arrive|arrivons) à rien\b|\bje me déteste\b|\bje m'en veux à mort\b"
    ),
    rx(
        r"\b(?:c'est|c'était|ce que j'ai fait est)\s+(?:vraiment |totalement |complètement |"
        r"absolument )?(?:impardonnable|inexcusable)(?: de ma part| de notre part)?"
    ),
]

# Doubting one's own worth or vocation: « je me demande parfois pourquoi je fais ce métier », « je
# ne sais même pas pourquoi vous continuez à travailler avec moi », « je n'ai pas ma place dans
# ce métier », « je ne suis plus capable d'organiser quoi que ce soit »
SELF_FLAGELLATION.append(
    rx(
        r"\bje (?:me demande|ne sais (?:même |vraiment )?pas|ne comprends (?:même )?pas)\s+"
        r"(?:(?:parfois|souvent|vraiment|sérieusement|même|bien|encore)\s+)*"
        r"(?:pourquoi|comment|si)\s+(?:je|j'|vous|tu|on|les gens|l'agence|le cabinet)\s*"
        r"[^.;!?]*?\b(?:ce|mon) (?:métier|travail|job|boulot|poste)\b[^.;!?,]*|"
        r"\bje me demande\s+(?:(?:parfois|souvent|vraiment|sérieusement|même|bien)\s+)*"
        r"(?:pourquoi|comment) (?:vous|tu|on|les gens) (?:\w+ ){0,3}?(?:continue\w*|garde\w*|"
        r"confie\w*|supporte\w*|fai\w* (?:encore )?confiance|a\w* pu me confier)\b[^.;!?,]*|"
        r"\bje (?:n'ai|n'avais) (?:décidément |vraiment |plus |rien |pas )*(?:ma place|à faire) "
        r"dans (?:ce|mon) (?:métier|travail|job|boulot)\b|"
        r"\bje ne (?:suis|serai) (?:même |vraiment |décidément )?plus capable d(?:e |')[^.;!?,]*"
    )
)

BLAME_PATTERNS = [
    # the client's part told without a verb of theirs: their papers came late, the proof was
    # approved « par vos soins »
    (
        rx(
            r"\b(?:vos|votre|tes|ton|ta) [\w-]+(?: [\w-]+)? (?:nous |m')?(?:sont|est|étaient|"
            r"était) (?:parvenue?s?|arrivée?s?|revenue?s?) (?:\w+ )?(?:tard|en retard|trop tard|"
            r"hors délai|incomplète?s?)\b[^.;!?]*|"
            r"\b(?:a|ont|avait|avaient) été (?:\w+ )?(?:validée?s?|approuvée?s?|signée?s?|"
            r"fournie?s?|transmise?s?|choisie?s?|relue?s?|commandée?s?) par (?:vos soins|"
            r"vous(?:-même)?|toi)\b"
            r"[^.;!?]*"
        ),
        "client",
    ),
    # « c'est pas moi qui l'ai faite, c'est la nouvelle »
    (
        rx(
            r"\b(?:c'est|ce n'est|c'était|ce n'était) pas (?:moi|nous)\b[^.;!?]*?,\s*"
            r"c'(?:est|était) (?:le|la|l'|les|mon|ma|mes|notre|nos|un|une)\s*[\w-]+\b[^.;!?]*"
        ),
        "",
    ),
    # the fault handed to someone by name or pronoun: « c'est à eux qu'il faut s'en prendre »,
    # « c'était à vous de repérer la faute », « imputable à notre prestataire logistique »
    (
        rx(
            r"\bc'(?:est|était) (?:vraiment |bien |donc |plutôt )?(?:à )?(?:eux|lui|elle|elles|"
            r"(?:le|la|les|l'|leur|votre|vos|ton|ta) ?[\w-]+) (?:qu'il faut|qu'il fallait|qu'on "
            r"doit) (?:voir|s'en prendre|vous adresser|s'adresser|blâmer|réclamer|contacter)\b"
            r"[^.;!?]*|\bc'(?:était|aurait été) (?:à vous|à toi|à eux|à lui|à elle|votre rôle|ton "
            r"rôle) de\b[^.;!?]*|"
            r"\b(?:est|sont|était|étaient) (?:entièrement |uniquement |totalement |exclusivement |"
            r"avant tout |surtout |principalement |en partie )?"
            r"(?:imputables?|d[ûu]e?s?|dus|attribuables?) (?:à|au|aux) (?:[^\s.;!?,]+ ){0,3}?"
            r"(?:notre |nos |votre |vos |leur |le |la |l'|les )?(?:[\w-]+ )?(?:"
            + THIRD_PARTY
            + r"|outil|logiciel|système|bureau)\b[^.;!?]*|"
            r"\brelève de la responsabilité (?:de|du|de la|des)\b[^.;!?]*"
        ),
        "",
    ),
    # « la fragilité s'explique par le fichier STL fourni »: the client's input as the cause
    (
        rx(
            r"\b(?:s'explique\w*|est dûe?|sont dus|sont dues|résult\w+|provien\w+|vien\w+) (?:par|"
            r"de|du|des|à|au|aux|d') ?(?:le |la |les |l'|votre |vos )?(?:fichiers?|données|plans?|"
            r"cotes|mesures|informations|éléments|textes?|visuels?|maquettes?)\b[^.;!?]*?\b(?:"
            r"fournie?s?|transmise?s?|envoyée?s?|que vous (?:nous )?(?:avez|aviez))\b[^.;!?]*|"
            r"\b[^,.;!?]*"
            r"\b(?:sur la base|à partir) (?:des|de vos|du|de la|de votre) (?:mesures|cotes|données|"
            r"informations|plans|fichiers?|éléments) que vous (?:m'|nous )?(?:aviez|"
            r"avez) (?:vous-même "
            r")?(?:transmis|fourni|envoyé|donné)e?s?\b[^,.;!?]*"
        ),
        "client",
    ),
    (
        rx(
            r"\b(?:résult\w+|provien\w+|découl\w+|est dûe? |sont dus |sont dues |s'explique\w*)\s*"
            r"(?:d'|de|du|des|à|au|aux|par)\s*[^.;!?]*?\bde votre part\b[^.;!?,]*"
        ),
        "client",
    ),
    (
        rx(
            r"(?:^|(?<=[,;:] )|(?<=\bque ))(?:le|la|les|l'|vos|votre|nos|notre)\s*[^,.;!?]*?\b"
            r"(?:a|ont|avait|avaient) été (?:\w+ment )?(?:perdue?s?|endommagée?s?|abîmée?s?|"
            r"cassée?s?|égarée?s?|retardée?s?|mal \w+)\b[^,.;!?]*?\bpar (?:le |la |l'|les |notre "
            r"|nos |votre |vos )?(?:" + THIRD_PARTY + r"|La Poste|Colissimo|Chronopost|UPS|DHL|"
            r"FedEx)\b[^.;!?]*"
        ),
        "",
    ),
    (
        rx(
            r"\b(?:c'est|c'était|tout est)\s+(?:un peu |surtout |aussi |plutôt |en partie |"
            r"vraiment |avant tout )?(?:la |de la |entièrement la |uniquement la )?faute "
            r"(?:de|du|des|d'|à)\s+(?!moi\b|nous\b)[^.;!?,]*"
        ),
        "",
    ),
    (rx(r"\b(?:c'est|c'était)\s+(?:de\s+)?(?:sa|leur|votre|ta)\s+faute\b[^.;!?]*"), ""),
    (
        rx(
            r"\bla (?:faute|responsabilité) (?:en )?(?:revient|incombe|est|retombe)\s+(?:à|au|aux|"
            r"sur)\s+(?!moi\b|nous\b)[^.;!?,]*"
        ),
        "",
    ),
    (
        rx(
            r"\b(?:l'|le |la |cette |ce )" + FAULT_NOUNS + r"\s+(?:vient|venait|provient|"
            r"provenait)\s+(?:de|du|des|d')\s+(?!moi\b|nous\b|mon\b|ma\b|notre\b|mes\b|nos\b)"
            r"[^.;!?]*"
        ),
        "",
    ),
    (
        rx(
            r"\bc'(?:est|était)\s+(?!moi\b|nous\b)(?:(?:toi|vous)\s+|(?-i:[A-Z][a-zà-ÿ]+)"
            r"(?:, [^,.;!?]{1,50},)?\s+"
            r"|(?:le|la|les|l'|votre|vos|son|sa|ses|leur|"
            r"leurs|lui|elle|eux|elles)\b[^,.;!?]*?|(?:mon|ma|mes|notre|nos)\s+(?:[\w-]+\s+)?"
            + THIRD_PARTY
            + r"\b[^,.;!?]*?)\bqui\b"
            # « c'est le plombier qui passera demain »: who does the remedy, not the fault
            r"(?!\s+(?:vous\s+|le\s+|la\s+|les\s+|l'|s'en\s+)?(?:\w+(?:ra|ront)|va|vont)\b)"
            r"[^.;!?]*"
        ),
        "",
    ),
    (
        rx(
            r"\bsi vous (?:aviez|nous aviez|m'aviez)\s+(?:\w+\s+){0,2}?(?:relu|vérifié|lu|regardé|"
            r"signalé|précisé|validé|répondu|indiqué|prévenu|envoyé|dit)\b[^.;!?]*"
        ),
        "client",
    ),
    (
        rx(
            r"\bvous auriez (?:dû|pu) (?:\w+ )?(?:voir|vérifier|relire|remarquer|lire|nous|me|"
            r"signaler|préciser)\b[^.;!?]*"
        ),
        "client",
    ),
    (
        rx(
            r"\bvous (?:ne m'aviez|ne nous aviez|n'aviez|ne m'avez|ne nous avez|"
            r"n'avez)\s+(?:jamais|"
            r"pas|rien)\s+(?:\w+\s+)?(?:précisé|dit|indiqué|signalé|envoyé|prévenu|demandé|"
            r"mentionné|transmis|expliqué|fourni|répondu)\b[^.;!?]*"
        ),
        "client",
    ),
    (
        rx(
            r"\bvous (?:aviez|avez) (?:validé|approuvé|signé|accepté)\b[^.;!?]*?\b(?:donc|par "
            r"conséquent|ce qui signifie|c'est donc)\b[^.;!?]*"
        ),
        "client",
    ),
    (rx(r"\b(?:était|étaient) déjà (?:présente?s?|là) (?:quand|lorsque) vous\b[^.;!?]*"), "client"),
    (
        rx(
            r"\bvous (?:nous|m') avez (?:envoyé|transmis|fourni|donné) (?:une|un|le|la|l')\s*"
            r"[^.;!?]*?\b(?:non relue?|mauvais\w*|ancien\w*|erron\w*|pas relue?|incorrect\w*)\b"
            r"[^.;!?]*"
        ),
        "client",
    ),
    (
        rx(
            r"\bavec (?:tous |toutes )?(?:les|vos|ces) (?:[\w-]+ ){0,4}?(?:changements|"
            r"modifications|demandes|corrections|retouches)(?: de dernière minute)? que vous "
            r"(?:avez|aviez) (?:demandée?s|faite?s|envoyée?s)\b[^.;!?,]*"
        ),
        "client",
    ),
    (
        rx(
            r"\bvous n'(?:arrêtiez|avez pas arrêté|arrêtez) pas de (?:changer|modifier|demander)"
            r"\b[^.;!?]*"
        ),
        "client",
    ),
    (
        rx(
            r"\b(?:je|nous) n'(?:ai|avons) fait qu'(?:appliquer|suivre|utiliser|reprendre|imprimer|"
            r"reproduire)\b[^.;!?]*"
        ),
        "client",
    ),
]
BLAME_PATTERNS += [
    # « l'erreur sur le devis provient d'un bug du logiciel »
    (
        rx(
            r"\b(?:l'|le |la |cette |ce )" + FAULT_NOUNS + r"(?:\s+(?:sur|dans|de|du|des)\s+"
            r"[^,.;!?]{1,40}?)?\s+(?:vient|venait|provient|provenait|est due?|était due?)\s+"
            r"(?:de|du|des|d'|à)\s*(?!moi\b|nous\b|mon\b|ma\b|notre\b|mes\b|nos\b)[^,.;!?]*"
        ),
        "",
    ),
    # « Vous m'aviez donné la mauvaise date »
    (
        rx(
            r"\bvous (?:m'|nous )?(?:avez|aviez) (?:\w+ )?(?:donné|transmis|envoyé|fourni|indiqué|"
            r"communiqué|précisé) (?:une |un |le |la |l'|les |des )?(?:[\w-]+ )?(?:mauvais\w*|"
            r"faux|fausses?|erroné\w*|ancien\w*|incomplet\w*|incorrect\w*)\b[^.;!?,]*"
        ),
        "client",
    ),
    # « avec les délais que vous nous avez imposés »
    (
        rx(
            r"\b(?:avec|vu|compte tenu de|étant donné)\s+(?:tous\s+|toutes\s+)?(?:les|ces|vos|le|"
            r"votre|ce)\s+(?:[\w-]+\s+)?(?:délais?|calendriers?|planning|budget|contraintes|"
            r"consignes|instructions)\s+(?:que|qu')\s*vous\s+(?:nous\s+|m')?(?:avez|aviez)\s+"
            r"(?:\w+\s+)?(?:imposée?s?|fixée?s?|donnée?s?|demandée?s?|exigée?s?)\b[^.;!?,]*"
        ),
        "client",
    ),
    (
        rx(
            r"\b(?:le|la|les|ce|cette|votre|vos)\s+(?:[\w-]+\s+)?(?:texte|fichier|document|"
            r"contenu|brief|données|visuel)s?\s+(?:m'|nous )(?:est|sont|a été|ont été) "
            r"(?:arrivée?s?|parvenue?s?|transmise?s?|livrée?s?|envoyée?s?) (?:comme ça|ainsi|tel "
            r"quel|telle quelle|en l'état|avec (?:cette|l') (?:erreur|faute|coquille))\b"
        ),
        "",
    ),
    # « c'est surtout parce que le client final nous a envoyé ses textes au dernier moment »
    (
        rx(
            r"\b(?:c'est|c'était)\s+(?:\w+ment\s+|surtout\s+|en partie\s+|aussi\s+)?"
            r"(?:parce que|parce qu'|à cause (?:de|du|des|d'))\s*(?:le |la |les |l'|mon |ma |mes |"
            r"notre |nos |votre |vos |son |sa |leur )(?:[\w-]+\s+){0,2}?"
            + THIRD_PARTY
            + r"\b[^.;!?]*"
        ),
        "",
    ),
    (
        rx(
            r"\b(?:le|la|les|l'|ce|cette|votre|vos)\s*(?:[\w-]+ )?(?:fichiers?|textes?|documents?|"
            r"versions?|données|tableaux?|brief|logos?|listes?|chiffres|contenus?|visuels?|"
            r"plannings?|calendriers?|plans?|cahiers? des charges|consignes|"
            r"photos?|images?) (?:que|qu') ?vous (?:m'|nous )?(?:avez|aviez) (?:\w+ )?(?:transmis|"
            r"envoyée?s?|fournie?s?|donnée?s?|validée?s?|rédigée?s?|partagée?s?)\b[^.;!?]*?"
            r"\b(?:(?:était|étaient) (?:en )?(?:basse|mauvaise|faible|flous?|floues?|pixellisée?s?|"
            r"illisibles?|inutilisables?|corrompue?s?)|déjà|à l'origine|dès le départ|changeait|"
            r"changeaient|contenait|comportait|"
            r"était faux|était fausse|était erronée?|était incomplète?)\b[^.;!?]*|"
            r"\b(?:l'|la |cette )"
            + FAULT_NOUNS
            + r" (?:était|se trouvait) (?:déjà |dès le départ )?dans (?:votre|vos)\b[^.;!?]*"
        ),
        "client",
    ),
    (
        rx(
            r"\bsi (?:vous|votre [\w-]+(?: [\w-]+)?|vos [\w-]+)\s+(?:n'|ne m'|ne nous |m'|nous )?"
            r"(?:aviez|avait|avaient)"
            r"\s+(?:pas\s+)?(?:\w+\s+){0,2}?[a-zéèê]+(?:é|i|u|is|it)e?s?\b[^.;!?]*?\b(?:on|nous|je|j'|"
            r"ça|cela|il)\s*(?:n')?(?:en )?(?:serait|serions|serais|aurait|aurions|"
            r"aurais)\b[^.;!?]*"
        ),
        "client",
    ),
    # the client as the unnamed doer of a passive (« le robinet a été trop serré de votre
    # côté », « le BAT a bien été validé de votre côté ») or someone on their side (« quelqu'un
    # chez vous a dû débrancher le câble »)
    (
        rx(
            r"\b(?:le|la|les|l'|votre|vos|ce|cette|ces|il|elle|ils|elles)\s*(?:[\w-]+\s+){0,5}?"
            r"(?:a|ont|avait|avaient|aurait|auraient)\s+(?:(?:bien|déjà|pourtant)\s+été|"
            r"(?:\w+\s+)?été\s+(?:trop|mal|bien|déjà)\b)[^.;!?]*?\b"
            r"(?:de votre côté|de ton côté|de votre part|de ta part)\b[^.;!?]*|"
            r"\bquelqu'un (?:de |d')?(?:chez vous|chez toi|votre côté|votre équipe|vos services)\b"
            r"[^.;!?]*"
        ),
        "client",
    ),
    # one's own part claimed done right, beside the fault: « de mon côté, j'avais bien tout
    # calé dans l'agenda », « de notre côté tout était configuré correctement »
    (
        rx(
            r"\bde (?:mon|notre) côté,?\s+(?:tout\s+(?:fonctionn\w+|march\w+|(?:était|étaient|"
            r"est|sont)\s+(?:\w+\s+)?(?:correct\w*|conformes?|en ordre|prête?s?|parfaite?s?|"
            r"impeccables?|ok))|(?:j'|nous )(?:avais|avions|ai|avons) (?:\w+ment )?bien\b)"
            r"[^.;!?]*"
        ),
        "",
    ),
    # what the client should have said, told as an impersonal obligation in the past: « il
    # aurait fallu le préciser à la commande », « il fallait nous le signaler » (the writer's
    # own part would be « j'aurais dû »)
    (
        rx(
            r"\bil (?:aurait fallu|fallait)\s+(?:(?:me|m'|nous|le|la|les|l'|en)\s*){0,2}"
            r"(?:préciser|indiquer|signaler|mentionner|dire|prévenir|rappeler|demander|transmettre|envoyer|"
            r"fournir|communiquer|écrire|informer|avertir)\b[^.;!?]*"
        ),
        "client",
    ),
    # the work held up as matching the client's own request, with insistence: « les retouches
    # correspondent pourtant exactement à ce que vous aviez demandé »
    (
        rx(
            r"(?:\b(?:le|la|les|l'|vos|votre|ces|ce|cette|tout|elles?|ils?)\s*(?:[\w-]+\s+){0,2}?)?"
            r"(?:correspond(?:ent|ait|aient)?|est|sont|était|étaient)\s+"
            r"(?:(?:pourtant|bien|exactement|parfaitement|tout à fait|strictement|précisément)\s+)+"
            r"(?:conformes?\s+)?(?:à\s+)?(?:ce qu(?:e\s+|')|celle que |celui que |ceux que |"
            r"celles que )"
            r"(?:vous|tu)\s+(?:m'|nous\s+)?(?:aviez|avez|avais|as)\s+(?:\w+\s+)?(?:demandée?s?|"
            r"commandée?s?|validée?s?|choisie?s?|indiquée?s?|souhaitée?s?|approuvée?s?)\b[^.;!?]*"
        ),
        "client",
    ),
]
# Structure, not a list of trades: a possessed noun (« mon second », « notre régisseur »), a
# named person (« Julie ») or « le/la » + noun as the subject of a verb only a person commits
# (« a oublié », « s'est trompé ») puts the fault on them, whatever their role is called.
HUMAN_FAULT_VERBS = (
    r"(?:(?:a|ont|avait|avaient) (?:(?!été\b)\w+ )?(?:oublié|zappé|confondu|mal lu|mal compris|"
    r"ignoré|négligé|omis)|s'est (?:\w+ )?(?:trompée?|emmêlée? les pinceaux)|"
    r"se sont (?:\w+ )?trompée?s|"
    r"n'(?:a|ont|avait|avaient) pas (?:vérifié|relu|transmis|prévenu|fait suivre|pris la peine))"
)
SENTENCE_OPENERS = (
    r"(?:Je|J|Nous|On|Il|Elle|Ils|Elles|Ce|Ça|Cela|Le|La|Les|Un|Une|Désolée?|Pardon|Bonjour|"
    r"Salut|Coucou|Madame|Monsieur|Cher|Chère|Oui|Non|Mais|Et|Donc|Alors|Bref|Bon|Bien|Oups|"
    r"Zut|Mince|Hier|Aujourd|Quelqu|Personne|Tout|Toute|Malheureusement|Apparemment|Tous|Toutes|"
    r"Chaque|Rien|Ceci|Celui|Celle|Ces|Cette|Cet|Mon|Ma|Mes|Notre|Nos|Votre|Vos|Son|Sa|Ses|Leur|"
    r"Leurs|Merci|Voici|Voilà|Concernant|Suite|Après|Avant|Depuis|Pendant|Comme|Quand|Lorsque|"
    r"Puisque|Parce|Ensuite|Enfin|Finalement|Heureusement|Évidemment|Effectivement|En|Au|Aux|Du|"
    r"Des|De|Pour|Par|Sur|Dans|Avec|Sans|Cordialement|Belle|Bonne|Chacun|Aucun|Aucune|Lundi|Mardi|"
    r"Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Demain|Ici|Là|Quel|Quelle|Qui|Que|Quoi|Où)"
)
HUMAN_FAULT_SUBJECT = rx(
    r"(?:^|(?<=[,;:] )|(?<=\bmais )|(?<=\bet )|(?<=\bcar )|(?<=\bque )|(?<=\bpuisque ))"
    r"(?:(?:mon|ma|mes|notre|nos|votre|vos|son|sa|ses|leur|leurs|le|la|les|l')\s*"
    r"(?:[\w-]+\s+){0,2}?[\w-]+|(?-i:(?!" + SENTENCE_OPENERS + r"\b)[A-ZÀ-Ý][a-zà-ÿ]+"
    r"(?:\s+[A-ZÀ-Ý][a-zà-ÿ]+)?))\s+(?:\w+ment\s+)?" + HUMAN_FAULT_VERBS + r"\b[^.;!?]*"
)
# « … parce que le monteur a recoupé le film »: the cause given is a third party's act
CAUSAL_BLAME = rx(
    r"\b(?:parce que|parce qu'|car|puisque)\s*(?:le |la |les |l'|notre |nos |mon |ma |mes |leur )"
    r"(?P<subject>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:nous |m'|leur |lui )?(?:a|ont|avait|avaient)\s+"
    r"(?:\w+ )?[a-zéèêàç-]+(?:é|ée|és|ées|i|is|it|u|ue|us)\b[^.;!?]*"
)
# « … parce que vous l'avez validé sans le relire »: the client's act given as the cause
CAUSAL_CLIENT = rx(
    r"\b(?:parce que|parce qu'|car|puisque|vu que)\s*(?:vous|tu)\s+(?:ne |n')?(?:l'|les |nous |m'|"
    r"me |le |la )?(?:avez|aviez|as|avais)\s+(?:pas |jamais )?(?:\w+ )?[a-zéèêàç-]+(?:é|ée|és|ées|"
    r"i|"
    r"is|u|ue|us)\b[^.;!?]*"
)
# The client addressed as « tu »: « parce que tu ne m'as jamais envoyé les relevés »
CLIENT_TU = rx(
    r"\b(?:tu|t')\s*(?:ne |n')?(?:m'|me |nous )?(?:as|avais)\s+(?:jamais|pas|toujours pas)\s+"
    r"(?:\w+ )?(?:envoyé|transmis|fourni|donné|validé|relu|répondu|prévenu|dit)\b[^.;!?]*|"
    r"\b(?:tu|t')\s*(?:m'|me |nous )?(?:as|avais)\s+(?:\w+ )?(?:oublié|envoyé (?:le|la|les) "
    r"mauvais\w*|changé d'avis)\b[^.;!?]*"
)
# The client's act told as what made the fault inevitable: « tu m'avais envoyé la liste la
# veille, donc forcément … », « c'est vous qui aviez choisi …, du coup évidemment … » (a
# circumstance before « alors forcément » is an excuse, judged elsewhere)
CLIENT_INEVITABLE = rx(
    r"\b(?:c'est (?:vous|toi) qui\s+|vous\s+|tu\s+|t')(?:ne\s+|n')?(?:l'|m'|nous\s+|me\s+|"
    r"les?\s+|la\s+|en\s+|y\s+)*(?:avez|aviez|as|avais)\s+"
    r"(?:(?!\b(?:je|j'|nous|on)\b)[^.;!?])*?\b(?:donc|du coup|alors|d'où),?\s+(?:forcément|"
    r"évidemment|logiquement|inévitablement|fatalement)\b[^.;!?]*"
)
# What the client approved carried the fault: « les plans que vous avez validés comportaient… »
CLIENT_APPROVED = rx(
    r"\b(?:les?|la|l') [\w-]+ (?:que|qu') ?(?:vous (?:avez|aviez)|tu (?:as|avais)) (?:validée?s?|"
    r"approuvée?s?|signée?s?|envoyée?s?|fournie?s?|transmise?s?)\b[^.;!?]*?\b(?:comport\w+|"
    r"contenai\w+|avai\w+|étai\w+|présentai\w+|cont\w+)\b[^.;!?]*?\b(?:fautes?|erreurs?|"
    r"coquilles?|mauvais\w*|erron\w+)\b[^.;!?]*"
)
# Who acts, judged by the word's shape when no role list knows it: agent nouns (« marchand »,
# « régisseur », « relieuse ») as heads of the subject; things with those endings are excluded.
AGENT_SUFFIX = re.compile(
    r"(?:eur|euse|ier|ière|iste|ant|ante|and|ande|ien|ienne|aire|eron|onne)s?$"
)
NOT_AGENTS = {
    "grand",
    "quand",
    "demande",
    "commande",
    "bande",
    "viande",
    "stand",
    "allemand",
    "fichier",
    "papier",
    "dossier",
    "calendrier",
    "cahier",
    "courrier",
    "clavier",
    "atelier",
    "quartier",
    "panier",
    "escalier",
    "chantier",
    "premier",
    "dernier",
    "entier",
    "métier",
    "grenier",
    "acier",
    "sentier",
    "serveur",
    "ordinateur",
    "moteur",
    "lecteur",
    "capteur",
    "traceur",
    "compteur",
    "secteur",
    "couleur",
    "erreur",
    "valeur",
    "hauteur",
    "largeur",
    "longueur",
    "épaisseur",
    "humeur",
    "chaleur",
    "faveur",
    "malheur",
    "bonheur",
    "honneur",
    "intérieur",
    "extérieur",
    "meilleur",
    "leur",
    "plusieurs",
    "ailleurs",
    "format",
    "document",
    "montant",
    "moment",
    "paiement",
    "règlement",
    "contenu",
    "enfant",
    "restaurant",
    "instant",
    "volant",
    "carburant",
    "courant",
    "auparavant",
    "pendant",
    "maintenant",
    "cependant",
    "devant",
    "avant",
    "suivant",
    "précédent",
    "client",
    "clients",
    "glossaire",
    "formulaire",
    "calendaire",
    "horaire",
    "salaire",
    "dictionnaire",
    "questionnaire",
    "commentaire",
    "inventaire",
    "itinéraire",
    "annuaire",
    "vocabulaire",
    "support",
    "tableau",
    "plan",
    "ancien",
    "lien",
    "moyen",
    "chien",
    "entretien",
    "soutien",
    "bien",
    "rien",
}
# « les fichiers ont été supprimés »: the subject of a passive undergoes the act
PASSIVE_AFTER_SUBJECT = rx(
    r"^(?:\s+[\w-]+){0,3}?\s+(?:(?:a|ont|avait|avaient|sera|seront)\s+(?:\w+\s+)?été|"
    r"(?:est|sont|était|étaient)|"
    # « n'a pas pu être réparée », « a dû être reportée »: a modal over a passive
    r"(?:n')?(?:a|ont|avait|avaient)\s+(?:pas\s+|\w+ment\s+)*(?:pu|dû)\s+être)"
    r"\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|is|ise|ises|u|ue|us|ues)\b"
)
AGENT_VERB_NEXT = rx(
    r"^(?:\s+(?:de|du|des|d')\s*[\w-]+(?:\s+[\w-]+)?)?\s+(?:(?:nous|m'|me|vous|leur|lui|l'|les|y|"
    r"en|ne|n')\s*)*(?:a|ont|avait|avaient|s'est|se sont|est|sont)\b"
)
AGENT_SUBJECT = rx(
    r"(?:^|(?<=[,;:] )|(?<=\bmais )|(?<=\bet )|(?<=\bcar )|(?<=\bque )|(?<=\bpuisque ))"
    r"(?:le |la |les |l'|mon |ma |mes |notre |nos |votre |vos |son |sa |leur )(?P<tail>[^.;!?]*)"
)
NAMED_ACT = rx(
    r"(?:^|(?<=[,;:] )|(?<=\bmais )|(?<=\bet )|(?<=\bcar )|(?<=\bque )|(?<=\bpuisque ))"
    r"(?-i:(?!" + SENTENCE_OPENERS + r"\b)[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)"
    r"\s+(?P<rest>(?:nous |m'|vous |leur |lui )?(?:a|avait) [^.;!?]*)"
)
THIRD_PARTY_SUBJECT = rx(
    r"(?:^|(?<=[,;:] )|(?<=\bmais )|(?<=\bet )|(?<=\bcar )|(?<=\bque )|(?<=\bpuisque ))"
    r"(?:le |la |les |l'|mon |ma |mes |notre |nos |votre |vos |son |sa |leur )"
    r"(?:[\w-]+\s+){0,2}?" + THIRD_PARTY + r"\b(?P<rest>[^.;!?]*)"
)
THIRD_PARTY_FAULT = rx(
    r"\b(?:au dernier moment|à la dernière minute|trop tard|en retard|de retard)\b|\bsans (?:nous|"
    r"me|m'en|nous en) (?:prévenir|avertir|le dire|parler|demander|consulter)\b|"
    r"\b(?:était|étaient) (?:\w+ment )?(?:pressée?s?|négligente?s?|distraite?s?|débordée?s?)\b|"
    # « elle m'a complètement lâchée », « le labo … est vraiment n'importe quoi »
    r"\b(?:m'|nous |me )(?:a|ont|avait|avaient) (?:\w+ )?(?:lâchée?s?|plantée?s?|laissée?s? "
    r"tomber|faussé compagnie)\b|\b(?:est|sont|était|étaient) (?:\w+ment )?(?:n'importe quoi|"
    r"nuls?|nulles?|incompétente?s?|à la ramasse)\b|"
    # « le traiteur a été une catastrophe »
    r"\b(?:a été|ont été|est|sont|était|étaient) (?:\w+ment )?(?:une?|un vrai|une vraie) "
    r"(?:(?:vraie?|véritable|totale?|belle|sacrée?) )?(?:catastrophe|désastre|fiasco|calamité|"
    r"cauchemar|plaie)\b|"
    r"\bn'(?:est|sont|était|étaient) (?:pas|jamais) (?:venue?s?|passée?s?|arrivée?s?)\b|"
    r"\b(?:a|ont) (?:\w+ )?(?:doublé|dupliqué|facturé deux fois|surfacturé|corrompu|tronqué)\b|"
    r"\b(?:s'est trompée?s?|se sont trompée?s?|(?:a|ont) (?:\w+ )?(?:oublié|perdu|égaré|"
    r"mélangé|confondu|inversé|cassé|supprimé|bloqué|raté|manqué|zappé|loupé|mal \w+|gâché|"
    r"bâclé|saboté|massacré|bousillé|foiré|merdé|cafouillé)|"
    r"n'(?:a|ont|avait|avaient) pas|ne (?:nous |m'|vous )(?:a|ont|avait|avaient) pas|"
    r"(?:aurait|auraient) dû|(?:a|ont) fait (?:une|un|cette|ce) (?:\w+ )?(?:erreur|faute|"
    r"contresens|bêtise|oubli)|s'est emmêlée?s? |(?:a|ont|avait|avaient) (?:\w+ )?(?:envoyé|livré|"
    r"utilisé|transmis|poussé|recopié|imprimé|fourni|choisi|pris|publié|mis|posé|monté|"
    r"installé|commandé|réservé|coupé|découpé|emballé|saisi|noté|indiqué|\w+é)\b[^.;!?]*?\b"
    r"(?:mauvais\w*|ancien\w*|sans|non \w+|erron\w*|incorrect\w*|en retard|de travers|"
    r"au lieu (?:de|du|des|d')|à la place (?:de|du|des|d')|deux fois|en double))"
)
EXCUSE_DENIAL = [
    rx(
        r"\b(?:je te jure|je vous jure|je vous assure|je t'assure) que (?:je |"
        r"j')[^.;!?]*?\b(?:pas au "
        r"courant|rien su|pas su|ignorais|savais pas|savais rien)\b[^.;!?]*"
    ),
    rx(
        r"\b(?:je n'avais|nous n'avions|j'avais|on n'avait|on avait) (?:aucun|pas de|"
        r"pas le) moyen de "
        r"(?:le |la |les )?(?:savoir|deviner|vérifier|prévoir|voir)\b[^.;!?]*|\bcomment "
        r"(?:aurais-je|pouvais-je|aurions-nous|pouvions-nous) (?:pu )?(?:le |la )?(?:savoir|"
        r"deviner)\b[^.;!?]*"
    ),
    rx(
        r"\bpersonne (?:n'aurait|ne pouvait|n'aurait pu|ne pourrait) (?:pu )?(?:faire mieux|"
        r"l'éviter|rien (?:y )?faire|prévoir ça|prévoir cela)\b[^.;!?]*"
    ),
    rx(
        r"\b(?:je |j'|nous |on )?(?:ne |n')?(?:pouvais|pouvait|pouvions|pouvons|peux|peut|pouvait) "
        r"(?:pas|rien) (?:faire )?(?:grand-chose|de plus|rien de plus|plus)\b[^.;!?]*|"
        r"\b(?:le |la |les |l'|mon |ma |mes |notre |nos )?[\w-]+(?: (?:du|de la|des|de) [\w-]+)? "
        r"(?:nous |m')?(?:a|ont|avait|avaient) (?:\w+ )?(?:lâché|rendu l'âme)\b[^.;!?]*"
    ),
    rx(
        r"\bvous savez (?:bien |comme moi )?(?:ce que c'est|comment c'est|comment ça se passe)\b"
        r"[^.;!?]*"
    ),
    rx(r"(?<=,\s)pas (?:de|chez) (?:moi|nous)\b|(?<=,\s)pas (?:notre|ma) faute\b"),
    rx(
        r"\b(?:l'erreur|le problème|la faute|l'oubli|la coquille|ça|cela)\s+ne\s+(?:vient|venait|"
        r"provient)\s+pas\s+de\s+(?:moi|nous|chez nous)\b|\b(?:je|nous) n'(?:ai|avons) rien à voir "
        r"(?:avec|là-dedans)\b"
    ),
    rx(
        r"\b(?:il était|c'était|il aurait été|c'est|il (?:m'|nous )(?:est|était|a été))\s+"
        r"(?:tout simplement |vraiment |"
        r"matériellement |physiquement )?impossible de\b[^.;!?,]*"
    ),
    # « de toute façon la lumière était mauvaise »: an aside blaming conditions
    rx(
        r"\b(?:de toute façon|de toute manière|en plus|par ailleurs)\b,?\s+[^.;!?]*?\b(?:était|"
        r"étaient)\s+(?:\w+\s+)?(?:mauvaise?s?|horribles?|catastrophiques?|exécrables?|"
        r"déplorables?|impossibles?|contre nous)\b[^.;!?,]*"
    ),
    rx(
        r"\b(?:ce n'est |ce n'était |c'est |c'était )?(?:pas|plus) (?:de mon|de notre|dans mon|"
        r"dans notre) (?:ressort|domaine)\b|\b(?:hors de|indépendante? de|indépendants de) "
        r"(?:ma|mon|notre) (?:volonté|contrôle)\b|\b(?:ce n'était |ce n'est )?pas entre (?:mes|"
        r"nos) "
        r"mains\b"
    ),
    rx(
        r"\b(?:je|nous) n'y (?:pouvais|pouvions|peux|pouvons|pouvait) rien\b|\b(?:je|nous) n'y "
        r"(?:suis|sommes|étais|étions) pour rien\b|"
        # spoken French drops the « ne »: « j'y suis pour rien », « on y peut rien »
        r"\b(?:j'|nous |on )y (?:pouvais|pouvions|peux|pouvons|pouvait|peut|suis|sommes|étais|"
        r"étions|est|était) (?:pour )?rien\b"
    ),
    rx(
        r"\b(?:ce n'est|ce n'était|c'est|c'était|ça n'est)\s+(?:vraiment\s+)?pas\s+(?:de\s+)?"
        r"(?:ma|notre) faute\b"
    ),
    rx(
        r"\b(?:je|nous) n'(?:avais|avions|ai|avons) pas (?:eu )?(?:le|d'autre) choix\b|"
        r"\binévitables?\b|\b(?:impossible|pas possible) de faire mieux\b|\b(?:j'ai|nous avons) "
        r"fait (?:de )?(?:mon|notre|au) mieux (?:dans|vu|compte tenu|avec)\b[^.;!?,]*|"
        r"\b(?:je ne suis|nous ne sommes) qu'(?:un |une |des )?(?:être |êtres )?humaine?s?\b|"
        r"\bon ne peut pas être partout\b"
    ),
]
# A plea for understanding or a statement of powerlessness frames what follows as the reason,
# whatever the circumstance is (« il faut dire que nous ne sommes que deux au comptoir »,
# « vous comprendrez qu'un cabinet dentaire doit … », « ça ne dépendait pas de moi »).
EXCUSE_PLEA = [
    rx(
        r"\b(?:il )?faut (?:dire|reconnaître|avouer|comprendre) (?:que|qu')[^.;!?]*|"
        r"\b(?:je|nous) vous (?:rappelle|rappelons) (?:toutefois|cependant|néanmoins|quand même) "
        r"(?:que|qu')[^.;!?]*|"
        r"(?:\b(?:vous )?(?:comprenez|comprendrez)|\btu (?:comprends|comprendras)) "
        r"(?:bien |aisément |sûrement |sans doute )?(?:que|qu')[^.;!?]*|"
        r"[^.;!?,]*,\s*(?:vous comprenez|tu comprends)\b(?=\s*(?:[.!?…]|$))"
    ),
    rx(
        r"\b(?:ça|cela|ce|il|elle)\s+ne\s+(?:\w+\s+)?dépend(?:ait|ent|aient)?\s+pas\s+de\s+"
        r"(?:moi|nous)\b[^.;!?,]*|\b(?:je n'ai|nous n'avons|on n'a) aucune (?:prise|emprise)\b|"
        r"\b(?:sur lequel|sur laquelle|sur lesquels|sur lesquelles) (?:je n'ai|nous n'avons|on n'a)"
        r" aucune prise\b|\bon ne (?:maîtrise|contrôle) (?:rien|pas grand-chose)\b|"
        # « je maîtrise pas leurs serveurs », « nous ne contrôlons pas la météo »
        r"\b(?:je|on|nous)\s+(?:ne\s+)?(?:maîtrise|maîtrisons|contrôle|contrôlons)\s+(?:pas|"
        r"rien)\s+(?:du tout\s+)?(?:leurs?|les|la|le|l'|ces|ce|cette)\b[^.;!?]*|"
        r"\b(?:je|on|nous)\s+(?:ne |n')?(?:pouvais|pouvait|pouvions|pouvons|peux|peut)\s+"
        r"(?:\w+ment\s+)?(?:pas|rien)\s+(?:faire\s+)?(?:de plus|autrement)\b[^.;!?,]*|"
        r"\b(?:je ne peux|on ne peut|je peux|on peut) pas me couper en (?:deux|quatre)\b|"
        r"\b(?:on fait|nous faisons|je fais|j'ai fait|nous avons fait|on a fait) (?:ce qu'on "
        r"(?:peut|pouvait|a pu)|ce que (?:je peux|nous pouvons|j'ai pu|nous avons pu|je pouvais|"
        r"nous pouvions))\b"
    ),
]
CIRCUMSTANCES = rx(
    r"\b(?:(?:très )?forte activité|activité (?:très |particulièrement )?soutenue|pénurie\w*|"
    r"sécheresse|canicule|renouvellement (?:complet )?(?:de (?:notre |l')|d')équipe|"
    r"(?:période|saison) (?:des|de|du) [\w-]+(?: [^\s.;!?,]+){0,2}? (?:est|était) "
    r"(?:très |particulièrement )?"
    r"(?:chargée|intense|tendue)|(?:difficile|impossible) à éviter|inévitables?)\b|"
    r"\b(?:\d+|deux|trois|quatre|cinq|plusieurs) (?:chantiers|mariages|projets|clients|dossiers|"
    r"événements|commandes|livraisons|tournages) (?:en même temps|en meme temps|à la fois|"
    r"cette semaine|ce mois-ci)\b|\bc'(?:était|etait|est) (?:un peu |vraiment |trop )?(?:chaud|"
    r"la folie|le rush|la course|la cata|l'enfer|le chaos)\b|"
    r"\b(?:débordée?s?|surchargée?s?|submergée?s?|charge de travail|malades?|grippe|covid|"
    r"épuisée?s?|à bout|burn-out|stressée?s?|sous pression|grèves?|travaux (?:dans|sur|de voirie)|"
    r"embouteillages?|"
    r"bouchons|intempéries|météo|neige|tempête|panne (?:de courant|d'électricité|internet|"
    r"informatique)|(?:logiciel|ordinateur|serveur|système)\b[^.;!?]*?\b(?:a planté|planté|"
    r"en panne)|a planté|souci familial|soucis familiaux|problèmes? (?:familia(?:l|ux)|personnels?"
    r"|de santé)|raisons personnelles|(?:période|semaine|mois|moment|saison|journée)s? "
    r"(?:(?:de|d'|du|des) [\w-]+ )?(?:(?:est|était|sont|étaient|a été|ont été) )?(?:(?:très|"
    r"particulièrement|vraiment|tellement|si|hyper|super|assez) )?(?:difficiles?|chargée?s?|"
    r"compliquée?s?|intenses?|horribles?|infernale?s?|folles?|chaotiques?|tendue?s?|"
    r"mouvementée?s?)|chaotiques?|(?:\d+|\w+) heures? (?:de sommeil )?par nuit|nuits? blanches?|"
    r"manque de sommeil|(?:pas|peu|mal) dormi|fatiguée?s?|"
    r"(?:délais|planning|calendrier) (?:étaient |était |sont |est )?(?:intenables|"
    r"impossibles?|trop serrés?|irréalistes?|intenable)|seule? (?:pour|à) tout (?:gérer|faire)|"
    r"que deux mains|en déplacement|en vacances|en congé|(?<!votre )(?<!ton )déménagement|rush|"
    r"(?<!de )fin d'année|"
    r"vacances scolaires|ponts? de mai|jours fériés|en une nuit|en urgence|à la hâte|"
    r"dans la précipitation|pris par le temps|canicule|(?<!pompe à )(?<!pompes à )chaleur|"
    r"(?<!sur l')humidité|orages?|"
    r"intempéries|en même temps(?! qu)|à la fois|coup sur coup|"
    r"enchaîn\w+|hospitalisée?s?|à l'hôpital|opérée?s?|"
    r"enterrement|décès|deuil|accident|tout a pris du retard|sous l'eau|la tête sous l'eau|"
    r"noyée?s?|"
    r"croule|croulais|croulons|débordée? de travail|ensevelie?s?|(?<!de )rentrée|"
    r"(?:collègues?|équipe|assistante?|associée?)"
    r"\s+(?:\w+\s+)?(?:absente?s?|malades?|en congé|en arrêt)|(?:ordinateur|imprimante|machine|"
    r"disque dur|connexion|logiciel|serveur)\s+(?:m'|nous )?(?:a |avait )?(?:lâché|planté|"
    r"crashé|grillé|rendu l'âme)|"
    r"(?<!\bvos )(?<!\bles )(?<!\bces )(?<!\bleurs )(?<!\bdes )"
    r"(?:deux|trois|quatre|cinq|plusieurs|\d+) (?:autres )?(?:mariages|projets|clients|"
    r"événements|dossiers|commandes|bouclages|échéances|livraisons|lancements|shootings)|"
    r"(?:le |la |les )?(?:\w+ )?(?:le |la )?plus (?:chargée?s?|intense|fou|folle|dingue) de "
    r"l'année|"
    r"(?:les |le |la )?(?:trains?|métro|rer|bus|routes?|circulation|trafic|aéroport|vols?|poste|"
    r"météo|réseau|connexion) (?:était|étaient|a été|ont été) (?:\w+ )?(?:une catastrophe|un enfer|"
    r"l'enfer|infernale?s?|horribles?|catastrophiques?|le chaos|un cauchemar|une galère)|"
    r"période des (?:bilans|fêtes|soldes)|\w+ (?:mariages|projets|clients|événements|dossiers) à "
    r"(?:gérer|mener|boucler)|pas la tête à ça|pieds et poings liés|les mains liées)\b"
)
# A machine or vehicle that broke down, told as what happened to the writer: « mon four est tombé
# en panne à 4 h », « le camion réservé était en panne » (a breakdown excuses; it does not hide
# who did something)
BREAKDOWN = rx(
    r"(?:^|(?<=[,;:] )|(?<=\bet )|(?<=\bmais )|(?<=\bcar ))(?:le|la|les|l'|mon|ma|mes|notre|nos)"
    r"\s*[\w-]+(?: [\w-]+)? (?:(?:est|sont|était|étaient) (?:\w+ )?(?:tombée?s? )?en panne|"
    r"(?:nous |m')?(?:a|ont|avait|avaient) (?:\w+ )?(?:lâché|rendu l'âme))\b[^.;!?]*"
)
# A circumstance as the subject that hindered the work: « la période estivale et le volume de
# déclarations ont fortement ralenti nos services », « les grèves ont bloqué nos livraisons »
HINDERED = rx(
    r"(?:^|(?<=[,;:] )|(?<=\bet )|(?<=\bmais ))(?:la|le|les|l'|une?|des|deux|trois|ces|cette|ce)\s*"
    r"[^.;!?,]{3,120}?\s(?:a|ont|avait|avaient) (?:\w+ )?(?:fortement |beaucoup |considérablement |"
    r"très )?(?:ralenti|perturbé|compliqué|bloqué|désorganisé|paralysé|retardé|chamboulé|"
    r"rendu (?:\w+ )?(?:impossible|difficile|compliqué)e?s?)\b[^.;!?]*"
)
# A recent change of tools or suppliers told in a clause of its own as the circumstance: « nous
# avons changé de logiciel ce mois-ci et tout le monde s'y perd », « notre imprimeur a changé
# ses références cette année » (« lors du changement de logiciel » inside the report is not)
TRANSITION = rx(
    r"(?:^|(?<=[,;:] )|(?<=\bet )|(?<=\bmais ))(?:(?:nous avons|on a|j'ai|nous venons de|on "
    r"vient de|je viens de)\s+chang(?:é|er)\s+(?:de |d')|(?:le|la|les|l'|notre|nos|mon|ma|mes|"
    r"leur)\s*[\w-]+(?:\s+[\w\x27\u2019-]+){0,3}?\s+(?:a|ont|vient de|viennent de)\s+"
    r"chang(?:é|er)\s+"
    r"(?:de |d'|ses |son |sa |leurs? |tout))[^.;!?]*?\b(?:ce mois-ci|cette (?:semaine|année|"
    r"saison)|cet (?:été|hiver|automne)|récemment|depuis peu|la semaine dernière|le mois dernier|"
    r"il y a (?:peu|quelques \w+|\w+ (?:jours|semaines|mois)))\b[^.;!?]*"
)
# « entre la rentrée et mon déménagement, je n'ai pas vu passer l'échéance »
BUSY_BETWEEN = rx(
    r"\bentre (?!(?:le |les )?\d|midi|minuit|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"[^,.;!?]{3,60}? et [^,.;!?]{2,60},\s*[^.;!?]*?\b(?:n'ai pas|n'avons pas|ai oublié|"
    r"avons oublié|m'a échappé|nous a échappé|pas vu|pas pu|raté|manqué|perdu de vue|"
    r"n'avais (?:\w+ )?pas|n'avions (?:\w+ )?pas|la tête ailleurs|plus la tête|pas les moyens|"
    r"pas le temps|pas eu le temps|c'est de la survie|on fait ce qu'on peut)\b[^.;!?]*"
)
CIRCUMSTANCE_FRAME = rx(
    r"\b(?:à cause (?:de|du|des|d')|en raison (?:de|du|des|d')|avec (?:ma|mon|mes|notre|nos|la|le|"
    r"les|l'|toute la|"
    r"tout le|tous les|toutes les|cette|ce|ces)|vu (?:la|le|les|l')|compte tenu (?:de|du|des)|"
    r"étant donné|il faut dire que|je dois dire que|j'ai dû|nous avons dû|pour ma défense|"
    r"à ma décharge|vous savez "
    r"(?:comme moi |bien )?(?:que|comment)|c'est pour (?:ça|cela) que|c'est pourquoi|"
    r"(?:je|nous) (?:suis|sommes|étais|étions|me sens)|j'(?:étais|ai été|ai eu|avais)|"
    r"nous (?:avons été|avons eu|avions)|ma connexion|dans un contexte (?:de|d')|comme vous le "
    r"savez|avec (?:un|une)|pendant (?:la|le|les|l'|notre|nos|mon|ma|mes|cette|ce|ces)|"
    r"durant (?:la|le|les|l'|notre|nos|mon|ma|mes|cette|ce|ces)|au milieu (?:de|du|des|d')|"
    r"en pleine? |(?:je|nous|on) (?:ne |n')?(?:dors|dormons|dort|dormais|dormions|dormait)\b)"
)
CAUSAL_CONNECTOR = (
    r"(?:en raison (?:de|du|des|d')|à cause (?:de|du|des|d')|du fait (?:de|du|des|d')|"
    r"suite (?:à|au|aux)|vu (?:la|le|les|l')|étant donné (?:la|le|les|l')|compte tenu (?:de|du|"
    r"des|d')|avec (?:la|le|les|l'|ces|cette|ce|tout|toute|tous|toutes))"
)
OUTCOME = rx(
    r"\b(?:retards?|retardée?s?|pas pu|pas été|n'(?:a|ont|avons|ai|était|étaient|avait|avaient) "
    r"pas|erreurs?|problèmes?|soucis|décalée?s?|reportée?s?|manquée?s?|ratée?s?|impossible|"
    r"bloquée?s?|annulée?s?|perdue?s?|glissée?s?|incomplète?s?|pas (?:prête?s?|livrée?s?|"
    r"envoyée?s?))\b"
)
FIRST_PERSON_WORD = rx(r"(?:\b(?:je|j'|me|m'|moi|mon|ma|mes|nous|notre|nos)\b|\bj'|\bm')")
# One's own operations named as the cause: the error told without its author, not an excuse.
OWN_OPERATION = rx(
    r"\b(?:mise à jour|migration|mise en ligne|mise en production|mise en prod|refonte)\b"
)
CAUSAL_OPENER = rx(
    r"^(?P<greet>(?:bonjour|bonsoir|salut|hello|madame|monsieur)\b[^,.;!?]{0,30},\s*)?"
    r"(?:(?:mais|et|bon|bref|malheureusement|hélas|franchement)\s*,?\s+)?"
    + CAUSAL_CONNECTOR
    + r"\s*(?P<cause>[^,.;!?]{2,80}),\s*(?P<main>[^.;!?]*)"
)
CAUSAL_AFTER = rx(
    r"\b(?:en retard|retardée?s?|décalée?s?|reportée?s?|pris du retard|manquée?s?)\b[^.;!?,]*?"
    r"\b(?:en raison (?:de|du|des|d')|à cause (?:de|du|des|d')|du fait (?:de|du|des|d'))\s*"
    r"(?P<cause>[^.;!?,]{2,80})"
)
SUBJECTLESS_FAULT = rx(
    r"^(?:(?:oups|zut|mince|aïe|bon|ah|oh|pardon|désolée?|bref)\b[\s,!.]*)?(?:\w+ment\s+)?"
    r"(?:oublié|zappé|confondu|inversé|mélangé|loupé|mal (?:lu|compris|recopié)|"
    r"(?:envoyé|mis|pris|utilisé|imprimé) (?:le |la |les )?mauvais)\b"
)
CONSEQUENCE = rx(
    r"[^.;!?]*?\b(?:c'est pour (?:ça|cela) que|c'est pourquoi|d'où (?:ce|le|la|les|mon)|donc "
    r"(?:je|nous) "
    r"n'(?:ai|avons) pas pu|si bien que|d'où|, donc|et donc|du coup|de sorte que|résultat|"
    r"ce qui fait que|ce qui explique)\b[^.;!?]*"
)
# « donc je termine la réponse demain »: the writer's next act, not what the circumstance stopped
PLAN_AROUND_IT = rx(r"\b(?:donc|du coup|alors),?\s+(?:je|j'|nous|on)\s+(?!n['e])")
# « une petite erreur », « le léger décalage »: the fault named with a size word
SMALL_FAULT = rx(
    r"\b(?:(?:une?|la|le|ce|cette|ces|des|mon|ma|notre)\s+)?(?:tout |tous |toute )?"
    r"(?:petite?s?|(?:léger|légère|légers|légères)|minimes?|minuscules?|infimes?|"
    r"mini)\s+(?:[\w-]+\s+)?" + FAULT_NOUNS + r"\b(?: de rien du tout)?"
)
MINIMISATION = [
    rx(
        r"\bsans (?:incidence|impact|conséquence)s? (?:notable|réelle|majeure|significative)s?\b|"
        r"\bqu'un impact (?:très )?(?:relatif|minime|marginal|négligeable)\b|\bimpact (?:très )?"
        r"relatif\b|\bfraction (?:marginale|infime|négligeable)\b|\b(?:aléa|incident|problème|"
        r"souci|erreur)s? (?:tout à fait |assez |très |plutôt )?(?:courant|classique|fréquent|"
        r"banal|normal)e?s?\b[^.;!?]*"
    ),
    rx(
        r"\b(?:c'est|c'était|c'etait|ça reste) (?:pas|vraiment pas|quand même pas) "
        r"(?:bien |très |si |trop |vraiment |non plus )?(?:grand[- ]chose|méchant|grave|"
        r"dramatique|la mort|un drame|la fin du monde)\b(?:\s+hein)?"
    ),
    rx(r"\b(?:ce n'est|c'est|ça n'est)\s+(?:vraiment\s+|franchement\s+)?rien\b(?!\s+(?:de|à))"),
    rx(
        r"\b(?:ça|cela|elle|il|on)\s+ne\s+(?:se\s+)?(?:voit|remarque|verra|distingue)\s+(?:presque|"
        r"quasiment|pratiquement)\s+pas\b|\b(?:ça|cela|elle|il)\s+(?:se voit|se remarque) "
        r"(?:presque pas|quasiment pas|à peine)\b"
    ),
    rx(
        r"\b(?:n'est|n'était|ne sera)\s+pas\s+(?:vraiment\s+)?(?:un drame|une tragédie|dramatique|"
        r"tragique|la mort|un crime|si terrible)\b"
    ),
    rx(r"\b(?:c'est|ce n'est)\s+(?:vraiment\s+|franchement\s+)?(?:rien du tout|rien de rien)\b"),
    rx(
        r"\b(?:presque|quasiment|pratiquement|quasi) (?:identiques?|pareil(?:le)?s?|la même|le "
        r"même)\b|\bça arrive(?=\s*[,.!;]|\s+que voulez-vous)(?:,? que voulez-vous)?|\bce sont des "
        r"choses qui arrivent\b"
    ),
    rx(
        r"\b(?:ça|cela|ce|elle|il)\s+ne\s+(?:devrait|va|devra|risque)\s+pas\s+(?:vraiment\s+)?"
        r"(?:poser (?:de |le moindre )?(?:problème|souci)|gêner|déranger|changer grand-chose)\b|"
        r"\b(?:passe|passera|passerait|passeront|est passée?) (?:complètement |totalement |sans "
        r"doute )?inaperçue?s?\b"
    ),
    rx(
        r"\brien (?:qui|qui ne) (?:\w+ )?(?:empêche|empêchera|gêne|gênera|change|changera|bloque|"
        r"compromet|dérange|perturbe|affecte)\b[^.;!?,]*|\b(?:peu de gens|peu de monde|presque "
        r"personne|pas grand monde|très peu de (?:gens|lecteurs|invités|clients))\s+(?:ne\s+)?"
        r"(?:le |la |les |l'|y |s'en )?(?:remarquer\w*|verr\w*|voi\w*|prêter\w*|fer\w*|"
        r"apercevr\w*|rendr\w*)\b[^.;!?,]*|\bpersonne ne (?:le |la |les |l')?(?:voit|remarque|"
        r"lit|verra|remarquera|fait attention|s'en aperçoit|s'en apercevra)\b[^.;!?,]*"
    ),
    rx(
        r"\b(?:c'est|ce n'est|ça reste|c'était|il s'agit d')\s+(?:\w+ment\s+|juste\s+|seulement\s+|"
        r"qu')?(?:un|une)\s+(?:(?:petit|simple|tout petit|minuscule)\s+)?(?:détail|broutille|"
        r"formalité|bricole|paille|rien)\b|\b(?:ça|cela|c'est|ce sera) (?:se )?(?:corrige|règle|"
        r"répare|rattrape|modifie|change)(?:ra)? en (?:deux|cinq|trois|quelques|dix|\d+) "
        r"(?:minutes|secondes|clics)\b|\bfacile(?:ment)? (?:à )?(?:corriger|rattrapable|"
        r"rattraper)\b|\b(?:les|vos|nos) (?:invités|lecteurs|clients|visiteurs|participants|"
        r"utilisateurs|convives|gens)\b[^.;!?,]*?\b(?:bien|quand même|sans problème|sans souci|"
        r"sans difficulté|de toute façon)\b[^.;!?,]*"
    ),
    rx(
        r"\b(?:juste|seulement|simplement|rien qu')\s*(?:une?\s+)?(?:(?:petite?|léger|légère|"
        r"minuscule|"
        r"simple)\s+)?(?:[\w-]+\s+)?"
        + FAULT_NOUNS.replace("fautes?|", "fautes?|détails?|formalités?|broutilles?|")
        + r"\b"
    ),
    rx(
        r"\b(?:ce n'est|c'est|ça n'est|ce n'était|c'était|il ne s'agit)\s+qu'(?:une?|un petit|une "
        r"petite)\s+[^.;!?,]*"
    ),
    rx(r"\b(?:une?|la|le|ce|cette|ces|des)\s+(?:simple|banale?)\s+" + FAULT_NOUNS + r"\b"),
    SMALL_FAULT,
    rx(
        r"\brien de (?:bien )?(?:grave|méchant|dramatique|sérieux|bien méchant)\b|\b(?:ce n'est|"
        r"c'est|ça n'est|ce n'était|c'était|ça n'a rien)\s+(?:pas\s+)?(?:bien |si |très |trop |"
        r"vraiment )?(?:grave|dramatique|la fin du monde|bien méchant|important|de grave)\b|"
        r"\bpas (?:la fin du monde|bien grave|si grave|très grave|grave)\b|\bpas de quoi "
        r"(?:s'inquiéter|s'alarmer|paniquer|fouetter un chat|en faire (?:un drame|une histoire|"
        r"tout un plat|un fromage))\b|\bil n'y a pas de quoi (?:en faire|s'inquiéter|s'alarmer)"
        r"[^.;!?,]*|\b(?:ça|cela|ce genre de (?:chose|choses|erreur|erreurs)|ces choses-là|les "
        r"erreurs|les coquilles)\s+(?:peut |peuvent |pourrait |pourraient )?(?:arrive|arrivent|"
        r"arriver) (?:à tout le monde|aux meilleurs|tout le temps|souvent|régulièrement|à "
        r"n'importe qui|à chacun)\b[^.;!?,]*|\btrois fois rien\b|"
        r"\b(?:personne|aucun \w+|nul) ne (?:le |la |les )?(?:remarquera|verra|s'en apercevra|"
        r"s'en rendra compte|fera la différence)\b[^.;!?,]*|\b(?:ça|cela|elle|il) (?:se voit|se "
        r"remarque|se lit) à peine\b|\bà peine (?:visible|perceptible|lisible)s?\b|"
        r"\b(?:restent |sont |est |reste )?(?:presque|quasiment|à peu près|pratiquement) "
        r"(?:justes?|bons?|corrects?|exacts?)\b|\b(?:sauront|saura|pourront|pourra) (?:rectifier|"
        r"corriger|comprendre|s'y retrouver|faire avec)\b|\bde rien du tout\b|\bune broutille\b|"
        r"\bnégligeables?\b|\bsans gravité\b|\bune paille\b"
    ),
]
# Scope shrunk by a count (« ça ne décale que de quelques pixels »), an effect denied (« ça ne
# changera rien »), a trifle's name (« une niaiserie ») or nobody noticing, with or without the
# « ne » spoken French drops.
MINIMISATION.append(
    rx(
        r"\b(?:ça|cela|ce|il|elle|ils|elles)\s+(?:ne |n')?(?:\w+ )?(?:change\w*|changer\w*|"
        r"affecte\w*|bouge\w*)\s+(?:absolument |strictement |vraiment |presque |quasiment |"
        r"pratiquement )?rien\b[^.;!?,]*|"
        r"\bne (?:\w+ )?(?:décal|dépass|diff[eè]r|bou?g|change)\w* (?:\w+ )?que (?:de |d')?"
        r"(?:quelques|deux|trois|un|une|peu|pas grand-chose)\b[^.;!?,]*|\b(?:une?|cette|ce)\s+"
        r"(?:petite?\s+)?(?:niaiserie|broutille|bagatelle|vétille|bricole|peccadille|"
        r"bêtise de rien|pacotille)\b|\bpersonne (?:ne |n')?(?:va |ira )?(?:s'en (?:rendre "
        r"compte|rendra compte|apercevoir|apercevra)|(?:le |la |les |l')?(?:voir|verra|"
        r"remarquer|remarquera|remarquerait|verrait|voit|remarque))\b[^.;!?,]*"
    )
)
MINIMISATION.append(
    rx(
        r"\b(?:" + FAULT_NOUNS[3:-1] + r"|écarts?|différences?|variations?|impacts?|effets?|"
        r"dégâts?|dommages?|conséquences?)\s+(?:très |tout à fait |vraiment |plutôt |assez )?"
        r"(?:minimes?|infimes?|mineure?s?|insignifiante?s?|dérisoires?|marginale?s?|"
        r"anecdotiques?|limitée?s?)\b[^.;!?]*"
    )
)
# « c'est plutôt dans la norme », « ne vous en faites pas pour … », « plein de bonnes »
MINIMISATION.append(
    rx(
        r"\b(?:c'est|ça reste|cela reste|c'est plutôt|c'est assez|ça fait partie)\s+"
        r"(?:plutôt |assez |tout à fait |bien )?(?:dans la norme|dans les normes|normal pour|"
        r"courant "
        r"(?:pour|dans)|du métier|des choses qui arrivent|le jeu)\b[^.;!?]*|\b[^.;!?,]{0,60},\s*"
        r"c'est (?:plutôt |assez )?dans la norme\b|\bne (?:vous en faites|t'en fais|vous inquiétez|"
        r"t'inquiète) pas (?:trop |tant )?(?:pour|au sujet de|à propos de)\b[^.;!?]*|\bil y en a "
        r"(?:plein|beaucoup|des tas|pléthore) (?:de|d') (?:bonnes|bons|réussies|réussis|autres)\b"
    )
)
# The scope talked down in other words: « ça ne change pas grand-chose », nobody will see it
# (« vous ne verrez pas la différence », « les enfants ne vont même pas le remarquer »), nothing
# alarming, it goes away by itself (« ça repousse », « ça sera parti »), « ça arrive avec le gel ».
MINIMISATION.append(
    rx(
        r"\b(?:ça|ca|cela|ce|c'|il|elle)\s*(?:ne\s+|n')?(?:[\w-]+\s+){0,2}?pas\s+(?:bien\s+|très\s+|"
        r"vraiment\s+|tant\s+que\s+ça\s+)?grand[- ]chose\b[^.;!?,]*|"
        r"\b(?:vous|tu|on|personne|les gens|le public|(?:vos|les|tes|nos|ses|leurs) [\w-]+)\s+"
        r"(?=(?:[^\s.;!?,]+\s+){0,5}?(?:verr|voi[tre]|remarqu|aperç|apercev|distingu|fer\w* la "
        r"différence|fai\w* attention|a fait attention|ont fait attention))"
        r"(?=(?:[^\s.;!?,]+\s+){0,5}?(?:pas|rien|jamais|que du feu)\b)"
        r"(?!(?:[^\s.;!?,]+\s+){0,5}?plus\b)"
        r"(?:[^\s.;!?,]+\s+){0,6}?(?:pas|rien|jamais|que du feu|la différence|attention)\b"
        r"[^.;!?,]*|"
        r"\b(?:ça|ca|cela)\s+se\s+(?:voit|verra|remarque|remarquera)\s+(?:à|a)\s+peine\b|"
        r"\b(?:ça|ca|cela)\s+(?:ne\s+)?(?:se\s+)?(?:paraît|parait|paraîtra|voit|verra)\s+"
        r"(?:presque\s+|même\s+)?pas\b[^.;!?,]*|"
        r"\brien d(?:e |')(?:bien |très |vraiment |si )?(?:alarmant|inquiétant|important|"
        r"irremplaçable|irréparable|catastrophique|anormal|affolant)\b[^.;!?,]*|"
        r"\bpas de quoi (?:s'\w+|en faire\b)[^.;!?,]*|"
        r"\bpersonne (?:n'a|ne va|ne fait|ne fera)\s+(?:\w+ment\s+)?(?:fait |faire )?attention\b"
        r"[^.;!?,]*|"
        r"\b(?:ça|ca|cela)\s+(?:repousse\w*|(?:sera|seront) partie?s?|partira|s'en ira|"
        r"disparaîtra|s'estompera|se tassera)\b[^.;!?,]*|"
        r"\b(?:ça|ca|cela)\s+(?:ne\s+)?(?:fait|fera|change|changera)\s+aucune différence\b|"
        r"\bça arrive (?:avec|quand|parfois|souvent|de temps en temps)\b[^.;!?,]*"
    )
)
# The harm sized down to a small amount given as the whole of it (« c'était 5 minutes », « c'est
# quelques centimètres », « ça ne fait qu'une semaine de décalage », « l'écart représente moins
# de 1 % »): a copula or « ne … que » before a count of time, length or share. Money is left
# out: « c'est 50 euros » is how a refund is told.
_SMALL_COUNT = (
    r"(?:\d+(?:[,.]\d+)?|un|une|deux|trois|quatre|cinq|dix|quelques|deux ou trois|trois ou "
    r"quatre)\s+(?:petite?s?\s+)?(?:minutes?|secondes?|heures?|jours?|journées?|semaines?|"
    r"centimètres?|cm|millimètres?|mm|pixels?|px|%|pour ?cent|lignes?|mots?|lettres?|virgules?|"
    r"bricoles?|détails?|points?|pages?|photos?)\b"
)
MINIMISATION.append(
    rx(
        r"(?:^|[,;:]\s*|\b(?:mais|et|bon|enfin|franchement|honnêtement)\s+)(?:c'est|c'était|ça "
        r"fait|ça faisait|ce n'est que|ce n'était que|ça ne fait que|ça ne faisait que|ça n'a "
        r"duré que|ça a duré)\s+(?:à peine\s+|juste\s+|seulement\s+|même pas\s+|que\s+|qu')?"
        + _SMALL_COUNT
        + r"(?![^.;!?]*\b(?:offert|gratuit|remise|réduction|rembours|geste|location|à pied|de "
        r"route|de trajet|d'avance|plus tôt|avant)\w*)[^.;!?]*|"
        r"\b(?:ne|n')\s*(?:\w+\s+)?(?:fait|représente|concerne|touche|dure|durera|"
        r"fera|représentera)\s+qu(?:e |')(?:à peine |)"
        + _SMALL_COUNT
        + r"[^.;!?,]*|\b(?:représente|représentait|concerne|touche)\s+(?:à peine |moins d(?:e "
        r"|'))(?:\d+(?:[,.]\d+)?\s*(?:%|pour ?cent)|\w+ (?:pour|sur) (?:cent|mille))[^.;!?]*"
    )
)
# Nobody minds or looks (« personne ne s'en formalise », « personne à la banque ne va éplucher
# ça », « la mutuelle ne regarde jamais les dates »), the kind of thing that happens, a fix
# that takes minutes, an effect denied (« ça ne va pas te gâcher … »), a belittling predicate
# (« reste anecdotique »).
MINIMISATION.append(
    rx(
        r"\bpersonne (?:[\w'-]+ ){0,3}?(?:ne |n')(?:va |ira |vont )?(?:s'en |se |le |la |les |l'|"
        r"y )?(?:formalis\w*|arrêt\w*|éplucher|épluche\w*|soucie\w*|soucier|plaindr\w*|plaint|"
        r"offusque\w*|choque\w*|rendr\w* compte|intéresse\w*|attarde\w*)\b[^.;!?,]*|"
        r"\b(?:c'est|ce sont) (?:le|les) genres? de (?:truc|chose|coquille|erreur|souci|problème|"
        r"bricole|détail|oubli|faute|pépin)s? (?:qui arrivent?|qu'on|que l'on|dont personne)\b"
        r"[^.;!?,]*|"
        r"\b(?:ça|cela|ce|elle|il)\s+se\s+[\w-]+\s+en\s+(?:deux|trois|cinq|dix|quelques|\d+)\s+"
        r"(?:minutes|secondes|clics|coups? de \w+)\b[^.;!?,]*|"
        r"\b(?:ça|cela|ce|il|elle)\s+ne\s+(?:va|devrait|risque)\s+pas\s+(?:vraiment\s+|trop\s+)?"
        r"(?:vous |te |t'|leur |lui )?(?:gâter|gâcher|ruiner|compromettre|empêcher|perturber|"
        r"changer) (?:la|le|les|votre|ton|ta|tes|vos|leur|leurs)\b[^.;!?,]*|"
        r"\bpas la mer à boire\b|"
        r"\b(?:reste|restent|restait|demeure|demeurent)\s+(?:très |assez |plutôt |tout à fait |"
        r"somme toute |finalement )?(?:anecdotique|marginal|marginale|minime|mineur|mineure|"
        r"dérisoire|insignifiant|insignifiante|bénin|bénigne)s?\b[^.;!?,]*"
    )
)
CONDITIONAL_FEELINGS = rx(
    r"\b(?:désolée?s?|navrée?s?|(?:je|nous) (?:regrette|regrettons)|(?:je|nous) (?:m'|nous )"
    r"excus\w+)\s+(?:que|qu')\s+[^.;!?]*?\b(?:pris|preniez|ressenti|ressentiez|sentie?s?|"
    r"perçu|perceviez|vécu|viviez|trouvé|trouviez|déçue?s?|vexée?s?|froissée?s?|blessée?s?|"
    r"sentir|ressentir|percevoir|vivre|"
    r"contrariée?s?|lésée?s?|mécontente?s?|impression|plaise|plaisent|convienne|conviennent|"
    r"satisfasse|attentes|plu|convenu|satisfait|déçue?s?|enchantée?s?|paru|parue?s?|semblé)\b"
    r"[^.;!?]*"
)
CONDITIONAL_LEARNED = rx(
    r"\b(?:navrée?s?|désolée?s?) d'apprendre que [^.;!?]*?\b(?:attentes|déçue?s?|mécontente?s?|"
    r"insatisfaite?s?|pas plu|pas convenu|pas (?:été )?satisfaite?s?)\b[^.;!?]*"
)
CONDITIONAL_HEDGED = rx(
    r"\b(?:désolée?s?|navrée?s?|excuses|excus\w+|pardon|regrett\w+)\b[^.;!?]*?\b(?:(?:les |"
    r"des )éventuel(?:le)?s [\w-]+|(?:tout|toute|tous|toutes|le|la|les|l'|des|un|une) "
    r"(?:[\w-]+ )?[\w-]+ éventuel(?:le)?s?|(?:la |les |"
    r"tout |toute |tous |toutes )?(?:\w+ )?(?:gêne|désagréments?|dérangements?|inconvénients?|"
    r"torts?|contrariétés?|préjudices?|soucis|troubles?|perturbations?)s? (?:\w+ )?"
    r"(?:éventuel\w*)|(?:les |des )?éventuel\w* (?:gêne|désagréments?|dérangements?|"
    r"inconvénients?|torts?|contrariétés?|préjudices?|soucis|troubles?|perturbations?)|"
    r"(?:tout|toute|tous|toutes) (?:\w+ )?(?:gêne|désagréments?|dérangements?|inconvénients?|"
    r"préjudices?)|(?:a|aurait|auraient|ont|aient|ait) pu (?:vous |leur )?(?:causer|occasionner|"
    r"engendrer|provoquer|créer|entraîner|générer|poser|susciter)|que vous (?:avez|auriez|"
    r"ayez) (?:éventuellement )?pu (?:rencontrer|subir|connaître|ressentir|vivre|éprouver)|"
    r"pour le cas où|au cas où|dans "
    r"le cas où|s'il y a (?:eu|pu avoir))\b[^.;!?]*"
)
# « Toutes nos excuses le cas échéant », « désolés, s'il y a lieu, pour … »: the apology hangs
# on a condition.
CONDITIONAL_IF_ANY = rx(
    r"\b(?:désolée?s?|navrée?s?|excuses|excus\w+|pardon)\b[^.;!?]*?\bà (?:celles et ceux|ceux et "
    r"celles|ceux|celles|quiconque|tous ceux|toutes celles|toutes les personnes|chacun) (?:que|qui"
    r"|qu')\b[^.;!?]*?\b(?:aurai(?:t|ent) pu|a pu|ont pu|aient pu|ait pu|pourrai(?:t|ent))\b"
    r"[^.;!?]*|"
    r"\b(?:désolée?s?|navrée?s?|excuses|excus\w+|pardon|regrett\w+)\b(?:\s+(?:\w|')+){0,4}?[\s,]+"
    r"(?:le cas échéant|s'il y a lieu|si besoin est|éventuellement)\b[^.;!?]*|\b(?:le cas "
    r"échéant|s'il y a lieu),?\s+(?:(?:\w|')+\s+){0,3}?(?:excuses|désolée?s?|navrée?s?|pardon)\b"
    r"[^.;!?]*"
)
_MAIN_CLAUSE_START = rx(
    r"^\s*(?:le|la|les|l'|un|une|des|votre|vos|notre|nos|mon|ma|mes|ce|cette|ces|il|elle|ils|"
    r"elles|je|j'|nous|on)\b"
)
EXISTENTIAL = rx(
    r"\bil y (?:a eu|avait eu|aurait eu)\s+(?:(?:un|une|des|quelques|plusieurs|le|la|l'|ce|"
    r"cette)\s*)?(?:[\w-]+\s+){0,2}?" + FAULT_NOUNS + r"\b[^.;!?,:]*|\bil s'est produit\b"
    r"[^.;!?,:]*|\bil (?:est|y a) arrivé (?:un|une|des) [^.;!?,:]*|"
    r"(?:\bil\s+|(?<![\w\x27\u2019]))y (?:a|avait) (?:eu )?(?:un|une|des|deux|trois|quatre|"
    r"quelques|plusieurs|\d+) (?:[\w\x27-]+ ){1,3}?(?:inversée?s?|erronée?s?|manquante?s?|"
    r"oubliée?s?|en trop|mal (?:placée?s?|orthographiée?s?|imprimée?s?|écrite?s?))\b[^.;!?,:]*"
)
OWNERSHIP = rx(
    # « Ce n'était pas correct de ma part »: a fault judged as one's own, not a denial
    r"\b(?:ce n'était|ce n'est|c'était|c'est|ça n'était|ça n'est)\s+(?:vraiment\s+)?(?:pas\s+)?"
    r"(?:très |du tout |vraiment |franchement )?(?:correct|professionnel|sérieux|acceptable|"
    r"normal|digne|honnête|malin|pro|élégant|respectueux|inadmissible|inacceptable|maladroit|"
    r"léger|négligent)\s+de (?:ma|notre) part\b|"
    r"\b(?:ma|notre) (?:faute|responsabilité|erreur|négligence)\b|\bmon (?:erreur|oubli|tort|"
    r"étourderie|manque|fait|erreur)\b|\bde (?:ma|notre) part\b|\b(?:la|le) (?:mienne?|"
    r"nôtre)\b|\b(?:j'|nous )(?:en )?assum\w+|\bc'est à (?:moi|nous) d'(?:assumer|en répondre)|"
    r"\b(?:la responsabilité|la faute|l'erreur) (?:me|nous) (?:revient|incombe)\b|"
    r"\b(?:m'|nous )(?:est|était|sont|étaient) (?:\w+ment )?imputables?\b|"
    # « ce que je peux faire de mon côté » owns nothing
    r"(?<!faire )(?<!fais )(?<!ferai )(?<!agir )"
    r"\bde (?:mon|notre) côté\b(?!,?\s+(?:tout|le|la|les|l')\b[^.;!?]{0,40}?\b(?:était|étaient|est|"
    r"sont)\s+(?:\w+\s+)?(?:correcte?s?|complète?s?|conformes?|en ordre|configurée?s?|prête?s?|"
    r"parfaite?s?|impeccables?)|,?\s+(?:tout\s+)?(?:fonctionn|march)\w*|,?\s+(?:j'|nous )"
    r"(?:avais|avions|ai|avons) (?:\w+ment )?bien\b)|\bde (?:mon|notre) fait\b|"
    r"\bc'(?:est|était) à (?:moi|nous) (?:de\b|d')|"
    r"\bil m'appartenait\b|"
    r"\bc'(?:est|était) (?:mon|ma|mes|notre|nos) [\w-]+ qui (?:était|étaient|est|sont) "
    r"(?:fausse?s?|erronée?s?|incorrecte?s?|en cause|le problème)\b|\bc'(?:est|était) (?:moi|"
    r"nous) qui\b|\b(?:vient|"
    r"venait|provient) (?:d'abord |surtout |avant tout |entièrement )?de (?:moi|nous)\b|"
    r"\b(?:l'erreur|la faute|l'oubli|l'omission) (?:est|était) (?:bien )?à (?:moi|nous)\b|"
    r"\b(?:m'|nous )incomb\w+|\b(?:je suis|nous sommes) "
    r"(?:seule?s? |entièrement |pleinement |le seul |la seule )?responsables?\b|\b(?:j'aurais|"
    r"nous aurions) (?:dû|pu)\b|\b(?:je n'aurais|nous n'aurions) (?:jamais|pas) dû\b"
    # « je n'aurais jamais dû me lancer dans ce métier » condemns the career, not the act
    r"(?! (?:me|nous) (?:lancer|installer)| (?:faire|exercer|choisir) ce métier)|"
    r"\b(?:je|nous) (?:prends|prenons) (?:l'entière |toute la |la "
    r"pleine |la )?responsabilité|\bmea culpa\b|\b(?:je me suis|"
    r"nous nous sommes) (?:\w+ment )?(?:trompée?s?|plantée?s?|"
    r"emmêlée?s?|fourvoyée?s?|loupée?s?)\b|"
    r"\b(?:j'ai|nous avons) (?:fait|commis) (?:une|un|cette|l'|des|deux) (?:\w+ )?(?:erreur|faute|"
    r"oubli|bêtise|contresens)|\bc'est de mon fait\b|\b(?:j'ai|nous avons) mal \w+|"
    r"\b(?:je|nous) (?:m'en veux|nous en voulons)\b|\bon a (?:fait|commis) (?:une|un|cette|l'|des|"
    r"deux) (?:\w+ )?(?:erreur|faute|oubli|bêtise|boulette)|\bc'est (?:moi|nous)\s*[:!—.]|"
    r"\b(?:j'en porte|nous en portons|je porte|nous "
    r"portons) (?:l'entière |toute la |la pleine |la )?responsabilité|\bc'(?:est|était) (?:bien|"
    r"donc|vraiment|effectivement) (?:moi|nous) qui\b|\b(?:j'en prends|"
    r"nous en prenons) (?:l'entière "
    r"|toute la |la pleine |la )?responsabilité|\bc'(?:est|était) à (?:moi|nous) qu'il "
    r"(?:revenait|revient|appartenait|appartient|incombait|incombe)\b"
)
# « s'est craquelé parce que je l'ai appliqué par temps humide », « car je n'ai pas bien serré
# l'onglet »: one's own past act given as the cause (a negation before it is not a denial)
OWN_NOT_KEPT = rx(
    r"\b(?:je|j'|nous|on)\s*(?:ne |n')(?:\w+ )?(?:suis|sommes|est|ai|avons|a)\s+pas\s+"
    r"[^.;!?]*?\bcomme (?:promis|prévu|convenu|annoncé|entendu)\b"
)
OWN_CAUSE = rx(
    r"\b(?:parce que|parce qu'|car|puisque)\s*(?:je|j'|nous)\s*(?:ne |n')?(?:l'|les |la |le |"
    r"lui |leur |y |en )?(?:ai|avons|avais|avions)\s+(?:pas |jamais )?(?:\w+ )?"
    r"(?!reçu|obtenu|appris|été\b|eu\b|dû\b|pu\b|su\b|attendu|demandé)"
    r"[a-zéèêàç-]+(?:é|ée|és|ées|i|is|it|u|ue|us)\b"
)
# After the error is told, the writer's dated act on the thing itself, taken up by a pronoun, is
# the remedy already done (« je l'ai rétablie à 10 h », « je l'ai changé ce matin à 9 h »).
DONE_TO_IT = rx(
    r"\b(?:je|j'|nous|on)\s*(?:vous |te |lui |leur )?(?:l'|les |la |le )(?:ai|avons|a)\s+"
    r"(?:déjà |aussitôt |tout de suite |immédiatement |bien )?[a-zéèêàâîôûç]+(?:é|ée|és|ées|i|ie|"
    r"is|ies|it|ite|u|ue|us|ues|t|te)\b"
)
DONE_TO_IT_FAULT = rx(
    r"\b(?:l'|les |la |le )(?:ai|avons|a)\s+(?:\w+ )?(?:oublié|omis|perdu|égaré|cassé|effacé|"
    r"supprimé|raté|manqué|abîmé|taché|rayé|envoyé|reçu|vu|lu|trouvé|constaté|remarqué|appris|"
    r"su|eu|été|fait|mis|laissé|dit|appelé|contacté|prévenu|informé|relancé)e?s?\b|"
    r"\bmal\b|\bpar erreur\b"
)
# A message left or sent: keeping in touch, not the error (« j'ai laissé un message hier »).
MESSAGE_LEFT = rx(
    r"\b(?:un|des|le|les|mon|mes|notre|nos|ce) (?:petit )?(?:message|mot|mail|e-mail|courriel|sms|"
    r"texto|note|avis|vocal|appel)s?\b"
)
# An act of one's own told as late (« j'ai rendu les plans en retard »).
LATE = rx(r"\ben retard\b|\bhors délai\b|\bune (?:semaine|journée|heure) trop tard\b")
# A thing told with where it came from, the client (« le fichier que vous nous avez transmis »)
# or someone else (« le numéro fourni par votre ancien comptable »), then told as flawed or as
# the cause (« était en RVB, d'où le rendu terne », « contenait déjà cette faute », « ne laissait
# pas de place à la relecture »): the fault is put on the source.
_HANDED = (
    r"(?:transmise?s?|envoyée?s?|fournie?s?|donnée?s?|communiquée?s?|imposée?s?|choisie?s?|"
    r"validée?s?|demandée?s?|déposée?s?|remplie?s?|saisie?s?|livrée?s?|indiquée?s?|"
    r"approuvée?s?|rédigée?s?)"
)
SOURCED_THING = rx(
    r"\b(?:le|la|les|l'|ce|cette|ces)\s*[\w-]+(?:\s+[\w'-]+){0,3}?\s+(?:"
    r"qu(?:e\s+|')(?P<client>vous|tu|t')\s*(?:nous\s+|m'|me\s+)?(?:avez|aviez|as|avais)\s+"
    r"(?:\w+\s+)?" + _HANDED + r"|" + _HANDED + r"\s+par\s+(?!nous\b|moi\b|nos soins|mes soins)"
    r"(?:votre|vos|ton|tes|le|la|les|l'|un|une)\s*[\w-]+(?:\s+[\w-]+){0,2}?)"
    r"\s+(?P<predicate>(?:était|étaient|contenait|contenaient|comportait|comportaient|"
    r"(?:ne|n')\s*\w+)\b[^.;!?]*)"
)
SOURCED_FLAW = rx(
    r"\b(?:ne|n')\s*\w+\s+(?:pas|plus|aucune?|jamais)\b|\bce qui (?:explique|a causé|a "
    r"provoqué|a entraîné)\b|\bd'où\b|\bdu coup\b|\bdéjà\b"
)
# The writer's own part disclaimed (« nous n'y sommes pour rien », « ça ne dépendait pas de
# moi », « ce n'est pas notre faute »): beside another party's act, that act is given as the
# cause of the error, even when it is not told as faulty (« la banque a mis trois jours à
# traiter l'ordre de virement, nous n'y sommes pour rien »).
DISCLAIMED = rx(
    r"\b(?:je |nous |on )?(?:n')?y (?:suis|sommes|est|étais|étions|était) (?:vraiment |"
    r"strictement |absolument |franchement )?pour rien\b|\b(?:ça|cela|ce|c') ne dépend\w* "
    r"(?:pas|aucunement|nullement) de (?:moi|nous)\b|\bpas (?:de )?(?:ma|notre) faute\b|"
    r"\b(?:je ne suis|nous ne sommes|on n'est) (?:pas|en rien|nullement|aucunement) "
    r"responsables?\b|\bs'en prendre à (?:eux|elle|elles|lui)\b|,\s*pas à (?:moi|nous)\b"
)
# An act told against what was due or agreed: « j'ai envoyé le rappel alors que votre virement
# était arrivé », « facturé 420 euros alors que le devis était de 350 ».
CONTRARY = rx(
    r"\balors qu(?:e\b|')|\bmalgré (?:votre|vos|ton|ta|tes|le|la|les|l')|"
    r"\bque (?:prévu|convenu|demandé|commandé|annoncé)\b"
)
NEGATED_BEFORE = re.compile(r"(?:\bpas|\bjamais|\bni)\s+(?:\w+\s+){0,3}$|\bpas$", re.IGNORECASE)
OWN_NEUTRAL_LEMMAS = {
    "envoyer",
    "imprimer",
    "utiliser",
    "appliquer",
    "mettre",
    "taper",
    "reporter",
    "réserver",
    "compter",
    "classer",
    "livrer",
    "traduire",
    "valider",
    "noter",
    "exporter",
    "travailler",
    "choisir",
    "transmettre",
    "publier",
    "calculer",
    "rendre",
    "interpréter",
    "organiser",
    "saisir",
    "indiquer",
    "commander",
    "planifier",
    "facturer",
    "laisser",
    "faire",
    "sortir",
    "lancer",
    "intégrer",
    "remplir",
    "déclarer",
    "prendre",
    "écrire",
    "poster",
}
OWN_TEXT_MARKED = rx(
    # « j'avais mal lu les conditions », « nous avons mal compris »
    r"\b(?:j'|nous )(?:l'|les |lui |leur |vous )?(?:ai|avons|avais|avions) (?:\w+ment )?mal "
    r"[a-zéèêàç]+(?:é|ée|és|ées|u|ue|us|i|is|it)\b|"
    # « j'ai laissé le velux ouvert », « j'ai laissé traîner votre dossier »
    r"\b(?:j'|nous )(?:ai|avons|avais|avions) laissé\b[^.;!?]{0,40}?\b(?:ouverte?s?|allumée?s?|"
    r"branchée?s?|traîner|sans surveillance|de côté)\b|"
    r"\b(?:j'|je |nous )(?:l'|les |lui |leur |vous )?(?:ai|avons|avais|avions) (?:\w+ment |déjà )?"
    r"[a-zéèêàâîôûç]+"
    r"(?:é|ée|és|ées|i|is|it|u|us|int|ert|ait)\b[^.;!?]*?\b(?:au lieu d|mauvais|ancien|"
    r"sans (?:vérifier|relire|valider|tester)|par erreur|deux fois|de trop|en trop)"
)
OWN_TEXT = rx(
    r"\b(?:je|nous) (?:n'|ne )(?:l'|les |lui |leur |vous |y )?(?:ai|avons|avais|avions) (?:pas|"
    r"rien|jamais|même pas|plus)\s+(?:\w+ment\s+)?(?!pu\b|voulu\b|dû\b|eu\b|été\b|su\b)"
    r"[a-zéèêàâîôûç]+(?:é|ée|és|ées|i|ie|is|ies|it|u|ue|us|ues|t)\b|"
    r"\b(?:j'|nous )(?:l'|les |lui |leur |vous )?"
    r"(?:ai|avons|avais|avions) (?:\w+ )?(?:un peu |tout |mal |trop )?(?:oublié|omis|débordé|"
    r"dépassé|inversé|interverti|confondu|mélangé|supprimé|effacé|écrasé|perdu|égaré|raté|manqué|"
    r"sauté|négligé|sous-estimé|décalé|cassé|désactivé|laissé passer|loupé|zappé|foiré|gâché|"
    r"modifié|changé)\b"
)
APOLOGY_LEMMAS = {
    "désoler",
    "désolé",
    "navrer",
    "navré",
    "excuser",
    "regretter",
    "présenter",
    "prier",
    "occuper",
    "rester",
    "sentir",
}
OWN_INFINITIVE = rx(
    r"\b(?:désolée?s?|navrée?s?|excus\w*|regrett\w*|pardon|m'en veux|honte|contrariée?s?|"
    r"ennuyée?s?|fâchée?s? contre moi)\b[^.;!?]*?\b"
    r"(?:d'|de |pour )(?:ne pas |n')?(?:vous |lui |leur |les |le |la |l')?avoir (?:pas |jamais )?"
    r"(?!été\b|eu\b)[a-zàâçéèêëîïôûùü]+"
)
# The fault named, then owned in a relative clause (« l'erreur de montant que j'ai faite »,
# « un bug que nous avons introduit »), or an act admitted in a past infinitive (« je reconnais
# avoir oublié », « nous admettons ne pas avoir vérifié »).
OWN_RELATIVE = rx(
    r"\b" + FAULT_NOUNS + r"\b(?:\s+[\w-]+){0,3}?\s+qu(?:e\s+|')(?:j'|je\s+|nous\s+|on\s+)"
    r"(?:vous\s+|lui\s+|leur\s+|y\s+|l')?(?:ai|avons|a|avais|avions|aurais|aurions)\s+"
    r"(?:\w+ment\s+)?(?:faite?s?|commise?s?|introduite?s?|causée?s?|provoquée?s?|créée?s?|"
    r"laissée?s?|glissée?s?|occasionnée?s?|engendrée?s?|générée?s?)\b"
)
OWN_ADMITTED = rx(
    r"\b(?:je|j'|nous)\s+(?:l'|le\s+)?(?:reconnais|reconnaissons|admets|admettons|avoue|avouons|"
    r"confesse|confessons|concède|concédons)\s+(?:volontiers\s+|bien\s+|humblement\s+)?"
    r"(?:ne\s+pas\s+|n'|ne\s+jamais\s+)?(?:vous\s+|lui\s+|leur\s+|les\s+|l')?(?:avoir|être)\s+"
    r"(?:pas\s+|jamais\s+)?[a-zàâçéèêëîïôûùü]+"
)
NOT_OWN_PAST_LEMMAS = {
    "demander",
    "appeler",
    "contacter",
    "téléphoner",
    "trouver",
    "identifier",
    "remarquer",
    "découvrir",
    "constater",
    "voir",
    "apprendre",
    "engager",
    "mandater",
    "recevoir",
    "comprendre",
    "essayer",
    "expliquer",
    "informer",
    "prévenir",
    "revoir",
    "relire",
    "noter",
    "souhaiter",
    "penser",
    "croire",
    "vouloir",
    "pouvoir",
    "devoir",
    "être",
    "avoir",
    "faire",
    "prendre",
    "confirmer",
    "lancer",
    "transmettre",
    "signaler",
    "écrire",
    "dire",
    "parler",
    "répondre",
    "recontacter",
    "joindre",
    "tenir",
    "venir",
    "aller",
    "passer",
    "réussir",
    "obtenir",
    "préparer",
    "tester",
    "regarder",
    "attendre",
    "rappeler",
    "relancer",
    "décider",
    "accepter",
    "proposer",
    "sentir",
    "sembler",
}
NOT_OWN_LEMMAS = {"pouvoir", "vouloir", "savoir", "falloir", "devoir"}
REMEDY = rx(
    r"\b(?P<verb>réimprim\w*|rembours\w*|corrig\w*|renvo\w*|envoi\w*|envoie\w*|envoy\w*|livr\w*|"
    r"rempla[cç]\w*|refai\w*|referai\w*|refaire|refont|restaur\w*|reprogramm\w*|dépos\w*|dépose|"
    r"transmet\w*|(?:j'ai|nous avons|je (?:vous |lui |leur |l'|les )ai|nous (?:vous |l'|les )"
    r"avons) transmis\w*|rectifi\w*|remet\w*|remets|repass\w*|"
    r"adress\w*(?! (?:mes|nos|toutes|tous|\w+ excuses))|inscri\w*|"
    r"apport\w*|expédi\w*|répar\w*|repren\w*|reprend\w*|"
    r"relan[cç]\w*|propos\w*|confirm\w*|tradui\w*|reli\w*|relis|régularis\w*|"
    r"pai(?!ements?\b|ns?\b)\w*|pay\w*|"
    r"rétabli\w*|renégoci\w*|imprim\w*|tirage|réimpression|remboursement|correctif|erratum|"
    r"rectificatif|avoir|prête?s?|part|réserv\w*|recréé\w*|(?:j'ai|nous avons|on a|je l'ai|"
    r"nous l'avons) annulé|"
    r"mesure corrective|lancée?s?|"
    r"r[eé]-[a-zàâçéèêëîïôûùüÿœ]+|partent|partiront|partira|"
    r"partie?s?|parti|déduire|dédui\w*|"
    r"certifi\w*|"
    r"(?:mets|met|mettons|remets|remettons) en ligne|vous (?:l'|les )?(?:aurez|recevrez)|"
    r"prends? en charge|à (?:ma|notre) charge|à mes frais|à nos frais|reprogramm\w*|fais "
    r"réimprimer|fais refaire|fais livrer|dépose|apporte|passe les déposer)\b"
)
REMEDY_CONTEXT = rx(
    # « bon » but not the shrug « mais bon, … »
    r"\b(?:corrigée?s?|nouvel(?:le)?s?|nouveaux?|(?<!mais )bon(?:ne)?s?(?!\s*,)|rectifiée?s?|"
    r"complète?s?|relue?s?|révisée?s?|réimpression|correctif|rectificatif|"
    r"correction|à mes frais|à ma charge|propre)\b"
)
TIME = rx(
    r"\b(?:à l'instant|maintenant|tout de suite|immédiatement|dans la foulée|sans attendre|"
    r"dès maintenant|sur-le-champ|ce jour|"
    r"aujourd'hui|ce soir|ce matin|cet après-midi|cette semaine|demain|après-demain|"
    r"\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre)|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|d'ici (?:ce soir|"
    r"demain|\w+|une heure|"
    r"\d+ ?h\w*|la fin)|avant (?:midi|minuit|ce soir|\d+ ?h|la fin|le service|l'événement|"
    r"l'ouverture|le week-end)|dans l'heure|dans la journée|dans l'après-midi|dans la matinée|"
    r"dans (?:les |la )?(?:\d+|une|deux|trois|quatre|cinq|dix|quinze|vingt|trente|"
    r"quarante-huit) (?:heures?|jours?|minutes?)|"
    r"sous (?:\d+|dix|deux|trois|quinze|quarante-huit|huit)(?: à \d+)? (?:heures?|jours?|h)|"
    r"(?:sur|avec|dès) (?:votre|ta|la) prochaine (?:facture|échéance|mensualité)|"
    # « régularisé sur la facture d'avril »: the bill of a named month dates it as well
    r"(?:sur|avec|dès) (?:votre|ta|la) (?:facture|échéance|mensualité) (?:de |d')(?:janvier|"
    r"février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)|"
    r"en (?:\d+|une|deux|trois|quatre|cinq|dix|quinze|vingt) (?:heures?|jours?|minutes?|min|h)\b|"
    r"\d{1,2} ?h(?:\d{2})?|"
    r"à soir|à matin|(?:cet|en|demain|lundi|mardi|mercredi|jeudi|vendredi) avant-midi|"
    r"(?:en|cette|d'ici la) fin de semaine|"
    r"(?:comptez|compter|prévoyez|prévoir) (?:environ |à peu près |au plus |)(?:\d+|une?|deux|"
    r"trois|quatre|cinq|six|sept|huit|dix|quinze) (?:jours?|semaines?|heures?)\b|"
    r"(?:\d+|deux|trois|quatre|cinq|six|dix) jours (?:ouvrés|ouvrables)|"
    r"midi|minuit|la semaine prochaine|dès (?:aujourd'hui|demain|ce soir|ce matin|lundi|mardi|"
    r"mercredi|jeudi|vendredi)|le \d{1,2}(?: \w+)?|en fin de journée|depuis \d+ ?h)"
)


FORWARD_ACTION = rx(
    r"\b(?:je\s+|j'\s*|nous\s+|on\s+)(?:(?:vous|te|t'|le|la|les|l'|lui|leur|en|y|me|m'|nous|"
    r"ne|n'|se|s')\s*)*"
    r"(?P<verb>[a-zàâçéèêëîïôûùüÿœ-]+)(?:\s+(?:vous\s+|le\s+|la\s+|les\s+|l'|lui\s+|en\s+)*"
    r"(?P<next>[a-zàâçéèêëîïôûùüÿœ-]+))?|\b(?:sera|seront|va être|vont être)\s+(?:\w+ment\s+)?"
    r"(?:[a-zéèêàç]+(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites|u|ue|us|ues)|en ligne|prête?s?|"
    r"disponibles?|en place|réglée?s?)\b|\b(?:est|sont) (?:déjà |désormais )?(?:réservée?s?|"
    r"commandée?s?|organisée?s?|arrangée?s?|prévue?s?|reprogrammée?s?|expédiée?s?|envoyée?s?|"
    r"annulée?s?|remplacée?s?|confirmée?s?) (?:depuis|pour|dès)\b|\b(?:de nouveau|à nouveau) "
    r"(?:accessible|disponible|en ligne|en service|opérationnel)\w*|\b(?:devrai\w*|doi\w+|vont|"
    r"va)\s+(?:vous |te |t')?(?:parvenir|arriver|être (?:livrée?s?|envoyée?s?|prête?s?|"
    r"expédiée?s?))\b|\b(?:de nouveau|à nouveau) "
    r"(?:accessible|disponible|en ligne|en service|opérationnel)\w*|\bvous (?:parviendr\w+|"
    r"arriver\w+|ser(?:a|ont) (?:livrée?s?|envoyée?s?|remise?s?|expédiée?s?))|\bvous (?:l'|les |"
    r"la |le )?(?:avez(?! été| eu| pu| dû)|aurez|recevrez|"
    r"recevez)\b|\b(?:est|sont) (?:de nouveau |désormais |à nouveau )?(?:en place|en ligne|"
    r"rétabli\w*|réparé\w*|corrigé\w*|résolu\w*|réglé\w*|actif|active|activée?)"
)
# A call that brings the remedy: to set the new date, or with the missing results.
CALL_TO_MEND = rx(
    r"\bpour (?:fixer|caler|planifier|reprogrammer|choisir) (?:une?|la|le|les|votre|vos) "
    r"(?:nouvel(?:le)?s? |autres? )?(?:date|rendez-vous|créneau|heure|séance|visite)s?\b|"
    r"\bavec (?:les|le|la|vos|votre|tes|ton|ta) (?:résultats?|chiffres|documents?|réponses?|"
    r"devis|dates?|solutions?)\b"
)
CONTACT_STEMS = ("appel", "téléphon", "contact", "prévien", "écri")
# « je ne vous ai pas rappelée vendredi », « j'ai manqué votre appel »: when the error is a call
# not made, the call made at a set time is the remedy, not mere talk
CALL_NOT_MADE = rx(
    r"(?:\b(?:n'|ne )(?:vous |t'|te |l'|les |lui )?(?:ai|avons|avais|avions) (?:pas|jamais) |"
    r"\bne (?:pas|jamais) (?:vous |t'|te |l'|les |lui )?avoir )(?:rappelée?s?|appelée?s?|"
    r"téléphoné|recontactée?s?|répondu)\b|"
    r"\b(?:manqué|raté|oublié) (?:votre|ton|notre|le|l') ?(?:appel|rappel|rendez-vous "
    r"téléphonique)|"
    r"\boublié de vous (?:rappeler|appeler|répondre|dire|prévenir|informer|signaler|préciser)\b"
)
# « j'appelle chaque invité allergique »: contacting the people affected is an act of repair;
# « je vous appelle demain » only talks to the client.
CONTACT_AFFECTED = rx(
    r"^\s*(?:moi-même\s+|personnellement\s+|aujourd'hui\s+|ce \w+\s+|demain\s+)*"
    r"(?:chaque|chacun|tous|toutes|les|le|la|l'|mes|nos|ses|vos|votre|ton|tes)\b"
)
REMEDY_FRAGMENT = rx(
    r"^(?:(?:le|la|les|l'|un|une|votre|vos|et)\s*)?(?:(?:nouvel(?:le)?s?|nouveaux?)\b|"
    r"[\w-]+\s+(?:corrigée?s?|révisée?s?|rectifiée?s?|à jour|réimprimée?s?)\b)"
)
# A remedy already in place needs no date: « C'est rétabli », « le lien est corrigé ».
RESTORED = rx(
    r"\b(?:c'est|c'est maintenant|tout est|(?:il|elle|ils|elles) (?:est|sont)|(?:est|sont)) "
    r"(?:maintenant |désormais |déjà )?(?:de nouveau |à nouveau )?(?:rétabli\w*|réparée?s?|"
    r"résolue?s?|"
    r"réglée?s?|de nouveau en ligne|en ligne à nouveau|remise? en ligne|opérationnel\w*)\b"
)
ARRANGED_FOR = rx(
    r"\b(?:j'ai|je (?:vous |nous |l'|les |la |le )?ai|nous (?:vous |nous |l'|les )?avons)\s+"
    r"(?:\w+ )?(?!oubli|rat|manqu|perdu|supprim|effac|confondu|invers|mélang|zapp|loup|envoy)"
    r"[a-zéèêàç-]+(?:é|ée|és|ées|i|is|it)\b[^.;!?]*?\bpour (?:\d{1,2} ?h|demain|ce soir|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le \d)"
)
# A remedy told without a first-person future: someone else comes, a state restored since a
# time, the speaker on the way, the client invited to collect it.
REMEDY_STATED = rx(
    r"\b(?:viendra|viendront|passera|passeront|repassera|repasseront|interviendra|interviendront|"
    r"livrera|livreront|sera là|seront là|sera sur place|seront sur place|(?:sera|seront) chez "
    r"(?:vous|toi)|(?<!\bon )(?<!\bje )(?:repasse|repassent|revient|reviennent|intervient|"
    r"interviennent))\b|"
    r"\b(?:je serai|nous serons|on sera) (?:chez (?:vous|toi)|là|sur place)\b|"
    # « Il le sera d'ici lundi »: the remedy told by the state the previous sentence lacked
    r"\b(?:il|elle|ils|elles|ce|ça) (?:le|la|les|l') (?:sera|seront)\b|"
    # « Passez demain entre 8 h et 12 h »: the client invited to come for it, with a time
    r"(?:^|[,;:]\s*)(?:passez|repassez|venez|revenez|passe|repasse|reviens|viens)\b|"
    # « nous avons obtenu une nouvelle date »: the arrangement already made
    r"\b(?:j'ai|nous avons|on a) (?:\w+ )?(?:obtenu|trouvé|fixé|calé|réservé|bloqué|négocié) "
    r"(?:une?|la|le) (?:nouvel(?:le)?|nouveau|autre|alternative|solution)\b|"
    r"\b(?:vous|t') attend(?:ent)?\b|"
    # « Intervention prévue ven. 10 h »: the remedy visit planned, told without a verb of one's own
    r"\b(?:intervention|passage|visite|réparation|remplacement|nouvelle livraison|"
    r"rendez-vous)\s+(?:\w+\s+)?(?:prévue?s?|programmée?s?|planifiée?s?|fixée?s?|calée?s?)\b"
    r"(?![^.;!?]*\b(?:n'|ne\s))|"
    r"\b(?:réactivée?s?|rétablie?s?|retirée?s?|supprimée?s?|corrigée?s?|remise?s? en ligne|"
    r"normales?|de retour|fonctionnen?t? (?:à nouveau|de nouveau|normalement)(?: normalement)?|"
    r"en ligne) "
    r"(?:\w+ )?depuis\b|"
    r"\b(?:je suis|on est|nous sommes|j'arrive|on arrive) (?:là|chez (?:toi|vous)|sur place|"
    r"devant chez (?:toi|vous))\b[^.;!?]*?\bpour\b|"
    r"\bvous (?:pouvez|pourrez) (?:passer |venir )?(?:la |le |les )?(?:récupérer|prendre|"
    r"retirer)\b|"
    r"\b(?:je vous|nous vous|je t'|on vous|on t') ai (?:re)?crédit\w*|\b(?:re)?crédité\w*|"
    r"\bdès (?:ce |le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|aujourd'hui)"
    r"\b[^.;!?]*?\b(?:est|sont|sera|seront) (?:utilisée?s?|mise?s? en place|appliquée?s?|"
    r"installée?s?)"
)
NOT_READY = rx(
    r"\b(?:vais|allons|va|vas) (?:essayer|tenter) d(?:e\b|')|"
    r"\b(?:ne sera|ce sera|sera|seront|n'est|c'est|est|sont) (?:pas|toujours pas|"
    r"jamais) (?:encore )?"
    r"(?:prête?s?|livrée?s?|terminée?s?|réparée?s?|disponibles?|fini\w*)\b"
)
NEGATED_PAST_ACT = rx(
    r"\b(?:je|nous|on|vous) (?:n'|ne )(?:l'|les |lui |leur |vous |y |en )?(?:ai|avons|a|avais|"
    r"avions|aviez|avez) (?:pas|jamais|rien)\b|"
    # « je m'excuse de ne pas avoir livré le module vendredi »
    r"\bne (?:pas|jamais) (?:l'|les |vous |lui )?avoir\b"
)
FUTURE_MARKER = rx(r"\b(?:\w+(?:ra|ront|rai|rons)|va|vont|devrai\w*|suivr\w+|suit|suivent)\b")
MEETING = rx(
    r"\s*(?:de\s+)?(?:un|une|qu'on|que nous)\s+(?:\w+\s+)?(?:point|rendez-vous|appel|"
    r"échange|réunion|call|entretien|visio|se voie|fasse le point|parle|discute)"
)
# « Voici le bon, en pièce jointe »: a remedy delivered with the message
ATTACHED_REMEDY = rx(
    r"(?:^|,\s*|\s)(?:(?:et )?(?:la|le|les) (?:voici|voilà))\b|"
    r"\b(?:est|sont) en pièces? jointes?\b|"
    # « Elle est jointe à ce message », « l'estimation mise à jour vous est renvoyée ci-jointe »
    r"\b(?:est|sont) (?:jointe?s?|joint) à ce (?:message|courriel|mail|mél)\b|"
    r"\b(?:corrigée?s?|rééditée?s?|mise?s? à jour|refaite?s?|rectifiée?s?)\b[^.;!?]*?"
    r"\b(?:ci-jointe?s?|jointe?s? à ce (?:message|courriel|mail)|en pièce jointe)\b|"
    r"\b(?:voici|ci-joint|ci-jointe|vous trouverez|en pièce jointe|je joins|j'ai joint)\b"
    r"[^.;!?]*?\b(?:bon(?:ne)?|corrigée?s?|nouvel(?:le)?|nouveau|rectifiée?s?|complète?s?|"
    r"finale?s?|"
    r"révisée?s?|à jour)\b"
)
#: The writer taking a cost on themselves: « nous prenons en charge la différence de prix », « je
#: prendrai en charge les pénalités » (« la prise en charge de votre mutuelle » is a noun)
COVERED = rx(
    r"\b(?:je|nous|on)\s+(?:vous\s+)?(?:la |le |les |l')?(?:prends|prenons|prend|prendrai|"
    r"prendrons|prendra)\s+(?:intégralement\s+|entièrement\s+)?en charge\s+(?:le|la|les|l'|"
    r"votre|vos|ta|ton|tes|l'intégralité|tous|toute?s?)\b|"
    # « le supplément de 30 € est pour l'agence »
    r"\b(?:supplément|différence|surcoût|frais|coût)\b[^.;!?]{0,25}?\b(?:est|sont|reste|restent|"
    r"sera|seront) (?:pour|à la charge de) (?:moi|nous|l'agence|la maison|notre charge|ma charge)\b"
)
POSTPONED = rx(r"\b(?:reporté\w*|repoussé\w*|retardé\w*|décalé\w*)\b")
RESCHEDULE_LEMMAS = {"décaler", "reporter", "déplacer", "repousser", "avancer", "décalé"}
MODAL_FORMS = {"vais", "allons", "peux", "pouvons", "compte", "comptons", "souhaite", "tiens"}
#: Coming back to do something: the infinitive that follows is the act (« je reviens la remonter
#: jeudi »); coming back alone is not a remedy.
RETURN_TO_DO = rx(
    r"\bpour (?:le |la |les |l'|vous |en |y )?(?!finir|terminer|continuer|poursuivre)"
    r"[a-zéèêàç]+(?:er|ir|re)\b"
)
RETURN_FORMS = {
    "reviens",
    "revenons",
    "reviendrai",
    "reviendrons",
    "repasse",
    "repassons",
    "attends",
    "attendons",
}
# First-person verbs (as stems) that are not a remedy: talking, waiting, apologising, states.
NOT_REMEDY_STEMS = (
    "appel",
    "rappel",
    "téléphon",
    "discut",
    "parl",
    "rest",
    "réfléch",
    "voi",
    "reviens",
    "revien",
    "revenons",
    "comprend",
    "regard",
    "pens",
    "crois",
    "espèr",
    "espér",
    "sais",
    "dois",
    "devr",
    "veux",
    "voudr",
    "suis",
    "sommes",
    "étais",
    "ai",
    "avons",
    "avais",
    "avions",
    "excus",
    "présent",
    "regrett",
    "prie",
    "prions",
    "tiens",
    "m'excus",
    "sens",
    "comprends",
    "attend",
    "surveill",
    "reste",
    "serai",
    "serons",
)


# « un souci technique a empêché l'envoi »: a fault as the only actor
FAULT_ACTS = rx(
    r"\b(?:un|une|le|la|l'|ce|cette|des|les)\s*(?:[\w-]+\s+){0,2}?"
    + FAULT_NOUNS
    + r"\s+(?:\w+\s+)?(?:a|ont|avait|avaient)\s+(?:empêché|bloqué|causé|retardé|provoqué|"
    r"perturbé|affecté|corrompu|cassé|entraîné)\b[^,.;!?]*|\b(?:un|une|le|la|l'|ce|cette)\s*"
    r"(?:[\w-]+\s+){0,2}?" + FAULT_NOUNS + r"(?:\s+(?:de|d')\s+\w+)?\s+(?:est|était) (?:à "
    r"l'origine|la cause|responsable)\b[^,.;!?]*"
)
# « des données ont été perdues », « les chiffres ont peut-être été mal saisis »
PASSIVE_FAULT_TEXT = rx(
    r"\b(?:le|la|les|l'|un|une|des|votre|vos|notre|nos|ce|cette|ces|quelques|certaine?s)\s*"
    r"[^,.;:!?]{0,50}?\s+(?:a|ont|avait|avaient|ait|aient|semble avoir|semblent avoir|paraît avoir|"
    r"paraissent avoir|aurait|auraient) (?:peut-être |sans doute |probablement )?été "
    r"(?:\w+ment |peut-être |mal )*(?:perdue?s?|égarée?s?|supprimée?s?|effacée?s?|écrasée?s?|"
    r"oubliée?s?|omise?s?|inversée?s?|mélangée?s?|endommagée?s?|abîmée?s?|cassée?s?|"
    r"(?<=mal )\w+)\b(?![^,.;!?]*\bpar (?!erreur|mégarde))[^,.;!?]*"
)
# « le bug s'est produit », « un problème est survenu »: a fault noun as subject of an event
FAULT_EVENT = rx(
    r"\b(?:un|une|des|le|la|les|l'|ce|cette|ces|quelques|plusieurs)\s*(?:[\w-]+\s+){0,2}?"
    + FAULT_NOUNS
    + r"(?:\s+(?:de|du|des|d')\s*[^,.;:!?]{0,40}?)?\s+(?:s'est|se sont) "
    r"(?:produite?s?|glissée?s?|introduite?s?|créée?s?|infiltrée?s?|faufilée?s?)\b[^,.;!?]*|"
    r"\b(?:un|une|des|le|la|les|l'|ce|cette|ces)\s*(?:[\w-]+\s+){0,2}?"
    + FAULT_NOUNS
    + r"\s+(?:(?:est|sont) (?:survenue?s?|apparue?s?)|(?:a|ont) eu lieu)\b[^,.;!?]*|"
    r"\b(?:le|la|les|l'|votre|vos)\s*(?:[\w-]+\s+){0,5}?(?:a|ont|avait|avaient) dû être "
    r"(?:reporté|annulé|décalé|repoussé|interrompu|suspendu|retardé)e?s?\b[^,.;!?]*|"
    r"\b(?:le|la|les|l'|votre|vos)\s*(?:[\w-]+\s+){0,3}?n'(?:a|ont|avait|avaient) (?:pas )?pu "
    r"être (?:confirmé|livré|envoyé|traité|honoré|expédié|validé)e?s?\b[^,.;!?]*|"
    r"\b(?:suite à|à la suite d'|en raison d'|du fait d')(?:une?|des) (?:\w+ )?"
    + FAULT_NOUNS
    + r"(?: (?:de|d') ?[\w-]+)?|"
    r"(?:^|(?<=[,;:] )|(?<=\bet )|(?<=\bmais )|(?<=\bcar )|(?<=\bdonc ))(?:le|la|les|l'|votre|vos|"
    r"notre|nos|une?|des|deux|trois|elles?(?= (?:a|ont) disparu))\s*(?:[\w-]+\s+){0,4}?"
    r"(?:n'(?:a|ont) pas pu avoir lieu|(?:est|"
    r"sont) passée?s? à "
    r"la trappe|(?:ne sont|n'est) pas partie?s?|(?:a|ont) disparu|(?:sont|est) (?:revenue?s?|"
    r"sortie?s?) (?:de [\w\x27 -]{1,30} )?avec|n'a pas abouti|(?:a|"
    r"ont) été réservée?s? en double)\b"
    r"[^,.;!?]*|"
    # « le formulaire ne fonctionnait plus »: a thing that stopped working, by itself
    r"(?:^|(?<=[,;:] )|(?<=\bet )|(?<=\bmais )|(?<=\bcar )|(?<=\bdonc ))(?:le|la|les|l'|votre|vos|"
    r"notre|nos)\s*(?:[\w-]+\s+){0,4}?(?:ne |n')(?:se |s')?(?:fonctionn\w+|"
    r"march\w+|[a-zéèêàç]+(?:ait|aient)) plus\b[^,.;!?]*|"
    r"(?:^|(?<=[,;:] )|(?<=\bet )|(?<=\bmais )|(?<=\bcar )|(?<=\bdonc ))(?:le|la|les|l'|votre|vos|"
    r"notre|nos|certaine?s|certaines de vos|certains de vos)\s*(?:[\w-]+\s+){0,4}?"
    r"(?:ne se (?:sont|est) plus [a-zéèêàç]+(?:é|ée|és|ées)|(?:a|ont|avait|avaient) été "
    r"(?:\w+ )?(?:indisponibles?|inaccessibles?|hors service|hors ligne|ralentie?s?|saturée?s?)|"
    r"(?:n'était|n'étaient) "
    r"(?:plus|pas) (?:disponibles?|accessibles?|en ligne))\b[^,.;!?]*|"
    # « le cours avait sauté », « la réservation a sauté »: cancelled, by no one
    r"\b(?:le|la|les|l'|votre|vos|ton|ta|tes)\s*(?:[\w-]+\s+){0,4}?(?:qui )?(?:a|avait|ont|"
    r"avaient) (?:\w+ )?sauté\b[^,.;!?]*"
)
# « la date s'est retrouvée décalée »: the thing "found itself" wrong, no one did it
FOUND_ITSELF = rx(
    r"\b(?:le|la|les|l'|un|une|des|votre|vos|notre|nos|ce|cette|ces)\s*[^,.;:!?]{0,60}?\s+"
    r"(?:s'est|se sont) (?:retrouvée?s?|vue?s?) (?:\w+ment )?(?:[a-zéèêàç]+(?:é|ée|és|ées|ise?|"
    r"ises|ite?|ites)|trop \w+|sans \w+)\b[^,.;!?]*"
)


# --- structure helpers ----------------------------------------------------------------------


def _names_other_role(word: str) -> bool:
    """A word naming someone in another role than the writer: a third party, a person noun, or
    an agent noun recognised by its suffix (« relectrice », « autocariste »)."""
    singular = word.rstrip("s")
    return bool(
        re.fullmatch(THIRD_PARTY, word)
        or singular in PERSON_NOUNS
        or (
            len(singular) >= 5
            and AGENT_SUFFIX.search(word)
            and singular not in NOT_AGENTS
            and word not in NOT_AGENTS
        )
    )


def _answers_apology(before: str) -> bool:
    """Does the text before a circumstance hold an apology, then a clause break?"""
    ends = [match.end() for match in APOLOGY.finditer(before)]
    return bool(ends) and re.search(r"[,;:—–]", before[ends[-1] :]) is not None


def _person(token: Any) -> str:
    values = token.morph.get("Person")
    return values[0] if values else ""


def _is_first_person(token: Any) -> bool:
    return token.lower_ in {"je", "j'", "j’", "nous"}


def _is_we(token: Any) -> bool:
    """Spoken « on » for « nous » (« on vous a donné la mauvaise boîte »), not the impersonal
    one that acts on the speaker (« on m'a dit », « on nous a livré »)."""
    return token.lower_ == "on" and not any(
        c.lower_ in {"me", "m'", "m’", "nous"} for c in token.head.children
    )


def _acted_with_etre(verb: Any, children: list[Any]) -> bool:
    """« je suis arrivé », « nous ne sommes pas venus »: a past participle whose « être » is
    the compound past's auxiliary (``aux:tense``), not a passive's or a copula's."""
    return (
        verb.pos_ == "VERB"
        and "Part" in verb.morph.get("VerbForm")
        and verb.lemma_ not in NOT_OWN_LEMMAS
        and all(
            c.dep_ == "aux:tense"
            for c in children
            if c.dep_.startswith("aux") and c.lemma_ == "être"
        )
        and not any(c.dep_ in {"cop", "aux:pass", "obl:agent"} for c in children)
    )


#: The writer's own firm or team as a whole: « notre équipe a rayé le parquet », « nos équipes
#: n'ont pas effectué le nettoyage » are told by the firm about itself (a named member of it,
#: « notre stagiaire », is someone else).
OWN_FIRM_NOUNS = {
    "équipe",
    "cabinet",
    "étude",
    "agence",
    "atelier",
    "société",
    "entreprise",
    "service",
    "bureau",
    "studio",
    "boutique",
    "magasin",
    "laboratoire",
    "imprimerie",
    "maison",
}
_OWN_FIRM = r"(?:notre|nos) (?:" + "|".join(sorted(OWN_FIRM_NOUNS)) + r")s?\b"
#: The fault put on the firm by the firm: « une erreur de notre cabinet », « c'est notre étude
#: qui l'a mal retranscrit ».
OWN_FIRM_CLAIMED = rx(
    r"\b(?:erreur|faute|oubli|négligence|maladresse|responsabilité)s? (?:\w+ )?(?:de|du côté de) "
    + _OWN_FIRM
    + r"|\bc'(?:est|était) (?:bien |donc |effectivement |vraiment )?"
    + _OWN_FIRM
    + r" qui (?:ne |n')?(?:l'|les |vous |y |en |lui |leur )?(?:a|ont|avait|avaient)\b"
)


def _is_own_firm(token: Any) -> bool:
    return token.lower_.rstrip("s") in OWN_FIRM_NOUNS and any(
        c.lower_ in {"notre", "nos"} for c in token.children
    )


def _has_reflexive(verb: Any) -> bool:
    return any(
        c.lower_ in {"se", "s'", "s’"} and c.dep_.startswith(("expl", "obj", "iobj"))
        for c in verb.children
    )


def _subject(verb: Any) -> Any | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubj:pass"}:
            return child
    # The small model sometimes reads "Une erreur s'est glissée" as a noun with a participle
    # modifier; a participle with its own auxiliary is a finite clause whose subject is that noun.
    if (
        verb.dep_ == "acl"
        and verb.head.i < verb.i
        and any(c.dep_.startswith("aux") for c in verb.children)
    ):
        return verb.head
    return None


def _future_or_modal(verb: Any) -> bool:
    for child in verb.children:
        if child.dep_.startswith("aux"):
            if "Fut" in child.morph.get("Tense") or "Cnd" in child.morph.get("Mood"):
                return True
            if child.lemma_ in {"aller", "pouvoir", "devoir"}:
                return True
    if verb.dep_ == "xcomp" and verb.head.lemma_ in {"pouvoir", "aller", "devoir", "vouloir"}:
        return True
    return "Fut" in verb.morph.get("Tense") or "Cnd" in verb.morph.get("Mood")


#: Passives that tell routine handling, not what went wrong (« votre demande a été prise en
#: compte », « une réclamation a été ouverte », « le dossier avait été confié à … »).
ROUTINE_PASSIVE_LEMMAS = {
    "prendre",
    "ouvrir",
    "confier",
    "charger",
    "informer",
    "prévenir",
    "signaler",
    "enregistrer",
    "joindre",
    "accorder",
    "offrir",
    "émettre",
    "proposer",
    "réserver",
    "attribuer",
    "contacter",
    "recevoir",
    "demander",
    "noter",
    "identifier",
    "transférer",
}
#: Sending verbs: their passive tells an error only with how the thing went (« envoyées en
#: basse définition », « transmis avec les coordonnées d'un autre candidat »), not with where
#: (« transmise au service concerné »).
SENT_LEMMAS = {"envoyer", "transmettre", "adresser", "communiquer", "remettre", "partir", "servir"}
#: Verbs whose passé composé takes « être »: « est tombé » reads as a past, not a state.
BEING_PAST_LEMMAS = {"tomber", "partir", "rester", "sortir", "arriver", "disparaître", "revenir"}


PERSON_FAULT = rx(
    r"\bn(?:e\b|')|\bpas\b|\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:oublié|zappé|égaré|perdu|"
    r"cassé|raté|manqué|confondu|inversé|mélangé|supprimé|effacé|modifié|changé|négligé|laissé|"
    r"mal \w+|trompée?)\b"
)
CLEFT_OR_SOURCE = rx(
    r"\bc'(?:est|était) (?:le|la|l'|les|notre|nos|mon|ma|mes|votre|vos|leur|un|une)\s*"
    r"(?P<who>[\w-]+(?: [\w-]+)?) qui\b[^.;!?]*|"
    r"\b(?P<source>(?:vien\w+|provien\w+)) (?:de la|du|de l'|des|de notre|de nos|de votre|de vos|"
    r"de mon|de ma|de leur)\s*(?P<who2>[\w-]+(?: [\w-]+)?)\b[^.;!?]*"
)
#: What the client does that can be the cause of an error: giving, choosing, filling in.
CLIENT_ACT_LEMMAS = {
    "envoyer",
    "transmettre",
    "fournir",
    "donner",
    "valider",
    "approuver",
    "noter",
    "lire",
    "remplir",
    "saisir",
    "indiquer",
    "choisir",
    "mettre",
    "signer",
    "confirmer",
    "communiquer",
    "répondre",
    "renvoyer",
    "retourner",
    "préciser",
    "commander",
    "payer",
    "régler",
    "cocher",
    "imposer",
}
#: Acts that are not faults whoever does them (saying, asking, noticing, receiving).
NOT_BLAME_LEMMAS = {
    "pouvoir",
    "vouloir",
    "devoir",
    "avoir",
    "être",
    "dire",
    "demander",
    "signaler",
    "remarquer",
    "constater",
    "recevoir",
    "voir",
    "trouver",
    "découvrir",
    "appeler",
    "écrire",
    "contacter",
    "attendre",
    "prévenir",
    "informer",
    "subir",
    "vivre",
    "ressentir",
    "raison",
}
#: People in other roles that neither the role list nor the agent suffixes know.
PERSON_NOUNS = {
    "chef",
    "recrue",
    "pigiste",
    "témoin",
    "cuisinier",
    "vendeur",
    "vendeuse",
    "collaborateur",
    "collaboratrice",
    "remplaçant",
    "remplaçante",
    "sous-traitant",
    "conseiller",
    "conseillère",
    "gardien",
    "voisin",
    "voisine",
    "architecte",
    "notaire",
    "avocat",
    "médecin",
}
THIRD_DETERMINERS = {
    "notre",
    "nos",
    "votre",
    "vos",
    "mon",
    "ma",
    "mes",
    "le",
    "la",
    "les",
    "l'",
    "l’",
    "leur",
    "leurs",
    "son",
    "sa",
    "ses",
    "ton",
    "ta",
    "tes",
}


#: Tools and machines. One that did something to the work (« le logiciel de commande a
#: transformé vos 80 couverts en 8 », « le traceur a imprimé vos plans à la mauvaise échelle »)
#: is given the fault as a third party would be; one that broke down (« le four a lâché »,
#: « l'imprimante a surchauffé »: no object) is a circumstance, judged as an excuse elsewhere.
TOOL_NOUNS = {
    "logiciel",
    "serveur",
    "système",
    "machine",
    "imprimante",
    "traceur",
    "application",
    "appli",
    "algorithme",
    "outil",
    "programme",
    "robot",
    "correcteur",
    "gps",
    "terminal",
    "ordinateur",
    "scanner",
    "automate",
    "script",
    "module",
    "plugin",
    "plug-in",
}
#: What a tool does to the work that changes it: its act is the fault even when not told as
#: faulty.
TOOL_ALTERING_LEMMAS = {
    "transformer",
    "modifier",
    "remplacer",
    "remettre",
    "écraser",
    "supprimer",
    "effacer",
    "forcer",
    "bloquer",
    "inverser",
    "dupliquer",
    "doubler",
    "changer",
    "convertir",
    "tronquer",
    "couper",
    "annuler",
    "arrondir",
    "mélanger",
}


def _told_as_past(verb: Any) -> bool:
    """A passive told as a past event (« a été interrompu », « est tombé hier »), not a present
    state or offer (« vous est proposé », « est bloqué en douane »)."""
    children = list(verb.children)
    if any(c.dep_ == "aux:tense" for c in children):
        return True
    return verb.lemma_ in BEING_PAST_LEMMAS and "Part" in verb.morph.get("VerbForm")


def _sent_how(verb: Any) -> bool:
    """Is the sending verb modified by how it went (« en », « avec », « sans »)?"""
    for child in verb.children:
        if child.dep_.startswith("obl") and any(
            g.dep_ == "case" and g.lower_ in {"en", "avec", "sans"} for g in child.children
        ):
            return True
        if child.dep_ in {"advmod", "xcomp"} and child.lower_.endswith(("ment", "é", "és", "ée")):
            return True
    return False


#: An absolute participle clause giving a cause: « , le tube s'étant retrouvé sans étiquette »,
#: « , le dossier ayant été égaré ».
ABSOLUTE_CAUSE = rx(r",\s*(?:[\w\x27\u2019-]+\s+){1,6}?(?:ayant|s'étant|étant)\s+\w+")


#: The client as the indirect object (« ne vous est pas parvenue »)
CLIENT_PRONOUNS = {"vous", "te", "t'", "t’"}

#: An apology or regret opening a sentence and introducing the report after a colon or « que »
#: (« nous sommes désolés : … », « nous sommes au regret de vous informer que … »).
APOLOGY_FRAME = rx(
    r"^[^.;!?:]*?\b(?:désolée?s?|navrée?s?|au regret|regrett\w*|excus\w+)\b(?:\s*:\s*|"
    r"[^.;!?:,]{0,30}?\b(?:informer|annoncer|signaler|indiquer|apprendre) qu(?:e\s+|'))"
)


#: Verbs whose past tense takes « être » (the small model may read « est partie » as a passive)
ETRE_VERBS = {
    "aller",
    "venir",
    "revenir",
    "devenir",
    "parvenir",
    "survenir",
    "intervenir",
    "arriver",
    "partir",
    "repartir",
    "sortir",
    "entrer",
    "rentrer",
    "tomber",
    "rester",
    "passer",
    "retourner",
    "apparaître",
    "disparaître",
    "naître",
    "mourir",
    "monter",
    "descendre",
}
#: A cause told right after a verb: « sont décalés parce que le monteur a recoupé le film »
CAUSE_FOLLOWS = rx(
    r"[^.;!?]*?\b(?:parce qu|car\b|à cause (?:de|du|des|d')|suite (?:à|au|aux)|en raison "
    r"(?:de|du|des|d'))"
)
#: Where a clause of the writer's own starts after a third party's: « …, mais c'est moi qui »,
#: « … et, honnêtement, je crois que … »
OWN_CLAUSE_NEXT = rx(
    r",?\s+mais\s+(?:c'est moi|je|j'|nous)\b|,?\s+et\s*,\s*(?:[\w-]+\s*,\s*)?(?:je|j'|nous)\b"
)
#: Powerlessness (« je n'y pouvais rien », « je ne peux pas faire grand-chose », « pas le
#: choix », « aucune prise », « pas de notre ressort »), as against a denial of having any part
#: (« je n'y suis pour rien »)
POWERLESS = rx(r"\b(?:pouv\w*|peu[xt]|choix|prise|emprise|la main|dépend\w*|ressort)\b")
#: « j'aurais pu », « nous aurions pu »: what the writer could have done …
COULD_HAVE = rx(r"(?:j'aurais|nous aurions) pu\b")
#: … had the client done their part (« si vous m'aviez envoyé … », « si tu avais dit … »)
CLIENT_COUNTERFACTUAL = rx(r"\bsi (?:vous|tu|t')\s*(?:ne |n')?(?:m'|nous |me )?(?:aviez|avais)\b")


def _named_agent(verb: Any) -> bool:
    """Is a *person* named as agent? « écrasé par une ancienne version » names a thing, which
    still leaves the error without anyone doing it."""
    after = verb.doc.text[verb.idx : verb.idx + 60]
    if re.match(r"\S+\s+par (?:nos|mes) soins\b|\S+\s+par (?:moi|nous)\b", after, re.IGNORECASE):
        return True  # « calculé par nos soins »: the speaker did it
    for child in verb.children:
        if child.dep_ == "obl:agent":
            # the role may run past the head noun (« la femme de ménage », « l'agent d'entretien »)
            phrase = verb.doc.text[child.idx : child.idx + 40]
            return (
                child.pos_ in {"PROPN", "PRON"}
                or re.search(r"\b" + THIRD_PARTY + r"\b", child.text, re.IGNORECASE) is not None
                or re.match(THIRD_PARTY + r"\b", phrase, re.IGNORECASE) is not None
            )
        if (
            child.dep_.startswith("obl")
            and any(g.lower_ == "par" for g in child.children)
            and child.lower_ not in {"erreur", "mégarde", "mail", "e-mail", "courrier", "accident"}
        ):
            return True
    return False


class FrenchChecker(SentenceRules):
    APOLOGY = APOLOGY
    OWNERSHIP_FOLLOWS = re.compile(
        r"\s*(?:mais|cependant|toutefois|pourtant|cela dit|ceci dit|reste que)\b|"
        r".*\bc'est (?:à moi|à nous) d(?:e |')|.*\b(?:ma|notre) "
        r"(?:responsabilité|faute)\b|.*\b(?:j'aurais|nous aurions) dû\b|"
        r"\s*c'est moi qui\b",
        re.IGNORECASE,
    )

    def __init__(self, draft: str) -> None:
        self.draft = draft
        self.doc = french()(draft)
        self._starts = [t.idx for t in self.doc]
        self._token_cache: dict[tuple[int, int], list[Any]] = {}
        self.sentences = sentences(draft)
        self.analysis = Analysis()
        #: Blame that names a cause (a source's flawed input, an act beside a disclaimer), not
        #: who did the harm: an agentless sentence before it still hides who did that.
        self._causes: set[tuple[int, int]] = set()
        #: Whether the error was a call not made (then a call at a set time is the remedy).
        self._call_not_made = CALL_NOT_MADE.search(draft) is not None

    def run(self) -> Analysis:
        analysis = super().run()
        # « Votre site a été inaccessible. Notre stagiaire a supprimé le certificat »: the next
        # sentence names who did it, so the agentless one hides no one (the blame is judged).
        blamed = [
            f
            for f in analysis.findings
            if f.label == "blame_shifting" and (f.start, f.end) not in self._causes
        ]
        if blamed:
            drop = set()
            for sentence, following in zip(self.sentences, self.sentences[1:], strict=False):
                if any(following.start <= f.start < following.end for f in blamed):
                    drop.update(
                        id(f)
                        for f in analysis.findings
                        if f.label == "passive_voice_evasion"
                        and sentence.start <= f.start < sentence.end
                    )
            analysis.findings = [f for f in analysis.findings if id(f) not in drop]
        # « le numéro fourni par votre ancien comptable était erroné »: the thing is told with
        # its source, so it hides no one
        analysis.findings = [
            f
            for f in analysis.findings
            if f.label != "passive_voice_evasion"
            or not any(start <= f.start < end for start, end in self._causes)
        ]
        # « c'est le stagiaire qui a poussé la mise à jour, je n'y suis pour rien »: a denial
        # inside the span that puts the fault on someone else is part of that blame, not an
        # excuse of its own (beside a circumstance, « avec la grève … », it stays an excuse;
        # powerlessness, « j'y pouvais rien », is an excuse wherever it stands)
        blame_spans = [(f.start, f.end) for f in analysis.findings if f.label == "blame_shifting"]
        # The same for a plea (« il faut dire que les choix ont changé en cours de route »,
        # « vous comprendrez qu'on ne pouvait pas … ») that the blame span covers: what it pleads
        # is the other party's part. A circumstance named in it keeps it an excuse.
        analysis.findings = [
            f
            for f in analysis.findings
            if f.label != "excuse"
            or POWERLESS.search(self.draft[f.start : f.end])
            or CIRCUMSTANCES.search(self.draft[f.start : f.end])
            or not any(start < f.end and f.start < end for start, end in blame_spans)
        ]
        # « une petite erreur s'est glissée », « j'ai fait une petite rayure »: an indefinite
        # size word reports the fault as it is first told; it talks the fault down only beside
        # another minimising cue in the same sentence (« ce petit couac » after an apology is
        # a different matter: it sizes the fault the apology is for)
        minimised = [f for f in analysis.findings if f.label == "minimisation"]
        drop_small = set()
        for f in minimised:
            text = self.draft[f.start : f.end]
            if not SMALL_FAULT.fullmatch(text) or not re.match(r"(?:une?|des)\b", text, re.I):
                continue
            sentence = next(s for s in self.sentences if s.start <= f.start < s.end)
            if not any(g is not f and sentence.start <= g.start < sentence.end for g in minimised):
                drop_small.add(id(f))
        analysis.findings = [f for f in analysis.findings if id(f) not in drop_small]
        # « navré si le léger décalage de teinte vous a déplu »: inside the condition of a
        # conditional apology the size word only names the fault; the apology's condition is
        # what is flagged
        conditions = [
            (f.start, f.end) for f in analysis.findings if f.label == "conditional_apology"
        ]
        analysis.findings = [
            f
            for f in analysis.findings
            if f.label != "minimisation"
            or not SMALL_FAULT.fullmatch(self.draft[f.start : f.end])
            or not any(start <= f.start and f.end <= end for start, end in conditions)
        ]
        return analysis

    def _tokens(self, seg: Segment) -> list[Any]:
        """Tokens whose first character lies in ``seg`` (a slice found by bisection: rules ask
        for the tokens of the same sentence many times)."""
        key = (seg.start, seg.end)
        cached = self._token_cache.get(key)
        if cached is None:
            first = bisect.bisect_left(self._starts, seg.start)
            last = bisect.bisect_left(self._starts, seg.end)
            cached = self._token_cache[key] = list(self.doc[first:last])
        return cached

    def _add(self, label: str, start: int, end: int, kind: str = "") -> None:
        self.analysis.add(label, start, end, kind)

    def _in_si_clause(self, sentence: Segment, offset: int) -> bool:
        clause = clause_at(sentence, offset)
        prefix = self.draft[clause.start : offset]
        found = list(re.finditer(r"\b(?:si|s['’]ils?|au cas où)\b|\bs['’]$", prefix, re.IGNORECASE))
        if not found:
            return False
        after_si = prefix[found[-1].end() :]
        # « Désolé si tu as attendu, le cours avait sauté »: after the comma, a new subject
        # opens the main clause.
        return not ("," in after_si and _MAIN_CLAUSE_START.match(after_si.rsplit(",", 1)[1]))

    # .. ownership ..
    def _owns_explicitly(self, sentence: Segment) -> bool:
        if OWN_CAUSE.search(sentence.text) or OWN_NOT_KEPT.search(sentence.text):
            return True
        if OWN_ACT_DID.search(sentence.text):
            return True
        for start, _end, match in finditer(OWNERSHIP, sentence):
            if COULD_HAVE.match(match.group(0)) and CLIENT_COUNTERFACTUAL.search(
                self.draft[sentence.start : start]
            ):
                continue  # « si vous m'aviez envoyé les textes, j'aurais pu … »: on them
            if not NEGATED_BEFORE.search(self.draft[max(sentence.start, start - 30) : start]):
                return True
        return False

    def _denied_ownership(self, sentence: Segment) -> None:
        """A negative statement of responsibility (« ce n'est pas une erreur de notre part »)
        is a denial: flag it as an excuse."""
        for start, end, _m in finditer(OWNERSHIP, sentence):
            window_start = max(sentence.start, start - 30)
            negation = NEGATED_BEFORE.search(self.draft[window_start:start])
            if (
                negation
                and self.draft[start:end].lower().startswith("de ")
                and not re.search(
                    r"\b" + FAULT_NOUNS + r"\b|négligence|faute",
                    self.draft[window_start + negation.start() : start],
                    re.IGNORECASE,
                )
            ):
                continue  # « c'est de la chance, pas de la vigilance de ma part »: no fault denied
            if negation:
                clause = clause_at(sentence, start)
                begin = window_start + negation.start()
                # start at the « ne » / « n' » that opens the negation (« ce n'est pas … »)
                lookback = max(clause.start, begin - 25)
                ne = re.search(r"(?:\bce\s+)?\bn(?:e\b|')[^.;!?]*$", self.draft[lookback:begin])
                if ne:
                    begin = lookback + ne.start()
                self._add("excuse", max(clause.start, begin), end, "denial")

    def _apologised_near(self, sentence: Segment) -> bool:
        """An apology in the sentence or the next one: what the writer narrates beside it is
        what the apology is for."""
        index = self.sentences.index(sentence) if sentence in self.sentences else -1
        near = [sentence, *self.sentences[index + 1 : index + 2]] if index >= 0 else [sentence]
        return any(APOLOGY.search(s.text) for s in near)

    def _owns(self, sentence: Segment) -> bool:
        if self._owns_explicitly(sentence):
            return True
        if re.search(
            r"\b(?:mon|notre) (?:retard|oubli|erreur|étourderie|inattention|négligence)\b",
            sentence.text,
            re.IGNORECASE,
        ) and APOLOGY.search(sentence.text):
            return True  # « désolée pour mon retard »
        if re.search(
            r"\b(?:j'ai|nous avons) (?:du|un|beaucoup de|pris du) retard\b|\b(?:je suis|"
            r"nous sommes) en retard\b",
            sentence.text,
            re.IGNORECASE,
        ):
            return True
        # Texts drop the subject and auxiliary: « Oups, oublié la pièce jointe ».
        if SUBJECTLESS_FAULT.match(sentence.text):
            return True
        for token in self._tokens(sentence):
            if token.dep_ not in {"nsubj", "nsubj:pass"} or not (
                _is_first_person(token) or _is_we(token) or _is_own_firm(token)
            ):
                continue
            verb = token.head
            if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_ in NOT_OWN_LEMMAS:
                continue
            if _future_or_modal(verb):
                continue
            children = list(verb.children)
            if any(c.dep_ == "cop" for c in children) or verb.lemma_ in APOLOGY_LEMMAS:
                continue  # "je suis désolé": a state, not an act
            if token.lower_ == "nous" and any(
                c.dep_.startswith("aux") and _person(c) == "3" for c in children
            ):
                continue  # « il nous a promis »: "nous" is the object of a third person
            if not _has_reflexive(verb) and any(
                c.dep_.startswith("aux") and c.lemma_ == "être" for c in children
            ):
                # « je ne suis pas venu », « nous sommes arrivés au lieu de … »: « être » as
                # the past tense's auxiliary of an act (not a passive, not a state), told
                # as not done or with its flaw, owns it.
                if _acted_with_etre(verb, children):
                    window = self.draft[verb.idx : clause_at(sentence, verb.idx).end]
                    if any("Neg" in c.morph.get("Polarity") for c in children) or (
                        FAULT_MARKERS.search(window) or CONTRARY.search(window)
                    ):
                        return True
                continue  # « j'étais épuisé »: a state or a passive, not an act
            # The small model sometimes tags a present ("je livre") as imperfect: trust the
            # participle, or an imperfect only when the ending says so.
            past = (
                "Part" in verb.morph.get("VerbForm")
                or (
                    "Imp" in verb.morph.get("Tense")
                    and verb.lower_.endswith(("ais", "ait", "ions", "iez", "aient"))
                )
                # « j'ai abîmé » tagged as a present: the past's auxiliary says what it is
                or any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in children)
            )
            negated = any("Neg" in c.morph.get("Polarity") for c in children)
            if re.match(r"r[eé]-", verb.lower_):
                continue  # « je l'ai re-réservé »: doing it again is the remedy
            if any(c.lower_ in {"lui", "leur"} for c in children):
                continue  # « je lui ai remonté les bretelles »: acting on a third party
            restrictive = any(
                c.lower_ in {"simplement", "seulement", "juste", "uniquement"}
                and c.dep_ == "advmod"
                for c in children
            )
            if restrictive:
                continue
            # "je n'ai fait qu'appliquer" restricts, it does not own
            after_verb = self.draft[verb.idx + len(verb.text) : verb.idx + len(verb.text) + 5]
            if negated and re.match(r"\s*qu(?:e\b|')", after_verb.replace("’", "'")):
                continue
            if negated and past and verb.lemma_ not in {"pouvoir", "vouloir", "être", "avoir"}:
                return True
            if not past:
                continue
            if verb.lemma_ in FAULT_LEMMAS:
                return True
            if verb.lemma_ in REMEDY_LEMMAS and verb.lemma_ not in OWN_NEUTRAL_LEMMAS:
                # « j'ai déposé la déclaration avec les chiffres du trimestre précédent »: a
                # delivery verb narrating the error, told by what was wrong with it
                window = self.draft[verb.idx : clause_at(sentence, verb.idx).end]
                if (
                    FAULT_MARKERS.search(window) or CONTRARY.search(window)
                ) and not REMEDY_CONTEXT.search(window):
                    return True
                continue
            if verb.lemma_ in OWN_NEUTRAL_LEMMAS:
                window = self.draft[verb.idx : clause_at(sentence, verb.idx).end]
                if FAULT_MARKERS.search(window) or CONTRARY.search(window):
                    return True
                if (
                    self._apologised_near(sentence)
                    and verb.dep_ != "acl:relcl"
                    and verb.lemma_ not in REMEDY_LEMMAS
                    and not REMEDY_CONTEXT.search(window)
                    and not TIME.search(window)
                    and not self._in_si_clause(sentence, verb.idx)
                    and not MESSAGE_LEFT.search(window)
                ):
                    return True  # « j'ai mis des noix dans le gâteau, je suis désolée »
                if LATE.search(window) and not REMEDY_CONTEXT.search(window):
                    return True  # « j'ai rendu les plans en retard »
                continue
            # Any other act the speaker narrates in the past ("j'ai compté deux fois la
            # livraison") owns it, unless it is a remedy step, a discovery, a state or a request.
            if verb.lemma_ not in NOT_OWN_PAST_LEMMAS and verb.lemma_ not in REMEDY_LEMMAS:
                if verb.dep_ == "acl:relcl" and _names_other_role(verb.head.lower_):
                    continue  # « le traiteur que j'avais choisi »: who they are, not the fault
                if not (_is_we(token) or _is_own_firm(token)):
                    return True
                # spoken « on » (or « notre équipe ») owns an act only when it is told as
                # faulty (« on vous a mis un gâteau au chocolat à la place du fraisier »), not
                # « on l'a recadré »
                window = self.draft[verb.idx : clause_at(sentence, verb.idx).end]
                if FAULT_MARKERS.search(window) or CONTRARY.search(window):
                    return True
        # « les bulletins ont été calculés par nous avec l'ancien taux »: a passive whose agent
        # is the writer, told with its flaw
        for token in self._tokens(sentence):
            if token.lower_ in {"nous", "moi"} and (
                token.dep_ == "obl:agent"
                or (
                    token.dep_.startswith("obl")
                    and any(c.lower_ == "par" for c in token.children)
                    and any(c.dep_ == "aux:pass" for c in token.head.children)
                )
            ):
                verb = token.head
                window = self.draft[verb.idx : clause_at(sentence, verb.idx).end]
                if verb.lemma_ in FAULT_LEMMAS or (
                    (FAULT_MARKERS.search(window) or CONTRARY.search(window))
                    and not REMEDY_CONTEXT.search(window)
                ):
                    return True
        # "désolé d'avoir décalé …", "je m'excuse de ne pas avoir vérifié …"; and the same
        # first-person past read from the text where the small model's parse goes astray.
        return (
            OWN_INFINITIVE.search(sentence.text) is not None
            or OWN_RELATIVE.search(sentence.text) is not None
            or OWN_FIRM_CLAIMED.search(sentence.text) is not None
            or OWN_ADMITTED.search(sentence.text) is not None
            or OWN_TEXT.search(sentence.text) is not None
            or OWN_TEXT_MARKED.search(sentence.text) is not None
        )

    # .. detectors ..
    def _self_flagellation(self, sentence: Segment) -> None:
        for pattern in SELF_FLAGELLATION:
            for start, end, _m in finditer(pattern, sentence):
                self._add("self_flagellation", start, end)

    def _blame(self, sentence: Segment, owned: bool) -> None:
        if owned:
            return
        self._blame_by_parse(sentence)
        self._blame_sourced(sentence)
        self._blame_named(sentence)
        for pattern, kind in BLAME_PATTERNS:
            for start, end, _m in finditer(pattern, sentence):
                self._add("blame_shifting", start, end, kind)
        # the writer not a subject in the sentence (« notre imprimeur » is still someone else)
        if not re.search(r"\b(?:je|j'|nous|moi)\b", sentence.text, re.IGNORECASE):
            for start, end, _m in finditer(THIRD_PARTY_FAILED_RELATIVE, sentence):
                self._add("blame_shifting", start, end)
        for start, _end, match in finditer(THIRD_PARTY_SUBJECT, sentence):
            prefix = self.draft[sentence.start : start].rstrip().lower()
            if re.search(r"\b(?:à|au|aux|avec|de|du|des|pour|par|chez|à l')$", prefix):
                continue
            rest = match.group("rest")
            if THIRD_PARTY_FAULT.search(rest):
                cut = OWN_CLAUSE_NEXT.search(rest)
                stop = (
                    start
                    + (match.start("rest") - match.start())
                    + (cut.start() if cut else len(rest))
                )
                self._add("blame_shifting", start, stop)
        for start, _end, match in finditer(AGENT_SUBJECT, sentence):
            prefix = self.draft[sentence.start : start].rstrip().lower()
            if re.search(r"\b(?:à|au|aux|avec|de|du|des|pour|par|chez|à l')$", prefix):
                continue
            tail = match.group("tail")
            for word in list(re.finditer(r"[\w-]+", tail))[:2]:
                head = word.group(0).lower()
                if (
                    head in NOT_AGENTS
                    or head.rstrip("s") in NOT_AGENTS
                    or len(head) < 5
                    or not AGENT_SUFFIX.search(head)
                ):
                    continue
                rest = tail[word.end() :]
                if not AGENT_VERB_NEXT.match(rest):
                    break  # « les fleurs soient arrivées »: the head must be followed by its verb
                if PASSIVE_AFTER_SUBJECT.match(rest):
                    break  # the subject of a passive undergoes the act: judged as evasion
                if THIRD_PARTY_FAULT.search(rest):
                    cut = re.search(r",?\s+mais\s+(?:c'est moi|je|j'|nous)\b", rest, re.I)
                    stop = start + len(match.group(0)) - (len(rest) - cut.start() if cut else 0)
                    self._add("blame_shifting", start, stop)
                break
        for start, end, match in finditer(NAMED_ACT, sentence):
            rest = match.group("rest")
            if THIRD_PARTY_FAULT.search(rest) or FAULT_MARKERS.search(rest):
                self._add("blame_shifting", start, end)
        for start, end, match in finditer(CAUSAL_BLAME, sentence):
            subject = match.group("subject").lower()
            head = subject.split()[0]
            role = re.search(r"\b" + THIRD_PARTY + r"\b", subject)
            agent = head not in NOT_AGENTS and len(head) >= 5 and AGENT_SUFFIX.search(head)
            if role or agent:
                offset = re.search(
                    r"(?:le |la |les |l'|notre |nos |mon |ma |mes |leur )", match.group(0)
                ).start()
                self._add("blame_shifting", start + offset, end)
        for pattern in (CLIENT_TU, CLIENT_APPROVED, CAUSAL_CLIENT, CLIENT_INEVITABLE):
            for start, end, _m in finditer(pattern, sentence):
                self._add("blame_shifting", start, end, "client")
        for start, end, _match in finditer(HUMAN_FAULT_SUBJECT, sentence):
            prefix = self.draft[sentence.start : start].rstrip().lower()
            if re.search(r"\b(?:à|au|aux|avec|de|du|des|pour|par|chez|à l')$", prefix):
                continue
            span = self.draft[start:end]
            cut = re.search(r",?\s+mais\s+(?:c'est moi|je|j'|nous)\b", span, re.IGNORECASE)
            self._add("blame_shifting", start, start + cut.start() if cut else end)

    def _blame_by_parse(self, sentence: Segment) -> None:
        """Someone else as the subject of a past act told as faulty: the client doing something
        against what was due (« vous nous avez transmis vos justificatifs le 28 au lieu du 15 »,
        « vous avez sans doute mal noté la date »), or a person in another role (« notre nouveau
        chef de cuisine n'a pas respecté la fiche », « le traceur a imprimé vos plans à la
        mauvaise échelle »). The act must carry its fault: a fault verb, a negation, a wrong
        thing, « mal », or « alors que », or the writer's part disclaimed beside it (in the
        sentence or the next one)."""
        index = self.sentences.index(sentence)
        following = self.sentences[index + 1 : index + 2]
        disclaimed = any(DISCLAIMED.search(s.text) for s in [sentence, *following])
        for token in self._tokens(sentence):
            if token.dep_ != "nsubj" or token.head.pos_ not in {"VERB", "AUX"}:
                continue
            verb = token.head
            if verb.dep_ == "aux:tense":
                verb = verb.head  # « il n'a pas suivi »: the subject hung on the auxiliary
            # « confié à une jeune recrue qui n'a pas transmis votre demande »: the relative's
            # « qui » stands for the person named just before it
            antecedent = None
            if (
                verb.dep_ == "acl:relcl"
                and token.lower_ == "qui"
                and verb.head.pos_ == "NOUN"
                and verb.head.i < token.i
                and not _is_own_firm(verb.head)
            ):
                antecedent = verb.head
            elif verb.dep_ in {"acl:relcl", "acl"}:
                continue
            if _future_or_modal(verb):
                continue
            children = list(verb.children)
            if verb.lemma_ == "avoir":
                # the small model reads « vous aviez envoyé » as « avoir » + a participle
                participles = [
                    c for c in children if c.dep_ == "xcomp" and "Part" in c.morph.get("VerbForm")
                ]
                if not participles:
                    continue
                verb = participles[0]
                children = [*children, *verb.children]
            elif not any(c.dep_ == "aux:tense" for c in children) and not (
                "Imp" in verb.morph.get("Tense") and verb.lemma_ not in {"être", "avoir"}
            ):
                continue
            if any(c.dep_ == "aux:pass" for c in children) or verb.lemma_ in NOT_BLAME_LEMMAS:
                continue
            if any(
                c.dep_ == "xcomp" and any(g.dep_ == "aux:pass" for g in c.children)
                for c in children
            ):
                continue  # « la chaudière n'a pas pu être réparée »: the subject underwent it
            if verb.lemma_ in {"changer", "modifier"} and re.match(
                r"\S+\s+(?:\w+\s+){0,2}?(?:d(?:e\b|')|(?:ses|son|sa|leurs?)\b)",
                self.draft[verb.idx : sentence.end],
            ):
                # « l'agence a changé trois fois de conseiller », « le fournisseur a changé ses
                # références »: a change in their own things, no fault done to the work
                continue
            client = token.lower_ in {"vous", "tu", "t'", "t’"}
            # « confié à un alternant, et il n'a pas suivi la procédure »: the pronoun takes up
            # a person in another role named before it in the sentence
            named_before = token.lower_ in {"il", "elle", "ils", "elles"} and re.search(
                r"\b" + THIRD_PARTY + r"\b", self.draft[sentence.start : token.idx], re.IGNORECASE
            )
            if named_before:
                pass
            elif client:
                if verb.lemma_ not in CLIENT_ACT_LEMMAS and verb.lemma_ not in FAULT_LEMMAS:
                    continue
            else:
                # the subject phrase, as the small model sometimes splits it (« le livreur
                # partenaire »): a determiner first, a person's role among its words
                party = antecedent if antecedent is not None else token
                phrase = self.draft[party.left_edge.idx : party.idx + len(party.text)].lower()
                phrase = re.sub(r"^(?:que|qu['’]|et|mais|car|puis)\s*", "", phrase)
                if antecedent is not None:
                    phrase = re.sub(r"^(?:à|au|aux|par|pour|chez|avec)\s+", "", phrase)
                words = re.findall(r"[\w-]+", phrase)
                determiners = THIRD_DETERMINERS | (
                    {"un", "une", "ce", "cette"} if antecedent is not None else set()
                )
                if (
                    party.pos_ != "NOUN" or not words or words[0] not in determiners
                ) and not phrase.startswith(("l'", "l’")):
                    continue
                tool = party.lemma_ in TOOL_NOUNS or party.lower_.rstrip("s") in TOOL_NOUNS
                if tool and not any(c.dep_ == "obj" for c in children):
                    continue  # « le four a lâché »: a breakdown, not an act on the work
                if not tool and not any(_names_other_role(word) for word in words[1:4]):
                    continue
            if self._in_si_clause(sentence, verb.idx):
                continue
            clause = clause_at(sentence, verb.idx)
            window = self.draft[verb.idx : clause.end]
            negated = any("Neg" in c.morph.get("Polarity") for c in children) or (
                re.search(
                    r"\bn(?:e\b|')|\b(?:pas|jamais)\b",
                    self.draft[token.idx + len(token.text) : verb.idx + len(verb.text)],
                    re.IGNORECASE,
                )
                is not None
            )
            badly = any(c.lower_ == "mal" for c in children)
            kind = "client" if client else ""
            party = antecedent if antecedent is not None else token
            tool_altered = (
                not client
                and party.lemma_ in TOOL_NOUNS | {t + "s" for t in TOOL_NOUNS}
                and verb.lemma_ in TOOL_ALTERING_LEMMAS
            )
            if not (
                verb.lemma_ in FAULT_LEMMAS
                or tool_altered
                or negated
                or badly
                or FAULT_MARKERS.search(window)
                or CONTRARY.search(window)
            ):
                if not disclaimed or client:
                    continue
                # the act is not told as faulty: it names a cause, not who did the harm
                self._causes.add((min(party.left_edge.idx, verb.idx), clause.end))
            start = min(party.left_edge.idx, verb.idx)
            self._add("blame_shifting", start, clause.end, kind)

    def _blame_sourced(self, sentence: Segment) -> None:
        for start, end, match in finditer(SOURCED_THING, sentence):
            predicate = match.group("predicate")
            if FAULT_MARKERS.search(predicate.split(",")[0]) or SOURCED_FLAW.search(predicate):
                self._causes.add((start, end))
                self._add("blame_shifting", start, end, "client" if match.group("client") else "")

    def _blame_named(self, sentence: Segment) -> None:
        """A person in another role put forward as the one at fault: « c'est notre pigiste qui a
        oublié … », « les chiffres erronés viennent de la relectrice que j'avais mandatée »."""
        for start, end, match in finditer(CLEFT_OR_SOURCE, sentence):
            words = re.findall(r"[\w-]+", (match.group("who") or match.group("who2")).lower())
            if not any(_names_other_role(word) for word in words):
                continue
            if match.group("source") and not FAULT_MARKERS.search(
                self.draft[sentence.start : start]
            ):
                continue  # « les fleurs viennent du fournisseur habituel »: no fault named
            if match.group("who") and not (
                FAULT_MARKERS.search(match.group(0)) or PERSON_FAULT.search(match.group(0))
            ):
                continue  # « c'est le plombier qui passera demain »: no fault in the clause
            self._add("blame_shifting", start, end)

    def _excuse(self, sentence: Segment, owned: bool) -> None:
        for start, end, _m in finditer(BUSY_BETWEEN, sentence):
            self._add("excuse", start, end)
        for start, end, match in finditer(HINDERED, sentence):
            subject = match.group(0)[: match.group(0).rfind(" a ") + 1 or None]
            if (
                CIRCUMSTANCES.search(match.group(0))
                or re.search(r"\b(?:nos|notre|mes|mon|ma)\b", match.group(0), re.IGNORECASE)
            ) and not re.search(
                r"\b" + FAULT_NOUNS + r"\b|\b" + THIRD_PARTY + r"\b", subject, re.IGNORECASE
            ):
                self._add("excuse", start, end)
        for pattern in EXCUSE_DENIAL:
            for start, end, _m in finditer(pattern, sentence):
                self._add("excuse", start, end, "denial")
        for pattern in EXCUSE_PLEA:
            for start, end, _m in finditer(pattern, sentence):
                # « il faut dire que j'ai mal lu votre mail » owns the error it introduces
                if not self._owns(Segment(start, end, self.draft[start:end])):
                    self._add("excuse", start, end)
        if owned:
            return
        for start, end, _m in finditer(TRANSITION, sentence):
            self._add("excuse", start, end)
        for start, end, match in finditer(BREAKDOWN, sentence):
            subject = match.group(0)[:40]
            if not re.search(r"\b" + THIRD_PARTY + r"\b", subject, re.IGNORECASE):
                self._add("excuse", start, end)
        # Any circumstance brought in by a causal connector, with a shortfall as its result and
        # nobody owning it: « En raison des fêtes, la livraison a pris du retard ».
        for start, end, match in finditer(CAUSAL_OPENER, sentence):
            cause = match.group("cause")
            if re.search(r"\b" + FAULT_NOUNS + r"\b", cause, re.IGNORECASE):
                continue  # « suite à un problème informatique »: a fault as actor (passive)
            if OWN_OPERATION.search(cause):
                continue  # « suite à la mise à jour d'hier »: one's own work, not a circumstance
            if OUTCOME.search(match.group("main")) and not FIRST_PERSON_WORD.search(cause):
                self._add("excuse", start + len(match.group("greet") or ""), end)
        for start, end, match in finditer(CAUSAL_AFTER, sentence):
            if not FIRST_PERSON_WORD.search(match.group("cause")):
                self._add("excuse", start, end)
        for start, end, _m in finditer(CIRCUMSTANCES, sentence):
            clause = clause_at(sentence, start)
            head = self.draft[clause.start : start]
            if re.search(r"\bvous\s+(?:\w+\s+){0,3}$", head, re.I):
                continue  # « vous avez eu une semaine difficile »: the client's circumstance
            if re.search(
                r"\b(?:savoir|su|dire|dit|prévenir|prévenu|prévenue|informer|informée?)\s+"
                r"(?:que |qu')[^,.;!?]*$",
                head,
                re.I,
            ):
                continue  # « vous ne pouviez pas savoir qu'il avait peu dormi »: what went untold
            frame = None
            for frame_match in CIRCUMSTANCE_FRAME.finditer(head):
                frame = frame_match
            consequence = CONSEQUENCE.match(self.draft[end : sentence.end])
            if (
                consequence
                and PLAN_AROUND_IT.search(consequence.group(0))
                and TIME.search(consequence.group(0))
            ):
                continue  # « je suis en congé vendredi, donc je termine demain »: the remedy's plan
            if frame is None and consequence is None:
                # a sentence that opens on a justification ("Il faut dire que …")
                opener = CIRCUMSTANCE_FRAME.match(sentence.text)
                # « Désolée pour mon retard, les trains étaient une catastrophe »: the
                # circumstance answers the apology in the next clause
                after_apology = _answers_apology(self.draft[sentence.start : start]) and not any(
                    f.label == "blame_shifting"
                    and f.start < sentence.end
                    and sentence.start < f.end
                    for f in self.analysis.findings
                )  # a third party's haste is blame, judged elsewhere
                # « la commande a été oubliée, le mois de décembre est tellement chargé chez
                # nous »: the circumstance set beside the shortfall told just before it
                comma = self.draft.rfind(",", clause.start, start)
                prior = self.draft[clause.start : comma] if comma != -1 else ""
                after_fault = (
                    bool(prior)
                    and _MAIN_CLAUSE_START.match(self.draft[comma + 1 : start]) is not None
                    and (OUTCOME.search(prior) or PASSIVE_FAULT_TEXT.search(prior)) is not None
                )
                # « J'ai oublié votre leçon. Mon fils est malade et je ne dors pas. »: a
                # sentence that opens on the circumstance, right after the sentence telling
                # the fault, is given as its reason
                # (or the one before, when an outburst or an apology stands between them)
                index = self.sentences.index(sentence) if sentence in self.sentences else -1
                previous = self.sentences[max(index - 2, 0) : max(index, 0)]
                after_fault_sentence = (
                    bool(previous)
                    and clause.start == sentence.start
                    and any(
                        self._owns(prior)
                        or OUTCOME.search(prior.text) is not None
                        or PASSIVE_FAULT_TEXT.search(prior.text) is not None
                        or re.search(r"\b" + FAULT_NOUNS + r"\b", prior.text, re.I) is not None
                        for prior in previous
                    )
                    and not self._owns(sentence)
                    and not FUTURE_MARKER.search(sentence.text)
                    and not self._solution(sentence)  # « je passe à 16 h … en même temps »
                    # « … due à notre sous-traitant, qui a débranché par erreur lors de
                    # travaux »: another's fault told there is blame, judged elsewhere
                    and not (
                        re.search(r"\b" + THIRD_PARTY + r"\b", sentence.text, re.I)
                        and FAULT_MARKERS.search(sentence.text)
                    )
                    # a verbless line (a signature: « Dominic, Déménagement Express ») tells none
                    and any(t.pos_ in {"VERB", "AUX"} for t in self._tokens(sentence))
                )
                if after_fault_sentence:
                    self._add("excuse", sentence.start, sentence.end)
                    continue
                if opener is None and not after_apology and not after_fault:
                    continue
                frame_start = (
                    sentence.start
                    if opener is not None
                    else start - len(self.draft[comma + 1 : start].lstrip())
                    if after_fault
                    else start
                )
            else:
                frame_start = clause.start + frame.start() if frame else start
            span_end = end + consequence.end() if consequence else clause.end
            self._add("excuse", frame_start, max(span_end, end))

    def _minimisation(self, sentence: Segment) -> None:
        for pattern in MINIMISATION:
            for start, end, _m in finditer(pattern, sentence):
                self._add("minimisation", start, end)

    def _conditional(self, sentence: Segment) -> None:
        for start, end, _m in finditer(CONDITIONAL_FEELINGS, sentence):
            self._add("conditional_apology", start, end, "feelings")
        for start, end, _m in finditer(CONDITIONAL_LEARNED, sentence):
            self._add("conditional_apology", start, end)
        for start, end, _m in finditer(CONDITIONAL_HEDGED, sentence):
            self._add("conditional_apology", start, end, "hedged")
        for start, end, _m in finditer(CONDITIONAL_IF_ANY, sentence):
            self._add("conditional_apology", start, end, "hedged")
        tokens = self._tokens(sentence)
        for token in tokens:
            # the small model sometimes tags « si » ADV (« toutes mes excuses si jamais … »):
            # attached as a clause's marker, or followed by « jamais », a determiner or a
            # pronoun, it opens a clause (the intensifier « si » comes before an adjective)
            following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            is_si = token.lower_ in {"si", "s'", "s’"} and (
                token.pos_ == "SCONJ"
                or token.dep_ == "mark"
                or (
                    following is not None
                    and (following.lower_ == "jamais" or following.pos_ in {"DET", "PRON"})
                )
            )
            is_locution = (  # « au cas où », « dans la mesure où »
                token.lower_ == "où"
                and token.i > 1
                and self.doc[token.i - 1].lower_ in {"cas", "mesure"}
            )
            if not (is_si or is_locution):
                continue
            self._si_clause(sentence, token)

    def _si_clause(self, sentence: Segment, si: Any) -> None:
        """Does this *si* clause condition an apology (flag) or an offer (leave)?"""
        if_start = si.idx
        if si.lower_ == "où":
            if_start = self.doc[si.i - 2].idx if si.i >= 2 else si.idx
            if si.i >= 3 and self.doc[si.i - 3].lower_ in {"pour", "dans"}:
                if_start = self.doc[si.i - 3].idx  # « pour le cas où », « dans la mesure où »
        comma = self.draft.find(",", si.idx, sentence.end)
        if_end = comma if comma != -1 else sentence.end
        before = self.draft[sentence.start : if_start]
        if re.search(r"\bfaute\s+$|\bc'est (?:pour ça|pour cela|comme ça)\s+$", before, re.I):
            return  # « c'est de sa faute si le rendu est flou »: a cause, not a condition
        after = self.draft[if_end : sentence.end].lstrip(", ")
        offer = re.match(
            r"(?:je|j'|nous)\s+(?:vous\s+|le\s+|la\s+|les\s+)*(?:peux|pouvons|"
            r"propose|proposons|livre|envoie|fais|ferai|enverrai|rembourse|"
            r"réimprime|vais|allons)",
            after,
            re.IGNORECASE,
        )
        apology_after = APOLOGY.search(after[:40]) or re.match(
            r"(?:je|nous)\s+(?:vous\s+)?(?:m'|nous\s+)?(?:en\s+)?(?:excuse|excusons|prie|prions|"
            r"suis "
            r"désolée?|sommes désolée?s|présent\w* (?:mes|nos) excuses|regrette)",
            after,
            re.IGNORECASE,
        )
        # « Monsieur Hardy, dans la mesure où …, nous vous prions de nous en excuser »: a
        # greeting (and « pour » of « pour le cas où ») before the condition opens nothing
        opening = re.sub(
            r"^\s*(?:(?:bonjour|bonsoir|salut|cher|chère|chers|madame|monsieur|mme|m\.|mesdames|"
            r"messieurs)\b[^,.;!?]{0,40}[,.]\s*)+|\b(?:pour|dans)\s*$",
            "",
            before,
            flags=re.IGNORECASE,
        )
        if not opening.strip(" ,"):
            if apology_after and not offer:
                match = APOLOGY.search(after)
                assert match is not None
                start_after = sentence.end - len(self.draft[if_end : sentence.end].lstrip(", "))
                self._add("conditional_apology", if_start, start_after + match.end())
            return
        apologies = list(APOLOGY.finditer(before))
        if not apologies:
            return
        last = apologies[-1]
        between = before[last.end() :]
        # The parse says where the si clause hangs; the words between apology and si confirm it
        # is the apology that is conditioned, not a following offer.
        attached = si.head.head if si.head.dep_ == "advcl" else None
        apology_head = attached is not None and attached.lemma_ in {
            "désoler",
            "désolé",
            "navrer",
            "navré",
            "excuser",
            "regretter",
            "pardon",
            "excuse",
        }
        if (
            re.fullmatch(
                r"(?:\s+(?:vraiment|sincèrement|tellement|très|profondément))*\s*",
                between,
                re.IGNORECASE,
            )
            or apology_head
        ):
            if offer and "," in between:
                return
            self._add("conditional_apology", sentence.start + last.start(), if_end)

    def _passive(self, sentence: Segment) -> None:
        # « J'ai commis une erreur dans le tableau : deux baies ont été indiquées à la mauvaise
        # hauteur » details an error already owned before the colon.
        colon = re.search(r"\s[:—–]\s|:\s", sentence.text)
        if colon and self._owns(
            Segment(sentence.start, sentence.start + colon.start(), sentence.text[: colon.start()])
        ):
            # only the owned head is judged; the detail after the colon is not evasion
            sentence = Segment(
                sentence.start, sentence.start + colon.start(), sentence.text[: colon.start()]
            )
        for start, end, _m in finditer(FOUND_ITSELF, sentence):
            self._add("passive_voice_evasion", start, end)
        for pattern in (FAULT_ACTS, PASSIVE_FAULT_TEXT):
            for start, end, _m in finditer(pattern, sentence):
                if not self._in_si_clause(sentence, start) and not re.match(
                    r"(?:je|j'|nous)\b", sentence.text[start - sentence.start :], re.IGNORECASE
                ):
                    self._add("passive_voice_evasion", start, end)
        for start, end, _m in finditer(FAULT_EVENT, sentence):
            if not self._in_si_clause(sentence, start):
                self._add("passive_voice_evasion", start, end)
        for start, end, _m in finditer(EXISTENTIAL, sentence):
            if not self._in_si_clause(sentence, start):
                self._add("passive_voice_evasion", start, end)
        for token in self._tokens(sentence):
            if token.pos_ not in {"VERB", "AUX"} or token.dep_ == "aux:pass":
                continue
            children = list(token.children)
            passive = any(c.dep_ == "aux:pass" for c in children)
            pronominal = _has_reflexive(token)
            being = any(
                (c.dep_.startswith("aux") or c.dep_ == "cop") and c.lemma_ == "être"
                for c in children
            )
            event = token.lemma_ in EVENT_LEMMAS and (pronominal or being)
            if not (passive or pronominal or event):
                continue
            # « votre site a été lent »: an adjective the small model took for the participle of
            # an -er verb (lemma « ler »), a state and not an act
            if (
                passive
                and token.lemma_.endswith("er")
                and not re.search(r"é(?:e|s|es)?$", token.lower_)
            ):
                continue
            subject = _subject(token)
            if subject is None and token.dep_ == "xcomp" and token.head.lemma_ == "pouvoir":
                # « la toiture n'a pas pu être terminée »: the parse hangs the subject on
                # « pu », the passive it governs is what was not done
                subject = _subject(token.head)
            if (
                subject is None
                or _is_first_person(subject)
                or subject.lower_
                in {
                    "vous",
                    "on",
                    "il",
                    "elle",
                    "ils",
                    "elles",
                    "qui",
                    "que",
                    "ce",
                    "c'",
                    "cela",
                    "ça",
                }
            ):
                continue
            # « notre maquilleuse est arrivée en retard »: a person who came or left, not an
            # error that happened on its own
            if (
                (token.lemma_ in ETRE_VERBS or (event and not passive))
                and not pronominal
                and _names_other_role(subject.lower_)
            ):
                continue
            # « votre contrat n'a pas pu être établi à temps »: a past shortfall, not a modal
            could_not = (
                passive
                and token.dep_ == "xcomp"
                and token.head.lemma_ == "pouvoir"
                and any("Neg" in c.morph.get("Polarity") for c in token.head.children)
                and any(c.dep_ == "aux:tense" for c in token.head.children)
            )
            # « … n'a pas pu être versée, le dossier ayant été égaré »: the shortfall is the
            # consequence; the cause told after it (an absolute participle) is what hides who
            if could_not and ABSOLUTE_CAUSE.search(self.draft[token.idx : sentence.end]):
                continue
            # « un visuel aurait apparemment été mis en ligne par erreur »: the hearsay
            # conditional of a past passive reports the error, it does not plan anything
            hearsay = passive and any(
                c.dep_ == "aux:tense" and "Cnd" in c.morph.get("Mood") for c in children
            )
            if (
                passive
                and not (_future_or_modal(token) and not hearsay)
                and self._blamed_agent(sentence, token)
            ):
                continue
            if (_future_or_modal(token) and not could_not and not hearsay) or _named_agent(token):
                continue
            # « le sentiment d'être mal accueilli »: a passive infinitive tells no act of anyone
            if (
                passive
                and not could_not
                and any(c.dep_ == "aux:pass" and "Inf" in c.morph.get("VerbForm") for c in children)
            ):
                continue
            # « le prénom est coupé en deux », « les sous-titres sont décalés »: a present
            # passive describes the state of the thing (the defect), not an act told without
            # its doer, once the error itself was told before it or its cause follows
            present_state = (
                passive
                and token.lemma_ not in ETRE_VERBS  # « est partie chez … » is a past tense
                and not any(c.dep_ == "aux:tense" for c in children)
                and all(
                    "Pres" in c.morph.get("Tense") and "Ind" in c.morph.get("Mood")
                    for c in children
                    if c.dep_ == "aux:pass"
                )
            )
            if any(_is_first_person(c) for c in token.children):
                continue  # « je me suis planté »: the speaker is the subject
            after_verb = self.draft[token.idx : clause_at(sentence, token.idx).end]
            subject_has_fault = re.search(
                r"\b(?:mauvais\w*|erron\w*|incorrect\w*)\b",
                self.draft[subject.left_edge.idx : subject.idx + len(subject.text)],
                re.IGNORECASE,
            )
            # « l'information n'a pas été mise à jour »: a remedy verb denied is the shortfall
            denied = (
                passive
                and _told_as_past(token)
                and any("Neg" in c.morph.get("Polarity") for c in children)
            )
            if (
                token.lemma_ in REMEDY_LEMMAS
                and not FAULT_MARKERS.search(after_verb)
                and not subject_has_fault
                and not denied
                and not could_not  # « la toiture n'a pas pu être terminée »: not done
            ):
                continue
            subject_phrase = self.draft[subject.left_edge.idx : subject.idx + len(subject.text)]
            if REMEDY_CONTEXT.search(subject_phrase):
                continue  # « une facture corrigée vous a été envoyée »: the remedy
            if self._in_si_clause(sentence, token.idx):
                continue
            after = self.draft[token.idx + len(token.text) : token.idx + len(token.text) + 30]
            if token.lemma_ in RESCHEDULE_LEMMAS and TIME.match(
                re.sub(r"^\s*(?:au|à|pour|jusqu'au|jusqu'à|d'ici)\s+", "", after)
            ):
                continue  # « la mise en ligne est décalée au 3 juin »: a new date, not the error
            subj_start = subject.left_edge.idx
            subj_text = self.draft[subj_start : subject.idx + len(subject.text)]
            if present_state and (
                re.search(r"\b" + FAULT_NOUNS + r"\b", self.draft[:subj_start], re.IGNORECASE)
                or self.analysis.has_responsibility
                or CAUSE_FOLLOWS.match(self.draft[token.idx + len(token.text) : sentence.end])
            ):
                continue
            # third-party people as subject of a pronominal verb ("l'imprimeur s'est trompé")
            # put the fault on them: that is blame, judged elsewhere.
            if re.search(r"\b" + THIRD_PARTY + r"\b", subj_text, re.IGNORECASE):
                continue
            clause_end = clause_at(sentence, token.idx).end
            comma = self.draft.find(",", token.idx, clause_end)
            end = comma if comma != -1 else clause_end
            window = self.draft[subj_start:end]
            if CIRCUMSTANCES.search(window):
                continue  # an agentless circumstance belongs to the excuse, not the error
            # the writer named only in the apology that frames the report (« nous sommes
            # désolés : le siège … n'était pas installé », « nous sommes au regret de vous
            # informer que … ») is not the doer: the report is judged without that frame
            frame = APOLOGY_FRAME.match(sentence.text)
            told = sentence.text[frame.end() :] if frame else sentence.text
            negated_deliverable = (
                passive
                and any("Neg" in c.morph.get("Polarity") for c in children)
                and not re.search(r"\b(?:je|j'|nous|notre|nos|mon|ma|mes)\b", told, re.I)
            )
            # An agentless passive in a sentence where the writer appears nowhere: what was
            # done to the client's thing is told with no one doing it (« les photos ont été
            # envoyées en basse définition », « le service a été interrompu mardi »).
            bare_passive = (
                passive
                and subject.pos_ in {"NOUN", "PROPN"}
                and token.lemma_ not in REMEDY_LEMMAS
                and token.lemma_ not in ROUTINE_PASSIVE_LEMMAS
                and _told_as_past(token)
                and (token.lemma_ not in SENT_LEMMAS or _sent_how(token))
                and not FIRST_PERSON_WORD.search(told)
            )
            # « votre attestation ne vous est pas parvenue avant la remise des clés »: what
            # never reached the client, told with no one who was to send it
            never_reached = (
                token.lemma_ in {"parvenir", "arriver"}
                and any("Neg" in c.morph.get("Polarity") for c in children)
                and any(c.dep_ == "iobj" and c.lower_ in CLIENT_PRONOUNS for c in children)
                and not FIRST_PERSON_WORD.search(window)
                and not self._owns(sentence)  # « … : je l'ai mal adressée » tells the sender
            )
            faulty = (
                negated_deliverable
                or never_reached
                or bare_passive
                or could_not
                or (denied and not FIRST_PERSON_WORD.search(told))
                or token.lemma_ in FAULT_LEMMAS
                or FAULT_MARKERS.search(window) is not None
                or re.search(r"\b" + FAULT_NOUNS + r"\b", subj_text, re.IGNORECASE) is not None
            )
            if not faulty:
                continue
            if (
                not passive
                and not pronominal
                and token.lemma_ in {"passer", "partir"}
                and not FAULT_MARKERS.search(window)
            ):
                continue
            start = min(subj_start, token.idx)
            if frame:
                # a misparse can hang the subject on the greeting: the report starts after it
                start = max(start, sentence.start + frame.end())
            self._add("passive_voice_evasion", start, end)

    def _blamed_agent(self, sentence: Segment, verb: Any) -> bool:
        """A passive told with its flaw whose agent is a person in another role: « la
        déclaration a été transmise avec un mauvais montant par notre stagiaire »."""
        clause = clause_at(sentence, verb.idx)
        window = self.draft[verb.idx : clause.end]
        agent = re.search(r"\bpar\s+((?:[\w'’-]+[ \t]*){1,3})", window)
        if agent is None:
            return False
        words = re.findall(r"[\w-]+", agent.group(1).lower())
        if not words or words[0] in {"moi", "nous"} or "soins" in words:
            return False
        if (
            words[0] in {"notre", "nos"}
            and len(words) > 1
            and words[1].rstrip("s") in OWN_FIRM_NOUNS
        ):
            return False  # « par notre équipe »: the writer's own firm
        # a role the lexicon knows (the suffix guess reads « ancienne » as a person)
        if (
            not any(
                re.fullmatch(THIRD_PARTY, word) or word.rstrip("s") in PERSON_NOUNS
                for word in words
            )
            and not re.search(  # a role told in several words (« la femme de ménage »)
                r"^par\s+(?:\w+['’]|[\w-]+\s+){0,3}?" + THIRD_PARTY + r"\b",
                window[agent.start() :],
                re.IGNORECASE,
            )
        ):
            return False
        if verb.lemma_ in FAULT_LEMMAS or FAULT_MARKERS.search(window[: agent.start()]):
            self._add("blame_shifting", verb.idx, clause.end)
            return True
        # « annulée par l'agent d'entretien, qui a vidangé le bassin sans prévenir personne »:
        # the relative on the agent tells what that person did wrong; the blame is that agent
        agent_at = verb.idx + agent.start()
        rest = self.draft[verb.idx + agent.end() : sentence.end]
        relative = re.match(r"\s*(?:[\w'’-]+\s*){0,3}?,?\s*qui\s+[^,.;!?]*", rest)
        if relative and FAULT_MARKERS.search(relative.group(0)):
            self._add("blame_shifting", agent_at, verb.idx + agent.end() + relative.end())
            return True
        return False

    # .. whole message ..
    def _solution(self, sentence: Segment) -> bool:
        if ATTACHED_REMEDY.search(sentence.text):
            return True  # the corrected thing is in the message itself
        if COVERED.search(sentence.text) and not self._in_si_clause(sentence, sentence.start):
            return True  # « nous prenons en charge la différence »: the writer pays, undated
        postponed = POSTPONED.search(sentence.text)
        if (
            postponed
            and not re.search(r"\b(?:je|j'|nous)\b", sentence.text, re.IGNORECASE)
            # « les appels rectifiés partent vendredi, avec une échéance repoussée »: the
            # corrected thing comes first, the later date is part of the remedy
            and not REMEDY_CONTEXT.search(sentence.text[: postponed.start()])
        ):
            return False  # « la livraison est reportée au 12 »: a new delay, not a remedy
        if (
            RESTORED.search(sentence.text)
            and re.search(r"\b(?:maintenant|désormais|déjà)\b", sentence.text, re.IGNORECASE)
            and not self._in_si_clause(sentence, sentence.start)
        ):
            return True
        if not TIME.search(sentence.text):
            return False
        if NOT_READY.search(sentence.text):
            return False  # « ce sera pas prêt aujourd'hui »: the shortfall, dated
        if self._forward_action(sentence):
            return True
        if REMEDY_STATED.search(sentence.text):
            return True  # « une équipe viendra vendredi », « réactivé depuis ce matin »
        if ARRANGED_FOR.search(sentence.text):
            return True  # « je nous ai installés dans la grande salle pour 14 h »
        if FUTURE_MARKER.search(sentence.text) and REMEDY_CONTEXT.search(sentence.text):
            return True  # « les plans révisés suivront d'ici vendredi »
        if REMEDY_FRAGMENT.match(sentence.text) and len(sentence.text.split()) <= 8:
            return True  # a verbless note: « Version corrigée ce soir. »
        if (
            DONE_TO_IT.search(sentence.text)
            and not DONE_TO_IT_FAULT.search(sentence.text)
            and sentence is not self.sentences[0]
        ):
            return True  # « je l'ai rétablie à 10 h », « je l'ai inscrite à la session du 26 »
        if not REMEDY.search(sentence.text):
            return False
        # A dated sentence that narrates the error ("j'ai envoyé le mauvais fichier lundi") is
        # not a remedy unless it also names the corrected thing.
        tokens = self._tokens(sentence)
        narrates = any(
            t.dep_ in {"nsubj"}
            and _is_first_person(t)
            and t.head.lemma_ in FAULT_LEMMAS
            and "Part" in t.head.morph.get("VerbForm")
            for t in tokens
        )
        # « nous n'avons pas livré les repas mardi »: the shortfall itself, dated
        narrates = narrates or NEGATED_PAST_ACT.search(sentence.text) is not None
        return not narrates or REMEDY_CONTEXT.search(sentence.text) is not None

    def _forward_action(self, sentence: Segment) -> bool:
        """A dated action still to come, or a remedy state ("en ligne depuis 9 h"), that is not
        a mere call or talk. The small model often tags a first-person verb as a noun, so the
        pronoun + verb sequence is read from the text too."""
        for match, verb in _forward_verbs(sentence.text):
            if (match.group("verb") or "").lower() in RETURN_FORMS and (
                re.search(r"(?:er|ir|re)$", match.group("next") or "")
                or RETURN_TO_DO.search(sentence.text[match.end("verb") :])
            ):
                return True  # « je reviens la remonter jeudi », « … samedi pour la poncer »
            if verb.startswith("propos") and MEETING.match(sentence.text[match.end("verb") :]):
                continue  # « je vous propose un point »: a meeting, not yet a remedy
            if not verb or not verb.startswith(NOT_REMEDY_STEMS):
                return True
            clitics = sentence.text[match.start() : match.start("verb")] if verb else ""
            if verb.startswith((*CONTACT_STEMS, "rappel")) and CALL_TO_MEND.search(
                sentence.text[match.end("verb") :]
            ):
                return True  # « je vous rappelle avant 17 h pour fixer une nouvelle date »
            if verb.startswith((*CONTACT_STEMS, "rappel")) and self._call_not_made:
                return True  # the missed call, made at its time
            if (
                verb.startswith(CONTACT_STEMS)
                and not re.search(r"\b(?:vous|te|t')", clitics, re.IGNORECASE)
                and CONTACT_AFFECTED.match(sentence.text[match.end("verb") :])
            ):
                return True
        for token in self._tokens(sentence):
            if (
                token.pos_ in {"VERB", "AUX"}
                and "Fut" in token.morph.get("Tense")
                and token.lemma_ not in {"être", "avoir", "rester", "pouvoir", "devoir"}
                and not any(token.lemma_.startswith(stem) for stem in NOT_REMEDY_STEMS)
            ):
                return True
        return False


# « c'est ma mise à jour de vendredi qui a désactivé le cache »: the writer's own act as the
# cause (« c'est notre site qui a validé » or « notre commis » put it on something or someone else)
OWN_ACT_DID = rx(
    r"\bc'(?:est|était) (?:mon|ma|mes|notre|nos) (?:mise à jour|modification|manipulation|"
    r"intervention|saisie|erreur|faute|oubli|changement|réglage|configuration|calcul|relecture|"
    r"installation|migration)s?\b(?: [\w-]+){0,4}? qui (?:a|ont|avait|avaient) (?:\w+ )?"
    r"[a-zéèêàç]+(?:é|ée|és|ées|i|is|it|u|us)\b"
)


def analyse(draft: str) -> Analysis:
    return FrenchChecker(plain_apostrophes(draft)).run()


# --- what the learned remedy model may read (``learned.remedy_told``) -------------------------

# « ça s'est produit lundi à 9 h », « c'est arrivé hier »: the fault dated, not a remedy
_HAPPENED = rx(r"\b(?:produit|survenu\w*|arrivé\w*|passé\w*|eu lieu)\b")
# « le technicien était programmé jeudi »: what was planned before, told in the past
_WAS = rx(r"\b(?:était|étaient|avait|avaient|devait|devaient|aurait|auraient|pouvait)\b")
# The writer's only act is a call, a talk, a wait or a past one (« je vous appelle demain »,
# « je reviens vers vous jeudi », « je vous attends dès 16 h », « je l'ai oublié à 8 h »): the
# rules read every dated act of one's own, so the model is left the remedies told as states.
_PAST_AUXILIARIES = {"ai", "avons", "a", "avions", "avais"}
_FAULT_PARTICIPLES = (
    "oubli",
    "perd",
    "perdu",
    "supprim",
    "effac",
    "confond",
    "invers",
    "mélang",
    "zapp",
    "loup",
    "raté",
    "manqu",
    "cass",
    "abîm",
    "taché",
    "endommag",
    "égar",
    "tromp",
    # what came to the writer: receiving, seeing, learning (« nous avons obtenu votre dossier »)
    "reçu",
    "obtenu",
    "eu",
    "vu",
    "noté",
    "constaté",
    "remarqué",
    "appris",
    "découvert",
    "compris",
)
_TALK_STEMS = (
    "appel",
    "rappel",
    "téléphon",
    "discut",
    "parl",
    "écri",
    "contact",
    "recontact",
    "reviendr",
    "attend",
)
# « Reprise des travaux à une date à définir », « je vous recontacte dès que possible »
_VAGUE = rx(r"\b(?:à définir|à déterminer|à confirmer|dès que possible|prochainement|un jour)\b")


def remedy_candidate(sentence: str, first: bool = False) -> bool:
    """Whether a sentence the rules took for no remedy may still tell one (the learned remedy
    model decides): not if it narrates or dates the fault (« j'ai envoyé le mauvais fichier
    lundi », « c'est arrivé hier à 9 h »), is a condition (« si vous voulez, … »), announces only
    a new delay (« la livraison est reportée au 12 ») or has the writer only call, talk, wait or
    act in the past (« je vous appelle demain », « nous avons obtenu votre dossier le 22 »); in
    the draft's ``first`` sentence, any past act of the writer's tells the fault (« je l'ai réglé
    ce matin, désolé pour le double prélèvement »)."""
    if FAULT_MARKERS.search(sentence) or _HAPPENED.search(sentence) or _WAS.search(sentence):
        return False
    if _VAGUE.search(sentence):
        return False
    if _SI.search(sentence) or NOT_READY.search(sentence) or NEGATED_PAST_ACT.search(sentence):
        return False
    if POSTPONED.search(sentence) and not re.search(r"\b(?:je|j'|nous)\b", sentence, re.I):
        return False
    kinds = {
        _act_kind(match.group("verb").lower(), (match.group("next") or "").lower(), first)
        for match in FORWARD_ACTION.finditer(sentence)
        if match.group("verb")
    }
    return "remedy" in kinds or "other" not in kinds


def _act_kind(verb: str, after: str, first: bool) -> str:
    """What a first-person verb (and the word after it) may tell: "remedy" (any act but those
    below; a past act only with a remedy verb, « j'ai renvoyé »), "other" (a call, a talk, a
    wait, a past act such as « je l'ai oublié », « nous avons obtenu votre dossier ») or
    "neutral" (« je suis désolé », « je vous prie », which neither tell nor rule out one)."""
    if verb in _PAST_AUXILIARIES:
        if first:
            return "other"
        if REMEDY.match(after):
            return "remedy"
        return "other" if after.startswith(_FAULT_PARTICIPLES) else "neutral"
    if verb.startswith(_TALK_STEMS) or (verb.startswith("revien") and after == "vers"):
        return "other"
    return "neutral" if verb.startswith(NOT_REMEDY_STEMS) else "remedy"


def _forward_verbs(sentence: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each pronoun + verb (or state to come) of ``FORWARD_ACTION`` with the verb that carries
    it (the infinitive after « je vais », « je peux »), but not « je vous demande pardon », which
    is the apology and not a step."""
    for match in FORWARD_ACTION.finditer(sentence):
        verb = (match.group("verb") or "").lower()
        if verb in MODAL_FORMS:
            verb = (match.group("next") or "").lower()
        if verb.startswith("demand") and re.match(
            r"\s*pardon\b", sentence[match.end("verb") :], re.IGNORECASE
        ):
            continue
        yield match, verb


def _acts_forward(sentence: str) -> bool:
    """A first-person act or a state to come whose verb is not one of talk, feeling or the past
    told (« j'ai oublié » is no cue), as ``_forward_action`` reads it before it asks the parse."""
    return any(
        not verb or not verb.startswith(NOT_REMEDY_STEMS)
        for _match, verb in _forward_verbs(sentence)
    )


def remedy_cue(sentence: str) -> bool:
    """A remedy cue besides a time: a first-person act to come, a remedy verb or a corrected
    thing, a future, a state restored or a remedy told without the writer. Without one the
    remedy model must be surer (« la réunion de mardi est à 10 h » names a time, nothing done)."""
    return _acts_forward(sentence) or any(
        pattern.search(sentence)
        for pattern in (
            REMEDY,
            REMEDY_CONTEXT,
            FUTURE_MARKER,
            RESTORED,
            REMEDY_STATED,
            ATTACHED_REMEDY,
        )
    )


# « J'étais seule au secrétariat, mais cela ne change rien : j'aurais dû la lui remettre »,
# « c'était la semaine des soldes, mais je ne m'abrite pas derrière ça » : the circumstance is told
# and then disowned as an excuse, or the writer's own part owned, in the same sentence
_DISOWNED_IN_SENTENCE = rx(
    r"\b(?:mais|pourtant|cependant|néanmoins|toutefois)\b[^.!?]*?\b(?:j'aurais dû|nous aurions "
    r"dû|on aurait dû|c'est (?:ma|notre) faute|c'est (?:mon|notre) erreur|c'était à (?:moi|nous)|"
    r"de mon fait|de notre fait|j'assume|je l'assume|(?:à|a) moi de l'assumer|"
    r"c'était (?:mon|notre) (?:travail|rôle|boulot|métier|job)|je ne l'ai pas fait)|"
    r"\bce n'est pas une excuse\b|\bn'est en rien une excuse\b|"
    r"\b(?:ne |n')?(?:m'abrite|me cache|nous abritons|nous cachons|me retranche) pas derrière\b|"
    r"\b(?:ne |n')?change rien (?:au fait|à (?:ma|notre) responsabilité)|"
    r"\bne change rien\s*:|\bje ne cherche pas (?:d'excuse|à me justifier)\b|"
    # « la neige a bloqué nos livraisons, et c'est moi qui ai oublié de vous prévenir »
    r"\b(?:et|mais) c'est (?:moi|nous) qui\b|"
    # « j'ai installé l'arche sans la lester, et le vent l'a couchée »: what followed the act
    r"\b(?:j'ai|nous avons)\b[^.;!?]*\bsans (?:la |le |les |l')?[a-zé]+(?:er|ir|re)\b[^.;!?]*,\s*"
    r"et\b|"
    # « …, mais ça n'excuse rien », « …, mais je n'avais prévu aucune marge alors que je savais »
    r"\bn'excuse (?:rien|pas)\b|\b(?:mais|alors que|pourtant)\b[^.!?]*\b(?:je savais|nous "
    r"savions|je n'avais (?:rien |pas |aucune? )?(?:prévu|anticipé)|nous n'avions (?:rien |pas |"
    r"aucune? )?(?:prévu|anticipé))\b"
)
_CHANGES_NOTHING = re.compile(r"\bchange rien\b", re.IGNORECASE)
# « C'est une petite rayure, mais sur une montre de famille je sais que ça compte »: the size is
# named and denied in the same breath as a reason the error matters less
_SIZE_DISOWNED = rx(
    r"\bmais\b(?![^.!?]*\b(?:pas|rien|jamais|moins)\b)[^.!?]*?(?:\b(?:ça|cela|c'est ce qui) "
    r"(?:compte|importe|a de l'importance)\b|\bexactement ce que vous\b|\b(?:important|compte) "
    r"pour vous\b)|"
    # « Ne vous excusez pas pour le délai, ce n'est pas grave »: the client's own delay reassured
    r"\bne vous excusez pas\b|\bce n'est pas une? (?:petite?|simple|légère?|mince)\b|"
    # « ce n'est pas un détail pour vous », « je sais que ce n'est pas anodin »
    r"\b(?:ce n'est|c'est) pas (?:un détail|une broutille|anodin|rien)\b|"
    # « vous m'avez écrit que ça arrive à tout le monde, c'est gentil, mais… »: the client's words
    r"\bvous (?:m'avez|avez) (?:\w+ment )?(?:dit|écrit|répondu)\b|\bvous avez eu la gentillesse "
    r"de (?:me )?dire\b|"
    # « Je ne vais pas vous dire que c'est un détail » : the playing-down named only to refuse it
    r"\b(?:je ne vais pas|je ne veux pas|je ne peux pas|pas question de) (?:vous |te )?(?:dire|"
    r"prétendre|faire croire)\b|\bje ne (?:vous |te )?dirai pas\b|\bn'est pas une réponse\b"
)


# « je sais que c'est une période chargée pour vous », « je sais que t'es débordé »: the client's
# circumstances, acknowledged up to the end of their clause, are not the writer's excuse
_CLIENTS_BUSY = rx(
    r"\b(?:je sais (?:que |qu')|j'imagine (?:que |qu')|désolée? d'apprendre (?:que |qu'))"
    r"[^.;!?:]*?(?:\bpour (?:vous|toi)\b|\bvous êtes\b|\bt'es\b|\btu es\b|\bvous avez\b|"
    r"\btu as\b)[^.;!?:]*|"
    # « je suis navrée d'apprendre que votre père a été hospitalisé »: the client's news
    r"\b(?:désolée?|navrée?|peinée?|triste) d'apprendre\b[^.;!?:]*"
)


def drop_disowned_excuse(analysis: Analysis, draft: str) -> None:
    """A circumstance the same sentence disowns as an excuse or follows with the writer's own part
    is told beside that part, not used to shrink it: its excuse goes, and so does « ça ne change
    rien » read as playing the error down. A size the sentence denies as mattering less is not
    minimisation either. Run after the learned layer."""
    analysis.drop_in_sentences(
        draft,
        _DISOWNED_IN_SENTENCE,
        lambda f: (
            f.label == "excuse"
            or (f.label == "minimisation" and bool(_CHANGES_NOTHING.search(draft[f.start : f.end])))
        ),
    )
    analysis.drop_in_sentences(draft, _SIZE_DISOWNED, lambda f: f.label == "minimisation")
    analysis.drop_stated_scope(draft)
    analysis.drop_within(draft, _CLIENTS_BUSY, lambda f: f.label == "excuse")
