"""Word lists for the passive-voice rule. Written for this project."""

from __future__ import annotations

# Irregular past participles (regular ones end in -ed).
IRREGULAR_PARTICIPLES = frozenset(
    """arisen awoken beaten become begun bent bet bid bitten bled blown broken bred
    brought built burnt bought caught chosen cut dealt done drawn dreamt driven drunk
    eaten fallen fed felt fought found fled flung forbidden forecast forgotten forgiven
    frozen given gone ground grown hung heard hidden hit held hurt kept knelt known laid
    led leant learnt left lent let lit lost made meant met mistaken misunderstood
    overcome overheard overlooked overpaid overtaken paid proven put quit read rebuilt
    repaid reset rewritten rid ridden rung risen run said seen sought sold sent set sewn
    shaken shed shot shown shrunk shut sung sunk slept slid spoken spent spilt split spoilt
    spread stood stolen stuck stung struck sworn swept swum swung taken taught torn told
    thought thrown understood undertaken undone upheld upset woken worn woven wed wept
    won wound withdrawn withheld written""".split()
)

# Participle-like words that describe a state after "be" (not a passive unless a
# "by" agent follows): "I am tired", "we are based in Leeds".
STATE_WORDS = frozenset(
    """tired based entitled interested married divorced separated widowed engaged
    worried scared frightened terrified pleased delighted thrilled excited bored confused
    concerned involved supposed located situated qualified disabled retired
    satisfied dissatisfied disappointed surprised shocked amazed embarrassed ashamed
    annoyed irritated upset relaxed stressed depressed exhausted prepared committed
    determined dedicated devoted convinced registered dressed
    gifted talented skilled experienced
    aged blessed fed-up fed up unemployed employed self-employed housebound bedbound
    connected related attached accustomed acquainted obliged insured vaccinated
    overwhelmed isolated lonely united mixed limited varied crowded packed balanced
    detailed complicated advanced heated armed unexpected unprepared unqualified unmarried""".split()
)

# States only when the subject is a person pronoun ("we are closed", "I got lost");
# passive otherwise ("the centre was closed", "the form was lost").
PRONOUN_STATE_WORDS = frozenset(
    """closed finished done gone lost stuck broken known sorted hurt-free""".split()
)

# Words ending in -ed or -en that are not participles.
NOT_PARTICIPLES = frozenset(
    """bed red shed need seed speed feed weed breed bleed proceed succeed exceed indeed
    hundred kindred naked wicked sacred wretched rugged ragged crooked beloved
    open often seven eleven even garden kitchen children women men ten then when been
    between listen chicken golden wooden heaven dozen citizen token oxygen siren
    happen happened sudden hidden-away linen specimen""".split()
)

# Adverbs and words that may stand between "be" and the participle.
GAP_WORDS = frozenset(
    """not never also always often just still already usually sometimes rarely
    really being been then now soon currently normally generally mostly fully
    partly only all both each either ever""".split()
)
