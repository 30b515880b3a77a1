"""Polish safeguarding patterns, written by the team (a draft until a native speaker reviews
it). Text is folded first (see __init__.py): no Polish letters are needed ("zabic sie"
matches "zabić się"), so patterns are written without them."""

_ME = r"(?:mnie|mi|go|ja|jej|ich|nas)"

PATTERNS: dict[str, list[str]] = {
    "physical-abuse": [
        rf"\b(?:bij\w*|bil\w*|uderz\w*|kop\w*|szarp\w*|popych\w*|pchn\w*|dusi\w*|dusil\w*|"
        rf"policzk\w*|szczyp\w*|zbil\w*|pobil\w*|poparzy\w*|przypal\w*|krzywdz\w*|skrzywdzi\w*|"
        rf"rani\w*|zrani\w*|bolesnie\s+chwyt\w*)\s+(?:\w+\s+)?{_ME}\b",
        rf"\b{_ME}\s+(?:\w+\s+)?(?:bij\w*|bil\w*|uderz\w*|kop\w*|szarp\w*|popych\w*|dusi\w*|"
        r"pobil\w*|zbil\w*|krzywdz\w*|skrzywdzi\w*)",
        r"\b(?:jestem|bylam|bylem|zostalam|zostalem)\s+(?:\w+\s+)?(?:bit\w*|pobit\w*|uderzon\w*|popchniet\w*|"
        r"skopan\w*|zwiazan\w*|zamknie\w*)",
        r"\b(?:siniak\w*|since|sincow|przemoc\w*|rzuca\w*\s+\w+\s+we?\s+mnie)\b",
    ],
    "sexual-abuse": [
        r"\bdotyk\w*\s+(?:\w+\s+)?(?:mnie|ja|go)\s+(?:tam|w\s+\w*\s*miejsc\w*|po\s+\w+|intymn\w*|"
        r"a\s+ja\s+nie\s+chce|choc\s+nie\s+chce)",
        r"\b(?:gwalc\w*|zgwalc\w*|gwalt\w*|molest\w*|wykorzyst\w*\s+seksual\w*|seksualn\w*|"
        r"zmusza\w*\s+(?:mnie\s+)?do\s+seksu|seks\w*\s+ze\s+mna|miejsc\w*\s+intymn\w*|"
        r"nag\w*\s+zdjec\w*|zdjeci\w*\s+nago|rozbierac\s+sie)",
    ],
    "financial-abuse": [
        r"\b(?:zabier\w*|zabral\w*|zabiera\w*|kradn\w*|ukradl\w*|ukradzi\w*|bierze|wzial\w*|"
        r"wziel\w*|trzyma\w*|przywlaszcz\w*)\s+(?:\w+\s+){0,2}?(?:pieniadz\w*|pieniedz\w*|kas\w*|"
        r"emerytur\w*|rent\w*|zasil\w*|karte|karta|portfel\w*|oszczednosc\w*|pin\w*)",
        r"\bnie\s+(?:daje|dal\w*|pozwala\w*)\s+(?:mi\s+)?(?:\w+\s+){0,2}?(?:moich\s+)?(?:pieniedzy|karty|emerytury|renty)",
        r"\b(?:pieniadze|emerytura|renta|karta)\s+(?:mi\s+)?(?:znika\w*|zniknel\w*|gin\w*|zgin\w*)",
        r"\b(?:kaze|kazal\w*|zmusza\w*|zmusil\w*)\s+(?:mi|mnie)\s+(?:\w+\s+)?(?:placic|zaplacic|dawac|dac|"
        r"podpisac|podpisywac|oddac|pozyczyc)",
        r"\b(?:oszuk\w*|wyludzi\w*)",
    ],
    "emotional-abuse": [
        r"\bboj?e\s+sie\s+(?:\w+\s+)?(?:go|jej|ich|mojego|mojej|moich|opiekun\w*|syna|corki|meza|zony|"
        r"wracac|wrocic|domu|w\s+domu)",
        r"\b(?:krzycz\w*|wrzeszcz\w*|drze\s+sie|darl\w*\s+sie)\s+na\s+(?:mnie|nas|nia|niego)",
        r"\b(?:wyzyw\w*|obraza\w*\s+mnie|ponizaj\w*|ponizy\w*|grozi\w*|grozil\w*|straszy\w*|zastrasz\w*|"
        r"przesladuj\w*|nekaj\w*|szantaz\w*)",
        r"\bmowi\w*,?\s+(?:mi\s+)?ze\s+jestem\s+(?:glup\w*|bezuzyteczn\w*|ciezarem|do\s+niczego|nikim)",
        r"\bnie\s+pozwala\w*\s+mi\s+(?:\w+\s+)?(?:wychodzic|wyjsc|dzwonic|zadzwonic|widziec|zobaczyc|"
        r"rozmawiac|spotykac)",
        r"\b(?:zamyka\w*|zamknal\w*|zamknel\w*)\s+mnie\b",
        r"\b(?:smieje|smial\w*)\s+sie\s+ze\s+mnie\b",
    ],
    "neglect": [
        r"\bnikt\s+(?:\w+\s+){0,2}?nie\s+(?:\w+\s+){0,2}?(?:karmi|myje|przychodzi|przyszedl|pomaga|"
        r"odwiedza|daje|dal|gotuje|przebiera|zmienia)",
        r"\bnie\s+(?:dostaje|dostalam|dostalem|mam|daja\s+mi|dali\s+mi|daje\s+mi|dostajemy)\s+(?:\w+\s+)?"
        r"(?:jedzenia|jesc|picia|wody|lekow|obiadu|sniadania|kolacji|ogrzewania)",
        r"\b(?:ciagle|zawsze|bardzo|caly\s+dzien|chodze)\s+(?:\w+\s+)?glodn\w*",
        r"\b(?:zostawi\w*|zostawia\w*)\s+mnie\s+(?:\w+\s+)?(?:sam\w*|w\s+lozku|mokr\w*|brudn\w*|bez)",
        r"\b(?:odlezyn\w*|zapomin\w*\s+(?:o\s+)?(?:moich\s+)?lek\w*|zapomnial\w*\s+(?:o\s+)?(?:moich\s+)?lek\w*|"
        r"bez\s+jedzenia|bez\s+ogrzewania|nie\s+mam\s+co\s+jesc)",
    ],
    "self-harm": [
        r"\b(?:tne|cial\w*|pocial\w*|krzywdze|krzywdzic|rani\w*|okalecz\w*)\s+(?:sie|siebie)\b",
        r"\b(?:samookalecz\w*|robie\s+sobie\s+krzywde|zrobic\s+sobie\s+krzywde|zrobil\w*\s+sobie\s+krzywde|"
        r"przedawkow\w*|za\s+duzo\s+tabletek)",
    ],
    "suicide": [
        r"\b(?:zabic|zabije|zabilab?y?m?|zabil\w*|powiesic|powiesze)\s+sie\b|\bsie\s+(?:zabic|zabije|powiesic|powiesze)\b",
        r"\b(?:samobojst\w*|samobojcz\w*|odebrac\s+sobie\s+zycie|skonczyc\s+ze\s+soba|"
        r"skonczyc\s+z\s+tym\s+wszystkim)",
        r"\bnie\s+chce\s+(?:\w+\s+)?(?:juz\s+)?(?:zyc|istniec)\b",
        r"\b(?:chce|chcial\w*|wolal\w*)\s+(?:bym\s+)?(?:juz\s+)?umrzec\b",
        r"\b(?:lepiej|lepiej\s+by\s+bylo)\s+(?:gdyby|by)\s+mnie\s+nie\s+bylo|\bnie\s+ma\s+sensu\s+zyc",
    ],
    "danger": [
        r"\bnie\s+(?:czuje\s+sie|jestem)\s+(?:\w+\s+)?bezpieczn\w*",
        r"\b(?:jest|czuje\s+sie)\s+niebezpiecznie\b|\bw\s+niebezpieczenstwie\b",
        r"\b(?:pomocy\s*!|ratunku|pomozcie\s+mi|prosze\s+o\s+pomoc\s+teraz)",
        r"\b(?:zadzwon\w*|wezwij\w*|wezwac)\s+(?:na\s+)?policj\w*|\b112\b",
        r"\bboj?e\s+sie\s+o\s+(?:swoje\s+)?zycie|\bma\s+(?:noz|bron)\b",
        r"\b(?:upadl\w*|przewrocil\w*)\s+i\s+nie\s+(?:moglam|moglem|moge|moglam\s+sie|moglem\s+sie)\s+(?:sie\s+)?(?:wstac|podniesc)",
    ],
}
