#!/usr/bin/env bats
# The shell completions, written at build time from the option tables
# (tools/mkcomplete): bash's, called as bash calls them, and zsh's, parsed.

load helpers

COMP=${RK_COMPLETE:-$RK_ROOT/build/complete}

# comp PROGRAM WORD...: complete the last WORD of the command line, as bash
# does on TAB, and print the candidates one a line.
comp() {
	source "$COMP/bash/$1"
	COMP_WORDS=("$@")
	COMP_CWORD=$(($# - 1))
	COMPREPLY=()
	"_${1//-/_}"
	[ "${#COMPREPLY[@]}" -eq 0 ] || printf '%s\n' "${COMPREPLY[@]}"
}

setup() {
	cd "$BATS_TEST_TMPDIR"
	touch answers.csv quiz.csv notes.txt
}

@test "a completion for each program, bash and zsh" {
	for p in rk-tip rk-since rk-quiz rk-ready rk-log; do
		[ -s "$COMP/bash/$p" ] || false
		[ -s "$COMP/zsh/_$p" ] || false
		grep -qx "complete -F _${p//-/_} $p" "$COMP/bash/$p"
		[ "$(head -1 "$COMP/zsh/_$p")" = "#compdef $p" ] || false
	done
}

@test "bash: long options, with = where a value follows" {
	run comp rk-tip --se
	assert_success
	assert_output "$(printf '%s\n' --seed= --section=)"
	run comp rk-ready --min
	assert_output "$(printf '%s\n' --min-days= --min-signs=)"
	run comp rk-log --sig
	assert_output "$(printf '%s\n' --sign= --signs)"
	run comp rk-quiz --q
	assert_output "$(printf '%s\n' --quiz-file= --questions)"
}

@test "bash: every option in --help is completed, and nothing else" {
	for p in rk-tip rk-since rk-quiz rk-ready rk-log; do
		want=$("$p" --help | grep -oE -- '^  (-., |    )--[a-z-]+' | sed 's/.*--/--/' | sort)
		got=$(comp "$p" -- | sed 's/=$//' | sort)
		[ "$got" = "$want" ] || { echo "$p: $got != $want" >&2; false; }
	done
}

@test "bash: rk-tip -s completes the sections" {
	run comp rk-tip -s ""
	assert_output "$(rk-tip -l --format=csv | tail -n +2 | cut -d, -f1)"
	run comp rk-tip -s st
	assert_output steps
	run comp rk-tip --section b
	assert_output better
}

@test "bash: --opt=value, split at = by bash or not" {
	run comp rk-tip --section=re
	assert_output --section=reasons
	run comp rk-tip --section = re
	assert_output reasons
	run comp rk-tip --section =
	assert_output "$(rk-tip -l --format=csv | tail -n +2 | cut -d, -f1)"
	run comp rk-since --format=t
	assert_output "$(printf '%s\n' --format=tsv --format=text)"
}

@test "bash: --format values in every program" {
	for p in rk-tip rk-since rk-quiz rk-ready rk-log; do
		run comp "$p" --format ""
		assert_output "$(printf '%s\n' csv tsv text)"
	done
}

@test "bash: rk-quiz completes a quiz name first, then answers files" {
	run comp rk-quiz ""
	assert_output "$(printf '%s\n' why qualify signs his-signs)"
	run comp rk-quiz q
	assert_output qualify
	run comp rk-quiz -n 3 --format csv h
	assert_output his-signs
	run comp rk-quiz why a
	assert_output answers.csv
	run comp rk-quiz -q q
	assert_output quiz.csv
}

@test "bash: rk-log completes me or him, signs and --who" {
	run comp rk-log ""
	assert_output "$(printf '%s\n' me him)"
	run comp rk-log -a yesterday -s flirt h
	assert_output him
	run comp rk-log -s ""
	assert_output "$(printf '%s\n' contact hangout company visits reminisce flirt)"
	run comp rk-log --sign=fl
	assert_output --sign=flirt
	run comp rk-log -l --who m
	assert_output me
	run comp rk-log him text ""
	assert_output ""
}

@test "bash: files where a file goes, nothing where a value is free" {
	run bash -c "$(declare -f comp); COMP=$COMP; comp rk-since -c date --where who=me '' | sort"
	assert_output "$(printf '%s\n' answers.csv notes.txt quiz.csv)"
	run comp rk-ready --since 2026-10-01 n
	assert_output notes.txt
	run comp rk-tip -f n
	assert_output notes.txt
	run comp rk-tip --file=n
	assert_output --file=notes.txt
	run comp rk-tip -n ""
	assert_output ""
	run comp rk-since --today ""
	assert_output ""
	run comp rk-tip ""
	assert_output ""
	run comp rk-ready --min-signs ""
	assert_output "$(printf '%s\n' 0 1 2 3 4 5)"
}

@test "zsh: every completion parses" {
	command -v zsh >/dev/null || skip "zsh is not installed"
	for p in rk-tip rk-since rk-quiz rk-ready rk-log; do
		run zsh -n "$COMP/zsh/_$p"
		assert_success
		assert_output ""
	done
}

@test "zsh: the value sets are in the completion" {
	grep -qF "'--section=[only tips of section NAME (see -l)]:NAME:(steps " "$COMP/zsh/_rk-tip"
	grep -qF "'1:operand:(why qualify signs his-signs)'" "$COMP/zsh/_rk-quiz"
	grep -qF "'1:operand:(me him)'" "$COMP/zsh/_rk-log"
	grep -qF ":WHO:(me him)'" "$COMP/zsh/_rk-log"
	grep -qF "'*:operand:_files'" "$COMP/zsh/_rk-ready"
}

@test "make install puts the completions where bash and zsh look; uninstall takes them away" {
	d="$BATS_TEST_TMPDIR/root"
	make -s -C "$RK_ROOT" install DESTDIR="$d" PREFIX=/usr >/dev/null
	for p in rk-tip rk-since rk-quiz rk-ready rk-log; do
		cmp "$RK_ROOT/build/complete/bash/$p" "$d/usr/share/bash-completion/completions/$p"
		cmp "$RK_ROOT/build/complete/zsh/_$p" "$d/usr/share/zsh/site-functions/_$p"
	done
	make -s -C "$RK_ROOT" uninstall DESTDIR="$d" PREFIX=/usr >/dev/null
	# the files, and the folders install made for them, are gone
	[ ! -e "$d/usr/share/bash-completion" ] || false
	[ ! -e "$d/usr/share/zsh" ] || false
	run find "$d" -type f
	assert_output ""
}
