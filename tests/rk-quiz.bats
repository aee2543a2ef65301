#!/usr/bin/env bats
# rk-quiz: scoring, the quiz and answers formats, --ask, and every error.

load helpers

# A quiz with weights, reverse-keyed and scale items, columns in any order.
quiz_file() {
	fixture q.csv <<-'END'
	weight,id,text,category,reverse,scale
	2,a.yes,Q1,alpha,no,yesno
	1,a.rev,Q2,alpha,yes,yesno
	1.5,a.scale,Q3,alpha,yes,1-5
	1,b.one,Q4,beta,,0-4
	0.5,b.two,Q5,beta,,
	1,c.one,Q6,gamma,no,yesno
	END
}

@test "scores weighted, reverse-keyed and scale items as worked out by hand" {
	q=$(quiz_file)
	# alpha: a.yes yes       2   x 1         = 2   of 2
	#        a.rev no (rev)  1   x 1         = 1   of 1
	#        a.scale 2 (rev) 1.5 x (5 - 2)   = 4.5 of 1.5 x (5 - 1) = 6
	#        7.5 of 9 = 83.33 -> 83.3
	# beta:  b.one 3         1   x (3 - 0)   = 3   of 4
	#        b.two Y         0.5 x 1         = 0.5 of 0.5
	#        3.5 of 4.5 = 77.78 -> 77.8
	# gamma: nothing answered: empty percent, last.
	a=$(fixture a.csv <<-'END'
	answer,question
	yes,a.yes
	no,a.rev
	2,a.scale
	3,b.one
	Y,b.two
	END
	)
	run -0 --separate-stderr rk-quiz -q "$q" "$a"
	assert_output "category,score,max,percent,answered,total
alpha,7.5,9,83.3,3,3
beta,3.5,4.5,77.8,2,2
gamma,0,0,,0,1"
	[ -z "$stderr" ]
}

@test "the example answers to why: burden first, as worked out by hand" {
	# burden: owed 1, guess 1, punish 3, mood 4, own no (reversed) 1 = 10 of 11.
	run -0 --separate-stderr rk-quiz why "$DATA/examples/answers.csv"
	assert_output "category,score,max,percent,answered,total
burden,10,11,90.9,5,5
self,9,11,81.8,5,5
respect,2,7,28.6,4,4
attraction,2,7,28.6,4,4
goals,1,5,20.0,5,5"
}

@test "categories that tie keep the quiz order" {
	# respect and attraction tie at 28.6 above; here four tie at 0.
	a=$(fixture a.csv <<-'END'
	question,answer
	attraction.care,no
	goals.kids,no
	respect.heard,no
	self.shy,no
	END
	)
	run -0 --separate-stderr rk-quiz why "$a"
	assert_output "category,score,max,percent,answered,total
goals,0,1,0.0,1,5
self,0,1,0.0,1,5
respect,0,1,0.0,1,4
attraction,0,1,0.0,1,4
burden,0,0,,0,5"
}

@test "no answers to the quiz is an error naming the file" {
	run -2 --separate-stderr rk-quiz qualify </dev/null
	assert_output ""
	assert_stderr_line "rk-quiz: stdin: no answers to the qualify quiz"
	run -2 --separate-stderr rk-quiz why /dev/null
	assert_output ""
	assert_stderr_line "rk-quiz: /dev/null: no answers to the why quiz"
	# a header, blank answers, or answers to other quizzes only: still none
	a=$(printf 'question,answer\nfixable.kids,\nflirt.tease,yes\n' | fixture a.csv)
	run -2 --separate-stderr rk-quiz qualify "$a"
	assert_output ""
	assert_stderr_line "rk-quiz: $a: no answers to the qualify quiz"
	# one answer is enough, but each file must have one: the good one
	# first does not excuse the other
	b=$(printf 'question,answer\nfixable.kids,no\n' | fixture b.csv)
	run -2 --separate-stderr rk-quiz qualify "$b" "$a"
	assert_output ""
	assert_stderr_line "rk-quiz: $a: no answers to the qualify quiz"
	run -0 --separate-stderr rk-quiz qualify "$b"
	assert_output "category,score,max,percent,answered,total,advise
fixable,1,1,100.0,1,3,low
compromise,0,0,,0,3,low
motive,0,0,,0,3,low"
	# a quiz file of one's own: named by its path
	q=$(printf 'id,category,text\nx,c,T\n' | fixture q.csv)
	run -2 --separate-stderr rk-quiz -q "$q" /dev/null
	assert_stderr_line "rk-quiz: /dev/null: no answers to the quiz \"$q\""
}

@test "an empty answer leaves the item unanswered" {
	run -0 --separate-stderr rk-quiz qualify - <<-'END'
	question,answer
	fixable.kids,
	fixable.phase,yes
	END
	assert_output "category,score,max,percent,answered,total,advise
fixable,1,1,100.0,1,3,low
compromise,0,0,,0,3,low
motive,0,0,,0,3,low"
}

@test "respondents are scored on their own, in the order they first appear" {
	q=$(quiz_file)
	run -0 --separate-stderr rk-quiz -q "$q" - <<-'END'
	respondent,question,answer
	bob,a.yes,yes
	ann,a.yes,no
	bob,b.one,4
	ann,c.one,yes
	END
	assert_output "respondent,category,score,max,percent,answered,total
bob,alpha,2,2,100.0,1,3
bob,beta,4,4,100.0,1,2
bob,gamma,0,0,,0,1
ann,gamma,1,1,100.0,1,1
ann,alpha,0,2,0.0,1,3
ann,beta,0,0,,0,2"
}

@test "several answers files add up, respondents across them" {
	q=$(quiz_file)
	a=$(printf 'respondent,question,answer\nbob,a.yes,yes\n' | fixture a.csv)
	b=$(printf 'question,respondent,answer\nb.one,bob,4\nb.one,cy,0\n' | fixture b.csv)
	run -0 --separate-stderr rk-quiz --top 1 -q "$q" "$a" "$b"
	assert_output "respondent,category,score,max,percent,answered,total
bob,alpha,2,2,100.0,1,3
cy,beta,0,4,0.0,1,2"
}

@test "one answers file for every built-in quiz: other quizzes' answers are skipped" {
	# data/examples/answers.csv answers all four quizzes.
	run -0 --separate-stderr rk-quiz qualify "$DATA/examples/answers.csv"
	assert_output "category,score,max,percent,answered,total,advise
fixable,3,3,100.0,3,3,low
compromise,3,3,100.0,3,3,low
motive,3,3,100.0,3,3,low"
	[ -z "$stderr" ] || false
	run -0 --separate-stderr rk-quiz signs "$DATA/examples/answers.csv"
	assert_line --index 1 'friends,3,3,100.0,2,2,low'
	# an id that no built-in quiz has is still an error, with file:line
	a=$(printf 'question,answer\nfixable.kids,no\ntime.healed,yes\nmotive.revnge,no\n' | fixture a.csv)
	run -2 --separate-stderr rk-quiz qualify "$a"
	assert_output ""
	assert_stderr_line "rk-quiz: $a:4: \"motive.revnge\" is not a question of why, qualify, signs or his-signs"
	# with -q, the quiz file's ids come first; the built-in quizzes' are
	# skipped, and an id of no quiz at all is still an error
	q=$(printf 'id,category,text\nfixable.kids,c,T\n' | fixture q.csv)
	run -2 --separate-stderr rk-quiz -q "$q" "$a"
	assert_output ""
	assert_stderr_line "rk-quiz: $a:4: \"motive.revnge\" is not a question of $q, why, qualify, signs or his-signs"
}

@test "rk-quiz(1): a quiz of your own scores the one answers file, the built-in quizzes' answers skipped" {
	cd "$BATS_TEST_TMPDIR"
	cp "$DATA/examples/answers.csv" .
	rk-quiz --questions his-signs > mine.csv
	sed -i 's/^visits\.drop,visits,/visits.drop,drops,/' mine.csv
	run -0 --separate-stderr rk-quiz -q mine.csv answers.csv
	assert_output "category,score,max,percent,answered,total,outcome
hangout,1,1,100.0,1,1,
company,2,2,100.0,2,2,
contact,1,2,50.0,2,2,
visits,0,7,0.0,1,1,
reminisce,0,7,0.0,1,1,
flirt,0,7,0.0,1,1,
drops,0,1,0.0,1,1,
total,4,27,14.8,9,9,weak"
	[ -z "$stderr" ] || false
	# an answer to a built-in quiz is still checked, and an id of no quiz
	# at all is still an error
	n=$(wc -l <answers.csv)
	printf 'goals.kids,maybe\n' >>answers.csv
	run -2 --separate-stderr rk-quiz -q mine.csv answers.csv
	assert_output ""
	assert_stderr_line "rk-quiz: answers.csv:$((n + 1)): \"maybe\" is not an answer to goals.kids (yes or no)"
	sed -i '$s/.*/visits.dropped,yes/' answers.csv
	run -2 --separate-stderr rk-quiz -q mine.csv answers.csv
	assert_output ""
	assert_stderr_line "rk-quiz: answers.csv:$((n + 1)): \"visits.dropped\" is not a question of mine.csv, why, qualify, signs or his-signs"
}

