"""Co-production beyond consultations (issue 19): "Was this helpful?" on information pages,
comments, complaints and compliments, the get-involved register, groups and meetings, and
expenses and payments."""
from flask import Flask

from app.involve import expenses_staff, meetings_speech, services
from app.speech import sources


def init_app(app: Flask) -> None:
    app.jinja_env.globals.update(helpful_key=services.helpful_key,
                                 flagged_feedback=services.flagged_feedback,
                                 how_long=services.how_long, pounds=expenses_staff.pounds)
    # Meetings are read aloud from their own secret key, not from a consultation.
    sources.add_kind("meeting", meetings_speech.meeting_source)
