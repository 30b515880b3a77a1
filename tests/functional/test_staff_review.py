"""Reviewing responses: the list (filters, paging, query count), one response's page (proxy
details audited, tags, notes, reviewed, permission check), viewers read only, safeguarding."""
from __future__ import annotations

import re

from sqlalchemy import func, select

from app.models import (
    AuditEvent, Note, ProxyDetails, Response, SafeguardingFlag, Tag,
)
from app.participate import services
from tests.factories import QueryCounter, login, make_sent_responses, make_staff, post_from
from tests.helpers import csrf_token, post_form


def list_url(c, query=""):
    return f"/staff/consultations/{c.id}/responses{query}"


def listed_ids(html: str) -> list[int]:
    return [int(n) for n in re.findall(r'href="/staff/responses/(\d+)"', html)]


def test_only_sent_responses_are_listed(client, db, consultation, staff):
    sent = make_sent_responses(consultation, 3)
    drafts = make_sent_responses(consultation, 2, status="draft")
    withdrawn = make_sent_responses(consultation, 1, status="withdrawn")
    html = client.get(list_url(consultation)).get_data(as_text=True)
    assert sorted(listed_ids(html)) == sorted(sent)
    assert "3 responses match." in html
    for rid in drafts + withdrawn:
        assert client.get(f"/staff/responses/{rid}").status_code == 404


def test_filters_narrow_the_list(client, db, consultation, staff):
    ids = make_sent_responses(consultation, 12)  # self, helped, proxy, self, ...
    proxy_ids = ids[2::3]
    html = client.get(list_url(consultation, "?answering=proxy")).get_data(as_text=True)
    assert sorted(listed_ids(html)) == proxy_ids
    # Answer to question 2 ('one' over 5 options): response i chose option i % 5.
    q2 = consultation.questions[1]
    html = client.get(list_url(consultation, f"?answer={q2.id}:park-road")).get_data(
        as_text=True)
    assert sorted(listed_ids(html)) == [ids[i] for i in range(12) if i % 5 == 1]
    # Flags, tags and reviewed.
    db.session.get(Response, ids[0]).flagged = True
    db.session.get(Response, ids[1]).reviewed = True
    tag = Tag(name="transport")
    db.session.add(tag)
    db.session.get(Response, ids[4]).tags = [tag]
    proxy = db.session.scalar(select(ProxyDetails).where(ProxyDetails.response_id == ids[5]))
    proxy.basis = "best_interests"
    db.session.commit()
    assert listed_ids(client.get(list_url(consultation, "?flag=safeguarding")).get_data(
        as_text=True)) == [ids[0]]
    assert listed_ids(client.get(list_url(consultation, "?reviewed=yes")).get_data(
        as_text=True)) == [ids[1]]
    assert len(listed_ids(client.get(list_url(consultation, "?reviewed=no")).get_data(
        as_text=True))) == 11
    assert listed_ids(client.get(list_url(consultation, f"?tag={tag.id}")).get_data(
        as_text=True)) == [ids[4]]
    assert listed_ids(client.get(list_url(consultation, "?flag=best_interests")).get_data(
        as_text=True)) == [ids[5]]
    assert listed_ids(client.get(list_url(
        consultation, "?flag=best_interests&flag=needs_checking")).get_data(
        as_text=True)) == [ids[5]]
    # Nonsense in the query string changes nothing and never crashes.
    assert client.get(list_url(consultation, "?answer=x:y&tag=abc&reviewed=maybe&flag=zzz")
                      ).status_code == 200


def test_paging_moves_through_all_responses(client, db, consultation, staff):
    ids = make_sent_responses(consultation, 120)
    html = client.get(list_url(consultation)).get_data(as_text=True)
    assert "120 responses match." in html
    first = listed_ids(html)
    assert first == sorted(ids, reverse=True)[:50]
    seen = list(first)
    while (older := re.search(r'href="([^"]*)">Older responses<', html)):
        html = client.get(older.group(1).replace("&amp;", "&")).get_data(as_text=True)
        seen += listed_ids(html)
    assert seen == sorted(ids, reverse=True)
    newer = re.search(r'href="([^"]*)">Newer responses<', html).group(1).replace("&amp;", "&")
    assert listed_ids(client.get(newer).get_data(as_text=True)) == \
        sorted(ids, reverse=True)[50:100]


