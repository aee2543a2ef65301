/* date_test: day numbers against a day-by-day walk of the calendar. */
#include "core/date.h"
#include "tests/unit/check.h"

int
main(void)
{
	long y, days, want;
	int m, d, mismatches = 0;
	char buf[11];

	/* Walk every day from 0001-01-01 to 9999-12-31 and check that the day
	 * number grows by one, and that it converts back. */
	want = date_from_ymd(1, 1, 1);
	for (y = 1; y <= 9999; y++)
		for (m = 1; m <= 12; m++)
			for (d = 1; d <= date_month_days(y, m); d++) {
				long yy;
				int mm, dd;

				days = date_from_ymd(y, m, d);
				date_to_ymd(days, &yy, &mm, &dd);
				if (days != want || yy != y || mm != m || dd != d)
					mismatches++;
				want++;
			}
	CHECK(mismatches == 0);
	CHECK(date_from_ymd(1970, 1, 1) == 0);
	CHECK(date_from_ymd(2000, 3, 1) - date_from_ymd(2000, 2, 28) == 2);
	CHECK(date_from_ymd(1900, 3, 1) - date_from_ymd(1900, 2, 28) == 1);
	CHECK(date_from_ymd(2024, 3, 1) - date_from_ymd(2024, 2, 28) == 2);
	CHECK(date_from_ymd(9999, 12, 31) - date_from_ymd(1, 1, 1) == 3652058);

	CHECK(date_is_leap(2000) && date_is_leap(2024) && !date_is_leap(1900) && !date_is_leap(2026));
	CHECK(date_weekday(date_from_ymd(2026, 11, 26)) == 3);    /* a Thursday */
	CHECK(date_weekday(date_from_ymd(1, 1, 1)) == 0);         /* a Monday */

	CHECK(date_parse_iso("2024-02-29", 10, &days) == 0 && days == date_from_ymd(2024, 2, 29));
	CHECK(date_parse_iso("2026-02-29", 10, &days) == -1);
	CHECK(date_parse_iso("2026-04-31", 10, &days) == -1);
	CHECK(date_parse_iso("0000-01-01", 10, &days) == -1);
	CHECK(date_parse_iso("2026-13-01", 10, &days) == -1);
	CHECK(date_parse_iso("2026-1-01x", 10, &days) == -1);
	CHECK(date_parse_iso("2026-01-01", 9, &days) == -1);
	CHECK(date_parse_iso("", 0, &days) == -1);
	CHECK(date_parse_iso("+026-01-01", 10, &days) == -1);

	date_format_iso(date_from_ymd(1, 1, 1), buf);
	CHECK_STR(buf, "0001-01-01");
	date_format_iso(date_from_ymd(9999, 12, 31), buf);
	CHECK_STR(buf, "9999-12-31");
	return check_done("date_test");
}
