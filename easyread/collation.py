"""Alphabetical order as each language's readers expect it.

Python's default order puts "ł" after "z" and "ch" between "ce" and "ci". Each language here
has its alphabet, in order, with its digraphs (Welsh "ch", "ll") and its own letters (Polish
"ą", Urdu "ٹ"). Accents that are not letters of their own are ignored, as in a dictionary.
Letters outside the alphabet sort after it, by code point. No tailoring data is downloaded.
"""
from __future__ import annotations

import unicodedata

_LATIN = "a b c d e f g h i j k l m n o p q r s t u v w x y z"

# Each alphabet in its order, letters separated by spaces.
ALPHABETS: dict[str, str] = {
    "en": _LATIN,
    "cy": "a b c ch d dd e f ff g ng h i j l ll m n o p ph r rh s t th u w y",
    "pl": "a ą b c ć d e ę f g h i j k l ł m n ń o ó p q r s ś t u v w x y z ź ż",
    "ro": "a ă â b c d e f g h i î j k l m n o p q r s ș t ț u v w x y z",
    "ur": "ا آ ب پ ت ٹ ث ج چ ح خ د ڈ ذ ر ڑ ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن ں و ہ ھ ء ی ے",
    "ar": "ا أ إ آ ب ت ة ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه و ي ى",
    # Gurmukhi and Bengali: Unicode already holds them in their traditional order.
}
# Letters written more than one way that readers file together.
_SAME = {"ur": {"ي": "ی", "ك": "ک", "ه": "ہ", "ۀ": "ہ", "ئ": "ی"},
         "ar": {"ی": "ي", "ک": "ك"}}


def _letters(lang: str) -> list[str]:
    return ALPHABETS.get(lang, "").split()


def _strip_marks(text: str, keep: set[str]) -> str:
    """Lower case, accents gone unless the accented letter is a letter of this alphabet."""
    out = []
    for ch in unicodedata.normalize("NFC", text.casefold()):
        if ch in keep:
            out.append(ch)
        else:
            out.extend(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    return "".join(out)


def _split(text: str, lang: str) -> list[str]:
    """The text as this language's letters: "llan" in Welsh is ["ll", "a", "n"]."""
    letters = _letters(lang)
    digraphs = sorted((l for l in letters if len(l) > 1), key=len, reverse=True)
    same = _SAME.get(lang, {})
    text = "".join(same.get(ch, ch) for ch in text)
    text = _strip_marks(text, {l for l in letters if len(l) == 1 and not l.isascii()})
    out, i = [], 0
    while i < len(text):
        for d in digraphs:
            if text.startswith(d, i):
                out.append(d)
                i += len(d)
                break
        else:
            out.append(text[i])
            i += 1
    return out


def sort_key(text: str, lang: str = "en") -> tuple:
    """A key for sorted(): alphabet letters by their place, anything else after, by code point."""
    order = {letter: n for n, letter in enumerate(_letters(lang))}
    size = len(order)
    key = []
    for letter in _split(text.strip(), lang):
        if not letter.strip() or unicodedata.category(letter[0])[0] in "PZ":
            continue  # spaces and punctuation do not change the order
        key.append(order[letter] if letter in order else size + ord(letter[0]))
    return tuple(key)


def initial(text: str, lang: str = "en") -> str:
    """The heading a word files under: "Ll" for Welsh "llety", "Ł" for Polish "łóżko"."""
    for letter in _split(text.strip(), lang):
        if letter.strip() and unicodedata.category(letter[0])[0] not in "PZ":
            return letter[:1].upper() + letter[1:]
    return "#"


def alphabet(lang: str) -> list[str]:
    """Every heading of the language's A to Z, in order (empty when we have no alphabet)."""
    return [letter[:1].upper() + letter[1:] for letter in _letters(lang)]
