#!/usr/bin/env bats
# rk-ready: the checks, the more-than-half rule, vetoes, unknown checks, the
# calendar and the wait date, every option, every error path, and the
# pipelines of the spec.
#
# The quizzes (rk-quiz --questions qualify / signs), each item worth 1 point:
#   qualify  fixable     fixable.kids (reverse, veto), fixable.phase, fixable.misread
#            compromise  compromise.listen, compromise.work, compromise.sorry (reverse)
#            motive      motive.revenge (reverse, veto), motive.apology (reverse),
#                        motive.equal
#   signs    time        time.healed, time.reflect, time.recent (reverse)
#            fixable     signfix.small, signfix.try
#            mutual      mutual.both, mutual.change
#            miss        miss.whole, miss.others
#            friends     friends.support, friends.oppose (reverse)
#   (require: rk-quiz --questions shows it) fixable: phase or misread (group
#   "cause"); compromise: listen, work; motive: revenge, apology, equal;
#   time: healed, reflect, recent; mutual: both, change; friends: oppose.
# A check with requirements fails when one is answered against it, holds
# when all are met, and is unknown otherwise; a check without passes when
# score * 2 > max over its answered items.

load helpers

# No journal of the person running the tests is ever read.
setup() {
	export XDG_DATA_HOME="$BATS_TEST_TMPDIR/xdg" HOME="$BATS_TEST_TMPDIR/home"
}

# Answers for which every check holds, each one at its most.
ALL_GOOD='fixable.kids,no
fixable.phase,yes
fixable.misread,yes
compromise.listen,yes
compromise.work,yes
compromise.sorry,no
motive.revenge,no
motive.apology,no
motive.equal,yes
time.healed,yes
time.reflect,yes
time.recent,no
signfix.small,yes
signfix.try,yes
mutual.both,yes
mutual.change,yes
miss.whole,yes
miss.others,yes
friends.support,yes
friends.oppose,no'

