"""Benchmark: the staff response list and results page at 10,000 sent responses.

Server time through the Flask test client (no network), median of a few runs, and the number
of SQL statements per page. Run: python bench/staff_bench.py
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

RESPONSES = 10_000
RUNS = 5


def run(responses: int = RESPONSES, runs: int = RUNS) -> dict:
    from sqlalchemy import select

    from app import create_app
    from app.extensions import db
    from app.models import Consultation
    from config import TestConfig
    from tests.factories import QueryCounter, login, make_sent_responses, make_staff

    app = create_app(TestConfig)
    with app.app_context():
        db.create_all()
        from app import demo

        demo.load()
        consultation = db.session.scalar(select(Consultation).where(
            Consultation.slug == "day-centres"))
        started = time.perf_counter()
        make_sent_responses(consultation, responses)
        insert_s = time.perf_counter() - started
        make_staff("bench@example.org", "admin")
        client = app.test_client()
        assert login(client, "bench@example.org").status_code == 302
        pages = {
            "list": f"/staff/consultations/{consultation.id}/responses",
            "list_filtered": f"/staff/consultations/{consultation.id}/responses"
                             f"?answering=proxy&reviewed=no",
            "list_page_100": None,
            "results": f"/staff/consultations/{consultation.id}/results",
        }
        oldest_shown = responses - 50 * 99  # keyset: page 100 starts below this id
        pages["list_page_100"] = (f"/staff/consultations/{consultation.id}/responses"
                                  f"?before={oldest_shown}")
        out: dict = {"responses": responses, "insert_s": round(insert_s, 2)}
        for name, url in pages.items():
            times = []
            for _ in range(runs):
                with QueryCounter(db.engine) as counter:
                    t0 = time.perf_counter()
                    result = client.get(url)
                    times.append(time.perf_counter() - t0)
                assert result.status_code == 200, (url, result.status_code)
            out[f"{name}_ms"] = round(statistics.median(times) * 1000, 1)
            out[f"{name}_queries"] = counter.count
        db.session.remove()
        db.drop_all()
    return out


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:24} {value}")
