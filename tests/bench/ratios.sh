#!/bin/sh
# Every ratio of issue 13's table in one run: rekindle against its peers on
# the same data, as three numbers per line:
#   wall   hyperfine's median wall time, rekindle's over the peer's, from one
#          hyperfine run holding both commands;
#   cpu    user+system time, the same way (the mean hyperfine reports);
#   instr  callgrind's instruction count on a 200,000-row slice, which the
#          shared machine cannot disturb: the number to decide by.
# Below 1, rekindle is faster.  Then rk-since's peak memory at 10 thousand,
# 1 million and 10 million rows (the last generated on the fly into a pipe,
# so nothing that size lands on disk), and the same files with quoted fields
# against plain ones.  It asserts nothing about time.
#
#   sh tests/bench/ratios.sh               1,000,000 rows, 5 runs a pair
#   N=200000 RUNS=3 BIG=0 sh tests/bench/ratios.sh   (BIG=0: no 10M run)
#
# RK_BIN names the directory of the programs under test (default: bin/).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
: "${N:=1000000}" "${RUNS:=5}" "${SLICE:=200000}" "${BIG:=10000000}" "${RK_BIN:=$root/bin}"
for p in rk-since rk-quiz; do
	[ -x "$RK_BIN/$p" ] || { echo "ratios.sh: no $RK_BIN/$p; run make first" >&2; exit 2; }
done
for t in hyperfine mawk dateutils.ddiff datamash valgrind; do
	command -v "$t" >/dev/null 2>&1 ||
	    { echo "ratios.sh: $t is not installed (apt-get install ${t%%.*})" >&2; exit 2; }
done
TZ=Europe/Berlin RK_TODAY=2026-07-01 LC_ALL=C
export TZ RK_TODAY LC_ALL
since=$RK_BIN/rk-since quiz=$RK_BIN/rk-quiz

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# A contact log, as in since.sh: 30% of the notes quoted, with a comma and
# doubled quotes inside (Q=1), or the same notes bare (Q=0).
gen_log() {
	mawk -v n="$1" -v q="$2" 'BEGIN {
		srand(42)
		print "date,who,note"
		for (i = 1; i <= n; i++) {
			y = 2000 + int(rand() * 27); m = 1 + int(rand() * 12); d = 1 + int(rand() * 28)
			if (y == 2026 && m > 6) m = 6
			who = rand() < 0.4 ? "me" : "him"
			if (rand() < 0.3)
				note = q ? "\"called, \"\"briefly\"\"\"" : "called briefly"
			else
				note = "text " i
			printf "%04d-%02d-%02d,%s,%s\n", y, m, d, who, note
		}
	}'
}
gen_log "$N" 1 >"$tmp/log.csv"
gen_log "$N" 0 >"$tmp/plain.csv"
tail -n +2 "$tmp/log.csv" | cut -d, -f1 >"$tmp/dates.txt"
mawk 'BEGIN {
	print "id,category,text,scale,weight,reverse"
	for (i = 1; i <= 100; i++)
		printf "q%03d,cat%02d,Question %d?,0-4,%d,%s\n", i, int((i - 1) / 20) + 1, i,
		    i % 3 + 1, i % 7 == 0 ? "yes" : "no"
}' >"$tmp/quiz.csv"
mawk -v n=$((N / 100)) 'BEGIN {
	srand(7)
	print "respondent,question,answer"
	for (r = 1; r <= n; r++)
		for (i = 1; i <= 100; i++)
			printf "person%05d,q%03d,%d\n", r, i, int(rand() * 5)
}' >"$tmp/answers.csv"
for f in log plain answers; do head -n $((SLICE + 1)) "$tmp/$f.csv" >"$tmp/$f.slice"; done
head -n "$SLICE" "$tmp/dates.txt" >"$tmp/dates.slice"

