#!/usr/bin/env bats
# The programs together: the pipelines of SPEC.md and rekindle(7), and the
# crontab lines of rekindle(7) run as cron would run them.

load helpers

EX="$RK_ROOT/data/examples"

# The tips tagged with each category named, in that order, each tip once,
# worked out with awk from the TSV of all tips: an account independent of
# rk-tip --for's own code.
tips_for() {
	rk-tip -a --format=tsv | awk -F'\t' -v cats="$*" '
	    NR == 1 { print; next }
	    { row[NR] = $0; tags[NR] = " " $3 " "; n = NR }
	    END {
		k = split(cats, c, " ")
		for (i = 1; i <= k; i++)
			for (r = 2; r <= n; r++)
				if (!(r in done) && index(tags[r], " " c[i] " ")) {
					print row[r]; done[r] = 1
				}
	    }'
}

@test "rk-quiz why | rk-tip --for: the tips for the reasons, likeliest first" {
	order=$(rk-quiz why "$EX/answers.csv" | awk -F, 'NR > 1 && $4 > 0 { printf "%s ", $1 }')
	[ "$order" = "burden self respect attraction goals " ] || false
	run --separate-stderr bash -c "rk-quiz why '$EX/answers.csv' | rk-tip --for --format=tsv"
	assert_success
	assert_output "$(tips_for $order)"
	assert_line --index 1 --regexp $'\tburden[ \t]|\t[a-z ]* burden[ \t]'
}

@test "rk-quiz -n 1 why | rk-tip --for -n 2: the two that fit the likeliest reason best" {
	run -0 --separate-stderr bash -c "rk-quiz -n 1 why '$EX/answers.csv' | rk-tip --for -n 2 --format=tsv"
	assert_output "$(tips_for burden | head -n 3)"
}

