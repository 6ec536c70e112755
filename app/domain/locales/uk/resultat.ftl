### Statut : traduction à relire
## Сторінка результату, її картки, аркуш для друку.

resultat-titre = Де знайти допомогу: { $besoin }
resultat-titre-page = { $besoin }, { $commune }: { $n ->
    [one] { $n } місце
    [few] { $n } місця
   *[other] { $n } місць
}
resultat-pour = Для { $commune } ({ $epci }).
donnees-du = Дані від { $date }
vos-reponses = Ваші відповіді
modifier = Змінити
modifier-cache = мої відповіді
autres-lieux = Інші місця ({ $n })
niveau-commune = У вашій громаді
niveau-epci = У вашій місцевості
niveau-voisin = Поблизу
niveau-departement = Для всього департаменту
niveau-distance = Дистанційно
appeler = Зателефонувати
itineraire = Маршрут
prendre-rdv = Записатися на прийом
pourquoi = Чому це місце:
tout-savoir = Усе про це місце
garder = Зберегти цей результат
garder-qr = QR-код адреси цього результату
garder-texte = Відскануйте код телефоном або збережіть цю адресу:
fiche-lien = Аркуш орієнтування для друку (одна сторінка)
fiche-titre = Аркуш орієнтування: { $besoin }
fiche-a-verifier = Інформацію слід перевірити: зателефонуйте, перш ніж іти.
fiche-autres = { $n ->
    [one] І ще { $n } місце на повній сторінці.
    [few] І ще { $n } місця на повній сторінці.
   *[other] І ще { $n } місць на повній сторінці.
}
fiche-retour = Повернутися до повного результату
carte-labels = Мітки:
carte-adresse = Адреса
carte-telephone = Телефон
carte-courriel = Ел. пошта
carte-acces = Як отримати допомогу
carte-accessibilite = Доступність
carte-signaler = Повідомити про помилку
carte-signaler-cache = щодо { $nom }
carte-verifie = Перевірено { $date }
carte-a-verifier = Інформацію слід перевірити
carte-a-verifier-date = Інформацію слід перевірити: дані від { $date }
carte-a-verifier-source = Інформацію слід перевірити. { $source }
ouvert-maintenant = Зараз відчинено. Сьогодні: { $heures }
ferme-maintenant = Зараз зачинено. Сьогодні: { $heures }
ferme-aujourdhui = Сьогодні зачинено
plage-horaire = { $debut }–{ $fin }
jour-ligne = { $jour }: { $heures }
jour-0 = понеділок
jour-1 = вівторок
jour-2 = середа
jour-3 = четвер
jour-4 = п’ятниця
jour-5 = субота
jour-6 = неділя
raison-commune = У вашій громаді
raison-epci = У вашій місцевості
raison-proche = { $km } км від вашого дому
raison-departement = Для всього департаменту Ен
raison-distance = Дистанційно, телефоном
raison-domicile = Приходять додому
raison-itinerant = Приїжджають поблизу вас
raison-gratuit = Безкоштовно
raison-aide-individuelle = Вам допомагає одна людина
raison-ateliers = Групові заняття
raison-semaine = Відчинено в будні
raison-soir = Відчинено ввечері
raison-weekend = Відчинено у вихідні
raison-france-services = France services: допомога з усіма адміністративними справами
public-jeunes = Приймає молодь
public-etudiants = Приймає студентів
public-familles = Приймає сім’ї
public-seniors = Приймає літніх людей
public-femmes = Приймає жінок
prise-en-charge-surdite = Пристосовано для людей із порушеннями слуху
prise-en-charge-handicapmoteur = Пристосовано для людей з обмеженою рухливістю
prise-en-charge-handicapmental = Пристосовано для людей з інтелектуальними порушеннями
prise-en-charge-illettrisme = Допомога людям, яким важко читати
prise-en-charge-langueanglais = Приймають англійською
prise-en-charge-langueautres = Приймають іншими мовами
prise-en-charge-deficiencevisuelle = Пристосовано для людей із порушеннями зору
acces-sepresenter = Приходьте без запису
acces-telephoner = Зателефонуйте
acces-courriel = Напишіть листа
acces-rdvenligne = Запишіться онлайн
acces-pasdepublic = Не приймає відвідувачів
acces-prescription = За направленням фахівця
avis-rien = Ми не знайшли допомоги, що відповідає всім вашим відповідям.
avis-rien-texte = Спробуйте прибрати одну відповідь.
avis-pas-local = Ми не знайшли допомоги з цієї потреби у вашій місцевості.
avis-distance = Ось дистанційна допомога.
avis-departement = Ось допомога для всього департаменту або дистанційна.
suite-france-services = France Services у вашій місцевості підкаже з будь-якого питання:
suite-ligne-nationale = Національна телефонна лінія підкаже з будь-якого питання:
seances-titre = Найближчі зустрічі для батьків
seances-aucune = Поки що зустрічей не оголошено.
seances-agenda = Переглянути розклад зустрічей для батьків
seance-ajouter = Додати до мого календаря
hors-ligne-avis = Офлайн: ця сторінка з інформації, збереженої на цьому пристрої { $date }.
hors-ligne-indisponible = Сторінка недоступна офлайн
hors-ligne-indisponible-texte = Цю сторінку не збережено на цьому пристрої. Маршрут усе одно працює:
hors-ligne-trouver = знайти допомогу
