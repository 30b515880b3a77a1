"""Read aloud for the meeting pages (issue 19): /listen/meeting/invite-<key>.mp3 and
/listen/meeting/notes-<key>.mp3. The key is the meeting's random listen key, shown only on
its invitation pages, so nobody can list meetings by trying numbers. A clip says what the
page shows about the meeting, never a name, a code or the online joining details."""
from __future__ import annotations

from sqlalchemy import select

from app.extensions import db
from app.helpers import format_day
from app.involve.meetings_forms import ACCESS_LABELS, MODE_LABELS, REPLY_LABELS
from app.involve.meetings_services import is_over
from app.models import Meeting
from app.speech.sources import Source, _field, _label, _parts, _ui


def meeting_source(key: str, lang: str) -> Source | None:
    page, _dash, listen_key = key.partition("-")
    if page not in ("invite", "notes") or not listen_key:
        return None
    m = db.session.scalar(select(Meeting).where(Meeting.listen_key == listen_key))
    if m is None:
        return None
    day = (format_day(m.starts_at.date()), lang)
    if page == "notes":
        sections = [[_ui(lang, "Notes from the meeting"), _field(m, "title", lang), day],
                    [_field(m, "notes", lang) if m.notes else
                     _ui(lang, "We have not written the notes yet.")]]
    else:
        sections = [
            [_ui(lang, "We invite you to a meeting")],
            [_ui(lang, "What it is about"), _field(m, "title", lang),
             _ui(lang, "The group:"), _field(m.group, "name", lang), _field(m, "about", lang)],
            [_ui(lang, "When"), day,
             _ui(lang, "From %(start)s to %(end)s.", start=m.starts_at.strftime("%H:%M"),
                 end=m.ends_at.strftime("%H:%M"))],
            [_ui(lang, "Where"), _label(lang, MODE_LABELS.get(m.mode, ""))]
            + ([_field(m, "venue_name", lang), _field(m, "venue_address", lang)]
               if m.mode != "online" else []),
        ]
        if m.mode != "online" and m.getting_there:
            sections.append([_ui(lang, "How to get there"), _field(m, "getting_there", lang)])
        sections.append([_ui(lang, "What the meeting has for you")]
                        + [_sentence(_label(lang, ACCESS_LABELS[a])) for a in m.access
                           if a in ACCESS_LABELS]
                        + [_ui(lang, "Do you need something else? Please tell us.")])
        if is_over(m):
            sections.append([_ui(lang, "Your answer"), _ui(lang, "This meeting has finished.")])
        else:
            sections.append([_ui(lang, "Your answer"), _ui(lang, "Can you come?")]
                            + [_sentence(_label(lang, label)) for label in REPLY_LABELS.values()])
    pieces = [piece for section in sections for piece in section]
    return Source("meeting", key, "", _parts(pieces, sections))


def _sentence(piece: tuple[str, str]) -> tuple[str, str]:
    """A list item read as its own short sentence, so the voice pauses after it."""
    text, lang = piece
    return (text.strip().rstrip(".") + "." if text.strip() else "", lang)