@test "-n/--top keeps the highest categories" {
	run -0 --separate-stderr rk-quiz -n 2 why "$DATA/examples/answers.csv"
	assert_output "category,score,max,percent,answered,total
burden,10,11,90.9,5,5
self,9,11,81.8,5,5"
	run -0 --separate-stderr rk-quiz --top=1 why "$DATA/examples/answers.csv"
	assert_output "category,score,max,percent,answered,total
burden,10,11,90.9,5,5"
}

@test "--top: a bad count is a usage error" {
	run -2 --separate-stderr rk-quiz --top 0 why
	assert_output ""
	assert_stderr_line 'rk-quiz: --top: "0" is out of range (1 to 100000)
Try '"'"'rk-quiz --help'"'"' for more information.'
	run -2 --separate-stderr rk-quiz -n x why
	assert_stderr_line 'rk-quiz: --top: "x" is not a whole number (1 to 100000)
Try '"'"'rk-quiz --help'"'"' for more information.'
}

@test "--format=text: bars, and the most likely reason in the article's words" {
	run -0 --separate-stderr rk-quiz --format=text why "$DATA/examples/answers.csv"
	assert_output "burden       90.9%  ##################..  10 of 11 points, 5 of 5 answered
self         81.8%  ################....  9 of 11 points, 5 of 5 answered
respect      28.6%  ######..............  2 of 7 points, 4 of 4 answered
attraction   28.6%  ######..............  2 of 7 points, 4 of 4 answered
goals        20.0%  ####................  1 of 5 points, 5 of 5 answered

Most likely reason: An emotional burden (90.9%)
He came to feel that keeping you happy was his job, and that he would pay for it
whenever he fell short.
What to work on: Build a happiness of your own, say plainly what you want, and
drop punishment and unspoken expectations."
}

@test "--format=text: unanswered categories, respondents as headings" {
	q=$(quiz_file)
	run -0 --separate-stderr rk-quiz --format text -q "$q" - <<-'END'
	respondent,question,answer
	bob,a.yes,yes
	ann,c.one,yes
	END
	assert_output "bob
alpha  100.0%  ####################  2 of 2 points, 1 of 3 answered
beta        -  ....................  not answered (0 of 2)
gamma       -  ....................  not answered (0 of 1)

ann
gamma  100.0%  ####################  1 of 1 points, 1 of 1 answered
alpha       -  ....................  not answered (0 of 3)
beta        -  ....................  not answered (0 of 2)"
}

@test "--format=text: why with nothing shown names no reason" {
	a=$(printf 'question,answer\ngoals.kids,no\n' | fixture a.csv)
	run -0 --separate-stderr rk-quiz --format=text --top 1 why "$a"
	assert_output "goals         0.0%  ....................  0 of 1 points, 1 of 5 answered

No reason stands out: none of them shows in these answers."
}

@test "--format=text: a veto answered says it rules trying again out, not only a percent" {
	# a split over children, though the rest of fixable scores 2 of 3
	run -0 --separate-stderr rk-quiz --format=text qualify - <<-'END'
	question,answer
	fixable.kids,yes
	fixable.phase,yes
	fixable.misread,yes
	compromise.listen,yes
	END
	assert_output "compromise  100.0%  ####################  1 of 1 points, 1 of 3 answered
fixable      66.7%  #############.......  2 of 3 points, 3 of 3 answered
motive           -  ....................  not answered (0 of 3)

Your answer to fixable.kids rules out trying again, whatever the rest scores. A
split over children or marriage would simply happen again the second time
around."
	# two vetoes: each, in the order of the quiz
	run -0 --separate-stderr rk-quiz --format=text -n 1 qualify - <<-'END'
	question,answer
	motive.revenge,yes
	fixable.kids,yes
	END
	assert_output "fixable       0.0%  ....................  0 of 1 points, 1 of 3 answered

Your answer to fixable.kids rules out trying again, whatever the rest scores. A
split over children or marriage would simply happen again the second time
around.

Your answer to motive.revenge rules out trying again, whatever the rest scores.
Trying again to settle a score only leads back to where you started."
	# answered the harmless way, a veto item says nothing more
	run -0 --separate-stderr rk-quiz --format=text qualify - <<-'END'
	question,answer
	fixable.kids,no
	motive.revenge,no
	END
	assert_output "fixable     100.0%  ####################  1 of 1 points, 1 of 3 answered
motive      100.0%  ####################  1 of 1 points, 1 of 3 answered
compromise       -  ....................  not answered (0 of 3)"
}

@test "--format=text: a veto of one's own quiz, for each respondent it applies to" {
	q=$(printf 'id,category,text,veto\nx,c,Shared debts?,Debts shared in secret end it.\ny,c,Talked?,\n' | fixture q.csv)
	run -0 --separate-stderr rk-quiz --format=text -q "$q" - <<-'END'
	respondent,question,answer
	ann,x,no
	bo,x,yes
	END
	assert_output "ann
c    0.0%  ....................  0 of 1 points, 1 of 2 answered

Your answer to x rules out trying again, whatever the rest scores. Debts shared
in secret end it.

bo
c  100.0%  ####################  1 of 1 points, 1 of 2 answered"
}

@test "--format=text: two top reasons that tie are both named, each with its advice" {
	run -0 --separate-stderr rk-quiz --format=text why - <<-'END'
	question,answer
	goals.kids,yes
	goals.place,no
	burden.owed,yes
	burden.guess,no
	respect.heard,no
	END
	assert_output "goals        50.0%  ##########..........  1 of 2 points, 2 of 5 answered
burden       50.0%  ##########..........  1 of 2 points, 2 of 5 answered
respect       0.0%  ....................  0 of 1 points, 1 of 4 answered
self             -  ....................  not answered (0 of 5)
attraction       -  ....................  not answered (0 of 4)

Most likely reasons: Goals that did not fit and An emotional burden (50.0% each)

Goals that did not fit: You got on well in most ways, but your long-term plans
for children, home, work or the future pointed in different directions.
What to work on: Be honest about whether those plans can now meet; if they
cannot, love alone will not carry a second try.

An emotional burden: He came to feel that keeping you happy was his job, and
that he would pay for it whenever he fell short.
What to work on: Build a happiness of your own, say plainly what you want, and
drop punishment and unspoken expectations."
}

@test "--format=text: three that tie are named as X, Y and Z, even beyond --top" {
	run -0 --separate-stderr rk-quiz --format=text --top 1 why - <<-'END'
	question,answer
	goals.kids,yes
	goals.place,no
	self.hobbies,yes
	self.shy,no
	burden.owed,yes
	burden.guess,no
	respect.heard,no
	END
	assert_output "goals        50.0%  ##########..........  1 of 2 points, 2 of 5 answered

Most likely reasons: Goals that did not fit, He lost his sense of self and An
emotional burden (50.0% each)

Goals that did not fit: You got on well in most ways, but your long-term plans
for children, home, work or the future pointed in different directions.
What to work on: Be honest about whether those plans can now meet; if they
cannot, love alone will not carry a second try.

He lost his sense of self: He felt the relationship was crowding out his space,
his interests and his sense of who he is, so he pulled back to breathe.
What to work on: Respect his boundaries, stop trying to change him, and give him
time and space of his own.

An emotional burden: He came to feel that keeping you happy was his job, and
that he would pay for it whenever he fell short.
What to work on: Build a happiness of your own, say plainly what you want, and
drop punishment and unspoken expectations."
}

@test "--format=tsv and -t read and write tab-separated values" {
	a=$(printf 'question\tanswer\nfixable.kids\tno\nmotive.equal\tyes\n' | fixture a.tsv)
	run -0 --separate-stderr rk-quiz -t --format=tsv qualify "$a"
	assert_output "$(printf 'category\tscore\tmax\tpercent\tanswered\ttotal\tadvise
fixable\t1\t1\t100.0\t1\t3\tlow
motive\t1\t1\t100.0\t1\t3\tlow
compromise\t0\t0\t\t0\t3\tlow')"
}

@test "-d sets the input delimiter" {
	run -0 --separate-stderr rk-quiz -d ';' --top 1 qualify - <<-'END'
	question;answer
	fixable.kids;no
	END
	assert_output "category,score,max,percent,answered,total,advise
fixable,1,1,100.0,1,3,low"
	run -2 --separate-stderr rk-quiz -d ab qualify
	assert_stderr_line 'rk-quiz: -d: "ab" is not a delimiter (one character, not a quote or line end)
Try '"'"'rk-quiz --help'"'"' for more information.'
}

@test "--no-header: question,answer[,respondent] by position" {
	run -0 --separate-stderr rk-quiz --no-header --top 1 qualify - <<-'END'
	fixable.kids,no
	motive.equal,yes
	END
	assert_output "category,score,max,percent,answered,total,advise
fixable,1,1,100.0,1,3,low"
	run -0 --separate-stderr rk-quiz --no-header --top 1 qualify - <<-'END'
	fixable.kids,no,ann
	motive.equal,yes,bo
	END
	assert_output "respondent,category,score,max,percent,answered,total,advise
ann,fixable,1,1,100.0,1,3,low
bo,motive,1,1,100.0,1,3,low"
}

