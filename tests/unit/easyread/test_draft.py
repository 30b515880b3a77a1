from __future__ import annotations

import easyread
from easyread.draft import easy_read_draft


def draft(text: str) -> str:
    return easy_read_draft(text, easyread.check(text))


def test_one_sentence_per_line_bullets_kept_and_safe_changes() -> None:
    text = (
        "# About us\n\nIn order to commence, three people will visit. We don't know the day, e.g. Monday.\n\n"
        "- Bring a coat\n- Bring a friend\n\n1. Fill in the form.\n2) Send it back\n"
    )
    out = draft(text)
    assert out == (
        "# About us\n\n"
        "To start, 3 people will visit.\n"
        "We do not know the day, for example Monday.\n\n"
        "- Bring a coat\n- Bring a friend\n\n"
        "1. Fill in the form.\n2. Send it back\n"
    )


def test_unsafe_suggestions_not_applied() -> None:
    out = draft("We made a decision. It is a piece of cake.")
    assert "made a decision" in out and "piece of cake" in out


def test_etc_keeps_full_stop() -> None:
    assert draft("Bring tea, coffee etc.") == "Bring tea, coffee and so on.\n"
