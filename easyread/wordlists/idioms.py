"""Idioms and figures of speech that readers may take literally. Written for this project.

Format: ``phrase | plainer meaning``. ``*`` in a phrase matches one word.
"""

from __future__ import annotations

DATA = """
at the end of the day | in the end
a piece of cake | easy
a drop in the ocean | a very small part
a level playing field | fair for everyone
a big ask | a lot to ask
a step change | a big change
a whole new ball game | something very different
ahead of the curve | early
back to square one | start again
back to the drawing board | start again
ball is in your court | it is your turn to decide
behind closed doors | in private
bite the bullet | do the hard thing
break the ice | start talking
bring to the table | offer
by the same token | in the same way
call it a day | stop for now
cut corners | do a poor job to save time
cutting edge | newest
drop us a line | write to us
drop me a line | write to me
food for thought | something to think about
from the ground up | from the start
get the ball rolling | start
get to grips with | understand
give the green light | agree to
given the green light | agreed to
go the extra mile | do more than expected
going forward | from now on
moving forward | from now on
hit the ground running | start quickly
hold your horses | wait
in a nutshell | in short
in the pipeline | planned
in the same boat | in the same position
in the loop | told what is happening
keep you in the loop | keep you told
keep an eye on | watch
keep you posted | keep telling you
keep it under review | check it again later
kick off | start
let the cat out of the bag | tell a secret
low-hanging fruit | easy wins
low hanging fruit | easy wins
move the goalposts | change the rules
moving the goalposts | changing the rules
on the back burner | put off for now
on the same page | agreed
on the ball | alert
on board | agreeing
over the moon | very happy
under the weather | ill
feeling blue | sad
pull your socks up | try harder
pull out all the stops | do everything we can
put a pin in it | come back to it later
raise the bar | expect more
rule of thumb | rough guide
run it up the flagpole | try it out
see eye to eye | agree
set in stone | fixed
sit on the fence | not decide
state of the art | newest
take it on board | listen to it
take on board | listen to
the bottom line | the main point
the elephant in the room | the big problem no one talks about
think outside the box | think in new ways
through the roof | very high
tick all the boxes | do everything needed
touch base | talk
up in the air | not decided
walk in the park | easy
when push comes to shove | if we really have to
win-win | good for everyone
a tall order | hard to do
a long shot | not likely
bear with us | please wait
bend over backwards | try very hard
burning the candle at both ends | very tired from doing too much
cost an arm and a leg | cost a lot
costs an arm and a leg | costs a lot
hard to swallow | hard to accept
head over heels | very much
hit the nail on the head | exactly right
hit a brick wall | get stuck
hit a wall | get stuck
in hot water | in trouble
it's not rocket science | it is simple
it is not rocket science | it is simple
jump through hoops | do lots of hard steps
learn the ropes | learn how to do it
light at the end of the tunnel | things will get better
long story short | in short
make ends meet | have enough money
nip it in the bud | stop it early
on the cards | likely
out of the blue | suddenly
over the top | too much
par for the course | normal
plain sailing | easy
safe pair of hands | someone you can trust
short of the mark | not good enough
slip through the net | get missed
slipped through the net | got missed
slip through the cracks | get missed
falls through the cracks | gets missed
fell through the cracks | got missed
step up to the plate | take charge
the tip of the iceberg | a small part of a bigger problem
thin on the ground | hard to find
tighten our belts | spend less
up to speed | up to date
wrap things up | finish
wrap up | finish
a tough nut to crack | a hard problem
bite off more than | try to do more than
bridge the gap | join up
close the loop | finish the job
deep dive | close look
drill down | look closely
joined-up | working together
joined up thinking | working together
blue-sky thinking | new ideas
blue sky thinking | new ideas
front line | staff who meet people
frontline | staff who meet people
ring-fenced | kept only for
ring fenced | kept only for
wrap-around | all-round
one-stop shop | one place for everything
one stop shop | one place for everything
the ball is in your court | it is your turn to decide
level the playing field | make it fair
in the driving seat | in charge
at arm's length | kept apart
knock-on effect | effect on other things
a knock-on effect | an effect on other things
"""
