"""/staff/involve: "Was this helpful?" counts, and the comments, complaints and compliments
queue with replies and response times."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from wtforms import TextAreaField
from wtforms.validators import InputRequired

from app.extensions import db
from app.forms import Form, MaxLength
from app.i18n import LANGUAGES
from app.involve import services
from app.involve.forms import (
    CONTACT_LABELS, GROUP_LABELS, KIND_LABELS, NEED_LABELS, TIME_LABELS, TOPIC_LABELS,
)
from app.models import Feedback
from app.participate.labels import FEELING_LABELS
from app.staff.auth import audit, role_required
from app.staff.safeguarding import CATEGORY_LABELS

bp = Blueprint("involve_staff", __name__, url_prefix="/staff/involve")

STAFF_KIND_LABELS = {"comment": _l("Comment"), "complaint": _l("Complaint"),
                     "compliment": _l("Compliment")}


class ReplyForm(Form):
    reply = TextAreaField(_l("Your reply"), validators=[
        InputRequired(_l("Write the reply.")), MaxLength(5000)])


@bp.route("/helpful")
@role_required("viewer")
def helpful():
    return render_template("staff/involve/helpful.html", counts=services.vote_counts())


@bp.route("/feedback")
@role_required("viewer")
def feedback_queue():
    items = services.queue()
    return render_template("staff/involve/feedback_list.html", items=items,
                           waiting=sum(1 for f in items if f.replied_at is None),
                           average=services.average_response_time(),
                           kinds=STAFF_KIND_LABELS, feelings=FEELING_LABELS,
                           categories=CATEGORY_LABELS)


def _page(item: Feedback, form: ReplyForm, status: int = 200):
    name = LANGUAGES.get(item.lang, (item.lang, "ltr"))[0]
    return render_template("staff/involve/feedback.html", item=item, form=form,
                           language=name, kinds=STAFF_KIND_LABELS, feelings=FEELING_LABELS,
                           categories=CATEGORY_LABELS, person_kinds=KIND_LABELS,
                           waited=services.waiting_for(item)), status


@bp.route("/feedback/<int:feedback_id>", methods=["GET", "POST"])
@role_required("viewer")
def feedback(feedback_id: int):
    item = db.get_or_404(Feedback, feedback_id)
    form = ReplyForm(data={"reply": item.reply})
    if form.is_submitted():
        if current_user.role not in ("staff", "admin"):
            abort(403)
        if form.validate() and form.reply.data.strip():
            services.save_reply(item, form.reply.data, current_user)
            audit(current_user, "feedback-reply", "feedback", item.id)
            db.session.commit()
            flash(_("Reply saved. The person can read it with their code."))
            return redirect(url_for(".feedback", feedback_id=item.id))
        if not form.reply.errors:
            form.reply.errors = [_("Write the reply.")]
        return _page(item, form, 400)
    audit(current_user, "feedback-view", "feedback", item.id)
    db.session.commit()
    return _page(item, form)


@bp.route("/register")
@role_required("staff")
def register():
    topic = request.args.get("topic", "")
    need = request.args.get("need", "")
    people = services.register_entries(topic if topic in TOPIC_LABELS else "",
                                       need if need in NEED_LABELS else "")
    audit(current_user, "register-view", "involvement", None, f"topic={topic} need={need}")
    db.session.commit()
    return render_template("staff/involve/register.html", people=people, topic=topic, need=need,
                           topics=TOPIC_LABELS, needs=NEED_LABELS, groups=GROUP_LABELS,
                           times=TIME_LABELS, how=CONTACT_LABELS, languages=LANGUAGES)


@bp.errorhandler(403)
def forbidden(error):
    return render_template("staff/review/forbidden.html"), 403
