/*
 * signs: a contact journal read as answers to the his-signs quiz (step
 * 7), the pure part of rk-log --signs and rk-ready --journal.  An item is
 * answered yes when the journal holds its sign in the period and no when
 * it does not: the journal is taken as the whole record.  Two items read
 * more than a tag: "he broke the silence first" is who started the
 * earliest contact, and "his visits are getting more frequent" needs two
 * visits.  Every row of his counts as him starting a conversation.
 */
#ifndef RK_SIGNS_H
#define RK_SIGNS_H

#include <stddef.h>

#include "core/quiz.h"

struct sign_tally {
	size_t *count;          /* rows with each category's sign */
	size_t rows;            /* rows in the period */
	size_t him_rows;        /* of them, contacts he started */
	int first_is_him;       /* he started the earliest one */
	long first_day;         /* the earliest one's day */
	char first_time[6];     /* and time of day, HH:MM or "" */
};

/* The index of the sign NAME among Q's categories, or -1. */
long sign_index(const struct quiz *q, const char *name);

/* Count a row of the journal into T (zeroed first, with COUNT pointing at
 * Q->ncats zeros): its DAY, its time of day HHMM (HH:MM, or "", which
 * comes first), WHO started it (me or him) and his SIGN ("" for none; a
 * sign that is not one of Q's is left out). */
void sign_tally_add(struct sign_tally *t, const struct quiz *q, long day, const char *hhmm,
    const char *who, const char *sign);

/* The answer to item IT of Q: 1 yes, 0 no, or -1 when the journal cannot
 * tell (the item is then left out). */
int sign_answer(const struct quiz *q, const struct quiz_item *it, const struct sign_tally *t);

#endif
