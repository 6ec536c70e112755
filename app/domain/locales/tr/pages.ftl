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
vie-privee-compte-texte = Gösterilen her sonuç (bu sitede, bir belediye masasında veya programlama arayüzünde) günlük bir sayaca 1 ekler. Bu sayaç yalnızca şunları içerir:
vie-privee-jour = gün (saat asla);
vie-privee-besoin = yolculuğun listelerinden seçilen ihtiyaç ve ayrıntısı (örneğin “Resmî bir işlem yapmak: CAF”);
vie-privee-epci = seçilen belediyenin bölgesi (belediyenin kendisi asla);
vie-privee-niveau = bulunan en iyi yardım: belediyede, bölgede, yakında, tüm département için, uzaktan ya da hiçbiri;
vie-privee-mode = kullanım şekli: açık site veya belediye masası.
vie-privee-fiche = Bir sonucun yazdırılan sayfası ikinci kez sayılmaz. Çevrimdışı, telefonunuzun kendisinin hesapladığı yönlendirmeler sayılmaz: o zaman cihazınızdan hiçbir şey çıkmaz.
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
vie-privee-envois = Toplu gönderimleri önlemek için gönderilen bir formun (bildirim, giriş) bağlantı adresi birkaç dakika sayılır, sonra unutulur.
vie-privee-gestion = Yerler için yönetim alanı, giriş için kesinlikle gerekli bir oturum çerezi kullanır; yalnızca giriş yapanlara yerleştirilir ve çıkışta kaybolur.