@test "--no-header: a row of the wrong width is an error" {
	run -2 --separate-stderr rk-quiz --no-header qualify - <<-'END'
	fixable.kids
	END
	assert_output ""
	assert_stderr_line "rk-quiz: stdin:1: 1 field: with --no-header a row is question,answer[,respondent]"
}

@test "the output of rk-quiz gives advice through rk-tip --for" {
	# -n 2: the two tips that fit best, for the likeliest reason (burden).
	run -0 --separate-stderr bash -c \
	    'rk-quiz why "$1" | rk-tip --for -n 2 -w 80' _ "$DATA/examples/answers.csv"
	assert_output "Say what you mean
He cannot read your mind. Tell him what you are thinking and ask plainly for
what you want, instead of expecting him to guess and holding it against him when
he cannot.

His job is not your happiness
The hope is two content people, each with a life of their own. The reality can
be a man who feels your mood rests on him, and who pays for it whenever he falls
short."
	# Only the likeliest reason: every tip is tagged burden.
	run -0 --separate-stderr bash -c \
	    'rk-quiz --top 1 why "$1" | rk-tip --for --format=csv | cut -d, -f3 | grep -vc burden' \
	    _ "$DATA/examples/answers.csv"
	assert_output "1"     # the header line
}

# ---- answers: every error names the file and line, and exits 2 ----------

@test "a bad yes/no answer: the message of SPEC, with file and line" {
	cd "$BATS_TEST_TMPDIR"
	head -14 "$DATA/examples/answers.csv" >answers.csv
	printf 'goals.kids,maybe\n' >>answers.csv
	sed -i '/^goals.kids,no$/d' answers.csv
	[ "$(sed -n 14p answers.csv)" = "goals.kids,maybe" ] || false
	run -2 --separate-stderr rk-quiz why answers.csv
	assert_output ""
	assert_stderr_line 'rk-quiz: answers.csv:14: "maybe" is not an answer to goals.kids (yes or no)'
}

@test "a scale answer out of range is an error" {
	run -2 --separate-stderr rk-quiz why - <<-'END'
	question,answer
	goals.kids,no
	self.fix,5
	END
	assert_output ""
	assert_stderr_line 'rk-quiz: stdin:3: "5" is not an answer to self.fix (0 to 4)'
	run -2 --separate-stderr rk-quiz why - <<-'END'
	question,answer
	self.fix,yes
	END
	assert_stderr_line 'rk-quiz: stdin:2: "yes" is not an answer to self.fix (0 to 4)'
}

@test "an unknown question is an error" {
	a=$(printf 'question,answer\ngoals.kids,no\ngoals.kidz,no\n' | fixture a.csv)
	run -2 --separate-stderr rk-quiz why "$a"
	assert_output ""
	assert_stderr_line "rk-quiz: $a:3: \"goals.kidz\" is not a question of why, qualify, signs or his-signs"
}

@test "a second answer to an item is an error" {
	run -2 --separate-stderr rk-quiz why - <<-'END'
	question,answer
	goals.kids,no
	goals.place,no
	goals.kids,yes
	END
	assert_stderr_line 'rk-quiz: stdin:4: goals.kids is answered twice'
	run -2 --separate-stderr rk-quiz why - <<-'END'
	respondent,question,answer
	ann,goals.kids,no
	bob,goals.kids,no
	ann,goals.kids,no
	END
	assert_output ""
	assert_stderr_line 'rk-quiz: stdin:4: goals.kids is answered twice by "ann"'
}

@test "answers: a missing or unknown column is an error" {
	run -2 --separate-stderr rk-quiz why - <<-'END'
	question,reply
	goals.kids,no
	END
	assert_stderr_line 'rk-quiz: stdin:1: unknown column "reply" (answers have question, answer and respondent)'
	run -2 --separate-stderr rk-quiz why - <<-'END'
	question
	goals.kids
	END
	assert_stderr_line 'rk-quiz: stdin:1: the header needs an answer column'
}

@test "answers: a ragged row or an open quote is an error with its line" {
	run -2 --separate-stderr rk-quiz why - <<-'END'
	question,answer
	goals.kids,no,extra
	END
	assert_stderr_line 'rk-quiz: stdin:2: 3 fields where the header has 2'
	run -2 --separate-stderr rk-quiz why - <<-'END'
	question,answer
	goals.kids,no
	goals.place,"no
	END
	assert_stderr_line 'rk-quiz: stdin:3: unterminated quoted field'
}

@test "an answers file that cannot be read is an error" {
	run -2 --separate-stderr rk-quiz why "$BATS_TEST_TMPDIR/none.csv"
	assert_output ""
	assert_stderr_line "rk-quiz: $BATS_TEST_TMPDIR/none.csv: No such file or directory"
}

@test "answers accept yes/no/y/n/true/false/1/0 in any case, CRLF and a BOM" {
	printf '\357\273\277question,answer\r\nfixable.kids,N\r\nfixable.phase,TRUE\r\nfixable.misread,y\r\ncompromise.listen,0\r\ncompromise.work,1\r\ncompromise.sorry,False\r\n' >"$BATS_TEST_TMPDIR/a.csv"
	run -0 --separate-stderr rk-quiz qualify "$BATS_TEST_TMPDIR/a.csv"
	assert_output "category,score,max,percent,answered,total,advise
fixable,3,3,100.0,3,3,low
compromise,2,3,66.7,3,3,low
motive,0,0,,0,3,low"
}

# ---- the quiz file ------------------------------------------------------

@test "quiz file: a bad scale is an error" {
	printf 'id,category,text,scale\nx,c,T,0-4\ny,c,T,1-1\n' | quiz_error ':3: scale: "1-1" is not a scale (yesno, or MIN-MAX: whole numbers 0 to 1000, MIN below MAX)'
	printf 'id,category,text,scale\nx,c,T,a-4\n' | quiz_error ':2: scale: "a-4" is not a scale (yesno, or MIN-MAX: whole numbers 0 to 1000, MIN below MAX)'
	printf 'id,category,text,scale\nx,c,T,0-1001\n' | quiz_error ':2: scale: "0-1001" is not a scale (yesno, or MIN-MAX: whole numbers 0 to 1000, MIN below MAX)'
}

@test "quiz file: weights of two or more digits" {
	q=$(printf 'id,category,text,scale,weight\na,c,Q,yesno,10\nb,c,Q,yesno,12\nc,d,Q,0-4,100\nd,d,Q,yesno,1.5\n' | fixture w.csv)
	a=$(printf 'question,answer\na,yes\nb,no\nc,3\nd,yes\n' | fixture wa.csv)
	# c: 10 of 22 = 45.45; d: 100 x 3 + 1.5 = 301.5 of 401.5 = 75.09
	run -0 --separate-stderr rk-quiz -q "$q" "$a"
	assert_output "category,score,max,percent,answered,total
d,301.5,401.5,75.1,2,2
c,10,22,45.5,2,2"
}

@test "a 0% or unanswered category's bar leaves no colour switched on" {
	need_pty
	q=$(printf 'id,category,text,scale\na1,full,Q,yesno\nb1,zero,Q,yesno\nc1,none,Q,yesno\nd1,half,Q,yesno\nd2,half,Q,yesno\n' | fixture cq.csv)
	a=$(printf 'question,answer\na1,yes\nb1,no\nd1,yes\nd2,no\n' | fixture ca.csv)
	run -0 bash -c 'TERM=xterm script -qec "rk-quiz --format=text -q $1 $2" /dev/null | tr -d "\r"' _ "$q" "$a"
	assert_output "full  100.0%  "$'\e[32m'"####################"$'\e[0m'"  1 of 1 points, 1 of 1 answered
half   50.0%  "$'\e[32m'"##########"$'\e[0m'"..........  1 of 2 points, 2 of 2 answered
zero    0.0%  ....................  0 of 1 points, 1 of 1 answered
none       -  ....................  not answered (0 of 1)"
}

@test "quiz file: a bad weight is an error" {
	printf 'id,category,text,weight\nx,c,T,0\n' | quiz_error ':2: weight: "0" is not a weight (a number above 0, up to 1000, with at most 3 decimals)'
	printf 'id,category,text,weight\nx,c,T,1.2345\n' | quiz_error ':2: weight: "1.2345" is not a weight (a number above 0, up to 1000, with at most 3 decimals)'
	printf 'id,category,text,weight\nx,c,T,-1\n' | quiz_error ':2: weight: "-1" is not a weight (a number above 0, up to 1000, with at most 3 decimals)'
}

@test "quiz file: a bad reverse value is an error" {
	printf 'id,category,text,reverse\nx,c,T,maybe\n' | quiz_error ':2: reverse: "maybe" is not yes or no'
}

@test "quiz file: the advise column, per category, high by default" {
	q=$(printf 'id,category,text,advise\na.1,a,Q1,LOW\na.2,a,Q2,\nb.1,b,Q3,\nc.1,c,Q4,high\n' | fixture q.csv)
	run -0 --separate-stderr rk-quiz --questions -q "$q"
	assert_output "id,category,text,scale,weight,reverse,veto,labels,require,advise
a.1,a,Q1,yesno,1,no,,,,low
a.2,a,Q2,yesno,1,no,,,,low
b.1,b,Q3,yesno,1,no,,,,high
c.1,c,Q4,yesno,1,no,,,,high"
	run -0 --separate-stderr rk-quiz -q "$q" - <<-'END'
	question,answer
	a.1,yes
	b.1,no
	END
	assert_output "category,score,max,percent,answered,total,advise
a,1,1,100.0,1,2,low
b,0,1,0.0,1,1,high
c,0,0,,0,1,high"
	# no category advised low: no advise column, as before
	q=$(printf 'id,category,text,advise\nb.1,b,Q3,high\n' | fixture q.csv)
	run -0 --separate-stderr rk-quiz -q "$q" - <<<$'question,answer\nb.1,yes'
	assert_output "category,score,max,percent,answered,total
b,1,1,100.0,1,1"
}

