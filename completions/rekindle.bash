# bash completion for rekindle: rk-tip, rk-since, rk-quiz, rk-ready, rk-log.
# `make install` puts this file in bash-completion's folder once for each
# program, as bash-completion looks a completion up by the command's name.
#
# The options come from the program's --help, through bash-completion's
# _longopt: an option is completed when --help has a line for it.  Whether
# an option takes a value comes from --help too ("-f, --file FILE"); this
# file only knows the values: FILE takes a file name, and the few options
# and operands below take a word from a fixed set.  Any other value is free
# (a number, a date, a pattern), and nothing is offered for it.

# _rekindle_arg HELP OPT: the value that OPT takes (FILE, N, ...), as its
# --help line shows it, as "--long VALUE"; nothing if it takes none.
_rekindle_arg()
{
	local line re='^ +(-[[:alnum:]])?(, )?(--[[:alnum:]-]+)?[ =]([A-Z][A-Z_]*)( |$)'
	while IFS= read -r line; do
		[[ $line =~ $re ]] || continue
		if [[ $2 == "${BASH_REMATCH[1]}" || $2 == "${BASH_REMATCH[3]}" ]]; then
			printf '%s %s\n' "${BASH_REMATCH[3]:-$2}" "${BASH_REMATCH[4]}"
			return
		fi
	done <<<"$1"
}

_rekindle()
{
	local cur prev words cword split
	_init_completion -s || return

	local prog=${1##*/} help arg i n=0 w
	help=$(LC_ALL=C "$1" --help 2>/dev/null)

	# The value of an option: --opt=value, or the word after it.
	arg=$(_rekindle_arg "$help" "$prev")
	if [[ -n $arg && $prev == -* ]]; then
		case $prog:$arg in
		*:"--format "*)
			COMPREPLY=($(compgen -W 'csv tsv text json' -- "$cur")) ;;
		rk-tip:"--section "*)
			COMPREPLY=($(compgen -W "$("$1" -l --format=csv 2>/dev/null |
			    sed '1d; s/,.*//')" -- "$cur")) ;;
		rk-log:"--sign "*)
			COMPREPLY=($(compgen -W 'contact hangout company visits reminisce flirt' \
			    -- "$cur")) ;;
		rk-log:"--who "*)
			COMPREPLY=($(compgen -W 'me him' -- "$cur")) ;;
		rk-ready:"--min-signs "*)
			COMPREPLY=($(compgen -W '0 1 2 3 4 5' -- "$cur")) ;;
		*" FILE")
			_filedir ;;
		esac
		return
	fi
	$split && return

	if [[ $cur == -* ]]; then
		_longopt "$1"
		return
	fi

	# An operand: count those before it, leaving out options' values.
	for ((i = 1; i < cword; i++)); do
		w=${words[i]}
		case $w in
		--) n=$((n + cword - i - 1)); break ;;
		--*=* | -) ;;
		-*) [[ -n $(_rekindle_arg "$help" "$w") ]] && ((i++)) ;;
		*) ((n++)) ;;
		esac
	done
	case $prog in
	rk-tip) ;;
	rk-quiz)
		# A built-in quiz's name first, unless -q gives the quiz.
		if ((n == 0)) && [[ " ${words[*]:1:cword-1} " != *' '-@(q|-quiz-file)[\ =]* ]]; then
			COMPREPLY=($(compgen -W "$("$1" -l --format=csv 2>/dev/null |
			    sed '1d; s/,.*//')" -- "$cur"))
		else
			_filedir
		fi ;;
	rk-log)
		# Who started the contact; the channel and note are free, and so
		# is the month of --cal.
		((n == 0)) && [[ " ${words[*]:1:cword-1} " != *' --cal '* ]] &&
		    COMPREPLY=($(compgen -W 'me him' -- "$cur")) ;;
	*)
		_filedir ;;
	esac
}
complete -F _rekindle rk-tip rk-since rk-quiz rk-ready rk-log
