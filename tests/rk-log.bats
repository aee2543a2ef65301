#!/usr/bin/env bats
# rk-log: adding events (the file, its mode, --at, --sign, quoting), reading
# them back (-l, --since, --who, --signs, formats), a foreign or torn
# journal, every error path, and appenders that run at once or get killed.

load helpers

HEADER='date,time,who,channel,sign,note'

setup() {
	export XDG_DATA_HOME="$BATS_TEST_TMPDIR/xdg" HOME="$BATS_TEST_TMPDIR/home"
	mkdir -p "$HOME"
	J="$XDG_DATA_HOME/rekindle/contacts.csv"
	EX="$DATA/examples/contacts.csv"
}

# A journal of a few rows, in the file given.
small_journal() {
	mkdir -p "$(dirname "$1")"
	rk-log -f "$1" --at 2026-10-03T23:40 me text sent a long message, at midnight
	rk-log -f "$1" --at 2026-10-19T12:15 -s contact him text 'asked how my "sister" was'
	rk-log -f "$1" --at 2026-10-24 me call
	rk-log -f "$1" --at '2026-11-12 10:30' -s visits him visit
}

# ---- conventions --------------------------------------------------------

@test "--help prints usage on stdout, with every option, and exits 0" {
	run --separate-stderr rk-log --help
	assert_success
	assert_line --index 0 --regexp '^usage: rk-log '
	for o in --at --sign --file --show --signs --since --who --format --today --help --version; do
		assert_output --partial -- "$o"
	done
	assert_line '  -s, --sign NAME   the sign he gave (only with him): contact, hangout,'
	assert_line '                    company, visits, reminisce, flirt'
	[ -z "$stderr" ]
}

@test "-h is --help" {
	run --separate-stderr rk-log -h
	assert_success
	assert_line --index 0 --regexp '^usage: rk-log '
}

@test "-V and --version print the version" {
	run --separate-stderr rk-log -V
	assert_success
	assert_output --regexp '^rk-log \(rekindle\) [0-9]+\.[0-9]+\.[0-9]+$'
	[ -z "$stderr" ] || false
	run --separate-stderr rk-log --version
	assert_output --regexp '^rk-log \(rekindle\) [0-9]+\.[0-9]+\.[0-9]+$'
}

@test "a bad option is one line and a pointer to --help on stderr, exit 2" {
	run -2 --separate-stderr rk-log --bogus me
	[ -z "$output" ] || false
	[ "${stderr_lines[0]}" = "rk-log: unrecognized option '--bogus'" ] || false
	[ "${stderr_lines[1]}" = "Try 'rk-log --help' for more information." ] || false
	[ "${#stderr_lines[@]}" -eq 2 ] || false
	[ ! -e "$J" ]
}

@test "no operand and no -l is a usage error" {
	run -2 --separate-stderr rk-log
	[ -z "$output" ] || false
	[ "${stderr_lines[0]}" = 'rk-log: say who started the contact (me or him), or give -l to print the journal' ] || false
	[ "${stderr_lines[1]}" = "Try 'rk-log --help' for more information." ]
}

# ---- adding: the file ---------------------------------------------------

@test "the first event creates the journal: header, mode 0600, directories 0700" {
	run --separate-stderr rk-log --today 2026-11-26 me text hello there
	assert_success
	[ -z "$output" ] || false
	[ -z "$stderr" ] || false
	[ "$(stat -c %a "$J")" = 600 ] || false
	[ "$(stat -c %a "$XDG_DATA_HOME/rekindle")" = 700 ] || false
	[ "$(stat -c %a "$XDG_DATA_HOME")" = 700 ] || false
	[ "$(sed -n 1p "$J")" = "$HEADER" ] || false
	[[ "$(sed -n 2p "$J")" =~ ^2026-11-26,[0-2][0-9]:[0-5][0-9],me,text,,hello\ there$ ]] || false
	[ "$(wc -l <"$J")" -eq 2 ]
}

@test "the mode is 0600 whatever the umask allows" {
	umask 000
	rk-log -f "$BATS_TEST_TMPDIR/j.csv" me
	[ "$(stat -c %a "$BATS_TEST_TMPDIR/j.csv")" = 600 ]
}

