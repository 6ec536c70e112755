### Statut : texte de référence
## L’accueil, la page hors ligne, la déclaration sur les traductions.

accueil-titre-page = Trouver de l’aide pour le numérique dans l’Ain – Aiguillage
accueil-titre = Trouver de l’aide pour le numérique, près de chez vous
accueil-intro = Répondez à quelques questions. Nous vous indiquons où aller, dans votre intercommunalité. C’est gratuit et anonyme.
accueil-description = Trouvez près de chez vous, dans l’Ain, une aide pour le numérique : matériel, démarches en ligne, apprendre, parentalité.
hors-ligne-titre = Vous êtes hors ligne
hors-ligne-texte-1 = Cette page n’a pas encore été ouverte sur cet appareil, et la connexion ne répond pas.
hors-ligne-texte-2 = Les pages que vous avez déjà consultées restent disponibles, avec la date de leurs informations. Réessayez quand vous aurez du réseau.
hors-ligne-texte-3 = En attendant, la ligne nationale Solidarité Numérique aide par téléphone :
retour-accueil = Retour à l’accueil
traductions-titre = Langues et traductions
traductions-texte = Le parcours et ses résultats existent en français, en français facile à lire et à comprendre, en anglais, en arabe, en turc et en ukrainien.
traductions-a-relire = Ces traductions sont à relire par une personne dont c’est la langue :
traductions-relues = Toutes les traductions ont été relues.
traductions-proposer = Pour proposer une correction, écrivez-nous avec le formulaire « Signaler une erreur », ou modifiez les fichiers du dossier app/domain/locales du code source.
traduction-a-relire = traduction à relire

## L’agenda des séances.
agenda-titre = Agenda des séances dans l’Ain
agenda-titre-epci = Agenda des séances : { $epci }
agenda-intro = Ateliers et conférences sur la parentalité numérique, ateliers pour les jeunes, permanences. Les plus proches dans le temps d’abord.
agenda-filtrer = Filtrer l’agenda
agenda-commune = Votre commune (facultatif)
agenda-commune-aide = Pour voir les séances de votre intercommunalité. Nom ou code postal.
agenda-public = Pour qui
agenda-tout-le-monde = Tout le monde
agenda-theme = Thème
agenda-tous-themes = Tous les thèmes
agenda-afficher = Afficher les séances
agenda-nombre = { $n ->
    [0] Aucune séance à venir pour ces choix.
    [one] 1 séance à venir.
   *[other] { $n } séances à venir.
}
agenda-abonner = S’abonner à cet agenda (calendrier .ics)
agenda-abonner-texte = — votre téléphone ou votre messagerie affichera les nouvelles séances de cette sélection.
agenda-filtre-inconnu = Le filtre « { $valeur } » de cette adresse n’existe pas.
agenda-plusieurs = Plusieurs communes correspondent : { $communes }. Précisez le nom ou tapez le code postal.
seance-quand = { $date }, de { $debut } à { $fin }
date-longue = { $jour } { $jnum } { $moisnom } { $annee }
seance-public-parents = Parents
seance-public-jeunes = Jeunes
seance-public-tous = Tout public
service-demarches = Aide aux démarches en ligne
service-quotidien = Utiliser un ordinateur, un téléphone
service-insertion = Emploi, CV, formation
service-securite = Se protéger des arnaques
service-parentalite = Parentalité et numérique
service-loisirs = Loisirs et création
service-comprehension = Comprendre le numérique
service-accesmateriel = Ordinateur et internet sur place
service-materielsolidaire = Matériel à prix solidaire

