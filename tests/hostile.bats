#!/usr/bin/env bats
# Hostile input: every program that reads a file meets the same matrix of
# bad files, and must answer each with one line naming file:line and exit 2,
# or, where the input is in fact fine, with the right output.  Big inputs are
# made here, never committed.

load helpers

# A file of kind $1 for a format with header $2 and good row $3, in the
# test's temporary directory or at path $4; prints its path.
hostile() {
	local f=${4:-"$BATS_TEST_TMPDIR/$1.csv"} h=$2 r=$3
	case $1 in
	empty)   : >"$f" ;;
	header)  printf '%s\n' "$h" >"$f" ;;
	lf)      printf '%s\n%s\n' "$h" "$r" >"$f" ;;
	nonl)    printf '%s\n%s' "$h" "$r" >"$f" ;;
	cr)      printf '%s\r%s\r' "$h" "$r" >"$f" ;;
	quote)   printf '%s\n%s\n"open,\n%s\n' "$h" "$r" "$r" >"$f" ;;
	nul)     printf '%s\n%s\n%s\0x\n' "$h" "$r" "$r" >"$f" ;;
	# A field of one byte more than CSV_FIELD_MAX (1 MiB).
	big)     { printf '%s\n%s\n%s' "$h" "$r" "$r"
	           head -c 1048577 /dev/zero | tr '\0' x; printf '\n'; } >"$f" ;;
	commas)  { printf '%s\n%s\n' "$h" "$r"
	           head -c 100000 /dev/zero | tr '\0' ,; printf '\n'; } >"$f" ;;
	esac
	printf '%s\n' "$f"
}

# ---- the matrix, as data ---------------------------------------------------

# Each case of tests/hostile.cases (its head says how to read one): one
# program run a case, and every case that fails is named.
@test "hostile inputs: every case of tests/hostile.cases" {
	local line key val name='' fmt_h='' fmt_r='' f='' cmd='' want_status='' \
	    want_out want_err has_out=0 has_err=0 n=0 failed=0 formats=0 kinds=$BATS_TEST_TMPDIR/kinds
	mkdir "$kinds"
	# make check runs the suites without LeakSanitizer, which costs a few
	# ms a run; these cases are the error paths where a leak would hide.
	export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1"
	run_case() {
		if [ -z "$cmd" ]; then
			return 0
		fi
		n=$((n + 1))
		eval "run --separate-stderr $cmd"
		local bad=''
		if [ "$status" != "$want_status" ]; then
			bad+=" status $status, want $want_status;"
		fi
		if [ "$has_out" = 1 ]; then
			printf -v want_out '%b' "$want_out"
			if [ "$output" != "$want_out" ]; then
				bad+=" stdout \"$output\", want \"$want_out\";"
			fi
		fi
		if [ "$has_err" = 1 ]; then
			want_err=${want_err//\\n/$'\n'}
			want_err=${want_err//'$f'/$f}
			if [ "$stderr" != "$want_err" ]; then
				bad+=" stderr \"$stderr\", want \"$want_err\";"
			fi
		fi
		if [ -n "$bad" ]; then
			printf 'case %s (%s):%s\n' "$n" "$name" "$bad" >&2
			failed=$((failed + 1))
		fi
		cmd='' has_out=0 has_err=0
	}
	while IFS= read -r line || [ -n "$line" ]; do
		key=${line%% *} val=${line#"$key"} val=${val# }
		case $key in
		'') run_case ;;
		'#') name=$val ;;
		format) fmt_h=${val%% *} fmt_r=${val#* } formats=$((formats + 1)) ;;
		in)
			case $val in
			none) f=/dev/null ;;
			printf\ *)
				f=$BATS_TEST_TMPDIR/case-$((n + 1)).csv
				printf "${val#printf }" >"$f" ;;
			*)
				# The kinds are made once for each format.
				f=$kinds/$val-$formats.csv
				if [ ! -e "$f" ]; then
					hostile "$val" "$fmt_h" "$fmt_r" "$f" >/dev/null
				fi ;;
			esac ;;
		run) cmd=$val ;;
		status) want_status=$val ;;
		stdout) want_out=$val has_out=1 ;;
		stderr) want_err=$val has_err=1 ;;
		*) echo "tests/hostile.cases: bad line: $line" >&2; return 1 ;;
		esac
	done <"$BATS_TEST_DIRNAME/hostile.cases"
	run_case
	echo "# $n cases, $failed failed" >&3
	[ "$n" -gt 100 ] && [ "$failed" -eq 0 ]
}

