/*
 * today: the date programs count from.  --today=YYYY-MM-DD wins, then the
 * RK_TODAY environment variable, then the local clock under TZ.
 */
#ifndef RK_TODAY_H
#define RK_TODAY_H

/* OPT_TODAY is the --today argument, or NULL.  Dies on a bad date. */
long today_days(const char *opt_today);
/* The local calendar date of a time_t under TZ, as a day number. */
long today_local_days(long long t);

#endif
