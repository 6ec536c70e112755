### Statut : traduction à relire
## Кроки маршруту: запитання, кнопки, помилки.

besoin-titre = Що вам потрібно?
besoin-legende = Оберіть те, що допоможе вам найбільше.
guichet-besoin-titre = Що потрібно цій людині?
guichet-besoin-legende = Оберіть разом із людиною.
besoin-manquant = Оберіть потребу зі списку.
reponse-manquante = Оберіть відповідь.
plusieurs-reponses = Позначте все, що вас стосується, або нічого.
precision-titre = { $besoin }: уточніть
comment-titre = Як ви можете туди дістатися?
commune-titre = У якій громаді (commune) ви живете?
commune-intro = Ми шукаємо найближчу допомогу у вашій місцевості.
commune-label = Ваша громада
commune-aide = Її назва або поштовий індекс, латинськими літерами. Наприклад: Nantua або 01130.
commune-choix-manquant = Оберіть свою громаду зі списку.
commune-plusieurs = Кілька громад відповідають «{ $texte }». Яка з них ваша?
commune-inconnue = Код «{ $code }» не відповідає жодній громаді департаменту Ен.
commune-vide = Введіть назву або поштовий індекс своєї громади.
commune-trop-long = Запит задовгий. Введіть лише назву або поштовий індекс громади (не більше 80 символів).
commune-code-postal = Поштовий індекс має 5 цифр, наприклад 01000.
commune-introuvable = Жодна громада департаменту Ен не відповідає «{ $texte }». Перевірте написання або введіть поштовий індекс.
commune-choisie = Обрано: { $commune }.
communes-aucune = Жодна громада не відповідає.
communes-proposees = { $n ->
    [one] Запропоновано { $n } громаду. Натисніть стрілку вниз, щоб обрати.
    [few] Запропоновано { $n } громади. Обирайте стрілками вгору і вниз.
   *[other] Запропоновано { $n } громад. Обирайте стрілками вгору і вниз.
}
autre-commune = Шукати іншу громаду
changer-commune = Змінити громаду
localiser = Визначити моє місцезнаходження
localiser-en-cours = Шукаємо ваше місцезнаходження…
localiser-trouve = Ви в { $commune }.
localiser-hors-ain = Схоже, ви поза департаментом Ен. Введіть назву своєї громади.
localiser-refuse = Визначення місцезнаходження недоступне або заборонене. Введіть назву своєї громади.
continuer = Далі
voir-les-aides = Переглянути допомогу
recommencer = Почати знову
nouvelle-personne = Нова людина
modifier-mes-reponses = Змінити мої відповіді
etape = Крок { $numero } з { $total }
titre-etape = { $titre } – Крок { $numero } з { $total }
titre-etape-erreur = Помилка: { $titre } – Крок { $numero } з { $total }
guichet-bandeau = Пункт орієнтування · { $commune }
guichet-titre = Пункт у { $commune }
guichet-inconnu = «{ $code }» не є кодом жодної громади департаменту Ен. Адреса пункту — /guichet/ і код INSEE громади, наприклад /guichet/01269.
je-ne-peux-pas-me-deplacer = Я не можу пересуватися
je-ne-peux-pas-me-deplacer-exemples = Допомога вдома, телефоном або дистанційно.
erreur-trop-long = Адреса цієї сторінки задовга. Можливо, її обрізали чи змінили.
erreur-besoin-inconnu = Потреби «{ $valeur }» у цьому маршруті немає.
erreur-reponse-inconnue = Відповідь «{ $valeur }» не передбачена для запитання «{ $question }».
erreur-une-seule-reponse = Запитання «{ $question }» приймає лише одну відповідь.
erreur-code-commune = Код громади «{ $valeur }» недійсний.
erreur-etape-inconnue = Кроку «{ $valeur }» не існує.
erreur-besoin-manquant = Бракує потреби (besoin=…).
erreur-commune-manquante = Бракує громади (commune=код INSEE).
erreur-imprecis = Уточніть свою потребу: { $question }
erreur-demande = Запит неповний або неправильний.
continuer-lien = Далі
communes-liste = Запропоновані громади
