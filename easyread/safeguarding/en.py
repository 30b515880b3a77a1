"""English safeguarding patterns (matched on folded, lower-case text: see __init__.py).

A screen, not a judgement: it errs on flagging and a person always reviews what
it finds. Negation does not clear a match ("he doesn't hit me any more" still
flags), with one exception that is safe: "safe" itself, where only the negative
("I don't feel safe", "unsafe") is a concern.

Decisions, documented:
- "I'd kill for a cup of tea" is not flagged: "kill" needs a person as object
  (me, myself, him...) or a threat form ("going to kill", "threatened to kill").
- "hit" needs a person as object ("hits me", "hit her"), so "a hit with everyone"
  is not flagged.
- Money phrases need someone taking or controlling it ("they take my money",
  "won't let me have my money"), so "money for the bus" is not flagged.
- "Starving" and "I'm dying to..." are not flagged; "want to die" is.
"""

from __future__ import annotations


_RELATIVE = (r"(?:mum|dad|mother|father|wife|husband|partner|son|daughter|brother|sister|friend|"
             r"child|children|kids?|baby|nan|gran|grandma|grandad|grandson|granddaughter|neighbour|"
             r"carer|cat|dog)")
_PERSON = rf"(?:me|him|her|them|us|(?:my|his|her|their)\s+{_RELATIVE}|the\s+residents?|residents|people)"
_NOT_SELF = r"(?<!\bi )(?<!\bwe )"
_AGENT = r"(?:he|she|they|carers?|staff|someone|somebody|people|my\s+\w+|the\s+\w+)"
_NEG_ANY = r"(?:nobody|no\s+one|no-one|never|not|haven['’]t|hasn['’]t|didn['’]t|don['’]t|doesn['’]t|won['’]t|can['’]t)"

