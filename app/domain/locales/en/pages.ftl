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

## L’agenda des séances.
agenda-titre = Sessions in the Ain
agenda-titre-epci = Sessions: { $epci }
agenda-intro = Workshops and talks on parenting in the digital age, workshops for young people, drop-in sessions. Soonest first.
agenda-filtrer = Filter the calendar
agenda-commune = Your commune (optional)
agenda-commune-aide = To see the sessions in your area. Name or postcode.
agenda-public = For whom
agenda-tout-le-monde = Everyone
agenda-theme = Topic
agenda-tous-themes = All topics
agenda-afficher = Show sessions
agenda-nombre = { $n ->
    [0] No upcoming session for these choices.
    [one] 1 upcoming session.
   *[other] { $n } upcoming sessions.
}
agenda-abonner = Subscribe to this calendar (.ics)
agenda-abonner-texte = — your phone or email app will show the new sessions of this selection.
agenda-filtre-inconnu = The filter “{ $valeur }” in this address does not exist.
agenda-plusieurs = Several communes match: { $communes }. Give the full name or type the postcode.
seance-quand = { $date }, { $debut }–{ $fin }
date-longue = { $jour } { $jnum } { $moisnom } { $annee }
seance-public-parents = Parents
seance-public-jeunes = Young people
seance-public-tous = Everyone
service-demarches = Help with online procedures
service-quotidien = Using a computer or a phone
service-insertion = Jobs, CV, training
service-securite = Protecting yourself from scams
service-parentalite = Parenting and screens
service-loisirs = Leisure and creation
service-comprehension = Understanding digital technology
service-accesmateriel = Computer and internet on site
service-materielsolidaire = Low-cost equipment

## La page de confidentialité.
vie-privee-titre = Privacy and audience measurement
vie-privee-intro = Aiguillage does not ask for your name, your address or an account. To know where digital help is missing in the Ain, it counts the orientations it gives, without keeping anything about the person.
vie-privee-compte = What is counted
vie-privee-compte-texte = Each result shown to a person (on this site or at a town hall desk) adds 1 to a daily counter. This counter holds only:
vie-privee-jour = the day (never the time);
vie-privee-besoin = the need and its detail, chosen from the journey’s lists (for example “Do an administrative task: CAF”);
vie-privee-epci = the area (intercommunalité) of the chosen commune (never the commune itself);
vie-privee-niveau = the best help found: in the commune, in the area, nearby, for the whole département, remote, or none;
vie-privee-mode = the mode: public site or town hall desk;
vie-privee-integration = the partner site the parcours was embedded in, if any (its short name, never its page or the person).
vie-privee-fiche = The printed sheet of a result is not counted a second time, nor the same result asked again from the same device within ten minutes: to recognise it, the server keeps in memory, for ten minutes only, a fingerprint (a keyed hash) of the connection address and browser type, never written down. Robots that say so and calls to the programming interface are not counted. Orientations made offline, computed by your phone itself, are not counted: nothing leaves your device then.
vie-privee-jamais = What is never kept
vie-privee-aucun-traceur = No identifier, no cookie or other tracker on public pages: nothing is stored on or read from your device.
vie-privee-aucune-ip = No IP address, no browser type, no text you typed (the commune name typed is used to find it, then forgotten).
vie-privee-base = The database cannot keep anything else: its counter table has no other column than those above, and a test checks it.
vie-privee-bandeau = Why no banner asks for your consent
vie-privee-bandeau-1 = Consent is required to read or write information on your device (cookies, trackers). Aiguillage uses none to count: counting happens on the server, when it answers you.
vie-privee-bandeau-2 = It also meets the conditions set by the CNIL (the French data protection authority) for audience measurement exempt from consent: it only measures the use of the service, produces only anonymous statistics, cannot follow a person on this site or across sites, and its data are neither combined with others nor passed to third parties.
vie-privee-publie = What is published
vie-privee-publie-texte = The totals are published on the indicators page, by need, by area, by month and by best help found. A number from 1 to 4 is written “fewer than 5”, so that a small value cannot point to anyone. The departmental coordination sees the exact numbers.
vie-privee-autres = Other data
vie-privee-signaler = “Report a mistake” asks for no personal data: the message is kept for the coordination, without your address.
vie-privee-proposition = “Suggest a place” and “This is my organisation” ask for your name and e-mail address: only the departmental coordination reads them, to answer you, and they are erased 3 months after its answer.
vie-privee-envois = To prevent mass sending, the connection address of a form sent (report, login) is counted for a few minutes, then forgotten.
vie-privee-gestion = The area for the places listed uses a session cookie, strictly necessary to log in; it is only set for people who log in, and disappears when they log out.

