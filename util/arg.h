/*
 * numopt: checked numeric options.  Every number a user gives is range
 * checked, and a bad one gets a message that names the option and the range:
 *   rk-tip: --step: "9" is out of range (1 to 7)
 * Errors are usage errors: exit 2.
 */
#ifndef RK_NUMOPT_H
#define RK_NUMOPT_H

/* A whole number in [MIN, MAX]; OPT names the option in messages. */
long numopt_long(const char *opt, const char *arg, long min, long max);
/* An unsigned 64-bit number (for seeds). */
unsigned long long numopt_u64(const char *opt, const char *arg);
/* Parse a whole number strictly: optional sign, digits, nothing else.
 * Returns 0 and sets *out, or -1 (not a number) or -2 (out of long range). */
int numopt_parse_long(const char *s, long *out);

/* OPT_TODAY is the --today argument, or NULL.  Dies on a bad date. */
long today_days(const char *opt_today);
/* The local calendar date of a time_t under TZ, as a day number. */
long today_local_days(long long t);

/* A -d/--delimiter argument: one byte, not a quote or line end; "tab" and
 * "\t" are a tab.  Anything else is a usage error. */
char arg_delim(const char *arg);

#endif
