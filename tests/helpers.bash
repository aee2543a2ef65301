# Shared set-up for the bats suites: the programs under test, bats-assert,
# and a clean, predictable environment.
bats_require_minimum_version 1.5.0
load '/usr/lib/bats/bats-support/load'
load '/usr/lib/bats/bats-assert/load'

RK_ROOT=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
RK_BIN=${RK_BIN:-$RK_ROOT/bin}
PATH="$RK_BIN:$PATH"
DATA="$RK_ROOT/data"
unset RK_TODAY NO_COLOR COLUMNS
export TZ=UTC

# Assert that stderr is exactly the one line given.
assert_stderr_line() {
	[ "$stderr" = "$1" ] || {
		printf 'expected stderr: %s\nactual stderr:   %s\n' "$1" "$stderr" >&2
		return 1
	}
}

# Write stdin to a file in the test's temporary directory; print its path.
fixture() {
	local f="$BATS_TEST_TMPDIR/$1"
	cat >"$f"
	printf '%s\n' "$f"
}

# A quiz file on stdin that rk-quiz -q must refuse: exit 2, nothing on
# stdout, and stderr "rk-quiz: FILE" followed by $1.
quiz_error() {
	local f
	f=$(fixture e.csv)
	run -2 --separate-stderr rk-quiz -q "$f" </dev/null
	assert_output ""
	assert_stderr_line "rk-quiz: $f$1"
}
