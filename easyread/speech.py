"""Text for listening: turn easy-read page text into something a speech engine reads well.

Pure Python on purpose (no flask, sqlalchemy): the app calls ``speech_text`` and hands
the result to ``app.speech.engine``; ``split_for_speech`` cuts it into parts so the first
part can be made and played quickly.

Only English gets words put in (pounds, percent, month names, "for example"): for other
languages the digits and symbols are left for espeak-ng, which reads them in that language.
"""

from __future__ import annotations

import datetime as _dt
import re

__all__ = ["speech_text", "split_for_speech"]

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)

_END_PUNCT = ".!?:;…"

# --- markdown -------------------------------------------------------------------------------
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+•▪‣◦]|\u2013)\s+")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_RULE = re.compile(r"^\s*(?:[-*_=]\s*){3,}$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_URL = re.compile(r"\bhttps?://(?:www\.)?([^\s/?#<>\"']+)[^\s<>\"']*", re.IGNORECASE)
_WWW = re.compile(r"\bwww\.([^\s/?#<>\"']+)[^\s<>\"']*", re.IGNORECASE)
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
_CODE = re.compile(r"`+([^`]*)`+")

# --- phrases that only make sense when you see the page -----------------------------------
_VERB = r"(?:click|tap|press|select|follow|use|go\s+to)"
_TARGET = (
    r"(?:on\s+)?(?:here|this\s+link|the\s+link(?:\s+(?:below|above))?|this\s+button"
    r"|the\s+button(?:\s+(?:below|above))?|the\s+link\s+on\s+this\s+page)"
)
_CLICK_TO = re.compile(rf"\b(?:please\s+)?{_VERB}\s+{_TARGET}\s+to\s+", re.IGNORECASE)
_CLICK_TO_START = re.compile(
    rf"(^\s*|[.!?]\s+)(?:please\s+)?{_VERB}\s+{_TARGET}\s+to\s+(\w)", re.IGNORECASE
)
_CLICK = re.compile(rf"[,;:]?\s*\b(?:please\s+)?{_VERB}\s+{_TARGET}\b", re.IGNORECASE)
_NEW_TAB = re.compile(r"\s*\(?\bopens\s+in\s+(?:a\s+)?new\s+(?:tab|window)\b\)?", re.IGNORECASE)