## La page de confidentialité.
vie-privee-titre = Confidentialité et mesure d’audience
vie-privee-intro = Aiguillage ne vous demande ni nom, ni adresse, ni compte. Pour savoir où l’aide au numérique manque dans l’Ain, il compte les orientations qu’il donne, sans rien garder de la personne.
vie-privee-compte = Ce qui est compté
vie-privee-compte-texte = Chaque résultat affiché à une personne (sur ce site ou au guichet d’une mairie) ajoute 1 à un compteur du jour. Ce compteur ne contient que :
vie-privee-jour = le jour (jamais l’heure) ;
vie-privee-besoin = le besoin et sa précision, choisis dans les listes du parcours (par exemple « Réaliser une démarche : CAF ») ;
vie-privee-epci = l’intercommunalité de la commune choisie (jamais la commune elle-même) ;
vie-privee-niveau = la meilleure aide trouvée : dans la commune, dans l’intercommunalité, à proximité, pour tout le département, à distance, ou aucune ;
vie-privee-mode = le mode : site public ou guichet d’une mairie ;
vie-privee-integration = le site partenaire où le parcours était intégré, s’il l’était (son nom court, jamais sa page ni la personne).
vie-privee-fiche = La fiche imprimée d’un résultat n’est pas comptée une seconde fois, ni le même résultat redemandé par le même appareil dans les dix minutes : pour le reconnaître, le serveur garde en mémoire, dix minutes seulement, une empreinte (un hachage à clé) de l’adresse de connexion et du type de navigateur, jamais écrite. Les robots qui se déclarent et les appels de l’interface de programmation ne sont pas comptés. Les orientations faites hors connexion, calculées par votre téléphone lui-même, ne sont pas comptées : rien ne quitte alors votre appareil.
vie-privee-jamais = Ce qui n’est jamais gardé
vie-privee-aucun-traceur = Aucun identifiant, aucun cookie ni autre traceur sur les pages publiques : rien n’est déposé ni lu sur votre appareil.
vie-privee-aucune-ip = Aucune adresse IP, aucun type de navigateur, aucun texte que vous avez écrit (le nom de commune tapé sert à la trouver, puis il est oublié).
vie-privee-base = La base de données ne peut rien garder d’autre : sa table des compteurs n’a pas d’autre colonne que celles décrites ci-dessus, et un test le vérifie.
vie-privee-bandeau = Pourquoi aucun bandeau ne vous demande votre accord
vie-privee-bandeau-1 = Le consentement est exigé pour lire ou écrire des informations sur votre appareil (cookies, traceurs). Aiguillage n’en utilise aucun pour compter : le compte se fait sur le serveur, au moment où il vous répond.
vie-privee-bandeau-2 = Il respecte en outre les conditions que la CNIL fixe pour exempter de consentement une mesure d’audience : elle sert uniquement à mesurer l’usage du service ; elle ne produit que des statistiques anonymes ; elle ne permet pas de suivre une personne, ni sur ce site, ni d’un site à l’autre ; ses données ne sont ni recoupées avec d’autres, ni transmises à des tiers.
vie-privee-publie = Ce qui est publié
vie-privee-publie-texte = Les totaux sont publiés sur la page des indicateurs, par besoin, par intercommunalité, par mois et par meilleure aide trouvée. Un nombre de 1 à 4 y est écrit « moins de 5 », pour qu’une petite valeur ne puisse désigner personne. La coordination départementale voit les nombres exacts.
vie-privee-autres = Les autres données
vie-privee-signaler = « Signaler une erreur » ne demande aucune donnée personnelle : le message est gardé pour la coordination, sans votre adresse.
vie-privee-proposition = « Proposer un lieu » et « C’est ma structure » demandent votre nom et votre adresse électronique : seule la coordination départementale les lit, pour vous répondre, et ils sont effacés 3 mois après sa réponse.
vie-privee-envois = Pour éviter les envois en masse, l’adresse de connexion d’un formulaire envoyé (signalement, connexion) est comptée quelques minutes, puis oubliée.
vie-privee-gestion = L’espace de gestion des structures utilise un cookie de session, strictement nécessaire pour s’y connecter ; il n’est déposé que chez les personnes qui s’y connectent, et disparaît à la déconnexion.

## La déclaration d’accessibilité.
acc-titre = Déclaration d’accessibilité
acc-engagement = Le service Aiguillage s’engage à rendre ses pages accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.
acc-portee = Cette déclaration s’applique au site Aiguillage : pages publiques (accueil, parcours, résultat, guichet, guides, agenda, fiches des lieux, signalement) et espace de gestion.
acc-etat = État de conformité
acc-partiel = Aiguillage est partiellement conforme
acc-etat-texte = avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1 : aucun audit complet du référentiel n’a encore été réalisé par un organisme indépendant. Le taux de conformité ne peut donc pas être annoncé.
acc-verifie = Ce qui est vérifié, et comment
acc-v1 = À chaque modification du code, un jeu de tests automatiques parcourt toutes les pages publiques, chaque étape de chaque parcours et les pages de l’espace de gestion, avec JavaScript activé et désactivé, à 320 et 1 280 pixels de large, avec l’outil axe-core (critères WCAG 2.2 A et AA). Une seule erreur bloque la mise en ligne.
acc-v2 = Les parcours sont aussi testés au clavier seul : le focus est visible partout, un lien d’évitement mène au contenu, le titre de chaque nouvelle étape reçoit le focus.
acc-v3 = Les messages d’erreur des formulaires sont reliés à leur champ et repris en haut du formulaire.
acc-v4 = Hors ligne, les étapes et le résultat calculés sur l’appareil passent les mêmes vérifications automatiques.
acc-v5 = Les pages fonctionnent sans JavaScript ; le texte peut être agrandi à 200 % ; les animations sont supprimées si vous l’avez demandé à votre appareil.
acc-v6 = Le parcours est testé de la même façon en français facile, en anglais, en arabe (lu de droite à gauche, l’ordre du focus suivant l’ordre de lecture), en turc et en ukrainien.
acc-environnement = Environnement de test : Chromium (Debian), axe-core 4.13, Playwright. Technologies utilisées : HTML5, CSS, JavaScript et WebAssembly (facultatifs : autocomplétion de la commune, localisation, passage d’une étape à l’autre sans recharger la page, parcours hors ligne).
acc-non-accessible = Contenus non accessibles
acc-na1 = Le code QR du résultat est une image : l’adresse qu’il contient est écrite en clair juste en dessous.
acc-na2 = Les horaires d’ouverture importés des données de 2021-2022 peuvent être incomplets : ils sont signalés « informations à vérifier ».
acc-etablissement = Établissement de cette déclaration
acc-etablissement-texte = Cette déclaration a été établie le 29 novembre 2026, à partir des tests automatiques décrits ci-dessus.
acc-contact = Retour d’information et contact
acc-contact-texte = Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez le signaler à la coordination départementale de l’inclusion numérique de l’Ain, qui vous orientera vers une alternative accessible. Sur chaque fiche de lieu, le lien « Signaler une erreur » lui transmet votre message, sans donnée personnelle.
acc-recours = Voies de recours
acc-recours-texte = Si vous avez signalé un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez :
acc-r1 = écrire un message au Défenseur des droits (formulaire en ligne sur defenseurdesdroits.fr) ;
acc-r2 = contacter le délégué du Défenseur des droits de votre région ;
acc-r3 = envoyer un courrier, gratuit, sans timbre : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.

