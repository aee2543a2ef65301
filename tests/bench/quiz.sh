#!/bin/sh
# Benchmark rk-quiz against mawk doing the same sums: 1,000,000 answer rows
# (10,000 respondents x 100 questions on a 0-4 scale, from a 100-question
# quiz file with weights and reverse-keyed items), scored per respondent and
# category.  mawk checks nothing and sorts nothing; rk-quiz checks every
# row and sorts each respondent's categories.  It reports hyperfine's
# medians, the ratio (rk-quiz time / mawk time: at most 1 means rk-quiz is
# as fast), whether the scores agree, and peak memory.  It asserts nothing.
#
#   sh tests/bench/quiz.sh                  10,000 respondents, 10 runs
#   RESP=1000 RUNS=5 sh tests/bench/quiz.sh
#
# RK_BIN names the directory of the rk-quiz under test (default: bin/, the
# -O2 build).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
: "${RESP:=10000}" "${RUNS:=10}" "${RK_BIN:=$root/bin}"
quiz=$RK_BIN/rk-quiz
[ -x "$quiz" ] || { echo "quiz.sh: no $quiz; run make first" >&2; exit 2; }
command -v hyperfine >/dev/null 2>&1 || { echo "quiz.sh: hyperfine is not installed" >&2; exit 2; }
command -v mawk >/dev/null 2>&1 || { echo "quiz.sh: mawk is not installed" >&2; exit 2; }
LC_ALL=C
export LC_ALL

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# 100 questions in 10 categories; every 7th reverse-keyed, weights 1 to 3.
mawk 'BEGIN {
	print "id,category,text,scale,weight,reverse"
	for (i = 1; i <= 100; i++)
		printf "q%03d,cat%02d,Question %d?,0-4,%d,%s\n", i, int((i - 1) / 10) + 1, i,
		    i % 3 + 1, i % 7 == 0 ? "yes" : "no"
}' >"$tmp/quiz.csv"
mawk -v n="$RESP" 'BEGIN {
	srand(7)
	print "respondent,question,answer"
	for (r = 1; r <= n; r++)
		for (i = 1; i <= 100; i++)
			printf "person%05d,q%03d,%d\n", r, i, int(rand() * 5)
}' >"$tmp/answers.csv"
rows=$(($(wc -l <"$tmp/answers.csv") - 1))

# The same sums in mawk: points and most per respondent and category.
cat >"$tmp/score.awk" <<'AWK'
BEGIN { FS = "," }
FNR == 1 { next }
NR == FNR {
	cat[$1] = $2; w[$1] = $5; rev[$1] = $6 == "yes"
	if (!($2 in seen)) { seen[$2] = 1; cats[++nc] = $2 }
	next
}
{
	if (!($1 in known)) { known[$1] = 1; who[++nr] = $1 }
	k = $1 SUBSEP cat[$2]
	score[k] += w[$2] * (rev[$2] ? 4 - $3 : $3)
	most[k] += w[$2] * 4
}
END {
	print "respondent,category,score,max,percent"
	for (r = 1; r <= nr; r++)
		for (c = 1; c <= nc; c++) {
			k = who[r] SUBSEP cats[c]
			printf "%s,%s,%d,%d,%.1f\n", who[r], cats[c], score[k], most[k],
			    100 * score[k] / most[k]
		}
}
AWK

rk_cmd="'$quiz' -q '$tmp/quiz.csv' '$tmp/answers.csv'"
awk_cmd="mawk -f '$tmp/score.awk' '$tmp/quiz.csv' '$tmp/answers.csv'"

# Do they agree?  Compare respondent, category, score and max, sorted.
sh -c "$rk_cmd" | cut -d, -f1-4 | sort >"$tmp/rk.out"
sh -c "$awk_cmd" | cut -d, -f1-4 | sort >"$tmp/awk.out"
if cmp -s "$tmp/rk.out" "$tmp/awk.out"; then
	agree="the scores agree"
else
	agree="THE SCORES DIFFER"
fi

printf 'rk-quiz benchmark: %s answer rows, %s respondents x 100 questions, %s runs, %s\n\n' \
    "$rows" "$RESP" "$RUNS" "$(uname -m)"
hyperfine --style basic --warmup 1 --runs "$RUNS" --export-csv "$tmp/times.csv" \
    -n rk-quiz "$rk_cmd" -n mawk "$awk_cmd" >"$tmp/hyperfine.txt" 2>&1 ||
    { cat "$tmp/hyperfine.txt"; exit 2; }

# hyperfine's CSV: command,mean,stddev,median,user,system,min,max
mawk -F, -v agree="$agree" '
NR > 1 { med[$1] = $4 }
END {
	printf "%-10s %10s\n", "tool", "median s"
	printf "%-10s %10.3f\n", "rk-quiz", med["rk-quiz"]
	printf "%-10s %10.3f\n", "mawk", med["mawk"]
	printf "\nratio rk-quiz / mawk: %.2f (target: at most 1.00); %s\n",
	    med["rk-quiz"] / med["mawk"], agree
}' "$tmp/times.csv"

if [ -x /usr/bin/time ]; then
	head -n 10001 "$tmp/answers.csv" >"$tmp/small.csv"
	small=$(/usr/bin/time -f %M "$quiz" -q "$tmp/quiz.csv" "$tmp/small.csv" 2>&1 >/dev/null)
	large=$(/usr/bin/time -f %M "$quiz" -q "$tmp/quiz.csv" "$tmp/answers.csv" 2>&1 >/dev/null)
	peer=$(/usr/bin/time -f %M mawk -f "$tmp/score.awk" "$tmp/quiz.csv" "$tmp/answers.csv" 2>&1 >/dev/null)
	printf 'peak memory: rk-quiz %s KiB for 100 respondents, %s KiB for %s (target: under 8192); mawk %s KiB\n' \
	    "$small" "$large" "$RESP" "$peer"
else
	echo "(no /usr/bin/time: apt-get install time, to measure memory)"
fi
