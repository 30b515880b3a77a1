"""Readability reports turned into template data: rule ids and verdicts in plain words.

Anyone showing easyread findings on a staff page uses `report_view()` or `check_view()`.
easyread returns rule ids and codes; the words live here, in one place, translated.
"""
from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

import easyread
from easyread.report import GRADES as GRADE_ORDER
from app.glossary import services as glossary_services

VERDICTS = {
    "easy-read": _l("Easy read"),
    "plain": _l("Plain English, not easy read"),
    "hard": _l("Hard to read"),
}

# The graded verdict (easyread.report.GRADES): 1 is easiest, 6 is hardest. Grades 3 to 6
# are all "hard to read"; they say how far the text is from plain English.
GRADES = {
    "easy-read": _l("Easy read"),
    "plain": _l("Plain English"),
    "fairly-hard": _l("Fairly hard"),
    "hard": _l("Hard"),
    "very-hard": _l("Very hard"),
    "extremely-hard": _l("Extremely hard"),
}
GRADE_SCALE = _l("Grade 1 is easy read and grade 2 is plain English. Grades 3 to 6 are hard to "
                 "read: fairly hard, hard, very hard and extremely hard.")

RULE_WORDS = {
    "long-sentence": _l("Long sentence"),
    "one-idea": _l("More than one idea in a sentence"),
    "long-paragraph": _l("Long paragraph"),
    "hard-word": _l("Hard word"),
    "jargon": _l("Jargon: explain it or use the word list"),
    "simpler-word": _l("There is a simpler word"),
    "hidden-verb": _l("Hidden verb: say what someone does"),
    "passive-voice": _l("Passive voice: say who does it"),
    "number-as-word": _l("Number written as a word: use digits"),
    "percentage": _l("Percentage: say it another way"),
    "big-number": _l("Big number: say it another way"),
    "abbreviation": _l("Abbreviation: write it out"),
    "all-caps": _l("Capital letters: they are hard to read"),
    "complex-punctuation": _l("Hard punctuation, like semicolons or brackets"),
    "metaphor": _l("Saying that does not mean what it says"),
    "shall": _l("“Shall”: use “will” or “must”"),
    "date-format": _l("Date format: write the day and month in words"),
    "address-reader": _l("Talk to the reader as “you”"),
}

REASON_WORDS = {
    "long-sentences": _l("Some sentences are longer than %(limit)s words."),
    "very-long-sentences": _l("Some sentences are longer than %(limit)s words."),
    "average-sentence-length": _l("Sentences are %(value)s words long on average."),
    "reading-age": _l("Reading age is about %(value)s."),
    "smog": _l("The SMOG score is %(value)s."),
    "long-document": _l("The text is %(count)s words long."),
    "hard-words": _l("%(percent)s%% of words are hard words."),
    "passive-voice": _l("%(percent)s%% of sentences use the passive voice."),
    "long-paragraphs": _l("There are long paragraphs."),
    "complex-punctuation": _l("There is hard punctuation."),
    "metaphors": _l("There are sayings that do not mean what they say."),
    "percentages": _l("There are percentages."),
    "shall": _l("It uses “shall”."),
    "reading-age-not-used": _l("The reading age (%(value)s) is a rough guide only in this "
                               "language, so the verdict does not use it."),
}

# What each verdict means for someone deciding what to do next.
VERDICT_MEANINGS = {
    "easy-read": _l("This text passes the easy-read checks. Still ask someone who uses easy "
                    "read to try it."),
    "plain": _l("This text is plain English, but it is not easy read yet. Fix the things "
                "below to make it easy read."),
    "hard": _l("This text is hard to read. Many people will struggle with it. Fix the things "
               "below first."),
}

