"""Welsh safeguarding patterns, written by the team (a draft until a native speaker reviews
it). Welsh words change their first letter (mutations: taro, daro, nharo, tharo), so verbs
are written with each form people use. Text is folded first (see __init__.py): "ŵ" and
"â" are plain letters here."""

_MUTATED_HURT = (
    r"(?:n?h?t?d?aro|[bmf]?wrw|n?g?h?[ck]icio|gicio|n?g?wthio|wthio|[bmf]?rifo|mrifo|"
    r"[tdn]?h?agu|nhagu|[pbm]?h?insio|slapio|[dn]?h?yrnu|[cgn]?h?uro|ngh?uro|n?g?h?uro|"
    r"[lf]?losgi|cam-?drin|gam-?drin|nghamdrin|ymosod)"
)

PATTERNS: dict[str, list[str]] = {
    "physical-abuse": [
        rf"\b(?:fy|ei|eu|ein|dy)\s+{_MUTATED_HURT}\b",
        rf"\b(?:cefais|ces\s+i|cafodd|wedi\s+cael)\s+(?:fy|ei|eu)\s+{_MUTATED_HURT}\b",
        r"\b(?:trais|treisgar|cleisiau|clais|llygad\s+ddu)\b",
    ],
    "sexual-abuse": [
        r"\bcyffwrdd\s+(?:a|ag)\s+(?:fi|mi|i)\b.{0,30}\b(?:preifat|ddim\s+yn\s+hoffi|lle|yno)\b",
        r"\b(?:fy|ei|eu)\s+(?:n?h?t?d?reisio)\b|\b(?:treisio|treisiodd|ymosodiad\s+rhywiol|cam-?drin\s+rhywiol|rhyw\s+(?:gyda|efo)\s+fi|"
        r"rhannau\s+preifat|mannau\s+preifat|lluniau\s+noeth)",
    ],
    "financial-abuse": [
        r"\b(?:cymryd|cymerodd|dwyn|dwgodd|cadw|gwario|defnyddio)\s+(?:fy|ei|eu)\s+(?:h?arian|"
        r"ngherdyn|cherdyn|gerdyn|mhensiwn|phensiwn|bensiwn|nghynilion|budd-?daliadau)",
        r"\b(?:fy|ei)\s+h?arian\s+(?:yn\s+diflannu|wedi\s+mynd|wedi\s+diflannu|ar\s+goll)",
        r"\b(?:ddim\s+yn\s+gadael|gadael)\s+i\s+(?:fi|mi)\s+(?:gael|weld|ddefnyddio)\s+fy\s+(?:h?arian|ngherdyn)",
        r"\bgwneud\s+i\s+(?:fi|mi)\s+(?:dalu|arwyddo|roi\s+arian)",
        r"\b(?:twyllo|twyllodd|sgam)\b",
    ],
    "emotional-abuse": [
        r"\b(?:mae\s+)?(?:arna\s+i|gen\s+i|mae\s+gen\s+i)\s+ofn\b",
        r"\bofn\s+(?:arno|arni|arnyn|fy|y\s+gofalwr|mynd\s+adre|mynd\s+adref)",
        r"\b(?:gweiddi|sgrechian|rhegi)\s+(?:arna\s+i|arnaf|arnon\s+ni)",
        r"\b(?:galw\s+enwau|bwlio|bygwth|fy\s+mygwth|fy\s+mwlio|codi\s+cywilydd|fy\s+mychanu)",
        r"\bdweud\s+(?:fy\s+mod\s+i|mod\s+i)\s*'?n\s+(?:dwp|dda\s+i\s+ddim|ddiwerth|faich)",
        r"\b(?:ddim\s+yn\s+gadael|gadael)\s+i\s+(?:fi|mi)\s+(?:weld|fynd\s+allan|ffonio|siarad)",
        r"\b(?:cloi|clo)\s+(?:fi|mi)\s+(?:i\s+mewn|yn)",
    ],
    "neglect": [
        r"\bneb\s+(?:yn\s+)?(?:rhoi\s+bwyd|fy\s+mwydo|dod|helpu|fy\s+helpu|golchi|fy\s+ngolchi|galw)",
        r"\b(?:dim\s+bwyd|dim\s+byd\s+i'?w?\s+fwyta|heb\s+fwyd|heb\s+fwyta|dim\s+dwr|dim\s+gwres)",
        r"\b(?:llwglyd|eisiau\s+bwyd\s+(?:drwy|trwy)\s*'?r\s+amser|isio\s+bwyd\s+drwy\s*'?r\s+amser)",
        r"\b(?:anghofio|anghofion|wedi\s+anghofio)\s+fy\s+(?:[mf]?oddion|n?h?t?d?abledi|[mf]?eddyginiaeth|ffisig)",
        r"\bgadael\s+(?:fi|mi)\s+(?:ar\s+fy\s+mhen\s+fy\s+hun|yn\s+wlyb|yn\s+fudr|yn\s+y\s+gwely)",
        r"\bbriwiau\s+(?:pwyso|gwely)",
    ],
    "self-harm": [
        r"\b(?:brifo|niweidio|torri|llosgi)\s+fy\s+hun\b",
        r"\b(?:hunan-?niwed|hunan-?niweidio|gormod\s+o\s+(?:dabledi|dabled))",
    ],
    "suicide": [
        r"\b(?:l?ladd\s+fy\s+hun|hunanladdiad|diweddu\s+fy\s+mywyd|rhoi\s+diwedd\s+ar\s+fy\s+mywyd|"
        r"gorffen\s+y\s+cyfan|dim\s+pwynt\s+byw)",
        r"\b(?:eisiau|isio|moyn|am)\s+marw\b",
        r"\bddim\s+(?:yn\s+)?(?:eisiau|isio|moyn)\s+byw\b",
        r"\bgwell\s+(?:byd\s+)?heb(?:ddo\s+i|\s+fi)\b",
    ],
    "danger": [
        r"\bddim\s+yn\s+(?:teimlo\s*'?n\s+)?ddiogel\b|\banniogel\b|\bmewn\s+perygl\b",
        r"\b(?:helpwch\s+fi|help\s*!)",
        r"\b(?:ffonio|galw)\s*'?r\s+heddlu\b",
        r"\b(?:syrthio|syrthiais|cwympo|cwympais)\s+a\s+(?:methu|ddim\s+yn\s+gallu|methais)\s+codi",
        r"\b(?:cyllell|dryll)\b",  # not "gwn" (gun): it is also "I know"
    ],
}
