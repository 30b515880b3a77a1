"""Staff accounts, for admins: add a user, change a role, deactivate or reactivate.

Roles: admin (manage users, consultations, glossary), staff (review responses), viewer
(read only). An admin cannot lock themselves out, and there is always one active admin.
"""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import func, select
from wtforms import PasswordField, RadioField, StringField
from wtforms.validators import Email, InputRequired

from app.extensions import db
from app.forms import Form, MaxLength
from app.models import StaffUser
from app.models.staff import ROLES
from app.staff.auth import audit, role_required
from app.staff.routes import bp
from app.staff_accounts import create_user, password_problem

ROLE_LABELS = {"admin": _l("Admin: manages users, consultations and the glossary"),
               "staff": _l("Staff: reviews responses"),
               "viewer": _l("Viewer: can read, cannot change anything")}
PASSWORD_PROBLEMS = {"too-short": _l("The password must be 12 characters or more."),
                     "too-common": _l("This password is too common. Choose another one.")}


class NewUserForm(Form):
    email = StringField(_l("Email address"), validators=[
        InputRequired(_l("Enter an email address.")),
        Email(_l("Enter an email address like name@example.org."), check_deliverability=False),
        MaxLength(254)])
    role = RadioField(_l("Role"), choices=list(ROLE_LABELS.items()), default="staff",
                      validators=[InputRequired(_l("Choose a role."))])
    password = PasswordField(_l("First password"), validators=[
        InputRequired(_l("Enter a first password.")), MaxLength(200)])


class RoleForm(Form):
    new_role = RadioField(_l("Role"), choices=list(ROLE_LABELS.items()),
                          validators=[InputRequired(_l("Choose a role."))])


class ActiveForm(Form):
    pass


def _active_admins() -> int:
    return db.session.scalar(select(func.count()).select_from(StaffUser).where(
        StaffUser.role == "admin", StaffUser.active.is_(True))) or 0


def _list_page(form: NewUserForm, status: int = 200):
    users = list(db.session.scalars(select(StaffUser).order_by(StaffUser.email)))
    return render_template("staff/users/list.html", users=users, form=form,
                           role_labels=ROLE_LABELS), status


@bp.route("/users", methods=["GET", "POST"])
@role_required("admin")
def users():
    form = NewUserForm()
    if not form.validate_on_submit():
        return _list_page(form, 400 if form.errors else 200)
    email = form.email.data.strip().lower()
    if db.session.scalar(select(StaffUser.id).where(StaffUser.email == email)) is not None:
        form.email.errors.append(_("There is already an account with this email address."))
        return _list_page(form, 400)
    problem = password_problem(form.password.data)
    if problem:
        form.password.errors.append(PASSWORD_PROBLEMS.get(problem, problem))
        return _list_page(form, 400)
    user = create_user(email, form.password.data, form.role.data)
    audit(current_user, "add-user", "staff_user", user.id, f"role={user.role}")
    db.session.commit()
    flash(_("Account made for %(email)s.", email=email))
    return redirect(url_for("staff.users"))


def _user(user_id: int) -> StaffUser:
    user = db.session.get(StaffUser, user_id)
    if user is None:
        abort(404)
    return user


def _user_page(user: StaffUser, form: RoleForm | None = None, status: int = 200):
    form = form or RoleForm(formdata=None, new_role=user.role)
    return render_template("staff/users/user.html", user=user, form=form,
                           active_form=ActiveForm(formdata=None),
                           role_labels=ROLE_LABELS), status


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
@role_required("admin")
def user(user_id: int):
    item = _user(user_id)
    form = RoleForm()
    if not form.validate_on_submit():
        return _user_page(item, form if form.errors else None, 400 if form.errors else 200)
    role = form.new_role.data
    if role not in ROLES:
        abort(400)
    if item.role == "admin" and role != "admin" and item.active and _active_admins() <= 1:
        form.new_role.errors.append(_("This is the only admin. Make another admin first."))
        return _user_page(item, form, 400)
    if item.role != role:
        audit(current_user, "change-role", "staff_user", item.id, f"{item.role}->{role}")
        item.role = role
        db.session.commit()
    flash(_("Role saved."))
    return redirect(url_for("staff.user", user_id=item.id))


@bp.route("/users/<int:user_id>/active", methods=["POST"])
@role_required("admin")
def user_active(user_id: int):
    item = _user(user_id)
    if not ActiveForm().validate_on_submit():
        abort(400)
    if item.active:
        if item.id == current_user.id:
            flash(_("You cannot deactivate your own account."))
            return redirect(url_for("staff.user", user_id=item.id))
        if item.role == "admin" and _active_admins() <= 1:
            flash(_("This is the only admin. Make another admin first."))
            return redirect(url_for("staff.user", user_id=item.id))
        item.active = False
        audit(current_user, "deactivate-user", "staff_user", item.id)
        flash(_("Account deactivated. This person can no longer log in."))
    else:
        item.active = True
        item.failed_logins = 0
        item.locked_until = None
        audit(current_user, "reactivate-user", "staff_user", item.id)
        flash(_("Account active again."))
    db.session.commit()
    return redirect(url_for("staff.user", user_id=item.id))
