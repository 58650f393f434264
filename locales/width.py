"""How wide a text is on a phone, in display columns: what a button label's limit is measured in.

East Asian wide and full-width characters (Chinese, Japanese, Korean, most emoji) take two columns;
combining marks (Thai vowels and tone marks, Devanagari and Arabic vowel signs), variation selectors,
joiners and bidirectional marks take none; everything else takes one.
"""

from __future__ import annotations

import unicodedata

_ZERO_WIDTH_CATEGORIES = frozenset({"Mn", "Me", "Cf"})


def display_width(text: str) -> int:
    width = 0
    for char in text:
        if unicodedata.category(char) in _ZERO_WIDTH_CATEGORIES or "\ufe00" <= char <= "\ufe0f":
            continue
        width += 2 if unicodedata.east_asian_width(char) in {"W", "F"} else 1
    return width
