#!/usr/bin/env bats
# What the option tables give every program: --help that fits 80 columns,
# getopt's messages for bad options, and the nearest name for a misspelling.

load helpers

PROGS="rk-tip rk-since rk-quiz rk-ready rk-log"

@test "every --help line fits 80 columns" {
	for p in $PROGS; do
		run -0 --separate-stderr "$p" --help
		[ -z "$stderr" ] || false
		[ "${#lines[@]}" -gt 10 ] || false
		for l in "${lines[@]}"; do
			[ "${#l}" -le 80 ] || { echo "$p: ${#l}: $l" >&2; false; }
		done
	done
}

@test "-h is --help, in every program" {
	for p in $PROGS; do
		[ "$("$p" -h)" = "$("$p" --help)" ] || false
	done
}

@test "a misspelled long option suggests the nearest name, in every program" {
	run -2 --separate-stderr rk-tip --sectoin steps
	assert_output ""
	[ "${stderr_lines[0]}" = "rk-tip: unrecognized option '--sectoin'; did you mean --section?" ] || false
	[ "${stderr_lines[1]}" = "Try 'rk-tip --help' for more information." ] || false
	[ "${#stderr_lines[@]}" -eq 2 ] || false
	run -2 --separate-stderr rk-tip --sectoin=steps
	[ "${stderr_lines[0]}" = "rk-tip: unrecognized option '--sectoin'; did you mean --section?" ] || false
	run -2 --separate-stderr rk-since --milestons 7 2026-10-01
	[ "${stderr_lines[0]}" = "rk-since: unrecognized option '--milestons'; did you mean --milestones?" ] || false
	run -2 --separate-stderr rk-quiz --quizfile q.csv
	[ "${stderr_lines[0]}" = "rk-quiz: unrecognized option '--quizfile'; did you mean --quiz-file?" ] || false
	run -2 --separate-stderr rk-ready --mindays 10
	[ "${stderr_lines[0]}" = "rk-ready: unrecognized option '--mindays'; did you mean --min-days?" ] || false
	run -2 --separate-stderr rk-log --fromat csv -l
	[ "${stderr_lines[0]}" = "rk-log: unrecognized option '--fromat'; did you mean --format?" ]
}

@test "a long option far from every name gets no suggestion" {
	run -2 --separate-stderr rk-tip --zzz
	[ "${stderr_lines[0]}" = "rk-tip: unrecognized option '--zzz'" ] || false
	run -2 --separate-stderr rk-log --colour
	[ "${stderr_lines[0]}" = "rk-log: unrecognized option '--colour'" ]
}

@test "getopt's other messages: ambiguous, missing or unwanted argument, bad letter" {
	run -2 --separate-stderr rk-tip --s steps
	[ "${stderr_lines[0]}" = "rk-tip: option '--s' is ambiguous; possibilities: '--seed' '--section' '--step'" ] || false
	[ "${stderr_lines[1]}" = "Try 'rk-tip --help' for more information." ] || false
	[ "${#stderr_lines[@]}" -eq 2 ] || false
	run -2 --separate-stderr rk-tip --all=yes
	[ "${stderr_lines[0]}" = "rk-tip: option '--all' doesn't allow an argument" ] || false
	run -2 --separate-stderr rk-tip --section
	[ "${stderr_lines[0]}" = "rk-tip: option '--section' requires an argument" ] || false
	run -2 --separate-stderr rk-tip -s
	[ "${stderr_lines[0]}" = "rk-tip: option requires an argument -- 's'" ] || false
	run -2 --separate-stderr rk-tip -x
	[ "${stderr_lines[0]}" = "rk-tip: invalid option -- 'x'" ] || false
	run -2 --separate-stderr rk-tip -ax
	[ "${stderr_lines[0]}" = "rk-tip: invalid option -- 'x'" ] || false
	# An unambiguous prefix still works, as getopt_long allows.
	run -0 rk-tip --sec steps --step 1 --form csv
	assert_line --index 0 section,step,tags,title,text
}

@test "rk-tip -s: a misspelled section suggests the nearest" {
	run -2 --separate-stderr rk-tip -s stesp
	assert_output ""
	assert_stderr_line 'rk-tip: -s: no section "stesp"; did you mean steps? (rk-tip -l lists them)'
	run -2 --separate-stderr rk-tip --section reason
	assert_stderr_line 'rk-tip: -s: no section "reason"; did you mean reasons? (rk-tip -l lists them)'
	run -2 --separate-stderr rk-tip -s zzzzzz
	assert_stderr_line 'rk-tip: -s: no section "zzzzzz" (rk-tip -l lists them)'
}

@test "rk-quiz: a misspelled quiz suggests the nearest" {
	run -2 --separate-stderr rk-quiz qualfy /dev/null
	assert_output ""
	assert_stderr_line 'rk-quiz: no quiz "qualfy"; did you mean qualify? (rk-quiz -l lists them)'
	run -2 --separate-stderr rk-quiz --questions his-sign
	assert_stderr_line 'rk-quiz: no quiz "his-sign"; did you mean his-signs? (rk-quiz -l lists them)'
	run -2 --separate-stderr rk-quiz nothing-like-it
	assert_stderr_line 'rk-quiz: no quiz "nothing-like-it" (rk-quiz -l lists them)'
}
