### Statut : traduction à relire
## The home page, the offline page, the statement about translations.

accueil-titre-page = Find help with digital services in the Ain – Aiguillage
accueil-titre = Find help with digital services, near you
accueil-intro = Answer a few questions. We tell you where to go, in your area. It is free and anonymous.
accueil-description = Find help with digital services near you, in the Ain: equipment, online procedures, learning, parenting.
hors-ligne-titre = You are offline
hors-ligne-texte-1 = This page has not been opened on this device yet, and the connection does not answer.
hors-ligne-texte-2 = The pages you have already visited remain available, with the date of their information. Try again when you have a network.
hors-ligne-texte-3 = Meanwhile, the national Solidarité Numérique line helps by phone (in French):
retour-accueil = Back to the home page
traductions-titre = Languages and translations
traductions-texte = The journey and its results exist in French, in easy-to-read French, in English, Arabic, Turkish and Ukrainian.
traductions-a-relire = These translations still have to be checked by a native speaker:
traductions-relues = All translations have been checked.
traductions-proposer = To suggest a correction, write to us with the “Report a mistake” form, or edit the files in the app/domain/locales folder of the source code.
traduction-a-relire = translation to be reviewed
