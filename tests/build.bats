#!/usr/bin/env bats
# The build as a user meets it: install, uninstall, and the demo.  The tests
# that install, pack or compile are tagged dist: make distcheck and .ci/run
# run them, make check does not.

load helpers

# bats test_tags=dist
@test "make install honours DESTDIR and PREFIX: programs, man pages and data" {
	d="$BATS_TEST_TMPDIR/root"
	run make -s -C "$RK_ROOT" install DESTDIR="$d" PREFIX=/usr
	assert_success
	for p in "$RK_ROOT"/cmd/rk-*/; do
		p=${p%/}; p=${p##*/}
		[ -x "$d/usr/bin/$p" ] || { echo "missing $p"; false; }
		[ -f "$d/usr/share/man/man1/$p.1" ] || { echo "missing $p.1"; false; }
	done
	for f in "$RK_ROOT"/data/*.csv; do
		cmp "$f" "$d/usr/share/rekindle/${f##*/}"
	done
	[ -f "$d/usr/share/rekindle/examples/answers.csv" ] || false
	# The installed program needs no data file: its tips are compiled in.
	run "$d/usr/bin/rk-tip" -a --format=csv
	assert_output "$(cat "$DATA/tips.csv")"
}

# bats test_tags=dist
@test "make uninstall removes what install put there" {
	d="$BATS_TEST_TMPDIR/root"
	make -s -C "$RK_ROOT" install DESTDIR="$d" PREFIX=/opt/rk >/dev/null
	run make -s -C "$RK_ROOT" uninstall DESTDIR="$d" PREFIX=/opt/rk
	assert_success
	# The folders install made go too, when nothing else is in them.
	run find "$d" -mindepth 1
	assert_output ''
}

# bats test_tags=dist
@test "make uninstall leaves a folder that holds something else, and that thing" {
	d="$BATS_TEST_TMPDIR/root"
	mkdir -p "$d/opt/rk/bin"
	touch "$d/opt/rk/bin/other"
	make -s -C "$RK_ROOT" install DESTDIR="$d" PREFIX=/opt/rk >/dev/null
	[ -x "$d/opt/rk/bin/rk-tip" ] || false
	run make -s -C "$RK_ROOT" uninstall DESTDIR="$d" PREFIX=/opt/rk
	assert_success
	run find "$d" -mindepth 1
	assert_output "$d/opt
$d/opt/rk
$d/opt/rk/bin
$d/opt/rk/bin/other"
}

# bats test_tags=dist
@test "make uninstall removes only the folders install created: not /usr/local/bin, nor what /usr/local/man points to" {
	# Issue 18: a real install then uninstall deleted /usr/local/bin,
	# /usr/local/share/man and /usr/local/share/zsh/site-functions, which
	# were there before, and left the link /usr/local/man dangling.
	d="$BATS_TEST_TMPDIR/root"
	mkdir -p "$d/usr/local/bin" "$d/usr/local/share/man" "$d/usr/local/share/zsh/site-functions"
	ln -s share/man "$d/usr/local/man"
	make -s -C "$RK_ROOT" install DESTDIR="$d" >/dev/null
	# A second install notes nothing new and forgets nothing.
	make -s -C "$RK_ROOT" install DESTDIR="$d" >/dev/null
	[ -x "$d/usr/local/bin/rk-tip" ] || false
	run -0 --separate-stderr make -s --no-print-directory -C "$RK_ROOT" uninstall DESTDIR="$d"
	assert_output ''
	run bash -c 'find "$0" -mindepth 1 | sort' "$d"
	assert_output "$(printf '%s\n' "$d/usr" "$d/usr/local" "$d/usr/local/bin" "$d/usr/local/man" \
	    "$d/usr/local/share" "$d/usr/local/share/man" "$d/usr/local/share/zsh" \
	    "$d/usr/local/share/zsh/site-functions" | sort)"
	[ -d "$d/usr/local/man/" ]
}

