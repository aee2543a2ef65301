/*
 * diag: the one family of diagnostics.  Every message is a single line on
 * stderr that starts with the program name; input errors add "file:line".
 * The die functions exit with status 2, the status of any error.
 */
#ifndef RK_DIAG_H
#define RK_DIAG_H

#include <stddef.h>

#include "core/error.h"
#include "io/csv.h"

#define RK_EXIT_ERROR 2

void diag_init(const char *argv0);
const char *diag_progname(void);

/* "prog: message" */
void diag_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "prog: message", then exit 2. */
_Noreturn void diag_die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "prog: message: strerror(errno)", then exit 2. */
_Noreturn void diag_die_errno(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "prog: file:line: message"; a line of 0 leaves it out. */
void diag_warn_at(const char *file, unsigned long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
_Noreturn void diag_die_at(const char *file, unsigned long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Hooks run by the die functions before exit, so that output already
 * written is flushed whole and stays valid. */
void diag_atexit(void (*fn)(void));

/* E as one line, "prog: file:line: message" (with "Try 'prog --help'."
 * after a usage error), then exit 2. */
_Noreturn void diag_die_error(const struct rk_error *e);
/* E as a warning: "prog: file:line: message", and go on. */
void diag_warn_error(const struct rk_error *e);

/* The CSV reader, for callers that stop at its first error (util/ is the
 * one layer that exits): open PATH or die; die with R's error if it has
 * one; die with "name:line: message" at record REC. */
struct csv_reader *xcsv_open(const char *path, const struct csv_dialect *d);
void csv_reader_check(const struct csv_reader *r);
_Noreturn void csv_reader_die(struct csv_reader *r, const struct csv_record *rec,
    const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Usage error: "prog: message" and "Try 'prog --help'." then exit 2. */
_Noreturn void diag_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));


/* Allocation that cannot fail: out of memory is an error like any other. */
void *xmalloc(size_t n) __attribute__((returns_nonnull));
void *xrealloc(void *p, size_t n) __attribute__((returns_nonnull));
void *xcalloc(size_t n, size_t size) __attribute__((returns_nonnull));
char *xstrdup(const char *s) __attribute__((returns_nonnull));
char *xstrndup(const char *s, size_t n) __attribute__((returns_nonnull));

#endif
