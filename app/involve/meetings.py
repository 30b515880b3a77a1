"""Participant pages for meetings (issue 19): the invitation, with "I can come" / "I cannot
come", and the easy-read notes afterwards. Both open only with the invitation's own link
code, in the person's language (their register entry's, unless they chose another)."""
from __future__ import annotations

from flask import abort, current_app, redirect, render_template, request, url_for
from app.extensions import limiter
from app.i18n import current_lang
from app.involve import meetings_services as services
from app.involve.meetings_forms import ACCESS_LABELS, MODE_LABELS, REPLY_LABELS, ReplyForm
from app.involve.routes import bp


def _code_limit():
    return current_app.config["CODE_LOOKUP_LIMIT"]


def _not_found(response) -> bool:
    """Only wrong codes count against the limit: a person may open their own link often."""
    return response.status_code == 404


def _invitation(code: str):
    item = services.find_invitation(code)
    if item is None:
        abort(404)
    return item


def _in_their_language(item, endpoint: str, code: str):
    """With no language in the address, show the page in the person's register language."""
    if request.method == "GET" and "lang" not in request.args:
        return redirect(url_for(endpoint, code=code, lang=item.person.language))
    return None


@bp.route("/meetings/<code>", methods=["GET", "POST"])
@limiter.limit(_code_limit, deduct_when=_not_found)
def invitation(code: str):
    item = _invitation(code)
    moved = _in_their_language(item, ".invitation", code)
    if moved is not None:
        return moved
    over = services.is_over(item.meeting)
    form = ReplyForm()
    if request.method == "POST":
        if over:  # too late to answer: nothing changes
            return redirect(url_for(".invitation", code=code, lang=current_lang()))
        if form.validate_on_submit():
            services.save_reply(item, form.reply.data)
            return redirect(url_for(".invitation", code=code, lang=current_lang()))
    return render_template("involve/meeting_invite.html", item=item, m=item.meeting, form=form,
                           over=over, access=ACCESS_LABELS, modes=MODE_LABELS,
                           replies=REPLY_LABELS), (400 if form.errors else 200)


@bp.route("/meetings/<code>/notes")
@limiter.limit(_code_limit, deduct_when=_not_found)
def notes(code: str):
    item = _invitation(code)
    moved = _in_their_language(item, ".notes", code)
    if moved is not None:
        return moved
    return render_template("involve/meeting_notes.html", item=item, m=item.meeting)
