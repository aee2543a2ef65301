/* datearg_test: the dates users write, and the reasons for those that are
 * not dates.  Run under TZ=UTC unless a case sets its own zone. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/date.h"
#include "core/dateparse.h"
#include "tests/unit/check.h"

struct ok_case {
	const char *tz, *fmt, *s;
	long y;
	int m, d;
};

static const struct ok_case good[] = {
	{ "UTC", NULL, "2026-10-01", 2026, 10, 1 },
	{ "UTC", NULL, "0001-01-01", 1, 1, 1 },
	{ "UTC", NULL, "9999-12-31", 9999, 12, 31 },
	{ "UTC", NULL, "2024-02-29", 2024, 2, 29 },
	{ "UTC", NULL, "2000-02-29", 2000, 2, 29 },
	/* Without an offset, the date is the one written. */
	{ "Asia/Tokyo", NULL, "2026-10-01T23:30:00", 2026, 10, 1 },
	{ "UTC", NULL, "2026-10-01 23:30", 2026, 10, 1 },
	{ "UTC", NULL, "2026-10-01t23:30:59.999", 2026, 10, 1 },
	{ "UTC", NULL, "2026-10-01T23:30:59,5", 2026, 10, 1 },
	/* With one, the local date of the instant. */
	{ "UTC", NULL, "2026-10-01T23:30:00+02:00", 2026, 10, 1 },
	{ "UTC", NULL, "2026-10-01T23:30:00-02:00", 2026, 10, 2 },
	{ "UTC", NULL, "2026-10-01T23:30:00-0200", 2026, 10, 2 },
	{ "UTC", NULL, "2026-10-01T23:30:00-02", 2026, 10, 2 },
	{ "UTC", NULL, "2026-10-01T23:30Z", 2026, 10, 1 },
	{ "Asia/Tokyo", NULL, "2026-10-01T23:30:00+02:00", 2026, 10, 2 },
	{ "America/New_York", NULL, "2026-10-01T01:30:00Z", 2026, 9, 30 },
	{ "Asia/Kolkata", NULL, "2026-10-01T18:29:59z", 2026, 10, 1 },
	{ "Asia/Kolkata", NULL, "2026-10-01T18:30:00Z", 2026, 10, 2 },
	/* The hour that daylight saving skips, and the one it repeats. */
	{ "Europe/Berlin", NULL, "2026-03-29T00:59:59Z", 2026, 3, 29 },
	{ "Europe/Berlin", NULL, "2026-10-25T22:59:59Z", 2026, 10, 25 },
	{ "Europe/Berlin", NULL, "2026-10-25T23:00:00Z", 2026, 10, 26 },
	/* A leap second stays on its own day. */
	{ "UTC", NULL, "2016-12-31T23:59:60Z", 2016, 12, 31 },
	{ "UTC", NULL, "0001-01-01T00:00:00Z", 1, 1, 1 },
	{ "UTC", NULL, "9999-12-31T23:59:59Z", 9999, 12, 31 },
	{ "UTC", "%d/%m/%Y", "01/10/2026", 2026, 10, 1 },
	{ "UTC", "%d %b %Y", "1 Oct 2026", 2026, 10, 1 },
	{ "UTC", "%Y %j", "2026 274", 2026, 10, 1 },
	{ "UTC", "%d.%m.%Y %H:%M %z", "01.10.2026 23:30 -0200", 2026, 10, 2 },
	/* %z is read without tm_gmtoff (not POSIX.1-2008), as glibc reads it. */
	{ "UTC", "%d.%m.%Y %H:%M %z", "01.10.2026 23:30 +05:30", 2026, 10, 1 },
	{ "UTC", "%d.%m.%Y %H:%M %z", "01.10.2026 20:30 -04", 2026, 10, 2 },
	{ "UTC", "%d.%m.%Y %H:%M%z", "01.10.2026 23:30Z", 2026, 10, 1 },
	{ "Asia/Kolkata", "%d.%m.%Y %H:%M %z", "01.10.2026 18:30 +0000", 2026, 10, 2 },
	{ "UTC", "%z %Y-%m-%d %H:%M", "-0300 2026-10-01 22:00", 2026, 10, 2 },
	{ "UTC", "%Y-%m-%d %H:%M %z %%z", "2026-10-01 22:00 -0300 %z", 2026, 10, 2 },
	{ "UTC", "%Y-%m-%d %%z", "2026-10-01 %z", 2026, 10, 1 },
	{ "UTC", "%d/%m/%Y", "today", 2026, 11, 26 },
	{ "UTC", NULL, "today", 2026, 11, 26 },
	{ "UTC", NULL, "yesterday", 2026, 11, 25 },
};

struct bad_case {
	const char *fmt, *s, *why;
};

#define FORMS "is not a date (YYYY-MM-DD, an ISO 8601 date-time, today or yesterday)"

