/*
 * ready: the pure rules of "are you ready to try again?" (rk-ready(1)).
 *
 * Each category of the qualify and signs quizzes is a check, and holds when
 * it scores more than half its points.  Ready means: all qualify checks
 * hold, at least min_signs of the signs hold, and time has passed.  Time
 * needs the calendar and the heart: with a date or day count, it holds when
 * min_days have passed and the time answers, if any, hold too; answers that
 * say the pain has not eased fail it whatever the date.  Without a date the
 * answers decide.  When time on the calendar is all that is missing, the
 * verdict is "wait" until the day it will be enough.  An answer on an item
 * with a veto (say, splitting over children) overrules everything.  A check
 * with nothing answered is unknown, never assumed.
 */
#ifndef RK_READY_H
#define RK_READY_H

#include <stddef.h>

#include "lib/quiz.h"

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
};

struct ready_check {
	const struct quiz *quiz;
	const struct quiz_category *cat;
	enum check_status status;
	struct quiz_result res;
	const struct quiz_item *veto;  /* the item that ruled it out, or NULL */
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
};

void ready_decide(const struct ready_input *in, struct ready_result *out);
const char *check_status_name(enum check_status s);
const char *verdict_name(enum verdict v);

#endif
