"""Pages beyond the main journey: carers, glossary, readability, and every staff page."""
from __future__ import annotations

import re
from datetime import date, timedelta

from sqlalchemy import select

from tests.browser.conftest import Captures, no_js_page
from tests.browser.journey import Recorder, choose

STAFF_SKIP = {"staff.logout", "staff.login", "involve_staff.expenses_csv"}  # a download


def run_carers(browser, base: str, captures: Captures, lang: str) -> dict:
    facts = {}
    page = no_js_page(browser)
    rec = Recorder(page, captures, lang)
    rec.goto(f"{base}/consultations/home-care/start?lang={lang}", "carer: who")
    choose(page, "answering", 2)
    rec.submit("button[type=submit]", "carer: your details")
    rec.submit("form button[type=submit]", "carer: your details, error")
    page.fill("#carer_name", "Sam")
    page.fill("#relationship", "Son")
    page.fill("#person_name", "A")
    rec.submit("form button[type=submit]", "carer: how did they agree")
    for basis, name in (("legal", "legal power"), ("best_interests", "best interests")):
        page.click(f"input[name=basis][value={basis}]")
        rec.submit("form button[type=submit]", f"carer: {name}")
        rec.submit("form button[type=submit]", f"carer: {name}, error")
        page.go_back()
        page.go_back()
    rec.goto(f"{base}/consultations/home-care/for-someone/how", "carer: how, again")
    page.click("input[name=basis][value=present]")
    rec.submit("form button[type=submit]", "carer: ask the person")
    rec.submit("button[value=yes]", "carer: question 1")
    choose(page, "answer", 0)
    page.click("input[name=source][value=told]")
    rec.submit("button[value=next]", "carer: question 2")
    rec.goto(f"{base}/consultations/home-care/check", "carer: check")
    rec.submit("a[href$='/your-views']", "carer: own views")
    page.context.close()

    person = no_js_page(browser)
    rec = Recorder(person, captures, lang)
    rec.goto(f"{base}/permission?lang={lang}", "permission: make")
    rec.submit("form button[type=submit]", "permission: make, error")
    person.fill("#person_name", "Alex")
    person.fill("#carer_name", "Sam")
    person.click("input[name=consultation][value=all]")
    person.click("input[name=months][value='6']")  # nothing is ticked for the person
    codes = rec.submit("form button[type=submit]", "permission: your codes")
    share, private = re.findall(r'aria-hidden="true">([A-Z2-9]{4}-[A-Z2-9]{4})<', codes)
    rec.goto(f"{base}/permission/manage", "permission: manage")
    person.fill("#code", private)
    facts["yours"] = rec.submit("form button[type=submit]", "permission: yours")
    person.context.close()

    carer = no_js_page(browser)
    rec = Recorder(carer, captures, lang)
    rec.goto(f"{base}/consultations/day-centres/for-someone?lang={lang}", "code: details")
    carer.fill("#carer_name", "Sam")
    carer.fill("#relationship", "Son")
    carer.fill("#person_name", "Alex")
    rec.submit("form button[type=submit]", "code: how")
    carer.click("input[name=basis][value=permission]")
    rec.submit("form button[type=submit]", "code: enter the code")
    carer.fill("#code", "WRNG-CODE")
    rec.submit("form button[type=submit]", "code: wrong code")
    carer.fill("#code", share)
    facts["after_code"] = carer.url
    rec.submit("form button[type=submit]", "code: question 1")
    facts["after_code"] = carer.url
    carer.context.close()
    return facts


def run_glossary_and_readability(browser, base: str, captures: Captures, lang: str) -> None:
    page = no_js_page(browser)
    rec = Recorder(page, captures, lang)
    rec.goto(f"{base}/glossary/?lang={lang}", "glossary: A to Z")
    rec.goto(f"{base}/glossary/?q=respit", "glossary: search with a typo")
    rec.goto(f"{base}/glossary/?category=money", "glossary: a category")
    rec.goto(f"{base}/glossary/respite", "glossary: one word")
    rec.goto(f"{base}/glossary/direct-payment", "glossary: another word")
    rec.goto(f"{base}/glossary/reablment", "glossary: unknown word")
    rec.goto(f"{base}/accessibility", "accessibility statement")
    rec.goto(f"{base}/readability", "readability: form")
    rec.submit("form button[type=submit]", "readability: error")
    page.fill("#text", "In order to facilitate the commencement of your care package, an "
              "assessment shall be carried out by a social worker (e.g. within 28 days). "
              "Your personal budget is reviewed annually.\n\n- Call us.\n- 50% of people "
              "said yes.")
    rec.submit("form button[type=submit]", "readability: result")
    page.context.close()


