/*
 * streaks: the no-contact streaks of a list of dates.  A streak runs from
 * one kept date to the next, and the last one from the newest date to
 * today.  Dates are day numbers (lib/date.h), added in any order; memory
 * grows with the number of distinct dates, not with the number added: at
 * most four longs for each.
 */
#ifndef RK_STREAKS_H
#define RK_STREAKS_H

#include <stddef.h>

struct streaks {
	long *day;
	size_t n, cap;
};

struct streak {
	long from, to, days;  /* days is to - from */
};

/* Add the date DAY; a repeat of the date added just before is dropped. */
void streaks_add(struct streaks *s, long day);
/* Leave out the dates after TODAY (a streak is time that has passed), sort
 * the rest and drop repeats: two contacts on one day leave no gap.  Returns
 * the number of streaks, which is the number of dates left. */
size_t streaks_sort(struct streaks *s, long today);
/* The Ith streak of a sorted list, oldest first; the last runs to TODAY. */
void streaks_get(const struct streaks *s, size_t i, long today, struct streak *out);
/* The longest streak of a sorted list, the later of equals, so the current
 * one is named when it ties.  Returns 0, or -1 when there is no date. */
int streaks_longest(const struct streaks *s, long today, struct streak *out);
void streaks_free(struct streaks *s);

#endif
