### Statut : traduction à relire
## Ana sayfa, çevrimdışı sayfa, çeviriler hakkında açıklama.

accueil-titre-page = Ain’de dijital konularda yardım bulun – Aiguillage
accueil-titre = Dijital konularda size yakın yardım bulun
accueil-intro = Birkaç soruyu yanıtlayın. Bölgenizde nereye gideceğinizi söyleyelim. Ücretsiz ve anonimdir.
accueil-description = Ain’de, size yakın dijital yardım bulun: cihaz, çevrimiçi işlemler, öğrenme, ebeveynlik.
hors-ligne-titre = Çevrimdışısınız
hors-ligne-texte-1 = Bu sayfa bu cihazda henüz açılmadı ve bağlantı yanıt vermiyor.
hors-ligne-texte-2 = Daha önce açtığınız sayfalar, bilgilerinin tarihiyle birlikte kullanılabilir. İnternetiniz olunca tekrar deneyin.
hors-ligne-texte-3 = Bu arada ulusal Solidarité Numérique hattı telefonla yardım eder (Fransızca):
retour-accueil = Ana sayfaya dön
traductions-titre = Diller ve çeviriler
traductions-texte = Yolculuk ve sonuçları Fransızca, kolay okunur Fransızca, İngilizce, Arapça, Türkçe ve Ukraynaca olarak mevcuttur.
traductions-a-relire = Bu çeviriler henüz anadili bu dil olan biri tarafından kontrol edilmedi:
traductions-relues = Tüm çeviriler kontrol edildi.
traductions-proposer = Bir düzeltme önermek için “Hata bildir” formuyla bize yazın veya kaynak kodundaki app/domain/locales klasörünün dosyalarını düzenleyin.
traduction-a-relire = gözden geçirilecek çeviri

## L’agenda des séances.
agenda-titre = Ain’deki oturumlar
agenda-titre-epci = Oturumlar: { $epci }
agenda-intro = Dijital çağda ebeveynlik üzerine atölyeler ve konferanslar, gençler için atölyeler, danışma saatleri. En yakın tarihliler önce.
agenda-filtrer = Takvimi filtrele
agenda-commune = Belediyeniz (isteğe bağlı)
agenda-commune-aide = Bölgenizdeki oturumları görmek için. Ad veya posta kodu.
agenda-public = Kimin için
agenda-tout-le-monde = Herkes
agenda-theme = Konu
agenda-tous-themes = Tüm konular
agenda-afficher = Oturumları göster
agenda-nombre = { $n ->
    [0] Bu seçimler için yaklaşan oturum yok.
   *[other] { $n } yaklaşan oturum.
}
agenda-abonner = Bu takvime abone ol (.ics)
agenda-abonner-texte = — telefonunuz veya e-posta uygulamanız bu seçimin yeni oturumlarını gösterir.
agenda-filtre-inconnu = Bu adresteki “{ $valeur }” filtresi yok.
agenda-plusieurs = Birden fazla belediye eşleşiyor: { $communes }. Tam adı veya posta kodunu yazın.
seance-quand = { $date }, { $debut }–{ $fin }
date-longue = { $jnum } { $moisnom } { $annee } { $jour }
seance-public-parents = Ebeveynler
seance-public-jeunes = Gençler
seance-public-tous = Herkes
service-demarches = Çevrimiçi işlemlerde yardım
service-quotidien = Bilgisayar veya telefon kullanmak
service-insertion = İş, CV, eğitim
service-securite = Dolandırıcılıktan korunmak
service-parentalite = Ebeveynlik ve ekranlar
service-loisirs = Hobi ve yaratıcılık
service-comprehension = Dijital dünyayı anlamak
service-accesmateriel = Yerinde bilgisayar ve internet
service-materielsolidaire = Uygun fiyatlı cihaz

