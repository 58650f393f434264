## Answers we could not accept. The question stays as it was; nothing is saved.

error-empty = Silakan ketik jawaban.
error-not-a-number = Saya tidak bisa membacanya sebagai angka. { hint-whole-number }
error-number-not-whole = Silakan ketik bilangan bulat, tanpa desimal.
error-text-too-long = Itu terlalu panjang untuk sebuah jawaban. Silakan ketik angka atau tanggalnya saja.
error-date-invalid = Tanggal itu tidak ada. { hint-month-year }
error-date-format = Saya tidak bisa membacanya sebagai tanggal. { hint-month-year }
error-date-in-future = Tanggal itu ada di masa depan. Silakan ketik bulan dan tahun Anda mulai.
error-date-too-early = Silakan masukkan tanggal mulai tahun { $year }.
error-money-negative = Jumlah uang tidak boleh negatif. Silakan ketik jumlahnya dalam yuan.
error-money-absurd = Itu lebih dari { $max }. Silakan periksa jumlahnya.
error-money-too-small = Itu kurang dari { $min }. Silakan periksa jumlahnya.
error-number-below-min = Silakan ketik angka paling sedikit { $min }.
error-number-above-max = Silakan ketik angka paling banyak { $max }.
error-use-buttons = Silakan pilih salah satu tombol di bawah pertanyaan.
error-stale-button = Tombol itu milik pertanyaan sebelumnya. Ini pertanyaan yang sekarang.
error-verdict-not-ready = Hasilnya siap setelah Anda menjawab semua pertanyaan. Ini pertanyaan berikutnya.
error-unknown-language = Bahasa itu belum tersedia.
error-nothing-to-go-back-to = Ini pertanyaan pertama; tidak ada yang bisa dikembalikan.
error-interview-complete = Anda sudah menjawab semua pertanyaan. Kirim /verdict untuk melihat hasilnya atau /restart untuk memulai lagi.
error-unsupported-message = Di sini saya hanya bisa membaca teks dan tekanan tombol.
error-edited-message = Saya lihat Anda menyunting sebuah pesan. Suntingan tidak mengubah jawaban Anda: untuk mengubahnya, gunakan /answers.
error-generic = Maaf, terjadi kesalahan di pihak kami. Jawaban Anda aman; silakan coba lagi.
error-too-many-messages = Anda mengirim pesan lebih cepat daripada yang bisa saya jawab. Saya akan menjawab pesan yang sudah masuk; mohon tunggu balasan saya sebelum mengirim lagi.
