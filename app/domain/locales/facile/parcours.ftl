### Statut : traduction à relire
## Les étapes du parcours, en français facile.

besoin-titre = De quoi avez-vous besoin ?
besoin-legende = Choisissez une réponse.
guichet-besoin-titre = De quoi la personne a besoin ?
guichet-besoin-legende = Choisissez avec la personne.
besoin-manquant = Vous devez choisir une réponse.
reponse-manquante = Vous devez choisir une réponse.
plusieurs-reponses = Vous pouvez cocher plusieurs réponses. Vous pouvez aussi ne rien cocher.
precision-titre = { $besoin } : dites-nous plus
comment-titre = Comment pouvez-vous venir ?
commune-titre = Dans quelle commune habitez-vous ?
commune-intro = Nous cherchons un lieu d’aide près de chez vous.
commune-label = Votre commune
commune-aide = Écrivez le nom de votre commune. Ou écrivez le code postal. Par exemple : Nantua. Ou : 01130.
commune-choix-manquant = Vous devez choisir votre commune dans la liste.
commune-plusieurs = Plusieurs communes ont le nom « { $texte } ». Choisissez votre commune.
commune-inconnue = Le code « { $code } » n’est pas une commune de l’Ain.
commune-vide = Écrivez le nom de votre commune. Ou écrivez le code postal.
commune-trop-long = Vous avez écrit trop de lettres. Écrivez seulement le nom de la commune.
commune-code-postal = Un code postal a 5 chiffres. Par exemple : 01000.
commune-introuvable = Nous ne trouvons pas la commune « { $texte } » dans l’Ain. Regardez si le nom est bien écrit. Vous pouvez aussi écrire le code postal.
commune-choisie = Vous avez choisi { $commune }.
communes-aucune = Nous ne trouvons pas de commune.
communes-proposees = { $n ->
    [one] Nous proposons 1 commune. Appuyez sur la flèche du bas pour la choisir.
   *[other] Nous proposons { $n } communes. Appuyez sur les flèches pour choisir.
}
autre-commune = Chercher une autre commune
changer-commune = Changer de commune
localiser = Trouver où je suis
localiser-en-cours = Nous cherchons où vous êtes…
localiser-trouve = Vous êtes à { $commune }.
localiser-hors-ain = Vous n’êtes pas dans l’Ain. Écrivez le nom de votre commune.
localiser-refuse = Nous ne pouvons pas savoir où vous êtes. Écrivez le nom de votre commune.
continuer = Continuer
voir-les-aides = Voir les lieux d’aide
recommencer = Recommencer
nouvelle-personne = Nouvelle personne
modifier-mes-reponses = Changer mes réponses
etape = Étape { $numero } sur { $total }
titre-etape = { $titre } – Étape { $numero } sur { $total }
titre-etape-erreur = Erreur : { $titre } – Étape { $numero } sur { $total }
guichet-bandeau = Accueil à la mairie · { $commune }
guichet-titre = Accueil de { $commune }
guichet-inconnu = « { $code } » n’est pas une commune de l’Ain. Vérifiez l’adresse de la page.
je-ne-peux-pas-me-deplacer = Je ne peux pas me déplacer
je-ne-peux-pas-me-deplacer-exemples = Une aide chez vous. Ou une aide par téléphone.
erreur-trop-long = L’adresse de cette page est trop longue. Elle est peut-être coupée.
erreur-besoin-inconnu = Nous ne connaissons pas le besoin « { $valeur } ».
erreur-reponse-inconnue = La réponse « { $valeur } » ne va pas avec la question « { $question } ».
erreur-une-seule-reponse = Pour la question « { $question } », choisissez une seule réponse.
erreur-code-commune = Le code de commune « { $valeur } » n’est pas bon.
erreur-etape-inconnue = L’étape « { $valeur } » n’existe pas.
erreur-besoin-manquant = Il manque votre besoin.
erreur-commune-manquante = Il manque votre commune.
erreur-imprecis = Dites-nous plus sur votre besoin : { $question }
erreur-demande = Il manque des informations.
continuer-lien = Continuer
communes-liste = Communes proposées