@test "quiz file: a bad advise value, or two that disagree in a category, is an error" {
	printf 'id,category,text,advise\nx,c,T,down\n' | quiz_error ':2: advise: "down" is not high or low'
	printf 'id,category,text,advise\nx,c,T,low\ny,d,T,\nz,c,T,high\n' |
	    quiz_error ':4: advise: high, but category "c" is advised low on line 2'
	printf 'id,category,text,scale,advise\nx,c,T,,\nhi,total,All.,0-1,low\n' |
	    quiz_error ':3: advise: an outcome (category total) has none'
}

@test "quiz file: a missing or unknown column is an error" {
	printf 'id,text\nx,T\n' | quiz_error ':1: the header needs a category column'
	printf 'category,text\nc,T\n' | quiz_error ':1: the header needs an id column'
	printf 'id,category,text,wieght\nx,c,T,1\n' | quiz_error ':1: unknown column "wieght" (a quiz file has id, category, text, scale, weight, reverse, veto, labels, require, advise)'
	printf 'id,id,category,text\n' | quiz_error ':1: column name "id" appears twice in the header'
}

@test "quiz file: a duplicate id, an empty field or a bad id is an error" {
	printf 'id,category,text\nx,c,T\ny,c,T\nx,d,U\n' | quiz_error ':4: duplicate id "x" (first on line 2)'
	printf 'id,category,text\nx,,T\n' | quiz_error ':2: category is empty'
	printf 'id,category,text\nx,c,\n' | quiz_error ':2: text is empty'
	printf 'id,category,text\nx y,c,T\n' | quiz_error ":2: id: \"x y\" is not an id (1 to 64 letters, digits, '.', '_' or '-')"
	printf 'id,category,text,veto\nx,c,T,\377\n' | quiz_error ':2: veto: invalid UTF-8'
}

@test "quiz file: C1 controls, DEL and line separators are refused in text, category, labels and veto" {
	printf 'id,category,text\nx,c,T\302\205U\n' | quiz_error ':2: text: control character U+0085'
	printf 'id,category,text\nx,c\177,T\n' | quiz_error ':2: category: control character \x7f'
	printf 'id,category,text,veto\nx,c,T,V\342\200\250\n' | quiz_error ':2: veto: control character U+2028'
	printf 'id,category,text,scale,labels\nx,c,T,1-5,a\342\200\251|b\n' | quiz_error ':2: labels: control character U+2029'
	printf 'id,category,text\nx,c,T\n\n"y",c,"two\nlines \302\233[31m"\n' | quiz_error ':4: text: control character U+009B'
	printf 'id,category,text\nx,c,T\033[2J\n' | quiz_error ':2: text: control character \x1b'
	# a tab, a newline and other UTF-8 are text
	printf 'id,category,text\nx,c—d,"a\tb\nc — é"\n' >"$BATS_TEST_TMPDIR/ok.csv"
	run -0 --separate-stderr rk-quiz -q "$BATS_TEST_TMPDIR/ok.csv" --questions
	assert_output "$(printf 'id,category,text,scale,weight,reverse,veto,labels,require,advise\nx,c—d,"a\tb\nc — é",yesno,1,no,,,,high')"
}

@test "quiz file: a duplicate id names the line it first appeared on, after blank lines and a record over two lines" {
	printf 'id,category,text\n\nx,c,"two\nlines"\n\ny,c,T\nx,d,U\n' | quiz_error ':7: duplicate id "x" (first on line 3)'
}

@test "a file name with a newline, an escape or a space is quoted in messages as GNU ls does" {
	d=$BATS_TEST_TMPDIR
	f=$(printf '%s/a\nb\033[31m.csv' "$d")
	printf 'id,category,text\nx,,T\n' >"$f"
	run -2 --separate-stderr rk-quiz -q "$f"
	assert_output ""
	assert_stderr_line "rk-quiz: '$d/a'\$'\\n''b'\$'\\033''[31m.csv':2: category is empty"
	run -2 --separate-stderr rk-quiz -q "$d/it's here.csv"
	assert_stderr_line "rk-quiz: \"$d/it's here.csv\": No such file or directory"
	run -2 --separate-stderr rk-quiz -q "$d/a b.csv"
	assert_stderr_line "rk-quiz: '$d/a b.csv': No such file or directory"
	# an ordinary name, and one in UTF-8, are as they are
	run -2 --separate-stderr rk-quiz -q "$d/é—ok.csv"
	assert_stderr_line "rk-quiz: $d/é—ok.csv: No such file or directory"
}

@test "-d '\"' is refused: a quote cannot split fields" {
	run -2 --separate-stderr rk-quiz -d '"' qualify </dev/null
	assert_output ""
	assert_stderr_line 'rk-quiz: -d: "\"" is not a delimiter (one character, not a quote or line end)
Try '"'"'rk-quiz --help'"'"' for more information.'
}

@test "quiz file: empty, or with no questions, is an error" {
	printf '' | quiz_error ': empty quiz file: it needs a header with id, category and text'
	printf 'id,category,text\n' | quiz_error ': no questions in the quiz file'
}

# ---- --list and --questions --------------------------------------------

@test "-l/--list lists the built-in quizzes" {
	run -0 --separate-stderr rk-quiz -l
	assert_output "quiz,title,questions,categories
why,Why he left: the five reasons,23,5
qualify,Three questions before you try again,9,3
signs,Signs you should get back together,11,5
his-signs,Signs he wants you back,9,6"
	run -0 --separate-stderr rk-quiz --list --format=text
	assert_output "why        23 questions  5 categories  Why he left: the five reasons
qualify     9 questions  3 categories  Three questions before you try again
signs      11 questions  5 categories  Signs you should get back together
his-signs   9 questions  6 categories  Signs he wants you back"
}

@test "--questions prints a built-in quiz in the quiz-file format, every column" {
	run -0 --separate-stderr bash -c 'rk-quiz --questions qualify | head -3'
	assert_output "id,category,text,scale,weight,reverse,veto,labels,require,advise
fixable.kids,fixable,Did you split over whether to have children or to marry?,yesno,1,yes,A split over children or marriage would simply happen again the second time around.,,,low
fixable.phase,fixable,Did you split over immaturity or priorities that have since changed?,yesno,1,no,,,cause,low"
	run -0 --separate-stderr bash -c 'rk-quiz --questions qualify | grep -c ",yes,low$"'
	assert_output "5"
	run -0 --separate-stderr bash -c 'rk-quiz --questions why | grep -c "^self\.fix,self,\"How often did you quarrel over trying to change or \"\"fix\"\" him?\",0-4,1,no,,never|all the time,,high$"'
	assert_output "1"
	run -0 --separate-stderr bash -c 'diff <(rk-quiz --questions his-signs) "$1"' _ "$DATA/quiz-his-signs.csv"
}

@test "--questions, copied and used with -q, gives the same scores" {
	for quiz in why qualify signs his-signs; do
		rk-quiz --questions "$quiz" >"$BATS_TEST_TMPDIR/my.csv"
		# with -q only the quiz's own ids are questions: keep those rows
		awk -F, 'NR == FNR { id[$1]; next } FNR == 1 || $1 in id' \
		    "$BATS_TEST_TMPDIR/my.csv" "$DATA/examples/answers.csv" >"$BATS_TEST_TMPDIR/ans.csv"
		run -0 --separate-stderr bash -c 'diff <(rk-quiz "$1" "$2") <(rk-quiz -q "$3" "$4")' _ \
		    "$quiz" "$DATA/examples/answers.csv" "$BATS_TEST_TMPDIR/my.csv" "$BATS_TEST_TMPDIR/ans.csv"
	done
	run -0 --separate-stderr rk-quiz -q "$BATS_TEST_TMPDIR/my.csv" - <<-'END'
	question,answer
	visits.drop,yes
	flirt.tease,no
	contact.first,yes
	END
	assert_output "category,score,max,percent,answered,total,outcome
visits,1,1,100.0,1,2,
contact,1,1,100.0,1,2,
flirt,0,7,0.0,1,1,
hangout,0,0,,0,1,
company,0,0,,0,2,
reminisce,0,0,,0,1,
total,2,9,22.2,3,9,weak"
}

@test "--questions -q fills in the optional columns; --format=tsv writes TSV" {
	q=$(printf 'text,id,category\nQ1,x,c\n' | fixture q.csv)
	run -0 --separate-stderr rk-quiz --questions -q "$q"
	assert_output "id,category,text,scale,weight,reverse,veto,labels,require,advise
x,c,Q1,yesno,1,no,,,,high"
	run -0 --separate-stderr rk-quiz --questions --format=tsv -q "$q"
	assert_output "$(printf 'id\tcategory\ttext\tscale\tweight\treverse\tveto\tlabels\trequire\tadvise\nx\tc\tQ1\tyesno\t1\tno\t\t\t\thigh')"
}

