"""/glossary: the word list from A to Z, one word, search. Thin views over services.py."""
from flask import Blueprint, abort, render_template, request

from app.content import translation_row
from app.glossary import services
from app.i18n import current_lang

bp = Blueprint("glossary", __name__, url_prefix="/glossary")


@bp.route("/", strict_slashes=False)  # /glossary and /glossary/ both answer
def index():
    raw_q = request.args.get("q", "")
    q = services.clean_query(raw_q)
    terms = services.live_terms()
    categories = services.categories_in_use(terms)
    category = request.args.get("category", "")
    if category not in dict(categories):
        category = ""
    if q:
        results = services.search(q, terms)
        return render_template("glossary/search.html", q=q, cut=len(raw_q.strip()) > len(q),
                               results=results, categories=categories)
    shown = [t for t in terms if t.category == category] if category else terms
    letters, groups = services.a_to_z(shown, current_lang())
    return render_template("glossary/index.html", letters=letters, groups=groups,
                           categories=categories, category=category,
                           category_label=services.category_label(category) if category else "",
                           count=len(shown))


@bp.route("/<slug>")
def term(slug: str):
    if len(slug) > 80:
        abort(404)
    item = services.get_live(slug)
    if item is None:
        return render_template("glossary/not_found.html", wrong=slug,
                               suggestions=services.suggestions(slug)), 404

    lang = current_lang()
    row = translation_row(item, "definition") if lang != "en" else None
    return render_template("glossary/term.html", term=item, lang_row=row,
                           alternatives=services.alternatives(item),
                           related=services.related_terms(item),
                           category_label=services.category_label(item.category))
