"""Answering for someone else, and the person's permission codes. Views stay thin."""
from functools import wraps

from flask import Blueprint, current_app, redirect, render_template, request, session, url_for
from flask_babel import _

from app.carers import services
from app.carers.forms import (
    AskForm, BasisForm, BestInterestsForm, CodeForm, DetailsForm, LegalForm, ManageForm,
    PermissionForm, StopForm, ViewsForm,
)
from app.content import translated
from app.extensions import db, limiter
from app.i18n import current_lang
from app.models import Consultation, Permission
from app.participate import services as journey
from app.participate import outline

bp = Blueprint("carers", __name__)


def _code_limit():
    return current_app.config["CODE_LOOKUP_LIMIT"]


def _open(slug: str):
    """The consultation, and a refusal page when it is not open."""
    item = journey.get_published(slug)
    state = item.state(journey.today())
    if state != "open":
        return item, (render_template("participate/not_open.html", c=item, state=state), 409)
    return item, None


def _first_question(item):
    return redirect(url_for("participate.question", slug=item.slug, number=1))


def _held_or_start(item):
    """The held carer details; or, after a double submit, the response already made."""
    held = services.held_details(item)
    if held is not None:
        return held, None
    response = journey.current_response(item)
    if response is not None and response.answering == "proxy" and response.status == "draft":
        return None, _first_question(item)
    return None, redirect(url_for(".details", slug=item.slug))


def carer_step(view):
    """For the pages after the carer's details: the open consultation and the held details
    go to the view; otherwise the refusal or the page to go back to."""
    @wraps(view)
    def wrapped(slug: str):
        item, refusal = _open(slug)
        if refusal:
            return refusal
        held, elsewhere = _held_or_start(item)
        if elsewhere:
            return elsewhere
        return view(item, held)
    return wrapped


# --- answering for someone else -----------------------------------------------------

@bp.route("/consultations/<slug>/for-someone", methods=["GET", "POST"])
def details(slug: str):
    item, refusal = _open(slug)
    if refusal:
        return refusal
    form = DetailsForm(data=services.held_details(item) or {})
    if form.validate_on_submit():
        services.hold_details(item, {
            "carer_name": form.carer_name.data.strip(),
            "carer_contact": (form.carer_contact.data or "").strip(),
            "relationship": form.relationship.data.strip(),
            "person_name": form.person_name.data.strip(),
        })
        return redirect(url_for(".basis", slug=slug))
    return render_template("carers/details.html", c=item, form=form), (
        400 if form.errors else 200)


BASIS_PAGES = {"present": ".ask", "permission": ".code", "legal": ".legal",
               "best_interests": ".best_interests"}


@bp.route("/consultations/<slug>/for-someone/how", methods=["GET", "POST"])
@carer_step
def basis(item, held):
    form = BasisForm()
    if form.validate_on_submit():
        return redirect(url_for(BASIS_PAGES[form.basis.data], slug=item.slug))
    return render_template("carers/basis.html", c=item, form=form, held=held), (
        400 if form.errors else 200)


@bp.route("/consultations/<slug>/for-someone/ask", methods=["GET", "POST"])
@carer_step
def ask(item, held):
    """The page the carer shows to the person: is it OK for them to answer for you?"""
    form = AskForm()
    if form.validate_on_submit():
        choice = request.form.get("agree")
        if choice == "yes":
            services.begin(item, held, "present", current_lang())
            return _first_question(item)
        if choice == "no":
            services.drop_details()
            return render_template("carers/declined.html", c=item)
    return render_template("carers/ask.html", c=item, form=form, held=held)


@bp.route("/consultations/<slug>/for-someone/code", methods=["GET", "POST"])
@limiter.limit(_code_limit, methods=["POST"])
@carer_step
def code(item, held):
    form = CodeForm()
    if form.validate_on_submit():
        permission, problem = services.check_share_code(form.code.data or "", item, held)
        if permission is not None:
            services.begin(item, held, "permission", current_lang(), permission=permission)
            return _first_question(item)
        form.code.errors.append(code_message(problem, held))
    return render_template("carers/code.html", c=item, form=form, held=held), (
        400 if form.errors else 200)


def code_message(problem: str, held: dict) -> str:
    person = held["person_name"]
    messages = {
        # One message for a mistyped code, a code that is not there, and a real code with
        # names that do not match it: no probing.
        "not-found": _("We cannot find that code. Please check it and try again."),
        "withdrawn": _("%(person)s has stopped this permission. You cannot use this code.",
                       person=person),
        "expired": _("This code has ended. Ask %(person)s to make a new code.", person=person),
        "wrong-consultation": _("This code is for different questions. "
                                "Ask %(person)s for a code for these questions.", person=person),
        "already-answered": _("Someone already answered these questions with this code. "
                              "Use the code you got when you saved the answers."),
    }
    return messages.get(problem, messages["not-found"])


@bp.route("/consultations/<slug>/for-someone/legal", methods=["GET", "POST"])
@carer_step
def legal(item, held):
    form = LegalForm()
    if form.validate_on_submit():
        services.begin(item, held, form.kind.data, current_lang(),
                       legal_reference=form.reference.data.strip())
        return _first_question(item)
    return render_template("carers/legal.html", c=item, form=form, held=held), (
        400 if form.errors else 200)