## La déclaration d’accessibilité.
acc-titre = Accessibility statement
acc-engagement = The Aiguillage service is committed to making its pages accessible, in line with article 47 of French law no. 2005-102 of 11 February 2005.
acc-portee = This statement applies to the Aiguillage site: public pages (home, journey, result, desk, guides, calendar, place pages, reports) and the management area.
acc-etat = Compliance status
acc-partiel = Aiguillage is partially compliant
acc-etat-texte = with the French accessibility framework (RGAA), version 4.1: no full audit has yet been carried out by an independent body, so no compliance rate can be given.
acc-verifie = What is checked, and how
acc-v1 = On every change to the code, automated tests go through every public page, every step of every journey and the management pages, with JavaScript on and off, at 320 and 1,280 pixels wide, with axe-core (WCAG 2.2 A and AA criteria). A single error blocks the release.
acc-v2 = The journeys are also tested with the keyboard alone: focus is visible everywhere, a skip link leads to the content, the heading of each new step receives focus.
acc-v3 = Form error messages are tied to their field and repeated at the top of the form.
acc-v4 = Offline, the steps and the result computed on the device pass the same automated checks.
acc-v5 = The pages work without JavaScript; text can be enlarged to 200%; animations are removed if you asked your device to.
acc-v6 = The journey is tested the same way in easy-to-read French, English, Arabic (read right to left, the focus order following the reading order), Turkish and Ukrainian.
acc-environnement = Test environment: Chromium (Debian), axe-core 4.13, Playwright. Technologies used: HTML5, CSS, JavaScript and WebAssembly (optional: commune autocomplete, location, moving between steps without reloading, offline journey).
acc-non-accessible = Content that is not accessible
acc-na1 = The result’s QR code is an image: the address it holds is written out in full just below.
acc-na2 = Opening hours imported from 2021-2022 data may be incomplete: they are marked “information to be checked”.
acc-etablissement = How this statement was made
acc-etablissement-texte = This statement was made on 29 November 2026, from the automated tests described above.
acc-contact = Feedback and contact
acc-contact-texte = If you cannot access some content or a service, you can tell the Ain’s departmental coordination for digital inclusion, which will direct you to an accessible alternative. On each place’s page, the “Report a mistake” link sends them your message, without personal data.
acc-recours = Remedies
acc-recours-texte = If you reported an accessibility problem that prevents you from accessing content or a service and did not get a satisfactory answer, you can:
acc-r1 = write to the Défenseur des droits (the French rights ombudsman; online form at defenseurdesdroits.fr);
acc-r2 = contact the Défenseur des droits delegate in your region;
acc-r3 = send a free letter, no stamp needed: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.

## Report a mistake about an entry, and a public form's refusals.
signaler-titre = Report a mistake
signaler-fiche = About the entry:
signaler-explication = Your message goes to the departmental coordination, who will correct the entry. Do not give any personal information: you will not receive a reply.
signaler-question = What is wrong?
signaler-sujet-adresse = The address
signaler-sujet-horaires = The opening hours
signaler-sujet-contact = The phone number or email
signaler-sujet-offre = What is offered
signaler-sujet-ferme = The place has closed
signaler-sujet-autre = Something else
signaler-message = What is wrong, and what would be right if you know
signaler-langue = You may write in English or in your own language.
signaler-envoyer = Send the report
signaler-annuler = Go back without sending anything
signaler-erreur-sujet = Choose what is wrong.
signaler-erreur-message = Describe the mistake in a few words (1,000 characters at most).
signaler-erreur-expire = The form had expired. Please send it again.
signaler-refus-titre = The report was not sent
signaler-refus-intro = Correct these points, then send again:
signaler-sans-fiche = The entry to report is missing (service=…).
signaler-envoye = Report sent
signaler-merci = Thank you, your report has been sent
signaler-merci-texte = The coordination will check the entry and correct it.
signaler-retour = Back
signaler-fiche-disparue = This entry no longer exists. Nothing was sent.
signaler-echec = The report could not be sent. Please try again in a few minutes.
formulaire-refuse = Form refused
formulaire-expire = This form has expired or was not sent from Aiguillage. Nothing was changed. Reload the page and start again.
formulaire-revenir = Back to the form
trop-tentatives = Too many attempts
trop-tentatives-texte = Too many attempts from your connection. Wait { $secondes ->
        [one] { $secondes } second
       *[other] { $secondes } seconds
    }, then try again.

