## Evaluating the rules as of another date (to plan ahead, or to check how a past case was decided).

command-date = کسی اور تاریخ کے مطابق جانچیں
date-usage = کسی اور تاریخ کے مطابق نتیجہ دیکھنے کے لیے، مثال کے طور پر /date 2027-06-30 بھیجیں۔ آج پر واپس آنے کے لیے /date today بھیجیں۔
date-set = اب سے آپ کا نتیجہ { $date } کے مطابق جانچا جائے گا۔
date-reset = آپ کا نتیجہ دوبارہ آج کے مطابق جانچا جا رہا ہے۔
