"""The Report returned by check(), and the verdict: easy-read, plain or hard.

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
            "reasons": [dict(r) for r in self.reasons],
            "counts": self.counts(),
            "findings": [f.to_dict() for f in self.findings],
            "notes": list(self.notes),
        }


def verdict(
    *,
    words: int,
    sentence_lengths: list[int],
    scores: dict[str, Score],
    reading_age: Score | None,
    findings: list[Finding],
) -> tuple[str, list[dict[str, Any]]]:
    """Return (verdict, reasons). Reasons explain why the text is not one level easier.

    A reading age marked not reliable (another language: the formula is calibrated for
    English) never decides the verdict; a reason with code "reading-age-not-used" and
    "blocks": None says it was left out."""
    n = len(sentence_lengths)
    avg = sum(sentence_lengths) / n if n else 0.0
    rule_counts = Counter(f.rule for f in findings)
    hard_pct = 100 * rule_counts["hard-word"] / words if words else 0.0
    passive_pct = 100 * rule_counts["passive-voice"] / n if n else 0.0
    age = reading_age.value if reading_age else None
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

    easy: list[dict[str, Any]] = []
    plain: list[dict[str, Any]] = []

    over15 = sum(1 for x in sentence_lengths if x > EASY["max_sentence_words"])
    over25 = sum(1 for x in sentence_lengths if x > PLAIN["max_sentence_words"])
    if over15:
        easy.append({"code": "long-sentences", "count": over15, "limit": EASY["max_sentence_words"]})
    if over25:
        plain.append({"code": "very-long-sentences", "count": over25, "limit": PLAIN["max_sentence_words"]})
    if avg > EASY["avg_sentence_words"]:
        easy.append({"code": "average-sentence-length", "value": round(avg, 1), "limit": EASY["avg_sentence_words"]})
    if avg > PLAIN["avg_sentence_words"]:
        plain.append({"code": "average-sentence-length", "value": round(avg, 1), "limit": PLAIN["avg_sentence_words"]})
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
    # Findings that only matter at easy-read level.
    for rule, code in (("long-paragraph", "long-paragraphs"), ("complex-punctuation", "complex-punctuation"),
                       ("metaphor", "metaphors"), ("percentage", "percentages")):
        if rule_counts[rule]:
            easy.append({"code": code, "count": rule_counts[rule]})
    if rule_counts["shall"]:
        plain.append({"code": "shall", "count": rule_counts["shall"]})

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
