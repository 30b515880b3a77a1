"""The glossary's rules: listing, search (tolerant of small typos), suggestions, editing.

Views stay thin and call these. Nothing here renders HTML.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

from flask import g
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from app.content import EnglishText, translated, translation_row
from app.extensions import db
from app.glossary.linker import all_forms, english_matcher
from app.i18n import current_lang
from app.models import GlossaryTerm
from easyread import collation

QUERY_LIMIT = 100

# Category keys used in app/data/glossary.json, worded for people.
CATEGORIES = {
    "care-and-support": _l("Care and support"),
    "having-your-say": _l("Having your say"),
    "health": _l("Health"),
    "housing": _l("Housing"),
    "law-and-rights": _l("The law and your rights"),
    "money": _l("Money"),
    "people-and-roles": _l("People and their jobs"),
    "safety": _l("Keeping safe"),
}

_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def category_label(key: str) -> str:
    if key in CATEGORIES:
        return str(CATEGORIES[key])
    return key.replace("-", " ").capitalize()


def live_terms() -> list[GlossaryTerm]:
    query = select(GlossaryTerm).where(GlossaryTerm.retired.is_(False))
    return list(db.session.scalars(query.order_by(GlossaryTerm.term)))


def glossary_terms() -> list[tuple[str, list[str]]]:
    """(slug, forms) for every term in use: for the readability checker's `jargon` rule."""
    return [(term.slug, all_forms(term)) for term in live_terms()]


def get_live(slug: str) -> GlossaryTerm | None:
    return db.session.scalar(select(GlossaryTerm).where(
        GlossaryTerm.slug == slug, GlossaryTerm.retired.is_(False)))


def sort_key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass
class Letter:
    letter: str
    terms: list = field(default_factory=list)


def a_to_z(terms: list[GlossaryTerm], lang: str) -> tuple[list[str], list[Letter]]:
    """(every letter to show, the letters that have terms with their terms in order).

    The shown words are in the current language, so they are sorted and filed by that
    language's alphabet ("Ł" after "L" in Polish, "Ll" a letter of its own in Welsh).
    """
    named = sorted(((translated(t, "term"), t) for t in terms),
                   key=lambda p: collation.sort_key(p[0], lang))
    groups: dict[str, Letter] = {}
    for name, term in named:
        letter = collation.initial(name, lang)
        groups.setdefault(letter, Letter(letter)).terms.append((name, term))
    letters = collation.alphabet(lang)
    # Words filed under letters outside the alphabet (an English name on a Polish page).
    letters += sorted((k for k in groups if k not in letters),
                      key=lambda k: collation.sort_key(k, lang))
    return letters, [groups[k] for k in letters if k in groups]


def clean_query(raw: str | None) -> str:
    """The search words: spaces tidied, cut to the length limit."""
    return " ".join((raw or "").split())[:QUERY_LIMIT]


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD_RE.findall(text or "")]


def search(raw: str, terms: list[GlossaryTerm] | None = None) -> list[GlossaryTerm]:
    """Terms matching the query, best first.

    1. A form (or the shown word) that equals the query, or starts with it, or holds it.
    2. A glossary word used in the query, plurals too ("care plans" finds "care plan").
    3. A form that is close to the query: small typos ("asesment").
    4. Definitions that use every word of the query.
    """
    query = clean_query(raw).casefold()
    if not query:
        return []
    terms = live_terms() if terms is None else terms
    names = {t.id: [f.casefold() for f in all_forms(t)] for t in terms}
    for t in terms:
        shown = translated(t, "term").casefold()
        if shown not in names[t.id]:
            names[t.id].append(shown)
    scores: dict[int, float] = {}

    def score(term_id: int, value: float) -> None:
        scores[term_id] = max(scores.get(term_id, 0.0), value)

    for t in terms:
        for form in names[t.id]:
            if form == query:
                score(t.id, 100)
            elif form.startswith(query):
                score(t.id, 80)
            elif len(query) >= 3 and query in form:
                score(t.id, 60)

    matcher = english_matcher()
    by_slug = {t.slug: t for t in terms}
    for match in matcher.find(query) if matcher else ():
        if match.slug in by_slug:
            score(by_slug[match.slug].id, 70)

    if len(query) >= 3:
        every_form = {form: t.id for t in terms for form in names[t.id]}
        for form in difflib.get_close_matches(query, list(every_form), n=8, cutoff=0.75):
            ratio = difflib.SequenceMatcher(None, query, form).ratio()
            score(every_form[form], 30 + 20 * ratio)
        # Single words: a typo in one word of a longer query ("suport worker").
        single = {w: tid for form, tid in every_form.items() for w in form.split()
                  if len(w) >= 4}
        for word in _words(query):
            if len(word) >= 4 and word not in single:
                for close in difflib.get_close_matches(word, list(single), n=4, cutoff=0.8):
                    score(single[close], 25)

    wanted = [w for w in _words(query) if len(w) >= 3]
    if wanted:
        for t in terms:
            text = set(_words(t.definition)) | set(_words(translated(t, "definition")))
            if all(w in text for w in wanted):
                score(t.id, 20)

    found = [t for t in terms if t.id in scores]
    found.sort(key=lambda t: (-scores[t.id], sort_key(t.term)))
    return found