def test_query_count_does_not_grow_with_rows_shown(app, client, db, consultation, staff):
    for r in make_sent_responses(consultation, 3)[:1]:
        db.session.get(Response, r).tags = [Tag(name="one")]
    db.session.commit()
    with QueryCounter(db.engine) as few:
        assert client.get(list_url(consultation)).status_code == 200
    ids = make_sent_responses(consultation, 60)
    for rid in ids:
        db.session.get(Response, rid).tags = [db.session.scalar(select(Tag))]
    db.session.commit()
    with QueryCounter(db.engine) as many:
        html = client.get(list_url(consultation)).get_data(as_text=True)
    assert len(listed_ids(html)) == 50
    assert many.count == few.count, many.statements


def test_ten_thousand_responses_render_with_bounded_queries(client, db, consultation, staff):
    make_sent_responses(consultation, 10_000)
    with QueryCounter(db.engine) as listing:
        html = client.get(list_url(consultation)).get_data(as_text=True)
    assert "10000 responses match." in html or "10,000 responses match." in html
    assert listing.count <= 15, listing.statements
    with QueryCounter(db.engine) as results:
        html = client.get(f"/staff/consultations/{consultation.id}/results").get_data(
            as_text=True)
    assert results.count <= 20, results.statements
    assert "10000 responses counted." in html or "10,000 responses counted." in html


# --- one response ------------------------------------------------------------------------------

def test_response_page_shows_proxy_details_and_audits_the_view(client, db, consultation, staff):
    self_id, _helped, proxy_id = make_sent_responses(consultation, 3)
    html = client.get(f"/staff/responses/{proxy_id}").get_data(as_text=True)
    assert f"Carer {proxy_id}" in html and f"Person {proxy_id}" in html and "sister" in html
    assert "Written permission" in html
    assert "English (en)" in html
    assert f"Answer number {proxy_id}" in html  # free text in full
    events = list(db.session.scalars(select(AuditEvent).where(
        AuditEvent.action == "view-personal-details")))
    assert [(e.target_id, e.staff_id) for e in events] == [(proxy_id, staff.id)]
    client.get(f"/staff/responses/{self_id}")
    assert db.session.scalar(select(func.count()).select_from(AuditEvent).where(
        AuditEvent.action == "view-personal-details")) == 1


def test_tags_are_made_on_the_fly_cleaned_and_reused(client, db, consultation, staff):
    first, second = make_sent_responses(consultation, 2, answering=("self",))
    url = f"/staff/responses/{first}"
    result = post_from(client, url, f"{url}/tags", {"new_tags": "  Transport , BUS  times,,"})
    assert result.status_code == 302
    assert [t.name for t in db.session.get(Response, first).tags] == ["bus times", "transport"]
    transport = db.session.scalar(select(Tag).where(Tag.name == "transport"))
    url2 = f"/staff/responses/{second}"
    page = client.get(url2).get_data(as_text=True)
    assert "Tags in use" in page and "transport" in page
    post_from(client, url2, f"{url2}/tags", {"tags": [str(transport.id)], "new_tags": "transport"})
    db.session.expire_all()
    assert [t.name for t in db.session.get(Response, second).tags] == ["transport"]
    assert db.session.scalar(select(func.count()).select_from(Tag)) == 2
    # Unticking removes a tag from this response only.
    post_from(client, url2, f"{url2}/tags", {"new_tags": ""})
    db.session.expire_all()
    assert db.session.get(Response, second).tags == []
    assert len(db.session.get(Response, first).tags) == 2