PATTERNS: dict[str, list[str]] = {
    "physical-abuse": [
        rf"\b(?:hit|hits|hitting|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|beat(?:s|en|ing)?|"
        rf"shov(?:e|es|ed|ing)|push(?:es|ed|ing)?|pinch(?:es|ed|ing)?|grab(?:s|bed|bing)?|strangl\w*|chok(?:e|es|ed|ing)|"
        rf"burn(?:s|ed|t)?|bit(?:e|es)?|bitten|hurt(?:s|ing)?|smack(?:s|ed|ing)?|shak(?:e|es|ing)|shook|"
        rf"kill(?:s|ed|ing)?|attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|abus(?:e|es|ed|ing)|throttl\w*)\s+{_PERSON}\b",
        r"\b(?:was|were|got|get|been|being|am|is|are)\s+(?:hit|punched|kicked|slapped|beaten|attacked|assaulted|"
        r"strangled|choked|hurt|abused|pushed|shoved|burnt|burned|tied\s+up|locked\s+in|restrained)\b",
        r"\b(?:bruises?|bruised|black\s+eye|broken\s+(?:arm|wrist|rib|ribs|bone|nose))\b",
        r"\b(?:tie[sd]?|tying|lock(?:s|ed|ing)?)\s+(?:me|him|her|them)\s+(?:up|in|to)\b",
        r"\b(?:threaten(?:s|ed|ing)?\s+to\s+(?:hit|hurt|kill|beat)|going\s+to\s+(?:kill|hurt|hit|beat))\b",
        r"\b(?:violent|violence|domestic\s+abuse)\b",
    ],
    "sexual-abuse": [
        r"\b(?:touch(?:es|ed|ing)?)\s+(?:me|him|her|them)\s+(?:down\s+there|there|in\s+private|inappropriately|where)\b",
        r"\b(?:touch(?:es|ed|ing)?\s+me\s+and\s+i\s+(?:don['’]t|do\s+not)\s+like\s+it)\b",
        r"\b(?:rape[ds]?|raping|sexual(?:ly)?\s+(?:abuse[ds]?|assault(?:ed)?|touch\w*)|molest\w*|grop(?:e|es|ed|ing)|"
        r"indecent\w*|made\s+me\s+(?:have\s+sex|undress|take\s+my\s+clothes\s+off))\b",
        r"\b(?:sex(?:ual)?\s+(?:with\s+me|things)|private\s+parts|makes?\s+me\s+(?:touch|watch)\s+(?:him|her|them|porn))\b",
        r"\b(?:photos?|pictures?|videos?)\s+of\s+me\s+(?:naked|with\s+no\s+clothes)\b",
    ],
    "financial-abuse": [
        rf"{_NOT_SELF}\b(?:take|takes|took|taking|taken|steal|steals|stole|stealing|stolen|keep|keeps|kept|keeping|spend|spends|spent|use|uses|used)\s+"
        r"(?:all\s+)?(?:my|his|her|their|our)\s+(?:money|cash|pension|benefits?|bank\s+card|card|savings|wages|pay|purse|wallet|pin)\b",
        r"\b(?:my|his|her|their)\s+(?:money|cash|pension|benefits?|savings|bank\s+card|purse|wallet)\s+"
        r"(?:has\s+gone|is\s+missing|went\s+missing|goes\s+missing|keeps\s+going\s+missing|was\s+taken|got\s+taken|was\s+stolen)\b",
        r"\b(?:won['’]t|will\s+not|doesn['’]t|don['’]t|never)\s+let\s+(?:me|him|her|them)\s+(?:have|see|use|touch)\s+"
        r"(?:my|his|her|their)\s+(?:own\s+)?(?:money|bank|card|pension|benefits?)\b",
        r"\b(?:made|makes|make|forced?)\s+(?:me|him|her|them)\s+(?:to\s+)?(?:give|sign|pay|hand\s+over|lend)\b",
        r"\b(?:asks?|asked|asking)\s+(?:me\s+)?for\s+(?:money|my\s+pin|my\s+bank)\b",
        r"\bmy\s+pin\s+(?:number)?\b",
        r"\b(?:changed\s+(?:my|his|her)\s+will|scam(?:med|s)?)\b",
    ],
    "emotional-abuse": [
        r"\b(?:scared|afraid|frightened|terrified)\s+of\s+(?:(?:my|the|his|their|her)\s+\w+|him|her|them|going\s+home)\b",
        r"\b(?:shouts?|shouted|shouting|screams?|screamed|screaming|swears?|swore|yells?|yelled|yelling)\s+at\s+"
        r"(?:me|him|her|them|us)\b",
        r"\b(?:calls?|called|calling)\s+(?:me|him|her|them)\s+(?:names|stupid|useless|fat|ugly|a\s+\w+)\b",
        r"\b(?:threaten(?:s|ed|ing)?|bull(?:y|ies|ied|ying))\s+(?:me|him|her|them|us)\b",
        r"\b(?:bullied|bullying|threatened|humiliat\w*|intimidat\w*)\b",
        r"\b(?:won['’]t|will\s+not|doesn['’]t|does\s+not|don['’]t|do\s+not)\s+let\s+(?:me|him|her|them)\s+"
        r"(?:see|talk\s+to|speak\s+to|phone|call|go\s+out|leave)\b",
        r"\b(?:keeps?|kept|locks?|locked)\s+(?:me|him|her|them)\s+(?:in|inside|away\s+from)\b",
        r"\b(?:controls?|controlled|controlling)\s+(?:me|him|her|them|everything)\b",
        r"\b(?:makes?|made)\s+(?:me|him|her)\s+feel\s+(?:stupid|worthless|small|useless|scared|afraid)\b",
    ],
    "neglect": [
        rf"\b{_NEG_ANY}\b[^.!?\n]{{0,40}}?\b(?:fed|feeds?|wash(?:es|ed)?|bathed|changed|given\s+(?:me\s+)?(?:food|water|a\s+drink|my\s+(?:tablets|medicine|medication))|gives?\s+(?:me\s+)?(?:any\s+)?(?:food|water|a\s+drink|dinner|lunch|breakfast|anything\s+to\s+(?:eat|drink)|my\s+(?:tablets|medicine|medication|meds|dinner|lunch|food))|cooks?\s+(?:for\s+)?me|feed\s+me|"
        r"helps?\s+me\s+(?:eat|wash|to\s+the\s+toilet|get\s+up)|comes?\s+to\s+help|turned|visited|checked\s+on)\b",
        r"\b(?:no|not\s+(?:enough|any))\s+(?:food|water|heating|heat|drink)\b",
        r"\b(?:nothing\s+to\s+eat|not\s+eaten|haven['’]t\s+eaten|hasn['’]t\s+eaten|no\s+one\s+to\s+help|left\s+(?:me\s+)?"
        r"(?:alone|on\s+my\s+own|in\s+bed|in\s+the\s+dark|in\s+my\s+own\s+(?:mess|wee|poo)|sitting\s+in)"
        r"(?:\s+(?:all|for)\s+(?:day|night|hours|days|the\s+day|the\s+night|the\s+weekend))?)\b",
        r"\b(?:pressure\s+sores?|bed\s+sores?|soiled|dirty\s+(?:pad|pads|sheets|clothes)|wet\s+(?:pad|bed|sheets))\b",
        r"\b(?:missed|forgot|forgotten)\s+(?:my|his|her)\s+(?:tablets|medicine|medication|meds|insulin|visit|visits|calls?)\b",
        r"\b(?:cold\s+and\s+hungry|hungry\s+and\s+cold|always\s+hungry|so\s+hungry|very\s+hungry)\b",
    ],
    "self-harm": [
        r"\b(?:self[\s-]?harm\w*|harm(?:ing)?\s+myself|hurt(?:ing)?\s+myself|cut(?:ting)?\s+myself|"
        r"burn(?:ing|t|ed)?\s+myself|starv(?:e|ing)\s+myself|overdos\w*|took\s+too\s+many\s+(?:tablets|pills))\b",
    ],
    "suicide": [
        r"\b(?:suicid\w*|kill(?:ing)?\s+myself|end(?:ing)?\s+(?:my|it\s+all|my\s+own)\s*(?:life|it\s+all)?"
        r"|take\s+my\s+(?:own\s+)?life|(?:want|wanted|wanting|going)\s+to\s+die|wish\s+i\s+(?:was|were)\s+(?:dead|not\s+here|not\s+alive|never\s+born)|wish\s+i\s+(?:wasn['’]t|weren['’]t)\s+(?:here|alive)|"
        r"better\s+off\s+(?:dead|without\s+me)|no\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|going\s+on)|"
        r"don['’]t\s+want\s+to\s+(?:live|be\s+here|wake\s+up)|can['’]t\s+go\s+on)\b",
    ],
    "danger": [
        r"\b(?:(?:not|don['’]t|do\s+not|never)\s+(?:feel\s+)?safe|unsafe|in\s+danger|please\s+help(?:\s+me)?|help\s+me\s+please|someone\s+help\s+me|help\s+me\s*!|"
        r"emergency|call\s+(?:the\s+)?police|999|scared\s+for\s+my\s+life|fear\s+for\s+my\s+(?:life|safety)|"
        r"someone\s+(?:is|was)\s+(?:hurting|following|watching)\s+me|has\s+a\s+(?:knife|gun|weapon)|"
        r"(?:fell|had\s+a\s+fall|on\s+the\s+floor)\s+and\s+(?:couldn['’]t|can['’]t|could\s+not)\s+get\s+up|"
        r"no\s+one\s+came|nobody\s+came)\b",
    ],
}

