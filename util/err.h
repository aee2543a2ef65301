/*
 * err: where a program ends.  One family of diagnostics, each a single line
 * on stderr that starts with the program name ("prog: file:line: message"
 * for an input error); the die functions then exit with status 2.  With
 * them: allocation that cannot fail, the CSV reader for callers that stop
 * at its first error, and standard output closed with a check, where a
 * write error is "prog: write error: ..." and exit 2, while a reader that
 * went away (EPIPE, as in "| head -1") ends the program quietly.
 */
#ifndef RK_DIAG_H
#define RK_DIAG_H

#include <stddef.h>

#include "core/error.h"
#include "io/csv.h"

#define RK_EXIT_ERROR 2

/* The program name for messages: the last part of ARGV0. */
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
/* Usage error: "prog: message" and "Try 'prog --help'." then exit 2. */
_Noreturn void diag_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* E as one line, "prog: file:line: message" (with "Try 'prog --help'."
 * after a usage error), then exit 2. */
_Noreturn void diag_die_error(const struct rk_error *e);
/* E as a warning: "prog: file:line: message", and go on. */
void diag_warn_error(const struct rk_error *e);

/* The CSV reader, for callers that stop at its first error: open PATH or
 * die; die with R's error if it has one; die with "name:line: message" at
 * record REC. */
struct csv_reader *xcsv_open(const char *path, const struct csv_dialect *d);
void csv_reader_check(const struct csv_reader *r);
_Noreturn void csv_reader_die(struct csv_reader *r, const struct csv_record *rec,
    const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Before reading PATH ("-" or NULL: standard input): when it is standard
 * input and a terminal, say so on stderr, once in a run, so that the
 * program is not seen waiting in silence:
 *   rk-quiz: reading answers from the terminal; end with Ctrl-D
 * WHAT names what is read.  Nothing in a pipe, a file or under cron. */
void stdin_notice(const char *path, const char *what);

/* io/out's stdout, with the checks that end the program.  out_init gives
 * it its buffer and makes out_close the die functions' hook. */
void out_init(void);
/* Exit now if an earlier write failed, so that a long stream stops early. */
void out_check(void);
/* Flush and close stdout, once. */
void out_close(void);
/* out_close, then exit with STATUS (as after --help). */
_Noreturn void out_exit(int status);
/* Open /dev/null onto any of 0, 1 and 2 that is closed (stdfds_fill); when
 * even that fails, exit 2 at once, with no message: there may be nowhere
 * safe to write it. */
void stdfds_open(void);

/* Allocation that cannot fail: out of memory is an error like any other. */
void *xmalloc(size_t n) __attribute__((returns_nonnull));
void *xrealloc(void *p, size_t n) __attribute__((returns_nonnull));
void *xcalloc(size_t n, size_t size) __attribute__((returns_nonnull));
char *xstrdup(const char *s) __attribute__((returns_nonnull));
char *xstrndup(const char *s, size_t n) __attribute__((returns_nonnull));

#endif
