/* date: day numbers on the proleptic Gregorian calendar. */
#include <stdio.h>
#include <time.h>

#include "core/date.h"

int
date_is_leap(long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
date_month_days(long y, int m)
{
	static const unsigned char mdays[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m == 2 && date_is_leap(y))
		return 29;
	return mdays[m - 1];
}

/* Howard Hinnant's days_from_civil: count in 400-year eras that start on
 * March 1st, so the leap day falls at the end of each year. */
long
date_from_ymd(long y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
date_to_ymd(long z, long *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

int
date_weekday(long days)
{
	/* 1970-01-01 was a Thursday (3 when Monday is 0). */
	long w = (days + 3) % 7;

	return (int)(w < 0 ? w + 7 : w);
}

#define DIGIT(c) ((unsigned)(c) - (unsigned)'0')

int
date_parse_iso(const char *s, size_t n, long *days)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned y1, y2, y3, y4, m1, m2, d1, d2;
	long y;
	int m, d;

	if (n != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	/* Straight-line digits: this runs once per row of a long file.  A
	 * byte below '0' wraps round to a large value, so one test suffices. */
	y1 = DIGIT(u[0]), y2 = DIGIT(u[1]), y3 = DIGIT(u[2]), y4 = DIGIT(u[3]);
	m1 = DIGIT(u[5]), m2 = DIGIT(u[6]), d1 = DIGIT(u[8]), d2 = DIGIT(u[9]);
	if ((y1 > 9) | (y2 > 9) | (y3 > 9) | (y4 > 9) | (m1 > 9) | (m2 > 9) |
	    (d1 > 9) | (d2 > 9))
		return -1;
	y = y1 * 1000L + y2 * 100 + y3 * 10 + y4;
	m = (int)(m1 * 10 + m2);
	d = (int)(d1 * 10 + d2);
	if (y < DATE_MIN_YEAR || m < 1 || m > 12 || d < 1 ||
	    (d > 28 && d > date_month_days(y, m)))
		return -1;
	*days = date_from_ymd(y, m, d);
	return 0;
}

void
date_format_iso(long days, char buf[11])
{
	long y;
	int m, d;

	date_to_ymd(days, &y, &m, &d);
	snprintf(buf, 11, "%04ld-%02d-%02d", y, m, d);
}

int
date_local_days(long long t, long *days)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (localtime_r(&tt, &tm) == NULL)
		return -1;
	*days = date_from_ymd(tm.tm_year + 1900L, tm.tm_mon + 1, tm.tm_mday);
	return 0;
}
