"""Two app servers (two gunicorn masters, 2 workers each) on one database: nothing breaks."""
import re

from bench import live

BASE = f"/consultations/{live.SLUG}"


def test_a_journey_started_on_one_server_finishes_on_the_other(database):
    url, instance, plan = database
    with live.servers(2, url, instance) as (a, b):
        p = live.Participant(hosts=[a.host, b.host])
        # Start and answer the first half on server A, the rest and Send on server B.
        p.get_token(f"{BASE}/start", host=0)
        assert p.post(f"{BASE}/start", {"answering": "self"}, host=0) == (
            302, f"{BASE}/questions/1")
        forms = live.answer_data(plan, live.marker(1))
        for number, data in enumerate(forms, start=1):
            server = 0 if number <= len(forms) // 2 else 1
            status, _ = p.post(f"{BASE}/questions/{number}", data, host=server)
            assert status == 302, number
        # B shows the answers A stored, from the session cookie A signed.
        status, _, check = p.request("GET", f"{BASE}/check", host=1)
        assert status == 200 and live.marker(1) in check.replace("&#39;", "'")
        assert p.post(f"{BASE}/check", {}, host=1) == (302, f"{BASE}/sent")
        status, _, sent = p.request("GET", f"{BASE}/sent", host=0)
        assert status == 200
        code = re.search(r"\b([A-Z2-9]{4}-[A-Z2-9]{4})\b", sent).group(1)
        # Come back with the code on a new browser, on the other server.
        other = live.Participant(hosts=[b.host])
        other.get_token("/return")
        assert other.post("/return", {"code": code}) == (302, f"{BASE}/your-answers")
        status, _, mine = other.request("GET", f"{BASE}/your-answers")
        assert status == 200 and live.marker(1) in mine.replace("&#39;", "'")
    counts = live.stored_counts(url, [live.marker(1)], len(plan))
    assert counts["sent"] == 1 and not counts["missing"] and not counts["duplicated"]
    assert counts["incomplete"] == 0


def test_concurrent_sends_through_both_servers_store_each_response_once(database):
    url, instance, plan = database
    with live.servers(2, url, instance) as pair:
        result = live.run_load([s.host for s in pair], plan, journeys=24, concurrency=8,
                               double_every=3, time_limit=240, spread=True)
        logs = "".join(s.log.read_text() for s in pair)
    assert not result["failures"], result["failures"][:5]
    assert result["statuses"].get(500, 0) == 0, logs[-3000:]
    counts = live.stored_counts(url, result["sent"], len(plan))
    assert len(result["sent"]) == 24
    assert counts["sent"] == 24
    assert counts["missing"] == [] and counts["duplicated"] == [] and counts["unexpected"] == []
    assert counts["answers"] == 24 * len(plan) and counts["incomplete"] == 0
