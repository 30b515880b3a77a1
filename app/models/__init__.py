"""Typed SQLAlchemy models, one file per aggregate."""
from app.models.audit import AuditEvent
from app.models.consultation import Consultation, InfoBlock, Option, Picture, PromisedChange, Question
from app.models.glossary import GlossaryTerm
from app.models.permission import Permission
from app.models.response import (
    AboutYou, Answer, Note, ProxyDetails, Response, ResponseTag, SafeguardingFlag, Tag,
)
from app.models.staff import StaffUser
from app.models.translation import ContentTranslation

__all__ = [
    "AboutYou", "Answer", "AuditEvent", "Consultation", "ContentTranslation", "GlossaryTerm",
    "InfoBlock", "Note", "Option", "Permission", "Picture", "PromisedChange", "ProxyDetails",
    "Question", "Response", "ResponseTag", "SafeguardingFlag", "StaffUser", "Tag",
]
