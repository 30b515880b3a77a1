"""Translated labels for the fixed answer options and for staff-written options."""
from flask_babel import lazy_gettext as _l

from app.content import translated

FEELING_LABELS = {
    "very-happy": _l("Very happy"),
    "happy": _l("Happy"),
    "ok": _l("OK"),
    "unhappy": _l("Unhappy"),
    "very-unhappy": _l("Very unhappy"),
}
YES_NO_LABELS = {"yes": _l("Yes"), "no": _l("No"), "not-sure": _l("Not sure")}


def choices_for(question) -> list[tuple[str, str]]:
    if question.kind == "feelings":
        return [(value, str(label)) for value, label in FEELING_LABELS.items()]
    if question.kind == "yesno":
        return [(value, str(label)) for value, label in YES_NO_LABELS.items()]
    return [(option.value, translated(option, "label")) for option in question.options]


def answer_labels(question, answer) -> list[str]:
    """The words a person chose, in the current language, for check and review pages."""
    if answer is None or answer.skipped:
        return []
    if question.kind == "text":
        return [answer.text]
    names = dict(choices_for(question))
    return [names.get(value, value) for value in answer.choices]
