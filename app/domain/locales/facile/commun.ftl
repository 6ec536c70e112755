### Statut : traduction à relire
## Français facile à lire et à comprendre (FALC).
## Règles : des phrases courtes, une idée par phrase, des mots de tous les jours, pas d’abréviation,
## le même mot pour la même chose. Le test « facile » vérifie chaque texte de ce dossier.

site-nom = Aiguillage
site-slogan = De l’aide pour le numérique, près de chez vous, dans l’Ain
aller-au-contenu = Aller au contenu
titre-page = { $titre } – Aiguillage
langues-titre = Langue
langue-proposee = Cette page existe en { $langue }.
pied-intro = Aiguillage est un service public de l’Ain. Il n’y a pas de cookie. Personne ne vous suit.
pied-agenda = Les ateliers et les réunions
pied-carte = La carte des lieux
pied-guides = Les guides à imprimer
pied-donnees = Les données ouvertes
pied-integrer = Mettre le parcours sur votre site
pied-indicateurs = Les chiffres du service
pied-confidentialite = Vos données personnelles
integre-ouvrir = Ouvrir en grand
integre-ouvrir-cache = sur le site Aiguillage
pied-accessibilite = Accessibilité : le site est en partie accessible
pied-gestion = Pour les lieux d’aide : espace de gestion
pied-sources = Liste des communes : INSEE, Etalab et La Poste.
donnees-en-francais = Les noms et les adresses des lieux sont en français.
page-en-francais = Cette page n’est pas encore en français facile.
erreur-prefixe = Erreur :
erreur-adresse = Cette adresse ne marche pas
erreur-introuvable = Page introuvable
erreur-introuvable-texte = Cette page n’existe pas.
erreur-connexion = Vous devez vous connecter
erreur-refuse = Vous n’avez pas le droit de voir cette page
erreur-probleme = Il y a un problème
erreur-probleme-texte = Le site a un problème. Essayez encore dans quelques minutes.
erreur-expire = Le lien est trop vieux
recommencer-accueil = Retourner à l’accueil
ecouter = Écouter
ecouter-arreter = Arrêter la lecture
mise-a-jour = Il y a une nouvelle version d’Aiguillage.
mise-a-jour-bouton = Mettre à jour
telephone = Téléphone
date = { $jnum } { $moisnom } { $annee }
heure = { $h } h { $mm }
mois-1 = janvier
mois-2 = février
mois-3 = mars
mois-4 = avril
mois-5 = mai
mois-6 = juin
mois-7 = juillet
mois-8 = août
mois-9 = septembre
mois-10 = octobre
mois-11 = novembre
mois-12 = décembre
imprimer-fiche = Imprimer la feuille
imprimer-astuce = Pour imprimer : appuyez sur Ctrl et P
