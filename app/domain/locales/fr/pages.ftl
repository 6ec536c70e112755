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
