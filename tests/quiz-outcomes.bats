#!/usr/bin/env bats
# What a quiz adds up to: his signs weighed as step 7 weighs them (weak
# signs weight 1, clear ones 7), the heavier category first on a tie, the
# outcome rows of a quiz file (category "total"), and scale labels.
#
# his-signs: contact (first, silence), hangout (ask), company (enjoy,
# linger) and one unannounced visit (visits.drop) weigh 1 an item, 6 points
# in all; visits getting more frequent (visits.often), reminisce (past),
# flirt (tease) weigh 7 each: the article's clear signs are showing up
# unannounced "more often", reminiscing and flirting.  Outcomes: none 0-0,
# weak 1-6, strong 7-27.  So no number of weak signs adds up to one strong.

load helpers

# signs ID=VALUE...: an answers file for his-signs.
signs() {
	{
		printf 'question,answer\n'
		printf '%s\n' "$@" | tr = ,
	} | fixture s.csv
}

WEAK_TEXT='Only weak signs so far: he may simply miss a friend, or want closure. Hear him
out, but do not read much into it.'
STRONG_TEXT='Clear signs he wants you back: ask him on a date, but hold off on committing
until you have talked through what did not fit.'

@test "his-signs: on a tie the strong signs rank first, then quiz order" {
	s=$(signs contact.first=yes hangout.ask=yes company.enjoy=yes visits.drop=yes \
	    reminisce.past=yes flirt.tease=yes)
	run -0 --separate-stderr rk-quiz his-signs "$s"
	assert_output "category,score,max,percent,answered,total,outcome
visits,1,1,100.0,1,2,
reminisce,7,7,100.0,1,1,
flirt,7,7,100.0,1,1,
contact,1,1,100.0,1,2,
hangout,1,1,100.0,1,1,
company,1,1,100.0,1,2,
total,18,18,100.0,6,9,strong"
	[ -z "$stderr" ]
}

@test "his-signs: a higher percent still beats a heavier weight" {
	# contact 1 of 1 (100%) above visits 1 of 8 (12.5%), whose heaviest
	# item weighs 7
	s=$(signs contact.first=yes visits.drop=yes visits.often=no)
	run -0 --separate-stderr rk-quiz his-signs "$s"
	assert_line --index 1 'contact,1,1,100.0,1,2,'
	assert_line --index 2 'visits,1,8,12.5,2,2,'
	# unanswered categories stay last, in quiz order
	assert_line --index 3 'hangout,0,0,,0,1,'
	assert_line --index 6 'flirt,0,0,,0,1,'
	assert_line --index 7 'total,2,9,22.2,3,9,weak'
}

@test "his-signs: every weak sign is still weak; one strong sign is strong" {
	s=$(signs contact.first=yes contact.silence=yes hangout.ask=yes company.enjoy=yes \
	    company.linger=yes visits.drop=no visits.often=no reminisce.past=no flirt.tease=no)
	run -0 --separate-stderr rk-quiz his-signs "$s"
	assert_line --index 7 'total,5,27,18.5,9,9,weak'
	# and with one unannounced visit too: 6, the most weak signs give
	s=$(signs contact.first=yes contact.silence=yes hangout.ask=yes company.enjoy=yes \
	    company.linger=yes visits.drop=yes visits.often=no reminisce.past=no flirt.tease=no)
	run -0 --separate-stderr rk-quiz his-signs "$s"
	assert_line --index 7 'total,6,27,22.2,9,9,weak'
	s=$(signs flirt.tease=yes)
	run -0 --separate-stderr rk-quiz his-signs "$s"
	assert_line --index 7 'total,7,7,100.0,1,9,strong'
	# one weak sign is the least that is not none
	s=$(signs company.linger=yes reminisce.past=no)
	run -0 --separate-stderr rk-quiz his-signs "$s"
	assert_line --index 7 'total,1,8,12.5,2,9,weak'
	s=$(signs company.linger=no reminisce.past=no)
	run -0 --separate-stderr rk-quiz his-signs "$s"
	assert_line --index 7 'total,0,8,0.0,2,9,none'
}

@test "his-signs: one unannounced visit is weak, visits more often are clear" {
	s=$(signs visits.drop=yes visits.often=no)
	run -0 --separate-stderr rk-quiz his-signs "$s"
	assert_line --index 1 'visits,1,8,12.5,2,2,'
	assert_line --index 7 'total,1,8,12.5,2,9,weak'
	s=$(signs visits.drop=yes visits.often=yes)
	run -0 --separate-stderr rk-quiz his-signs "$s"
	assert_line --index 1 'visits,8,8,100.0,2,2,'
	assert_line --index 7 'total,8,8,100.0,2,9,strong'
	run -0 --separate-stderr rk-quiz --format=text his-signs "$s"
	assert_output --partial "$STRONG_TEXT"
}

