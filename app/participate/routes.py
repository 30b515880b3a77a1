"""The participant journey. Views stay thin: the rules live in services.py."""
from flask import (
    Blueprint, Response, abort, current_app, redirect, render_template, request, url_for,
)
from flask_babel import _

from app.extensions import db, limiter
from app.i18n import current_lang
from app.models import Picture
from app.page_cache import render_shared, shared_page
from app.participate import labels, outline, screening, services
from app.participate.forms import (
    AboutYouForm, ContactMeForm, ReturnForm, SendForm, WhoForm, WithdrawForm, question_form,
)
from app.participate.steps import Step, journey_step, refused_state, sends_on

bp = Blueprint("participate", __name__)


def _code_limit():
    return current_app.config["CODE_LOOKUP_LIMIT"]


@bp.route("/")
def home():
    def page():
        today = services.today()
        consultations = services.published_consultations()
        return dict(open_now=[c for c in consultations if c.state(today) == "open"],
                    closed=[c for c in consultations if c.state(today) == "closed"],
                    today=today)

    return render_shared("participate/home.html", (), page)


@bp.route("/consultations/<slug>")
@journey_step()
def consultation(step: Step):
    item, response = step.consultation, step.response
    next_number = None
    if response is not None:
        next_number = services.next_unanswered(response, services.live_questions(item))
    return render_template("participate/consultation.html", c=item, today=services.today(),
                           response=response, next_number=next_number,
                           questions=services.live_questions(item))


@bp.route("/consultations/<slug>/start", methods=["GET", "POST"])
@journey_step(open_only=True)
def who(step: Step):
    item, response = step.consultation, step.response
    form = WhoForm()
    if form.validate_on_submit():
        if form.answering.data == "proxy":
            return redirect(url_for("carers.details", slug=item.slug))
        if response is None or response.status != "draft":
            response = services.start_response(
                item, form.answering.data,
                (form.helper_role.data or "").strip() if form.answering.data == "helped" else "",
                current_lang())
        return redirect(url_for(".question", slug=item.slug, number=1))
    return render_template("participate/who.html", c=item, form=form)


QUESTION_PAGE = "participate/question.html"


def _shared_question_page(slug: str, number: int) -> str | None:
    """A question this person has not answered yet, if the page is already rendered.

    Most pages people read are these. The checks are @journey_step's own rules
    (refused_state, sends_on), asked of quick reads (outline.py) instead of ORM objects;
    anything else (closed, no response, answered, not rendered yet) goes the full way."""
    found = outline.published(slug)
    if found is None or refused_state(found) or not 1 <= number <= len(found.question_ids):
        return None
    response = outline.held_response(found)
    if sends_on(response) or found.question_ids[number - 1] in response.answered:
        return None
    return shared_page(QUESTION_PAGE, (response.answering == "proxy",))


