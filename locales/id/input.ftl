## Words people type instead of pressing a button. Alternatives are separated by |; matching ignores
## case, accents and punctuation. These are never shown: they are how we read what a person types.

input-yes = ya | y | iya | iyaa | betul | benar | tentu | tentu saja | sudah | ada | bisa | yes
input-no = tidak | tdk | gak | nggak | enggak | ngga | bukan | belum | tidak ada | no
input-dont-know = saya tidak tahu | tidak tahu | gak tahu | nggak tahu | ga tau | kurang tahu | tidak yakin