@bp.route("/consultations/<slug>/for-someone/best-interests", methods=["GET", "POST"])
@carer_step
def best_interests(item, held):
    form = BestInterestsForm()
    if form.validate_on_submit():
        services.begin(item, held, "best_interests", current_lang(),
                       steps_taken=form.steps_taken.data.strip(),
                       why_cannot_decide=form.why_cannot_decide.data.strip(),
                       wishes=form.wishes.data.strip())
        return _first_question(item)
    return render_template("carers/best_interests.html", c=item, form=form, held=held), (
        400 if form.errors else 200)


@bp.route("/consultations/<slug>/for-someone/your-views", methods=["GET", "POST"])
def views(slug: str):
    item, refusal = _open(slug)
    if refusal:
        return refusal
    response = journey.current_response(item)
    if response is None or response.answering != "proxy":
        return redirect(url_for("participate.who", slug=slug))
    stopped = stopped_page(response)
    if stopped is not None:
        return stopped
    form = ViewsForm(data={"carer_views": response.proxy.carer_views})
    if form.validate_on_submit():
        services.save_carer_views(response, form.carer_views.data or "")
        return redirect(url_for("participate.check", slug=slug))
    return render_template("carers/views.html", c=item, form=form), (
        400 if form.errors else 200)


def stopped_page(response):
    """A clear refusal when this carer may not go on with this response now."""
    reason = services.refusal_for(response)
    if reason is None:
        return None
    return render_template("carers/stopped.html", c=response.consultation, reason=reason,
                           proxy=response.proxy), 403


# Pages of the journey that read or change a response. A carer's permission is checked
# again on each one, so withdrawing it stops the very next request.
GUARDED = {"participate.question", "participate.check", "participate.saved",
           "participate.your_answers", "participate.download", "participate.withdraw"}


def guard_journey():
    if request.endpoint not in GUARDED or not session_has_responses():
        return None
    slug = (request.view_args or {}).get("slug")
    found = outline.published(slug)
    held = outline.held_response(found) if found is not None else None
    if held is None or held.answering != "proxy":
        return None  # only a carer's permission needs checking; the view does the rest
    item = journey.find_published(slug)
    if item is None:
        return None  # the view gives its own 404
    response = journey.current_response(item)
    if response is None:
        return None
    return stopped_page(response)


def session_has_responses() -> bool:
    return bool(session.get("responses"))


# --- permission codes, made by the person ---------------------------------------------

def _consultation_choices():
    today = journey.today()
    # One set of questions before "all": the narrower permission comes first.
    choices = [(str(c.id), translated(c, "title"))
               for c in journey.published_consultations() if c.state(today) != "closed"]
    return choices + [("all", _("All the questions we ask"))]


@bp.route("/permission", methods=["GET", "POST"])
def permission():
    form = PermissionForm()
    form.consultation.choices = _consultation_choices()
    if request.method == "GET" and request.args.get("c"):
        form.consultation.data = request.args["c"]
    if form.validate_on_submit():
        chosen = None
        if form.consultation.data != "all":
            chosen = db.session.get(Consultation, int(form.consultation.data))
        made, share, private = services.make_permission(
            form.person_name.data.strip(), form.carer_name.data.strip(), chosen,
            int(form.months.data))
        session[services.MADE_KEY] = {"id": made.id, "share": share, "private": private}
        return redirect(url_for(".permission_made"))
    return render_template("carers/permission.html", form=form), (400 if form.errors else 200)


@bp.route("/permission/your-codes")
def permission_made():
    """Both codes, shown once: they are not stored, so they cannot be shown again."""
    made = session.pop(services.MADE_KEY, None)
    if not made:
        return redirect(url_for(".permission"))
    item = db.session.get(Permission, made["id"])
    return render_template("carers/permission_made.html", p=item, share=made["share"],
                           private=made["private"])


@bp.route("/permission/manage", methods=["GET", "POST"])
@limiter.limit(_code_limit, methods=["POST"])
def manage():
    form = ManageForm()
    if form.validate_on_submit():
        found = services.find_by_private_code(form.code.data or "")
        if found is not None:
            services.remember_manage(found)
            return redirect(url_for(".yours"))
        form.code.errors.append(_("We cannot find that code. Please check it and try again."))
    return render_template("carers/manage.html", form=form), (400 if form.errors else 200)


@bp.route("/permission/yours", methods=["GET", "POST"])
def yours():
    item = services.managed_permission()
    if item is None:
        return redirect(url_for(".manage"))
    form = StopForm()
    if form.validate_on_submit():
        action = request.form.get("action")
        if action in ("stop", "stop-remove"):
            services.withdraw_permission(item, remove_answers=action == "stop-remove")
        elif action == "remove":
            services.remove_permission_answers(item)
        return redirect(url_for(".yours"))
    answered = []
    for response in services.live_responses(item):
        questions = journey.live_questions(response.consultation)
        answered.append({"response": response, "c": response.consultation,
                         "questions": questions,
                         "answers": journey.answers_by_question(response)})
    return render_template("carers/yours.html", p=item, form=form, answered=answered,
                           state=services.permission_state(item))
