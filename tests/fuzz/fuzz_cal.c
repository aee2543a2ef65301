/*
 * fuzz_cal: what rk-log --cal draws.  The bytes pick a month of the years 1
 * to 9999, today's day in it (or none), colour or not, the marks of its
 * days, and a list of dates for the streak lines.  Each month must fit its
 * buffer, end every line with '\n' and no blank before it, hold a heading,
 * the names of the days and one line a week; without colour, every day of
 * the month once, in order, whichever day the week starts on.  The legend,
 * in any width, breaks only between its words.  The streak lines must name what core/since.c
 * says: the current streak and the longest, or that there is none.
 */
#include "tests/fuzz/fuzz.h"

#include "core/cal.h"
#include "core/date.h"
#include "core/since.h"

static void
check_lines(const char *buf, size_t n, size_t want_lines)
{
	size_t i, lines = 0;

	if (n == 0 || n >= CAL_TEXT_MAX || buf[n - 1] != '\n' || strlen(buf) != n)
		abort();
	for (i = 0; i < n; i++)
		if (buf[i] == '\n') {
			if (i > 0 && buf[i - 1] == ' ')
				abort();
			lines++;
		}
	if (want_lines > 0 && lines != want_lines)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char buf[CAL_TEXT_MAX], want[256], from[11], to[11];
	unsigned char marks[31];
	struct streaks s = { NULL, 0, 0 };
	struct streak cur, lon;
	long y, today, lo = date_from_ymd(DATE_MIN_YEAR, 1, 1);
	int m, mday, color, ndays, first, weeks, d, i, ws;
	size_t n, k, width;
	const char *p;

	if (size < 5 + 31)
		return 0;
	y = DATE_MIN_YEAR + (long)((data[0] << 8 | data[1]) % (DATE_MAX_YEAR - DATE_MIN_YEAR + 1));
	m = data[2] % 12 + 1;
	ndays = date_month_days(y, m);
	mday = data[3] % (ndays + 1);
	color = data[4] & 1;
	ws = data[4] & 2 ? CAL_SUNDAY : CAL_MONDAY;
	width = (size_t)(data[4] >> 2);
	for (i = 0; i < 31; i++)
		marks[i] = data[5 + i] & CAL_BOTH;
	first = (date_weekday(date_from_ymd(y, m, 1)) - ws + 7) % 7;
	weeks = (first + ndays + 6) / 7;
	n = cal_month(y, m, marks, mday, ws, color, buf, sizeof buf);
	check_lines(buf, n, (size_t)(2 + weeks));
	if (!color) {
		/* Every day, in order, with its mark. */
		p = strchr(strchr(buf, '\n') + 1, '\n') + 1;
		for (d = 1; d <= ndays; d++) {
			char cell[16];
			static const char mc[4] = { ' ', 'm', 'h', 'b' };

			snprintf(cell, sizeof cell, "%2d%c", d, mc[marks[d - 1]]);
			if (cell[2] == ' ')
				cell[2] = '\0';
			if ((p = strstr(p, cell)) == NULL)
				abort();
			p += 2;
		}
	}
	n = cal_legend(color, 1, 80, buf, sizeof buf);
	check_lines(buf, n, 1);
	/* In any width, the legend's lines are no wider than it, but for a
	 * word (at most "b both,") that has a line of its own. */
	n = cal_legend(0, data[0] & 1, width, buf, sizeof buf);
	check_lines(buf, n, 0);
	for (p = buf; *p != '\0'; p = strchr(p, '\n') + 1) {
		size_t len = (size_t)(strchr(p, '\n') - p);

		if (len > width && len > 7)
			abort();
	}

	/* The streak lines, over dates from the rest of the bytes. */
	today = date_from_ymd(y, m, mday > 0 ? mday : 1);
	for (k = 36; k + 2 < size; k += 3) {
		/* Within 3900 days before today to 100 after, from the year 1. */
		long day = today + 100 - (long)((data[k] << 16 | data[k + 1] << 8 |
		    data[k + 2]) % 4000);

		if (streaks_add(&s, day > lo ? day : lo) != 0)
			abort();
	}
	streaks_sort(&s, today);
	n = cal_streaks(&s, today, 80, buf, sizeof buf);
	if (streaks_longest(&s, today, &lon) != 0) {
		check_lines(buf, n, 1);
		if (strcmp(buf, "no no-contact streak yet: no contact of yours to count "
		    "from\n") != 0)
			abort();
	} else {
		check_lines(buf, n, 2);
		streaks_get(&s, s.n - 1, today, &cur);
		date_format_iso(cur.from, from);
		snprintf(want, sizeof want, "current no-contact streak: %ld day%s, since %s\n",
		    cur.days, cur.days == 1 ? "" : "s", from);
		if (strncmp(buf, want, strlen(want)) != 0)
			abort();
		date_format_iso(lon.from, from);
		date_format_iso(lon.to, to);
		snprintf(want + strlen(want), sizeof want - strlen(want),
		    "longest no-contact streak: %ld day%s, %s to %s\n", lon.days,
		    lon.days == 1 ? "" : "s", from, to);
		if (strcmp(buf, want) != 0)
			abort();
	}
	streaks_free(&s);
	return 0;
}
