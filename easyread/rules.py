"""The checker's rules. Each returns Findings with spans into the original text.

Levels: ``easy`` (easy read) and ``plain`` (plain English). Rules that depend on
English words run only for English; the others run for every language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from . import lexicon, numbers
from .findings import Finding
from .jargon import JargonMatcher
from .matching import match_case
from .passive import find_passives
from .splitting import Document, Unit
from .syllables import in_dictionary, syllables


@dataclass(frozen=True, slots=True)
class Level:
    name: str
    max_sentence_words: int
    max_paragraph_sentences: int
    one_idea_min_words: int  # flag joined clauses in sentences at least this long
    one_idea_min_joins: int
    contractions: bool  # flag contractions as abbreviations


LEVELS: dict[str, Level] = {
    "easy": Level("easy", 15, 3, 10, 1, True),
    "plain": Level("plain", 25, 3, 20, 2, False),
}
ADDRESS_READER_MIN_WORDS = 100
HARD_WORD_SYLLABLES = 3

RULE_IDS = (
    "long-sentence", "one-idea", "long-paragraph", "hard-word", "jargon", "simpler-word",
    "hidden-verb", "passive-voice", "number-as-word", "percentage", "big-number",
    "abbreviation", "all-caps", "complex-punctuation", "metaphor", "shall", "date-format",
    "address-reader",
)
ENGLISH_ONLY = frozenset(
    {"one-idea", "hard-word", "simpler-word", "hidden-verb", "passive-voice",
     "number-as-word", "metaphor", "shall", "address-reader"}
)


# --- structure ---------------------------------------------------------------

def long_sentences(doc: Document, level: Level) -> Iterator[Finding]:
    for u in doc.sentences:
        n = len(u.words)
        if n > level.max_sentence_words:
            yield Finding("long-sentence", u.start, u.end, u.text, None,
                          {"words": n, "limit": level.max_sentence_words})


_JOIN_RE = re.compile(
    r";|,\s*(?:and|but|so|or)\b|\b(?:which|but|whereas|although|though|while|whilst)\b"
    r"|\band\s+(?=(?:i|you|we|they|he|she|it|this|that|there|then|also)\b)",
    re.IGNORECASE,
)


def one_idea(doc: Document, level: Level) -> Iterator[Finding]:
    for u in doc.sentences:
        if len(u.words) < level.one_idea_min_words:
            continue
        joins = len(_JOIN_RE.findall(u.text))
        if joins >= level.one_idea_min_joins:
            yield Finding("one-idea", u.start, u.end, u.text, None, {"joins": joins})


def long_paragraphs(doc: Document, level: Level) -> Iterator[Finding]:
    for p in doc.paragraphs:
        if p.kind != "prose":
            continue
        n = len(p.units)
        if n > level.max_paragraph_sentences:
            yield Finding("long-paragraph", p.start, p.end, doc.text[p.start : p.end], None,
                          {"sentences": n, "limit": level.max_paragraph_sentences})


# --- words -------------------------------------------------------------------

def phrase_rule(rule: str, plist: lexicon.PhraseList, text: str) -> Iterator[Finding]:
    for m in plist.regex.finditer(text):
        hit = plist.suggestion(m.group())
        if hit is None:
            continue
        _base, sugg = hit
        yield Finding(rule, m.start(), m.end(), m.group(), match_case(m.group(), sugg) if sugg else None)


def jargon(text: str, matcher: JargonMatcher | None) -> Iterator[Finding]:
    if not matcher:
        return
    for slug, s, e, t in matcher.find(text):
        yield Finding("jargon", s, e, t, None, {"slug": slug})


def _covered(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    # spans is short per document; linear scan with early exit is fine after sorting
    for a, b in spans:
        if a >= e:
            return False
        if b > s:
            return True
    return False


def hard_words(doc: Document, skip: list[tuple[int, int]]) -> Iterator[Finding]:
    everyday = lexicon.everyday()
    alts = lexicon.single_word_alternatives()
    skip = sorted(skip)
    idx = 0
    for u in doc.units:
        for i, w in enumerate(u.words):
            t = w.text
            if len(t) < 5 or not t[0].isalpha() or not t.isascii():
                continue
            if t.isupper() or (t[0].isupper() and (i > 0 or _next_capitalised(u.words, i))):
                continue  # acronyms and names ("National Institute" at a sentence start too)
            low = t.lower().replace("’", "'")
            if low.endswith("'s"):
                low = low[:-2]
            if low in everyday or _everyday_base(low, everyday):
                continue
            n = syllables(low)
            if n < HARD_WORD_SYLLABLES:
                continue
            while idx < len(skip) and skip[idx][1] <= w.start:
                idx += 1
            if idx < len(skip) and skip[idx][0] < w.end:
                continue
            sugg = alts.get(low)
            yield Finding("hard-word", w.start, w.end, t, match_case(t, sugg) if sugg else None,
                          {"syllables": n})


def _next_capitalised(words: list, i: int) -> bool:
    return i + 1 < len(words) and words[i + 1].text[:1].isupper()


_NAME_CONTEXT_RE = re.compile(r"[A-Z][\w’'-]*\s+$")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:\n]\s*|^\s*[-*•]\s*|[\"“(]\s*)$")


def is_name(text: str, start: int, end: int) -> bool:
    """True when the capitalised word at text[start:end] is part of a name: not at the
    start of a sentence, or beside another capitalised word ("National Institute")."""
    word = text[start:end]
    if not word[:1].isupper() or word.isupper():
        return False
    before = text[max(0, start - 40) : start]
    if not _SENTENCE_START_RE.search(before):
        return True  # capitalised inside a sentence
    if _NAME_CONTEXT_RE.search(before) and not before.rstrip().endswith((".", "!", "?", ":")):
        return True
    nxt = re.match(r"\s+(?:(?:of|for|and|the|in|on)\s+)*([A-Z])", text[end : end + 40])
    return nxt is not None


def _everyday_base(low: str, everyday: frozenset[str]) -> bool:
    for suffix in ("s", "es", "ed", "d", "ing", "ly"):
        if low.endswith(suffix) and low[: -len(suffix)] in everyday:
            return True
    return False


def passive(doc: Document) -> Iterator[Finding]:
    text = doc.text
    for u in doc.units:
        for s, e, part in find_passives(text, u.start, u.end):
            yield Finding("passive-voice", s, e, text[s:e], None, {"participle": part})


# --- abbreviations, capitals, punctuation ----------------------------------------

_LATIN = {"e.g.": "for example", "eg": "for example", "i.e.": "that is", "ie": "that is",
          "etc.": "and so on", "etc": "and so on", "n.b.": "note", "nb": "note",
          "approx.": "about", "approx": "about", "vs": "or", "vs.": "or", "viz.": "namely"}
_LATIN_RE = re.compile(r"(?<![\w.])(?:e\.g\.|i\.e\.|etc\.?|n\.b\.|approx\.?|viz\.|eg|ie|vs\.?)(?![\w])",
                       re.IGNORECASE)
_CONTRACTIONS = {
    "don't": "do not", "doesn't": "does not", "didn't": "did not", "can't": "cannot",
    "won't": "will not", "wouldn't": "would not", "shouldn't": "should not",
    "couldn't": "could not", "isn't": "is not", "aren't": "are not", "wasn't": "was not",
    "weren't": "were not", "haven't": "have not", "hasn't": "has not", "hadn't": "had not",
    "it's": "it is", "that's": "that is", "there's": "there is", "what's": "what is",
    "we're": "we are", "you're": "you are", "they're": "they are", "i'm": "I am",
    "we'll": "we will", "you'll": "you will", "they'll": "they will", "i'll": "I will",
    "it'll": "it will", "we've": "we have", "you've": "you have", "they've": "they have",
    "i've": "I have", "we'd": "we would", "you'd": "you would", "i'd": "I would",
    "let's": "let us", "he's": "he is", "she's": "she is", "mustn't": "must not",
}
_CONTRACTION_RE = re.compile(
    r"(?<![\w'’])(?:" + "|".join(re.escape(c).replace("'", "['’]") for c in
                                 sorted(_CONTRACTIONS, key=len, reverse=True)) + r")(?![\w])",
    re.IGNORECASE,
)
_CAPS_RUN_RE = re.compile(r"\b[A-Z][A-Z0-9'’&]*[A-Z](?:s\b|\b)(?:[\s,!:]+\b[A-Z][A-Z0-9'’&]*[A-Z]?\b)*")
_CAPS_WORD_RE = re.compile(r"[A-Z][A-Z0-9'’&]*[A-Z]s?|[A-Z]")
KNOWN_ACRONYMS = frozenset(
    "NHS GP GPS CQC NICE DWP PIP ESA DLA UK BSL ID PA PAS OT NI ICB ICS LPA DBS MP MPS "
    "SEND EHCP CHC DOLS LPS DNR DNACPR A&E OK TV "
    "AIDS HIV PALS ADASS LGA SCIE COVID ACAS CAB DHSC UKHSA ONS SEN ADHD ASD PTSD MND CPN "
    "CMHT AMHP IMCA IMHA NRPF EU ESOL UC JSA HMRC DVLA RNIB RNID MIND SCOPE".split()
)


def abbreviations(text: str, level: Level, english: bool) -> Iterator[Finding]:
    if english:
        for m in _LATIN_RE.finditer(text):
            key = m.group().lower()
            yield Finding("abbreviation", m.start(), m.end(), m.group(), _LATIN.get(key))
        if level.contractions:
            for m in _CONTRACTION_RE.finditer(text):
                key = m.group().lower().replace("’", "'")
                sugg = _CONTRACTIONS.get(key)
                yield Finding("abbreviation", m.start(), m.end(), m.group(),
                              match_case(m.group(), sugg) if sugg else None)


def capitals(text: str) -> Iterator[Finding]:
    """Acronyms (first use, as `abbreviation`) and shouting (`all-caps`)."""
    seen: set[str] = set()
    for m in _CAPS_RUN_RE.finditer(text):
        words = _CAPS_WORD_RE.findall(m.group())
        long_words = [w for w in words if len(w) >= 2]
        shouting = False
        if len(long_words) >= 2 and any(_is_word(w) for w in long_words):
            shouting = True
        elif len(long_words) == 1 and len(long_words[0]) >= 4 and _is_word(long_words[0]):
            shouting = True
        if shouting:
            yield Finding("all-caps", m.start(), m.end(), m.group(), _unshout(m.group()))
            continue
        for wm in _CAPS_WORD_RE.finditer(m.group()):
            w = wm.group()
            if len(w) < 2 or w in seen:
                continue
            seen.add(w)
            s = m.start() + wm.start()
            yield Finding("abbreviation", s, s + len(w), w, None, {"first_use": True})


def _unshout(run: str) -> str:
    """Sentence case for a shouted run, keeping known acronyms in capitals."""
    out = []
    for i, tok in enumerate(re.split(r"(\s+)", run)):
        core = tok.rstrip(",!:")
        if core in KNOWN_ACRONYMS or (core.endswith("s") and core[:-1] in KNOWN_ACRONYMS):
            out.append(tok)
        elif out and any(t.strip() for t in out):
            out.append(tok.lower())
        else:
            out.append(tok.capitalize())
    return "".join(out)


def _is_word(w: str) -> bool:
    w = w.rstrip("s") if w.endswith("s") and w[:-1].isupper() and w[:-1] in KNOWN_ACRONYMS else w
    if w in KNOWN_ACRONYMS:
        return False
    return in_dictionary(w.lower()) and len(w) >= 2 and any(c in "AEIOUY" for c in w)


_BRACKETS_RE = re.compile(r"\([^()\n]{0,300}\)|\[[^\[\]\n]{0,300}\]")
_PUNCT_RE = re.compile(r";|&|(?<=[A-Za-z])/(?=[A-Za-z])")
_URL_RE = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+")


def complex_punctuation(text: str) -> Iterator[Finding]:
    urls = [m.span() for m in _URL_RE.finditer(text)]
    for m in _BRACKETS_RE.finditer(text):
        yield Finding("complex-punctuation", m.start(), m.end(), m.group(), None, {"mark": "brackets"})
    for m in _PUNCT_RE.finditer(text):
        if any(a <= m.start() < b for a, b in urls):
            continue
        mark = m.group()
        sugg = {"&": "and", "/": "or"}.get(mark)
        yield Finding("complex-punctuation", m.start(), m.end(), mark, sugg, {"mark": mark})


_SHALL_RE = re.compile(r"\bshall\b", re.IGNORECASE)


def shall(text: str) -> Iterator[Finding]:
    for m in _SHALL_RE.finditer(text):
        yield Finding("shall", m.start(), m.end(), m.group(), match_case(m.group(), "will"))


_READER_RE = re.compile(r"\b(?:you|your|yours|yourself|we|our|ours|us)\b", re.IGNORECASE)


def address_reader(doc: Document) -> Iterator[Finding]:
    if doc.word_count >= ADDRESS_READER_MIN_WORDS and not _READER_RE.search(doc.text):
        yield Finding("address-reader", 0, 0, "", None, {"advisory": True})


# --- all together --------------------------------------------------------------

def run_all(doc: Document, level: Level, english: bool,
            matcher: JargonMatcher | None = None) -> list[Finding]:
    text = doc.text
    out: list[Finding] = []
    out += long_sentences(doc, level)
    out += long_paragraphs(doc, level)
    jargon_f = list(jargon(text, matcher))
    out += jargon_f
    out += numbers.percentage(text)
    out += numbers.big_number(text)
    out += numbers.date_format(text)
    out += abbreviations(text, level, english)
    out += capitals(text)
    out += complex_punctuation(text)
    if english:
        out += one_idea(doc, level)
        # Names are not simpler-word hits: "National Institute", "Carers Support Service".
        simpler_f = [f for f in phrase_rule("simpler-word", lexicon.simpler(), text)
                     if not is_name(text, f.start, f.end)]
        hidden_f = list(phrase_rule("hidden-verb", lexicon.hidden(), text))
        out += simpler_f + hidden_f
        out += phrase_rule("metaphor", lexicon.idiom_list(), text)
        skip = [(f.start, f.end) for f in (*jargon_f, *simpler_f, *hidden_f)]
        out += hard_words(doc, skip)
        out += passive(doc)
        out += number_as_word_findings(text)
        out += shall(text)
        out += address_reader(doc)
    out.sort(key=lambda f: (f.start, f.end, f.rule))
    return out


def number_as_word_findings(text: str) -> Iterable[Finding]:
    return numbers.number_as_word(text)
