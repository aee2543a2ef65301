#!/usr/bin/env bats
# The config file and RK_SINCE, RK_JOURNAL and RK_ANSWERS: options over the
# environment over the file; every bad line is file:line and exit 2; the
# file is read only when a program needs a value from it.

load helpers

setup() {
	export XDG_CONFIG_HOME="$BATS_TEST_TMPDIR/config" HOME="$BATS_TEST_TMPDIR/home"
	export XDG_DATA_HOME="$BATS_TEST_TMPDIR/data" RK_TODAY=2026-10-31
	mkdir -p "$XDG_CONFIG_HOME/rekindle" "$HOME"
	CFG="$XDG_CONFIG_HOME/rekindle/config"
	EX="$DATA/examples"
}

@test "since and milestones: rk-since counts from the break-up, option over RK_SINCE over the file" {
	printf '%s\n' '# the break-up' 'since = 2026-10-01   # a Thursday' \
	    'milestones=7,30,60,90' >"$CFG"
	run -0 --separate-stderr rk-since
	assert_output 30
	run -0 --separate-stderr rk-since --milestones
	assert_output '30 days since 2026-10-01 (the break-up)'
	run -0 --separate-stderr rk-since --milestones --next
	assert_output 'next: 60 days since 2026-10-01 (the break-up) on 2026-11-30, in 30 days'
	RK_SINCE=2026-10-24 run -0 --separate-stderr rk-since --milestones
	assert_output '7 days since 2026-10-24 (the break-up)'
	# An empty variable is an unset one; an operand beats both.
	RK_SINCE= run -0 --separate-stderr rk-since
	assert_output 30
	RK_SINCE=2026-10-24 run -0 --separate-stderr rk-since 2026-10-30
	assert_output 1
	run -1 --separate-stderr rk-since --milestones=1,2
	assert_output ''
	[ -z "$stderr" ] || false
	run -2 --separate-stderr rk-since --milestones 7,30
	[ "${stderr_lines[0]}" = 'rk-since: --milestones takes its list after "=": write --milestones=7,30' ] || false
	RK_SINCE=12/01/2026 run -2 --separate-stderr rk-since
	assert_stderr_line 'rk-since: RK_SINCE: "12/01/2026" is not a date: write it YYYY-MM-DD'
	# Nothing configured: no date is an error that says where to set one.
	rm "$CFG"
	run -2 --separate-stderr rk-since --milestones 2026-10-01
	[ "${stderr_lines[0]}" = "rk-since: --milestones: no list given, and no milestones in $CFG (or write --milestones=LIST)" ] || false
	run -2 --separate-stderr rk-since </dev/null
	[ "${stderr_lines[0]}" = "rk-since: no date given (give dates, set since in $CFG or RK_SINCE, or give -c COLUMN to read them from CSV)" ]
}

@test "journal and answers: option over environment over file, ~/ is HOME" {
	printf 'journal = ~/j.csv\nanswers=~/a.csv\r\n' >"$CFG"
	cp "$EX/answers.csv" "$HOME/a.csv"
	rk-log -a 2026-10-02 him text
	RK_JOURNAL="$BATS_TEST_TMPDIR/env.csv" rk-log -a 2026-10-03 me call
	rk-log -f "$BATS_TEST_TMPDIR/opt.csv" -a 2026-10-04 me visit
	run -0 cut -d, -f1,3 "$HOME/j.csv" "$BATS_TEST_TMPDIR/env.csv" "$BATS_TEST_TMPDIR/opt.csv"
	assert_output "$(printf '%s\n' date,who 2026-10-02,him date,who 2026-10-03,me date,who 2026-10-04,me)"
	run -0 --separate-stderr rk-log -l --format tsv
	assert_line --index 1 $'2026-10-02\t\thim\ttext\t\t'
	# ~/ needs HOME; without it, the line that asks for it is named.
	run -2 --separate-stderr env -u HOME rk-log -l
	assert_stderr_line "rk-log: $CFG:1: journal: HOME is not set, to expand ~/"
	# With no operand, rk-quiz reads the configured answers when nothing
	# comes on stdin (/dev/null, an empty file, an empty pipe as under
	# cron), and stdin when a pipe or a file brings something; "-" is
	# stdin always, and an operand beats RK_ANSWERS.
	want=$(rk-quiz signs "$EX/answers.csv")
	run -0 --separate-stderr rk-quiz signs </dev/null
	assert_output "$want"
	run -0 --separate-stderr rk-quiz signs - <"$EX/answers.csv"
	assert_output "$want"
	RK_ANSWERS="$EX/ready.csv" run -0 --separate-stderr rk-quiz signs </dev/null
	assert_output "$(rk-quiz signs "$EX/ready.csv")"
	RK_ANSWERS=/nonexistent run -0 --separate-stderr rk-quiz signs "$EX/answers.csv"
	assert_output "$want"
	RK_ANSWERS=/nonexistent run -2 --separate-stderr rk-quiz signs </dev/null
	assert_stderr_line 'rk-quiz: /nonexistent: No such file or directory'
	ready=$(rk-quiz signs "$EX/ready.csv")
	[ "$ready" != "$want" ] || false
	run -0 --separate-stderr rk-quiz signs <"$EX/ready.csv"
	assert_output "$ready"
	run -0 --separate-stderr sh -c 'cat "$1" | rk-quiz signs' sh "$EX/ready.csv"
	assert_output "$ready"
	run -0 --separate-stderr sh -c '(sleep 0.2; cat "$1") | rk-quiz signs' sh "$EX/ready.csv"
	assert_output "$ready"
	: >"$BATS_TEST_TMPDIR/empty"
	run -0 --separate-stderr rk-quiz signs <"$BATS_TEST_TMPDIR/empty"
	assert_output "$want"
	run -0 --separate-stderr sh -c ': | rk-quiz signs'
	assert_output "$want"
	run -1 --separate-stderr sh -c 'cat "$1" | rk-ready --since 2026-10-01 --today 2026-11-26 --format csv' sh "$EX/ready.csv"
	assert_line --index 0 check,status,detail
	assert_line verdict,not-ready,"not holding: time"
}

