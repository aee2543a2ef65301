#!/usr/bin/env bats
# --format=json on every program that writes records, TSV between the
# programs, and the notice a program gives when it reads CSV from a terminal.

load helpers

# Every line of the file $1 is one JSON object, as a real parser reads it
# (Python's json module, or jq when there is no Python).
json_objects() {
	if command -v python3 >/dev/null; then
		python3 -c 'import json, sys
for n, l in enumerate(sys.stdin, 1):
    if not isinstance(json.loads(l), dict):
        sys.exit("line %d is not an object" % n)' <"$1"
	elif command -v jq >/dev/null; then
		[ "$(jq -c 'if type == "object" then . else error("not an object") end' <"$1" |
		    wc -l)" -eq "$(wc -l <"$1")" ]
	else
		skip "neither python3 nor jq is installed to parse JSON"
	fi
}

@test "--format=json: each program's records, one object a line, keyed by the CSV header" {
	local out="$BATS_TEST_TMPDIR/out.json"
	cd "$DATA/examples"
	run -0 --separate-stderr rk-tip -l --format=json
	assert_line --index 0 '{"section":"steps","count":22}'
	assert_line --index 7 '{"section":"after","count":3}'
	printf '%s\n' "$output" >"$out"
	json_objects "$out"
	run -0 --separate-stderr rk-tip --step 1 -n 1 --seed 1 --format=json
	assert_output '{"section":"steps","step":1,"tags":null,"title":"Discretion is not secrecy","text":"You are not a couple any more, so a measure of privacy is simply fitting. The aim is not to hide anything, only to respect the distance that the break-up has put between you."}'
	run -0 --separate-stderr rk-quiz --format=json -n 2 why answers.csv
	assert_output '{"category":"burden","score":10,"max":11,"percent":90.9,"answered":5,"total":5}
{"category":"self","score":9,"max":11,"percent":81.8,"answered":5,"total":5}'
	run -0 --separate-stderr rk-quiz -l --format=json
	assert_line --index 0 '{"quiz":"why","title":"Why he left: the five reasons","questions":23,"categories":5}'
	printf '%s\n' "$output" >"$out"
	json_objects "$out"
	run -0 --separate-stderr rk-quiz --questions --format=json qualify
	assert_line --index 0 '{"id":"fixable.kids","category":"fixable","text":"Did you split over whether to have children or to marry?","scale":"yesno","weight":1,"reverse":"yes","veto":"A split over children or marriage would simply happen again the second time around.","labels":null,"require":null,"advise":"low"}'
	run -1 --separate-stderr rk-ready --format=json --today 2026-11-26 --since 2026-11-07 answers.csv
	assert_line --index 3 '{"check":"time","status":"fail","detail":"19 days since 2026-11-07, 30 needed; the answers agree: 3 of 3"}'
	assert_line --index 8 '{"check":"next","status":null,"detail":"Until 2026-12-07, keep the plan to yourself and do not start contact; then ask again."}'
	printf '%s\n' "$output" >"$out"
	json_objects "$out"
	run -0 --separate-stderr rk-log -f contacts.csv -l --since 2026-11-20 --format=json
	assert_output '{"date":"2026-11-26","time":"19:45","who":"him","channel":"text","sign":"flirt","note":"said I looked \"dangerously good\" on Friday"}'
	run -0 --separate-stderr rk-log -f contacts.csv --signs --since 2026-11-01 --format=json
	assert_line --index 0 '{"question":"contact.first","answer":"yes"}'
	run -0 --separate-stderr rk-since --today 2026-10-31 --format=json 2026-10-01 2026-10-02
	assert_output '{"date":"2026-10-01","days":30}
{"date":"2026-10-02","days":29}'
	run -0 --separate-stderr rk-since --today 2026-10-31 -c date --last -m 30 --next --format=json dates.csv
	assert_output '{"date":"2026-11-12","days":30,"on":"2026-12-12","in":42}'
	# Nothing to show: nothing at all, as with CSV under -m.
	run -1 --separate-stderr rk-since --today 2026-10-31 -m 7 --format=json 2026-10-01
	assert_output ''
	run -1 --separate-stderr rk-since --today 2026-10-31 -c date -m 7 --format=json dates.csv
	assert_output ''
	assert_stderr_line ''
}

