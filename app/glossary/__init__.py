"""The glossary ("word list"): /glossary pages, auto-linking of glossary words in
consultation text, and staff editing at /staff/glossary."""
from flask import Flask


def register(app: Flask) -> None:
    from app.glossary import linker, staff
    from app.glossary.routes import bp

    app.register_blueprint(bp)
    app.register_blueprint(staff.bp)
    staff.add_to_menu()
    linker.install(app)
    # base.html shows its "Word list" footer link when it can see this page.
    app.jinja_env.globals.setdefault("view_names", app.view_functions)
