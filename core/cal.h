/*
 * cal: the contact journal as a month calendar, laid out like cal(1) but
 * with weeks that start on Monday.  Each day is a cell of four columns: a
 * '>' before today, the day of the month, and a mark after it: 'm' when you
 * reached out that day, 'h' when he did, 'b' for both.  With COLOR the day
 * and its mark are also coloured, and today is in reverse video; without,
 * the same marks tell the cases apart.  Pure: text goes into the caller's
 * buffer, lines end with '\n' and carry no trailing blanks.
 */
#ifndef RK_CAL_H
#define RK_CAL_H

#include <stddef.h>

#include "core/since.h"

enum { CAL_ME = 1, CAL_HIM = 2, CAL_BOTH = 3 };

/* Room for any month, any legend, and the streak lines. */
#define CAL_TEXT_MAX 2048

/* Month M of year Y: the heading, the names of the days, and its weeks.
 * MARKS[d - 1] holds the marks of day d (CAL_ME, CAL_HIM or both);
 * TODAY_MDAY is today's day of the month, or 0 when today is elsewhere.
 * Returns the length written into BUF. */
size_t cal_month(long y, int m, const unsigned char *marks, int today_mday,
    int color, char *buf, size_t n);
/* The one-line legend of the marks. */
size_t cal_legend(int color, char *buf, size_t n);
/* The current no-contact streak and the longest, from a sorted list of
 * your contacts (core/since.h), or a line saying there is none. */
size_t cal_streaks(const struct streaks *s, long today, char *buf, size_t n);

#endif
