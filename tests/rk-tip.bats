#!/usr/bin/env bats
# rk-tip: selection, output formats, --daily, --for, and every error path.

load helpers

setup() {
	# A small tips file whose output can be written out in full.
	TIPS=$(fixture tips.csv <<'CSV'
section,step,tags,title,text
steps,1,motive,Quiet plan,Keep the plan to yourself and let the changes speak.
steps,2,time,No first move,"Let him write first, and fill your days with things of your own."
better,,burden respect,Say it plainly,He cannot read minds; ask for what you want in so many words.
better,,self,Room to breathe,Give him time alone without making him feel guilty for it.
texts,4,,A light opener,"Send something short and friendly, with no ""we need to talk"" in it."
CSV
)
}

@test "--help prints usage on stdout and exits 0" {
	run --separate-stderr rk-tip --help
	assert_success
	assert_line --index 0 --regexp '^usage: rk-tip '
	assert_output --partial '--daily'
	[ -z "$stderr" ]
}

@test "-V prints the version" {
	run --separate-stderr rk-tip -V
	assert_success
	assert_output --regexp '^rk-tip \(rekindle\) [0-9]+\.[0-9]+\.[0-9]+$'
}

@test "a bad option is one line and a pointer to --help on stderr, exit 2" {
	run -2 --separate-stderr rk-tip --bogus
	[ -z "$output" ] || false
	assert_equal "$stderr" "rk-tip: unrecognized option '--bogus'
Try 'rk-tip --help' for more information."
}

@test "an operand is refused: tips files come with -f" {
	run -2 --separate-stderr rk-tip tips.csv
	[ "${stderr_lines[0]}" = 'rk-tip: unexpected argument "tips.csv" (tips files are given with -f)' ] || false
	[ "${stderr_lines[1]}" = "Try 'rk-tip --help' for more information." ]
}

@test "no options: one built-in tip, as a title and wrapped text" {
	run --separate-stderr rk-tip
	assert_success
	[ "${#lines[@]}" -ge 2 ] || false
	for l in "${lines[@]}"; do [ "${#l}" -le 80 ]; done || false
	[ -z "$stderr" ]
}

@test "-a -f: every tip in order, text wrapped to -w" {
	run --separate-stderr rk-tip -a -w 40 -f "$TIPS"
	assert_success
	assert_output "$(cat <<'OUT'
Step 1. Quiet plan
Keep the plan to yourself and let the
changes speak.

Step 2. No first move
Let him write first, and fill your days
with things of your own.

Say it plainly
He cannot read minds; ask for what you
want in so many words.

Room to breathe
Give him time alone without making him
feel guilty for it.

Step 4. A light opener
Send something short and friendly, with
no "we need to talk" in it.
OUT
)"
}

@test "-w wraps by display width, counting wide characters as two columns" {
	f=$(fixture wide.csv <<'CSV'
section,text
x,日本語 日本語 日本語 ab
CSV
)
	run --separate-stderr rk-tip -a -w 20 -f "$f"
	assert_success
	assert_output "$(printf '日本語 日本語 日本語\nab')"
	# A word wider than the line is not split: it has a line of its own.
	f=$(printf 'section,text\nx,see https://example.org/a-very-long-address-indeed now\n' |
	    fixture long.csv)
	run -0 --separate-stderr rk-tip -a -w 20 -f "$f"
	assert_output "see
https://example.org/a-very-long-address-indeed
now"
	# COLUMNS sets the width off a terminal, when -w does not.
	run -0 --separate-stderr env COLUMNS=20 rk-tip -a -f "$f"
	assert_output "see
https://example.org/a-very-long-address-indeed
now"
}

@test "-w out of range is an error that names the range" {
	run -2 --separate-stderr rk-tip -w 5
	[ "${stderr_lines[0]}" = 'rk-tip: -w: "5" is out of range (20 to 1000)' ]
}

@test "-a --format=csv writes the built-in tips exactly as data/tips.csv holds them" {
	run --separate-stderr rk-tip -a --format=csv
	assert_success
	assert_output "$(cat "$DATA/tips.csv")"
}

@test "--format=csv output reads back with -f unchanged" {
	rk-tip -a --format=csv -f "$TIPS" >"$BATS_TEST_TMPDIR/mine.csv"
	run --separate-stderr rk-tip -a --format=csv -f "$BATS_TEST_TMPDIR/mine.csv"
	assert_success
	assert_output "$(cat "$TIPS")"
}

