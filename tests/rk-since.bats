#!/usr/bin/env bats
# rk-since: counts for DATE operands, filter mode over CSV, --where, --last
# and --first, milestones, --weeks, output formats, and every error path.

load helpers

setup() {
	export RK_TODAY=2026-11-26
	LOG=$(fixture log.csv <<'CSV'
date,who,note
2026-09-14,me,"argued, again"
2026-10-01,me,we ended it
2026-10-19,him,"said ""hi"""
2026-10-24,me,congratulated him
2026-11-12,him,"dropped by
with croissants"
CSV
)
}

# ---- conventions --------------------------------------------------------

@test "--help prints usage on stdout and exits 0" {
	run --separate-stderr rk-since --help
	assert_success
	assert_line --index 0 --regexp '^usage: rk-since '
	assert_output --partial '--milestones[=LIST]'
	[ -z "$stderr" ]
}

@test "-V prints the version" {
	run --separate-stderr rk-since -V
	assert_success
	assert_output --regexp '^rk-since \(rekindle\) [0-9]+\.[0-9]+\.[0-9]+$'
}

@test "a bad option is one line and a pointer to --help on stderr, exit 2" {
	run -2 --separate-stderr rk-since --bogus 2026-10-01
	[ -z "$output" ] || false
	assert_equal "$stderr" "rk-since: unrecognized option '--bogus'
Try 'rk-since --help' for more information."
}

@test "no date and no -c is a usage error" {
	run -2 --separate-stderr rk-since
	[ -z "$output" ] || false
	[ "${stderr_lines[0]}" = "rk-since: no date given (give dates, set since in $XDG_CONFIG_HOME/rekindle/config or RK_SINCE, or give -c COLUMN to read them from CSV)" ] || false
	[ "${stderr_lines[1]}" = "Try 'rk-since --help' for more information." ]
}

# ---- DATE operands ------------------------------------------------------

@test "one date: the count alone, on stdout that is not a terminal" {
	run --separate-stderr rk-since 2026-10-01
	assert_success
	assert_output '56'
	[ -z "$stderr" ]
}

@test "several dates: one count a line, in order; a date to come is negative" {
	run rk-since 2026-10-01 today yesterday 2026-12-25 0001-01-01 9999-12-31
	assert_success
	assert_output "$(printf '%s\n' 56 0 1 -29 739945 -2912113)"
}

@test "--today and RK_TODAY set today; --today wins" {
	run rk-since --today=2026-10-08 2026-10-01
	assert_output '7'
	RK_TODAY=2026-10-15 run rk-since 2026-10-01
	assert_output '14'
	RK_TODAY=2026-10-15 run rk-since --today 2026-10-02 2026-10-01
	assert_output '1'
}

@test "leap years count their extra day" {
	run rk-since --today=2024-03-01 2024-02-28 2023-03-01 2000-02-28
	assert_output "$(printf '%s\n' 2 366 8768)"
	run rk-since --today=1900-03-01 1900-02-28
	assert_output '1'
}

@test "daylight saving never shifts a count: 14 days are 14 across the change" {
	for tz in Europe/Berlin America/New_York Australia/Sydney America/Sao_Paulo; do
		TZ=$tz run rk-since --today=2026-04-05 2026-03-22
		assert_output '14'
		TZ=$tz run rk-since --today=2026-11-08 2026-10-25
		assert_output '14'
	done
}

@test "today is the local date under TZ, not the UTC one" {
	unset RK_TODAY
	# These two zones are 25 hours apart: their dates always differ.
	TZ=Pacific/Kiritimati run rk-since --format=csv today
	assert_line --index 1 "$(TZ=Pacific/Kiritimati date +%F),0"
	TZ=Pacific/Pago_Pago run rk-since --format=csv today
	assert_line --index 1 "$(TZ=Pacific/Pago_Pago date +%F),0"
}

@test "an ISO 8601 date-time counts from its local calendar date" {
	run rk-since 2026-10-01T23:30:00+02:00 2026-10-01T23:30:00-02:00 \
	    2026-10-01T23:30:00Z 2026-10-01T23:30:00 '2026-10-01 23:30' 2026-10-01T23:30:00.250+0200
	assert_output "$(printf '%s\n' 56 55 56 56 56 56)"
	TZ=Asia/Tokyo run rk-since 2026-10-01T23:30:00+02:00 2026-10-01T23:30:00
	assert_output "$(printf '%s\n' 55 56)"
	TZ=America/New_York run rk-since 2026-10-01T01:30:00Z
	assert_output '57'
}

@test "-i reads dates in a strptime format; today and yesterday still work" {
	run rk-since -i '%d/%m/%Y' 01/10/2026 today yesterday
	assert_success
	assert_output "$(printf '%s\n' 56 0 1)"
	run rk-since --input-format '%d %b %Y' '1 Oct 2026'
	assert_output '56'
	run rk-since -i '%d.%m.%Y %H:%M %z' '01.10.2026 23:30 -0200'
	assert_output '55'
}

@test "--weeks says weeks and days" {
	run rk-since --weeks 2026-10-01 2026-10-04 2026-11-19 2026-11-25 today 2026-12-05
	assert_output "$(printf '%s\n' '8 weeks' '7 weeks 4 days' '1 week' '1 day' '0 days' '-1 week -2 days')"
}

@test "--format=csv and tsv: a header, the date as YYYY-MM-DD, the count" {
	run rk-since --format=csv 2026-10-01 yesterday 2026-10-01T23:30:00-02:00
	assert_output "$(printf '%s\n' date,days 2026-10-01,56 2026-11-25,1 2026-10-02,55)"
	run rk-since --format=tsv --as streak --weeks 2026-10-01
	assert_output "$(printf 'date\tstreak\n2026-10-01\t8 weeks\n')"
	run rk-since --format=text 2026-10-01
	assert_output '56'
}

@test "--last and --first: only the newest or the oldest date" {
	run rk-since --last 2026-10-01 2026-11-12 2026-09-14
	assert_output '14'
	run rk-since --first 2026-10-01 2026-11-12 2026-09-14 2026-09-14
	assert_output '73'
	run rk-since --format=csv --last 2026-11-12 2026-11-12
	assert_output "$(printf '%s\n' date,days 2026-11-12,14)"
}

@test "-m: only the dates whose count is a milestone, said in words; exit 1 when none is" {
	run --separate-stderr rk-since -m 7,14,30,60,90 2026-11-19 2026-10-01 2026-11-12
	assert_success
	assert_output "$(printf '%s\n' '7 days since 2026-11-19' '14 days since 2026-11-12')"
	run -1 --separate-stderr rk-since --milestones=7,30 2026-10-01
	[ -z "$output" ] || false
	[ -z "$stderr" ] || false
	run rk-since -m 0,1 today yesterday
	assert_success
	assert_output "$(printf '%s\n' '0 days since 2026-11-26' '1 day since 2026-11-25')"
}

