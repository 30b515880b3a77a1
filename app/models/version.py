from sqlalchemy import DDL, Integer, event
from sqlalchemy.orm import Mapped, mapped_column

from app.extensions import db


class ContentVersion(db.Model):
    """One row whose number goes up whenever staff content changes (see app/content_version.py).

    Every app process keeps caches of rendered content; each checks this one number, so an
    edit made through any server shows on every server at once.
    """

    __tablename__ = "content_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, default=0)


# create_all() (tests) makes the row too; the migration inserts it itself.
event.listen(ContentVersion.__table__, "after_create",
             DDL("INSERT INTO content_version (id, number) VALUES (1, 0)"))