@test "--format=json: quotes, backslashes, line ends, controls, UTF-8, empty fields and number-like strings" {
	local f out="$BATS_TEST_TMPDIR/out.json"
	f=$(printf 'date,note,n\n2026-10-01,"say ""hi"" \\ back\\slash",007\n2026-10-02,"line1\nline2",+1\n2026-10-03,bell\a\033[0m,1.\n2026-10-04,caf\303\251 \360\237\222\224,\n2026-10-05,,-12.50\n2026-10-06,1e3,1234567890123456\n' | fixture h.csv)
	run -0 --separate-stderr rk-since --today 2026-10-31 -c date --format=json "$f"
	assert_output '{"date":"2026-10-01","note":"say \"hi\" \\ back\\slash","n":"007","days":30}
{"date":"2026-10-02","note":"line1\nline2","n":"+1","days":29}
{"date":"2026-10-03","note":"bell\u0007\u001b[0m","n":"1.","days":28}
{"date":"2026-10-04","note":"café 💔","n":null,"days":27}
{"date":"2026-10-05","note":null,"n":-12.50,"days":26}
{"date":"2026-10-06","note":"1e3","n":"1234567890123456","days":25}'
	printf '%s\n' "$output" >"$out"
	json_objects "$out"
	command -v python3 >/dev/null || skip "python3 is not installed to read the values back"
	run -0 python3 -c 'import json, sys
for l in sys.stdin:
    print(repr(json.loads(l)["note"]))' <"$out"
	assert_output "'say \"hi\" \\\\ back\\\\slash'
'line1\\nline2'
'bell\\x07\\x1b[0m'
'café 💔'
None
'1e3'"
}

@test "--format=json in rk-since's filter mode: --no-header keys by column number; a name twice is refused" {
	local f
	f=$(printf '2026-10-01,me\n2026-10-02,\n' | fixture n.csv)
	run -0 --separate-stderr rk-since --today 2026-10-31 -c 1 --no-header --format=json "$f"
	assert_output '{"1":"2026-10-01","2":"me","3":30}
{"1":"2026-10-02","2":null,"3":29}'
	f=$(printf 'date,x,x\n2026-10-01,1,2\n' | fixture d.csv)
	run -2 --separate-stderr rk-since --today 2026-10-31 -c date --format=json "$f"
	assert_output ''
	assert_stderr_line "rk-since: $f:1: column name \"x\" appears twice in the header; JSON keys must differ"
	# CSV has no such rule, and --streaks writes its own header.
	run -0 --separate-stderr rk-since --today 2026-10-31 -c date --streaks --format=json "$f"
	assert_output '{"from":"2026-10-01","to":"2026-10-31","days":30}'
	run -0 --separate-stderr rk-since --today 2026-10-31 -c date --format=csv "$f"
	assert_output 'date,x,x,days
2026-10-01,1,2,30'
}

