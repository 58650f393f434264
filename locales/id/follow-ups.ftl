## Pengingat dan peringatan perubahan aturan: ditawarkan bersama hasil, didaftar oleh /reminders, dikirim kemudian.

verdict-reminder-offer = ⏰ Dengan jawaban yang sama, pada { $date } Anda akan memenuhi syarat untuk: { $routes }. Saya bisa mengingatkan Anda pada hari itu.
button-remind-me = ⏰ Ingatkan saya hari itu
button-rule-alerts = 🔔 Aktifkan peringatan aturan
button-stop-alerts = 🔕 Hentikan peringatan
button-cancel-reminder = ✖ Batalkan pengingat { $number }

reminder-toast-set = Pengingat dipasang
reminder-set = ⏰ Selesai: pada { $date } saya akan memeriksa lagi jawaban Anda yang tersimpan dan memberi tahu hasilnya untuk { $routes }. /reminders menampilkan pengingat Anda dan bisa membatalkannya.
reminder-already-set = Anda sudah punya pengingat untuk hari itu.
reminder-out-of-date = Jawaban Anda telah berubah sejak hasil ini, jadi tanggal itu mungkin sudah tidak tepat: /verdict menampilkan hasil saat ini beserta pengingatnya.
reminder-cancelled = Pengingat dibatalkan
reminder-already-cancelled = Pengingat itu sudah dibatalkan
rule-alerts-toast-on = Peringatan aturan aktif
rule-alerts-on = 🔔 Selesai: jika suatu aturan atau angka yang dipublikasikan berubah sehingga hasil Anda berubah, saya akan memberi tahu apa yang berubah. /reminders menampilkannya dan memungkinkan Anda menghentikannya.
rule-alerts-already = Peringatan perubahan aturan sudah aktif.
rule-alerts-off = Peringatan perubahan aturan dihentikan
rule-alerts-already-off = Peringatan perubahan aturan sudah nonaktif

reminders-title = Pengingat dan peringatan Anda:
reminders-line = { $number }. ⏰ { $date }: { $routes }
reminders-alerts-line = 🔔 Peringatan perubahan aturan: aktif (yang dibandingkan adalah hasil Anda per { $date })
reminders-empty = Anda tidak punya pengingat atau peringatan. Setelah hasil Anda keluar, saya bisa menawarkan pengingat pada hari jawaban Anda memenuhi syarat suatu jalur, dan memberi tahu Anda saat perubahan aturan memengaruhi Anda.
reminders-kept = Semua ini disimpan bersama jawaban Anda sampai dikirim atau Anda membatalkannya; /forget menghapus semuanya.
reminders-route-gone = jalur yang sudah tidak ada

reminder-due-title = ⏰ Pengingat Anda untuk { $date }
reminder-due-met = ✅ Per { $date }, menurut jawaban Anda, Anda memenuhi syarat untuk: { $route }.
reminder-due-if-confirmed = 🟡 Per { $date }: { $route } — “Memenuhi syarat jika dikonfirmasi”: Anda memenuhi syarat jika poin yang masih terbuka dikonfirmasi.
reminder-due-not-met = ❌ Per { $date }, menurut jawaban Anda, Anda masih belum memenuhi syarat untuk: { $route }.
reminder-due-not-applicable = Per { $date }, { $route } tidak berlaku untuk jawaban Anda.
reminder-due-check = Ini hanya berlaku jika jawaban Anda masih benar. Periksa jawaban Anda (gaji, pajak, hari yang dihabiskan di Tiongkok, tanggal) dengan tombol di bawah, dan ketuk “Mengapa?” untuk setiap kriteria dan langkah berikutnya.

rule-change-title = 🔔 Perubahan aturan memengaruhi hasil Anda
rule-change-route = { $route }: { $before } → { $after }
rule-change-figure = { $parameter }: { $old } → { $new }, berlaku sejak { $date } (sumber: { $source })
rule-change-figure-stale = ⚠️ angka ini kini sudah melewati tanggal pembaruannya
rule-change-none = tidak ada
rule-change-rules = Aturan jalur ini berubah dalam data aturan bot.
rule-change-footer = Ini membandingkan jawaban Anda yang tersimpan, per { $date }, menurut aturan sebelum dan sesudah perubahan. Periksa apakah jawaban Anda masih berlaku.

command-reminders = Pengingat dan peringatan Anda
follow-up-more-questions = Kini ada pertanyaan tambahan untuk Anda (misalnya, setelah masa kerja mencapai empat tahun, gaji dan pajak selama tahun-tahun itu): kirim /start untuk menjawabnya dan melihat hasil lengkap Anda.
