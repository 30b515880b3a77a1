"""Participant pages: "Was this helpful?" and comments, complaints and compliments."""
from flask import Blueprint, abort, current_app, redirect, render_template, request, url_for
from flask_babel import _

from app.extensions import limiter
from app.forms import Form
from app.i18n import current_lang
from app.involve import services
from app.involve.forms import (
    CONTACT_LABELS, GROUP_LABELS, KIND_LABELS, NEED_LABELS, TIME_LABELS, TOPIC_LABELS,
    FeedbackCodeForm, FeedbackForm, RegisterForm,
)
from app.participate.labels import FEELING_LABELS

bp = Blueprint("involve", __name__)
REGISTER_LABELS = {"topics": TOPIC_LABELS, "groups": GROUP_LABELS, "needs": NEED_LABELS,
                   "best_time": TIME_LABELS, "contact_how": CONTACT_LABELS}


@bp.route("/helpful", methods=["POST"])
@limiter.limit("30 per 10 minutes")
def helpful():
    key = request.form.get("page", "")
    answer = request.form.get("answer", "")
    back = services.page_url(key)
    if not Form().validate() or back is None or answer not in ("yes", "no"):
        abort(400)
    services.record_vote(key, answer == "yes", current_lang())
    return redirect(url_for(".helpful_thanks", page=key, said=answer))


@bp.route("/helpful/thanks")
def helpful_thanks():
    back = services.page_url(request.args.get("page", ""))
    if back is None:
        abort(404)
    return render_template("involve/helpful_thanks.html", back=back,
                           said_no=request.args.get("said") == "no")


@bp.route("/feedback", methods=["GET", "POST"])
def feedback():
    form = FeedbackForm()
    if form.validate_on_submit():
        services.make_feedback(form.kind.data, form.service.data, form.feeling.data,
                               form.text.data, current_lang())
        return redirect(url_for(".feedback_sent"))
    return render_template("involve/feedback.html", form=form), (400 if form.errors else 200)


@bp.route("/feedback/sent")
def feedback_sent():
    item, code = services.held_feedback()
    if item is None:
        return redirect(url_for(".feedback"))
    return render_template("involve/feedback_sent.html", item=item, code=code)


def _code_limit():
    return current_app.config["CODE_LOOKUP_LIMIT"]


@bp.route("/feedback/reply", methods=["GET", "POST"])
@limiter.limit(_code_limit, methods=["POST"])
def feedback_reply():
    form = FeedbackCodeForm()
    if form.validate_on_submit():
        item = services.find_by_code(form.code.data)
        if item is not None:
            return render_template("involve/feedback_reply.html", item=item,
                                   kinds=KIND_LABELS, feelings=FEELING_LABELS)
        form.code.errors.append(_("We cannot find that code. Please check it and try again."))
    return render_template("involve/feedback_code.html", form=form), (400 if form.errors else 200)


# --- the get-involved register ------------------------------------------------------------

def _register_data(form: RegisterForm) -> dict:
    return {"name": form.name.data.strip(), "topics": form.topics.data or [],
            "groups": form.groups.data or [], "needs": form.needs.data or [],
            "best_time": form.best_time.data, "contact_how": form.contact_how.data,
            "contact_detail": form.contact_detail.data.strip(), "language": form.language.data}


def _register_page(form: RegisterForm, item=None):
    return render_template("involve/register.html", form=form, item=item), (
        400 if form.errors else 200)


@bp.route("/get-involved", methods=["GET", "POST"])
def register():
    form = RegisterForm()  # nothing ticked: a text browser would send a pre-ticked choice unseen
    if form.validate_on_submit():
        if form.for_someone.data == ["yes"]:  # nothing is stored before the person's yes
            services.hold_for_carer(_register_data(form))
            return redirect(url_for(".register_carer"))
        services.join_register(_register_data(form))
        return redirect(url_for(".register_yours"))
    return _register_page(form)


@bp.route("/get-involved/yours", methods=["GET", "POST"])
@limiter.limit(_code_limit, methods=["POST"])
def register_yours():
    item, code = services.held_entry()
    form = FeedbackCodeForm()
    if item is None and form.validate_on_submit():
        item = services.open_entry(form.code.data)
        if item is not None:
            return redirect(url_for(".register_yours"))
        form.code.errors.append(_("We cannot find that code. Please check it and try again."))
    if item is None:
        return render_template("involve/register_code.html", form=form), (
            400 if form.errors else 200)
    return render_template("involve/register_yours.html", item=item, code=code,
                           labels=REGISTER_LABELS, form=Form())


@bp.route("/get-involved/change", methods=["GET", "POST"])
def register_change():
    item, _code = services.held_entry()
    if item is None:
        return redirect(url_for(".register_yours"))
    data = {name: getattr(item, name) for name in services.REGISTER_FIELDS} | {"consent": ["yes"]}
    form = RegisterForm(data=data if request.method == "GET" else None)
    if form.validate_on_submit():
        services.change_entry(item, _register_data(form))
        return redirect(url_for(".register_yours"))
    return _register_page(form, item)


@bp.route("/get-involved/delete", methods=["POST"])
def register_delete():
    item, _code = services.held_entry()
    if not Form().validate():
        abort(400)
    if item is not None:
        services.delete_entry(item)
    return render_template("involve/register_deleted.html")
