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
from datetime import datetime
from html.parser import HTMLParser
import importlib
from types import SimpleNamespace

from flask import g, render_template
from flask_babel import force_locale, get_translations, gettext
from sqlalchemy import select

from app.carers.forms import PermissionForm
from app.content import translation_row
from app.errors import ERRORS
from app.extensions import db
from app.helpers import format_day
from app.i18n import LANGUAGES
from app.main.routes import STATEMENT_PREPARED, STATEMENT_REVIEWED
from app.models import Consultation, ContentTranslation, GlossaryTerm, InfoBlock, Option, Question
from app.participate import services
from app.participate.labels import FEELING_LABELS, YES_NO_LABELS
from app.participate.services import today
from easyread.speech import speech_text, split_for_speech

KINDS = ("page", "consultation", "question", "option", "block", "glossary")
# Up to this many words a source is one clip (about 1 minute). A longer source is split
# between its sections (a heading and what follows it), never inside a sentence: the first
# section is its own clip so it starts soon; the others are grouped up to PART_WORDS.
ONE_CLIP_WORDS = 120
PART_WORDS = 150
FIRST_WORDS = 15


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
    return bool(getattr(get_translations(), "_catalog", None))


def _section_segments(pieces: list[tuple[str, str]]) -> list[Segment]:
    """One section's (text, lang) pieces as speech segments, one per language run."""
    runs: list[tuple[str, list[str]]] = []
    for text, lang in pieces:
        if not text or not text.strip():
            continue
        if runs and runs[-1][0] == lang:
            runs[-1][1].append(text.strip())
        else:
            runs.append((lang, [text.strip()]))
    segments = []
    for lang, texts in runs:
        spoken = speech_text("\n\n".join(texts), lang)
        if spoken:
            segments.append(Segment(lang, spoken))
    return segments


def _words(segments) -> int:
    return sum(len(segment.text.split()) for segment in segments)


def _parts(pieces: list, sections: list[list[tuple[str, str]]] | None = None
           ) -> tuple[Part, ...]:
    """Turn (text, lang) pieces, or sections of them, into Listen players.

    Same-language runs are read together. Runs in different languages share a player: each
    is read by its own voice, in one clip. A source of up to ONE_CLIP_WORDS is one player.
    A longer one is cut only between sections: the first section is one player, so it
    starts soon, and the rest are grouped into players of up to PART_WORDS. A section longer
    than that is cut between sentences.
    """
    groups: list[list[Segment]] = []
    for section in (sections if sections is not None else [pieces]):
        segments = _section_segments(section)
        if _words(segments) <= PART_WORDS:
            if segments:
                groups.append(segments)
            continue
        for segment in segments:  # a very long section: cut between sentences
            groups.extend([Segment(segment.lang, chunk)]
                          for chunk in split_for_speech(segment.text, PART_WORDS))
    everything = [segment for group in groups for segment in group]
    if not everything:
        return ()
    if _words(everything) <= ONE_CLIP_WORDS or len(groups) == 1:
        return (_part(everything),)
    # The first player: the top of the page, at least FIRST_WORDS long (a heading alone is
    # too short to be worth a player), but short, so it is made and starts soon.
    first = list(groups[0])
    rest = groups[1:]
    while rest and _words(first) < FIRST_WORDS and _words(first) + _words(rest[0]) <= PART_WORDS // 2:
        first.extend(rest.pop(0))
    parts = [_part(first)]
    current: list[Segment] = []
    for group in rest:
        if current and _words(current) + _words(group) > PART_WORDS:
            parts.append(_part(current))
            current = []
        current.extend(group)
    if current:
        parts.append(_part(current))
    return tuple(parts)


def _part(segments: list[Segment]) -> Part:
    """One player; neighbouring segments in the same language become one clip."""
    joined: list[Segment] = []
    for segment in segments:
        if joined and joined[-1].lang == segment.lang:
            joined[-1] = Segment(segment.lang, f"{joined[-1].text}\n\n{segment.text}")
        else:
            joined.append(segment)
    return Part(tuple(joined))


