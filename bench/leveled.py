"""Held-out check: does the verdict order the same article written at three levels?

Data: the OneStopEnglish corpus (Vajjala and Lučić, 2018; CC BY-SA 4.0): 189 news articles,
each at elementary, intermediate and advanced level. 40 held-out articles are kept in
tests/data/leveled/ (with source and licence) and used by default; point EASYREAD_LEVELED_DIR
at a copy of the whole corpus's Texts-SeparatedByReadingLevel folder (Ele-Txt, Int-Txt,
Adv-Txt) for both halves.

For each article, 3 pairs (ele<int, int<adv, ele<adv). A pair is ordered by the verdict
alone when the easier text gets the easier graded verdict (easy read < plain < fairly hard
< hard < very hard < extremely hard; ties count as wrong), and by verdict-then-score when,
on the same grade, it gets a higher easy-read score. "Reversed" counts pairs where the
harder level got the easier grade. The old three-step verdict (easy-read < plain < hard)
is reported too, as "ordered_by_level_alone". The verdict's thresholds come from the
easy-read rules guide; the score's weights and the grade boundaries were set looking at
the even-numbered articles only (development); the odd-numbered ones are held out.
Run: EASYREAD_LEVELED_DIR=... python -m bench.leveled"""
from __future__ import annotations

import json
import os
import sys
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import easyread  # noqa: E402
import easyread.report  # noqa: E402

LEVELS = (("ele", "Ele-Txt"), ("int", "Int-Txt"), ("adv", "Adv-Txt"))
RANK = {"easy-read": 0, "plain": 1, "hard": 2}
GRADE_RANK = {g: i for i, g in enumerate(easyread.report.GRADES)}


def load(root: str) -> dict[str, dict[str, str]]:
    base = Path(root)
    articles: dict[str, dict[str, str]] = {}
    for level, folder in LEVELS:
        for p in sorted((base / folder).glob("*.txt")):
            name = p.stem.rsplit("-", 1)[0]
            articles.setdefault(name, {})[level] = p.read_text(encoding="utf-8-sig", errors="replace")
    return {k: v for k, v in articles.items() if len(v) == 3}


def held_out(articles: dict[str, dict[str, str]]) -> list[str]:
    """Articles at odd positions in name order: never looked at while setting weights."""
    return sorted(articles)[1::2]


def development(articles: dict[str, dict[str, str]]) -> list[str]:
    return sorted(articles)[0::2]


def evaluate(articles: dict[str, dict[str, str]], level: str = "easy") -> dict[str, object]:
    pairs = by_verdict = by_verdict_then_score = by_score = by_age = reversed_ = 0
    by_level = reversed_level = 0
    verdicts = {lv: {"easy-read": 0, "plain": 0, "hard": 0} for lv, _ in LEVELS}
    grades = {lv: {g: 0 for g in GRADE_RANK} for lv, _ in LEVELS}
    for texts in articles.values():
        rep = {lv: easyread.check(texts[lv], level=level) for lv, _ in LEVELS}
        for lv, r in rep.items():
            verdicts[lv][r.verdict] += 1
            grades[lv][r.grade] += 1
        for a, b in combinations([lv for lv, _ in LEVELS], 2):  # a is the easier level
            ra, rb = rep[a], rep[b]
            pairs += 1
            la, lb = RANK[ra.verdict], RANK[rb.verdict]
            by_level += la < lb
            reversed_level += la > lb
            va, vb = GRADE_RANK[ra.grade], GRADE_RANK[rb.grade]
            by_verdict += va < vb
            reversed_ += va > vb
            by_verdict_then_score += va < vb or (va == vb and ra.score > rb.score)
            by_score += ra.score > rb.score
            if ra.reading_age and rb.reading_age:
                by_age += ra.reading_age.value < rb.reading_age.value
    return {
        "articles": len(articles),
        "pairs": pairs,
        "ordered_by_verdict_then_score": by_verdict_then_score,
        "ordered_by_verdict_alone_strict": by_verdict,
        "ordered_by_score": by_score,
        "ordered_by_reading_age": by_age,
        "ordered_by_level_alone": by_level,
        "reversed_verdicts": reversed_,
        "reversed_levels": reversed_level,
        "verdicts": verdicts,
        "grades": grades,
    }


def run(root: str | None = None) -> dict[str, object]:
    root = root or os.environ.get("EASYREAD_LEVELED_DIR")
    easyread.warm()
    if not root or not Path(root).is_dir():
        kept = Path(__file__).resolve().parent.parent / "tests" / "data" / "leveled"
        return {"held_out": evaluate(load(str(kept)))}  # the 40 held-out articles kept here
    articles = load(root)
    return {
        "held_out": evaluate({n: articles[n] for n in held_out(articles)}),
        "development": evaluate({n: articles[n] for n in development(articles)}),
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