def run_staff(browser, live, captures: Captures, lang: str) -> int:
    """Log in as admin and open every staff page in the URL map, with real ids."""
    app, base = live.app, live.url
    page = no_js_page(browser, width=1024)
    rec = Recorder(page, captures, lang)
    rec.goto(f"{base}/staff/login?lang={lang}", "staff: log in", participant=False)
    page.fill("#email", "nobody@example.org")
    page.fill("#password", "wrong password here")
    rec.submit("form button[type=submit]", "staff: log in, error", participant=False)
    page.fill("#email", "admin@example.org")
    page.fill("#password", "a long test password 1")
    rec.submit("form button[type=submit]", "staff: dashboard", participant=False)
    values = _ids(app)
    opened = 0
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: r.rule):
        if not rule.rule.startswith("/staff") or "GET" not in rule.methods \
                or rule.endpoint in STAFF_SKIP:
            continue
        url = re.sub(r"<(?:[a-z]+:)?(\w+)>", lambda m: str(values.get(m.group(1), 1)), rule.rule)
        if "/translations/" in rule.rule:
            url = url.rsplit("/", 1)[0] + f"/{lang if lang != 'en' else 'cy'}"
        if "/export" in rule.rule and not rule.rule.endswith("/export"):
            continue  # file downloads, not pages
        response = page.goto(base + url)
        if response.status == 200 and "text/html" in response.headers.get("content-type", ""):
            rec.keep(f"staff: {rule.endpoint}", participant=False)
            opened += 1
    page.context.close()
    return opened


def _ids(app) -> dict:
    from app.extensions import db
    from app.models import (
        Consultation, GlossaryTerm, InfoBlock, Option, PromisedChange, Question, Response,
        StaffUser,
    )

    with app.app_context():
        c = db.session.scalar(select(Consultation).where(Consultation.slug == "day-centres"))
        first = lambda model: db.session.scalar(select(model.id).limit(1)) or 1  # noqa: E731
        response = db.session.scalar(select(Response.id).where(Response.status == "sent")
                                     .limit(1)) or 1
        question = db.session.scalar(select(Question).where(Question.consultation_id == c.id,
                                                            Question.kind == "many"))
        return {"id": c.id, "consultation_id": c.id, "cid": first(PromisedChange),
                "response_id": response, "rid": response, "qid": question.id,
                "question_id": question.id, "oid": question.options[0].id,
                "option_id": question.options[0].id, "bid": first(InfoBlock),
                "block_id": first(InfoBlock), "term_id": first(GlossaryTerm),
                "user_id": first(StaffUser), "number": 1, "n": 1, "lang": "cy",
                "change_id": first(PromisedChange)} | {"Option": first(Option)}


