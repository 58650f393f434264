## Evaluating the rules as of another date (to plan ahead, or to check how a past case was decided).

command-date = ตรวจสอบ ณ วันอื่น
date-usage = หากต้องการดูผลลัพธ์ ณ วันอื่น ให้ส่ง เช่น /date 2027-06-30 ส่ง /date today เพื่อกลับมาใช้วันนี้
date-set = ต่อจากนี้ผลลัพธ์ของคุณจะประเมิน ณ วันที่ { $date }
date-reset = ผลลัพธ์ของคุณกลับมาประเมิน ณ วันนี้แล้ว