# ---- rk-since -c ---------------------------------------------------------

SH='date,event' SR='2026-01-01,a'

since_c() {
	run --separate-stderr rk-since --today 2026-02-01 -c date "$@"
}

@test "rk-since -c: a field of exactly 1 MiB passes through whole" {
	f=$BATS_TEST_TMPDIR/mib.csv
	{ printf 'date,event\n2026-01-01,'; head -c 1048576 /dev/zero | tr '\0' x; printf '\n'; } >"$f"
	{ printf 'date,event,days\n2026-01-01,'; head -c 1048576 /dev/zero | tr '\0' x; printf ',31\n'; } \
	    >"$BATS_TEST_TMPDIR/want"
	run --separate-stderr bash -c 'rk-since --today 2026-02-01 -c date "$1" | cmp - "$2"' _ \
	    "$f" "$BATS_TEST_TMPDIR/want"
	assert_success
	[ -z "$stderr" ]
}

@test "rk-since -c: a quoted field of exactly 1 MiB passes as an unquoted one does; a byte more is refused either way" {
	f=$BATS_TEST_TMPDIR/mibq.csv
	{ printf 'date,event\n2026-01-01,"'; head -c 1048576 /dev/zero | tr '\0' x; printf '"\n'; } >"$f"
	{ printf 'date,event,days\n2026-01-01,'; head -c 1048576 /dev/zero | tr '\0' x; printf ',31\n'; } \
	    >"$BATS_TEST_TMPDIR/want"
	run -0 --separate-stderr bash -c 'rk-since --today 2026-02-01 -c date "$1" | cmp - "$2"' _ \
	    "$f" "$BATS_TEST_TMPDIR/want"
	[ -z "$stderr" ] || false
	for q in '' '"'; do
		{ printf 'date,event\n2026-01-01,a\n2026-01-01,%s' "$q"; head -c 1048577 /dev/zero | tr '\0' x
		  printf '%s\n' "$q"; } >"$f"
		since_c "$f"
		[ "$status" -eq 2 ] || false
		assert_stderr_line "rk-since: $f:3: field longer than 1048576 bytes"
		assert_output "$(printf 'date,event,days\n2026-01-01,a,31')"
	done
}

@test "rk-since -c: an error inside a record over several lines names the line it starts on" {
	f=$BATS_TEST_TMPDIR/ml.csv
	# a quote that does not close the field, two lines into the record
	printf 'date,event\n2026-01-01,a\n2026-01-02,"x\ny\n"z"w\n' >"$f"
	since_c "$f"
	[ "$status" -eq 2 ] || false
	assert_stderr_line "rk-since: $f:3: malformed CSV: a quote must open and close the whole field"
	assert_output "$(printf 'date,event,days\n2026-01-01,a,31')"
	# a field over 1 MiB that starts on the record's second line
	{ printf 'date,event\n2026-01-01,a\n2026-01-02,"x\n'; head -c 1048577 /dev/zero | tr '\0' x
	  printf '"\n'; } >"$f"
	since_c "$f"
	[ "$status" -eq 2 ] || false
	assert_stderr_line "rk-since: $f:3: field longer than 1048576 bytes"
}

@test "rk-since -c: good rows, then a bad one: stdout holds the header and the good rows only" {
	f=$BATS_TEST_TMPDIR/mid.csv
	{ echo date,n
	  awk 'BEGIN { for (i = 1; i <= 3000; i++) print "2026-01-01," i }'
	  echo 'not a date,3001'
	  echo '2026-01-02,3002'; } >"$f"
	since_c "$f"
	[ "$status" -eq 2 ] || false
	assert_stderr_line "rk-since: $f:3002: \"not a date\" is not a date (YYYY-MM-DD, an ISO 8601 date-time, today or yesterday)"
	[ "$output" = "$(echo date,n,days; awk 'BEGIN { for (i = 1; i <= 3000; i++) print "2026-01-01," i ",31" }')" ]
}

