## The bot itself: greetings, commands, buttons, privacy.

bot-description = Saya memeriksa langkah demi langkah apakah Anda bisa mendapatkan izin kerja, visa, atau izin tinggal tetap di Tiongkok, dan menunjukkan aturan, angka, serta sumber di balik setiap jawaban. Ini panduan, bukan nasihat hukum.
bot-short-description = Bisakah Anda bekerja atau menetap di Tiongkok? Pemeriksaan per kriteria, lengkap dengan sumber.
start-greeting =
    Halo{ $name ->
        [none] { "" }
       *[other] , { $name }
    }! Saya akan mengajukan beberapa pertanyaan singkat — biasanya kurang dari 15 — lalu memberi tahu jalur mana untuk bekerja dan menetap di Tiongkok yang cocok untuk Anda: izin kerja A, B, atau C, visa Z, R, dan K, serta izin tinggal tetap. Untuk setiap kriteria, Anda akan melihat aturan, angka, dan sumbernya.
start-resume = Selamat datang kembali! Jawaban Anda tersimpan; mari lanjutkan dari bagian terakhir.
start-privacy-line = Jawaban Anda bersifat pribadi: saya tidak pernah memublikasikannya di grup dan tidak mencatatnya di log. /privacy menjelaskannya, /forget menghapusnya.
help-text =
    Saya memeriksa kelayakan Anda untuk bekerja dan menetap di Tiongkok, pertanyaan demi pertanyaan.
    Perintah:
    /start — mulai atau lanjutkan wawancara
    /back — kembali satu pertanyaan
    /answers — lihat dan ubah jawaban Anda
    /verdict — lihat hasilnya
    /date — periksa per tanggal lain
    /reminders — pengingat dan peringatan perubahan aturan Anda
    /language — ganti bahasa
    /restart — mulai lagi dari awal
    /mydata — unduh semua data yang saya simpan tentang Anda
    /forget — hapus semua data yang saya simpan tentang Anda
    /privacy — cara data Anda ditangani
privacy-text = Yang saya simpan: jawaban Anda, bahasa Anda, dari mana Anda datang (label nama grup atau kanal, bukan siapa Anda di sana), serta pengingat dan peringatan perubahan aturan yang Anda minta. Alasannya: agar Anda bisa berhenti lalu melanjutkan, mengubah jawaban nanti, dan menerima kabar dari saya pada hari yang Anda minta. Di mana: di basis data milik bot ini sendiri, terenkripsi, selama { $days } hari setelah pesan terakhir Anda, lalu dihapus otomatis; selama masih ada pengingat yang menunggu atau peringatan aktif, jawaban Anda disimpan sampai pengingat itu dikirim atau Anda membatalkannya (/reminders), karena jawaban itulah yang saya periksa lagi. Saya tidak pernah memublikasikan jawaban Anda di grup atau kanal dan tidak pernah mencatatnya di log. /mydata memberi Anda salinannya; /forget menghapus semuanya sekarang, termasuk pengingat dan peringatan.
command-start = Mulai atau lanjutkan pemeriksaan
command-help = Cara kerjanya
command-language = Ganti bahasa
command-back = Kembali satu pertanyaan
command-restart = Mulai lagi
command-answers = Lihat dan ubah jawaban Anda
command-verdict = Lihat hasil Anda
command-mydata = Unduh data Anda
command-forget = Hapus data Anda
command-privacy = Cara data Anda ditangani
button-back = ◀ Kembali
button-skip = Lewati
button-dont-know = Saya tidak tahu
button-done = ✔ Selesai
button-change-answer = ✏️ Ubah jawaban sebelumnya
choice-yes = Ya
choice-no = Tidak
question-progress = Pertanyaan { $number }
question-why = Mengapa kami bertanya: { $why }
answers-title = Jawaban Anda (ketuk salah satu untuk mengubahnya):
answers-empty = Anda belum menjawab apa pun. Kirim /start untuk memulai.
answer-unknown = Saya tidak tahu
answer-skipped = dilewati
answer-none-selected = tidak ada
language-prompt = Pilih bahasa Anda:
language-changed = Bahasa diubah ke bahasa Indonesia.
forget-confirm = Hapus semua jawaban dan pengaturan Anda? Tindakan ini tidak bisa dibatalkan.
forget-yes = Ya, hapus semuanya
forget-no = Tidak, simpan
forget-done = Selesai: semua data yang saya simpan tentang Anda telah dihapus.
forget-cancelled = Tidak ada yang dihapus.
mydata-caption = Semua data yang saya simpan tentang Anda, sebagai berkas JSON.
restart-done = Jawaban Anda telah dihapus. Mari mulai lagi.
language-native-name = Bahasa Indonesia
command-check = Mulai pemeriksaan pribadi Anda
command-routes = Jalur bekerja dan menetap di Tiongkok
command-threshold = Ambang gaji untuk sebuah kota
command-settings = Pengaturan grup (admin)
command-publish = Terbitkan pos pemeriksaan di kanal Anda
command-stats = Hitungan anonim (admin bot)