@test "the crontab line of the spec: mail only on milestone days" {
	run bash -c 'rk-since -m 7,30,60,90 2026-10-01 >/dev/null && echo tip'
	assert_failure 1
	[ -z "$output" ] || false
	RK_TODAY=2026-10-31 run bash -c 'rk-since -m 7,30,60,90 2026-10-01 >/dev/null && echo tip'
	assert_output 'tip'
}

# ---- milestones that say what they are (issue 20 item 7) ----------------

@test "-m on a quiet day: nothing at all in every mode and format, exit 1" {
	local args
	while IFS= read -r args; do
		eval "run -1 --separate-stderr rk-since $args"
		[ -z "$output" ] || { echo "output for: $args"; false; }
		[ -z "$stderr" ] || { echo "stderr for: $args"; false; }
	done <<EOT
-m 7,30 2026-10-01
-m 7,30 --format=csv 2026-10-01 2026-10-02
-m 7,30 --format=tsv --weeks 2026-10-01
-m 7,30 --format=text 2026-10-01 2026-10-02
-m 7,30 --last 2026-10-01 2026-10-02
-m 7,30 -c date "$LOG"
-m 7,30 -c date --format=text "$LOG"
-m 7,30 -c date --format=tsv "$LOG" "$LOG"
-m 7,30 -c date --where who=me --last "$LOG"
-m 7,30 -c date --where who=me --last --format=csv "$LOG"
-m 7,30 -c date --first --format=text "$LOG"
-m 7,30 -c date --streaks "$LOG"
-m 7,30 -c date --streaks --format=text "$LOG"
-m 7,30 --next 2026-01-01
-m 7,30 --next --format=csv 2026-01-01
-m 7,30 --next -c date --first "$LOG"
EOT
	# Nothing on stdout, even when the output is a file.
	run -1 --separate-stderr bash -c 'rk-since -m 7 -c date "$1" >"$2"; r=$?; wc -c <"$2"; exit $r' \
	    _ "$LOG" "$BATS_TEST_TMPDIR/out"
	assert_output 0
}

@test "-m on a milestone day: the count says what it counts from" {
	run -0 --separate-stderr rk-since -m 30,56 --weeks 2026-10-01 2026-10-27
	assert_output "$(printf '%s\n' '8 weeks since 2026-10-01' '4 weeks 2 days since 2026-10-27')"
	# A negative milestone counts down to a date to come.
	run -0 --separate-stderr rk-since -m -7,-1 2026-12-03 2026-11-27
	assert_output "$(printf '%s\n' '7 days until 2026-12-03' '1 day until 2026-11-27')"
	# The date as ISO, however it was written.
	run -0 --separate-stderr rk-since -m 56 -i %d.%m.%Y 01.10.2026
	assert_output '56 days since 2026-10-01'
	# --last and --first in filter mode name the column and the conditions.
	run -0 --separate-stderr rk-since -c date --where who=me --last -m 33 "$LOG"
	assert_output '33 days since 2026-10-24 (the last date where who=me)'
	run -0 --separate-stderr rk-since -c 1 --where 2=me --where note='argued, again' --first -m 73 "$LOG"
	assert_output '73 days since 2026-09-14 (the first date where 2=me and note=argued, again)'
	printf '2026-11-12,him\n2026-10-01,me\n' >"$BATS_TEST_TMPDIR/bare.csv"
	run -0 --separate-stderr rk-since -c 1 --no-header --last -m 14 "$BATS_TEST_TMPDIR/bare.csv"
	assert_output '14 days since 2026-11-12 (the last column 1)'
	# CSV stays CSV: a header and the rows, for a script.
	run -0 --separate-stderr rk-since -m 56 --format=csv 2026-10-01 2026-10-02
	assert_output "$(printf '%s\n' date,days 2026-10-01,56)"
	run -0 --separate-stderr rk-since -c date --where who=me --last -m 33 --format=csv "$LOG"
	assert_output "$(printf '%s\n' date,who,note,days 2026-10-24,me,congratulated\ him,33)"
	[ -z "$stderr" ]
}

@test "--next: the next milestone, the day it falls on, and how long until then" {
	run -0 --separate-stderr rk-since -m 7,30,60,90 --next 2026-10-01
	assert_output 'next: 60 days since 2026-10-01 on 2026-11-30, in 4 days'
	# A milestone today is behind us: the next one is after it.
	run -0 --separate-stderr rk-since -m 7,56,60 --next --weeks 2026-10-01 2026-11-20
	assert_output "$(printf '%s\n' \
	    'next: 8 weeks 4 days since 2026-10-01 on 2026-11-30, in 4 days' \
	    'next: 1 week since 2026-11-20 on 2026-11-27, in 1 day')"
	run -0 --separate-stderr rk-since -m -7,0 --next 2026-12-10
	assert_output 'next: 7 days until 2026-12-10 on 2026-12-03, in 7 days'
	run -0 --separate-stderr rk-since -m 7,30,60,90 --next --format=csv --as milestone 2026-10-01 2026-11-20
	assert_output "$(printf '%s\n' date,milestone,on,in 2026-10-01,60,2026-11-30,4 2026-11-20,7,2026-11-27,1)"
	run -0 --separate-stderr rk-since -c date --where who=me --last -m 7,30,60 --next "$LOG"
	# Wrapped at a space to 80 columns.
	assert_output 'next: 60 days since 2026-10-24 (the last date where who=me) on 2026-12-23, in 27
days'
	run -0 --separate-stderr rk-since -c date --last -m 30 --next --format=tsv "$LOG"
	assert_output "$(printf 'date\tdays\ton\tin\n2026-11-12\t30\t2026-12-12\t16')"
	# No milestone left, or none before 9999-12-31: nothing, exit 1.
	run -1 --separate-stderr rk-since -m 7,30 --next 2026-10-01
	assert_output ''
	run -1 --separate-stderr rk-since -m 3652058 --next 2026-10-01
	assert_output ''
	[ -z "$stderr" ]
}

@test "--next: misuse is a usage error" {
	run -2 --separate-stderr rk-since --next 2026-10-01
	assert_output ''
	assert_stderr_line "rk-since: --next needs -m LIST: the milestones to look for
Try 'rk-since --help' for more information."
	run -2 --separate-stderr rk-since -m 7 --next -c date "$LOG"
	assert_stderr_line "rk-since: --next in filter mode needs --last or --first: one date
Try 'rk-since --help' for more information."
	run -2 --separate-stderr rk-since -m 7 --next -c date --streaks "$LOG"
	assert_stderr_line "rk-since: --next in filter mode needs --last or --first: one date
Try 'rk-since --help' for more information."
	run -2 --separate-stderr rk-since -m 7 --next --as on 2026-10-01
	assert_stderr_line "rk-since: --as: --next already writes a column \"on\"
Try 'rk-since --help' for more information."
}

