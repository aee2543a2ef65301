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
