## Evaluating the rules as of another date (to plan ahead, or to check how a past case was decided).

command-date = Periksa per tanggal lain
date-usage = Untuk melihat hasil per tanggal lain, kirim misalnya /date 2027-06-30. Kirim /date today untuk kembali ke hari ini.
date-set = Mulai sekarang hasil Anda dinilai per { $date }.
date-reset = Hasil Anda kembali dinilai per hari ini.
