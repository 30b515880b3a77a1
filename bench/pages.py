"""Page weight: every participant page, HTML + CSS, gzip level 6 (as the server sends it)
against the same bytes uncompressed. The largest must stay under 14 KB (one round trip on a
slow phone connection). Pages come from driving the journey through the Flask test client.
Pictures are counted apart: their gzip bytes per page (goal: a question page's <= 20 KB)."""
from __future__ import annotations

import gzip
import re

from flask.testing import FlaskClient

BUDGET = 14 * 1024
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
CSS = re.compile(r'<link[^>]+href="(/assets/[^"]+\.css)"')
PICTURE = re.compile(r'<img[^>]+src="(/pictures/\d+)"')
PICTURE_GOAL = 20 * 1024  # a question page's pictures, compressed, counted apart from the 14 KB
LANGS = ("en", "ar")  # English, and the right-to-left language with the longest strings


def _gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


class _Walker:
    def __init__(self, client: FlaskClient, lang: str):
        self.client, self.lang = client, lang
        self.pages: dict[str, bytes] = {}

    def keep(self, name: str, response) -> str:
        assert response.mimetype == "text/html", (name, response.status_code)
        self.pages[f"{self.lang}: {name}"] = response.get_data()
        return response.get_data(as_text=True)

    def get(self, name: str, url: str) -> str:
        return self.keep(name, self.client.get(url, headers={"Accept-Encoding": "identity"}))

    def post(self, name: str | None, url: str, data: dict) -> str:
        page = self.client.get(url).get_data(as_text=True)
        token = TOKEN.search(page).group(1)
        response = self.client.post(url, data={"csrf_token": token, **data},
                                    headers={"Accept-Encoding": "identity"},
                                    follow_redirects=name is not None)
        return self.keep(name, response) if name else ""


def _journey(client: FlaskClient, lang: str, plan: list, slug: str, other: str,
             closed: str, term: str | None) -> dict[str, bytes]:
    w = _Walker(client, lang)
    base = f"/consultations/{slug}"
    w.get("home", f"/?lang={lang}")
    w.get("consultation", base)
    w.get("who is answering", f"{base}/start")
    w.post("who is answering, error", f"{base}/start", {})
    w.post("question 1", f"{base}/start", {"answering": "self"})
    w.post("question 1, error", f"{base}/questions/1", {"action": "next"})
    for number, (kind, answer) in enumerate(plan, start=1):
        w.get(f"question {number}", f"{base}/questions/{number}")
        w.post(None, f"{base}/questions/{number}",
               {"answer": "The staff are kind." if kind == "text" else answer,
                "action": "next"})
    w.get("check your answers", f"{base}/check")
    sent = w.post("sent", f"{base}/check", {})
    code = re.search(r"\b([A-Z2-9]{4}-[A-Z2-9]{4})\b", sent).group(1)
    w.get("about you", f"{base}/about-you")
    w.post("about you, sent", f"{base}/about-you",
           {k: "prefer-not" for k in ("age_band", "disability", "carer", "ethnicity",
                                      "language")})
    w.get("come back with your code", "/return")
    w.post("come back, wrong code", "/return", {"code": "WRNG-CODE"})
    w.post("your answers", "/return", {"code": code})
    w.get("change question 2", f"{base}/questions/2?change=1")
    w.get("take back your answers", f"{base}/withdraw")
    w.post("answers deleted", f"{base}/withdraw", {})
    w.get("other consultation, who", f"/consultations/{other}/start")
    w.post(None, f"/consultations/{other}/start", {"answering": "helped",
                                                   "helper_role": "friend"})
    w.post("saved", f"/consultations/{other}/questions/1", {"action": "save"})
    w.get("answering for someone else", f"{base}/for-someone")
    w.get("permission", "/permission")
    w.get("display settings", "/settings")
    w.get("privacy", "/privacy")
    w.get("closed, you said we did", f"/consultations/{closed}")
    w.get("glossary", "/glossary/")
    if term:
        w.get("glossary term", f"/glossary/{term}")
    w.get("read aloud and readability", "/readability")
    response = client.get("/no-such-page")
    w.keep("page not found", response)
    return w.pages


