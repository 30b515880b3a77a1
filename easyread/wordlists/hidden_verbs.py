"""Noun phrases that hide a verb ("make a decision" -> "decide"). Written for this project.

Format: ``phrase | verb``. The first word is a verb and is matched in any tense
(make/makes/made/making); "a", "an" and "the" match each other.
"""

from __future__ import annotations

DATA = """
make a decision | decide
make a choice | choose
make a complaint | complain
make an application | apply
make a payment | pay
make a request | ask
make an enquiry | ask
make a referral | refer
make a recommendation | recommend
make a suggestion | suggest
make an assessment | assess
make an appointment | book
make a contribution | contribute
make a claim | claim
make a visit | visit
make an arrangement | arrange
make arrangements | arrange
make a change | change
make changes | change
make an improvement | improve
make improvements | improve
make an adjustment | adjust
make adjustments | adjust
make a reduction | reduce
make a commitment | promise
make a promise | promise
make a booking | book
make a donation | give
make a start | start
make an attempt | try
make an effort | try
make an offer | offer
make a note | note
make a phone call | call
make a call | call
make contact | contact
make a comparison | compare
make a statement | say
make an objection | object
make provision | provide
carry out an assessment | assess
carry out a review | review
carry out an investigation | investigate
carry out an inspection | inspect
carry out a check | check
carry out checks | check
carry out an evaluation | evaluate
carry out a survey | survey
carry out an analysis | analyse
carry out an audit | check
carry out a visit | visit
carry out research | research
conduct an assessment | assess
conduct a review | review
conduct an investigation | investigate
conduct an inspection | inspect
conduct an interview | interview
conduct a survey | survey
conduct research | research
undertake an assessment | assess
undertake a review | review
undertake an investigation | investigate
undertake training | train
perform an assessment | assess
perform a check | check
perform a review | review
give consideration to | consider
give an explanation | explain
give a description | describe
give an indication | show
give approval | approve
give permission | allow
give your consent | agree
give assistance | help
give support | support
give encouragement | encourage
give advice | advise
give notice | tell
give a response | answer
give an answer | answer
give a reply | reply
give information | tell
give feedback | tell us
give priority to | put first
give thought to | think about
give a presentation | present
give an undertaking | promise
take into consideration | consider
take into account | consider
take a decision | decide
take action | act
take a look at | look at
take part in | join
take responsibility for | be responsible for
take steps to | act to
take the opportunity to | use the chance to
take a measurement | measure
take an interest in | care about
have a discussion | talk
have a conversation | talk
have a meeting | meet
have a chat | talk
have a need for | need
have a preference for | prefer
have an expectation | expect
have an intention | intend
have an understanding of | understand
have knowledge of | know
have a requirement for | need
have a tendency to | tend to
have concerns about | worry about
hold a meeting | meet
hold a discussion | discuss
hold a consultation | consult
hold a review | review
reach a decision | decide
reach an agreement | agree
reach a conclusion | conclude
come to a decision | decide
come to an agreement | agree
come to a conclusion | conclude
arrive at a decision | decide
provide assistance | help
provide support | support
provide an explanation | explain
provide a description | describe
provide information | tell
provide a response | answer
provide advice | advise
provide confirmation | confirm
provide details | give details
provide feedback | tell us
provide care | care for
provide funding | fund
provide payment | pay
offer support | support
offer assistance | help
offer advice | advise
raise a concern | worry
raise concerns | worry
raise a complaint | complain
put forward a proposal | propose
put in an application | apply
put in a request | ask
submit an application | apply
submit a request | ask
submit a complaint | complain
submit a claim | claim
issue a payment | pay
issue a reminder | remind
issue an invitation | invite
send a reminder | remind
send an invitation | invite
send a notification | tell
send a reply | reply
do an assessment | assess
do a review | review
be in agreement | agree
be in attendance | attend
be of assistance | help
be in possession of | have
be in need of | need
be of the opinion | think
be of the view | think
be supportive of | support
be reliant on | rely on
be dependent on | depend on
be aware of | know
be appreciative of | appreciate
be indicative of | show
"""