## Signaler une erreur sur une fiche, et les refus d’un formulaire public.
signaler-titre = Signaler une erreur
signaler-fiche = Sur la fiche :
signaler-explication = Votre message va à la coordination départementale, qui corrigera la fiche. Ne donnez pas d’information personnelle : aucune réponse ne vous sera envoyée.
signaler-question = Qu’est-ce qui ne va pas ?
signaler-sujet-adresse = L’adresse
signaler-sujet-horaires = Les horaires
signaler-sujet-contact = Le téléphone ou le courriel
signaler-sujet-offre = Ce qui est proposé
signaler-sujet-ferme = Le lieu a fermé
signaler-sujet-autre = Autre chose
signaler-message = Ce qui est faux, et ce qui serait juste si vous le savez
signaler-langue = Vous pouvez écrire en français ou dans votre langue.
signaler-envoyer = Envoyer le signalement
signaler-annuler = Retour sans rien envoyer
signaler-erreur-sujet = Choisissez ce qui ne va pas.
signaler-erreur-message = Décrivez l’erreur en quelques mots (1 000 caractères au plus).
signaler-erreur-expire = Le formulaire avait expiré. Envoyez-le de nouveau.
signaler-refus-titre = Le signalement n’a pas été envoyé
signaler-refus-intro = Corrigez ces points, puis envoyez de nouveau :
signaler-sans-fiche = Il manque la fiche à signaler (service=…).
signaler-envoye = Signalement envoyé
signaler-merci = Merci, votre signalement est envoyé
signaler-merci-texte = La coordination va vérifier la fiche et la corriger.
signaler-retour = Retour
signaler-fiche-disparue = Cette fiche n’existe plus. Rien n’a été envoyé.
signaler-echec = Le signalement n’a pas pu être envoyé. Réessayez dans quelques minutes.
formulaire-refuse = Formulaire refusé
formulaire-expire = Ce formulaire a expiré ou n’a pas été envoyé depuis Aiguillage. Rien n’a été modifié. Rechargez la page et recommencez.
formulaire-revenir = Revenir au formulaire
trop-tentatives = Trop de tentatives
trop-tentatives-texte = Trop de tentatives depuis votre connexion. Attendez { $secondes ->
        [one] { $secondes } seconde
       *[other] { $secondes } secondes
    }, puis réessayez.