@test "--format=tsv writes tabs" {
	run --separate-stderr rk-tip -a --format=tsv -s better -f "$TIPS"
	assert_success
	assert_output "$(printf 'section\tstep\ttags\ttitle\ttext\nbetter\t\tburden respect\tSay it plainly\tHe cannot read minds; ask for what you want in so many words.\nbetter\t\tself\tRoom to breathe\tGive him time alone without making him feel guilty for it.')"
}

@test "--format with a bad value is a usage error" {
	run -2 --separate-stderr rk-tip --format=xml
	[ "${stderr_lines[0]}" = 'rk-tip: --format: "xml" is not a format (csv, tsv, text or json)' ]
}

@test "-l lists the built-in sections with their counts" {
	expected=$(awk -F, 'NR > 1 { if (!($1 in c)) o[n++] = $1; c[$1]++ }
	    END { for (i = 0; i < n; i++) printf "%-12s %3d\n", o[i], c[o[i]] }' "$DATA/tips.csv")
	run --separate-stderr rk-tip -l
	assert_success
	assert_output "$expected"
	assert_line --regexp '^steps +[0-9]+$'
	assert_line --regexp '^texts +[0-9]+$'
}

@test "-l --format=csv lists sections of a -f file" {
	run --separate-stderr rk-tip -l --format=csv -f "$TIPS"
	assert_success
	assert_output "$(printf 'section,count\nsteps,2\nbetter,2\ntexts,1')"
}

@test "-s selects one section" {
	run --separate-stderr rk-tip -a -s better -f "$TIPS" --format=csv
	assert_success
	assert_output "$(printf '%s\n' 'section,step,tags,title,text' \
	    'better,,burden respect,Say it plainly,He cannot read minds; ask for what you want in so many words.' \
	    'better,,self,Room to breathe,Give him time alone without making him feel guilty for it.')"
}

@test "-s with an unknown section exits 2" {
	run -2 --separate-stderr rk-tip -s nope
	assert_stderr_line 'rk-tip: -s: no section "nope" (rk-tip -l lists them)'
	[ -z "$output" ]
}

@test "every built-in section of the spec exists" {
	for s in steps better reasons signs texts; do
		run rk-tip -a -s "$s" --format=csv
		assert_success
		[ "${#lines[@]}" -ge 2 ] || false
	done
}

@test "--step selects the tips of one step, and all 7 steps have tips" {
	expected=$(awk -F, 'NR == 1 || $2 == "2"' "$DATA/tips.csv")
	run --separate-stderr rk-tip -a --step 2 --format=csv
	assert_success
	assert_output "$expected"
	for n in 1 2 3 4 5 6 7; do
		run rk-tip --step "$n"
		assert_success
		assert_line --index 0 --regexp "^Step $n\. "
	done
}

@test "--step 9 is out of range" {
	run -2 --separate-stderr rk-tip --step 9
	[ -z "$output" ] || false
	[ "${stderr_lines[0]}" = 'rk-tip: --step: "9" is out of range (1 to 7)' ] || false
	[ "${stderr_lines[1]}" = "Try 'rk-tip --help' for more information." ]
}

@test "--step x is not a number" {
	run -2 --separate-stderr rk-tip --step x
	[ "${stderr_lines[0]}" = 'rk-tip: --step: "x" is not a whole number (1 to 7)' ]
}

@test "-n N --seed S picks N different tips, the same every time" {
	run --separate-stderr rk-tip -n 3 --seed 42 --format=csv
	assert_success
	first=$output
	[ "${#lines[@]}" -eq 4 ] || false
	[ "$(printf '%s\n' "${lines[@]:1}" | sort -u | wc -l)" -eq 3 ] || false
	run rk-tip -n 3 --seed 42 --format=csv
	assert_output "$first"
	run rk-tip -n 3 --seed 43 --format=csv
	[ "$output" != "$first" ]
}

@test "-n larger than the selection prints each tip once" {
	run --separate-stderr rk-tip -n 50 --seed 7 -f "$TIPS" --format=csv
	assert_success
	[ "${#lines[@]}" -eq 6 ] || false
	[ "$(printf '%s\n' "${lines[@]:1}" | sort | tr '\n' '|')" = \
	  "$(tail -n +2 "$TIPS" | sort | tr '\n' '|')" ]
}

@test "-n 0 and --seed -1 are out of range" {
	run -2 --separate-stderr rk-tip -n 0
	[ "${stderr_lines[0]}" = 'rk-tip: -n: "0" is out of range (1 to 100000)' ] || false
	run -2 --separate-stderr rk-tip --seed -1
	[ "${stderr_lines[0]}" = 'rk-tip: --seed: "-1" is not a whole number (0 to 18446744073709551615)' ]
}

@test "-m selects tips whose title or text matches, in any case" {
	run --separate-stderr rk-tip -a -m 'MINDS|breathe' -f "$TIPS" --format=csv
	assert_success
	assert_output "$(printf '%s\n' 'section,step,tags,title,text' \
	    'better,,burden respect,Say it plainly,He cannot read minds; ask for what you want in so many words.' \
	    'better,,self,Room to breathe,Give him time alone without making him feel guilty for it.')"
}

@test "-m with no match prints nothing and exits 1, like grep" {
	run -1 --separate-stderr rk-tip -m 'zebra crossing'
	[ -z "$output" ] || false
	[ -z "$stderr" ]
}

@test "-m sees the last record of a file with no final newline" {
	printf 'section,text\nx,first tip\nx,last tip' >"$BATS_TEST_TMPDIR/nonl.csv"
	run --separate-stderr rk-tip -a -m last -f "$BATS_TEST_TMPDIR/nonl.csv"
	assert_success
	assert_output 'last tip'
}

@test "-m refuses a pattern whose repetitions would take gigabytes to compile" {
	run -2 --separate-stderr timeout 60 rk-tip -m "a{1,1000}{1,1000}"
	[ -z "$output" ] || false
	[ "${stderr_lines[0]}" = 'rk-tip: --match: "a{1,1000}{1,1000}": its repetition counts would make it too large to compile (more than 500 parts added); use smaller counts' ] || false
	[ "${stderr_lines[1]}" = "Try 'rk-tip --help' for more information." ] || false
	run -2 --separate-stderr rk-tip -m "((x{1,30}){1,30})"
	[ "${stderr_lines[0]}" = 'rk-tip: --match: "((x{1,30}){1,30})": its repetition counts would make it too large to compile (more than 500 parts added); use smaller counts' ] || false
	run -2 --separate-stderr rk-tip -m "$(printf '(%.0s' $(seq 101))"
	[[ "${stderr_lines[0]}" == *'": groups nest more than 100 deep' ]] || false
	# The plain build (a sanitizer's shadow memory would not fit in a
	# limit) refuses it within 16 MB.
	if [ -x "$RK_ROOT/bin/rk-tip" ]; then
		run -2 --separate-stderr bash -c "ulimit -v 16000; exec '$RK_ROOT/bin/rk-tip' -m 'a{1,1000}{1,1000}'"
		[ "${stderr_lines[0]}" = 'rk-tip: --match: "a{1,1000}{1,1000}": its repetition counts would make it too large to compile (more than 500 parts added); use smaller counts' ] || false
	fi
	# Bounds that stay small still work.
	run -0 --separate-stderr rk-tip -a -m '(pl){1,2}ai{1,3}nly' -f "$TIPS"
	[ -z "$stderr" ] || false
	assert_output 'Say it plainly
He cannot read minds; ask for what you want in so many words.'
}

# rk-tip -m PATTERN must refuse PATTERN at once: exit 2, nothing on stdout,
# and "rk-tip: --match: SHOWN: WHY" (SHOWN empty: any quoted pattern).  The
# limits are guards, not benchmarks: 5 s where the promise is 1 s, and, in
# the plain build (a sanitizer's shadow memory would not fit), 64 MiB of
# address space.
match_refused() {
	local pat=$1 shown=$2 why=$3 prog
	for prog in "$RK_BIN/rk-tip" "$RK_ROOT/bin/rk-tip"; do
		[ -x "$prog" ] || continue
		case $prog in
		"$RK_ROOT/bin/"*) run -2 --separate-stderr bash -c 'ulimit -v 65536; exec timeout 5 "$0" -m "$1"' "$prog" "$pat" ;;
		*) run -2 --separate-stderr timeout 5 "$prog" -m "$pat" ;;
		esac
		assert_output ''
		if [ -n "$shown" ]; then
			assert_equal "${stderr_lines[0]}" "rk-tip: --match: \"$shown\": $why"
		else
			[[ "${stderr_lines[0]}" == 'rk-tip: --match: "'*"\": $why" ]] || false
		fi
	done
}