# The crontab of README and rekindle(7), run as cron runs it: a bare
# environment, no terminal (a new session), stdin /dev/null.  What it
# prints is the mail.
cron() {
	# $1 the day, $2 the command
	env -i PATH=/usr/bin:/bin RK_TODAY="$1" RK_BIN="$RK_BIN" HOME="$BATS_TEST_TMPDIR" \
	    setsid -w sh -c "$2" </dev/null
}

@test "the crontab lines under cron: mail that says the milestone, silence otherwise" {
	line='$RK_BIN/rk-since --milestones && $RK_BIN/rk-tip -s steps -n 1'
	mkdir -p "$BATS_TEST_TMPDIR/.config/rekindle"
	printf 'since = 2026-10-01\nmilestones = 7,30,60,90\n' >"$BATS_TEST_TMPDIR/.config/rekindle/config"
	# 2026-10-01 and 30 days: 2026-10-31.
	run -0 --separate-stderr cron 2026-10-31 "$line"
	assert_line --index 0 '30 days since 2026-10-01 (the break-up)'
	assert_line --index 1 --regexp '^Step [1-7]\. [A-Z]'
	[ -z "$stderr" ] || false
	run -1 --separate-stderr cron 2026-11-01 "$line"
	assert_output ''
	[ -z "$stderr" ] || false
	# The no-contact milestone, from the journal.
	cp "$LOG" "$BATS_TEST_TMPDIR/contacts.csv"
	line='$RK_BIN/rk-since -c date --where who=me --last -m 7,30 "$HOME/contacts.csv"'
	run -0 --separate-stderr cron 2026-10-31 "$line"
	assert_output '7 days since 2026-10-24 (the last date where who=me)'
	run -1 --separate-stderr cron 2026-11-01 "$line"
	assert_output ''
	[ -z "$stderr" ]
}

# ---- bad dates ----------------------------------------------------------

@test "impossible days are refused, not fixed (unlike ddiff)" {
	run -2 --separate-stderr rk-since 2024-02-30
	[ -z "$output" ] || false
	[ "$stderr" = 'rk-since: "2024-02-30" is not a date: February 2024 has 29 days' ] || false
	run -2 --separate-stderr rk-since 2026-02-29
	[ "$stderr" = 'rk-since: "2026-02-29" is not a date: February 2026 has 28 days' ] || false
	run -2 --separate-stderr rk-since 2026-13-01
	[ "$stderr" = 'rk-since: "2026-13-01" is not a date: there is no month 13' ] || false
	run -2 --separate-stderr rk-since 0000-01-01
	[ "$stderr" = 'rk-since: "0000-01-01" is not a date: years run from 1 to 9999' ]
}

@test "trailing junk and other shapes are refused" {
	local forms='(YYYY-MM-DD, an ISO 8601 date-time, today or yesterday)'
	for d in '2024-01-05,call' '2024-1-5' ' 2024-01-05' 10000-01-01 Today '' 2026-10-01T23; do
		run -2 --separate-stderr rk-since "$d"
		[ "$stderr" = "rk-since: \"$d\" is not a date $forms" ] || false
	done
}

@test "a date in another layout gets a hint: ISO, or -i with its layout (issue 20 item 11)" {
	local hint='is not a date: write it YYYY-MM-DD, or give its layout with -i, as in -i'
	run -2 --separate-stderr rk-since 12/01/2026
	assert_output ''
	assert_stderr_line "rk-since: \"12/01/2026\" $hint %d/%m/%Y or -i %m/%d/%Y"
	# The numbers say which comes first, when they can.
	run -2 --separate-stderr rk-since 13/01/2026
	assert_stderr_line "rk-since: \"13/01/2026\" $hint %d/%m/%Y"
	run -2 --separate-stderr rk-since 1/31/2026
	assert_stderr_line "rk-since: \"1/31/2026\" $hint %m/%d/%Y"
	run -2 --separate-stderr rk-since 01.10.2026
	assert_stderr_line "rk-since: \"01.10.2026\" $hint %d.%m.%Y"
	run -2 --separate-stderr rk-since 2026/10/01
	assert_stderr_line "rk-since: \"2026/10/01\" $hint %Y/%m/%d"
	# In a file, with its name and line.
	printf 'date\n2026-10-01\n1-10-2026\n' >"$BATS_TEST_TMPDIR/d.csv"
	run -2 --separate-stderr rk-since -c date --format=csv "$BATS_TEST_TMPDIR/d.csv"
	assert_stderr_line "rk-since: $BATS_TEST_TMPDIR/d.csv:3: \"1-10-2026\" $hint %d-%m-%Y or -i %m-%d-%Y"
	# The hint works, and with -i the format's own message stands.
	run -0 rk-since -i %d/%m/%Y 12/01/2026
	assert_output 318
	run -2 --separate-stderr rk-since -i %d.%m.%Y 12/01/2026
	assert_stderr_line 'rk-since: "12/01/2026" does not match the format "%d.%m.%Y"'
}

@test "bad times and offsets are named" {
	run -2 --separate-stderr rk-since 2026-10-01T24:00
	[ "$stderr" = 'rk-since: "2026-10-01T24:00" is not a date-time: there is no hour 24' ] || false
	run -2 --separate-stderr rk-since 2026-10-01T23:30+24:00
	[ "$stderr" = 'rk-since: "2026-10-01T23:30+24:00" is not a date-time: a UTC offset runs from -23:59 to +23:59' ] || false
	run -2 --separate-stderr rk-since 9999-12-31T23:00-05:00
	[ "$stderr" = 'rk-since: "9999-12-31T23:00-05:00" is not a date: its local date falls outside the years 1 to 9999' ]
}

@test "one bad date among good ones: nothing is written" {
	run -2 --separate-stderr rk-since 2026-10-01 2026-10-32 2026-11-01
	[ -z "$output" ] || false
	[ "$stderr" = 'rk-since: "2026-10-32" is not a date: October 2026 has 31 days' ]
}

@test "-i: a date that does not match, or a format that reads no year" {
	run -2 --separate-stderr rk-since -i '%d/%m/%Y' 2026-10-01
	[ "$stderr" = 'rk-since: "2026-10-01" does not match the format "%d/%m/%Y"' ] || false
	run -2 --separate-stderr rk-since -i '%d/%m/%Y' 30/02/2024
	[ "$stderr" = 'rk-since: "30/02/2024" is not a date: February 2024 has 29 days' ] || false
	run -2 --separate-stderr rk-since -i '%d/%m' 01/10
	[ "$stderr" = 'rk-since: "01/10" is not a whole date: the format "%d/%m" reads no year' ]
}

@test "yesterday of the first day there is" {
	run -2 --separate-stderr rk-since --today=0001-01-01 yesterday
	[ "$stderr" = 'rk-since: "yesterday" is not a date: it falls before the year 1' ]
}

# ---- bad options --------------------------------------------------------

@test "a bad --today or RK_TODAY is an error" {
	run -2 --separate-stderr rk-since --today=2026-02-30 2026-01-01
	[ "${stderr_lines[0]}" = 'rk-since: --today: "2026-02-30" is not a date: February 2026 has 28 days' ] || false
	RK_TODAY=tomorrow run -2 --separate-stderr rk-since 2026-01-01
	[ "$stderr" = 'rk-since: RK_TODAY: "tomorrow" is not a date (YYYY-MM-DD, an ISO 8601 date-time, today or yesterday)' ]
}

