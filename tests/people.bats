#!/usr/bin/env bats
# rk-ready on people the article decides clearly: one line each in
# tests/people.txt, with the passage that decides them.  Each gets the
# verdict, the step of the "next" row and the exit status written there.

load helpers

setup() {
	# No journal of the tester's is read.
	export XDG_DATA_HOME="$BATS_TEST_TMPDIR/xdg" HOME="$BATS_TEST_TMPDIR/home"
}

# A person for whom every check holds, each answer at its most.
EVERYTHING='fixable.kids=no fixable.phase=yes fixable.misread=yes
compromise.listen=yes compromise.work=yes compromise.sorry=no
motive.revenge=no motive.apology=no motive.equal=yes
time.healed=yes time.reflect=yes time.recent=no
signfix.small=yes signfix.try=yes mutual.both=yes mutual.change=yes
miss.whole=yes miss.others=yes friends.support=yes friends.oppose=no'

# answers_for CHANGES...: EVERYTHING with CHANGES, as an answers file.
answers_for() {
	local id ov val seen
	{
		printf 'question,answer\n'
		for ov in $EVERYTHING; do
			id=${ov%%=*} val=${ov#*=}
			for c in "$@"; do
				[ "${c%%=*}" = "$id" ] && val=${c#*=}
			done
			[ -z "$val" ] || printf '%s,%s\n' "$id" "$val"
		done
		# his-signs answers, which EVERYTHING does not hold
		for c in "$@"; do
			seen=0
			for ov in $EVERYTHING; do [ "${ov%%=*}" = "${c%%=*}" ] && seen=1; done
			[ "$seen" = 1 ] || printf '%s,%s\n' "${c%%=*}" "${c#*=}"
		done
	} | fixture answers.csv
}

@test "each person in tests/people.txt gets the verdict and the next step the article gives" {
	local name opts changes verdict step n=0 a want got
	while IFS='|' read -r name opts changes verdict step; do
		name=$(echo $name) verdict=$(echo $verdict) step=$(echo $step)
		[ -n "$name" ] && [ "${name#\#}" = "$name" ] || continue || false
		opts=${opts//\$DATA/$DATA}
		# shellcheck disable=SC2086
		a=$(answers_for $changes)
		# shellcheck disable=SC2086
		run --separate-stderr rk-ready --today 2026-11-26 --format=csv $opts "$a"
		got="$name: exit $status, $(printf '%s\n' "$output" | tail -n 2 | cut -d, -f1,2 | paste -sd' ') $stderr"
		want="$name: exit $([ "$verdict" = ready ] && echo 0 || echo 1), next,$step verdict,$verdict "
		assert_equal "$got" "$want"
		n=$((n + 1))
	done <"$RK_ROOT/tests/people.txt"
	# every line was read: none skipped by a typo
	assert_equal "$n" "$(grep -c '^[a-z]' "$RK_ROOT/tests/people.txt")"
}
