## The interview: questions, why each is asked, choices and input hints.
## Official Chinese names appear beside the translation so people can match them to forms.

q-goal = Apa yang ingin Anda lakukan di Tiongkok?
q-goal-why = Kami hanya menanyakan jalur yang sesuai dengan rencana Anda.
choice-goal-work = Bekerja di sana
choice-goal-settle = Menetap (izin tinggal tetap)
choice-goal-both = Bekerja, lalu menetap
choice-goal-unsure = Belum yakin — tampilkan semua
q-age = Berapa usia Anda?
q-age-why = Izin kerja punya batas usia (18 sampai 60 untuk kategori B), dan usia juga memberi poin.
q-work-city = Di kota mana di Tiongkok daratan Anda akan bekerja (atau sedang bekerja)?
q-work-city-why = Ambang gaji adalah kelipatan upah rata-rata setempat, yang berbeda per kota.
choice-city-beijing = Beijing 北京
choice-city-shanghai = Shanghai 上海
choice-city-guangzhou = Guangzhou 广州
choice-city-shenzhen = Shenzhen 深圳
choice-city-changzhou = Changzhou 常州
choice-city-other = Kota lain
q-other-city-region = Di mana kota itu?
q-other-city-region-why = Pekerjaan di wilayah barat, timur laut, atau kawasan khusus yang ditetapkan mendapat tambahan 10 poin.
choice-region-west = Wilayah barat (mis. Chengdu)
choice-region-northeast = Basis industri lama timur laut
choice-region-special-area = Kawasan khusus atau miskin
choice-region-elsewhere = Di tempat lain (mis. Hangzhou)
choice-dont-know = Saya tidak tahu
q-other-city-average-wage = Berapa upah rata-rata tahunan di kota Anda, dalam yuan?
q-other-city-average-wage-why = Kami belum punya angka terkini untuk kota Anda, dan aturan gaji adalah kelipatannya. Biro sains dan teknologi setempat menerbitkannya (社会平均工资).
q-job-offer = Apakah Anda punya tawaran kerja dari pemberi kerja yang terdaftar di Tiongkok daratan?
q-job-offer-why = Setiap izin kerja diajukan oleh pemberi kerja di Tiongkok; tanpa pemberi kerja tidak ada izin.
q-annual-salary = Berapa gaji kotor tahunan yang dibayarkan (atau akan dibayarkan) pemberi kerja Anda di Tiongkok, dalam yuan?
q-annual-salary-why = Gaji memberi hingga 20 poin, dan 6 atau 4 kali upah rata-rata setempat dengan sendirinya memenuhi syarat kategori A atau B.
q-highest-degree = Apa kualifikasi tertinggi Anda?
q-highest-degree-why = Pendidikan memberi hingga 20 poin, dan gelar membuka beberapa jalur. Sertifikat vokasi internasional tingkat tertinggi dihitung setara doktor.
choice-degree-doctorate = Doktor atau yang setara
choice-degree-master = Magister
choice-degree-bachelor = Sarjana
choice-degree-below-bachelor = Di bawah sarjana
q-experience-years = Setelah lulus, berapa tahun pengalaman kerja yang terkait dengan pekerjaan ini yang Anda miliki?
q-experience-years-why = Kategori B biasanya membutuhkan 2 tahun, dan pengalaman memberi hingga 20 poin.
q-months-in-china = Berapa bulan dalam setahun Anda akan bekerja di Tiongkok?
q-months-in-china-why = Waktu bekerja di Tiongkok memberi hingga 15 poin.
choice-months-nine-plus = 9 bulan atau lebih
choice-months-six-to-nine = 6 sampai 9 bulan
choice-months-three-to-six = 3 sampai 6 bulan
choice-months-under-three = Kurang dari 3 bulan
q-chinese-level = Bagaimana tingkat bahasa Mandarin Anda? Pilih yang tertinggi yang berlaku.
q-chinese-level-why = Bahasa Mandarin memberi hingga 5 poin.
choice-chinese-hsk5-plus = HSK 5 atau lebih tinggi
choice-chinese-hsk4 = HSK 4
choice-chinese-hsk3 = HSK 3
choice-chinese-hsk2 = HSK 2
choice-chinese-hsk1 = HSK 1
choice-chinese-taught-in-chinese = Gelar berbahasa Mandarin
choice-chinese-former-citizen = Dulu warga negara Tiongkok
choice-chinese-none = Tidak satu pun
q-achievements =
    Apakah ada yang menggambarkan Anda? Ketuk semua yang berlaku, lalu Selesai.
    • Program talenta Tiongkok: terpilih dalam program tingkat nasional atau provinsi
    • Jabatan atas: di pemberi kerja besar, atau lektor kepala ke atas
    • Pendiri: dengan paten dan investasi besar yang stabil
