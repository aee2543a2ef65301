#!/usr/bin/env bats
# The built-in content: in our own words, and complete enough for --for.

load helpers

SEED_DIR="$RK_ROOT/../shared/seed"
FINGERPRINT="$RK_ROOT/tests/article.fingerprint"

# Hashes of every run of 8 words (scripts/fingerprint): the article's are
# kept in tests/, so this test needs no copy of the article to run.
@test "no sentence of the article appears verbatim in data/ or in the output" {
	[ -s "$FINGERPRINT" ] || false
	for f in "$DATA"/*.csv "$DATA"/examples/*.csv; do
		sh "$RK_ROOT/scripts/fingerprint" "$f"
	done >"$BATS_TEST_TMPDIR/ours"
	rk-tip -a -w 1000 | sh "$RK_ROOT/scripts/fingerprint" >>"$BATS_TEST_TMPDIR/ours"
	sort -u -o "$BATS_TEST_TMPDIR/ours" "$BATS_TEST_TMPDIR/ours"
	run comm -12 "$FINGERPRINT" "$BATS_TEST_TMPDIR/ours"
	assert_output ''
}

@test "the fingerprint matches 8 words however they are spelled, and holds none" {
	printf 'One two three, FOUR five\n"six" seven eight.\n' |
	    sh "$RK_ROOT/scripts/fingerprint" >"$BATS_TEST_TMPDIR/a"
	printf 'one two three four fi\342\200\231ve six seven eight' |
	    sh "$RK_ROOT/scripts/fingerprint" >"$BATS_TEST_TMPDIR/b"
	printf 'one two three four five six seven' |
	    sh "$RK_ROOT/scripts/fingerprint" >"$BATS_TEST_TMPDIR/c"
	[ "$(wc -l <"$BATS_TEST_TMPDIR/a")" -eq 1 ] || false
	cmp "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/b"
	[ ! -s "$BATS_TEST_TMPDIR/c" ] || false
	run grep -v '^[0-9a-f]\{16\}$' "$FINGERPRINT"
	assert_output ''
}

@test "the kept fingerprint is the article's (where the article is beside us)" {
	[ -d "$SEED_DIR" ] || skip "the article is not beside this checkout ($SEED_DIR)"
	run sh "$RK_ROOT/scripts/fingerprint" "$SEED_DIR"/*.txt
	assert_success
	assert_output "$(cat "$FINGERPRINT")"
}

@test "every quiz category has tips tagged for it" {
	for c in $(tail -n +2 "$DATA/categories.csv" | cut -d, -f2 | sort -u); do
		printf 'category,percent\n%s,50.0\n' "$c" >"$BATS_TEST_TMPDIR/in"
		run rk-tip --for -a --format=csv <"$BATS_TEST_TMPDIR/in"
		assert_success
		[ "${#lines[@]}" -ge 2 ] || { echo "no tips for $c"; false; }
	done
}

@test "the article's sections are all there: 7 steps, 8 ways, 5 reasons, 5 signs" {
	run rk-tip -l --format=csv
	assert_line --regexp '^better,[0-9]+$'
	for n in 1 2 3 4 5 6 7; do
		run rk-tip -a --step "$n" --format=csv
		[ "${#lines[@]}" -ge 2 ] || false
	done
	[ "$(rk-tip -a -s better --format=csv | tail -n +2 | wc -l)" -ge 8 ] || false
	[ "$(rk-tip -a -s reasons --format=csv | tail -n +2 | wc -l)" -ge 5 ] || false
	[ "$(rk-tip -a -s signs --format=csv | tail -n +2 | wc -l)" -ge 5 ] || false
	[ "$(rk-tip -a -s texts --format=csv | tail -n +2 | wc -l)" -ge 3 ]
}

# ---- step 4's message: the article's jealousy text, and our own ideas ----

@test "texts: the article's jealousy text, under that name, with its aim and what it implies" {
	run -0 --separate-stderr rk-tip -a -s texts -w 1000 -m jealousy
	assert_output "Step 4. The article's \"jealousy\" text
The one sample message the article gives for step 4 is what it calls the \"jealousy\" text. In our words it goes something like: \"I'm glad we agreed to start seeing other people. Right now I really only want us to be friends.\" Its aim, as the article states it, is to make him jealous: the message tells him that you are already dating other people, and that is meant to set off a \"fear of loss\" in him.

Step 4. How the article says it works
The article's reasoning: saying you are dating around tells him that other men want you; men, it says, are drawn to a woman other men want; and the message amounts to telling him that losing you is his loss. The article calls his jealousy a good thing, and expects him to feel attracted to you again as that fear of losing you takes hold."
}

@test "texts: every idea is the article's or says in its own text that it is rekindle's" {
	# text, one tip a paragraph: "Step 4. TITLE", then the text on one line
	run -0 --separate-stderr bash -c "rk-tip -a -s texts -w 1000 | awk -v RS= -F'\n' '
	    \$1 !~ /article/ && index(\$2, \"An idea of rekindle'\''s own, not from the article: \") != 1 { print \$1 }'"
	assert_output ''
	# and those that do not say so say that they are the article's
	run -0 --separate-stderr bash -c "rk-tip -a -s texts -w 1000 | awk -v RS= -F'\n' '
	    index(\$2, \"rekindle\") == 0 { print \$1 \": \" (\$2 ~ /^The .*article/) }'"
	assert_output "Step 4. The article's \"jealousy\" text: 1
Step 4. How the article says it works: 1"
}

@test "texts: nothing softens the jealousy text or adds advice the article does not give" {
	# the old wording: renamed, a "healthy" fear, a condition the article never sets
	run -1 --separate-stderr rk-tip -a -s texts -m 'healthy|only send|seeing-other-people|why that message works|truly mean'
	assert_output ''
}

@test "texts and step 4: nothing asks him out or to meet before step 7" {
	run -1 --separate-stderr rk-tip -a --step 4 -m 'come along|ask him (out|to)|invite|if you.re free|meet (up|me)|quiz night|suggest'
	assert_output ''
	run -1 --separate-stderr rk-tip -a -s texts -m 'come along|ask him (out|to)|invite|if you.re free|meet (up|me)|quiz night|suggest'
	assert_output ''
}

@test "step 4: the timing of a message, and the fear of loss it is meant to set off, as the article has it" {
	run -0 --separate-stderr rk-tip -a --step 4 -s steps -w 1000 -m 'time your'
	assert_output 'Step 4. Time your messages
Have a plan for what you send and when. The article holds that a message should reach him when he is most likely to take it seriously, and that only then does it set off a "fear of loss" in him.'
}
