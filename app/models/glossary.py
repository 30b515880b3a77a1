from sqlalchemy import JSON, Boolean, String, Text, true
from sqlalchemy.orm import Mapped, mapped_column

from app.extensions import db


class GlossaryTerm(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True, index=True)
    term: Mapped[str] = mapped_column(String(120))
    forms: Mapped[list] = mapped_column(JSON, default=list)
    definition: Mapped[str] = mapped_column(Text)
    explanation: Mapped[str] = mapped_column(Text, default="")
    alternatives: Mapped[list] = mapped_column(JSON, default=list)
    related: Mapped[list] = mapped_column(JSON, default=list)
    category: Mapped[str] = mapped_column(String(30), default="")
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    # False for everyday words with a care meaning too ("review", "budget"): then only forms
    # of two or more words ("care review") link on participant pages.
    link_alone: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
