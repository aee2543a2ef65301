# Shared set-up for the bats suites: the programs under test, bats-assert,
# and a clean, predictable environment.
bats_require_minimum_version 1.5.0
# bats-support and bats-assert, sourced file by file: their load.bash files
# run dirname once a file, 15 processes before every test.
for f in output error lang; do
	source "/usr/lib/bats/bats-support/src/$f.bash"
done
for f in assert refute assert_equal assert_not_equal assert_success assert_failure \
    assert_output refute_output assert_line refute_line assert_regex refute_regex; do
	source "/usr/lib/bats/bats-assert/src/$f.bash"
done
unset f

RK_ROOT=${BATS_TEST_DIRNAME%/tests}
RK_BIN=${RK_BIN:-$RK_ROOT/bin}
PATH="$RK_BIN:$PATH"
DATA="$RK_ROOT/data"
unset RK_TODAY NO_COLOR COLUMNS RK_SINCE RK_JOURNAL RK_ANSWERS
# No test reads the config file of the person running the suite: this
# folder is never made, so there is no config unless a test writes one.
export XDG_CONFIG_HOME="${BATS_RUN_TMPDIR:-/tmp}/no-config"
export TZ=UTC
# The files tests make are private, as a user's journal is (rk-log warns
# about one that others can read); a test about modes sets its own umask.
umask 077

# A file of mode 000 is readable by root, so a test of "Permission denied"
# runs its commands through "${unprivileged[@]}": nothing for another user,
# and for root setpriv(1) with the two capabilities that let root read any
# file dropped.  Returns 1 when root cannot drop them here (then skip).
unprivileged_setup() {
	unprivileged=()
	[ "$(id -u)" -eq 0 ] || return 0
	unprivileged=(setpriv --bounding-set=-dac_override,-dac_read_search)
	"${unprivileged[@]}" true 2>/dev/null
}

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

# Run each "$ command" of an example block of man page $1 that is followed
# by the lines it prints, in data/examples on 2026-11-26, and compare.
# Commands shown without output (they write to the default journal, or
# need files of your own) are left out; print how many ran.  With a second
# argument "all", the blocks of every section are run, not only EXAMPLES.
page_examples() {
	local cmd='' want='' in_ex=0 in_block=0 line n=0
	check() {
		[ -n "$cmd" ] && [ -n "$want" ] || return 0
		# In mdoc a backslash is written \e.
		got=$(cd "$DATA/examples" && RK_TODAY=2026-11-26 bash -c "${cmd//\\e/\\}")
		if [ "$got" != "$want" ]; then
			printf 'example: %s\nwant:\n%s\ngot:\n%s\n' "$cmd" "$want" "$got" >&2
			return 1
		fi
		n=$((n + 1))
	}
	while IFS= read -r line; do
		case $line in
		'.Sh EXAMPLES' | '.Sh PIPELINES') in_ex=1 ;;
		'.Sh '*) [ "${2:-}" = all ] && in_ex=1 || in_ex=0 ;;
		'.Bd -literal'*) in_block=$in_ex ;;
		'.Ed')
			[ "$in_block" = 1 ] && { check || return 1; }
			in_block=0 cmd='' want='' ;;
		*)
			[ "$in_block" = 1 ] || continue
			case $line in
			'$ '*)
				check || return 1
				cmd=${line#\$ } want='' ;;
			*)
				# A command goes on after a backslash (\e in mdoc).
				if [[ $cmd == *'\e' ]]; then
					cmd="${cmd%\\e} ${line# *}"
				elif [ -n "$cmd" ]; then
					want=${want:+$want$'\n'}$line
				fi ;;
			esac ;;
		esac
	done <"$RK_ROOT/man/$1"
	echo "$n"
}
