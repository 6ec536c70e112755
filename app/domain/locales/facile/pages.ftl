### Statut : traduction à relire
## L’accueil et les autres pages, en français facile.

accueil-titre-page = Trouver de l’aide pour le numérique dans l’Ain – Aiguillage
accueil-titre = Trouver de l’aide pour le numérique près de chez vous
accueil-intro = Répondez à quelques questions. Nous vous disons où aller. C’est gratuit. Nous ne demandons pas votre nom.
accueil-description = Trouver de l’aide pour le numérique près de chez vous, dans l’Ain.
hors-ligne-titre = Vous n’avez pas internet
hors-ligne-texte-1 = Cette page n’est pas encore sur votre téléphone.
hors-ligne-texte-2 = Les pages déjà vues sont gardées. Essayez encore quand vous avez internet.
hors-ligne-texte-3 = Vous pouvez appeler Solidarité Numérique. Ce numéro aide pour le numérique :
retour-accueil = Retour à l’accueil
traductions-titre = Les langues du site
traductions-texte = Le site existe en 6 langues : français, français facile, anglais, arabe, turc et ukrainien.
traductions-a-relire = Une personne qui parle cette langue doit encore relire la traduction :
traductions-relues = Toutes les traductions sont relues.
traductions-proposer = Vous voyez une erreur dans une traduction ? Écrivez-nous avec le bouton « Dire qu’il y a une erreur ».
traduction-a-relire = traduction à relire

## L’agenda des séances.
agenda-titre = Les réunions et les ateliers dans l’Ain
agenda-titre-epci = Les réunions et les ateliers : { $epci }
agenda-intro = Des ateliers pour les parents. Des ateliers pour les jeunes. Les plus proches dans le temps sont en premier.
agenda-filtrer = Choisir les réunions
agenda-commune = Votre commune. Vous pouvez ne rien écrire.
agenda-commune-aide = Pour voir les réunions près de chez vous. Écrivez le nom ou le code postal.
agenda-public = Pour qui
agenda-tout-le-monde = Tout le monde
agenda-theme = Sujet
agenda-tous-themes = Tous les sujets
agenda-afficher = Voir les réunions
agenda-nombre = { $n ->
    [0] Il n’y a pas de réunion pour ces choix.
    [one] Il y a 1 réunion.
   *[other] Il y a { $n } réunions.
}
agenda-abonner = Ajouter ces réunions à mon agenda
agenda-abonner-texte = — les nouvelles réunions arriveront dans votre téléphone.
agenda-filtre-inconnu = Le choix « { $valeur } » n’existe pas.
agenda-plusieurs = Plusieurs communes ont ce nom : { $communes }. Écrivez le code postal.
seance-quand = { $date }, de { $debut } à { $fin }
date-longue = { $jour } { $jnum } { $moisnom } { $annee }
seance-public-parents = Parents
seance-public-jeunes = Jeunes
seance-public-tous = Tout le monde
service-demarches = Aide pour vos papiers sur internet
service-quotidien = Utiliser un ordinateur, un téléphone
service-insertion = Travail, CV, formation
service-securite = Se protéger des arnaques
service-parentalite = Les parents et les écrans
service-loisirs = Loisirs
service-comprehension = Comprendre le numérique
service-accesmateriel = Ordinateur et internet sur place
service-materielsolidaire = Matériel pas cher

