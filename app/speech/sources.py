"""What each /listen address reads aloud: only text the app itself shows.

An address names a *source* (kind + key), never text, so nobody can make the app say
anything it does not already show. ``find(kind, key, lang)`` returns the source's speech
parts in that language, or None when there is no such source or nobody may see it
(drafts, removed questions, retired glossary terms).

Each part carries its own language: a field with no translation is shown in English,
so it is read by the English voice, not by the page language's voice.
"""
from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

from flask import g
from flask_babel import force_locale, gettext
from sqlalchemy import select

from easyread.speech import speech_text, split_for_speech

KINDS = ("page", "consultation", "question", "option", "block", "glossary")
# Up to this many words a source is one clip; longer ones are split into parts so the
# first words are made and start playing quickly.
ONE_CLIP_WORDS = 80
PART_WORDS = 60


@dataclass(frozen=True)
class Segment:
    lang: str
    text: str  # speech text, ready for the engine


@dataclass(frozen=True)
class Part:
    """One Listen player: its segments are read one after another, each by its own voice, so
    a Polish heading and the English text under it are one clip, not many short ones."""
    segments: tuple[Segment, ...]

    @property
    def lang(self) -> str:
        """The language most of it is in (for the player's lang attribute)."""
        words: dict[str, int] = {}
        for segment in self.segments:
            words[segment.lang] = words.get(segment.lang, 0) + len(segment.text.split())
        return max(words, key=words.get)

    @property
    def text(self) -> str:
        return " ".join(segment.text for segment in self.segments)


@dataclass(frozen=True)
class Source:
    kind: str
    key: str
    name: str  # short name, to tell several "Listen" links apart
    parts: tuple[Part, ...]


# --- content in a given language, without touching the page's "some parts in English" flag --

def _field(obj, field: str, lang: str) -> tuple[str, str]:
    """(text, language it is really in) for one content field."""
    from app.content import translation_row

    english = getattr(obj, field) or ""
    if lang == "en" or not english.strip():
        return english, "en"
    row = translation_row(obj, field, lang)
    if row is not None and row.text.strip():
        return row.text, lang
    return english, "en"


def _ui(lang: str, msgid: str, **values) -> tuple[str, str]:
    """An app string (a heading, say) and the language it is really in: a string with no
    translation yet is English, so the English voice reads it, dates and all."""
    def make() -> str:
        return gettext(msgid, **{k: v() if callable(v) else v for k, v in values.items()})

    if lang != "en" and gettext(msgid) == msgid:
        with force_locale("en"):
            return make(), "en"
    return make(), lang


def _label(lang: str, label) -> tuple[str, str]:
    """A lazy label (feelings, yes/no) and the language it is really in."""
    text = str(label)
    if lang != "en":
        with force_locale("en"):
            if str(label) == text:
                return text, "en"
    return text, lang


def _has_catalog() -> bool:
    from flask_babel import get_translations

    return bool(getattr(get_translations(), "_catalog", None))


def _parts(pieces: list[tuple[str, str]]) -> tuple[Part, ...]:
    """Turn (text, lang) pieces into Listen players.

    Same-language runs are read together; a run is cut only between sentences. Runs in
    different languages share a player: each is read by its own voice, in one clip. A short
    source is one player; a long one is split so the first player is small and starts soon.
    """
    runs: list[tuple[str, list[str]]] = []
    for text, lang in pieces:
        if not text or not text.strip():
            continue
        if runs and runs[-1][0] == lang:
            runs[-1][1].append(text.strip())
        else:
            runs.append((lang, [text.strip()]))
    segments: list[Segment] = []
    for lang, texts in runs:
        spoken = speech_text("\n\n".join(texts), lang)
        if spoken:
            segments.extend(Segment(lang, chunk) for chunk in split_for_speech(spoken, PART_WORDS))
    total = sum(len(segment.text.split()) for segment in segments)
    if total <= ONE_CLIP_WORDS:
        return (_part(segments),) if segments else ()
    parts: list[Part] = []
    current: list[Segment] = []
    for segment in segments:
        limit = PART_WORDS // 3 if not parts else PART_WORDS  # the first player starts soon
        words = sum(len(s.text.split()) for s in current) + len(segment.text.split())
        if current and words > limit:
            parts.append(_part(current))
            current = []
        current.append(segment)
    if current:
        parts.append(_part(current))
    return tuple(parts)


def _part(segments: list[Segment]) -> Part:
    """One player; neighbouring segments in the same language become one clip."""
    joined: list[Segment] = []
    for segment in segments:
        if joined and joined[-1].lang == segment.lang:
            joined[-1] = Segment(segment.lang, f"{joined[-1].text} {segment.text}")
        else:
            joined.append(segment)
    return Part(tuple(joined))