@test "an existing journal keeps its mode and gets no second header" {
	printf '%s\n' "$HEADER" >"$BATS_TEST_TMPDIR/j.csv"
	chmod 640 "$BATS_TEST_TMPDIR/j.csv"
	rk-log -f "$BATS_TEST_TMPDIR/j.csv" --at 2026-10-01 me
	[ "$(stat -c %a "$BATS_TEST_TMPDIR/j.csv")" = 640 ] || false
	[ "$(cat "$BATS_TEST_TMPDIR/j.csv")" = "$HEADER
2026-10-01,,me,,," ]
}

@test "an empty file gets the header with its first row" {
	: >"$BATS_TEST_TMPDIR/j.csv"
	rk-log -f "$BATS_TEST_TMPDIR/j.csv" --at 2026-10-01 him
	[ "$(cat "$BATS_TEST_TMPDIR/j.csv")" = "$HEADER
2026-10-01,,him,,," ]
}

@test "without XDG_DATA_HOME the journal is ~/.local/share/rekindle/contacts.csv" {
	unset XDG_DATA_HOME
	run --separate-stderr rk-log --at 2026-10-01 me
	assert_success
	[ "$(stat -c %a "$HOME/.local/share/rekindle")" = 700 ] || false
	[ "$(sed -n 2p "$HOME/.local/share/rekindle/contacts.csv")" = '2026-10-01,,me,,,' ]
}

@test "a relative XDG_DATA_HOME is ignored, as the XDG spec says" {
	cd "$BATS_TEST_TMPDIR"
	XDG_DATA_HOME=rel run --separate-stderr rk-log --at 2026-10-01 me
	assert_success
	[ -e "$HOME/.local/share/rekindle/contacts.csv" ] || false
	[ ! -e rel ]
}

@test "with neither XDG_DATA_HOME nor HOME, -f is needed" {
	run -2 --separate-stderr env -u XDG_DATA_HOME -u HOME rk-log me
	assert_stderr_line 'rk-log: neither XDG_DATA_HOME nor HOME is set: name the journal with -f'
}

@test "-f and --file name the journal" {
	rk-log -f "$BATS_TEST_TMPDIR/a.csv" --at 2026-10-01 me
	rk-log --file="$BATS_TEST_TMPDIR/a.csv" --at 2026-10-02 him
	[ "$(cat "$BATS_TEST_TMPDIR/a.csv")" = "$HEADER
2026-10-01,,me,,,
2026-10-02,,him,,," ] || false
	[ ! -e "$J" ]
}

@test "a journal in a directory that cannot be created is an error" {
	: >"$BATS_TEST_TMPDIR/file"
	XDG_DATA_HOME="$BATS_TEST_TMPDIR/file/data" run -2 --separate-stderr rk-log me
	[ -z "$output" ] || false
	assert_stderr_line "rk-log: cannot create directory $BATS_TEST_TMPDIR/file/data: Not a directory"
}

@test "-f in a directory that does not exist is an error that names the directory, and none is made" {
	run -2 --separate-stderr rk-log -f "$BATS_TEST_TMPDIR/nope/c.csv" me
	assert_output ''
	assert_stderr_line "rk-log: $BATS_TEST_TMPDIR/nope/c.csv: the directory $BATS_TEST_TMPDIR/nope does not exist; create it first, or name another journal with -f"
	[ ! -e "$BATS_TEST_TMPDIR/nope" ] || false
	cd "$BATS_TEST_TMPDIR"
	run -2 --separate-stderr rk-log -f 'no dir/c.csv' me
	assert_stderr_line "rk-log: 'no dir/c.csv': the directory 'no dir' does not exist; create it first, or name another journal with -f"
}

@test "a journal that cannot be opened for writing is an error" {
	run -2 --separate-stderr rk-log -f /proc/version me
	[[ "$stderr" == "rk-log: /proc/version: "* ]]
}

@test "a directory is not a journal" {
	run -2 --separate-stderr rk-log -f "$BATS_TEST_TMPDIR" me
	assert_stderr_line "rk-log: $BATS_TEST_TMPDIR: Is a directory"
}

@test "a fifo is not a journal" {
	mkfifo "$BATS_TEST_TMPDIR/fifo"
	run -2 --separate-stderr rk-log -l -f "$BATS_TEST_TMPDIR/fifo"
	assert_stderr_line "rk-log: $BATS_TEST_TMPDIR/fifo: not a regular file"
}

@test "an empty -f is a usage error" {
	run -2 --separate-stderr rk-log -f '' me
	[ "${stderr_lines[0]}" = "rk-log: -f: the journal's name is empty" ]
}

@test "a foreign file is refused with file:1, and left as it was" {
	f=$(fixture other.csv <<'CSV'
name,phone
Ann,555
CSV
)
	run -2 --separate-stderr rk-log -f "$f" me text hi
	assert_stderr_line "rk-log: $f:1: not a contact journal (its header should be $HEADER); not writing to it"
	[ "$(cat "$f")" = 'name,phone
Ann,555' ] || false
	run -2 --separate-stderr rk-log -l -f "$f"
	[ -z "$output" ] || false
	assert_stderr_line "rk-log: $f:1: not a contact journal (its header should be $HEADER)"
}

@test "a header with a byte-order mark and CRLF is ours" {
	printf '\357\273\277%s\r\n2026-10-01,20:00,me,visit,,ended it\r\n' "$HEADER" >"$BATS_TEST_TMPDIR/j.csv"
	rk-log -f "$BATS_TEST_TMPDIR/j.csv" --at 2026-10-03 me text
	run --separate-stderr rk-log -l -f "$BATS_TEST_TMPDIR/j.csv"
	assert_success
	assert_output "$HEADER
2026-10-01,20:00,me,visit,,ended it
2026-10-03,,me,text,,"
}

# ---- adding: the row ----------------------------------------------------

@test "who is me or him, and nothing else" {
	run -2 --separate-stderr rk-log her text
	[ "${stderr_lines[0]}" = 'rk-log: "her" is not who started the contact (me or him)' ] || false
	[ "${stderr_lines[1]}" = "Try 'rk-log --help' for more information." ] || false
	[ ! -e "$J" ]
}

@test "the note's words are joined by spaces, and quoted only when needed" {
	rk-log --at 2026-10-19 him text asked how   my sister\'s wedding went
	rk-log --at 2026-10-20 him text 'said "soon", then left'
	rk-log --at 2026-10-21 me 'text, long'
	rk-log --at 2026-10-22 me "" -- -5 degrees outside
	[ "$(cat "$J")" = "$HEADER
2026-10-19,,him,text,,asked how my sister's wedding went
2026-10-20,,him,text,,\"said \"\"soon\"\", then left\"
2026-10-21,,me,\"text, long\",,
2026-10-22,,me,,,-5 degrees outside" ]
}

@test "a note that starts with a dash goes after --, as --help says" {
	run -0 --separate-stderr rk-log --at 2026-10-01 him text -- -s is not a sign
	assert_output ''
	[ -z "$stderr" ] || false
	run -0 --separate-stderr rk-log --at 2026-10-02 -- me call --at is a word here
	# Without --, the dash word is an option.
	run -2 --separate-stderr rk-log --at 2026-10-03 him text -s is not a sign
	assert_stderr_line "rk-log: --sign: \"is\" is not one of his signs (contact, hangout, company, visits, reminisce, flirt)
Try 'rk-log --help' for more information."
	run -0 cat "$J"
	assert_output "$HEADER
2026-10-01,,him,text,,-s is not a sign
2026-10-02,,me,call,,--at is a word here"
	run -0 rk-log --help
	assert_line '  --                the end of the options: the words after it are'
	assert_line '                    (rk-log him text -- -s is not a sign)'
}

@test "UTF-8 in a note is kept as it is" {
	rk-log --at 2026-10-19 him text 'café, ☕ and 🙂'
	[ "$(sed -n 2p "$J")" = '2026-10-19,,him,text,,"café, ☕ and 🙂"' ]
}

@test "a line break or other control character in a note is refused" {
	run -2 --separate-stderr rk-log me text "$(printf 'two\nlines')"
	[ "${stderr_lines[0]}" = 'rk-log: the note holds a control character (\x0a); an entry is one line of text' ] || false
	run -2 --separate-stderr rk-log me "$(printf 'a\tb')"
	[ "${stderr_lines[0]}" = 'rk-log: the channel holds a control character (\x09); an entry is one line of text' ] || false
	[ ! -e "$J" ]
}

@test "invalid UTF-8 in a note or channel is refused" {
	run -2 --separate-stderr rk-log me text "$(printf 'caf\351')"
	[ "${stderr_lines[0]}" = 'rk-log: the note is not valid UTF-8' ] || false
	run -2 --separate-stderr rk-log me "$(printf '\300\200')"
	[ "${stderr_lines[0]}" = 'rk-log: the channel is not valid UTF-8' ] || false
	[ ! -e "$J" ]
}

# ---- when ---------------------------------------------------------------

@test "no --at: now, with the date of --today" {
	rk-log --today 2026-11-26 me
	[[ "$(sed -n 2p "$J")" =~ ^2026-11-26,([01][0-9]|2[0-3]):[0-5][0-9],me,,,$ ]]
}

@test "no --at: the date of RK_TODAY" {
	RK_TODAY=2026-11-20 rk-log him
	[[ "$(sed -n 2p "$J")" =~ ^2026-11-20,[0-9][0-9]:[0-9][0-9],him,,,$ ]]
}

@test "no --at and no --today: the local date under TZ" {
	before=$(date +%F)
	rk-log me
	after=$(date +%F)
	[[ "$(sed -n 2p "$J")" =~ ^($before|$after),[0-9][0-9]:[0-9][0-9],me,,,$ ]]
}

@test "--at takes a date, a date and time with T or a space, today and yesterday" {
	rk-log --today 2026-11-26 --at 2026-10-01 me
	rk-log --today 2026-11-26 --at 2026-10-01T20:05 me
	rk-log --today 2026-11-26 --at '2026-10-01 07:00' me
	rk-log --today 2026-11-26 -a today me
	rk-log --today 2026-11-26 --at=yesterday me
	rk-log --today 2026-11-26 --at 2024-02-29T23:59 me
	[ "$(cat "$J")" = "$HEADER
2026-10-01,,me,,,
2026-10-01,20:05,me,,,
2026-10-01,07:00,me,,,
2026-11-26,,me,,,
2026-11-25,,me,,,
2024-02-29,23:59,me,,," ]
}

@test "--at: an impossible date names the option and the reason" {
	run -2 --separate-stderr rk-log --at 2026-02-29 me
	[ "${stderr_lines[0]}" = 'rk-log: --at: "2026-02-29" is not a date: February 2026 has 28 days' ] || false
	[ "${stderr_lines[1]}" = "Try 'rk-log --help' for more information." ] || false
	run -2 --separate-stderr rk-log --at 2026-13-01T10:00 me
	[ "${stderr_lines[0]}" = 'rk-log: --at: "2026-13-01T10:00" is not a date: there is no month 13' ] || false
	[ ! -e "$J" ]
}

@test "--at: an impossible time names the option and the reason" {
	run -2 --separate-stderr rk-log --at '2026-10-01 24:00' me
	[ "${stderr_lines[0]}" = 'rk-log: --at: "2026-10-01 24:00" is not a date-time: there is no hour 24' ] || false
	run -2 --separate-stderr rk-log --at 2026-10-01T10:60 me
	[ "${stderr_lines[0]}" = 'rk-log: --at: "2026-10-01T10:60" is not a date-time: there is no minute 60' ] || false
	[ ! -e "$J" ]
}

@test "--at: other layouts are refused" {
	for a in 2026-10-01T10 2026-10-1 '2026-10-01 1:00' tomorrow '' \
	    '2026-10-01T10:00 ' 2026-10-01x10:00; do
		run -2 --separate-stderr rk-log --at "$a" me
		[ "${stderr_lines[0]}" = "rk-log: --at: \"$a\" is not a date or date-time (YYYY-MM-DD, an ISO 8601 date-time such as YYYY-MM-DDTHH:MM, \"YYYY-MM-DD HH:MM\", today or yesterday)" ] || false
	done
	[ ! -e "$J" ]
}

@test "--at: a date after today is refused" {
	run -2 --separate-stderr rk-log --today 2026-11-26 --at 2026-11-27 me
	[ "${stderr_lines[0]}" = 'rk-log: --at: "2026-11-27" is after today (2026-11-26): the journal records what happened' ] || false
	[ ! -e "$J" ]
}

@test "--today: a bad date is a usage error, even when nothing uses it" {
	run -2 --separate-stderr rk-log --today 2026-02-30 -l
	[ "${stderr_lines[0]}" = 'rk-log: --today: "2026-02-30" is not a date: February 2026 has 28 days' ]
}

@test "RK_TODAY: a bad date is an error" {
	RK_TODAY=soon run -2 --separate-stderr rk-log me
	assert_stderr_line 'rk-log: RK_TODAY: "soon" is not a date (YYYY-MM-DD, an ISO 8601 date-time, today or yesterday)'
}

# ---- signs --------------------------------------------------------------

@test "--sign and -s record one of his signs" {
	rk-log --at 2026-10-30 --sign hangout him text quiz night
	rk-log --at 2026-11-18 -s reminisce him call the lake
	[ "$(cat "$J")" = "$HEADER
2026-10-30,,him,text,hangout,quiz night
2026-11-18,,him,call,reminisce,the lake" ]
}

@test "--sign: every category of the his-signs quiz is accepted" {
	for s in contact hangout company visits reminisce flirt; do
		rk-log --at 2026-11-01 -s "$s" him
	done
	[ "$(cut -d, -f5 "$J" | tail -n +2 | tr '\n' ' ')" = 'contact hangout company visits reminisce flirt ' ]
}

@test "--sign: an unknown sign lists the signs" {
	run -2 --separate-stderr rk-log -s dinner him
	[ "${stderr_lines[0]}" = 'rk-log: --sign: "dinner" is not one of his signs (contact, hangout, company, visits, reminisce, flirt)' ] || false
	[ "${stderr_lines[1]}" = "Try 'rk-log --help' for more information." ] || false
	[ ! -e "$J" ]
}

@test "--sign: a misspelled sign suggests the nearest" {
	run -2 --separate-stderr rk-log -s flirting him
	[ "${stderr_lines[0]}" = 'rk-log: --sign: "flirting" is not one of his signs; did you mean flirt?' ] || false
	[ "${stderr_lines[1]}" = "Try 'rk-log --help' for more information." ] || false
	run -2 --separate-stderr rk-log --sign hangot him
	[ "${stderr_lines[0]}" = 'rk-log: --sign: "hangot" is not one of his signs; did you mean hangout?' ] || false
	[ ! -e "$J" ]
}

@test "--sign: only he gives signs" {
	run -2 --separate-stderr rk-log -s flirt me text
	[ "${stderr_lines[0]}" = 'rk-log: --sign is for his signs: it needs who to be him, not "me"' ] || false
	[ ! -e "$J" ]
}

# ---- correcting: --undo and --delete ------------------------------------

@test "--undo removes the last entry added and prints it; --delete N removes entry N as -l numbers it" {
	rk-log --at 2026-10-05T18:00 me text evening
	rk-log --at 2026-10-03 him call 'no time, "quoted"'
	rk-log --at 2026-10-05T09:00 me text nine
	rk-log --at 2026-10-01 -s contact him text first
	chmod 600 "$J"
	run -0 --separate-stderr rk-log --undo
	assert_output '2026-10-01,,him,text,contact,first'
	[ -z "$stderr" ] || false
	run -0 --separate-stderr rk-log --delete 2
	assert_output '2026-10-05,09:00,me,text,,nine'
	run -0 cat "$J"
	assert_output "$HEADER
2026-10-05,18:00,me,text,,evening
2026-10-03,,him,call,,\"no time, \"\"quoted\"\"\""
	run -0 stat -c %a "$J"
	assert_output 600
	# Nothing is left beside the journal.
	run -0 ls -A "$XDG_DATA_HOME/rekindle"
	assert_output contacts.csv
	run -0 --separate-stderr rk-log --delete 1 -f "$J"
	assert_output '2026-10-03,,him,call,,"no time, ""quoted"""'
	run -0 --separate-stderr rk-log --undo
	assert_output '2026-10-05,18:00,me,text,,evening'
	run -0 cat "$J"
	assert_output "$HEADER"
}

@test "--undo and --delete: errors leave the journal as it was" {
	run -2 --separate-stderr rk-log --undo
	assert_output ''
	assert_stderr_line "rk-log: $J: no journal yet; there is nothing to change"
	run -2 --separate-stderr rk-log --edit
	assert_stderr_line "rk-log: $J: no journal yet; there is nothing to change"
	mkdir -p "$(dirname "$J")"
	printf '%s\n' "$HEADER" >"$J"
	run -2 --separate-stderr rk-log --undo
	assert_stderr_line "rk-log: $J: the journal has no entry to remove"
	rk-log --at 2026-10-01 me call
	cp "$J" "$BATS_TEST_TMPDIR/before"
	run -2 --separate-stderr rk-log --delete 2
	assert_output ''
	assert_stderr_line "rk-log: $J: there is no entry 2: the journal has 1 (rk-log -l numbers them)"
	run -2 --separate-stderr rk-log --delete 0
	assert_stderr_line "rk-log: --delete: \"0\" is out of range (1 to 1000000000)
Try 'rk-log --help' for more information."
	run -2 --separate-stderr rk-log --undo --delete 1
	assert_stderr_line "rk-log: --undo, --delete and --edit do not go together
Try 'rk-log --help' for more information."
	run -2 --separate-stderr rk-log --undo -l
	assert_stderr_line "rk-log: --undo does not go with -l, --signs or --cal
Try 'rk-log --help' for more information."
	run -2 --separate-stderr rk-log --undo me
	assert_stderr_line "rk-log: unexpected argument \"me\": --undo adds nothing
Try 'rk-log --help' for more information."
	run -2 --separate-stderr rk-log --delete 1 --who me
	assert_stderr_line "rk-log: --delete takes only -f
Try 'rk-log --help' for more information."
	# A symbolic link is refused, and its target left as it was.
	ln -s "$J" "$BATS_TEST_TMPDIR/link.csv"
	run -2 --separate-stderr rk-log --undo -f "$BATS_TEST_TMPDIR/link.csv"
	assert_stderr_line "rk-log: $BATS_TEST_TMPDIR/link.csv: a symbolic link; rk-log writes only to the journal itself, name it with -f"
	# A bad row: nothing removed.
	printf '2026-13-01,,me,,,\n' >>"$J"
	cp "$J" "$BATS_TEST_TMPDIR/before"
	run -2 --separate-stderr rk-log --undo
	assert_stderr_line "rk-log: $J:3: \"2026-13-01\" is not a date (YYYY-MM-DD)"
	cmp "$J" "$BATS_TEST_TMPDIR/before"
}

@test "--undo: a torn last line goes too, with a warning" {
	mkdir -p "$(dirname "$J")"
	printf '%s\n2026-10-01,,me,call,,\n2026-10-02,,him,text,,hi\n2026-10-03,,me,ca' "$HEADER" >"$J"
	run -0 --separate-stderr rk-log --undo
	assert_output '2026-10-02,,him,text,,hi'
	assert_stderr_line "rk-log: $J:4: removed an incomplete last line, left by an append that was interrupted"
	run -0 cat "$J"
	assert_output "$HEADER
2026-10-01,,me,call,,"
}

@test "--edit: \$VISUAL or \$EDITOR edits a copy, which replaces the journal only when it is still a journal" {
	rk-log --at 2026-10-01 me call hello
	chmod 600 "$J"
	cp "$J" "$BATS_TEST_TMPDIR/before"
	VISUAL='sed -i s/hello/bye/' run -0 --separate-stderr rk-log --edit
	assert_output ''
	[ -z "$stderr" ] || false
	run -0 cat "$J"
	assert_output "$HEADER
2026-10-01,,me,call,,bye"
	run -0 stat -c %a "$J"
	assert_output 600
	# With no VISUAL, EDITOR; a command with words is run by sh.
	EDITOR="sh -c 'echo 2026-10-02,,him,text,, >>\"\$0\"'" run -0 --separate-stderr rk-log --edit
	run -0 tail -n 1 "$J"
	assert_output '2026-10-02,,him,text,,'
	cp "$J" "$BATS_TEST_TMPDIR/before"
	# A bad row: nothing changes, and the copy is gone.
	VISUAL='sed -i s/2026-10-01/2026-13-01/' run -2 --separate-stderr rk-log --edit
	assert_stderr_line "rk-log: $J:2: \"2026-13-01\" is not a date (YYYY-MM-DD); the edit is not applied"
	cmp "$J" "$BATS_TEST_TMPDIR/before"
	# An editor that fails changes nothing.
	VISUAL=false run -2 --separate-stderr rk-log --edit
	assert_stderr_line 'rk-log: the editor "false" failed (exit status 1); the journal is unchanged'
	cmp "$J" "$BATS_TEST_TMPDIR/before"
	# An event added while the copy is edited is not lost: the edit is refused.
	VISUAL="sh -c 'rk-log --at 2026-10-03 him; sed -i s/bye/lost/ \"\$0\"'" \
	    run -2 --separate-stderr rk-log --edit
	assert_stderr_line "rk-log: $J: the journal changed while it was being edited; the edit is not applied"
	run -0 cat "$J"
	assert_output "$HEADER
2026-10-01,,me,call,,bye
2026-10-02,,him,text,,
2026-10-03,,him,,,"
	run -0 ls -A "$XDG_DATA_HOME/rekindle"
	assert_output contacts.csv
	run -2 --separate-stderr rk-log --edit --undo
	assert_stderr_line "rk-log: --undo, --delete and --edit do not go together
Try 'rk-log --help' for more information."
}

@test "adds racing undos: every row is in the journal or was printed by an undo, none lost or doubled" {
	f="$BATS_TEST_TMPDIR/j.csv"
	mkdir "$BATS_TEST_TMPDIR/undone"
	rk-log -f "$f" --at 2026-10-01 me call base
	for i in $(seq 1 30); do
		rk-log -f "$f" --at 2026-10-02 him text "add $i" &
		rk-log -f "$f" --undo >"$BATS_TEST_TMPDIR/undone/$i" &
		wait
	done
	run -0 bash -c "{ tail -n +2 '$f'; cat '$BATS_TEST_TMPDIR'/undone/*; } | sort"
	assert_output "$({ echo 2026-10-01,,me,call,,base; for i in $(seq 1 30); do
	    echo "2026-10-02,,him,text,,add $i"; done; } | sort)"
	run -0 wc -l <"$f"
	assert_output 2
	run -0 stat -c %a "$f"
	assert_output 600
	# No temporary file is left beside it.
	run -0 find "$BATS_TEST_TMPDIR" -maxdepth 1 -name 'j.csv?*'
	assert_output ""
}

# ---- reading back -------------------------------------------------------

@test "-l prints the journal as CSV when stdout is not a terminal" {
	small_journal "$J"
	run --separate-stderr rk-log -l
	assert_success
	assert_output "$HEADER
2026-10-03,23:40,me,text,,\"sent a long message, at midnight\"
2026-10-19,12:15,him,text,contact,\"asked how my \"\"sister\"\" was\"
2026-10-24,,me,call,,
2026-11-12,10:30,him,visit,visits,"
	[ -z "$stderr" ]
}

@test "--show of the example journal gives it back byte for byte" {
	run --separate-stderr rk-log --show -f "$EX"
	assert_success
	assert_output "$(cat "$EX")"
}

@test "--format tsv and --format csv" {
	small_journal "$J"
	run --separate-stderr rk-log -l --format tsv --who me
	assert_success
	assert_output "$(printf 'date\ttime\twho\tchannel\tsign\tnote\n2026-10-03\t23:40\tme\ttext\t\tsent a long message, at midnight\n2026-10-24\t\tme\tcall\t\t')"
	run --separate-stderr rk-log -l --format=csv --who me
	assert_output "$HEADER
2026-10-03,23:40,me,text,,\"sent a long message, at midnight\"
2026-10-24,,me,call,,"
}

@test "--format text: an aligned table, with no blanks at the end of a line" {
	small_journal "$J"
	run --separate-stderr rk-log -l --format text --since 2026-10-19
	assert_success
	assert_output "$(cat <<'OUT'
#  date        time   who  channel  sign     note
2  2026-10-19  12:15  him  text     contact  asked how my "sister" was
3  2026-10-24         me   call
4  2026-11-12  10:30  him  visit    visits
OUT
)"
}

@test "-l lists by date and time, untimed rows first in their day, ties in the order added; text numbers them" {
	rk-log --at 2026-10-05T18:00 me text evening
	rk-log --at 2026-10-03 him call no time
	rk-log --at 2026-10-05 me visit untimed, same day
	rk-log --at 2026-10-05T09:00 him text first at nine
	rk-log --at 2026-10-05T09:00 me text second at nine
	rk-log --at 2026-10-01T23:00 me text earliest
	run -0 --separate-stderr rk-log -l
	assert_output "$HEADER
2026-10-01,23:00,me,text,,earliest
2026-10-03,,him,call,,no time
2026-10-05,,me,visit,,\"untimed, same day\"
2026-10-05,09:00,him,text,,first at nine
2026-10-05,09:00,me,text,,second at nine
2026-10-05,18:00,me,text,,evening"
	[ -z "$stderr" ] || false
	run -0 --separate-stderr rk-log -l --format text
	assert_output "$(cat <<'OUT'
#  date        time   who  channel  sign  note
1  2026-10-01  23:00  me   text           earliest
2  2026-10-03         him  call           no time
3  2026-10-05         me   visit          untimed, same day
4  2026-10-05  09:00  him  text           first at nine
5  2026-10-05  09:00  me   text           second at nine
6  2026-10-05  18:00  me   text           evening
OUT
)"
	# Rows left out keep the numbers of the whole journal.
	run -0 --separate-stderr rk-log -l --format text --who him --since 2026-10-02
	assert_output "$(cat <<'OUT'
#  date        time   who  channel  sign  note
2  2026-10-03         him  call           no time
4  2026-10-05  09:00  him  text           first at nine
OUT
)"
}

@test "--format: a bad format is a usage error" {
	run -2 --separate-stderr rk-log -l --format xml
	[ "${stderr_lines[0]}" = 'rk-log: --format: "xml" is not a format (csv, tsv, text or json)' ]
}

@test "--since keeps the events on or after DATE" {
	run --separate-stderr rk-log -l -f "$EX" --since 2026-11-12
	assert_success
	assert_output "$HEADER
2026-11-12,10:30,him,visit,visits,dropped by unannounced with croissants
2026-11-18,22:15,him,call,reminisce,\"talked about \"\"our\"\" trip to the lake\"
2026-11-26,19:45,him,text,flirt,\"said I looked \"\"dangerously good\"\" on Friday\""
}

@test "--since takes today and yesterday, by --today" {
	run --separate-stderr rk-log -l -f "$EX" --today 2026-11-19 --since yesterday
	assert_output "$HEADER
2026-11-18,22:15,him,call,reminisce,\"talked about \"\"our\"\" trip to the lake\"
2026-11-26,19:45,him,text,flirt,\"said I looked \"\"dangerously good\"\" on Friday\""
	run --separate-stderr rk-log -l -f "$EX" --today 2026-11-26 --since today --format tsv
	[ "${lines[1]}" = "$(printf '2026-11-26\t19:45\thim\ttext\tflirt\t"said I looked ""dangerously good"" on Friday"')" ]
}

@test "--since after every event prints the header alone" {
	run --separate-stderr rk-log -l -f "$EX" --since 2027-01-01
	assert_success
	assert_output "$HEADER"
}

@test "--since: a bad date is a usage error" {
	run -2 --separate-stderr rk-log -l -f "$EX" --since 2026-09-31
	[ "${stderr_lines[0]}" = 'rk-log: --since: "2026-09-31" is not a date: September 2026 has 30 days' ]
}

@test "--who keeps the events one side started" {
	run --separate-stderr rk-log -l -f "$EX" --who me --since 2026-10-01
	assert_output "$HEADER
2026-10-01,20:00,me,visit,,we ended it; returned his books
2026-10-03,23:40,me,text,,\"sent a long message at midnight, regret it\"
2026-10-24,18:05,me,text,,congratulated him on the new job"
}

@test "--who: anything but me or him is a usage error" {
	run -2 --separate-stderr rk-log -l --who her
	[ "${stderr_lines[0]}" = 'rk-log: --who: "her" is not who started a contact (me or him)' ]
}

@test "the first run: -l, --signs and --cal of a journal not there yet show it empty, with a hint, exit 0" {
	hint="rk-log: no journal yet at $J; add the first entry with: rk-log me|him [channel [note ...]]"
	run -0 --separate-stderr rk-log -l
	assert_output "$HEADER"
	assert_stderr_line "$hint"
	run -0 --separate-stderr rk-log -l --format text
	assert_output '#  date  time  who  channel  sign  note'
	assert_stderr_line "$hint"
	run -0 --separate-stderr rk-log --signs
	assert_output 'question,answer'
	assert_stderr_line "$hint"
	run -0 --separate-stderr rk-log --cal --today 2026-11-26
	assert_line --index 0 '       November 2026'
	assert_line --index 8 'm you reached out, h he did, b both, > today'
	assert_line --index 9 'no no-contact streak yet: no contact of yours to count from'
	assert_stderr_line "$hint"
	[ ! -e "$XDG_DATA_HOME" ] || false
	run -0 --separate-stderr rk-log -l -f "$BATS_TEST_TMPDIR/new.csv"
	assert_output "$HEADER"
	assert_stderr_line "rk-log: no journal yet at $BATS_TEST_TMPDIR/new.csv; add the first entry with: rk-log -f $BATS_TEST_TMPDIR/new.csv me|him [channel [note ...]]"
	# A dangling symbolic link is not a journal to come: still an error.
	ln -s nowhere "$BATS_TEST_TMPDIR/link.csv"
	run -2 --separate-stderr rk-log -l -f "$BATS_TEST_TMPDIR/link.csv"
	assert_output ''
	assert_stderr_line "rk-log: $BATS_TEST_TMPDIR/link.csv: No such file or directory"
}

@test "-l of an empty file prints the header" {
	: >"$BATS_TEST_TMPDIR/j.csv"
	run --separate-stderr rk-log -l -f "$BATS_TEST_TMPDIR/j.csv"
	assert_success
	assert_output "$HEADER"
}

@test "-l: a row that is not a journal row is an error with file:line, and nothing is listed" {
	f=$(fixture j.csv <<CSV
$HEADER
2026-10-01,20:00,me,visit,,ok
2026-10-32,20:00,me,visit,,bad day
CSV
)
	run -2 --separate-stderr rk-log -l -f "$f"
	assert_output ""
	assert_stderr_line "rk-log: $f:3: \"2026-10-32\" is not a date (YYYY-MM-DD)"
	printf '%s\n2026-10-01,8:00,me,,,\n' "$HEADER" >"$f"
	run -2 --separate-stderr rk-log -l -f "$f"
	assert_stderr_line "rk-log: $f:2: \"8:00\" is not a time of day (HH:MM, or empty)"
	printf '%s\n2026-10-01,,them,,,\n' "$HEADER" >"$f"
	run -2 --separate-stderr rk-log -l -f "$f"
	assert_stderr_line "rk-log: $f:2: \"them\" is not who started the contact (me or him)"
	printf '%s\n2026-10-01,,me,,\n' "$HEADER" >"$f"
	run -2 --separate-stderr rk-log -l -f "$f"
	assert_stderr_line "rk-log: $f:2: 5 fields where the header has 6"
}

@test "--show > /dev/full exits 2 with a write error" {
	run -2 --separate-stderr bash -c 'rk-log --show -f "$1" > /dev/full' _ "$EX"
	assert_stderr_line 'rk-log: write error: No space left on device'
	run -2 --separate-stderr bash -c 'rk-log --signs -f "$1" --format text > /dev/full' _ "$EX"
	assert_stderr_line 'rk-log: write error: No space left on device'
}

@test "a closed pipe ends -l quietly" {
	for i in $(seq 1 300); do printf '2026-10-01,10:00,me,text,,%0200d\n' "$i"; done >"$BATS_TEST_TMPDIR/rows"
	{ printf '%s\n' "$HEADER"; cat "$BATS_TEST_TMPDIR/rows"; } >"$BATS_TEST_TMPDIR/j.csv"
	run --separate-stderr bash -c 'rk-log -l -f "$1" | head -1' _ "$BATS_TEST_TMPDIR/j.csv"
	assert_success
	assert_output "$HEADER"
	[ -z "$stderr" ]
}

# ---- option combinations ------------------------------------------------

@test "options that do not go together are usage errors" {
	run -2 --separate-stderr rk-log --since 2026-10-01 me
	[ "${stderr_lines[0]}" = 'rk-log: --since, --who and --format are for -l and --signs' ] || false
	run -2 --separate-stderr rk-log --format csv me
	[ "${stderr_lines[0]}" = 'rk-log: --since, --who and --format are for -l and --signs' ] || false
	run -2 --separate-stderr rk-log -l --at 2026-10-01
	[ "${stderr_lines[0]}" = 'rk-log: --at and --sign are for adding an event, not for -l' ] || false
	run -2 --separate-stderr rk-log --signs -s flirt
	[ "${stderr_lines[0]}" = 'rk-log: --at and --sign are for adding an event, not for --signs' ] || false
	run -2 --separate-stderr rk-log -l me
	[ "${stderr_lines[0]}" = 'rk-log: unexpected argument "me": -l and --signs add nothing' ] || false
	run -2 --separate-stderr rk-log --signs --who him
	[ "${stderr_lines[0]}" = 'rk-log: --who does not go with --signs, which reads both sides' ] || false
	[ ! -e "$J" ]
}

# ---- torn and unfinished last lines -------------------------------------

@test "a torn last line is skipped by -l with a warning, and removed by the next event" {
	f="$BATS_TEST_TMPDIR/j.csv"
	printf '%s\n2026-10-01,20:00,me,visit,,ok\n2026-10-02,09:00,him,text,,"cut in the mid' "$HEADER" >"$f"
	run --separate-stderr rk-log -l -f "$f"
	assert_success
	assert_output "$HEADER
2026-10-01,20:00,me,visit,,ok"
	assert_stderr_line "rk-log: $f:3: skipped an incomplete last line, left by an append that was interrupted"
	run --separate-stderr rk-log -f "$f" --at 2026-10-03 me text
	assert_success
	assert_stderr_line "rk-log: $f:3: removed an incomplete last line, left by an append that was interrupted"
	[ "$(cat "$f")" = "$HEADER
2026-10-01,20:00,me,visit,,ok
2026-10-03,,me,text,," ]
}

@test "a last line cut before its sixth field is torn too" {
	f="$BATS_TEST_TMPDIR/j.csv"
	printf '%s\n2026-10-01,20:00,me,visit,,ok\n2026-10-02,09:0' "$HEADER" >"$f"
	run --separate-stderr rk-log --signs -f "$f"
	assert_success
	assert_stderr_line "rk-log: $f:3: skipped an incomplete last line, left by an append that was interrupted"
}

@test "a whole last line without its line end is kept, and ended" {
	f="$BATS_TEST_TMPDIR/j.csv"
	printf '%s\n2026-10-01,20:00,me,visit,,"ok, whole"' "$HEADER" >"$f"
	run --separate-stderr rk-log -l -f "$f"
	assert_output "$HEADER
2026-10-01,20:00,me,visit,,\"ok, whole\""
	[ -z "$stderr" ] || false
	rk-log -f "$f" --at 2026-10-03 him
	[ "$(cat "$f")" = "$HEADER
2026-10-01,20:00,me,visit,,\"ok, whole\"
2026-10-03,,him,,," ] || false
	printf '%s' "$HEADER" >"$f"
	rk-log -f "$f" --at 2026-10-04 him
	[ "$(cat "$f")" = "$HEADER
2026-10-04,,him,,," ]
}

@test "a last line inside an open quote is not guessed at: adding is refused" {
	f="$BATS_TEST_TMPDIR/j.csv"
	printf '%s\n2026-10-01,20:00,me,visit,,"two\nlines, no end' "$HEADER" >"$f"
	cp "$f" "$f.orig"
	run -2 --separate-stderr rk-log -f "$f" me
	assert_stderr_line "rk-log: $f:2: the last record is inside an unclosed quote; mend the file by hand before adding to it"
	cmp "$f" "$f.orig"
	run -2 --separate-stderr rk-log -l -f "$f"
	assert_stderr_line "rk-log: $f:2: unterminated quoted field"
}

@test "a hand-edited note over two lines reads back" {
	f="$BATS_TEST_TMPDIR/j.csv"
	printf '%s\n2026-10-01,20:00,me,visit,,"two\nlines"\n' "$HEADER" >"$f"
	rk-log -f "$f" --at 2026-10-02 him
	run --separate-stderr rk-log -l -f "$f" --format csv
	assert_success
	assert_output "$HEADER
2026-10-01,20:00,me,visit,,\"two
lines\"
2026-10-02,,him,,,"
}

# ---- --signs and the other programs -------------------------------------

@test "--signs answers the his-signs quiz from the journal" {
	run --separate-stderr rk-log --signs -f "$EX"
	assert_success
	assert_output "question,answer
contact.first,yes
contact.silence,no
hangout.ask,yes
company.enjoy,yes
company.linger,yes
visits.drop,yes
visits.often,no
reminisce.past,yes
flirt.tease,yes"
	[ -z "$stderr" ]
}

@test "--signs --since: he broke the silence; two visits are 'often'; unseen signs are no" {
	f=$(fixture j.csv <<CSV
$HEADER
2026-10-01,20:00,me,visit,,we ended it
2026-10-19,12:15,him,text,,asked about the wedding
2026-10-24,18:05,me,text,,congratulated him
2026-11-12,10:30,him,visit,visits,croissants
2026-11-20,,him,visit,visits,again
CSV
)
	run --separate-stderr rk-log --signs -f "$f" --since 2026-10-02 --format tsv
	assert_success
	assert_output "$(printf 'question\tanswer\ncontact.first\tyes\ncontact.silence\tyes\nhangout.ask\tno\ncompany.enjoy\tno\ncompany.linger\tno\nvisits.drop\tyes\nvisits.often\tyes\nreminisce.past\tno\nflirt.tease\tno')"
}

@test "--signs with no event in the period leaves contact.silence unanswered" {
	run --separate-stderr rk-log --show --signs -f "$EX" --since 2027-01-01
	assert_success
	assert_output "question,answer
contact.first,no
hangout.ask,no
company.enjoy,no
company.linger,no
visits.drop,no
visits.often,no
reminisce.past,no
flirt.tease,no"
}

@test "--signs | rk-quiz his-signs scores the journal" {
	[ -x "$RK_BIN/rk-quiz" ] || skip "rk-quiz is not built"
	run --separate-stderr bash -c 'rk-log --signs -f "$1" --since 2026-10-02 | rk-quiz his-signs' _ "$EX"
	assert_success
	# He never broke the silence: the text of 2026-10-03 was mine.
	assert_output "category,score,max,percent,answered,total,outcome
reminisce,7,7,100.0,1,1,
flirt,7,7,100.0,1,1,
hangout,1,1,100.0,1,1,
company,2,2,100.0,2,2,
contact,1,2,50.0,2,2,
visits,1,8,12.5,2,2,
total,19,27,70.4,9,9,strong"
}

@test "rk-since on the journal: the no-contact streak, and the cron line" {
	[ -x "$RK_BIN/rk-since" ] || skip "rk-since is not built"
	small_journal "$J"
	cd "$XDG_DATA_HOME/rekindle"
	run --separate-stderr rk-since --today 2026-11-26 -c date --where who=me --last contacts.csv
	assert_success
	assert_output 33
	run --separate-stderr rk-since --today 2026-10-31 -c date --where who=me --last -m 7,30 contacts.csv
	assert_success
	assert_output '7 days since 2026-10-24 (the last date where who=me)'
	run --separate-stderr rk-since --today 2026-11-01 -c date --where who=me --last -m 7,30 contacts.csv
	assert_failure 1
	assert_output ''
}

# ---- many writers -------------------------------------------------------

# bats test_tags=dist
@test "100 appenders at once: no row lost, none interleaved" {
	f="$BATS_TEST_TMPDIR/j.csv"
	for i in $(seq 1 100); do
		rk-log -f "$f" --at 2026-10-01T10:00 me text "note $i, with a comma and a \"quote\"" &
	done
	wait
	run --separate-stderr rk-log -l -f "$f"
	assert_success
	[ -z "$stderr" ] || false
	[ "${#lines[@]}" -eq 101 ] || false
	[ "${lines[0]}" = "$HEADER" ] || false
	for l in "${lines[@]:1}"; do
		[[ "$l" =~ ^2026-10-01,10:00,me,text,,\"note\ [0-9]+,\ with\ a\ comma\ and\ a\ \"\"quote\"\"\"$ ]] || false
	done
	[ "$(printf '%s\n' "${lines[@]:1}" | sort -u | wc -l)" -eq 100 ] || false
	for i in $(seq 1 100); do
		printf '%s\n' "${lines[@]:1}" | grep -qF "\"note $i, "
	done
	[ "$(grep -c "^$HEADER\$" "$f")" -eq 1 ] || false
	[ "$(stat -c %a "$f")" = 600 ]
}

# bats test_tags=dist
@test "writers killed with SIGKILL leave a journal that parses" {
	f="$BATS_TEST_TMPDIR/j.csv"
	for round in $(seq 1 50); do
		pids=()
		for k in 1 2 3 4; do
			rk-log -f "$f" --at 2026-10-01 him text "round $round writer $k $(printf '%0300d' 0)" &
			pids+=($!)
		done
		kill -9 "${pids[RANDOM % 4]}" 2>/dev/null || true
		wait || true
	done
	run --separate-stderr rk-log -l -f "$f"
	assert_success
	[ "${lines[0]}" = "$HEADER" ] || false
	# 3 to 4 writers a round survive, and a torn row can only be the last.
	[ "${#lines[@]}" -ge 151 ] || false
	[ "${#lines[@]}" -le 201 ] || false
	for l in "${lines[@]:1}"; do
		[[ "$l" =~ ^2026-10-01,,him,text,,round\ [0-9]+\ writer\ [1-4]\ 0{300}$ ]] || false
	done
	[ "$(printf '%s\n' "${lines[@]:1}" | sort -u | wc -l)" -eq $((${#lines[@]} - 1)) ] || false
	# Whatever the kills left, the next writer leaves a whole journal.
	rk-log -f "$f" --at 2026-10-02 me
	run --separate-stderr rk-log -l -f "$f"
	assert_success
	[ -z "$stderr" ] || false
	[ "${lines[-1]}" = '2026-10-02,,me,,,' ]
}

# ---- --cal --------------------------------------------------------------

# A journal out of order: both of you on 5 October, him today (20 November),
# and a row of yours after today.
cal_journal() {
	fixture cal.csv <<'CSV'
date,time,who,channel,sign,note
2026-11-15,18:00,me,text,,asked about his mother
2026-09-29,09:00,me,text,,
2026-10-05,10:00,him,call,,
2026-10-05,21:00,me,text,,
2026-10-12,08:00,me,call,,
2026-10-30,12:00,him,text,hangout,
2026-11-03,12:00,him,text,,
2026-11-20,07:30,him,text,,good morning
2026-11-24,20:00,me,call,,
CSV
}

@test "--cal off a terminal: the months like cal(1), marks, today, a legend, the streaks" {
	f=$(cal_journal)
	# Side by side when they fit (COLUMNS, else 80 columns off a terminal).
	run -0 --separate-stderr rk-log -f "$f" --cal --months 2 --today 2026-11-20
	assert_output "       October 2026                 November 2026
 Mo  Tu  We  Th  Fr  Sa  Su   Mo  Tu  We  Th  Fr  Sa  Su
              1   2   3   4                            1
  5b  6   7   8   9  10  11    2   3h  4   5   6   7   8
 12m 13  14  15  16  17  18    9  10  11  12  13  14  15m
 19  20  21  22  23  24  25   16  17  18  19 >20h 21  22
 26  27  28  29  30h 31       23  24  25  26  27  28  29
                              30

m you reached out, h he did, b both, > today
current no-contact streak: 5 days, since 2026-11-15
longest no-contact streak: 34 days, 2026-10-12 to 2026-11-15"
	[ -z "$stderr" ] || false
	# In 40 columns one under the other, the legend and streaks wrapped.
	run -0 --separate-stderr env COLUMNS=40 rk-log -f "$f" --cal --months 2 --today 2026-11-20
	assert_output "       October 2026
 Mo  Tu  We  Th  Fr  Sa  Su
              1   2   3   4
  5b  6   7   8   9  10  11
 12m 13  14  15  16  17  18
 19  20  21  22  23  24  25
 26  27  28  29  30h 31

       November 2026
 Mo  Tu  We  Th  Fr  Sa  Su
                          1
  2   3h  4   5   6   7   8
  9  10  11  12  13  14  15m
 16  17  18  19 >20h 21  22
 23  24  25  26  27  28  29
 30

m you reached out, h he did, b both,
> today
current no-contact streak: 5 days, since
2026-11-15
longest no-contact streak: 34 days,
2026-10-12 to 2026-11-15"
	[ -z "$stderr" ] || false
	# RK_TODAY does what --today does, and one month is the default.
	run -0 --separate-stderr env RK_TODAY=2026-11-20 rk-log -f "$f" --cal
	[ "${lines[0]}" = "       November 2026" ] || false
	[ "${#lines[@]}" -eq 11 ]
}

@test "--cal: the streaks under it are the numbers rk-since --streaks gives" {
	f=$(cal_journal)
	run -0 --separate-stderr rk-since -c date --where who=me --streaks --today 2026-11-20 "$f"
	assert_output "from,to,days
2026-09-29,2026-10-05,6
2026-10-05,2026-10-12,7
2026-10-12,2026-11-15,34
2026-11-15,2026-11-20,5"
	run -0 --separate-stderr rk-log -f "$f" --cal --today 2026-11-20
	assert_line --index 9 "current no-contact streak: 5 days, since 2026-11-15"
	assert_line --index 10 "longest no-contact streak: 34 days, 2026-10-12 to 2026-11-15"
	# On the example journal the current streak is the longest, and it is
	# what rk-since --last counts.
	run -0 --separate-stderr rk-log -f "$EX" --cal --today 2026-11-26
	assert_line --index 9 "current no-contact streak: 33 days, since 2026-10-24"
	assert_line --index 10 "longest no-contact streak: 33 days, 2026-10-24 to 2026-11-26"
	[ "$(rk-since -c date --where who=me --last --today 2026-11-26 "$EX")" = 33 ]
}

@test "--cal --who marks only one side, --since only the days from it" {
	f=$(cal_journal)
	run -0 --separate-stderr rk-log -f "$f" --cal --months 2 --today 2026-11-20 --who me
	assert_line --index 3 "  5m  6   7   8   9  10  11    2   3   4   5   6   7   8"
	assert_line --index 6 " 26  27  28  29  30  31       23  24  25  26  27  28  29"
	assert_line --index 5 " 19  20  21  22  23  24  25   16  17  18  19 >20  21  22"
	# The streaks are yours whatever --who shows (bats drops blank lines
	# from $lines).
	assert_line --index 10 "longest no-contact streak: 34 days, 2026-10-12 to 2026-11-15"
	run -0 --separate-stderr rk-log -f "$f" --cal --months 2 --today 2026-11-20 --since 2026-10-06
	assert_line --index 3 "  5   6   7   8   9  10  11    2   3h  4   5   6   7   8"
	assert_line --index 4 " 12m 13  14  15  16  17  18    9  10  11  12  13  14  15m"
	assert_line --index 9 "current no-contact streak: 5 days, since 2026-11-15"
	run -0 --separate-stderr rk-log -f "$f" --cal --today 2026-11-20 --since 2026-11-16
	assert_line --index 9 "no no-contact streak yet: no contact of yours to count from"
	[ "${#lines[@]}" -eq 10 ]
}

@test "--cal on a terminal: colours, today in reverse video" {
	need_pty
	f=$(cal_journal)
	run -0 bash -c 'TERM=xterm script -qec "rk-log -f $1 --cal --today 2026-11-20" /dev/null | tr -d "\r"' _ "$f"
	e=$'\e'
	assert_output "       November 2026
 Mo  Tu  We  Th  Fr  Sa  Su
                          1
  2   $e[36m3h$e[0m  4   5   6   7   8
  9  10  11  12  13  14  $e[32m15m$e[0m
 16  17  18  19 >$e[36;7m20h$e[0m 21  22
 23  24  25  26  27  28  29
 30

$e[32mm$e[0m you reached out, $e[36mh$e[0m he did, $e[33mb$e[0m both, > today
current no-contact streak: 5 days, since 2026-11-15
longest no-contact streak: 34 days, 2026-10-12 to 2026-11-15"
	# Side by side in 80 columns, the colours counted as no width.
	run -0 bash -c 'stty cols 80 2>/dev/null; TERM=xterm script -qec "stty cols 80; rk-log -f $1 --cal --months 2 --today 2026-11-20" /dev/null | tr -d "\r"' _ "$f"
	assert_line --index 3 "  $e[33m5b$e[0m  6   7   8   9  10  11    2   $e[36m3h$e[0m  4   5   6   7   8"
	assert_line --index 6 " 26  27  28  29  $e[36m30h$e[0m 31       23  24  25  26  27  28  29"
}

@test "--cal with NO_COLOR, or TERM=dumb, on a terminal: the plain marks" {
	need_pty
	f=$(cal_journal)
	want=$(rk-log -f "$f" --cal --months 2 --today 2026-11-20)
	run -0 bash -c 'TERM=xterm NO_COLOR=1 script -qec "rk-log -f $1 --cal --months 2 --today 2026-11-20" /dev/null | tr -d "\r"' _ "$f"
	assert_output "$want"
	refute_output --partial $'\e'
	run -0 bash -c 'TERM=dumb script -qec "rk-log -f $1 --cal --months 2 --today 2026-11-20" /dev/null | tr -d "\r"' _ "$f"
	assert_output "$want"
}

@test "--cal: a leap February, a month that starts on Monday, a journal with no row" {
	f=$(printf '%s\n' "$HEADER" 2028-02-01,,him,,, 2028-02-29,,me,,, | fixture leap.csv)
	run -0 --separate-stderr rk-log -f "$f" --cal --today 2028-02-29
	assert_output "       February 2028
 Mo  Tu  We  Th  Fr  Sa  Su
      1h  2   3   4   5   6
  7   8   9  10  11  12  13
 14  15  16  17  18  19  20
 21  22  23  24  25  26  27
 28 >29m

m you reached out, h he did, b both, > today
current no-contact streak: 0 days, since 2028-02-29
longest no-contact streak: 0 days, 2028-02-29 to 2028-02-29"
	f=$(printf '%s\n' "$HEADER" | fixture empty.csv)
	run -0 --separate-stderr rk-log -f "$f" --cal --today 2027-03-01
	assert_line --index 2 "> 1   2   3   4   5   6   7"
	assert_line --index 7 "m you reached out, h he did, b both, > today"
	assert_line --index 8 "no no-contact streak yet: no contact of yours to count from"
}

@test "--cal: a bad row is an error with file and line, and nothing is drawn" {
	f=$(printf '%s\n' "$HEADER" 2026-11-01,10:00,me,text,, 2026-13-01,10:00,me,text,, | fixture bad.csv)
	run -2 --separate-stderr rk-log -f "$f" --cal --today 2026-11-20
	assert_output ""
	assert_stderr_line "rk-log: $f:3: \"2026-13-01\" is not a date (YYYY-MM-DD)"
	mkdir "$BATS_TEST_TMPDIR/dir.csv"
	run -2 --separate-stderr rk-log -f "$BATS_TEST_TMPDIR/dir.csv" --cal
	assert_output ""
	assert_stderr_line "rk-log: $BATS_TEST_TMPDIR/dir.csv: not a regular file"
}

@test "--cal and --months: bad numbers and options that do not go with them" {
	f=$(cal_journal)
	run -2 --separate-stderr rk-log -f "$f" --cal --months 0
	assert_output ""
	assert_stderr_line "rk-log: --months: \"0\" is out of range (1 to 1200)
Try 'rk-log --help' for more information."
	run -2 --separate-stderr rk-log -f "$f" --cal --months two
	[ "${stderr_lines[0]}" = 'rk-log: --months: "two" is not a whole number (1 to 1200)' ] || false
	run -2 --separate-stderr rk-log -f "$f" --cal --months 4 --today 0001-03-01
	assert_stderr_line "rk-log: --months: 4 months up to 0001-03 go back past the year 1
Try 'rk-log --help' for more information."
	run -2 --separate-stderr rk-log -f "$f" --months 2 -l
	[ "${stderr_lines[0]}" = 'rk-log: --months is for --cal' ] || false
	run -2 --separate-stderr rk-log -f "$f" --cal -l
	[ "${stderr_lines[0]}" = 'rk-log: --cal does not go with -l or --signs' ] || false
	run -2 --separate-stderr rk-log -f "$f" --cal --signs
	[ "${stderr_lines[0]}" = 'rk-log: --cal does not go with -l or --signs' ] || false
	run -2 --separate-stderr rk-log -f "$f" --cal --format csv
	[ "${stderr_lines[0]}" = 'rk-log: --format does not go with --cal, which draws text' ] || false
	run -2 --separate-stderr rk-log -f "$f" --cal me
	[ "${stderr_lines[0]}" = 'rk-log: --cal: "me" is not a month (YYYY-MM)' ] || false
	run -2 --separate-stderr rk-log -f "$f" --cal --at 2026-11-01
	[ "${stderr_lines[0]}" = 'rk-log: --at and --sign are for adding an event, not for --cal' ] || false
	run -2 --separate-stderr rk-log -f "$f" --cal --who her
	[ "${stderr_lines[0]}" = 'rk-log: --who: "her" is not who started a contact (me or him)' ] || false
	run -0 --separate-stderr rk-log --help
	assert_line "      --months N    with --cal: the N months up to this one (default 1)"
}

# ---- the journal's last record ---------------------------------------------

@test "a journal that ends in a line end inside an open quote is refused, unchanged" {
	f="$BATS_TEST_TMPDIR/j.csv"
	printf '%s\n2026-10-01,20:00,me,visit,,ok\n2026-10-02,,me,visit,,"open\n' "$HEADER" >"$f"
	cp "$f" "$f.orig"
	run -2 --separate-stderr rk-log -f "$f" --at 2026-10-03 me
	assert_stderr_line "rk-log: $f:3: the last record is inside an unclosed quote; mend the file by hand before adding to it"
	cmp "$f" "$f.orig"
}

@test "a whole quoted record over two lines, with no line end, takes an append" {
	f="$BATS_TEST_TMPDIR/j.csv"
	printf '%s\n2026-10-01,20:00,me,visit,,"two\nlines, ""quoted"""' "$HEADER" >"$f"
	run -0 --separate-stderr rk-log -f "$f" --at 2026-10-03 him
	[ -z "$stderr" ] || false
	[ "$(cat "$f")" = "$HEADER
2026-10-01,20:00,me,visit,,\"two
lines, \"\"quoted\"\"\"
2026-10-03,,him,,," ] || false
	run -0 rk-log -l -f "$f" --format=csv
	assert_line '2026-10-03,,him,,,'
}

# ---- what a note may hold ---------------------------------------------------

@test "U+0085, U+2028, U+2029 and the C1 controls in a note are refused" {
	for c in '\302\205:0085' '\342\200\250:2028' '\342\200\251:2029' '\302\200:0080' \
	    '\302\237:009F' '\177:7f'; do
		run -2 --separate-stderr rk-log me text "$(printf "a${c%%:*}b")"
		case ${c#*:} in
		7f) want='\x7f' ;;
		*) want="U+${c#*:}" ;;
		esac
		[ "${stderr_lines[0]}" = "rk-log: the note holds a control character ($want); an entry is one line of text" ] || false
	done
	run -2 --separate-stderr rk-log me "$(printf 'x\342\200\250')"
	[ "${stderr_lines[0]}" = 'rk-log: the channel holds a control character (U+2028); an entry is one line of text' ] || false
	[ ! -e "$J" ] || false
	# The characters around them are text.
	run -0 rk-log --at 2026-10-01 me text "$(printf '\302\240\342\200\247\342\200\252\302\241')"
	[ "$(sed -n 2p "$J")" = "$(printf '2026-10-01,,me,text,,\302\240\342\200\247\342\200\252\302\241')" ]
}

# ---- whose file, and what kind ------------------------------------------------

@test "a dangling symlink is refused: no journal is made at its target" {
	ln -s "$BATS_TEST_TMPDIR/target.csv" "$BATS_TEST_TMPDIR/link.csv"
	run -2 --separate-stderr rk-log -f "$BATS_TEST_TMPDIR/link.csv" me
	assert_stderr_line "rk-log: $BATS_TEST_TMPDIR/link.csv: a symbolic link; rk-log writes only to the journal itself, name it with -f"
	[ ! -e "$BATS_TEST_TMPDIR/target.csv" ] || false
	[ -L "$BATS_TEST_TMPDIR/link.csv" ]
}

@test "a journal that is a symlink is refused, and its target left as it was" {
	f="$BATS_TEST_TMPDIR/j.csv"
	printf '%s\n' "$HEADER" >"$f"
	ln -s j.csv "$BATS_TEST_TMPDIR/link.csv"
	run -2 --separate-stderr rk-log -f "$BATS_TEST_TMPDIR/link.csv" me
	assert_stderr_line "rk-log: $BATS_TEST_TMPDIR/link.csv: a symbolic link; rk-log writes only to the journal itself, name it with -f"
	[ "$(cat "$f")" = "$HEADER" ] || false
	# The default journal too.
	mkdir -p "$XDG_DATA_HOME/rekindle"
	ln -s "$f" "$J"
	run -2 --separate-stderr rk-log me
	assert_stderr_line "rk-log: $J: a symbolic link; rk-log writes only to the journal itself, name it with -f"
	[ "$(cat "$f")" = "$HEADER" ]
}

@test "a fifo is not a journal to add to" {
	mkfifo "$BATS_TEST_TMPDIR/fifo"
	run -2 --separate-stderr timeout 10 rk-log -f "$BATS_TEST_TMPDIR/fifo" me
	assert_stderr_line "rk-log: $BATS_TEST_TMPDIR/fifo: not a regular file"
}

@test "a journal owned by another user is refused, and left as it was" {
	[ "$(id -u)" -eq 0 ] || skip "only root can give a file to another user"
	f="$BATS_TEST_TMPDIR/j.csv"
	printf '%s\n' "$HEADER" >"$f"
	chown 65534 "$f"
	run -2 --separate-stderr rk-log -f "$f" me
	assert_stderr_line "rk-log: $f: owned by another user (uid 65534); not writing to it"
	[ "$(cat "$f")" = "$HEADER" ]
}

@test "a journal others can read is said so once on stderr when adding, and used" {
	printf '%s\n' "$HEADER" >"$BATS_TEST_TMPDIR/j.csv"
	chmod 644 "$BATS_TEST_TMPDIR/j.csv"
	run -0 --separate-stderr rk-log -f "$BATS_TEST_TMPDIR/j.csv" --at 2026-10-01 me
	assert_stderr_line "rk-log: $BATS_TEST_TMPDIR/j.csv: other users can read this journal (mode 0644); chmod 600 makes it private"
	[ "$(cat "$BATS_TEST_TMPDIR/j.csv")" = "$HEADER
2026-10-01,,me,,," ] || false
	chmod 640 "$BATS_TEST_TMPDIR/j.csv"
	run -0 --separate-stderr rk-log -f "$BATS_TEST_TMPDIR/j.csv" --at 2026-10-02 me
	assert_stderr_line "rk-log: $BATS_TEST_TMPDIR/j.csv: other users can read this journal (mode 0640); chmod 600 makes it private"
	# Reading adds nothing to see: no word about it then.
	run -0 --separate-stderr rk-log -l -f "$BATS_TEST_TMPDIR/j.csv" --format=csv
	[ -z "$stderr" ] || false
	assert_output "$HEADER
2026-10-01,,me,,,
2026-10-02,,me,,,"
	chmod 600 "$BATS_TEST_TMPDIR/j.csv"
	run -0 --separate-stderr rk-log -f "$BATS_TEST_TMPDIR/j.csv" me
	[ -z "$stderr" ]
}

@test "a new journal whose first write fails (a full disk) leaves no file behind" {
	f="$BATS_TEST_TMPDIR/new.csv"
	# A file size limit of 0 fails the first write as a full disk would;
	# the message goes through a pipe, which the limit does not touch.
	run -2 bash -c "trap '' XFSZ; (ulimit -f 0; exec rk-log -f '$f' me call hi) 2>&1 | cat
	    exit \${PIPESTATUS[0]}"
	assert_output "rk-log: $f: File too large"
	[ ! -e "$f" ] || false
	# An existing journal is kept, header and all.
	printf '%s\n' "$HEADER" >"$f"
	run -2 bash -c "trap '' XFSZ; (ulimit -f 0; exec rk-log -f '$f' me call hi) 2>&1 | cat
	    exit \${PIPESTATUS[0]}"
	assert_output "rk-log: $f: File too large"
	[ "$(cat "$f")" = "$HEADER" ]
}

# ---- closed standard descriptors ----------------------------------------------

@test "with stderr closed, a refusal does not land in the file refused" {
	f=$(printf 'name,phone\nAnn,555\n' | fixture other.csv)
	run -2 bash -c 'rk-log -f "$1" me text hi 2>&-' _ "$f"
	[ "$(cat "$f")" = 'name,phone
Ann,555' ]
}

@test "with stderr closed, the torn-line warning does not land in the journal" {
	f="$BATS_TEST_TMPDIR/j.csv"
	printf '%s\n2026-10-01,,me,,,\n2026-10-02,,me,te' "$HEADER" >"$f"
	run -0 bash -c 'rk-log -f "$1" --at 2026-10-03 him 2>&-' _ "$f"
	[ "$(cat "$f")" = "$HEADER
2026-10-01,,me,,,
2026-10-03,,him,,," ]
}

@test "with stdin or stdout closed, an event is still added, and -l still reads or says it cannot write" {
	run -0 --separate-stderr bash -c 'rk-log --at 2026-10-01 me call <&- >&-'
	[ -z "$stderr" ] || false
	[ "$(cat "$J")" = "$HEADER
2026-10-01,,me,call,," ] || false
	run -0 --separate-stderr bash -c 'rk-log -l --format=csv <&-'
	assert_output "$HEADER
2026-10-01,,me,call,,"
	# -l has rows to write: with nowhere to write them, that is an error
	run -2 --separate-stderr bash -c 'rk-log -l >&-'
	assert_stderr_line "rk-log: write error: Bad file descriptor"
}

# ---- quoting at the last byte ---------------------------------------------------

@test "a note or channel whose only comma or quote is its last byte is quoted" {
	f="$BATS_TEST_TMPDIR/j.csv"
	# Lengths 1 to 9 and 16, so the byte falls in the 8-byte steps and after.
	for body in '' a abcdef abcdefg abcdefgh abcdefghabcdefg; do
		for c in , '"'; do
			: >"$f"
			rk-log -f "$f" --at 2026-10-01 me "$body$c" "$body$c"
			q="\"$body${c//\"/\"\"}\""
			[ "$(sed -n 2p "$f")" = "2026-10-01,,me,$q,,$q" ] || {
				echo "field <$body$c>: $(sed -n 2p "$f")"; false; }
		done
	done
}

# ---- a lock that cannot be taken --------------------------------------------------

@test "flock failing with ENOLCK (as on NFS) exits 2 at once, the journal untouched" {
	command -v cc >/dev/null || skip "no C compiler to build the flock shim"
	cat >"$BATS_TEST_TMPDIR/shim.c" <<'C'
#include <errno.h>
int flock(int fd, int op) { (void)fd; (void)op; errno = ENOLCK; return -1; }
C
	cc -shared -fPIC -o "$BATS_TEST_TMPDIR/shim.so" "$BATS_TEST_TMPDIR/shim.c"
	f="$BATS_TEST_TMPDIR/j.csv"
	printf '%s\n' "$HEADER" >"$f"
	# The sanitizer runtime need not come first for a shim this small.
	export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
	run -2 --separate-stderr env LD_PRELOAD="$BATS_TEST_TMPDIR/shim.so" timeout 10 \
	    rk-log -f "$f" --at 2026-10-01 me
	assert_stderr_line "rk-log: $f: cannot lock: No locks available"
	[ "$(cat "$f")" = "$HEADER" ] || false
	run -2 --separate-stderr env LD_PRELOAD="$BATS_TEST_TMPDIR/shim.so" timeout 10 \
	    rk-log -l -f "$f"
	assert_stderr_line "rk-log: $f: cannot lock: No locks available"
	# A new journal is not left behind either.
	run -2 --separate-stderr env LD_PRELOAD="$BATS_TEST_TMPDIR/shim.so" timeout 10 \
	    rk-log -f "$BATS_TEST_TMPDIR/new.csv" me
	assert_stderr_line "rk-log: $BATS_TEST_TMPDIR/new.csv: cannot lock: No locks available"
	[ ! -e "$BATS_TEST_TMPDIR/new.csv" ]
}

# ---- issue 18: nothing kept is lost, nothing hangs ---------------------------------

@test "--cal YYYY-MM, --monday, --sunday: another month, today where it is, weeks from Sunday" {
	f=$(cal_journal)
	# Two months up to October, weeks from Sunday: today (November) is not
	# drawn, nor is "> today" in the legend, and the streaks still count to it.
	run -0 --separate-stderr rk-log -f "$f" --cal --sunday --months 2 --today 2026-11-20 2026-10
	assert_output "      September 2026                October 2026
 Su  Mo  Tu  We  Th  Fr  Sa   Su  Mo  Tu  We  Th  Fr  Sa
          1   2   3   4   5                    1   2   3
  6   7   8   9  10  11  12    4   5b  6   7   8   9  10
 13  14  15  16  17  18  19   11  12m 13  14  15  16  17
 20  21  22  23  24  25  26   18  19  20  21  22  23  24
 27  28  29m 30               25  26  27  28  29  30h 31

m you reached out, h he did, b both
current no-contact streak: 5 days, since 2026-11-15
longest no-contact streak: 34 days, 2026-10-12 to 2026-11-15"
	[ -z "$stderr" ] || false
	# Three across in 100 columns, up to a month after today's, given as a
	# day of it; the mark of today stays on today, and what is after it has
	# not happened yet.  The last of --monday and --sunday wins.
	run -0 --separate-stderr env COLUMNS=100 rk-log -f "$f" --cal --sunday --monday \
	    --months 3 --today 2026-10-20 2026-11-05
	assert_output "      September 2026                October 2026                 November 2026
 Mo  Tu  We  Th  Fr  Sa  Su   Mo  Tu  We  Th  Fr  Sa  Su   Mo  Tu  We  Th  Fr  Sa  Su
      1   2   3   4   5   6                1   2   3   4                            1
  7   8   9  10  11  12  13    5b  6   7   8   9  10  11    2   3   4   5   6   7   8
 14  15  16  17  18  19  20   12m 13  14  15  16  17  18    9  10  11  12  13  14  15
 21  22  23  24  25  26  27   19 >20  21  22  23  24  25   16  17  18  19  20  21  22
 28  29m 30                   26  27  28  29  30  31       23  24  25  26  27  28  29
                                                           30

m you reached out, h he did, b both, > today
current no-contact streak: 8 days, since 2026-10-12
longest no-contact streak: 8 days, 2026-10-12 to 2026-10-20"
	# However wide, at most twelve across.
	run -0 --separate-stderr env COLUMNS=10000 rk-log -f "$f" --cal --months 30 --today 2026-11-20
	assert_line --index 0 --regexp '^ +June 2024( +[A-Z][a-z]+ 202[45]){11}$'
	assert_line --regexp '^ +June 2025( +[A-Z][a-z]+ 202[56]){11}$'
	assert_line --regexp '^ +June 2026( +[A-Z][a-z]+ 2026){5}$'
	# Bad months, and week starts without --cal.
	for m in 2026-13 2026-1 2026-00 0000-01 2026-10-32 26-10 2026/10 ""; do
		run -2 --separate-stderr rk-log -f "$f" --cal "$m"
		assert_output ""
		assert_stderr_line "rk-log: --cal: \"$m\" is not a month (YYYY-MM)
Try 'rk-log --help' for more information."
	done
	run -2 --separate-stderr rk-log -f "$f" --cal 2026-10 2026-11
	[ "${stderr_lines[0]}" = 'rk-log: unexpected argument "2026-11": --cal takes one month' ] || false
	run -2 --separate-stderr rk-log -f "$f" --cal --months 3 0001-02
	[ "${stderr_lines[0]}" = 'rk-log: --months: 3 months up to 0001-02 go back past the year 1' ] || false
	run -2 --separate-stderr rk-log -f "$f" -l --sunday
	[ "${stderr_lines[0]}" = 'rk-log: --sunday is for --cal' ] || false
	run -2 --separate-stderr rk-log -f "$f" --monday me call
	[ "${stderr_lines[0]}" = 'rk-log: --monday is for --cal' ] || false
	run -2 --separate-stderr rk-log -f "$f" --undo --sunday
	[ "${stderr_lines[0]}" = 'rk-log: --undo takes only -f' ] || false
}

@test "rows from the year 1 to 1969 show in -l, --signs and --cal, as rk-since counts them" {
	f="$BATS_TEST_TMPDIR/j.csv"
	export RK_TODAY=2026-11-26
	# Each row added by its own rk-log, then read back by others.
	rk-log -f "$f" --at 0001-01-01 me call
	rk-log -f "$f" --at 1900-03-01T08:00 me call
	rk-log -f "$f" --at 1969-12-30 me call
	rk-log -f "$f" --at 1969-12-31 -s contact him text
	rk-log -f "$f" --at 2026-10-01 me text
	run -0 --separate-stderr rk-log -l -f "$f" --format=csv
	assert_output "$HEADER
0001-01-01,,me,call,,
1900-03-01,08:00,me,call,,
1969-12-30,,me,call,,
1969-12-31,,him,text,contact,
2026-10-01,,me,text,,"
	run -0 --separate-stderr rk-log --signs -f "$f" --format=csv
	assert_line "contact.silence,no"
	run -0 --separate-stderr rk-log --cal -f "$f"
	assert_line "current no-contact streak: 56 days, since 2026-10-01"
	assert_line "longest no-contact streak: 693654 days, 0001-01-01 to 1900-03-01"
	run -0 --separate-stderr rk-since -c date --where who=me --streaks "$f"
	assert_output "from,to,days
0001-01-01,1900-03-01,693654
1900-03-01,1969-12-30,25506
1969-12-30,2026-10-01,20729
2026-10-01,2026-11-26,56"
	# The last year there is, and --since before 1970.
	printf '9999-12-31,,me,call,,\n' >>"$f"
	run -0 --separate-stderr rk-log -l -f "$f" --format=csv --since 1900-03-01
	assert_output "$HEADER
1900-03-01,08:00,me,call,,
1969-12-30,,me,call,,
1969-12-31,,him,text,contact,
2026-10-01,,me,text,,
9999-12-31,,me,call,,"
}

# A shim that runs $RK_TEST_HOOK (once, in the first process) before the
# first flock(2), so a second process can act between an open and its lock.
build_hook_shim() {
	command -v cc >/dev/null || skip "no C compiler to build the flock shim"
	cat >"$BATS_TEST_TMPDIR/hook.c" <<'C'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
int flock(int fd, int op)
{
	static int (*real)(int, int);
	const char *hook = getenv("RK_TEST_HOOK");

	if (real == NULL)
		real = (int (*)(int, int))dlsym(RTLD_NEXT, "flock");
	if (hook != NULL) {
		char *cmd = strdup(hook);

		unsetenv("RK_TEST_HOOK");
		if (system(cmd) != 0)
			abort();
		free(cmd);
	}
	return real(fd, op);
}
C
	sed -i '1a #include <string.h>' "$BATS_TEST_TMPDIR/hook.c"
	cc -shared -fPIC -o "$BATS_TEST_TMPDIR/hook.so" "$BATS_TEST_TMPDIR/hook.c" -ldl
	export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
}

@test "a failed first append keeps the row another appender wrote into the new journal" {
	build_hook_shim
	f="$BATS_TEST_TMPDIR/j.csv"
	note=$(printf '%02000d' 0)
	# The first rk-log makes the file; before it locks it, a second one
	# adds its row (header and all); then the first one's write fails on
	# the size limit.  It must not remove the journal.
	export RK_TEST_HOOK="rk-log -f '$f' --at 2026-10-01 him text"
	run -2 --separate-stderr bash -c "trap '' XFSZ; ulimit -f 1
	    exec env LD_PRELOAD='$BATS_TEST_TMPDIR/hook.so' rk-log -f '$f' --at 2026-10-02 me call $note"
	assert_stderr_line "rk-log: $f: write cut short (969 of 2022 bytes); nothing was added"
	[ "$(cat "$f")" = "$HEADER
2026-10-01,,him,text,," ]
}

@test "a note over the 1 MiB a field holds is refused; one of 1 MiB is added and read back" {
	f="$BATS_TEST_TMPDIR/j.csv"
	# One argument holds at most 128 KiB: the note goes as 11 words.
	w=$(printf '%0100000d' 0)
	set --
	for i in 1 2 3 4 5 6 7 8 9 10; do set -- "$@" "$w"; done
	rk-log -f "$f" --at 2026-10-01 me call first
	run -2 --separate-stderr rk-log -f "$f" --at 2026-10-02 me call "$@" "${w:0:48567}"
	assert_stderr_line "rk-log: the note is 1048577 bytes, more than the 1048576 a journal field can hold"
	[ "$(cat "$f")" = "$HEADER
2026-10-01,,me,call,,first" ] || false
	run -0 --separate-stderr rk-log -f "$f" --at 2026-10-02 me call "$@" "${w:0:48566}"
	run -0 --separate-stderr bash -c "rk-log -l -f '$f' --format=csv | cut -c 1-31"
	assert_output "$HEADER
2026-10-01,,me,call,,first
2026-10-02,,me,call,,0000000000"
	run -0 --separate-stderr bash -c "rk-log -l -f '$f' --format=csv | wc -c"
	assert_output "1048657"
}

@test "-l reads on while another program cuts the journal short, and holds up no appender" {
	f="$BATS_TEST_TMPDIR/j.csv"
	awk -v h="$HEADER" 'BEGIN { print h; for (i = 0; i < 200000; i++)
	    printf "2026-%02d-%02d,12:00,me,call,,note %d\n", i % 12 + 1, i % 28 + 1, i }' >"$f"
	cp "$f" "$f.copy"
	mkfifo "$BATS_TEST_TMPDIR/out"
	# The reader stops on a full pipe; the journal is emptied under it,
	# and a row appended; then the rest of its output is read.
	run -0 --separate-stderr bash -c "
	    rk-log -l -f '$f' --format=csv >'$BATS_TEST_TMPDIR/out' &
	    exec 3<'$BATS_TEST_TMPDIR/out'
	    dd bs=1 count=32 status=none <&3 >'$BATS_TEST_TMPDIR/got'
	    : >'$f'
	    timeout 20 rk-log -f '$f' --at 2026-12-01 him || exit 9
	    cat <&3 >>'$BATS_TEST_TMPDIR/got'
	    wait \$!"
	# -l lists by date: the rows of a day (all at 12:00) in the file's order.
	{ head -n 1 "$f.copy"; tail -n +2 "$f.copy" | sort -s -t, -k1,1; } >"$BATS_TEST_TMPDIR/want"
	cmp "$BATS_TEST_TMPDIR/got" "$BATS_TEST_TMPDIR/want"
}

@test "a journal locked by another program: add and -l give up after 10 s with one line" {
	f="$BATS_TEST_TMPDIR/j.csv"
	printf '%s\n2026-10-01,,me,call,,\n' "$HEADER" >"$f"
	( exec 9<"$f"; flock 9; : >"$BATS_TEST_TMPDIR/ready"; exec sleep 60 ) 3>&- &
	holder=$!
	while [ ! -e "$BATS_TEST_TMPDIR/ready" ]; do sleep 0.05; done
	run -2 --separate-stderr timeout 40 rk-log -f "$f" --at 2026-10-02 him
	kill "$holder" || true
	assert_stderr_line "rk-log: $f: locked by another program (flock) for 10 seconds; giving up"
	[ "$(cat "$f")" = "$HEADER
2026-10-01,,me,call,," ] || false
	rm "$BATS_TEST_TMPDIR/ready"
	( exec 9<"$f"; flock 9; : >"$BATS_TEST_TMPDIR/ready"; exec sleep 60 ) 3>&- &
	holder=$!
	while [ ! -e "$BATS_TEST_TMPDIR/ready" ]; do sleep 0.05; done
	run -2 --separate-stderr timeout 40 rk-log -l -f "$f"
	kill "$holder" || true
	assert_stderr_line "rk-log: $f: locked by another program (flock) for 10 seconds; giving up"
	[ -z "$output" ]
}

@test "a CR-only journal that -l reads takes an append, with its own line end" {
	f="$BATS_TEST_TMPDIR/j.csv"
	printf '%s\r2026-10-01,,me,call,,\r' "$HEADER" >"$f"
	run -0 --separate-stderr rk-log -f "$f" --at 2026-10-02 him
	[ -z "$stderr" ] || false
	[ "$(od -c "$f" | grep -c '\\n')" = 0 ] || false
	run -0 --separate-stderr rk-log -l -f "$f" --format=csv
	assert_output "$HEADER
2026-10-01,,me,call,,
2026-10-02,,him,,,"
	# Its last row without a line end is whole: the append ends it.
	printf '%s\r2026-10-01,,me,call,,' "$HEADER" >"$f"
	run -0 --separate-stderr rk-log -f "$f" --at 2026-10-02 him
	[ "$(tr '\r' '\n' <"$f")" = "$HEADER
2026-10-01,,me,call,,
2026-10-02,,him,,," ]
}

# A journal of N rows, none quoted, in the file given.
long_journal() {
	awk -v h="$HEADER" -v n="$2" 'BEGIN { print h; for (i = 0; i < n; i++)
	    printf "2026-%02d-%02d,12:00,me,call,,note %d\n", i % 12 + 1, i % 28 + 1, i }' >"$1"
}

@test "a long journal: the end is judged right from its last bytes" {
	f="$BATS_TEST_TMPDIR/j.csv"
	long_journal "$f" 100000     # 3.4 MB, more than the 2 MiB looked at
	# A torn last line is cut, and named by its line.
	printf '2026-10-01,,me,ca' >>"$f"
	run -0 --separate-stderr rk-log -f "$f" --at 2026-10-02 him
	assert_stderr_line "rk-log: $f:100002: removed an incomplete last line, left by an append that was interrupted"
	[ "$(tail -n 2 "$f")" = "2026-04-12,12:00,me,call,,note 99999
2026-10-02,,him,,," ] || false
	# A quote left open at the end is refused, named by its line.
	printf '2026-10-03,,me,,,"open\nmore\n' >>"$f"
	run -2 --separate-stderr rk-log -f "$f" --at 2026-10-04 him
	assert_stderr_line "rk-log: $f:100003: the last record is inside an unclosed quote; mend the file by hand before adding to it"
	# Closed over two lines, the record is whole: the append goes after.
	printf 'end"\n' >>"$f"
	run -0 --separate-stderr rk-log -f "$f" --at 2026-10-04 him
	run -0 --separate-stderr bash -c "rk-log -l -f '$f' --format=csv | grep -v ',me,call,,note '"
	assert_output "$HEADER
2026-10-02,,him,,,
2026-10-03,,me,,,\"open
more
end\"
2026-10-04,,him,,,"
}

# bats test_tags=dist
@test "the cost of an append does not grow with the journal (callgrind)" {
	command -v valgrind >/dev/null || skip "no valgrind"
	plain=$RK_ROOT/bin/rk-log
	[ -x "$plain" ] || skip "no plain build in bin/"
	ir() {
		valgrind --tool=callgrind --callgrind-out-file=/dev/null "$plain" -f "$1" \
		    --at 2026-10-05 me call 2>&1 | sed -n 's/.*Collected : //p'
	}
	long_journal "$BATS_TEST_TMPDIR/a.csv" 100000    # 3.4 MB
	long_journal "$BATS_TEST_TMPDIR/b.csv" 1000000   # 36 MB
	a=$(ir "$BATS_TEST_TMPDIR/a.csv")
	b=$(ir "$BATS_TEST_TMPDIR/b.csv")
	echo "instructions: $a at 100k rows, $b at 1M rows"
	[ -n "$a" ] || false
	[ "$b" -lt $((a + a / 10)) ]
}

@test "the journal's file name is quoted in messages as ls quotes it: a newline or an ESC stays inside the one line" {
	f="$BATS_TEST_TMPDIR/a
b.csv"
	mkdir "$f"
	run -2 --separate-stderr rk-log -l -f "$f"
	assert_output ''
	assert_stderr_line "rk-log: '$BATS_TEST_TMPDIR/a'\$'\\n''b.csv': not a regular file"
	ln -s x "$BATS_TEST_TMPDIR/l"$'\033'"k"
	run -2 --separate-stderr rk-log -f "$BATS_TEST_TMPDIR/l"$'\033'"k" me call
	assert_stderr_line "rk-log: '$BATS_TEST_TMPDIR/l'\$'\\033''k': a symbolic link; rk-log writes only to the journal itself, name it with -f"
}

@test "one date syntax: --since, --at and --today take every form; 12/01/2026 gets a hint" {
	for d in 2026-11-18 2026-11-18T06:00 2026-11-18T23:00+02:00 yesterday; do
		run -0 --separate-stderr rk-log -l -f "$EX" --today 2026-11-19 --since "$d" --format tsv
		[ "${#lines[@]}" -eq 3 ] || false
		assert_line --index 1 --partial $'2026-11-18\t22:15\thim'
	done
	run -0 --separate-stderr rk-log -l -f "$EX" --today 2026-11-19T08:00+00:00 --since today --format tsv
	assert_line --index 1 --partial $'2026-11-26\t19:45'
	rk-log --today 2026-11-26T10:00 -a yesterday me text
	RK_TODAY=2026-11-26T10:00 rk-log -a '2026-11-26 09:30' him call
	# Seconds are dropped; a time with an offset is written in local time.
	rk-log --today 2026-11-26 -a 2026-11-26T08:15:42.5 me
	rk-log --today 2026-11-26 -a 2026-11-26T01:30+02:00 him
	run -0 cut -d, -f1-3 "$J"
	assert_output "$(printf '%s\n' date,time,who 2026-11-25,,me 2026-11-26,09:30,him \
	    2026-11-26,08:15,me 2026-11-25,23:30,him)"
	for o in --since --at --today; do
		if [ "$o" = --since ]; then
			run -2 --separate-stderr rk-log -l -f "$EX" --since 12/01/2026
		else
			run -2 --separate-stderr rk-log "$o" 12/01/2026 me
		fi
		assert_output ''
		[ "${stderr_lines[0]}" = "rk-log: $o: \"12/01/2026\" is not a date: write it YYYY-MM-DD" ] || false
	done
	RK_TODAY=12/01/2026 run -2 --separate-stderr rk-log me
	assert_stderr_line 'rk-log: RK_TODAY: "12/01/2026" is not a date: write it YYYY-MM-DD'
	run -0 cut -d, -f1-3 "$J"
	assert_output "$(printf '%s\n' date,time,who 2026-11-25,,me 2026-11-26,09:30,him \
	    2026-11-26,08:15,me 2026-11-25,23:30,him)"
}
