/* since: counts, milestones and weeks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/since.h"
#include "core/text.h"

long
since_days(long date, long today)
{
	return today - date;
}

static int
cmp_long(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return (x > y) - (x < y);
}

int
milestones_parse(const char *list, struct milestones *m, char *why, size_t whylen)
{
	const char *p = list;
	size_t cap = 1, i, out;

	for (i = 0; list[i] != '\0'; i++)
		cap += list[i] == ',';
	m->n = 0;
	if ((m->v = calloc(cap, sizeof *m->v)) == NULL) {
		snprintf(why, whylen, "out of memory");
		return -2;
	}
	for (;;) {
		size_t len = strcspn(p, ",");
		char item[32];
		long v;
		int rc = -1;

		if (len < sizeof item) {
			memcpy(item, p, len);
			item[len] = '\0';
			rc = text_parse_long(item, &v);
		}
		if (rc == 0 && (v < -SINCE_MAX_SPAN || v > SINCE_MAX_SPAN))
			rc = -2;
		if (rc != 0) {
			if (len == 0)
				snprintf(why, whylen, "an empty item; the list is whole "
				    "numbers separated by commas, as in 7,30,90");
			else if (rc == -2)
				snprintf(why, whylen, "%s is out of range (%ld to %ld)",
				    quote_n(p, len), -SINCE_MAX_SPAN, SINCE_MAX_SPAN);
			else
				snprintf(why, whylen, "%s is not a whole number of days",
				    quote_n(p, len));
			milestones_free(m);
			return -1;
		}
		m->v[m->n++] = v;
		if (p[len] == '\0')
			break;
		p += len + 1;
	}
	qsort(m->v, m->n, sizeof *m->v, cmp_long);
	for (i = out = 0; i < m->n; i++)
		if (out == 0 || m->v[out - 1] != m->v[i])
			m->v[out++] = m->v[i];
	m->n = out;
	return 0;
}

int
milestones_has(const struct milestones *m, long days)
{
	return bsearch(&days, m->v, m->n, sizeof *m->v, cmp_long) != NULL;
}

int
milestones_next(const struct milestones *m, long date, long today, long *next)
{
	long days = since_days(date, today), last = date_from_ymd(DATE_MAX_YEAR, 12, 31);
	size_t i;

	for (i = 0; i < m->n; i++)
		if (m->v[i] > days) {
			if (m->v[i] > last - date)
				return -1;
			*next = m->v[i];
			return 0;
		}
	return -1;
}

void
milestones_free(struct milestones *m)
{
	free(m->v);
	m->v = NULL;
	m->n = 0;
}

void
since_weeks(long days, char *buf, size_t n)
{
	const char *sign = days < 0 ? "-" : "";
	long a = days < 0 ? -days : days, w = a / 7, d = a % 7;

	if (w == 0)
		snprintf(buf, n, "%s%ld day%s", sign, d, d == 1 ? "" : "s");
	else if (d == 0)
		snprintf(buf, n, "%s%ld week%s", sign, w, w == 1 ? "" : "s");
	else
		snprintf(buf, n, "%s%ld week%s %s%ld day%s", sign, w, w == 1 ? "" : "s",
		    sign, d, d == 1 ? "" : "s");
}

void
since_words(long days, int weeks, char buf[40])
{
	long a = days < 0 ? -days : days;

	if (weeks)
		since_weeks(a, buf, 40);
	else
		snprintf(buf, 40, "%ld day%s", a, a == 1 ? "" : "s");
}

static const char digit_pairs[] =
    "00010203040506070809101112131415161718192021222324"
    "25262728293031323334353637383940414243444546474849"
    "50515253545556575859606162636465666768697071727374"
    "75767778798081828384858687888990919293949596979899";

size_t
since_format(long days, int weeks, char buf[40])
{
	char tmp[24], *p = tmp + sizeof tmp;
	unsigned long u = days < 0 ? 0UL - (unsigned long)days : (unsigned long)days;
	size_t n;

	if (weeks) {
		since_weeks(days, buf, 40);
		return strlen(buf);
	}
	/* By hand, two digits at a time: printf would be a tenth of the time
	 * of a long filter run. */
	*--p = '\0';
	for (; u >= 100; u /= 100) {
		p -= 2;
		memcpy(p, digit_pairs + 2 * (u % 100), 2);
	}
	if (u >= 10) {
		p -= 2;
		memcpy(p, digit_pairs + 2 * u, 2);
	} else
		*--p = (char)('0' + u);
	if (days < 0)
		*--p = '-';
	n = (size_t)(tmp + sizeof tmp - p);
	memcpy(buf, p, n);
	return n - 1;
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

int
streaks_add(struct streaks *s, long day)
{
	/* A journal in date order repeats its days side by side: dropping them
	 * here is cheap. */
	if (s->n > 0 && s->day[s->n - 1] == day)
		return 0;
	if (s->n == s->cap) {
		/* Full: the repeats go first, and the list grows only when
		 * the distinct dates fill more than half of it.  Memory then
		 * grows with the distinct dates, not with the rows. */
		compact(s);
		if (s->cap == 0 || s->n > s->cap / 2) {
			size_t cap = s->cap ? s->cap * 2 : 64;
			long *day = realloc(s->day, cap * sizeof *day);

			if (day == NULL)
				return -1;
			s->day = day;
			s->cap = cap;
		}
	}
	s->day[s->n++] = day;
	return 0;
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
