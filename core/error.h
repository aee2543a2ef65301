/*
 * error: what went wrong, as core/ and io/ hand it back to the program
 * instead of exiting: the input and line it points at, and the message.
 * Only util/ turns one into a line on stderr and an exit (diag_die_error).
 */
#ifndef RK_ERROR_H
#define RK_ERROR_H

#include <stdarg.h>

struct rk_error {
	char file[4096];         /* the input's name for messages (a path), or "" */
	unsigned long line;      /* its line, or 0 when the error has none */
	int usage;               /* a bad option value: "Try --help" follows */
	char msg[512];           /* the message, without file, line or program */
};

/*
 * Fill E (which may be NULL) and return -1, so that a failing function can
 * end with "return rk_error_set(e, ...)".  FILE may be NULL; LINE 0 means
 * none.  An error already set is kept: the first cause is the one to report.
 */
int rk_error_set(struct rk_error *e, const char *file, unsigned long line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
int rk_error_vset(struct rk_error *e, const char *file, unsigned long line, const char *fmt,
    va_list ap) __attribute__((format(printf, 4, 0)));
/* The same for a bad option value. */
int rk_error_usage(struct rk_error *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Forget E's error, so that it can be set again. */
void rk_error_clear(struct rk_error *e);

#endif
