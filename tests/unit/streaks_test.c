/* streaks_test: gaps between unsorted dates, repeats, dates after today,
 * and the month calendar that shows them (core/cal.h). */
#include <stdlib.h>

#include "core/cal.h"
#include "core/date.h"
#include "core/since.h"
#include "tests/unit/check.h"

#define D(y, m, d) date_from_ymd(y, m, d)

static void
check_streaks(void)
{
	struct streaks s = { 0 };
	struct streak st;
	long today = D(2026, 11, 26);
	long in[] = { D(2026, 10, 24), D(2026, 9, 14), D(2026, 10, 3), D(2026, 10, 1),
		D(2026, 10, 3), D(2026, 10, 24), D(2026, 12, 1), D(2026, 9, 14) };
	size_t i, failed;

	CHECK(streaks_sort(&s, today) == 0);
	CHECK(streaks_longest(&s, today, &st) == -1);
	for (i = 0; i < sizeof in / sizeof in[0]; i++)
		CHECK(streaks_add(&s, in[i]) == 0);
	CHECK(streaks_sort(&s, today) == 4);
	streaks_get(&s, 0, today, &st);
	CHECK(st.from == D(2026, 9, 14) && st.to == D(2026, 10, 1) && st.days == 17);
	streaks_get(&s, 1, today, &st);
	CHECK(st.from == D(2026, 10, 1) && st.to == D(2026, 10, 3) && st.days == 2);
	streaks_get(&s, 2, today, &st);
	CHECK(st.days == 21);
	streaks_get(&s, 3, today, &st);
	CHECK(st.from == D(2026, 10, 24) && st.to == today && st.days == 33);
	CHECK(streaks_longest(&s, today, &st) == 0 && st.days == 33 && st.to == today);
	/* As of an earlier day, the later dates have not happened yet. */
	CHECK(streaks_sort(&s, D(2026, 10, 2)) == 2);
	CHECK(streaks_longest(&s, D(2026, 10, 2), &st) == 0 && st.days == 17);
	streaks_free(&s);
	CHECK(s.day == NULL && s.n == 0);

	/* Of equal streaks the later is the longest; one date alone is one
	 * streak, to today, of 0 days when it is today. */
	CHECK(streaks_add(&s, 10) == 0 && streaks_add(&s, 0) == 0 && streaks_add(&s, 20) == 0);
	CHECK(streaks_sort(&s, 30) == 3);
	CHECK(streaks_longest(&s, 30, &st) == 0 && st.from == 20 && st.days == 10);
	streaks_free(&s);
	CHECK(streaks_add(&s, 5) == 0);
	CHECK(streaks_sort(&s, 5) == 1);
	streaks_get(&s, 0, 5, &st);
	CHECK(st.from == 5 && st.to == 5 && st.days == 0);
	streaks_free(&s);

	/* Many dates, backwards: the list stays one long a date. */
	for (i = 0, failed = 0; i < 100000; i++)
		failed += streaks_add(&s, (long)(100000 - i)) != 0;
	CHECK(failed == 0 && s.n == 100000 && s.cap < 2 * 100000);
	CHECK(streaks_sort(&s, 200000) == 100000);
	streaks_get(&s, 0, 200000, &st);
	CHECK(st.from == 1 && st.days == 1);
	streaks_free(&s);

	/* Many rows of few days, never side by side: the list stays the size
	 * of the days, not of the rows. */
	for (i = 0, failed = 0; i < 1000000; i++)
		failed += streaks_add(&s, (long)(i % 3) - 719162) != 0;
	CHECK(failed == 0 && s.cap <= 64);
	CHECK(streaks_sort(&s, 0) == 3);
	CHECK(s.day[0] == -719162 && s.day[2] == -719160);
	streaks_free(&s);
}

