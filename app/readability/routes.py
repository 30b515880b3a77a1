"""/readability (paste or upload, see the result) and /api/readability (JSON). Thin views."""
from __future__ import annotations

from functools import wraps

from flask import Blueprint, current_app, jsonify, render_template, request
from flask_babel import _
from flask_login import current_user
from werkzeug.exceptions import HTTPException

from app.extensions import limiter
from app.i18n import LANGUAGES
from app.readability import services, word_report
from app.readability.forms import CheckForm
from app.staff.auth import RANK, role_required

bp = Blueprint("readability", __name__)
api_bp = Blueprint("readability_api", __name__)


def _staff_only() -> bool:
    return bool(current_app.config.get("READABILITY_STAFF_ONLY"))


def staff_gate(view):
    """Open to everyone, or to staff (viewer and up) when READABILITY_STAFF_ONLY is on.
    Read on each request, so the setting can change without a restart."""
    @wraps(view)
    def wrapped(*args, **kwargs):
        if _staff_only():
            return role_required("viewer")(view)(*args, **kwargs)
        return view(*args, **kwargs)
    return wrapped


def _page_limit():
    return current_app.config["READABILITY_PAGE_LIMIT"]


def _api_limit():
    return current_app.config["READABILITY_API_LIMIT"]


UPLOAD_MESSAGES = {
    "unsupported-type": lambda: _("Upload a .docx, .txt or .md file. Or paste the text."),
    "too-large": lambda: _("The file is too big. Upload a file of %(size)s or less. Or paste "
                           "the text.", size="1 MB"),
    "bad-docx": lambda: _("We could not read this Word file. Save it again as .docx and "
                          "upload it. Or paste the text."),
    "zip-bomb": lambda: _("We could not open this Word file safely. Paste the text instead."),
    "not-text": lambda: _("This file does not hold text we can read. Upload a .docx, .txt or "
                          ".md file. Or paste the text."),
    "empty": lambda: _("The file has no text in it. Choose another file. Or paste the text."),
    "too-long": lambda: _("The text in the file is too long. Check %(limit)s characters or "
                          "fewer at a time.", limit=f"{services.TEXT_LIMIT:,}"),
}


@bp.route("/readability", methods=["GET", "POST"])
@staff_gate
@limiter.limit(_page_limit, methods=["POST"])
def page():
    form = CheckForm()
    result = None
    file_name = None
    if form.validate_on_submit():
        text = form.text.data or ""
        if form.has_upload():
            try:
                text, file_name = services.read_upload(form.upload.data)
            except services.UploadError as error:
                message = UPLOAD_MESSAGES.get(error.code, UPLOAD_MESSAGES["bad-docx"])()
                form.upload.errors = [message]
                text = None
            else:
                form.text.data = text  # shown in the box, to change and check again
        elif not text.strip():
            form.text.errors = [_("Paste some text to check. Or upload a file.")]
            text = None
        if text is not None:
            report = services.check(text, form.level.data, form.language.data)
            result = services.result_view(text, report)
            if request.form.get("download") == "docx":
                body = word_report.build(result, file_name)
                response = current_app.response_class(body, mimetype=word_report.DOCX_MIMETYPE)
                response.headers["Content-Disposition"] = 'attachment; filename="readability-report.docx"'
                response.headers["Cache-Control"] = "no-store"
                return response
    text_lang = form.language.data if form.language.data in LANGUAGES else "en"
    return render_template("readability/page.html", form=form, result=result,
                           file_name=file_name, text_lang=text_lang,
                           sample_dir=LANGUAGES[text_lang][1], limit=services.TEXT_LIMIT)


# --- JSON ---------------------------------------------------------------------------------------

def _error(status: int, code: str, message: str):
    response = jsonify({"error": code, "message": message})
    response.status_code = status
    return response


def api_http_error(error: HTTPException):
    """Errors from the JSON endpoint are JSON too (rate limit, too large, wrong method)."""
    codes = {413: "too-large", 429: "rate-limited", 405: "method-not-allowed",
             400: "bad-request", 401: "login-needed", 403: "forbidden"}
    messages = {413: "The request is too large.",
                429: "Too many requests. Please wait a minute and try again.",
                405: "Use POST with a JSON body."}
    status = error.code or 500
    return _error(status, codes.get(status, "error"),
                  messages.get(status, error.description or "The request could not be used."))


# By status code: the app's own (HTML) handlers for these codes would win over a handler
# for HTTPException in general.
for _status in (400, 401, 403, 413, 429):
    api_bp.register_error_handler(_status, api_http_error)


@api_bp.get("/api/readability")
def api_get():
    response = _error(405, "method-not-allowed", "Use POST with a JSON body.")
    response.headers["Allow"] = "POST"
    return response


@api_bp.post("/api/readability")
@limiter.limit(_api_limit)
def api():
    """POST {"text", "level", "lang"} -> easyread's Report.to_dict() (as the CLI's --json).
    Changes nothing."""
    if _staff_only():
        if not current_user.is_authenticated or RANK.get(current_user.role, 0) < RANK["viewer"]:
            return _error(401, "login-needed", "This checker is for staff only. Log in first.")
    if (request.content_length or 0) > services.API_BODY_LIMIT:
        return _error(413, "too-large",
                      f"The request is too large. Send at most {services.TEXT_LIMIT:,} "
                      "characters of text.")
    try:
        data = request.get_json(silent=True, force=True)
    except RecursionError:  # nested thousands deep: not a request we can use
        data = None
    if not isinstance(data, dict):
        return _error(400, "bad-json", 'Send a JSON object, like {"text": "...", '
                                       '"level": "easy", "lang": "en"}.')
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        return _error(400, "missing-text", 'The "text" field is missing or empty. '
                                           "Send the text to check as a string.")
    level = data.get("level", "easy")
    if level not in services.LEVELS:
        return _error(400, "bad-level", 'The "level" must be one of: '
                      + ", ".join(services.LEVELS) + ".")
    lang = data.get("lang", "en")
    if lang not in LANGUAGES:
        return _error(400, "bad-lang", 'The "lang" must be one of: '
                      + ", ".join(LANGUAGES) + ".")
    if len(text) > services.TEXT_LIMIT:
        return _error(413, "text-too-long",
                      f"The text is too long. Send at most {services.TEXT_LIMIT:,} characters.")
    return jsonify(services.check(text, level, lang).to_dict())
