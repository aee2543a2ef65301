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