q-achievements-why = Masing-masing dengan sendirinya memenuhi syarat kategori A (外国高端人才).
choice-achievement-talent-programme = Program talenta Tiongkok
choice-achievement-international-award = Penghargaan besar/akademi
choice-achievement-senior-post = Jabatan atas/lektor kepala
choice-achievement-postdoc = Pascadoktoral di kampus top
choice-achievement-founder-investor = Pendiri dengan paten
choice-none-of-these = Tidak satu pun
q-background =
    Mana yang berlaku untuk Anda? Ketuk semua yang berlaku, lalu Selesai.
    • Gelar sains/teknik: sains, teknologi, teknik, atau matematika
    • Sertifikat keahlian: sertifikat keahlian vokasi internasional
    • Lisensi mengajar: gelar kependidikan, lisensi mengajar, atau TEFL 120 jam
q-background-why = Memberi poin bonus dan membuka jalur kategori B dan visa K.
choice-background-top-university = Lulusan universitas top
choice-background-studied-in-china = Gelar dari kampus Tiongkok
choice-background-stem-degree = Gelar sains/teknik
choice-background-fortune500 = Kerja di Fortune Global 500
choice-background-patents = Paten atau HKI lain
choice-background-five-years-in-china = 5 tahun lebih di Tiongkok
choice-background-skill-certificate = Sertifikat keahlian intl.
choice-background-language-teacher = Akan mengajar bahasa ibu
choice-background-teaching-qualification = Lisensi mengajar/TEFL
q-clean-record = Bisakah Anda mendapatkan surat keterangan bebas catatan kriminal dari negara tempat Anda tinggal?
q-clean-record-why = Setiap izin dan izin tinggal tetap mensyaratkan tidak ada catatan kriminal.
q-medical-check = Apakah Anda memperkirakan lulus pemeriksaan kesehatan standar?
q-medical-check-why = Surat keterangan sehat diperlukan untuk izin kerja dan izin tinggal tetap.
q-job-kind = Apakah pekerjaan itu salah satu dari berikut ini?
q-job-kind-why = Kategori C (外国普通人员) hanya untuk pekerjaan berkuota ini (yang antarpemerintah termasuk magang; lainnya misalnya pekerja rumah tangga talenta kategori A); skor rendah saja tidak memenuhi syarat apa pun.
choice-job-short-term = Sementara, maks. 90 hari
choice-job-seasonal = Pekerjaan musiman
choice-job-intergovernmental = Perjanjian antarpemerintah
choice-job-other-quota = Pekerjaan berkuota lain
choice-job-none = Tidak satu pun
q-china-work-start = Kapan Anda mulai bekerja di Tiongkok dengan izin kerja? Ketik bulan dan tahunnya.
q-china-work-start-why = Jalur gaji dan pajak menuju izin tinggal tetap membutuhkan 4 tahun bekerja berturut-turut di Tiongkok.
choice-not-yet = Belum
q-days-in-china-each-year = Dalam setiap tahun dari 4 tahun terakhir, apakah Anda berada di Tiongkok paling sedikit 183 hari?
q-days-in-china-each-year-why = Jalur gaji dan pajak mensyaratkan Anda benar-benar tinggal di Tiongkok paling sedikit setengah tahun setiap tahun.
q-pr-lowest-salary = Selama 4 tahun terakhir, berapa gaji kotor tahunan terendah Anda di Tiongkok, dalam yuan?
q-pr-lowest-salary-why = Gaji harus mencapai 6 kali upah rata-rata setempat di setiap tahun dari 4 tahun.
q-pr-lowest-tax = Selama 4 tahun yang sama, berapa pajak penghasilan pribadi paling sedikit yang Anda bayar dalam satu tahun, dalam yuan?
q-pr-lowest-tax-why = Pajak yang dibayar setiap tahun harus mencapai 20% dari standar gaji. Bukti potong dari kantor pajak (完税证明) menunjukkannya.
q-employer-recommendation = Apakah pemberi kerja Anda saat ini akan menulis surat rekomendasi untuk permohonan Anda?
q-employer-recommendation-why = Jalur gaji dan pajak membutuhkan rekomendasi dari pemberi kerja Anda.
q-china-ties =
    Apakah ada yang berlaku untuk Anda? Ketuk semua yang berlaku, lalu Selesai.
    • Rekomendasi pemerintah: dari kementerian atau pemerintah provinsi
    • Jabatan senior: di Tiongkok, 4 tahun berturut-turut atau lebih
    • Pasangan: warga negara Tiongkok atau pemegang izin tinggal tetap di Tiongkok
    • 60 ke atas, ikut kerabat: kerabat langsung (orang tua, pasangan, anak) di Tiongkok