@test "a bad milestone list is a usage error" {
	run -2 --separate-stderr rk-since -m 7,x 2026-10-01
	[ "${stderr_lines[0]}" = 'rk-since: -m: "x" is not a whole number of days' ] || false
	[ "${stderr_lines[1]}" = "Try 'rk-since --help' for more information." ] || false
	run -2 --separate-stderr rk-since -m 7,,30 2026-10-01
	[ "${stderr_lines[0]}" = 'rk-since: -m: an empty item; the list is whole numbers separated by commas, as in 7,30,90' ] || false
	run -2 --separate-stderr rk-since -m 99999999 2026-10-01
	[ "${stderr_lines[0]}" = 'rk-since: -m: "99999999" is out of range (-3652058 to 3652058)' ]
}

@test "options that do not go together, or need -c" {
	run -2 --separate-stderr rk-since --last --first 2026-10-01
	[ "${stderr_lines[0]}" = 'rk-since: --last and --first do not go together' ] || false
	run -2 --separate-stderr rk-since --where who=me 2026-10-01
	[ "${stderr_lines[0]}" = 'rk-since: --where is for CSV input; it needs -c COLUMN' ] || false
	run -2 --separate-stderr rk-since -t 2026-10-01
	[ "${stderr_lines[0]}" = 'rk-since: -t is for CSV input; it needs -c COLUMN' ] || false
	run -2 --separate-stderr rk-since --no-header 2026-10-01
	[ "${stderr_lines[0]}" = 'rk-since: --no-header is for CSV input; it needs -c COLUMN' ]
}

@test "bad --format, --as, -i, -d and --where arguments" {
	run -2 --separate-stderr rk-since --format=xml 2026-10-01
	[ "${stderr_lines[0]}" = 'rk-since: --format: "xml" is not a format (csv, tsv, text or json)' ] || false
	run -2 --separate-stderr rk-since --as '' 2026-10-01
	[ "${stderr_lines[0]}" = 'rk-since: --as: the column name is empty' ] || false
	run -2 --separate-stderr rk-since -i '' 2026-10-01
	[ "${stderr_lines[0]}" = 'rk-since: -i: the format is empty' ] || false
	run -2 --separate-stderr rk-since -c date -d ';;' "$LOG"
	[ "${stderr_lines[0]}" = 'rk-since: -d: ";;" is not a delimiter (one character, not a quote or line end)' ] || false
	run -2 --separate-stderr rk-since -c date --where who "$LOG"
	[ "${stderr_lines[0]}" = 'rk-since: --where: "who" is not COLUMN=VALUE' ]
}

# ---- filter mode --------------------------------------------------------

@test "-c: the same CSV out, with a days column appended" {
	run --separate-stderr rk-since -c date "$LOG"
	assert_success
	assert_output "$(cat <<'OUT'
date,who,note,days
2026-09-14,me,"argued, again",73
2026-10-01,me,we ended it,56
2026-10-19,him,"said ""hi""",38
2026-10-24,me,congratulated him,33
2026-11-12,him,"dropped by
with croissants",14
OUT
)"
	[ -z "$stderr" ]
}

@test "-c by number, from stdin, and with -" {
	run bash -c "rk-since -c 1 < '$LOG' | head -2"
	assert_output "$(printf '%s\n' date,who,note,days '2026-09-14,me,"argued, again",73')"
	run bash -c "cat '$LOG' | rk-since -c date - | sed -n 3p"
	assert_output '2026-10-01,me,we ended it,56'
}

@test "fields pass through in meaning: quotes only where needed, CRLF and BOM read" {
	f=$(printf '\xef\xbb\xbfwhen,"x"\r\n2026-10-01,"plain"\r\n2026-10-02," a ""b"", c "\r\n' | fixture crlf.csv)
	run rk-since -c when "$f"
	assert_output "$(printf '%s\n' when,x,days 2026-10-01,plain,56 '2026-10-02," a ""b"", c ",55')"
}

@test "plain lines and quoted, CRLF, lone-CR, blank and spaced ones mix: each row and its line exact" {
	f=$(printf 'date,who,note\n2026-10-01,me, a b \n\n2026-10-02,me,"x\ny"\n2026-10-03,him,z\r\n2026-10-04,me,,\r2026-10-05,me,w\n' |
	    fixture mixed.csv)
	run -2 --separate-stderr rk-since -c date "$f"
	assert_output "$(printf '%s\n' date,who,note,days '2026-10-01,me, a b ,56' \
	    '2026-10-02,me,"x' 'y",55' '2026-10-03,him,z,54')"
	[ "$stderr" = "rk-since: $f:7: 4 fields where the header has 3" ] || false
	f=$(printf 'date,who\n2026-10-01,me\n\n2026-10-02,him\nnot a date,me\n' | fixture bad.csv)
	run -2 --separate-stderr rk-since -c date "$f"
	assert_output "$(printf '%s\n' date,who,days 2026-10-01,me,56 2026-10-02,him,55)"
	[ "$stderr" = "rk-since: $f:5: \"not a date\" is not a date (YYYY-MM-DD, an ISO 8601 date-time, today or yesterday)" ]
}

@test "a tab-separated file of plain lines passes through byte for byte" {
	f=$(printf 'date\twho\n2026-10-01\tme, too\n2026-10-02\t\n' | fixture plain.tsv)
	run rk-since -t -c date "$f"
	assert_output "$(printf 'date\twho\tdays\n2026-10-01\tme, too\t56\n2026-10-02\t\t55')"
}

@test "the output reads back: running twice appends a second column" {
	run bash -c "rk-since -c date '$LOG' | rk-since -c date --as again | sed -n 1p"
	assert_output 'date,who,note,days,again'
}

@test "--as renames the column; a clash with an existing one is refused" {
	run bash -c "rk-since -c date --as since '$LOG' | head -1"
	assert_output 'date,who,note,since'
	f=$(printf 'date,days\n2026-10-01,3\n' | fixture clash.csv)
	run -2 --separate-stderr rk-since -c date "$f"
	[ -z "$output" ] || false
	[ "$stderr" = "rk-since: $f:1: the input already has a column \"days\"; name the new one with --as" ]
}

@test "--where keeps rows whose column equals the value; several must all hold" {
	run rk-since -c date --where who=me "$LOG"
	assert_output "$(printf '%s\n' date,who,note,days '2026-09-14,me,"argued, again",73' \
	    '2026-10-01,me,we ended it,56' '2026-10-24,me,congratulated him,33')"
	run rk-since -c 1 --where 2=me --where 'note=we ended it' "$LOG"
	assert_output "$(printf '%s\n' date,who,note,days '2026-10-01,me,we ended it,56')"
}