def _published(consultation) -> bool:
    return consultation is not None and consultation.published_at is not None


def _int_key(key: str) -> int | None:
    return int(key) if key.isdigit() and len(key) < 12 else None


def _get(model, key: str):
    from app.extensions import db

    ident = _int_key(key)
    return db.session.get(model, ident) if ident is not None else None


# --- the sources ---------------------------------------------------------------------------

def _consultation(key: str, lang: str) -> Source | None:
    from app.extensions import db
    from app.helpers import format_day
    from app.models import Consultation

    c = db.session.scalar(select(Consultation).where(Consultation.slug == key))
    if not _published(c):
        return None
    from app.participate.services import today

    day = format_day
    pieces = [_field(c, "title", lang), _field(c, "summary", lang)]
    if c.state(today()) == "closed" and c.results_published_at:
        pieces += [_ui(lang, "You said"), _field(c, "you_said", lang),
                   _ui(lang, "We did"), _field(c, "we_did", lang)]
    pieces += [_ui(lang, "Why we ask"), _field(c, "purpose", lang),
               _ui(lang, "Who can answer"), _field(c, "audience", lang),
               _ui(lang, "Who decides, and when"), _field(c, "decision", lang),
               _ui(lang, "When you can answer"),
               _ui(lang, "From %(start)s to %(end)s.", start=lambda: day(c.opens_on),
                   end=lambda: day(c.closes_on))]
    if c.blocks:
        pieces.append(_ui(lang, "What it is about"))
        pieces += [_field(b, "text", lang) for b in c.blocks]
    return Source("consultation", key, pieces[0][0], _parts(pieces))


def _question(key: str, lang: str) -> Source | None:
    from app.models import Question
    from app.participate.labels import FEELING_LABELS, YES_NO_LABELS

    q = _get(Question, key)
    if q is None or q.removed or not _published(q.consultation):
        return None
    pieces = [_field(q, "text", lang), _field(q, "help", lang)]
    if q.kind == "feelings":
        pieces += [_label(lang, label) for label in FEELING_LABELS.values()]
    elif q.kind == "yesno":
        pieces += [_label(lang, label) for label in YES_NO_LABELS.values()]
    elif q.kind in ("one", "many"):
        pieces += [_field(o, "label", lang) for o in q.options]
    # Each choice on its own line, so the voice pauses between them.
    return Source("question", key, pieces[0][0], _parts(_as_lines(pieces, first=2)))


def _as_lines(pieces: list[tuple[str, str]], first: int) -> list[tuple[str, str]]:
    """Keep the first pieces as paragraphs; make the rest (choices) one short line each."""
    head, rest = pieces[:first], pieces[first:]
    return head + [(text.strip().rstrip(".") + "." if text.strip() else "", lang)
                   for text, lang in rest]


def _option(key: str, lang: str) -> Source | None:
    from app.models import Option

    o = _get(Option, key)
    if o is None or o.question.removed or not _published(o.question.consultation):
        return None
    pieces = [_field(o, "label", lang), _field(o, "help", lang)]
    return Source("option", key, pieces[0][0], _parts(_as_lines(pieces[:1], 0) + pieces[1:]))


def _block(key: str, lang: str) -> Source | None:
    from app.models import InfoBlock

    b = _get(InfoBlock, key)
    if b is None or not _published(b.consultation):
        return None
    text = _field(b, "text", lang)
    return Source("block", key, "", _parts([text]))


def _glossary(key: str, lang: str) -> Source | None:
    from app.extensions import db
    from app.models import GlossaryTerm

    # A page may list many words: load them all once per request, not one query each.
    terms = g.get("_speech_terms")
    if terms is None:
        terms = g._speech_terms = {t.slug: t for t in db.session.scalars(select(GlossaryTerm))}
    term = terms.get(key)
    if term is None or term.retired:
        return None
    # The word and its meaning, as shown beside the Listen control.
    pieces = [_field(term, "term", lang), _field(term, "definition", lang)]
    return Source("glossary", key, pieces[0][0], _parts(_as_lines(pieces[:1], 0) + pieces[1:]))


# --- whole pages made from templates: the text of <main>, as the page shows it -----------

def _home_context() -> dict:
    from app.participate import services

    today = services.today()
    consultations = services.published_consultations()
    return {"open_now": [c for c in consultations if c.state(today) == "open"],
            "closed": [c for c in consultations if c.state(today) == "closed"],
            "today": today}


def _feedback_context() -> dict:
    from app.involve.forms import FeedbackForm

    return {"form": FeedbackForm(formdata=None)}


def _register_context() -> dict:
    from app.involve.forms import RegisterForm

    return {"form": RegisterForm(formdata=None), "item": None}