@test "-m refuses GNU's {,n} bounds that would take gigabytes" {
	why='its repetition counts would make it too large to compile (more than 500 parts added); use smaller counts'
	match_refused 'a{,32767}' 'a{,32767}' "$why"
	match_refused '(a{,1000}){,1000}' '(a{,1000}){,1000}' "$why"
}

@test "-m refuses back-references, whose match may never end" {
	why='back-references (\1 to \9) are refused: matching one can take longer than any wait'
	match_refused '(.*)(.*)(.*)(.*)\4\3\2\1z' '(.*)(.*)(.*)(.*)\\4\\3\\2\\1z' "$why"
	match_refused '(a)\1' '(a)\\1' "$why"
}

@test "-m refuses a pattern with too many alternatives, stars or anchors" {
	why='it has too many alternatives, repetitions, anchors and groups to compile (more than 1000, counted once expanded); use fewer'
	match_refused "$(seq -s '|' 15000)" '' "$why"
	match_refused "$(printf 'a*%.0s' $(seq 1500))" '' "$why"
	match_refused "$(printf '()%.0s' $(seq 20000))" '' "$why"
	why='with anchors (^, $, \b, \<, \>), more than 20 anchors or 6 repetitions of what can match nothing, as in (a*)*, take too long to compile'
	match_refused "^$(printf '(a*)*%.0s' $(seq 30))" '' "$why"
	match_refused "$(printf '(^)*%.0s' $(seq 50))" '' "$why"
	why='it repeats, inside a repetition, a part that can match nothing, as in ((a*)*)* or (()?){,4}: that takes exponential time to compile'
	match_refused '(a(.?b{,4}(((){1,}){,4}){,4}()?){2}){,4}' '(a(.?b{,4}(((){1,}){,4}){,4}()?){2}){,4}' "$why"
	# A thousand alternatives still work, within the same limits.
	run -1 --separate-stderr timeout 5 rk-tip -m "$(seq -s '|' 1000 1999)"
	assert_output ''
	[ -z "$stderr" ]
}