## La page de confidentialité.
vie-privee-titre = Gizlilik ve ziyaretçi ölçümü
vie-privee-intro = Aiguillage adınızı, adresinizi veya bir hesap istemez. Ain’de dijital yardımın nerede eksik olduğunu bilmek için, kişiyle ilgili hiçbir şey saklamadan verdiği yönlendirmeleri sayar.
vie-privee-compte = Neler sayılır
vie-privee-compte-texte = Bir kişiye gösterilen her sonuç (bu sitede veya bir belediye masasında) günlük bir sayaca 1 ekler. Bu sayaç yalnızca şunları içerir:
vie-privee-jour = gün (saat asla);
vie-privee-besoin = yolculuğun listelerinden seçilen ihtiyaç ve ayrıntısı (örneğin “Resmî bir işlem yapmak: CAF”);
vie-privee-epci = seçilen belediyenin bölgesi (belediyenin kendisi asla);
vie-privee-niveau = bulunan en iyi yardım: belediyede, bölgede, yakında, tüm département için, uzaktan ya da hiçbiri;
vie-privee-mode = kullanım şekli: açık site veya belediye masası;
vie-privee-integration = yolculuğun yerleştirildiği ortak site, varsa (kısa adı; sayfası veya kişi asla).
vie-privee-fiche = Bir sonucun yazdırılan sayfası ikinci kez sayılmaz; aynı cihazdan on dakika içinde yeniden istenen aynı sonuç da sayılmaz: bunu tanımak için sunucu, yalnızca on dakika boyunca, bağlantı adresinin ve tarayıcı türünün bir parmak izini (anahtarlı bir karma) bellekte tutar, hiçbir zaman yazmaz. Kendini bildiren robotlar ve programlama arayüzü çağrıları sayılmaz. Çevrimdışı, telefonunuzun kendisinin hesapladığı yönlendirmeler sayılmaz: o zaman cihazınızdan hiçbir şey çıkmaz.
vie-privee-jamais = Asla saklanmayanlar
vie-privee-aucun-traceur = Herkese açık sayfalarda kimlik, çerez veya başka izleyici yok: cihazınıza hiçbir şey yazılmaz, cihazınızdan hiçbir şey okunmaz.
vie-privee-aucune-ip = IP adresi, tarayıcı türü, yazdığınız hiçbir metin saklanmaz (yazılan belediye adı onu bulmak için kullanılır, sonra unutulur).
vie-privee-base = Veritabanı başka bir şey saklayamaz: sayaç tablosunda yukarıdakilerden başka sütun yoktur ve bunu bir test doğrular.
vie-privee-bandeau = Neden hiçbir bant onayınızı istemiyor
vie-privee-bandeau-1 = Cihazınızda bilgi okumak veya yazmak için onay gerekir (çerezler, izleyiciler). Aiguillage saymak için hiçbirini kullanmaz: sayım, size yanıt verirken sunucuda yapılır.
vie-privee-bandeau-2 = Ayrıca CNIL’in (Fransız veri koruma kurumu) onaydan muaf ziyaretçi ölçümü için koyduğu koşullara uyar: yalnızca hizmetin kullanımını ölçer, yalnızca anonim istatistik üretir, bir kişiyi izlemeye izin vermez ve verileri başkalarıyla birleştirilmez, üçüncü kişilere aktarılmaz.
vie-privee-publie = Neler yayımlanır
vie-privee-publie-texte = Toplamlar göstergeler sayfasında ihtiyaca, bölgeye, aya ve bulunan en iyi yardıma göre yayımlanır. 1 ile 4 arası bir sayı “5’ten az” diye yazılır; böylece küçük bir değer kimseyi işaret edemez. Département koordinasyonu tam sayıları görür.
vie-privee-autres = Diğer veriler
vie-privee-signaler = “Hata bildir” hiçbir kişisel veri istemez: mesaj, adresiniz olmadan koordinasyon için saklanır.
vie-privee-proposition = “Bir yer önerin” ve “Bu benim kuruluşum” adınızı ve e-posta adresinizi ister: onları yalnızca il koordinasyonu size yanıt vermek için okur ve yanıtından 3 ay sonra silinir.
vie-privee-envois = Toplu gönderimleri önlemek için gönderilen bir formun (bildirim, giriş) bağlantı adresi birkaç dakika sayılır, sonra unutulur.
vie-privee-gestion = Yerler için yönetim alanı, giriş için kesinlikle gerekli bir oturum çerezi kullanır; yalnızca giriş yapanlara yerleştirilir ve çıkışta kaybolur.