@test "--where that matches nothing: the header, and exit 1" {
	run -1 --separate-stderr rk-since -c date --where who=nobody "$LOG"
	assert_output 'date,who,note,days'
	[ -z "$stderr" ]
}

@test "the spec's pipeline: my no-contact streak" {
	run rk-since -c date --where who=me --last "$DATA/examples/contacts.csv"
	assert_success
	assert_output '33'
}

@test "--last and --first in filter mode: the count alone, or the row with --format" {
	run rk-since -c date --last "$LOG"
	assert_output '14'
	run rk-since -c date --first --weeks "$LOG"
	assert_output '10 weeks 3 days'
	run rk-since -c date --where who=him --first --format=csv "$LOG"
	assert_output "$(printf '%s\n' date,who,note,days '2026-10-19,him,"said ""hi""",38')"
}

@test "--last takes the newest date, wherever it stands in the file" {
	f=$(printf 'date,n\n2026-11-01,a\n2026-11-20,b\n2026-11-03,c\n2026-11-20,d\n' | fixture unsorted.csv)
	run rk-since -c date --last --format=csv "$f"
	assert_output "$(printf '%s\n' date,n,days 2026-11-20,d,6)"
	run rk-since -c date --first --format=csv "$f"
	assert_output "$(printf '%s\n' date,n,days 2026-11-01,a,25)"
}

@test "--last over no rows prints nothing and exits 1" {
	run -1 --separate-stderr rk-since -c date --where who=nobody --last "$LOG"
	[ -z "$output" ] || false
	[ -z "$stderr" ]
}

@test "-m in filter mode: only the rows on a milestone" {
	run rk-since -c date -m 14,56 "$LOG"
	assert_success
	assert_output "$(printf '%s\n' date,who,note,days '2026-10-01,me,we ended it,56' \
	    '2026-11-12,him,"dropped by' 'with croissants",14')"
	run -1 rk-since -c date --last -m 7 "$LOG"
	[ -z "$output" ] || false
	run rk-since -c date --last -m 14 "$LOG"
	assert_output '14 days since 2026-11-12 (the last date)'
}

@test "-t and -d: the input's separator is the output's too, unless --format" {
	f=$(printf 'date\twho\n2026-10-01\tme\n' | fixture log.tsv)
	run rk-since -t -c date "$f"
	assert_output "$(printf 'date\twho\tdays\n2026-10-01\tme\t56\n')"
	run rk-since -t -c date --format=csv "$f"
	assert_output "$(printf 'date,who,days\n2026-10-01,me,56\n')"
	f=$(printf 'date;who\n2026-10-01;me\n' | fixture semi.csv)
	run rk-since -d ';' -c date "$f"
	assert_output "$(printf 'date;who;days\n2026-10-01;me;56\n')"
}

@test "--no-header: every row is data, and the column is a number" {
	f=$(printf '2026-10-01,me\n2026-11-12,him\n' | fixture bare.csv)
	run rk-since --no-header -c 1 "$f"
	assert_output "$(printf '%s\n' 2026-10-01,me,56 2026-11-12,him,14)"
	run -2 --separate-stderr rk-since --no-header -c date "$f"
	[ "${stderr_lines[0]}" = 'rk-since: -c: with --no-header a column is a number, not "date"' ] || false
	run -2 --separate-stderr rk-since --no-header -c 3 "$f"
	[ "$stderr" = "rk-since: $f:1: -c: no column 3: the row has 2 fields" ]
}

@test "-i in filter mode" {
	f=$(printf 'when,what\n01/10/2026,end\n' | fixture dmy.csv)
	run rk-since -c when -i '%d/%m/%Y' "$f"
	assert_output "$(printf '%s\n' when,what,days 01/10/2026,end,56)"
}

@test "several files: one header, the rows of all, --last across them" {
	a=$(printf 'date,who\n2026-10-01,me\n' | fixture a.csv)
	b=$(printf 'date,who\n2026-11-12,him\n' | fixture b.csv)
	run rk-since -c date "$a" "$b"
	assert_output "$(printf '%s\n' date,who,days 2026-10-01,me,56 2026-11-12,him,14)"
	run rk-since -c date --last "$b" "$a"
	assert_output '14'
}

@test "several files whose headers differ are refused" {
	a=$(printf 'date,who\n2026-10-01,me\n' | fixture a.csv)
	b=$(printf 'date,note\n2026-11-12,x\n' | fixture b.csv)
	run -2 --separate-stderr rk-since -c date "$a" "$b"
	assert_output "$(printf '%s\n' date,who,days 2026-10-01,me,56)"
	[ "$stderr" = "rk-since: $b:1: the header differs from that of $a" ]
}

# ---- filter mode: bad input ---------------------------------------------

@test "a bad date in a row: file and line, and the rows before it stay whole" {
	f=$(printf 'date,who\n2026-10-01,me\n"2026-10-02\nx",me\n2024-02-30,him\n' | fixture bad.csv)
	run -2 --separate-stderr rk-since -c date "$f"
	[ "$stderr" = "rk-since: $f:3: \"2026-10-02\\x0ax\" is not a date (YYYY-MM-DD, an ISO 8601 date-time, today or yesterday)" ] || false
	assert_output "$(printf '%s\n' date,who,days 2026-10-01,me,56)"
	f=$(printf 'date,who\n2026-10-01,me\n2024-02-30,him\n' | fixture bad2.csv)
	run -2 --separate-stderr rk-since -c date "$f"
	[ "$stderr" = "rk-since: $f:3: \"2024-02-30\" is not a date: February 2024 has 29 days" ]
}

@test "an empty date is an error, not a zero" {
	f=$(printf 'date,who\n,me\n' | fixture empty-date.csv)
	run -2 --separate-stderr rk-since -c date "$f"
	[ "$stderr" = "rk-since: $f:2: \"\" is not a date (YYYY-MM-DD, an ISO 8601 date-time, today or yesterday)" ]
}

@test "rows that --where drops are not read for dates" {
	f=$(printf 'date,who\n2026-10-01,me\nsoon,him\n' | fixture skip.csv)
	run rk-since -c date --where who=me "$f"
	assert_success
	assert_output "$(printf '%s\n' date,who,days 2026-10-01,me,56)"
}

@test "unknown columns are named in the error" {
	run -2 --separate-stderr rk-since -c when "$LOG"
	[ "$stderr" = "rk-since: $LOG:1: -c: no column named \"when\"; the header has date, who, note" ] || false
	run -2 --separate-stderr rk-since -c date --where whom=me "$LOG"
	[ "$stderr" = "rk-since: $LOG:1: --where: no column named \"whom\"; the header has date, who, note" ] || false
	run -2 --separate-stderr rk-since -c 9 "$LOG"
	[ "$stderr" = "rk-since: $LOG:1: -c: no column 9: the header has 3: date, who, note" ] || false
	run -2 --separate-stderr rk-since -c 0 "$LOG"
	[ "${stderr_lines[0]}" = 'rk-since: -c: "0" is not a column number (1 to 100000) or name' ]
}

@test "a field whose only comma or quote is its last byte stays quoted on output" {
	f=$(printf 'date,note\n2026-10-01,"a,"\n2026-10-01,"abcdefg,"\n2026-10-01,"abcdefgh,"\n2026-10-01,"x"""\n2026-10-01,"abcdefgh"""\n2026-10-01,"abcdefghabcdefg,"\n' |
	    fixture last.csv)
	run -0 --separate-stderr rk-since -c date --today 2026-10-02 "$f"
	assert_output 'date,note,days
