/*
 * arg: the command line, parsed the same way by every program: getopt_long
 * with GNU's messages for a bad option (one line, with the nearest long
 * name), -V, and the values that several programs take (-d, --format,
 * --today, whole numbers).  Every number is range checked, with a message
 * that names the option and the range:
 *   rk-tip: --step: "9" is out of range (1 to 7)
 * A bad value is a usage error: the message, "Try 'PROG --help' for more
 * information." and exit 2.
 */
#ifndef RK_ARG_H
#define RK_ARG_H

#include <getopt.h>
#include <stdio.h>

#include "io/out.h"

/*
 * The next option of ARGV, as getopt_long(3) returns it (SHORTOPTS without
 * a leading ':'), with optarg set; -1 at the first operand.  A bad option
 * is one line, getopt's words with "; did you mean --NAME?" when a long
 * option is near, and "Try 'PROG --help' for more information.", exit 2.
 */
int arg_next(int argc, char *argv[], const char *shortopts, const struct option *longopts);
/* -V: "PROG (rekindle) VERSION" on stdout, then exit 0. */
_Noreturn void arg_version(void);
/* A --format value: csv, tsv, text or json. */
enum out_format arg_format(const char *arg);

/* A whole number in [MIN, MAX]; OPT names the option in messages. */
long numopt_long(const char *opt, const char *arg, long min, long max);
/* An unsigned 64-bit number (for seeds). */
unsigned long long numopt_u64(const char *opt, const char *arg);

/* OPT_TODAY is the --today argument, or NULL.  Dies on a bad date.  It
 * takes the forms of arg_date: "today" is the real today, "yesterday" the
 * day before. */
long today_days(const char *opt_today);

/*
 * The date S, in the forms every date option takes: YYYY-MM-DD, an ISO
 * 8601 date-time, today or yesterday (TODAY's day number).  WHAT names
 * where S came from in the message: an option ("--since") makes a bad date
 * a usage error, anything else ("RK_SINCE") a plain one.  A date such as
 * 12/01/2026 is told to be written YYYY-MM-DD:
 *   rk-log: --since: "12/01/2026" is not a date: write it YYYY-MM-DD
 */
long arg_date(const char *what, const char *s, long today);

/* A -d/--delimiter argument: one byte, not a quote or line end; "tab" and
 * "\t" are a tab.  Anything else is a usage error. */
char arg_delim(const char *arg);

#endif
