## Words people type instead of pressing a button. Alternatives are separated by |; matching ignores
## case, accents and punctuation. These are never shown: they are how we read what a person types.

input-yes = ہاں | جی | جی ہاں | ہاں جی | بالکل | ضرور | درست | ٹھیک ہے | haan | han | ji | yes
input-no = نہیں | جی نہیں | نا | بالکل نہیں | nahi | nahin | no
input-dont-know = مجھے نہیں معلوم | نہیں معلوم | معلوم نہیں | پتا نہیں | پتہ نہیں | یقین نہیں | pata nahi
