"""Pages that belong to no one area: display settings, privacy, accessibility, health check."""
from datetime import date

from flask import Blueprint, make_response, redirect, render_template, request, url_for
from sqlalchemy import text

from app import display
from app.extensions import db
from app.main.forms import DisplayForm
from app.urls import safe_next

bp = Blueprint("main", __name__)


@bp.route("/settings", methods=["GET", "POST"])
def settings():
    current = display.current()
    form = DisplayForm(data=current.__dict__)
    if form.validate_on_submit():
        chosen = display.Display(**{name: form[name].data for name in display.CHOICES})
        response = make_response(redirect(safe_next(request.form.get("next"))
                                          or url_for("main.settings", saved=1)))
        response.set_cookie(display.COOKIE, chosen.to_cookie(), max_age=365 * 24 * 3600,
                            samesite="Lax", httponly=True, secure=request.is_secure)
        return response
    return render_template("main/settings.html", form=form,
                           next=safe_next(request.args.get("next")) or "",
                           saved=request.args.get("saved") == "1")


@bp.route("/privacy")
def privacy():
    return render_template("main/privacy.html")


# When the accessibility statement was written and last checked (change both on review).
STATEMENT_PREPARED = date(2026, 12, 4)
STATEMENT_REVIEWED = date(2026, 12, 4)


@bp.route("/accessibility")
def accessibility():
    return render_template("main/accessibility.html", prepared=STATEMENT_PREPARED,
                           reviewed=STATEMENT_REVIEWED)


@bp.route("/credits")
def credits():
    """Who made the pictures, and their licence (OpenMoji is CC BY-SA 4.0)."""
    return render_template("main/credits.html")


@bp.route("/healthz")
def healthz():
    db.session.execute(text("SELECT 1"))
    return {"status": "ok"}
