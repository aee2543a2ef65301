/*
 * datearg: the dates users write, as day numbers (see date.h).  Accepted:
 * YYYY-MM-DD; an ISO 8601 date-time, whose calendar date counts as written
 * or, when it carries a UTC offset or Z, as the local date of that instant
 * under TZ; "today" and "yesterday"; or, given a strptime(3) format, the
 * layout it describes.  Nothing here prints: a string that is no date gets
 * the reason in words, ready to follow the quoted string in a message.
 */
#ifndef RK_DATEARG_H
#define RK_DATEARG_H

#include <stddef.h>

struct datearg {
	const char *format;   /* a strptime format, or NULL for ISO 8601 */
	long today;           /* the day number "today" names */
};

/*
 * Parse the N bytes of S, which must be followed by a NUL.  Returns 0 and
 * sets *DAYS, or returns -1 with WHY set to a reason such as
 * "is not a date: February 2024 has 29 days".
 */
int datearg_parse(const struct datearg *da, const char *s, size_t n, long *days,
    char *why, size_t whylen);

/*
 * A date written in another layout than ISO 8601, such as 12/01/2026,
 * 01.10.2026 or 2026/10/01: three groups of digits with one separator
 * (/, . or -), the year of four digits first or last.  Returns
 * how many strptime(3) formats that read it are put in FMT (1 or 2: day or
 * month first, when the numbers do not say which), or 0 when S is not
 * such a date.
 */
int datearg_layout(const char *s, size_t n, char fmt[2][9]);

/*
 * After datearg_parse failed on S: when S is a date in another layout
 * (datearg_layout) and DA has no format, put in WHY how to write it: "is
 * not a date: write it YYYY-MM-DD", and with WITH_I (the program has -i)
 * ", or give its layout with -i, as in -i %d/%m/%Y".  WHY is left as it is
 * otherwise.  The same hint for every date a person writes.
 */
void datearg_hint(const struct datearg *da, const char *s, size_t n, int with_i, char *why,
    size_t whylen);

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