# bats test_tags=dist
@test "make uninstall after an install with no record of its folders removes files, no folder" {
	d="$BATS_TEST_TMPDIR/root"
	make -s -C "$RK_ROOT" install DESTDIR="$d" PREFIX=/opt/rk >/dev/null
	rm "$d/opt/rk/share/rekindle/installed-folders"
	run -0 --separate-stderr make -s --no-print-directory -C "$RK_ROOT" uninstall DESTDIR="$d" PREFIX=/opt/rk
	run -0 find "$d" -type f
	assert_output ''
	[ -d "$d/opt/rk/bin" ]
}

@test "the installed man pages name the folders of this PREFIX, not /usr/local" {
	# make install-man writes the pages install copies; no compiling.
	b="$BATS_TEST_TMPDIR/b"
	run -0 --separate-stderr make -s --no-print-directory -C "$RK_ROOT" install-man B="$b" PREFIX=/opt/rk
	assert_output ''
	run -1 grep -l /usr/local "$b"/man/*
	run -0 grep -h 'opt/rk' "$b/man/rekindle.7"
	assert_output "$(printf '%s\n' PATH=/opt/rk/bin:/usr/bin:/bin '.It Pa /opt/rk/share/rekindle/' \
	    '.It Pa /opt/rk/share/bash-completion/completions/rk-*' \
	    '.It Pa /opt/rk/share/zsh/site-functions/_rekindle')"
	run -0 grep -c '^\.It Pa /opt/rk/share/rekindle/' "$b/man/rekindle-files.5"
	assert_output 4
	# A page without an installed path is copied as it is.
	cmp "$RK_ROOT/man/rk-since.1" "$b/man/rk-since.1"
}

# bats test_tags=dist
@test "man rekindle opens the overview, rekindle(7); the formats are rekindle-files(5)" {
	command -v man >/dev/null || skip "man is not installed"
	d="$BATS_TEST_TMPDIR/root"
	make -s -C "$RK_ROOT" install DESTDIR="$d" >/dev/null
	m="$d/usr/local/share/man"
	run man -M "$m" -w rekindle
	assert_success
	assert_output "$m/man7/rekindle.7"
	run man -M "$m" -w rekindle-files
	assert_output "$m/man5/rekindle-files.5"
	# With the default PREFIX, the pages are installed as they are written.
	cmp "$RK_ROOT/man/rk-ready.1" "$m/man1/rk-ready.1"
	# No page still points at the old name.
	run grep -l 'Xr rekindle 5' "$RK_ROOT"/man/*
	assert_output ''
}

@test "the demo runs all the programs together on the example data" {
	run --separate-stderr env NO_COLOR=1 XDG_DATA_HOME="$BATS_TEST_TMPDIR/xdg" sh "$RK_ROOT/scripts/demo" "$RK_BIN"
	assert_success
	[ -z "$stderr" ] || false
	for p in rk-tip rk-quiz rk-since rk-ready rk-log; do
		assert_line --regexp "^\\\$ $p "
	done
	assert_line 'Most likely reason: An emotional burden (90.9%)'
	assert_line 'Say what you mean'
	assert_line 'Step 2. Let him be the one to call'
	assert_line '4 weeks 5 days'
	assert_line 'next: 60 days since 2026-10-01 on 2026-11-30, in 4 days'
	assert_line 'next: 60 days since 2026-10-01 (the break-up) on 2026-11-30, in 4 days'
	assert_line 'verdict,wait,"ready on 2026-12-10, when 30 days have passed"'
	assert_line '{"category":"self","score":9,"max":11,"percent":81.8,"answered":5,"total":5}'
	assert_line --regexp '^better		burden	Say what you mean	He cannot read your mind\.'
	assert_line '12  2026-11-25  20:15  him  call     reminisce  talked about the lake trip'
	assert_line '2026-10-03  2026-10-24    21'
	assert_line ' 26  27  28  29  30h 31       23  24  25h>26h 27  28  29'
	assert_line '    sign       note'
	assert_line 'longest no-contact streak: 33 days, 2026-10-24 to 2026-11-26'
	assert_line 'visits      12.5%  ###.................  1 of 8 points, 2 of 2 answered'
	assert_line 'Next: Until 2026-12-10, keep the plan to yourself and do not start contact; then'
	assert_line 'Next, step 1: His signs are weak so far. Begin the steps: keep the plan to'
	assert_line 'next,7,"His signs are clear: ask him on a date, but do not commit yet; talk through what did not fit."'
	assert_line 'verdict,ready,the three questions pass and 5 of 5 signs hold'
}

@test "the test run's closing line counts skips apart, each with its reason" {
	run -1 sh "$RK_ROOT/scripts/tap-tally" <<'TAP'
ok 1 adds a row
ok 2 a terminal test # skip no pseudo-terminal here
not ok 3 breaks
# a diagnostic line, ok 4
ok unit journal_test
ok valgrind # skip valgrind is not installed
TAP
	assert_output - <<'OUT'
skipped: 2 a terminal test: no pseudo-terminal here
skipped: valgrind: valgrind is not installed
2 passed, 1 failed, 2 skipped
OUT
}

@test "a skip that gives no reason counts as a failure" {
	run -1 sh "$RK_ROOT/scripts/tap-tally" <<'TAP'
ok 1 fine
ok 2 silent # skip
TAP
	assert_output - <<'OUT'
not ok 2 silent # skipped without saying why
1 passed, 1 failed, 0 skipped
OUT
	run -0 sh "$RK_ROOT/scripts/tap-tally" </dev/null
	assert_output '0 passed, 0 failed, 0 skipped'
}

@test "CI picks out the new closing line" {
	grep -q "grep -E '^\[0-9\]+ passed, \[0-9\]+ failed, \[0-9\]+ skipped\\$'" "$RK_ROOT/.ci/run"
	grep -q 'want valgrind ' "$RK_ROOT/scripts/ensure-deps"
}

@test "terminal tests skip, saying why, where script(1) cannot make a pty" {
	mkdir "$BATS_TEST_TMPDIR/fake" "$BATS_TEST_TMPDIR/t"
	printf '#!/bin/sh\necho "script: failed to create pseudo-terminal" >&2\nexit 1\n' \
	    >"$BATS_TEST_TMPDIR/fake/script"
	chmod +x "$BATS_TEST_TMPDIR/fake/script"
	printf 'load %s/tests/helpers\n@test "needs a terminal" {\n\tneed_pty\n\tfalse\n}\n' \
	    "$RK_ROOT" >"$BATS_TEST_TMPDIR/t/pty.bats"
	run -0 env PATH="$BATS_TEST_TMPDIR/fake:$PATH" bats --tap "$BATS_TEST_TMPDIR/t/pty.bats"
	assert_line 'ok 1 needs a terminal # skip script(1) cannot make a pseudo-terminal here (no /dev/pts?)'
}

# bats test_tags=dist
@test "every test that runs script(1) skips where no pty can be made" {
	# Issue 18: two checked only that script(1) was installed, and failed.
	mkdir "$BATS_TEST_TMPDIR/fake"
	printf '#!/bin/sh\necho "script: failed to create pseudo-terminal" >&2\nexit 1\n' \
	    >"$BATS_TEST_TMPDIR/fake/script"
	chmod +x "$BATS_TEST_TMPDIR/fake/script"
	run -0 env PATH="$BATS_TEST_TMPDIR/fake:$PATH" bats --tap \
	    -f 'several dates on a terminal|wraps titles too, bold' \
	    "$RK_ROOT/tests/rk-since.bats" "$RK_ROOT/tests/rk-tip.bats"
	assert_line --regexp '^ok 1 .* # skip script\(1\) cannot make a pseudo-terminal'
	assert_line --regexp '^ok 2 .* # skip script\(1\) cannot make a pseudo-terminal'
	# And no test runs script(1) without asking first.
	run -0 awk '/^@test/ { name = $0; asked = 0 }
	    /need_pty|script -qe?c true/ { asked = 1 }
	    /script -q/ && !/script -qe?c true/ && !asked { print FILENAME ": " name }' "$RK_ROOT"/tests/*.bats
	assert_output ''
}

@test "the demo shows exactly the commands it runs: run again, they print the same" {
	export XDG_DATA_HOME="$BATS_TEST_TMPDIR/xdg"   # no journal of the tester's
	run --separate-stderr env NO_COLOR=1 XDG_DATA_HOME="$BATS_TEST_TMPDIR/xdg" sh "$RK_ROOT/scripts/demo" "$RK_BIN"
	assert_success
	demo=$(printf '%s\n' "$output" | sed 1d)
	printf '%s\n' "$output" | sed -n 's/^\$ //p' >"$BATS_TEST_TMPDIR/cmds"
	[ "$(wc -l <"$BATS_TEST_TMPDIR/cmds")" -ge 10 ] || false
	run --separate-stderr sh -c 'cd "$1" && while IFS= read -r c; do
		printf "\n\$ %s\n" "$c"; eval "$c" </dev/null; done; rm -r "${journal%/*}"' \
	    sh "$RK_ROOT" <"$BATS_TEST_TMPDIR/cmds"
	assert_success
	[ -z "$stderr" ] || false
	assert_output "$demo"
}

# bats test_tags=dist
@test "make dist writes rekindle-VERSION.tar.gz: what git tracks, no .git, no build" {
	v=$(sed -n 's/^VERSION *= *//p' "$RK_ROOT/Makefile")
	run make -s --no-print-directory -C "$RK_ROOT" dist DIST_DIR="$BATS_TEST_TMPDIR"
	assert_success
	assert_output "$BATS_TEST_TMPDIR/rekindle-$v.tar.gz"
	run tar -tzf "$BATS_TEST_TMPDIR/rekindle-$v.tar.gz"
	assert_success
	for f in Makefile README.md cmd/rk-tip/rk-tip.c io/csv.c man/rekindle.7 \
	    man/rekindle-files.5 data/tips.csv data/examples/answers.csv tests/build.bats \
	    scripts/ensure-deps tools/gen_tips.c debian/control debian/rules LICENSE; do
		assert_line "rekindle-$v/$f"
	done
	refute_line --regexp '/\.git(/|$)'
	refute_line --regexp '^rekindle-[^/]*/(bin|build)/'
	if [ "$(git -C "$RK_ROOT" rev-parse --show-toplevel 2>/dev/null)" = "$RK_ROOT" ]; then
		files=$(printf '%s\n' "${lines[@]}" | grep -v '/$' | sed "s|^rekindle-$v/||" | sort)
		[ "$files" = "$(git -C "$RK_ROOT" ls-files | sort)" ] || false
	fi
}

