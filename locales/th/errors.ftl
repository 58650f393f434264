## Answers we could not accept. The question stays as it was; nothing is saved.

error-empty = โปรดพิมพ์คำตอบ
error-not-a-number = ฉันอ่านข้อความนั้นเป็นตัวเลขไม่ได้ { hint-whole-number }
error-number-not-whole = โปรดพิมพ์จำนวนเต็ม ไม่มีทศนิยม
error-text-too-long = คำตอบยาวเกินไป โปรดพิมพ์เฉพาะตัวเลขหรือวันที่
error-date-invalid = ไม่มีวันที่นั้นอยู่จริง { hint-month-year }
error-date-format = ฉันอ่านข้อความนั้นเป็นวันที่ไม่ได้ { hint-month-year }
error-date-in-future = วันที่นั้นอยู่ในอนาคต โปรดพิมพ์เดือนและปีที่คุณเริ่ม
error-date-too-early = โปรดระบุวันที่ตั้งแต่ปี { $year } เป็นต้นไป
error-money-negative = จำนวนเงินติดลบไม่ได้ โปรดพิมพ์จำนวนเงินเป็นหยวน
error-money-absurd = จำนวนนี้มากกว่า { $max } โปรดตรวจสอบจำนวนเงิน
error-money-too-small = จำนวนนี้น้อยกว่า { $min } โปรดตรวจสอบจำนวนเงิน
error-number-below-min = โปรดพิมพ์ตัวเลขอย่างน้อย { $min }
error-number-above-max = โปรดพิมพ์ตัวเลขไม่เกิน { $max }
error-use-buttons = โปรดเลือกปุ่มใดปุ่มหนึ่งใต้คำถาม
error-stale-button = ปุ่มนั้นเป็นของคำถามก่อนหน้า นี่คือคำถามปัจจุบัน
error-verdict-not-ready = ผลลัพธ์จะพร้อมเมื่อคุณตอบคำถามครบ นี่คือคำถามถัดไป
error-unknown-language = ยังไม่มีภาษานั้น
error-nothing-to-go-back-to = นี่คือคำถามแรก ไม่มีคำถามให้ย้อนกลับ
error-interview-complete = คุณตอบคำถามครบแล้ว ส่ง /verdict เพื่อดูผลลัพธ์ หรือ /restart เพื่อเริ่มใหม่
error-unsupported-message = ที่นี่ฉันอ่านได้เฉพาะข้อความและการกดปุ่มเท่านั้น
error-edited-message = ฉันเห็นว่าคุณแก้ไขข้อความ การแก้ไขไม่เปลี่ยนคำตอบ หากต้องการแก้คำตอบ ให้ใช้ /answers
error-generic = ขออภัย เกิดข้อผิดพลาดที่ฝั่งเรา คำตอบของคุณยังปลอดภัย โปรดลองอีกครั้ง
error-too-many-messages = คุณส่งข้อความเร็วกว่าที่ฉันจะตอบทัน ฉันจะตอบข้อความที่ได้รับแล้วก่อน โปรดรอคำตอบของฉันก่อนส่งข้อความเพิ่ม