2026-10-01,"a,",1
2026-10-01,"abcdefg,",1
2026-10-01,"abcdefgh,",1
2026-10-01,"x""",1
2026-10-01,"abcdefgh""",1
2026-10-01,"abcdefghabcdefg,",1'
	run -0 --separate-stderr rk-since -c date --today 2026-10-02 --format=tsv "$f"
	assert_line --index 1 "$(printf '2026-10-01\ta,\t1')"
}

@test "--format=text right-aligns numbers that hold a 0" {
	f=$(printf 'date,n\n2026-11-01,a\n2026-10-22,b\n2026-07-24,c\n2026-10-25,d\n' | fixture zero.csv)
	run -0 --separate-stderr rk-since -c date --today 2026-11-01 --format=text "$f"
	assert_output 'date        n  days
2026-11-01  a     0
2026-10-22  b    10
2026-07-24  c   100
2026-10-25  d     7'
	f=$(printf 'date,n\n2026-10-22,x\n2026-10-25,y\n' | fixture ten.csv)
	run -0 --separate-stderr rk-since -c date --today 2026-11-01 --format=text "$f"
	assert_output 'date        n  days
2026-10-22  x    10
2026-10-25  y     7'
}

@test "malformed CSV: ragged rows and unclosed quotes are errors with a line" {
	f=$(printf 'date,who\n2026-10-01,me\n2026-10-02\n' | fixture ragged.csv)
	run -2 --separate-stderr rk-since -c date "$f"
	[ "$stderr" = "rk-since: $f:3: 1 field where the header has 2" ] || false
	f=$(printf 'date,who\n2026-10-01,"me\n' | fixture open.csv)
	run -2 --separate-stderr rk-since -c date "$f"
	[ "$stderr" = "rk-since: $f:2: unterminated quoted field" ]
}

@test "a missing file, an empty input" {
	run -2 --separate-stderr rk-since -c date /nonexistent/log.csv
	[ "$stderr" = 'rk-since: /nonexistent/log.csv: No such file or directory' ] || false
	run -2 --separate-stderr rk-since -c date </dev/null
	[ "$stderr" = 'rk-since: stdin: empty input: no header to find column "date"' ]
}

# ---- output -------------------------------------------------------------

@test "--format=text in filter mode: a table, numbers to the right, one line a row" {
	run rk-since -c date --format=text "$LOG"
	assert_output "$(cat <<'OUT'
date        who  note                        days
2026-09-14  me   argued, again                 73
2026-10-01  me   we ended it                   56
2026-10-19  him  said "hi"                     38
2026-10-24  me   congratulated him             33
2026-11-12  him  dropped by with croissants    14
OUT
)"
}

@test "--format=tsv in filter mode" {
	run rk-since -c date --where who=me --format=tsv "$LOG"
	assert_output "$(printf 'date\twho\tnote\tdays\n2026-09-14\tme\targued, again\t73\n2026-10-01\tme\twe ended it\t56\n2026-10-24\tme\tcongratulated him\t33\n')"
}

@test "on a terminal: a table, bold header unless NO_COLOR" {
	need_pty
	run script -qec "TERM=xterm rk-since -c date --where who=him '$LOG'" /dev/null
	assert_line --index 0 --partial $'\e[1mdate'
	assert_line --index 1 --regexp '^2026-10-19  him  said "hi" +38'
	run script -qec "TERM=xterm NO_COLOR=1 rk-since -c date --where who=him '$LOG'" /dev/null
	refute_output --partial $'\e['
	assert_line --index 0 --regexp '^date        who  note +days'
}

@test "a write error is reported and exits 2" {
	run -2 --separate-stderr bash -c "rk-since -c date '$LOG' > /dev/full"
	[ "$stderr" = 'rk-since: write error: No space left on device' ] || false
	run -2 --separate-stderr bash -c 'rk-since 2026-10-01 > /dev/full'
	[ "$stderr" = 'rk-since: write error: No space left on device' ]
}

@test "a closed pipe ends the program quietly" {
	big=$BATS_TEST_TMPDIR/big.csv
	{ echo date,n; seq 1 100000 | sed 's/^/2026-10-01,/'; } >"$big"
	run --separate-stderr bash -c "set -o pipefail; rk-since -c date '$big' | head -1"
	assert_output 'date,n,days'
	[ -z "$stderr" ]
}

# bats test_tags=dist
@test "filter mode streams: 30 MB of CSV through 16 MB of address space" {
	# The plain build: a sanitizer's shadow memory would not fit in a limit.
	plain=$RK_ROOT/bin/rk-since
	[ -x "$plain" ] || skip "no plain build in bin/"
	gen="awk 'BEGIN { print \"date,who,note\"; for (i = 0; i < 1000000; i++) print \"2026-10-01,me,row number \" i }'"
	run bash -c "ulimit -v 16000; $gen | '$plain' -c date | tail -n 1"
	assert_success
	assert_output '2026-10-01,me,row number 999999,56'
	run bash -c "ulimit -v 16000; $gen | '$plain' -c date --where who=me --last --format=csv | tail -n 1"
	assert_output '2026-10-01,me,row number 999999,56'
	run bash -c "ulimit -v 16000; $gen | '$plain' -c date --format=text | tail -n 1"
	assert_output '2026-10-01  me   row number 999999    56'
}

@test "works under cron: no terminal, no TERM, minimal PATH, stdin /dev/null" {
	run env -i PATH=/usr/bin:/bin RK_TODAY=2026-11-26 "$RK_BIN/rk-since" -m 56 2026-10-01 </dev/null
	assert_success
	assert_output '56 days since 2026-10-01'
	run env -i PATH=/usr/bin:/bin TZ=UTC "$RK_BIN/rk-since" --format=csv today </dev/null
	assert_output "$(printf 'date,days\n%s,0\n' "$(TZ=UTC date +%F)")"
}

# ---- the man page -------------------------------------------------------

@test "the EXAMPLES of rk-since(1) print what the page says" {
	# Each "$ command" line of an example block runs in data/examples on the
	# page's date, and must print the lines that follow it.
	run -0 page_examples rk-since.1
	assert_output 14
}

