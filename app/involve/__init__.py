"""Co-production beyond consultations (issue 19): "Was this helpful?" on information pages,
and comments, complaints and compliments about a service, with a staff queue."""
from flask import Flask


def register(app: Flask) -> None:
    from app.involve import (  # noqa: F401
        carer_signup, expenses, expenses_staff, meetings, routes, services, staff,
    )

    meetings.install()  # groups and meetings: routes on both blueprints, menu, read aloud
    app.register_blueprint(routes.bp)
    app.register_blueprint(staff.bp)
    staff.add_to_menu()
    expenses_staff.add_to_menu()
    app.jinja_env.globals.update(helpful_key=services.helpful_key,
                                 flagged_feedback=services.flagged_feedback,
                                 how_long=services.how_long, pounds=expenses_staff.pounds)
