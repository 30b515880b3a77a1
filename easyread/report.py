"""The Report returned by check(), the verdict (easy-read, plain or hard) and its grade.

Reasons are machine codes with numbers; the app words them (and translates them)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .findings import Finding
from .scores import Score

# Limits per verdict, from the easy-read rules guide.
EASY = {"max_sentence_words": 15, "reading_age": 10.0, "avg_sentence_words": 15.0,
        "max_words": 1000, "hard_word_pct": 5.0, "passive_pct": 10.0, "long_paragraphs": 0}
PLAIN = {"max_sentence_words": 25, "reading_age": 12.0, "avg_sentence_words": 20.0,
         "hard_word_pct": 12.0, "passive_pct": 25.0, "smog": 14.0}


@dataclass(slots=True)
class Report:
    lang: str
    level: str
    words: int
    sentences: int
    scores: dict[str, Score]
    reading_age: Score | None
    verdict: str
    reasons: list[dict[str, Any]]
    findings: list[Finding]
    scores_available: bool
    notes: list[str] = field(default_factory=list)
    score: int = 100  # 0-100 easy-read score, higher is easier; always inside the verdict's band
    grade: str = ""  # the finer verdict, one of GRADES; always inside the verdict's family

    def __post_init__(self) -> None:
        if not self.grade:
            self.grade = grade(self.verdict, self.score)

    def counts(self) -> dict[str, int]:
        return dict(Counter(f.rule for f in self.findings))

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "level": self.level,
            "words": self.words,
            "sentences": self.sentences,
            "scores_available": self.scores_available,
            "scores": {k: v.to_dict() for k, v in self.scores.items()},
            "reading_age": self.reading_age.to_dict() if self.reading_age else None,
            "verdict": self.verdict,
            "score": self.score,
            "grade": self.grade,
            "reasons": [dict(r) for r in self.reasons],
            "counts": self.counts(),
            "findings": [f.to_dict() for f in self.findings],
            "notes": list(self.notes),
        }


# Short items (a question, an answer option) are judged on word-level rules only:
# shares and a reading age mean nothing for a few words.
SHORT_ITEM_WORDS = 20
# The reading age decides only from this many words: formulas are noise below it.
READING_AGE_MIN_WORDS = 40
# Share limits (percent of sentences) for long sentences.
EASY_LONG_SHARE = 10.0
PLAIN_VERY_LONG_SHARE = 10.0
# Findings that make text harder at easy-read level: allowed per 100 words.
EASY_RULE_RATE = 0.5
# Score bands (0-100, higher is easier): the verdict always sits in its band.
BANDS = {"easy-read": (70, 100), "plain": (40, 69), "hard": (0, 39)}
# The graded verdict: the hard band is split into four grades by the score, so texts that
# all miss plain English are still told apart. Each grade's score band; the score is
# built from the shares and counts (long sentences, average length, passive and hard-word
# shares, reading age, word-level findings, "shall"). See docs/readability-grades.md.
GRADES = ("easy-read", "plain", "fairly-hard", "hard", "very-hard", "extremely-hard")
GRADE_BANDS = {"easy-read": BANDS["easy-read"], "plain": BANDS["plain"],
               "fairly-hard": (23, 39), "hard": (16, 22), "very-hard": (9, 15),
               "extremely-hard": (0, 8)}
_WORD_RULES_EASY = ("jargon", "simpler-word", "hidden-verb", "abbreviation", "all-caps",
                    "number-as-word", "percentage", "big-number", "date-format")


def easy_read_score(
    *,
    words: int,
    sentence_lengths: list[int],
    reading_age: float | None,
    rule_counts: Counter,
) -> float:
    """0-100, higher is easier: points off for long sentences, long average length, passive
    and hard-word shares, reading age over 9 and word-level problems per 100 words. Shares
    and the reading age count only from SHORT_ITEM_WORDS / READING_AGE_MIN_WORDS words."""
    n = len(sentence_lengths)
    score = 100.0
    if not words or not n:
        return score
    per100 = 100.0 / max(words, SHORT_ITEM_WORDS)
    over15 = sum(1 for x in sentence_lengths if x > EASY["max_sentence_words"])
    over25 = sum(1 for x in sentence_lengths if x > PLAIN["max_sentence_words"])
    if words >= SHORT_ITEM_WORDS:
        avg = sum(sentence_lengths) / n
        score -= 20.0 * over15 / n + 20.0 * over25 / n
        score -= min(20.0, 1.0 * max(0.0, avg - 10.0))
        score -= min(10.0, 0.2 * 100.0 * rule_counts["passive-voice"] / n)
        score -= min(15.0, 1.0 * 100.0 * rule_counts["hard-word"] / words)
    else:
        score -= 12.0 * over15 + 12.0 * rule_counts["hard-word"]
    if reading_age is not None and words >= READING_AGE_MIN_WORDS:
        score -= min(30.0, 2.5 * max(0.0, reading_age - 8.0))
    word_hits = sum(rule_counts[r] for r in _WORD_RULES_EASY + ("complex-punctuation", "metaphor",
                                                                 "long-paragraph"))
    score -= min(10.0, 1.0 * word_hits * per100)
    score -= 25.0 * min(rule_counts["shall"], 2)
    return max(0.0, min(100.0, score))


def verdict(
    *,
    words: int,
    sentence_lengths: list[int],
    scores: dict[str, Score],
    reading_age: Score | None,
    findings: list[Finding],
) -> tuple[str, list[dict[str, Any]]]:
    """Return (verdict, reasons). Reasons explain why the text is not one level easier.

    Graded: shares and counts decide, not one bad sentence. Texts under SHORT_ITEM_WORDS
    words are judged on word-level rules only; the reading age counts only from
    READING_AGE_MIN_WORDS words. Easy read is never less strict than plain: anything that
    blocks plain ("shall", for one) blocks easy read too.

    A reading age marked not reliable (another language: the formula is calibrated for
    English) never decides the verdict; a reason with code "reading-age-not-used" and
    "blocks": None says it was left out."""
    n = len(sentence_lengths)
    avg = sum(sentence_lengths) / n if n else 0.0
    rule_counts = Counter(f.rule for f in findings)
    hard_pct = 100 * rule_counts["hard-word"] / words if words else 0.0
    passive_pct = 100 * rule_counts["passive-voice"] / n if n else 0.0
    age = reading_age.value if reading_age else None
    short = words < SHORT_ITEM_WORDS
    notes: list[dict[str, Any]] = []
    if reading_age is not None and not reading_age.reliable:
        # The formulas are calibrated for English (or clamped): a rough guide only. The
        # verdict then rests on the reliable measures and the language-neutral rules
        # (sentence and text length, paragraphs, punctuation, percentages), and says so.
        if age is not None and age > EASY["reading_age"]:
            notes.append({"code": "reading-age-not-used", "value": round(age, 1),
                          "limit": EASY["reading_age"], "blocks": None,
                          "why": list(reading_age.notes) or ["not-reliable"]})
        age = None
    if words < READING_AGE_MIN_WORDS:
        age = None  # too few words for a formula to mean anything

    easy: list[dict[str, Any]] = []
    plain: list[dict[str, Any]] = []

    over15 = sum(1 for x in sentence_lengths if x > EASY["max_sentence_words"])
    over25 = sum(1 for x in sentence_lengths if x > PLAIN["max_sentence_words"])
    share15 = 100 * over15 / n if n else 0.0
    share25 = 100 * over25 / n if n else 0.0
    if over15 and (short or share15 > EASY_LONG_SHARE or over25):
        easy.append({"code": "long-sentences", "count": over15, "limit": EASY["max_sentence_words"]})
    if over25 and (short or share25 > PLAIN_VERY_LONG_SHARE):
        plain.append({"code": "very-long-sentences", "count": over25, "limit": PLAIN["max_sentence_words"]})
    if not short:
        if avg > EASY["avg_sentence_words"]:
            easy.append({"code": "average-sentence-length", "value": round(avg, 1),
                         "limit": EASY["avg_sentence_words"]})
        if avg > PLAIN["avg_sentence_words"]:
            plain.append({"code": "average-sentence-length", "value": round(avg, 1),
                          "limit": PLAIN["avg_sentence_words"]})
    if age is not None:
        if age > EASY["reading_age"]:
            easy.append({"code": "reading-age", "value": round(age, 1), "limit": EASY["reading_age"]})
        if age > PLAIN["reading_age"]:
            plain.append({"code": "reading-age", "value": round(age, 1), "limit": PLAIN["reading_age"]})
    smog = scores.get("smog")
    if smog and smog.reliable and smog.value > PLAIN["smog"]:
        plain.append({"code": "smog", "value": round(smog.value, 1), "limit": PLAIN["smog"]})
    if words > EASY["max_words"]:
        easy.append({"code": "long-document", "count": words, "limit": EASY["max_words"]})
    if short:
        # Word-level only: more than one hard word in a short item is too many.
        if rule_counts["hard-word"] > 1:
            easy.append({"code": "hard-words", "count": rule_counts["hard-word"],
                         "percent": round(hard_pct, 1), "limit": EASY["hard_word_pct"]})
    else:
        if hard_pct > EASY["hard_word_pct"]:
            easy.append({"code": "hard-words", "count": rule_counts["hard-word"], "percent": round(hard_pct, 1),
                         "limit": EASY["hard_word_pct"]})
        if hard_pct > PLAIN["hard_word_pct"]:
            plain.append({"code": "hard-words", "count": rule_counts["hard-word"], "percent": round(hard_pct, 1),
                          "limit": PLAIN["hard_word_pct"]})
        if passive_pct > EASY["passive_pct"]:
            easy.append({"code": "passive-voice", "count": rule_counts["passive-voice"],
                         "percent": round(passive_pct, 1), "limit": EASY["passive_pct"]})
        if passive_pct > PLAIN["passive_pct"]:
            plain.append({"code": "passive-voice", "count": rule_counts["passive-voice"],
                          "percent": round(passive_pct, 1), "limit": PLAIN["passive_pct"]})
    # Findings that only matter at easy-read level: graded by rate, except in short items,
    # where one is enough.
    allowed = 0 if short else EASY_RULE_RATE * words / 100
    for rule, code in (("long-paragraph", "long-paragraphs"), ("complex-punctuation", "complex-punctuation"),
                       ("metaphor", "metaphors"), ("percentage", "percentages")):
        if rule_counts[rule] > allowed:
            easy.append({"code": code, "count": rule_counts[rule]})
    if rule_counts["shall"]:
        plain.append({"code": "shall", "count": rule_counts["shall"]})
        easy.append({"code": "shall", "count": rule_counts["shall"]})  # easy is never less strict

    for r in easy:
        r["blocks"] = "easy-read"
    for r in plain:
        r["blocks"] = "plain"
    if not easy:
        return "easy-read", notes
    if not plain:
        return "plain", easy + notes
    plain_codes = {p["code"] for p in plain}
    return "hard", plain + [r for r in easy if r["code"] not in plain_codes] + notes


def score_in_band(verdict_: str, score: float) -> int:
    """The raw 0-100 score scaled into its verdict's band, so the two never disagree and
    texts with the same verdict keep their order (no ties from clamping)."""
    lo, hi = BANDS[verdict_]
    return int(round(lo + (hi - lo) * max(0.0, min(100.0, score)) / 100.0))


def grade(verdict_: str, score: int) -> str:
    """The graded verdict: easy-read and plain as the verdict says (their rules are not
    loosened); a hard text is fairly hard, hard, very hard or extremely hard by its score
    (already inside the hard band). Never an easier grade than the verdict allows."""
    if verdict_ != "hard":
        return verdict_
    for g in ("fairly-hard", "hard", "very-hard"):
        if score >= GRADE_BANDS[g][0]:
            return g
    return "extremely-hard"


def grade_rank(grade_: str) -> int:
    """1 (easy read) to 6 (extremely hard): the grade's place on the scale."""
    return GRADES.index(grade_) + 1