# bats test_tags=dist
@test "make dist run twice gives the same bytes, whatever the files' times" {
	# Issue 18: the tarball held the files' times and owners, and gzip
	# the time it ran.  It runs in an unpacked copy, whose README.md it
	# touches, so that the source tree is left as it was.
	mkdir "$BATS_TEST_TMPDIR/1" "$BATS_TEST_TMPDIR/2" "$BATS_TEST_TMPDIR/src"
	make -s --no-print-directory -C "$RK_ROOT" dist DIST_DIR="$BATS_TEST_TMPDIR" >/dev/null
	tar -xzf "$BATS_TEST_TMPDIR"/rekindle-*.tar.gz -C "$BATS_TEST_TMPDIR/src"
	src=$(echo "$BATS_TEST_TMPDIR"/src/rekindle-*)
	make -s --no-print-directory -C "$src" dist DIST_DIR="$BATS_TEST_TMPDIR/1" >/dev/null
	sleep 1
	touch "$src/README.md"
	make -s --no-print-directory -C "$src" dist DIST_DIR="$BATS_TEST_TMPDIR/2" >/dev/null
	run -0 cmp "$BATS_TEST_TMPDIR"/1/rekindle-*.tar.gz "$BATS_TEST_TMPDIR"/2/rekindle-*.tar.gz
	run -0 bash -c 'tar -tvzf "$0"/1/rekindle-*.tar.gz | awk "{ print \$2 }" | sort -u' "$BATS_TEST_TMPDIR"
	assert_output '0/0'
}

