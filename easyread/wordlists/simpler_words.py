"""Phrases with a simpler everyday alternative, for UK public services and care.

Written for this project. Format: ``phrase | alternative | tags``.
Tags: ``v`` = a regular verb phrase whose first word may be inflected
(-s, -ed, -ing); the alternative is inflected the same way when it is one verb.
Alternatives containing " or " or "/" are advice, not safe to apply automatically.
Keep glossary jargon (care terms with a definition) out of this list.
"""

from __future__ import annotations

DATA = """
# Wordy connectors and phrases
in order to | to
in order for | for
so as to | to
prior to | before
subsequent to | after
subsequently | later
in advance of | before
in the event that | if
in the event of | if there is
in the near future | soon
at this point in time | now
at the present time | now
at present | now
presently | now
currently | now
for the purpose of | to
for the purposes of | for
with regard to | about
with reference to | about
with respect to | about
in relation to | about
in respect of | about
regarding | about
concerning | about
pertaining to | about
on the subject of | about
in connection with | about
in accordance with | under
in line with | following
in compliance with | following
on behalf of | for
by means of | by
by virtue of | because of
due to the fact that | because
owing to the fact that | because
in view of the fact that | because
in light of the fact that | because
on the grounds that | because
on account of | because of
as a consequence of | because of
as a result of | because of
in spite of the fact that | even though
despite the fact that | even though
notwithstanding | even though
in the absence of | without
in excess of | more than
in the region of | about
approximately | about
a number of | some
a large number of | many
a significant number of | many
a majority of | most
the majority of | most
a minority of | a few
the vast majority of | almost all
a sufficient number of | enough
sufficient | enough
insufficient | not enough
numerous | many
in addition to | as well as
in addition | also
additionally | also
furthermore | also
moreover | also
however | but
nevertheless | but
nonetheless | but
therefore | so
consequently | so
accordingly | so
thus | so
hence | so
whereas | but
whilst | while
amongst | among
thereafter | after that
therein | in it
thereof | of it
herewith | with this
hereby | now
forthwith | now
henceforth | from now on
heretofore | until now
until such time as | until
at such time as | when
in the course of | during
during the course of | during
throughout the duration of | all through
for the duration of | during
on a daily basis | every day
on a weekly basis | every week
on a monthly basis | every month
on a regular basis | often
on a case by case basis | one at a time
on an ongoing basis | all the time
at the earliest opportunity | as soon as you can
at your earliest convenience | as soon as you can
as soon as possible | soon
at all times | always
in all cases | always
in the majority of cases | usually
in some instances | sometimes
in a timely manner | on time
in a timely fashion | on time
with immediate effect | now
with effect from | from
it is essential that | you must
it is important to note that | note
it should be noted that | note
please be advised that | please note
please note that | note
we would like to take this opportunity to | we want to
we are writing to inform you | we are writing to tell you
if you have any queries | if you have questions
should you require | if you need
should you wish to | if you want to
should you have any questions | if you have questions
in the first instance | first
first and foremost | first
each and every | every
any and all | all
null and void | not valid
whether or not | whether
the reason why is that | because
the question as to whether | whether
as to whether | whether
as a means of | to
with a view to | to
in the context of | in
in terms of | about
in the case of | for
in most cases | usually
in receipt of | getting
is in receipt of | gets
are in receipt of | get
is able to | can
are able to | can
is unable to | cannot
are unable to | cannot
has the ability to | can
have the ability to | can
has the opportunity to | can
have the opportunity to | can
is required to | must
are required to | must
is obliged to | must
are obliged to | must
is entitled to | can get
it is possible that | maybe
it is likely that | probably
it is recommended that | we suggest
it is anticipated that | we expect
a great deal of | a lot of
a considerable amount of | a lot of
a limited number of | a few
an adequate number of | enough
in close proximity to | near
in the vicinity of | near
adjacent to | next to
in proximity to | near
at the conclusion of | at the end of
upon | on
whereby | by which
wherein | where
whereupon | then
inasmuch as | because
insofar as | as far as
albeit | although
per annum | a year
per diem | a day
per week | a week
per month | a month
prior notice | notice before
advance notice | notice before
free of charge | free
at no cost | free
at no charge | free
a sum of | 
the sum of | 
# Single words: verbs
commence | start | v
commencement | start
terminate | end | v
termination | end
cease | stop | v
discontinue | stop | v
facilitate | help | v
assist | help | v
assistance | help
endeavour | try | v
attempt | try | v
ascertain | find out | v
establish | set up | v
obtain | get | v
acquire | get | v
procure | buy | v
purchase | buy | v
receive | get | v
enquire | ask | v
inquire | ask | v
require | need | v
necessitate | need | v
utilise | use | v
utilize | use | v
utilisation | use
employ | use | v
implement | carry out | v
undertake | do | v
execute | carry out | v
perform | do | v
accomplish | do | v
achieve | reach | v
advise | tell | v
inform | tell | v
notify | tell | v
communicate | talk | v
correspond | write | v
disclose | tell | v
divulge | tell | v
indicate | show | v
demonstrate | show | v
illustrate | show | v
exhibit | show | v
depict | show | v
clarify | explain | v
elucidate | explain | v
comprehend | understand | v
acknowledge | accept | v
concur | agree | v
consent | agree | v
approve | agree to | v
authorise | allow | v
enable | let | v
ensure | make sure | v
verify | check | v
validate | check | v
monitor | check | v
evaluate | check | v
examine | look at | v
inspect | check | v
scrutinise | look closely at | v
investigate | look into | v
consider | think about | v
contemplate | think about | v
deliberate | think about | v
anticipate | expect | v
envisage | expect | v
estimate | guess | v
calculate | work out | v
determine | decide | v
resolve | sort out | v
rectify | put right | v
amend | change | v
modify | change | v
alter | change | v
adjust | change | v
revise | change | v
transform | change | v
convert | change | v
expand | grow | v
extend | make longer | v
enhance | improve | v
ameliorate | improve | v
optimise | improve | v
maximise | make the most of | v
minimise | keep low | v
reduce | cut | v
diminish | get smaller | v
decrease | go down | v
increase | go up | v
escalate | get worse | v
exacerbate | make worse | v
mitigate | reduce | v
alleviate | ease | v
eliminate | remove | v
eradicate | get rid of | v
remove | take away | v
retain | keep | v
maintain | keep | v
sustain | keep up | v
preserve | keep | v
reserve | book | v
allocate | give | v
assign | give | v
distribute | give out | v
disseminate | share | v
dispatch | send | v
despatch | send | v
submit | send | v
remit | send | v
transmit | send | v
convey | take | v
transport | take | v
transfer | move | v
relocate | move | v
vacate | leave | v
depart | leave | v
reside | live | v
accommodate | fit | v
occupy | live in | v
attend | go to | v
participate | take part | v
engage | take part | v
collaborate | work together | v
cooperate | work together | v
co-operate | work together | v
liaise | work with | v
consult | ask | v
converse | talk | v
interact | talk | v
negotiate | agree | v
prioritise | put first | v
emphasise | stress | v
highlight | point out | v
specify | say | v
stipulate | say | v
designate | name | v
constitute | make up | v
comprise | include | v
encompass | include | v
incorporate | include | v
append | add | v
supplement | add to | v
supplementary | extra
additional | extra
initiate | start | v
instigate | start | v
institute | start | v
originate | start | v
generate | make | v
produce | make | v
fabricate | make | v
construct | build | v
formulate | plan | v
devise | plan | v
develop | make | v
compile | put together | v
collate | collect | v
accumulate | collect | v
aggregate | add up | v
reimburse | pay back | v
refund | pay back | v
remunerate | pay | v
expend | spend | v
disburse | pay | v
subsidise | help pay for | v
contribute | give | v
donate | give | v
bestow | give | v
furnish | give | v
supply | give | v
provide | give | v
deliver | give | v
render | make | v
locate | find | v
identify | find | v
detect | find | v
discover | find out | v
observe | see | v
perceive | see | v
witness | see | v
appear | seem | v
transpire | happen | v
occur | happen | v
eventuate | happen | v
proceed | go on | v
progress | move on | v
continue | carry on | v
persist | carry on | v
remain | stay | v
await | wait for | v
postpone | put off | v
defer | put off | v
delay | put off | v
reschedule | move | v
expedite | speed up | v
accelerate | speed up | v
finalise | finish | v
conclude | end | v
complete | fill in | v
fulfil | meet | v
comply | follow | v
adhere | stick | v
conform | follow | v
abide by | follow | v
prohibit | ban | v
preclude | stop | v
prevent | stop | v
restrict | limit | v
constrain | limit | v
exclude | leave out | v
omit | leave out | v
disregard | ignore | v
neglect to | fail to
fail to | do not
endorse | support | v
advocate | speak up for | v
champion | support | v
encourage | help | v
empower | help | v
reinforce | strengthen | v
substantiate | prove | v
justify | explain | v
rationalise | explain | v
appreciate | understand | v
presume | think | v
assume | think | v
deem | think | v
# Single words: nouns and adjectives
accommodation | home
residence | home
dwelling | home
premises | building
facility | place
establishment | place
locality | area
vicinity | area
proximity | nearness
commencement date | start date
objective | aim
aspiration | hope
initiative | plan
proposal | plan
provision | service
provisions | rules
procedure | steps
methodology | way
mechanism | way
modality | way
option | choice
alternative | other choice
preference | choice
requirement | need
requirements | needs
necessity | need
prerequisite | need
entitlement | right
eligibility | who can get it
eligible | able to get
ineligible | not able to get
beneficiary | person who gets
recipient | person who gets
applicant | person who applies
individual | person
individuals | people
persons | people
citizen | person
resident | person who lives here
residents | people who live here
service user | person
service users | people
stakeholder | person involved
stakeholders | people involved
partner organisations | other groups
organisation | group
correspondence | letters
communication | message
documentation | papers
notification | letter
enquiry | question
query | question
feedback | what you think
questionnaire | form
response | answer
objection | complaint
grievance | complaint
dissatisfaction | unhappiness
expenditure | spending
remuneration | pay
revenue | money
finances | money
funding | money
tariff | price
arrears | money owed
outstanding | still owed
liability | debt
reimbursement | money back
concession | discount
exemption | not having to pay
component | part
element | part
constituent | part
aspect | part
segment | part
category | kind
classification | group
criteria | rules
criterion | rule
parameters | limits
framework | plan
strategy | plan
policy | rules
protocol | rules
guidelines | advice
guidance | advice
recommendation | advice
regulation | rule
legislation | law
statutory | legal
mandatory | must do
compulsory | must do
obligatory | must do
optional | you can choose
voluntary | your choice
discretionary | it is up to us
appropriate | right
inappropriate | wrong
suitable | right
unsuitable | not right
adequate | enough
inadequate | not good enough
satisfactory | good enough
unsatisfactory | not good enough
beneficial | helpful
advantageous | helpful
detrimental | harmful
adverse | bad
deleterious | harmful
significant | big
substantial | big
considerable | large
extensive | wide
comprehensive | full
exhaustive | full
minimal | very small
negligible | very small
marginal | small
optimum | best
optimal | best
preferable | better
superior | better
inferior | worse
equivalent | equal
comparable | like
identical | the same
similar | like
various | different
diverse | different
miscellaneous | other
frequent | often
frequently | often
occasionally | sometimes
periodically | now and then
regularly | often
infrequently | not often
rarely | not often
seldom | not often
initially | at first
previously | before
formerly | before
originally | at first
ultimately | in the end
eventually | in the end
finally | at last
immediately | now
promptly | quickly
expeditiously | quickly
rapidly | quickly
gradually | slowly
temporarily | for now
permanently | for good
roughly | about
precisely | exactly
particularly | mainly
especially | mainly
primarily | mainly
predominantly | mostly
principally | mainly
essentially | mainly
fundamental | basic
elementary | basic
principal | main
primary | main
paramount | most important
imperative | vital
crucial | vital
integral | key
pivotal | key
relevant | about this
irrelevant | not about this
pertinent | about this
applicable | that applies
inapplicable | that does not apply
feasible | possible
viable | workable
practicable | possible
impracticable | not possible
accessible | easy to use
inaccessible | hard to reach
convenient | easy
inconvenient | hard
difficulty | problem
difficulties | problems
issue | problem
concern | worry
anxiety | worry
distress | upset
impairment | disability
deterioration | getting worse
improvement | getting better
progression | change
ramifications | results
implications | effects
consequences | results
outcome | result
outcomes | results
output | result
objective evidence | proof
evidence | proof
verification | check
assessment process | check
evaluation | check
appraisal | review
inspection | check
intervention | help
support package | help
provision of support | help
assistance with | help with
capability | skill
competence | skill
proficiency | skill
expertise | skill
knowledge | what you know
awareness | knowing
understanding | knowing
perspective | view
viewpoint | view
opinion | view
standpoint | view
commitment | promise
undertaking | promise
assurance | promise
guarantee | promise
opportunity | chance
possibility | chance
likelihood | chance
probability | chance
circumstances | situation
location | place
destination | where you are going
duration | how long
frequency | how often
timescale | time
timeframe | time
deadline | last date
expiry | end
expiration | end
inception | start
conclusion | end
completion | end
cessation | stop
elsewhere | somewhere else
whereabouts | where
utmost | most
numerical | number
sufficiently | enough
"""