## La page de confidentialité.
vie-privee-titre = Vos données personnelles
vie-privee-intro = Aiguillage ne demande pas votre nom. Aiguillage ne demande pas votre adresse. Vous n’avez pas besoin de créer un compte.
vie-privee-compte = Ce que nous comptons
vie-privee-compte-texte = Nous comptons les aides que nous montrons aux personnes. Nous comptons seulement :
vie-privee-jour = le jour
vie-privee-besoin = ce dont la personne a besoin
vie-privee-epci = sa communauté de communes
vie-privee-niveau = le lieu d’aide le plus proche trouvé
vie-privee-mode = si la personne est sur le site ou à la mairie.
vie-privee-integration = le site d’une mairie qui montre le parcours, s’il y en a un.
vie-privee-fiche = Nous ne comptons pas deux fois une feuille imprimée. Si vous demandez la même chose dans les 10 minutes, nous comptons une seule fois. Pendant ces 10 minutes, nous gardons un code fait avec votre adresse internet. Ce code ne dit pas qui vous êtes. Puis nous l’effaçons. Sans internet, nous ne comptons rien.
vie-privee-jamais = Ce que nous ne gardons jamais
vie-privee-aucun-traceur = Il n’y a pas de cookie sur le site. Nous ne mettons rien sur votre téléphone.
vie-privee-aucune-ip = Nous ne gardons pas votre adresse internet. Nous ne gardons pas ce que vous écrivez.
vie-privee-base = Un test vérifie que nous ne gardons rien d’autre.
vie-privee-bandeau = Pourquoi nous ne vous demandons pas votre accord
vie-privee-bandeau-1 = Nous ne mettons rien sur votre téléphone. Nous comptons seulement sur notre ordinateur.
vie-privee-bandeau-2 = Nous suivons les règles de la loi. Ces règles protègent vos données personnelles.
vie-privee-publie = Ce que nous montrons à tout le monde
vie-privee-publie-texte = Les chiffres sont sur la page des chiffres du service. Un petit nombre est écrit « moins de 5 ». Comme ça, personne ne peut vous reconnaître.
vie-privee-autres = Les autres données
vie-privee-signaler = Pour dire qu’il y a une erreur, vous n’avez pas besoin de donner votre nom.
vie-privee-proposition = Pour proposer un lieu, vous donnez votre nom et votre adresse mail. Seule l’équipe de l’Ain les lit. Elle les efface 3 mois après sa réponse.
vie-privee-envois = Pour bloquer les envois en masse, nous gardons votre adresse internet quelques minutes. Puis nous l’oublions.
vie-privee-gestion = L’espace de gestion utilise un cookie. Il est seulement pour les personnes qui gèrent les lieux d’aide.

## La déclaration d’accessibilité.
acc-titre = Accessibilité du site
acc-engagement = Aiguillage veut que tout le monde puisse utiliser le site. C’est la loi.
acc-portee = Cette page parle de tout le site Aiguillage.
acc-etat = Est-ce que le site est accessible ?
acc-partiel = Le site est accessible en partie.
acc-etat-texte = Personne n’a encore vérifié tout le site. Nous ne pouvons pas donner de chiffre.
acc-verifie = Ce que nous vérifions
acc-v1 = Des tests vérifient chaque page à chaque changement. Une seule erreur bloque le changement.
acc-v2 = Vous pouvez utiliser le site avec le clavier seulement.
acc-v3 = Les messages d’erreur sont à côté de la question.
acc-v4 = Sans internet, les pages passent les mêmes tests.
acc-v5 = Le site marche sans JavaScript. Vous pouvez agrandir le texte.
acc-v6 = Nous testons aussi le site en 5 autres langues.
acc-environnement = Nous faisons les tests avec un navigateur internet.
acc-non-accessible = Ce qui n’est pas accessible
acc-na1 = Le code QR est une image. L’adresse est écrite en dessous.
acc-na2 = Certains horaires sont peut-être anciens. Nous l’écrivons sur la page.
acc-etablissement = Date de cette page
acc-etablissement-texte = Nous avons écrit cette page le 29 novembre 2026.
acc-contact = Nous contacter
acc-contact-texte = Vous n’arrivez pas à utiliser une page ? Dites-le nous. Utilisez le lien « Dire qu’il y a une erreur ».
acc-recours = Si personne ne vous répond
acc-recours-texte = Vous avez dit qu’il y a un problème. Personne ne vous a répondu ? Vous pouvez :
acc-r1 = écrire au Défenseur des droits sur son site internet
acc-r2 = appeler le Défenseur des droits de votre région
acc-r3 = envoyer une lettre gratuite au Défenseur des droits. L’adresse est : Libre réponse 71120, 75342 Paris.