# bats test_tags=dist
@test "LICENSE at the top is the ISC licence of debian/copyright, and ships" {
	run -0 grep -c 'Permission to use, copy, modify, and/or distribute this software for any' \
	    "$RK_ROOT/LICENSE" "$RK_ROOT/debian/copyright"
	assert_output "$RK_ROOT/LICENSE:1
$RK_ROOT/debian/copyright:1"
	# The licence text is the same, word for word.
	a=$(sed -n '/^Permission/,$p' "$RK_ROOT/LICENSE" | tr -s ' \n' '  ')
	b=$(sed -n '/^License: ISC$/,$p' "$RK_ROOT/debian/copyright" | sed -n '/Permission/,$p' |
	    sed 's/^ \.$//; s/^ //' | tr -s ' \n' '  ')
	assert_equal "$a" "$b"
	grep -qx 'Copyright (c) 2026 Seed 96815c3e maintainers' "$RK_ROOT/LICENSE"
}

# bats test_tags=dist
@test "debian/.gitignore ignores what a package build leaves behind" {
	git -C "$RK_ROOT" rev-parse --git-dir >/dev/null 2>&1 || skip "not a git checkout"
	run -0 git -C "$RK_ROOT" check-ignore --no-index debian/files debian/rekindle/usr/bin/rk-tip \
	    debian/.debhelper/x debian/debhelper-build-stamp debian/rekindle.substvars \
	    debian/rekindle.debhelper.log debian/tmp/x
	assert_equal "${#lines[@]}" 7
	run -1 git -C "$RK_ROOT" check-ignore --no-index debian/rules debian/control debian/changelog
}