# Phrasings people use that the lists above missed (found by trying the screen as people
# write: short, no apostrophes, "any more" at the end).
_MORE: dict[str, list[str]] = {
    "physical-abuse": [
        r"\b(?:hurts?|hurting|hurted)\s+me\b",
        r"\b(?:rough|too\s+rough)\s+with\s+(?:me|him|her|them)\b",
        r"\b(?:throws?|threw)\s+(?:things|stuff|\w+)\s+at\s+(?:me|him|her|them)\b",
    ],
    "sexual-abuse": [
        r"\b(?:touch(?:es|ed|ing)?)\s+my\s+(?:private|privates|bottom|bum|breasts?|chest|body)\b",
        r"\b(?:sex\s+things|do\s+sex|have\s+sex\s+with\s+(?:him|her|them))\b",
    ],
    "financial-abuse": [
        r"\b(?:takes?|took|taking)\s+(?:my|his|her)\s+(?:money|pension|benefits?|card)\b",
        r"\b(?:no|none\s+of\s+my)\s+money\s+left\b.{0,30}\b(?:he|she|they|son|daughter|carer)\b",
    ],
    "emotional-abuse": [
        r"\b(?:laughs?|laughed|laughing)\s+at\s+me\b|\bmakes?\s+fun\s+of\s+me\b",
        r"\b(?:says?|said|tells?|told)\s+(?:me\s+)?(?:i\s+am|i'?m|im)\s+(?:stupid|useless|worthless|a\s+burden|no\s+good)\b",
        r"\b(?:ignores?|ignored)\s+me\b",
    ],
    "neglect": [
        r"\b(?:go|went|goes)\s+hungry\b|\bno\s+(?:dinner|lunch|breakfast|meals?)\b",
        r"\b(?:nobody|no\s+one|no-one)\s+(?:comes?|came|helps?|helped|visits?|visited)\b",
        r"\b(?:left|leave|leaves)\s+me\s+(?:wet|dirty|cold|hungry)\b",
    ],
    "self-harm": [
        r"\b(?:hit|hitting|bite|biting|scratch|scratching)\s+myself\b",
    ],
    "suicide": [
        r"\b(?:don'?t|do\s+not|dont|not)\s+want\s+to\s+(?:be\s+alive|live|be\s+here|exist|go\s+on)\b",
        r"\b(?:end\s+it|end\s+it\s+all|finish\s+it\s+all)\b",
        r"\b(?:no\s+point|nothing\s+to\s+live\s+for|life\s+is\s+not\s+worth)\b",
        r"\b(?:want|wants|wanted)\s+to\s+be\s+dead\b",
    ],
    "danger": [
        r"\b(?:scared|frightened|afraid)\s+(?:at|in)\s+(?:home|my\s+home|the\s+house)\b",
    ],
}
for _category, _extra in _MORE.items():
    PATTERNS[_category] = PATTERNS[_category] + _extra
