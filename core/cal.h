/*
 * cal: the contact journal as a month calendar, laid out like cal(1), with
 * weeks that start on Monday or on Sunday.  Each day is a cell of four columns: a
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

/* The first day of the week, as date_weekday counts (Monday is 0). */
enum { CAL_MONDAY = 0, CAL_SUNDAY = 6 };

/* Room for any month, any legend, and the streak lines. */
#define CAL_TEXT_MAX 2048
/* A month is 27 columns wide (seven cells of four, less the last blank);
 * months side by side are CAL_GAP columns apart, at most CAL_ACROSS_MAX. */
#define CAL_WIDTH 27
#define CAL_GAP 2
#define CAL_ACROSS_MAX 12

/* Month M of year Y: the heading, the names of the days, and its weeks,
 * which begin on WEEK_START (CAL_MONDAY or CAL_SUNDAY).  MARKS[d - 1]
 * holds the marks of day d (CAL_ME, CAL_HIM or both); TODAY_MDAY is
 * today's day of the month, or 0 when today is elsewhere.  Returns the
 * length written into BUF. */
size_t cal_month(long y, int m, const unsigned char *marks, int today_mday,
    int week_start, int color, char *buf, size_t n);
/* How many of NMONTHS months fit side by side in WIDTH columns: at least
 * 1, at most CAL_ACROSS_MAX. */
size_t cal_across(size_t width, size_t nmonths);
/* The months BLOCK[0..NBLOCK) (each as cal_month writes it) side by side,
 * line by line, into BUF; a shorter month leaves its place blank. */
size_t cal_paste(const char *const *block, size_t nblock, char *buf, size_t n);
/* The legend of the marks, wrapped to WIDTH columns at its spaces; "> today"
 * only when TODAY is set, since a calendar of other months does not show it. */
size_t cal_legend(int color, int today, size_t width, char *buf, size_t n);
/* The current no-contact streak and the longest, from a sorted list of
 * your contacts (core/since.h), or a line saying there is none; wrapped to
 * WIDTH columns at spaces. */
size_t cal_streaks(const struct streaks *s, long today, size_t width, char *buf,
    size_t n);

#endif