@test "-m with an equivalence class repeated 300 times matches nothing: exit 1" {
	run -1 --separate-stderr timeout 5 rk-tip -m '([[=a=]]){300}'
	assert_output ''
	[ -z "$stderr" ]
}

@test "-m with a bad regular expression exits 2" {
	run -2 --separate-stderr rk-tip -m '('
	[[ "${stderr_lines[0]}" == 'rk-tip: --match: "(": '* ]]
}

@test "--daily is the same all day, and N days show N different tips" {
	run rk-tip --daily --today 2026-11-26 -f "$TIPS" --format=csv
	day1=$output
	run rk-tip --daily --today 2026-11-26 -f "$TIPS" --format=csv
	assert_output "$day1"
	seen=
	for d in 01 02 03 04 05; do
		seen+=$(RK_TODAY=2026-12-$d rk-tip --daily -f "$TIPS" --format=csv | tail -n 1)$'\n'
	done
	[ "$(printf '%s' "$seen" | sort -u | wc -l)" -eq 5 ] || false
	# Day six starts the cycle again.
	a=$(rk-tip --daily --today 2026-12-01 -f "$TIPS")
	b=$(rk-tip --daily --today 2026-12-06 -f "$TIPS")
	[ "$a" = "$b" ]
}

@test "--daily cycles through every built-in tip before any repeats" {
	n=$(rk-tip -a --format=csv | tail -n +2 | wc -l)
	start=$(( $(date -u -d 2026-01-01 +%s) / 86400 ))
	for i in $(seq 0 $((n - 1))); do
		rk-tip --daily --format=csv --today "$(date -u -d "@$(( (start + i) * 86400 ))" +%F)" | tail -n +2
	done >"$BATS_TEST_TMPDIR/days"
	[ "$(sort -u "$BATS_TEST_TMPDIR/days" | wc -l)" -eq "$n" ] || false
	# and across a year boundary, with no two days in a row alike
	prev=
	for d in 2026-12-30 2026-12-31 2027-01-01 2027-01-02; do
		t=$(rk-tip --daily --today "$d")
		[ "$t" != "$prev" ] || false
		prev=$t
	done
}

@test "--daily under cron's bare environment prints a tip with no escape codes" {
	run --separate-stderr env -i PATH=/usr/bin:/bin "$RK_BIN/rk-tip" --daily </dev/null
	assert_success
	[ "${#lines[@]}" -ge 2 ] || false
	! printf '%s' "$output" | grep -q $'\033' || false
	[ -z "$stderr" ]
}

@test "--daily with a bad --today or RK_TODAY exits 2" {
	run -2 --separate-stderr rk-tip --daily --today 2026-02-29
	[ "${stderr_lines[0]}" = 'rk-tip: --today: "2026-02-29" is not a date: February 2026 has 28 days' ] || false
	RK_TODAY=tomorrow run -2 --separate-stderr rk-tip --daily
	assert_stderr_line 'rk-tip: RK_TODAY: "tomorrow" is not a date (YYYY-MM-DD, an ISO 8601 date-time, today or yesterday)'
}