def _published(consultation) -> bool:
    return consultation is not None and consultation.published_at is not None


def _int_key(key: str) -> int | None:
    return int(key) if key.isdigit() and len(key) < 12 else None


def _get(model, key: str):
    ident = _int_key(key)
    return db.session.get(model, ident) if ident is not None else None


# --- the sources ---------------------------------------------------------------------------

def _consultation(key: str, lang: str) -> Source | None:
    c = db.session.scalar(select(Consultation).where(Consultation.slug == key))
    if not _published(c):
        return None

    day = format_day
    sections = [[_field(c, "title", lang), _field(c, "summary", lang)]]
    if c.state(today()) == "closed" and c.results_published_at:
        sections += [[_ui(lang, "You said"), _field(c, "you_said", lang)],
                     [_ui(lang, "We did"), _field(c, "we_did", lang)]]
    sections += [[_ui(lang, "Why we ask"), _field(c, "purpose", lang)],
                 [_ui(lang, "Who can answer"), _field(c, "audience", lang)],
                 [_ui(lang, "Who decides, and when"), _field(c, "decision", lang)],
                 [_ui(lang, "When you can answer"),
                  _ui(lang, "From %(start)s to %(end)s.", start=lambda: day(c.opens_on),
                      end=lambda: day(c.closes_on))]]
    if c.blocks:
        sections.append([_ui(lang, "What it is about")])
        sections += [[_field(b, "text", lang)] for b in c.blocks]
    pieces = [piece for section in sections for piece in section]
    return Source("consultation", key, pieces[0][0], _parts(pieces, sections))


def _question(key: str, lang: str) -> Source | None:
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
    o = _get(Option, key)
    if o is None or o.question.removed or not _published(o.question.consultation):
        return None
    pieces = [_field(o, "label", lang), _field(o, "help", lang)]
    return Source("option", key, pieces[0][0], _parts(_as_lines(pieces[:1], 0) + pieces[1:]))


def _block(key: str, lang: str) -> Source | None:
    b = _get(InfoBlock, key)
    if b is None or not _published(b.consultation):
        return None
    text = _field(b, "text", lang)
    return Source("block", key, "", _parts([text]))


def _glossary(key: str, lang: str) -> Source | None:
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
    today = services.today()
    consultations = services.published_consultations()
    return {"open_now": [c for c in consultations if c.state(today) == "open"],
            "closed": [c for c in consultations if c.state(today) == "closed"],
            "today": today}


def _journey_context(c) -> dict:
    """What a journey page shows everyone: no answers, codes or names from a session."""
    return {"c": c, "response": SimpleNamespace(status="draft", pending=False, answering="self",
                                                proxy=None),
            "questions": [], "answers": {}, "hidden": set(), "missing": [], "code": None,
            "is_open": True, "next_number": None, "state": "open", "carry_on": "#",
            "shown": False, "reason": "", "today": None, "answered": [], "next": "",
            "saved": False}


def _names() -> dict:
    """Stand-ins for the names a carer typed: a clip is shared by everyone, so it never says
    a real name. Only heard, never shown."""
    return {"person_name": gettext("the person"), "carer_name": gettext("your carer")}


def _form(path: str, name: str):
    return getattr(importlib.import_module(path), name)(formdata=None, meta={"csrf": False})


def _with(template_context=None, **forms):
    """A context maker: the journey context plus empty forms (class paths) and extras."""
    def make(c=None) -> dict:
        context = _journey_context(c)
        for key, (module, name) in forms.items():
            context[key] = _form(module, name)
        if template_context:
            context.update(template_context())
        return context
    return make


def _held_context() -> dict:
    return {"held": _names()}


def _proxy_context() -> dict:
    return {"proxy": SimpleNamespace(**_names())}


def _permission_made_context() -> dict:
    return {"p": SimpleNamespace(expires_on=None, **_names()), "share": "", "private": ""}


