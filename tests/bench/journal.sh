#!/bin/sh
# bench/journal.sh: the cost of one rk-log append (instructions, by
# callgrind) against journals of 3 lines to 1M lines, with notes unquoted
# and quoted; and the peak memory (max RSS) of rk-since --streaks over 1M
# and 10M rows of few distinct days.  Usage: tests/bench/journal.sh [BIN]
set -eu
bin=${1:-bin}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
H='date,time,who,channel,sign,note'

journal() { # FILE ROWS QUOTED
	if [ "$3" = 1 ]; then f='2026-%02d-%02d,12:00,me,call,,"note, %d"\n'
	else f='2026-%02d-%02d,12:00,me,call,,note %d\n'; fi
	awk -v h="$H" -v n="$2" -v f="$f" 'BEGIN { print h; for (i = 0; i < n; i++)
	    printf f, i % 12 + 1, i % 28 + 1, i }' >"$1"
}

echo "== one append, instructions (valgrind --tool=callgrind)"
for q in 0 1; do
	for n in 3 1000 100000 1000000; do
		journal "$tmp/j.csv" "$n" "$q"
		ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null \
		    "$bin/rk-log" -f "$tmp/j.csv" --at 2026-10-05 me call 2>&1 |
		    sed -n 's/.*Collected : //p')
		echo "rows=$n quoted=$q: $ir"
	done
done

echo "== rk-since --streaks, max RSS (/usr/bin/time -v)"
for n in 1000000 10000000; do
	awk -v n="$n" 'BEGIN { print "date"; for (i = 0; i < n; i++)
	    printf "2026-%02d-%02d\n", i % 12 + 1, i % 28 + 1 }' >"$tmp/d.csv"
	/usr/bin/time -v "$bin/rk-since" --today 2026-12-31 -c date --streaks "$tmp/d.csv" \
	    2>"$tmp/time" >/dev/null
	echo "rows=$n: $(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/time") KiB"
done
