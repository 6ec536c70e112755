### Statut : traduction à relire
## صفحة النتيجة، بطاقاتها، ورقة الطباعة.

resultat-titre = أين تجد المساعدة: { $besoin }
resultat-titre-page = { $besoin } في { $commune }: { $n ->
    [one] مكان واحد
    [two] مكانان
   *[other] { $n } أماكن
}
resultat-pour = لـ { $commune } ({ $epci }).
donnees-du = بيانات { $date }
vos-reponses = إجاباتك
modifier = تعديل
modifier-cache = إجاباتي
autres-lieux = أماكن أخرى ({ $n })
niveau-commune = في بلديتك
niveau-epci = في منطقتك
niveau-voisin = بالقرب منك
niveau-departement = لكل الإقليم
niveau-distance = عن بُعد
appeler = اتصال
itineraire = الطريق
prendre-rdv = حجز موعد
pourquoi = لماذا هذا المكان:
tout-savoir = كل شيء عن هذا المكان
garder = الاحتفاظ بهذه النتيجة
garder-qr = رمز QR لعنوان هذه النتيجة
garder-texte = امسح الرمز بهاتفك، أو احتفظ بهذا العنوان:
fiche-lien = ورقة التوجيه للطباعة (صفحة واحدة)
fiche-titre = ورقة التوجيه: { $besoin }
fiche-a-verifier = معلومات يجب التحقق منها: اتصل قبل الذهاب.
fiche-autres = { $n ->
    [one] ومكان آخر في الصفحة الكاملة.
   *[other] و{ $n } أماكن أخرى في الصفحة الكاملة.
}
fiche-retour = العودة إلى النتيجة الكاملة
carte-labels = العلامات:
carte-adresse = العنوان
carte-telephone = الهاتف
carte-courriel = البريد الإلكتروني
carte-acces = كيف تحصل على المساعدة
carte-accessibilite = إمكانية الوصول
carte-signaler = الإبلاغ عن خطأ
carte-signaler-cache = بخصوص { $nom }
carte-verifie = تم التحقق في { $date }
carte-a-verifier = معلومات يجب التحقق منها
carte-a-verifier-date = معلومات يجب التحقق منها: بيانات { $date }
carte-a-verifier-source = معلومات يجب التحقق منها. { $source }
ouvert-maintenant = مفتوح الآن. اليوم: { $heures }
ferme-maintenant = مغلق الآن. اليوم: { $heures }
ferme-aujourdhui = مغلق اليوم
plage-horaire = { $debut }–{ $fin }
jour-ligne = { $jour }: { $heures }
jour-0 = الاثنين
jour-1 = الثلاثاء
jour-2 = الأربعاء
jour-3 = الخميس
jour-4 = الجمعة
jour-5 = السبت
jour-6 = الأحد
raison-commune = في بلديتك
raison-epci = في منطقتك
raison-proche = على بعد { $km } كم من منزلك
raison-departement = لكل إقليم آن
raison-distance = عن بُعد، بالهاتف
raison-domicile = يأتي إلى منزلك
raison-itinerant = يأتي بالقرب منك
raison-gratuit = مجاني
raison-aide-individuelle = شخص يساعدك
raison-ateliers = ورشات جماعية
raison-semaine = مفتوح أيام الأسبوع
raison-soir = مفتوح في المساء
raison-weekend = مفتوح في نهاية الأسبوع
raison-france-services = France services: مساعدة في كل الإجراءات الإدارية
public-jeunes = يستقبل الشباب
public-etudiants = يستقبل الطلاب
public-familles = يستقبل العائلات
public-seniors = يستقبل كبار السن
public-femmes = يستقبل النساء
prise-en-charge-surdite = مكيّف لضعاف السمع
prise-en-charge-handicapmoteur = مكيّف لذوي الإعاقة الحركية
prise-en-charge-handicapmental = مكيّف لذوي الإعاقة الذهنية
prise-en-charge-illettrisme = مساعدة لمن يجد صعوبة في القراءة
prise-en-charge-langueanglais = استقبال بالإنجليزية
prise-en-charge-langueautres = استقبال بلغات أخرى
prise-en-charge-deficiencevisuelle = مكيّف لضعاف البصر
acces-sepresenter = الحضور دون موعد
acces-telephoner = الاتصال هاتفيًا
acces-courriel = كتابة بريد إلكتروني
acces-rdvenligne = حجز موعد عبر الإنترنت
acces-pasdepublic = لا يستقبل الجمهور
acces-prescription = بتوجيه من مختص
avis-rien = لم نجد أيّ مساعدة تطابق كل إجاباتك.
avis-rien-texte = جرّب حذف إجابة.
avis-pas-local = لم نجد مساعدة في منطقتك لهذه الحاجة.
avis-distance = إليك المساعدات عن بُعد.
avis-departement = إليك المساعدات التي تغطي كل الإقليم أو التي تتم عن بُعد.
suite-france-services = تقوم France Services في منطقتك بتوجيهك في كل المواضيع:
suite-ligne-nationale = خط هاتفي وطني يوجّهك في كل المواضيع:
seances-titre = الجلسات القادمة للآباء
seances-aucune = لم يُعلن عن أيّ جلسة حاليًا.
seances-agenda = عرض جدول الجلسات للآباء
seance-ajouter = إضافة إلى مفكرتي
hors-ligne-avis = دون اتصال: هذه الصفحة من المعلومات المحفوظة على هذا الجهاز يوم { $date }.
hors-ligne-indisponible = الصفحة غير متاحة دون اتصال
hors-ligne-indisponible-texte = لم تُحفظ هذه الصفحة على هذا الجهاز. أما المسار فيعمل:
hors-ligne-trouver = البحث عن مساعدة
