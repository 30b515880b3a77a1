"""A small version of the bench's integrity run: 10 participants at once, 100 responses,
every 5th pressing Send twice at once, against one gunicorn with 2 workers."""
from bench import live


def test_every_sent_response_is_stored_exactly_once(database, backend):
    url, instance, plan = database
    with live.servers(1, url, instance) as (server,):
        result = live.run_load([server.host], plan, journeys=100, concurrency=10,
                               double_every=5, time_limit=300)
        log = server.log.read_text()
    assert not result["failures"], result["failures"][:5]
    assert result["statuses"].get(500, 0) == 0, log[-3000:]
    assert result["doubles"] == 20
    counts = live.stored_counts(url, result["sent"], len(plan))
    assert len(result["sent"]) == 100, backend
    assert counts["sent"] == 100
    assert counts["missing"] == [] and counts["duplicated"] == [] and counts["unexpected"] == []
    assert counts["answers"] == 100 * len(plan) and counts["incomplete"] == 0