@test "the example answers to qualify and signs score against both" {
	run -0 --separate-stderr bash -c 'grep -v "^time\.\|^signfix\.\|^mutual\.\|^miss\.\|^friends\." "$1" | rk-quiz qualify' _ "$DATA/examples/ready.csv"
	assert_output "category,score,max,percent,answered,total,advise
fixable,3,3,100.0,3,3,low
compromise,3,3,100.0,3,3,low
motive,3,3,100.0,3,3,low"
}

# ---- --ask ---------------------------------------------------------------

@test "--ask -o FILE: answers in question order, to a file of mode 600; the score on stdout" {
	f=$BATS_TEST_TMPDIR/answers.csv
	run -0 --separate-stderr bash -c 'printf "y\nn\ny\ny\nn\nn\nn\ny\ny\n" | rk-quiz --ask qualify -o "$1"' _ "$f"
	assert_output "category,score,max,percent,answered,total,advise
compromise,2,3,66.7,3,3,low
motive,2,3,66.7,3,3,low
fixable,1,3,33.3,3,3,low"
	assert_stderr_line "rk-quiz: answers saved to $f"
	[ "$(stat -c %a "$f")" = 600 ] || false
	run cat "$f"
	assert_output "question,answer
fixable.kids,yes
fixable.phase,no
fixable.misread,yes
compromise.listen,yes
compromise.work,no
compromise.sorry,no
motive.revenge,no
motive.apology,yes
motive.equal,yes"
	# The file scores the same again.
	run -0 --separate-stderr rk-quiz qualify "$f"
	assert_output "category,score,max,percent,answered,total,advise
compromise,2,3,66.7,3,3,low
motive,2,3,66.7,3,3,low
fixable,1,3,33.3,3,3,low"
}

