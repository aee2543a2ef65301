/*
 * ready: the pure rules of "are you ready to try again?" (rk-ready(1)).
 *
 * Each category of the qualify and signs quizzes is a check.  A category
 * whose items have a "require" (rekindle-files(5)) is a filter: it fails
 * when a required item is answered against, or every item of a group of
 * alternatives is; it holds when each requirement is met; otherwise it is
 * unknown.  A category without one holds when it scores more than half its
 * points.  An answer on an item with a veto (say, splitting over children)
 * overrules everything.  A check with nothing answered is unknown, never
 * assumed.
 *
 * Ready means: all qualify checks hold, the two required signs (time and
 * mutual) hold, and at least min_signs of the five do.  Time needs the
 * calendar and the heart: with a date or day count, min_days must have
 * passed and the time answers must hold (the calendar stands in for an
 * unanswered time.recent).  When the calendar is the only thing missing,
 * the verdict is "wait" until the day it will be enough.
 *
 * The next step: ready with clear signs from him (the his-signs outcome
 * "strong") is step 7; ready otherwise begins the steps at step 1; wait and
 * not-ready name what to work on (step 0).
 */
#ifndef RK_READY_H
#define RK_READY_H

#include <stddef.h>

#include "core/quiz.h"

enum check_status { CHECK_PASS, CHECK_FAIL, CHECK_UNKNOWN };
enum verdict { VERDICT_READY, VERDICT_WAIT, VERDICT_NOT_READY };

#define READY_MAX_CHECKS 32

struct ready_input {
	const struct quiz *qualify, *signs;
	const short *qualify_values, *signs_values;   /* one per item */
	int have_days;          /* the calendar decides "time" */
	long days;              /* days since the break-up */
	long min_days;
	long today;             /* day number, to date a wait */
	int min_signs;
	const char *his_outcome;  /* the his-signs outcome's name, or NULL */
};

struct ready_check {
	const struct quiz *quiz;
	const struct quiz_category *cat;
	enum check_status status;
	struct quiz_result res;
	const struct quiz_item *veto;  /* the item that ruled it out, or NULL */
	/* With requirements: the first item that fails one (for a group, its
	 * first item), or, for an unknown check, one left unanswered. */
	const struct quiz_item *against, *missing;
	const struct quiz_item *counted_against;  /* a plain item against, if it holds */
	int by_calendar;        /* the time sign, with the calendar in it */
	int calendar_short;     /* ... and fewer days than needed have passed */
};

struct ready_result {
	struct ready_check checks[READY_MAX_CHECKS];
	size_t n;
	enum verdict verdict;
	const struct quiz_item *veto;  /* the first veto, if any */
	int signs_held, signs_total;
	long ready_on;          /* for a wait: the day number it is enough */
	int next_step;          /* 7, 1, or 0: what to work on */
};

void ready_decide(const struct ready_input *in, struct ready_result *out);
const char *check_status_name(enum check_status s);
const char *verdict_name(enum verdict v);

#endif
