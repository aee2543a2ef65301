#!/usr/bin/env bats
# Hostile input: every program that reads a file meets the same matrix of
# bad files, and must answer each with one line naming file:line and exit 2,
# or, where the input is in fact fine, with the right output.  Big inputs are
# made here, never committed.

load helpers

# A file of kind $1 for a format with header $2 and good row $3, in the
# test's temporary directory; prints its path.
hostile() {
	local f="$BATS_TEST_TMPDIR/$1.csv" h=$2 r=$3
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

# ---- rk-since -c ---------------------------------------------------------

SH='date,event' SR='2026-01-01,a'

since_c() {
	run --separate-stderr rk-since --today 2026-02-01 -c date "$@"
}

@test "rk-since -c: a header-only file is an empty table" {
	f=$(hostile header "$SH" "$SR")
	since_c "$f"
	assert_success
	assert_output 'date,event,days'
	[ -z "$stderr" ]
}

@test "rk-since -c: an empty file has no header to find the column in" {
	f=$(hostile empty "$SH" "$SR")
	since_c "$f"
	[ "$status" -eq 2 ] || false
	assert_stderr_line "rk-since: $f: empty input: no header to find column \"date\""
	assert_output ''
}

@test "rk-since -c: an empty file is an empty table when the column is a number" {
	f=$(hostile empty "$SH" "$SR")
	run --separate-stderr rk-since --today 2026-02-01 -c 1 "$f"
	assert_success
	assert_output ''
	[ -z "$stderr" ]
}

@test "rk-since -c: no final newline, and CR-only line ends, are valid CSV" {
	for k in lf nonl cr; do
		f=$(hostile $k "$SH" "$SR")
		since_c "$f"
		assert_success
		assert_output "$(printf 'date,event,days\n2026-01-01,a,31')"
		[ -z "$stderr" ] || false
	done
}

@test "rk-since -c: an unterminated quote names the line it opens on; good rows before it stay" {
	f=$(hostile quote "$SH" "$SR")
	since_c "$f"
	[ "$status" -eq 2 ] || false
	assert_stderr_line "rk-since: $f:3: unterminated quoted field"
	assert_output "$(printf 'date,event,days\n2026-01-01,a,31')"
}

@test "rk-since -c: a NUL byte is refused" {
	f=$(hostile nul "$SH" "$SR")
	since_c "$f"
	[ "$status" -eq 2 ] || false
	assert_stderr_line "rk-since: $f:3: NUL byte in field 2"
	assert_output "$(printf 'date,event,days\n2026-01-01,a,31')"
}

@test "rk-since -c: a NUL byte inside a quoted field that spans lines is refused" {
	printf 'date,event\n2026-01-01,a\n2026-01-02,"x\n\0y\nz"\n' >"$BATS_TEST_TMPDIR/nul2.csv"
	f=$BATS_TEST_TMPDIR/nul2.csv
	since_c "$f"
	[ "$status" -eq 2 ] || false
	assert_stderr_line "rk-since: $f:3: NUL byte in field 2"
	assert_output "$(printf 'date,event,days\n2026-01-01,a,31')"
}

@test "rk-since -c: invalid UTF-8 in another column passes through byte for byte" {
	f=$(printf 'date,event\n2026-01-01,a\377b\n' | fixture utf8.csv)
	since_c "$f"
	assert_success
	[ "$output" = "$(printf 'date,event,days\n2026-01-01,a\377b,31')" ] || false
	[ -z "$stderr" ]
}

@test "rk-since -c: invalid UTF-8 in the date column is not a date, shown escaped" {
	f=$(printf 'date,event\n2026-01-0\377,a\n' | fixture utf8.csv)
	since_c "$f"
	[ "$status" -eq 2 ] || false
	assert_stderr_line "rk-since: $f:2: \"2026-01-0\\xff\" is not a date (YYYY-MM-DD, an ISO 8601 date-time, today or yesterday)"
	assert_output 'date,event,days'
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

@test "rk-since -c: a header name that looks like a number is chosen by name; a number still counts" {
	f=$(printf '2026,1st,date\nx,y,2026-01-01\n' | fixture num.csv)
	run -0 --separate-stderr rk-since --today 2026-02-01 --where 2026=x --where 1st=y -c date "$f"
	assert_output "$(printf '2026,1st,date,days\nx,y,2026-01-01,31')"
	run -0 --separate-stderr rk-since --today 2026-02-01 -c 3 --where 1=x "$f"
	assert_output "$(printf '2026,1st,date,days\nx,y,2026-01-01,31')"
	# a name that looks like a number, not in the header, is still refused
	run -2 --separate-stderr rk-since --today 2026-02-01 -c 2nd "$f"
	assert_stderr_line 'rk-since: -c: "2nd" is not a column number (1 to 100000) or name
Try '"'"'rk-since --help'"'"' for more information.'
	# with a date column called 2026, -c 2026 is it, not column 2026
	f=$(printf 'x,2026\na,2026-01-01\n' | fixture year.csv)
	run -0 --separate-stderr rk-since --today 2026-02-01 -c 2026 "$f"
	assert_output "$(printf 'x,2026,days\na,2026-01-01,31')"
}

@test "rk-since -c: a field over 1 MiB is refused" {
	f=$(hostile big "$SH" "$SR")
	since_c "$f"
	[ "$status" -eq 2 ] || false
	assert_stderr_line "rk-since: $f:3: field longer than 1048576 bytes"
	assert_output "$(printf 'date,event,days\n2026-01-01,a,31')"
}

@test "rk-since -c: a line of 100,000 commas is a row of the wrong width" {
	f=$(hostile commas "$SH" "$SR")
	since_c "$f"
	[ "$status" -eq 2 ] || false
	assert_stderr_line "rk-since: $f:3: 100001 fields where the header has 2"
	assert_output "$(printf 'date,event,days\n2026-01-01,a,31')"
}

# rk-since looks the column up before it writes the header: nothing on stdout.
@test "rk-since -c: a header without the column" {
	f=$(printf 'when,event\n2026-01-01,a\n' | fixture nocol.csv)
	since_c "$f"
	[ "$status" -eq 2 ] || false
	assert_stderr_line "rk-since: $f:1: -c: no column named \"date\"; the header has when, event"
	assert_output ''
}

@test "rk-since -c: duplicate header names" {
	f=$(printf 'date,date\n2026-01-01,a\n' | fixture dup.csv)
	since_c "$f"
	[ "$status" -eq 2 ] || false
	assert_stderr_line "rk-since: $f:1: column name \"date\" appears twice in the header"
	assert_output ''
}

@test "rk-since -c: overflowing numbers, nan and 1e309 are not dates" {
	for v in 99999999999999999999-01-01 2026-99999999999999999999-01 nan 1e309 -1; do
		f=$(printf 'date,event\n%s,a\n' "$v" | fixture num.csv)
		since_c "$f"
		[ "$status" -eq 2 ] || false
		assert_stderr_line "rk-since: $f:2: \"$v\" is not a date (YYYY-MM-DD, an ISO 8601 date-time, today or yesterday)"
		assert_output 'date,event,days'
	done
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

@test "rk-since -c: file:line is exact for a record over two lines after blank lines" {
	f=$(printf 'date,note\n\n\n2026-10-01,"a\nb"\nsoon,x\n' | fixture blank.csv)
	run -2 --separate-stderr rk-since -c date --today 2026-11-01 "$f"
	assert_stderr_line "rk-since: $f:6: \"soon\" is not a date (YYYY-MM-DD, an ISO 8601 date-time, today or yesterday)"
	assert_output 'date,note,days
2026-10-01,"a
b",31'
	f=$(printf 'date,note\r\n\r\n\r\nsoon,"a\r\nb"\r\n' | fixture blank-crlf.csv)
	run -2 --separate-stderr rk-since -c date --today 2026-11-01 "$f"
	assert_stderr_line "rk-since: $f:4: \"soon\" is not a date (YYYY-MM-DD, an ISO 8601 date-time, today or yesterday)"
}

# ---- rk-tip -f ----------------------------------------------------------

TH='section,step,text' TR='steps,1,Hello there'

@test "rk-tip -f: an empty file is an error; a header-only file has no tips (exit 1)" {
	f=$(hostile empty "$TH" "$TR")
	run -2 --separate-stderr rk-tip -a -f "$f"
	assert_stderr_line "rk-tip: $f: empty tips file: it needs a header with section and text"
	assert_output ''
	f=$(hostile header "$TH" "$TR")
	run -1 --separate-stderr rk-tip -a -f "$f"
	assert_output ''
	[ -z "$stderr" ]
}

@test "rk-tip -f: no final newline, and CR-only line ends, are valid CSV" {
	for k in lf nonl cr; do
		f=$(hostile $k "$TH" "$TR")
		run -0 --separate-stderr rk-tip -a --format=csv -f "$f"
		assert_output "$(printf 'section,step,tags,title,text\nsteps,1,,,Hello there')"
		[ -z "$stderr" ] || false
	done
}

@test "rk-tip -f: unterminated quote, NUL, a field over 1 MiB, 100,000 commas" {
	f=$(hostile quote "$TH" "$TR")
	run -2 --separate-stderr rk-tip -a -f "$f"
	assert_stderr_line "rk-tip: $f:3: unterminated quoted field"
	assert_output ''
	f=$(hostile nul "$TH" "$TR")
	run -2 --separate-stderr rk-tip -a -f "$f"
	assert_stderr_line "rk-tip: $f:3: NUL byte in field 3"
	assert_output ''
	f=$(hostile big "$TH" "$TR")
	run -2 --separate-stderr rk-tip -a -f "$f"
	assert_stderr_line "rk-tip: $f:3: field longer than 1048576 bytes"
	assert_output ''
	f=$(hostile commas "$TH" "$TR")
	run -2 --separate-stderr rk-tip -a -f "$f"
	assert_stderr_line "rk-tip: $f:3: 100001 fields where the header has 3"
	assert_output ''
}

@test "rk-tip -f: invalid UTF-8 in a tip's text or title is an error" {
	f=$(printf 'section,title,text\nsteps,ok,bad \377 byte\n' | fixture utf8.csv)
	run -2 --separate-stderr rk-tip -a -f "$f"
	assert_stderr_line "rk-tip: $f:2: text: invalid UTF-8"
	f=$(printf 'section,title,text\nsteps,\300\200,text\n' | fixture utf8.csv)
	run -2 --separate-stderr rk-tip -a -f "$f"
	assert_stderr_line "rk-tip: $f:2: title: invalid UTF-8"
}

@test "rk-tip -f: ESC, BEL, C1 controls and line separators in a tip are errors" {
	f=$(printf 'section,title,text\nsteps,ok,fine\nsteps,Red \033[31mtitle,text\n' | fixture esc.csv)
	run -2 --separate-stderr rk-tip -a -f "$f"
	[ -z "$output" ] || false
	assert_stderr_line "rk-tip: $f:3: title: control character \\x1b"
	f=$(printf 'section,title,text\nsteps,ok,"two\nlines"\nsteps,ok,ring \007\n' | fixture bel.csv)
	run -2 --separate-stderr rk-tip -a -f "$f"
	assert_stderr_line "rk-tip: $f:4: text: control character \\x07"
	f=$(printf 'section,text\nsteps,csi \302\233 here\n' | fixture c1.csv)
	run -2 --separate-stderr rk-tip -a -f "$f"
	assert_stderr_line "rk-tip: $f:2: text: control character U+009B"
	f=$(printf 'section,text\nsteps,a \342\200\250 b\n' | fixture ls.csv)
	run -2 --separate-stderr rk-tip -a -f "$f"
	assert_stderr_line "rk-tip: $f:2: text: control character U+2028"
	# A tab and a line break inside a quoted text are text.
	f=$(printf 'section,text\nsteps,"tab\there\nand a second line"\n' | fixture ok.csv)
	run -0 --separate-stderr rk-tip -a -f "$f" --format=csv
	[ -z "$stderr" ]
}

@test "rk-tip -f: a tip of 1 MiB round-trips through --format=csv" {
	f=$BATS_TEST_TMPDIR/mib.csv
	{ printf 'section,step,tags,title,text\nsteps,,,,'; head -c 1048576 /dev/zero | tr '\0' x; printf '\n'; } >"$f"
	run -0 --separate-stderr bash -c 'rk-tip -a --format=csv -f "$1" | cmp - "$1"' _ "$f"
	[ -z "$stderr" ]
}

@test "rk-tip -f: a header missing section or text, and duplicate names" {
	f=$(printf 'section,title\nsteps,x\n' | fixture nocol.csv)
	run -2 --separate-stderr rk-tip -a -f "$f"
	assert_stderr_line "rk-tip: $f:1: the header needs a text column"
	f=$(printf 'text,text,section\na,b,steps\n' | fixture dup.csv)
	run -2 --separate-stderr rk-tip -a -f "$f"
	assert_stderr_line "rk-tip: $f:1: column name \"text\" appears twice in the header"
}

@test "rk-tip -f: a step that overflows, nan or 1e309 is not a step" {
	for v in 99999999999999999999 nan 1e309 -1 0 8; do
		f=$(printf 'section,step,text\nsteps,%s,t\n' "$v" | fixture step.csv)
		run -2 --separate-stderr rk-tip -a -f "$f"
		assert_stderr_line "rk-tip: $f:2: step: \"$v\" is not a step (1 to 7, or empty)"
		assert_output ''
	done
}

# ---- rk-tip --for --------------------------------------------------------

FH='category,score,max,percent,answered,total' FR='goals,1,1,100.0,1,5'

@test "rk-tip --for: an empty input is an error; a header-only input asks for nothing (exit 1)" {
	run -2 --separate-stderr rk-tip --for </dev/null
	assert_stderr_line 'rk-tip: stdin: empty input: --for reads the CSV output of rk-quiz or rk-ready'
	f=$(hostile header "$FH" "$FR")
	run -1 --separate-stderr rk-tip --for <"$f"
	assert_output ''
	[ -z "$stderr" ]
}

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

@test "rk-tip --for: unterminated quote, NUL, a field over 1 MiB, 100,000 commas" {
	run -2 --separate-stderr rk-tip --for <"$(hostile quote "$FH" "$FR")"
	assert_stderr_line 'rk-tip: stdin:3: unterminated quoted field'
	assert_output ''
	run -2 --separate-stderr rk-tip --for <"$(hostile nul "$FH" "$FR")"
	assert_stderr_line 'rk-tip: stdin:3: NUL byte in field 6'
	run -2 --separate-stderr rk-tip --for <"$(hostile big "$FH" "$FR")"
	assert_stderr_line 'rk-tip: stdin:3: field longer than 1048576 bytes'
	run -2 --separate-stderr rk-tip --for <"$(hostile commas "$FH" "$FR")"
	assert_stderr_line 'rk-tip: stdin:3: 100001 fields where the header has 6'
	assert_output ''
}

@test "rk-tip --for: a header with no category column, and duplicate names" {
	run -2 --separate-stderr rk-tip --for < <(printf 'cat,percent\ngoals,50\n')
	assert_stderr_line 'rk-tip: stdin:1: --for needs a category or check column (the output of rk-quiz or rk-ready)'
	run -2 --separate-stderr rk-tip --for < <(printf 'category,category\ngoals,goals\n')
	assert_stderr_line 'rk-tip: stdin:1: column name "category" appears twice in the header'
}

@test "rk-tip --for: a percent that overflows, nan, 1e309 or inf is an error, not a pick" {
	for v in 99999999999999999999 nan 1e309 inf -1 100.1 abc; do
		run -2 --separate-stderr rk-tip --for < <(printf '%s\ngoals,1,1,%s,1,5\n' "$FH" "$v")
		assert_stderr_line "rk-tip: stdin:2: percent: \"$v\" is not a percent (0 to 100)"
		assert_output ''
	done
}

@test "rk-tip --for: invalid UTF-8 in a category names nothing, so no tip (exit 1)" {
	run -1 --separate-stderr rk-tip --for < <(printf '%s\ngo\377als,1,1,100.0,1,5\n' "$FH")
	assert_output ''
	[ -z "$stderr" ]
}

# ---- rk-quiz answers -----------------------------------------------------

AH='question,answer' AR='goals.kids,yes'
WHY_ONE='category,score,max,percent,answered,total
goals,1,1,100.0,1,5
self,0,0,,0,5
burden,0,0,,0,5
respect,0,0,,0,4
attraction,0,0,,0,4'

@test "rk-quiz answers: empty and header-only files answer nothing: an error" {
	for k in empty header; do
		f=$(hostile $k "$AH" "$AR")
		run -2 --separate-stderr rk-quiz why "$f"
		assert_output ""
		assert_stderr_line "rk-quiz: $f: no answers to the why quiz"
	done
}

@test "rk-quiz answers: no final newline, and CR-only line ends, are valid CSV" {
	for k in lf nonl cr; do
		run -0 --separate-stderr rk-quiz why "$(hostile $k "$AH" "$AR")"
		assert_output "$WHY_ONE"
		[ -z "$stderr" ] || false
	done
}

@test "rk-quiz answers: unterminated quote, NUL, a field over 1 MiB, 100,000 commas" {
	f=$(hostile quote "$AH" "$AR")
	run -2 --separate-stderr rk-quiz why "$f"
	assert_stderr_line "rk-quiz: $f:3: unterminated quoted field"
	assert_output ''
	f=$(hostile nul "$AH" "$AR")
	run -2 --separate-stderr rk-quiz why "$f"
	assert_stderr_line "rk-quiz: $f:3: NUL byte in field 2"
	assert_output ''
	f=$(hostile big "$AH" "$AR")
	run -2 --separate-stderr rk-quiz why "$f"
	assert_stderr_line "rk-quiz: $f:3: field longer than 1048576 bytes"
	assert_output ''
	f=$(hostile commas "$AH" "$AR")
	run -2 --separate-stderr rk-quiz why "$f"
	assert_stderr_line "rk-quiz: $f:3: 100001 fields where the header has 2"
	assert_output ''
}

@test "rk-quiz answers: invalid UTF-8 is not an answer, and is shown escaped" {
	f=$(printf 'question,answer\ngoals.kids,yes\377\n' | fixture utf8.csv)
	run -2 --separate-stderr rk-quiz why "$f"
	assert_stderr_line "rk-quiz: $f:2: \"yes\\xff\" is not an answer to goals.kids (yes or no)"
	assert_output ''
}

@test "rk-quiz answers: a header without question, and duplicate names" {
	f=$(printf 'q,answer\ngoals.kids,yes\n' | fixture nocol.csv)
	run -2 --separate-stderr rk-quiz why "$f"
	assert_stderr_line "rk-quiz: $f:1: unknown column \"q\" (answers have question, answer and respondent)"
	f=$(printf 'question,answer,answer\ngoals.kids,yes,no\n' | fixture dup.csv)
	run -2 --separate-stderr rk-quiz why "$f"
	assert_stderr_line "rk-quiz: $f:1: column name \"answer\" appears twice in the header"
	assert_output ''
}

@test "rk-quiz answers: overflowing numbers, nan and 1e309 are not answers on a scale" {
	for v in 99999999999999999999 nan 1e309 -1 5 3.0; do
		f=$(printf 'question,answer\nself.fix,%s\n' "$v" | fixture num.csv)
		run -2 --separate-stderr rk-quiz why "$f"
		assert_stderr_line "rk-quiz: $f:2: \"$v\" is not an answer to self.fix (0 to 4)"
		assert_output ''
	done
}

# ---- rk-quiz -q ----------------------------------------------------------

QH='id,category,text,scale' QR='a,c,Text,0-4'

@test "rk-quiz -q: an empty file and a header-only file are errors" {
	f=$(hostile empty "$QH" "$QR")
	run -2 --separate-stderr rk-quiz -q "$f" /dev/null
	assert_stderr_line "rk-quiz: $f: empty quiz file: it needs a header with id, category and text"
	f=$(hostile header "$QH" "$QR")
	run -2 --separate-stderr rk-quiz -q "$f" /dev/null
	assert_stderr_line "rk-quiz: $f: no questions in the quiz file"
	assert_output ''
}

@test "rk-quiz -q: no final newline, and CR-only line ends, are valid CSV" {
	for k in lf nonl cr; do
		run -0 --separate-stderr bash -c 'printf "question,answer\na,2\n" | rk-quiz -q "$1"' \
		    _ "$(hostile $k "$QH" "$QR")"
		assert_output "$(printf 'category,score,max,percent,answered,total\nc,2,4,50.0,1,1')"
		[ -z "$stderr" ] || false
	done
}

@test "rk-quiz -q: unterminated quote, NUL, a field over 1 MiB, 100,000 commas" {
	f=$(hostile quote "$QH" "$QR")
	run -2 --separate-stderr rk-quiz -q "$f" /dev/null
	assert_stderr_line "rk-quiz: $f:3: unterminated quoted field"
	f=$(hostile nul "$QH" "$QR")
	run -2 --separate-stderr rk-quiz -q "$f" /dev/null
	assert_stderr_line "rk-quiz: $f:3: NUL byte in field 4"
	f=$(hostile big "$QH" "$QR")
	run -2 --separate-stderr rk-quiz -q "$f" /dev/null
	assert_stderr_line "rk-quiz: $f:3: field longer than 1048576 bytes"
	f=$(hostile commas "$QH" "$QR")
	run -2 --separate-stderr rk-quiz -q "$f" /dev/null
	assert_stderr_line "rk-quiz: $f:3: 100001 fields where the header has 4"
	assert_output ''
}

@test "rk-quiz -q: invalid UTF-8 in a question's text is an error" {
	f=$(printf 'id,category,text\na,c,T\377\n' | fixture utf8.csv)
	run -2 --separate-stderr rk-quiz -q "$f" /dev/null
	assert_stderr_line "rk-quiz: $f:2: text: invalid UTF-8"
	assert_output ''
}

@test "rk-quiz -q: a header without id, and duplicate names" {
	f=$(printf 'ident,category,text\na,c,T\n' | fixture nocol.csv)
	run -2 --separate-stderr rk-quiz -q "$f" /dev/null
	assert_stderr_line "rk-quiz: $f:1: unknown column \"ident\" (a quiz file has id, category, text, scale, weight, reverse, veto, labels, require, advise)"
	f=$(printf 'id,category,text,text\na,c,T,T\n' | fixture dup.csv)
	run -2 --separate-stderr rk-quiz -q "$f" /dev/null
	assert_stderr_line "rk-quiz: $f:1: column name \"text\" appears twice in the header"
	assert_output ''
}

@test "rk-quiz -q: scales and weights that overflow, nan and 1e309 are refused" {
	for v in 99999999999999999999-5 0-99999999999999999999 nan 1e309 -1-4 0-1001; do
		f=$(printf 'id,category,text,scale\na,c,T,%s\n' "$v" | fixture scale.csv)
		run -2 --separate-stderr rk-quiz -q "$f" /dev/null
		assert_stderr_line "rk-quiz: $f:2: scale: \"$v\" is not a scale (yesno, or MIN-MAX: whole numbers 0 to 1000, MIN below MAX)"
	done
	for v in 99999999999999999999 nan 1e309 -1 0 1000.001 inf; do
		f=$(printf 'id,category,text,weight\na,c,T,%s\n' "$v" | fixture weight.csv)
		run -2 --separate-stderr rk-quiz -q "$f" /dev/null
		assert_stderr_line "rk-quiz: $f:2: weight: \"$v\" is not a weight (a number above 0, up to 1000, with at most 3 decimals)"
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

@test "rk-ready: empty and header-only files answer nothing: an error" {
	for k in empty header; do
		f=$(hostile $k "$RH" "$RR")
		run -2 --separate-stderr rk-ready --days 40 "$f"
		assert_output ""
		assert_stderr_line "rk-ready: $f: no answers to the qualify or signs quiz"
	done
}

@test "rk-ready: unterminated quote, NUL, invalid UTF-8, a field over 1 MiB, 100,000 commas" {
	f=$(hostile quote "$RH" "$RR")
	run -2 --separate-stderr rk-ready "$f"
	assert_stderr_line "rk-ready: $f:3: unterminated quoted field"
	f=$(hostile nul "$RH" "$RR")
	run -2 --separate-stderr rk-ready "$f"
	assert_stderr_line "rk-ready: $f:3: NUL byte in field 2"
	f=$(printf 'question,answer\nfixable.kids,n\377\n' | fixture utf8.csv)
	run -2 --separate-stderr rk-ready "$f"
	assert_stderr_line "rk-ready: $f:2: \"n\\xff\" is not an answer to fixable.kids (yes or no)"
	f=$(hostile big "$RH" "$RR")
	run -2 --separate-stderr rk-ready "$f"
	assert_stderr_line "rk-ready: $f:3: field longer than 1048576 bytes"
	f=$(hostile commas "$RH" "$RR")
	run -2 --separate-stderr rk-ready "$f"
	assert_stderr_line "rk-ready: $f:3: 100001 fields where the header has 2"
	assert_output ''
}

@test "rk-ready: a header without answer, duplicate names, and numbers that are no answer" {
	f=$(printf 'question,reply\nfixable.kids,no\n' | fixture nocol.csv)
	run -2 --separate-stderr rk-ready "$f"
	assert_stderr_line "rk-ready: $f:1: unknown column \"reply\" (answers have question, answer and respondent)"
	f=$(printf 'question,question,answer\na,a,no\n' | fixture dup.csv)
	run -2 --separate-stderr rk-ready "$f"
	assert_stderr_line "rk-ready: $f:1: column name \"question\" appears twice in the header"
	for v in 99999999999999999999 nan 1e309 -1; do
		f=$(printf 'question,answer\nfixable.kids,%s\n' "$v" | fixture num.csv)
		run -2 --separate-stderr rk-ready "$f"
		assert_stderr_line "rk-ready: $f:2: \"$v\" is not an answer to fixable.kids (yes or no)"
		assert_output ''
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
	assert_output '-1'
}

@test "date options: overflow, nan, 1e309 and -1 are not dates" {
	for v in 99999999999999999999 nan 1e309 -1 10000-01-01; do
		for p in rk-tip rk-since rk-ready; do
			run -2 --separate-stderr $p --today "$v" 2026-01-01
			[ "${stderr_lines[0]}" = "$p: --today: \"$v\" is not a date (YYYY-MM-DD, years 1 to 9999)" ] || false
		done
		run -2 --separate-stderr rk-ready --today 2026-02-01 --since "$v"
		[ "${stderr_lines[0]}" = "rk-ready: --since: \"$v\" is not a date (YYYY-MM-DD, years 1 to 9999)" ] || false
	done
}

@test "RK_TODAY: overflow, nan and 1e309 are not dates" {
	for v in 99999999999999999999 nan 1e309; do
		RK_TODAY=$v run -2 --separate-stderr rk-since 2026-01-01
		assert_stderr_line "rk-since: RK_TODAY: \"$v\" is not a date (YYYY-MM-DD, years 1 to 9999)"
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
	[ "$(id -u)" -ne 0 ] || skip "root reads every file"
	f=$(printf 'x\n' | fixture locked.csv)
	chmod 000 "$f"
	run -2 --separate-stderr rk-tip -f "$f"
	assert_stderr_line "rk-tip: $f: Permission denied"
	run -2 --separate-stderr rk-since -c 1 "$f"
	assert_stderr_line "rk-since: $f: Permission denied"
	run -2 --separate-stderr rk-quiz why "$f"
	assert_stderr_line "rk-quiz: $f: Permission denied"
	run -2 --separate-stderr rk-quiz -q "$f" /dev/null
	assert_stderr_line "rk-quiz: $f: Permission denied"
	run -2 --separate-stderr rk-ready "$f"
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

# ---- rk-log --show -f ------------------------------------------------------

JH='date,time,who,channel,sign,note' JR='2026-10-01,21:10,me,call,,hi'

@test "rk-log --show: empty, header-only, no final newline and CR-only journals are fine" {
	for k in empty header; do
		run -0 --separate-stderr rk-log --today 2026-11-01 -f "$(hostile $k "$JH" "$JR")" --show --format=csv
		assert_output "$JH"
		[ -z "$stderr" ] || false
	done
	for k in lf nonl cr; do
		run -0 --separate-stderr rk-log --today 2026-11-01 -f "$(hostile $k "$JH" "$JR")" --show --format=csv
		assert_output "$(printf '%s\n%s' "$JH" "$JR")"
		[ -z "$stderr" ] || false
	done
}

@test "rk-log --show: unterminated quote, NUL, 100,000 commas, a bad date: the good rows, then the error" {
	for k in quote nul commas; do
		f=$(hostile $k "$JH" "$JR")
		run -2 --separate-stderr rk-log --today 2026-11-01 -f "$f" --show --format=csv
		assert_output "$(printf '%s\n%s' "$JH" "$JR")"
		case $k in
		quote)  assert_stderr_line "rk-log: $f:3: unterminated quoted field" ;;
		nul)    assert_stderr_line "rk-log: $f:3: NUL byte in field 6" ;;
		commas) assert_stderr_line "rk-log: $f:3: 100001 fields where the header has 6" ;;
		esac
	done
	f=$(printf '%s\n%s\n2026-13-01,21:10,me,call,,hi\n' "$JH" "$JR" | fixture bad.csv)
	run -2 --separate-stderr rk-log --today 2026-11-01 -f "$f" --show --format=csv
	assert_output "$(printf '%s\n%s' "$JH" "$JR")"
	assert_stderr_line "rk-log: $f:3: \"2026-13-01\" is not a date (YYYY-MM-DD)"
}

@test "rk-log --show: a journal with another header is refused" {
	f=$(printf 'date,time,who,channel,sign\n2026-10-01,21:10,me,call,\n' | fixture nocol.csv)
	run -2 --separate-stderr rk-log --today 2026-11-01 -f "$f" --show
	assert_stderr_line "rk-log: $f:1: not a contact journal (its header should be date,time,who,channel,sign,note)"
	assert_output ''
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