## La déclaration d’accessibilité.
acc-titre = Erişilebilirlik beyanı
acc-engagement = Aiguillage hizmeti, 11 Şubat 2005 tarihli ve 2005-102 sayılı Fransız yasasının 47. maddesine uygun olarak sayfalarını erişilebilir kılmayı taahhüt eder.
acc-portee = Bu beyan Aiguillage sitesi için geçerlidir: herkese açık sayfalar (ana sayfa, yolculuk, sonuç, masa, rehberler, takvim, yer sayfaları, bildirim) ve yönetim alanı.
acc-etat = Uyum durumu
acc-partiel = Aiguillage kısmen uyumludur
acc-etat-texte = Fransız erişilebilirlik çerçevesi RGAA sürüm 4.1 ile: bağımsız bir kuruluş henüz tam bir denetim yapmadı; bu yüzden uyum oranı açıklanamaz.
acc-verifie = Neler, nasıl denetleniyor
acc-v1 = Koddaki her değişiklikte otomatik testler tüm herkese açık sayfaları, her yolculuğun her adımını ve yönetim sayfalarını, JavaScript açık ve kapalıyken, 320 ve 1.280 piksel genişlikte, axe-core ile (WCAG 2.2 A ve AA ölçütleri) gezer. Tek bir hata yayını durdurur.
acc-v2 = Yolculuklar yalnızca klavyeyle de test edilir: odak her yerde görünür, bir atlama bağlantısı içeriğe götürür, her yeni adımın başlığı odağı alır.
acc-v3 = Form hata mesajları alanlarına bağlıdır ve formun üstünde tekrarlanır.
acc-v4 = Çevrimdışı, cihazda hesaplanan adımlar ve sonuç aynı otomatik denetimlerden geçer.
acc-v5 = Sayfalar JavaScript olmadan çalışır; metin %200’e kadar büyütülebilir; cihazınızdan istediyseniz animasyonlar kaldırılır.
acc-v6 = Yolculuk kolay okunur Fransızca, İngilizce, Arapça (sağdan sola okunur, odak sırası okuma sırasını izler), Türkçe ve Ukraynaca olarak da aynı şekilde test edilir.
acc-environnement = Test ortamı: Chromium (Debian), axe-core 4.13, Playwright. Kullanılan teknolojiler: HTML5, CSS, JavaScript ve WebAssembly (isteğe bağlı: belediye otomatik tamamlama, konum, sayfayı yenilemeden adımlar arasında geçiş, çevrimdışı yolculuk).
acc-non-accessible = Erişilebilir olmayan içerik
acc-na1 = Sonucun QR kodu bir resimdir: içerdiği adres hemen altında açıkça yazılıdır.
acc-na2 = 2021-2022 verilerinden alınan çalışma saatleri eksik olabilir: “doğrulanmalı” olarak işaretlenir.
acc-etablissement = Bu beyanın hazırlanışı
acc-etablissement-texte = Bu beyan, yukarıda anlatılan otomatik testlere dayanarak 29 Kasım 2026’da hazırlandı.
acc-contact = Geri bildirim ve iletişim
acc-contact-texte = Bir içeriğe veya hizmete erişemiyorsanız, bunu Ain dijital kapsayıcılık koordinasyonuna bildirebilirsiniz; sizi erişilebilir bir alternatife yönlendirir. Her yer sayfasındaki “Hata bildir” bağlantısı mesajınızı kişisel veri olmadan iletir.
acc-recours = Başvuru yolları
acc-recours-texte = Bir içeriğe veya hizmete erişmenizi engelleyen bir erişilebilirlik sorununu bildirdiyseniz ve tatmin edici bir yanıt almadıysanız:
acc-r1 = Défenseur des droits’a (Fransız hak savunucusu) defenseurdesdroits.fr üzerindeki formla yazabilirsiniz;
acc-r2 = bölgenizdeki Défenseur des droits temsilcisine başvurabilirsiniz;
acc-r3 = pulsuz, ücretsiz bir mektup gönderebilirsiniz: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.