@test "rk-since -c: file:line is exact after a CRLF or a lone CR on a 64 KiB read boundary" {
	f=$BATS_TEST_TMPDIR/edge.csv
	for end in '\r\n' '\r'; do
		# The line end of row 2 starts at byte $at: 65536 is where the
		# second read of 64 KiB begins.
		for at in 65534 65535 65536 65537; do
			{
				printf "date,pad$end"'2026-10-01,'
				head -c $((at - 8 - ${#end} / 2 - 11)) /dev/zero | tr '\0' x
				printf "${end}soon,x${end}2026-10-02,y${end}"
			} >"$f"
			[ "$(od -An -tx1 -j "$at" -N 1 "$f" | tr -d ' ')" = 0d ] || false
			run -2 --separate-stderr rk-since -c date --today 2026-11-01 "$f"
			assert_stderr_line "rk-since: $f:3: \"soon\" is not a date (YYYY-MM-DD, an ISO 8601 date-time, today or yesterday)"
		done
	done
}

# ---- rk-tip -f ----------------------------------------------------------

TH='section,step,text' TR='steps,1,Hello there'

@test "rk-tip -f: a tip of 1 MiB round-trips through --format=csv" {
	f=$BATS_TEST_TMPDIR/mib.csv
	{ printf 'section,step,tags,title,text\nsteps,,,,'; head -c 1048576 /dev/zero | tr '\0' x; printf '\n'; } >"$f"
	run -0 --separate-stderr bash -c 'rk-tip -a --format=csv -f "$1" | cmp - "$1"' _ "$f"
	[ -z "$stderr" ]
}

# ---- rk-tip --for --------------------------------------------------------

FH='category,score,max,percent,answered,total' FR='goals,1,1,100.0,1,5'

@test "rk-tip --for: no final newline, and CR-only line ends, read the same" {
	want=$(rk-tip --for --format=csv <"$(hostile lf "$FH" "$FR")")
	[ -n "$want" ] || false
	for k in nonl cr; do
		f=$(hostile $k "$FH" "$FR")
		run -0 --separate-stderr rk-tip --for --format=csv <"$f"
		[ "$output" = "$want" ] || false
		[ -z "$stderr" ] || false
	done
}

# ---- rk-ready answers ----------------------------------------------------

RH='question,answer' RR='fixable.kids,no'

@test "rk-ready: no final newline, and CR-only line ends, read the same" {
	want=$(rk-ready --days 40 "$(hostile lf "$RH" "$RR")" || true)
	[ -n "$want" ] || false
	for k in nonl cr; do
		run -1 --separate-stderr rk-ready --days 40 "$(hostile $k "$RH" "$RR")"
		[ "$output" = "$want" ] || false
		[ -z "$stderr" ] || false
	done
}

# ---- options -------------------------------------------------------------

# Every numeric and date option, with values no range takes.
@test "numeric options: overflow, nan, 1e309 and -1 name the option and the range" {
	check() {   # option range program...
		local opt=$1 range=$2 v
		shift 2
		for v in 99999999999999999999 nan 1e309 -1; do
			run -2 --separate-stderr "$@" "$opt" "$v"
			case $v in
			nan|1e309) want="is not a whole number ($range)" ;;
			*) want="is out of range ($range)" ;;
			esac
			[ "${stderr_lines[0]}" = "$1: $opt: \"$v\" $want" ] || {
				echo "$*: $opt $v: ${stderr_lines[0]}"; return 1; }
			[ "${#stderr_lines[@]}" -eq 2 ] || false
			[ -z "$output" ] || false
		done
	}
	check -n '1 to 100000' rk-tip
	check --step '1 to 7' rk-tip
	check -w '20 to 1000' rk-tip
	check --top '1 to 100000' rk-quiz why
	check --days '0 to 3652058' rk-ready
	check --min-days '0 to 36500' rk-ready
	check --min-signs '0 to 5' rk-ready
}

@test "--seed: overflow, nan, 1e309 and -1 are refused" {
	run -2 --separate-stderr rk-tip --seed 99999999999999999999
	[ "${stderr_lines[0]}" = 'rk-tip: --seed: "99999999999999999999" is out of range (0 to 18446744073709551615)' ] || false
	for v in nan 1e309 -1; do
		run -2 --separate-stderr rk-tip --seed "$v"
		[ "${stderr_lines[0]}" = "rk-tip: --seed: \"$v\" is not a whole number (0 to 18446744073709551615)" ] || false
	done
}

@test "rk-since -m: overflow, nan and 1e309 are refused; -1 is a day to come" {
	run -2 --separate-stderr rk-since --today 2026-02-01 -m 99999999999999999999 2026-01-01
	[ "${stderr_lines[0]}" = 'rk-since: -m: "99999999999999999999" is out of range (-3652058 to 3652058)' ] || false
	for v in nan 1e309; do
		run -2 --separate-stderr rk-since --today 2026-02-01 -m "$v" 2026-01-01
		[ "${stderr_lines[0]}" = "rk-since: -m: \"$v\" is not a whole number of days" ] || false
	done
	run -0 --separate-stderr rk-since --today 2026-02-01 -m -1 2026-02-02
	assert_output '1 day until 2026-02-02'
}

@test "date options: overflow, nan, 1e309 and -1 are not dates" {
	for v in 99999999999999999999 nan 1e309 -1 10000-01-01; do
		for p in rk-tip rk-since rk-ready; do
			run -2 --separate-stderr $p --today "$v" 2026-01-01
			[ "${stderr_lines[0]}" = "$p: --today: \"$v\" is not a date (YYYY-MM-DD, an ISO 8601 date-time, today or yesterday)" ] || false
		done
		run -2 --separate-stderr rk-ready --today 2026-02-01 --since "$v"
		[ "${stderr_lines[0]}" = "rk-ready: --since: \"$v\" is not a date (YYYY-MM-DD, an ISO 8601 date-time, today or yesterday)" ] || false
	done
}

@test "RK_TODAY: overflow, nan and 1e309 are not dates" {
	for v in 99999999999999999999 nan 1e309; do
		RK_TODAY=$v run -2 --separate-stderr rk-since 2026-01-01
		assert_stderr_line "rk-since: RK_TODAY: \"$v\" is not a date (YYYY-MM-DD, an ISO 8601 date-time, today or yesterday)"
	done
}

# ---- files that cannot be read, write errors and pipes ---------------------
# What the per-program suites already test is not repeated here.

@test "a directory names itself" {
	d=$BATS_TEST_TMPDIR
	run -2 --separate-stderr rk-since -c date "$d"
	assert_stderr_line "rk-since: $d: Is a directory"
	run -2 --separate-stderr rk-quiz why "$d"
	assert_stderr_line "rk-quiz: $d: Is a directory"
	run -2 --separate-stderr rk-quiz -q "$d" /dev/null
	assert_stderr_line "rk-quiz: $d: Is a directory"
	run -2 --separate-stderr rk-tip --for <"$d"
	assert_stderr_line "rk-tip: stdin: Is a directory"
}

@test "a file that cannot be read names itself" {
	unprivileged_setup || skip "root reads every file, and setpriv cannot drop CAP_DAC_OVERRIDE here"
	f=$(printf 'x\n' | fixture locked.csv)
	chmod 000 "$f"
	run -2 --separate-stderr "${unprivileged[@]}" rk-tip -f "$f"
	assert_stderr_line "rk-tip: $f: Permission denied"
	run -2 --separate-stderr "${unprivileged[@]}" rk-since -c 1 "$f"
	assert_stderr_line "rk-since: $f: Permission denied"
	run -2 --separate-stderr "${unprivileged[@]}" rk-quiz why "$f"
	assert_stderr_line "rk-quiz: $f: Permission denied"
	run -2 --separate-stderr "${unprivileged[@]}" rk-quiz -q "$f" /dev/null
	assert_stderr_line "rk-quiz: $f: Permission denied"
	run -2 --separate-stderr "${unprivileged[@]}" rk-ready "$f"
	assert_stderr_line "rk-ready: $f: Permission denied"
}

@test "a missing answers or quiz file names itself" {
	run -2 --separate-stderr rk-quiz -q /nonexistent/q.csv /dev/null
	assert_stderr_line 'rk-quiz: /nonexistent/q.csv: No such file or directory'
}

@test "> /dev/full: the modes not covered elsewhere" {
	run -2 --separate-stderr bash -c 'rk-tip --daily --today 2026-01-01 > /dev/full'
	assert_stderr_line 'rk-tip: write error: No space left on device'
	run -2 --separate-stderr bash -c 'rk-tip -l > /dev/full'
	assert_stderr_line 'rk-tip: write error: No space left on device'
	run -2 --separate-stderr bash -c 'rk-quiz --list > /dev/full'
	assert_stderr_line 'rk-quiz: write error: No space left on device'
	run -2 --separate-stderr bash -c 'rk-quiz --questions why > /dev/full'
	assert_stderr_line 'rk-quiz: write error: No space left on device'
	for p in rk-tip rk-since rk-quiz rk-ready; do
		run -2 --separate-stderr bash -c "$p --help > /dev/full"
		assert_stderr_line "$p: write error: No space left on device"
		run -2 --separate-stderr bash -c "$p --version > /dev/full"
		assert_stderr_line "$p: write error: No space left on device"
	done
}

@test "| head -1: a long stream of each program ends quietly" {
	big=$BATS_TEST_TMPDIR/many.csv
	awk 'BEGIN { print "respondent,question,answer"
	             for (i = 1; i <= 20000; i++) print "r" i ",goals.kids,yes" }' >"$big"
	run -0 --separate-stderr bash -c 'rk-quiz why "$1" | head -1' _ "$big"
	assert_output 'respondent,category,score,max,percent,answered,total'
	[ -z "$stderr" ] || false
	run -0 --separate-stderr bash -c 'rk-quiz --questions why | head -1'
	assert_output 'id,category,text,scale,weight,reverse,veto,labels,require,advise'
	[ -z "$stderr" ] || false
	run -0 --separate-stderr bash -c 'rk-tip -a --format=csv | head -1'
	assert_output 'section,step,tags,title,text'
	[ -z "$stderr" ] || false
	run -0 --separate-stderr bash -c 'rk-since --today 2026-02-01 $(seq -f 2026-01-%02g 1 28) $(seq -f 2025-%02g-01 1 12) | head -1'
	assert_output '31'
	[ -z "$stderr" ]
}

