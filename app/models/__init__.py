"""Typed SQLAlchemy models, one file per aggregate."""
from app.models.audit import AuditEvent
from app.models.consultation import Consultation, InfoBlock, Option, Picture, PromisedChange, Question
from app.models.expense import ExpenseClaim
from app.models.glossary import GlossaryTerm
from app.models.involve import Feedback, HelpfulVote, Involvement
from app.models.meeting import Invitation, Meeting, MeetingGroup
from app.models.permission import Permission
from app.models.response import (
    AboutYou, Answer, ContactRequest, Note, ProxyDetails, Response, ResponseTag, SafeguardingFlag, Tag,
)
from app.models.staff import StaffUser
from app.models.translation import ContentTranslation
from app.models.version import ContentVersion

__all__ = [
    "AboutYou", "Answer", "AuditEvent", "ContactRequest", "Consultation", "ContentTranslation", "ContentVersion",
    "ExpenseClaim",
    "Feedback", "GlossaryTerm", "HelpfulVote", "Invitation", "Involvement", "Meeting", "MeetingGroup",
    "InfoBlock", "Note", "Option", "Permission", "Picture", "PromisedChange", "ProxyDetails",
    "Question", "Response", "ResponseTag", "SafeguardingFlag", "StaffUser", "Tag",
]