## Dire qu’il y a une erreur sur un lieu.
signaler-titre = Dire qu’il y a une erreur
signaler-fiche = Sur ce lieu :
signaler-explication = Votre message va aux personnes qui gèrent la liste des lieux. Elles vont corriger l’erreur. N’écrivez pas votre nom, votre adresse ou votre téléphone. Personne ne va vous répondre.
signaler-question = Qu’est-ce qui est faux ?
signaler-sujet-adresse = L’adresse
signaler-sujet-horaires = Les horaires
signaler-sujet-contact = Le téléphone ou l’adresse mail
signaler-sujet-offre = L’aide proposée
signaler-sujet-ferme = Le lieu est fermé pour toujours
signaler-sujet-autre = Autre chose
signaler-message = Écrivez ce qui est faux. Écrivez ce qui est juste, si vous le savez.
signaler-langue = Vous pouvez écrire dans votre langue.
signaler-envoyer = Envoyer le message
signaler-annuler = Revenir sans rien envoyer
signaler-erreur-sujet = Choisissez ce qui est faux.
signaler-erreur-message = Écrivez ce qui est faux en quelques mots. Pas plus de 1 000 lettres.
signaler-erreur-expire = Vous avez attendu trop longtemps. Envoyez le message encore une fois.
signaler-refus-titre = Le message n’est pas envoyé
signaler-refus-intro = Corrigez ces points. Puis envoyez le message encore une fois :
signaler-sans-fiche = Il manque le lieu.
signaler-envoye = Message envoyé
signaler-merci = Merci, votre message est envoyé
signaler-merci-texte = Nous allons vérifier les informations sur ce lieu. Puis nous allons les corriger.
signaler-retour = Revenir
signaler-fiche-disparue = Ce lieu n’est plus dans la liste. Le message n’est pas envoyé.
signaler-echec = Le message n’est pas envoyé. Essayez encore dans quelques minutes.
formulaire-refuse = Le message n’est pas envoyé
formulaire-expire = Vous avez attendu trop longtemps. Ou le message ne vient pas du site Aiguillage. Rien n’a changé. Ouvrez la page encore une fois. Puis recommencez.
formulaire-revenir = Revenir à la page
trop-tentatives = Trop d’essais
trop-tentatives-texte = Vous avez essayé trop de fois. Attendez { $secondes ->
        [one] { $secondes } seconde
       *[other] { $secondes } secondes
    }. Puis essayez encore.

