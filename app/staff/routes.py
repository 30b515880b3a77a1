"""Staff blueprint: login, logout and the dashboard. Other staff modules add routes to `bp`."""
from flask import Blueprint, redirect, render_template, request, session, url_for
from flask_babel import _
from flask_login import current_user, login_user, logout_user

from app.extensions import limiter
from app.staff import dashboard as panels
from app.staff.auth import authenticate, end_sessions, role_required, start_session
from app.staff.forms import LoginForm
from app.urls import safe_next

bp = Blueprint("staff", __name__, url_prefix="/staff")


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("20 per 10 minutes", methods=["POST"])
def login():
    form = LoginForm()
    if form.validate_on_submit():
        user = authenticate(form.email.data, form.password.data)
        if user is not None:
            session.clear()
            login_user(user)
            start_session(user)
            session.permanent = True
            return redirect(safe_next(request.args.get("next")) or url_for("staff.dashboard"))
        form.password.errors.append(_("The email address or password is not right. "
                                      "After 5 tries the account is locked for 15 minutes."))
    status = 400 if form.errors else 200
    return render_template("staff/login.html", form=form), status


@bp.route("/logout", methods=["POST"])
def logout():
    if current_user.is_authenticated:
        end_sessions(current_user)  # every copy of this session ends too
    logout_user()
    session.clear()
    return redirect(url_for("staff.login"))


@bp.route("/")
@role_required("viewer")
def dashboard():
    return render_template("staff/dashboard.html", **panels.context(current_user))
