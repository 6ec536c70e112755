### Statut : traduction à relire
## Yolculuğun adımları: sorular, düğmeler, hatalar.

besoin-titre = Neye ihtiyacınız var?
besoin-legende = Size en çok yardımcı olacak şeyi seçin.
guichet-besoin-titre = Kişinin neye ihtiyacı var?
guichet-besoin-legende = Kişiyle birlikte seçin.
besoin-manquant = Listeden bir ihtiyaç seçin.
reponse-manquante = Bir yanıt seçin.
plusieurs-reponses = Sizi ilgilendiren her şeyi işaretleyin ya da hiçbirini.
precision-titre = { $besoin }: biraz daha anlatın
comment-titre = Oraya nasıl gidebilirsiniz?
commune-titre = Hangi belediyede (commune) oturuyorsunuz?
commune-intro = Size en yakın yardımı, bölgenizde arıyoruz.
commune-label = Belediyeniz
commune-aide = Adı veya posta kodu, Latin harfleriyle. Örneğin: Nantua veya 01130.
commune-choix-manquant = Listeden belediyenizi seçin.
commune-plusieurs = “{ $texte }” ile birden fazla belediye eşleşiyor. Sizinki hangisi?
commune-inconnue = “{ $code }” kodu Ain’deki hiçbir belediyeye ait değil.
commune-vide = Belediyenizin adını veya posta kodunu yazın.
commune-trop-long = Aramanız çok uzun. Yalnızca belediyenin adını veya posta kodunu yazın (en fazla 80 karakter).
commune-code-postal = Posta kodu 5 rakamdan oluşur, örneğin 01000.
commune-introuvable = Ain’de “{ $texte }” ile eşleşen belediye yok. Yazımı kontrol edin veya posta kodunu yazın.
commune-choisie = { $commune } seçildi.
communes-aucune = Eşleşen belediye yok.
communes-proposees = { $n ->
    [one] 1 belediye önerildi. Seçmek için aşağı oka basın.
   *[other] { $n } belediye önerildi. Seçmek için yukarı ve aşağı oklarını kullanın.
}
autre-commune = Başka bir belediye ara
changer-commune = Belediyeyi değiştir
localiser = Konumumu bul
localiser-en-cours = Konumunuz aranıyor…
localiser-trouve = { $commune } konumundasınız.
localiser-hors-ain = Konumunuz Ain dışında görünüyor. Belediyenizin adını yazın.
localiser-refuse = Konum bilgisi yok veya reddedildi. Belediyenizin adını yazın.
continuer = Devam et
voir-les-aides = Yardımları gör
recommencer = Yeniden başla
nouvelle-personne = Yeni kişi
modifier-mes-reponses = Yanıtlarımı değiştir
etape = Adım { $numero } / { $total }
titre-etape = { $titre } – Adım { $numero } / { $total }
titre-etape-erreur = Hata: { $titre } – Adım { $numero } / { $total }
guichet-bandeau = Yönlendirme masası · { $commune }
guichet-titre = { $commune } masası
guichet-inconnu = “{ $code }” Ain’deki hiçbir belediyenin kodu değil. Masanın adresi /guichet/ ve ardından belediyenin INSEE kodudur, örneğin /guichet/01269.
je-ne-peux-pas-me-deplacer = Yerimden ayrılamıyorum
je-ne-peux-pas-me-deplacer-exemples = Evde, telefonla veya uzaktan yardım.
erreur-trop-long = Bu sayfanın adresi çok uzun. Kesilmiş veya değiştirilmiş olabilir.
erreur-besoin-inconnu = “{ $valeur }” ihtiyacı bu yolculukta yok.
erreur-reponse-inconnue = “{ $valeur }” yanıtı “{ $question }” sorusu için öngörülmemiş.
erreur-une-seule-reponse = “{ $question }” sorusu tek bir yanıt kabul eder.
erreur-code-commune = “{ $valeur }” belediye kodu geçerli değil.
erreur-etape-inconnue = “{ $valeur }” adımı yok.
erreur-besoin-manquant = İhtiyaç eksik (besoin=…).
erreur-commune-manquante = Belediye eksik (commune=INSEE kodu).
erreur-imprecis = İhtiyacınızı biraz daha anlatın: { $question }
erreur-demande = İstek eksik veya hatalı.
continuer-lien = Devam et
communes-liste = Önerilen belediyeler