@test "his-signs --format=text ends on what the signs add up to" {
	s=$(signs contact.first=yes hangout.ask=yes company.enjoy=yes)
	run -0 --separate-stderr rk-quiz --format=text his-signs "$s"
	assert_output "contact    100.0%  ####################  1 of 1 points, 1 of 2 answered
hangout    100.0%  ####################  1 of 1 points, 1 of 1 answered
company    100.0%  ####################  1 of 1 points, 1 of 2 answered
visits          -  ....................  not answered (0 of 2)
reminisce       -  ....................  not answered (0 of 1)
flirt           -  ....................  not answered (0 of 1)

$WEAK_TEXT"
	s=$(signs contact.first=yes reminisce.past=yes)
	run -0 --separate-stderr rk-quiz --format=text his-signs "$s"
	assert_line --index 6 'Clear signs he wants you back: ask him on a date, but hold off on committing'
	assert_line --index 7 'until you have talked through what did not fit.'
	s=$(signs contact.first=no)
	run -0 --separate-stderr rk-quiz --format=text -n 1 his-signs "$s"
	assert_output "contact      0.0%  ....................  0 of 1 points, 1 of 2 answered

No signs from him yet: keep your distance, stay busy and let him make the first
move."
}

@test "his-signs: -n keeps the total row, and each respondent gets one" {
	f=$(fixture r.csv <<-'END'
	respondent,question,answer
	ann,flirt.tease,yes
	bea,contact.first,yes
	bea,flirt.tease,no
	END
	)
	run -0 --separate-stderr rk-quiz -n 1 his-signs "$f"
	assert_output "respondent,category,score,max,percent,answered,total,outcome
ann,flirt,7,7,100.0,1,1,
ann,total,7,7,100.0,1,9,strong
bea,contact,1,1,100.0,1,2,
bea,total,1,8,12.5,2,9,weak"
}

@test "the example journal pipeline reads strong, the example answers weak" {
	run -0 --separate-stderr rk-quiz his-signs "$DATA/examples/answers.csv"
	assert_line --index 7 'total,4,27,14.8,9,9,weak'
	run -0 --separate-stderr bash -c 'rk-log -f "$1" --signs --since 2026-10-02 | rk-quiz his-signs' \
	    _ "$DATA/examples/contacts.csv"
	assert_line --regexp '^total,.*,strong$'
}

@test "rk-tip --for skips the total row" {
	s=$(signs contact.first=yes)
	run -0 --separate-stderr bash -c 'rk-quiz his-signs "$1" | rk-tip --for --format=csv | cut -d, -f3 | sort -u' _ "$s"
	refute_line --partial total
	[ -z "$stderr" ]
}

# ---- outcome rows in a quiz file --------------------------------------

outcome_quiz() {
	fixture o.csv <<-'END'
	id,category,text,scale,weight
	a.1,a,Q1,yesno,10
	a.2,a,Q2,yesno,12
	low,total,Little to go on.,0-9,
	mid,total,Something is there.,10-21,
	high,total,Everything points one way.,22-22,
	END
}

@test "quiz file: outcome rows, two-digit weights, and the heavier category first" {
	q=$(outcome_quiz)
	a=$(printf 'question,answer\na.1,yes\na.2,no\n' | fixture a.csv)
	run -0 --separate-stderr rk-quiz -q "$q" "$a"
	assert_output "category,score,max,percent,answered,total,outcome
a,10,22,45.5,2,2,
total,10,22,45.5,2,2,mid"
	a=$(printf 'question,answer\na.1,no\na.2,no\n' | fixture a.csv)
	run -0 --separate-stderr rk-quiz -q "$q" "$a"
	assert_line --index 2 'total,0,22,0.0,2,2,low'
	a=$(printf 'question,answer\na.1,yes\na.2,yes\n' | fixture a.csv)
	run -0 --separate-stderr rk-quiz --format=text -q "$q" "$a"
	assert_output "a  100.0%  ####################  22 of 22 points, 2 of 2 answered

Everything points one way."
	# --questions writes them back, after the items
	run -0 --separate-stderr rk-quiz --questions -q "$q"
	assert_line --index 3 'low,total,Little to go on.,0-9,,,,,,'
	assert_line --index 5 'high,total,Everything points one way.,22-22,,,,,,'
}

@test "quiz file: points in no outcome's range give an empty outcome and no sentence" {
	q=$(printf 'id,category,text,scale\nx,c,T,\nhi,total,All of it.,1-1\n' | fixture q.csv)
	a=$(printf 'question,answer\nx,no\n' | fixture a.csv)
	run -0 --separate-stderr rk-quiz -q "$q" "$a"
	assert_line --index 2 'total,0,1,0.0,1,1,'
	run -0 --separate-stderr rk-quiz --format=text -q "$q" "$a"
	assert_output "c    0.0%  ....................  0 of 1 points, 1 of 1 answered"
}

