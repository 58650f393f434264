## Words people type instead of pressing a button. Alternatives are separated by |; matching ignores
## case, accents and punctuation. These are never shown: they are how we read what a person types.

input-yes = ใช่ | ใช่ครับ | ใช่ค่ะ | ครับ | ค่ะ | คะ | มี | มีครับ | มีค่ะ | ได้ | แน่นอน | ถูกต้อง | yes
input-no = ไม่ | ไม่ใช่ | ไม่มี | ไม่ได้ | ไม่ครับ | ไม่ค่ะ | ยัง | ยังไม่ | no
input-dont-know = ไม่ทราบ | ไม่รู้ | ไม่แน่ใจ | ไม่ทราบครับ | ไม่ทราบค่ะ | ไม่รู้เหมือนกัน