def test_a_tag_over_60_characters_is_refused(client, db, consultation, staff):
    (rid,) = make_sent_responses(consultation, 1)
    url = f"/staff/responses/{rid}"
    result = post_from(client, url, f"{url}/tags", {"new_tags": "x" * 61})
    assert result.status_code == 400
    html = result.get_data(as_text=True)
    assert "60 characters at most" in html and "<title>Error:" in html
    assert db.session.scalar(select(func.count()).select_from(Tag)) == 0


def test_notes_and_reviewed(client, db, consultation, staff):
    (rid,) = make_sent_responses(consultation, 1)
    url = f"/staff/responses/{rid}"
    assert post_from(client, url, f"{url}/notes", {"note": "Call back about transport."}
                     ).status_code == 302
    note = db.session.scalar(select(Note).where(Note.response_id == rid))
    assert note.text == "Call back about transport." and note.author_id == staff.id
    assert "Call back about transport." in client.get(url).get_data(as_text=True)
    assert post_from(client, url, f"{url}/notes", {"note": "  "}).status_code == 400
    assert post_from(client, url, f"{url}/reviewed", {"reviewed": "y"}).status_code == 302
    assert db.session.get(Response, rid).reviewed is True
    post_from(client, url, f"{url}/reviewed", {})
    db.session.expire_all()
    assert db.session.get(Response, rid).reviewed is False


def test_permission_check_not_valid_excludes_and_is_audited(client, db, consultation, staff):
    (rid,) = make_sent_responses(consultation, 1, answering=("proxy",), proxy_basis="lpa")
    url = f"/staff/responses/{rid}"
    assert "needs checking" in client.get(url).get_data(as_text=True)
    assert post_from(client, url, f"{url}/permission", {"check_status": "invalid"}
                     ).status_code == 302
    response = db.session.get(Response, rid)
    assert response.excluded is True and response.proxy.check_status == "invalid"
    assert response.proxy.checked_by_id == staff.id
    assert db.session.scalar(select(AuditEvent).where(
        AuditEvent.action.in_(("permission_check", "permission-check")),
        AuditEvent.target_id == rid)) is not None
    post_from(client, url, f"{url}/permission", {"check_status": "checked"})
    db.session.expire_all()
    assert db.session.get(Response, rid).excluded is False
    assert post_from(client, url, f"{url}/permission", {"check_status": "bogus"}
                     ).status_code == 400


def test_viewer_can_read_but_not_change(client, db, consultation):
    (rid,) = make_sent_responses(consultation, 1, answering=("proxy",))
    make_staff("viewer@example.org", "viewer")
    login(client, "viewer@example.org")
    url = f"/staff/responses/{rid}"
    html = client.get(url).get_data(as_text=True)
    assert f"Carer {rid}" in html
    assert 'action="/staff/responses' not in html  # no change forms shown
    token = csrf_token(client.get("/staff/").get_data(as_text=True))
    for action, data in (("tags", {"new_tags": "x"}), ("notes", {"note": "x"}),
                         ("reviewed", {"reviewed": "y"}), ("permission",
                                                           {"check_status": "invalid"})):
        assert client.post(f"{url}/{action}", data={"csrf_token": token, **data}
                           ).status_code == 403
    response = db.session.get(Response, rid)
    assert response.tags == [] and response.reviewed is False and response.excluded is False


# --- safeguarding -----------------------------------------------------------------------------

def _send_text(consultation, text, db, lang="en"):
    """A draft with a free-text answer, sent through the participant service."""
    (rid,) = make_sent_responses(consultation, 1, answering=("self",), text=text,
                                 status="draft")
    response = db.session.get(Response, rid)
    response.lang = lang
    services.send(response)
    return response


def test_journey_flags_a_worrying_answer_for_the_queue(client, db, consultation, staff):
    flagged = _send_text(consultation, "My carer takes my money every week.", db)
    calm = _send_text(consultation, "I like the art classes.", db)
    assert flagged.flagged is True and calm.flagged is False
    assert flagged.safeguarding.categories == ["financial-abuse"]
    dashboard = client.get("/staff/").get_data(as_text=True)
    assert "Safeguarding concerns" in dashboard
    panel = dashboard.index('id="safeguarding-panel-title"')
    assert dashboard.index("<h1>") < panel < dashboard.index("<h2>Consultations</h2>")
    assert f"/staff/responses/{flagged.id}" in dashboard
    queue = client.get("/staff/safeguarding").get_data(as_text=True)
    assert "Financial abuse" in queue and f"/staff/responses/{flagged.id}" in queue
    assert f"/staff/responses/{calm.id}" not in queue


