/*
 * date: pure calendar arithmetic on the proleptic Gregorian calendar, years
 * 1 to 9999.  A date is a day number (days since 1970-01-01), so a span is
 * a subtraction: no time_t, no 86400, no daylight saving to trip over.
 */
#ifndef RK_DATE_H
#define RK_DATE_H

#include <stddef.h>

#define DATE_MIN_YEAR 1
#define DATE_MAX_YEAR 9999

int date_is_leap(long y);
int date_month_days(long y, int m);
/* Day number of a valid date. */
long date_from_ymd(long y, int m, int d);
void date_to_ymd(long days, long *y, int *m, int *d);
/* 0 = Monday ... 6 = Sunday. */
int date_weekday(long days);
/* Strictly "YYYY-MM-DD" (exactly N bytes of S): 0 and *days, or -1. */
int date_parse_iso(const char *s, size_t n, long *days);
/* Write "YYYY-MM-DD" and a NUL into BUF (11 bytes). */
void date_format_iso(long days, char buf[11]);
/* The local calendar date under TZ of the instant T (seconds since the
 * epoch): 0 and *days, or -1 when the C library cannot say. */
int date_local_days(long long t, long *days);

#endif
