"""Fixtures shared by the staff review and results tests."""
import pytest
from sqlalchemy import select

from app.models import Consultation
from tests.factories import login, make_staff


@pytest.fixture
def consultation(db):
    """The open demo consultation about day centres."""
    return db.session.scalar(select(Consultation).where(Consultation.slug == "day-centres"))


@pytest.fixture
def staff(client, db):
    """A logged-in user with the staff role."""
    user = make_staff("staff@example.org", "staff")
    assert login(client, "staff@example.org").status_code == 302
    return user
