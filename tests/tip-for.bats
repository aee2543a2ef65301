#!/usr/bin/env bats
# rk-tip --for on the built-in tips: for each category of each quiz, and for
# each check of rk-ready, exactly which tips come out, in what order, and
# when none do.  Retagging data/tips.csv changes this table: that is meant
# to be a visible decision.  A tip carries a category's tag only when it
# serves what data/categories.csv says the category means, and the
# best-fitting tip comes first (tips come out in file order within a
# category).
#
# Which end of a score calls for advice is the quiz file's advise column:
# why and his-signs are advised high (a likely reason, a sign he shows: the
# higher, the more the advice fits), qualify and signs low (a check that
# holds when it scores: advice for the failing ones, none for those at 100%).

load helpers

# quiz category: the titles --for -a prints when the category needs advice
# most, in order, separated by " | ".
TABLE='why goals: Love cannot fix clashing goals | Check the big questions | Is it fixable?
why self: Give him room to breathe | He needs room to be himself | Respect his boundaries | Each keep a life of your own
why burden: Say what you mean | His job is not your happiness | Drop the unspoken rules | Each keep a life of your own
why respect: Listen to him more | Disagree without a fight | Put yourself in his place | Ask him how he feels | Say thank you | Hear out his advice | See the man he is today | Let him grow
why attraction: Attraction still matters | Look after yourself
qualify fixable: The problems can be solved | Is it fixable?
qualify compromise: Are you ready to compromise? | This is about you too
qualify motive: Together, or getting even? | Two equal halves
signs time: Let him be the one to call | Stay truly busy | Time has done its work | Trust takes time
signs fixable: The problems can be solved | Is it fixable?
signs mutual: Both of you are committed | Two equal halves
signs miss: Find out what you really want | You still miss each other
signs friends: Your friends are on board | Ask your friends honestly
his-signs contact: He got in touch first | Do not over-read weak signs
his-signs hangout: An invitation to hang out | Do not over-read weak signs
his-signs company: He enjoys your company | Do not over-read weak signs
his-signs visits: He turns up unannounced
his-signs reminisce: He brings up the past
his-signs flirt: He flirts with you'

# quiz outcome: the titles --for -a prints for a quiz's total row that names
# the outcome (before the tips of any category).  Asking him out is step 7's
# advice for clear signs as a whole, so it comes with the outcome strong,
# never with one sign: one unannounced visit is a weak sign.
OUTCOMES='his-signs none: Let him be the one to call
his-signs weak: Do not over-read weak signs
his-signs strong: Strong signs: ask him out | Talk about what did not fit'

# The advise column of each quiz, as its quiz file says it.
ADVISE='why high
qualify low
signs low
his-signs high'

# The titles rk-tip --for -a prints for the CSV on stdin, joined as in TABLE
# (TSV, so that a comma in a title needs no unquoting).
titles_for() {
	rk-tip --for -a --format=tsv | awk -F'\t' '
	    NR == 1 { if ($4 != "title") exit 3; next }
	    { printf "%s%s", (NR > 2 ? " | " : ""), $4 }
	    END { print "" }'
}

@test "each quiz file says which way its categories point: why and his-signs high, qualify and signs low" {
	got=$(for q in why qualify signs his-signs; do
		rk-quiz --questions "$q" | awk -F, -v q="$q" 'NR == 1 && $NF != "advise" { exit 3 }
		    NR > 1 && $2 != "total" { print q, $NF }' | sort -u
	done)
	[ "$got" = "$ADVISE" ] || { printf 'want:\n%s\ngot:\n%s\n' "$ADVISE" "$got"; false; }
}

