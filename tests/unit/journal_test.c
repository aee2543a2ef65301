/* journal_test: the pure parts of rk-log: --at, the header, whole rows. */
#include <stdlib.h>
#include <time.h>

#include "core/date.h"
#include "core/dateparse.h"
#include "io/journal.h"
#include "tests/unit/check.h"

#define S(lit) lit, sizeof lit - 1

static int
at_ok(const char *s, size_t n, long today, long *days, int *h, int *m)
{
	struct atarg at;
	char why[160];

	if (atarg_parse(s, n, today, &at, why, sizeof why) != 0)
		return 0;
	*days = at.days, *h = at.hour, *m = at.min;
	return 1;
}

static const char *
at_why(const char *s, size_t n)
{
	static char why[160];
	struct atarg at;

	if (atarg_parse(s, n, 0, &at, why, sizeof why) == 0)
		return "(accepted)";
	return why;
}

int
main(void)
{
	long today = date_from_ymd(2026, 11, 26), d;
	size_t st;
	int h, m;
	char buf[6];
	struct atarg at = { 0, -1, -1 };
	const char *f[J_NFIELDS] = { "2026-10-01", "20:00", "me", "visit", "", "ok" };
	size_t len[J_NFIELDS] = { 10, 5, 2, 5, 0, 2 };
	char why[200];

	CHECK(at_ok(S("2026-10-01"), today, &d, &h, &m) && d == date_from_ymd(2026, 10, 1) &&
	    h == -1 && m == -1);
	CHECK(at_ok(S("2026-10-01T20:05"), today, &d, &h, &m) && h == 20 && m == 5);
	CHECK(at_ok(S("2026-10-01t00:00"), today, &d, &h, &m) && h == 0 && m == 0);
	CHECK(at_ok(S("2024-02-29 23:59"), today, &d, &h, &m) && h == 23 && m == 59);
	CHECK(at_ok(S("today"), today, &d, &h, &m) && d == today && h == -1);
	CHECK(at_ok(S("yesterday"), today, &d, &h, &m) && d == today - 1);
	CHECK_STR(at_why(S("2026-02-29")), "is not a date: February 2026 has 28 days");
	CHECK_STR(at_why(S("2026-10-01T24:00")), "is not a date-time: there is no hour 24");
	CHECK_STR(at_why(S("2026-10-01 10:60")), "is not a date-time: there is no minute 60");
	CHECK_STR(at_why(S("0000-01-01")), "is not a date: years run from 1 to 9999");
	/* Every ISO 8601 date-time: seconds dropped, a zoned one in local time. */
	CHECK(at_ok(S("2026-10-01T10:00:59.5"), today, &d, &h, &m) && h == 10 && m == 0);
	setenv("TZ", "UTC", 1);
	tzset();
	CHECK(at_ok(S("2026-10-01T01:30+02:00"), today, &d, &h, &m) &&
	    d == date_from_ymd(2026, 9, 30) && h == 23 && m == 30);
	CHECK(at_ok(S("2026-10-01T10:00Z"), today, &d, &h, &m) && h == 10 && m == 0);
	CHECK(!at_ok(S("2026-10-01T10:00+24:00"), today, &d, &h, &m));
	CHECK(!at_ok(S("2026-10-01T10"), today, &d, &h, &m));
	CHECK(!at_ok(S("2026-10-01_10:00"), today, &d, &h, &m));
	CHECK(!at_ok(S("2026-1-01"), today, &d, &h, &m));
	CHECK(!at_ok(S("+026-10-01"), today, &d, &h, &m));
	CHECK(!at_ok(S("2026-10-01T1a:00"), today, &d, &h, &m));
	CHECK(!at_ok(S(""), today, &d, &h, &m));
	CHECK(!at_ok(S("Today"), today, &d, &h, &m));
	atarg_format_time(&at, buf);
	CHECK_STR(buf, "");
	at.hour = 7, at.min = 5;
	atarg_format_time(&at, buf);
	CHECK_STR(buf, "07:05");

	CHECK(journal_header_ok(S(JOURNAL_HEADER)));
	CHECK(journal_header_ok(S(JOURNAL_HEADER "\r")));
	CHECK(journal_header_ok(S("\xef\xbb\xbf" JOURNAL_HEADER)));
	CHECK(!journal_header_ok(S(JOURNAL_HEADER ",extra")));
	CHECK(!journal_header_ok(S("date,time,who,channel,sign")));
	CHECK(!journal_header_ok(S("")));

	CHECK(journal_row_whole(S("2026-10-01,20:00,me,visit,,ok")));
	CHECK(journal_row_whole(S("2026-10-01,,me,,,")));
	CHECK(journal_row_whole(S("2026-10-01,,me,,,\r")));
	CHECK(journal_row_whole(S("2026-10-01,,him,\"a, b\",,\"said \"\"hi\"\"\"")));
	CHECK(journal_row_whole(S("2026-10-01,,him,\"\",,\"\"")));
	CHECK(!journal_row_whole(S("2026-10-01,,him,text,,\"cut in the mid")));
	CHECK(!journal_row_whole(S("2026-10-01,,him,text,,\"ends on an escaped \"\"")));
	CHECK(!journal_row_whole(S("2026-10-01,20:0")));
	CHECK(!journal_row_whole(S("2026-10-01,,me,,,,")));
	CHECK(!journal_row_whole(S("2026-10-01,,me,,\"x\"y,")));
	CHECK(!journal_row_whole(S("2026-10-01,,me,,x\"y,")));
	CHECK(!journal_row_whole(S("")));

	CHECK(journal_row_check(f, len, &d, why, sizeof why) == NULL &&
	    d == date_from_ymd(2026, 10, 1));
	f[J_TIME] = "", len[J_TIME] = 0;
	CHECK(journal_row_check(f, len, &d, why, sizeof why) == NULL);
	f[J_TIME] = "24:00", len[J_TIME] = 5;
	CHECK(journal_row_check(f, len, &d, why, sizeof why) != NULL);
	CHECK_STR(why, "\"24:00\" is not a time of day (HH:MM, or empty)");
	f[J_TIME] = "", len[J_TIME] = 0;
	f[J_WHO] = "her", len[J_WHO] = 3;
	CHECK(journal_row_check(f, len, &d, why, sizeof why) != NULL);
	CHECK_STR(why, "\"her\" is not who started the contact (me or him)");
	f[J_WHO] = "him", len[J_WHO] = 3;
	f[J_DATE] = "2026-02-29";
	CHECK(journal_row_check(f, len, &d, why, sizeof why) != NULL);
	CHECK_STR(why, "\"2026-02-29\" is not a date (YYYY-MM-DD)");

	/* journal_tail: the end of a journal, from its start or from its
	 * last bytes.  T: the whole of a literal; W: its last K bytes. */
#define T(lit, st) journal_tail(lit, sizeof lit - 1, 1, 64, st)
#define W(lit, k, st) journal_tail(&(lit)[sizeof lit - 1 - (k)], k, 0, 64, st)
	CHECK(T("", &st) == JT_NONE);
	CHECK(T("h\n2026-10-01,,me,,,\n", &st) == JT_NONE);
	CHECK(T("h\r2026-10-01,,me,,,\r", &st) == JT_NONE);
	CHECK(T("h\n2026-10-01,,me,,,", &st) == JT_WHOLE && st == 2);
	CHECK(T("h\r2026-10-01,,me,,,", &st) == JT_WHOLE && st == 2);
	CHECK(T("h\n2026-10-01,,me,,", &st) == JT_TORN && st == 2);
	CHECK(T("h\n2026-10-01,,me,,,\"a\nb\n", &st) == JT_OPEN && st == 2);
	CHECK(T("h\n2026-10-01,,me,,,\"a\nb", &st) == JT_OPEN);
	CHECK(T("h\n2026-10-01,,me,,,\"a\nb\"", &st) == JT_WHOLE && st == 2);
	/* From the middle: a quote a reader would refuse rules a state out. */
	CHECK(W("h\n1,2,3,4,5,\"x, y\"\n1,2,3,4,5,6\n", 20, &st) == JT_NONE);
	CHECK(W("h\n1,2,3,4,5,\"x\n1,2,3,4,5,6\n", 15, &st) == JT_OPEN);
	CHECK(W("h\n1,2,3,4,5,\"x, y\"\n1,2,3,4,5,6", 19, &st) == JT_WHOLE &&
	    st == 8);
	/* Bytes with no quote tell nothing, until there are more of them than
	 * a quoted field can hold. */
	CHECK(W("h\n1,2,3,4,5,6\n1,2,3,4,5,6\n", 24, &st) == JT_UNDECIDED);
	CHECK(journal_tail("1,2,3\n1,2,3\n", 12, 0, 8, &st) == JT_NONE);
	/* -l's order: by date, then time, the empty time first in its day. */
	CHECK(journal_order(10, "", 11, "") < 0);
	CHECK(journal_order(11, "", 10, "23:59") > 0);
	CHECK(journal_order(10, "", 10, "00:00") < 0);
	CHECK(journal_order(10, "09:00", 10, "18:00") < 0);
	CHECK(journal_order(10, "18:00", 10, "09:59") > 0);
	CHECK(journal_order(10, "09:00", 10, "09:00") == 0);
	CHECK(journal_order(10, "", 10, "") == 0);

	return check_done("journal_test");
}