@test "--ask: a bad answer is reported and asked again; b goes back, s skips" {
	f=$BATS_TEST_TMPDIR/a.csv
	run -0 --separate-stderr bash -c \
	    'printf "b\ny\nmaybe\nn\nb\ny\ns\n1\n1\n1\n1\n1\n1\n" | rk-quiz --ask qualify -o "$1" --top 1' _ "$f"
	assert_output "category,score,max,percent,answered,total,advise
compromise,2,3,66.7,3,3,low"
	[ "$stderr" = 'rk-quiz: stdin:1: this is the first question: there is none to go back to
rk-quiz: stdin:3: "maybe" is not an answer to fixable.phase (yes or no)
rk-quiz: answers saved to '"$f" ] || false
	run cat "$f"
	assert_output "question,answer
fixable.kids,yes
fixable.phase,yes
compromise.listen,yes
compromise.work,yes
compromise.sorry,yes
motive.revenge,yes
motive.apology,yes
motive.equal,yes"
}

@test "--ask without -o: standard output holds only the answers" {
	run -0 --separate-stderr bash -c 'printf "y\nn\n2\n1\ny\n\ns\n" | rk-quiz --ask -q "$1"' _ "$(quiz_file)"
	assert_output "question,answer
a.yes,yes
a.rev,no
a.scale,2
b.one,1
b.two,yes"
	assert_stderr_line 'rk-quiz: stdin:6: "" is not an answer to c.one (yes or no)'
}

@test "--ask: input that ends early writes nothing and exits 2" {
	f=$BATS_TEST_TMPDIR/sub/a.csv
	mkdir "$BATS_TEST_TMPDIR/sub"
	run -2 --separate-stderr bash -c 'printf "y\nn\n" | rk-quiz --ask qualify -o "$1"' _ "$f"
	assert_output ""
	assert_stderr_line "rk-quiz: stdin ended at question 3 of 9: no answers written"
	run ls -A "$BATS_TEST_TMPDIR/sub"
	assert_output ""
}

@test "--ask -o: a file that is not an answers file is refused, untouched" {
	f=$BATS_TEST_TMPDIR/a.csv
	printf 'old\n' >"$f"
	chmod 644 "$f"
	run -2 --separate-stderr bash -c 'printf "y\nn\n2\n1\ny\nn\n" | rk-quiz --ask -q "$2" -o "$1"' _ "$f" "$(quiz_file)"
	assert_output ""
	assert_stderr_line "rk-quiz: $f:1: unknown column \"old\" (answers have question, answer and respondent)"
	[ "$(cat "$f")" = old ] || false
	[ "$(stat -c %a "$f")" = 644 ] || false
	printf 'question,answer,respondent\nfixable.kids,no,ann\n' >"$f"
	run -2 --separate-stderr bash -c 'rk-quiz --ask qualify -o "$1" </dev/null' _ "$f"
	assert_stderr_line "rk-quiz: $f:1: a respondent column: --ask adds to one person's answers, not to a file of several"
	printf 'question\nfixable.kids\n' >"$f"
	run -2 --separate-stderr rk-quiz --ask qualify -o "$f" </dev/null
	assert_output ""
	assert_stderr_line "rk-quiz: $f:1: the header needs a question and an answer column: --ask adds to an answers file"
	[ "$(cat "$f")" = "$(printf 'question\nfixable.kids')" ] || false
	[ "$(ls "$BATS_TEST_TMPDIR" | grep -c '^a\.csv\.')" = 0 ]
}

@test "--ask -o adds to a file: that quiz's answers replaced, every other row kept, its mode kept" {
	f=$BATS_TEST_TMPDIR/a.csv
	printf 'answer,question\nno,fixable.kids\nyes,goals.kids\nno,friends.oppose\n' >"$f"
	chmod 640 "$f"
	run -0 --separate-stderr bash -c 'printf "y\nn\ny\ny\ny\nn\nn\nn\ny\n" | rk-quiz --ask qualify -o "$1"' _ "$f"
	[ "$(stat -c %a "$f")" = 640 ] || false
	assert_equal "$(cat "$f")" 'answer,question
yes,goals.kids
no,friends.oppose
yes,fixable.kids
no,fixable.phase
yes,fixable.misread
yes,compromise.listen
yes,compromise.work
no,compromise.sorry
no,motive.revenge
no,motive.apology
yes,motive.equal'
	# asked again, skipping all but one: only that quiz's rows change
	run -0 --separate-stderr bash -c 'printf "n\ns\ns\ns\ns\ns\ns\ns\ns\n" | rk-quiz --ask qualify -o "$1"' _ "$f"
	assert_equal "$(cat "$f")" 'answer,question
yes,goals.kids
no,friends.oppose
no,fixable.kids'
	# the whole file still scores, quiz by quiz
	run -0 --separate-stderr rk-quiz signs "$f"
	assert_line --index 1 'friends,2,2,100.0,1,2,low'
	[ "$(ls "$BATS_TEST_TMPDIR" | grep -c '^a\.csv\.')" = 0 ]
}

@test "--ask -o never writes through a symbolic link, dangling or not" {
	ln -s "$BATS_TEST_TMPDIR/target.csv" "$BATS_TEST_TMPDIR/link.csv"
	run -2 --separate-stderr bash -c 'printf "y\nn\ny\ny\nn\nn\nn\ny\ny\n" | rk-quiz --ask qualify -o "$1"' \
	    _ "$BATS_TEST_TMPDIR/link.csv"
	assert_output ""
	assert_stderr_line "rk-quiz: $BATS_TEST_TMPDIR/link.csv: a symbolic link; -o writes the answers to a file of its own, not through a link"
	[ ! -e "$BATS_TEST_TMPDIR/target.csv" ] || false
	printf 'mine\n' >"$BATS_TEST_TMPDIR/target.csv"
	run -2 --separate-stderr bash -c 'printf "y\nn\ny\ny\nn\nn\nn\ny\ny\n" | rk-quiz --ask qualify -o "$1"' \
	    _ "$BATS_TEST_TMPDIR/link.csv"
	assert_stderr_line "rk-quiz: $BATS_TEST_TMPDIR/link.csv: a symbolic link; -o writes the answers to a file of its own, not through a link"
	[ "$(cat "$BATS_TEST_TMPDIR/target.csv")" = mine ] || false
	[ -L "$BATS_TEST_TMPDIR/link.csv" ] || false
	run ls -A "$BATS_TEST_TMPDIR"
	refute_line --regexp '^(link|target)\.csv\.'
	# A device is still written as it is.
	run -0 --separate-stderr bash -c 'printf "y\nn\ny\ny\nn\nn\nn\ny\ny\n" | rk-quiz --ask qualify -o /dev/stdout --top 1'
	assert_line --index 0 "question,answer"
	assert_line "compromise,2,3,66.7,3,3,low"
}

@test "--ask -o with stderr closed: a bad answer's message stays out of the answers" {
	f=$BATS_TEST_TMPDIR/a.csv
	run -0 bash -c 'printf "maybe\ny\nn\ny\ny\nn\nn\nn\ny\ny\n" | rk-quiz --ask qualify -o "$1" 2>&- >/dev/null' _ "$f"
	run cat "$f"
	assert_output "question,answer
fixable.kids,yes
fixable.phase,no
fixable.misread,yes
compromise.listen,yes
compromise.work,no
compromise.sorry,no
motive.revenge,no
motive.apology,yes
motive.equal,yes"
}

@test "with stdin closed, a quiz file opened first is not read as the answers" {
	# stdin is /dev/null then, which answers nothing; had the quiz file
	# taken descriptor 0, its rows would be read as unknown questions.
	q=$(quiz_file)
	run -2 --separate-stderr bash -c 'rk-quiz -q "$1" - <&-' _ "$q"
	assert_output ""
	assert_stderr_line "rk-quiz: stdin: no answers to the quiz \"$q\""
}

@test "with stdout closed, scores are a write error (exit 2), as with GNU's programs" {
	run -2 --separate-stderr bash -c 'rk-quiz why "$1" >&-' _ "$DATA/examples/answers.csv"
	assert_stderr_line "rk-quiz: write error: Bad file descriptor"
	# --ask without -o: the answers would be lost, so it says so
	run -2 --separate-stderr bash -c 'printf "y\nn\ny\ny\nn\nn\nn\ny\ny\n" | rk-quiz --ask qualify >&-'
	assert_stderr_line "rk-quiz: write error: Bad file descriptor"
	# with -o the answers are safe in the file; the score is what fails
	f=$BATS_TEST_TMPDIR/a.csv
	run -2 --separate-stderr bash -c 'printf "y\nn\ny\ny\nn\nn\nn\ny\ny\n" | rk-quiz --ask qualify -o "$1" >&-' _ "$f"
	assert_stderr_line "rk-quiz: answers saved to $f
rk-quiz: write error: Bad file descriptor"
	run -0 rk-quiz qualify --top 1 "$f"
	assert_output "category,score,max,percent,answered,total,advise
compromise,2,3,66.7,3,3,low"
	# nothing to write: exit 0
	run -0 --separate-stderr bash -c 'rk-quiz -l >/dev/null >&- 2>&1; rk-quiz why "$1" </dev/null >&- 2>/dev/null; true' _ /dev/null
}

# Answers to qualify, all yes, and to signs, all no (one line each).
QUALIFY_YES='y\ny\ny\ny\ny\ny\ny\ny\ny\n'
SIGNS_NO='n\nn\nn\nn\nn\nn\nn\nn\nn\nn\nn\n'

@test "--ask -o: two runs at once, for two quizzes, keep both quizzes' answers and a row added meanwhile" {
	cd "$BATS_TEST_TMPDIR"
	printf 'question,answer\ngoals.kids,yes\n' >a.csv
	mkfifo in1
	# The first run reads a.csv, then waits for its answers on the fifo.
	rk-quiz --ask qualify -o a.csv <in1 >out1 2>err1 &
	pid=$!
	exec 5>in1
	printf 'y\n' >&5
	# Meanwhile a second run answers another quiz, and a row is added.
	run -0 --separate-stderr bash -c "printf '$SIGNS_NO' | rk-quiz --ask signs -o a.csv"
	printf 'goals.place,no\n' >>a.csv
	# Only now does the first one end.
	printf 'y\ny\ny\ny\ny\ny\ny\ny\n' >&5
	exec 5>&-
	wait "$pid"
	assert_equal "$(cat err1)" "rk-quiz: answers saved to a.csv"
	run cat a.csv
	assert_output "question,answer
goals.kids,yes
time.healed,no
time.reflect,no
time.recent,no
signfix.small,no
signfix.try,no
mutual.both,no
mutual.change,no
miss.whole,no
miss.others,no
friends.support,no
friends.oppose,no
goals.place,no
fixable.kids,yes
fixable.phase,yes
fixable.misread,yes
compromise.listen,yes
compromise.work,yes
compromise.sorry,yes
motive.revenge,yes
motive.apology,yes
motive.equal,yes"
	run -0 ls
	refute_line --regexp '^a\.csv\.'
}

@test "--ask -o waits for the lock on FILE's directory, then reads FILE again before replacing it" {
	command -v flock >/dev/null || skip "flock(1) is not installed"
	cd "$BATS_TEST_TMPDIR"
	mkdir d
	printf 'question,answer\n' >d/a.csv
	# flock(1) holds the directory until told to go; just before it lets
	# go, it adds a row.
	flock -o d sh -c 'touch locked; while [ ! -e go ]; do sleep 0.05; done
	    printf "goals.kids,no\n" >>d/a.csv' 5>&- &
	holder=$!
	for i in $(seq 200); do [ -e locked ] && break; sleep 0.05; done || false
	bash -c "printf '$QUALIFY_YES' | rk-quiz --ask qualify -o d/a.csv >out 2>err" 5>&- &
	pid=$!
	# All answered, it waits: the file is as it was.
	sleep 1
	assert_equal "$(cat d/a.csv)" "question,answer"
	touch go
	wait "$holder"
	wait "$pid"
	assert_equal "$(cat err)" "rk-quiz: answers saved to d/a.csv"
	run -0 cat d/a.csv
	assert_line --index 1 "goals.kids,no"
	assert_line --index 2 "fixable.kids,yes"
	run -0 ls d
	assert_output "a.csv"
}

@test "--ask -o: every catchable signal that ends it removes the temporary file" {
	cd "$BATS_TEST_TMPDIR"
	mkfifo in
	for sig in HUP INT QUIT PIPE USR1 USR2 ALRM TERM XCPU VTALRM PROF; do
		printf 'question,answer\ngoals.kids,yes\n' >a.csv
		# job control on, so that INT and QUIT are not ignored in the background
		run bash -c 'set -m
			rk-quiz --ask qualify -o a.csv <in >/dev/null 2>&1 & pid=$!
			exec 3>in
			for i in $(seq 200); do ls a.csv.* >/dev/null 2>&1 && break; sleep 0.05; done
			kill -s "$1" "$pid"
			wait "$pid"' _ "$sig"
		[ "$status" -eq $((128 + $(kill -l "$sig"))) ] || { echo "$sig: status $status"; false; }
		run ls
		assert_output "$(printf 'a.csv\nin')"
		assert_equal "$(cat a.csv)" "$(printf 'question,answer\ngoals.kids,yes')"
	done
}

@test "--ask -o run as root on another user's file keeps its owner, group and mode" {
	[ "$(id -u)" = 0 ] || skip "needs root to give a file to another user"
	f=$BATS_TEST_TMPDIR/a.csv
	printf 'question,answer\ngoals.kids,yes\n' >"$f"
	chown 65534:65534 "$f"
	chmod 640 "$f"
	run -0 --separate-stderr bash -c "printf '$QUALIFY_YES' | rk-quiz --ask qualify -o \"\$1\"" _ "$f"
	run stat -c '%u:%g %a' "$f"
	assert_output "65534:65534 640"
	run -0 sed -n 3p "$f"
	assert_output "fixable.kids,yes"
}

@test "--ask -o: a directory that is not there is an error" {
	run -2 --separate-stderr rk-quiz --ask qualify -o "$BATS_TEST_TMPDIR/no/a.csv" </dev/null
	assert_output ""
	assert_stderr_line "rk-quiz: $BATS_TEST_TMPDIR/no/a.csv: No such file or directory"
}

@test "--ask on a terminal: progress, prompts, going back, then the score" {
	need_pty
	f=$BATS_TEST_TMPDIR/a.csv
	run -0 bash -c 'printf "y\nmaybe\nn\nb\n\ny\ny\nn\nn\nn\ny\ny\n" |
	    TERM=dumb script -qec "rk-quiz --ask qualify --format=csv -o $1" /dev/null | tr -d "\r"' _ "$f"
	assert_line "1/9  fixable"
	assert_line "  Did you split over whether to have children or to marry?"
	assert_line '  [y/n, b back, s skip] rk-quiz: "maybe" is not an answer here (yes or no; b goes back, s skips)'
	assert_line "  [y/n, b back, s skip; Enter keeps no] "
	assert_line "compromise,2,3,66.7,3,3,low"
	[ "$(stat -c %a "$f")" = 600 ] || false
	[ "$(sed -n 3p "$f")" = "fixable.phase,no" ]
}

@test "--ask -o FILE starts from FILE's answers: Enter keeps one, s clears one, a new one replaces it" {
	f=$BATS_TEST_TMPDIR/a.csv
	printf 'question,answer\ngoals.kids,yes\nfixable.kids,yes\nfixable.phase,no\nfixable.misread,yes\ncompromise.listen,yes\ncompromise.work,no\ncompromise.sorry,no\nmotive.revenge,no\nmotive.apology,\nmotive.equal,yes\n' >"$f"
	# fixable.misread: n replaces yes; motive.revenge: s clears it;
	# motive.apology was blank, and is answered; the rest kept by Enter.
	run -0 --separate-stderr bash -c 'printf "\n\nn\n\n\n\ns\ny\n\n" | rk-quiz --ask qualify -o "$1"' _ "$f"
	assert_output "category,score,max,percent,answered,total,advise
compromise,2,3,66.7,3,3,low
motive,1,2,50.0,2,3,low
fixable,0,3,0.0,3,3,low"
	assert_stderr_line "rk-quiz: answers saved to $f"
	run -0 cat "$f"
	assert_output "question,answer
goals.kids,yes
fixable.kids,yes
fixable.phase,no
fixable.misread,no
compromise.listen,yes
compromise.work,no
compromise.sorry,no
motive.apology,yes
motive.equal,yes"
	# a stored answer the question does not take, or one given twice, is
	# an error with FILE:LINE, and FILE is left as it is
	printf 'question,answer\nfixable.kids,maybe\n' >"$f"
	run -2 --separate-stderr rk-quiz --ask qualify -o "$f" </dev/null
	assert_output ""
	assert_stderr_line "rk-quiz: $f:2: \"maybe\" is not an answer to fixable.kids (yes or no)"
	printf 'question,answer\nfixable.kids,no\ngoals.kids,no\nfixable.kids,yes\n' >"$f"
	run -2 --separate-stderr rk-quiz --ask qualify -o "$f" </dev/null
	assert_stderr_line "rk-quiz: $f:4: fixable.kids is answered twice"
	assert_equal "$(cat "$f")" "$(printf 'question,answer\nfixable.kids,no\ngoals.kids,no\nfixable.kids,yes')"
}

@test "--ask --only ID,ID asks just those again; the others keep what FILE holds when it is replaced" {
	command -v flock >/dev/null || skip "flock(1) is not installed"
	cd "$BATS_TEST_TMPDIR"
	mkdir d
	printf 'question,answer\nfixable.kids,no\nfixable.phase,no\nfixable.misread,no\nmotive.equal,no\ngoals.kids,yes\n' >d/a.csv
	run -0 --separate-stderr bash -c 'printf "y\ny\n" | rk-quiz --ask qualify --only motive.equal,fixable.phase -o d/a.csv --top 1'
	assert_output "category,score,max,percent,answered,total,advise
motive,1,1,100.0,1,3,low"
	assert_stderr_line "rk-quiz: answers saved to d/a.csv"
	run -0 cat d/a.csv
	assert_output "question,answer
goals.kids,yes
fixable.kids,no
fixable.phase,yes
fixable.misread,no
motive.equal,yes"
	# FILE changes while the question is asked: the questions not asked
	# again take what it holds when it is replaced, under the lock
	flock -o d sh -c 'touch locked; while [ ! -e go ]; do sleep 0.05; done
	    printf "question,answer\nfixable.kids,yes\nfixable.phase,yes\nmotive.equal,yes\n" >d/a.csv' 5>&- &
	holder=$!
	for i in $(seq 200); do [ -e locked ] && break; sleep 0.05; done || false
	bash -c "printf 'n\n' | rk-quiz --ask qualify --only motive.equal -o d/a.csv >out 2>err" 5>&- &
	pid=$!
	touch go
	wait "$holder"
	wait "$pid"
	assert_equal "$(cat err)" "rk-quiz: answers saved to d/a.csv"
	run -0 cat d/a.csv
	assert_output "question,answer
fixable.kids,yes
fixable.phase,yes
motive.equal,no"
	# an id that is not the quiz's is a usage error, and FILE is untouched
	run -2 --separate-stderr rk-quiz --ask qualify --only motive.equal,goals.kids -o d/a.csv </dev/null
	assert_output ""
	assert_stderr_line "rk-quiz: --only: \"goals.kids\" is not a question of qualify
Try 'rk-quiz --help' for more information."
	run -2 --separate-stderr rk-quiz --only motive.equal qualify d/a.csv
	assert_stderr_line "rk-quiz: --only says which questions --ask asks again
Try 'rk-quiz --help' for more information."
	assert_equal "$(cat d/a.csv)" "$(printf 'question,answer\nfixable.kids,yes\nfixable.phase,yes\nmotive.equal,no')"
}

@test "--ask on a terminal: the stored answer in each prompt, Enter keeps it, where the answers went" {
	need_pty
	f=$BATS_TEST_TMPDIR/a.csv
	printf 'question,answer\nfixable.phase,no\nmotive.equal,yes\n' >"$f"
	run -0 bash -c 'printf "\n\n" |
	    TERM=dumb script -qec "rk-quiz --ask qualify --only fixable.phase,motive.equal --format=csv -o $1" /dev/null | tr -d "\r"' _ "$f"
	assert_line "1/2  fixable"
	assert_line "2/2  motive"
	assert_line "  [y/n, b back, s skip; Enter keeps no] "
	assert_line "  [y/n, b back, s skip; Enter keeps yes] "
	assert_line "rk-quiz: answers saved to $f"
	assert_line "motive,1,1,100.0,1,3,low"
	run -0 cat "$f"
	assert_output "question,answer
fixable.phase,no
motive.equal,yes"
}

@test "--ask with more than a quiz is a usage error" {
	run -2 --separate-stderr rk-quiz --ask qualify extra.csv
	assert_output ""
	assert_stderr_line "rk-quiz: unexpected argument \"extra.csv\": --ask takes a quiz, no answers
Try 'rk-quiz --help' for more information."
}

# ---- options and output -------------------------------------------------

@test "-h/--help prints usage to stdout; -V/--version the version" {
	run -0 --separate-stderr rk-quiz -h
	assert_line --index 0 "usage: rk-quiz [-n count] [-d char | -t] [--no-header] [--format fmt]"
	assert_line "  -q, --quiz-file FILE  your own quiz (rekindle-files(5)), not a built-in one"
	[ -z "$stderr" ] || false
	run -0 --separate-stderr rk-quiz --help
	assert_line "      --ask             ask the questions one at a time, write the answers as"
	run -0 --separate-stderr rk-quiz -V
	assert_output "rk-quiz (rekindle) 0.1.0"
	run -0 --separate-stderr rk-quiz --version
	assert_output "rk-quiz (rekindle) 0.1.0"
}

@test "a bad option is one line and a pointer to --help on stderr, exit 2" {
	run -2 --separate-stderr rk-quiz --bogus why
	assert_output ""
	assert_equal "$stderr" "rk-quiz: unrecognized option '--bogus'
Try 'rk-quiz --help' for more information."
}

@test "usage errors: no quiz, an unknown quiz, options that do not go together" {
	run -2 --separate-stderr rk-quiz </dev/null
	assert_stderr_line "rk-quiz: no quiz: name one (rk-quiz -l lists them) or give -q FILE
Try 'rk-quiz --help' for more information."
	run -2 --separate-stderr rk-quiz whyy </dev/null
	assert_stderr_line 'rk-quiz: no quiz "whyy"; did you mean why? (rk-quiz -l lists them)'
	run -2 --separate-stderr rk-quiz -l --ask why
	assert_stderr_line "rk-quiz: -l, --questions and --ask do not go together
Try 'rk-quiz --help' for more information."
	run -2 --separate-stderr rk-quiz -l why
	assert_stderr_line "rk-quiz: -l takes no quiz
Try 'rk-quiz --help' for more information."
	run -2 --separate-stderr rk-quiz -o a.csv why
	assert_stderr_line "rk-quiz: -o is where --ask writes the answers; redirect the scores instead
Try 'rk-quiz --help' for more information."
	run -2 --separate-stderr rk-quiz --questions why extra
	assert_stderr_line "rk-quiz: unexpected argument \"extra\": --questions takes a quiz, no answers
Try 'rk-quiz --help' for more information."
	run -2 --separate-stderr rk-quiz --format=xml why
	assert_stderr_line "rk-quiz: --format: \"xml\" is not a format (csv, tsv, text or json)
Try 'rk-quiz --help' for more information."
}

@test "a write error exits 2 with a message; a closed pipe is quiet" {
	run -2 --separate-stderr bash -c 'rk-quiz why "$1" >/dev/full' _ "$DATA/examples/answers.csv"
	assert_stderr_line "rk-quiz: write error: No space left on device"
	run -2 --separate-stderr bash -c 'printf "y\nn\ny\ny\nn\nn\nn\ny\ny\n" | rk-quiz --ask qualify >/dev/full'
	assert_stderr_line "rk-quiz: write error: No space left on device"
	run -0 --separate-stderr bash -c 'rk-quiz why "$1" | head -1' _ "$DATA/examples/answers.csv"
	assert_output "category,score,max,percent,answered,total"
	[ -z "$stderr" ]
}

@test "many respondents stream through a pipe, and head -1 ends it quietly" {
	run -0 --separate-stderr bash -c \
	    'for i in $(seq 2000); do printf "goals.kids,yes,r%d\nself.fix,%d,r%d\n" $i $((i % 5)) $i; done |
	     rk-quiz --no-header why | head -1'
	assert_output "respondent,category,score,max,percent,answered,total"
	[ -z "$stderr" ] || false
	run -0 --separate-stderr bash -c \
	    'for i in $(seq 2000); do printf "goals.kids,yes,r%d\nself.fix,%d,r%d\n" $i $((i % 5)) $i; done |
	     rk-quiz --no-header --top 2 why | tail -2'
	assert_output "r2000,goals,1,1,100.0,1,5
r2000,self,0,4,0.0,1,5"
}

# ---- the examples of the man pages ---------------------------------------

@test "rekindle-files(5): the worked example of the scoring rule" {
	q=$(fixture q.csv <<-'END'
	id,category,text,scale,weight,reverse
	a.yes,alpha,Did it help?,yesno,2,no
	a.rev,alpha,Did it hurt?,yesno,1,yes
	a.scale,alpha,How often did you argue?,1-5,1.5,yes
	b.one,beta,How often did you laugh?,0-4,1,no
	b.two,beta,Was it fun?,yesno,0.5,no
	c.one,gamma,Would you do it again?,yesno,1,no
	END
	)
	run -0 --separate-stderr bash -c 'printf "y\nn\n2\n3\nyes\ns\n" | rk-quiz --ask -q "$1" -o "$2"' _ "$q" "$BATS_TEST_TMPDIR/a.csv"
	assert_output "category,score,max,percent,answered,total
alpha,7.5,9,83.3,3,3
beta,3.5,4.5,77.8,2,2
gamma,0,0,,0,1"
	run -0 --separate-stderr rk-quiz -q "$q" "$BATS_TEST_TMPDIR/a.csv"
	assert_output "category,score,max,percent,answered,total
alpha,7.5,9,83.3,3,3
beta,3.5,4.5,77.8,2,2
gamma,0,0,,0,1"
}

@test "rekindle-files(5): answers of two people in one file" {
	run -0 --separate-stderr rk-quiz --top 1 qualify - <<-'END'
	respondent,question,answer
	ann,fixable.kids,no
	bob,fixable.kids,yes
	ann,motive.equal,yes
	END
	assert_output "respondent,category,score,max,percent,answered,total,advise
ann,fixable,1,1,100.0,1,3,low
bob,fixable,0,1,0.0,1,3,low"
}

@test "rk-quiz(1): --ask without a terminal, one answer per line" {
	cd "$BATS_TEST_TMPDIR"
	run -0 --separate-stderr bash -c "printf 'n\ny\ny\ny\ny\nn\nn\nn\ny\n' |
	    rk-quiz --ask qualify -o a.csv"
	assert_output "category,score,max,percent,answered,total,advise
fixable,3,3,100.0,3,3,low
compromise,3,3,100.0,3,3,low
motive,3,3,100.0,3,3,low"
}

@test "long option names do what the short ones do" {
	printf 'question\tanswer\ngoals.kids\tyes\n' >"$BATS_TEST_TMPDIR/a.tsv"
	run --separate-stderr rk-quiz --tsv why "$BATS_TEST_TMPDIR/a.tsv"
	assert_success
	assert_output "$(rk-quiz -t why "$BATS_TEST_TMPDIR/a.tsv")"
	assert_line --index 1 'goals,1,1,100.0,1,5'
	printf 'question;answer\ngoals.kids;no\n' >"$BATS_TEST_TMPDIR/a.csv"
	run --separate-stderr rk-quiz --delimiter=';' why "$BATS_TEST_TMPDIR/a.csv"
	assert_line --index 1 'goals,0,1,0.0,1,5'
	# fixable: kids reversed (yes = 0), phase no = 0, misread yes = 1: 1 of 3.
	run --separate-stderr bash -c "printf 'y\nn\ny\ny\ny\nn\nn\nn\ny\n' |
	    rk-quiz --ask qualify --output '$BATS_TEST_TMPDIR/o.csv'"
	assert_success
	assert_line --index 3 'fixable,1,3,33.3,3,3,low'
	[ "$(stat -c %a "$BATS_TEST_TMPDIR/o.csv")" = 600 ] || false
	run cat "$BATS_TEST_TMPDIR/o.csv"
	assert_line --index 1 'fixable.kids,yes'
	assert_line --index 9 'motive.equal,yes'
}

@test "--questions --format=text: the quiz as a questionnaire to read" {
	q=$(fixture q.csv <<'CSV'
id,category,text,scale
talk,contact,How often do the two of you talk in a week?,0-4
miss,feelings,Do you miss him?,yesno
CSV
)
	run -0 --separate-stderr rk-quiz --questions --format=text -q "$q"
	assert_output "$(cat <<OUT
$q

1. How often do the two of you talk in a week?
   talk: 0 to 4

2. Do you miss him?
   miss: yes or no
OUT
)"
	[ -z "$stderr" ] || false
	run -0 rk-quiz --questions --format=text why
	assert_line --index 0 'Why he left: the five reasons'
	assert_line --index 1 ' 1. Did the two of you disagree about whether to have children?'
	assert_line --index 2 '    goals.kids: yes or no'
	[ "$(printf '%s\n' "$output" | grep -c '^ *[0-9]*\. ')" -eq "$(rk-quiz --questions why | tail -n +2 | wc -l)" ] || false
	# Without --format=text it is still the quiz file, to copy and edit.
	run -0 rk-quiz --questions -q "$q"
	assert_line --index 0 'id,category,text,scale,weight,reverse,veto,labels,require,advise'
	# a scale's labels say what its ends mean
	run -0 rk-quiz --questions --format=text why
	assert_line '    self.fix: 0 (never) to 4 (all the time)'
}

