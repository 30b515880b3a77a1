"""easyread.money: amounts people type become whole pence, miles and minutes, or a rule id."""
from easyread.money import parse_hours, parse_pounds, parse_whole, pounds


def test_pounds_and_pence_become_whole_pence():
    assert parse_pounds("12.5", 50_000) == (1250, None)
    assert parse_pounds(" £3 ", 50_000) == (300, None)
    assert parse_pounds("1,204.07", 500_000) == (120_407, None)
    assert parse_pounds("", 50_000) == (0, None)


def test_bad_amounts_say_what_is_wrong():
    assert parse_pounds("-1", 50_000) == (None, "negative")
    assert parse_pounds("four", 50_000) == (None, "not-a-number")
    assert parse_pounds("1.234", 50_000) == (None, "too-many-pence")
    assert parse_pounds("500.01", 50_000) == (None, "too-much")
    assert parse_whole("2.5", 500) == (None, "not-a-number")
    assert parse_whole("501", 500) == (None, "too-much")


def test_hours_in_halves_become_minutes():
    assert parse_hours("1.5", 12) == (90, None)
    assert parse_hours("2", 12) == (120, None)
    assert parse_hours("1.25", 12) == (None, "not-half-hours")
    assert parse_hours("12.5", 12) == (None, "too-much")
    assert parse_hours("-1", 12) == (None, "negative")


def test_pence_are_shown_as_pounds():
    assert pounds(8850) == "88.50" and pounds(5) == "0.05"
