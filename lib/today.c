/* today: --today, RK_TODAY or the local clock. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/date.h"
#include "lib/diag.h"
#include "lib/today.h"

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
			    diag_quote(opt_today));
		return days;
	}
	if (env != NULL && *env != '\0') {
		if (date_parse_iso(env, strlen(env), &days) != 0)
			diag_die("RK_TODAY: %s is not a date (YYYY-MM-DD, years 1 to 9999)",
			    diag_quote(env));
		return days;
	}
	return today_local_days((long long)time(NULL));
}
