### Statut : traduction à relire
## The steps of the journey: questions, buttons, errors.

besoin-titre = What do you need?
besoin-legende = Choose what would help you most.
guichet-besoin-titre = What does the person need?
guichet-besoin-legende = Choose together with the person.
besoin-manquant = Choose a need from the list.
reponse-manquante = Choose an answer.
plusieurs-reponses = Tick everything that applies to you, or nothing.
precision-titre = { $besoin }: tell us more
comment-titre = How can you get there?
commune-titre = Which commune do you live in?
commune-intro = We look for the nearest help, in your area (intercommunalité).
commune-label = Your commune
commune-aide = Its name or its postcode, in Latin letters. For example: Nantua, or 01130.
commune-choix-manquant = Choose your commune from the list.
commune-plusieurs = Several communes match “{ $texte }”. Which one is yours?
commune-inconnue = The code “{ $code }” is not a commune of the Ain.
commune-vide = Type the name or the postcode of your commune.
commune-trop-long = Your search is too long. Type only the name or the postcode of the commune (80 characters at most).
commune-code-postal = A postcode has 5 digits, for example 01000.
commune-introuvable = No commune of the Ain matches “{ $texte }”. Check the spelling or type the postcode.
commune-choisie = { $commune } chosen.
communes-aucune = No commune matches.
communes-proposees = { $n ->
    [one] 1 commune suggested. Press the down arrow to choose it.
   *[other] { $n } communes suggested. Use the up and down arrows to choose.
}
autre-commune = Search for another commune
changer-commune = Change commune
localiser = Find my location
localiser-en-cours = Looking for your location…
localiser-trouve = You are in { $commune }.
localiser-hors-ain = Your location seems to be outside the Ain. Type the name of your commune.
localiser-refuse = Location is not available or was refused. Type the name of your commune.
continuer = Continue
voir-les-aides = See the help available
recommencer = Start again
nouvelle-personne = New person
modifier-mes-reponses = Change my answers
etape = Step { $numero } of { $total }
titre-etape = { $titre } – Step { $numero } of { $total }
titre-etape-erreur = Error: { $titre } – Step { $numero } of { $total }
guichet-bandeau = Orientation desk · { $commune }
guichet-titre = Desk of { $commune }
guichet-inconnu = “{ $code }” is not the code of a commune of the Ain. The desk’s address is /guichet/ followed by the commune’s INSEE code, for example /guichet/01269.
je-ne-peux-pas-me-deplacer = I cannot travel
je-ne-peux-pas-me-deplacer-exemples = Help at home, by phone or remotely.
erreur-trop-long = The address of this page is too long. It may have been cut or changed.
erreur-besoin-inconnu = The need “{ $valeur }” does not exist in this journey.
erreur-reponse-inconnue = The answer “{ $valeur }” is not one of the answers to the question “{ $question }”.
erreur-une-seule-reponse = The question “{ $question }” takes only one answer.
erreur-code-commune = The commune code “{ $valeur }” is not valid.
erreur-etape-inconnue = The step “{ $valeur }” does not exist.
erreur-besoin-manquant = The need is missing (besoin=…).
erreur-commune-manquante = The commune is missing (commune=INSEE code).
erreur-imprecis = Tell us more about your need: { $question }
erreur-demande = The request is incomplete or malformed.
continuer-lien = Continue
communes-liste = Suggested communes