# ---- closed standard descriptors ---------------------------------------------

# Run "$1" (a shell command line) with $2 added, and with $3 instead; the
# status, stdout and stderr must be the same.
same_as() {
	run --separate-stderr bash -c "$1 $2"
	local s=$status o=$output e=$stderr
	run --separate-stderr bash -c "$1 $3"
	[ "$status" = "$s" ] && [ "$output" = "$o" ] && [ "$stderr" = "$e" ] || {
		printf '%s %s: %s %s\n%s %s: %s %s\n' "$1" "$2" "$s" "$e" "$1" "$3" "$status" "$stderr"
		return 1
	}
}

@test "with stdin closed, every program reads it as empty, as from /dev/null" {
	for c in "rk-quiz why -" "rk-quiz why" "rk-tip --for" "rk-since -c date" "rk-since -c date -" \
	    "rk-ready" "rk-ready -"; do
		same_as "$c" '</dev/null' '<&-'
	done
	# And one that reads no stdin is not disturbed.
	same_as "rk-tip --seed 3 -n 2 -f '$DATA/tips.csv'" '</dev/null' '<&-'
	same_as "rk-log -l -f '$DATA/examples/contacts.csv' --format=csv" '</dev/null' '<&-'
}

@test "with stdout closed, a program with output exits 2 with a write error, as GNU's do" {
	for c in "rk-tip --daily" "rk-since 2026-10-01" "rk-quiz --questions why" \
	    "rk-ready --days 40 '$DATA/examples/ready.csv'" \
	    "rk-log -l -f '$DATA/examples/contacts.csv'" "rk-tip --help" "rk-since --version" \
	    "rk-quiz -l" "rk-log --version"; do
		run -2 --separate-stderr bash -c "$c >&-"
		assert_stderr_line "${c%% *}: write error: Bad file descriptor"
	done
	# No file lands on descriptor 1: the journal is not written to through it.
	f=$BATS_TEST_TMPDIR/j.csv
	run -0 --separate-stderr bash -c 'rk-log -f "$1" --at 2026-10-01 me call >&-' _ "$f"
	[ -z "$stderr" ] || false
	run -0 --separate-stderr rk-log -l -f "$f" --format=csv
	assert_line --index 1 "2026-10-01,,me,call,,"
}

@test "with stderr closed, errors still exit 2, and their messages go nowhere" {
	bad=$(printf 'date\nsoon\n' | fixture bad.csv)
	for c in "rk-since -c date '$bad'" "rk-tip -f '$bad'" "rk-quiz why '$bad'" "rk-ready '$bad'" \
	    "rk-log -l -f '$bad'" "rk-log -f '$bad' me" "rk-tip --no-such-option"; do
		run --separate-stderr bash -c "$c 2>&-"
		[ "$status" -eq 2 ] || { echo "$c: $status"; false; }
		[ -z "$stderr" ] || false
	done
	[ "$(cat "$bad")" = 'date
soon' ]
}
