/*
 * fuzz_streaks: the dates of rk-since --streaks and of rk-log --cal, added
 * in any order and with any repeats.  Three bytes make a date, over a range
 * the first byte picks (a few days, so that repeats are common, up to the
 * years 1 to 9999), then the next three the date of today.  After
 * streaks_sort the list must be the distinct dates up to today, in order,
 * and its memory at most four longs a date (64 at least); the longest
 * streak must be the longest gap, the later of equals.
 */
#include "tests/fuzz/fuzz.h"

#include "core/date.h"
#include "core/since.h"

static int
cmp_long(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return (x > y) - (x < y);
}

static long
day_of(const uint8_t *p, long lo, long span)
{
	return lo + (long)(((unsigned long)p[0] << 16 | (unsigned long)p[1] << 8 | p[2]) %
	    (unsigned long)span);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const long spans[4] = { 3, 40, 4000, 0 };
	long lo = date_from_ymd(DATE_MIN_YEAR, 1, 1), hi = date_from_ymd(DATE_MAX_YEAR, 12, 31);
	struct streaks s = { NULL, 0, 0 };
	struct streak lon, st;
	long span, today, *ref;
	size_t i, n, m = 0, added, distinct = 0;

	if (size < 4)
		return 0;
	span = spans[data[0] & 3] ? spans[data[0] & 3] : hi - lo + 1;
	if (span != hi - lo + 1)
		lo = day_of(data + 1, lo, hi - lo + 1 - span);
	today = day_of(data + 1, lo, span);
	added = (size - 4) / 3;
	ref = malloc((added + 1) * sizeof *ref);
	if (ref == NULL)
		abort();
	for (i = 0; i < added; i++) {
		long d = day_of(data + 4 + 3 * i, lo, span);

		if (streaks_add(&s, d) != 0)
			abort();
		ref[i] = d;
	}
	qsort(ref, added, sizeof *ref, cmp_long);
	for (i = 0; i < added; i++)
		distinct += i == 0 || ref[i] != ref[i - 1];
	for (i = 0; i < added && ref[i] <= today; i++)
		if (m == 0 || ref[i] != ref[m - 1])
			ref[m++] = ref[i];
	if (s.cap > 64 && s.cap > 4 * distinct)
		abort();
	n = streaks_sort(&s, today);
	if (n != m || s.n != m)
		abort();
	for (i = 0; i < m; i++)
		if (s.day[i] != ref[i])
			abort();
	if (streaks_longest(&s, today, &lon) != (m == 0 ? -1 : 0))
		abort();
	if (m > 0) {
		long best = -1, from = 0;

		for (i = 0; i < m; i++) {
			long to = i + 1 < m ? ref[i + 1] : today;

			streaks_get(&s, i, today, &st);
			if (st.from != ref[i] || st.to != to || st.days != to - ref[i])
				abort();
			if (to - ref[i] >= best)
				best = to - ref[i], from = ref[i];
		}
		if (lon.days != best || lon.from != from)
			abort();
	}
	free(ref);
	streaks_free(&s);
	return 0;
}
