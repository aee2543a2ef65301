#!/bin/sh
# Start-up: each program against /usr/bin/true, with hyperfine, no shell in
# between (-N), so that what is measured is exec, the dynamic loader, and
# the program's own work.  Each program is timed twice: -V (start and exit)
# and a real run on a tiny input.  Prints hyperfine's table and the ratio of
# each mean to that of true; the goal is 1.2 or less.  Not a test: nothing
# here passes or fails.
#
#   sh tests/bench/startup.sh [BINDIR]     (default: bin, the -O2 build)
#   RUNS=1000 WARMUP=50 sh tests/bench/startup.sh
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
bin=${1:-bin}
runs=${RUNS:-1000}
warmup=${WARMUP:-50}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
export RK_TODAY=2026-11-15 TZ=UTC

hyperfine -N --warmup "$warmup" -r "$runs" --export-csv "$out" \
    '/usr/bin/true' \
    "$bin/rk-tip -V" \
    "$bin/rk-tip --daily" \
    "$bin/rk-since -V" \
    "$bin/rk-since 2026-01-01" \
    "$bin/rk-quiz -V" \
    "$bin/rk-quiz --list" \
    "$bin/rk-ready -V" \
    "$bin/rk-ready --days 40 data/examples/ready.csv" \
    "$bin/rk-log -V" \
    "$bin/rk-log -l -f data/examples/contacts.csv"

echo
echo "mean vs /usr/bin/true:"
awk -F, 'NR == 2 { t = $2 }
         NR >= 2 { gsub(/"/, "", $1)
                   printf "  %-48s %7.1f us  %5.2fx\n", $1, $2 * 1e6, $2 / t }' "$out"
