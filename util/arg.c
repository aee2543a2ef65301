/* arg: the options every program parses the same way (see arg.h). */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/date.h"
#include "core/dateparse.h"
#include "core/suggest.h"
#include "core/text.h"
#include "util/arg.h"
#include "util/err.h"

long
numopt_long(const char *opt, const char *arg, long min, long max)
{
	long v;
	int rc = text_parse_long(arg, &v);

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

/* The local calendar date of the instant T under TZ, as a day number. */
static long
today_local_days(long long t)
{
	long days;

	if (date_local_days(t, &days) != 0)
		diag_die("cannot read the local date");
	return days;
}

long
arg_date(const char *what, const char *s, long today)
{
	struct datearg da = { NULL, today };
	char why[160];
	long days;

	if (datearg_parse(&da, s, strlen(s), &days, why, sizeof why) == 0)
		return days;
	datearg_hint(&da, s, strlen(s), 0, why, sizeof why);
	if (what[0] == '-')
		diag_usage_error("%s: %s %s", what, quote(s), why);
	diag_die("%s: %s %s", what, quote(s), why);
}

long
today_days(const char *opt_today)
{
	const char *env = getenv("RK_TODAY");
	long now = 0;
	int have_now = 0;

	/* "today" and "yesterday" need the real date; a plain date does not,
	 * and is the common case in tests and scripts. */
	if (opt_today != NULL) {
		if (strlen(opt_today) != 10 || date_parse_iso(opt_today, 10, &now) != 0)
			now = today_local_days((long long)time(NULL)), have_now = 1;
		return have_now ? arg_date("--today", opt_today, now) : now;
	}
	if (env != NULL && *env != '\0') {
		if (strlen(env) != 10 || date_parse_iso(env, 10, &now) != 0)
			now = today_local_days((long long)time(NULL)), have_now = 1;
		return have_now ? arg_date("RK_TODAY", env, now) : now;
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

/* A bad long option ARG ("--name" or "--name=value"), in getopt's words,
 * which it leaves to us with opterr off, and the nearest name. */
static _Noreturn void
bad_long(const struct option *longopts, const char *arg, int missing)
{
	const char *names[128], *near;
	char word[64], list[1024];
	size_t len = strcspn(arg + 2, "="), n = 0, nmatch = 0, used = 0, i;
	const struct option *o, *match = NULL;

	snprintf(word, sizeof word, "%.*s", (int)len, arg + 2);
	if (missing)
		diag_usage_error("option '--%s' requires an argument", word);
	list[0] = '\0';
	for (o = longopts; o->name != NULL && n < 128; o++) {
		names[n++] = o->name;
		if (strcmp(o->name, word) == 0) {
			match = o, nmatch = 1;
			break;
		}
		if (strncmp(o->name, word, len) == 0) {
			match = o, nmatch++;
			used += (size_t)snprintf(list + used, sizeof list - used, " '--%s'",
			    o->name);
			if (used >= sizeof list)
				used = sizeof list - 1;
		}
	}
	if (nmatch > 1)
		diag_usage_error("option '--%s' is ambiguous; possibilities:%s", word, list);
	if (nmatch == 1)
		diag_usage_error("option '--%s' doesn't allow an argument", match->name);
	for (i = 0; arg[i] != '\0' && arg[i] != '='; i++)
		;
	if ((near = suggest_nearest(word, names, n)) != NULL)
		diag_usage_error("unrecognized option '%.*s'; did you mean --%s?", (int)i, arg, near);
	diag_usage_error("unrecognized option '%.*s'", (int)i, arg);
}

int
arg_next(int argc, char *argv[], const char *shortopts, const struct option *longopts)
{
	char opts[128];
	int ch;

	/* ':' first: a missing argument returns ':', and getopt prints
	 * nothing, so that the messages below can say more. */
	snprintf(opts, sizeof opts, ":%s", shortopts);
	opterr = 0;
	ch = getopt_long(argc, argv, opts, longopts, NULL);
	if (ch != ':' && ch != '?')
		return ch;
	if (optind > 0 && optind <= argc && strncmp(argv[optind - 1], "--", 2) == 0 &&
	    argv[optind - 1][2] != '\0')
		bad_long(longopts, argv[optind - 1], ch == ':');
	if (ch == ':')
		diag_usage_error("option requires an argument -- '%c'", optopt);
	diag_usage_error("invalid option -- '%c'", optopt);
}

void
arg_version(void)
{
	printf("%s (rekindle) %s\n", diag_progname(), RK_VERSION);
	out_exit(0);
}

enum out_format
arg_format(const char *arg)
{
	if (strcmp(arg, "csv") == 0)
		return OUT_CSV;
	if (strcmp(arg, "tsv") == 0)
		return OUT_TSV;
	if (strcmp(arg, "text") == 0)
		return OUT_TEXT;
	if (strcmp(arg, "json") == 0)
		return OUT_JSON;
	diag_usage_error("--format: %s is not a format (csv, tsv, text or json)", quote(arg));
}
