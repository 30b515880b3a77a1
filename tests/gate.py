"""The page gate: every HTML page a test renders must pass these checks.

Modelled on GOV.UK Notify's: parses as HTML5, one <h1>, a <title> that starts with it (after
an "Error:" prefix), lang and dir that agree, a label for every input, unique ids, no script,
no inline style.
"""
from __future__ import annotations

import html5lib
from html5lib.html5parser import ParseError

from app.i18n import LANGUAGES

LANG_DIRS = {code: direction for code, (_name, direction) in LANGUAGES.items()}
NS = "{http://www.w3.org/1999/xhtml}"


class GateError(AssertionError):
    pass


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split())


def check_page(body: str, *, path: str = "", allow_script: bool = False) -> None:
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    try:
        root = parser.parse(body)
    except ParseError as error:
        raise GateError(f"{path}: does not parse as HTML5: {error}") from error

    def find(tag):
        return list(root.iter(f"{NS}{tag}"))

    h1s = find("h1")
    if len(h1s) != 1:
        raise GateError(f"{path}: expected one <h1>, found {len(h1s)}")
    h1 = _text(h1s[0])
    titles = find("title")
    if len(titles) != 1:
        raise GateError(f"{path}: expected one <title>")
    title = _text(titles[0])
    has_errors = bool([e for e in root.iter() if "error-summary" in (e.get("class") or "")])
    without_prefix = title.split(" ", 1)[1] if has_errors and " " in title else title
    if not (title.startswith(h1) or without_prefix.startswith(h1)):
        raise GateError(f"{path}: title {title!r} does not start with the h1 {h1!r}")
    if has_errors and title.startswith(h1):
        raise GateError(f"{path}: page shows errors but the title has no error prefix")

    html = root if root.tag == f"{NS}html" else find("html")[0]
    lang, direction = html.get("lang"), html.get("dir")
    if lang not in LANG_DIRS or LANG_DIRS[lang] != direction:
        raise GateError(f"{path}: <html lang={lang!r} dir={direction!r}> is not right")

    ids = [e.get("id") for e in root.iter() if e.get("id")]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise GateError(f"{path}: ids used more than once: {sorted(dupes)}")

    labelled = {label.get("for") for label in find("label")}
    for tag in ("input", "select", "textarea"):
        for field in find(tag):
            if field.get("type") in {"hidden", "submit", "button"}:
                continue
            if field.get("id") not in labelled and not field.get("aria-label"):
                raise GateError(f"{path}: <{tag} name={field.get('name')!r}> has no label")
    for form in find("form"):
        if form.get("method", "get").lower() == "post" and form.get("novalidate") is None:
            raise GateError(f"{path}: a POST form without novalidate")
    if not allow_script and find("script"):
        raise GateError(f"{path}: has a <script>")
    styled = [e.tag for e in root.iter() if isinstance(e.tag, str) and e.get("style") is not None]
    if styled or find("style"):
        raise GateError(f"{path}: has inline style (the CSP forbids it)")
