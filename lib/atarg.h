/*
 * atarg: when a journal event happened, as rk-log's --at takes it:
 * YYYY-MM-DD, YYYY-MM-DDTHH:MM or "YYYY-MM-DD HH:MM", and the words today
 * and yesterday.  Strict: no seconds, no UTC offset, no other layout, and an
 * impossible date or time is refused with the reason.  Pure: nothing here
 * prints or reads the clock; the caller gives today's day number.
 */
#ifndef RK_ATARG_H
#define RK_ATARG_H

#include <stddef.h>

struct atarg {
	long days;        /* day number (see date.h) */
	int hour, min;    /* the time of day, or -1 and -1 when none was given */
};

/*
 * Parse the N bytes of S (followed by a NUL).  Returns 0 and fills *AT, or
 * -1 with WHY set to the reason, ready to follow the quoted string in a
 * message: "is not a date: February 2026 has 28 days".
 */
int atarg_parse(const char *s, size_t n, long today, struct atarg *at, char *why,
    size_t whylen);

/* "HH:MM" and a NUL into BUF (6 bytes), or "" when AT has no time. */
void atarg_format_time(const struct atarg *at, char buf[6]);

#endif
