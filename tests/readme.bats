#!/usr/bin/env bats
# README.md tells the truth: its examples print what it shows, on a
# terminal, and its crontab lines work under cron.

load helpers

# The commands of README's ```console blocks, each echoed as "$ command"
# before it runs, as one shell session at the top of a copy of the tree.
readme_session() {
	awk '/^```console$/ { on = 1; next } /^```$/ { on = 0 } on && sub(/^\$ /, "") { print }' \
	    "$RK_ROOT/README.md" | while IFS= read -r c; do
		printf 'printf "%%s\\n" %q\n%s\n' "\$ $c" "$c"
	done
}

@test "README's examples print, on a terminal, what README shows" {
	script -qc true /dev/null </dev/null >/dev/null 2>&1 ||
	    skip "script(1) cannot open a terminal here"
	# rk-ready reads rk-log's default journal when there is one: none here.
	export XDG_DATA_HOME="$BATS_TEST_TMPDIR/xdg"
	d="$BATS_TEST_TMPDIR/tree"
	mkdir "$d"
	ln -s "$RK_ROOT/data" "$d/data"
	{ echo 'stty cols 80 rows 24'; readme_session; } >"$BATS_TEST_TMPDIR/session"
	want=$(awk '/^```console$/ { on = 1; next } /^```$/ { on = 0 } on' "$RK_ROOT/README.md")
	[ -n "$want" ] || false
	run bash -c 'cd "$1" && NO_COLOR=1 script -qec "bash $2" /dev/null </dev/null | tr -d "\r"' \
	    sh "$d" "$BATS_TEST_TMPDIR/session"
	assert_output "$want"
}

@test "README puts the programs on PATH before its first example runs one" {
	# A shell with none of them on PATH, at the top of a tree built by make.
	d="$BATS_TEST_TMPDIR/tree"
	mkdir "$d"
	ln -s "$RK_BIN" "$d/bin"
	before=$(readme_session | awk '/^rk-/ { exit } { print }')
	run -0 --separate-stderr env -i PATH=/usr/bin:/bin HOME="$BATS_TEST_TMPDIR" \
	    bash -c 'cd "$1" && eval "$2" >/dev/null && command -v rk-quiz' sh "$d" "$before"
	assert_output "$d/bin/rk-quiz"
}

# bats test_tags=dist
@test "README's crontab lines use absolute paths, and run under cron's bare environment" {
	lines=$(awk '/^```crontab$/ { on = 1; next } /^```$/ { on = 0 } on && NF' "$RK_ROOT/README.md")
	[ -n "$lines" ] || false
	d="$BATS_TEST_TMPDIR/root"
	make -s -C "$RK_ROOT" install DESTDIR="$d" >/dev/null
	mkdir "$BATS_TEST_TMPDIR/home"
	# README's config file, where cron's HOME has it.
	mkdir -p "$BATS_TEST_TMPDIR/home/.config/rekindle"
	awk '/^```ini$/ { on = 1; next } on && /^```$/ { exit } on' "$RK_ROOT/README.md" \
	    >"$BATS_TEST_TMPDIR/home/.config/rekindle/config"
	grep -q '^since = ' "$BATS_TEST_TMPDIR/home/.config/rekindle/config" || false
	n=0
	while read -r min hour dom mon dow cmd; do
		n=$((n + 1))
		# cron turns a % into a newline.
		[[ $cmd != *%* ]] || { echo "a % in: $cmd"; false; }
		# Each command of the line is named by its absolute path.
		for w in $(printf '%s\n' "$cmd" | sed 's/&&\|||\||\|;/\n/g' | awk '{ print $1 }'); do
			[[ $w == /* ]] || { echo "not absolute: $w in: $cmd"; false; }
		done
		# What cron gives a job: HOME, LOGNAME, SHELL=/bin/sh, PATH=/usr/bin:/bin,
		# no terminal, no TERM, standard input from nowhere.
		run --separate-stderr env -i HOME="$BATS_TEST_TMPDIR/home" LOGNAME=root \
		    SHELL=/bin/sh PATH=/usr/bin:/bin \
		    /bin/sh -c "${cmd//\/usr\/local\//$d/usr/local/}" </dev/null
		[ -z "$stderr" ] || { echo "stderr: $stderr from: $cmd"; false; }
		[ "$status" -le 1 ] || { echo "status $status from: $cmd"; false; }
		if [ "$status" -eq 0 ]; then [ -n "$output" ] || false; else [ -z "$output" ] || false; fi
	done <<<"$lines"
	[ "$n" -ge 2 ] || false
	# The tip of the day prints a tip every day.
	run env -i PATH=/usr/bin:/bin "$d/usr/local/bin/rk-tip" --daily </dev/null
	assert_success
}
