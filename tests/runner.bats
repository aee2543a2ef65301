#!/usr/bin/env bats
# The test runner's own checks: scripts/bats-lint finds test lines that
# cannot fail, and the tests leave the source tree as they found it.

load helpers

@test "bats-lint: a test or && chain on a line but the last is reported, run and || false are not" {
	# (@test at the start of a line here would be read by bats itself)
	f=$(sed 's/^TEST /@test /' <<'BATS' | fixture t.bats
TEST "one" {
	[ -z "$output" ] && [ -z "$stderr" ]
	x=$(cd /tmp && pwd)
	run sh -c 'a && b'
	[ "$x" = /tmp ] || false
	[[ $x == /* ]] || { echo "relative: $x"; false; }
	! grep -q x "$f"
	if [ -n "$x" ]; then
		[ -d "$x" ]
	fi
	cat <<EOF
[ a ] && [ b ]
EOF
	echo "[ a ] && [ b ]"
	[ -z "$output" ] && [ -z "$stderr" ]
}

TEST "two" {
	for l in "${lines[@]}"; do [ "${#l}" -le 80 ]; done
	[[ "$x" == a ]]
	mkdir d && touch d/f
	[ "$(cat "$f")" = "a
b" ]
	true
}
BATS
)
	run -1 sh "$RK_ROOT/scripts/bats-lint" "$f"
	assert_output - <<OUT
$f:2: [ -z "\$output" ] && [ -z "\$stderr" ]
$f:7: ! grep -q x "\$f"
$f:9: [ -d "\$x" ]
$f:19: for l in "\${lines[@]}"; do [ "\${#l}" -le 80 ]; done
$f:20: [[ "\$x" == a ]]
$f:21: mkdir d && touch d/f
$f:22: [ "\$(cat "\$f")" = "a
OUT
	run -1 sh "$RK_ROOT/scripts/bats-lint" -e "$f"
	assert_line "$f:23"
}

@test "bats-lint finds nothing in the suites, and the runner reports it as one TAP line" {
	run -0 sh "$RK_ROOT/scripts/bats-lint" "$RK_ROOT"/tests/*.bats
	assert_output ''
	grep -qF 'echo "ok bats lint"' "$RK_ROOT/scripts/run-tests"
}

# A make and an apt-get that CI's script finds first on PATH; the make
# prints what $1 holds, then exits $2.
fake_ci() {
	mkdir -p "$BATS_TEST_TMPDIR/fake"
	printf '#!/bin/sh\necho "$@" >"$0.args"\ncat "%s"\nexit %s\n' "$1" "$2" \
	    >"$BATS_TEST_TMPDIR/fake/make"
	printf '#!/bin/sh\nexit 0\n' >"$BATS_TEST_TMPDIR/fake/apt-get"
	chmod +x "$BATS_TEST_TMPDIR/fake/make" "$BATS_TEST_TMPDIR/fake/apt-get"
}

@test ".ci/run runs every test and prints the failures, the skips and one closing line" {
	log=$(fixture log <<'LOG'
make B=build/san BIN=build/san/bin all units replays
cc -std=c11 -c -o build/san/lib/csv.o lib/csv.c
ok unit text_test
ok bats lint
1..3
ok 1 adds a row
not ok 2 breaks
# (in test file tests/x.bats, line 4)
#   `false' failed
ok 3 a terminal test # skip no pseudo-terminal here
skipped: 3 a terminal test: no pseudo-terminal here
3 passed, 1 failed, 1 skipped
make: *** [Makefile:130: check] Error 1
LOG
)
	fake_ci "$log" 2
	run -1 env PATH="$BATS_TEST_TMPDIR/fake:$PATH" sh "$RK_ROOT/.ci/run"
	assert_output - <<'OUT'
not ok 2 breaks
# (in test file tests/x.bats, line 4)
#   `false' failed
skipped: 3 a terminal test: no pseudo-terminal here
3 passed, 1 failed, 1 skipped
OUT
	assert_equal "$(cat "$BATS_TEST_TMPDIR/fake/make.args")" "check TESTS=all"
}

@test ".ci/run: a build that fails before the tests is its last lines and one failure" {
	log=$(fixture log <<'LOG'
cc -std=c11 -c -o build/san/lib/csv.o lib/csv.c
lib/csv.c:1:10: fatal error: csv.h: No such file or directory
make: *** [Makefile:53: build/san/lib/csv.o] Error 1
LOG
)
	fake_ci "$log" 2
	run -1 env PATH="$BATS_TEST_TMPDIR/fake:$PATH" sh "$RK_ROOT/.ci/run"
	assert_output "$(cat "$log")
0 passed, 1 failed, 0 skipped"
}

@test "the runner fails when a test writes into the source tree, and names what it wrote" {
	# A tree of its own: the runner's scripts and one suite that writes beside itself.
	r="$BATS_TEST_TMPDIR/tree"
	mkdir -p "$r/scripts" "$r/tests" "$r/man" "$r/bin" "$r/build"
	cp "$RK_ROOT"/scripts/{run-tests,tap-tally,bats-lint,valgrind-check} "$r/scripts/"
	printf '@test "writes" {\n\ttouch "$BATS_TEST_DIRNAME/../stray" "$BATS_TEST_DIRNAME/../build/fine"\n}\n' \
	    >"$r/tests/w.bats"
	# (env -i: the bats inside must not see this one's variables, nor the
	# libexec folder this one puts first on PATH)
	p=$(printf '%s\n' "$PATH" | tr : '\n' | grep -v /bats-core | paste -sd :)
	run -1 env -i PATH="$p" RK_UNIT="$r/build/unit" RK_REPLAY="$r/build/replay" \
	    sh "$r/scripts/run-tests"
	assert_line 'ok bats lint'
	assert_line 'ok 1 writes'
	assert_line 'not ok the tests left the source tree as they found it'
	assert_line '# written: ./stray'
	assert_line '# written: .'
	refute_line --partial 'build/fine'
	rm "$r/stray"
	printf '@test "writes nothing there" {\n\ttouch "$BATS_TEST_DIRNAME/../build/fine"\n}\n' \
	    >"$r/tests/w.bats"
	run env -i PATH="$p" RK_UNIT="$r/build/unit" RK_REPLAY="$r/build/replay" \
	    sh "$r/scripts/run-tests"
	assert_line 'ok the tests left the source tree as they found it'
}