# bats test_tags=dist
@test "every source compiles at the declared POSIX level alone, without GNU or BSD extensions" {
	# Issue 18: fwrite_unlocked and tm_gmtoff are not POSIX.1-2008; the
	# Makefile's -D_DEFAULT_SOURCE hid them on glibc.  Here it is left out.
	cd "$RK_ROOT"
	run -0 --separate-stderr bash -c 'for f in core/*.c io/*.c util/*.c cmd/*/*.c; do
		${CC:-cc} -std=c11 -D_POSIX_C_SOURCE=200809L -DRK_VERSION="\"0\"" -I. -Ibuild \
		    -Wall -Wextra -Werror -fsyntax-only "$f" || echo "$f"
	done'
	assert_output ''
}

# bats test_tags=dist
@test "no dead code: every function the library exports is called from another file" {
	# date_valid had no caller (issue 18).
	cd "$RK_ROOT"
	run -0 --separate-stderr bash -c 'for f in core/*.c io/*.c util/*.c cmd/*/*.c; do
		for s in $(awk "/^[a-z_][a-z0-9_]*\\(/ && prev !~ /^static/ && \$0 !~ /^main\\(/ { sub(/\\(.*/, \"\"); print } { prev = \$0 }" "$f"); do
			grep -qw "$s" $(ls cmd/*/*.c core/*.c io/*.c util/*.c tools/*.c tests/unit/*.c tests/fuzz/*.c | grep -vx "$f") || echo "$s"
		done
	done'
	assert_output ''
}