def _permission_context() -> dict:
    form = PermissionForm(formdata=None, meta={"csrf": False})
    form.consultation.choices = []  # the list of consultations is read on the page itself
    return {"form": form}


def _involve_context() -> dict:
    """Stand-ins for a message or a register entry: those parts are marked no-listen."""
    empty = SimpleNamespace(kind="", service="", feeling="", text="", lang="en", reply="",
                            created_at=datetime(2026, 1, 1), replied_at=None, flagged=False,
                            name="", topics=[], groups=[], needs=[], best_time="",
                            contact_how="", contact_detail="", language="en")
    labels = {"topics": {}, "groups": {}, "needs": {}, "best_time": {}, "contact_how": {}}
    return {"item": empty, "code": "", "kinds": {}, "feelings": {}, "labels": labels,
            "back": "#", "said_no": False}


def _expense_context() -> dict:
    # why: app.involve's package setup imports this module (it adds the meeting kind)
    from app.involve.expenses import rates

    return {"rates": rates()}  # the council's rates are read out as the page shows them


def _glossary_page_context() -> dict:
    """The word list's pages with no words: only their own text is read."""
    return {"letters": [], "groups": [], "categories": [], "category": "", "count": 0,
            "q": "", "results": [], "cut": False, "suggestions": []}


def _error_context(key: str):
    def make() -> dict:
        title, message = ERRORS[key]
        return {"title": str(title), "message": str(message), "error_key": key}
    return make


def _statement_context() -> dict:
    return {"prepared": STATEMENT_PREPARED, "reviewed": STATEMENT_REVIEWED}


P, C, I = "app.participate.forms", "app.carers.forms", "app.involve.forms"

# page key -> (endpoint that shows it, template, context maker, needs a consultation?)
# A page about one consultation is addressed as "<key>.<slug>".
PAGES = {
    "home": ("participate.home", "participate/home.html", lambda c=None: _home_context(), False),
    "privacy": ("main.privacy", "main/privacy.html", lambda c=None: {}, False),
    "settings": ("main.settings", "main/settings.html", _with(form=("app.main.forms", "DisplayForm")),
                 False),
    "feedback": ("involve.feedback", "involve/feedback.html",
                 _with(form=("app.involve.forms", "FeedbackForm")), False),
    "register": ("involve.register", "involve/register.html",
                 _with(lambda: {"item": None}, form=("app.involve.forms", "RegisterForm")), False),
    "credits": ("main.credits", "main/credits.html", lambda c=None: {}, False),
    # Expenses and a carer's sign-up (issue 19): the person's own claims are marked no-listen.
    "expenses": ("involve.expenses", "involve/expense_list.html",
                 _with(lambda: {"claims": [], "statuses": {}, "groups": {}}), False),
    "expense-claim": ("involve.expense_claim", "involve/expense_claim.html",
                      _with(_expense_context, form=("app.involve.expenses", "ClaimForm")), False),
    "register-carer": ("involve.register_carer", "involve/register_carer.html",
                       _with(lambda: {"name": ""}, form=("app.involve.carer_signup",
                                                          "CarerSignUpForm")), False),
    "accessibility": ("main.accessibility", "main/accessibility.html",
                      lambda c=None: _statement_context(), False),
    "return": ("participate.return_with_code", "participate/return.html",
               _with(form=(P, "ReturnForm")), False),
    "finished": ("participate.finish", "participate/finished.html", _with(), False),
    "permission": ("carers.permission", "carers/permission.html",
                   _with(_permission_context), False),
    "permission-made": ("carers.permission_made", "carers/permission_made.html",
                        _with(_permission_made_context), False),
    "manage": ("carers.manage", "carers/manage.html", _with(form=(C, "ManageForm")), False),
    "who": ("participate.who", "participate/who.html", _with(form=(P, "WhoForm")), True),
    "help": ("participate.help_offer", "participate/help.html",
             _with(form=(P, "ContactMeForm")), True),
    "saved": ("participate.saved", "participate/saved.html", _with(), True),
    "check": ("participate.check", "participate/check.html", _with(form=(P, "SendForm")), True),
    "sent": ("participate.sent", "participate/sent.html", _with(), True),
    "your-answers": ("participate.your_answers", "participate/your_answers.html", _with(), True),
    "withdraw": ("participate.withdraw", "participate/withdraw.html",
                 _with(form=(P, "WithdrawForm")), True),
    "about-you": ("participate.about_you", "participate/about_you.html",
                  _with(form=(P, "AboutYouForm")), True),
    "details": ("carers.details", "carers/details.html", _with(form=(C, "DetailsForm")), True),
    "basis": ("carers.basis", "carers/basis.html", _with(_held_context, form=(C, "BasisForm")),
              True),
    "ask": ("carers.ask", "carers/ask.html", _with(_held_context, form=(C, "AskForm")), True),
    "code": ("carers.code", "carers/code.html", _with(_held_context, form=(C, "CodeForm")), True),
    "legal": ("carers.legal", "carers/legal.html", _with(_held_context, form=(C, "LegalForm")),
              True),
    "best-interests": ("carers.best_interests", "carers/best_interests.html",
                       _with(_held_context, form=(C, "BestInterestsForm")), True),
    "views": ("carers.views", "carers/views.html", _with(form=(C, "ViewsForm")), True),
}