## « Être rappelé » (issue 27)
rappel-lien-titre = Vous ne pouvez pas vous déplacer ?
rappel-lien-texte = Laissez votre numéro : une structure proche de chez vous vous rappelle.
rappel-lien = Être rappelé
rappel-titre = Être rappelé
rappel-pour = Pour : { $besoin }, à { $commune }.
rappel-destinataire = Votre demande va à { $nom }. Une personne vous rappelle, en général sous deux jours ouvrés.
rappel-destinataire-tel = Vous pouvez aussi appeler : { $telephone }.
rappel-prenom = Votre prénom
rappel-telephone = Votre numéro de téléphone
rappel-courriel = Ou votre adresse électronique
rappel-contact-aide = Donnez un numéro ou une adresse électronique : ils ne servent qu’à vous rappeler.
rappel-message = Ce qui aidera à bien vous rappeler : jours, heures, langue…
rappel-consentement = J’accepte que { $nom } reçoive mon prénom, mon contact et mon message pour me rappeler.
rappel-consentement-guichet = La personne accepte que { $nom } reçoive son prénom, son contact et son message pour la rappeler.
rappel-conservation = Ces informations sont effacées 3 mois après la fin de la demande, et au plus tard 6 mois après son envoi. Vous pouvez les faire effacer avant, avec la référence que vous allez recevoir.
rappel-envoyer = Envoyer ma demande
rappel-annuler = Retour au résultat sans rien envoyer
rappel-refus-titre = La demande n’a pas été envoyée
rappel-refus-intro = Corrigez ces points, puis envoyez de nouveau :
rappel-erreur-prenom = Écrivez votre prénom, en lettres (40 au plus).
rappel-erreur-contact = Donnez un numéro de téléphone à 10 chiffres ou une adresse électronique.
rappel-erreur-message = Votre message est trop long : 500 caractères au plus.
rappel-erreur-consentement = Cochez la case pour accepter que votre demande soit transmise.
rappel-erreur-deja = Vous avez déjà envoyé une demande pour ce besoin aujourd’hui : elle est bien arrivée.
rappel-erreur-expire = Le formulaire avait expiré. Envoyez-le de nouveau.
rappel-piege = Ne remplissez pas ce champ
rappel-envoye-titre = Demande envoyée
rappel-envoye = Votre demande est envoyée
rappel-envoye-texte = Une personne va vous rappeler. Notez votre référence : elle sert si vous voulez effacer votre demande.
rappel-reference = Votre référence :
rappel-supprimer-lien = Effacer ma demande
rappel-supprimer-titre = Effacer ma demande
rappel-supprimer-texte = Donnez votre référence et le numéro ou l’adresse donnés avec la demande. Votre prénom, votre contact et votre message seront effacés.
rappel-supprimer-reference = Référence, 8 lettres ou chiffres
rappel-supprimer-contact = Le numéro de téléphone ou l’adresse électronique donnés
rappel-supprimer-bouton = Effacer ma demande
rappel-supprimer-introuvable = Aucune demande ne correspond à cette référence et à ce contact. Vérifiez les deux.
rappel-supprimee = Votre demande est effacée
rappel-supprimee-texte = Votre prénom, votre contact et votre message sont effacés.
rappel-hors-ligne = Sans connexion, la demande ne peut pas partir. Appelez plutôt un des lieux ci-dessus.
rappel-echec = La demande n’a pas pu être enregistrée. Réessayez dans quelques minutes.
vie-privee-rappel-titre = Être rappelé
vie-privee-rappel-1 = Si vous demandez à être rappelé, nous gardons votre prénom, votre numéro ou votre adresse électronique, votre message, votre commune et vos réponses au parcours. Ils servent à une seule chose : qu’une structure de votre intercommunalité vous rappelle.
vie-privee-rappel-2 = Seules la structure qui reçoit la demande et la coordination départementale peuvent la lire, et chaque lecture est enregistrée. Le courriel envoyé à la structure ne contient ni votre nom ni votre contact : elle les lit derrière un lien signé.
vie-privee-rappel-3 = Ces informations sont effacées 3 mois après la fin de la demande, et au plus tard 6 mois après son envoi. Vous pouvez les faire effacer avant, avec votre référence. Elles n’apparaissent jamais dans les données ouvertes, les exports ni les indicateurs, qui ne comptent que des nombres.
champ-facultatif = facultatif

## La carte des lieux (issue 28).
lieux-titre = Carte des lieux
lieux-intro = Les lieux d’aide au numérique de l’Ain, par besoin et par intercommunalité. Chaque point mène à la fiche du lieu ; la liste sous la carte dit la même chose en mots.
lieux-sources = Contours : IGN GEOFLA 2016 ; communes et intercommunalités : découpage administratif (Etalab). Licence Ouverte 2.0.
lieux-choisir = Choisir
lieux-erreur-titre = Cette carte n’a pas pu être affichée
lieux-erreur-intro = Corrigez ce point, puis affichez de nouveau :
lieux-besoin = Besoin
lieux-epci = Intercommunalité
lieux-afficher = Afficher
lieux-tous-besoins = Tous les besoins
lieux-tout-ain = Tout l’Ain
lieux-selection = { $besoin }, { $zone }
lieux-nombre = { $selection } : { $n ->
    [0] aucun lieu
    [one] 1 lieu
   *[other] { $n } lieux
}
lieux-passer-carte = Passer la carte et aller à la liste
lieux-carte-nom = Carte des lieux, { $selection }
lieux-besoin-inconnu = Choisissez un besoin de la liste.
lieux-epci-inconnue = Choisissez une intercommunalité de la liste.