# --- English only -------------------------------------------------------------------------
_DATE_DMY = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONEY = re.compile(
    r"£\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?"
    r"(?:\s?(million|billion|thousand|m|bn|k)\b)?",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?%")
_EG = re.compile(r"\b(?:e\.\s?g\.|eg\.)(?=[\s,:)]|$)|\beg,", re.IGNORECASE)
_IE = re.compile(r"\bi\.\s?e\.(?=[\s,:)]|$)", re.IGNORECASE)
_ETC = re.compile(r"\betc\.(?=\s+[a-z])|\betc\b\.?", re.IGNORECASE)
_AMP = re.compile(r"\s*&\s*")
_SLASH = re.compile(r"(?<=[^\W\d_])\s?/\s?(?=[^\W\d_])")

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+")


def _is_english(lang: str) -> bool:
    return (lang or "en").lower().replace("_", "-").split("-")[0] == "en"


def _date_words(day: int, month: int, year: int) -> str | None:
    try:
        _dt.date(year, month, day)
    except ValueError:
        return None
    return f"{day} {_MONTHS[month - 1]} {year}"


def _dmy(m: re.Match[str]) -> str:
    year = int(m.group(3))
    if len(m.group(3)) == 2:
        year += 2000
    return _date_words(int(m.group(1)), int(m.group(2)), year) or m.group(0)


def _iso(m: re.Match[str]) -> str:
    return _date_words(int(m.group(3)), int(m.group(2)), int(m.group(1))) or m.group(0)


def _money(m: re.Match[str]) -> str:
    pounds = int(m.group(1).replace(",", ""))
    pence_text = m.group(2)
    scale = (m.group(3) or "").lower()
    if scale:
        word = {"m": "million", "bn": "billion", "k": "thousand"}.get(scale, scale)
        amount = m.group(1).replace(",", "") + (f".{pence_text}" if pence_text else "")
        return f"{amount} {word} pounds"
    pence = int(pence_text.ljust(2, "0")) if pence_text else 0
    if pounds == 0 and pence:
        return f"{pence} pence" if pence != 1 else "1 penny"
    unit = "pound" if pounds == 1 else "pounds"
    return f"{pounds} {unit} {pence}" if pence else f"{pounds} {unit}"


def _english(text: str) -> str:
    text = _DATE_ISO.sub(_iso, text)
    text = _DATE_DMY.sub(_dmy, text)
    text = _MONEY.sub(_money, text)
    text = _PERCENT.sub(lambda m: f"{m.group(1)} percent", text)
    text = _EG.sub("for example", text)
    text = _IE.sub("that is", text)
    text = _ETC.sub("and so on", text)
    text = _AMP.sub(" and ", text)
    text = re.sub(r"\band\s?/\s?or\b", "and or", text, flags=re.IGNORECASE)
    text = _SLASH.sub(" or ", text)
    return text


def _inline(line: str) -> str:
    line = _IMAGE.sub(r"\1", line)
    line = _LINK.sub(r"\1", line)
    line = _URL.sub(lambda m: m.group(1).rstrip(".,;:"), line)
    line = _WWW.sub(lambda m: m.group(1).rstrip(".,;:"), line)
    line = _CODE.sub(r"\1", line)
    for _ in range(2):  # nested **_bold italic_**
        line = _EMPHASIS.sub(r"\2", line)
    line = _NEW_TAB.sub("", line)

    # "Click here to read more" -> "read more" (capitalised later); "To read more, click here." -> "To read more."
    line = _CLICK_TO_START.sub(lambda m: m.group(1) + m.group(2).upper(), line)
    line = _CLICK_TO.sub("", line)
    line = _CLICK.sub("", line)
    return line


def _tidy(line: str) -> str:
    line = re.sub(r"[ \t\u00a0]+", " ", line).strip()
    line = re.sub(r"\s+([.,;:!?])", r"\1", line)
    line = re.sub(r"([,;:])(?=[.!?])", "", line)  # "more, ." -> "more."
    line = re.sub(r"([.!?])[.]+", r"\1", line)
    line = re.sub(r"\(\s*\)", "", line)
    line = re.sub(r"^[,;:.\s]+", "", line)
    return line.strip()


def _end(line: str) -> str:
    if line and line[-1] not in _END_PUNCT and not line.endswith(('"', "”", ")")):
        return line + "."
    return line


def speech_text(text: str, lang: str = "en") -> str:
    """Return ``text`` as it should be read aloud.

    Markdown marks, links and "click here" phrases go; each heading, list item and
    paragraph ends with a full stop so the voice pauses. Paragraphs stay separated by a
    blank line, list items by a line break.
    """
    if not text:
        return ""
    english = _is_english(lang)
    paragraphs: list[list[str]] = [[]]
    # (line, is a unit of its own: heading or list item)
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not raw.strip() or _RULE.match(raw):
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        own = False
        heading = _HEADING.match(raw)
        if heading:
            raw, own = heading.group(1), True
        raw = _QUOTE.sub("", raw)
        if _BULLET.match(raw):
            raw, own = _BULLET.sub("", raw), True
        elif re.match(r"^\s*\d+[.)]\s+", raw):
            own = True
        line = _inline(raw)
        if english:
            line = _english(line)
        line = _tidy(line)
        if not line:
            continue
        current = paragraphs[-1]
        if heading:
            if current:
                paragraphs.append([])
            paragraphs[-1].append(_end(line))
            paragraphs.append([])
            continue
        if current and not own and not current[-1].endswith(tuple(_END_PUNCT)) and line[0].islower():
            current[-1] = f"{current[-1]} {line}"  # a hard-wrapped sentence continues
        else:
            if current:
                current[-1] = _end(current[-1])
            current.append(line)
    out = ["\n".join(_end(line) for line in p) for p in paragraphs if p]
    return "\n\n".join(out)


def _sentences(paragraph: str) -> list[str]:
    parts: list[str] = []
    for line in paragraph.split("\n"):
        pieces = [s.strip() for s in _SENTENCE_END.split(line) if s.strip()]
        for piece in pieces:
            if parts and re.fullmatch(r"\d+[.)]", parts[-1]):
                parts[-1] = f"{parts[-1]} {piece}"  # "1. Go" is a list number, not a sentence
            else:
                parts.append(piece)
    return parts


def _cut_long(sentence: str, max_words: int) -> list[str]:
    words = sentence.split()
    if len(words) <= max_words:
        return [sentence]
    # Prefer a break after a comma or semicolon, else cut at the word limit.
    out: list[str] = []
    current: list[str] = []
    for word in words:
        current.append(word)
        if len(current) >= max_words or (
            len(current) >= max_words // 2 and word.endswith((",", ";", ":", "–", "-"))
        ):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def split_for_speech(text: str, max_words: int = 60) -> list[str]:
    """Split speech text into parts of at most ``max_words`` words.

    Parts break at paragraph and sentence boundaries (a sentence longer than the limit
    is cut at a comma or at the limit). Short paragraphs are joined up to the limit, but
    the first part is kept small (about a third of the limit, at least one sentence) so
    it can be made and start playing quickly. No words are lost or reordered.
    """
    if max_words < 1:
        raise ValueError("max_words must be at least 1")
    first_limit = max(1, max_words // 3)
    parts: list[str] = []
    current: list[str] = []  # sentences
    current_words = 0

    def flush() -> None:
        nonlocal current, current_words
        if current:
            parts.append(" ".join(current).strip())
        current, current_words = [], 0

    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    for p_index, paragraph in enumerate(paragraphs):
        sentences: list[str] = []
        for s in _sentences(paragraph):
            sentences.extend(_cut_long(s, max_words))
        for s_index, sentence in enumerate(sentences):
            n = len(sentence.split())
            limit = first_limit if not parts else max_words
            if current and current_words + n > limit:
                flush()
            if current and s_index == 0 and p_index > 0:
                current[-1] += "\n\n"  # keep the paragraph pause inside a joined part
            current.append(sentence)
            current_words += n
            if not parts and current_words >= first_limit:
                flush()
    flush()
    return [re.sub(r" ?\n\n ?", "\n\n", p) for p in parts if p]
