## Words people type instead of pressing a button. Alternatives are separated by |; matching ignores
## case, accents and punctuation. These are never shown: they are how we read what a person types.

input-yes = có | co | ừ | u | vâng | vang | dạ | da | đúng | dung | đúng vậy | tất nhiên | chắc chắn | yes
input-no = không | khong | ko | k | chưa | chua | không có | không phải | no
input-dont-know = tôi không biết | toi khong biet | không biết | khong biet | không rõ | khong ro | chưa rõ | không chắc
