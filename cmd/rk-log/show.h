/*
 * show: rk-log's ways of reading the journal back: -l lists its rows,
 * --signs prints them as answers to the his-signs quiz, --cal draws them
 * as month calendars with the no-contact streaks.  Each streams the rows
 * of an open journal and stops at its first error, with a message.
 */
#ifndef RK_LOG_SHOW_H
#define RK_LOG_SHOW_H

#include "core/quiz.h"
#include "io/journal.h"
#include "io/out.h"

struct show {
	long since_day;         /* only events on or after it; LONG_MIN for all */
	const char *who;        /* -l and --cal: me, him or NULL */
	enum out_format format; /* -l and --signs */
	const struct quiz *his_signs;   /* --signs */
	int absent;             /* --signs: no journal yet, so no answers */
	long today;             /* --cal: the day drawn as today */
	long months;            /* --cal: how many months, up to the last one */
	long cal_month;         /* --cal: a day of the last month drawn */
	int week_start;         /* --cal: CAL_MONDAY or CAL_SUNDAY */
};

void show_list(struct journal_reader *r, const struct show *s);
void show_signs(struct journal_reader *r, const struct show *s);
void show_cal(struct journal_reader *r, const struct show *s);

#endif
