#!/bin/sh
# Benchmark rk-since against the tools people use instead: an awk script with
# the same calendar arithmetic, dateutils' ddiff, and GNU date with awk.
# It reports times and ratios (peer time / rk-since time: above 1 means
# rk-since is faster), whether the answers agree, and rk-since's peak memory
# for a small and a large input.  It asserts nothing about time.
#
#   sh tests/bench/since.sh              1,000,000 rows, median of 10 runs
#   N=100000 RUNS=5 sh tests/bench/since.sh
#
# RK_BIN names the directory of the rk-since under test (default: bin/).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
: "${N:=1000000}" "${RUNS:=10}" "${RK_BIN:=$root/bin}"
since=$RK_BIN/rk-since
[ -x "$since" ] || { echo "since.sh: no $since; run make first" >&2; exit 2; }

# Berlin has daylight saving, and a summer day to count to: a count by
# seconds from a winter date comes out an hour, so a day, short.
TZ=Europe/Berlin
RK_TODAY=2026-07-01
export TZ RK_TODAY
LC_ALL=C
export LC_ALL

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# A contact log: a date, who started it, and a note that is sometimes quoted
# and holds a comma.  Dates fall between 2000-01-01 and 2026-06-28.
awk -v n="$N" 'BEGIN {
	srand(42)
	print "date,who,note"
	for (i = 1; i <= n; i++) {
		y = 2000 + int(rand() * 27); m = 1 + int(rand() * 12); d = 1 + int(rand() * 28)
		if (y == 2026 && m > 6) m = 6
		who = rand() < 0.4 ? "me" : "him"
		note = rand() < 0.3 ? "\"called, briefly\"" : "text " i
		printf "%04d-%02d-%02d,%s,%s\n", y, m, d, who, note
	}
}' >"$tmp/log.csv"
tail -n +2 "$tmp/log.csv" | cut -d, -f1 >"$tmp/dates.txt"
head -n 10001 "$tmp/log.csv" >"$tmp/small.csv"

# The calendar arithmetic of lib/date.c in awk: the fairest peer there is.
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
# mawk is Debian's awk, and the fastest awk there is: the peer to beat.
awk=mawk
command -v mawk >/dev/null 2>&1 || { echo "since.sh: mawk is not installed" >&2; exit 2; }
command -v hyperfine >/dev/null 2>&1 || { echo "since.sh: hyperfine is not installed" >&2; exit 2; }
command -v dateutils.ddiff >/dev/null 2>&1 ||
    { echo "since.sh: dateutils is not installed (apt-get install dateutils)" >&2; exit 2; }

# hyperfine's median wall time of RUNS runs of a shell command, in ms.
best() {
	hyperfine -w 1 -r "$RUNS" --export-json "$tmp/h.json" "$1" >/dev/null 2>&1 ||
	    { echo 0; return; }
	awk -F: '/"median"/ { gsub(/[ ,]/, "", $2); printf "%d", $2 * 1000; exit }' "$tmp/h.json"
}

# Median wall times in ms of two shell commands, timed by hyperfine in
# RUNS rounds that take turns on which goes first, so that a slow spell of
# this shared machine falls on both alike.  Prints "A B".
pair() {
	: >"$tmp/times"
	i=0
	while [ "$i" -lt "$RUNS" ]; do
		if [ $((i % 2)) -eq 0 ]; then first=$1 second=$2 map="A B"; else first=$2 second=$1 map="B A"; fi
		hyperfine -w 1 -r 2 --export-json "$tmp/p.json" "$first" "$second" >/dev/null 2>&1 ||
		    { echo "0 0"; return; }
		awk -v map="$map" 'BEGIN { split(map, m, " ") }
		    /"times": \[/ { block++; inside = 1; next }
		    inside && /\]/ { inside = 0; next }
		    inside { v = $1; sub(/,$/, "", v); print m[block], v }' "$tmp/p.json" >>"$tmp/times"
		i=$((i + 1))
	done
	for k in A B; do
		awk -v k="$k" '$1 == k { print $2 }' "$tmp/times" | sort -g |
		    awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
			printf "%d ", m * 1000 }'
	done
	echo
}

base=
row() {
	# task, tool, milliseconds, note
	if [ -z "$base" ]; then base=$3; fi
	awk -v task="$1" -v tool="$2" -v ms="$3" -v base="$base" -v note="$4" 'BEGIN {
		printf "%-28s %-22s %8.3f %7.2f  %s\n", task, tool, ms / 1000, (base ? ms / base : 0), note
	}'
}
agree() {
	if cmp -s "$1" "$2"; then
		echo "same answers"
	else
		echo "$(paste -d' ' "$1" "$2" | awk '$1 != $2' | wc -l) of $N answers differ"
	fi
}

