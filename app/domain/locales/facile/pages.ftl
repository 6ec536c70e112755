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