static void
check_cal(void)
{
	unsigned char marks[31] = { 0 };
	char buf[CAL_TEXT_MAX];
	struct streaks s = { 0 };

	marks[0] = CAL_ME, marks[4] = CAL_HIM, marks[25] = CAL_BOTH, marks[29] = CAL_ME;
	cal_month(2026, 11, marks, 26, CAL_MONDAY, 0, buf, sizeof buf);
	CHECK_STR(buf,
	    "       November 2026\n"
	    " Mo  Tu  We  Th  Fr  Sa  Su\n"
	    "                          1m\n"
	    "  2   3   4   5h  6   7   8\n"
	    "  9  10  11  12  13  14  15\n"
	    " 16  17  18  19  20  21  22\n"
	    " 23  24  25 >26b 27  28  29\n"
	    " 30m\n");
	cal_month(2026, 11, marks, 2, CAL_MONDAY, 1, buf, sizeof buf);
	/* The colour covers the digits and the mark, not the blanks. */
	CHECK(strstr(buf, "\n                          \033[32m1m\033[0m\n") != NULL);
	CHECK(strstr(buf, "\n> \033[7m2\033[0m   3   4   \033[36m5h\033[0m  6") != NULL);
	CHECK(strstr(buf, " 25  \033[33m26b\033[0m 27") != NULL);
	cal_month(2026, 11, marks, 26, CAL_MONDAY, 1, buf, sizeof buf);
	CHECK(strstr(buf, " 25 >\033[33;7m26b\033[0m 27") != NULL);

	/* A month that starts on Monday, and February of a leap year. */
	memset(marks, 0, sizeof marks);
	cal_month(2027, 2, marks, 0, CAL_MONDAY, 0, buf, sizeof buf);
	CHECK_STR(buf,
	    "       February 2027\n"
	    " Mo  Tu  We  Th  Fr  Sa  Su\n"
	    "  1   2   3   4   5   6   7\n"
	    "  8   9  10  11  12  13  14\n"
	    " 15  16  17  18  19  20  21\n"
	    " 22  23  24  25  26  27  28\n");
	cal_month(2028, 2, marks, 29, CAL_MONDAY, 0, buf, sizeof buf);
	CHECK(strstr(buf, "\n 28 >29\n") != NULL);
	cal_month(9999, 12, marks, 31, CAL_MONDAY, 0, buf, sizeof buf);
	CHECK(strstr(buf, "       December 9999\n") == buf);
	CHECK(strstr(buf, "\n 27  28  29  30 >31\n") != NULL);

	cal_legend(0, 1, 80, buf, sizeof buf);
	CHECK_STR(buf, "m you reached out, h he did, b both, > today\n");
	cal_legend(1, 1, 80, buf, sizeof buf);
	CHECK_STR(buf, "\033[32mm\033[0m you reached out, \033[36mh\033[0m he did, "
	    "\033[33mb\033[0m both, > today\n");

	cal_legend(0, 1, 40, buf, sizeof buf);
	CHECK_STR(buf, "m you reached out, h he did, b both,\n> today\n");
	cal_legend(0, 1, 10, buf, sizeof buf);
	CHECK_STR(buf, "m you\nreached\nout, h he\ndid,\nb both,\n> today\n");
	cal_legend(0, 1, 12, buf, sizeof buf);
	CHECK_STR(buf, "m you\nreached out,\nh he did,\nb both,\n> today\n");

	/* Without today's month, no "> today". */
	cal_legend(0, 0, 80, buf, sizeof buf);
	CHECK_STR(buf, "m you reached out, h he did, b both\n");
	cal_legend(1, 0, 80, buf, sizeof buf);
	CHECK_STR(buf, "\033[32mm\033[0m you reached out, \033[36mh\033[0m he did, "
	    "\033[33mb\033[0m both\n");

	/* A week that starts on Sunday. */
	cal_month(2026, 11, marks, 0, CAL_SUNDAY, 0, buf, sizeof buf);
	CHECK_STR(buf,
	    "       November 2026\n"
	    " Su  Mo  Tu  We  Th  Fr  Sa\n"
	    "  1   2   3   4   5   6   7\n"
	    "  8   9  10  11  12  13  14\n"
	    " 15  16  17  18  19  20  21\n"
	    " 22  23  24  25  26  27  28\n"
	    " 29  30\n");
	cal_month(2026, 8, marks, 0, CAL_SUNDAY, 0, buf, sizeof buf);
	CHECK(strstr(buf, " Sa\n                          1\n  2   3") != NULL);

	/* Months side by side, as many as fit. */
	CHECK(cal_across(80, 3) == 2 && cal_across(85, 3) == 3 && cal_across(84, 3) == 2);
	CHECK(cal_across(40, 3) == 1 && cal_across(10, 3) == 1 && cal_across(200, 2) == 2);
	CHECK(cal_across(10000, 1200) == CAL_ACROSS_MAX && cal_across(0, 0) == 0);
	{
		char a[CAL_TEXT_MAX], b[CAL_TEXT_MAX];
		const char *blk[2] = { a, b };

		cal_month(2027, 2, marks, 0, CAL_MONDAY, 0, a, sizeof a);
		marks[0] = CAL_HIM;
		cal_month(2027, 3, marks, 1, CAL_MONDAY, 1, b, sizeof b);
		cal_paste(blk, 2, buf, sizeof buf);
		CHECK_STR(buf,
		    "       February 2027                 March 2027\n"
		    " Mo  Tu  We  Th  Fr  Sa  Su   Mo  Tu  We  Th  Fr  Sa  Su\n"
		    "  1   2   3   4   5   6   7  > \033[36;7m1h\033[0m  2   3   4   5   6   7\n"
		    "  8   9  10  11  12  13  14    8   9  10  11  12  13  14\n"
		    " 15  16  17  18  19  20  21   15  16  17  18  19  20  21\n"
		    " 22  23  24  25  26  27  28   22  23  24  25  26  27  28\n"
		    "                              29  30  31\n");
		memset(marks, 0, sizeof marks);
	}

	cal_streaks(&s, 100, 80, buf, sizeof buf);
	CHECK_STR(buf, "no no-contact streak yet: no contact of yours to count from\n");
	CHECK(streaks_add(&s, D(2026, 10, 24)) == 0 && streaks_add(&s, D(2026, 9, 14)) == 0);
	CHECK(streaks_add(&s, D(2026, 10, 1)) == 0);
	streaks_sort(&s, D(2026, 10, 25));
	cal_streaks(&s, D(2026, 10, 25), 80, buf, sizeof buf);
	CHECK_STR(buf, "current no-contact streak: 1 day, since 2026-10-24\n"
	    "longest no-contact streak: 23 days, 2026-10-01 to 2026-10-24\n");
	/* A buffer too small is cut short, never overrun. */
	cal_streaks(&s, D(2026, 10, 25), 80, buf, 10);
	CHECK(strlen(buf) < 10);
	/* Narrow: wrapped at spaces, no word split. */
	cal_streaks(&s, D(2026, 10, 25), 40, buf, sizeof buf);
	CHECK_STR(buf, "current no-contact streak: 1 day, since\n2026-10-24\n"
	    "longest no-contact streak: 23 days,\n2026-10-01 to 2026-10-24\n");
	streaks_free(&s);
}

int
main(void)
{
	check_streaks();
	check_cal();
	return check_done("streaks_test");
}