@bp.route("/consultations/<slug>/questions/<int:number>", methods=["GET", "POST"])
@journey_step(open_only=True, without=".who", fast=_shared_question_page)
def question(step: Step, number: int):
    item, response = step.consultation, step.response
    slug = item.slug
    questions = services.live_questions(item)
    if not 1 <= number <= len(questions):
        abort(404)
    q = questions[number - 1]
    existing = services.answers_by_question(response).get(q.id)
    for_someone = response.answering == "proxy"
    if request.method == "GET" and existing is None:
        # Not answered yet: the same page for everyone, so it can be shared.
        return render_shared(QUESTION_PAGE, (for_someone,), lambda: dict(
            c=item, q=q, form=question_form(q, labels.choices_for(q), for_someone=for_someone),
            number=number, total=len(questions), changing=request.values.get("change") == "1",
            for_someone=for_someone))
    private = services.is_private(response, existing)
    data = {}
    if existing is not None and request.method == "GET":
        data = {"answer": "" if private else existing.text if q.kind == "text" else
                (existing.choices if q.kind == "many" else (existing.choices or [None])[0]),
                "source": existing.source or None}
    form = question_form(q, labels.choices_for(q), for_someone=for_someone, data=data)
    changing = request.values.get("change") == "1"
    page = dict(c=item, q=q, form=form, number=number, total=len(questions),
                changing=changing, for_someone=for_someone, private=private)
    if request.method == "GET":
        return render_template("participate/question.html", **page)
    action = request.form.get("action", "next")
    if action == "skip" and not q.required:
        services.save_answer(response, q, skipped=True)
        return _after_answer(item, questions, number, changing)
    given = form.answer.data
    if action == "save" and not given and not private:
        return redirect(url_for(".saved", slug=slug))
    if not form.validate():
        return render_template("participate/question.html", **page), 400
    text = (given or "").strip() if q.kind == "text" else ""
    if private:
        # What they told us before stays, out of sight; anything new is added to it.
        text = f"{existing.text}\n\n{text}" if text else existing.text
    chosen = [] if q.kind == "text" else (given if q.kind == "many" else [given] if given else [])
    if text or chosen:
        source = form.source.data if for_someone else ""
        services.save_answer(response, q, text=text, choices=chosen, source=source)
    else:
        services.save_answer(response, q, skipped=True)
    if text and screening.concerns_in(text, response.lang):
        # Words that may be signs of harm: offer help now, before anything else.
        return redirect(url_for(".help_offer", slug=slug, after=number,
                                change=1 if changing else None,
                                save=1 if action == "save" else None))
    return _after_answer(item, questions, number, changing)


def _after_answer(item, questions, number, changing):
    return redirect(_next_step(item, len(questions), number, changing,
                               request.form.get("action") == "save"))


def _next_step(item, total: int, number: int, changing: bool, saving: bool) -> str:
    if saving:
        return url_for(".saved", slug=item.slug)
    if changing or number >= total:
        return url_for(".check", slug=item.slug)
    return url_for(".question", slug=item.slug, number=number + 1)


@bp.route("/consultations/<slug>/help", methods=["GET", "POST"])
@journey_step(without=".consultation")
def help_offer(step: Step):
    """After an answer that may show harm: how to get help now, and a safe way to ask the
    council to get in touch. The person can always carry on without it."""
    item, response = step.consultation, step.response
    total = len(services.live_questions(item))
    number = min(max(request.args.get("after", 1, type=int), 1), total)
    carry_on = _next_step(item, total, number, request.args.get("change") == "1",
                          request.args.get("save") == "1")
    if request.form.get("action") == "show":
        if not SendForm().validate_on_submit():
            abort(400)
        services.show_private_answers(response)
        return render_template("participate/help.html", c=item, form=ContactMeForm(formdata=None),
                               carry_on=carry_on, shown=True)
    form = ContactMeForm()
    if form.validate_on_submit():
        services.save_contact_request(response, {name: (form[name].data or "").strip()
                                                 for name in services.CONTACT_FIELDS})
        return render_template("participate/help_asked.html", c=item, carry_on=carry_on)
    return render_template("participate/help.html", c=item, form=form, carry_on=carry_on,
                           shown=response.show_flagged), (400 if form.errors else 200)


@bp.route("/consultations/<slug>/saved")
@journey_step(without=".consultation")
def saved(step: Step):
    item = step.consultation
    return render_template("participate/saved.html", c=item, code=services.current_code(item))


@bp.route("/consultations/<slug>/check", methods=["GET", "POST"])
@journey_step(open_only=True, without=".who")
def check(step: Step):
    item, response = step.consultation, step.response
    questions = services.live_questions(item)
    form = SendForm()
    missing = services.missing_required(response, questions)
    if form.validate_on_submit():
        if missing:
            return render_template("participate/check.html", c=item, response=response,
                                   questions=questions, form=form, missing=missing,
                                   answers=services.answers_by_question(response),
                                   hidden=services.hidden_answers(response)), 400
        services.send(response)
        return redirect(url_for(".sent", slug=item.slug))
    return render_template("participate/check.html", c=item, response=response,
                           questions=questions, form=form, missing=[],
                           answers=services.answers_by_question(response),
                           hidden=services.hidden_answers(response))