@test "the examples of rk-quiz(1) that show output print it" {
	run -0 page_examples rk-quiz.1
	assert_output 1
}

@test "rekindle-files(5): the advise example" {
	run -0 --separate-stderr bash -c "printf 'question,answer\nfriends.oppose,yes\ntime.healed,yes\n' |
	    rk-quiz signs"
	assert_output "category,score,max,percent,answered,total,advise
time,1,1,100.0,1,3,low
friends,0,2,0.0,1,2,low
fixable,0,0,,0,2,low
mutual,0,0,,0,2,low
miss,0,0,,0,2,low"
}

@test "--format=text: a veto on an id of 64 characters is said whole, wrapped" {
	q=$(printf 'id,category,text,veto\nvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv,c,T,It ends here.\n' | fixture q.csv)
	run -0 --separate-stderr rk-quiz --format=text -q "$q" - <<<$'question,answer\nvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv,no'
	assert_output "c    0.0%  ....................  0 of 1 points, 1 of 1 answered

Your answer to vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv
rules out trying again, whatever the rest scores. It ends here."
}

@test "quiz file: require is yes, no, empty or a group name; --questions writes it back" {
	q=$(printf 'id,category,text,require\na,c,A?,yes\nb,c,B?,NO\nc,c,C?,either\nd,c,D?,either\ne,c,E?,\n' | fixture q.csv)
	run -0 --separate-stderr rk-quiz --questions -q "$q"
	assert_output "id,category,text,scale,weight,reverse,veto,labels,require,advise
a,c,A?,yesno,1,no,,,yes,high
b,c,B?,yesno,1,no,,,,high
c,c,C?,yesno,1,no,,,either,high
d,c,D?,yesno,1,no,,,either,high
e,c,E?,yesno,1,no,,,,high"
	# rk-quiz scores points as before: require is for rk-ready's checks
	run -0 --separate-stderr rk-quiz -q "$q" - <<<$'question,answer\na,no\nc,yes'
	assert_line --index 1 'c,1,2,50.0,2,5'
	printf 'id,category,text,require\nx,c,T,must\ny,c,T,two words\n' |
	    quiz_error ':3: require: "two words" is not yes, no or a group name (1 to 64 letters, digits, '"'"'.'"'"', '"'"'_'"'"' or '"'"'-'"'"')'
}

