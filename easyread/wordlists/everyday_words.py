"""Everyday words of three or more syllables that most readers know.

The ``hard-word`` rule does not flag these. Written for this project.
"""

from __future__ import annotations

DATA = """
anybody anyone anything anywhere everybody everyone everything everywhere
somebody someone something somewhere nobody however whatever whenever
wherever whoever together another already family families different
difference important importantly interesting interested holiday holidays
hospital hospitals animal animals banana bananas telephone telephones
video videos radio computer computers internet tomorrow yesterday
beautiful wonderful happiness happily easily usually actually really
probably finally every everyday area areas idea ideas library libraries
medicine medicines memory memories company companies energy enemy
example examples exercise exercises favourite favourites several
possible impossible possibly already potato potatoes tomato tomatoes
vegetable vegetables cinema sandwich camera cameras umbrella umbrellas
chocolate cigarette elephant gorilla kangaroo television policeman
policemen policewoman police officer officers visitor visitors
uniform uniforms saturday saturdays yesterday today's another's
understand understanding understood remember remembering remembered
anniversary birthday birthdays daughter grandmother grandfather
grandparents grandchildren grandchild grandson granddaughter
relatives relative neighbourhood carefully properly quickly
exactly especially suddenly nearly family's lovely friendly
everyone's company's educated education medical doctor's
tablet tablets paracetamol benefit benefits disabled disability
disabilities wheelchair wheelchairs hospital's appointment
appointments emergency emergencies ambulance ambulances
dentist dentists optician opticians pharmacy pharmacist
chemist nurses volunteer volunteers volunteering activity
activities community communities council councils counsellor
counsellors bicycle motorbike supermarket supermarkets
restaurant restaurants newspaper newspapers magazine magazines
decide decided decision decisions informed information
opportunity opportunities celebrate celebration everyday's
different difficult difficulty difficulties unhappy happier
happiest nobody's quietly safety security dangerous
yourself yourselves ourselves themselves himself herself myself
itself whatever's cannot wouldn't shouldn't couldn't
seventeen thirteen fourteen fifteen sixteen eighteen nineteen
eleven seventy seventy's twenty-one
january february july september october november december
saturday mister
library video photo photograph photographs photographer
tomorrow's afternoon afternoons evening evenings morning mornings
reading working looking going doing having being
contact contacted sorry carry carrying happening
service services available holidays usual unusual already animal
medicine eleven seventy twenty-two hospital everywhere another
beautiful exciting excited excellent favourite understand
visitor remember tomorrow potato banana camera calendar
electric electricity envelope internet telephone video
interview interviews officer general generally natural naturally
memory period periods minimum maximum
"""
