#!/usr/bin/env bats
# The shell completions, completions/rekindle.bash and completions/_rekindle:
# bash's, called as bash calls them with bash-completion loaded, and zsh's.
# They take the options from --help, so every option must have its line
# there, as the man page has.  The completions are tested where they are
# installed, under make distcheck and CI (bats tag dist); make check keeps
# the --help and man page test.

load helpers

BASH_COMP=$RK_ROOT/completions/rekindle.bash
ZSH_COMP=$RK_ROOT/completions/_rekindle
BASH_COMPLETION=${RK_BASH_COMPLETION:-/usr/share/bash-completion/bash_completion}
PROGS="rk-tip rk-since rk-quiz rk-ready rk-log"

# comp WORD...: what bash offers on TAB at the end of the command line
# WORD..., one a line, sorted.  As bash does, the line is split into words
# at '=' too, and the last word is the one completed.
comp() {
	printf '%s\n' "$*" | comp_lines
}

# comp_lines: the same for each command line on stdin (words separated by
# one space; a line that ends with a space completes an empty word), in one
# bash: the candidates of each line on one line, separated by spaces.
comp_lines() {
	bash -c '
	source "$0" && source "$1" || exit 1
	while IFS= read -r line; do
		read -ra args <<<"$line"
		[[ $line != *" " ]] || args+=("")
		COMP_LINE=$line COMP_POINT=${#line} COMP_WORDS=() n=0
		for w in "${args[@]}"; do
			n=$((n + 1))
			while [[ $w == *=* ]]; do
				[ -z "${w%%=*}" ] || COMP_WORDS+=("${w%%=*}")
				COMP_WORDS+=("=") w=${w#*=}
			done
			[ -z "$w" ] && [ "$n" -lt "${#args[@]}" ] || COMP_WORDS+=("$w")
		done
		COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) COMPREPLY=()
		_rekindle "${args[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
		[ -n "$multi" ] || { [ "${#COMPREPLY[@]}" -eq 0 ] || printf "%s\n" "${COMPREPLY[@]}" | sort -u; continue; }
		echo "${COMPREPLY[*]}"
	done' "$BASH_COMPLETION" "$BASH_COMP"
}

# The long options of program $1: as its man page lists them, or as its
# --help does, one option a line, first on its line (where _longopt and
# zsh's _arguments -- look for them).
man_options() {
	sed -n 's/^\.It Fl .*Fl \(-[a-z][a-z-]*\).*/-\1/p; s/^\.It Fl \(-[a-z][a-z-]*\).*/-\1/p' \
	    "$RK_ROOT/man/$1.1" | sort -u
}
help_options() {
	"$1" --help | grep -oE -- '^ +(-[[:alnum:]], )?--[[:alnum:]-]+' | sed 's/.*--/--/' | sort -u
}

setup() {
	[ -f "$BASH_COMPLETION" ] || skip "bash-completion is not installed"
	cd "$BATS_TEST_TMPDIR"
	touch answers.csv quiz.csv notes.txt
}

@test "every long option of the man page has its line in --help, and no other" {
	for p in $PROGS; do
		[ -n "$(man_options "$p")" ] || false
		[ "$(help_options "$p")" = "$(man_options "$p")" ] || {
			diff <(man_options "$p") <(help_options "$p") | sed "s/^/$p: /"
			false
		}
	done
}

# bats test_tags=dist
@test "bash: every option in --help is completed, each from its first letters" {
	for p in $PROGS; do
		want=$(help_options "$p")
		# (_longopt takes an --opt=VALUE in a description as --opt=)
		got=$(comp "$p" -- | sed 's/=$//' | sort -u)
		[ "$got" = "$want" ] || { echo "$p: $got != $want"; false; }
		# Each option, from its first letters: one line of candidates each.
		multi=1 run comp_lines < <(printf "$p %s\n" $(printf '%.4s\n' $want))
		assert_equal "${#lines[@]}" "$(wc -l <<<"$want")"
		i=0
		for o in $want; do
			[[ " ${lines[i]} " == *" $o "* ]] || { echo "$p ${o:0:4}: ${lines[i]}"; false; }
			i=$((i + 1))
		done
	done
}

# bats test_tags=dist
@test "bash: long options" {
	run comp rk-tip --se
	assert_success
	assert_output "$(printf '%s\n' --section --seed)"
	run comp rk-ready --min
	assert_output "$(printf '%s\n' --min-days --min-signs)"
	run comp rk-log --sig
	assert_output "$(printf '%s\n' --sign --signs)"
	run comp rk-quiz --q
	assert_output "$(printf '%s\n' --questions --quiz-file)"
}

# bats test_tags=dist
@test "bash: rk-tip -s completes the sections" {
	sections=$(rk-tip -l --format=csv | tail -n +2 | cut -d, -f1 | sort)
	run comp rk-tip -s ""
	assert_output "$sections"
	run comp rk-tip -s st
	assert_output steps
	run comp rk-tip --section b
	assert_output better
	run comp rk-tip --section=re
	assert_output reasons
	run comp rk-tip --section=
	assert_output "$sections"
}

# bats test_tags=dist
@test "bash: --format values in every program" {
	for p in $PROGS; do
		run comp "$p" --format ""
		assert_output "$(printf '%s\n' csv json text tsv)"
	done
	run comp rk-since --format=t
	assert_output "$(printf '%s\n' text tsv)"
	run comp rk-log --format=j
	assert_output json
}

# bats test_tags=dist
@test "bash: rk-quiz completes a quiz name first, then answers files" {
	run comp rk-quiz ""
	assert_output "$(printf '%s\n' his-signs qualify signs why)"
	run comp rk-quiz q
	assert_output qualify
	run comp rk-quiz -n 3 --format csv h
	assert_output his-signs
	run comp rk-quiz why a
	assert_output answers.csv
	run comp rk-quiz -q q
	assert_output quiz.csv
	run comp rk-quiz -q quiz.csv a
	assert_output answers.csv
}

# bats test_tags=dist
@test "bash: rk-log completes me or him, signs and --who" {
	run comp rk-log ""
	assert_output "$(printf '%s\n' him me)"
	run comp rk-log -a yesterday -s flirt h
	assert_output him
	run comp rk-log -s ""
	assert_output "$(printf '%s\n' company contact flirt hangout reminisce visits)"
	run comp rk-log --sign=fl
	assert_output flirt
	run comp rk-log -l --who m
	assert_output me
	run comp rk-log him text ""
	assert_output ""
	# The month of --cal is free.
	run comp rk-log --cal --sunday ""
	assert_output ""
}

# bats test_tags=dist
@test "bash: files where a file goes, nothing where a value is free" {
	run comp rk-since -c date --where who=me ''
	assert_output "$(printf '%s\n' answers.csv notes.txt quiz.csv)"
	run comp rk-ready --since 2026-10-01 n
	assert_output notes.txt
	run comp rk-tip -f n
	assert_output notes.txt
	run comp rk-tip --file=n
	assert_output notes.txt
	run comp rk-log -f n
	assert_output notes.txt
	run comp rk-quiz --ask -o n
	assert_output notes.txt
	run comp rk-tip -n ""
	assert_output ""
	run comp rk-since --today ""
	assert_output ""
	run comp rk-tip ""
	assert_output ""
	run comp rk-ready --min-signs ""
	assert_output "$(printf '%s\n' 0 1 2 3 4 5)"
}

# bats test_tags=dist
@test "bash: make install puts the completion where bash-completion looks, under each program's name" {
	d="$BATS_TEST_TMPDIR/root"
	make -s -C "$RK_ROOT" install DESTDIR="$d" PREFIX=/usr >/dev/null
	for p in $PROGS; do
		cmp "$BASH_COMP" "$d/usr/share/bash-completion/completions/$p"
		# bash-completion loads it when $p is first completed.
		run bash -c 'source "$1"; BASH_COMPLETION_USER_DIR=$2 __load_completion "$3" &&
		    complete -p "$3"' sh "$BASH_COMPLETION" "$d/usr/share/bash-completion" "$p"
		assert_output "complete -F _rekindle $p"
	done
	cmp "$ZSH_COMP" "$d/usr/share/zsh/site-functions/_rekindle"
	make -s -C "$RK_ROOT" uninstall DESTDIR="$d" PREFIX=/usr >/dev/null
	# the files, and the folders install made for them, are gone
	[ ! -e "$d/usr/share/bash-completion" ] || false
	[ ! -e "$d/usr/share/zsh" ] || false
	run find "$d" -type f
	assert_output ""
}

# zsh: _arguments is replaced by one that prints what it was given, so the
# test sees the specs the completion builds for each program, given the
# words of the command line so far (the program first).
zsh_specs() {
	zsh -fc '_arguments() { printf "%s\n" "$@"; }
	_call_program() { shift; "$@"; }
	service=$1 words=("$@")
	source "$0"' "$ZSH_COMP" "$@"
}

# bats test_tags=dist
@test "zsh: the completion parses, names every program, and ends with _arguments --" {
	command -v zsh >/dev/null || skip "zsh is not installed"
	run zsh -n "$ZSH_COMP"
	assert_success
	assert_output ""
	[ "$(head -1 "$ZSH_COMP")" = "#compdef $PROGS" ] || false
	for p in $PROGS; do
		run zsh_specs "$p"
		assert_success
		assert_line --index 0 -- -s
		# the options not named below come from --help
		assert_line --index $((${#lines[@]} - 1)) -- --
	done
}

# bats test_tags=dist
@test "zsh: the value sets are in the completion" {
	command -v zsh >/dev/null || skip "zsh is not installed"
	run zsh_specs rk-tip
	assert_line "(-s --section)--section=[only tips of a section]:section:($(rk-tip -l --format=csv | sed '1d; s/,.*//' | tr '\n' ' ' | sed 's/ $//'))"
	assert_line '--format=[output format]:format:(csv tsv text json)'
	run zsh_specs rk-quiz
	assert_line '1:quiz:(why qualify signs his-signs)'
	assert_line '(-q --quiz-file 1)--quiz-file=[your own quiz]:quiz file:_files'
	run zsh_specs rk-log
	assert_line '1:who started it:(me him)'
	refute_line '1:month (YYYY-MM): '
	run zsh_specs rk-log --sunday --cal
	assert_line '1:month (YYYY-MM): '
	refute_line '1:who started it:(me him)'
	run zsh_specs rk-log
	assert_line '--who=[only events started by WHO]:who:(me him)'
	assert_line '(-s --sign)-s+[the sign he gave]:sign:(contact hangout company visits reminisce flirt)'
	run zsh_specs rk-ready
	assert_line '*:answers file:_files'
}