def test_seen_and_action_record_who_when_and_what(client, db, consultation, staff):
    response = _send_text(consultation, "He hits me when nobody is there.", db)
    url = f"/staff/responses/{response.id}"
    assert "Mark as seen by me" in client.get(url).get_data(as_text=True)
    assert post_from(client, url, f"{url}/safeguarding/seen").status_code == 302
    flag = db.session.scalar(select(SafeguardingFlag).where(
        SafeguardingFlag.response_id == response.id))
    assert flag.status == "seen" and flag.seen_by_id == staff.id and flag.seen_at is not None
    assert post_from(client, url, f"{url}/safeguarding/action", {"action": ""}).status_code == 400
    assert post_from(client, url, f"{url}/safeguarding/action",
                     {"action": "Told the safeguarding team by phone."}).status_code == 302
    db.session.refresh(flag)
    assert flag.status == "actioned" and "Told the safeguarding team by phone." in flag.action
    assert "staff@example.org" in flag.action
    queue = client.get("/staff/safeguarding").get_data(as_text=True)
    assert "Action recorded" in queue and "staff@example.org" in queue
    actions = set(db.session.scalars(select(AuditEvent.action).where(
        AuditEvent.target_id == response.id)))
    assert {"safeguarding-seen", "safeguarding-action"} <= actions


def test_answers_changed_after_sending_are_screened_again(client, db, consultation):
    response = _send_text(consultation, "The lunches are nice.", db)
    assert response.flagged is False
    question = [q for q in consultation.questions if q.kind == "text"][0]
    services.save_answer(response, question, text="I am scared of going home.")
    services.send(response)  # "Send my changes"
    assert response.flagged is True
    assert "emotional-abuse" in response.safeguarding.categories


def test_participant_journey_send_screens(client, db, consultation):
    """Through the real pages: the check page's send runs the screen."""
    from tests.functional.test_journey import BASE, answer_all, start

    start(client)
    answer_all(client)
    text_number = len(consultation.questions)
    post_form(client, f"{BASE}/questions/{text_number}",
              {"answer": "They won't let me see my friends.", "action": "next"})
    page = client.get(f"{BASE}/check").get_data(as_text=True)
    client.post(f"{BASE}/check", data={"csrf_token": csrf_token(page)})
    response = db.session.scalar(select(Response).where(Response.status == "sent"))
    assert response.flagged is True


def test_a_polish_or_urdu_disclosure_reaches_the_queue(client, db, consultation, staff):
    """Issue 16: the same words in Polish and Urdu are flagged as in English."""
    for lang, text, category in [("pl", "Mój opiekun mnie bije.", "physical-abuse"),
                                 ("ur", "میرا کیئرر مجھے مارتا ہے", "physical-abuse"),
                                 ("ar", "لا أريد أن أعيش", "suicide")]:
        response = _send_text(consultation, text, db, lang=lang)
        assert response.flagged is True, lang
        assert category in response.safeguarding.categories
    queue = client.get("/staff/safeguarding").get_data(as_text=True)
    assert queue.count("Physical abuse") >= 2 and "Suicide" in queue


def test_an_answer_no_screen_covers_is_marked_not_screened(client, db, consultation, staff):
    unknown = _send_text(consultation, "Он меня бьёт каждый день.", db)
    known = _send_text(consultation, "I like the art classes.", db)
    assert unknown.flagged is False
    page = client.get(f"/staff/responses/{unknown.id}").get_data(as_text=True)
    assert "Not screened:" in page
    assert "Not screened:" not in client.get(f"/staff/responses/{known.id}").get_data(as_text=True)