cat >"$tmp/days.awk" <<'AWK'
function days(s,   y, m, d, era, yoe, doy, doe) {
	y = substr(s, 1, 4) + 0; m = substr(s, 6, 2) + 0; d = substr(s, 9, 2) + 0
	y -= m <= 2
	era = int((y >= 0 ? y : y - 399) / 400)
	yoe = y - era * 400
	doy = int((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1
	doe = yoe * 365 + int(yoe / 4) - int(yoe / 100) + doy
	return era * 146097 + doe - 719468
}
BEGIN { FS = ","; today = days(ENVIRON["RK_TODAY"]) }
AWK
printf 'NR == 1 { print $0 ",days"; next } { print $0 "," (today - days($1)) }\n' >"$tmp/filter.awk"
printf '$2 == "me" && $1 > max { max = $1 } END { print today - days(max) }\n' >"$tmp/last.awk"

# Instructions of one command, its standard input from $1.
instr() {
	in=$1
	shift
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" <"$in" 2>&1 >/dev/null |
	    awk '/ refs:/ { gsub(/,/, "", $NF); print $NF }'
}

# hyperfine, both commands in one run: prints "wall cpu" ratios of A to B.
# With no shell (-N), unless SHELL_MODE is set for commands that need one
# for a redirection (hyperfine then takes the shell's own time off).
pair() {
	hyperfine ${SHELL_MODE:--N} -w 1 -r "$RUNS" --export-csv "$tmp/h.csv" -n A "$1" -n B "$2" \
	    >/dev/null 2>&1 || { echo "- -"; return; }
	awk -F, 'NR > 1 { med[$1] = $4; cpu[$1] = $5 + $6 }
	    END { printf "%.2f %.2f", med["A"] / med["B"], cpu["A"] / cpu["B"] }' "$tmp/h.csv"
}

row() {
	# work, peer, "wall cpu", instructions of rekindle, of the peer, target
	set -- "$1" "$2" $3 "$4" "$5" "$6"
	awk -v w="$1" -v p="$2" -v wall="$3" -v cpu="$4" -v a="$5" -v b="$6" -v t="$7" 'BEGIN {
		printf "%-34s %-24s %6s %6s %6.2f  %s\n", w, p, wall, cpu, a / b, t }'
}

printf 'issue 13 ratios: %s rows, %s hyperfine runs a pair, callgrind on %s rows, %s, %s\n' \
    "$N" "$RUNS" "$SLICE" "$(uname -m)" "$(date +%F)"
printf 'ratio: rekindle over the peer (below 1: rekindle is faster)\n\n'
printf '%-34s %-24s %6s %6s %6s  %s\n' work peer wall cpu instr target

row "rk-since -c date" "mawk day numbers" \
    "$(pair "$since -c date $tmp/log.csv" "mawk -f $tmp/days.awk -f $tmp/filter.awk $tmp/log.csv")" \
    "$(instr /dev/null "$since" -c date "$tmp/log.slice")" \
    "$(instr /dev/null mawk -f "$tmp/days.awk" -f "$tmp/filter.awk" "$tmp/log.slice")" "<= 0.2"
row "rk-since --where who=me --last" "mawk streak one-liner" \
    "$(pair "$since -c date --where who=me --last $tmp/log.csv" \
        "mawk -f $tmp/days.awk -f $tmp/last.awk $tmp/log.csv")" \
    "$(instr /dev/null "$since" -c date --where who=me --last "$tmp/log.slice")" \
    "$(instr /dev/null mawk -f "$tmp/days.awk" -f "$tmp/last.awk" "$tmp/log.slice")" "<= 0.5"
# ddiff and datamash read only standard input: a shell redirects it.
row "rk-since, plain dates" "dateutils.ddiff" \
    "$(SHELL_MODE=-Sdefault pair "$since --no-header -c 1 <$tmp/dates.txt" \
        "dateutils.ddiff -f %d $RK_TODAY <$tmp/dates.txt")" \
    "$(instr "$tmp/dates.slice" "$since" --no-header -c 1)" \
    "$(instr "$tmp/dates.slice" dateutils.ddiff -f %d "$RK_TODAY")" "<= 0.4"
row "rk-quiz -q, $((N / 100)) people" "datamash -g 1 sum 3" \
    "$(SHELL_MODE=-Sdefault pair "$quiz -q $tmp/quiz.csv <$tmp/answers.csv" \
        "datamash -t, -H -g 1 sum 3 <$tmp/answers.csv")" \
    "$(instr "$tmp/answers.slice" "$quiz" -q "$tmp/quiz.csv")" \
    "$(instr "$tmp/answers.slice" datamash -t, -H -g 1 sum 3)" "<= 1.0"

# Start-up: every program against true, no shell, many short runs.
export RK_TODAY=2026-11-15 TZ=UTC
cd "$root" || exit 2
for cmd in "rk-tip --daily" "rk-since 2026-01-01" "rk-quiz --list" \
    "rk-ready --days 40 data/examples/answers.csv" "rk-log -l -f data/examples/contacts.csv"; do
	set -- $cmd
	p=$1
	shift
	row "start-up: $p" "true" \
	    "$(RUNS=$((RUNS * 100)) pair "$RK_BIN/$p $*" /usr/bin/true)" \
	    "$(instr /dev/null "$RK_BIN/$p" "$@")" "$(instr /dev/null /usr/bin/true)" "<= 1.1"
done
export TZ=Europe/Berlin RK_TODAY=2026-07-01

# Quoted against plain: the same rows, 30% of the notes quoted.
printf '\nquoted fields against plain ones (target: at most 1.20)\n'
row "rk-since -c date" "the plain file" \
    "$(pair "$since -c date $tmp/log.csv" "$since -c date $tmp/plain.csv")" \
    "$(instr /dev/null "$since" -c date "$tmp/log.slice")" \
    "$(instr /dev/null "$since" -c date "$tmp/plain.slice")" "<= 1.2"
row "rk-since --where who=me --last" "the plain file" \
    "$(pair "$since -c date --where who=me --last $tmp/log.csv" \
        "$since -c date --where who=me --last $tmp/plain.csv")" \
    "$(instr /dev/null "$since" -c date --where who=me --last "$tmp/log.slice")" \
    "$(instr /dev/null "$since" -c date --where who=me --last "$tmp/plain.slice")" "<= 1.2"

# Memory: the filter streams, so its peak should stay flat.
if [ -x /usr/bin/time ]; then
	printf '\npeak memory of rk-since -c date (target: flat, under 2048 KiB)\n'
	head -n 10001 "$tmp/log.csv" >"$tmp/small.csv"
	printf '  %10s rows: %s KiB\n' 10000 \
	    "$(/usr/bin/time -f %M "$since" -c date "$tmp/small.csv" 2>&1 >/dev/null)"
	printf '  %10s rows: %s KiB\n' "$N" \
	    "$(/usr/bin/time -f %M "$since" -c date "$tmp/log.csv" 2>&1 >/dev/null)"
	if [ "$BIG" -gt 0 ]; then
		gen_log "$BIG" 1 | /usr/bin/time -o "$tmp/mem" -f %M "$since" -c date >/dev/null
		printf '  %10s rows: %s KiB (from a pipe)\n' "$BIG" "$(cat "$tmp/mem")"
	fi
else
	echo "(no /usr/bin/time: apt-get install time, to measure memory)"
fi