@test "rk-ready with nothing on its command line: since, answers and journal from the config" {
	printf 'since = 2026-10-01\nanswers = %s\njournal = ~/contacts.csv\n' "$EX/answers.csv" >"$CFG"
	export RK_TODAY=2026-11-26
	run -0 --separate-stderr rk-ready --format csv </dev/null
	assert_output "$(rk-ready --format csv --since 2026-10-01 "$EX/answers.csv")"
	assert_line --index 4 'time,pass,"56 days since 2026-10-01, 30 needed; the answers agree: 3 of 3"'
	# The journal adds his signs: the same as --journal.
	cp "$EX/contacts.csv" "$HOME/contacts.csv"
	run -0 --separate-stderr rk-ready --format csv </dev/null
	assert_output "$(rk-ready --format csv --since 2026-10-01 --journal "$EX/contacts.csv" "$EX/answers.csv")"
	# --days beats the configured since; RK_SINCE beats the file's;
	# RK_ANSWERS the file's answers.
	run -1 --separate-stderr rk-ready --format csv --days 3 </dev/null
	assert_line --index 4 'time,fail,"3 days, 30 needed; the answers agree: 3 of 3"'
	RK_SINCE=2026-11-20 run -1 --separate-stderr rk-ready --format csv </dev/null
	assert_line --index 4 'time,fail,"6 days since 2026-11-20, 30 needed; the answers agree: 3 of 3"'
	RK_ANSWERS="$EX/ready.csv" run -1 --separate-stderr rk-ready --format csv </dev/null
	assert_line --index 4 'time,fail,"56 days since 2026-10-01, but time.healed says not yet"'
	RK_SINCE=2026-12-01 run -2 --separate-stderr rk-ready </dev/null
	assert_stderr_line 'rk-ready: the break-up, 2026-12-01, is after today (2026-11-26)'
}