@test "quiz file: a bad outcome row is an error with file:line" {
	printf 'id,category,text,scale\nx,c,T,\nlo,total,Low.,5\n' |
	    quiz_error ':3: scale: "5" is not a range of total points for an outcome (MIN-MAX, whole numbers 0 to 999999)'
	printf 'id,category,text,scale\nx,c,T,\nlo,total,Low.,5-4\n' |
	    quiz_error ':3: scale: "5-4" is not a range of total points for an outcome (MIN-MAX, whole numbers 0 to 999999)'
	printf 'id,category,text,scale\nx,c,T,\nlo,total,Low.,0-1000000\n' |
	    quiz_error ':3: scale: "0-1000000" is not a range of total points for an outcome (MIN-MAX, whole numbers 0 to 999999)'
	printf 'id,category,text,scale\nx,c,T,\nlo,total,Low.,0-5\nhi,total,High.,5-9\n' |
	    quiz_error ':4: points 5-9 overlap outcome lo (line 3)'
	printf 'id,category,text,scale\nx,c,T,\nlo,total,Low.,0-5\nlo,total,High.,6-9\n' |
	    quiz_error ':4: duplicate outcome "lo" (first on line 3)'
	printf 'id,category,text,scale,weight\nx,c,T,,\nlo,total,Low.,0-5,2\n' |
	    quiz_error ':3: weight: an outcome (category total) has none'
	printf 'id,category,text,scale\nx,c,T,\nlo,total,,0-5\n' |
	    quiz_error ':3: text is empty'
	# outcomes alone are no quiz
	printf 'id,category,text,scale\nlo,total,Low.,0-5\n' |
	    quiz_error ': no questions in the quiz file'
}

# ---- labels -----------------------------------------------------------

@test "quiz file: labels name a scale's ends; a bad one is an error" {
	printf 'id,category,text,scale,labels\nx,c,T,yesno,no|yes\n' |
	    quiz_error ':2: labels: only a scale item (MIN-MAX) has labels'
	printf 'id,category,text,scale,labels\nx,c,T,0-4,never\n' |
	    quiz_error ':2: labels: "never" is not LOW|HIGH (what 0 and 4 mean, e.g. never|always)'
	printf 'id,category,text,scale,labels\nx,c,T,0-4,a|b|c\n' |
	    quiz_error ':2: labels: "a|b|c" is not LOW|HIGH (what 0 and 4 mean, e.g. never|always)'
	printf 'id,category,text,scale,labels\nx,c,T,0-4,|always\n' |
	    quiz_error ':2: labels: "|always" is not LOW|HIGH (what 0 and 4 mean, e.g. never|always)'
	printf 'id,category,text,scale,labels\nx,c,T,1-5,never|\n' |
	    quiz_error ':2: labels: "never|" is not LOW|HIGH (what 1 and 5 mean, e.g. never|always)'
}

@test "every built-in scale item has labels, and no yes/no item has any" {
	run -0 --separate-stderr bash -c 'for q in why qualify signs his-signs; do
	    rk-quiz --questions --format=tsv "$q" | awk -F "\t" "NR > 1 && \$2 != \"total\" &&
	        ((\$4 == \"yesno\") != (\$8 == \"\")) { print \$1 }"; done'
	assert_output ""
	run -0 --separate-stderr bash -c 'rk-quiz --questions --format=tsv why | grep -c "never|"'
	assert_output 6
}

@test "--ask on a terminal shows the labels, and an empty Enter says what to type" {
	command -v script >/dev/null || skip "script(1) is not installed"
	script -qec true /dev/null </dev/null >/dev/null 2>&1 || skip "no pseudo-terminal can be made here"
	f=$BATS_TEST_TMPDIR/a.csv
	# goals: 5 yes/no; then self.fix, a 0-4 scale: Enter with nothing, then 3
	run -0 bash -c 'printf "\nn\nn\nn\nn\nn\n\n3\n" | { cat; sleep 1; printf "s\n%.0s" $(seq 30); } |
	    TERM=dumb script -qec "rk-quiz --ask why --format=csv -o $1" /dev/null | tr -d "\r"' _ "$f"
	# (the terminal's echo of the input may fall anywhere among the prompts)
	assert_output --partial 'rk-quiz: type an answer, y/n; b goes back, s skips'
	assert_output --partial '  [0-4 (0 never, 4 all the time), b back, s skip]'
	assert_output --partial 'rk-quiz: type an answer, 0-4 (0 never, 4 all the time); b goes back, s skips'
	[ "$(sed -n 7p "$f")" = "self.fix,3" ]
}

@test "rekindle-files(5): the outcome example" {
	run -0 --separate-stderr bash -c "printf 'question,answer\ncontact.first,yes\nflirt.tease,no\n' |
	    rk-quiz -n 1 his-signs"
	assert_output "category,score,max,percent,answered,total,outcome
contact,1,1,100.0,1,2,
total,1,8,12.5,2,9,weak"
}