# page key -> (endpoint that shows it, template, context)
PAGES = {
    "home": ("participate.home", "participate/home.html", _home_context),
    "privacy": ("main.privacy", "main/privacy.html", dict),
    "feedback": ("involve.feedback", "involve/feedback.html", _feedback_context),
    "register": ("involve.register", "involve/register.html", _register_context),
}


class _MainText(HTMLParser):
    """The readable text inside <main>: blocks become paragraphs, pictures their alt text,
    links their words. Listen controls, forms and the "Skip" link are left out."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr"}
    BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "div", "section",
              "ul", "ol", "dl", "tr", "blockquote", "figcaption", "legend", "main"}
    SKIP = {"script", "style", "form", "audio", "video", "button", "select", "textarea",
            "nav", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.in_main = 0  # depth of <main> in the stack, 0 = outside
        self.skip = 0  # depth of the element being skipped, 0 = not skipping
        self.blocks: list[str] = []
        self.current: list[str] = []

    def _break(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.VOID:
            if self.in_main and not self.skip:
                if tag == "img" and attrs.get("alt"):
                    self.current.append(f" {attrs['alt']} ")
                elif tag in ("br", "hr"):
                    self._break()
            return
        self.stack.append(tag)
        if tag == "main" and not self.in_main:
            self.in_main = len(self.stack)
        classes = (attrs.get("class") or "").split()
        if self.in_main and not self.skip and (tag in self.SKIP or "listen" in classes):
            self.skip = len(self.stack)
        if self.in_main and not self.skip and tag in self.BLOCKS:
            self._break()

    def handle_endtag(self, tag):
        if tag in self.VOID or tag not in self.stack:
            return
        while self.stack:
            top = self.stack.pop()
            depth = len(self.stack) + 1
            if self.skip and depth <= self.skip:
                self.skip = 0
            if self.in_main and depth <= self.in_main:
                self._break()
                self.in_main = 0
            if top == tag:
                break
        if self.in_main and not self.skip and tag in self.BLOCKS:
            self._break()

    def handle_data(self, data):
        if self.in_main and not self.skip:
            self.current.append(data)


def main_text(html: str) -> str:
    parser = _MainText()
    parser.feed(html)
    parser.close()
    parser._break()
    return "\n\n".join(parser.blocks)


def _page(key: str, lang: str) -> Source | None:
    from flask import render_template

    spec = PAGES.get(key)
    if spec is None:
        return None
    _endpoint, template, context = spec
    saved = {name: g.get(name) for name in ("_speech_rendering", "english_parts")}
    g._speech_rendering = True  # listen()/listen_page() stay silent inside this render
    try:
        html = render_template(template, **context())
    finally:
        for name, value in saved.items():
            setattr(g, name, value)
    text = main_text(html)
    # Page text comes from the catalogs: with no catalog for this language it is English.
    really = lang if lang == "en" or _has_catalog() else "en"
    return Source("page", key, "", _parts([(text, really)]))


_FINDERS = {"page": _page, "consultation": _consultation, "question": _question,
            "option": _option, "block": _block, "glossary": _glossary}


def find(kind: str, key: str, lang: str) -> Source | None:
    """The source ``kind``/``key`` as read in ``lang``, or None if it is not shown to anyone."""
    finder = _FINDERS.get(kind)
    if finder is None or not key or len(key) > 80:
        return None
    with force_locale(lang):
        source = finder(str(key), lang)
    if source is None or not source.parts:
        return None
    return source


def page_for_request(endpoint: str | None, view_args: dict | None) -> tuple[str, str] | None:
    """The (kind, key) of the main text of the page being shown, if it has one."""
    if endpoint == "participate.consultation" and view_args and view_args.get("slug"):
        return "consultation", str(view_args["slug"])
    for key, (page_endpoint, _template, _context) in PAGES.items():
        if endpoint == page_endpoint:
            return "page", key
    return None


def consultation_sources(consultation) -> list[tuple[str, str]]:
    """Every (kind, key) with a Listen control for one consultation, for warming the cache."""
    keys = [("consultation", consultation.slug)]
    for q in consultation.questions:
        if q.removed:
            continue
        keys.append(("question", str(q.id)))
        if q.kind in ("one", "many"):
            keys += [("option", str(o.id)) for o in q.options if o.help]
    return keys


def content_languages(consultation) -> list[str]:
    """English plus every language with at least one translated field of the consultation."""
    from app.extensions import db
    from app.i18n import LANGUAGES
    from app.models import ContentTranslation

    rows = db.session.scalars(select(ContentTranslation.lang).where(
        ContentTranslation.entity == "consultation",
        ContentTranslation.entity_id == consultation.id).distinct())
    found = set(rows)
    return ["en"] + [code for code in LANGUAGES if code != "en" and code in found]
