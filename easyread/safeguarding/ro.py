"""Romanian safeguarding patterns, written by the team (a draft until a native speaker
reviews it). Text is folded first (see __init__.py): "ă", "â", "î", "ș", "ț" are plain
letters here, so patterns are written without them."""

PATTERNS: dict[str, list[str]] = {
    "physical-abuse": [
        r"\b(?:ma|il|o|ne|va|ii|m-?a|m-?au|l-?a|ne-?a)\s+(?:(?:a|au)\s+)?(?:bat\w*|bate|lovi\w*|loves\w*|"
        r"impin\w*|impins\w*|palmu\w*|strang\w*\s+de\s+gat|sufoc\w*|zgalt\w*|ciupi\w*|ciupes\w*|arde|"
        r"ars|rani\w*|ranes\w*|loveste|trant\w*)\b",
        r"\b(?:batut|batuta|lovit|lovita|impins|impinsa)\s+de\b",
        r"\b(?:vanatai\w*|violent\w*|violenta|bataie)\b",
    ],
    "sexual-abuse": [
        r"\bma\s+(?:atinge|a\s+atins|pipai\w*)\s+(?:acolo|in\s+locuri|unde|in\s+zone|si\s+nu\s+vreau)",
        r"\b(?:viol(?:at|ata|ul|eaza|ez)?|abuz\w*\s+sexual\w*|agresiune\s+sexual\w*|hartui\w*\s+sexual\w*|"
        r"sex\s+cu\s+mine|parti(?:le)?\s+intime|poze\s+(?:cu\s+mine\s+)?dezbracat\w*)\b",
    ],
    "financial-abuse": [
        r"\b(?:imi|ii|ne|mi-?a|mi-?au)\s+(?:ia|iau|a\s+luat|au\s+luat|luat|fura|a\s+furat|furat|tine|"
        r"opreste|cheltuie\w*)\s+(?:toti\s+|toata\s+)?(?:banii|pensia|cardul|salariul|ajutorul|"
        r"alocatia|economiile)",
        r"\b(?:banii|pensia|cardul)\s+(?:mei|mea|meu)?\s*(?:dispar|au\s+disparut|a\s+disparut|lipsesc)",
        r"\bnu\s+ma\s+lasa\s+sa\s+(?:am|folosesc|vad|iau)\s+(?:banii|cardul|pensia)",
        r"\bma\s+(?:obliga|forteaza|pune)\s+sa\s+(?:semnez|platesc|dau)",
        r"\b(?:inselat\w*|escroc\w*|teapa)\b",
    ],
    "emotional-abuse": [
        r"\bmi-?\s*e\s+(?:frica|teama)\s+de\b|\bma\s+tem\s+de\b",
        r"\b(?:tipa|striga|injura|urla)\s+la\s+mine\b",
        r"\bma\s+(?:injura|jigneste|ameninta|umileste|terorizeaza|sperie|face\s+(?:prost|proasta))\b",
        r"\b(?:spune|zice)\s+ca\s+sunt\s+(?:prost\w*|proast\w*|inutil\w*|o\s+povara|nimic|bun\w*\s+de\s+nimic)",
        r"\bnu\s+ma\s+lasa\s+sa\s+(?:ies|vorbesc|vad|sun|plec)",
        r"\bma\s+(?:inchide|tine\s+inchis\w*|incuie)",
        r"\b(?:amenint\w*|hartui\w*|intimid\w*)",
    ],
    "neglect": [
        r"\bnimeni\s+nu\s+(?:\S+\s+){0,2}?(?:da|hraneste|spala|ajuta|vine|viziteaza|gateste|schimba)\b",
        r"\bnu\s+(?:am|primesc|mi\s+se\s+da|imi\s+dau|imi\s+da|ne\s+dau)\s+(?:\S+\s+)?(?:mancare|de\s+mancare|"
        r"apa|medicamente|medicamentele|pastile|caldura)",
        r"\b(?:fara|n-?am)\s+(?:mancare|apa|caldura|incalzire)\b",
        r"\b(?:mereu|tot\s+timpul|foarte|toata\s+ziua)\s+(?:flamand|flamanda|infometat\w*)",
        r"\bma\s+lasa\s+(?:singur\w*|ud\w*|murdar\w*|in\s+pat)",
        r"\buit\w*\s+(?:sa\s+imi\s+dea\s+)?(?:medicamentele|pastilele)|\bescare\b",
    ],
    "self-harm": [
        r"\bma\s+(?:tai|ranesc|ard|lovesc\s+singur\w*)\b|\bimi\s+fac\s+rau\b",
        r"\b(?:auto-?vatam\w*|prea\s+multe\s+pastile|supradoz\w*)",
    ],
    "suicide": [
        r"\b(?:sa\s+)?ma\s+(?:omor|sinucid)\b|\bsinucid\w*",
        r"\bvreau\s+sa\s+mor\b",
        r"\bnu\s+(?:mai\s+)?vreau\s+sa\s+(?:mai\s+)?(?:traiesc|fiu\s+in\s+viata|exist)",
        r"\b(?:pun\s+capat|curm)\s+(?:vietii|zilelor)",
        r"\bnu\s+are\s+rost\s+sa\s+(?:mai\s+)?traiesc",
    ],
    "danger": [
        r"\bnu\s+ma\s+simt\s+(?:in\s+)?(?:siguranta|sigur\w*)|\bin\s+pericol\b",
        r"\b(?:ajutor\s*!|ajutati-?ma|salvati-?ma)",
        r"\b(?:sunati|chemati|sun|chem)\s+(?:la\s+)?politi\w*",
        r"\bam\s+cazut\s+si\s+nu\s+(?:m-?am\s+putut|pot|ma\s+pot)\s+ridica",
        r"\bare\s+(?:un\s+)?(?:cutit|pistol|arma)\b",
    ],
}
