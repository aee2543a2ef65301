#!/usr/bin/env bats
# The Debian package: built from `make dist`'s tarball, unpacked in a
# temporary folder (so nothing lands beside the worktree), it holds what
# `make install PREFIX=/usr` installs, and lintian finds nothing in it.
# Run by make distcheck and .ci/run, not by make check.
# bats file_tags=dist

load helpers

setup_file() {
	[ -z "${RK_NO_PACKAGE_TEST:-}" ] || return 0
	command -v dpkg-buildpackage >/dev/null || return 0
	command -v dh >/dev/null || return 0
	local d=$BATS_FILE_TMPDIR v
	unset MAKEFLAGS MAKELEVEL MFLAGS
	v=$(sed -n 's/^VERSION *= *//p' "$RK_ROOT/Makefile")
	make -s -C "$RK_ROOT" dist DIST_DIR="$d" >/dev/null
	tar -xzf "$d/rekindle-$v.tar.gz" -C "$d"
	# No tests (they run in make check), no debug symbols: it is quicker.
	(cd "$d/rekindle-$v" &&
	    DEB_BUILD_OPTIONS='nocheck noddebs parallel=2' \
	    dpkg-buildpackage -us -uc -b >"$d/build.log" 2>&1) || true
	deb=$(ls "$d"/rekindle_"$v"_*.deb 2>/dev/null)
	echo "$deb" >"$d/deb"
}

setup() {
	[ -z "${RK_NO_PACKAGE_TEST:-}" ] || skip "inside the package build"
	command -v dpkg-buildpackage >/dev/null || skip "dpkg-buildpackage is not installed (dpkg-dev)"
	command -v dh >/dev/null || skip "dh is not installed (debhelper)"
	deb=$(cat "$BATS_FILE_TMPDIR/deb")
	[ -n "$deb" ] || { cat "$BATS_FILE_TMPDIR/build.log"; false; }
}

@test "the package holds the programs, man pages and data that make install installs" {
	d="$BATS_TEST_TMPDIR/root"
	# as debian/rules installs: with no record of the folders made, since
	# the package manager keeps its own
	make -s -C "$RK_ROOT" install DESTDIR="$d" PREFIX=/usr INSTALL_LOG= >/dev/null
	# man pages are compressed in a package; the rest is as installed.
	want=$(cd "$d" && find . -type f | sed '/\/man\/man/s/$/.gz/' | sort)
	run bash -c "dpkg-deb -c '$deb' | awk '!/^d/ { print \$6 }' | sort"
	assert_success
	doc=$(printf '%s\n' ./usr/share/doc/rekindle/{README.md.gz,changelog.gz,copyright})
	assert_output "$(printf '%s\n%s\n' "$want" "$doc" | sort)"
	assert_line ./usr/bin/rk-tip
	assert_line ./usr/share/man/man7/rekindle.7.gz
	assert_line ./usr/share/man/man5/rekindle-files.5.gz
	assert_line ./usr/share/rekindle/tips.csv
	assert_line ./usr/share/rekindle/examples/answers.csv
}

@test "the packaged programs are linked with libcsv statically, and run" {
	run dpkg-deb -f "$deb" Depends
	assert_success
	refute_output --partial libcsv
	x="$BATS_TEST_TMPDIR/x"
	dpkg-deb -x "$deb" "$x"
	run "$x/usr/bin/rk-since" --today 2026-11-26 2026-11-01
	assert_output 25
}

@test "lintian finds no error and no warning in the package" {
	command -v lintian >/dev/null || skip "lintian is not installed"
	run --separate-stderr lintian --fail-on error,warning "$deb"
	assert_success
	assert_output ''
}

@test "debian/changelog's version is the Makefile's" {
	v=$(sed -n 's/^VERSION *= *//p' "$RK_ROOT/Makefile")
	run dpkg-parsechangelog -l "$RK_ROOT/debian/changelog" -S Version
	assert_output "$v"
}