@test "modes that do not mix are refused" {
	run -2 --separate-stderr rk-tip -a --daily
	[ "${stderr_lines[0]}" = 'rk-tip: -a, -l and --daily do not go together' ] || false
	run -2 --separate-stderr rk-tip -a -n 2
	[ "${stderr_lines[0]}" = 'rk-tip: -n picks at random; it does not go with -a, -l or --daily' ] || false
	run -2 --separate-stderr rk-tip --daily --seed 1
	[ "${stderr_lines[0]}" = 'rk-tip: --seed is for random picks; it does not go with -a, -l or --daily' ] || false
	run -2 --separate-stderr rk-tip -l --for
	[ "${stderr_lines[0]}" = 'rk-tip: --for does not go with -l or --daily' ]
}

@test "--for prints the tips for quiz categories that scored, highest first" {
	run --separate-stderr bash -c "printf '%s\n' category,score,max,percent,answered,total \
	    self,3,4,75.0,4,4 burden,1,4,25.0,4,4 motive,0,2,0.0,2,2 time,,,,0,2 \
	    | rk-tip --for -f '$TIPS' --format=csv"
	assert_success
	assert_output "$(printf '%s\n' 'section,step,tags,title,text' \
	    'better,,self,Room to breathe,Give him time alone without making him feel guilty for it.' \
	    'better,,burden respect,Say it plainly,He cannot read minds; ask for what you want in so many words.')"
}

@test "--for reads rk-ready's checks and skips those that pass" {
	run --separate-stderr bash -c "printf '%s\n' check,status,detail time,fail,'12 of 30 days' \
	    motive,pass,ok verdict,wait,2026-12-01 | rk-tip --for -f '$TIPS' --format=csv"
	assert_success
	assert_output "$(printf '%s\n' 'section,step,tags,title,text' \
	    'steps,2,time,No first move,"Let him write first, and fill your days with things of your own."')"
}

@test "--for -n N takes the N that fit best, the same every time" {
	in='category,percent\nburden,40.0\nself,50.0\nmotive,10.0\n'
	run -0 --separate-stderr bash -c "printf '$in' | rk-tip --for -n 2 -f '$TIPS' --format=csv"
	assert_output "$(printf '%s\n' 'section,step,tags,title,text' \
	    'better,,self,Room to breathe,Give him time alone without making him feel guilty for it.' \
	    'better,,burden respect,Say it plainly,He cannot read minds; ask for what you want in so many words.')"
	run -0 --separate-stderr bash -c "printf '$in' | rk-tip --for -n 1 -f '$TIPS' --format=csv"
	assert_output "$(printf '%s\n' 'section,step,tags,title,text' \
	    'better,,self,Room to breathe,Give him time alone without making him feel guilty for it.')"
	# more than there are: all of them, best first
	run -0 --separate-stderr bash -c "printf '$in' | rk-tip --for -n 9 -f '$TIPS' --format=tsv | cut -f4"
	assert_output "$(printf '%s\n' title 'Room to breathe' 'Say it plainly' 'Quiet plan')"
}

@test "--for takes no --seed: its pick is not random" {
	run -2 --separate-stderr rk-tip --for -n 2 --seed 3
	assert_output ''
	assert_stderr_line "rk-tip: --seed is for random picks; --for takes the tips that fit best
Try 'rk-tip --help' for more information."
}

@test "--for: advise low means a high score holds: the lowest first, none at 100%" {
	in='category,percent,advise\ntime,100.0,low\nmotive,75.0,low\nself,50.0,high\nburden,0.0,low\n'
	run -0 --separate-stderr bash -c "printf '$in' | rk-tip --for -f '$TIPS' --format=tsv | cut -f4"
	assert_output "$(printf '%s\n' title 'Say it plainly' 'Room to breathe' 'Quiet plan')"
	# all hold: nothing to advise, exit 1
	run -1 --separate-stderr bash -c "printf 'category,percent,advise\ntime,100.0,low\n' | rk-tip --for -f '$TIPS'"
	assert_output ''
	# without an advise column, or an empty one, a category is advised high
	run -1 --separate-stderr bash -c "printf 'category,percent,advise\ntime,0.0,\n' | rk-tip --for -f '$TIPS'"
	assert_output ''
}

