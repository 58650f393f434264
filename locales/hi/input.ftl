## Words people type instead of pressing a button. Alternatives are separated by |; matching ignores
## case, accents and punctuation. These are never shown: they are how we read what a person types.

input-yes = हाँ | हां | जी | जी हाँ | जी हां | हाँ जी | बिल्कुल | ज़रूर | सही | है | haan | ha | yes
input-no = नहीं | नही | ना | जी नहीं | बिल्कुल नहीं | nahi | no
input-dont-know = मुझे नहीं पता | नहीं पता | पता नहीं | मालूम नहीं | पक्का नहीं | pata nahi
