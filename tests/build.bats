#!/usr/bin/env bats
# The build as a user meets it: install, uninstall, and the demo.

load helpers

@test "make install honours DESTDIR and PREFIX: programs, man pages and data" {
	d="$BATS_TEST_TMPDIR/root"
	run make -s -C "$RK_ROOT" install DESTDIR="$d" PREFIX=/usr
	assert_success
	for p in "$RK_ROOT"/cmd/*.c; do
		p=${p##*/}; p=${p%.c}
		[ -x "$d/usr/bin/$p" ] || { echo "missing $p"; false; }
		[ -f "$d/usr/share/man/man1/$p.1" ] || { echo "missing $p.1"; false; }
	done
	for f in "$RK_ROOT"/data/*.csv; do
		cmp "$f" "$d/usr/share/rekindle/${f##*/}"
	done
	[ -f "$d/usr/share/rekindle/examples/why.csv" ]
	# The installed program needs no data file: its tips are compiled in.
	run "$d/usr/bin/rk-tip" -a --format=csv
	assert_output "$(cat "$DATA/tips.csv")"
}

@test "make uninstall removes what install put there" {
	d="$BATS_TEST_TMPDIR/root"
	make -s -C "$RK_ROOT" install DESTDIR="$d" PREFIX=/opt/rk >/dev/null
	run make -s -C "$RK_ROOT" uninstall DESTDIR="$d" PREFIX=/opt/rk
	assert_success
	# The folders install made go too, when nothing else is in them.
	run find "$d" -mindepth 1
	assert_output ''
}

@test "make uninstall leaves a folder that holds something else, and that thing" {
	d="$BATS_TEST_TMPDIR/root"
	mkdir -p "$d/opt/rk/bin" && touch "$d/opt/rk/bin/other"
	make -s -C "$RK_ROOT" install DESTDIR="$d" PREFIX=/opt/rk >/dev/null
	[ -x "$d/opt/rk/bin/rk-tip" ]
	run make -s -C "$RK_ROOT" uninstall DESTDIR="$d" PREFIX=/opt/rk
	assert_success
	run find "$d" -mindepth 1
	assert_output "$d/opt
$d/opt/rk
$d/opt/rk/bin
$d/opt/rk/bin/other"
}

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
	# No page still points at the old name.
	run grep -l 'Xr rekindle 5' "$RK_ROOT"/man/*
	assert_output ''
}

@test "the demo runs all the programs together on the example data" {
	run --separate-stderr env NO_COLOR=1 sh "$RK_ROOT/scripts/demo" "$RK_BIN"
	assert_success
	[ -z "$stderr" ]
	for p in rk-tip rk-quiz rk-since rk-ready rk-log; do
		assert_line --regexp "^\\\$ $p "
	done
	assert_line 'Most likely reason: An emotional burden (90.9%)'
	assert_line '4 weeks 5 days'
	assert_line 'verdict,wait,"ready on 2026-12-10, when 30 days have passed"'
	assert_line '2026-11-25  20:15  him  call     reminisce  talked about the lake trip'
	assert_line 'visits      50.0%  ##########..........  3 of 6 points, 2 of 2 answered'
}

@test "the demo shows exactly the commands it runs: run again, they print the same" {
	run --separate-stderr env NO_COLOR=1 sh "$RK_ROOT/scripts/demo" "$RK_BIN"
	assert_success
	demo=$(printf '%s\n' "$output" | sed 1d)
	printf '%s\n' "$output" | sed -n 's/^\$ //p' >"$BATS_TEST_TMPDIR/cmds"
	[ "$(wc -l <"$BATS_TEST_TMPDIR/cmds")" -ge 10 ]
	run --separate-stderr sh -c 'cd "$1" && while IFS= read -r c; do
		printf "\n\$ %s\n" "$c"; eval "$c" </dev/null; done; rm -r "${journal%/*}"' \
	    sh "$RK_ROOT" <"$BATS_TEST_TMPDIR/cmds"
	assert_success
	[ -z "$stderr" ]
	assert_output "$demo"
}

@test "make dist writes rekindle-VERSION.tar.gz: what git tracks, no .git, no build" {
	v=$(sed -n 's/^VERSION *= *//p' "$RK_ROOT/Makefile")
	run make -s --no-print-directory -C "$RK_ROOT" dist DIST_DIR="$BATS_TEST_TMPDIR"
	assert_success
	assert_output "$BATS_TEST_TMPDIR/rekindle-$v.tar.gz"
	run tar -tzf "$BATS_TEST_TMPDIR/rekindle-$v.tar.gz"
	assert_success
	for f in Makefile README.md cmd/rk-tip.c lib/csv_reader.c man/rekindle.7 \
	    man/rekindle-files.5 data/tips.csv data/examples/why.csv tests/build.bats \
	    scripts/ensure-deps tools/gen_tips.c debian/control debian/rules; do
		assert_line "rekindle-$v/$f"
	done
	refute_line --regexp '/\.git(/|$)'
	refute_line --regexp '^rekindle-[^/]*/(bin|build)/'
	if [ "$(git -C "$RK_ROOT" rev-parse --show-toplevel 2>/dev/null)" = "$RK_ROOT" ]; then
		files=$(printf '%s\n' "${lines[@]}" | grep -v '/$' | sed "s|^rekindle-$v/||" | sort)
		[ "$files" = "$(git -C "$RK_ROOT" ls-files | sort)" ]
	fi
}