# The scores: their names and what the numbers mean.
SCORE_WORDS = {
    "reading_age": (_l("Reading age"),
                    _l("The age at which a child could usually read the text. For easy read, "
                       "aim for 10 or under. For plain English, 12 or under.")),
    "flesch_reading_ease": (_l("Flesch reading ease"),
                            _l("From 0 to 100: higher is easier. 60 or more is plain English. "
                               "80 or more is very easy.")),
    "flesch_kincaid_grade": (_l("Flesch–Kincaid grade"),
                             _l("The school year (US grade) needed to read it. Add 5 for the "
                                "reading age.")),
    "smog": (_l("SMOG index"),
             _l("Years of school needed, from long words. It needs 30 sentences or more "
                "to be reliable.")),
    "gunning_fog": (_l("Gunning fog index"),
                    _l("Years of school needed, from sentence length and long words. Under 8 "
                       "is good for easy read.")),
    "dale_chall": (_l("Dale–Chall score"),
                   _l("Based on a list of everyday words. Under 5 is easy for a 10 year old. "
                      "Over 9 is hard.")),
}

SCORE_NOTE_WORDS = {
    "clamped-negative": _l("The formula gave a number below 0. We show 0."),
    "too-few-sentences": _l("Not reliable: the text has fewer than 30 sentences."),
    "calibrated-for-english": _l("Not reliable: the formula was made for English. Use it as a "
                                 "rough guide only."),
    "no-constants-for-language": _l("Not reliable: there is no version of this formula for "
                                    "this language."),
}

REPORT_NOTE_WORDS = {
    "scores-not-available": _l("Scores are not available for this language. The verdict uses "
                               "sentence length and the other checks."),
    "english-word-rules-skipped": _l("The word checks (hard words, simpler words, passive "
                                     "voice and others) work in English only. They were "
                                     "skipped."),
}


def rule_words(rule: str) -> str:
    return str(RULE_WORDS.get(rule, rule))


def verdict_words(verdict: str) -> str:
    return str(VERDICTS.get(verdict, verdict))


def grade_words(grade: str) -> str:
    """'Grade 5 of 6: Very hard': the graded verdict in words, with its place on the scale."""
    if grade not in GRADE_ORDER:
        return grade
    return _("Grade %(grade)s of %(total)s: %(words)s", grade=GRADE_ORDER.index(grade) + 1,
             total=len(GRADE_ORDER), words=GRADES[grade])


def grade_scale() -> str:
    return str(GRADE_SCALE)


def verdict_meaning(verdict: str) -> str:
    return str(VERDICT_MEANINGS.get(verdict, ""))


def score_words(name: str) -> tuple[str, str]:
    """(name, what the number means) for a score from easyread."""
    label, meaning = SCORE_WORDS.get(name, (name, ""))
    return str(label), str(meaning)


def score_note_words(note: str) -> str:
    return str(SCORE_NOTE_WORDS.get(note, note))


def report_note_words(note: str) -> str:
    return str(REPORT_NOTE_WORDS.get(note, note))


def _reason_words(reason: dict) -> str:
    template = REASON_WORDS.get(reason.get("code", ""))
    if template is None:
        return str(reason.get("code", ""))
    values = {key: reason.get(key, "") for key in ("limit", "value", "count", "percent")}
    try:
        return str(template) % values
    except (KeyError, TypeError, ValueError):
        return str(reason.get("code", ""))


def reason_words(reason: dict) -> str:
    """One reason from a Report (a code with numbers) in words."""
    return _reason_words(reason)


def report_view(report) -> dict:
    """A Report as plain data for templates: verdict, its words, reasons and findings."""
    return {
        "verdict": report.verdict,
        "verdict_words": verdict_words(report.verdict),
        "grade": report.grade,
        "grade_words": grade_words(report.grade),
        "score": report.score,
        "reasons": [_reason_words(reason) for reason in report.reasons],
        "findings": [{
            "rule": finding.rule,
            "words": rule_words(finding.rule),
            "text": finding.text,
            "suggestion": finding.suggestion or "",
        } for finding in report.findings],
    }


def glossary_terms():
    """The glossary's (slug, forms) pairs, or None when they cannot be read."""
    try:
        return glossary_services.glossary_terms()
    except Exception:  # the glossary is optional: a fault there must not stop checking
        return None


def check(text: str, level: str = "easy", lang: str = "en", terms=None):
    return easyread.check(text or "", level=level, lang=lang, glossary_terms=terms)


def check_view(text: str, level: str = "easy", lang: str = "en", terms=None) -> dict | None:
    """report_view() of the text, or None for empty text (nothing to check)."""
    if not (text or "").strip():
        return None
    return report_view(check(text, level, lang, terms))