@test "the built-in qualify and signs quizzes mark the article's filters with require" {
	run -0 --separate-stderr bash -c 'rk-quiz --questions qualify --format=tsv | cut -f1,9 | tail -n +2 | paste -sd" "'
	assert_output $'fixable.kids\t fixable.phase\tcause fixable.misread\tcause compromise.listen\tyes compromise.work\tyes compromise.sorry\t motive.revenge\tyes motive.apology\tyes motive.equal\tyes'
	run -0 --separate-stderr bash -c 'rk-quiz --questions signs --format=tsv | cut -f1,9 | tail -n +2 | paste -sd" "'
	assert_output $'time.healed\tyes time.reflect\tyes time.recent\tyes signfix.small\t signfix.try\t mutual.both\tyes mutual.change\tyes miss.whole\t miss.others\t friends.support\t friends.oppose\tyes'
}

# bats test_tags=dist
@test "-q reads and scores a quiz of 100,000 categories in linear time" {
	# Issue 18: a linear search per category and an insertion sort took
	# 6 s at 60,000.  The 20 s limit is a guard against quadratic time
	# (about 50 s here before), not a benchmark: it takes well under 1 s.
	awk 'BEGIN { print "id,category,text"; for (i = 1; i <= 100000; i++) printf "q%d,c%d,Question %d?\n", i, i, i }' >"$BATS_TEST_TMPDIR/q.csv"
	awk 'BEGIN { print "question,answer"; for (i = 1; i <= 100000; i++) printf "q%d,%s\n", i, i % 2 ? "no" : "yes" }' >"$BATS_TEST_TMPDIR/a.csv"
	run -0 --separate-stderr timeout 20 rk-quiz -q "$BATS_TEST_TMPDIR/q.csv" --format=csv <"$BATS_TEST_TMPDIR/a.csv"
	[ -z "$stderr" ] || false
	[ "${#lines[@]}" -eq 100001 ] || false
	# Scored first, in quiz order; then the rest, in quiz order.
	assert_equal "${lines[0]}" 'category,score,max,percent,answered,total'
	assert_equal "${lines[1]},${lines[50000]},${lines[50001]},${lines[100000]}" \
	    'c2,1,1,100.0,1,1,c100000,1,1,100.0,1,1,c1,0,1,0.0,1,1,c99999,0,1,0.0,1,1'
}
