/* numopt: strict whole numbers with ranges. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/date.h"
#include "core/text.h"
#include "util/arg.h"
#include "util/err.h"

int
numopt_parse_long(const char *s, long *out)
{
	const char *p = s;
	char *end;
	long v;

	/* strtol alone accepts leading spaces, "0x1f" never (base 10), but
	 * also an empty string; insist on digits. */
	if (*p == '-' || *p == '+')
		p++;
	if (*p < '0' || *p > '9')
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (*end != '\0')
		return -1;
	if (errno == ERANGE)
		return -2;
	*out = v;
	return 0;
}

long
numopt_long(const char *opt, const char *arg, long min, long max)
{
	long v;
	int rc = numopt_parse_long(arg, &v);

	if (rc == -1)
		diag_usage_error("%s: %s is not a whole number (%ld to %ld)",
		    opt, quote(arg), min, max);
	if (rc == -2 || v < min || v > max)
		diag_usage_error("%s: %s is out of range (%ld to %ld)", opt, quote(arg),
		    min, max);
	return v;
}

unsigned long long
numopt_u64(const char *opt, const char *arg)
{
	unsigned long long v;
	char *end;

	if (*arg < '0' || *arg > '9')
		diag_usage_error("%s: %s is not a whole number (0 to %llu)", opt,
		    quote(arg), ULLONG_MAX);
	errno = 0;
	v = strtoull(arg, &end, 10);
	if (*end != '\0')
		diag_usage_error("%s: %s is not a whole number (0 to %llu)", opt,
		    quote(arg), ULLONG_MAX);
	if (errno == ERANGE)
		diag_usage_error("%s: %s is out of range (0 to %llu)", opt, quote(arg),
		    ULLONG_MAX);
	return v;
}

long
today_local_days(long long t)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (localtime_r(&tt, &tm) == NULL)
		diag_die("cannot read the local date");
	return date_from_ymd(tm.tm_year + 1900L, tm.tm_mon + 1, tm.tm_mday);
}

long
today_days(const char *opt_today)
{
	const char *env = getenv("RK_TODAY");
	long days;

	if (opt_today != NULL) {
		if (date_parse_iso(opt_today, strlen(opt_today), &days) != 0)
			diag_usage_error("--today: %s is not a date (YYYY-MM-DD, years 1 to 9999)",
			    quote(opt_today));
		return days;
	}
	if (env != NULL && *env != '\0') {
		if (date_parse_iso(env, strlen(env), &days) != 0)
			diag_die("RK_TODAY: %s is not a date (YYYY-MM-DD, years 1 to 9999)",
			    quote(env));
		return days;
	}
	return today_local_days((long long)time(NULL));
}

char
arg_delim(const char *arg)
{
	if (strcmp(arg, "\\t") == 0 || strcmp(arg, "tab") == 0)
		return '\t';
	if (strlen(arg) != 1 || arg[0] == '"' || arg[0] == '\n' || arg[0] == '\r')
		diag_usage_error("-d: %s is not a delimiter (one character, not a quote or line end)",
		    quote(arg));
	return arg[0];
}
