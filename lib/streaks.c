/* streaks: gaps between sorted dates. */
#include <stdlib.h>

#include "lib/diag.h"
#include "lib/streaks.h"

static int
cmp_long(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return (x > y) - (x < y);
}

/* Sort the dates and drop repeats. */
static void
compact(struct streaks *s)
{
	size_t i, out = 0;

	if (s->n > 1)
		qsort(s->day, s->n, sizeof *s->day, cmp_long);
	for (i = 0; i < s->n; i++)
		if (out == 0 || s->day[i] != s->day[out - 1])
			s->day[out++] = s->day[i];
	s->n = out;
}

void
streaks_add(struct streaks *s, long day)
{
	/* A journal in date order repeats its days side by side: dropping them
	 * here is cheap. */
	if (s->n > 0 && s->day[s->n - 1] == day)
		return;
	if (s->n == s->cap) {
		/* Full: the repeats go first, and the list grows only when
		 * the distinct dates fill more than half of it.  Memory then
		 * grows with the distinct dates, not with the rows. */
		compact(s);
		if (s->cap == 0 || s->n > s->cap / 2) {
			s->cap = s->cap ? s->cap * 2 : 64;
			s->day = xrealloc(s->day, s->cap * sizeof *s->day);
		}
	}
	s->day[s->n++] = day;
}

size_t
streaks_sort(struct streaks *s, long today)
{
	size_t i;

	compact(s);
	for (i = 0; i < s->n && s->day[i] <= today; i++)
		continue;
	s->n = i;
	return i;
}

void
streaks_get(const struct streaks *s, size_t i, long today, struct streak *out)
{
	out->from = s->day[i];
	out->to = i + 1 < s->n ? s->day[i + 1] : today;
	out->days = out->to - out->from;
}

int
streaks_longest(const struct streaks *s, long today, struct streak *out)
{
	struct streak st;
	size_t i;

	if (s->n == 0)
		return -1;
	for (i = 0; i < s->n; i++) {
		streaks_get(s, i, today, &st);
		if (i == 0 || st.days >= out->days)
			*out = st;
	}
	return 0;
}

void
streaks_free(struct streaks *s)
{
	free(s->day);
	s->day = NULL;
	s->n = s->cap = 0;
}
