from __future__ import annotations

from pathlib import Path

from easyread.passive import find_passives

DATA = Path(__file__).with_name("passive_sentences.tsv")


def load() -> list[tuple[bool, str]]:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, sentence = line.split("\t", 1)
        rows.append((label == "P", sentence))
    return rows


def test_labelled_set_is_big_enough_and_balanced() -> None:
    rows = load()
    assert len(rows) >= 60
    passives = sum(1 for p, _ in rows if p)
    assert abs(passives - (len(rows) - passives)) <= 6


def test_precision_and_recall() -> None:
    tp = fp = fn = 0
    for is_passive, sentence in load():
        found = bool(list(find_passives(sentence)))
        tp += found and is_passive
        fp += found and not is_passive
        fn += (not found) and is_passive
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    print(f"passive-voice: precision={precision:.3f} recall={recall:.3f} (tp={tp} fp={fp} fn={fn})")
    assert precision >= 0.9
    assert recall >= 0.9


def test_span_covers_auxiliary_to_participle() -> None:
    text = "The form was not signed."
    [(s, e, part)] = list(find_passives(text))
    assert text[s:e] == "was not signed" and part == "signed"


def test_state_with_by_agent_is_passive() -> None:
    assert list(find_passives("I am worried by the new rules."))
    assert not list(find_passives("I am worried about the new rules."))
