#!/usr/bin/env bats
# rk-tip --for on the built-in tips: for each category of each quiz, and for
# each check of rk-ready, exactly which tips come out and in what order.
# Retagging data/tips.csv changes this table: that is meant to be a visible
# decision.  A tip carries a category's tag only when it serves what
# data/categories.csv says the category means, and the best-fitting tip
# comes first (tips come out in file order within a category).

load helpers

# category: the titles --for -a prints for it, in order, separated by " | ".
TABLE='goals: Love cannot fix clashing goals | Check the big questions | Is it fixable? | Talk about what did not fit
self: Give him room to breathe | He needs room to be himself | Respect his boundaries | Each keep a life of your own
burden: Say what you mean | His job is not your happiness | Drop the unspoken rules | Each keep a life of your own
respect: Listen to him more | Disagree without a fight | Put yourself in his place | Ask him how he feels | Say thank you | Hear out his advice | See the man he is today | Let him grow
attraction: Attraction still matters | Look after yourself
fixable: The problems can be solved | Is it fixable? | Talk about what did not fit
compromise: Are you ready to compromise? | This is about you too | The real work begins | Talk about what did not fit
motive: Together, or getting even? | Two equal halves
time: Let him be the one to call | Stay truly busy | Time has done its work | Trust takes time
mutual: Both of you are committed | Two equal halves
miss: Find out what you really want | You still miss each other
friends: Your friends are on board | Ask your friends honestly
contact: He got in touch first | Do not over-read weak signs
hangout: An invitation to hang out | Do not over-read weak signs
company: He enjoys your company | Do not over-read weak signs
visits: He turns up unannounced | Strong signs: ask him out | Talk about what did not fit
reminisce: He brings up the past | Strong signs: ask him out | Talk about what did not fit
flirt: He flirts with you | Strong signs: ask him out | Talk about what did not fit'

# The titles rk-tip --for -a prints for the CSV on stdin, joined as in TABLE
# (TSV, so that a comma in a title needs no unquoting).
titles_for() {
	rk-tip --for -a --format=tsv | awk -F'\t' '
	    NR == 1 { if ($4 != "title") exit 3; next }
	    { printf "%s%s", (NR > 2 ? " | " : ""), $4 }
	    END { print "" }'
}

@test "--for: each quiz category gives exactly its tips, best first" {
	bad=0
	while IFS= read -r row; do
		cat=${row%%: *}
		want=${row#*: }
		got=$(printf 'category,percent\n%s,50\n' "$cat" | titles_for) || {
			echo "$cat: rk-tip --for failed"; bad=1; continue
		}
		[ "$got" = "$want" ] || {
			printf '%s:\n  want: %s\n  got:  %s\n' "$cat" "$want" "$got"; bad=1
		}
	done <<<"$TABLE"
	[ "$bad" -eq 0 ]
}

@test "--for: an rk-ready check that fails gives the same tips as its category" {
	for cat in fixable compromise motive time mutual miss friends; do
		want=$(grep "^$cat: " <<<"$TABLE")
		in=$(printf 'check,status,detail\n%s,fail,x\nverdict,not-ready,x\n' "$cat")
		run --separate-stderr rk-tip --for -a --format=tsv <<<"$in"
		assert_success
		[ -z "$stderr" ] || false
		got=$(titles_for <<<"$in")
		[ "$cat: $got" = "$want" ] || { printf 'want: %s\ngot:  %s: %s\n' "$want" "$cat" "$got"; false; }
	done
}

@test "--for: the table covers every category of every quiz and of categories.csv" {
	cats=$( { tail -n +2 "$DATA/categories.csv" | cut -d, -f2
		for q in "$DATA"/quiz-*.csv; do tail -n +2 "$q" | cut -d, -f2; done; } |
		grep -vx total | sort -u)   # total rows are outcomes, not categories
	pinned=$(cut -d: -f1 <<<"$TABLE" | sort -u)
	[ "$cats" = "$pinned" ] || { diff <(echo "$cats") <(echo "$pinned"); false; }
	# and every category keeps at least two tips
	while IFS= read -r row; do
		[[ "${row#*: }" == *" | "* ]] || { echo "one tip only: $row"; false; }
	done <<<"$TABLE"
}

@test "--for: every tag of a built-in tip is a category, so none is a typo" {
	cats=$(tail -n +2 "$DATA/categories.csv" | cut -d, -f2 | sort -u)
	tags=$(rk-tip -a --format=tsv | awk -F'\t' 'NR > 1 { n = split($3, t, " "); for (i = 1; i <= n; i++) print t[i] }' | sort -u)
	run comm -13 <(echo "$cats") <(echo "$tags")
	assert_output ''
}

@test "--for attraction: the faded physical pull of reason 5, not jealousy texts" {
	run --separate-stderr rk-tip --for -a -w 72 < <(printf 'category,percent\nattraction,50\n')
	assert_success
	[ -z "$stderr" ] || false
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
	run --separate-stderr bash -c "printf 'category,percent\nvisits,80\nfixable,50\ngoals,20\n' | rk-tip --for -a --format=tsv | cut -f4"
	assert_success
	assert_output "$(printf '%s\n' title 'He turns up unannounced' 'Strong signs: ask him out' \
	    'Talk about what did not fit' 'The problems can be solved' 'Is it fixable?' \
	    'Love cannot fix clashing goals' 'Check the big questions')"
}
