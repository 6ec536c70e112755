### Statut : traduction à relire
## خطوات المسار: الأسئلة، الأزرار، الأخطاء.

besoin-titre = ماذا تحتاج؟
besoin-legende = اختر ما يساعدك أكثر.
guichet-besoin-titre = ماذا يحتاج هذا الشخص؟
guichet-besoin-legende = اختر مع الشخص.
besoin-manquant = اختر حاجة من القائمة.
reponse-manquante = اختر إجابة.
plusieurs-reponses = ضع علامة على كل ما يعنيك، أو لا شيء.
precision-titre = { $besoin }: وضّح أكثر
comment-titre = كيف يمكنك الوصول إلى هناك؟
commune-titre = في أيّ بلدية (commune) تسكن؟
commune-intro = نبحث عن أقرب مساعدة في منطقتك.
commune-label = بلديتك
commune-aide = اسمها أو رمزها البريدي، بالحروف اللاتينية. مثلًا: Nantua أو 01130.
commune-choix-manquant = اختر بلديتك من القائمة.
commune-plusieurs = عدة بلديات تطابق «{ $texte }». أيّها بلديتك؟
commune-inconnue = الرمز «{ $code }» لا يطابق أيّ بلدية في إقليم آن.
commune-vide = اكتب اسم بلديتك أو رمزها البريدي.
commune-trop-long = بحثك طويل جدًا. اكتب فقط اسم البلدية أو رمزها البريدي (80 حرفًا على الأكثر).
commune-code-postal = الرمز البريدي يتكوّن من 5 أرقام، مثلًا 01000.
commune-introuvable = لا توجد بلدية في إقليم آن تطابق «{ $texte }». تحقّق من الكتابة أو اكتب الرمز البريدي.
commune-choisie = تم اختيار { $commune }.
communes-aucune = لا توجد بلدية مطابقة.
communes-proposees = { $n ->
    [one] بلدية واحدة مقترحة. اضغط السهم السفلي لاختيارها.
   *[other] { $n } بلديات مقترحة. استعمل السهمين للأعلى وللأسفل للاختيار.
}
autre-commune = البحث عن بلدية أخرى
changer-commune = تغيير البلدية
localiser = تحديد موقعي
localiser-en-cours = جارٍ البحث عن موقعك…
localiser-trouve = أنت في { $commune }.
localiser-hors-ain = يبدو أن موقعك خارج إقليم آن. اكتب اسم بلديتك.
localiser-refuse = تحديد الموقع غير متاح أو مرفوض. اكتب اسم بلديتك.
continuer = متابعة
voir-les-aides = عرض المساعدات
recommencer = البدء من جديد
nouvelle-personne = شخص جديد
modifier-mes-reponses = تعديل إجاباتي
etape = الخطوة { $numero } من { $total }
titre-etape = { $titre } – الخطوة { $numero } من { $total }
titre-etape-erreur = خطأ: { $titre } – الخطوة { $numero } من { $total }
guichet-bandeau = شبّاك التوجيه · { $commune }
guichet-titre = شبّاك { $commune }
guichet-inconnu = «{ $code }» ليس رمز أيّ بلدية في إقليم آن. عنوان الشبّاك هو /guichet/ متبوعًا برمز INSEE للبلدية، مثلًا /guichet/01269.
je-ne-peux-pas-me-deplacer = لا أستطيع التنقّل
je-ne-peux-pas-me-deplacer-exemples = مساعدة في المنزل أو بالهاتف أو عن بُعد.
erreur-trop-long = عنوان هذه الصفحة طويل جدًا. ربما تم قطعه أو تعديله.
erreur-besoin-inconnu = الحاجة «{ $valeur }» غير موجودة في هذا المسار.
erreur-reponse-inconnue = الإجابة «{ $valeur }» غير متوقعة للسؤال «{ $question }».
erreur-une-seule-reponse = السؤال «{ $question }» يقبل إجابة واحدة فقط.
erreur-code-commune = رمز البلدية «{ $valeur }» غير صالح.
erreur-etape-inconnue = الخطوة «{ $valeur }» غير موجودة.
erreur-besoin-manquant = الحاجة ناقصة (besoin=…).
erreur-commune-manquante = البلدية ناقصة (commune=رمز INSEE).
erreur-imprecis = وضّح حاجتك: { $question }
erreur-demande = الطلب ناقص أو غير صحيح.
continuer-lien = متابعة
communes-liste = البلديات المقترحة
