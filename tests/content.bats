#!/usr/bin/env bats
# The built-in content: in our own words, and complete enough for --for.

load helpers

SEED_DIR="$RK_ROOT/../shared/seed"

# Every run of N words, lowercased, punctuation dropped, one per line.
ngrams() {
	tr 'A-Z' 'a-z' | tr -c 'a-z0-9\n' ' ' | tr -s ' \n' '\n\n' |
	    awk -v n="$1" '{ w[NR] = $0 } END { for (i = 1; i + n - 1 <= NR; i++) {
		s = w[i]; for (j = 1; j < n; j++) s = s " " w[i + j]; print s } }' | sort -u
}

# Curly quotes and apostrophes out, so "what's" and "what’s" compare equal.
plain() {
	sed "s/[’‘]//g; s/[“”]//g; s/'//g"
}

@test "no sentence of the article appears verbatim in data/ or in the output" {
	[ -d "$SEED_DIR" ] || skip "the article is not beside this checkout ($SEED_DIR)"
	cat "$SEED_DIR"/*.txt | plain | ngrams 8 >"$BATS_TEST_TMPDIR/article"
	# Split the data into its fields, so that no run crosses a field boundary.
	for f in "$DATA"/*.csv "$DATA"/examples/*.csv; do
		tr ',' '\n' <"$f" | plain | ngrams 8
	done | sort -u >"$BATS_TEST_TMPDIR/ours"
	rk-tip -a -w 1000 | plain | ngrams 8 >>"$BATS_TEST_TMPDIR/ours"
	sort -u -o "$BATS_TEST_TMPDIR/ours" "$BATS_TEST_TMPDIR/ours"
	run comm -12 "$BATS_TEST_TMPDIR/article" "$BATS_TEST_TMPDIR/ours"
	assert_output ''
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
		[ "${#lines[@]}" -ge 2 ]
	done
	[ "$(rk-tip -a -s better --format=csv | tail -n +2 | wc -l)" -ge 8 ]
	[ "$(rk-tip -a -s reasons --format=csv | tail -n +2 | wc -l)" -ge 5 ]
	[ "$(rk-tip -a -s signs --format=csv | tail -n +2 | wc -l)" -ge 5 ]
	[ "$(rk-tip -a -s texts --format=csv | tail -n +2 | wc -l)" -ge 3 ]
}