@test "TSV passes between the programs, as CSV does; a tab header not read as TSV names -t" {
	local csv
	cd "$DATA/examples"
	csv=$(rk-quiz -n 1 why answers.csv | rk-tip --for -n 1 --format=csv)
	run -0 --separate-stderr bash -c 'rk-quiz --format=tsv -n 1 why answers.csv | rk-tip --for -n 1 --format=csv'
	assert_output "$csv"
	assert_line --index 1 --partial 'better,,burden,Say what you mean,'
	csv=$(rk-ready --today 2026-11-26 --since 2026-11-07 answers.csv | rk-tip --for -n 1 --format=csv)
	run -0 --separate-stderr bash -c 'rk-ready --format=tsv --today 2026-11-26 --since 2026-11-07 answers.csv | rk-tip --for -n 1 --format=csv'
	assert_output "$csv"
	assert_line --index 1 --partial 'steps,2,time none,Let him be the one to call,'
	csv=$(rk-log -f contacts.csv --signs --since 2026-10-02 | rk-quiz --format=csv his-signs)
	run -0 --separate-stderr bash -c 'rk-log -f contacts.csv --signs --format=tsv --since 2026-10-02 | rk-quiz --format=csv his-signs'
	assert_output "$csv"
	assert_line --index 7 'total,19,27,70.4,9,9,strong'
	run -0 --separate-stderr bash -c 'rk-log -f contacts.csv -l --format=tsv | rk-since --today 2026-11-26 -c date --where who=me --last'
	assert_output '33'
	# Rows go on in the input's own dialect: TSV in, TSV out.
	run -0 --separate-stderr bash -c 'rk-log -f contacts.csv -l --format=tsv --since 2026-11-20 | rk-since --today 2026-11-26 -c date'
	assert_output "$(printf 'date\ttime\twho\tchannel\tsign\tnote\tdays\n2026-11-26\t19:45\thim\ttext\tflirt\t"said I looked ""dangerously good"" on Friday"\t0')"
	run -0 --separate-stderr bash -c 'rk-log -f contacts.csv -l --format=tsv --since 2026-11-20 | rk-since --today 2026-11-26 -c date --format=csv'
	assert_output 'date,time,who,channel,sign,note,days
2026-11-26,19:45,him,text,flirt,"said I looked ""dangerously good"" on Friday",0'
	# Answers written as TSV by hand read as well.
	run -0 --separate-stderr bash -c "tr , '\\t' <answers.csv | rk-quiz --format=csv -n 1 why"
	assert_output 'category,score,max,percent,answered,total
burden,10,11,90.9,5,5'
	# A header with tabs that is not read as TSV (-d given, or a comma in
	# it): the message says to try -t.
	run -2 --separate-stderr bash -c 'rk-quiz --format=tsv why answers.csv | rk-tip --for -d ";"'
	assert_output ''
	assert_stderr_line 'rk-tip: stdin:1: --for needs a category or check column (the output of rk-quiz or rk-ready) (is it tab-separated? try -t)'
	run -2 --separate-stderr bash -c 'rk-log -f contacts.csv -l --format=tsv | rk-since -d ";" -c date'
	assert_output ''
	assert_stderr_line 'rk-since: stdin:1: -c: no column named "date"; the header has "date\x09time\x09who\x09channel\x09sign\x09note" (is it tab-separated? try -t)'
	run -2 --separate-stderr bash -c "printf 'question\\tanswer,x\\ngoals.kids\\tno,1\\n' | rk-quiz why"
	assert_stderr_line 'rk-quiz: stdin:1: unknown column "question\x09answer" (answers have question, answer and respondent) (is it tab-separated? try -t)'
	# Without a tab, the old message stands.
	run -2 --separate-stderr bash -c "printf 'quiz,answer\\n' | rk-quiz why"
	assert_stderr_line 'rk-quiz: stdin:1: unknown column "quiz" (answers have question, answer and respondent)'
}

@test "reading CSV from a terminal, a program says so on stderr, once; in a pipe it says nothing" {
	need_pty
	local c cmd what msg
	# Standard input at its end at once: the notice, then what the program
	# makes of no input.
	for c in "rk-quiz why|answers|stdin: no answers to the why quiz" \
	    "rk-quiz why - -|answers|stdin: no answers to the why quiz" \
	    "rk-ready|answers|stdin: no answers to the qualify or signs quiz" \
	    "rk-since -c date|CSV rows|stdin: empty input: no header to find column \"date\"" \
	    "rk-tip --for|quiz results|stdin: empty input: --for reads the CSV output of rk-quiz or rk-ready" \
	    "rk-tip -f -|tips|stdin: empty tips file: it needs a header with section and text"; do
		IFS='|' read -r cmd what msg <<<"$c"
		run -0 bash -c 'script -qec "$1" /dev/null </dev/null | tr -d "\r"' _ "$cmd"
		assert_output "${cmd%% *}: reading $what from the terminal; end with Ctrl-D
${cmd%% *}: $msg"
	done
	cp "$DATA/examples/answers.csv" "$BATS_TEST_TMPDIR/"
	cd "$BATS_TEST_TMPDIR"
	# Answers typed in (the terminal echoes them, as it will): the notice
	# once, and the scores at the end.
	run -0 bash -c 'TERM=dumb script -qec "rk-quiz --format=csv -n 1 why" /dev/null <answers.csv |
	    tr -d "\r" >typed; grep -c "^rk-quiz: reading answers from the terminal; end with Ctrl-D\$" typed; tail -2 typed'
	assert_output '1
category,score,max,percent,answered,total
burden,10,11,90.9,5,5'
	run -0 --separate-stderr rk-quiz --format=csv -n 1 why <answers.csv
	assert_stderr_line ''
	run -0 --separate-stderr bash -c 'rk-quiz --format=csv -n 1 why - <answers.csv'
	assert_stderr_line ''
}
