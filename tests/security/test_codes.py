"""ASVS V2.6 / V11: codes have 40+ bits from a secure source; look-ups are rate-limited and
answer the same way for every kind of failure."""
import math
import secrets

from app import codes
from tests.helpers import post_form


def test_codes_have_at_least_40_bits():
    assert len(set(codes.ALPHABET)) ** codes.LENGTH >= 2 ** 40
    assert math.log2(len(codes.ALPHABET)) * codes.LENGTH >= 40


def test_codes_use_the_secrets_module(monkeypatch):
    calls = []
    real = secrets.choice
    monkeypatch.setattr(codes.secrets, "choice", lambda seq: calls.append(1) or real(seq))
    codes.new_code()
    assert len(calls) == codes.LENGTH


def test_codes_avoid_look_alike_characters_and_are_grouped():
    for _ in range(200):
        code = codes.new_code()
        assert len(code) == 9 and code[4] == "-"
        assert not set(code) & set("01IO")


def test_many_codes_are_distinct():
    made = {codes.new_code() for _ in range(5000)}
    assert len(made) == 5000


def test_normalise_accepts_what_people_type_and_refuses_the_rest():
    assert codes.normalise(" kdfm 7xrp ") == "KDFM7XRP"
    assert codes.normalise("KDFM-7XR") is None
    assert codes.normalise("KDF0-7XRP") is None  # 0 is never in a code
    assert codes.code_hash("kdfm-7xrp") == codes.code_hash("KDFM7XRP")


def test_brute_force_on_return_codes_is_stopped(app, client):
    app.config["CODE_LOOKUP_LIMIT"] = "5 per 10 minutes"
    statuses = [post_form(client, "/return", {"code": codes.new_code()}).status_code
                for _ in range(8)]
    assert statuses[:5] == [400] * 5
    assert statuses[5:] == [429] * 3


def test_failure_answers_are_identical(client):
    bodies = set()
    for typed in ("KDFM-7XRP", "ABCD-EFGH", "short", "kdfm7xrp"):
        html = post_form(client, "/return", {"code": typed}).get_data(as_text=True)
        bodies.add(html.split('<div class="error-summary"')[1].split("</div>")[0])
    assert len(bodies) == 1