printf 'rk-since benchmark: %s rows, hyperfine medians of %s alternating rounds of 2 runs, TZ=%s, today %s, %s\n' \
    "$N" "$RUNS" "$TZ" "$RK_TODAY" "$(uname -m)"
printf 'ratio: the tool'"'"'s time over rk-since'"'"'s (above 1: rk-since is faster)\n\n'
printf '%-28s %-22s %8s %7s  %s\n' task tool seconds ratio answers

# 1. The filter: append the count to every row.
"$since" -c date "$tmp/log.csv" | tail -n +2 | awk -F, '{ print $NF }' >"$tmp/rk1"
printf 'NR == 1 { print $0 ",days"; next } { print $0 "," (today - days($1)) }\n' >"$tmp/filter.awk"
$awk -f "$tmp/days.awk" -f "$tmp/filter.awk" "$tmp/log.csv" | tail -n +2 |
	awk -F, '{ print $NF }' >"$tmp/awk1"
base=
set -- $(pair "'$since' -c date '$tmp/log.csv'" \
    "$awk -f '$tmp/days.awk' -f '$tmp/filter.awk' '$tmp/log.csv'")
row "append days to each row" rk-since "$1" ""
row "" "$awk" "$2" \
    "$(agree "$tmp/rk1" "$tmp/awk1")"

# 2. A list of dates, one count each.
"$since" --no-header -c 1 "$tmp/dates.txt" | cut -d, -f2 >"$tmp/rk2"
base=
set -- $(pair "'$since' --no-header -c 1 '$tmp/dates.txt'" \
    "dateutils.ddiff -f %d '$RK_TODAY' <'$tmp/dates.txt'")
row "counts for a list of dates" rk-since "$1" ""
# ddiff counts from today to the date; turn the sign round to compare.
dateutils.ddiff -f %d "$RK_TODAY" <"$tmp/dates.txt" | awk '{ print -$1 }' >"$tmp/ddiff"
row "" "dateutils ddiff" "$2" "$(agree "$tmp/rk2" "$tmp/ddiff")"
# GNU date turns each date into seconds at local midnight; dividing the
# difference by 86400 loses a day across a change to summer time.
now=$(date -d "$RK_TODAY" +%s)
date -f "$tmp/dates.txt" +%s | awk -v now="$now" '{ print int((now - $1) / 86400) }' >"$tmp/gnu"
row "" "GNU date + awk /86400" \
    "$(best "date -f '$tmp/dates.txt' +%s | awk -v now=$now '{ print int((now - \$1) / 86400) }'")" \
    "$(agree "$tmp/rk2" "$tmp/gnu")"

# 3. The no-contact streak: the newest date among one person's rows.
"$since" -c date --where who=me --last "$tmp/log.csv" >"$tmp/rk3"
printf '$2 == "me" && $1 > max { max = $1 } END { print today - days(max) }\n' >"$tmp/last.awk"
$awk -f "$tmp/days.awk" -f "$tmp/last.awk" "$tmp/log.csv" >"$tmp/awk3"
base=
set -- $(pair "'$since' -c date --where who=me --last '$tmp/log.csv'" \
    "$awk -f '$tmp/days.awk' -f '$tmp/last.awk' '$tmp/log.csv'")
row "last contact I started" rk-since "$1" ""
row "" "$awk" "$2" \
    "$(agree "$tmp/rk3" "$tmp/awk3")"

# 4. Memory: the filter streams, so its peak should not grow with the input.
if [ -x /usr/bin/time ]; then
	small=$(/usr/bin/time -f %M "$since" -c date "$tmp/small.csv" 2>&1 >/dev/null)
	large=$(/usr/bin/time -f %M "$since" -c date "$tmp/log.csv" 2>&1 >/dev/null)
	printf '\npeak memory of the filter: %s KiB for 10000 rows, %s KiB for %s rows (ratio %s)\n' \
	    "$small" "$large" "$N" "$(awk -v a="$large" -v b="$small" 'BEGIN { printf "%.2f", a / b }')"
	plain=$(/usr/bin/time -f %M "$since" --no-header -c 1 "$tmp/dates.txt" 2>&1 >/dev/null)
	printf 'peak memory for the list of %s dates: %s KiB\n' "$N" "$plain"
else
	echo "(no /usr/bin/time: apt-get install time, to measure memory)"
fi