@test "a bad line is file:line and exit 2; a missing file is none; the file is read only when needed" {
	bad() { # $1 the file's text, $2 the message after "rk-since: CFG:"
		printf '%b' "$1" >"$CFG"
		run -2 --separate-stderr rk-since
		assert_output ''
		assert_stderr_line "rk-since: $CFG:$2"
	}
	bad '# hello\nsince 2026-10-01\n' '2: "since 2026-10-01" is not a line "key = value"'
	bad 'colour = red\n' '1: unknown key "colour" (since, journal, answers, milestones, week-start)'
	bad 'sinse = 2026-10-01\n' '1: unknown key "sinse"; did you mean since?'
	bad ' = 2026-10-01\n' '1: the key is missing before "="'
	bad 'since=2026-10-01\n\nsince = 2026-10-02\n' '3: since is set again (first on line 1)'
	bad 'since =\n' '1: since: the value is empty'
	bad 'since = 12/01/2026\n' '1: since: "12/01/2026" is not a date: write it YYYY-MM-DD'
	bad 'since = 2026-02-29\n' '1: since: "2026-02-29" is not a date: February 2026 has 28 days'
	bad 'journal = contacts.csv\n' '1: journal: "contacts.csv" is not an absolute path (start it with / or ~/)'
	bad 'answers = ~bob/a.csv\n' '1: answers: "~bob/a.csv" is not an absolute path (start it with / or ~/)'
	bad 'milestones = 7,x\n' '1: milestones: "x" is not a whole number of days'
	bad 'week-start = tuesday\n' '1: week-start: "tuesday" is not monday or sunday'
	# A # inside a word is part of it; monday and sunday are the week starts.
	printf 'week-start = sunday\njournal = /tmp/a#b # where\nsince = today\n' >"$CFG"
	run -0 --separate-stderr rk-since
	assert_output 0
	# week-start sets --cal's first day; --monday and --sunday beat it.
	mon=$(rk-log -f "$BATS_TEST_TMPDIR/none.csv" --cal --monday 2026-10 | sed -n 2p)
	run -0 --separate-stderr rk-log -f "$BATS_TEST_TMPDIR/none.csv" --cal 2026-10
	assert_line --index 1 "$(rk-log -f "$BATS_TEST_TMPDIR/none.csv" --cal --sunday 2026-10 | sed -n 2p)"
	assert_line --index 1 --regexp '^ *Su +Mo '
	run -0 --separate-stderr rk-log -f "$BATS_TEST_TMPDIR/none.csv" --cal --monday 2026-10
	assert_line --index 1 "$mon"
	assert_line --index 1 --regexp '^ *Mo +Tu '
	printf 'week-start = tuesday\n' >"$CFG"
	run -0 --separate-stderr rk-log -f "$BATS_TEST_TMPDIR/none.csv" --cal --sunday 2026-10
	run -2 --separate-stderr rk-log -f "$BATS_TEST_TMPDIR/none.csv" --cal 2026-10
	assert_stderr_line "rk-log: $CFG:1: week-start: \"tuesday\" is not monday or sunday"
	# Options that give every value leave the file unread, and so does a
	# program that needs nothing from it.
	printf 'nonsense\n' >"$CFG"
	run -0 --separate-stderr rk-since 2026-10-01
	assert_output 30
	run -0 --separate-stderr rk-log -f "$BATS_TEST_TMPDIR/j.csv" me
	run -0 --separate-stderr rk-tip --seed 1
	run -1 --separate-stderr rk-ready --days 40 --journal "$EX/contacts.csv" "$EX/ready.csv"
	# No file at all, and XDG_CONFIG_HOME empty (then ~/.config is read).
	rm "$CFG"
	RK_SINCE=2026-10-01 run -0 --separate-stderr rk-since
	assert_output 30
	mkdir -p "$HOME/.config/rekindle"
	echo 'since = 2026-10-30' >"$HOME/.config/rekindle/config"
	XDG_CONFIG_HOME= run -0 --separate-stderr rk-since
	assert_output 1
	# A file that is there but cannot be read is an error.
	mkdir "$CFG"
	run -2 --separate-stderr rk-since
	assert_stderr_line "rk-since: $CFG: Is a directory"
	rmdir "$CFG"
	# Only a regular file of at most 1 MiB is read: a fifo or an endless
	# device is refused at once, not waited on or read without end.
	mkfifo "$CFG"
	run -2 --separate-stderr timeout 10 rk-since
	assert_stderr_line "rk-since: $CFG: not a regular file"
	rm "$CFG"
	ln -s /dev/zero "$CFG"
	run -2 --separate-stderr timeout 10 rk-since
	assert_stderr_line "rk-since: $CFG: not a regular file"
	rm "$CFG"
	{ printf 'since = 2026-10-01\n'; head -c 1048556 /dev/zero | tr '\0' '#'; echo; } >"$CFG"
	run -0 --separate-stderr rk-since
	assert_output 30
	echo '#' >>"$CFG"
	run -2 --separate-stderr rk-since
	assert_stderr_line "rk-since: $CFG: 1048578 bytes, more than the 1048576 a config file may have"
	# A byte order mark before the first key, and CRLF line ends, are fine.
	printf '\357\273\277since = 2026-10-02\r\nmilestones = 29\r\n' >"$CFG"
	run -0 --separate-stderr rk-since --milestones
	assert_output '29 days since 2026-10-02 (the break-up)'
}

@test "a config file that cannot be read is an error" {
	unprivileged_setup || skip "root reads every file, and setpriv cannot drop CAP_DAC_OVERRIDE here"
	echo 'since = 2026-10-01' >"$CFG"
	chmod 000 "$CFG"
	run -2 --separate-stderr "${unprivileged[@]}" rk-since
	assert_stderr_line "rk-since: $CFG: Permission denied"
}