@test "long option names do what the short ones do" {
	export RK_TODAY=2026-11-26
	run --separate-stderr rk-since --column date "$LOG"
	assert_success
	assert_output "$(rk-since -c date "$LOG")"
	printf 'date\tnote\n2026-11-20\ta\n' >"$BATS_TEST_TMPDIR/l.tsv"
	run --separate-stderr rk-since --tsv --column date "$BATS_TEST_TMPDIR/l.tsv"
	assert_output "$(printf 'date\tnote\tdays\n2026-11-20\ta\t6')"
	printf 'date;note\n2026-11-20;a\n' >"$BATS_TEST_TMPDIR/l.csv"
	run --separate-stderr rk-since --delimiter=';' --column date "$BATS_TEST_TMPDIR/l.csv"
	assert_output "$(printf 'date;note;days\n2026-11-20;a;6')"
}

# ---- several dates: each named beside its count -------------------------

@test "several dates with --format=text: each named beside its count, as grep names files" {
	run -0 --separate-stderr rk-since --format=text 2026-10-01 yesterday 2026-12-01
	assert_output "$(printf '%s\n' '2026-10-01: 56' 'yesterday: 1' '2026-12-01: -5')"
	[ -z "$stderr" ] || false
	run -0 rk-since --format=text --weeks 2026-10-01 2026-11-12
	assert_output "$(printf '%s\n' '2026-10-01: 8 weeks' '2026-11-12: 2 weeks')"
	# Only the dates at a milestone are shown, each in words that name it.
	run -0 rk-since --format=text -m 56 2026-10-01 2026-10-02
	assert_output '56 days since 2026-10-01'
}

@test "several dates on a terminal are named; piped, the counts stay bare" {
	need_pty
	run -0 --separate-stderr script -qec "RK_TODAY=2026-11-26 rk-since 2026-10-01 2026-11-12" /dev/null
	[ "$(printf '%s' "$output" | tr -d '\r')" = "$(printf '%s\n' '2026-10-01: 56' '2026-11-12: 14')" ] || false
	run -0 rk-since 2026-10-01 2026-11-12
	assert_output "$(printf '%s\n' 56 14)"
}

@test "one date, --last, --first or CSV: unchanged" {
	run -0 rk-since --format=text 2026-10-01
	assert_output 56
	run -0 rk-since --format=text --last 2026-10-01 2026-11-12
	assert_output 14
	run -0 rk-since --format=csv 2026-10-01 2026-11-12
	assert_output "$(printf '%s\n' date,days 2026-10-01,56 2026-11-12,14)"
}

# ---- --streaks ----------------------------------------------------------

# A journal out of date order, with two contacts on one day and a date
# after today (2026-11-26).
streak_journal() {
	fixture unsorted.csv <<'CSV'
date,who,note
2026-10-24,me,congratulated him
2026-09-14,me,"argued, again"
2026-11-12,him,dropped by
2026-10-03,me,"a long message
at midnight"
2026-10-01,me,we ended it
2026-10-03,me,and another
2026-12-24,me,a card to send
2026-09-14,me,twice that day
CSV
}

@test "--streaks: one row a gap, in date order whatever the input order, then the current one" {
	f=$(streak_journal)
	run -0 --separate-stderr rk-since -c date --where who=me --streaks "$f"
	assert_output "from,to,days
2026-09-14,2026-10-01,17
2026-10-01,2026-10-03,2
2026-10-03,2026-10-24,21
2026-10-24,2026-11-26,33"
	[ -z "$stderr" ] || false
	# Without --where, his visit splits the current streak.
	run -0 --separate-stderr rk-since -c date --streaks "$f"
	assert_line --index 4 "2026-10-24,2026-11-12,19"
	assert_line --index 5 "2026-11-12,2026-11-26,14"
	[ "${#lines[@]}" -eq 6 ]
}

@test "--streaks: repeats of a day count once, dates after today are left out" {
	f=$(printf 'date\n2026-11-26\n2026-11-20\n2026-11-26\n2026-11-20\n2026-11-27\n' | fixture rep.csv)
	run -0 --separate-stderr rk-since -c 1 --streaks "$f"
	assert_output "from,to,days
2026-11-20,2026-11-26,6
2026-11-26,2026-11-26,0"
	# As of an earlier day: the streaks as they stood then.
	run -0 --separate-stderr rk-since -c 1 --streaks --today 2026-11-22 "$f"
	assert_output "from,to,days
2026-11-20,2026-11-22,2"
}

@test "the longest streak, by the pipeline of rk-since(1) and rekindle(7)" {
	f=$(streak_journal)
	run -0 --separate-stderr bash -c 'rk-since -c date --where who=me --streaks "$1" | sort -t, -k3 -n | tail -n 1' _ "$f"
	assert_output "2026-10-24,2026-11-26,33"
}

@test "--streaks with --weeks, -m, --as and the formats" {
	f=$(streak_journal)
	run -0 --separate-stderr rk-since -c date --where who=me --streaks --weeks --as span "$f"
	assert_output "from,to,span
2026-09-14,2026-10-01,2 weeks 3 days
2026-10-01,2026-10-03,2 days
2026-10-03,2026-10-24,3 weeks
2026-10-24,2026-11-26,4 weeks 5 days"
	run -0 --separate-stderr rk-since -c date --where who=me --streaks -m 2,21,30 "$f"
	assert_output "from,to,days
2026-10-01,2026-10-03,2
2026-10-03,2026-10-24,21"
	# No streak on a milestone: nothing at all, not even the header.
	run -1 --separate-stderr rk-since -c date --where who=me --streaks -m 30 "$f"
	assert_output ""
	[ -z "$stderr" ] || false
	run -0 --separate-stderr rk-since -c date --where who=me --streaks --format=text "$f"
	assert_output "from        to          days
2026-09-14  2026-10-01    17
2026-10-01  2026-10-03     2
2026-10-03  2026-10-24    21
2026-10-24  2026-11-26    33"
	run -0 --separate-stderr rk-since -c date --where who=me --streaks --format=tsv "$f"
	assert_line --index 1 $'2026-09-14\t2026-10-01\t17'
	# The input's separator is the output's, as in filter mode; with
	# --no-header the streaks still have their own header.
	run -0 --separate-stderr bash -c "tail -n +2 '$f' | tr , ';' | rk-since -d ';' -c 1 --no-header --where 2=him --streaks"
	assert_output "from;to;days
2026-11-12;2026-11-26;14"
}

@test "--streaks with no kept row: the header alone, and exit 1" {
	f=$(streak_journal)
	run -1 --separate-stderr rk-since -c date --where who=nobody --streaks "$f"
	assert_output "from,to,days"
	[ -z "$stderr" ] || false
	run -1 --separate-stderr bash -c "echo date | rk-since -c date --streaks"
	assert_output "from,to,days"
	# Only a date to come: no streak has begun.
	run -1 --separate-stderr rk-since -c date --streaks --today 2026-01-01 "$f"
	assert_output "from,to,days"
}