# answers NAME [ID=VALUE | ID=]...: write ALL_GOOD with changes to a fixture
# and print its path.  ID=VALUE changes an answer; ID= leaves it out.
answers() {
	local name=$1 id ans ov
	shift
	{
		printf 'question,answer\n'
		while IFS=, read -r id ans; do
			for ov in "$@"; do
				[ "${ov%%=*}" = "$id" ] && ans=${ov#*=}
			done
			[ -z "$ans" ] || printf '%s,%s\n' "$id" "$ans"
		done <<<"$ALL_GOOD"
	} | fixture "$name"
}

# The rows of the qualify checks when all three are at their most.
QUALIFY_OK='check,status,detail
fixable,pass,The problems are fixable: 3 of 3
compromise,pass,Willing to compromise: 3 of 3
motive,pass,"Back together, not back at him: 3 of 3"'

# The rows of the four signs after time when all are at their most.
SIGNS_OK='fixable,pass,The problems can be worked on: 2 of 2
mutual,pass,Both of you are committed: 2 of 2
miss,pass,You still miss each other: 2 of 2
friends,pass,Your friends do not object: 3 of 3'

# The next step of a ready verdict, by his signs (the his-signs outcome).
BEGIN='Begin the steps: keep the plan to yourself, do not start contact, be his friend, and watch for clear signs.'
NEXT_UNKNOWN="next,1,\"His signs are not known yet. $BEGIN\""
NEXT_NONE="next,1,\"He has shown no signs yet. $BEGIN\""
NEXT_WEAK="next,1,\"His signs are weak so far. $BEGIN\""
NEXT_STRONG='next,7,"His signs are clear: ask him on a date, but do not commit yet; talk through what did not fit."'
# The next step of a wait that ends on DAY.
next_wait() {
	printf 'next,,"Until %s, keep the plan to yourself and do not start contact; then ask again."' "$1"
}

# --- the rules -------------------------------------------------------------

@test "every check at its most, no calendar: ready, exit 0" {
	# time: healed 1 + reflect 1 + recent (no, reversed) 1 = 3 of 3.
	# All 3 qualify pass, 5 of 5 signs >= 4, time passes: ready.
	a=$(answers a.csv)
	run --separate-stderr rk-ready "$a"
	assert_success
	assert_output "$QUALIFY_OK
time,pass,Time has passed: 3 of 3
$SIGNS_OK
$NEXT_UNKNOWN
verdict,ready,the three questions pass and 5 of 5 signs hold"
	[ -z "$stderr" ]
}

@test "a sign at exactly half fails, and four signs of five are enough" {
	# signs fixable: small yes 1 + try no 0 = 1 of 2; 1 * 2 = 2 is not > 2:
	# fail.  The other 4 signs hold, 4 >= --min-signs 4: still ready.
	a=$(answers a.csv signfix.try=no)
	run --separate-stderr rk-ready "$a"
	assert_success
	assert_output "$QUALIFY_OK
time,pass,Time has passed: 3 of 3
fixable,fail,The problems can be worked on: 1 of 2
mutual,pass,Both of you are committed: 2 of 2
miss,pass,You still miss each other: 2 of 2
friends,pass,Your friends do not object: 3 of 3
$NEXT_UNKNOWN
verdict,ready,the three questions pass and 4 of 5 signs hold"
}

@test "a required item left unanswered makes its question unknown, never guessed" {
	# compromise: listen yes, sorry yes (reversed: against it, but not
	# required), work unanswered: work must hold, and nobody said: unknown.
	a=$(answers a.csv compromise.work= compromise.sorry=yes)
	run -1 --separate-stderr rk-ready "$a"
	assert_output "check,status,detail
fixable,pass,The problems are fixable: 3 of 3
compromise,unknown,Willing to compromise: not answered: compromise.work
motive,pass,\"Back together, not back at him: 3 of 3\"
time,pass,Time has passed: 3 of 3
$SIGNS_OK
next,,First answer what is not known (compromise) before you begin the steps.
verdict,not-ready,not answered: compromise"
	[ -z "$stderr" ]
}

@test "an item that is not required only adds points: an apology alone is named, not failed" {
	# compromise.sorry yes (reversed): 2 of 3, and the detail names it; the
	# question still holds, for listen and work (the required ones) hold.
	a=$(answers a.csv compromise.sorry=yes)
	run --separate-stderr rk-ready "$a"
	assert_success
	assert_line --index 2 'compromise,pass,Willing to compromise: 2 of 3; against it: compromise.sorry'
	assert_line --index 10 'verdict,ready,the three questions pass and 5 of 5 signs hold'
}

@test "one item of one answered is all of it: the check passes" {
	# signs fixable: only small answered, yes: 1 of 1.
	a=$(answers a.csv signfix.try=)
	run --separate-stderr rk-ready "$a"
	assert_success
	assert_line --index 5 'fixable,pass,The problems can be worked on: 1 of 1'
}

@test "time decided by its items: one not yet fails it and blocks ready" {
	# time: healed no, recent yes: the first required item against it is
	# named.  The 4 other signs hold (4 >= 4), but time must be among them.
	# No calendar was given, so this is not-ready, not wait.
	a=$(answers a.csv time.healed=no time.recent=yes)
	run -1 --separate-stderr rk-ready "$a"
	assert_output "$QUALIFY_OK
time,fail,\"Time has passed: time.healed must hold, and does not\"
$SIGNS_OK
next,,Work on what does not hold yet (time) before you begin the steps.
verdict,not-ready,not holding: time"
}

@test "the fixable.kids veto fails its check and rules out trying again" {
	# fixable: kids yes (reversed) 0 + phase 1 + misread 1 = 2 of 3 would
	# pass, but a 0-point answer on an item with a veto fails the check and
	# makes the verdict not-ready, whatever else holds, even a long wait.
	a=$(answers a.csv fixable.kids=yes)
	run -1 --separate-stderr rk-ready --days 400 "$a"
	assert_output "check,status,detail
fixable,fail,A split over children or marriage would simply happen again the second time around.
compromise,pass,Willing to compromise: 3 of 3
motive,pass,\"Back together, not back at him: 3 of 3\"
time,pass,\"400 days, 30 needed; the answers agree: 3 of 3\"
$SIGNS_OK
next,,Do not start the steps: this would come back the second time around.
verdict,not-ready,A split over children or marriage would simply happen again the second time around. (fixable.kids)"
	[ -z "$stderr" ]
}

@test "the motive.revenge veto fails its check and rules out trying again" {
	# motive: revenge yes (reversed) 0 + apology no 1 + equal 1 = 2 of 3,
	# vetoed.
	a=$(answers a.csv motive.revenge=yes)
	run -1 --separate-stderr rk-ready "$a"
	assert_output "check,status,detail
fixable,pass,The problems are fixable: 3 of 3
compromise,pass,Willing to compromise: 3 of 3
motive,fail,Trying again to settle a score only leads back to where you started.
time,pass,Time has passed: 3 of 3
$SIGNS_OK
next,,Do not start the steps: this would come back the second time around.
verdict,not-ready,Trying again to settle a score only leads back to where you started. (motive.revenge)"
}

@test "with both vetoes, each check carries its own and the verdict names the first" {
	a=$(answers a.csv fixable.kids=yes motive.revenge=yes)
	run -1 --separate-stderr rk-ready "$a"
	assert_line --index 1 'fixable,fail,A split over children or marriage would simply happen again the second time around.'
	assert_line --index 3 'motive,fail,Trying again to settle a score only leads back to where you started.'
	assert_line --index 10 'verdict,not-ready,A split over children or marriage would simply happen again the second time around. (fixable.kids)'
}

@test "a veto answered the harmless way is no veto; fixable needs one of its causes" {
	# fixable.kids no: no veto; phase no, misread no: neither alternative of
	# the group "cause" holds: fail, by the requirement, not by the veto.
	a=$(answers a.csv fixable.phase=no fixable.misread=no)
	run -1 --separate-stderr rk-ready "$a"
	assert_line --index 1 'fixable,fail,"The problems are fixable: fixable.phase or fixable.misread: one must hold, and none does"'
	assert_line --index 10 'verdict,not-ready,not holding: fixable (question)'
}

@test "a veto overrules a wait" {
	# --days 10 < 30 with all else holding would be a wait; the veto makes
	# it not-ready.
	a=$(answers a.csv motive.revenge=yes)
	run -1 --separate-stderr rk-ready --days 10 "$a"
	assert_line --index 4 'time,fail,"10 days, 30 needed; the answers agree: 3 of 3"'
	assert_line --index 10 'verdict,not-ready,Trying again to settle a score only leads back to where you started. (motive.revenge)'
}

@test "a check with nothing answered is unknown, never assumed" {
	# motive and friends unanswered.  motive unknown: the qualify checks do
	# not all pass: not-ready.  friends unknown is not a holding sign.
	a=$(answers a.csv motive.revenge= motive.apology= motive.equal= \
	    friends.support= friends.oppose=)
	run -1 --separate-stderr rk-ready "$a"
	assert_output "check,status,detail
fixable,pass,The problems are fixable: 3 of 3
compromise,pass,Willing to compromise: 3 of 3
motive,unknown,\"Back together, not back at him: not answered: motive.revenge\"
time,pass,Time has passed: 3 of 3
fixable,pass,The problems can be worked on: 2 of 2
mutual,pass,Both of you are committed: 2 of 2
miss,pass,You still miss each other: 2 of 2
friends,unknown,Your friends do not object: not answered: friends.oppose
next,,\"First answer what is not known (motive, friends) before you begin the steps.\"
verdict,not-ready,\"not answered: motive, friends\""
}

@test "an unknown sign does not hold, but four holding signs are still enough" {
	# friends unknown; time, fixable, mutual, miss hold: 4 >= 4: ready.
	a=$(answers a.csv friends.support= friends.oppose=)
	run --separate-stderr rk-ready "$a"
	assert_success
	assert_line --index 8 'friends,unknown,Your friends do not object: not answered: friends.oppose'
	assert_line --index 10 'verdict,ready,the three questions pass and 4 of 5 signs hold'
}

@test "no answers to qualify or signs is an error, not a verdict" {
	f=$(printf 'question,answer\n' | fixture empty.csv)
	run -2 --separate-stderr rk-ready "$f"
	assert_output ""
	assert_stderr_line "rk-ready: $f: no answers to the qualify or signs quiz"
	run -2 --separate-stderr rk-ready /dev/null
	assert_output ""
	assert_stderr_line "rk-ready: /dev/null: no answers to the qualify or signs quiz"
	# answers to other quizzes only, or only blank answers, are none either
	w=$(printf 'question,answer\ngoals.kids,yes\nflirt.tease,no\n' | fixture why.csv)
	run -2 --separate-stderr rk-ready "$w"
	assert_output ""
	assert_stderr_line "rk-ready: $w: no answers to the qualify or signs quiz"
	b=$(printf 'question,answer\nmiss.whole,\n' | fixture blank.csv)
	run -2 --separate-stderr bash -c 'rk-ready <"$1"' _ "$b"
	assert_stderr_line "rk-ready: stdin: no answers to the qualify or signs quiz"
	# one answer is enough to decide on; the rest is unknown
	o=$(printf 'question,answer\nmiss.whole,yes\n' | fixture one.csv)
	run -1 --separate-stderr rk-ready "$o"
	assert_line --index 7 'miss,pass,You still miss each other: 1 of 1'
	assert_line --index 10 'verdict,not-ready,"not answered: fixable (question), compromise, motive, time, fixable (sign), mutual, friends; only 1 of 5 signs hold, 4 needed"'
}

@test "not-ready lists what fails, what is unknown, and the count of signs" {
	# compromise: listen no, work no: fail (listen is named, the first).
	# time unanswered: unknown.  mutual: both no, change no: fail.
	# Signs holding: fixable, miss, friends = 3 < 4.
	a=$(answers a.csv compromise.listen=no compromise.work=no \
	    time.healed= time.reflect= time.recent= mutual.both=no mutual.change=no)
	run -1 --separate-stderr rk-ready "$a"
	assert_output "check,status,detail
fixable,pass,The problems are fixable: 3 of 3
compromise,fail,\"Willing to compromise: compromise.listen must hold, and does not\"
motive,pass,\"Back together, not back at him: 3 of 3\"
time,unknown,Time has passed: not answered: time.healed
fixable,pass,The problems can be worked on: 2 of 2
mutual,fail,\"Both of you are committed: mutual.both must hold, and does not\"
miss,pass,You still miss each other: 2 of 2
friends,pass,Your friends do not object: 3 of 3
next,,\"Work on what does not hold yet (compromise, mutual), and answer what is not known (time) before you begin the steps.\"
verdict,not-ready,\"not holding: compromise, mutual; not answered: time; only 3 of 5 signs hold, 4 needed\""
}

@test "--min-signs 5: every sign must hold" {
	# signfix.try no: 4 of 5 signs < 5.
	a=$(answers a.csv signfix.try=no)
	run -1 --separate-stderr rk-ready --min-signs 5 "$a"
	assert_line --index 10 'verdict,not-ready,"not holding: fixable (sign); only 4 of 5 signs hold, 5 needed"'
	run --separate-stderr rk-ready --min-signs=5 "$(answers b.csv)"
	assert_success
	assert_line --index 10 'verdict,ready,the three questions pass and 5 of 5 signs hold'
}

@test "--min-signs 0: only the two required signs, time and mutual, are needed" {
	# Every sign but time and mutual at 0: fixable 0 of 2, miss 0 of 2,
	# friends: oppose yes fails it.  Default: 2 of 5 signs < 4: not-ready.
	# --min-signs 0: 2 >= 0 and both required signs hold: ready.
	a=$(answers a.csv signfix.small=no signfix.try=no miss.whole=no \
	    miss.others=no friends.support=no friends.oppose=yes)
	run -1 --separate-stderr rk-ready "$a"
	assert_line --index 10 'verdict,not-ready,"not holding: fixable (sign), miss, friends; only 2 of 5 signs hold, 4 needed"'
	run --separate-stderr rk-ready --min-signs 0 "$a"
	assert_success
	assert_output "$QUALIFY_OK
time,pass,Time has passed: 3 of 3
fixable,fail,The problems can be worked on: 0 of 2
mutual,pass,Both of you are committed: 2 of 2
miss,fail,You still miss each other: 0 of 2
friends,fail,\"Your friends do not object: friends.oppose must hold, and does not\"
$NEXT_UNKNOWN
verdict,ready,the three questions pass and 2 of 5 signs hold"
}

@test "--min-signs 0 still needs mutual: one-sided wanting or changing fails it" {
	# mutual.both no (only she wants it), or mutual.change no (only one
	# changes): the article's "must" fails, whatever the count.
	a=$(answers a.csv mutual.both=no)
	run -1 --separate-stderr rk-ready --min-signs 0 "$a"
	assert_line --index 6 'mutual,fail,"Both of you are committed: mutual.both must hold, and does not"'
	assert_line --index 9 'next,,Work on what does not hold yet (mutual) before you begin the steps.'
	assert_line --index 10 'verdict,not-ready,not holding: mutual'
	b=$(answers b.csv mutual.change=no)
	run -1 --separate-stderr rk-ready "$b"
	assert_line --index 6 'mutual,fail,"Both of you are committed: mutual.change must hold, and does not"'
	assert_line --index 10 'verdict,not-ready,not holding: mutual'
}

@test "--min-signs 0 still needs time" {
	a=$(answers a.csv time.healed=no time.reflect=no time.recent=yes)
	run -1 --separate-stderr rk-ready --min-signs 0 "$a"
	assert_line --index 4 'time,fail,"Time has passed: time.healed must hold, and does not"'
	assert_line --index 10 'verdict,not-ready,not holding: time'
}

# --- a single decisive "no" among "yes" answers ---------------------------

@test "a single decisive no fails its question whatever the points: one test per item" {
	# Each line: the answer that goes against a required item, the check's
	# row (index 1, 2 or 3) and the verdict.  Every other answer is yes to
	# the question, so the points alone (2 of 3) would have passed it.
	local cases=(
	    # she will not hear what drove him away (compromise: hear him out)
	    'compromise.listen=no|2|compromise,fail,"Willing to compromise: compromise.listen must hold, and does not"|not holding: compromise'
	    # she will not work on what made him unhappy
	    'compromise.work=no|2|compromise,fail,"Willing to compromise: compromise.work must hold, and does not"|not holding: compromise'
	    # part of her aim is to make him apologise or "do better"
	    'motive.apology=yes|3|motive,fail,"Back together, not back at him: motive.apology must hold, and does not"|not holding: motive'
	    # she does not accept an equal (50/50) effort
	    'motive.equal=no|3|motive,fail,"Back together, not back at him: motive.equal must hold, and does not"|not holding: motive'
	    # to make him pay: a veto, which names its reason
	    'motive.revenge=yes|3|motive,fail,Trying again to settle a score only leads back to where you started.|Trying again to settle a score only leads back to where you started. (motive.revenge)'
	    # a split over children or marriage: a veto
	    'fixable.kids=yes|1|fixable,fail,A split over children or marriage would simply happen again the second time around.|A split over children or marriage would simply happen again the second time around. (fixable.kids)'
	)
	local c ans idx row verdict
	for c in "${cases[@]}"; do
		IFS='|' read -r ans idx row verdict <<<"$c"
		a=$(answers "${ans%%=*}.csv" "$ans")
		run -1 --separate-stderr rk-ready --days 60 "$a"
		assert_line --index "$idx" "$row"
		assert_line --index 10 "verdict,not-ready,$verdict"
	done
}

@test "fixable: either cause is enough, neither fails it" {
	a=$(answers a.csv fixable.phase=no)
	run --separate-stderr rk-ready "$a"
	assert_success
	assert_line --index 1 'fixable,pass,The problems are fixable: 2 of 3'
	b=$(answers b.csv fixable.misread=no)
	run --separate-stderr rk-ready "$b"
	assert_success
	assert_line --index 1 'fixable,pass,The problems are fixable: 2 of 3'
	# one no, the other unanswered: unknown, not failed
	c=$(answers c.csv fixable.phase=no fixable.misread=)
	run -1 --separate-stderr rk-ready "$c"
	assert_line --index 1 'fixable,unknown,The problems are fixable: not answered: fixable.phase or fixable.misread'
	assert_line --index 10 'verdict,not-ready,not answered: fixable (question)'
}

# --- the next step ---------------------------------------------------------

# his NAME ID=VALUE...: ALL_GOOD plus his-signs answers, in a fixture.
his() {
	local name=$1 ov
	shift
	{
		printf 'question,answer\n%s\n' "$ALL_GOOD"
		for ov in "$@"; do printf '%s,%s\n' "${ov%%=*}" "${ov#*=}"; done
	} | fixture "$name"
}

@test "ready with weak, none or strong signs from him: begin the steps or step 7" {
	# weak: he started a conversation
	a=$(his a.csv contact.first=yes)
	run --separate-stderr rk-ready "$a"
	assert_success
	assert_line --index 9 "$NEXT_WEAK"
	assert_line --index 10 'verdict,ready,the three questions pass and 5 of 5 signs hold'
	# none: every sign answered no
	b=$(his b.csv contact.first=no hangout.ask=no flirt.tease=no)
	run --separate-stderr rk-ready "$b"
	assert_line --index 9 "$NEXT_NONE"
	# strong: he flirts
	c=$(his c.csv flirt.tease=yes)
	run --separate-stderr rk-ready "$c"
	assert_success
	assert_line --index 9 "$NEXT_STRONG"
	assert_line --index 10 'verdict,ready,the three questions pass and 5 of 5 signs hold'
	# every weak sign at once is still weak: never "ask him out"
	d=$(his d.csv contact.first=yes contact.silence=yes hangout.ask=yes \
	    company.enjoy=yes company.linger=yes visits.drop=yes)
	run --separate-stderr rk-ready "$d"
	assert_line --index 9 "$NEXT_WEAK"
	refute_output --partial 'ask him'
}

@test "one unannounced visit is weak; unannounced visits more often are clear" {
	a=$(his a.csv visits.drop=yes visits.often=no)
	run --separate-stderr rk-ready "$a"
	assert_line --index 9 "$NEXT_WEAK"
	b=$(his b.csv visits.drop=yes visits.often=yes)
	run --separate-stderr rk-ready "$b"
	assert_line --index 9 "$NEXT_STRONG"
}

@test "strong signs do not make a not-ready or a wait into step 7" {
	a=$(his a.csv flirt.tease=yes)
	run -1 --separate-stderr rk-ready --days 20 --today 2026-10-20 "$a"
	assert_line --index 9 "$(next_wait 2026-10-30)"
	b=$(his b.csv flirt.tease=yes mutual.both=no)
	sed -i '/^mutual.both,yes$/d' "$b"
	run -1 --separate-stderr rk-ready --format=text "$b"
	assert_line --index 9 'Next: Work on what does not hold yet (mutual) before you begin the steps.'
}

# journal NAME: a journal in rk-log's format with the rows given as
# arguments (date,time,who,channel,sign,note).
journal() {
	local name=$1
	shift
	{
		printf 'date,time,who,channel,sign,note\n'
		printf '%s\n' "$@"
	} | fixture "$name"
}

@test "--journal FILE: his signs from rk-log's journal, weak or strong" {
	a=$(answers a.csv)
	j=$(journal weak.csv '2026-10-10,10:00,him,text,,' '2026-10-12,18:00,him,visit,visits,')
	run --separate-stderr rk-ready --journal "$j" "$a"
	assert_success
	assert_line --index 9 "$NEXT_WEAK"
	k=$(journal strong.csv '2026-10-10,10:00,him,visit,visits,' '2026-10-12,18:00,him,visit,visits,')
	run --separate-stderr rk-ready --journal="$k" "$a"
	assert_success
	assert_line --index 9 "$NEXT_STRONG"
	# a journal with none of his contacts: no signs
	m=$(journal mine.csv '2026-10-10,10:00,me,text,,')
	run --separate-stderr rk-ready --journal "$m" "$a"
	assert_line --index 9 "$NEXT_NONE"
	# a yes from either the answers or the journal counts
	b=$(his b.csv flirt.tease=yes)
	run --separate-stderr rk-ready --journal "$m" "$b"
	assert_line --index 9 "$NEXT_STRONG"
}

@test "--journal: his signs from before 1970 count too, as rk-log --signs counts them" {
	a=$(answers a.csv)
	k=$(journal old.csv '1969-12-30,10:00,him,visit,visits,' '1969-12-31,18:00,him,visit,visits,')
	run --separate-stderr rk-ready --journal "$k" "$a"
	assert_success
	assert_line --index 9 "$NEXT_STRONG"
}

@test "the default journal is rk-log's, when it exists" {
	a=$(answers a.csv)
	run --separate-stderr rk-ready "$a"
	assert_line --index 9 "$NEXT_UNKNOWN"
	mkdir -p "$XDG_DATA_HOME/rekindle"
	printf 'date,time,who,channel,sign,note\n2026-10-10,10:00,him,call,flirt,\n' \
	    >"$XDG_DATA_HOME/rekindle/contacts.csv"
	run --separate-stderr rk-ready "$a"
	assert_line --index 9 "$NEXT_STRONG"
	# without XDG_DATA_HOME: ~/.local/share/rekindle/contacts.csv
	mkdir -p "$HOME/.local/share/rekindle"
	printf 'date,time,who,channel,sign,note\n2026-10-10,10:00,him,call,,\n' \
	    >"$HOME/.local/share/rekindle/contacts.csv"
	run --separate-stderr env -u XDG_DATA_HOME rk-ready "$a"
	assert_line --index 9 "$NEXT_WEAK"
	# neither set: no default, no error
	run --separate-stderr env -u XDG_DATA_HOME -u HOME rk-ready "$a"
	assert_success
	assert_line --index 9 "$NEXT_UNKNOWN"
}

@test "--journal: a missing file or one that is not a journal is an error" {
	a=$(answers a.csv)
	run -2 --separate-stderr rk-ready --journal "$BATS_TEST_TMPDIR/none.csv" "$a"
	assert_output ""
	assert_stderr_line "rk-ready: $BATS_TEST_TMPDIR/none.csv: No such file or directory"
	b=$(printf 'question,answer\nflirt.tease,yes\n' | fixture notj.csv)
	run -2 --separate-stderr rk-ready --journal "$b" "$a"
	assert_output ""
	assert_stderr_line "rk-ready: $b:1: not a contact journal (its header should be date,time,who,channel,sign,note)"
}

@test "wait only when the calendar is all that is missing: only she wants it, 20 days" {
	# mutual.both no and 20 days: the calendar is not the only thing
	# missing, so not-ready, not wait.
	a=$(answers a.csv mutual.both=no)
	run -1 --separate-stderr rk-ready --days 20 --today 2026-10-20 "$a"
	assert_line --index 4 'time,fail,"20 days, 30 needed; the answers agree: 3 of 3"'
	assert_line --index 9 'next,,"Work on what does not hold yet (time, mutual) before you begin the steps."'
	assert_line --index 10 'verdict,not-ready,"not holding: time, mutual; only 3 of 5 signs hold, 4 needed"'
	run -1 --separate-stderr rk-ready --format=text --days 20 --today 2026-10-20 "$a"
	refute_output --partial 'everything else is in place'
	# all else in place, 20 days: a wait
	b=$(answers b.csv)
	run -1 --separate-stderr rk-ready --days 20 --today 2026-10-20 "$b"
	assert_line --index 10 'verdict,wait,"ready on 2026-10-30, when 30 days have passed"'
}

# --- the calendar ----------------------------------------------------------

@test "--since: 19 days of 30 with all else in place is a wait, with the date" {
	# 2026-10-01 to 2026-10-20: 19 days.  ready on 2026-10-20 + (30 - 19)
	# = 2026-10-31.
	a=$(answers a.csv)
	run -1 --separate-stderr rk-ready --today 2026-10-20 --since 2026-10-01 "$a"
	assert_output "$QUALIFY_OK
time,fail,\"19 days since 2026-10-01, 30 needed; the answers agree: 3 of 3\"
$SIGNS_OK
$(next_wait 2026-10-31)
verdict,wait,\"ready on 2026-10-31, when 30 days have passed\""
	[ -z "$stderr" ]
}

@test "the wait date runs across a year's end" {
	# 2026-12-20 to 2026-12-31: 11 days; 31 Dec + 19 days = 2027-01-19.
	a=$(answers a.csv)
	run -1 --separate-stderr rk-ready --since 2026-12-20 --today 2026-12-31 "$a"
	assert_line --index 4 'time,fail,"11 days since 2026-12-20, 30 needed; the answers agree: 3 of 3"'
	assert_line --index 10 'verdict,wait,"ready on 2027-01-19, when 30 days have passed"'
}

@test "the wait date runs across a leap February" {
	# 2028-02-10 to 2028-02-20: 10 days; 20 Feb + 20 days: 29 Feb is +9,
	# so +20 is 2028-03-11.
	a=$(answers a.csv)
	run -1 --separate-stderr rk-ready --since 2028-02-10 --today 2028-02-20 "$a"
	assert_line --index 4 'time,fail,"10 days since 2028-02-10, 30 needed; the answers agree: 3 of 3"'
	assert_line --index 10 'verdict,wait,"ready on 2028-03-11, when 30 days have passed"'
	# and --since across the leap day counts it: 2028-02-01 to 2028-03-01
	# is 29 days.
	run -1 --separate-stderr rk-ready --since 2028-02-01 --today 2028-03-01 "$a"
	assert_line --index 4 'time,fail,"29 days since 2028-02-01, 30 needed; the answers agree: 3 of 3"'
	assert_line --index 10 'verdict,wait,"ready on 2028-03-02, when 30 days have passed"'
}

@test "--since exactly --min-days ago passes: days >= min" {
	# 2026-09-20 to 2026-10-20: 30 days >= 30.
	a=$(answers a.csv)
	run --separate-stderr rk-ready --since 2026-09-20 --today 2026-10-20 "$a"
	assert_success
	assert_line --index 4 'time,pass,"30 days since 2026-09-20, 30 needed; the answers agree: 3 of 3"'
	assert_line --index 10 'verdict,ready,the three questions pass and 5 of 5 signs hold'
}

@test "time needs the calendar and the answers: answers that say not yet fail it" {
	# healed no, reflect no, recent yes, 40 days >= 30: the heart says no,
	# so time fails whatever the date (the first item against it is named),
	# and it is not-ready, never a wait (no date would make it ready).
	a=$(answers a.csv time.healed=no time.reflect=no time.recent=yes)
	run -1 --separate-stderr rk-ready --days 40 "$a"
	assert_line --index 4 'time,fail,"40 days, but time.healed says not yet"'
	assert_line --index 10 'verdict,not-ready,not holding: time'
	run -1 --separate-stderr rk-ready --days 10 "$a"
	assert_line --index 4 'time,fail,"10 days, 30 needed, and time.healed says not yet"'
	assert_line --index 10 'verdict,not-ready,not holding: time'
	# time items at 3 of 3, but 10 days < 30: a wait, 20 days after today.
	b=$(answers b.csv)
	run -1 --separate-stderr rk-ready --days 10 --today 2026-10-20 "$b"
	assert_line --index 4 'time,fail,"10 days, 30 needed; the answers agree: 3 of 3"'
	assert_line --index 9 "$(next_wait 2026-11-09)"
	assert_line --index 10 'verdict,wait,"ready on 2026-11-09, when 30 days have passed"'
}

@test "time: a single not yet among yeses fails it at any date, one test per item" {
	# Each time item alone against it, the others holding, a year after:
	# the article's time has passed needs the pain eased AND a clear look
	# back, and "only weeks ago" contradicts it.
	a=$(answers a.csv time.healed=no)
	run -1 --separate-stderr rk-ready --days 365 "$a"
	assert_line --index 4 'time,fail,"365 days, but time.healed says not yet"'
	assert_line --index 10 'verdict,not-ready,not holding: time'
	b=$(answers b.csv time.reflect=no)
	run -1 --separate-stderr rk-ready --days 365 "$b"
	assert_line --index 4 'time,fail,"365 days, but time.reflect says not yet"'
	assert_line --index 10 'verdict,not-ready,not holding: time'
	c=$(answers c.csv time.recent=yes)
	run -1 --separate-stderr rk-ready --days 365 "$c"
	assert_line --index 4 'time,fail,"365 days, but time.recent says not yet"'
	assert_line --index 10 'verdict,not-ready,not holding: time'
	# without a date, "it ended only weeks ago" fails it
	run -1 --separate-stderr rk-ready "$c"
	assert_line --index 4 'time,fail,"Time has passed: time.recent must hold, and does not"'
	assert_line --index 10 'verdict,not-ready,not holding: time'
}

@test "29 vs 30 days: with the heart healed, 29 waits and 30 is ready" {
	a=$(answers a.csv)
	run -1 --separate-stderr rk-ready --days 29 --today 2026-10-20 "$a"
	assert_line --index 4 'time,fail,"29 days, 30 needed; the answers agree: 3 of 3"'
	assert_line --index 9 "$(next_wait 2026-10-21)"
	assert_line --index 10 'verdict,wait,"ready on 2026-10-21, when 30 days have passed"'
	run --separate-stderr rk-ready --days 30 --today 2026-10-20 "$a"
	assert_line --index 4 'time,pass,"30 days, 30 needed; the answers agree: 3 of 3"'
	assert_line --index 10 'verdict,ready,the three questions pass and 5 of 5 signs hold'
}

@test "with a date the calendar answers time.recent, but the heart must still be answered" {
	# recent unanswered: the calendar stands in for it.
	a=$(answers a.csv time.recent=)
	run --separate-stderr rk-ready --days 30 "$a"
	assert_success
	assert_line --index 4 'time,pass,"30 days, 30 needed; the answers agree: 2 of 2"'
	# nothing answered on time: the calendar alone is not the heart.
	b=$(answers b.csv time.healed= time.reflect= time.recent=)
	run -1 --separate-stderr rk-ready --days 30 "$b"
	assert_line --index 4 'time,unknown,"30 days, 30 needed; not answered: time.healed"'
	assert_line --index 9 'next,,First answer what is not known (time) before you begin the steps.'
	assert_line --index 10 'verdict,not-ready,not answered: time'
	# and so 29 days is no wait either: the calendar is not all that is missing
	run -1 --separate-stderr rk-ready --days 29 --today 2026-10-20 "$b"
	assert_line --index 4 'time,unknown,"29 days, 30 needed; not answered: time.healed"'
	assert_line --index 10 'verdict,not-ready,not answered: time'
}

@test "friends: neutral friends are enough, opposed friends fail, unknown stays unknown" {
	# friends.oppose is required (reversed): no holds it, yes fails it.
	# neutral: support no, oppose no: holds, and the detail names support.
	a=$(answers a.csv friends.support=no friends.oppose=no)
	run --separate-stderr rk-ready "$a"
	assert_success
	assert_line --index 8 'friends,pass,Your friends do not object: 2 of 3; against it: friends.support'
	# opposed, even with their support: fails
	b=$(answers b.csv friends.support=yes friends.oppose=yes)
	run --separate-stderr rk-ready "$b"
	assert_line --index 8 'friends,fail,"Your friends do not object: friends.oppose must hold, and does not"'
	# oppose alone: no holds, yes fails
	c=$(answers c.csv friends.support= friends.oppose=no)
	run --separate-stderr rk-ready "$c"
	assert_line --index 8 'friends,pass,Your friends do not object: 2 of 2'
	d=$(answers d.csv friends.support= friends.oppose=yes)
	run --separate-stderr rk-ready "$d"
	assert_line --index 8 'friends,fail,"Your friends do not object: friends.oppose must hold, and does not"'
	# "don't support" with "oppose" unanswered: unknown, not failed
	e=$(answers e.csv friends.support=no friends.oppose=)
	run --separate-stderr rk-ready "$e"
	assert_success
	assert_line --index 8 'friends,unknown,Your friends do not object: not answered: friends.oppose'
	assert_line --index 10 'verdict,ready,the three questions pass and 4 of 5 signs hold'
	# ... which counts: with miss failing too, 3 of 5 hold, and the unknown
	# is named as unknown, not as failing
	f=$(answers f.csv friends.support=no friends.oppose= miss.whole=no miss.others=no)
	run -1 --separate-stderr rk-ready "$f"
	assert_line --index 10 'verdict,not-ready,"not holding: miss; not answered: friends; only 3 of 5 signs hold, 4 needed"'
}

@test "--days 1 and --days 29: one day, and a wait of one day" {
	a=$(answers a.csv)
	run -1 --separate-stderr rk-ready --days 1 --today 2026-10-20 "$a"
	assert_line --index 4 'time,fail,"1 day, 30 needed; the answers agree: 3 of 3"'
	assert_line --index 10 'verdict,wait,"ready on 2026-11-18, when 30 days have passed"'
	run -1 --separate-stderr rk-ready --days 29 --today 2026-10-20 "$a"
	assert_line --index 10 'verdict,wait,"ready on 2026-10-21, when 30 days have passed"'
}

@test "--min-days sets the days needed; 0 needs none" {
	a=$(answers a.csv)
	# 45 days < 60: wait; ready on 2026-10-20 + 15 = 2026-11-04.
	run -1 --separate-stderr rk-ready --min-days 60 --days 45 --today 2026-10-20 "$a"
	assert_line --index 4 'time,fail,"45 days, 60 needed; the answers agree: 3 of 3"'
	assert_line --index 10 'verdict,wait,"ready on 2026-11-04, when 60 days have passed"'
	# --min-days 0: the break-up today is enough, 0 >= 0.
	run --separate-stderr rk-ready --min-days=0 --since 2026-10-20 --today 2026-10-20 "$a"
	assert_success
	assert_line --index 4 'time,pass,"0 days since 2026-10-20, 0 needed; the answers agree: 3 of 3"'
}

@test "--min-days without a calendar changes nothing: the items decide time" {
	a=$(answers a.csv)
	run --separate-stderr rk-ready --min-days 365 "$a"
	assert_success
	assert_line --index 4 'time,pass,Time has passed: 3 of 3'
}

@test "a wait when a sign that is not needed fails too" {
	# --days 10: time fails.  miss fails (0 of 2).  Holding: fixable,
	# mutual, friends = 3, and with time 4 >= 4: time is all that is
	# missing, so wait.
	a=$(answers a.csv miss.whole=no miss.others=no)
	run -1 --separate-stderr rk-ready --days 10 --today 2026-10-20 "$a"
	assert_line --index 7 'miss,fail,You still miss each other: 0 of 2'
	assert_line --index 10 'verdict,wait,"ready on 2026-11-09, when 30 days have passed"'
}

@test "not a wait when more than time is missing" {
	# --days 10 and mutual, miss fail: holding fixable, friends = 2; with
	# time 3 < 4: not-ready.
	a=$(answers a.csv mutual.both=no mutual.change=no miss.whole=no miss.others=no)
	run -1 --separate-stderr rk-ready --days 10 "$a"
	assert_line --index 10 'verdict,not-ready,"not holding: time, mutual, miss; only 2 of 5 signs hold, 4 needed"'
	# --days 10 and a question fails: not-ready, the question first.
	b=$(answers b.csv compromise.listen=no compromise.work=no)
	run -1 --separate-stderr rk-ready --days 10 "$b"
	assert_line --index 10 'verdict,not-ready,"not holding: compromise, time"'
	# --days 10 and a question unknown: not-ready.
	c=$(answers c.csv compromise.listen= compromise.work= compromise.sorry=)
	run -1 --separate-stderr rk-ready --days 10 "$c"
	assert_line --index 10 'verdict,not-ready,not holding: time; not answered: compromise'
}

@test "--since takes today from RK_TODAY, and --today wins over it" {
	a=$(answers a.csv)
	RK_TODAY=2026-10-20 run -1 --separate-stderr rk-ready --since 2026-10-01 "$a"
	assert_line --index 4 'time,fail,"19 days since 2026-10-01, 30 needed; the answers agree: 3 of 3"'
	RK_TODAY=2026-10-20 run --separate-stderr rk-ready --today 2026-11-30 --since 2026-10-01 "$a"
	assert_success
	assert_line --index 4 'time,pass,"60 days since 2026-10-01, 30 needed; the answers agree: 3 of 3"'
}

@test "--since the first day of the calendar to its last" {
	a=$(answers a.csv)
	run --separate-stderr rk-ready --since 0001-01-01 --today 9999-12-31 "$a"
	assert_success
	assert_line --index 4 'time,pass,"3652058 days since 0001-01-01, 30 needed; the answers agree: 3 of 3"'
	run --separate-stderr rk-ready --days 3652058 "$a"
	assert_success
}

@test "a wait date after the year 9999 is not cut short" {
	# 9999-12-31 + 30 days is past the calendar: the wait says how many
	# days, and that it falls after its end, rather than a date cut short.
	a=$(answers a.csv)
	run -1 --separate-stderr rk-ready --days 0 --today 9999-12-31 "$a"
	assert_line --index 10 'verdict,wait,"ready in 30 days, after 9999-12-31"'
	run -1 --separate-stderr rk-ready --format=text --days 0 --today 9999-12-31 "$a"
	assert_line --index 8 'Wait: everything else is in place, but give it time. You will be ready in 30'
	assert_line --index 9 'days, after 9999-12-31.'
}

# --- input -----------------------------------------------------------------

@test "the example answers: the pain has not eased, so no date makes it ready" {
	# data/examples/ready.csv: every question and sign at its most except
	# time (healed no, reflect no, recent yes: 0 of 3).
	run -1 --separate-stderr rk-ready --today 2026-11-27 --since 2026-10-01 "$DATA/examples/ready.csv"
	assert_line --index 4 'time,fail,"57 days since 2026-10-01, but time.healed says not yet"'
	assert_line --index 10 'verdict,not-ready,not holding: time'
	run -1 --separate-stderr rk-ready "$DATA/examples/ready.csv"
	assert_line --index 4 'time,fail,"Time has passed: time.healed must hold, and does not"'
	assert_line --index 10 'verdict,not-ready,not holding: time'
}

@test "the one example answers file: a wait with --since, ready a month on" {
	# data/examples/answers.csv answers all four quizzes; its time answers
	# hold, so only the calendar can be missing.
	run -1 --separate-stderr rk-ready --today 2026-11-26 --since 2026-11-10 "$DATA/examples/answers.csv"
	assert_line --index 4 'time,fail,"16 days since 2026-11-10, 30 needed; the answers agree: 3 of 3"'
	assert_line --index 10 'verdict,wait,"ready on 2026-12-10, when 30 days have passed"'
	run -0 --separate-stderr rk-ready --today 2026-12-10 --since 2026-11-10 "$DATA/examples/answers.csv"
	assert_line --index 10 'verdict,ready,the three questions pass and 5 of 5 signs hold'
	[ -z "$stderr" ]
}

@test "answers from standard input, with no operand or with -" {
	run --separate-stderr bash -c "rk-ready < '$(answers a.csv)'"
	assert_success
	assert_line --index 10 'verdict,ready,the three questions pass and 5 of 5 signs hold'
	run --separate-stderr bash -c "rk-ready - < '$(answers b.csv)'"
	assert_success
	assert_line --index 10 'verdict,ready,the three questions pass and 5 of 5 signs hold'
}

@test "answers split over several files add up" {
	q=$(printf 'question,answer\n%s\n' "$(head -9 <<<"$ALL_GOOD")" | fixture q.csv)
	s=$(printf 'question,answer\n%s\n' "$(tail -n +10 <<<"$ALL_GOOD")" | fixture s.csv)
	run --separate-stderr rk-ready "$q" "$s"
	assert_success
	assert_line --index 10 'verdict,ready,the three questions pass and 5 of 5 signs hold'
	# the qualify file alone leaves the signs unknown
	run -1 --separate-stderr rk-ready "$q"
	assert_line --index 10 'verdict,not-ready,"not answered: time, fixable (sign), mutual, miss, friends; only 0 of 5 signs hold, 4 needed"'
}

@test "answers to the why quiz are read but do not count; his-signs set the next step" {
	f=$(fixture all.csv <<CSV
question,answer
goals.kids,yes
contact.first,yes
$ALL_GOOD
CSV
)
	run --separate-stderr rk-ready "$f"
	assert_success
	assert_output "$QUALIFY_OK
time,pass,Time has passed: 3 of 3
$SIGNS_OK
$NEXT_WEAK
verdict,ready,the three questions pass and 5 of 5 signs hold"
}

@test "answers take yes/no/y/n/true/false/1/0, and an empty answer is no answer" {
	f=$(fixture forms.csv <<'CSV'
question,answer
fixable.kids,n
fixable.phase,y
fixable.misread,true
compromise.listen,1
compromise.work,Yes
compromise.sorry,false
motive.revenge,0
motive.apology,NO
motive.equal,yes
time.healed,yes
time.reflect,yes
time.recent,no
signfix.small,yes
signfix.try,yes
mutual.both,yes
mutual.change,yes
miss.whole,yes
miss.others,yes
friends.support,
friends.oppose,
CSV
)
	run --separate-stderr rk-ready "$f"
	assert_success
	assert_line --index 3 'motive,pass,"Back together, not back at him: 3 of 3"'
	assert_line --index 8 'friends,unknown,Your friends do not object: not answered: friends.oppose'
	assert_line --index 10 'verdict,ready,the three questions pass and 4 of 5 signs hold'
}

@test "a respondent column with one respondent is fine" {
	f=$(printf 'respondent,question,answer\n%s\n' "$(sed 's/^/ann,/' <<<"$ALL_GOOD")" | fixture r.csv)
	run --separate-stderr rk-ready "$f"
	assert_success
	assert_line --index 10 'verdict,ready,the three questions pass and 5 of 5 signs hold'
}

@test "--no-header: columns by position, question,answer[,respondent]" {
	f=$(fixture nh.csv <<<"$ALL_GOOD")
	run --separate-stderr rk-ready --no-header "$f"
	assert_success
	assert_line --index 10 'verdict,ready,the three questions pass and 5 of 5 signs hold'
	g=$(sed 's/$/,ann/' <<<"$ALL_GOOD" | fixture nhr.csv)
	run --separate-stderr rk-ready --no-header "$g"
	assert_success
	assert_line --index 10 'verdict,ready,the three questions pass and 5 of 5 signs hold'
	# without --no-header the first answer is taken for a header
	run -2 --separate-stderr rk-ready "$f"
	assert_stderr_line "rk-ready: $f:1: unknown column \"fixable.kids\" (answers have question, answer and respondent)"
}

@test "-d and --delimiter: answers separated by another character" {
	f=$(printf 'question;answer\n%s\n' "$(tr , ';' <<<"$ALL_GOOD")" | fixture semi.csv)
	run --separate-stderr rk-ready -d ';' "$f"
	assert_success
	assert_line --index 10 'verdict,ready,the three questions pass and 5 of 5 signs hold'
	run --separate-stderr rk-ready --delimiter=';' "$f"
	assert_success
	# the output stays comma-separated
	assert_line --index 0 'check,status,detail'
}

@test "-t and --tsv: tab-separated answers" {
	f=$(printf 'question\tanswer\n%s\n' "$(tr , '\t' <<<"$ALL_GOOD")" | fixture a.tsv)
	run --separate-stderr rk-ready -t "$f"
	assert_success
	assert_line --index 10 'verdict,ready,the three questions pass and 5 of 5 signs hold'
	run --separate-stderr rk-ready --tsv "$f"
	assert_success
	run --separate-stderr rk-ready -d tab "$f"
	assert_success
}

@test "CRLF line ends and a UTF-8 BOM are read" {
	f=$(printf '\xef\xbb\xbfquestion,answer\r\n%s\r\n' "$(sed 's/$/\r/' <<<"$ALL_GOOD" | head -c -1)" | fixture crlf.csv)
	run --separate-stderr rk-ready "$f"
	assert_success
	assert_line --index 10 'verdict,ready,the three questions pass and 5 of 5 signs hold'
}

# --- output ----------------------------------------------------------------

@test "--format=csv, and CSV by default when stdout is not a terminal" {
	a=$(answers a.csv)
	run --separate-stderr rk-ready --format=csv "$a"
	assert_success
	csv=$output
	run --separate-stderr rk-ready "$a"
	assert_output "$csv"
}

@test "--format=tsv writes tabs and no quotes" {
	a=$(answers a.csv)
	run -1 --separate-stderr rk-ready --format tsv --days 19 --today 2026-10-20 "$a"
	assert_output "$(printf '%s\n' \
	    $'check\tstatus\tdetail' \
	    $'fixable\tpass\tThe problems are fixable: 3 of 3' \
	    $'compromise\tpass\tWilling to compromise: 3 of 3' \
	    $'motive\tpass\tBack together, not back at him: 3 of 3' \
	    $'time\tfail\t19 days, 30 needed; the answers agree: 3 of 3' \
	    $'fixable\tpass\tThe problems can be worked on: 2 of 2' \
	    $'mutual\tpass\tBoth of you are committed: 2 of 2' \
	    $'miss\tpass\tYou still miss each other: 2 of 2' \
	    $'friends\tpass\tYour friends do not object: 3 of 3' \
	    $'next\t\tUntil 2026-10-31, keep the plan to yourself and do not start contact; then ask again.' \
	    $'verdict\twait\tready on 2026-10-31, when 30 days have passed')"
}

@test "--format=text: ready, with marks and the closing sentence wrapped to 80" {
	a=$(answers a.csv signfix.try=no)
	run --separate-stderr rk-ready --format=text --days 40 "$a"
	assert_success
	assert_output "[x] fixable     The problems are fixable: 3 of 3
[x] compromise  Willing to compromise: 3 of 3
[x] motive      Back together, not back at him: 3 of 3
[x] time        40 days, 30 needed; the answers agree: 3 of 3
[ ] fixable     The problems can be worked on: 1 of 2
[x] mutual      Both of you are committed: 2 of 2
[x] miss        You still miss each other: 2 of 2
[x] friends     Your friends do not object: 3 of 3

Ready: the three questions pass and 4 of 5 signs hold, both required ones among
them.
Next, step 1: His signs are not known yet. Begin the steps: keep the plan to
yourself, do not start contact, be his friend, and watch for clear signs."
	for l in "${lines[@]}"; do [ "${#l}" -le 80 ]; done || false
	! printf '%s' "$output" | grep -q $'\033'
}

@test "--format=text: a wait says the date and the days to go" {
	a=$(answers a.csv)
	run -1 --separate-stderr rk-ready --format=text --since 2026-12-20 --today 2026-12-31 "$a"
	assert_output "[x] fixable     The problems are fixable: 3 of 3
[x] compromise  Willing to compromise: 3 of 3
[x] motive      Back together, not back at him: 3 of 3
[ ] time        11 days since 2026-12-20, 30 needed; the answers agree: 3 of 3
[x] fixable     The problems can be worked on: 2 of 2
[x] mutual      Both of you are committed: 2 of 2
[x] miss        You still miss each other: 2 of 2
[x] friends     Your friends do not object: 3 of 3

Wait: everything else is in place, but give it time. You will be ready on
2027-01-19, in 19 days.
Next: Until 2027-01-19, keep the plan to yourself and do not start contact; then
ask again."
	# one day to go is "1 day"
	run -1 --separate-stderr rk-ready --format=text --days 29 --today 2026-10-20 "$a"
	assert_line --index 8 'Wait: everything else is in place, but give it time. You will be ready on'
	assert_line --index 9 '2026-10-21, in 1 day.'
}

@test "--format=text: not ready, with [?] for unknown checks" {
	a=$(answers a.csv compromise.listen=no compromise.work=no \
	    time.healed= time.reflect= time.recent= mutual.both=no mutual.change=no)
	run -1 --separate-stderr rk-ready --format=text "$a"
	assert_output "[x] fixable     The problems are fixable: 3 of 3
[ ] compromise  Willing to compromise: compromise.listen must hold, and does not
[x] motive      Back together, not back at him: 3 of 3
[?] time        Time has passed: not answered: time.healed
[x] fixable     The problems can be worked on: 2 of 2
[ ] mutual      Both of you are committed: mutual.both must hold, and does not
[x] miss        You still miss each other: 2 of 2
[x] friends     Your friends do not object: 3 of 3

Not ready. Not holding: compromise, mutual; not answered: time; only 3 of 5
signs hold, 4 needed.
Next: Work on what does not hold yet (compromise, mutual), and answer what is
not known (time) before you begin the steps."
}

@test "--format=text: a veto is the whole closing sentence" {
	a=$(answers a.csv fixable.kids=yes)
	run -1 --separate-stderr rk-ready --format=text "$a"
	# The check's detail wraps under itself, in 80 columns.
	assert_line --index 0 '[ ] fixable     A split over children or marriage would simply happen again the'
	assert_line --index 1 '                second time around.'
	assert_line --index 9 'Not ready: A split over children or marriage would simply happen again the'
	assert_line --index 10 'second time around.'
	assert_line --index 11 'Next: Do not start the steps: this would come back the second time around.'
	[ "${#lines[@]}" -eq 12 ]
}

@test "on a terminal: text by default, in color unless NO_COLOR is set" {
	need_pty
	# signs fixable 1 of 2 fails, friends unknown: 3 signs hold, not ready
	# (script -e passes on the exit status).
	a=$(answers a.csv signfix.try=no friends.support= friends.oppose=)
	run -1 --separate-stderr env TERM=xterm script -qec "rk-ready '$a'" /dev/null
	assert_output --partial $'\033[32m[x]\033[0m fixable     The problems are fixable: 3 of 3'
	assert_output --partial $'\033[31m[ ]\033[0m fixable     The problems can be worked on: 1 of 2'
	assert_output --partial $'\033[33m[?]\033[0m friends     Your friends do not object: not answered'
	run -1 --separate-stderr env TERM=xterm NO_COLOR=1 script -qec "rk-ready '$a'" /dev/null
	assert_output --partial '[x] fixable     The problems are fixable: 3 of 3'
	! printf '%s' "$output" | grep -q $'\033' || false
	# and no color on a terminal of TERM=dumb
	run -1 --separate-stderr env TERM=dumb script -qec "rk-ready '$a'" /dev/null
	assert_output --partial '[?] friends     Your friends do not object: not answered'
	! printf '%s' "$output" | grep -q $'\033'
}

@test "-q and --quiet print nothing; the exit status tells" {
	a=$(answers a.csv)
	run --separate-stderr rk-ready -q "$a"
	assert_success
	[ -z "$output" ] && [ -z "$stderr" ] || false
	run -1 --separate-stderr rk-ready --quiet --days 10 "$a"
	[ -z "$output" ] && [ -z "$stderr" ] || false
	b=$(answers b.csv motive.revenge=yes)
	run -1 --separate-stderr rk-ready -q --format=text "$b"
	[ -z "$output" ] && [ -z "$stderr" ]
}

@test "-q still reports errors" {
	f=$(printf 'question,answer\nnope,yes\n' | fixture bad.csv)
	run -2 --separate-stderr rk-ready -q "$f"
	[ -z "$output" ] || false
	assert_stderr_line "rk-ready: $f:2: \"nope\" is not a question of why, qualify, signs or his-signs"
}

# --- options and errors ----------------------------------------------------

@test "-h and --help print usage on stdout and exit 0" {
	run --separate-stderr rk-ready -h
	assert_success
	assert_line --index 0 'usage: rk-ready [-q] [--since date | --days n] [--min-days n] [--min-signs n]'
	assert_line --index 1 '                [--journal file] [-d char | -t] [--no-header]'
	assert_line --index 2 '                [--format csv|tsv|text|json] [--today date] [answers ...]'
	assert_line 'Exit status: 0 ready, 1 wait or not ready, 2 error.'
	for o in --since --days --min-days --min-signs --journal --quiet --delimiter --tsv \
	    --no-header --format --today --help --version; do
		assert_output --partial -- "$o"
	done
	[ -z "$stderr" ] || false
	help=$output
	run --separate-stderr rk-ready --help
	assert_success
	assert_output "$help"
}

@test "-V and --version print the version" {
	run --separate-stderr rk-ready -V
	assert_success
	assert_output 'rk-ready (rekindle) 0.1.0'
	run --separate-stderr rk-ready --version
	assert_output 'rk-ready (rekindle) 0.1.0'
}

@test "a bad option is one line and a pointer to --help on stderr, exit 2" {
	run -2 --separate-stderr rk-ready --bogus
	[ -z "$output" ] || false
	assert_equal "$stderr" "rk-ready: unrecognized option '--bogus'
Try 'rk-ready --help' for more information."
	run -2 --separate-stderr rk-ready -x
	[ "${stderr_lines[0]}" = "rk-ready: invalid option -- 'x'" ] || false
	run -2 --separate-stderr rk-ready --since
	[ "${stderr_lines[0]}" = "rk-ready: option '--since' requires an argument" ]
}

@test "out-of-range and non-numeric values name the option and the range" {
	run -2 --separate-stderr rk-ready --min-signs 9
	[ -z "$output" ] || false
	[ "${stderr_lines[0]}" = 'rk-ready: --min-signs: "9" is out of range (0 to 5)' ] || false
	[ "${stderr_lines[1]}" = "Try 'rk-ready --help' for more information." ] || false
	[ "${#stderr_lines[@]}" -eq 2 ] || false
	run -2 --separate-stderr rk-ready --min-signs -1
	[ "${stderr_lines[0]}" = 'rk-ready: --min-signs: "-1" is out of range (0 to 5)' ] || false
	run -2 --separate-stderr rk-ready --min-days 36501
	[ "${stderr_lines[0]}" = 'rk-ready: --min-days: "36501" is out of range (0 to 36500)' ] || false
	run -2 --separate-stderr rk-ready --min-days x
	[ "${stderr_lines[0]}" = 'rk-ready: --min-days: "x" is not a whole number (0 to 36500)' ] || false
	run -2 --separate-stderr rk-ready --days 3652059
	[ "${stderr_lines[0]}" = 'rk-ready: --days: "3652059" is out of range (0 to 3652058)' ] || false
	run -2 --separate-stderr rk-ready --days -1
	[ "${stderr_lines[0]}" = 'rk-ready: --days: "-1" is out of range (0 to 3652058)' ] || false
	run -2 --separate-stderr rk-ready --days ''
	[ "${stderr_lines[0]}" = 'rk-ready: --days: "" is not a whole number (0 to 3652058)' ]
}

@test "the range ends are accepted" {
	a=$(answers a.csv)
	run --separate-stderr rk-ready --min-days 36500 --days 36500 --min-signs 5 "$a"
	assert_success
	assert_line --index 4 'time,pass,"36500 days, 36500 needed; the answers agree: 3 of 3"'
}

@test "--since with an impossible date is a usage error" {
	run -2 --separate-stderr rk-ready --today 2026-10-20 --since 2026-02-30
	[ -z "$output" ] || false
	[ "${stderr_lines[0]}" = 'rk-ready: --since: "2026-02-30" is not a date: February 2026 has 28 days' ] || false
	[ "${stderr_lines[1]}" = "Try 'rk-ready --help' for more information." ] || false
	run -2 --separate-stderr rk-ready --today 2026-10-20 --since 2026-10-01,call
	[ "${stderr_lines[0]}" = 'rk-ready: --since: "2026-10-01,call" is not a date (YYYY-MM-DD, an ISO 8601 date-time, today or yesterday)' ]
}

@test "--since after today is a usage error" {
	run -2 --separate-stderr rk-ready --today 2026-10-20 --since 2026-10-21
	[ -z "$output" ] || false
	[ "${stderr_lines[0]}" = 'rk-ready: --since: "2026-10-21" is after today (2026-10-20)' ] || false
	[ "${stderr_lines[1]}" = "Try 'rk-ready --help' for more information." ]
}

@test "--since and --days together is a usage error, in either order" {
	run -2 --separate-stderr rk-ready --since 2026-10-01 --days 3
	[ "${stderr_lines[0]}" = 'rk-ready: --since and --days do not go together' ] || false
	[ "${stderr_lines[1]}" = "Try 'rk-ready --help' for more information." ] || false
	run -2 --separate-stderr rk-ready --days 3 --since 2026-10-01
	[ "${stderr_lines[0]}" = 'rk-ready: --since and --days do not go together' ]
}

@test "a bad --today or RK_TODAY exits 2" {
	run -2 --separate-stderr rk-ready --today 2026-13-01 --since 2026-01-01
	[ "${stderr_lines[0]}" = 'rk-ready: --today: "2026-13-01" is not a date: there is no month 13' ] || false
	[ "${stderr_lines[1]}" = "Try 'rk-ready --help' for more information." ] || false
	RK_TODAY=tomorrow run -2 --separate-stderr rk-ready --since 2026-01-01
	assert_stderr_line 'rk-ready: RK_TODAY: "tomorrow" is not a date (YYYY-MM-DD, an ISO 8601 date-time, today or yesterday)'
}

@test "bad --format and -d values are usage errors" {
	run -2 --separate-stderr rk-ready --format xml
	[ "${stderr_lines[0]}" = 'rk-ready: --format: "xml" is not a format (csv, tsv, text or json)' ] || false
	[ "${stderr_lines[1]}" = "Try 'rk-ready --help' for more information." ] || false
	run -2 --separate-stderr rk-ready -d ab
	[ "${stderr_lines[0]}" = 'rk-ready: -d: "ab" is not a delimiter (one character, not a quote or line end)' ]
}

@test "an unknown question is an error with file and line" {
	f=$(printf 'question,answer\nfixable.kids,no\nbogus.q,yes\n' | fixture a.csv)
	run -2 --separate-stderr rk-ready "$f"
	[ -z "$output" ] || false
	assert_stderr_line "rk-ready: $f:3: \"bogus.q\" is not a question of why, qualify, signs or his-signs"
}

@test "an answer an item does not take is an error with file and line" {
	f=$(printf 'question,answer\nfixable.kids,no\nmotive.revenge,maybe\n' | fixture a.csv)
	run -2 --separate-stderr rk-ready "$f"
	[ -z "$output" ] || false
	assert_stderr_line "rk-ready: $f:3: \"maybe\" is not an answer to motive.revenge (yes or no)"
}

@test "a second answer to an item is an error, also across files" {
	f=$(printf 'question,answer\nfixable.kids,no\nfixable.kids,no\n' | fixture a.csv)
	run -2 --separate-stderr rk-ready "$f"
	[ -z "$output" ] || false
	assert_stderr_line "rk-ready: $f:3: fixable.kids is answered twice"
	g=$(printf 'question,answer\ntime.healed,yes\n' | fixture b.csv)
	run -2 --separate-stderr rk-ready "$g" "$g"
	assert_stderr_line "rk-ready: $g:2: time.healed is answered twice"
}

@test "answers for two respondents are refused" {
	f=$(printf 'question,answer,respondent\nfixable.kids,no,ann\nfixable.kids,no,bea\n' | fixture two.csv)
	run -2 --separate-stderr rk-ready "$f"
	[ -z "$output" ] || false
	assert_stderr_line 'rk-ready: answers for 2 respondents: rk-ready decides for one person (rk-quiz scores many)'
}

@test "a missing file and a directory are errors" {
	run -2 --separate-stderr rk-ready "$BATS_TEST_TMPDIR/nope.csv"
	[ -z "$output" ] || false
	assert_stderr_line "rk-ready: $BATS_TEST_TMPDIR/nope.csv: No such file or directory"
	run -2 --separate-stderr rk-ready "$BATS_TEST_TMPDIR"
	[ -z "$output" ] || false
	assert_stderr_line "rk-ready: $BATS_TEST_TMPDIR: Is a directory"
}

@test "a header without an answer column, and a ragged row, are errors with file and line" {
	f=$(printf 'question\nfixable.kids\n' | fixture h.csv)
	run -2 --separate-stderr rk-ready "$f"
	[ -z "$output" ] || false
	assert_stderr_line "rk-ready: $f:1: the header needs an answer column"
	g=$(printf 'question,answer\nfixable.kids,no\nfixable.phase,yes,extra\n' | fixture r.csv)
	run -2 --separate-stderr rk-ready "$g"
	[ -z "$output" ] || false
	assert_stderr_line "rk-ready: $g:3: 3 fields where the header has 2"
}

@test "an unclosed quote is an error with file and line" {
	f=$(printf 'question,answer\nfixable.kids,no\ntime.healed,"yes\n' | fixture q.csv)
	run -2 --separate-stderr rk-ready "$f"
	[ -z "$output" ]
	[[ "$stderr" == "rk-ready: $f:3: "* ]]
	[ "${#stderr_lines[@]}" -eq 1 ]
}

@test "> /dev/full exits 2 with a write error" {
	a=$(answers a.csv)
	run -2 --separate-stderr bash -c "rk-ready '$a' > /dev/full"
	assert_stderr_line 'rk-ready: write error: No space left on device'
	run -2 --separate-stderr bash -c "rk-ready --format=text '$a' > /dev/full"
	assert_stderr_line 'rk-ready: write error: No space left on device'
}

@test "| head -1 ends quietly" {
	a=$(answers a.csv)
	run --separate-stderr bash -c "rk-ready '$a' | head -1; echo \"status \${PIPESTATUS[0]}\""
	assert_success
	assert_output 'check,status,detail
status 0'
	[ -z "$stderr" ]
}

# --- pipelines -------------------------------------------------------------

@test "rk-ready | rk-tip --for: the tips for the checks that do not pass" {
	# Failing: compromise (1 of 3), time (10 days < 30), mutual (0 of 2);
	# friends passes and the verdict row is no check: their tips are left.
	tips=$(fixture tips.csv <<'CSV'
section,step,tags,title,text
signs,,friends,Ask your friends,Hear what they think.
signs,,mutual,It takes two,Wait until he wants it too.
steps,2,time,Stay busy,Fill your days with things of your own.
qualify,,compromise,Listen first,Hear what drove him away.
CSV
)
	a=$(answers a.csv compromise.listen=no compromise.work=no mutual.both=no mutual.change=no)
	run --separate-stderr bash -c "rk-ready --days 10 '$a' | rk-tip --for -f '$tips' --format=csv"
	assert_success
	assert_output 'section,step,tags,title,text
qualify,,compromise,Listen first,Hear what drove him away.
steps,2,time,Stay busy,Fill your days with things of your own.
signs,,mutual,It takes two,Wait until he wants it too.'
	[ -z "$stderr" ]
}

@test "rk-ready --since ... | rk-tip --for with the built-in tips: only time's tips" {
	# The example answers with 19 days of 30: only time fails.
	run --separate-stderr bash -c "rk-ready --today 2026-10-20 --since 2026-10-01 '$DATA/examples/ready.csv' | rk-tip --for --format=csv"
	assert_success
	assert_line --index 0 'section,step,tags,title,text'
	[ "${#lines[@]}" -ge 2 ] || false
	for l in "${lines[@]:1}"; do
		[[ "$(cut -d, -f3 <<<"$l")" =~ (^| )time( |$) ]] || false
	done
	[ -z "$stderr" ]
}

@test "rk-ready ... || rk-tip --step 2: a step-2 tip when not ready, none when ready" {
	run --separate-stderr bash -c "rk-ready -q --today 2026-10-20 --since 2026-10-01 '$DATA/examples/answers.csv' || rk-tip --step 2"
	assert_success
	assert_line --index 0 --regexp '^Step 2\. '
	a=$(answers a.csv)
	run --separate-stderr bash -c "rk-ready -q --today 2026-10-20 --since 2026-09-01 '$a' || rk-tip --step 2"
	assert_success
	[ -z "$output" ] || false
	# as the spec writes it, without -q: the CSV, then the tip
	run --separate-stderr bash -c "rk-ready --today 2026-10-20 --since 2026-10-01 '$DATA/examples/answers.csv' || rk-tip --step 2"
	assert_success
	assert_line --index 10 'verdict,wait,"ready on 2026-10-31, when 30 days have passed"'
	assert_line --index 11 --regexp '^Step 2\. '
}

@test "under cron's bare environment: CSV, exit 1" {
	run --separate-stderr env -i PATH=/usr/bin:/bin "$RK_BIN/rk-ready" --today 2026-10-20 \
	    --since 2026-10-01 "$DATA/examples/answers.csv" </dev/null
	[ "$status" -eq 1 ] || false
	assert_line --index 0 'check,status,detail'
	assert_line --index 10 'verdict,wait,"ready on 2026-10-31, when 30 days have passed"'
	! printf '%s' "$output" | grep -q $'\033' || false
	[ -z "$stderr" ]
}

@test "the examples of rk-ready(1) that show output print it" {
	run -0 page_examples rk-ready.1
	assert_output 4
}

@test "one date syntax: --since and --today take every form; 12/01/2026 gets a hint" {
	a="$DATA/examples/answers.csv"
	for d in 2026-11-25 2026-11-25T10:00 2026-11-25T23:30+01:00 yesterday; do
		run -1 --separate-stderr rk-ready --today 2026-11-26T08:00 --format csv --since "$d" "$a"
		assert_line --index 4 'time,fail,"1 day since 2026-11-25, 30 needed; the answers agree: 3 of 3"'
	done
	RK_TODAY=2026-11-26T08:00Z run -1 --separate-stderr rk-ready --format csv --since today "$a"
	assert_line --index 4 'time,fail,"0 days since 2026-11-26, 30 needed; the answers agree: 3 of 3"'
	for o in --since --today; do
		run -2 --separate-stderr rk-ready "$o" 12/01/2026 "$a"
		assert_output ''
		[ "${stderr_lines[0]}" = "rk-ready: $o: \"12/01/2026\" is not a date: write it YYYY-MM-DD" ] || false
	done
	RK_TODAY=12/01/2026 run -2 --separate-stderr rk-ready "$a"
	assert_stderr_line 'rk-ready: RK_TODAY: "12/01/2026" is not a date: write it YYYY-MM-DD'
}