@test "rk-quiz signs | rk-tip --for: the failing signs first, none for those that hold" {
	# answers.csv, where every sign holds, but the pain has not eased (time
	# 66.7%) and the friends oppose (0%).
	a=$(sed 's/^time.healed,yes$/time.healed,no/; s/^friends.oppose,no$/friends.oppose,yes/
	    s/^friends.support,yes$/friends.support,no/' "$EX/answers.csv" | fixture a.csv)
	run -0 --separate-stderr bash -c "rk-quiz signs '$a' | rk-tip --for --format=tsv"
	assert_output "$(tips_for friends time)"
}

@test "rk-ready | rk-tip --for: the advice for what is missing" {
	run --separate-stderr bash -c "rk-ready --today 2026-11-26 --since 2026-11-10 '$EX/ready.csv' | rk-tip --for --format=tsv"
	assert_success
	assert_output "$(tips_for time)"
}

@test "rk-ready || rk-tip --step 2: a step-2 tip when not ready yet" {
	run --separate-stderr bash -c "rk-ready -q --today 2026-11-26 --since 2026-11-10 '$EX/ready.csv' || rk-tip --step 2 --format=csv -n 1 --seed 1"
	assert_success
	[ "${#lines[@]}" -eq 2 ] || false
	[[ "${lines[1]}" == steps,2,* ]] || false
	# and nothing when ready: answers.csv says the pain has eased
	run --separate-stderr bash -c "rk-ready -q --today 2026-11-26 --days 40 '$EX/answers.csv' || rk-tip --step 2"
	assert_success
	assert_output ''
}

@test "rk-since output feeds a script: events at least 30 days old" {
	run --separate-stderr bash -c "rk-since --today 2026-11-26 -c date '$EX/dates.csv' | awk -F, 'NR > 1 && \$NF >= 30 { print \$2 }'"
	assert_success
	assert_output "$(printf 'break-up\nstarted no contact\nhe texted first')"
}

@test "rk-since --where who=me --last on the example journal: the no-contact streak" {
	run --separate-stderr rk-since --today 2026-11-26 -c date --where who=me --last "$EX/contacts.csv"
	assert_success
	# The last row with who=me is dated 2026-10-24: 7 days to 2026-10-31,
	# then 26 more to 2026-11-26.
	assert_output 33
	[ "$(grep -c ',me,' "$EX/contacts.csv")" -ge 1 ] || false
	[ "$(grep ',me,' "$EX/contacts.csv" | cut -d, -f1 | sort | tail -n 1)" = 2026-10-24 ]
}

# Each crontab line of rekindle(7), without its schedule, run under cron's
# bare environment: no terminal, no TERM, a minimal PATH, stdin /dev/null.
cron_lines() {
	sed -n 's/^[0-9][0-9]* [0-9][0-9]* \* \* \* //p' "$RK_ROOT/man/rekindle.7" | sed 's/\\e/\\/g'
}

cron_run() {
	# $1 the day, $2 the command
	env -i PATH="$RK_BIN:/usr/bin:/bin" HOME="$BATS_TEST_TMPDIR/home" RK_TODAY="$1" \
	    sh -c "$2" </dev/null
}

@test "rekindle(7): what his signs add up to, from the journal, for a script" {
	grep -qF '| rk-quiz his-signs | grep ^total' "$RK_ROOT/man/rekindle.7"
	run --separate-stderr bash -c "rk-log -f '$EX/contacts.csv' --signs --since 2026-10-02 |
	    rk-quiz his-signs | awk -F, '\$1 == \"total\" { print \$NF }'"
	assert_success
	assert_output strong
	[ -z "$stderr" ]
}

@test "rekindle(7) has the three crontab lines" {
	run cron_lines
	assert_line --index 0 'rk-tip --daily'
	assert_line --index 1 'rk-since --milestones && rk-tip -s steps -n 1'
	assert_line --index 2 'rk-since -c date --where who=me --last -m 7,30 ~/.local/share/rekindle/contacts.csv'
	[ "${#lines[@]}" -eq 3 ]
}

@test "crontab: rk-tip --daily under cron prints the tip of the day, plain" {
	cmd=$(cron_lines | sed -n 1p)
	run --separate-stderr cron_run 2026-10-31 "$cmd"
	assert_success
	assert_output "$(rk-tip --daily --today 2026-10-31 -w 80)"
	! printf '%s' "$output" | grep -q $'\033' || false
	[ -z "$stderr" ]
}

@test "crontab: on a milestone day of the break-up, which one it is and a step tip; silence otherwise" {
	cmd=$(cron_lines | sed -n 2p)
	# The config file of rekindle(7), in the HOME that cron gives.
	mkdir -p "$BATS_TEST_TMPDIR/home/.config/rekindle"
	sed -n '/^\.Sh CONFIGURATION/,/^\.Ed/{/^\.Bd/,/^\.Ed/{/^\./!p}}' "$RK_ROOT/man/rekindle.7" \
	    >"$BATS_TEST_TMPDIR/home/.config/rekindle/config"
	grep -qx 'since = 2026-10-01' "$BATS_TEST_TMPDIR/home/.config/rekindle/config"
	# 2026-10-01 + 30 days = 2026-10-31, a milestone
	run --separate-stderr cron_run 2026-10-31 "$cmd"
	assert_success
	assert_line --index 0 '30 days since 2026-10-01 (the break-up)'
	assert_line --index 1 --regexp '^Step [1-7]\. '
	[ -z "$stderr" ] || false
	run --separate-stderr cron_run 2026-11-01 "$cmd"
	assert_failure 1
	assert_output ''
	[ -z "$stderr" ]
}

@test "crontab: the no-contact milestone from the journal" {
	cmd=$(cron_lines | sed -n 3p)
	mkdir -p "$BATS_TEST_TMPDIR/home/.local/share/rekindle"
	cp "$EX/contacts.csv" "$BATS_TEST_TMPDIR/home/.local/share/rekindle/contacts.csv"
	# The last contact I started was 2026-10-24: 7 days on 2026-10-31.
	run --separate-stderr cron_run 2026-10-31 "$cmd"
	assert_success
	assert_output '7 days since 2026-10-24 (the last date where who=me)'
	run --separate-stderr cron_run 2026-11-01 "$cmd"
	assert_failure 1
	assert_output ''
	[ -z "$stderr" ]
}

# ---- the examples of the man pages that show their output ---------------

@test "the examples of rk-log(1) that show output print it" {
	run -0 page_examples rk-log.1
	assert_output 3
}

@test "the examples of rekindle-files(5) that show output print it, backslashes and all" {
	run -0 page_examples rekindle-files.5 all
	assert_output 3
}

@test "the examples of rekindle(7) that show output print it" {
	# rk-ready reads rk-log's default journal when there is one: none here.
	export XDG_DATA_HOME="$BATS_TEST_TMPDIR/xdg"
	run -0 page_examples rekindle.7
	assert_output 6
}

# ---- the man pages as pages ----------------------------------------------

@test "plain mandoc -Tlint finds nothing in the man pages, and every NAME line names rekindle" {
	# scripts/man-lint: mandoc -Tlint with its style messages, less the
	# cross-references it looks up in the installed manual only; the
	# references between our pages are checked among the pages instead.
	run -0 --separate-stderr sh "$RK_ROOT/scripts/man-lint" "$RK_ROOT"/man/*.[1-8]
	assert_output ''
	[ -z "$stderr" ]
}

@test "every man page's SEE ALSO names every other page of rekindle" {
	for f in "$RK_ROOT"/man/*.[1-8]; do
		see=$(sed -n '/^\.Sh SEE ALSO/,/^\.Sh /s/^\.Xr \([^ ]*\) \([0-9]\).*/\1.\2/p' "$f")
		for g in "$RK_ROOT"/man/*.[1-8]; do
			case $g in "$f") continue ;; esac
			grep -qx "${g##*/}" <<<"$see" || echo "${f##*/} lacks ${g##*/}"
		done
	done >"$BATS_TEST_TMPDIR/lacks"
	run cat "$BATS_TEST_TMPDIR/lacks"
	assert_output ''
}

@test "man-lint: an .Os argument, a long line, a NAME line without rekindle and a missing page" {
	d="$BATS_TEST_TMPDIR/man"
	mkdir -p "$d"
	cp "$RK_ROOT/man/rk-tip.1" "$RK_ROOT/man/rekindle.7" "$d/"
	sed -i -e 's/^\.Os$/.Os rekindle/' -e 's/^\.Nd .*/.Nd print advice, like fortune/' \
	    -e 's/^prints advice drawn.*/& and a line that goes on well past eighty bytes/' \
	    "$d/rk-tip.1"
	run -1 --separate-stderr sh "$RK_ROOT/scripts/man-lint" "$d/rk-tip.1" "$d/rekindle.7"
	assert_line "mandoc: $d/rk-tip.1:3:5: STYLE: operating system explicitly specified: Os rekindle (NetBSD)"
	assert_line --partial ": STYLE: input text line longer than 80 bytes: prints advice dra"
	assert_line "$d/rk-tip.1: the .Nd line does not name rekindle"
	assert_line "$d/rk-tip.1: Xr rk-quiz 1: not among the pages"
	assert_line "$d/rk-tip.1: Xr rekindle-files 5: not among the pages"
	refute_line --partial 'Xr rekindle 7'
	refute_line --partial 'Xr cron 8'
	[ -z "$stderr" ]
}