# Pages that one view shows in several forms (a second template for the same address):
# template -> page key. Their Listen control names the key, not the endpoint.
OTHER_TEMPLATES = {
    "help-asked": ("participate/help_asked.html", _with(), True),
    "withdrawn": ("participate/withdrawn.html", _with(), True),
    "about-you-done": ("participate/about_you_done.html", _with(), True),
    "declined": ("carers/declined.html", _with(_held_context), True),
    "not-open": ("participate/not_open.html", _with(), True),
    "stopped": ("carers/stopped.html", _with(_proxy_context), True),
    "yours": ("carers/yours.html", _with(_permission_made_context, form=(C, "StopForm")), False),
    # Get involved, comments and complaints: what the person typed is never in a clip.
    "feedback-code": ("involve/feedback_code.html", _with(form=(I, "FeedbackCodeForm")), False),
    "register-code": ("involve/register_code.html", _with(form=(I, "FeedbackCodeForm")), False),
    "feedback-sent": ("involve/feedback_sent.html", _with(_involve_context), False),
    "feedback-reply": ("involve/feedback_reply.html", _with(_involve_context), False),
    "helpful-thanks": ("involve/helpful_thanks.html", _with(_involve_context), False),
    "register-deleted": ("involve/register_deleted.html", _with(), False),
    "register-yours": ("involve/register_yours.html",
                       _with(_involve_context, form=(I, "FeedbackCodeForm")), False),
    # The word list's own pages: the words themselves each have their own Listen control.
    "glossary": ("glossary/index.html", lambda: _glossary_page_context(), False),
    "glossary-search": ("glossary/search.html", lambda: _glossary_page_context(), False),
    "glossary-not-found": ("glossary/not_found.html", lambda: _glossary_page_context(), False),
    **{f"error-{key}": ("errors/error.html", _error_context(key), False) for key in ERRORS},
}