q-china-ties-why = Masing-masing membuka jalur berbeda menuju izin tinggal tetap (外国人永久居留).
choice-tie-chinese-origin = Etnis Tionghoa (外籍华人)
choice-tie-government-recommendation = Rekomendasi pemerintah
choice-tie-senior-post = Jabatan senior 4 tahun
choice-tie-investor = Investasi langsung
choice-tie-spouse = Pasangan WN Tiongkok/PR
choice-tie-parent = Di bawah 18, ikut orang tua
choice-tie-relatives = 60 ke atas, ikut kerabat
q-post-residence = Dalam 4 tahun itu, apakah Anda tinggal di Tiongkok paling sedikit 3 tahun secara total?
q-post-residence-why = Jalur pemegang jabatan senior membutuhkan 3 tahun tinggal dalam 4 tahun itu.
q-investment-usd = Berapa investasi langsung Anda di Tiongkok (modal disetor), dalam dolar AS?
q-investment-usd-why = Batas minimum bergantung pada lokasi dan sektor investasi Anda.
q-investment-region = Di mana atau di bidang apa Anda berinvestasi?
q-investment-region-why = Minimum US$500.000 di industri yang didorong (Katalog Investasi Asing) atau wilayah barat, US$1 juta di wilayah tengah, US$2 juta di tempat lain.
choice-investment-encouraged-sector = Industri yang didorong
choice-investment-west = Wilayah barat/kabupaten miskin
choice-investment-central = Wilayah tengah
choice-investment-elsewhere = Di tempat lain di Tiongkok
q-investment-stable = Apakah investasinya stabil selama 3 tahun berturut-turut, dengan catatan pajak yang baik?
q-investment-stable-why = Jalur investasi membutuhkan 3 tahun stabil dan catatan pajak yang baik.
q-marriage-years = Sudah berapa tahun Anda menikah?
q-marriage-years-why = Jalur pasangan membutuhkan 5 tahun pernikahan.
q-residence-years-in-china = Sudah berapa tahun berturut-turut Anda tinggal di Tiongkok?
q-residence-years-in-china-why = Jalur keluarga membutuhkan 5 tahun berturut-turut tinggal di Tiongkok.
q-nine-months-each-year = Apakah Anda tinggal di Tiongkok paling sedikit 9 bulan di setiap tahun itu?
q-nine-months-each-year-why = Jalur keluarga membutuhkan paling sedikit 9 bulan di Tiongkok setiap tahun.
q-stable-livelihood = Apakah Anda punya penghasilan tetap dan tempat tinggal di Tiongkok?
q-stable-livelihood-why = Jalur keluarga membutuhkan penghidupan dan tempat tinggal yang stabil.
q-no-relatives-abroad = Apakah semua kerabat langsung Anda (orang tua, pasangan, anak) tinggal di Tiongkok, tanpa ada yang tersisa di luar negeri?
q-no-relatives-abroad-why = Jalur untuk kerabat berusia 60 tahun ke atas mensyaratkannya.
hint-whole-number = Ketik bilangan bulat, misalnya 34.
hint-money = Ketik jumlah dalam yuan, misalnya 565.548 atau 56,5万 atau 565 ribu.
hint-money-usd = Ketik jumlah dalam dolar AS, misalnya 500.000 atau 0,5 juta.
hint-month-year = Misalnya 2021-03 atau Maret 2021.