static const struct bad_case bad[] = {
	{ NULL, "", FORMS },
	{ NULL, "2024-02-30", "is not a date: February 2024 has 29 days" },
	{ NULL, "2026-02-29", "is not a date: February 2026 has 28 days" },
	{ NULL, "1900-02-29", "is not a date: February 1900 has 28 days" },
	{ NULL, "2026-04-31", "is not a date: April 2026 has 30 days" },
	{ NULL, "2026-01-00", "is not a date: January 2026 has 31 days" },
	{ NULL, "2026-13-01", "is not a date: there is no month 13" },
	{ NULL, "2026-00-01", "is not a date: there is no month 0" },
	{ NULL, "0000-12-31", "is not a date: years run from 1 to 9999" },
	{ NULL, "10000-01-01", FORMS },
	{ NULL, "2024-01-05,call", FORMS },
	{ NULL, "2024-01-05 ", FORMS },
	{ NULL, " 2024-01-05", FORMS },
	{ NULL, "2024-1-5", FORMS },
	{ NULL, "20240105", FORMS },
	{ NULL, "Today", FORMS },
	{ NULL, "tomorrow", FORMS },
	{ NULL, "2026-10-01T", FORMS },
	{ NULL, "2026-10-01T23", FORMS },
	{ NULL, "2026-10-01T2330", FORMS },
	{ NULL, "2026-10-01T23:30:", FORMS },
	{ NULL, "2026-10-01T23:30:00.", FORMS },
	{ NULL, "2026-10-01T23:30:00+", FORMS },
	{ NULL, "2026-10-01T23:30:00+02:", FORMS },
	{ NULL, "2026-10-01T23:30:00+2", FORMS },
	{ NULL, "2026-10-01T23:30:00Zjunk", FORMS },
	{ NULL, "2026-10-01T23:30:00 UTC", FORMS },
	{ NULL, "2026-10-01T24:00", "is not a date-time: there is no hour 24" },
	{ NULL, "2026-10-01T23:60", "is not a date-time: there is no minute 60" },
	{ NULL, "2026-10-01T23:59:61", "is not a date-time: there is no second 61" },
	{ NULL, "2026-10-01T23:30+24:00",
	  "is not a date-time: a UTC offset runs from -23:59 to +23:59" },
	{ NULL, "2026-10-01T23:30+01:60",
	  "is not a date-time: a UTC offset runs from -23:59 to +23:59" },
	{ NULL, "2026-02-30T23:30", "is not a date: February 2026 has 28 days" },
	{ NULL, "0001-01-01T00:30+02:00",
	  "is not a date: its local date falls outside the years 1 to 9999" },
	{ NULL, "9999-12-31T23:00-05:00",
	  "is not a date: its local date falls outside the years 1 to 9999" },
	{ "%d/%m/%Y", "30/02/2024", "is not a date: February 2024 has 29 days" },
	{ "%d/%m/%Y", "2026-10-01", "does not match the format \"%d/%m/%Y\"" },
	{ "%d/%m/%Y", "01/10/2026 x", "does not match the format \"%d/%m/%Y\"" },
	{ "%d/%m", "01/10", "is not a whole date: the format \"%d/%m\" reads no year" },
	{ "%Y-%d", "2026-01", "is not a whole date: the format \"%Y-%d\" reads no month" },
	{ "%Y", "2026", "is not a whole date: the format \"%Y\" reads no month" },
	{ "%Y-%m-%d %z", "2026-10-01 +0560", "does not match the format \"%Y-%m-%d %z\"" },
	{ "%Y-%m-%d %z", "2026-10-01 +053", "does not match the format \"%Y-%m-%d %z\"" },
	{ "%Y-%m-%d %z", "2026-10-01 0530", "does not match the format \"%Y-%m-%d %z\"" },
	{ "%Y-%m-%d %z", "2026-10-01 +05:30x", "does not match the format \"%Y-%m-%d %z\"" },
};

static void
set_tz(const char *tz)
{
	setenv("TZ", tz, 1);
	tzset();
}

int
main(void)
{
	struct datearg da = { NULL, 0 };
	char why[160];
	long days;
	size_t i;

	da.today = date_from_ymd(2026, 11, 26);
	for (i = 0; i < sizeof good / sizeof good[0]; i++) {
		const struct ok_case *c = &good[i];
		int rc;

		set_tz(c->tz);
		da.format = c->fmt;
		days = -1;
		rc = datearg_parse(&da, c->s, strlen(c->s), &days, why, sizeof why);
		if (rc != 0)
			fprintf(stderr, "\"%s\" under %s: %s\n", c->s, c->tz, why);
		CHECK(rc == 0);
		if (days != date_from_ymd(c->y, c->m, c->d))
			fprintf(stderr, "\"%s\" under %s: wrong day\n", c->s, c->tz);
		CHECK(days == date_from_ymd(c->y, c->m, c->d));
	}

	set_tz("UTC");
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		da.format = bad[i].fmt;
		CHECK(datearg_parse(&da, bad[i].s, strlen(bad[i].s), &days, why, sizeof why) == -1);
		CHECK_STR(why, bad[i].why);
	}

	/* "yesterday" has no day before the first. */
	da.format = NULL;
	da.today = date_from_ymd(1, 1, 1);
	CHECK(datearg_parse(&da, "yesterday", 9, &days, why, sizeof why) == -1);
	CHECK_STR(why, "is not a date: it falls before the year 1");
	CHECK(datearg_parse(&da, "today", 5, &days, why, sizeof why) == 0 &&
	    days == da.today);

	/* An ISO 8601 date is read from the N bytes given, and no further. */
	da.today = date_from_ymd(2026, 11, 26);
	CHECK(datearg_parse(&da, "2026-10-01", 7, &days, why, sizeof why) == -1);
	return check_done("datearg_test");
}
