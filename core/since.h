/*
 * since: the pure rules of rk-since.  A count is today's day number minus
 * the date's; a milestone list says which counts are worth a note; a count
 * can be said in weeks and days.
 */
#ifndef RK_SINCE_H
#define RK_SINCE_H

#include <stddef.h>

/* The longest span there is: from 0001-01-01 to 9999-12-31. */
#define SINCE_MAX_SPAN 3652058L

/* Days from DATE to TODAY, both day numbers: negative for a date to come. */
long since_days(long date, long today);

struct milestones {
	long *v;              /* sorted, without repeats */
	size_t n;
};

/* Parse a list such as "7,14,30,60,90": whole numbers within
 * SINCE_MAX_SPAN either side of 0, separated by commas.  Returns 0, -1
 * with the reason in WHY, or -2 when memory runs out. */
int milestones_parse(const char *list, struct milestones *m, char *why, size_t whylen);
/* 1 when DAYS is one of the milestones. */
int milestones_has(const struct milestones *m, long days);
void milestones_free(struct milestones *m);
/* The next milestone of a count from DATE: the smallest in M above
 * TODAY - DATE whose day, DATE plus it, is no later than 9999-12-31.
 * Returns 0 and sets *NEXT, or -1 when none is left. */
int milestones_next(const struct milestones *m, long date, long today, long *next);

/* DAYS in words of weeks and days, into BUF: "8 weeks 2 days", "1 week",
 * "3 days", "0 days"; for a date to come each part takes the sign, as in
 * "-1 week -2 days".  40 bytes always suffice. */
void since_weeks(long days, char *buf, size_t n);
/* DAYS as a bare number, or in weeks with WEEKS set, into BUF; returns
 * its length. */
size_t since_format(long days, int weeks, char buf[40]);
/* How long DAYS is, without its sign, in words, into BUF: "1 day",
 * "30 days", or with WEEKS "8 weeks 2 days"; for "30 days since ..." and
 * "7 days until ...". */
void since_words(long days, int weeks, char buf[40]);

struct streaks {
	long *day;
	size_t n, cap;
};

struct streak {
	long from, to, days;  /* days is to - from */
};

/* Add the date DAY; a repeat of the date added just before is dropped.
 * Returns 0, or -1 when memory runs out (S keeps the dates it had). */
int streaks_add(struct streaks *s, long day) __attribute__((warn_unused_result));
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