@test "--for: a bad advise value is an error with its line" {
	run -2 --separate-stderr bash -c "printf 'category,percent,advise\ntime,10.0,low\nself,5.0,up\n' | rk-tip --for -f '$TIPS'"
	assert_output ''
	assert_stderr_line 'rk-tip: stdin:3: advise: "up" is not high or low'
}

@test "--for: rk-ready's failed checks first, then unknown ones; next and verdict name none" {
	in='check,status,detail\ntime,unknown,x\nself,pass,x\nburden,fail,x\nmotive,fail,x\nnext,,x\nverdict,not-ready,x\n'
	run -0 --separate-stderr bash -c "printf '$in' | rk-tip --for -f '$TIPS' --format=tsv | cut -f4"
	assert_output "$(printf '%s\n' title 'Say it plainly' 'Quiet plan' 'No first move')"
}

@test "--for: a category named twice (two respondents) counts at its greatest need" {
	in='respondent,category,percent,advise\nann,time,90.0,low\nann,motive,50.0,low\nbo,time,0.0,low\nbo,motive,80.0,low\n'
	run -0 --separate-stderr bash -c "printf '$in' | rk-tip --for -f '$TIPS' --format=tsv | cut -f4"
	assert_output "$(printf '%s\n' title 'No first move' 'Quiet plan')"
}

@test "--for with nothing that fits exits 1" {
	run -1 --separate-stderr bash -c "printf 'category,percent\nself,0.0\n' | rk-tip --for"
	[ -z "$output" ] || false
	[ -z "$stderr" ]
}

@test "--for without a category or check column exits 2" {
	run -2 --separate-stderr bash -c "printf 'a,b\n1,2\n' | rk-tip --for"
	assert_stderr_line 'rk-tip: stdin:1: --for needs a category or check column (the output of rk-quiz or rk-ready)'
}

@test "--for on empty input exits 2" {
	run -2 --separate-stderr rk-tip --for </dev/null
	assert_stderr_line 'rk-tip: stdin: empty input: --for reads the CSV output of rk-quiz or rk-ready'
}

@test "-t and -d read other separators" {
	printf 'section\ttext\nx\tone, with a comma\n' >"$BATS_TEST_TMPDIR/t.tsv"
	run --separate-stderr rk-tip -a -t -f "$BATS_TEST_TMPDIR/t.tsv"
	assert_success
	assert_output 'one, with a comma'
	printf 'section;text\nx;two\n' >"$BATS_TEST_TMPDIR/s.csv"
	run --separate-stderr rk-tip -a -d ';' -f "$BATS_TEST_TMPDIR/s.csv"
	assert_output 'two'
	run -2 --separate-stderr rk-tip -d ';;'
	[ "${stderr_lines[0]}" = 'rk-tip: -d: ";;" is not a delimiter (one character, not a quote or line end)' ]
}

@test "-f reads a CRLF file with a BOM" {
	printf '\357\273\277section,text\r\nx,crlf tip\r\n' >"$BATS_TEST_TMPDIR/crlf.csv"
	run --separate-stderr rk-tip -a -f "$BATS_TEST_TMPDIR/crlf.csv" --format=csv
	assert_success
	assert_output "$(printf 'section,step,tags,title,text\nx,,,,crlf tip')"
}

@test "a missing -f file exits 2 naming it" {
	run -2 --separate-stderr rk-tip -f /nonexistent/tips.csv
	assert_stderr_line 'rk-tip: /nonexistent/tips.csv: No such file or directory'
	[ -z "$output" ]
}

@test "a directory as -f file exits 2 naming it" {
	run -2 --separate-stderr rk-tip -f "$BATS_TEST_TMPDIR"
	assert_stderr_line "rk-tip: $BATS_TEST_TMPDIR: Is a directory"
}

@test "a malformed tips file names its line" {
	f=$(fixture bad-step.csv <<'CSV'
section,step,text
steps,1,fine
steps,9,bad step
CSV
)
	run -2 --separate-stderr rk-tip -a -f "$f"
	assert_stderr_line "rk-tip: $f:3: step: \"9\" is not a step (1 to 7, or empty)"
	[ -z "$output" ]
}

@test "a tips file with an unterminated quote names the line where it opens" {
	printf 'section,text\nx,ok\nx,"never closed\nmore\n' >"$BATS_TEST_TMPDIR/q.csv"
	run -2 --separate-stderr rk-tip -a -f "$BATS_TEST_TMPDIR/q.csv"
	assert_stderr_line "rk-tip: $BATS_TEST_TMPDIR/q.csv:3: unterminated quoted field"
}