## Bir kayıttaki hatayı bildirme ve herkese açık bir formun retleri.
signaler-titre = Hata bildir
signaler-fiche = İlgili kayıt:
signaler-explication = Mesajınız, kaydı düzeltecek olan il koordinasyonuna gider. Kişisel bilgi vermeyin: size yanıt gönderilmeyecektir.
signaler-question = Yanlış olan ne?
signaler-sujet-adresse = Adres
signaler-sujet-horaires = Çalışma saatleri
signaler-sujet-contact = Telefon veya e-posta
signaler-sujet-offre = Sunulan hizmet
signaler-sujet-ferme = Yer kapandı
signaler-sujet-autre = Başka bir şey
signaler-message = Yanlış olan ve biliyorsanız doğrusu
signaler-langue = Fransızca veya kendi dilinizde yazabilirsiniz.
signaler-envoyer = Bildirimi gönder
signaler-annuler = Hiçbir şey göndermeden geri dön
signaler-erreur-sujet = Yanlış olanı seçin.
signaler-erreur-message = Hatayı birkaç kelimeyle açıklayın (en fazla 1.000 karakter).
signaler-erreur-expire = Formun süresi dolmuştu. Lütfen yeniden gönderin.
signaler-refus-titre = Bildirim gönderilmedi
signaler-refus-intro = Şu noktaları düzeltin, sonra yeniden gönderin:
signaler-sans-fiche = Bildirilecek kayıt belirtilmemiş (service=…).
signaler-envoye = Bildirim gönderildi
signaler-merci = Teşekkürler, bildiriminiz gönderildi
signaler-merci-texte = Koordinasyon kaydı kontrol edip düzeltecek.
signaler-retour = Geri
signaler-fiche-disparue = Bu kayıt artık yok. Hiçbir şey gönderilmedi.
signaler-echec = Bildirim gönderilemedi. Birkaç dakika sonra yeniden deneyin.
formulaire-refuse = Form reddedildi
formulaire-expire = Bu formun süresi doldu veya form Aiguillage’dan gönderilmedi. Hiçbir şey değiştirilmedi. Sayfayı yeniden yükleyip baştan başlayın.
formulaire-revenir = Forma geri dön
trop-tentatives = Çok fazla deneme
trop-tentatives-texte = Bağlantınızdan çok fazla deneme yapıldı. { $secondes } saniye bekleyin, sonra yeniden deneyin.

