#!/usr/bin/env bats
# A first `make demo` or `make check` on a machine without libcsv-dev:
# scripts/ensure-deps, run once at the top of each, says what to run, or
# installs it, before anything is compiled.  The machine is
# faked: a PATH holding every command but dpkg-query, sudo, id and apt-get,
# with stand-ins for those a test needs, and CSV_H naming a header that is
# not there.  The builds go to a temporary folder, never to bin/.

load helpers

setup_file() {
	local farm=$BATS_FILE_TMPDIR/path
	mkdir "$farm"
	# A link to each command; where two folders have one, the first wins.
	ln -s /usr/local/bin/* "$farm/" 2>/dev/null || true
	ln -s /usr/bin/* "$farm/" 2>/dev/null || true
	ln -s /bin/* "$farm/" 2>/dev/null || true
	rm -f "$farm/dpkg-query" "$farm/sudo" "$farm/id" "$farm/apt-get"
	return 0
}

setup() {
	# Messages are checked as a make started by hand prints them, not as a
	# make under `make check` would (make[2]: ..., its jobserver).
	unset MAKEFLAGS MAKELEVEL MFLAGS
	t=$BATS_TEST_TMPDIR
	fake=$t/path
	cp -a "$BATS_FILE_TMPDIR/path" "$fake"
	# Builds into a temporary folder, with no header where CSV_H points.
	mk=(make --no-print-directory -C "$RK_ROOT" -j2 B="$t/build" BIN="$t/bin" CSV_H="$t/csv.h" CFLAGS=-O0)
}

# stub NAME BODY: a command in the fake PATH running the sh code BODY.  The
# link to the real command goes first: writing through it would overwrite
# the real one.
stub() {
	rm -f "$fake/$1"
	printf '#!/bin/sh\n%s\n' "$2" >"$fake/$1"
	chmod +x "$fake/$1"
}

# bats test_tags=dist
@test "make demo and make check without libcsv, no apt-get: one line, nothing compiled" {
	stub id 'echo 1000'
	for target in demo check; do
		run --separate-stderr env PATH="$fake" "${mk[@]}" "$target" DESTDIR="$t/root"
		assert_failure 2
		assert_output ''
		[ "${stderr%%$'\n'*}" = "rekindle: missing: libcsv-dev (Debian package names); install them and run make again" ] || false
		[ "$(printf '%s\n' "$stderr" | wc -l)" -eq 2 ] || false
		assert_regex "${stderr#*$'\n'}" "^make: \\*\\*\\* \\[Makefile:[0-9]+: $target\\] Error 1\$"
	done
	[ ! -e "$t/build" ] && [ ! -e "$t/bin" ] && [ ! -e "$t/root" ]
}

# bats test_tags=dist
@test "without libcsv and without sudo, not root: the message says to run apt-get as root" {
	stub id 'echo 1000'
	stub apt-get 'echo apt-get "$@" >>"$0.log"; exit 1'
	for target in demo check; do
		run --separate-stderr env PATH="$fake" "${mk[@]}" "$target" DESTDIR="$t/root"
		assert_failure 2
		[ "${stderr%%$'\n'*}" = "rekindle: missing: libcsv-dev; run as root: apt-get update && apt-get install -y libcsv-dev" ] || false
	done
	[ ! -e "$fake/apt-get.log" ] && [ ! -e "$t/build" ]
}

# bats test_tags=dist
@test "without libcsv, with a sudo that wants a password: the message says sudo" {
	stub id 'echo 1000'
	stub apt-get 'echo apt-get "$@" >>"$0.log"; exit 1'
	stub sudo 'echo "sudo: a password is required" >&2; exit 1'
	run --separate-stderr env PATH="$fake" "${mk[@]}" demo
	assert_failure 2
	[ "${stderr%%$'\n'*}" = "rekindle: missing: libcsv-dev; run: sudo apt-get update && sudo apt-get install -y libcsv-dev" ] || false
	[ ! -e "$fake/apt-get.log" ]
}

# bats test_tags=dist
@test "as root the first make demo installs libcsv-dev, then links libcsv statically" {
	# apt-get "installs" the header and the archive; until it has, cc
	# answers -print-file-name=libcsv.a as it does when there is none.
	a=$(cc -print-file-name=libcsv.a)
	[ "${a#/}" != "$a" ] || skip "libcsv.a is not installed here"
	stub id 'echo 0'
	stub apt-get "echo apt-get \"\$@\" >>\"\$0.log\"; touch '$t/csv.h'"
	printf '%s\n' '#!/bin/sh' \
	    "if [ \"\$*\" = -print-file-name=libcsv.a ] && [ ! -e '$t/csv.h' ]; then" \
	    '	echo libcsv.a; exit 0' 'fi' 'exec cc "$@"' >"$t/cc"
	chmod +x "$t/cc"
	run --separate-stderr env PATH="$fake" NO_COLOR=1 "${mk[@]}" CC="$t/cc" demo
	assert_success
	[ "$stderr" = "rekindle: installing libcsv-dev" ] || false
	[ "$(cat "$fake/apt-get.log")" = "apt-get install -y -q libcsv-dev" ] || false
	# Every program is linked with the archive, none with -lcsv.
	for p in "$RK_ROOT"/cmd/rk-*/; do
		p=${p%/}; p=${p##*/}
		assert_line --regexp "-o $t/bin/$p .* $a\$"
	done
	refute_line --partial -lcsv
	run "$t/bin/rk-since" --today 2026-11-26 2026-11-01
	assert_output 25
}

# bats test_tags=dist
@test "make all and make install build without ensure-deps: it runs only at the top of demo and check" {
	run -0 env PATH="$fake" "${mk[@]}" -n all install DESTDIR="$t/root"
	refute_output --partial ensure-deps
	run -0 env PATH="$fake" "${mk[@]}" -n demo
	assert_line --index 0 --partial 'sh scripts/ensure-deps build'
	assert_equal "$(grep -c 'ensure-deps' <<<"$output")" 1
}