@test "a tips file with a ragged row names its line" {
	printf 'section,text\nx,ok\nx,too,many\n' >"$BATS_TEST_TMPDIR/r.csv"
	run -2 --separate-stderr rk-tip -a -f "$BATS_TEST_TMPDIR/r.csv"
	assert_stderr_line "rk-tip: $BATS_TEST_TMPDIR/r.csv:3: 3 fields where the header has 2"
}

@test "tips file header errors: missing text, unknown column, empty file" {
	printf 'section,title\nx,y\n' >"$BATS_TEST_TMPDIR/h1.csv"
	run -2 --separate-stderr rk-tip -f "$BATS_TEST_TMPDIR/h1.csv"
	assert_stderr_line "rk-tip: $BATS_TEST_TMPDIR/h1.csv:1: the header needs a text column"
	printf 'section,text,colour\nx,y,z\n' >"$BATS_TEST_TMPDIR/h2.csv"
	run -2 --separate-stderr rk-tip -f "$BATS_TEST_TMPDIR/h2.csv"
	assert_stderr_line "rk-tip: $BATS_TEST_TMPDIR/h2.csv:1: unknown column \"colour\" (a tips file has section, step, tags, title, text)"
	: >"$BATS_TEST_TMPDIR/empty.csv"
	run -2 --separate-stderr rk-tip -f "$BATS_TEST_TMPDIR/empty.csv"
	assert_stderr_line "rk-tip: $BATS_TEST_TMPDIR/empty.csv: empty tips file: it needs a header with section and text"
}

@test "tips file field errors: bad section, bad tag, empty text, invalid UTF-8" {
	printf 'section,tags,text\nBad Section,,x\n' >"$BATS_TEST_TMPDIR/f1.csv"
	run -2 --separate-stderr rk-tip -f "$BATS_TEST_TMPDIR/f1.csv"
	assert_stderr_line "rk-tip: $BATS_TEST_TMPDIR/f1.csv:2: section: \"Bad Section\" is not a section name (lowercase letters, digits, '-', '_' or '.')"
	printf 'section,tags,text\nx,ok B@d,x\n' >"$BATS_TEST_TMPDIR/f2.csv"
	run -2 --separate-stderr rk-tip -f "$BATS_TEST_TMPDIR/f2.csv"
	assert_stderr_line "rk-tip: $BATS_TEST_TMPDIR/f2.csv:2: tags: \"B@d\" is not a tag (lowercase letters, digits, '-', '_' or '.')"
	printf 'section,tags,text\nx,,\n' >"$BATS_TEST_TMPDIR/f3.csv"
	run -2 --separate-stderr rk-tip -f "$BATS_TEST_TMPDIR/f3.csv"
	assert_stderr_line "rk-tip: $BATS_TEST_TMPDIR/f3.csv:2: text is empty"
	printf 'section,text\nx,caf\351\n' >"$BATS_TEST_TMPDIR/f4.csv"
	run -2 --separate-stderr rk-tip -f "$BATS_TEST_TMPDIR/f4.csv"
	assert_stderr_line "rk-tip: $BATS_TEST_TMPDIR/f4.csv:2: text: invalid UTF-8"
}

@test "tips from standard input with -f -" {
	run --separate-stderr bash -c "printf 'section,text\nx,from stdin\n' | rk-tip -a -f -"
	assert_success
	assert_output 'from stdin'
}

@test "> /dev/full exits 2 with a write error" {
	run -2 --separate-stderr bash -c 'rk-tip -a > /dev/full'
	assert_stderr_line 'rk-tip: write error: No space left on device'
}

@test "| head -1 ends quietly" {
	run --separate-stderr bash -c 'rk-tip -a | head -1; echo "status ${PIPESTATUS[0]}"'
	assert_success
	assert_line --index 0 --regexp '^Step 1\. '
	assert_line --index 1 --regexp '^status (0|141)$'
	[ -z "$stderr" ]
}

@test "long option names do what the short ones do" {
	short=$(rk-tip -a -s better -w 40 -f "$TIPS")
	run --separate-stderr rk-tip --all --section better --width 40 --file "$TIPS"
	assert_success
	assert_output "$short"
	run --separate-stderr rk-tip --count 2 --seed 5 --format=csv -f "$TIPS"
	assert_output "$(rk-tip -n 2 --seed 5 --format=csv -f "$TIPS")"
	printf 'section\ttext\nx\ttabbed\n' >"$BATS_TEST_TMPDIR/l.tsv"
	run --separate-stderr rk-tip --all --tsv --file "$BATS_TEST_TMPDIR/l.tsv"
	assert_output 'tabbed'
	printf 'section;text\nx;semi\n' >"$BATS_TEST_TMPDIR/l.csv"
	run --separate-stderr rk-tip --all --delimiter=';' --file "$BATS_TEST_TMPDIR/l.csv"
	assert_output 'semi'
}

