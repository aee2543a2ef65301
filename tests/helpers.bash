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
# The files tests make are private, as a user's journal is (rk-log warns
# about one that others can read); a test about modes sets its own umask.
umask 077

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

# Skip, saying why, when script(1) cannot make a pseudo-terminal here (no
# /dev/pts in a chroot or some CI containers); the test runs where it can.
need_pty() {
	command -v script >/dev/null || skip "script(1) is not installed"
	script -qec true /dev/null >/dev/null 2>&1 ||
	    skip "script(1) cannot make a pseudo-terminal here (no /dev/pts?)"
}