@bp.route("/consultations/<slug>/sent")
@journey_step(without=".consultation", sent_only=True)
def sent(step: Step):
    item = step.consultation
    return render_template("participate/sent.html", c=item, code=services.current_code(item))


@bp.route("/finish", methods=["POST"])
def finish():
    """"Finish and clear" and "This is not me: start again", for shared devices: the
    browser forgets everything it held, then shows the start or says it is done."""
    if not SendForm().validate_on_submit():
        abort(400)
    services.forget_everything()
    if request.form.get("then") == "start-again":
        return redirect(url_for(".home"))
    return render_template("participate/finished.html")


@bp.route("/return", methods=["GET", "POST"])
@limiter.limit(_code_limit, methods=["POST"])
def return_with_code():
    form = ReturnForm()
    if form.validate_on_submit():
        response = services.find_by_code(form.code.data or "")
        if response is not None:
            services.resume(response, form.code.data)
            return redirect(url_for(".your_answers", slug=response.consultation.slug))
        # One answer for every kind of failure, so codes cannot be probed.
        form.code.errors.append(_("We cannot find that code. Please check it and try again."))
        return render_template("participate/return.html", form=form), 400
    return render_template("participate/return.html", form=form), (400 if form.errors else 200)


@bp.route("/consultations/<slug>/your-answers")
@journey_step(without=".return_with_code")
def your_answers(step: Step):
    item, response = step.consultation, step.response
    questions = services.live_questions(item)
    return render_template("participate/your_answers.html", c=item, response=response,
                           questions=questions, answers=services.answers_by_question(response),
                           hidden=services.hidden_answers(response),
                           is_open=item.state(services.today()) == "open",
                           next_number=services.next_unanswered(response, questions))


@bp.route("/consultations/<slug>/withdraw", methods=["GET", "POST"])
@journey_step(open_only=True, without=".return_with_code")
def withdraw(step: Step):
    item, response = step.consultation, step.response
    form = WithdrawForm()
    if form.validate_on_submit():
        services.withdraw(response)
        services.forget(item)
        return render_template("participate/withdrawn.html", c=item)
    return render_template("participate/withdraw.html", c=item, form=form)


@bp.route("/consultations/<slug>/about-you", methods=["GET", "POST"])
# Only after sending: it cannot be matched to answers still being written.
@journey_step(without=".consultation", sent_only=True)
def about_you(step: Step):
    item, response = step.consultation, step.response
    if response.about_you_given:
        return render_template("participate/about_you_done.html", c=item)
    form = AboutYouForm()
    if form.validate_on_submit():
        services.save_about_you(response, {name: form[name].data
                                           for name in services.ABOUT_FIELDS})
        return render_template("participate/about_you_done.html", c=item)
    return render_template("participate/about_you.html", c=item, form=form), (
        400 if form.errors else 200)


@bp.route("/pictures/<int:picture_id>")
def picture(picture_id: int):
    pic = db.session.get(Picture, picture_id) or abort(404)
    public = services.picture_is_public(picture_id)
    if not public and not services.staff_may_see_drafts():
        abort(404)  # a draft's picture: only staff, and no clue that it exists
    result = Response(pic.data, mimetype=pic.mime)
    result.headers["Cache-Control"] = "public, max-age=86400" if public else "private, no-store"
    if pic.mime == "image/svg+xml":  # opened on its own, an SVG may run nothing
        result.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return result


@bp.route("/consultations/<slug>/your-answers/download")
@journey_step(without=".return_with_code")
def download(step: Step):
    """A person's own answers as a plain text file they can keep."""
    item, response = step.consultation, step.response
    body = render_template("participate/download.txt", c=item, response=response,
                           questions=services.live_questions(item),
                           answers=services.answers_by_question(response),
                           hidden=services.hidden_answers(response))
    result = Response(body, mimetype="text/plain")
    result.headers["Content-Disposition"] = f'attachment; filename="my-answers-{item.slug}.txt"'
    result.headers["Cache-Control"] = "no-store"  # a person's answers: never in any cache
    return result