@test "-w wraps titles too, bold line by line on a terminal" {
	f=$(fixture long.csv <<'CSV'
section,step,tags,title,text
steps,3,,A title long enough to need wrapping,Short text here.
better,,,Another very long title without a step,Body.
CSV
)
	run -0 --separate-stderr rk-tip -a -w 20 -f "$f"
	assert_output "$(cat <<'OUT'
Step 3. A title long
enough to need
wrapping
Short text here.

Another very long
title without a step
Body.
OUT
)"
	[ -z "$stderr" ] || false
	need_pty
	run -0 env TERM=xterm script -qec "rk-tip -a -w 20 -f '$f'" /dev/null
	[ "$(printf '%s' "$output" | tr -d '\r' | head -3)" = $'\033[1mStep 3. A title long\033[0m\n\033[1menough to need\033[0m\n\033[1mwrapping\033[0m' ]
}

@test "the examples of rk-tip(1) that show output print it" {
	run -0 page_examples rk-tip.1
	assert_output 1
}

# bats test_tags=dist
@test "-l, -s and --for take linear time on 100,000 sections and categories" {
	# Issue 18: -l and -s compared each section with every earlier one,
	# --for each category with every earlier one (over 5 s at 60,000).  The
	# 20 s limits are guards against quadratic time, not benchmarks.
	awk 'BEGIN { print "section,text"; for (i = 1; i <= 100000; i++) printf "s%d,Tip %d.\n", i, i }' >"$BATS_TEST_TMPDIR/t.csv"
	run -0 --separate-stderr timeout 20 rk-tip -l -f "$BATS_TEST_TMPDIR/t.csv"
	[ -z "$stderr" ] || false
	[ "${#lines[@]}" -eq 100000 ] || false
	assert_equal "${lines[0]}|${lines[99999]}" 's1             1|s100000        1'
	run -0 --separate-stderr timeout 20 rk-tip -s s100000 -f "$BATS_TEST_TMPDIR/t.csv"
	assert_output 'Tip 100000.'
	run -2 --separate-stderr timeout 20 rk-tip -s s10000x -f "$BATS_TEST_TMPDIR/t.csv"
	assert_output ''
	assert_stderr_line 'rk-tip: -s: no section "s10000x"; did you mean s10000? (rk-tip -l lists them)'
	awk 'BEGIN { print "category,percent"; for (i = 1; i <= 100000; i++) printf "c%d,50\n", i; print "time,50"; print "c7,50"; print "time,50" }' >"$BATS_TEST_TMPDIR/for.csv"
	run -0 --separate-stderr timeout 20 rk-tip --for -a --format=csv <"$BATS_TEST_TMPDIR/for.csv"
	[ -z "$stderr" ] || false
	[ "${#lines[@]}" -eq 5 ] || false
	assert_equal "$(printf '%s\n' "${lines[@]}" | cut -d, -f1-4)" 'section,step,tags,title
steps,2,time none,Let him be the one to call
steps,2,time,Stay truly busy
signs,,time,Time has done its work
qualify,,time,Trust takes time'
}

@test "one date syntax: --today and RK_TODAY take every form; 12/01/2026 gets a hint" {
	want=$(rk-tip --daily --today 2026-11-26 -w 60)
	for t in 2026-11-26T23:59 2026-11-27T01:00+02:00; do
		run -0 --separate-stderr rk-tip --daily --today "$t" -w 60
		assert_output "$want"
	done
	RK_TODAY=2026-11-26T12:00 run -0 --separate-stderr rk-tip --daily -w 60
	assert_output "$want"
	run -0 --separate-stderr rk-tip --daily --today yesterday -w 60
	assert_output "$(rk-tip --daily --today "$(date -u -d yesterday +%F)" -w 60)"
	run -2 --separate-stderr rk-tip --daily --today 12/01/2026
	[ "${stderr_lines[0]}" = 'rk-tip: --today: "12/01/2026" is not a date: write it YYYY-MM-DD' ] || false
	RK_TODAY=12/01/2026 run -2 --separate-stderr rk-tip --daily
	assert_stderr_line 'rk-tip: RK_TODAY: "12/01/2026" is not a date: write it YYYY-MM-DD'
}
