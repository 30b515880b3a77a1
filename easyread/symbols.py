"""Finding pictures for words: search a symbol index by word, suggest pictures for a sentence.

Pure Python. The index maps a picture's code to (name, tags), e.g. the OpenMoji index
{"1F3E0": ["house", "home, house"]}. Results are codes, best first.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

# Words that say little about what to draw.
STOP = frozenset("""a an and are as at be been but by can could do does for from go had has have
he her him his how i if in into is it its me more most my no not now of on or our out over she so
some than that the their them then there they this to too up us very was we were what when where
which who why will with would you your yes about any anything else each get got just like make
need only other same should tell thing things want way well""".split())


def words(text: str) -> list[str]:
    """Lower-case words, stop words out, simple plurals made singular."""
    found = []
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in STOP or len(word) < 3:
            continue
        found.append(singular(word))
    return found


def singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _scores(index: Mapping[str, Sequence[str]], wanted: list[str]) -> dict[str, float]:
    scores: dict[str, float] = {}
    if not wanted:
        return scores
    wanted_set = set(wanted)
    for code, (name, tags) in index.items():
        name_words = {singular(w) for w in re.findall(r"[a-z]+", name.lower())}
        tag_words = {singular(w) for w in re.findall(r"[a-z]+", tags.lower())}
        score = 3.0 * len(wanted_set & name_words) + 1.0 * len(wanted_set & tag_words)
        if name.lower() in wanted_set or singular(name.lower()) in wanted_set:
            score += 2.0  # the picture's whole name is a word of the text: "house", "bus"
        if score:
            # Prefer short, plain names ("house") to long ones ("house with garden").
            scores[code] = score - 0.1 * len(name_words) - (0.5 if ":" in name else 0)
    return scores


def search(index: Mapping[str, Sequence[str]], query: str, limit: int = 12) -> list[str]:
    """Pictures whose name or tags hold the query's words, best first."""
    scores = _scores(index, words(query))
    return sorted(scores, key=lambda code: (-scores[code], code))[:limit]


def suggest(index: Mapping[str, Sequence[str]], text: str, limit: int = 4) -> list[str]:
    """A few pictures for a sentence, an idea or an answer, from its words."""
    return search(index, text, limit)


def minify_svg(svg: str) -> str:
    """An OpenMoji SVG made smaller: no comments, ids, empty groups or spaces between tags."""
    svg = re.sub(r"<!--.*?-->", "", svg, flags=re.S)
    svg = re.sub(r'\s(id|stroke-miterlimit)="[^"]*"', "", svg)
    svg = re.sub(r">\s+<", "><", svg).strip()
    for _ in range(3):  # empty groups, also groups left empty by the step before
        svg = re.sub(r"<g\s*/>|<g>\s*</g>", "", svg)
    return svg.replace('viewBox="0 0 72 72"', 'viewBox="0 0 72 72" width="72" height="72"', 1)