def suggestions(wrong: str, limit: int = 5) -> list[GlossaryTerm]:
    """Terms close to an unknown address (for "Did you mean..."): by slug and by forms."""
    wrong = clean_query(wrong.replace("-", " ")).casefold()
    if not wrong:
        return []
    terms = live_terms()
    keys: dict[str, GlossaryTerm] = {}
    for t in terms:
        keys.setdefault(t.slug.replace("-", " "), t)
        for form in all_forms(t):
            keys.setdefault(form.casefold(), t)
    out: list[GlossaryTerm] = []
    for key in difflib.get_close_matches(wrong, list(keys), n=limit * 2, cutoff=0.6):
        if keys[key] not in out:
            out.append(keys[key])
    if not out:
        out = search(wrong, terms)
    return out[:limit]


def related_terms(term: GlossaryTerm) -> list[GlossaryTerm]:
    slugs = [s for s in (term.related or []) if s != term.slug]
    if not slugs:
        return []
    rows = {t.slug: t for t in db.session.scalars(select(GlossaryTerm).where(
        GlossaryTerm.slug.in_(slugs), GlossaryTerm.retired.is_(False)))}
    return [rows[s] for s in slugs if s in rows]


def alternatives(term: GlossaryTerm) -> list[str]:
    """The "you could say instead" words, in the current language when staff gave them.

    A translation of the list is one text: one word or phrase a line.
    """
    english = [a for a in (term.alternatives or []) if a.strip()]
    if current_lang() == "en" or not english:
        return english
    row = translation_row(term, "alternatives")
    if row is not None and row.text.strip():
        return [a.strip() for a in re.split(r"[\n;]", row.text) if a.strip()]

    g.english_parts = True
    return [EnglishText(a) for a in english]


def categories_in_use(terms: list[GlossaryTerm]) -> list[tuple[str, str]]:
    keys = sorted({t.category for t in terms if t.category})
    return sorted(((k, category_label(k)) for k in keys), key=lambda p: sort_key(p[1]))


# --- editing (staff) ---------------------------------------------------------------------

_SLUG_RE = re.compile(r"[^a-z0-9]+")


def make_slug(text: str) -> str:
    return _SLUG_RE.sub("-", sort_key(text)).strip("-")[:80]


def lines(text: str | None) -> list[str]:
    out: list[str] = []
    for line in (text or "").replace("\r\n", "\n").split("\n"):
        line = " ".join(line.split())
        if line and line.casefold() not in {o.casefold() for o in out}:
            out.append(line)
    return out


def save_term(term: GlossaryTerm | None, data: dict) -> GlossaryTerm:
    """Create or change a term from cleaned form data. Callers commit."""
    if term is None:
        term = GlossaryTerm(slug=data["slug"])
        db.session.add(term)
    term.term = data["term"]
    term.forms = [f for f in data["forms"] if f.casefold() != data["term"].casefold()]
    term.definition = data["definition"]
    term.explanation = data["explanation"]
    term.alternatives = data["alternatives"]
    term.related = data["related"]
    term.category = data["category"]
    term.link_alone = data.get("link_alone", True)
    db.session.flush()
    return term
