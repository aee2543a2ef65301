/* datearg: YYYY-MM-DD, ISO 8601 date-times, keywords and strptime formats. */
/* strptime(3) is X/Open. */
#define _XOPEN_SOURCE 700

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/date.h"
#include "core/dateparse.h"

#define ISO_FORMS "YYYY-MM-DD, an ISO 8601 date-time, today or yesterday"

static const char *const month_names[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

/* A date and a time of day as written, before any offset is applied. */
struct when {
	long y;
	int m, d, hh, mm, ss;
	int zoned;            /* a UTC offset (or Z) was given */
	long off;             /* seconds east of UTC */
};

static int
fail(char *why, size_t whylen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
fail(char *why, size_t whylen, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, whylen, fmt, ap);
	va_end(ap);
	return -1;
}

static int
num(const char *s, int n, long *out)
{
	long v = 0;
	int i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

/* Say which part of a date is wrong, rather than only that it is. */
static int
check_ymd(long y, long m, long d, char *why, size_t whylen)
{
	if (y < DATE_MIN_YEAR || y > DATE_MAX_YEAR)
		return fail(why, whylen, "is not a date: years run from %d to %d",
		    DATE_MIN_YEAR, DATE_MAX_YEAR);
	if (m < 1 || m > 12)
		return fail(why, whylen, "is not a date: there is no month %ld", m);
	if (d < 1 || d > date_month_days(y, (int)m))
		return fail(why, whylen, "is not a date: %s %ld has %d days",
		    month_names[m - 1], y, date_month_days(y, (int)m));
	return 0;
}

static int
check_time(const struct when *w, char *why, size_t whylen)
{
	if (w->hh > 23)
		return fail(why, whylen, "is not a date-time: there is no hour %d", w->hh);
	if (w->mm > 59)
		return fail(why, whylen, "is not a date-time: there is no minute %d", w->mm);
	/* 60 is a leap second, which RFC 3339 allows. */
	if (w->ss > 60)
		return fail(why, whylen, "is not a date-time: there is no second %d", w->ss);
	return 0;
}

/* The time part of an ISO 8601 date-time, after the 'T': HH:MM[:SS[.frac]]
 * and then Z, +HH, +HHMM or +HH:MM, or nothing. */
static int
parse_iso_time(const char *s, size_t n, struct when *w)
{
	size_t i = 5;
	long v, oh, om = 0;
	int sign;

	if (n < 5 || s[2] != ':' || num(s, 2, &v) != 0)
		return -1;
	w->hh = (int)v;
	if (num(s + 3, 2, &v) != 0)
		return -1;
	w->mm = (int)v;
	if (i < n && s[i] == ':') {
		if (i + 3 > n || num(s + i + 1, 2, &v) != 0)
			return -1;
		w->ss = (int)v;
		i += 3;
		if (i < n && (s[i] == '.' || s[i] == ',')) {
			if (++i == n || s[i] < '0' || s[i] > '9')
				return -1;
			while (i < n && s[i] >= '0' && s[i] <= '9')
				i++;
		}
	}
	if (i == n)
		return 0;
	w->zoned = 1;
	if ((s[i] == 'Z' || s[i] == 'z') && i + 1 == n)
		return 0;
	if (s[i] != '+' && s[i] != '-')
		return -1;
	sign = s[i++] == '-' ? -1 : 1;
	if (i + 2 > n || num(s + i, 2, &oh) != 0)
		return -1;
	i += 2;
	if (i < n && s[i] == ':')
		i++;
	if (i < n) {
		if (i + 2 != n || num(s + i, 2, &om) != 0)
			return -1;
	} else if (s[i - 1] == ':') {
		return -1;
	}
	if (oh > 23 || om > 59)
		return -2;
	w->off = sign * (oh * 3600 + om * 60);
	return 0;
}

static int
parse_iso(const char *s, size_t n, struct when *w, char *why, size_t whylen)
{
	long y, m, d;
	int rc;

	if (n < 10 || s[4] != '-' || s[7] != '-' ||
	    num(s, 4, &y) != 0 || num(s + 5, 2, &m) != 0 || num(s + 8, 2, &d) != 0)
		return fail(why, whylen, "is not a date (" ISO_FORMS ")");
	if (n > 10) {
		if ((s[10] != 'T' && s[10] != 't' && s[10] != ' ') ||
		    (rc = parse_iso_time(s + 11, n - 11, w)) == -1)
			return fail(why, whylen, "is not a date (" ISO_FORMS ")");
		if (rc == -2)
			return fail(why, whylen,
			    "is not a date-time: a UTC offset runs from -23:59 to +23:59");
	}
	if (check_ymd(y, m, d, why, whylen) != 0)
		return -1;
	w->y = y, w->m = (int)m, w->d = (int)d;
	return check_time(w, why, whylen);
}

/* A UTC offset for %z at S, read as glibc's strptime reads it: spaces,
 * then Z, or a sign and hh, hhmm or hh:mm.  Past it, or NULL. */
static const char *
parse_z(const char *s, struct when *w)
{
	long v = 0;
	int neg, digits = 0;

	while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
		s++;
	if (*s == 'Z') {
		w->zoned = 1;
		w->off = 0;
		return s + 1;
	}
	if (*s != '+' && *s != '-')
		return NULL;
	neg = *s++ == '-';
	while (digits < 4 && *s >= '0' && *s <= '9') {
		v = v * 10 + (*s++ - '0');
		if (++digits == 2 && *s == ':' && s[1] >= '0' && s[1] <= '9')
			s++;
	}
	if (digits == 2)
		v *= 100;
	else if (digits != 4 || v % 100 >= 60)
		return NULL;
	w->zoned = 1;
	w->off = (neg ? -1 : 1) * ((v / 100) * 3600 + (v % 100) * 60);
	return s;
}

/* strptime over FMT, but %z read by parse_z: glibc's strptime gives the
 * offset in tm_gmtoff, which POSIX.1-2008 does not have.  The format is
 * cut at each %z, and the pieces read one after another into TM. */
static const char *
strptime_z(const char *s, const char *fmt, struct tm *tm, struct when *w)
{
	size_t len = strlen(fmt), i, start = 0;
	char *piece = malloc(len + 1);

	if (piece == NULL)
		return NULL;
	for (i = 0; s != NULL && i <= len; i++) {
		if (i < len && !(fmt[i] == '%' && (fmt[i + 1] == 'z' || fmt[i + 1] == '%'))) {
			continue;
		} else if (i < len && fmt[i + 1] == '%') {
			i++;            /* %%: a percent sign */
			continue;
		}
		memcpy(piece, fmt + start, i - start);
		piece[i - start] = '\0';
		if (i > start)
			s = strptime(s, piece, tm);
		if (s != NULL && i < len)
			s = parse_z(s, w);
		start = ++i + 1;
	}
	free(piece);
	return s;
}

/* strptime(3) leaves alone the fields its format does not mention; start
 * them out of range to see which ones it set. */
static int
parse_format(const char *fmt, const char *s, size_t n, struct when *w, char *why,
    size_t whylen)
{
	struct tm tm;
	const char *end;

	memset(&tm, 0, sizeof tm);
	tm.tm_year = tm.tm_mon = tm.tm_mday = INT_MIN;
	tm.tm_hour = tm.tm_min = tm.tm_sec = INT_MIN;
	end = strptime_z(s, fmt, &tm, w);
	if (end == NULL || end != s + n)
		return fail(why, whylen, "does not match the format \"%s\"", fmt);
	if (tm.tm_year == INT_MIN || tm.tm_mon == INT_MIN || tm.tm_mday == INT_MIN)
		return fail(why, whylen, "is not a whole date: the format \"%s\" reads no %s",
		    fmt, tm.tm_year == INT_MIN ? "year" : tm.tm_mon == INT_MIN ? "month" : "day");
	if (check_ymd(tm.tm_year + 1900L, tm.tm_mon + 1L, tm.tm_mday, why, whylen) != 0)
		return -1;
	w->y = tm.tm_year + 1900L;
	w->m = tm.tm_mon + 1;
	w->d = tm.tm_mday;
	w->hh = tm.tm_hour == INT_MIN ? 0 : tm.tm_hour;
	w->mm = tm.tm_min == INT_MIN ? 0 : tm.tm_min;
	w->ss = tm.tm_sec == INT_MIN ? 0 : tm.tm_sec;
	return check_time(w, why, whylen);
}

/* The local calendar date of a zoned date-time: the instant it names, seen
 * from TZ.  Whole days and seconds are added separately, never a time_t
 * divided by 86400, so daylight saving cannot move the date. */
static int
local_day(const struct when *w, long *days, char *why, size_t whylen)
{
	long day = date_from_ymd(w->y, w->m, w->d);
	/* A leap second still belongs to its own day. */
	int ss = w->ss == 60 ? 59 : w->ss;
	long long t = (long long)day * 86400 + w->hh * 3600L + w->mm * 60L + ss - w->off;

	if (date_local_days(t, &day) != 0 || day < date_from_ymd(DATE_MIN_YEAR, 1, 1) ||
	    day > date_from_ymd(DATE_MAX_YEAR, 12, 31))
		return fail(why, whylen, "is not a date: its local date falls outside "
		    "the years %d to %d", DATE_MIN_YEAR, DATE_MAX_YEAR);
	*days = day;
	return 0;
}

int
datearg_parse(const struct datearg *da, const char *s, size_t n, long *days, char *why,
    size_t whylen)
{
	struct when w;
	int rc;

	/* The common case, a plain YYYY-MM-DD, goes straight to the calendar;
	 * anything else, a bad date included, takes the long way for its
	 * message. */
	if (da->format == NULL && n == 10 && date_parse_iso(s, n, days) == 0)
		return 0;
	memset(&w, 0, sizeof w);
	if (n == 5 && memcmp(s, "today", 5) == 0) {
		*days = da->today;
		return 0;
	}
	if (n == 9 && memcmp(s, "yesterday", 9) == 0) {
		if (da->today <= date_from_ymd(DATE_MIN_YEAR, 1, 1))
			return fail(why, whylen, "is not a date: it falls before the year %d",
			    DATE_MIN_YEAR);
		*days = da->today - 1;
		return 0;
	}
	if (da->format != NULL)
		rc = parse_format(da->format, s, n, &w, why, whylen);
	else
		rc = parse_iso(s, n, &w, why, whylen);
	if (rc != 0)
		return -1;
	if (w.zoned)
		return local_day(&w, days, why, whylen);
	*days = date_from_ymd(w.y, w.m, w.d);
	return 0;
}

/* A group of 1 to MAX digits at S; its value, or -1. */
static long
digits(const char *s, size_t n, size_t max)
{
	long v;

	return n >= 1 && n <= max && num(s, (int)n, &v) == 0 ? v : -1;
}

/* The first separator of a date at or after S[I], or N. */
static size_t
next_sep(const char *s, size_t i, size_t n)
{
	while (i < n && s[i] != '/' && s[i] != '.' && s[i] != '-')
		i++;
	return i;
}

int
datearg_layout(const char *s, size_t n, char fmt[2][9])
{
	char sep;
	size_t a, b;
	long x, y;

	if ((a = next_sep(s, 0, n)) == n)
		return 0;
	sep = s[a];
	if ((b = next_sep(s, a + 1, n)) == n || s[b] != sep || next_sep(s, b + 1, n) != n)
		return 0;
	/* The year first: 2026/10/01, but not 2026-1-5, an ISO date gone
	 * wrong, which has messages of its own. */
	if (sep != '-' && digits(s, a, 4) >= 0 && a == 4 &&
	    digits(s + a + 1, b - a - 1, 2) >= 0 && digits(s + b + 1, n - b - 1, 2) >= 0) {
		snprintf(fmt[0], 9, "%%Y%c%%m%c%%d", sep, sep);
		return 1;
	}
	if (n - b - 1 != 4 || digits(s + b + 1, 4, 4) < 0 ||
	    (x = digits(s, a, 2)) < 0 || (y = digits(s + a + 1, b - a - 1, 2)) < 0)
		return 0;
	/* The year last: the day first, as in most of the world, or the month
	 * first when the numbers say so; with dots the day is first, and
	 * otherwise both are offered when either could be. */
	if (y > 12 && x <= 12) {
		snprintf(fmt[0], 9, "%%m%c%%d%c%%Y", sep, sep);
		return 1;
	}
	snprintf(fmt[0], 9, "%%d%c%%m%c%%Y", sep, sep);
	if (x > 12 || sep == '.')
		return 1;
	snprintf(fmt[1], 9, "%%m%c%%d%c%%Y", sep, sep);
	return 2;
}

void
datearg_hint(const struct datearg *da, const char *s, size_t n, int with_i, char *why,
    size_t whylen)
{
	char fmt[2][9];
	int k;

	if (da->format != NULL || (k = datearg_layout(s, n, fmt)) == 0)
		return;
	if (!with_i)
		snprintf(why, whylen, "is not a date: write it YYYY-MM-DD");
	else
		snprintf(why, whylen, "is not a date: write it YYYY-MM-DD, or give its "
		    "layout with -i, as in -i %s%s%s", fmt[0], k > 1 ? " or -i " : "",
		    k > 1 ? fmt[1] : "");
}

#define AT_FORMS "YYYY-MM-DD, an ISO 8601 date-time such as YYYY-MM-DDTHH:MM, " \
    "\"YYYY-MM-DD HH:MM\", today or yesterday"

int
atarg_parse(const char *s, size_t n, long today, struct atarg *at, char *why,
    size_t whylen)
{
	struct datearg da = { NULL, today };
	struct when w;
	int rc;

	at->hour = at->min = -1;
	if ((n == 5 && memcmp(s, "today", 5) == 0) || (n == 9 && memcmp(s, "yesterday", 9) == 0))
		return datearg_parse(&da, s, n, &at->days, why, whylen);
	/* A journal row holds the date and HH:MM: seconds are dropped, and a
	 * time with a UTC offset is written as the local time of that instant. */
	memset(&w, 0, sizeof w);
	if (n < 10 || (rc = parse_iso(s, n, &w, why, whylen)) != 0) {
		if (n < 10 || strstr(why, "(" ISO_FORMS ")") != NULL)
			snprintf(why, whylen, "is not a date or date-time (" AT_FORMS ")");
		return -1;
	}
	if (n == 10) {
		at->days = date_from_ymd(w.y, w.m, w.d);
		return 0;
	}
	if (w.zoned) {
		long day = date_from_ymd(w.y, w.m, w.d);
		time_t t = (time_t)((long long)day * 86400 + w.hh * 3600L + w.mm * 60L - w.off);
		struct tm tm;

		if (localtime_r(&t, &tm) == NULL || tm.tm_year + 1900L < DATE_MIN_YEAR ||
		    tm.tm_year + 1900L > DATE_MAX_YEAR)
			return fail(why, whylen, "is not a date: its local date falls outside "
			    "the years %d to %d", DATE_MIN_YEAR, DATE_MAX_YEAR);
		at->days = date_from_ymd(tm.tm_year + 1900L, tm.tm_mon + 1, tm.tm_mday);
		at->hour = tm.tm_hour;
		at->min = tm.tm_min;
		return 0;
	}
	at->days = date_from_ymd(w.y, w.m, w.d);
	at->hour = w.hh;
	at->min = w.mm;
	return 0;
}

void
atarg_format_time(const struct atarg *at, char buf[6])
{
	if (at->hour < 0) {
		buf[0] = '\0';
		return;
	}
	/* hour and min are in range; the modulo tells the compiler so. */
	snprintf(buf, 6, "%02u:%02u", (unsigned)at->hour % 24u, (unsigned)at->min % 60u);
}
