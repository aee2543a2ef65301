/* since_test: milestone lists and counts in weeks. */
#include <stdlib.h>

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

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		CHECK(milestones_parse(bad[i].list, &m, why, sizeof why) == -1);
		CHECK_STR(why, bad[i].why);
		CHECK(m.v == NULL);
	}
	return check_done("since_test");
}
