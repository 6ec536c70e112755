### Statut : texte de référence
## Les étapes du parcours : questions, boutons, erreurs.

besoin-titre = De quoi avez-vous besoin ?
besoin-legende = Choisissez ce qui vous aiderait le plus.
guichet-besoin-titre = Quel est le besoin de la personne ?
guichet-besoin-legende = Choisissez avec la personne.
besoin-manquant = Choisissez un besoin dans la liste.
reponse-manquante = Choisissez une réponse.
plusieurs-reponses = Cochez tout ce qui vous concerne, ou rien.
precision-titre = { $besoin } : précisez
comment-titre = Comment pouvez-vous y aller ?
commune-titre = Dans quelle commune habitez-vous ?
commune-intro = Nous cherchons l’aide la plus proche, dans votre intercommunalité.
commune-label = Votre commune
commune-aide = Son nom ou son code postal. Par exemple : Nantua, ou 01130.
commune-choix-manquant = Choisissez votre commune dans la liste.
commune-plusieurs = Plusieurs communes correspondent à « { $texte } ». Laquelle est la vôtre ?
commune-inconnue = Le code « { $code } » ne correspond à aucune commune de l’Ain.
commune-vide = Tapez le nom ou le code postal de votre commune.
commune-trop-long = Votre recherche est trop longue. Tapez seulement le nom ou le code postal de la commune (80 caractères au plus).
commune-code-postal = Un code postal a 5 chiffres, par exemple 01000.
commune-introuvable = Aucune commune de l’Ain ne correspond à « { $texte } ». Vérifiez l’orthographe ou tapez le code postal.
commune-choisie = { $commune } choisie.
communes-aucune = Aucune commune ne correspond.
communes-proposees = { $n ->
    [one] 1 commune proposée. Flèche bas pour la choisir.
   *[other] { $n } communes proposées. Flèches haut et bas pour choisir.
}
autre-commune = Chercher une autre commune
changer-commune = Changer de commune
localiser = Me localiser
localiser-en-cours = Recherche de votre position…
localiser-trouve = Vous êtes à { $commune }.
localiser-hors-ain = Votre position semble hors de l’Ain. Tapez le nom de votre commune.
localiser-refuse = La localisation n’est pas disponible ou a été refusée. Tapez le nom de votre commune.
continuer = Continuer
voir-les-aides = Voir les aides
recommencer = Recommencer
nouvelle-personne = Nouvelle personne
modifier-mes-reponses = Modifier mes réponses
etape = Étape { $numero } sur { $total }
titre-etape = { $titre } – Étape { $numero } sur { $total }
titre-etape-erreur = Erreur : { $titre } – Étape { $numero } sur { $total }
guichet-bandeau = Guichet d’orientation · { $commune }
guichet-titre = Guichet de { $commune }
guichet-inconnu = « { $code } » n’est le code d’aucune commune de l’Ain. L’adresse du guichet est /guichet/ suivi du code INSEE de la commune, par exemple /guichet/01269.
je-ne-peux-pas-me-deplacer = Je ne peux pas me déplacer
je-ne-peux-pas-me-deplacer-exemples = Une aide à domicile, par téléphone ou à distance.
erreur-trop-long = L’adresse de cette page est trop longue. Elle a peut-être été coupée ou modifiée.
erreur-besoin-inconnu = Le besoin « { $valeur } » n’existe pas dans ce parcours.
erreur-reponse-inconnue = La réponse « { $valeur } » n’est pas prévue pour la question « { $question } ».
erreur-une-seule-reponse = La question « { $question } » n’accepte qu’une seule réponse.
erreur-code-commune = Le code commune « { $valeur } » n’est pas valide.
erreur-etape-inconnue = L’étape « { $valeur } » n’existe pas.
erreur-besoin-manquant = Il manque le besoin (besoin=…).
erreur-commune-manquante = Il manque la commune (commune=code INSEE).
erreur-imprecis = Précisez le besoin : { $question }
erreur-demande = La demande est incomplète ou mal formée.
continuer-lien = Continuer
communes-liste = Communes proposées
