"""What fuzzed people type: text in every script, emoji, invisible and control characters, huge texts,
numbers in many forms, and commands with odd arguments. Every function draws from the ``Random`` it is
given, so a seed gives the same texts."""

from __future__ import annotations

import random
import string

SCRIPTS: dict[str, str] = {
    "latin": string.ascii_letters + "àéîõüçñßøåÆŒ",
    "cyrillic": "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ",
    "cjk": "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴",  # noqa: E501
    "arabic": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي٠١٢٣٤٥٦٧٨٩",
    "devanagari": "अआइईउऊऋएऐओऔकखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसहािीुूेैोौं्०१२३४५६७८९",
    "thai": "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮะัาำิีึืุูเแโใไ่้๊๋๐๑๒๓๔๕๖๗๘๙",
}
EMOJI = ["🙂", "👍🏽", "🇨🇳", "👨‍👩‍👧‍👦", "🏳️‍🌈", "❤️", "🔥", "💰", "🐉", "1️⃣", "🀄", "🧧"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u202d", "\u061c", "\u180e"]
CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x1b", "\x7f", "\r", "\t", "\x0b", "\x0c", "\u0085", "\u2028", "\u2029"]
CITIES = ["Beijing", "北京", "shanghai", "Шанхай", "广州", "Shenzhen", "深圳市", "Changzhou", "Pékin", "بكين",
          "베이징", "ペキン", "Xi'an", "Chengdu", "Atlantis", "beijing   ", "BEIJING", "北 京"]
LANGUAGE_CODES = ["en", "ru", "zh-hans", "zh-hant", "zh", "ar", "es", "fr", "de", "pt-br", "ko", "ja", "hi", "th",
                  "xx", "EN", "en-GB", "i-klingon", ""]
COMMANDS = ["start", "help", "language", "back", "restart", "answers", "verdict", "date", "mydata", "forget",
            "privacy", "check", "publish", "stats", "routes", "threshold", "settings", "unknowncommand", "START",
            "Start", "a" * 32]


def word(rng: random.Random, script: str | None = None, length: int | None = None) -> str:
    alphabet = SCRIPTS[script or rng.choice(list(SCRIPTS))]
    return "".join(rng.choice(alphabet) for _ in range(length or rng.randint(1, 12)))


def number_forms(rng: random.Random, value: int | None = None) -> str:
    """A number as people write it: grouped, in words of Chinese units, Arabic-Indic or full-width digits,
    negative, huge, decimal, scientific..."""
    n = value if value is not None else rng.choice([0, 1, 7, 42, 99, 100, 2020, 65_000, 612_345, 10**9, 10**30])
    forms = [
        str(n), f"{n:,}", f"{n:_}", f"{n:,}".replace(",", " "), f"{n:,}".replace(",", "."), f"-{n}", f"{n}.5",
        f"{n / 10_000:g}万", f"{n // 1000}k", f"{n}元", f"¥{n}", f"{n} yuan", f"${n}", f"{n}e3", f"0x{n:x}",
        str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")),
        str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
        str(n).translate(str.maketrans("0123456789", "०१२३४५६७८९")),
        f"{n}\u200b", f" {n} ", "½", "Ⅻ", "NaN", "inf", "-0", "1/0", "9" * 400,
    ]
    return rng.choice(forms)


def junk_text(rng: random.Random) -> str:
    """Anything at all, from one character to past Telegram's 4,096."""
    kind = rng.randrange(10)
    if kind == 0:
        return number_forms(rng)
    if kind == 1:
        return rng.choice(EMOJI) * rng.randint(1, 30)
    if kind == 2:  # invisible and control characters around real words
        parts = [rng.choice(INVISIBLE + CONTROL) if rng.random() < 0.5 else word(rng) for _ in range(rng.randint(1, 8))]
        return "".join(parts) or "\u200b"
    if kind == 3:  # 4,096 characters and more (Telegram splits at 4,096; a forged update need not)
        return word(rng, length=rng.choice([4095, 4096, 4097, 9000]))
    if kind == 4:
        return rng.choice(CITIES)
    if kind == 5:
        return rng.choice(["yes", "No", "да", "是", "نعم", "don't know", "Work, then settle", "Doctorate", "✔ Done",
                           "Question 3", "<b>bold</b>", "&amp;", "<script>", "@china_check_bot", "#1", "#99"])
    if kind == 6:
        return f"{rng.randint(1900, 2100)}-{rng.randint(0, 13):02d}-{rng.randint(0, 32):02d}"
    words = [word(rng) for _ in range(rng.randint(1, 6))]
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words) + 1), rng.choice(EMOJI))
    return " ".join(words)


def command_text(rng: random.Random, *, bot_username: str) -> str:
    """A command with odd arguments, sometimes addressed to us or to another bot."""
    name = rng.choice(COMMANDS)
    args = rng.choice([
        "", "", "9999-99-99", "2021-02-29", "0000-01-01", "today", "-", "2027-06-30", "2003-12-31", "1999-01-01",
        "x" * rng.choice([63, 64, 65, 200]), "g-1001000000001", "c-100123", "g" + "9" * 30, "🙂" * 5,
        rng.choice(CITIES), number_forms(rng), junk_text(rng)[:300], "@somechannel", "-1001000000001",
        "a b c", "\u200b", "\n\n",
    ])
    suffix = rng.choice(["", "", "", f"@{bot_username}", "@other_bot", f"@{bot_username.upper()}"])
    return f"/{name}{suffix}" + (f" {args}" if args else "")
