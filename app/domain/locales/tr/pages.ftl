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
