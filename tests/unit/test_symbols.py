"""Finding pictures by word (easyread.symbols): search, suggestions, small SVGs."""
from easyread import symbols

INDEX = {
    "1F3E0": ["house", "building, home, house"],
    "1F3E1": ["house with garden", "garden, home, house"],
    "1F68C": ["bus", "bus, vehicle"],
    "1F48A": ["pill", "doctor, medicine, sick"],
    "E305": ["pills", "medicine, tablets"],
}


def test_search_finds_the_plain_name_first():
    assert symbols.search(INDEX, "house")[:2] == ["1F3E0", "1F3E1"]
    assert symbols.search(INDEX, "Houses")[0] == "1F3E0"
    assert symbols.search(INDEX, "the and of") == []
    assert symbols.search(INDEX, "zzqx") == []


def test_suggestions_come_from_a_sentences_words():
    assert symbols.suggest(INDEX, "Taking my tablets every day.")[0] == "E305"
    assert symbols.suggest(INDEX, "A bus takes you to your home.", limit=2)[0] in ("1F68C", "1F3E0")
    assert len(symbols.suggest(INDEX, "house home building", limit=1)) == 1


def test_minify_keeps_the_drawing_and_drops_the_rest():
    svg = ('<svg id="emoji" viewBox="0 0 72 72" xmlns="http://www.w3.org/2000/svg">\n'
           '  <!-- note -->\n  <g id="color">\n    <rect x="1" y="2"/>\n  </g>\n  <g id="hair"/>\n</svg>')
    small = symbols.minify_svg(svg)
    assert small == ('<svg viewBox="0 0 72 72" width="72" height="72" '
                     'xmlns="http://www.w3.org/2000/svg"><g><rect x="1" y="2"/></g></svg>')