## « Être rappelé » (issue 27)
rappel-lien-titre = Vous ne pouvez pas vous déplacer ?
rappel-lien-texte = Donnez votre numéro. Une personne près de chez vous vous appelle.
rappel-lien = Être appelé
rappel-titre = Être appelé
rappel-pour = Pour : { $besoin }, à { $commune }.
rappel-destinataire = Votre demande va à { $nom }. Une personne vous appelle dans les 2 jours.
rappel-destinataire-tel = Vous pouvez aussi appeler le { $telephone }.
rappel-prenom = Votre prénom
rappel-telephone = Votre numéro de téléphone
rappel-courriel = Ou votre adresse mail
rappel-contact-aide = Donnez un numéro ou une adresse mail. Ils servent seulement à vous appeler.
rappel-message = Dites quand vous appeler : le jour, l’heure, la langue.
rappel-consentement = Je suis d’accord : { $nom } reçoit mon prénom, mon numéro et mon message.
rappel-consentement-guichet = La personne est d’accord : { $nom } reçoit son prénom, son numéro et son message.
rappel-conservation = Nous effaçons ces informations 3 mois après la fin de la demande. Vous pouvez les faire effacer avant.
rappel-envoyer = Envoyer ma demande
rappel-annuler = Revenir sans rien envoyer
rappel-refus-titre = La demande n’est pas partie
rappel-refus-intro = Corrigez ces points. Puis envoyez encore :
rappel-erreur-prenom = Écrivez votre prénom avec des lettres.
rappel-erreur-contact = Donnez un numéro à 10 chiffres ou une adresse mail.
rappel-erreur-message = Votre message est trop long. Écrivez moins.
rappel-erreur-consentement = Cochez la case pour dire que vous êtes d’accord.
rappel-erreur-deja = Vous avez déjà envoyé cette demande aujourd’hui. Elle est bien arrivée.
rappel-erreur-expire = Le formulaire est trop vieux. Envoyez encore.
rappel-piege = Ne remplissez pas cette case
rappel-envoye-titre = Demande envoyée
rappel-envoye = Votre demande est partie
rappel-envoye-texte = Une personne va vous appeler. Notez votre numéro de demande. Il sert pour effacer la demande.
rappel-reference = Votre numéro de demande :
rappel-supprimer-lien = Effacer ma demande
rappel-supprimer-titre = Effacer ma demande
rappel-supprimer-texte = Donnez votre numéro de demande. Donnez aussi le téléphone ou l’adresse mail de la demande.
rappel-supprimer-reference = Numéro de demande : 8 lettres ou chiffres
rappel-supprimer-contact = Le téléphone ou l’adresse mail de la demande
rappel-supprimer-bouton = Effacer ma demande
rappel-supprimer-introuvable = Nous ne trouvons pas cette demande. Vérifiez le numéro et le contact.
rappel-supprimee = Votre demande est effacée
rappel-supprimee-texte = Votre prénom, votre numéro et votre message sont effacés.
rappel-hors-ligne = Sans internet, la demande ne part pas. Appelez plutôt un des lieux plus haut.
rappel-echec = La demande n’est pas enregistrée. Essayez encore dans quelques minutes.
vie-privee-rappel-titre = Être appelé
vie-privee-rappel-1 = Vous demandez à être appelé ? Nous gardons votre prénom, votre numéro et votre message. Ils servent seulement à vous appeler.
vie-privee-rappel-2 = Seules la structure qui vous appelle et la coordination lisent la demande. Nous notons chaque lecture.
vie-privee-rappel-3 = Nous effaçons tout 3 mois après la fin de la demande. Vous pouvez tout effacer avant.
champ-facultatif = pas obligatoire

## La carte des lieux (issue 28).
lieux-titre = Carte des lieux
lieux-intro = Sur cette carte, il y a les lieux de l’Ain qui aident pour le numérique. Vous pouvez choisir un besoin et une communauté de communes. Chaque point mène à la page du lieu. Sous la carte, la liste dit la même chose avec des mots.
lieux-sources = Les contours des communes viennent de l’Institut national de l’information géographique, en 2016. La liste des communes vient d’Etalab. Licence Ouverte 2.0.
lieux-choisir = Choisir
lieux-erreur-titre = La carte ne peut pas s’afficher
lieux-erreur-intro = Corrigez ce point, puis appuyez sur « Afficher » :
lieux-besoin = Besoin
lieux-epci = Communauté de communes
lieux-afficher = Afficher
lieux-tous-besoins = Tous les besoins
lieux-tout-ain = Tout l’Ain
lieux-selection = { $besoin }, { $zone }
lieux-nombre = { $selection } : { $n ->
    [0] aucun lieu
    [one] 1 lieu
   *[other] { $n } lieux
}
lieux-passer-carte = Aller directement à la liste des lieux
lieux-carte-nom = Carte des lieux, { $selection }
lieux-besoin-inconnu = Choisissez un besoin dans la liste.
lieux-epci-inconnue = Choisissez une communauté de communes dans la liste.