@test "--streaks: a bad date is an error with file and line, and nothing is written" {
	f=$(printf 'date,who\n2026-10-01,me\n2026-10-05,me\n2024-02-30,me\n' | fixture bad.csv)
	run -2 --separate-stderr rk-since -c date --streaks "$f"
	assert_output ""
	assert_stderr_line "rk-since: $f:4: \"2024-02-30\" is not a date: February 2024 has 29 days"
	f=$(printf 'date,who\n2026-10-01,me\nsoon,me\n' | fixture bad2.csv)
	run -2 --separate-stderr rk-since -c date --streaks "$f"
	assert_output ""
	assert_stderr_line "rk-since: $f:3: \"soon\" is not a date (YYYY-MM-DD, an ISO 8601 date-time, today or yesterday)"
}

@test "--streaks: options that do not go with it" {
	run -2 --separate-stderr rk-since --streaks 2026-10-01
	assert_output ""
	assert_stderr_line "rk-since: --streaks is for CSV input; it needs -c COLUMN
Try 'rk-since --help' for more information."
	run -2 --separate-stderr rk-since -c date --streaks --last "$LOG"
	assert_stderr_line "rk-since: --streaks does not go with --last or --first
Try 'rk-since --help' for more information."
	run -2 --separate-stderr rk-since -c date --first --streaks "$LOG"
	assert_stderr_line "rk-since: --streaks does not go with --last or --first
Try 'rk-since --help' for more information."
	run -2 --separate-stderr rk-since -c date --streaks --as to "$LOG"
	assert_output ""
	assert_stderr_line "rk-since: --as: --streaks already writes a column \"to\"
Try 'rk-since --help' for more information."
	run -0 --separate-stderr rk-since --help
	assert_line "      --streaks           one row from,to,days per gap between the kept dates,"
}

# bats test_tags=dist
@test "--streaks keeps only the dates: wide rows and many dates in 16 MB of address space" {
	plain=$RK_ROOT/bin/rk-since
	[ -x "$plain" ] || skip "no plain build in bin/"
	# 100000 rows with a 2 KB note each (200 MB), and 276192 days, newest
	# first, with notes: the memory is the dates'.
	wide="awk 'BEGIN { n = sprintf(\"%2000s\", \"\"); print \"date,note\"; for (i = 0; i < 100000; i++) print \"2026-10-01,\" n }'"
	run bash -c "ulimit -v 16000; $wide | '$plain' -c date --streaks"
	assert_success
	assert_output "from,to,days
2026-10-01,2026-11-26,56"
	many="awk 'BEGIN { print \"date,note\"; for (y = 1821; y >= 1000; y--) for (m = 12; m >= 1; m--) for (d = 28; d >= 1; d--) printf \"%04d-%02d-%02d,a note of some length\n\", y, m, d }'"
	run bash -c "ulimit -v 16000; $many | '$plain' -c date --streaks | sed -n '2p;\$p'"
	assert_success
	assert_output "1000-01-01,1000-01-02,1
1821-12-28,2026-11-26,74843"
}

# bats test_tags=dist
@test "--streaks: memory grows with distinct days, not rows: 2M rows of 2 days in 16 MB" {
	plain=$RK_ROOT/bin/rk-since
	[ -x "$plain" ] || skip "no plain build in bin/"
	# The days alternate, so no repeat is next to its twin.
	gen="awk 'BEGIN { print \"date\"; for (i = 0; i < 2000000; i++) print (i % 2 ? \"2026-10-01\" : \"2026-10-03\") }'"
	run bash -c "ulimit -v 16000; $gen | '$plain' --today 2026-11-26 -c date --streaks 2>&1"
	assert_success
	assert_output "from,to,days
2026-10-01,2026-10-03,2
2026-10-03,2026-11-26,54"
}

@test "--streaks: days out of order and repeated, over the years 1 to 9999" {
	printf 'date\n9999-12-31\n0001-01-01\n1969-12-31\n0001-01-01\n1970-01-01\n1969-12-31\n' >"$BATS_TEST_TMPDIR/d.csv"
	run -0 --separate-stderr rk-since --today 2026-11-26 -c date --streaks "$BATS_TEST_TMPDIR/d.csv"
	assert_output "from,to,days
0001-01-01,1969-12-31,719161
1969-12-31,1970-01-01,1
1970-01-01,2026-11-26,20783"
}

@test "--format=text: a table keeps —, accents and wide characters whole, and lines them up by width" {
	f=$(printf 'date,note\n2026-01-01,a — b\n2026-01-15,café 日本\n2026-01-20,plain\n' | fixture utf8.csv)
	run -0 --separate-stderr rk-since -c date --today 2026-02-01 --format=text "$f"
	# "a — b" is 5 columns wide, "café 日本" 9: the days line up on the right
	assert_output 'date        note       days
2026-01-01  a — b        31
2026-01-15  café 日本    17
2026-01-20  plain        12'
	[ -z "$stderr" ]
}

@test "one date syntax: --today, operands and --where on the date column take every form; 12/01/2026 gets a hint" {
	for t in 2026-11-26 2026-11-26T23:30 2026-11-26T23:30:00Z; do
		run -0 --separate-stderr rk-since --today "$t" 2026-10-01
		assert_output 56
	done
	# "today" is the real today, "yesterday" the day before.
	run -0 --separate-stderr rk-since --today yesterday --format csv today
	assert_output "$(printf '%s\n' date,days "$(date -u -d yesterday +%F),0")"
	RK_TODAY=2026-11-27T08:00 run -0 --separate-stderr rk-since yesterday
	assert_output 1
	# --where on the -c column compares dates; on another column, text.
	run -0 --separate-stderr rk-since --today 2026-10-25 -c date --where date=yesterday \
	    --format csv "$LOG"
	assert_output "$(printf '%s\n' date,who,note,days '2026-10-24,me,congratulated him,1')"
	run -0 --separate-stderr rk-since -c 1 --where 1=2026-10-19T12:00+00:00 --where who=him \
	    --format csv "$LOG"
	assert_output "$(printf '%s\n' date,who,note,days '2026-10-19,him,"said ""hi""",38')"
	run -1 --separate-stderr rk-since -c date --where who=yesterday --last "$LOG"
	assert_output ''
	for o in --today RK_TODAY --where; do
		case $o in
		--today) run -2 --separate-stderr rk-since --today 12/01/2026 2026-10-01 ;;
		RK_TODAY) RK_TODAY=12/01/2026 run -2 --separate-stderr rk-since 2026-10-01 ;;
		--where) run -2 --separate-stderr rk-since -c date --where date=12/01/2026 "$LOG" ;;
		esac
		assert_output ''
		hint=''
		if [ "$o" = --where ]; then
			hint=', or give its layout with -i, as in -i %d/%m/%Y or -i %m/%d/%Y'
		fi
		[ "${stderr_lines[0]}" = "rk-since: $o: \"12/01/2026\" is not a date: write it YYYY-MM-DD$hint" ] || false
	done
	run -2 --separate-stderr rk-since 12/01/2026
	assert_stderr_line 'rk-since: "12/01/2026" is not a date: write it YYYY-MM-DD, or give its layout with -i, as in -i %d/%m/%Y or -i %m/%d/%Y'
}