def run_involve(browser, base: str, captures: Captures, lang: str) -> dict:
    """Issue 19: "Was this helpful?", and a complaint with its code, read back later."""
    facts = {}
    page = no_js_page(browser)
    rec = Recorder(page, captures, lang)
    rec.goto(f"{base}/glossary/respite?lang={lang}", "helpful: a word")
    facts["thanks"] = rec.submit("form.helpful button[value=no]", "helpful: thank you")
    rec.goto(f"{base}/feedback", "feedback: form")
    rec.submit("form button[type=submit]", "feedback: form, error")
    page.click("input[name=kind][value=complaint]")
    page.fill("#service", "Oak Day Centre")
    page.click("input[name=feeling][value=unhappy]")
    page.fill("#text", "The bus was late.")
    sent = rec.submit("form button[type=submit]", "feedback: sent")
    code = re.search(r'aria-hidden="true">([A-Z2-9]{4}-[A-Z2-9]{4})<', sent).group(1)
    rec.goto(f"{base}/feedback/reply", "feedback: your code")
    page.fill("#code", "WRNG-CODE")
    rec.submit("form button[type=submit]", "feedback: wrong code")
    page.fill("#code", code)
    facts["waiting"] = rec.submit("form button[type=submit]", "feedback: not answered yet")
    rec.goto(f"{base}/feedback/reply", "feedback: your code, again")
    page.fill("#code", "REPL-Y2ME")
    facts["answered"] = rec.submit("form button[type=submit]", "feedback: our answer")

    rec.goto(f"{base}/get-involved", "register: join")
    rec.submit("form button[type=submit]", "register: join, error")
    page.fill("#name", "Sam")
    page.click("input[name=topics][value=day]")
    page.click("input[name=needs][value=bsl]")
    page.click("input[name=needs][value=step-free]")
    page.click("input[name=best_time][value=morning]")
    page.click("input[name=contact_how][value=text]")
    page.fill("#contact_detail", "07700 900333")
    page.click(f"input[name=language][value={lang}]")  # nothing is ticked for the person
    page.click("input[name=consent][value=yes]")
    facts["yours"] = rec.submit("form button[type=submit]", "register: what we hold")
    rec.submit("a[href$='/get-involved/change']", "register: change")
    page.click("input[name=needs][value=hearing-loop]")
    rec.submit("form button[type=submit]", "register: changed")
    facts["deleted"] = rec.submit("form[action$='/delete'] button", "register: deleted")
    page.context.close()

    other = no_js_page(browser)
    rec = Recorder(other, captures, lang)
    rec.goto(f"{base}/get-involved/yours?lang={lang}", "register: your code")
    other.fill("#code", "WRNG-CODE")
    rec.submit("form button[type=submit]", "register: wrong code")
    other.fill("#code", "J2YN-HERE")
    facts["demo_person"] = rec.submit("form button[type=submit]", "register: the demo person")
    rec.submit("a[href$='/get-involved/expenses']", "expenses: your claims")
    rec.submit("a[href$='/get-involved/expenses/new']", "expenses: claim")
    other.fill("#bus", "-2")
    rec.submit("form button[type=submit]", "expenses: claim, error")
    other.fill("#activity", "Planning group")
    other.click("input[name=group][value=planning]")
    other.fill("#day", (date.today() - timedelta(days=1)).strftime("%d/%m/%Y"))
    other.fill("#bus", "4.50")
    other.fill("#hours", "2")
    facts["claims"] = rec.submit("form button[type=submit]", "expenses: claim sent")
    other.context.close()

    carer = no_js_page(browser)
    rec = Recorder(carer, captures, lang)
    rec.goto(f"{base}/get-involved?lang={lang}", "register: for someone")
    carer.click("input[name=for_someone][value=yes]")
    carer.fill("#name", "Jo")
    carer.click("input[name=best_time][value=any]")
    carer.click("input[name=contact_how][value=phone]")
    carer.fill("#contact_detail", "07700 900555")
    carer.click(f"input[name=language][value={lang}]")
    carer.click("input[name=consent][value=yes]")
    rec.submit("form button[type=submit]", "register: the person's permission")
    carer.click("input[name=how][value=not-yet]")
    facts["no_permission"] = rec.submit("form button[type=submit]",
                                        "register: the person's permission, error")
    carer.fill("#carer_name", "Pat")
    carer.fill("#relationship", "Brother")
    carer.click("input[name=how][value=present]")
    carer.fill("#given_by", "Jo")
    carer.fill("#given_on", date.today().strftime("%d/%m/%Y"))
    facts["signed_up"] = rec.submit("form button[type=submit]", "register: signed up by a carer")
    carer.context.close()
    return facts


def run_meetings(browser, base: str, captures: Captures, lang: str) -> dict:
    """Issue 19: an invitation to a meeting (answered), a past one's notes, a wrong link."""
    from app.demo_meetings import DEMO_INVITE_CODE, DEMO_NOTES_CODE

    facts = {}
    page = no_js_page(browser)
    rec = Recorder(page, captures, lang)
    facts["invite"] = rec.goto(f"{base}/meetings/{DEMO_INVITE_CODE}?lang={lang}",
                               "meeting: invitation")
    facts["error"] = rec.submit("main form button[type=submit]", "meeting: invitation, error")
    page.click("input[name=reply][value=yes]")
    facts["answered"] = rec.submit("main form button[type=submit]", "meeting: answered")
    facts["past"] = rec.goto(f"{base}/meetings/{DEMO_NOTES_CODE}?lang={lang}",
                             "meeting: finished")
    facts["notes"] = rec.submit("main a[href*='/notes']", "meeting: notes")
    rec.goto(f"{base}/meetings/AAAA-BBBB-CCCC-DDDD?lang={lang}", "meeting: wrong link")
    page.context.close()
    return facts
