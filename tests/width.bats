#!/usr/bin/env bats
# Every text output fits the width: the terminal's, else COLUMNS, else 80.
# At 40 columns no line is wider than 40 display columns, and no word is
# split: the words are those printed at 200 columns.

load helpers

# Every text mode of every program, one a line, run in data/examples.  A
# line that starts with "~" is a calendar or a table, whose cells may come
# in another order when narrow (months one under the other instead of side
# by side, a cell wrapped before its neighbour's): its words are compared
# as a set; the others' as a sequence.
MODES='rk-tip -a --format=text
rk-tip -l --format=text
rk-tip --daily
rk-tip -s texts -a --format=text
rk-quiz --format=csv why answers.csv | rk-tip --for --format=text
rk-since --format=text 2026-10-01
rk-since --format=text 2026-10-01 2026-11-01
rk-since --weeks -m 7,56 2026-10-01
rk-since -m 7,30,60,90 --next 2026-10-01
rk-since -c date --where who=me --last -m 7,30,60 --next contacts.csv
rk-since -c date --where who=me --last -m 33 contacts.csv
~rk-since --format=text -c date contacts.csv
~rk-since --format=text -c date --where who=me --streaks contacts.csv
rk-quiz --format=text why answers.csv
rk-quiz --format=text qualify answers.csv
rk-quiz --format=text signs answers.csv
rk-quiz --format=text his-signs answers.csv
rk-quiz -l --format=text
rk-quiz --questions --format=text why
rk-quiz --questions --format=text his-signs
rk-ready --format=text --since 2026-10-01 answers.csv
rk-ready --format=text --since 2026-11-10 answers.csv
rk-ready --format=text --since 2026-10-01 --journal contacts.csv answers.csv
rk-ready --format=text --days 3 answers.csv
~rk-log -f contacts.csv -l --format=text
~rk-log -f contacts.csv --signs --format=text
~rk-log -f contacts.csv --cal --months 3
~rk-log -f contacts.csv --cal --months 2 --sunday --who him 2026-10'

# The lines of stdin wider than $1 display columns (colour codes take
# none, a UTF-8 character one), each after its width.
too_wide() {
	LC_ALL=C awk -v max="$1" '{
		s = $0
		gsub(/\033\[[0-9;]*m/, "", s)
		gsub(/[\200-\277]/, "", s)
		if (length(s) > max) print length(s) ": " $0
	}'
}

# The words of the files given, one a line: "N SEQ WORD", N from the file's
# name (n.N or w.N), SEQ the word's place in it, or 0 for the files listed
# in $sets (compared as a set), sorted.
words() {
	awk -v sets=" $sets " '{
		k = FILENAME; sub(/.*\./, "", k)
		for (i = 1; i <= NF; i++)
			print k, (index(sets, " " k " ") ? 0 : ++seq[k]), $i
	}' "$@" | sort -k1,1n -k2,2n -k3
}

@test "every text mode of every program, at COLUMNS=40: no line wider, no word split" {
	cd "$DATA/examples"
	export RK_TODAY=2026-11-26
	d=$BATS_TEST_TMPDIR
	n=0 sets=
	while IFS= read -r m; do
		n=$((n + 1))
		if [[ $m == '~'* ]]; then
			sets="$sets $n" m=${m#\~}
		fi
		# Exit 1 (a negative answer) is fine: the output is checked.
		(export COLUMNS=40; eval "$m") >"$d/n.$n" 2>/dev/null || true
		(export COLUMNS=200; eval "$m") >"$d/w.$n" 2>/dev/null || true
		[ -s "$d/n.$n" ] || { echo "no output: $m"; false; }
	done <<<"$MODES"
	[ "$n" -eq 28 ] || false
	run too_wide 40 < <(cat "$d"/n.*)
	assert_output ""
	words "$d"/n.* >"$d/narrow"
	words "$d"/w.* >"$d/wide"
	run diff "$d/narrow" "$d/wide"
	assert_output ""
}

@test "on a terminal its own width wins over COLUMNS; off one, COLUMNS counts, else 80" {
	need_pty
	cd "$DATA/examples"
	export RK_TODAY=2026-11-26
	# A terminal of 40 columns, with COLUMNS saying 200, as a stale export
	# after a resize would: the terminal is right, as with ls(1).
	for m in 'rk-ready --since 2026-11-10 answers.csv' 'rk-log -f contacts.csv -l' \
	    'rk-log -f contacts.csv --cal --months 3' 'rk-quiz why answers.csv' \
	    'rk-tip --seed 3 -n 2' 'rk-since -c date contacts.csv'; do
		run bash -c 'COLUMNS=200 NO_COLOR=1 script -qec "stty cols 40; $1" /dev/null </dev/null | tr -d "\r"' _ "$m"
		[ -n "$output" ] || false
		run too_wide 40 <<<"$output"
		assert_output ""
	done
	# The same command's text in a pipe: 80 columns, or COLUMNS.
	run -0 --separate-stderr rk-log -f contacts.csv --cal --months 3
	run too_wide 40 <<<"$output"
	assert_output --partial "October 2026"
	run -0 --separate-stderr env COLUMNS=40 rk-log -f contacts.csv --cal --months 3
	run too_wide 40 <<<"$output"
	assert_output ""
	# A COLUMNS that is not a positive number is ignored.
	for c in 0 -40 40x abc ''; do
		run -0 --separate-stderr env COLUMNS="$c" rk-log -f contacts.csv --cal --months 2
		assert_line --index 0 "       October 2026                 November 2026"
	done
}

@test "--ask: the prompts fit the terminal they are asked on, no word split" {
	need_pty
	f=$BATS_TEST_TMPDIR/a.csv
	run -0 bash -c 'printf "3\n1\n" |
	    TERM=dumb script -qec "stty cols 40; rk-quiz --ask why --only self.fix,self.nag --format=text -o $1" /dev/null | tr -d "\r"' _ "$f"
	assert_line "1/2  self"
	assert_line "  How often did you quarrel over trying"
	assert_line '  to change or "fix" him?'
	assert_line "  [0-4 (0 never, 4 all the time), b"
	assert_line "  back, s skip] "
	# All but the message that names the file.
	run too_wide 40 < <(grep -v '^rk-quiz: answers saved to ' <<<"$output")
	assert_output ""
}