## « Être rappelé » (issue 27)
rappel-lien-titre = You cannot travel?
rappel-lien-texte = Leave your number: a service near you will call you back.
rappel-lien = Ask to be called back
rappel-titre = Ask to be called back
rappel-pour = For: { $besoin }, in { $commune }.
rappel-destinataire = Your request goes to { $nom }. Someone calls you back, usually within two working days.
rappel-destinataire-tel = You can also call: { $telephone }.
rappel-prenom = Your first name
rappel-telephone = Your phone number
rappel-courriel = Or your e-mail address
rappel-contact-aide = Give a number or an e-mail address: they are only used to call you back.
rappel-message = What will help us call you back well: days, times, language…
rappel-consentement = I agree that { $nom } receives my first name, my contact and my message to call me back.
rappel-consentement-guichet = The person agrees that { $nom } receives their first name, contact and message to call them back.
rappel-conservation = This information is erased 3 months after the request ends, and at the latest 6 months after it was sent. You can have it erased sooner with the reference you will receive.
rappel-envoyer = Send my request
rappel-annuler = Back to the result without sending anything
rappel-refus-titre = The request was not sent
rappel-refus-intro = Correct these points, then send again:
rappel-erreur-prenom = Write your first name, in letters (40 at most).
rappel-erreur-contact = Give a 10-digit French phone number or an e-mail address.
rappel-erreur-message = Your message is too long: 500 characters at most.
rappel-erreur-consentement = Tick the box to agree that your request is passed on.
rappel-erreur-deja = You already sent a request for this need today: it has arrived.
rappel-erreur-expire = The form had expired. Send it again.
rappel-piege = Do not fill in this field
rappel-envoye-titre = Request sent
rappel-envoye = Your request is sent
rappel-envoye-texte = Someone will call you back. Write down your reference: you need it to erase your request.
rappel-reference = Your reference:
rappel-supprimer-lien = Erase my request
rappel-supprimer-titre = Erase my request
rappel-supprimer-texte = Give your reference and the number or address given with the request. Your first name, contact and message will be erased.
rappel-supprimer-reference = Reference, 8 letters or digits
rappel-supprimer-contact = The phone number or e-mail address you gave
rappel-supprimer-bouton = Erase my request
rappel-supprimer-introuvable = No request matches this reference and this contact. Check both.
rappel-supprimee = Your request is erased
rappel-supprimee-texte = Your first name, contact and message are erased.
rappel-hors-ligne = Without a connection, the request cannot be sent. Call one of the places above instead.
rappel-echec = The request could not be saved. Try again in a few minutes.
vie-privee-rappel-titre = Asking to be called back
vie-privee-rappel-1 = If you ask to be called back, we keep your first name, your number or e-mail address, your message, your commune and your answers. They serve one purpose only: that a service of your intercommunality calls you back.
vie-privee-rappel-2 = Only the service that receives the request and the departmental coordination can read it, and every reading is recorded. The e-mail sent to the service contains neither your name nor your contact: it reads them behind a signed link.
vie-privee-rappel-3 = This information is erased 3 months after the request ends, and at the latest 6 months after it was sent. You can have it erased sooner with your reference. It never appears in open data, exports or indicators, which count numbers only.
champ-facultatif = optional

## The map of places (issue 28).
lieux-titre = Map of places
lieux-intro = Places in the Ain that help with digital matters, by need and by intercommunality. Each point leads to the place’s page; the list under the map says the same in words.
lieux-sources = Outlines: IGN GEOFLA 2016; communes and intercommunalities: administrative boundaries (Etalab). Licence Ouverte 2.0.
lieux-choisir = Choose
lieux-erreur-titre = This map could not be shown
lieux-erreur-intro = Correct this, then show it again:
lieux-besoin = Need
lieux-epci = Intercommunality
lieux-afficher = Show
lieux-tous-besoins = All needs
lieux-tout-ain = The whole Ain
lieux-selection = { $besoin }, { $zone }
lieux-nombre = { $selection }: { $n ->
    [one] 1 place
   *[other] { $n } places
}
lieux-passer-carte = Skip the map and go to the list
lieux-carte-nom = Map of places, { $selection }
lieux-besoin-inconnu = Choose a need from the list.
lieux-epci-inconnue = Choose an intercommunality from the list.
