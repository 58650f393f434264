## Answers we could not accept. The question stays as it was; nothing is saved.

error-empty = براہ کرم جواب ٹائپ کریں۔
error-not-a-number = میں اسے عدد کے طور پر نہیں پڑھ سکا۔ { hint-whole-number }
error-number-not-whole = براہ کرم اعشاریہ کے بغیر پورا عدد ٹائپ کریں۔
error-text-too-long = جواب کے لیے یہ بہت لمبا ہے۔ براہ کرم صرف عدد یا تاریخ ٹائپ کریں۔
error-date-invalid = ایسی کوئی تاریخ نہیں ہے۔ { hint-month-year }
error-date-format = میں اسے تاریخ کے طور پر نہیں پڑھ سکا۔ { hint-month-year }
error-date-in-future = یہ تاریخ مستقبل کی ہے۔ براہ کرم وہ مہینہ اور سال ٹائپ کریں جب آپ نے شروع کیا۔
error-date-too-early = براہ کرم { $year } یا اس کے بعد کی تاریخ دیں۔
error-money-negative = رقم منفی نہیں ہو سکتی۔ براہ کرم رقم یوآن میں ٹائپ کریں۔
error-money-absurd = یہ { $max } سے زیادہ ہے۔ براہ کرم رقم چیک کریں۔
error-money-too-small = یہ { $min } سے کم ہے۔ براہ کرم رقم چیک کریں۔
error-number-below-min = براہ کرم کم از کم { $min } کا عدد ٹائپ کریں۔
error-number-above-max = براہ کرم زیادہ سے زیادہ { $max } کا عدد ٹائپ کریں۔
error-use-buttons = براہ کرم سوال کے نیچے دیے گئے بٹنوں میں سے ایک منتخب کریں۔
error-stale-button = وہ بٹن پچھلے سوال کا ہے۔ یہ رہا موجودہ سوال۔
error-verdict-not-ready = سوالوں کے جواب دینے کے بعد نتیجہ تیار ہوگا۔ یہ رہا اگلا سوال۔
error-unknown-language = وہ زبان دستیاب نہیں ہے۔
error-nothing-to-go-back-to = یہ پہلا سوال ہے؛ پیچھے جانے کو کچھ نہیں۔
error-interview-complete = آپ نے تمام سوالوں کے جواب دے دیے ہیں۔ نتیجہ دیکھنے کے لیے /verdict یا دوبارہ شروع کرنے کے لیے /restart بھیجیں۔
error-unsupported-message = یہاں میں صرف متن اور بٹن دبانا پڑھ سکتا ہوں۔
error-edited-message = میں نے دیکھا کہ آپ نے ایک پیغام میں ترمیم کی۔ ترمیم سے آپ کے جوابات نہیں بدلتے: جواب بدلنے کے لیے /answers استعمال کریں۔
error-generic = معذرت، ہماری طرف سے کچھ خرابی ہو گئی۔ آپ کے جوابات محفوظ ہیں؛ براہ کرم دوبارہ کوشش کریں۔
error-too-many-messages = آپ میرے جواب دینے سے زیادہ تیزی سے پیغامات بھیج رہے ہیں۔ جو پیغامات مجھے مل چکے ہیں، میں ان کا جواب دوں گا؛ براہِ کرم مزید بھیجنے سے پہلے میرے جواب کا انتظار کریں۔