@test "--for: each category of each quiz, at its neediest, gives exactly its tips, best first" {
	bad=0
	while IFS= read -r row; do
		key=${row%%: *} want=${row#*: }
		quiz=${key% *} cat=${key#* }
		advise=$(awk -v q="$quiz" '$1 == q { print $2 }' <<<"$ADVISE")
		pct=$([ "$advise" = low ] && echo 0.0 || echo 100.0)
		got=$(printf 'category,percent,advise\n%s,%s,%s\n' "$cat" "$pct" "$advise" | titles_for) || {
			echo "$key: rk-tip --for failed"; bad=1; continue
		}
		[ "$got" = "$want" ] || {
			printf '%s:\n  want: %s\n  got:  %s\n' "$key" "$want" "$got"; bad=1
		}
	done <<<"$TABLE"
	[ "$bad" -eq 0 ]
}

@test "--for: each outcome of a quiz gives exactly its tips, before every category's" {
	bad=0
	while IFS= read -r row; do
		key=${row%%: *} want=${row#*: }
		quiz=${key% *} outcome=${key#* }
		got=$(printf 'category,score,max,percent,answered,total,outcome\ntotal,1,27,3.7,1,9,%s\n' "$outcome" | titles_for)
		[ "$got" = "$want" ] || {
			printf '%s:\n  want: %s\n  got:  %s\n' "$key" "$want" "$got"; bad=1
		}
	done <<<"$OUTCOMES"
	[ "$bad" -eq 0 ] || false
	# The outcome's tips come first, then the categories', each tip once.
	run -0 --separate-stderr bash -c "printf 'category,score,max,percent,answered,total,outcome\ncompany,1,2,50.0,1,2,\ntotal,1,27,3.7,1,9,strong\n' | rk-tip --for -a --format=tsv | cut -f4"
	assert_output "$(printf '%s\n' title 'Strong signs: ask him out' 'Talk about what did not fit' \
	    'He enjoys your company' 'Do not over-read weak signs')"
}

@test "--for his-signs: one unannounced visit is weak, and asks him out nowhere; visits more often do, first" {
	run -0 --separate-stderr bash -c "printf 'question,answer\nvisits.drop,yes\n' | rk-quiz his-signs | rk-tip --for -a --format=tsv | cut -f4"
	assert_output "$(printf '%s\n' title 'Do not over-read weak signs' 'He turns up unannounced')"
	run -0 --separate-stderr bash -c "printf 'question,answer\nvisits.drop,yes\nvisits.often,yes\n' | rk-quiz his-signs | rk-tip --for -a --format=tsv | cut -f4"
	assert_output "$(printf '%s\n' title 'Strong signs: ask him out' 'Talk about what did not fit' 'He turns up unannounced')"
	run -0 --separate-stderr bash -c "printf 'question,answer\ncontact.first,no\nvisits.drop,no\n' | rk-quiz his-signs | rk-tip --for -a --format=tsv | cut -f4"
	assert_output "$(printf '%s\n' title 'Let him be the one to call')"
}

@test "--for: each category of each quiz, when it needs nothing, gives no tip and exits 1" {
	bad=0
	while IFS= read -r row; do
		key=${row%%: *}
		quiz=${key% *} cat=${key#* }
		advise=$(awk -v q="$quiz" '$1 == q { print $2 }' <<<"$ADVISE")
		pct=$([ "$advise" = low ] && echo 100.0 || echo 0.0)
		out=$(printf 'category,percent,advise\n%s,%s,%s\n' "$cat" "$pct" "$advise" |
		    rk-tip --for -a 2>&1) && st=0 || st=$? || false
		[ "$st" -eq 1 ] && [ -z "$out" ] || {
			printf '%s at %s%%: exit %s, output: %s\n' "$key" "$pct" "$st" "$out"; bad=1
		} || false
	done <<<"$TABLE"
	[ "$bad" -eq 0 ]
}

@test "--for: an rk-ready check that fails gives the same tips as its category; one that passes, none" {
	bad=0
	for cat in fixable compromise motive time mutual miss friends; do
		want=$(grep -m 1 " $cat: " <<<"$TABLE")
		want=${want#*: }
		in=$(printf 'check,status,detail\n%s,fail,x\nnext,,x\nverdict,not-ready,x\n' "$cat")
		got=$(titles_for <<<"$in")
		[ "$got" = "$want" ] || { printf '%s fail:\n  want: %s\n  got:  %s\n' "$cat" "$want" "$got"; bad=1; } || false
		in=$(printf 'check,status,detail\n%s,pass,x\nnext,1,x\nverdict,ready,x\n' "$cat")
		out=$(rk-tip --for -a <<<"$in" 2>&1) && st=0 || st=$? || false
		[ "$st" -eq 1 ] && [ -z "$out" ] || { printf '%s pass: exit %s, output: %s\n' "$cat" "$st" "$out"; bad=1; } || false
	done
	[ "$bad" -eq 0 ]
}

@test "--for: the table covers every category of every quiz and of categories.csv" {
	cats=$( { tail -n +2 "$DATA/categories.csv" | cut -d, -f1,2 | tr , ' '
		for q in why qualify signs his-signs; do
			rk-quiz --questions "$q" | awk -F, -v q="$q" 'NR > 1 && $2 != "total" { print q, $2 }'
		done; } | sort -u)
	pinned=$(cut -d: -f1 <<<"$TABLE" | sort -u)
	[ "$cats" = "$pinned" ] || { diff <(echo "$cats") <(echo "$pinned"); false; }
	# and every category keeps at least two tips, but for his clear signs,
	# whose advice comes with the outcome strong (OUTCOMES)
	while IFS= read -r row; do
		case $row in "his-signs visits:"*|"his-signs reminisce:"*|"his-signs flirt:"*) continue ;; esac
		[[ "${row#*: }" == *" | "* ]] || { echo "one tip only: $row"; false; }
	done <<<"$TABLE"
}

@test "--for: every tag of a built-in tip is a category or a quiz's outcome, so none is a typo" {
	cats=$( { tail -n +2 "$DATA/categories.csv" | cut -d, -f2
		for q in why qualify signs his-signs; do
			rk-quiz --questions "$q" | awk -F, 'NR > 1 && $2 == "total" { print $1 }'
		done; } | sort -u)
	tags=$(rk-tip -a --format=tsv | awk -F'\t' 'NR > 1 { n = split($3, t, " "); for (i = 1; i <= n; i++) print t[i] }' | sort -u)
	run comm -13 <(echo "$cats") <(echo "$tags")
	assert_output ''
}

@test "--for attraction: the faded physical pull of reason 5, not jealousy texts" {
	run -0 --separate-stderr rk-tip --for -a -w 72 < <(printf 'category,percent\nattraction,50\n')
	assert_stderr_line ''
	assert_output "$(cat <<'OUT'
Attraction still matters
Love may be what counts most, yet attraction helps hold it up. When the
physical pull fades, the love can remain while part of its support is
gone, and that is hard for both of you.

Look after yourself
Attraction is not only about looks. We tend to be drawn to people who
look after their bodies and their health, so keep up the habits that
make you feel well and confident.
OUT
)"
}

@test "--for: a tip shared by two categories comes once, at the first" {
	run -0 --separate-stderr bash -c "printf 'category,percent\nvisits,80\ngoals,50\nself,20\n' | rk-tip --for -a --format=tsv | cut -f4"
	assert_output "$(printf '%s\n' title 'He turns up unannounced' \
	    'Love cannot fix clashing goals' 'Check the big questions' \
	    'Is it fixable?' 'Give him room to breathe' 'He needs room to be himself' \
	    'Respect his boundaries' 'Each keep a life of your own')"
}

# ---- real results, through the pipe --------------------------------------

# Answers to the signs quiz: every sign holds, but the pain has not eased
# (time 66.7%) and the friends oppose (0%).
friends_oppose() {
	fixture a.csv <<-'END'
	question,answer
	time.healed,no
	time.reflect,yes
	time.recent,no
	signfix.small,yes
	signfix.try,yes
	mutual.both,yes
	mutual.change,yes
	miss.whole,yes
	miss.others,yes
	friends.support,no
	friends.oppose,yes
	END
}

@test "rk-quiz signs | rk-tip --for: friends who oppose get the friends tips, first; the signs that hold none" {
	a=$(friends_oppose)
	run -0 --separate-stderr bash -c 'rk-quiz signs "$1"' _ "$a"
	assert_output "category,score,max,percent,answered,total,advise
fixable,2,2,100.0,2,2,low
mutual,2,2,100.0,2,2,low
miss,2,2,100.0,2,2,low
time,2,3,66.7,3,3,low
friends,0,3,0.0,2,2,low"
	run -0 --separate-stderr bash -c 'rk-quiz signs "$1" | rk-tip --for --format=tsv | cut -f4' _ "$a"
	assert_output "$(printf '%s\n' title 'Your friends are on board' 'Ask your friends honestly' \
	    'Let him be the one to call' 'Stay truly busy' 'Time has done its work' 'Trust takes time')"
}

@test "rk-ready | rk-tip --for: friends who oppose get the friends tips, first" {
	a=$(friends_oppose)
	sed -i 's/^time.healed,no$/time.healed,yes/' "$a"     # friends alone fail
	run -0 --separate-stderr bash -c 'rk-ready --days 40 "$1" | rk-tip --for --format=tsv | cut -f4' _ "$a"
	assert_line --index 1 'Your friends are on board'
	assert_line --index 2 'Ask your friends honestly'
}

@test "rk-quiz signs | rk-tip --for -n 3: the three that fit best, every time" {
	a=$(friends_oppose)
	run -0 --separate-stderr bash -c 'rk-quiz signs "$1" | rk-tip --for -n 3 -w 80' _ "$a"
	assert_output "Your friends are on board
From inside a relationship it is hard to see how harmful it may be. If the
friends who know you best do not object to a reunion, that is a good sign.

Ask your friends honestly
Before you try again, ask a friend or two what they really think, and listen
without arguing. If they are worried, find out why before you go any further.

Step 2. Let him be the one to call
If you want to come across as relaxed, avoid opening conversations with him.
Making up reasons to write, dragging chats out or reviving ones that have died
down shows that you are not over him."
}

@test "told not to try (a split over children): no tip about the first date back" {
	a=$(printf 'question,answer\nfixable.kids,yes\nfixable.phase,yes\nfixable.misread,yes\ncompromise.listen,no\n' |
	    fixture a.csv)
	run -0 --separate-stderr bash -c 'rk-quiz qualify "$1" | rk-tip --for --format=tsv | cut -f4' _ "$a"
	assert_output "$(printf '%s\n' title 'Are you ready to compromise?' 'This is about you too' \
	    'The problems can be solved' 'Is it fixable?')"
	run -0 --separate-stderr bash -c 'rk-ready --days 40 "$1" | rk-tip --for -a -w 1000' _ "$a"
	refute_output --partial 'first date back'
}

@test "a quiz of one's own says which way its categories point, through the pipe" {
	q=$(fixture q.csv <<-'END'
	id,category,text,advise
	d.1,debts,Do you owe money you cannot pay back?,
	d.2,debts,Are the bills late?,high
	s.1,savings,Do you put something aside each month?,low
	s.2,savings,Could you live three months on your savings?,
	END
	)
	tips=$(fixture tips.csv <<-'END'
	section,tags,title,text
	money,debts,Pay the dearest first,Clear the debt with the highest rate before the others.
	money,savings,Pay yourself first,Move a little to savings on payday.
	END
	)
	a=$(printf 'question,answer\nd.1,yes\nd.2,no\ns.1,no\ns.2,no\n' | fixture a.csv)
	run -0 --separate-stderr rk-quiz -q "$q" "$a"
	assert_output "category,score,max,percent,answered,total,advise
debts,1,2,50.0,2,2,high
savings,0,2,0.0,2,2,low"
	# savings at 0% needs it more than debts at 50%
	run -0 --separate-stderr bash -c 'rk-quiz -q "$1" "$2" | rk-tip --for -f "$3" --format=tsv | cut -f4' _ "$q" "$a" "$tips"
	assert_output "$(printf '%s\n' title 'Pay yourself first' 'Pay the dearest first')"
	# once the savings hold, only the debts
	a=$(printf 'question,answer\nd.1,yes\nd.2,no\ns.1,yes\ns.2,yes\n' | fixture a.csv)
	run -0 --separate-stderr bash -c 'rk-quiz -q "$1" "$2" | rk-tip --for -f "$3" --format=tsv | cut -f4' _ "$q" "$a" "$tips"
	assert_output "$(printf '%s\n' title 'Pay the dearest first')"
}
