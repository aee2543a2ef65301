/* since_test: milestone lists, the next milestone, and counts in weeks and
 * in words. */
#include <stdlib.h>

#include "core/date.h"
#include "core/since.h"
#include "tests/unit/check.h"

static const struct {
	long days;
	const char *want;
} weeks[] = {
	{ 0, "0 days" }, { 1, "1 day" }, { 6, "6 days" }, { 7, "1 week" },
	{ 8, "1 week 1 day" }, { 14, "2 weeks" }, { 58, "8 weeks 2 days" },
	{ -1, "-1 day" }, { -7, "-1 week" }, { -9, "-1 week -2 days" },
	{ SINCE_MAX_SPAN, "521722 weeks 4 days" },
	{ -SINCE_MAX_SPAN, "-521722 weeks -4 days" },
};

static const struct {
	long days;
	int weeks;
	const char *want;
} words[] = {
	{ 0, 0, "0 days" }, { 1, 0, "1 day" }, { 30, 0, "30 days" }, { -1, 0, "1 day" },
	{ -7, 0, "7 days" }, { 58, 1, "8 weeks 2 days" }, { -9, 1, "1 week 2 days" },
	{ 7, 1, "1 week" }, { -SINCE_MAX_SPAN, 0, "3652058 days" },
};

/* With the milestones -7,0,7,30,60: the next one after a count of DAYS
 * from 2026-10-01 (WANT), or none (OK -1). */
static const struct {
	long days;
	int ok;
	long want;
} nexts[] = {
	{ -30, 0, -7 }, { -7, 0, 0 }, { -1, 0, 0 }, { 0, 0, 7 }, { 6, 0, 7 }, { 7, 0, 30 },
	{ 56, 0, 60 }, { 59, 0, 60 }, { 60, -1, 0 }, { 1000, -1, 0 },
};

static const struct {
	const char *list, *why;
} bad[] = {
	{ "", "an empty item; the list is whole numbers separated by commas, as in 7,30,90" },
	{ "7,,30", "an empty item; the list is whole numbers separated by commas, as in 7,30,90" },
	{ "7,", "an empty item; the list is whole numbers separated by commas, as in 7,30,90" },
	{ "7,x", "\"x\" is not a whole number of days" },
	{ "7, 30", "\" 30\" is not a whole number of days" },
	{ "1.5", "\"1.5\" is not a whole number of days" },
	{ "3652059", "\"3652059\" is out of range (-3652058 to 3652058)" },
	{ "99999999999999999999", "\"99999999999999999999\" is out of range (-3652058 to 3652058)" },
	{ "123456789012345678901234567890123", "\"123456789012345678901234567890123\" is not a whole number of days" },
};

int
main(void)
{
	struct milestones m;
	char buf[40], why[160];
	size_t i;

	CHECK(since_days(100, 158) == 58);
	CHECK(since_days(158, 100) == -58);

	for (i = 0; i < sizeof weeks / sizeof weeks[0]; i++) {
		since_weeks(weeks[i].days, buf, sizeof buf);
		CHECK_STR(buf, weeks[i].want);
	}

	since_format(0, 0, buf);
	CHECK_STR(buf, "0");
	since_format(56, 0, buf);
	CHECK_STR(buf, "56");
	since_format(-2912113, 0, buf);
	CHECK_STR(buf, "-2912113");
	since_format(-SINCE_MAX_SPAN, 0, buf);
	CHECK_STR(buf, "-3652058");
	since_format(58, 1, buf);
	CHECK_STR(buf, "8 weeks 2 days");

	CHECK(milestones_parse("90,7,30,7,-7,0", &m, why, sizeof why) == 0);
	CHECK(m.n == 5);
	CHECK(milestones_has(&m, 7) && milestones_has(&m, 90) && milestones_has(&m, 0));
	CHECK(milestones_has(&m, -7) && !milestones_has(&m, 8) && !milestones_has(&m, -90));
	milestones_free(&m);
	CHECK(m.v == NULL && m.n == 0);

	CHECK(milestones_parse("3652058,-3652058", &m, why, sizeof why) == 0);
	CHECK(m.n == 2 && milestones_has(&m, SINCE_MAX_SPAN));
	milestones_free(&m);

	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		since_words(words[i].days, words[i].weeks, buf);
		CHECK_STR(buf, words[i].want);
	}

	CHECK(milestones_parse("60,30,7,0,-7", &m, why, sizeof why) == 0);
	for (i = 0; i < sizeof nexts / sizeof nexts[0]; i++) {
		long date = date_from_ymd(2026, 10, 1), next = 12345;

		CHECK(milestones_next(&m, date, date + nexts[i].days, &next) == nexts[i].ok);
		CHECK(next == (nexts[i].ok == 0 ? nexts[i].want : 12345));
	}
	milestones_free(&m);
	/* A milestone past 9999-12-31 is never reached. */
	CHECK(milestones_parse("5,3652058", &m, why, sizeof why) == 0);
	{
		long last = date_from_ymd(9999, 12, 31), next = 0;

		CHECK(milestones_next(&m, last - 10, last - 10, &next) == 0 && next == 5);
		CHECK(milestones_next(&m, last - 10, last - 5, &next) == -1);
		CHECK(milestones_next(&m, date_from_ymd(1, 1, 1), date_from_ymd(1, 1, 9),
		    &next) == 0 && next == SINCE_MAX_SPAN);
	}
	milestones_free(&m);

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		CHECK(milestones_parse(bad[i].list, &m, why, sizeof why) == -1);
		CHECK_STR(why, bad[i].why);
		CHECK(m.v == NULL);
	}
	return check_done("since_test");
}