def run() -> dict:
    from sqlalchemy import select

    from app import create_app, demo
    from app.extensions import db
    from app.models import GlossaryTerm
    from app.participate import services
    from config import TestConfig

    app = create_app(TestConfig)
    app.config["RATELIMIT_ENABLED"] = False
    rows = []
    with app.app_context():
        db.create_all()
        demo.load()
        today = services.today()
        consultations = services.published_consultations()
        open_ = [c for c in consultations if c.state(today) == "open"]
        closed = [c for c in consultations if c.state(today) == "closed"]
        main = next((c for c in open_ if c.slug == "day-centres"), open_[0])
        other = next(c for c in open_ if c is not main)
        plan = []
        for q in services.live_questions(main):
            values = services.option_values(q)
            plan.append((q.kind, values[0] if q.kind in ("one", "feelings", "yesno")
                         else values[:2] if q.kind == "many" else ""))
        term = db.session.scalar(select(GlossaryTerm.slug).limit(1))
        slugs = (main.slug, other.slug, closed[0].slug if closed else main.slug)
        db.session.remove()
    # Outside any app context: each request gets its own, as in production.
    css_cache: dict[str, bytes] = {}
    picture_cache: dict[str, int] = {}
    for lang in LANGS:
        client = FlaskClient(app)
        client.get(f"/?lang={lang}")
        pages = _journey(client, lang, plan, *slugs, term)
        for name, html in pages.items():
            css_total = b""
            for href in CSS.findall(html.decode("utf-8", "replace")):
                if href not in css_cache:
                    css_cache[href] = client.get(
                        href, headers={"Accept-Encoding": "identity"}).get_data()
                css_total += css_cache[href]
            pictures = sorted(set(PICTURE.findall(html.decode("utf-8", "replace"))))
            for src in pictures:
                if src not in picture_cache:
                    picture_cache[src] = _gz(client.get(src).get_data())
            rows.append((name, len(html), _gz(html), len(css_total), _gz(css_total),
                         len(pictures), sum(picture_cache[src] for src in pictures)))
    with app.app_context():
        db.drop_all()
    raw = [r[1] + r[3] for r in rows]
    packed = [r[2] + r[4] for r in rows]
    largest = max(rows, key=lambda r: r[2] + r[4])
    heaviest = max(rows, key=lambda r: r[6])
    question_pictures = [r[6] for r in rows if ": question" in r[0]]
    return {
        "pages": len(rows),
        "largest_page": largest[0],
        "largest_gzip_bytes": largest[2] + largest[4],
        "largest_html_gzip_bytes": largest[2],
        "css_gzip_bytes": largest[4],
        "largest_uncompressed_bytes": max(raw),
        "median_gzip_bytes": sorted(packed)[len(packed) // 2],
        "median_uncompressed_bytes": sorted(raw)[len(raw) // 2],
        "gzip_to_uncompressed_ratio": round(sum(packed) / sum(raw), 3),
        "budget_bytes": BUDGET,
        "under_budget": all(p < BUDGET for p in packed),
        "pictures_heaviest_page": heaviest[0],
        "pictures_heaviest_gzip_bytes": heaviest[6],
        "pictures_question_max_gzip_bytes": max(question_pictures, default=0),
        "pictures_goal_bytes": PICTURE_GOAL,
        "pictures_under_goal": max(question_pictures, default=0) <= PICTURE_GOAL,
        "rows": rows,
    }


if __name__ == "__main__":
    result = run()
    for row in result.pop("rows"):
        print(f"{row[0]:40} html {row[1]:6} -> {row[2]:5}   css {row[3]:6} -> {row[4]:5}"
              f"   pictures {row[5]:2} -> {row[6]:5}")
    for key, value in result.items():
        print(f"{key:28} {value}")