class _MainText(HTMLParser):
    """The readable text inside <main>: blocks become paragraphs, pictures their alt text,
    links their words, form fields their labels, hints and choices. Listen controls,
    buttons, error messages and the "Sharing this device?" box are left out, and so is
    anything marked ``no-listen``. Each h2 to h6 starts a new section."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr"}
    BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "div", "section",
              "ul", "ol", "dl", "tr", "blockquote", "figcaption", "legend", "main", "label",
              "fieldset", "form"}
    SKIP = {"script", "style", "audio", "video", "button", "select", "textarea", "nav",
            "template"}
    SKIP_CLASSES = {"listen", "no-listen", "error-summary", "error-message", "shared-device"}
    HEADINGS = {"h2", "h3", "h4", "h5", "h6"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.in_main = 0  # depth of <main> in the stack, 0 = outside
        self.skip = 0  # depth of the element being skipped, 0 = not skipping
        self.blocks: list[str | None] = []  # None marks where a new section starts
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
        if self.in_main and not self.skip and (tag in self.SKIP
                                               or self.SKIP_CLASSES.intersection(classes)):
            self.skip = len(self.stack)
        if self.in_main and not self.skip and (tag in self.BLOCKS or tag in self.HEADINGS):
            self._break()
            if tag in self.HEADINGS and self.blocks and self.blocks[-1] is not None:
                self.blocks.append(None)

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


def main_sections(html: str) -> list[str]:
    """The readable text inside <main>, one string per section (split at h2 to h6)."""
    parser = _MainText()
    parser.feed(html)
    parser.close()
    parser._break()
    sections: list[list[str]] = [[]]
    for block in parser.blocks:
        if block is None:
            sections.append([])
        else:
            sections[-1].append(block)
    return ["\n\n".join(blocks) for blocks in sections if blocks]


def main_text(html: str) -> str:
    return "\n\n".join(main_sections(html))


def _page_spec(key: str):
    """(template, context maker, consultation) for a page key, or None."""
    name, _dot, slug = key.partition(".")
    if name in PAGES:
        _endpoint, template, context, scoped = PAGES[name]
    elif name in OTHER_TEMPLATES:
        template, context, scoped = OTHER_TEMPLATES[name]
    else:
        return None
    if not scoped:
        return (template, context, None) if not slug else None

    c = db.session.scalar(select(Consultation).where(Consultation.slug == slug)) if slug else None
    if not _published(c):
        return None
    return template, context, c


def _page(key: str, lang: str) -> Source | None:
    spec = _page_spec(key)
    if spec is None:
        return None
    template, context, c = spec
    saved = {name: g.get(name) for name in ("_speech_rendering", "english_parts")}
    g._speech_rendering = True  # listen()/listen_page() stay silent inside this render
    try:
        html = render_template(template, **(context(c) if c is not None else context()))
    finally:
        for name, value in saved.items():
            setattr(g, name, value)
    sections = main_sections(html)
    # Page text comes from the catalogs: with no catalog for this language it is English.
    really = lang if lang == "en" or _has_catalog() else "en"
    sections_in = [[(text, really)] for text in sections]
    return Source("page", key, "", _parts([p for s in sections_in for p in s], sections_in))


_FINDERS = {"page": _page, "consultation": _consultation, "question": _question,
            "option": _option, "block": _block, "glossary": _glossary}


def add_kind(kind: str, finder) -> None:
    """Let an area read its own pages aloud: finder(key, lang) -> Source | None.
    (Meetings, issue 19: their clips are keyed on a meeting's secret listen key.)"""
    global KINDS
    _FINDERS[kind] = finder
    if kind not in KINDS:
        KINDS = (*KINDS, kind)


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
    for key, (page_endpoint, _template, _context, scoped) in PAGES.items():
        if endpoint == page_endpoint:
            if scoped:
                slug = (view_args or {}).get("slug")
                return ("page", f"{key}.{slug}") if slug else None
            return "page", key
    return None


def page_for_template(name: str, view_args: dict | None) -> tuple[str, str] | None:
    """The (kind, key) of a page that its view shows instead of its usual one (a "done"
    page, say): the template names it with ``listen_page('withdrawn')``."""
    if name not in OTHER_TEMPLATES:
        return None
    if OTHER_TEMPLATES[name][2]:
        slug = (view_args or {}).get("slug")
        return ("page", f"{name}.{slug}") if slug else None
    return "page", name


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
    rows = db.session.scalars(select(ContentTranslation.lang).where(
        ContentTranslation.entity == "consultation",
        ContentTranslation.entity_id == consultation.id).distinct())
    found = set(rows)
    return ["en"] + [code for code in LANGUAGES if code != "en" and code in found]