## « Être rappelé » (issue 27)
rappel-lien-titre = Yola çıkamıyor musunuz?
rappel-lien-texte = Numaranızı bırakın: size yakın bir kuruluş sizi geri arar.
rappel-lien = Geri aranmak istiyorum
rappel-titre = Geri aranmak istiyorum
rappel-pour = Konu: { $besoin }, { $commune }.
rappel-destinataire = Talebiniz { $nom } kuruluşuna gider. Biri sizi genellikle iki iş günü içinde arar.
rappel-destinataire-tel = Siz de arayabilirsiniz: { $telephone }.
rappel-prenom = Adınız
rappel-telephone = Telefon numaranız
rappel-courriel = Ya da e-posta adresiniz
rappel-contact-aide = Bir numara ya da e-posta adresi verin: yalnızca sizi geri aramak için kullanılır.
rappel-message = Sizi iyi arayabilmemize yardımcı olacaklar: günler, saatler, dil…
rappel-consentement = { $nom } kuruluşunun beni geri aramak için adımı, iletişim bilgimi ve mesajımı almasını kabul ediyorum.
rappel-consentement-guichet = Kişi, { $nom } kuruluşunun kendisini geri aramak için adını, iletişim bilgisini ve mesajını almasını kabul ediyor.
rappel-conservation = Bu bilgiler talep kapandıktan 3 ay sonra, en geç gönderildikten 6 ay sonra silinir. Alacağınız referansla daha önce sildirebilirsiniz.
rappel-envoyer = Talebimi gönder
rappel-annuler = Hiçbir şey göndermeden sonuca dön
rappel-refus-titre = Talep gönderilmedi
rappel-refus-intro = Bu noktaları düzeltin, sonra yeniden gönderin:
rappel-erreur-prenom = Adınızı harflerle yazın (en fazla 40).
rappel-erreur-contact = 10 haneli bir Fransız telefon numarası ya da bir e-posta adresi verin.
rappel-erreur-message = Mesajınız çok uzun: en fazla 500 karakter.
rappel-erreur-consentement = Talebinizin iletilmesini kabul etmek için kutuyu işaretleyin.
rappel-erreur-deja = Bugün bu ihtiyaç için zaten bir talep gönderdiniz: ulaştı.
rappel-erreur-expire = Formun süresi dolmuştu. Yeniden gönderin.
rappel-piege = Bu alanı doldurmayın
rappel-envoye-titre = Talep gönderildi
rappel-envoye = Talebiniz gönderildi
rappel-envoye-texte = Biri sizi geri arayacak. Referansınızı not edin: talebinizi silmek için gerekir.
rappel-reference = Referansınız:
rappel-supprimer-lien = Talebimi sil
rappel-supprimer-titre = Talebimi sil
rappel-supprimer-texte = Referansınızı ve talepte verdiğiniz numarayı ya da adresi girin. Adınız, iletişim bilginiz ve mesajınız silinir.
rappel-supprimer-reference = Referans, 8 harf ya da rakam
rappel-supprimer-contact = Verdiğiniz telefon numarası ya da e-posta adresi
rappel-supprimer-bouton = Talebimi sil
rappel-supprimer-introuvable = Bu referans ve iletişim bilgisiyle eşleşen bir talep yok. İkisini de kontrol edin.
rappel-supprimee = Talebiniz silindi
rappel-supprimee-texte = Adınız, iletişim bilginiz ve mesajınız silindi.
rappel-hors-ligne = Bağlantı olmadan talep gönderilemez. Bunun yerine yukarıdaki yerlerden birini arayın.
rappel-echec = Talep kaydedilemedi. Birkaç dakika sonra yeniden deneyin.
vie-privee-rappel-titre = Geri aranmak
vie-privee-rappel-1 = Geri aranmak isterseniz adınızı, numaranızı ya da e-posta adresinizi, mesajınızı, belediyenizi ve yanıtlarınızı saklarız. Tek bir amaca hizmet ederler: belediyeler birliğinizdeki bir kuruluşun sizi geri araması.
vie-privee-rappel-2 = Talebi yalnızca onu alan kuruluş ve il koordinasyonu okuyabilir, her okuma kaydedilir. Kuruluşa gönderilen e-posta ne adınızı ne de iletişim bilginizi içerir: kuruluş bunları imzalı bir bağlantının arkasında okur.
vie-privee-rappel-3 = Bu bilgiler talep kapandıktan 3 ay sonra, en geç gönderildikten 6 ay sonra silinir. Referansınızla daha önce sildirebilirsiniz. Açık verilerde, dışa aktarımlarda ve yalnızca sayı sayan göstergelerde asla yer almazlar.
champ-facultatif = isteğe bağlı

## Yerler haritası (issue 28).
lieux-titre = Yerler haritası
lieux-intro = Ain’de dijital konularda yardım eden yerler, ihtiyaca ve belediyeler birliğine göre. Her nokta yerin sayfasına götürür; haritanın altındaki liste aynı şeyi sözcüklerle söyler.
lieux-sources = Sınırlar: IGN GEOFLA 2016; belediyeler ve belediyeler birlikleri: idari bölünme (Etalab). Licence Ouverte 2.0.
lieux-choisir = Seçin
lieux-erreur-titre = Bu harita gösterilemedi
lieux-erreur-intro = Bu noktayı düzeltin, sonra yeniden gösterin:
lieux-besoin = İhtiyaç
lieux-epci = Belediyeler birliği
lieux-afficher = Göster
lieux-tous-besoins = Tüm ihtiyaçlar
lieux-tout-ain = Tüm Ain
lieux-selection = { $besoin }, { $zone }
lieux-nombre = { $selection }: { $n ->
    [one] 1 yer
   *[other] { $n } yer
}
lieux-passer-carte = Haritayı geçip listeye gidin
lieux-carte-nom = Yerler haritası, { $selection }
lieux-besoin-inconnu = Listeden bir ihtiyaç seçin.
lieux-epci-inconnue = Listeden bir belediyeler birliği seçin.
