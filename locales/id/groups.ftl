## Groups, forum topics and channels. Nothing personal is ever posted here: the check happens in private.

group-intro =
    Halo semuanya! Saya memeriksa apakah seseorang bisa bekerja atau menetap di Tiongkok — izin kerja kategori A, B, dan C, visa Z, R, dan K, serta izin tinggal tetap — kriteria demi kriteria, lengkap dengan aturan dan sumber di balik setiap jawaban.
    Jawaban pribadi hanya dikumpulkan dalam obrolan pribadi dengan saya, tidak pernah di sini.
    /check — mulai pemeriksaan pribadi Anda
    /routes — jalur bekerja dan menetap di Tiongkok
    /threshold kota — ambang gaji untuk sebuah kota
    /settings — untuk admin grup
group-check-prompt = { $name }, ketuk tombol untuk memulai pemeriksaan dalam obrolan pribadi. Jawaban Anda hanya antara Anda dan saya.
group-check-button = 🔒 Mulai pemeriksaan pribadi
group-help =
    Di sini saya menjawab pertanyaan umum dan menjalankan pemeriksaan pribadi secara privat.
    /check — mulai pemeriksaan pribadi Anda
    /routes — jalur bekerja dan menetap di Tiongkok
    /threshold kota — ambang gaji untuk sebuah kota, misalnya /threshold Shanghai
    /settings — pengaturan grup (khusus admin)
group-button-not-yours = Tombol ini untuk orang lain. Kirim /check untuk mendapatkan tombol Anda sendiri.
group-came-from = Anda datang dari { $group }. Semua jawaban Anda di sini bersifat pribadi; grup tidak melihat apa pun.
routes-text =
    Jalur bekerja dan menetap di Tiongkok:
    • Izin kerja A (外国高端人才): program talenta, penghargaan besar, jabatan senior, gaji 6 kali rata-rata setempat, atau paling sedikit 85 poin.
    • Izin kerja B (外国专业人才): gelar sarjana dan pengalaman 2 tahun, gelar master yang baik dari Tiongkok atau luar negeri ternama, gaji 4 kali rata-rata setempat, atau paling sedikit 60 poin; usia maksimal 60 tahun.
    • Izin kerja C (外国普通人员): hanya pekerjaan berkuota (sementara, musiman, antarpemerintah).
    • Visa: Z setelah izin kerja; R untuk talenta kategori A; K untuk talenta muda sains dan teknologi (sejak Oktober 2025).
    • Izin tinggal tetap (永久居留): 4 tahun dengan gaji 6 kali rata-rata setempat dan pajak 20%; keturunan Tionghoa bergelar doktor; rekomendasi pemerintah; jabatan senior; investasi; keluarga.
    Kirim /check untuk jawaban Anda sendiri, secara pribadi.
threshold-usage = Sebutkan sebuah kota, misalnya: /threshold Beijing
threshold-title = Ambang gaji di { $city }, per { $date }
threshold-line-a = Izin kerja A (6 kali): { $amount } yuan per tahun
threshold-line-b = Izin kerja B (4 kali): { $amount } yuan per tahun
threshold-line-pr = Izin tinggal tetap (6 kali, di setiap tahun dari 4 tahun): { $amount } yuan per tahun, dengan pajak penghasilan paling sedikit { $tax } yuan
threshold-base = Berdasarkan upah rata-rata { $wage } yuan per tahun untuk { $year }, berlaku sejak { $date }. Sumber: { $source }.
threshold-unknown-city = Saya tidak punya angka untuk “{ $city }”. Kota yang saya kenal: { $cities }.
threshold-no-figure = Saya belum punya angka terkini untuk { $city }. Tanyakan kepada biro sains dan teknologi setempat “社会平均工资” yang dipakainya.
settings-title = Pengaturan grup
settings-language = Bahasa: { $language }
settings-public =
    Perintah publik (/routes, /threshold): { $state ->
        [on] aktif
       *[off] nonaktif
    }
settings-quiet =
    Mode senyap (tanpa sapaan, hanya membalas perintah): { $state ->
        [on] aktif
       *[off] nonaktif
    }
settings-toggle-public = Ubah perintah publik
settings-toggle-quiet = Ubah mode senyap
settings-choose-language = Pilih bahasa grup
settings-saved = Tersimpan.
settings-admins-only = Hanya admin grup yang bisa mengubah pengaturan ini.
channel-post-text = Bisakah Anda bekerja atau menetap di Tiongkok? Periksa dalam obrolan pribadi jalur mana yang cocok untuk Anda: izin kerja, visa, dan izin tinggal tetap, lengkap dengan aturan dan sumber setiap kriteria.
channel-post-button = Periksa kelayakan saya
channel-publish-usage = Untuk menerbitkan pos “Periksa kelayakan Anda” di kanal Anda, kirim: /publish @namakanal
channel-not-admin = Saya hanya bisa memposting di sana jika Anda admin kanal itu dan saya juga admin, dengan hak untuk memposting pesan.
channel-not-found = Saya tidak menemukan kanal itu. Tambahkan saya sebagai admin terlebih dahulu.
channel-published = Diterbitkan di { $channel }.
stats-title = Hitungan anonim
stats-started = Sesi dimulai: { $count }
stats-completed = Sesi selesai: { $count }
stats-by-source = Menurut sumber (dimulai / selesai):
stats-by-language = Menurut bahasa (dimulai / selesai):
stats-by-outcome = Selesai, menurut hasil terbaik:
stats-line = { $name }: { $started } / { $completed }
stats-outcome-line = { $outcome }: { $count }
stats-source-private = obrolan pribadi
stats-admins-only = Perintah ini untuk admin bot.
