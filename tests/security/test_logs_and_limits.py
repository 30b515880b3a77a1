"""ASVS V7.1 and V5.1: logs hold no codes or personal details; every text field has a limit."""
import importlib
import logging
import pkgutil
import re

from flask_wtf import FlaskForm
from wtforms import StringField, TextAreaField

import app as app_package
from tests.functional.test_journey import BASE, answer_all, code_on, start
from tests.helpers import post_form

SECRET_ANSWER = "My neighbour Mrs Example hits me"


def test_logs_hold_no_codes_or_answers(app, client, caplog):
    caplog.set_level(logging.DEBUG)
    start(client)
    answer_all(client)
    post_form(client, f"{BASE}/questions/6", {"answer": SECRET_ANSWER, "action": "next"})
    post_form(client, f"{BASE}/check", {})
    code = code_on(client.get(f"{BASE}/sent").get_data(as_text=True))
    post_form(app.test_client(), "/return", {"code": code})
    post_form(app.test_client(), "/return", {"code": "WRNG-CODE"})
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for secret in (code, code.replace("-", ""), SECRET_ANSWER, "Mrs Example"):
        assert secret not in logged


def _form_classes():
    for module_info in pkgutil.walk_packages(app_package.__path__, "app."):
        if module_info.name.endswith(("forms", "builder_forms")) or ".forms" in module_info.name:
            module = importlib.import_module(module_info.name)
            for value in vars(module).values():
                if isinstance(value, type) and issubclass(value, FlaskForm) and value is not FlaskForm:
                    yield value


def test_every_text_field_in_every_form_has_a_length_limit(app):
    unlimited = []
    with app.test_request_context():
        for form_class in set(_form_classes()):
            form = form_class(meta={"csrf": False})
            for field in form:
                if not isinstance(field, (StringField, TextAreaField)):
                    continue
                names = {type(v).__name__ for v in field.validators}
                limited = names & {"MaxLength", "Length"} or any(
                    getattr(v, "max", -1) and getattr(v, "max", -1) > 0 for v in field.validators)
                if not limited:
                    unlimited.append(f"{form_class.__module__}.{form_class.__name__}.{field.name}")
    assert len(list(_form_classes())) >= 10
    assert not unlimited, unlimited


def test_question_answers_are_limited_too(client):
    start(client)
    long = post_form(client, f"{BASE}/questions/6", {"answer": "x" * 5001})
    assert long.status_code == 400
    assert re.search(r"5,000", long.get_data(as_text=True))
